"""An account's material as the engines read it: documents, sentences, language, injections."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from briefing.lexicon import INJECTION, LANGUAGE_WORDS, SYSTEM_TAG
from briefing.units import Unit, split_units
from briefing.values import writes_day_first
from ingest.lexical import tokenize
from ingest.models import Document

__all__ = ["Material", "detect_language", "is_injection", "quoted_lines", "stripped_lines"]


# spellings only one of the languages writes: "ganho", "trabalho", "-agem"; "llegan",
# "porcentaje", "-ción"; "totalnya"
_SPELLED = {
    "pt": re.compile(r"[ãõç]|(?<=\w\w)[nl]h[aeiou]|age(?:m|ns)\b"),
    "es": re.compile(r"[ñ¿¡]|\bll[aeiou]|ajes?\b|ci[oó]n(?:es)?\b"),
    "id": re.compile(r"(?<=\w\w\w)nya\b"),
}


def detect_language(texts: list[str]) -> str:
    """The most likely of en/pt/es/id by function-word counts and the spellings only one of them
    writes in lower-case words; ``en`` when unsure or tied."""
    counts: Counter[str] = Counter()
    for text in texts:
        sample = text[:20000]
        words = " ".join(w for w in sample.split() if not w[:1].isupper())  # not "Conceição"
        for lang, spelled in _SPELLED.items():
            counts[lang] += len(spelled.findall(words))
        for i, token in enumerate(tokenize(sample)):
            for lang, vocabulary in LANGUAGE_WORDS.items():
                if token in vocabulary:
                    counts[lang] += 2 if i == 0 else 1  # a question's opening word weighs most
    best = max(counts.values(), default=0)
    if not best or counts["en"] == best:
        return "en"
    return counts.most_common(1)[0][0]


def is_injection(text: str) -> bool:
    return bool(INJECTION.search(text) or SYSTEM_TAG.search(text))


def reads_day_first(documents: list[Document], language: str | None = None) -> bool:
    """Whether "01/03/2027" is 1 March: outside English, or where English prose writes "6
    April" rather than "April 6". ``language`` is the material's, when known."""
    if language is None:
        prose = [d.text for d in documents if d.kind in ("call", "email", "note")]
        language = detect_language(prose)
    return language != "en" or writes_day_first([d.text for d in documents])


@dataclass
class Material:
    """Documents plus their sentences; sentences that address a model are set aside."""

    account: str
    documents: list[Document]
    failures: dict[str, str] = field(default_factory=dict)
    units: list[Unit] = field(init=False)
    suspicious: list[Unit] = field(init=False)
    by_name: dict[str, Document] = field(init=False)
    language: str = field(init=False)

    def __post_init__(self) -> None:
        self.by_name = {d.name: d for d in self.documents}
        self.units = []
        self.suspicious = []
        for doc in self.documents:
            for unit in split_units(doc):
                (self.suspicious if is_injection(unit.text) else self.units).append(unit)
        # quoted reply chains are not evidence, but an injection hidden in one is still flagged
        for doc in self.documents:
            self.suspicious += [u for u in quoted_lines(doc) if is_injection(u.text)]
        self.language = detect_language(
            [d.text for d in self.documents if d.kind in ("call", "email", "note")]
        )

    def of_kind(self, *kinds: str) -> list[Unit]:
        return [u for u in self.units if u.kind in kinds]

    @cached_property
    def latest_date(self) -> str | None:
        """The date of the latest dated document (ISO), for a date an undated one gives
        without its year."""
        return max((d.date for d in self.documents if d.date), default=None)

    @cached_property
    def day_first(self) -> bool:
        """Whether "01/03/2027" is 1 March (:func:`reads_day_first`)."""
        return reads_day_first(self.documents, self.language)

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Words the prose writes in lower case somewhere ("miramos", "usamos"): capitalised at
        a sentence's opening, they are still words, not the first word of a name."""
        return frozenset(
            w.casefold()
            for u in self.of_kind("call", "email", "note")
            for w in _LOWER_WORD.findall(u.text)
        )


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{3,}(?![\w'’-])")


def quoted_lines(doc: Document) -> list[Unit]:
    """Each non-blank line of the reply chains ``doc`` quotes, stripped ("> - On-time pickups:
    78% today")."""
    return [
        Unit(doc, start, start + len(line), None, None)
        for span in doc.quoted
        for start, line in stripped_lines(doc.text[span.start : span.end], span.start)
    ]


def stripped_lines(text: str, offset: int) -> list[tuple[int, str]]:
    """The non-blank lines of ``text``, stripped, each with its start (``text`` starting at
    ``offset``)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((offset + pos + line.index(stripped), stripped))
        pos += len(line) + 1
    return out
