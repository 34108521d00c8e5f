"""The handoff command line, run in-process against a temporary data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.conftest import FIXTURES

runner = CliRunner()


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HANDOFF_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_ingest_json_report_and_exit_status_on_failures(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(FIXTURES / "bad"), "--account", "Bad", "--format", "json"]
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["account"] == "bad" and report["failed"] == 6 and report["ingested"] == 1
    again = runner.invoke(app, ["ingest", str(FIXTURES / "acme"), "--format", "json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["account"] == "acme"


def test_brief_a_folder_then_search_and_list(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    result = runner.invoke(
        app, ["brief", str(FIXTURES / "acme"), "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    briefing = json.loads(out.read_text())
    assert briefing["account"] == "acme" and briefing["engine"] == "local"
    hits = runner.invoke(
        app, ["search", "--account", "acme", "renewal discount", "--format", "json"]
    )
    assert json.loads(hits.stdout)["hits"][0]["document"] == "2026-08-20-negotiation.txt"
    listed = runner.invoke(app, ["accounts", "--format", "json"])
    assert json.loads(listed.stdout)["accounts"][0]["account"] == "acme"
    docs = runner.invoke(app, ["docs", "--account", "acme", "--format", "json"])
    assert len(json.loads(docs.stdout)["documents"]) == 12
    md = runner.invoke(app, ["brief", "acme", "--lang", "pt"])
    assert "## 1. Visão geral da conta" in md.stdout


def test_unknown_account_is_a_clear_error() -> None:
    result = runner.invoke(app, ["brief", "nobody"])
    assert result.exit_code == 2
    assert "no material stored for account 'nobody'" in result.output


def test_schema_is_the_briefing_contract() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert {"overview", "stakeholders", "commitments", "flags", "completeness"} <= set(
        schema["properties"]
    )


def test_token_create_prints_once_and_stores_only_a_hash(home: Path) -> None:
    from sqlalchemy import create_engine, text

    result = runner.invoke(
        app, ["token", "create", "--name", "ana", "--role", "rep", "--account", "Acme"]
    )
    token = result.stdout.strip()
    assert result.exit_code == 0 and token.startswith("hfo_")
    db = create_engine(f"sqlite:///{home / 'handoff.db'}")
    with db.connect() as conn:
        rows = conn.execute(text("SELECT token_hash, role, accounts FROM tokens")).all()
        audit = conn.execute(text("SELECT action FROM audit_log")).scalars().all()
    assert len(rows) == 1 and token not in rows[0][0] and rows[0][1:] == ("rep", "acme")
    assert audit == ["token.create"]


def test_eval_validates_one_case_folder_or_a_folder_of_cases(tmp_path: Path) -> None:
    cases = Path(__file__).parents[2] / "evals" / "cases"
    one = runner.invoke(app, ["eval", str(cases / "en-helix-biotech"), "--validate"])
    assert one.exit_code == 0 and "1 cases, 0 problems" in one.output
    every = runner.invoke(app, ["eval", str(cases), "--validate"])
    assert every.exit_code == 0 and f"{len(list(cases.glob('*/gold.json')))} cases" in every.output
    # a folder with no case is an error, not "0 cases, 0 problems"
    empty = runner.invoke(app, ["eval", str(tmp_path), "--validate"])
    assert empty.exit_code == 2 and "no case in" in empty.output
