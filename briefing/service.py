"""Briefing an account end to end: load its material, run an engine, verify every citation."""

from __future__ import annotations

import re
from importlib.metadata import version
from typing import Protocol

from briefing.answers import (
    Answer,
    account_words,
    contract_clause_on,
    contract_on,
    excluded_by_contract,
    extractive_answer,
    full_product_names,
    not_found,
    question_terms,
    quoted,
    signatories,
    third_party_asked,
)
from briefing.compound import about_person, about_rival, question_parts, without_remark
from briefing.engines import Engine
from briefing.field_answers import answer_from_briefing, asks_baseline_and_target, field_intents
from briefing.incumbent import incumbent_contract_end
from briefing.intents import IntentIndex
from briefing.material import Material, detect_language
from briefing.models import Briefing, Segment
from briefing.people_answers import attendees, full_names, person_by_title
from briefing.questions import analyse, asks_for_person, unnamed, unused_translations
from briefing.restated import written_restatement
from briefing.verify import verify_briefing
from ingest.embeddings import Embedder
from ingest.lexical import tokenize
from ingest.models import Document, Hit
from ingest.workspace import Workspace

__all__ = ["Answerer", "ask_account", "brief_account", "current_briefing", "load_material"]


class Answerer(Protocol):
    """Writes an answer from retrieved passages (the openai engine's; the local one is built in)."""

    name: str

    def answer(
        self, question: str, hits: list[Hit], documents: dict[str, Document], lang: str
    ) -> Answer: ...


def load_material(workspace: Workspace, account: str) -> Material:
    """The account's current documents and its files that failed to ingest."""
    documents = workspace.documents(account)
    return Material(account, documents, workspace.manifest(account).failures())


def brief_account(
    workspace: Workspace, account: str, engine: Engine, segment: Segment | None = None
) -> tuple[Briefing, Material]:
    material = load_material(workspace, account)
    briefing = engine.brief(material, segment=segment)
    return verify_briefing(briefing, material.by_name), material


def current_briefing(workspace: Workspace, account: str, engine: Engine) -> Briefing:
    """The account's verified briefing for its current material, kept on disk until the
    material changes (a new ingest revision) or handoff is upgraded."""
    folder = workspace.home / "briefings" / account
    revision = workspace.manifests.revision(account)
    path = folder / f"r{revision}-{engine.name}-{version('handoff')}.json"
    if path.exists():
        return Briefing.model_validate_json(path.read_text(encoding="utf-8"))
    briefing, _ = brief_account(workspace, account, engine)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.json"):
        stale.unlink()
    partial = path.with_suffix(".part")
    partial.write_text(briefing.model_dump_json(), encoding="utf-8")
    partial.replace(path)
    return briefing


def ask_account(
    workspace: Workspace,
    account: str,
    question: str,
    briefing: Briefing | None = None,
    history: list[str] | None = None,
    k: int = 8,
    answerer: Answerer | None = None,
) -> Answer:
    """Answer ``question`` from one account's material only.

    A question the briefing answers gets its verified field and, from the local answerer, the
    passages that best match the question itself ("who signs off, and above what amount?").
    A question asking two things ("when was it approved, and by whom?") is answered part by
    part; a part that finds nothing alone gets the answer to the whole question when that
    quotes something the other parts' answers do not.
    ``history`` holds earlier questions of the conversation: a short follow-up ("and when?")
    is searched together with the previous question. A remark after the question ("I need it
    for the QBR.") is not asked.
    """
    asked = without_remark(question)
    answer = _ask_parts(workspace, account, asked, briefing, history, k, answerer)
    return answer if asked == question else answer.model_copy(update={"question": question})


