"""Bytes to text: charset detection, binary-garbage rejection, newline normalisation."""

from __future__ import annotations

import re
from datetime import date

from ingest.errors import IngestError

__all__ = ["date_from_name", "day_month", "decode_text", "iso_date", "utf8_or_cp1252"]

_DATE_IN_NAME = re.compile(r"(20\d\d)-?([01]\d)-?([0-3]\d)")


def decode_text(path: str, data: bytes) -> str:
    """Decode a text file, rejecting empty and binary content with a clear reason."""
    if not data.strip():
        raise IngestError(path, "file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary content (NUL bytes) where text was expected")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = utf8_or_cp1252(data)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:20000]) // 100) or text.count("\ufffd") > len(text) // 50 + 5:
        raise IngestError(path, "unreadable content: looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def utf8_or_cp1252(data: bytes) -> str:
    """Bytes whose charset nobody declared, as written: UTF-8, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def iso_date(value: str) -> str | None:
    """A CRM's date field as ISO: ``2026-11-06``, ``2026-11-06T10:00Z``, or ``6/11/2026`` when
    one side cannot be a month; None when unreadable or ambiguous (``11/6/2026``)."""
    iso = _DATE_IN_NAME.match(value.strip())
    if iso:
        return date_from_name(iso[0])
    m = _NUMERIC_DATE.match(value)
    if not m:
        return None
    order = day_month(int(m[1]), int(m[2]), day_first=None)
    if order is None:
        return None
    try:
        return date(int(m[3]), order[1], order[0]).isoformat()
    except ValueError:
        return None


def day_month(a: int, b: int, day_first: bool | None) -> tuple[int, int] | None:
    """(day, month) of a numeric date "a/b": the side that cannot be a month is the day;
    otherwise ``day_first`` decides, and None (no convention known) leaves it undecided."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    if a > 12 or day_first is None:
        return None
    return (a, b) if day_first else (b, a)


def date_from_name(name: str) -> str | None:
    """An ISO date written into a file name (``2026-08-12`` or ``20260812``), if any."""
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    year, month, day = m.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"
