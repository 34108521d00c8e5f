"""Reads amounts of money and dates as people write them in EN, PT, ES and ID."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.decoding import day_month

__all__ = [
    "CURRENCY_SIGN",
    "MONTHS",
    "MONTH_PATTERN",
    "NUMBER_WORD",
    "ORDINALS",
    "ORDINAL_DATE",
    "RANK_WORDS",
    "SCALES",
    "DateMention",
    "MoneyMention",
    "day_first_in",
    "dollar_currency",
    "find_dates",
    "find_money",
    "parse_number",
    "small_number",
    "writes_day_first",
]

_NUMBER_WORDS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "half",
    "um",
    "uma",
    "dois",
    "duas",
    "três",
    "tres",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "quatorze",
    "catorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
    "vinte",
    "trinta",
    "quarenta",
    "cinquenta",
    "sessenta",
    "setenta",
    "oitenta",
    "noventa",
    "cem",
    "cento",
    "mil",
    "uno",
    "una",
    "cuatro",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veinticinco",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
    "cien",
    "ciento",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "puluh",
    "belas",
    "seratus",
    "ratus",
    "ribu",
    "juta",
]
NUMBER_WORD = (
    r"(?:\d+(?:[.,]\d+)?|(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?:[\s-]+(?:and\s+|e\s+|y\s+)?(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"))*)"
)

_CURRENCY_SIGNS = {
    "us$": "USD", "usd": "USD", "$": "USD", "dollars": "USD", "dólares": "USD", "dolares": "USD",
    "dollar": "USD", "dólar": "USD", "dolar": "USD",
    "r$": "BRL", "brl": "BRL", "reais": "BRL", "real": "BRL",
    "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "libras": "GBP",
    "rp": "IDR", "idr": "IDR", "rupiah": "IDR",
    "mxn": "MXN", "mx$": "MXN", "pesos": "MXN", "cop": "COP", "ars": "ARS", "clp": "CLP",
    "cad": "CAD", "aud": "AUD",
}  # fmt: skip
CURRENCY_SIGN = r"(?:US\$|R\$|MX\$|\$|€|£|USD|BRL|EUR|GBP|IDR|MXN|COP|ARS|CLP|Rp\.?)"
_NUM = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SCALE = r"(?:\s*(?:thousand|millones|milhões|milhão|million|billion|miliar|juta|mil|bn|k|K|M)\b)?"
_WORD_CUR = r"(?:dollars|dólares|dolares|reais|euros|pounds|libras|rupiah|pesos)"
_MONEY = re.compile(
    rf"(?P<cur1>{CURRENCY_SIGN})\s?(?P<num1>{_NUM})(?P<scale1>{_SCALE})"
    rf"|(?P<num2>{_NUM})(?P<scale2>{_SCALE})\s?(?P<cur2>{CURRENCY_SIGN}|{_WORD_CUR})(?!\w)",
    re.IGNORECASE,
)
_CODE_AFTER = re.compile(r"\s*\)?\s*(USD|MXN|COP|ARS|CLP|BRL|CAD|AUD)\b", re.IGNORECASE)
# the currencies written with a bare "$", by the words that name them
_DOLLAR_NAMES = re.compile(
    r"\b(USD|US\$|(?i:dollars?|d[óo]lar(?:es)?)|MXN|MX\$|(?i:pesos?(?:\s+mexicanos?)?)|COP|ARS|"
    r"CLP|CAD|AUD)(?!\w)"
)  # codes in capitals only: "CAD drawings" names no currency
SCALES = {
    "k": 1e3, "mil": 1e3, "thousand": 1e3, "million": 1e6, "millones": 1e6, "milhões": 1e6,
    "milhão": 1e6, "juta": 1e6, "miliar": 1e9, "m": 1e6, "bn": 1e9, "billion": 1e9,
}  # fmt: skip


@dataclass(frozen=True)
class MoneyMention:
    amount: float
    currency: str | None
    start: int
    end: int


def parse_number(raw: str) -> float:
    """``1,234.56``, ``1.234,56``, ``1 234``, ``1.250.000.000`` -> float."""
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,])\d{3}(\1\d{3})*", raw):
        return float(re.sub(r"[.,]", "", raw))
    last = max(raw.rfind(","), raw.rfind("."))
    if last == -1:
        return float(raw)
    decimals = raw[last + 1 :]
    whole = re.sub(r"[.,]", "", raw[:last])
    if len(decimals) == 3:
        return float(whole + decimals)
    return float(f"{whole}.{decimals}")


def dollar_currency(text: str) -> str:
    """The currency a bare "$" means in ``text``: the one "$" currency it names, else USD.

    A Mexican order form headed "Importe (MXN)" writes its total as "$9,305,600.00".
    """
    named = set()
    for m in _DOLLAR_NAMES.finditer(text):
        word = m[1].lower()
        named.add("MXN" if word.startswith("peso") else _CURRENCY_SIGNS[word])
    return named.pop() if len(named) == 1 else "USD"


def find_money(text: str, dollar: str = "USD") -> list[MoneyMention]:
    """Every amount with a currency marker in ``text``; a bare "$" is ``dollar``."""
    out = []
    for m in _MONEY.finditer(text):
        cur = (m["cur1"] or m["cur2"] or "").lower().rstrip(".")
        if cur == "$":
            code = _CODE_AFTER.match(text, m.end())
            cur = code[1].lower() if code else dollar.lower()
        num = m["num1"] or m["num2"]
        scale = (m["scale1"] or m["scale2"] or "").strip().lower()
        try:
            amount = parse_number(num) * SCALES.get(scale, 1.0)
        except ValueError:
            continue
        out.append(MoneyMention(amount, _CURRENCY_SIGNS.get(cur), m.start(), m.end()))
    return out


MONTHS = {
    **dict.fromkeys(["january", "jan", "janeiro", "enero", "januari", "ene"], 1),
    **dict.fromkeys(["february", "feb", "fevereiro", "fev", "febrero", "februari", "pebruari"], 2),
    **dict.fromkeys(["march", "mar", "março", "marco", "marzo", "maret"], 3),
    **dict.fromkeys(["april", "apr", "abril", "abr"], 4),
    **dict.fromkeys(["may", "maio", "mayo", "mei"], 5),
    **dict.fromkeys(["june", "jun", "junho", "junio", "juni"], 6),
    **dict.fromkeys(["july", "jul", "julho", "julio", "juli"], 7),
    **dict.fromkeys(["august", "aug", "agosto", "ago", "agustus"], 8),
    **dict.fromkeys(["september", "sep", "sept", "setembro", "set", "septiembre", "setiembre"], 9),
    **dict.fromkeys(["october", "oct", "outubro", "out", "octubre", "oktober", "okt"], 10),
    **dict.fromkeys(["november", "nov", "novembro", "noviembre", "nopember"], 11),
    **dict.fromkeys(["december", "dec", "dezembro", "dez", "diciembre", "desember", "des"], 12),
}
_AMBIGUOUS = {"mar", "set", "out", "des", "dez", "ago", "may"}
# any month name, longest first, for patterns
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"(?P<iso>\b(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
    rf"|(?P<dmy>\b(?P<d1>[0-3]?\d)(?:(?:st|nd|rd|th)(?:\s+of)?)?(?:\s+de)?\s+(?P<m1>{MONTH_PATTERN})\.?(?:\s+(?:de\s+)?(?P<y1>20\d\d))?\b)"
    rf"|(?P<mdy>\b(?P<m2>{MONTH_PATTERN})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y2>20\d\d))?\b)"
    rf"|(?P<num>(?<![\w/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y3>20\d\d)"
    rf"(?![\w/-]|\.\d))"
    rf"|(?P<my>\b(?P<m4>{MONTH_PATTERN})(?:\s+(?:de\s+)?(?P<y4>20\d\d))\b)",
    re.IGNORECASE,
)


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
    "primeiro": 1, "primero": 1, "1º": 1, "1°": 1,
}  # fmt: skip
# a rank written as a word, from the second on, as the figure that writes it: "el segundo y
# tercer año" is "los años 2 y 3" ("first" is too common a word to stand for "1")
RANK_WORDS = {
    "second": "2", "third": "3", "fourth": "4", "fifth": "5", "segundo": "2", "segunda": "2",
    "terceiro": "3", "terceira": "3", "tercer": "3", "tercero": "3", "tercera": "3",
    "kedua": "2", "ketiga": "3", "keempat": "4", "kelima": "5",
}  # fmt: skip
_UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNITS_PT = ["um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
_UNITS_ES = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_UNITS_ID = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _day_words() -> dict[str, int]:
    words: dict[str, int] = {}
    teens = {
        10: ["ten", "dez", "diez", "sepuluh"], 11: ["eleven", "onze", "once", "sebelas"],
        12: ["twelve", "doze", "doce", "dua belas"], 13: ["thirteen", "treze", "trece", "tiga belas"],
        14: ["fourteen", "catorze", "quatorze", "catorce", "empat belas"],
        15: ["fifteen", "quinze", "quince", "lima belas"], 16: ["sixteen", "dezesseis", "dieciséis", "enam belas"],
        17: ["seventeen", "dezessete", "diecisiete", "tujuh belas"],
        18: ["eighteen", "dezoito", "dieciocho", "delapan belas"],
        19: ["nineteen", "dezenove", "diecinueve", "sembilan belas"],
        20: ["twenty", "vinte", "veinte", "dua puluh"], 30: ["thirty", "trinta", "treinta", "tiga puluh"],
    }  # fmt: skip
    for n, names in teens.items():
        for name in names:
            words[name] = n
    for i in range(9):
        words[_UNITS_EN[i]] = words[_UNITS_PT[i]] = words[_UNITS_ES[i]] = words[_UNITS_ID[i]] = (
            i + 1
        )
        if i == 0:
            words["primeiro"] = words["primero"] = words["uma"] = 1
        for tens, (en, pt, es, idn) in ((20, ("twenty", "vinte", "veinti", "dua puluh")),):
            words[f"{en}-{_UNITS_EN[i]}"] = words[f"{en} {_UNITS_EN[i]}"] = tens + i + 1
            words[f"{pt} e {_UNITS_PT[i]}"] = tens + i + 1
            words[f"{es}{_UNITS_ES[i]}"] = tens + i + 1
            words[f"{idn} {_UNITS_ID[i]}"] = tens + i + 1
    words["thirty-one"] = words["thirty one"] = words["trinta e um"] = words["treinta y uno"] = 31
    words["tiga puluh satu"] = 31
    words["veintidós"] = 22
    words["veintitrés"] = 23
    words["veintiséis"] = 26
    return words


_DAY_WORDS = _day_words()


def small_number(word: str) -> int | None:
    """The value of a written number from one to thirty-one ("six", "seis", "enam"), if it is one."""
    return _DAY_WORDS.get(word.lower())


# the contract terms written out past thirty-one: 36, 48 and 60 months
_TERM_WORDS = {
    **_DAY_WORDS,
    **dict.fromkeys(["thirty-six", "thirty six", "trinta e seis", "treinta y seis"], 36),
    **dict.fromkeys(["tiga puluh enam"], 36),
    **dict.fromkeys(["forty-eight", "forty eight", "quarenta e oito", "cuarenta y ocho"], 48),
    **dict.fromkeys(["empat puluh delapan"], 48),
    **dict.fromkeys(["sixty", "sessenta", "sesenta", "enam puluh"], 60),
}
TERM_NUMBER = "|".join(sorted((re.escape(w) for w in _TERM_WORDS), key=len, reverse=True))
"""A count as written in a contract term: "24", "twenty-four", "trinta e seis"."""


def term_number(word: str) -> int | None:
    """The value of ``word`` as :data:`TERM_NUMBER` matches it."""
    return int(word) if word.isdigit() else _TERM_WORDS.get(word.lower())


_DAYW = "|".join(sorted((re.escape(w) for w in _DAY_WORDS), key=len, reverse=True))
_WORD_DATE = re.compile(
    rf"(?<!\w)(?:(?:el|o|dia|tanggal|the)\s+)?(?P<d>{_DAYW})\s+(?:de\s+|of\s+)?(?P<m>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
_ORD = "|".join(sorted((re.escape(o) for o in ORDINALS), key=len, reverse=True))
ORDINAL_DATE = re.compile(
    rf"\b(?P<m1>{MONTH_PATTERN})\s+(?:the\s+)?(?P<o1>{_ORD})(?!\w)"
    rf"|(?:\bthe\s+)?(?<!\w)(?P<o2>{_ORD})\s+(?:of|de)\s+(?P<m2>{MONTH_PATTERN})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    iso: str  # YYYY-MM-DD, or YYYY-MM when only the month is given
    start: int
    end: int


def _year_for(month: int, day: int, reference: date | None) -> int | None:
    if reference is None:
        return None
    year = reference.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    return year + 1 if (reference - candidate).days > 60 else year


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])")


# English month names as written in prose, capitalised ("may" is a verb), abbreviated or not
_EN_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|"
    r"June|July|August|September|October|November|December"
)
_DAY_THEN_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN_MONTH})(?!\w)")
_MONTH_THEN_DAY = re.compile(rf"\b(?:{_EN_MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?\b")


def writes_day_first(texts: list[str]) -> bool:
    """Whether English prose writes the day before the month ("6 April 2027", British) more
    often than after it ("April 6, 2027", American): "01/03/2027" is then 1 March."""
    day = sum(len(_DAY_THEN_MONTH.findall(t)) for t in texts)
    month = sum(len(_MONTH_THEN_DAY.findall(t)) for t in texts)
    return day > month


def day_first_in(texts: list[str], default: bool) -> bool:
    """Whether the numeric dates of ``texts`` put the day first: "30/04/2026" says so and
    "11/26/2026" says not; ``default`` when none of them tells (all parts under 13)."""
    for text in texts:
        for m in _NUMERIC_DATE.finditer(text):
            first, second = int(m[1]), int(m[2])
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    return default


def find_dates(
    text: str, reference: str | None = None, day_first: bool = True
) -> list[DateMention]:
    """Dates written in ``text``; years omitted are taken from ``reference`` (ISO; ignored when
    it is not one)."""
    try:
        ref = date.fromisoformat(reference) if reference else None
    except ValueError:
        ref = None
    out: list[DateMention] = []
    for m in _DATE.finditer(text):
        try:
            if m["iso"]:
                d = date(int(m["iy"]), int(m["im"]), int(m["id"]))
                out.append(DateMention(d.isoformat(), m.start(), m.end()))
                continue
            if m["my"]:
                month = MONTHS[m["m4"].lower()]
                out.append(DateMention(f"{m['y4']}-{month:02d}", m.start(), m.end()))
                continue
            if m["num"]:
                order = day_month(int(m["a"]), int(m["b"]), day_first)
                if order is None:
                    continue
                d = date(int(m["y3"]), order[1], order[0])
                out.append(DateMention(d.isoformat(), m.start(), m.end()))
                continue
            written = m["m1"] or m["m2"]
            raw_month = written.lower()
            # "mar", "set", "out", "may"... are everyday words unless a year follows, or a day
            # precedes the full name written as a month ("31 May", not "31 may be")
            if (
                raw_month in _AMBIGUOUS
                and not (m["y1"] or m["y2"])
                and not (m["m1"] and written == "May")
            ):
                continue
            month = MONTHS[raw_month]
            day = int(m["d1"] or m["d2"])
            year_raw = m["y1"] or m["y2"]
            year = int(year_raw) if year_raw else _year_for(month, day, ref)
            if year is None:
                continue
            d = date(year, month, day)
        except ValueError:
            continue
        out.append(DateMention(d.isoformat(), m.start(), m.end()))
    for m in _WORD_DATE.finditer(text):
        if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out):
            continue
        month = MONTHS[m["m"].lower()]
        day = _DAY_WORDS[m["d"].lower()]
        year = _year_for(month, day, ref)
        if year is None or m["m"].lower() in _AMBIGUOUS:
            continue
        try:
            out.append(DateMention(date(year, month, day).isoformat(), m.start(), m.end()))
        except ValueError:
            continue
    for m in ORDINAL_DATE.finditer(text):
        if any(o.start <= m.start() < o.end for o in out):
            continue
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day = ORDINALS[(m["o1"] or m["o2"]).lower()]
        year = _year_for(month, day, ref)
        if year is None:
            continue
        try:
            out.append(DateMention(date(year, month, day).isoformat(), m.start(), m.end()))
        except ValueError:
            continue
    return sorted(out, key=lambda d: d.start)
