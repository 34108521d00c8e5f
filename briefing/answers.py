"""Answers to a CSM's questions, with verified citations, or an honest "not in the material".

Questions the briefing already answers (who the champion is, the go-live, what was promised)
are answered from its verified fields, stating any open flag. Others get an extractive answer:
the sentences of the retrieved passages that best match the question, quoted with locators.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from briefing.intents import Intent
from briefing.lexicon import SIGNING_WORDS, cue
from briefing.markdown import fact_text
from briefing.material import detect_language
from briefing.models import Briefing, Evidence, Fact, MoneyFact
from briefing.parties import fold
from briefing.questions import Question, analyse, asks_for_person, has_type
from briefing.units import Unit, split_units
from ingest.lexical import tokenize
from ingest.models import Document, Hit

__all__ = [
    "NOT_FOUND",
    "Answer",
    "answer_from_briefing",
    "extractive_answer",
    "question_terms",
    "quoted",
]

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
            r"offer(?:ed|s)?",
            r"(?:any|a) deal on",
            r"concessions?",
            r"oferec\w+",
            r"ofrec\w+",
            r"menawarkan",
            r"ditawarkan",
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
            r"drag\w* (?:his|her|their) feet",
            r"push(?:es|ing)? back on (?:us|it|this|the (?:project|rollout|change))",
            r"oppos\w+",
            r"not on board",
            r"atrapalh\w+",
            r"se opone\w*",
            r"menghambat",
            r"menentang",
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
            r"how much (?:is|was) (?:the )?(?:deal|contract|order)\w*",
            r"valor (?:total )?do contrato",
            r"valor del contrato",
            r"nilai (?:total )?kontrak",
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
    (
        "success",
        cue(
            r"targets?",
            r"goals?",
            r"trying to (?:reach|hit|get to|achieve)",
            r"success (?:metrics?|criteria|measures?)",
            r"kpis?",
            r"metas?",
            r"objetivos?",
            r"(?:quer|querem|quiere|quieren) (?:chegar|llegar)",
            r"sasaran",
        ),
    ),
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
    r"sign(?:ed)?",
    r"contrat(?:ed|ou|aram|aron|ó|ado|ada|ados|adas)",
    r"assinad[oa]s?",
    r"firmad[oa]s?",
    r"agreed",
    r"acordad[oa]s?",
    r"disepakati",
)
_SIGNED_Q = cue(
    r"who signed",
    r"put (?:pen to paper|(?:their|his|her) (?:name|signature))",
    r"whose signature",
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
    *SIGNING_WORDS,
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
_ANY_TYPE = (None, "person", "name", "number", "date")
_INTENT_TYPES = {
    "go_live": (None, "date"),
    "kickoff": (None, "date"),
    "deal_value": (None, "number"),
    "competitors": (None, "name"),
    "commitments": _ANY_TYPE,
    "csm": (None, "person", "name"),
    **dict.fromkeys(
        ["economic_buyer", "executive_sponsor", "champion", "blocker", "technical_evaluator"],
        (None, "person", "name"),
    ),
}
_FACT_FIELDS = {
    "go_live": "go_live",
    "kickoff": "kickoff",
    "deal_value": "deal_value",
    "csm": "csm",
}


def question_terms(question: str, account_words: set[str]) -> set[str]:
    """The content words of a question, as stems."""
    return analyse(question, account_words, lambda _: 1.0).content


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


def signatories(
    question: str, documents: dict[str, Document], names: list[str], asked: Intent | None = None
) -> Answer | None:
    """Who signed the contract: the contract's signature lines that name a known person.
    ``asked`` is the intent the question is closest to in meaning, if any."""
    if not _SIGNED_Q.search(question) and asked != "signatories":
        return None
    found = []
    for doc in documents.values():
        if doc.kind != "contract":
            continue
        for unit in split_units(doc):
            # a signature table may put "Firmado ... el 20/10/2026" in the row below the name
            after = 100 if unit.text.lstrip().startswith("|") else 0
            window = doc.text[max(0, unit.start - 200) : unit.end + after]
            if any(n and n in unit.text for n in names) and _SIGNATURE.search(window):
                found.append(unit)
    return _quoting(question, found[:4]) if found else None


def _one_per_document(evidence: list[Evidence], limit: int) -> list[Evidence]:
    """The first of ``evidence`` from each document, up to ``limit``."""
    out: list[Evidence] = []
    for e in evidence:
        if all(o.document.split("#")[0] != e.document.split("#")[0] for o in out):
            out.append(e)
    return out[:limit]


def quoted(citations: list[Evidence]) -> str:
    """Citations as an answer reads them: each quote with its document and locator."""
    return " ".join(f"\u201c{c.quote}\u201d ({c.document}, {c.locator})" for c in citations)


def _quoting(question: str, units: list[Unit]) -> Answer:
    """The answer that quotes ``units`` of the material."""
    citations = [u.evidence() for u in units]
    return Answer(
        question=question,
        answer=quoted(citations),
        found=True,
        citations=citations,
        source="passages",
    )


class _Sentences:
    """The sentence around a citation, so that an answer quotes "Kickoff is on 9 September at
    the Leiden site", not "9 September"."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self._documents = documents
        self._units: dict[str, list[Unit]] = {}

    def around(self, evidence: Evidence) -> Evidence:
        doc = self._documents.get(evidence.document)
        if doc is None or evidence.start is None:
            return evidence
        if doc.name not in self._units:
            self._units[doc.name] = split_units(doc)
        end = evidence.end if evidence.end is not None else evidence.start
        for unit in self._units[doc.name]:
            if unit.start <= evidence.start and end <= unit.end:
                return unit.evidence() if unit.end - unit.start <= 400 else evidence
        return evidence  # spans two sentences (a CRM record's lines): quoted as it is


