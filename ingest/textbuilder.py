"""Builds a document's normalised text while recording each segment's exact offsets."""

from __future__ import annotations

import re

from ingest.models import Segment

__all__ = ["TextBuilder", "paragraphs"]


class TextBuilder:
    """Appends lines and remembers where each one starts and ends."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._line = 1
        self.segments: list[Segment] = []

    def add_line(
        self,
        line: str,
        *,
        speaker: str | None = None,
        time: str | None = None,
        segment: bool = True,
    ) -> Segment:
        start = self._length
        self._parts.append(line + "\n")
        self._length += len(line) + 1
        seg = Segment(
            start=start, end=start + len(line), line=self._line, speaker=speaker, time=time
        )
        self._line += 1 + line.count("\n")
        if segment:
            self.segments.append(seg)
        return seg

    def blank(self) -> None:
        self._parts.append("\n")
        self._length += 1
        self._line += 1

    @property
    def text(self) -> str:
        return "".join(self._parts)


_ALIGNED = re.compile(r"\.{4,}|\S {3,}\S|\t")
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|\||[-*•]\s|\d{1,2}[.)]\s|[A-Za-z][.)]\s|>)")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Paragraph segments of ``text[start:end]``: lines joined until a blank line.

    Headings, list items and table rows start a segment of their own, so that a clause
    wrapped over several lines reads as one unit while a table row stays one row.
    """
    end = len(text) if end is None else end
    segments: list[Segment] = []
    pos = start
    line_no = text.count("\n", 0, start) + 1
    current: Segment | None = None
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        if not line.strip():
            current = None
        else:
            lead = len(line) - len(line.lstrip())
            single = line.lstrip().startswith(("|", "#")) or bool(_ALIGNED.search(line))
            if current is None or _BLOCK_START.match(line) or single or segments[-1].end != pos - 1:
                current = Segment(start=pos + lead, end=line_end, line=line_no)
                segments.append(current)
                if single:
                    current = None
            else:
                current = Segment(start=current.start, end=line_end, line=current.line)
                segments[-1] = current
        pos = line_end + 1
        line_no += 1
    return [s for s in segments if text[s.start : s.end].strip()]
