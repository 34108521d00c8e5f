"""Typed records that cross the ingest boundary: documents, spans, chunks, reports, hits."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Chunk",
    "DocKind",
    "Document",
    "FileResult",
    "Hit",
    "IngestReport",
    "Segment",
    "Span",
]

DocKind = Literal["call", "email", "crm", "contract", "note"]


class Span(BaseModel):
    """A half-open character range ``[start, end)`` of a document's text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Segment(BaseModel):
    """A unit of a document: a speaker turn, a paragraph, a CRM field line.

    ``speaker`` and ``time`` are set for call turns (``speaker`` also for the paragraphs of a
    message forwarded in an email: its writer); ``line`` is 1-based in the text.
    """

    start: int
    end: int
    line: int
    speaker: str | None = None
    time: str | None = None


class Document(BaseModel):
    """One parsed document with normalised text and the structure around it."""

    name: str = Field(description="file path relative to the ingest root, '#n' for nth record")
    source: str = Field(description="the uploaded file this document came from")
    kind: DocKind
    title: str
    date: str | None = None
    participants: list[str] = Field(default_factory=list)
    text: str
    segments: list[Segment] = Field(default_factory=list)
    quoted: list[Span] = Field(default_factory=list, description="quoted reply chains")
    fields: dict[str, str] = Field(default_factory=dict, description="headers or CRM columns")

    @property
    def author(self) -> str | None:
        """Who wrote an email: the name its From header gives ("Villar, Sergio <s@x.es>", a bare
        name), or None for a bare address."""
        if self.kind != "email":
            return None
        name = re.sub(r"\s*<.*>", "", self.fields.get("from", "")).strip().strip('"').strip()
        return name if name and "@" not in name else None

    @property
    def body_start(self) -> int:
        """Where an email's body starts, after its header lines (0 for other documents)."""
        if self.kind != "email":
            return 0
        at = self.text.find("\n\n")
        return at + 2 if at >= 0 else 0

    def locator(self, offset: int) -> str:
        """A place a person can follow: the timestamp and speaker of a turn, else the line (and
        who speaks there, in a transcript without times; who wrote it, in an email's body,
        outside quoted replies)."""
        seg = self.segment_at(offset)
        if seg is not None and seg.time:
            return f"[{seg.time}] {seg.speaker}" if seg.speaker else f"[{seg.time}]"
        line = self.text.count("\n", 0, offset) + 1
        who = seg.speaker if seg is not None else None
        if not who and offset >= self.body_start and not self.is_quoted(offset, offset + 1):
            who = self.author
        return f"line {line}, {who}" if who else f"line {line}"

    def segment_at(self, offset: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg
        return None

    def is_quoted(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.quoted)


class Chunk(BaseModel):
    """A retrievable slice of a document; ``text == document.text[start:end]``."""

    id: str
    account: str
    document: str
    kind: DocKind
    text: str
    start: int
    end: int
    locator: str
    speaker: str | None = None


class Hit(BaseModel):
    """One search result."""

    document: str
    kind: DocKind
    text: str
    start: int
    end: int
    locator: str
    score: float
    similarity: float | None = None


class FileResult(BaseModel):
    path: str
    status: Literal["ingested", "unchanged", "failed"]
    documents: int = 0
    chunks: int = 0
    error: str | None = None


class IngestReport(BaseModel):
    account: str
    files: list[FileResult]
    ingested: int
    unchanged: int
    failed: int
