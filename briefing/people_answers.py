"""Who-questions that describe a person by what they do ("who looks after the member side?",
"quem cuida da expansão das franquias?"): the stakeholder whose title says it."""

from __future__ import annotations

import re

from briefing.answers import Answer, quoting
from briefing.lexicon import TITLE_RANKS
from briefing.models import Briefing, Evidence, Stakeholder
from briefing.parties import NAME_WORD, fold
from briefing.questions import (
    CAPITALISED_INSIDE,
    ORGANISATION,
    STOPWORDS,
    Question,
    asks_for_person,
    concept_forms,
    found_terms,
    stem,
)
from briefing.units import split_units
from ingest.lexical import tokenize
from ingest.models import Document

__all__ = ["attendees", "full_names", "person_by_title"]

# "who was on the demo call?", "quem participou da reunião?", "siapa saja yang hadir?"
_ATTENDED = re.compile(
    r"\b(?:who\b[^?]{0,40}?\b(?:was|were) (?:on|in|at|there|present)|"
    r"who (?:attended|joined|took part|participated)|"
    r"quem (?:participou|participaram|estava|estavam|esteve|estiveram)|"
    r"qui[eé]n(?:es)? (?:asisti[oó]|asistieron|particip[oó]|participaron|estuvo|estuvieron)|"
    r"siapa(?: saja)? yang (?:hadir|ikut|datang))\b|\b(?:participants|attendees|participantes|"
    r"asistentes|peserta)\b",
    re.IGNORECASE,
)
# a meeting of any kind, and one of a kind that names which call ("the demo call")
_A_MEETING = (
    r"meetings?|calls?|sessions?|reuni(?:[aã]o|[oõ]es|[oó]n|ones)|chamadas?|llamadas?|"
    r"liga[cç](?:[aã]o|[oõ]es)|sess(?:[aã]o|[oõ]es)|sesi(?:[oó]n|ones)|rapat|pertemuan|panggilan"
)
_ANY_MEETING = re.compile(rf"\b(?:{_A_MEETING})\b", re.IGNORECASE)
_MEETING = re.compile(
    rf"\b(?:{_A_MEETING}|demos?|kickoff|kick-off|workshops?|presentations?|discovery|"
    r"apresenta[cç][aã]o|presentasi|visits?|visitas?|kunjungan)\b",
    re.IGNORECASE,
)

MIN_SHARE = 0.3
"""The share of the question's weighted content a title must hold when several titles hold
some of it."""


def person_by_title(question: str, asked: Question, briefing: Briefing) -> Answer | None:
    """The stakeholder whose title holds one of the question's heaviest words (the only one, or
    the one whose title holds most of the question), quoted with the line that gives the title.
    None when no title does, two do equally, or the question names with a capital word
    something the title does not ("the Direktur Utama" is not "the Direktur Keuangan").
    """
    if not asks_for_person(question) or not asked.terms or ORGANISATION.search(question):
        return None
    capital = {fold(w) for w in CAPITALISED_INSIDE.findall(question)}
    placed = {fold(w) for w in _AT_THE.findall(question)}
    scored: list[tuple[float, Stakeholder]] = []
    for person in briefing.stakeholders:
        if not person.title:
            continue
        # what the title says the person does: "member" in "Director of Member Experience"
        named = found_terms(person.title, asked)
        held = [t for t in named if t.token not in TITLE_RANKS]
        # "the general manager at Bowland Fell" is not the "General Manager - Nidd Bank", nor
        # "o gerente da unidade Nova Lima" the "Gerente - Unidade Savassi"
        if any((t.token in capital or t.proper) and t not in named for t in asked.terms):
            continue
        # "who provides the Wi-Fi at the aquarium?" asks for no aquarium's manager
        if any(t.token not in placed for t in held):
            scored.append((asked.coverage(person.title), person))
    scored.sort(key=lambda s: -s[0])
    if not scored or (len(scored) > 1 and scored[0][0] < MIN_SHARE):
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return None
    person = scored[0][1]
    lead = f"{person.name} ({person.title}), {person.role.replace('_', ' ')}."
    return quoting(question, [_title_evidence(person)], lead, source="briefing")


# where something is, not what someone does: "at the aquarium"
_AT_THE = re.compile(r"(?<!\w)at (?:the|our|their|each|every) ([\w-]+)", re.IGNORECASE)


def _title_evidence(person: Stakeholder) -> Evidence:
    return next(
        (e for e in person.evidence if person.title and person.title in e.quote),
        person.evidence[0],
    )


def attendees(question: str, documents: list[Document]) -> Answer | None:
    """Who spoke on the calls the question asks about ("who was on the demo call?"): the calls
    whose name or title shares a word with the question, else every call; each speaker quoted
    with their first sentence. None when the question does not ask who attended a meeting."""
    if not _ATTENDED.search(question) or not _MEETING.search(question):
        return None
    calls = [d for d in documents if d.kind == "call" and any(s.speaker for s in d.segments)]
    # "demo" in "who was on the demo call?" names a call, "SAP technical review" the call named
    # "revision_tecnica"; "call" or "reunião" alone names them all
    words = [
        t
        for t in tokenize(_ANY_MEETING.sub(" ", _ATTENDED.sub(" ", question)))
        if t not in STOPWORDS and len(t) > 3
    ]
    forms = [concept_forms(w)[0] for w in words]  # each holds the word's own stem too

    def shared(doc: Document) -> int:
        said = {stem(t) for t in tokenize(f"{doc.name} {doc.title}".replace("_", " "))}
        return sum(bool(f & said) for f in forms)

    best = max((shared(d) for d in calls), default=0)
    named = [d for d in calls if best and shared(d) == best]
    lines: list[str] = []
    citations: list[Evidence] = []
    for doc in named or calls:
        first: dict[str, Evidence] = {}
        for unit in split_units(doc):
            if unit.speaker and unit.speaker not in first:
                first[unit.speaker] = unit.evidence()
        if first:
            lines.append(f"{doc.title or doc.name}: {', '.join(first)}.")
            citations.extend(first.values())
    return quoting(question, citations, " ".join(lines)) if citations else None


_FULL_NAME = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD})+")
_WORD = re.compile(rf"(?<![\w@.]){NAME_WORD}(?![\w@])")


def full_names(answer: str, quotes: list[str], documents: list[Document], known: list[str]) -> str:
    """The full names of the people ``quotes`` call by first name only ("Bagus on-site in
    Balikpapan"), where the account knows one person of that first name and ``answer`` does
    not yet name them: "Bagus = Bagus Pranoto"; else ""."""
    names = set(known) | {p for d in documents for p in d.participants}
    names |= {s.speaker for d in documents if d.kind == "call" for s in d.segments if s.speaker}
    by_first: dict[str, set[str]] = {}
    for name in names:
        full = _FULL_NAME.match(name)
        if full:
            by_first.setdefault(full[0].split()[0], set()).add(full[0])
    found: list[str] = []
    for quote in quotes:
        for m in _WORD.finditer(quote):
            full_set = by_first.get(m[0], set())
            if len(full_set) != 1:
                continue
            [name] = full_set
            written = quote[m.start() : m.start() + len(name)] == name
            line = f"{m[0]} = {name}"
            if not written and name not in answer and line not in found:
                found.append(line)
    return f"({'; '.join(found)})" if found else ""