def _topic(question: str, intent: re.Pattern[str] | None) -> Question:
    """What the question asks about beyond the words that name its intent."""
    return analyse(intent.sub(" ", question) if intent else question, set(), lambda _: 1.0)


def answer_from_briefing(
    question: str,
    briefing: Briefing,
    asked: Intent | None = None,
    documents: dict[str, Document] | None = None,
) -> Answer | None:
    """An answer from the briefing's verified fields when the question asks for one of them:
    by its words, or by ``asked``, the intent it is closest to in meaning. With ``documents``,
    each citation is the whole sentence it stands in."""
    expects = analyse(question, set(), lambda _: 1.0).expects
    sentences = _Sentences(documents or {})
    intents: list[tuple[str, re.Pattern[str] | None]] = [
        (intent, pattern) for intent, pattern in _INTENTS if pattern.search(question)
    ]
    if asked and asked not in {intent for intent, _ in intents}:
        intents.append((asked, None))
    absent = False
    who = asks_for_person(question)
    for intent, pattern in intents:
        types = _INTENT_TYPES.get(intent, _ANY_TYPE)
        if expects not in types and not (who and "person" in types):
            continue
        if intent in _FACT_FIELDS:
            if intent in ("go_live", "kickoff") and expects != "date":
                continue
            fact: Fact | MoneyFact | None = getattr(briefing.overview, _FACT_FIELDS[intent])
            if fact is None:
                absent = True  # the briefing looked for it in the whole material
                continue
            cites = [sentences.around(e) for e in fact.evidence]
            text = f"{fact_text(fact)} — {quoted(cites[:2])}."
            for message in _open_flags(briefing, f"overview.{_FACT_FIELDS[intent]}"):
                text += f" Note: {message}"
            return Answer(
                question=question, answer=text, found=True, citations=cites, source="briefing"
            )
        if intent == "competitors":
            if not briefing.competitors:
                continue
            names = ", ".join(c.name for c in briefing.competitors)
            # each alternative in the sentences that name it, those on the question's topic first
            topic = _topic(question, pattern)
            cites = []
            for competitor in briefing.competitors:  # each named alternative cited
                mentions = [sentences.around(e) for e in competitor.evidence]
                cites.append(max(mentions, key=lambda e: topic.coverage(e.quote)))
            cites.sort(key=lambda e: -topic.coverage(e.quote))
            return Answer(
                question=question,
                answer=f"Evaluated alternatives: {names}. {quoted(cites)}",
                found=True,
                citations=cites,
                source="briefing",
            )
        if intent == "success":
            topic = _topic(question, pattern)
            criteria = [c for c in briefing.success_criteria if topic.coverage(c.metric) > 0]
            criteria.sort(key=lambda c: -topic.coverage(c.metric))
            if not criteria:
                continue
            cites = [sentences.around(c.evidence[0]) for c in criteria[:2]]
            return Answer(
                question=question,
                answer=quoted(cites),
                found=True,
                citations=cites,
                source="briefing",
            )
        if intent == "commitments":
            topic = _topic(_TOPIC_NOISE.sub(" ", question), pattern)
            chosen = [c for c in briefing.commitments if c.made_by and topic.coverage(c.text) > 0]
            chosen.sort(key=lambda c: -topic.coverage(c.text))
            if not chosen:
                continue
            lines = []
            for c in chosen[:3]:
                status = "in the contract" if c.in_contract else "NOT in the contract (unvalidated)"
                said = (
                    f"{c.requested_by} asked and {c.made_by} agreed"
                    if c.requested_by
                    else c.made_by
                )
                lines.append(f"{said}: \u201c{c.text}\u201d ({status}).")
                also = _one_per_document(c.evidence, 3)[1:]  # the same promise, restated elsewhere
                if also:
                    lines.append(f"Also: {quoted(also)}.")
            cites = [e for c in chosen[:3] for e in (c.evidence[:2] + c.contract_evidence[:1])]
            cites += [e for c in chosen[:3] for e in _one_per_document(c.evidence, 3)[1:]]
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
            cites = []
            for person in people:
                title = f" ({person.title})" if person.title else ""
                shown = [sentences.around(e) for e in person.evidence[:2]]
                parts.append(f"{person.name}{title}, {intent.replace('_', ' ')}.{_quote(shown)}")
                cites += shown
            return Answer(
                question=question,
                answer=" ".join(parts),
                found=True,
                citations=cites,
                source="briefing",
            )
    if absent:
        lang = detect_language([question])
        return Answer(
            question=question,
            answer=NOT_FOUND.get(lang, NOT_FOUND["en"]),
            found=False,
            source="briefing",
        )
    return None


