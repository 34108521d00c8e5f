"""Questions that ask two things at once ("when was it approved, and by whom?").

Each part is answered on its own: the answer type of one part ("when": a date) would otherwise
decide for the whole question, and a briefing field answering one part would hide the other.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.lexicon import ABOUT_CONTRACT
from briefing.questions import STOPWORDS
from ingest.lexical import tokenize

__all__ = ["Part", "about_person", "about_rival", "question_parts", "without_remark"]

# Indonesian question words, which may also close a question ("food cost mereka berapa?")
_ID_ASKING = r"siapa|apa|apakah|kapan|mana|mengapa|kenapa|bagaimana|gimana|berapa"
# what opens a question, with the preposition some languages put first ("by whom", "até quando")
_ASKING = (
    # a hedge before the question word: "and roughly what did they quote?"
    r"(?:(?:roughly|approximately|about|exactly|more or less|aproximadamente|mais ou menos|"
    r"más o menos|exatamente|exactamente|kira-kira|sekitar|kurang lebih)\s+)?"
    r"(?:(?:by|to|with|for|since|until|from|at|in|on|por|para|com|até|desde|con|hasta|de|em|en|sobre|"
    r"a partir del?|a|oleh|dengan|sampai|sejak|mulai|untuk|dari|di|pada)\s+)?"
    r"(?:(?:tanggal|jam|hari|bulan|tahun|pukul)\s+(?=berapa))?"  # "dan tanggal berapa?"
    r"(?:who|whom|whose|what|which|when|where|why|how|quem|qual|quais|quando|onde|como|o que|"
    rf"quant[oa]s?|quién(?:es)?|cuál(?:es)?|cuándo|dónde|cómo|cuánt[oa]s?|qué|{_ID_ASKING})(?!\w)"
)
# Indonesian may ask at the end: "food cost mereka berapa, dan mau ditekan sampai angka berapa?"
_ASKED_LAST = rf"[^,;?]*(?<!\w)(?:{_ID_ASKING})(?!\w)"
# a part ends where a conjunction or a comma opens another question
_BREAK = re.compile(
    rf"\s*(?:[,;]\s*(?:(?:and|e|y|dan)\s+)?|\s(?:and|e|y|dan)\s+)(?={_ASKING})"
    rf"|\s*,\s*dan\s+(?={_ASKED_LAST})",
    re.IGNORECASE,
)
_SENTENCE = re.compile(rf"\?\s+(?:(?:and|e|y|dan)\s+)?(?={_ASKING})", re.IGNORECASE)
_CLOSING = re.compile(rf"\s+(?:{_ID_ASKING})\s*$", re.IGNORECASE)
_OPENING = re.compile(rf"^\s*{_ASKING}\s*", re.IGNORECASE)
_ASKS = re.compile(rf"(?<!\w){_ASKING}", re.IGNORECASE)
_HIM_OR_HER = r"him|her|ele|ela|nele|nela|dele|dela|él|ella|dia|beliau"
# words that point back at what the first part asked about ("which partner supports it?")
_POINTING = re.compile(
    rf"(?<!\w)(?:it|its|this|that|{_HIM_OR_HER}|isso|disso|nisso|eso|itu|ini|each|le|lhe|"
    r"cada (?:uno|una|um|uma)|masing-masing)(?!\w)"
    # "SAP-nya", "kontraknya", not "hanya", "punya" nor an adverb ("akhirnya", "biasanya")
    r"|(?:(?<=\w{3})|(?<=\w-))(?<!\bakhir)(?<!\bbiasa)(?<!\bsebenar)(?<!\brupa)(?<!\bmisal)(?<!\bkayak)"
    r"(?<!\bseperti)(?<!\bkata)(?<!\binti)(?<!\bpokok)(?<!\bselanjut)(?<!\bsebelum)"
    r"(?<!\bsetelah)(?<!\bsesudah)(?<!\bsemesti)(?<!\bseharus)(?<!\bsetidak)nya(?!\w)",
    re.IGNORECASE,
)
# words that point back at a person ("and which site does he run?")
_HE_OR_SHE = re.compile(rf"(?<!\w)(?:he|she|his|{_HIM_OR_HER})(?!\w)", re.IGNORECASE)
# words that point back at a company ("and what price had they offered?")
_THEY_OR_IT = re.compile(
    r"(?<!\w)(?:they|them|their|it|its|eles?|elas?|deles?|delas?|ellos|ellas|él|ella"
    r"|mereka)(?!\w)",
    re.IGNORECASE,
)


# what a part says it asks, without saying about what: "what does the contract actually say?"
_SAYING = frozenset(
    ("say", "says", "said", "actually", "really", "exactly", "diz", "dizem", "realmente", "dice",
     "dicen", "bilang", "sebenarnya", "sebut", "menyebut")
)  # fmt: skip


class Part(NamedTuple):
    asked: str
    """The part as the user asked it ("by whom?")."""
    query: str
    """The part able to stand alone ("by whom was the budget approved?")."""
    topic: str = ""
    """What ``query`` adds to the part from the first one ("the budget approved")."""


def without_remark(question: str) -> str:
    """``question`` without a remark after it that asks nothing and names nothing ("What's the
    P1 response time? I need it for the support program doc.", "...? Kok tanggalnya beda-beda.";
    not "...? For the Enterprise plan.")."""
    end = question.rfind("?")
    remark = question[end + 1 :]
    if end < 0 or not remark.strip() or _ASKS.search(remark):
        return question
    if _NAMES_SOMETHING.search(remark) and not _OWN_REMARK.match(remark):
        return question
    return question[: end + 1]


# a remark about the asker: "I need it for the QBR", "Kok tanggalnya beda-beda"
_OWN_REMARK = re.compile(
    r"\W*(?:i|i'm|i’m|we|we're|eu|yo|saya|aku|kami|kita|nós|nosotros|kok)(?!\w)", re.IGNORECASE
)
# a capitalised word after a remark's first one (not "I"): "For the Enterprise plan."
_NAMES_SOMETHING = re.compile(r"^\W*[\w'’-]+\s+(?:.*\s)?(?!I\b)[A-ZÀ-Ý]", re.DOTALL)


def question_parts(question: str) -> list[Part]:
    """The questions asked, each one able to stand alone; one part when it asks one thing.

    A later part of the same sentence that says little or points back ("and by whom?", "and
    what are they aiming for?", "and which partner supports it?") is followed by the first part without its question word, which says
    what it is about.
    """
    parts: list[Part] = []
    for sentence in _SENTENCE.split(question.strip()):
        pieces = [p.strip(" ?¿,;") for p in _BREAK.split(sentence)]
        pieces = [p for p in pieces if p]
        if len(pieces) > 1 and not _ASKS.search(pieces[0]):  # "Di sisi ALN, siapa ...?"
            pieces[:2] = [f"{pieces[0]}, {pieces[1]}"]
        topic = _CLOSING.sub("", _OPENING.sub("", pieces[0])).strip() if pieces else ""
        for i, piece in enumerate(pieces):
            rest = _OPENING.sub("", piece)
            added = ""
            content = [w for w in tokenize(rest) if w not in STOPWORDS]
            # "and what does the signed contract actually say?" names only where to look
            where_only = not [
                w for w in tokenize(ABOUT_CONTRACT.sub(" ", rest))
                if w not in STOPWORDS and w not in _SAYING
            ]  # fmt: skip
            # a part that does not open on its question word leaves out what it is about
            # ("dan mau ditekan sampai angka berapa?")
            if i and (
                len(content) < 2
                or where_only
                or _POINTING.search(rest)
                or not _OPENING.match(piece)
            ):
                added = topic
            parts.append(Part(f"{piece}?", f"{piece} {added}?" if added else f"{piece}?", added))
    if len(parts) < 2 or any(len(_OPENING.sub("", p.query).split()) < 2 for p in parts):
        return [Part(question, question)]  # "who and when?": nothing says what they are about
    return parts


def about_person(part: Part, person: str) -> Part:
    """The part with the person an earlier part's answer named, when it points back at them
    ("who is the main sceptic, and which site does he run?"): the part as asked otherwise."""
    if not _HE_OR_SHE.search(part.asked):
        return part
    return Part(part.asked, f"{part.asked.rstrip(' ?')} {person}?")


# a part asking only a figure: "dan berapa per outlet?", "and how much?", "¿y cuánto?"
_FIGURE_ASKED = re.compile(r"(?<!\w)(?:how much|quanto|cuánto|berapa)(?!\w)", re.IGNORECASE)


def about_rival(part: Part, rival: str) -> Part:
    """The part with the rival an earlier part's answer named, when it points back at them
    ("which vendor did we beat, and what price had they offered?") or says too little to stand
    alone ("kompetitor mana yang menawarkan harga lebih murah, dan berapa per outlet?")."""
    if not (_THEY_OR_IT.search(part.asked) or (part.topic and _FIGURE_ASKED.search(part.asked))):
        return part
    return Part(part.asked, f"{part.asked.rstrip(' ?')} {rival}?")
