"""Locates quoted evidence in a stored document: exact, then normalised, then fuzzy.

A quote is trusted only once it is found: the evidence then carries the document's own text
at the located offsets (``quote == text[start:end]``) and how it was aligned. A quote that
cannot be found keeps no offsets and is marked ``not_found``.
"""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from briefing.models import Alignment, Evidence
from ingest.models import Document

__all__ = ["FUZZY_THRESHOLD", "ground", "locate", "verify"]

FUZZY_THRESHOLD = 90.0
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _normalise(text: str) -> tuple[str, list[int]]:
    """Case-folded, whitespace-collapsed text, and for each character its source offset."""
    out: list[str] = []
    where: list[int] = []
    prev_space = True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not prev_space:
                out.append(" ")
                where.append(i)
            prev_space = True
            continue
        prev_space = False
        for c in unicodedata.normalize("NFKC", ch).translate(_QUOTES).casefold():
            out.append(c)
            where.append(i)
    return "".join(out), where


def locate(quote: str, text: str) -> tuple[int, int, Alignment] | None:
    """``(start, end, alignment)`` of ``quote`` in ``text``, or ``None`` when it is not there."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote), "exact"
    norm_text, where = _normalise(text)
    norm_quote, _ = _normalise(quote)
    norm_quote = norm_quote.strip()
    at = norm_text.find(norm_quote)
    if at >= 0:
        return where[at], where[at + len(norm_quote) - 1] + 1, "normalized"
    if len(norm_quote) < 12:
        return None
    found = fuzz.partial_ratio_alignment(norm_quote, norm_text, score_cutoff=FUZZY_THRESHOLD)
    if found is None or found.dest_end <= found.dest_start:
        return None
    coverage = (found.dest_end - found.dest_start) / len(norm_quote)
    if not 0.8 <= coverage <= 1.25:
        return None
    start = where[found.dest_start]
    end = where[found.dest_end - 1] + 1
    # widen to word boundaries so the cited span reads naturally
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end, "fuzzy"


def ground(document: Document, quote: str) -> Evidence:
    """Evidence for ``quote`` in ``document``: located with its real text, or ``not_found``."""
    found = locate(quote, document.text)
    if found is None:
        return Evidence(
            document=document.name,
            kind=document.kind,
            quote=quote,
            start=None,
            end=None,
            alignment="not_found",
            date=document.date,
        )
    start, end, alignment = found
    return Evidence(
        document=document.name,
        kind=document.kind,
        quote=document.text[start:end],
        start=start,
        end=end,
        locator=document.locator(start),
        alignment=alignment,
        date=document.date,
    )


def verify(evidence: Evidence, documents: dict[str, Document]) -> bool:
    """True when the evidence's quote is exactly its document's text at its offsets."""
    doc = documents.get(evidence.document)
    if doc is None or evidence.start is None or evidence.end is None:
        return False
    return doc.text[evidence.start : evidence.end] == evidence.quote