ON_TOPIC = 0.5


@dataclass(frozen=True)
class _Candidate:
    """A sentence that matches the question and the sentences quoted with it as the answer."""

    units: tuple[Unit, ...]
    coverage: float
    passage_coverage: float
    similarity: float
    rank: int
    typed: bool
    about_contract: bool

    @property
    def from_contract(self) -> bool:
        """The question asks about the contract and this is the contract speaking."""
        return self.about_contract and self.units[0].kind == "contract"

    @property
    def score(self) -> float:
        short = 0.3 if len(self.units[0].text.split()) < 5 else 0.0
        contract = 0.3 if self.from_contract else 0.0
        typed = 0.2 if self.typed else 0.0
        return (
            self.coverage
            + max(0.0, self.similarity - 0.8) * 3
            + 0.1 / (1 + self.rank)
            + contract
            + typed
            - short
        )

    def answers(self, min_coverage: float, min_similarity: float, foreign: bool) -> bool:
        """Enough of the question's content, or, for a question in another language than the
        material (whose words cannot match), a passage very close in meaning."""
        return self.typed and (
            self.coverage >= 0.5
            or (
                self.coverage >= min_coverage
                and (self.similarity >= 0.85 or self.passage_coverage >= 0.5 or self.from_contract)
            )
            or (foreign and self.similarity >= min_similarity)
        )