def _ask_parts(
    workspace: Workspace,
    account: str,
    question: str,
    briefing: Briefing | None,
    history: list[str] | None,
    k: int,
    answerer: Answerer | None,
) -> Answer:
    """``question`` answered whole or part by part (see ``ask_account``)."""
    documents = workspace.documents(account)
    parts = question_parts(question)

    def ask_whole() -> Answer:
        return _ask_one(workspace, account, documents, question, briefing, history, k, answerer)

    whole: Answer | None = None
    if len(parts) > 1:
        # "which system do they use today, and how long does its licence last?" is one question
        company = briefing.overview.company if briefing is not None else None
        ended = incumbent_contract_end(question, documents, company.value if company else None)
        if ended is not None:
            return ended
    if len(parts) > 1 and asks_baseline_and_target(question):
        # "where is it today, and where do they want it?": one goal, its baseline and target
        whole = ask_whole()
        if whole.found and whole.source == "briefing":
            return whole
    answers: list[Answer] = []
    for i, part in enumerate(parts):
        named = _person_answered(parts[i - 1].asked, answers[-1], briefing) if i else None
        pointed = ""
        if named:
            part = about_person(part, named)
        elif (
            i
            and (rival := _rival_answered(parts[i - 1].asked, answers[-1], briefing))
            and (pointing := about_rival(part, rival)) is not part
        ):
            part, pointed = pointing, rival
        answers.append(
            _ask_one(
                workspace, account, documents, part.query, briefing, history, k, answerer,
                part.topic, pointed,
            )
        )  # fmt: skip
    if len(parts) == 1:
        return answers[0]
    if not all(a.found for a in answers):
        # asked once: the goal asked above is this same question
        whole = whole if whole is not None else ask_whole()
        if not any(a.found for a in answers):
            return whole
        given = [c for a in answers for c in a.citations]
        if any(not any(c.overlaps(g) for g in given) for c in whole.citations):
            answers = [a if a.found else whole for a in answers]
    return _joined(question, [p.asked for p in parts], answers)


def _ask_one(
    workspace: Workspace,
    account: str,
    documents: list[Document],
    question: str,
    briefing: Briefing | None,
    history: list[str] | None,
    k: int,
    answerer: Answerer | None,
    topic: str = "",
    rival: str = "",
) -> Answer:
    """The answer to a question asking one thing, from the account's ``documents``; ``topic``
    is what an earlier part of the question lent it, ``rival`` the competitor it points back
    at. A local answer to whether something is in the contract also quotes what the contract
    says on it; one quoting only calls, where someone wrote down a figure or day they give."""
    company = briefing.overview.company if briefing is not None else None
    words = account_words(account, documents, company.value if company else None)
    answer = _answer_one(
        workspace, account, documents, words, question, briefing, history, k, answerer, topic, rival
    )
    if answerer is not None or not answer.found:
        return answer
    quotes = [c.quote for c in answer.citations]
    if asks_for_person(question):
        known = [s.name for s in briefing.stakeholders] if briefing is not None else []
        names = full_names(answer.answer, quotes, documents, known)
    else:  # "Intacct sandbox": "(Intacct = Sage Intacct)"
        names = full_product_names(question, quotes, documents)
    if names:
        answer = answer.model_copy(update={"answer": f"{answer.answer} {names}"})

    def idf(token: str) -> float:
        return workspace.searcher.idf(account, token)

    by_name = {d.name: d for d in documents}
    unit = None
    if not any(c.kind == "contract" for c in answer.citations):
        # "is it in the signed order form?": what the contract says on it
        people = [s.name for s in briefing.stakeholders] if briefing is not None else []
        unit = contract_on(question, by_name, idf, words, people) or contract_clause_on(
            question, by_name, idf, words
        )
    if unit is None and all(c.kind == "call" for c in answer.citations):
        unit = written_restatement(
            [c.quote for c in answer.citations], by_name, analyse(question, words, idf)
        )
    if unit is None or any(c.overlaps(unit.evidence()) for c in answer.citations):
        return answer
    added = unit.evidence()
    return answer.model_copy(
        update={
            "answer": f"{answer.answer} {quoted([added])}",
            "citations": [*answer.citations, added],
        }
    )


