"""Answers to a CSM's questions, with verified citations, or an honest "not in the material".

The extractive answer: the sentences of the retrieved passages that best match the question,
quoted with locators; and the contract's signatories. Questions the briefing already answers
are in ``briefing.field_answers``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from pydantic import BaseModel, Field

from briefing.contract_terms import committed_clauses, exclusions, heading_over
from briefing.crm_columns import canonical_column
from briefing.figures import figure_labels, scaled_figures
from briefing.intents import Intent
from briefing.lexicon import (
    ABOUT_CONTRACT,
    AFTER_THE_END,
    FOR_THE_TERM,
    NAME_OPENERS,
    SIGNING_WORDS,
    SYSTEM_KINDS,
    TITLE_RANKS,
    UNTIL,
    WHICH_SYSTEM_KIND,
    as_word,
    cue,
)
from briefing.material import detect_language, is_injection
from briefing.models import Evidence, written_in
from briefing.name_heads import FREE_MAIL_NAMES, name_heads, name_words, own_products, writer_domain
from briefing.parties import LEGAL_FORM, NAME_WORD, fold, is_domain_of, same_person
from briefing.questions import (
    ASKS_SOFTWARE,
    CAPITALISED_INSIDE,
    MONTH_NAME,
    QUOTED_FOR,
    STOPWORDS,
    Question,
    analyse,
    asked_beside_condition,
    asks_company_or_product,
    asks_for_date,
    asks_for_number,
    asks_for_person,
    found_terms,
    has_type,
    id_roots,
    named_beside,
    named_only,
    names,
    names_a_thing_asked,
    speaks_for_self,
    spells_out,
)
from briefing.units import (
    Unit,
    is_contact_block,
    next_in_segment,
    same_segment,
    split_units,
    table_header,
)
from briefing.values import NUMBER_WORD, RANK_WORDS, find_money
from ingest.embeddings import Embedder
from ingest.lexical import tokenize
from ingest.models import Document, Hit

__all__ = [
    "NOT_FOUND",
    "Answer",
    "account_words",
    "asks_who_signed",
    "contract_clause_on",
    "contract_on",
    "excluded_by_contract",
    "extractive_answer",
    "full_product_names",
    "in_figures",
    "known_people",
    "not_found",
    "question_terms",
    "quoted",
    "quoting",
    "signatories",
    "speaker_names",
    "third_party_asked",
    "writes_from",
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


_SIGNED_Q = cue(
    r"who signed",
    r"tanda ?tangan",
    r"put (?:pen to paper|(?:their|his|her) (?:name|signature))",
    r"whose signature",
    r"signed (?:the|by|for)",
    r"signatory",
    r"firmó",
    r"firmaron",
    r"firmou",
    r"firmaram",
    r"de quién es la firma",
    r"de quem é a assinatura",
    r"assinou",
    r"assinaram",
    r"menandatangani",
    r"ditandatangani",
    r"TTD",
    r"ink(?:ed|s)? the (?:deal|contract|agreement|order form)",
    r"executed the (?:contract|agreement|order form)",
    # "who holds the budget and signs the contract?", "yang meneken kontrak"
    r"signs? the (?:contract|agreement|order form)",
    r"(?:meneken|teken) kontrak",
    r"assina(?:r)? o contrato",
    r"firma(?:r)? el contrato",
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


# "does the signed order form cover...?", "o contrato cobre...?", "¿el contrato incluye...?"
_ASKS_IF_COVERED = cue(
    r"cover\w*",
    r"includ\w*",
    r"part of",
    r"faz parte",
    r"forma parte",
    r"bagian dari",
    r"contain\w*",
    r"incluy\w+",
    r"inclu[ií]\w*",
    r"cubre\w*",
    r"cobre\w*",
    r"contempla\w*",
    r"prev[eê]\w*",
    r"mencakup",
    r"termasuk",
    r"memuat",
    r"oblig\w*",
    r"obrig\w*",
    r"requir\w*",
    r"exig\w*",
    r"commit\w*",
    r"mewajibkan",
    r"wajib",
)
# a question that opens with no question word asks yes or no ("¿Lo que firmaron nos obliga...?")
_WH = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|why|how|qu[eé]|cu[aá]l\w*|cu[aá]nt\w*|"
    r"qui[eé]n\w*|c[oó]mo|d[oó]nde|por qu[eé]|para qu[eé]|o que|qual|quais|quando|quem|quant\w*|"
    r"onde|apa(?!kah)|siapa|kapan|berapa|bagaimana|mengapa|kenapa|di mana|mana)\b",
    re.IGNORECASE,
)
# nor asks anything else ("...for free. Which one, and is it covered?")
_ASKS_WHICH = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|qué|cuál\w*|quién\w*|cuándo|dónde|"
    r"cómo|cuánt\w+|qual|quais|quando|quem|onde|siapa|kapan|berapa|bagaimana|mengapa|kenapa)\b",
    re.IGNORECASE,
)
_EXCLUDED = {
    "en": "No: the contract excludes it.",
    "pt": "Não: o contrato exclui isso.",
    "es": "No: el contrato lo excluye.",
    "id": "Tidak: kontrak mengecualikannya.",
}


def excluded_by_contract(
    question: str,
    documents: dict[str, Document],
    idf: Callable[[str], float],
    account: set[str],
    embedder: Embedder,
) -> Answer | None:
    """ "Does the signed order form cover X?" answered "No" with the contract's own exclusion of
    X, when of the contract's clauses that hold what the question asks about the closest in
    meaning is one that excludes something."""
    if not (
        # "part of what they bought" points at the contract and asks no "what"
        not _WH.search(question) and not _ASKS_WHICH.search(ABOUT_CONTRACT.sub(" ", question))
        and ABOUT_CONTRACT.search(question)
        and _ASKS_IF_COVERED.search(question)
    ):  # fmt: skip
        return None
    asked = analyse(
        _ASKS_IF_COVERED.sub(" ", ABOUT_CONTRACT.sub(" ", question)), account, idf, translated=True
    )
    contracts = [d for d in documents.values() if d.kind == "contract"]
    excluded = exclusions(contracts)
    clauses = [(asked.coverage(u.text), u) for u in [*excluded, *committed_clauses(contracts)]]
    clauses = [(c, u) for c, u in clauses if c > 0]
    if not clauses or not any(u in excluded for _, u in clauses):
        return None
    sims = embedder.embed_passages([u.text for _, u in clauses]) @ embedder.embed_query(question)
    _, best = max(
        ((c + 2 * (float(sim) - 0.8), u) for (c, u), sim in zip(clauses, sims, strict=True)),
        key=lambda s: s[0],
    )
    if best not in excluded:
        return None
    lang = detect_language([question])
    return quoting(question, [best.evidence()], _EXCLUDED.get(lang, _EXCLUDED["en"]))


# who asked for it says nothing of what the contract holds: "the cap Joanne asked for"
_REQUESTED = cue(
    r"asked(?: for)?",
    r"requested",
    r"wanted",
    r"ped(?:iu|iram|ía)",
    r"pidi(?:ó|eron)",
    r"solicit(?:ó|ou|aron|aram)",
    r"(?:di|me)?minta",
)


def contract_on(
    question: str,
    documents: dict[str, Document],
    idf: Callable[[str], float],
    account: set[str],
    people: list[str],
) -> Unit | None:
    """For a question whether something is in the contract ("Is the 3% renewal cap Joanne asked
    for actually in the signed order form?"), the contract's sentence most on its topic, who
    asked aside ("...renews for successive 12-month periods at then-current list prices"): what
    the contract says on it, whatever the other sources say."""
    if (
        _WH.search(question)
        or _ASKS_WHICH.search(ABOUT_CONTRACT.sub(" ", question))
        or not ABOUT_CONTRACT.search(question)
    ):
        return None
    topic = _REQUESTED.sub(" ", _ASKS_IF_COVERED.sub(" ", ABOUT_CONTRACT.sub(" ", question)))
    for word in {w for name in people for w in name.split() if len(w) > 2}:
        topic = as_word(word).sub(" ", topic)
    asked = analyse(topic, account, idf, translated=True)
    # the sentence holding the most of its words, a figure not being enough ("3%")
    held = [(found_terms(u.text, asked), u) for u in _clauses(documents)]
    scored = [
        (len(terms), asked.coverage(u.text), u)
        for terms, u in held
        if any(not t.token.isdigit() for t in terms)
    ]
    best = max(scored, key=lambda s: s[:2], default=None)
    return best[2] if best else None


# the terms a contract sets, which it says best whoever else spoke of them
_CONTRACT_TERMS = ("payment", "invoice", "renewal", "discount", "price", "fee", "sla", "uptime",
                   "penalty")  # fmt: skip


def contract_clause_on(
    question: str, documents: dict[str, Document], idf: Callable[[str], float], account: set[str]
) -> Unit | None:
    """For a question on a term a contract sets ("¿con qué plazo nos pagan las facturas?"), the
    contract's clause naming that term, holding half of the question and a figure besides its
    number: what was agreed, whatever else the answer quotes ("noventa días" asked in a call)."""
    terms = [c for c in _CONTRACT_TERMS if names(question, [c])]
    if not terms:
        return None
    asked = analyse(question, account, idf, translated=True)
    scored = [
        (asked.coverage(u.text), u)
        for u in _clauses(documents)
        if re.search(r"\d", _CLAUSE_NUMBER.sub("", u.text))
        and any(names(u.text, [t]) for t in terms)
    ]
    best = max(scored, key=lambda s: s[0], default=None)
    return best[1] if best and best[0] >= 0.5 else None


_CLAUSE_NUMBER = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s")


def _clauses(documents: dict[str, Document]) -> list[Unit]:
    """The contracts' sentences of five words or more: clauses, not their headings ("## 5.
    Renewal")."""
    return [
        u
        for d in documents.values()
        if d.kind == "contract"
        for u in split_units(d)
        if len(u.text.split()) >= 5
    ]


def question_terms(question: str, account_words: set[str]) -> set[str]:
    """The content words of a question, as stems."""
    return analyse(question, account_words, lambda _: 1.0).content


def asks_who_signed(question: str, asked: Intent | None = None) -> bool:
    """Whether ``question`` asks who signed the contract."""
    if not _SIGNED_Q.search(question) and not (
        asked == "signatories" and asks_for_person(question)
    ):
        return False  # "what uptime does the order form guarantee?" is close, but asks no one
    if _ASKS_IF_COVERED.search(question) and not asks_for_person(question):
        return False  # "¿lo que firmaron nos obliga a...?" asks what, not who
    # when it was signed, or for how much ("berapa nilai kontrak yang ditandatangani?"): the
    # briefing's signing date or deal value, or the passages
    asks_what = asks_for_date(question) or asks_for_number(question)
    return not (asks_what and not asks_for_person(question))


def signatories(
    question: str, documents: dict[str, Document], names: list[str], asked: Intent | None = None
) -> Answer | None:
    """Who signed the contract: the contract's signature lines that name a known person.
    ``asked`` is the intent the question is closest to in meaning, if any."""
    if not asks_who_signed(question, asked):
        return None
    found = []
    for doc in documents.values():
        if doc.kind != "contract":
            continue
        for unit in split_units(doc):
            # a signature table may put "Firmado ... el 20/10/2026" in the row below the name
            after = 100 if unit.text.lstrip().startswith("|") else 0
            window = doc.text[max(0, unit.start - 200) : unit.end + after]
            # or under a signature rule: "_______ / PONTE IDIOMAS LTDA. / Renata ... - Diretora"
            signed = _SIGNATURE.search(window) or "_____" in window
            if any(n and n in unit.text for n in names) and signed:
                found.append(unit)
    return quoting(question, [u.evidence() for u in found[:4]]) if found else None


def quoted(citations: list[Evidence]) -> str:
    """Citations as an answer reads them: each quote with the figures it spells out in words
    ("three hundred ten thousand" [310,000]), its document and its locator."""
    return " ".join(
        f"\u201c{c.quote}\u201d{in_figures(c.quote)} ({c.document}, {c.locator})" for c in citations
    )


def in_figures(quote: str) -> str:
    """ " [310,000]", " [48 hours]" for a quote that spells its numbers out or writes them with
    a multiplier ("£2.3k": " [2,300]"); "" for one that does neither."""
    lang = detect_language([quote])
    labels = figure_labels(quote, lang)
    # one sentence is little to tell the language by: another language's reading wins when it
    # finds several figures more ("cuarenta licencias, a mil ciento cincuenta pesos"), not one
    # ("Once an aircraft leaves" is no Spanish eleven)
    for other in ("en", "pt", "es", "id"):
        read = figure_labels(quote, other)
        if len(read) >= 2 and len(read) > len(labels):
            labels, lang = read, other
    labels += [f"{value:,}" for value in scaled_figures(quote)]  # "£2.3k": 2,300
    if not labels:
        return ""
    labels = [written_in(label, lang) for label in labels]  # 1.150 and 0,8 but in English
    return " [" + "; ".join(labels) + "]"


def quoting(
    question: str, citations: list[Evidence], lead: str = "", source: str = "passages"
) -> Answer:
    """The answer found in the material: ``lead`` ("No: the contract excludes it."), then each
    citation quoted."""
    return Answer(
        question=question,
        answer=f"{lead} {quoted(citations)}".strip(),
        found=True,
        citations=citations,
        source=source,
    )


ON_TOPIC = 0.5
# a sentence this close to the best-matching one's coverage is on its topic, whatever words it
# says it in ("a deviation from a transcription error" for one "caused by" it)
_NEAR_TOPIC = 0.8
_HEADED = ("contract",)
"""The kinds of document whose sections' headings say what their lines are about (a note's
numbered item is no heading of the lines after it)."""


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
    asked: Question
    """The question it is matched with (for a contract clause, without the words that point at
    the contract)."""
    matched: int
    """How many of the question's terms it holds."""
    scanned: bool = False
    """A contract clause read because the question asks what the contract says, not found by
    the search."""
    listed: tuple[Unit, ...] = ()
    """The first items of the list the sentence opens, quoted after the other answers."""
    beside: bool = False
    """It names something right beside the noun whose name is asked ("kapal ..., KLM Samudra
    Dewi")."""
    said_by: str | None = None
    """How the stakeholders the question names describe the one who says its first sentence."""

    @property
    def from_contract(self) -> bool:
        """The question asks about the contract and this is the contract speaking, found by the
        search (a clause read because the question names the contract earns no more)."""
        return self.about_contract and self.units[0].kind == "contract" and not self.scanned

    @property
    def score(self) -> float:
        # a fragment ("Yes.", "Tuesday?") weighs little, unless the next sentence is about it
        # ("Accurate Online. Itu sistem akuntansi kami.")
        about_it = len(self.units) > 1 and _POINTS_BACK.match(self.units[1].text) is not None
        short = 0.3 if len(self.units[0].text.split()) < 5 and not about_it else 0.0
        contract = 0.3 if self.from_contract else 0.0
        typed = 0.2 if self.typed else 0.0
        beside = 0.2 if self.beside else 0.0
        return (
            self.coverage
            + max(0.0, self.similarity - 0.8) * 3
            + 0.1 / (1 + self.rank)
            + contract
            + typed
            + beside
            - short
        )

    def answers(self, min_coverage: float, min_similarity: float, foreign: bool) -> bool:
        """Enough of the question's content, or, for a question in another language than the
        material (whose words cannot match), a passage very close in meaning."""
        return self.typed and (
            self.coverage >= 0.5
            # "how many?": typed means a number sits next to what is counted
            or (bool(self.asked.counted) and self.coverage >= 0.2)
            # a long question (seven terms or more) describes more than its answer repeats:
            # three of its words
            or (self.matched >= 3 and len(self.asked.terms) >= 7 and self.coverage >= min_coverage)
            or (
                self.coverage >= min_coverage
                and (self.similarity >= 0.85 or self.passage_coverage >= 0.5 or self.from_contract)
            )
            or (foreign and self.similarity >= min_similarity)
        )


# a sentence about the one before it: "That's our ERP.", "Itu sistem akuntansi kami", "Eso es lo
# que usamos"
_POINTS_BACK = re.compile(
    r"^\W*(?:that(?:['’]s| is| was)|this is|itu|ini|isso|isto|eso|esto|ese|esa|esse|essa)\b",
    re.IGNORECASE,
)
# a list item's marker: "1)", "2.", "a)", "B.", "-", "•", or a label of two words at most
# ("Tempat : ...", "Hari/tanggal : ...") (a
# contract's numbered line is a clause, see contract_terms; here any item of the list a
# sentence opens)
_ITEM_MARKER = re.compile(
    r"^\s*(?:\d{1,2}[.)]|[A-Za-z][.)]|[-*•–])\s|^\s*[\w/.-]+(?: [\w/.-]+)?\s*:\s+\S"
)
_LIST_ITEMS = 3
"""The items of a list quoted with the sentence that opens it."""
_QUOTED = 5
"""The sentences an answer quotes, besides the items of a list one of them opens."""


def _listed(units: list[Unit], opener: Unit, after: int) -> tuple[Unit, ...]:
    """The first items of the list ``opener`` (the last sentence of a candidate's window, at
    ``after`` or later) opens ("...com as seguintes condições:"), if it opens one: the items
    that follow it, each with the sentences that go on in it, up to the first other sentence."""
    if not opener.text.rstrip().endswith(":"):
        return ()
    items: list[Unit] = []
    for unit in units[units.index(opener, after) + 1 :]:
        if _ITEM_MARKER.match(unit.text):
            items.append(unit)
        elif not items or not same_segment(items[-1], unit):
            break  # the list has ended, or the sentence opened none
        if len(items) == _LIST_ITEMS:
            break
    return tuple(items)


# a listener's short sound of assent: "Mm-hmm.", "Right, okay.", "Sí, claro.", "Iya, Pak."
_BACKCHANNEL = re.compile(r"^\W*(?:[\w'’]+[\s,.!-]*){1,3}$(?<!\?)")


def _answer_units(units: list[Unit], i: int) -> tuple[Unit, ...]:
    """The sentence at ``i`` and what completes it: the next sentence of its turn, or, for a
    question asked in a call, the first sentences of the reply."""
    unit = units[i]
    if unit.speaker and unit.text.rstrip().endswith("?"):
        reply: list[Unit] = []
        for u in units[i + 1 : i + 6]:
            if u.speaker == unit.speaker and _BACKCHANNEL.match(u.text):
                continue  # "Mm-hmm." lets the reply go on
            if (
                u.speaker
                and u.speaker != unit.speaker
                and (not reply or u.speaker == reply[0].speaker)
            ):
                reply.append(u)
            elif reply:
                break  # the reply ends where anyone else speaks ("And the bookings?")
        if reply:
            return (unit, *reply[:2])
    after = next_in_segment(units, i)
    return (unit, after) if after else (unit,)


# a reply that is only a name: "Sankhya.", "SAP Business One."
_BARE_NAME = re.compile(r"[A-ZÀ-Ý][\w&'’-]*(?: [A-ZÀ-Ý0-9][\w&'’-]*){0,2}")


def _bare_name_reply(window: tuple[Unit, ...], documents: dict[str, Document]) -> bool:
    """Whether the window holds a question asked in a call and a reply that is only a name
    ("Qual ERP vocês usam?" "Sankhya."), one the account writes inside a sentence elsewhere ("o
    faturamento sai do Sankhya"): a name, not a word opening a sentence ("Claro.")."""
    for asked, reply in pairwise(window):
        name = reply.text.strip().rstrip(".!")
        if (
            asked.speaker
            and asked.text.rstrip().endswith("?")
            and reply.speaker not in (None, asked.speaker)
            and _BARE_NAME.fullmatch(name)
            and name.lower() not in NAME_OPENERS  # "Claro.", "Perfeito."
        ):
            inside = re.compile(rf"[a-zà-ÿ,]\s+{re.escape(name)}(?![\w-])")
            if any(name in d.text and inside.search(d.text) for d in documents.values()):
                return True
    return False


def _unanswered(window: tuple[Unit, ...]) -> bool:
    """Whether the window opens on an item of a list of questions ("2. What's the minimum
    spec...?") that no one else replies to in it."""
    first = window[0]
    return (
        first.text.rstrip().endswith("?")
        and _ITEM_MARKER.match(first.text) is not None
        and not any(u.speaker and u.speaker != first.speaker for u in window[1:])
    )


def _contract_hits(documents: dict[str, Document], after: int) -> list[tuple[int, Hit]]:
    """Each contract as a whole, for a question that asks what the contract says: a contract is
    short, and its clause may share no words with the call the search ranked first."""
    return [
        (after, Hit(document=d.name, kind=d.kind, text=d.text, start=0, end=len(d.text),
                    locator=d.locator(0), score=0.0))
        for d in documents.values()
        if d.kind == "contract"
    ]  # fmt: skip


# a question a signature answers: a way to reach someone, or who holds which title
_ASKS_CONTACT = cue(
    r"phone",
    r"e-?mail",
    r"contact(?:o|ar)?",
    r"contato",
    r"kontak",
    r"telefone?",
    r"teléfono",
    r"telepon",
    r"celular",
    r"whats ?app",
    r"correo",
    r"surel",
    r"nomor (?:hp|wa|telepon)",
    r"address",
    r"endereço",
    r"dirección",
    r"alamat",
)


# asking who owns the company: "quem é o dono da empresa?", "who owns the business?" (not the
# "proprietário do negócio", the deal's owner)
_COMPANY_OWNER = re.compile(
    r"(?<!\w)(?:(?:owners?|don[oa]s?|propriet[aá]ri[oa]s?|due[nñ][oa]s?|pemilik|founders?|"
    r"fundador(?:a|es)?|pendiri) (?:of (?:the )?|d[aoe] |de la |del |dari )?|owns (?:the )?)"
    r"(?:company|business|firm|empresa|perusahaan|usaha)(?!\w)",
    re.IGNORECASE,
)


def _candidates(
    q: Question,
    hits: list[Hit],
    documents: dict[str, Document],
    people: list[str],
    in_contract: Question | None = None,
    speakers: dict[str, str] | None = None,
) -> list[_Candidate]:
    """Every sentence of the retrieved passages, with what completes it and how it matches.
    ``in_contract`` is the question without the words that point at the contract ("the signed
    order form"), which a contract's clauses need not repeat: every contract sentence is read
    and matched by it. ``speakers`` describes the people who speak ("Glenn Haverford, CFO"): a
    sentence on the question's topic said by the CFO matches "what did the CFO say about...?"."""
    about_contract = in_contract is not None
    candidates: list[_Candidate] = []
    heard = speaker_names(documents.values()) if speakers else set()
    if asks_company_or_product(q.text):
        # a company or a product asked for is no one who speaks ("Halo Bapak Ibu, saya Galih")
        people = [*people, *sorted(speaker_names(documents.values()))]
    split: dict[str, list[Unit]] = {}
    seen: set[tuple[str, int]] = set()
    ranked = list(enumerate(hits))
    if in_contract is not None:
        ranked += _contract_hits(documents, len(hits))
    for rank, hit in ranked:
        doc = documents.get(hit.document)
        if doc is None:
            continue
        if doc.name not in split:  # (a line telling an AI what to do answers nothing)
            split[doc.name] = [u for u in split_units(doc) if not is_injection(u.text)]
        units = split[doc.name]
        asked = in_contract if in_contract is not None and doc.kind == "contract" else q
        passage = asked.coverage(hit.text) if hit.similarity is not None else 0.0
        for i, unit in enumerate(units):
            if unit.end <= hit.start or unit.start >= hit.end or (doc.name, unit.start) in seen:
                continue
            seen.add((doc.name, unit.start))
            # "Account Executive | Latchpoint Software" says nothing about the accounting software
            if is_contact_block(unit) and not (
                asked.expects == "person" or _ASKS_CONTACT.search(asked.text)
            ):
                continue
            # a CRM record's "Proprietário: Felipe Arantes" is our rep, not the company's owner
            if (
                unit.field
                and _COMPANY_OWNER.search(asked.text)
                and canonical_column(fold(unit.field)) == "owner"
            ):
                continue
            window = _answer_units(units, i)
            text = " ".join(u.text for u in window)
            typed = has_type([u.text for u in window], asked, people) or (
                asked.expects == "person"
                and any(u.speaker and speaks_for_self(u.text, asked) for u in window)
            )
            if asked.expects == "name" and not typed:
                typed = _bare_name_reply(window, documents)
            if asked.expects is None and _unanswered(window):
                # "2. What's the minimum spec for the PC that runs the Noah Connector? Thirsk
                # and Malton are on some very old kit.": a question listed, and no reply to it
                typed = False
            if typed and asked.expects == "person" and doc.kind == "contract":
                # a contract names the parties by their roles ("a CONTRATANTE", "Rio Verde/GO"):
                # its clause says who only with the name of someone the account knows
                typed = any(p in text for p in people)
            coverage = asked.coverage(text)
            said_by = _said_by(unit.speaker, speakers or {}, heard)
            if said_by and coverage > 0:
                coverage = max(coverage, asked.coverage(f"{said_by} {text}"))
            header = table_header(unit)
            if header and coverage > 0:
                # a table's row says what its columns are about only in its header
                coverage = max(coverage, asked.coverage(f"{header} {text}"))
            candidates.append(
                _Candidate(
                    window,
                    coverage,
                    passage,
                    hit.similarity or 0.0,
                    rank,
                    typed,
                    about_contract,
                    asked,
                    len(found_terms(text, asked)),
                    scanned=rank >= len(hits),
                    # the list a sentence opens is quoted with it, but the sentence must match
                    listed=_listed(units, window[-1], i),
                    beside=typed and named_beside(text, asked, people),
                    said_by=said_by,
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
    speakers: dict[str, str] | None = None,
    topic: str = "",
    rival: str = "",
    products: str = "",
) -> Answer:
    """The best-matching sentences of the retrieved passages, or ``found=False``.

    A sentence counts when, with the sentence that completes it, it holds half of the question's
    content, each word weighted by its rarity in the account (so "revenue" matters more than
    "annual"); or a third of it in a passage close in meaning; or when its passage is very close
    in meaning (cross-lingual questions may share no words). In every case it must hold a value
    of the kind the question asks for: a name for "who", a number for "how much", a date for
    "when". A ``rival`` the question points back at ("and what price had they offered?") is
    named by the answer or the turn it is in. The vendor's ``products`` are no name the answer
    must give ("which finance system must be integrated with SigapKebun Premi?").
    """
    q = analyse(question, account, idf, topic=topic)
    # "what NPS do they have today?": an acronym of three letters or more the account never
    # writes names something the material does not hold
    absent = idf("\x00absent")
    unknown = [
        t.token
        for t in q.terms
        if t.acronym and len(t.token) >= 3 and idf(t.token.lower()) >= absent
    ]
    if any(not _spelled_out(a, documents) for a in unknown):
        return not_found(question, lang)
    in_contract = None
    if ABOUT_CONTRACT.search(question):
        in_contract = analyse(ABOUT_CONTRACT.sub(" ", question), account, idf, translated=True)
    candidates = _candidates(q, hits, documents, people or [], in_contract, speakers)
    # "how long is GSE Tracker location data retained?": a sentence that names GSE Tracker but
    # none of what is asked about it does not answer
    asked_about = _asked_about(q)
    if asked_about and not q.foreign:
        candidates = [
            c for c in candidates
            if c.asked is not q or any(t.token in asked_about for t in found_terms(_text(c), q))
        ]  # fmt: skip
    # "berapa biaya penggantian kalau ada sensor yang rusak?": a sentence on the sensors that
    # says none of what is asked of them (a replacement's cost) does not answer
    wanted = asked_beside_condition(q)
    # (not "who do we call if the sensor breaks?": a name answers it, whatever it says of calls)
    if wanted and not q.foreign and q.expects != "person":
        candidates = [
            c for c in candidates if wanted & {t.token for t in found_terms(_text(c), q)}
        ]  # fmt: skip
    # "what is their annual revenue?" is answered by a sentence that names revenue, not by the
    # subscription's annual price
    concepts = named_only(question)
    if concepts:
        # or the heading it stands under: "- Disponibilidad mensual: 99,9 %" under "## Nivel de
        # servicio (SLA)" answers "what uptime SLA did we sign?"
        candidates = [
            _under_heading(c, concepts)
            for c in candidates
            if names(f"{_heading_of(c.units[0])}\n{_text(c)}", concepts)
        ]
        if len(concepts) > 1 and q.expects == "number":
            # the figure is said of the first: "what percentage service credit if uptime falls
            # below the SLA?" is not answered by "99.9% monthly uptime. Service credits apply"
            candidates = [
                c for c in candidates
                if any(names(f"{_heading_of(u)}\n{u.text}", concepts[:1])
                       and has_type([u.text], c.asked, people or []) for u in c.units)
            ]  # fmt: skip
    if {"revenue", "profit"} & set(concepts) and q.expects in (None, "number") and not q.percent:
        # what they earn is an amount: "pago a 60 días" on monthly invoicing ("facturación") or
        # royalties on net revenue are no answer
        candidates = [
            c for c in candidates
            if any(find_money(u.text) or scaled_figures(u.text, True) for u in c.units)
        ]  # fmt: skip
    years = years_of_term(question)
    if years:
        # "¿qué presupuesto para el segundo año del contrato?": not "tope 90k año 1"
        candidates = [
            c for c in candidates if (given := years_of_term(_text(c))) & years or not given
        ]
    levels = levels_of(question)
    if levels:
        # "response time for Priority 2 incidents?": not "Priority 1: response within 1 hour"
        candidates = [c for c in candidates if not _other_level(_text(c), levels)]
    if AFTER_THE_END.search(question) and not names(question, ["renewal"]):
        # "how long does Kinnect keep pupil data after the contract ends?": not how the term
        # renews, nor how long it runs
        candidates = [
            c for c in candidates
            if not names(_text(c), ["renewal"]) and not FOR_THE_TERM.search(_text(c))
        ]  # fmt: skip
    if names(question, ["renewal"]):
        # "what cap applies when the contract renews?": not "the fee is fixed for the Initial
        # Term"
        candidates = [
            c for c in candidates
            if names(_text(c), ["renewal"]) or not FOR_THE_TERM.search(_text(c))
        ]  # fmt: skip
    if names_a_thing_asked(q) and not q.foreign:
        # "¿cómo se llama la gestoría...?": a name beside the gestoría, not "Cultiva ERP, que
        # nos lo recomendó la gestoría"
        candidates = [c for c in candidates if c.beside]
    asked_at = _contact_asked_at(question, account, documents, people or [])
    if asked_at is not None:
        third, known = asked_at
        # "who is their rep at Jack Henry?": a sentence naming Jack Henry and someone the account
        # does not already know, not one naming Jack Henry beside the customer's own people
        candidates = [
            c for c in candidates if any(_someone_at(u.text, third, known) for u in c.units)
        ]
    if q.expects == "date" and names(question, ["end"]) and not _STARTS.search(question):
        # "¿cuándo termina el contrato con el SERVIU?": a day something ends or runs until, not
        # one it starts
        candidates = [
            c for c in candidates if names(_text(c), ["end"]) or UNTIL.search(_text(c))
        ]  # fmt: skip
    title = _title_asked(question)
    held = [t for t in q.terms if title and fold(t.token) == title]
    if held and q.expects == "person":
        # "quem é o presidente do sindicato?": a sentence naming a president, not one about
        # the union's meeting
        candidates = [c for c in candidates if held[0] in found_terms(_text(c), q)]
    if rival:
        # "...and what annual price had they offered?" (Aparca360): a sentence naming Aparca360
        # or in a turn that does, not our own offer
        candidates = [c for c in candidates if _names_in_turn(c, rival)]
    asked_names = _names_asked_about(q, people or [], documents) - own_products(q, products)
    if asked_names:
        # (or by whom it is said: "¿cuánto se demora hoy Remuneraciones...?" is answered by
        # the Jefa de Remuneraciones' "hoy me demoro seis días", what Vientos del Istmo requires
        # by mail from its domain); a name of several words by its first ("Eu estimei umas 40
        # horas" after "...é a Sigma, certo?" for Sigma Consultoria)
        heads = name_heads(q, asked_names, documents)
        candidates = [c for c in candidates if _names_all(c, heads)]
        if q.money:
            candidates = [c for c in candidates if _priced_once_named(c, set(heads), q)]
        if q.expects == "number" and not _ALL_TOLD.search(question):
            # "berapa populasi ayam di Farm Plosoklaten saja?": not "total populasi 620 ribu"
            # of the four farms (which still says what the question is about); a part by all
            # its name's own words ("Gunung Wayang", not "divisi" of "Divisi Cibolang")
            parts = name_words(heads, documents)
            candidates = [
                c
                if _counts_a_part(c, people or [], parts)
                else replace(c, typed=False, beside=False)
                for c in candidates
            ]
    venue, town = _VENUE_ASKED.search(question), _TOWN_ASKED.search(question)
    if venue or town:
        # "¿en qué instalaciones concretas se darán las jornadas de Burgos y León?": a place
        # named beyond the question's cities, not "dos jornadas en Burgos y dos en León"; "¿en
        # qué comunas se abren los locales nuevos?": a town, not "abrimos en abril"
        said = {fold(w) for w in re.findall(r"[\w-]+", question)}
        said |= known_people(people or [], documents)
        names_place = _names_a_place if venue else _places_a_town
        candidates = [c for c in candidates if names_place(_text(c), said)]
    product = _version_asked(question.replace(topic, " ") if topic else question)
    if product:
        # "qual versão do Protheus a PetAmigo usa?": a number written beside Protheus, not the
        # general terms' "versão 3.2" nor "ResiDesk 7 runs on a SQL Server box"
        own = {m[0].lower() for m in _A_NUMBER.finditer(question)}
        named = as_word(product, ignore_case=True)
        candidates = [c for c in candidates if _versioned(c.units, named, own)]
    placed = {fold(m[1]) for m in _IN_PLACE.finditer(question)}
    places = [t for t in q.terms if t.proper and t.token in placed]
    sites = _sites_named(question)
    places += [t for t in q.terms if t.token in sites and t not in places]
    if q.counted and places:
        # "how many distributors do they have in Australia?", "¿cuántos técnicos hay en la
        # cuadrilla de Saltillo?", "how many lanes does the Hull centre have?": a count of them
        # there (not one count beside a list of the places: "cinco unidades: ... Juiz de Fora e
        # Uberlândia ... somos uns 140 colaboradores")
        candidates = [
            c for c in candidates
            if set(places) <= set(found_terms(_text(c), q))
            and not _one_of_many(_text(c), {t.token for t in places})
        ]  # fmt: skip
    if in_contract is not None:
        # a clause the search did not find must hold what the question asks about most
        # ("when does the old GPS vendor's contract end?" is not about our contract's term)
        candidates = [c for c in candidates if not c.scanned or _anchored(c, in_contract)]
    # the answer lies where the question's topic is: a typed sentence far less on topic than
    # the best-matching one is a value about something else (a contract clause, matched
    # without the words that point at the contract, is compared with the other clauses)
    best = sorted(
        (
            c
            for group in (False, True)
            for c in _answering([c for c in candidates if c.scanned == group], q.foreign,
                                min_coverage, min_similarity)
        ),
        key=lambda c: -c.score,
    )  # fmt: skip
    if not best:
        return not_found(question, lang)
    answering = [c for c in best[:3] if c is best[0] or c.score >= 0.7 * best[0].score]
    chosen: list[Unit] = []
    for unit in (u for c in answering for u in c.units):
        if unit not in chosen and len(chosen) < _QUOTED:
            chosen.append(unit)
    if q.expects == "person":
        # a CRM record's "Observações: Responsável por segurança" says who by the record's name
        for unit in list(chosen):
            record = _record_name(unit) if unit.field else None
            if record is not None and record not in chosen and len(chosen) < _QUOTED:
                chosen.insert(chosen.index(unit), record)
    # and the first items of a list a quoted sentence opens ("...kami jadwalkan:")
    for unit in (u for c in answering if c.units[-1] in chosen for u in c.listed):
        if unit not in chosen and len(chosen) < _QUOTED + _LIST_ITEMS:
            chosen.append(unit)
    return quoting(question, [u.evidence() for u in chosen])


# a question about a start ("when can we start once the pilot ends?")
_STARTS = cue(r"start\w*", r"begin\w*", r"comienz\w*", r"empie\w*", r"inici\w*", r"come[cç]\w*",
              r"mulai")  # fmt: skip
# the title a who-question asks the holder of: "who is the president of...", "quem é a
# coordenadora de implantação?", "who is the main contact for billing?" (its noun, "contact", says
# too little to hold: none)
_WHO_IS_THE = re.compile(
    r"^\W*(?:who(?:'s| is| was| will be)\s+(?:the|their|our)|quem (?:é|era|será) (?:o|a)|"
    r"qui[eé]n (?:es|era|será) (?:el|la))\s+(?P<title>[\w\s-]+?)\s*"
    r"(?:\b(?:of|de|do|da|del|dos|das|for|para|pra|in|en|em|at|on|to|who|que|with|com|con)\b|[?,]|$)",
    re.IGNORECASE,
)
_GENERIC_TITLES = frozenset(
    ["person", "persona", "pessoa", "one", "contact", "contacto", "contato", "guy", "point"]
)


def _title_asked(question: str) -> str | None:
    """The noun of the title a who-question asks the holder of, folded ("presidente")."""
    m = _WHO_IS_THE.match(question)
    if m is None:
        return None
    title = fold(m["title"].split()[-1])
    return None if title in _GENERIC_TITLES else title


# a place a question counts in: "in Australia", "para a Alemanha", "di Lampung", "de Saltillo"
_IN_PLACE = re.compile(
    r"(?<!\w)(?:in|en|em|na|no|di|at|ke|to|of|de|del|do|da|para(?: a| o)?)\s+"
    r"(?:the |el |la |los |las |a |o )?"
    r"([A-ZÀ-Ý][\w-]+)"
)
# a site named by its place: "the Hull centre", "a unidade Savassi", "cabang Malang"
_NAME = r"[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)*"
_SITE_NAMED = re.compile(
    rf"(?<!\w)(?i:the|our|their)\s+({_NAME})\s+(?i:centre|center|site|branch|store|shop|venue|"
    r"office|warehouse|plant|clinic|hospital|hotel|school|campus|depot|location|facility|library)"
    r"|(?<!\w)(?i:unidade|loja|filial|sede|sucursal|tienda|planta|cl[ií]nica|escola|escuela|"
    r"hospital|centro|armaz[eé]m|almac[eé]n|cabang|gudang|kantor|pabrik|toko|outlet|lokasi|klinik|"
    rf"sekolah)\s+(?:de\s+|do\s+|da\s+|del\s+)?({_NAME})"
)


def _record_name(unit: Unit) -> Unit | None:
    """The name line ("Nome: Gustavo Zanella", or "First Name: Gustavo") of the contact record
    ``unit`` is another line of; none for a record naming no one's title or e-mail (a company's
    "Name: Acme Ltd")."""
    fields = {canonical_column(fold(u.field)): u for u in split_units(unit.doc) if u.field}
    name = fields.get("full name") or fields.get("first name")
    if name is None or name.start == unit.start or not {"title", "email"} & set(fields):
        return None
    return name


# the first year, which RANK_WORDS leaves out ("first" is too common a word to stand for "1")
_FIRST = ("first", "primer", "primero", "primera", "primeiro", "primeira", "pertama")
_ORDINAL = rf"(?:{'|'.join((*_FIRST, *RANK_WORDS))}|[1-5](?:st|nd|rd|th|º|°|er))"
_AFTER_NUMBER = r"(?:ke-?\s*)?(?:[1-5](?:\s*[-–]\s*[1-5])?|pertama|kedua|ketiga|keempat|kelima)"
_AND = r"\s*(?:,|and|y|e|dan)\s*"
# a year of the contract's term: "year 2", "Years 1-3", "the second and third years", "a
# first-year discount", "años 2 y 3", "tahun kedua", "Y3"; after one, the years that follow
_YEAR_OF_TERM = re.compile(
    r"(?P<after>(?:after|beyond|from|setelah|sesudah|después del?|depois do|a partir del?)\s+"
    r"(?:the\s+|el\s+|o\s+)?)?"
    rf"(?:(?:years?|años?|anos?|tahun)\s+{_AFTER_NUMBER}(?:{_AND}{_AFTER_NUMBER})*"
    rf"|{_ORDINAL}(?:{_AND}{_ORDINAL})*[\s-]+(?:years?|años?|anos?)"
    r"|Y[1-5])(?!\w)",
    re.IGNORECASE,
)
_LAST_YEAR = 5


def years_of_term(text: str) -> set[int]:
    """The years of a contract's term ``text`` names ("year 2", "el primer año", "Years 1-3":
    {2}, {1}, {1, 2, 3}; "after the first year": {2, ..., 5})."""
    found: set[int] = set()
    for m in _YEAR_OF_TERM.finditer(text):
        said = set()
        for word in re.findall(r"\w+", m[0][len(m["after"] or "") :].lower()):
            if word in _FIRST:
                said.add(1)
            elif word in RANK_WORDS:
                said.add(int(RANK_WORDS[word]))
            elif word[:1].isdigit() or (word[:1] == "y" and word[1:].isdigit()):
                said.add(int(word.lstrip("y")[0]))
        if re.search(r"\d\s*[-–]\s*\d", m[0]) and len(said) == 2:  # "Years 1-3"
            said = set(range(min(said), max(said) + 1))
        if m["after"] and said:
            said = set(range(max(said) + 1, _LAST_YEAR + 1))
        found |= said
    return found


# a numbered incident priority or support level: "Priority 2", "P2", "Severidad 3", "Sev-1",
# "nivel 2", "Tier 1"
_LEVEL = re.compile(
    r"(?<!\w)(?:(?P<urgency>(?i:priority|prioridad|prioridade|prioritas|severity|severidad|"
    r"severidade|sev)|P)|(?P<level>(?i:level|nivel|nível|tingkat|tier)))[\s-]?"
    # "Priority 1 and 2", "Sev 1/2", "niveles 1 a 3"
    r"(?P<n>\d(?:\s*(?:,|/|-|–|(?i:and|or|to|y|e|o|ou|a|dan|atau|sampai))\s*\d(?![.,]\d))*)"
    r"(?!\w|[.,]\d)"
)


def levels_of(text: str) -> set[tuple[str, str]]:
    """The numbered priorities and levels ``text`` names, as (kind, number): "Priority 2" and
    "Sev 2" are both ("urgency", "2"); "Priority 1-3" names 1, 2 and 3."""
    found = set()
    for m in _LEVEL.finditer(text):
        kind = "urgency" if m["urgency"] else "level"
        numbers = [int(d) for d in re.findall(r"\d", m["n"])]
        if re.search(r"\d\s*(?:-|–|(?i:to|a|sampai))\s*\d", m["n"]) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        found |= {(kind, str(n)) for n in numbers}
    return found


def _other_level(text: str, levels: set[tuple[str, str]]) -> bool:
    """Whether ``text`` names only other priorities or levels of the kinds asked."""
    kinds = {kind for kind, _ in levels}
    given = {level for level in levels_of(text) if level[0] in kinds}
    return bool(given) and not given & levels


def _said_by(speaker: str | None, speakers: dict[str, str], heard: set[str]) -> str | None:
    """How ``speakers`` describe the one who says a sentence: by their name, or by the shorter
    name a call gives them ("Álvaro Benavides" for "Álvaro Benavides Quiroga") when no one
    speaks under the full name and no one else's name is as close ("Juan Gómez" is not "Juan
    Carlos Gómez" when both speak)."""
    if not speaker:
        return None
    if speaker in speakers:
        return speakers[speaker]
    close = [name for name in speakers if same_person(name, speaker) and name not in heard]
    return speakers[close[0]] if len(close) == 1 else None


def _sites_named(question: str) -> set[str]:
    """The words, folded, of the places the question names a site by."""
    return {w for m in _SITE_NAMED.finditer(question) for w in tokenize(m[1] or m[2])}


# the product whose version a question asks: "which SQL Server version...?", "qual versão do
# Protheus...?", "versi SAP apa...?"
_VERSION_ASKED = (
    # "which Protheus version", "which Protheus release or version"
    re.compile(
        r"((?:[A-Z][\w.-]*\s+){1,3})(?i:(?:release|build|version)s?\s+(?:or|ou|o|atau)\s+)?"
        r"(?i:version|model)s?\b"
    ),
    re.compile(
        r"(?<!\w)(?i:versions?|vers[ãa]o|vers[õo]es|versi[óo]n(?:es)?|versi|models?|modelos?)\s+"
        # "modelo de cámaras Visiomatic": the kind of thing may come before its name, not what
        # is paid ("modelo de cobrança da Sinco")
        r"(?:(?i:of|do|da|dos|das|de|del|dari)\s+(?!(?i:cobran|pre[çc]|pag|factur|fatur|negoc|"
        r"neg[óo]c|licen|pricing|billing|business))(?:[a-zà-ÿ]+\s+(?:d[eao]s?\s+)?)?)?"
        r"(?i:(?:the|o|a|el|la)\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"
    ),
    # "SAP Business One yang dipakai di kantor pusat itu versi berapa?": the last name before it
    re.compile(
        r"((?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?=[^A-Z?.]*\bversi(?:nya)?\s+(?:berapa|apa)\b))"
    ),
)
_WH_WORDS = frozenset(
    ("which", "what", "qual", "quais", "que", "qué", "cuál", "cuáles", "apa", "and", "y", "e",
     "does", "do", "did", "is", "are")
)  # fmt: skip


# a question for the venue itself: "which venue is he at?", "¿en qué instalaciones...?", "di
# hotel atau gedung mana?"
_VENUE_ASKED = re.compile(
    r"(?<!\w)(?:which|what|qu[eé]|qual|quais)\s+(?:venues?|hotels?|buildings?|rooms?|premises|"
    r"instalaci[oó]n(?:es)?|instala[çc](?:ão|ões)|sedes?|salas?|locais|locales|lugar(?:es)?)(?!\w)"
    r"|(?<!\w)(?:hotel|gedung|ruang(?:an)?|tempat|venue)(?: atau \w+)? (?:mana|apa)(?!\w)",
    re.IGNORECASE,
)


# a question for a town or a region: "¿en qué comunas...?", "di kota mana saja...?", "which
# cities...?"
_TOWN_ASKED = re.compile(
    r"(?<!\w)(?:which|what|qu[eé]|qual|quais|cu[aá]l(?:es)?)\s+(?:cit(?:y|ies)|towns?|regions?|"
    r"countr(?:y|ies)|suburbs?|neighbou?rhoods?|districts?|distritos?|cidades?|ciudad(?:es)?|comunas?|"
    r"municipios?|municípios?|bairros?|barrios?|regi(?:ão|ões|ón|ones)|pa[ií]s(?:es)?|"
    r"provincias?|províncias?|colonias?)(?!\w)"
    r"|(?<!\w)(?:kota|kabupaten|provinsi|daerah|wilayah|kecamatan)(?: \w+)? (?:mana|apa)(?!\w)",
    re.IGNORECASE,
)


def _places_a_town(text: str, said: set[str]) -> bool:
    """Whether ``text`` places something at a name none of whose words are ``said`` ("em
    Campinas", "di Bogor"), or lists three names or more ("Maipú, Ñuñoa y La Florida")."""
    return any(
        m[1].lower() in _TOWN_PREPOSITIONS and all(_unsaid(w, said) for w in m[2].split())
        for m in _AT_PLACE.finditer(text)
    ) or _names_a_place(text, said)


# where a town is ("em Campinas", "di Bogor"), not whose ("sistema da Totvs")
_TOWN_PREPOSITIONS = frozenset(("at", "in", "en", "em", "no", "na", "di", "ke"))


def _unsaid(word: str, said: set[str]) -> bool:
    """Whether a capitalised word names something the question does not: none of ``said``, a
    month or a weekday."""
    return (
        fold(word) not in said and not MONTH_NAME.fullmatch(word) and not _WEEKDAY.fullmatch(word)
    )


def _names_a_place(text: str, said: set[str]) -> bool:
    """Whether ``text`` places something at a name in capitals none of whose words are ``said``
    (the question's words and known people's names, folded): "at Anchorage Hall", "di Hotel
    Premier Basko"; a single word only after "at" (not a city: "Semua di Bandung?"); or lists
    three such names or more, none a month or a weekday ("Doncaster, Wakefield and Lincoln run
    Brunswick Sync"; not "Teams and Zoom", "Monday and Tuesday")."""
    return any(
        fold(w) not in said
        for m in _AT_PLACE.finditer(text)
        # "at Marriott", "di Hotel Santika", not a city alone ("Semua di Bandung?")
        if (m[1].lower() == "at" or len(m[2].split()) > 1) and not _TO_SOMEONE.match(m[2])
        for w in m[2].split()
    ) or any(
        all(_unsaid(w, said) for w in re.findall(r"[\w-]+", m[0]) if w[:1].isupper())
        for m in _NAME_LIST.finditer(text)
    )


# three names or more in a list: "Doncaster, Wakefield and Lincoln", "Sanur, Amed dan Labuan
# Bajo"
_NAME_LIST = re.compile(
    r"(?<!\w)[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?(?:,\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?)+"
    r",?\s+(?:and|e|y|dan|&)\s+[A-ZÀ-Ý][\w-]+"
)
# someone, not somewhere: "teruskan ke Pak Bambang", "da Dra. Helena"
_TO_SOMEONE = re.compile(r"(?:Pak|Bu|Ibu|Bapak|Mbak|Mas|Sr|Sra|Dr|Dra|Mr|Mrs|Ms|Dona|Seu)\b")
_AT_PLACE = re.compile(
    r"(?<!\w)(at|in|en|em|no|na|di|ke|del|do|da)\s+(?:(?:the|el|la|o|a)\s+)?"
    # a name, not an abbreviation ("Not in OF")
    r"((?:[A-ZÀ-Ý][\w-]*[a-zà-ÿ][\w-]*\s?)+)"
)


_WEEKDAY = cue(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", r"s[aá]bado", r"domingo", r"lunes", r"martes",
    r"mi[eé]rcoles", r"jueves", r"viernes", r"senin", r"selasa", r"rabu", r"kamis", r"jumat",
    r"sabtu", r"minggu",
)  # fmt: skip
_CONTEXT = 3
"""The turns before an answer's that may name what it is about ("So which version are you on?"
/ "Eight point two.")."""


# a figure for the whole, not for a part the question names: "in total", "ao todo", "seluruh"
_ALL_TOLD = cue(
    r"total(?:es|s)?",
    r"in all",
    r"altogether",
    r"combined",
    r"ao todo",
    r"en conjunto",
    r"entre tod[oa]s",
    r"seluruhnya",
    r"keseluruhan",
    # "around 180,000 visits a year across the four"
    r"across (?:the|all|both|our|their)",
    r"(?:em|en) (?:tod[oa]s|ambos|ambas) (?:[oa]s|l[oa]s)",
    r"entre (?:ambos|ambas)",
    r"di (?:semua|seluruh)",
)


def _counts_a_part(candidate: _Candidate, people: list[str], names: set[str]) -> bool:
    """Whether a sentence of the candidate gives a figure of the kind asked that is not said of
    the whole ("in total", "ao todo"), or that names the part asked (``names``); none when the
    part is named only as one of a list ("cinco unidades: ... Betim, Juiz de Fora e Uberlândia.
    ... E somos uns 140 colaboradores" counts them all)."""
    if _one_of_many(_text(candidate), names):
        return False
    return any(
        has_type([u.text], candidate.asked, people)
        and (not _ALL_TOLD.search(u.text) or names <= set(tokenize(u.text)))
        for u in candidate.units
    )


# a name's neighbours in a list: " e Uberlândia", ", Contagem, Betim", "Betim e ", "Museum, Stanton
# Grange, ", "(Gunung Wayang, Cibolang, Puntang)" (not "Pak, KlikApotek")
_LISTED_NAME = r"(?:the\s+)?[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*"
_LIST_AND = r"(?:and|e|y|dan|&)"
_LISTED_AFTER = re.compile(
    rf"^\s*(?:,\s*)?{_LIST_AND}\s+{_LISTED_NAME}"
    rf"|^\s*,\s*{_LISTED_NAME}\s*(?:[,)]|\s{_LIST_AND}\s)"
)
_LISTED_BEFORE = re.compile(
    rf"[A-ZÀ-Ý][\w-]*\s+{_LIST_AND}\s+(?:the\s+)?$|{_LISTED_NAME},\s*{_LISTED_NAME},\s*$"
)


_NAME_JOINER = re.compile(r"\s+(?:(?:de|da|do|del|dos|das|of|the|la|los)\s+)?", re.IGNORECASE)


def _one_of_many(text: str, names: set[str]) -> bool:
    """Whether ``text`` writes the name made of ``names`` only beside other names in a list
    (each time it writes it: "Betim tem 40 técnicos" gives Betim's own figure)."""
    words = [m for m in re.finditer(r"\w+", text) if fold(m[0]) in names]
    if not words:
        return False
    # each mention: a run of the name's words, with what joins them ("Juiz de Fora")
    mentions: list[tuple[int, int]] = []
    for m in words:
        if mentions and _NAME_JOINER.fullmatch(text[mentions[-1][1] : m.start()]):
            mentions[-1] = (mentions[-1][0], m.end())
        else:
            mentions.append((m.start(), m.end()))
    return all(
        _LISTED_AFTER.match(text[end:]) or _LISTED_BEFORE.search(text[:start])
        for start, end in mentions
    )


def _names_asked_about(q: Question, people: list[str], documents: dict[str, Document]) -> set[str]:
    """The names a question asks about ("how much will the GajiKu Enterprise plan upgrade
    cost?"), which the answer or the turns before it must name: our own Enterprise plan's price
    is no answer. A person's need not be (what Kirsty said does not name her), nor a title, a
    month or a weekday ("the Finance Director", "in September"), nor the vendor's."""
    proper = [t.token for t in q.terms if t.proper]
    if not proper:
        return set()
    known = known_people(people, documents)
    return {
        token
        for token in proper
        if fold(token) not in known
        and fold(token) not in TITLE_RANKS
        and not MONTH_NAME.fullmatch(token)
        and not _WEEKDAY.fullmatch(token)
        and not writes_from(token, list(documents.values()))
    }


def _names_all(candidate: _Candidate, heads: dict[str, str]) -> bool:
    """Whether the candidate, the turns before it, who says it or the domain they write from
    name each of ``heads``' names."""
    said = set(tokenize(f"{_with_turn(candidate, _CONTEXT)} {candidate.said_by or ''}"))
    writer = writer_domain(candidate.units[0])
    return all(h in said or is_domain_of(writer, name) for h, name in heads.items())


def _names_in_turn(candidate: _Candidate, name: str) -> bool:
    """Whether the candidate, or the turn or paragraph its first sentence is in, names ``name``
    ("How does ClassChat compare? Because they've quoted us four pounds eighty...")."""
    return as_word(name).search(_with_turn(candidate)) is not None


def _with_turn(candidate: _Candidate, before: int = 0) -> str:
    """The candidate's text after the turn or paragraph its first sentence is in, and those of
    the ``before`` turns or paragraphs before that which ask something ("So which version are
    you on?"; a list of the clubs the turn before is not what the answer is about)."""
    asking, turn = _turn_of(candidate, before)
    return " ".join([*asking, turn, _text(candidate)])


def _turn_of(candidate: _Candidate, before: int, end: int | None = None) -> tuple[list[str], str]:
    """The ``before`` turns or paragraphs before the candidate's first sentence's that ask
    something, and that turn's text (up to ``end``, when given)."""
    first = candidate.units[0]
    segments = first.doc.segments
    at = next((i for i, s in enumerate(segments) if s.start <= first.start < s.end), None)
    if at is None:
        return [], _text(candidate)
    turns = [first.doc.text[s.start : s.end] for s in segments[max(0, at - before) : at]]
    own = segments[at]
    return [t for t in turns if "?" in t], first.doc.text[own.start : end or own.end]


def _priced_once_named(candidate: _Candidate, names: set[str], q: Question) -> bool:
    """Whether an amount the candidate gives is in or after a sentence naming what the question
    asks about ("What price did Kaizen quote?": not "Your subscription is 165,000 a year. Kaizen
    came in higher")."""
    for unit in candidate.units:
        if not has_type([unit.text], q, []):
            continue
        # (in the amount's sentence or before it: "we'll honor $36/user for the Lake Charles
        # hangar")
        asking, said = _turn_of(candidate, _CONTEXT, unit.end)
        if names <= set(tokenize(" ".join([*asking, said]))):
            return True
    return False


def _version_asked(question: str) -> str | None:
    """The name whose version ``question`` asks for, if it names one."""
    for pattern in _VERSION_ASKED:
        for m in pattern.finditer(question):
            words = m[1].split()
            # "Di kantor pusat, SAP Business One versi berapa?": not "Di", "Untuk", "Kalau"
            while words and (words[0].lower() in _WH_WORDS or words[0].lower() in STOPWORDS):
                words = words[1:]
            if words:
                return " ".join(words)
    return None


_VERSION_WORD = cue(
    r"versions?", r"vers[ãa]o", r"versi[óo]n(?:es)?", r"versi", r"models?", r"modelos?"
)


def _versioned(units: tuple[Unit, ...], named: re.Pattern[str], own: set[str]) -> bool:
    """Whether a candidate's sentences can give the version of the product ``named`` finds: a
    number not among the question's ``own``, after a version word ("Está na versão 12.1"), right
    beside the product ("SAP ECC 6.0") or making up a bare reply with a point in it ("Eight point
    two.", "8.2.", not "Ada tiga."), not beside another name ("ResiDesk 7", "Windows 11") nor a
    date further on ("Sage 200 mapping workshop: week of 26 October")."""
    for unit in units:
        said = [w for w in re.findall(r"[\w-]+", unit.text) if not _A_NUMBER.fullmatch(w)]
        for m in _A_NUMBER.finditer(unit.text):
            if m[0].lower() in own:
                continue
            before = unit.text[: m.start()]
            words = re.findall(r"[\w-]+", before)
            # (the version word may be followed by its verb: "A versão é a 12.1.2210")
            while len(words) > 1 and words[-1].lower() in _VERSION_FILLERS:
                words = words[:-1]
            if words and _VERSION_WORD.fullmatch(words[-1]):
                # "Está na versão 12.1", "SAP versi 9", not "Moka versi 4.2" nor "cajeros
                # Tecnipark con el modelo TP-400" (a code is a name itself)
                owner = m[0] if m[0][:1].isupper() else words[-2] if len(words) > 1 else ""
                if (
                    not owner[:1].isupper()
                    or owner.lower() in _VERSION_FILLERS  # "A versão é a 12.1.2210"
                    or named.search(before[-40:])
                ):
                    return True
                continue
            near = [n for n in named.finditer(before) if len(before) - n.end() <= 12]
            between = before[near[-1].end() :].split() if near else []
            if near and len(between) <= 1:
                return True
            pointed = _DECIMAL.fullmatch(m[0]) or any(_POINT_WORD.fullmatch(w) for w in said)
            if pointed and len([w for w in said if not _POINT_WORD.fullmatch(w)]) <= 2:
                return True
    return False


# "8.2", "12.1.33", "12.1.2310": a version's points, not thousands ("12.000") nor a day with its
# year ("5.3.2027")
_DECIMAL = re.compile(r"\d+(?:\.\d{1,2}(?!\d))+|\d+\.\d\.(?!(?:19|20)\d\d\b)\d+")
# what may stand between a version word and its number: "A versão é a 12.1.2210"
_VERSION_FILLERS = frozenset(["is", "é", "es", "adalah", "the", "a", "o", "la", "el"])
_POINT_WORD = cue(r"point", r"ponto", r"punto", r"koma", r"dot")


# a number, or a model's code ("TC52", "TP-400"), not an article ("um", "una", "one") nor
# "once" and "half"
_A_NUMBER = re.compile(
    r"(?<![\w.-])[a-z]*-?\d[\w.-]*(?<![.-])"
    rf"|(?<![\w.])(?!(?:one|um|uma|uno|una|once|half|satu|lima|mil)\b){NUMBER_WORD}(?!\w)",
    re.IGNORECASE,
)


# an organisation a question places someone at: "at Jack Henry", "di bank BCA", "de Alimentos La
# Montañera", "dari pihak Moka"
_AT_ORG = re.compile(
    r"(?<!\w)(?:at|di|de|da|do|del|from|dari|pihak|na|no|en)\s+"
    r"(?:(?:the|bank|banco|partner|parceiro|socio|pihak|vendor|provider|la|el|a|o)\s+)*"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:(?:de|del|da|do|la|los)\s+)?[A-Z][\w&.'’-]*)*)"
)
# an email address's domain label: "andika@jadwalin.id" gives "jadwalin" (not "gmail")
_DOMAIN = re.compile(r"@([\w-]+)\.")
# a person's name: two capitalised words, or an honorific and one
_SOMEONE = re.compile(
    r"(?<![\w@])(?:(?P<honorific>Pak|Bu|Ibu|Bapak|Mas|Mbak|Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Don|Doña)\.?\s+)?"
    # whole words: "WashTrak" is no "Wash", "LavaClean" no "Lava"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})*)(?!\w)"
)


# a question for someone's name or contact at an organisation ("name of their account rep at
# Jack Henry", "Siapa PIC di bank BCA", "la persona de Alimentos La Montañera")
_ASKS_CONTACT_AT = cue(
    r"contact\w*",
    r"contat\w*",
    r"kontak\w*",
    r"rep",
    r"representative",
    r"representante",
    r"account (?:manager|executive)",
    r"PIC",
    r"person(?:a|e)?",
    r"pessoa",
    r"name",
    r"nama",
    r"nome",
    r"nombre",
    # whom to talk to there: "¿con quién tenemos que hablar en Tecnipark?"
    r"(?:talk|speak) to",
    r"hablar",
    r"falar",
    r"(?:bicara|ngomong|menghubungi|hubungi)",
)


def third_party_asked(
    question: str, account: set[str], documents: dict[str, Document], people: list[str]
) -> str | None:
    """The third-party organisation whose contact the question asks for ("who is our contact
    at Kuali Pagos?"), if it asks for one."""
    asked_at = _contact_asked_at(question, account, documents, people)
    return asked_at[0] if asked_at is not None else None


def _contact_asked_at(
    question: str, account: set[str], documents: dict[str, Document], people: list[str]
) -> tuple[str, set[str]] | None:
    """The third party whose contact the question asks for, with the words of the names the
    account already knows."""
    if not (_ASKS_CONTACT_AT.search(question) and _AT_ORG.search(question)):
        return None
    known = known_people(people, documents)
    third = _third_party(question, account, documents, known)
    return (third, known) if third is not None else None


def speaker_names(documents: Iterable[Document]) -> set[str]:
    """The names of those who speak in the documents (a call's turns)."""
    return {s.speaker for d in documents for s in d.segments if s.speaker}


def known_people(people: list[str], documents: dict[str, Document]) -> set[str]:
    """The words of the names the account already knows: stakeholders, call speakers, email
    correspondents."""
    known = {
        fold(w) for name in [*people, *speaker_names(documents.values())] for w in name.split()
    }
    known |= {fold(w) for d in documents.values() for p in d.participants for w in p.split()}
    return known


def _third_party(
    question: str, account: set[str], documents: dict[str, Document], known: set[str]
) -> str | None:
    """The organisation whose person the question asks for, when it is a third party: not the
    customer ("da equipe de TI da Agrosul"), nor the vendor, who writes from its own domain (or,
    in material with no email, whose name most documents give)."""
    orgs = [m["org"].rstrip(".") for m in _AT_ORG.finditer(question)]
    # "Who do Marcus and Renee report to?": a person, not an organisation
    orgs = [o for o in orgs if not all(fold(w) in known for w in o.split())]
    # the customer's own name, but not its legal form ("PT Integra Solusi Data", "PT Semen...")
    words = [t for o in orgs for w in o.split() if not LEGAL_FORM.fullmatch(w) for t in tokenize(w)]
    if not orgs or any(w in account for w in words):
        return None
    org = orgs[0]
    # the vendor writes from its own domain ("@jadwalin.id"); a system most documents name
    # ("GajiKu") is still a third party. With no email, most documents name the vendor.
    writes = writes_from(org, list(documents.values()))
    if writes is not None:
        return None if writes else org
    naming = sum(org.casefold() in d.text.casefold() for d in documents.values())
    return org if naming * 2 <= len(documents) else None


def writes_from(org: str, documents: list[Document]) -> bool | None:
    """Whether the account's emails come from the organisation's own domain ("Jadwalin" and
    "andika@jadwalin.id"): the vendor or the customer, no third party (one copied in, or writing
    from a free mail address, is not known by it); None with no email."""
    domains = {
        fold(m[1])
        for d in documents
        for m in _DOMAIN.finditer(d.fields.get("from", ""))
        if fold(m[1]) not in FREE_MAIL_NAMES
    }
    if not domains:
        return None
    return any(is_domain_of(d, org) for d in domains)


_ACRONYM_BEFORE = re.compile(r"(?<!\w)[A-Z]{2,}\s+$")


def _someone_at(text: str, org: str, known: set[str]) -> bool:
    """Whether ``text`` names ``org`` and a person the account does not already know."""
    named = cue(re.escape(org)).search(text)
    if named is None:
        return False
    for m in _SOMEONE.finditer(text):
        if m.start() < named.end() and named.start() < m.end():
            continue  # the organisation's own name
        name = m["name"].split()
        # a product's name is no one's: "SAP Business One", "Microsoft Dynamics"
        product = _ACRONYM_BEFORE.search(text, 0, m.start()) or any(
            w.lower() in STOPWORDS for w in name
        )
        if (
            (len(name) >= 2 or m["honorific"])
            and not all(fold(w) in known for w in name)
            and not product
        ):
            return True
    return False


def _spelled_out(acronym: str, documents: dict[str, Document]) -> bool:
    """Whether the material writes the acronym out in capitalised words ("DPO": "Data Protection
    Officer"), lower-case words starting with its letters being too common to count; or in the
    words of the concept it names ("SLA": "Service Levels")."""
    words = r"[ -]+(?:[a-z]+[ -]+)?".join(rf"{letter}[a-z]+" for letter in acronym)
    pattern = re.compile(rf"\b{words}")
    return any(pattern.search(d.text) or spells_out(d.text, acronym) for d in documents.values())


def not_found(question: str, lang: str, source: str = "none", engine: str = "local") -> Answer:
    """The honest "this is not in the material", in the question's language."""
    return Answer(
        question=question,
        answer=NOT_FOUND.get(lang, NOT_FOUND["en"]),
        found=False,
        source=source,
        engine=engine,
    )


def _answering(
    candidates: list[_Candidate], foreign: bool, min_coverage: float, min_similarity: float
) -> list[_Candidate]:
    """The candidates that answer and are not far less on topic than the best-matching one;
    where that one names what is asked but gives no value, those that name it too."""
    topic = max((c.coverage for c in candidates), default=0.0)
    answering = [
        c
        for c in candidates
        if c.answers(min_coverage, min_similarity, foreign) and c.coverage >= ON_TOPIC * topic
    ]
    # the material speaks of what is asked without giving its value: "Yo puedo pedirle a
    # FisioSoft un mes de extensión, pero eso cuesta" says no price for the extension, and "62
    # usuarios x COP 98.000/mes" prices something else
    for top in (c for c in candidates if topic and c.coverage == topic and not c.typed):
        asked = top.asked
        if foreign or asked.expects in (None, "person"):
            continue
        heaviest = max((t for t in asked.terms if not t.weak), key=lambda t: t.weight, default=None)
        if heaviest is not None and _holds(top, asked, heaviest.token):
            # (or what a count counts, as the question writes it: "110 users" for "how many
            # ... user licences?", not "clínica veterinária" for "quantos veterinários?")
            counted = {t.token.rstrip("s") for t in asked.counted}
            return [
                c for c in answering
                if c.coverage >= _NEAR_TOPIC * topic
                or _holds(c, asked, heaviest.token)
                or counted & {w.rstrip("s") for w in tokenize(_text(c))}
            ]  # fmt: skip
    return answering


def _holds(candidate: _Candidate, question: Question, word: str) -> bool:
    """Whether the candidate holds the question's ``word`` as the question matches it, or a
    word an Indonesian affix builds on the same root ("dihapusbukukan", "menghapusbukukan")."""
    if any(t.token == word for t in found_terms(_text(candidate), question)):
        return True
    roots = id_roots(word)
    return bool(roots) and any(roots & (id_roots(t) | {t}) for t in tokenize(_text(candidate)))


def _under_heading(candidate: _Candidate, concepts: list[str]) -> _Candidate:
    """The candidate matched with the heading it stands under when that names one of the
    ``concepts`` asked about: "- Ketersediaan layanan (uptime): 99,5%" under "## 6. Tingkat
    Layanan (SLA)" answers "what uptime does the SLA guarantee?"."""
    heading = _heading_of(candidate.units[0])
    if not candidate.coverage or not any(names(heading, [c]) for c in concepts):
        return candidate
    with_heading = candidate.asked.coverage(f"{heading}\n{_text(candidate)}")
    return replace(candidate, coverage=max(candidate.coverage, with_heading))


def _heading_of(unit: Unit) -> str:
    """The heading of the section a contract's sentence stands in, or ''."""
    return heading_over(unit.doc.text, unit.start) if unit.kind in _HEADED else ""


def _text(candidate: _Candidate) -> str:
    return " ".join(u.text for u in candidate.units)


# "which ERP...?", not "ERP Solaris"
_WHICH_KIND = re.compile(rf"(?<!\w){WHICH_SYSTEM_KIND}(?!\s*(?-i:[A-Z]))", re.IGNORECASE)


def _asked_about(q: Question) -> set[str]:
    """The question's words other than the names it writes ("GSE Tracker", "Rodrigo Alves") and
    the words that only say what kind of answer it wants ("used", "system"): what it asks about
    what it names (none in "what is GSE Tracker used for?")."""
    named = {t for m in CAPITALISED_INSIDE.finditer(q.text) for t in tokenize(m[0])}
    counted = {t.token for t in q.counted}
    # "how much did Admitly quote for implementation?" asks about the implementation
    named |= {t for m in QUOTED_FOR.finditer(q.text) for t in tokenize(m["verb"])}
    return {
        t.token
        for t in q.terms
        # "which ERP...?" asks about an ERP: a kind of system, no name ("ERP Solaris"); "how
        # many SKUs?" about SKUs
        if (t.token.upper() in SYSTEM_KINDS and _WHICH_KIND.search(q.text))
        or t.token in counted
        or not (t.proper or t.acronym or t.weak or t.token in named)
    }


def _anchored(candidate: _Candidate, q: Question) -> bool:
    """Whether the candidate, with the heading it stands under ("6.1. Disponibilidade mensal:
    99,5%" under "## 6. Nível de serviço (SLA)"), holds one of the question's heaviest terms, or
    what a "how many" question counts ("quantas licenças...?")."""
    heaviest = max((t.weight for t in q.terms), default=0.0)
    text = f"{_heading_of(candidate.units[0])}\n{_text(candidate)}"
    return any(t.weight == heaviest or t in q.counted for t in found_terms(text, q))


def full_product_names(question: str, quotes: list[str], documents: list[Document]) -> str:
    """For a question asking which software, the full name of a product the quotes give by
    its last word only ("Intacct sandbox"), where the material writes one longer name ending in
    it: "(Intacct = Sage Intacct)"; else ""."""
    if not ASKS_SOFTWARE.search(question):
        return ""
    found: list[str] = []
    for quote in quotes:
        for m in re.finditer(r"(?<![\w.-])([A-Z][\w-]{3,})(?![\w-])", quote):
            word = m[1]
            if re.search(rf"(?<!\w)[A-Z][\w&-]+ {re.escape(word)}(?!\w)", quote):
                continue  # the quote writes the longer name itself
            # "Sage Intacct", not "In Intacct" nor a sentence opening on it
            longer = {
                f"{n[1]} {word}"
                for d in documents
                for n in re.finditer(rf"(?<!\w)([A-Z][\w&-]+) {re.escape(word)}(?!\w)", d.text)
                if n[1].lower() not in STOPWORDS
                and re.search(r"\w[,;]? $", d.text[max(0, n.start() - 3) : n.start()])
            }
            line = f"{word} = {next(iter(longer))}" if len(longer) == 1 else ""
            if line and line not in found:
                found.append(line)
    return f"({'; '.join(found)})" if found else ""


def account_words(account: str, documents: list[Document], company: str | None = None) -> set[str]:
    """Words of the account's own name and its company's, which say nothing about what a
    question asks; with the company's initials ("di sisi ALN": the customer's side)."""
    names = {account.replace("-", " ")}
    if company:
        names.add(company)
        words = [w for w in company.split() if w[:1].isupper() and not LEGAL_FORM.match(w)]
        if len(words) >= 2:
            names.add("".join(w[0] for w in words))
    for doc in documents:
        if doc.kind == "crm":
            for key in ("Account Name", "Company", "Account"):
                if doc.fields.get(key):
                    names.add(doc.fields[key])
    return {t for name in names for t in tokenize(fold(name))}