def _answer_units(units: list[Unit], i: int) -> tuple[Unit, ...]:
    """The sentence at ``i`` and what completes it: the next sentence of its turn, or, for a
    question asked in a call, the first sentences of the reply."""
    unit = units[i]
    if unit.speaker and unit.text.rstrip().endswith("?"):
        reply = [u for u in units[i + 1 : i + 6] if u.speaker and u.speaker != unit.speaker]
        if reply:
            first = [u for u in reply if u.speaker == reply[0].speaker][:2]
            return (unit, *first)
    segment = unit.doc.segment_at(unit.start)
    if i + 1 < len(units) and segment is not None and units[i + 1].start < segment.end:
        return (unit, units[i + 1])
    return (unit,)


def _candidates(
    q: Question, hits: list[Hit], documents: dict[str, Document], people: list[str]
) -> list[_Candidate]:
    """Every sentence of the retrieved passages, with what completes it and how it matches."""
    about_contract = bool(_ABOUT_CONTRACT.search(q.text))
    candidates: list[_Candidate] = []
    split: dict[str, list[Unit]] = {}
    seen: set[tuple[str, int]] = set()
    for rank, hit in enumerate(hits):
        doc = documents.get(hit.document)
        if doc is None:
            continue
        if doc.name not in split:
            split[doc.name] = split_units(doc)
        units = split[doc.name]
        passage = q.coverage(hit.text)
        for i, unit in enumerate(units):
            if unit.end <= hit.start or unit.start >= hit.end or (doc.name, unit.start) in seen:
                continue
            seen.add((doc.name, unit.start))
            window = _answer_units(units, i)
            text = " ".join(u.text for u in window)
            candidates.append(
                _Candidate(
                    window,
                    q.coverage(text),
                    passage,
                    hit.similarity or 0.0,
                    rank,
                    has_type([u.text for u in window], q, people),
                    about_contract,
                )
            )
    return candidates


def extractive_answer(
    question: str,
    hits: list[Hit],
    documents: dict[str, Document],
    idf: Callable[[str], float],
    account: set[str],
    lang: str,
    people: list[str] | None = None,
    min_coverage: float = 0.3,
    min_similarity: float = 0.9,
) -> Answer:
    """The best-matching sentences of the retrieved passages, or ``found=False``.

    A sentence counts when, with the sentence that completes it, it holds half of the question's
    content, each word weighted by its rarity in the account (so "revenue" matters more than
    "annual"); or a third of it in a passage close in meaning; or when its passage is very close
    in meaning (cross-lingual questions may share no words). In every case it must hold a value
    of the kind the question asks for: a name for "who", a number for "how much", a date for
    "when".
    """
    q = analyse(question, account, idf)
    candidates = _candidates(q, hits, documents, people or [])
    # the answer lies where the question's topic is: a typed sentence far less on topic than
    # the best-matching one is a value about something else
    topic = max((c.coverage for c in candidates), default=0.0)
    best = sorted(
        (
            c
            for c in candidates
            if c.answers(min_coverage, min_similarity, q.foreign) and c.coverage >= ON_TOPIC * topic
        ),
        key=lambda c: -c.score,
    )
    if not best:
        return Answer(
            question=question,
            answer=NOT_FOUND.get(lang, NOT_FOUND["en"]),
            found=False,
            source="none",
        )
    chosen: list[Unit] = []
    for c in best[:3]:
        if c is best[0] or c.score >= 0.7 * best[0].score:
            chosen.extend(u for u in c.units if u not in chosen)
    return _quoting(question, chosen[:5])


def account_words(account: str, documents: list[Document]) -> set[str]:
    """Words of the account's own name, which say nothing about what a question asks."""
    names = {account.replace("-", " ")}
    for doc in documents:
        if doc.kind == "crm":
            for key in ("Account Name", "Company", "Account"):
                if doc.fields.get(key):
                    names.add(doc.fields[key])
    return {t for name in names for t in tokenize(fold(name))}
