"""Bytes to text: charset detection, binary-garbage rejection, newline normalisation."""

from __future__ import annotations

import re

from ingest.errors import IngestError

__all__ = ["date_from_name", "decode_text"]

_DATE_IN_NAME = re.compile(r"(20\d\d)-?([01]\d)-?([0-3]\d)")


def decode_text(path: str, data: bytes) -> str:
    """Decode a text file, rejecting empty and binary content with a clear reason."""
    if not data.strip():
        raise IngestError(path, "file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary content (NUL bytes) where text was expected")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:20000]) // 100) or text.count("\ufffd") > len(text) // 50 + 5:
        raise IngestError(path, "unreadable content: looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def date_from_name(name: str) -> str | None:
    """An ISO date written into a file name (``2026-08-12`` or ``20260812``), if any."""
    m = _DATE_IN_NAME.search(name)
    if not m:
        return None
    year, month, day = m.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"
