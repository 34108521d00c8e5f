"""A fact said aloud in a call, found again where someone wrote it down.

A transcript says "Deadline is March thirty-first next year." where the recap email writes
"mandatory for all providers by March 31, 2027": the written line is the firmer evidence, and
the one a CSM forwards. An answer quoting a call also quotes the written sentence that gives
the same figure or day on the same topic.
"""

from __future__ import annotations

import re

from briefing.figures import spelled_in_any_language
from briefing.material import is_injection, quoted_lines
from briefing.questions import STOPWORDS, Question, found_terms
from briefing.units import Unit, split_units
from briefing.values import find_dates, parse_number
from ingest.lexical import tokenize
from ingest.models import Document

__all__ = ["days_and_figures", "written_restatement"]

_WRITTEN = ("email", "note", "crm", "contract")
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")


# a leap year's first day: the year a day without one is read in (only month and day compare)
_ANY_YEAR = "2000-01-01"


def days_and_figures(text: str) -> set[str]:
    """The days of the year and the figures of ten or more a sentence gives, however written:
    "December 31, 2026" and "December thirty-first" give "12-31"; "78%" and "seventy-eight
    percent" give "78" (years aside)."""
    out: set[str] = set()
    spans: list[tuple[int, int]] = []
    # "end on 30 September", "December thirty-first": the day, whatever the year
    for d in find_dates(text, _ANY_YEAR):
        out.add(d.iso[5:])
        spans.append((d.start, d.end))
    rest = text
    for a, b in spans:  # the days read, blanked out of the figures
        rest = rest[:a] + " " * (b - a) + rest[b:]
    figures: set[float] = set(spelled_in_any_language(rest))
    for m in _DIGITS.finditer(rest):
        if not _YEAR.fullmatch(m[0]):
            try:
                figures.add(parse_number(m[0]))
            except ValueError:
                continue
    return out | {f"{v:g}" for v in figures if v >= 10}


def written_restatement(
    said_aloud: list[str], documents: dict[str, Document], question: Question
) -> Unit | None:
    """The written sentence that restates what the quoted call sentences say: one giving a
    figure or day they give, on the question's topic; None when none does. A line an email
    quotes from earlier mail counts only when no sentence outside quotes restates them (the
    recap may survive only in the reply to it)."""
    # what the question itself gives is no match ("what happens after March 31?")
    said = set().union(*(days_and_figures(t) for t in said_aloud)) - days_and_figures(question.text)
    if not said:
        return None
    # the words said ("support and security patches stop on..."), for a question that does not
    # name its topic ("why couldn't they put it off?")
    words = {w for t in said_aloud for w in tokenize(t) if len(w) > 3 and w not in STOPWORDS}
    written = [d for d in documents.values() if d.kind in _WRITTEN]
    for units in ([u for d in written for u in split_units(d)], _quoted_lines(written)):
        best: tuple[int, float, Unit] | None = None
        for unit in units:
            both = words & set(tokenize(unit.text))
            if len(both) < 2 and not found_terms(unit.text, question):
                continue
            shared = len(days_and_figures(unit.text) & said)
            if not shared:
                continue
            # on the question's topic, and in the words said
            key = (shared, question.coverage(unit.text) + len(both) / max(len(words), 1))
            if best is None or key > best[:2]:
                best = (*key, unit)
        if best is not None:
            return best[2]
    return None


def _quoted_lines(documents: list[Document]) -> list[Unit]:
    """Each line the documents quote from earlier mail, without its quote marks ("> - On-time
    pickups: 78% today"), but for one that addresses a model."""
    out = []
    for line in (u for doc in documents for u in quoted_lines(doc)):
        bare = line.text.lstrip("> ")
        if bare and not is_injection(bare):
            out.append(Unit(line.doc, line.end - len(bare), line.end, None, None))
    return out
