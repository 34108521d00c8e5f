"""Splits documents into retrievable chunks that keep exact character offsets.

Units are the document's segments (speaker turns, lines, paragraphs) outside quoted reply
chains; consecutive units are packed up to ``max_chars`` and an overlong unit is split at
sentence boundaries. Every chunk satisfies ``doc.text[chunk.start:chunk.end] == chunk.text``.
"""

from __future__ import annotations

import hashlib
import re

from ingest.models import Chunk, Document, Span

__all__ = ["chunk_document"]

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[Span]:
    spans: list[Span] = []
    pos = start
    while end - pos > max_chars:
        window = text[pos : pos + max_chars]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < max_chars // 3:
            space = window.rfind(" ")
            cut = space if space > max_chars // 3 else max_chars
        spans.append(Span(start=pos, end=pos + cut))
        pos += cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append(Span(start=pos, end=end))
    return spans


def _units(doc: Document, max_chars: int) -> list[Span]:
    units: list[Span] = []
    for seg in doc.segments:
        if doc.is_quoted(seg.start, seg.end) or not doc.text[seg.start : seg.end].strip():
            continue
        units.extend(_split_long(doc.text, seg.start, seg.end, max_chars))
    return units


def chunk_document(doc: Document, account: str, version: str, max_chars: int = 900) -> list[Chunk]:
    """Chunks of ``doc`` for ``account``; ids are stable for the same file version."""
    prefix = hashlib.sha1(f"{account}\0{doc.name}\0{version}".encode()).hexdigest()[:16]
    chunks: list[Chunk] = []
    group: list[Span] = []

    def flush() -> None:
        if not group:
            return
        start, end = group[0].start, group[-1].end
        seg = doc.segment_at(start)
        chunks.append(
            Chunk(
                id=f"{prefix}:{start}-{end}",
                account=account,
                document=doc.name,
                kind=doc.kind,
                text=doc.text[start:end],
                start=start,
                end=end,
                locator=doc.locator(start),
                speaker=seg.speaker if seg else None,
            )
        )
        group.clear()

    for unit in _units(doc, max_chars):
        if group and unit.end - group[0].start > max_chars:
            flush()
        group.append(unit)
    flush()
    return chunks