def _answer_one(
    workspace: Workspace,
    account: str,
    documents: list[Document],
    words: set[str],
    question: str,
    briefing: Briefing | None,
    history: list[str] | None,
    k: int,
    answerer: Answerer | None,
    topic: str = "",
    rival: str = "",
) -> Answer:
    """The answer to a question asking one thing, as the briefing or the passages give it;
    ``words`` are those of the account's own name and its company's."""
    by_name = {d.name: d for d in documents}
    people = [s.name for s in briefing.stakeholders] if briefing is not None else []
    field = None
    company = briefing.overview.company if briefing is not None else None

    def idf(token: str) -> float:
        return workspace.searcher.idf(account, token)

    if answerer is None:
        if unnamed(question, [d.text for d in documents]):
            return not_found(question, detect_language([question]))
        excluded = excluded_by_contract(question, by_name, idf, words, workspace.embedder)
        if excluded is not None:
            return excluded
    met = attendees(question, documents)
    if met is not None:
        return met
    ended = incumbent_contract_end(question, documents, company.value if company else None)
    if ended is not None:
        return ended
    if briefing is not None:
        # a part that says what it asks ("how many SKUs does it involve?") wants the field it
        # names, not the one of the topic an earlier part lent it; "by whom?", or a part no
        # field is recognised in, is read with that topic
        own = question.replace(topic, " ") if topic else question
        intents = _intents(workspace.embedder)
        asked = intents.match(workspace.embedder.embed_query(own))
        if own != question and (asked is None or len(question_terms(own, set())) < 2):
            own = question
            asked = intents.match(workspace.embedder.embed_query(question))
        signed = signatories(question, by_name, people, asked)
        if signed is not None:
            return signed
        # "who is our contact at Kuali Pagos?": someone there, none of the customer's roles
        if third_party_asked(question, words, by_name, people) is None:
            field = answer_from_briefing(own, briefing, asked, by_name, idf)
            if field is None:  # "who looks after the member side?": the title that says it
                field = person_by_title(question, analyse(question, words, idf), briefing)
    if field is not None and answerer is not None:
        return field
    query = question
    if history and len(question_terms(question, set())) <= 3:
        query = f"{history[-1]} {question}"
    named = _named(question, briefing)
    unsaid = [n for n in named if n not in question]
    if unsaid:  # "what did the CFO say?": the CFO's turns carry their name, not their title
        query = f"{query} {' '.join(unsaid)}"
    lang = detect_language([question])
    # a question in another language than the material's also searches its words translated
    foreign = briefing is not None and lang != briefing.language
    translated = unused_translations(question, idf) if foreign else ""
    hits = workspace.searcher.search(
        account, query, k + _FOREIGN_DEPTH if foreign else k, translated
    )
    if answerer is not None:
        return answerer.answer(question, hits, by_name, lang)
    absent = field is not None and not field.found
    passages = extractive_answer(
        question,
        hits,
        by_name,
        idf,
        words,
        lang,
        people,
        # the briefing did not find the field: only a sentence that plainly says it answers
        min_coverage=0.5 if absent else 0.3,
        min_similarity=1.0 if absent else 0.9,
        speakers=named,
        topic=topic,
        rival=rival,
        products=briefing.overview.products.value
        if briefing is not None and briefing.overview.products
        else "",
    )
    if field is None or absent:
        return passages if passages.found or field is None else field
    # the briefing's field, then the passages it does not already quote that best match what
    # this question adds to it
    extra = [c for c in passages.citations if not any(c.overlaps(f) for f in field.citations)]
    return Answer(
        question=question,
        answer=f"{field.answer} {quoted(extra)}".strip(),
        found=True,
        citations=[*field.citations, *extra],
        source="briefing",
    )


def _person_answered(asked: str, answer: Answer, briefing: Briefing | None) -> str | None:
    """The stakeholder a "who" question's answer names first, if any."""
    if briefing is None or not answer.found or not asks_for_person(asked):
        return None
    return _first_named(answer, [p.name for p in briefing.stakeholders])


_FOREIGN_DEPTH = 4
"""How many more chunks a question in another language than the material searches: its words
match few, and meaning alone ranks the passage lower ("Which ERP...?" for "O nosso ERP é o
Omie")."""


