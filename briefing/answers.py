"""Answers to a CSM's questions, with verified citations, or an honest "not in the material".

Questions the briefing already answers (who the champion is, the go-live, what was promised)
are answered from its verified fields, stating any open flag. Others get an extractive answer:
the sentences of the retrieved passages that best match the question, quoted with locators.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pydantic import BaseModel, Field

from briefing.lexicon import cue
from briefing.markdown import fact_text
from briefing.models import Briefing, Evidence, Fact, MoneyFact
from briefing.parties import fold
from briefing.units import Unit, split_units
from ingest.lexical import tokenize
from ingest.models import Document, Hit

__all__ = ["NOT_FOUND", "Answer", "answer_from_briefing", "extractive_answer", "question_terms"]

NOT_FOUND = {
    "en": "This is not in the material for this account.",
    "pt": "Isso não consta no material desta conta.",
    "es": "Esto no está en el material de esta cuenta.",
    "id": "Hal ini tidak ada di materi akun ini.",
}


class Answer(BaseModel):
    question: str
    answer: str
    found: bool
    citations: list[Evidence] = Field(default_factory=list)
    source: str = Field(description="briefing, passages or none")
    engine: str = "local"

    def model_post_init(self, context: object, /) -> None:
        unique: list[Evidence] = []
        for c in self.citations:
            if all((c.document, c.start, c.end) != (u.document, u.start, u.end) for u in unique):
                unique.append(c)
        self.citations = unique


_QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "much",
        "many",
        "does",
        "did",
        "do",
        "is",
        "are",
        "was",
        "were",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "about",
        "with",
        "from",
        "by",
        "that",
        "this",
        "there",
        "their",
        "they",
        "it",
        "be",
        "been",
        "any",
        "our",
        "we",
        "quem",
        "qual",
        "quais",
        "quando",
        "onde",
        "como",
        "quanto",
        "quantos",
        "quantas",
        "por",
        "que",
        "o",
        "a",
        "os",
        "as",
        "de",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "sobre",
        "foi",
        "é",
        "são",
        "ser",
        "está",
        "estão",
        "pela",
        "pelo",
        "nosso",
        "nossa",
        "quién",
        "quiénes",
        "cuál",
        "cuáles",
        "cuándo",
        "dónde",
        "cómo",
        "cuánto",
        "cuántos",
        "cuántas",
        "el",
        "la",
        "los",
        "las",
        "del",
        "en",
        "un",
        "una",
        "para",
        "con",
        "sobre",
        "fue",
        "es",
        "son",
        "ser",
        "está",
        "están",
        "por",
        "que",
        "qué",
        "se",
        "lo",
        "al",
        "y",
        "siapa",
        "apa",
        "kapan",
        "di",
        "mana",
        "bagaimana",
        "berapa",
        "yang",
        "dan",
        "atau",
        "untuk",
        "dengan",
        "dari",
        "pada",
        "ini",
        "itu",
        "ada",
        "adalah",
        "akan",
        "sudah",
        "oleh",
        "ke",
        "dalam",
    ]
)

_WHEN = cue(
    r"when",
    r"date",
    r"data",
    r"fecha",
    r"tanggal",
    r"what date",
    r"which date",
    r"quando",
    r"que data",
    r"qual (?:a )?data",
    r"cuándo",
    r"qué fecha",
    r"kapan",
    r"tanggal berapa",
)
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "commitments",
        cue(
            r"promis\w*",
            r"prometeu",
            r"prometid[oa]",
            r"prometi\w*",
            r"promet\w*",
            r"janji\w*",
            r"dijanjikan",
            r"commit(?:ted|ment)\w*",
            r"compromis\w*",
        ),
    ),
    (
        "economic_buyer",
        cue(
            r"sign(?:s|ed)? off",
            r"budget",
            r"economic buyer",
            r"decision maker",
            r"orçamento",
            r"presupuesto",
            r"anggaran",
            r"aprova\w*",
            r"aprueba\w*",
            r"menyetujui",
        ),
    ),
    ("executive_sponsor", cue(r"sponsor", r"patrocinador\w*", r"sponsor eksekutif")),
    ("champion", cue(r"champion", r"campeão", r"campeón", r"defensor\w*")),
    (
        "blocker",
        cue(
            r"skeptic\w*",
            r"sceptic\w*",
            r"blocker",
            r"resist\w*",
            r"cétic\w*",
            r"escéptic\w*",
            r"skeptis",
            r"ragu",
            r"against the project",
        ),
    ),
    (
        "technical_evaluator",
        cue(
            r"technical (?:buyer|evaluator|lead)",
            r"avaliador técnico",
            r"evaluador técnico",
            r"evaluator teknis",
        ),
    ),
    (
        "go_live",
        cue(
            r"go-?live",
            r"go live",
            r"launch",
            r"no ar",
            r"puesta en (?:marcha|producción)",
            r"en vivo",
            r"peluncuran",
        ),
    ),
    (
        "deal_value",
        cue(
            r"deal value",
            r"contract value",
            r"how much",
            r"valor (?:total )?do contrato",
            r"valor total",
            r"monto total",
            r"valor del contrato",
            r"nilai (?:total )?kontrak",
            r"berapa nilai",
        ),
    ),
    (
        "competitors",
        cue(
            r"competitor\w*",
            r"evaluat\w+",
            r"alternatives?",
            r"concorrent\w*",
            r"competidor\w*",
            r"pesaing",
            r"kompetitor",
        ),
    ),
    ("csm", cue(r"csm", r"customer success manager", r"gerente de sucesso", r"gerente de éxito")),
]
_ABOUT_CONTRACT = cue(
    r"order form",
    r"contract",
    r"orden de (?:servicio|compra)",
    r"pedido de compra",
    r"contrato",
    r"formul[aá]rio de pedido",
    r"formulir pemesanan",
    r"kontrak",
    r"agreement",
)
_SIGNED_Q = cue(
    r"who signed",
    r"signed (?:the|by|for)",
    r"signatory",
    r"firmó",
    r"firmaron",
    r"assinou",
    r"assinaram",
    r"menandatangani",
    r"ditandatangani",
)
_SIGNATURE = cue(
    r"sign\w*",
    r"assinad\w+",
    r"assinatura",
    r"firmad\w+",
    r"firma",
    r"ditandatangani",
    r"tanda tangan",
    r"nama",
    r"name",
    r"nome",
    r"nombre",
    r"por (?:parte|el|la)",
    r"on behalf",
    r"untuk dan atas nama",
    r"pela contratante",
    r"por la",
    r"for and on behalf",
)
_FACT_FIELDS = {"go_live": "go_live", "deal_value": "deal_value", "csm": "csm"}


def _content_words(question: str, account_words: set[str]) -> list[str]:
    """The words of a question that say what it asks: no question words, no account name."""
    return [
        t
        for t in tokenize(question)
        if t not in _QUESTION_WORDS and t not in account_words and (len(t) > 2 or t.isdigit())
    ]


def question_terms(question: str, account_words: set[str]) -> set[str]:
    """The content words of a question, as 5-letter stems."""
    return {t[:5] for t in _content_words(question, account_words)}


def _stems(text: str) -> set[str]:
    return {t[:5] for t in tokenize(text) if len(t) > 2 or t.isdigit()}


def _open_flags(briefing: Briefing, field: str) -> list[str]:
    return [f.message for f in briefing.flags if f.field == field and f.kind == "conflict"]


_TOPIC_NOISE = cue(
    r"contract",
    r"contrato",
    r"kontrak",
    r"order form",
    r"outside",
    r"fora",
    r"fuera",
    r"di luar",
    r"sales rep",
    r"vendor",
    r"vendedor",
    r"vendedora",
    r"rep",
)


def _quote(evidence: list[Evidence]) -> str:
    return f" \u201c{evidence[0].quote}\u201d" if evidence else ""


def signatories(question: str, documents: dict[str, Document], names: list[str]) -> Answer | None:
    """Who signed the contract: the contract's signature lines that name a known person."""
    if not _SIGNED_Q.search(question):
        return None
    found = []
    for doc in documents.values():
        if doc.kind != "contract":
            continue
        for unit in split_units(doc):
            window = doc.text[max(0, unit.start - 200) : unit.end]
            if any(n and n in unit.text for n in names) and _SIGNATURE.search(window):
                found.append(unit)
    if not found:
        return None
    text = " ".join(
        f"\u201c{u.text}\u201d ({u.doc.name}, {u.doc.locator(u.start)})" for u in found[:4]
    )
    return Answer(
        question=question,
        answer=text,
        found=True,
        citations=[u.evidence() for u in found[:4]],
        source="passages",
    )


