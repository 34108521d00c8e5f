"""Chunk offsets are exact, quoted chains are not indexed, long turns are split."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import chunk_document
from ingest.errors import IngestError
from ingest.loader import parse_file
from ingest.transcripts import parse_plain
from tests.ingest.test_parsers import ACME, _all_material


@pytest.mark.parametrize("path", _all_material(), ids=lambda p: p.name)
def test_chunk_text_is_the_document_slice(path: Path) -> None:
    try:
        docs = parse_file(path.name, path.read_bytes())
    except IngestError:
        return
    for doc in docs:
        for chunk in chunk_document(doc, "acct", "v1", max_chars=300):
            assert doc.text[chunk.start : chunk.end] == chunk.text
            assert len(chunk.text) <= 300
            assert not doc.is_quoted(chunk.start, chunk.end)


def test_quoted_reply_is_not_chunked() -> None:
    _, reply = parse_file("thread.mbox", (ACME / "thread.mbox").read_bytes())
    texts = " ".join(c.text for c in chunk_document(reply, "acct", "v1"))
    assert "November 2 works for us" in texts
    assert "Just confirming" not in texts


def test_long_turn_split_at_sentences_with_locator() -> None:
    sentence = "We will integrate with the warehouse system before the peak season starts. "
    doc = parse_plain("call.txt", f"[00:10:00] Ana: {sentence * 30}\n[00:20:00] Bo: Ok.\nAna: x\n")
    chunks = chunk_document(doc, "acct", "v1", max_chars=400)
    assert len(chunks) > 5
    assert all(c.text.rstrip().endswith(".") for c in chunks[:-2])
    assert chunks[0].locator == "[00:10:00] Ana"
    assert chunks[0].speaker == "Ana"


def test_chunk_ids_are_stable_per_version() -> None:
    [doc] = parse_file("order-form.md", (ACME / "order-form.md").read_bytes())
    a = [c.id for c in chunk_document(doc, "acct", "v1")]
    assert a == [c.id for c in chunk_document(doc, "acct", "v1")]
    assert set(a).isdisjoint(c.id for c in chunk_document(doc, "acct", "v2"))
    assert set(a).isdisjoint(c.id for c in chunk_document(doc, "other", "v1"))