def _rival_answered(asked: str, answer: Answer, briefing: Briefing | None) -> str | None:
    """The competitor a question for one names first in its answer, if any."""
    if briefing is None or not answer.found:
        return None
    if "competitors" not in {intent for intent, _ in field_intents(asked, None)}:
        return None
    return _first_named(answer, [c.name for c in briefing.competitors])


def _first_named(answer: Answer, names: list[str]) -> str | None:
    """Of ``names``, the one the answer names first."""
    found = [(answer.answer.find(name), name) for name in names]
    return min(((at, name) for at, name in found if at >= 0), default=(0, None))[1]


# a capitalised word long enough to name a department ("Remuneraciones", "Finance")
_DEPARTMENT = re.compile(r"(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]{4,}(?![\w-])")
_AT_PLACE = re.compile(r"(?<!\w)(?:in|at|em|en|no|na|di|from|de|da|do)\s+$", re.IGNORECASE)
# the department a title heads: "Jefa de Remuneraciones", "Head of Finance" (not "Diretora da
# unidade Londrina", "Centre Manager, Leeds")
_HEAD_OF = re.compile(
    r"(?<!\w)(?i:head|chief|director|directora|diretora?|jef[ea]|gerente|manager|kepala|"
    r"coordenadora?|coordinadora?|supervisora?)\s+(?i:of|de|da|do|del|dos|das|bagian)\s+"
    r"(?:the\s+)?(?P<unit>[A-ZÀ-Ý][a-zà-ÿ]{4,})(?![\w-])"
)


def _named(question: str, briefing: Briefing | None) -> dict[str, str]:
    """The stakeholders the question names, each with their name, title and its initials
    ("Glenn Haverford, Chief Financial Officer (CFO)"): by name ("Glenn"), or by title ("the
    CFO", "the plant manager"), whose turns carry their name, not their title."""
    if briefing is None:
        return {}
    acronyms = set(re.findall(r"(?<!\w)[A-Z]{2,4}(?!\w)", question))
    words = set(re.findall(r"[\w'’-]+", question))
    folded = f" {' '.join(tokenize(question))} "
    # (not its opening word, nor a place: "how many staff in Santiago?")
    opening = re.match(r"\W*[\w'’-]+", question)
    named_words = {
        m[0]
        for m in _DEPARTMENT.finditer(question, opening.end() if opening else 0)
        if not _AT_PLACE.search(question, 0, m.start())
    }
    named = {}
    for person in briefing.stakeholders:
        title = person.title or ""
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", title))
        label = f"{person.name}, {title}" if title else person.name
        by_name = any(len(w) > 2 and w in words for w in person.name.split())
        by_title = bool(title) and (
            title in acronyms
            or (len(initials) > 1 and initials in acronyms)
            or f" {' '.join(tokenize(title))} " in folded
            # a department for its head: "Remuneraciones" for the Jefa de Remuneraciones
            or bool({m["unit"] for m in _HEAD_OF.finditer(title)} & named_words)
        )
        if by_name or by_title:
            named[person.name] = f"{label} ({initials})" if len(initials) > 1 else label
    return named


def _joined(question: str, parts: list[str], answers: list[Answer]) -> Answer:
    """One answer to a question asked in parts: each part's answer after the part."""
    found = [a for a in answers if a.found]
    return Answer(
        question=question,
        answer="\n".join(f"{p} {a.answer}" for p, a in zip(parts, answers, strict=True)),
        found=True,
        citations=[c for a in found for c in a.citations],
        source="briefing" if any(a.source == "briefing" for a in found) else "passages",
        engine=found[0].engine,
    )


_INTENT_INDEXES: dict[str, IntentIndex] = {}


def _intents(embedder: Embedder) -> IntentIndex:
    """The intent examples embedded once per embedding model and process."""
    if embedder.name not in _INTENT_INDEXES:
        _INTENT_INDEXES[embedder.name] = IntentIndex(embedder.embed_query, embedder.name)
    return _INTENT_INDEXES[embedder.name]
