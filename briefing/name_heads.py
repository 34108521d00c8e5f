"""How a question's names are named by an answer: the vendor's own products need not be, a
name of several words is named by its first ("Sigma" for Sigma Consultoria), and a company by
mail from its own domain."""

from __future__ import annotations

import re

from briefing.lexicon import as_word
from briefing.parties import FREE_MAIL, fold
from briefing.questions import Question
from briefing.units import Unit
from ingest.lexical import tokenize
from ingest.models import Document

__all__ = ["FREE_MAIL_NAMES", "name_heads", "name_words", "own_products", "writer_domain"]

FREE_MAIL_NAMES = frozenset(domain.split(".")[0] for domain in FREE_MAIL)
"""The first labels of free mail domains ("gmail"), which name no organisation."""
# a capitalised word, which a name is a run of: "Gunung Wayang", "SAP Business One"
_CAPITAL = r"[A-ZÀ-Ý][\w-]*"
# a bracketed note after a product: "Rotaplan Mobile (engineer licence)"
_NOTE = re.compile(r"\s*\([^()]*\)")


def own_products(question: Question, products: str) -> set[str]:
    """The words of the vendor's products the question names: their brand, the first word of
    the products sold ("SigapKebun" of "SigapKebun Panen"), or a product named whole ("Módulo
    Oftalmo", "Rotaplan Mobile (engineer licence)"; not "Amadeus" of "Conector Amadeus")."""
    items = [_NOTE.sub("", item).strip() for item in re.split(r"[,;+\n]", products)]
    named = [
        x for x in [*products.split()[:1], *items] if x and as_word(x, True).search(question.text)
    ]
    return {w for x in named for w in tokenize(x)}


def name_heads(
    question: Question, names: set[str], documents: dict[str, Document]
) -> dict[str, str]:
    """The first word the question asks about of each capitalised name it writes with
    ``names``, short of a common noun the material writes in lower case, with the name
    ("Sigma Consultoria" is "sigma", "Farm Kanigoro" and "Divisi Cibolang" "kanigoro" and
    "cibolang"; "Qual SAP Business One" is "sap")."""
    terms = {t.token for t in question.terms}
    heads: dict[str, str] = {}
    covered: set[str] = set()
    for run in re.finditer(rf"{_CAPITAL}(?:\s+{_CAPITAL})*", question.text):
        words = [(w, fold(w)) for w in run[0].split()]
        if not names & {folded for _, folded in words}:
            continue
        head = next(
            (
                folded
                for w, folded in words
                if (folded in names or folded in terms) and not _in_lower_case(w.lower(), documents)
            ),
            # (every word of it a common noun: "Game Control" by the word asked, "control")
            next(folded for _, folded in words if folded in names),
        )
        heads[head] = run[0]
        covered |= {folded for _, folded in words}
    return heads | {name: name for name in names - covered}


def name_words(heads: dict[str, str], documents: dict[str, Document]) -> set[str]:
    """The words, folded, of the names ``heads`` stand for that are their own, not a common
    noun the material writes in lower case ("Gunung Wayang"; not "divisi" of "Divisi
    Cibolang")."""
    return {
        fold(w)
        for name in heads.values()
        for w in name.split()
        if not _in_lower_case(w.lower(), documents)
    } | set(heads)


def writer_domain(unit: Unit) -> str:
    """The first label of the email domain of the one who writes ``unit``, when the document
    gives their address and it is no free mail's ("De: Claudia Montes
    <claudia.montes@vientosdelistmo.com.mx>" writes for Vientos del Istmo)."""
    if not unit.speaker:
        return ""
    text = f"{unit.doc.fields.get('from', '')}\n{unit.doc.text}"
    m = re.search(rf"{re.escape(unit.speaker)}\W{{0,3}}<[^@>\s]+@([\w-]+)", text)
    return m[1].lower() if m and m[1].lower() not in FREE_MAIL_NAMES else ""


def _in_lower_case(word: str, documents: dict[str, Document]) -> bool:
    """Whether the material writes ``word`` as it is, in lower case."""
    written = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return any(written.search(d.text) for d in documents.values())