def answer_from_briefing(question: str, briefing: Briefing) -> Answer | None:
    """An answer from the briefing's verified fields when the question asks for one of them."""
    for intent, pattern in _INTENTS:
        if not pattern.search(question):
            continue
        if intent in _FACT_FIELDS:
            if intent == "go_live" and not _WHEN.search(question):
                continue
            fact: Fact | MoneyFact | None = getattr(briefing.overview, _FACT_FIELDS[intent])
            if fact is None:
                continue
            text = f"{fact_text(fact)} —{_quote(fact.evidence)}."
            for message in _open_flags(briefing, f"overview.{_FACT_FIELDS[intent]}"):
                text += f" Note: {message}"
            return Answer(
                question=question,
                answer=text,
                found=True,
                citations=list(fact.evidence),
                source="briefing",
            )
        if intent == "competitors":
            if not briefing.competitors:
                continue
            names = ", ".join(c.name for c in briefing.competitors)
            cites = [c.evidence[-1] for c in briefing.competitors]
            return Answer(
                question=question,
                answer=f"Evaluated alternatives: {names}.",
                found=True,
                citations=cites,
                source="briefing",
            )
        if intent == "commitments":
            topic = question_terms(_TOPIC_NOISE.sub(" ", pattern.sub(" ", question)), set())
            chosen = [
                c for c in briefing.commitments if c.made_by and topic and topic & _stems(c.text)
            ]
            chosen.sort(key=lambda c: -len(topic & _stems(c.text)))
            if not chosen:
                continue
            lines = []
            for c in chosen[:3]:
                status = "in the contract" if c.in_contract else "NOT in the contract (unvalidated)"
                lines.append(f"{c.made_by}: \u201c{c.text}\u201d ({status}).")
            cites = [e for c in chosen[:3] for e in (c.evidence[:2] + c.contract_evidence[:1])]
            return Answer(
                question=question,
                answer=" ".join(lines),
                found=True,
                citations=cites,
                source="briefing",
            )
        people = [p for p in briefing.stakeholders if p.role == intent]
        if people:
            parts = []
            for person in people:
                title = f" ({person.title})" if person.title else ""
                parts.append(
                    f"{person.name}{title}, {intent.replace('_', ' ')}.{_quote(person.evidence)}"
                )
            return Answer(
                question=question,
                answer=" ".join(parts),
                found=True,
                citations=[e for p in people for e in p.evidence[:2]],
                source="briefing",
            )
    return None


