"""Builds a document's normalised text while recording each segment's exact offsets."""

from __future__ import annotations

from ingest.models import Segment

__all__ = ["TextBuilder"]


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
