"""Ingest into a real Chroma store with real embeddings: idempotence, versions, isolation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.workspace import Workspace
from tests.conftest import FIXTURES


def test_folder_ingest_reports_each_file_and_survives_bad_ones(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(FIXTURES / "acme", folder)
    for bad in (FIXTURES / "bad").iterdir():
        shutil.copy(bad, folder / bad.name)
    report = workspace.ingestor.ingest_paths("mixed", "Mixed", [folder])
    by_path = {f.path: f for f in report.files}
    assert by_path["thread.mbox"].status == "ingested" and by_path["thread.mbox"].documents == 2
    assert by_path["deck.pptx"].status == "failed"
    assert "unsupported file type" in (by_path["deck.pptx"].error or "")
    assert by_path["empty.txt"].error == "empty.txt: file is empty"
    assert report.ingested == 11 and report.failed == 6
    failures = workspace.manifest("mixed").failures()
    assert set(failures) == {f.path for f in report.files if f.status == "failed"}
    names = {d.name for d in workspace.documents("mixed")}
    assert {"thread.mbox#1", "thread.mbox#2", "contacts.csv#2", "order-form.md"} <= names


def test_a_parser_crash_fails_its_file_alone_and_keeps_the_upload(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.parse_file

    def crashing(name: str, data: bytes, **kw: object) -> object:
        if name == "order-form.md":
            raise AttributeError("'str' object has no attribute 'get'")
        return real(name, data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_file", crashing)
    report = workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    by_path = {f.path: f for f in report.files}
    assert by_path["order-form.md"].status == "failed"
    assert by_path["order-form.md"].error == (
        "order-form.md: could not be parsed (AttributeError: 'str' object has no attribute 'get')"
    )
    assert report.ingested == len(report.files) - 1
    stored = workspace.manifest("acme").files["order-form.md"][-1].stored_as
    kept = workspace.manifests.root / stored
    assert kept.read_bytes() == (FIXTURES / "acme" / "order-form.md").read_bytes()


def test_reingest_unchanged_changes_nothing_and_embeds_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    chunks_before = sorted(c.id for c in workspace.store.chunks("acme"))
    revision = workspace.manifests.revision("acme")
    misses = workspace.embedder.misses
    again = workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    assert again.unchanged == first.ingested and again.ingested == 0
    assert workspace.embedder.misses == misses
    assert sorted(c.id for c in workspace.store.chunks("acme")) == chunks_before
    assert workspace.manifests.revision("acme") == revision


def test_a_parser_upgrade_parses_stored_files_again_without_duplicates(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    chunks_before = sorted(c.id for c in workspace.store.chunks("acme"))
    docs_before = sorted(d.name for d in workspace.documents("acme"))
    monkeypatch.setattr(pipeline, "PARSER_VERSION", "next")
    again = workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    assert again.unchanged == 0 and again.ingested == len(again.files)
    assert sorted(c.id for c in workspace.store.chunks("acme")) == chunks_before
    assert sorted(d.name for d in workspace.documents("acme")) == docs_before
    versions = workspace.manifest("acme").files["order-form.md"]
    assert [v.parser for v in versions][-1] == "next" and len(versions) == 2
    third = workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    assert third.unchanged == len(third.files)


def test_changed_file_replaces_current_version_and_keeps_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    note = tmp_path / "notes.md"
    note.write_text("# Notes\n\nBudget owner is Laura.\n")
    workspace.ingestor.ingest_paths("acct", "Acct", [note])
    note.write_text("# Notes\n\nBudget owner is Pedro, not Laura.\n")
    report = workspace.ingestor.ingest_paths("acct", "Acct", [note])
    assert report.ingested == 1
    [doc] = workspace.documents("acct")
    assert "Pedro" in doc.text
    assert all("Pedro" in c.text for c in workspace.store.chunks("acct"))
    versions = workspace.manifest("acct").files["notes.md"]
    assert len(versions) == 2
    # the raw bytes of both versions are kept
    kept = [(workspace.manifests.root / v.stored_as).read_text() for v in versions]
    assert "Laura." in kept[0] and "Pedro" in kept[1]
    hits = workspace.searcher.search("acct", "who owns the budget", k=5)
    assert [h.document for h in hits] == ["notes.md"]
    assert "Pedro" in hits[0].text


def test_search_is_confined_to_one_account(workspace: Workspace, tmp_path: Path) -> None:
    workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    other = tmp_path / "other.md"
    other.write_text("# Other\n\nThe go-live for Globex is December 12 with Okta SSO.\n")
    workspace.ingestor.ingest_paths("globex", "Globex", [other])
    acme_hits = workspace.searcher.search("acme", "Globex go-live December 12 Okta", k=20)
    assert acme_hits and all(h.document != "other.md" for h in acme_hits)
    assert "Globex" not in " ".join(h.text for h in acme_hits)
    globex_hits = workspace.searcher.search("globex", "go-live", k=20)
    assert {h.document for h in globex_hits} == {"other.md"}


def test_hits_carry_exact_offsets_and_cross_lingual_retrieval(acme_workspace: Workspace) -> None:
    docs = {d.name: d for d in acme_workspace.documents("acme")}
    hits = acme_workspace.searcher.search("acme", "is the SAP integration mandatory?", k=3)
    assert hits[0].document == "welcome.eml"  # the email is in Portuguese
    for hit in hits:
        assert docs[hit.document].text[hit.start : hit.end] == hit.text


def test_accounts_listing_counts_current_documents(acme_workspace: Workspace) -> None:
    assert acme_workspace.store.accounts()["acme"] == len(acme_workspace.documents("acme"))


def test_unchanged_file_is_stored_again_when_the_store_lost_it(
    workspace: Workspace, tmp_path: Path, embedder: object
) -> None:
    workspace.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    # a new, empty store behind the same manifests (e.g. HANDOFF_CHROMA_URL now points elsewhere)
    fresh = Workspace(home=workspace.home, embedder=workspace.embedder.inner)
    fresh.store = type(workspace.store)(path=tmp_path / "other-chroma")
    report = fresh.ingestor.ingest_paths("acme", "Acme", [FIXTURES / "acme"])
    assert report.ingested == 10 and report.unchanged == 0
    assert len(fresh.documents("acme")) == 12


def test_openai_compatible_embeddings_over_loopback(tmp_path: Path) -> None:
    """The OpenAI embedder for real: the openai client over HTTP to a replaying server."""
    from ingest.embeddings import OpenAIEmbedder
    from tests.openai_replay import ReplayServer, Step

    vectors = [[3.0, 4.0, 0.0], [0.0, 0.0, 2.0]]
    body = {
        "object": "list",
        "data": [
            {"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)
        ],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }
    limited = Step(
        status=429, body={"error": {"message": "slow down"}}, headers={"retry-after-ms": "10"}
    )
    with ReplayServer([limited, Step(body=body)]) as server:
        embedder = OpenAIEmbedder("text-embedding-3-small", "sk-test", server.url)
        out = embedder.embed_passages(["first chunk", "second chunk"])
    assert [r["path"] for r in server.requests] == ["/v1/embeddings", "/v1/embeddings"]
    assert server.requests[1]["body"]["input"] == ["first chunk", "second chunk"]
    assert out.shape == (2, 3)
    assert out[0].tolist() == [0.6000000238418579, 0.800000011920929, 0.0]  # normalised


def test_the_best_chunks_by_words_in_the_material_s_language_come_after_the_k_best(
    acme_workspace: Workspace,
) -> None:
    query = "when is the kickoff?"
    plain = acme_workspace.searcher.search("acme", query, k=1)
    widened = acme_workspace.searcher.search("acme", query, k=1, translated="integração")
    assert [h.document for h in widened[:1]] == [h.document for h in plain]
    # the welcome email is the one that says "integração"; a few such chunks, none twice
    assert "welcome.eml" in {h.document for h in widened}
    assert 1 < len(widened) <= 3 and len({(h.document, h.start) for h in widened}) == len(widened)