@dataclass(frozen=True)
class _Scored:
    unit: Unit
    overlap: float
    similarity: float
    rank: int

    @property
    def score(self) -> float:
        length = len(self.unit.text.split())
        short = 0.3 if length < 5 else 0.0
        return self.overlap + max(0.0, self.similarity - 0.8) * 3 + 0.1 / (1 + self.rank) - short


def _weighted_overlap(terms: dict[str, float], text: str) -> float:
    if not terms:
        return 0.0
    tokens = set(tokenize(text))
    stems = {t[:5] for t in tokens}
    got = sum(w for t, w in terms.items() if t in tokens or (len(t) >= 5 and t[:5] in stems))
    return got / sum(terms.values())


def extractive_answer(
    question: str,
    hits: list[Hit],
    documents: dict[str, Document],
    idf: Callable[[str], float],
    account: set[str],
    lang: str,
    min_overlap: float = 0.34,
    min_similarity: float = 0.9,
) -> Answer:
    """The best-matching sentences of the retrieved passages, or ``found=False``.

    A sentence counts when it holds half of the question's content, each word weighted by its
    rarity in the account (so "revenue" matters more than "annual"); or a third of it in a
    passage close in meaning; or when its passage is very close in meaning (cross-lingual
    questions share no words).
    """
    terms = {t: idf(t) for t in _content_words(question, account)}
    scored: list[_Scored] = []
    for rank, hit in enumerate(hits):
        doc = documents.get(hit.document)
        if doc is None:
            continue
        for unit in split_units(doc):
            if unit.end <= hit.start or unit.start >= hit.end:
                continue
            scored.append(
                _Scored(unit, _weighted_overlap(terms, unit.text), hit.similarity or 0.0, rank)
            )
    if _ABOUT_CONTRACT.search(question):  # "...in the order form?": the contract is the source
        scored = [
            replace(s, overlap=s.overlap + 0.3) if s.unit.kind == "contract" else s for s in scored
        ]
    scored.sort(key=lambda s: -s.score)
    best = [
        s
        for s in scored
        if s.overlap >= 0.5
        or (s.overlap >= min_overlap and s.similarity >= 0.86)
        or s.similarity >= min_similarity
    ]
    if not best:
        return Answer(
            question=question,
            answer=NOT_FOUND.get(lang, NOT_FOUND["en"]),
            found=False,
            source="none",
        )
    chosen: list[_Scored] = []
    seen: set[tuple[str, int]] = set()
    for s in best:
        key = (s.unit.doc.name, s.unit.start)
        if len(chosen) < 3 and key not in seen and (not chosen or s.score >= 0.7 * chosen[0].score):
            seen.add(key)
            chosen.append(s)
    units = [s.unit for s in chosen]
    follower = _next_in_turn(chosen[0].unit)  # the answer often ends in the next sentence
    if follower is not None and (follower.doc.name, follower.start) not in seen:
        units.insert(1, follower)
    parts = [f"\u201c{u.text}\u201d ({u.doc.name}, {u.doc.locator(u.start)})" for u in units]
    return Answer(
        question=question,
        answer=" ".join(parts),
        found=True,
        citations=[u.evidence() for u in units],
        source="passages",
    )


def _next_in_turn(unit: Unit) -> Unit | None:
    """The sentence after ``unit`` in the same turn or paragraph, if there is one."""
    segment = unit.doc.segment_at(unit.start)
    for other in split_units(unit.doc):
        if other.start >= unit.end and segment is not None and other.start < segment.end:
            return other
    return None


def account_words(account: str, documents: list[Document]) -> set[str]:
    """Words of the account's own name, which say nothing about what a question asks."""
    names = {account.replace("-", " ")}
    for doc in documents:
        if doc.kind == "crm":
            for key in ("Account Name", "Company", "Account"):
                if doc.fields.get(key):
                    names.add(doc.fields[key])
    return {t for name in names for t in tokenize(fold(name))}
