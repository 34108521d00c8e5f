"""Numbers written in words, as figures: "three hundred ten thousand" is 310,000.

Calls are often transcribed with numbers spelled out ("enam puluh hari", "vinte e dois por
cento"); an answer quoting them also gives the figures, which a reader scans for. English,
Portuguese and Spanish are read by ``text2num``; Indonesian, which it does not read, here.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

from briefing.values import MONTH_PATTERN, MONTHS, SCALES, parse_number

__all__ = ["figure_labels", "scaled_figures", "spelled_figures", "spelled_in_any_language"]

_TEXT2NUM = frozenset({"en", "pt", "es"})
# "1.5 million": a figure followed by its multiplier is already written as a figure
_SCALED_FIGURE = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*(?:thousand|million|billion|mil|milhão|milhões|millón|millones|ribu|"
    r"juta|miliar)\b",
    re.IGNORECASE,
)
_PERCENT_WORDS = re.compile(r"\bpor\s+(?:cento|ciento)\b", re.IGNORECASE)
# a figure, or a decimal of up to three places ("0,8", "1.18"); not a part of a longer one
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d{1,3})?(?![\d.,]*\d)(?!st|nd|rd|th|º|ª)")

# "dez de janeiro", "March fifteenth": a day of a date, not a figure
_BEFORE_MONTH = re.compile(rf"\s+(?:de\s+|of\s+)?(?:{MONTH_PATTERN})\b", re.IGNORECASE)
_AFTER_MONTH = re.compile(rf"\b(?:{MONTH_PATTERN})\s+(?:the\s+)?$", re.IGNORECASE)

_ID_DIGITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
_ID_SMALL_SCALES = {"belas": 10, "puluh": 10, "ratus": 100}
_ID_LARGE_SCALES = {"ribu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000}


def spelled_figures(text: str, lang: str, least: int = 10) -> list[int]:
    """The whole numbers of ``least`` or more that ``text`` writes in words, in order of
    appearance (under ten, "one" or "a couple" are seldom figures)."""
    return [int(value) for value, _ in _readings(text, lang, least) if value == int(value)]


def figure_labels(text: str, lang: str, least: int = 10) -> list[str]:
    """:func:`spelled_figures` with the unit written after each: "forty-eight hours" gives
    "48 hours", "trinta por cento" "30%", "ninety thousand pounds" "£90,000" (a currency's symbol
    goes before); from two up when a unit follows ("nine days": "9
    days"); and every spelled decimal ("satu koma satu delapan" 1.18), a figure whatever its
    size. Written the English way: the caller writes them as its language does."""
    return [
        f"{unit}{value:,}" if unit in _SYMBOLS.values() else f"{value:,}{unit}"
        for value, unit in _readings(text, lang, least, with_unit=True)
    ]


def _readings(
    text: str, lang: str, least: int, with_unit: bool = False
) -> list[tuple[int | float, str]]:
    """Each spelled figure of ``least`` or more (``with_unit``: or of two or more with a unit
    after it, or with decimals), once, with the unit after it ("" for none)."""
    read: list[tuple[int | float, str]]
    if lang == "id":
        read = _indonesian(text)
    elif lang in _TEXT2NUM:
        plain = _PERCENT_WORDS.sub("%", _SCALED_FIGURE.sub(" ", text))
        written = {m[0] for m in _FIGURE.finditer(text)}
        digits = alpha2digit(plain, lang)
        read = [
            (_number(m[0]), _unit(digits, m.end())) for m in _FIGURE.finditer(digits)
            if m[0] not in written
            and not _BEFORE_MONTH.match(digits, m.end())
            and not _AFTER_MONTH.search(digits[: m.start()])
            and (m[0].isdigit() or (not _NO_DECIMAL.match(digits, m.end())
                 and not _AT_POINT.search(digits[: m.start()])))
        ]  # fmt: skip
    else:
        return []
    unique: list[tuple[int | float, str]] = []
    for value, unit in read:
        decimal = value != int(value)
        wanted = value >= least or (with_unit and (decimal or (bool(unit) and value >= 2)))
        if wanted and all(value != v for v, _ in unique):
            unique.append((value, unit))
    return unique


# what a spelled decimal is not: one a scale follows ("one point five million" is read "1.5
# 1000000"), or "at one point" ("At one point two of them walked out")
_NO_DECIMAL = re.compile(r"\s*\d{4,}")
_AT_POINT = re.compile(r"(?<!\w)(?:at|in)\s+$", re.IGNORECASE)


def _number(digits: str) -> int | float:
    """ "18" is 18; "1.18" and "0,8" (a spelled decimal, as ``alpha2digit`` writes it) 1.18 and
    0.8."""
    return int(digits) if digits.isdigit() else float(digits.replace(",", "."))


_UNIT = re.compile(
    r"\s*(?:%|\s(?:percent|per cent|persen|hours?|days?|weeks?|months?|years?|minutes?|horas?|dias?|días|semanas?|meses|"
    r"mês|anos?|años?|minutos?|hari|jam|minggu|bulan|tahun|menit)(?!\w))",
    re.IGNORECASE,
)


# a currency named after a spelled amount: "ninety thousand six hundred pounds" is £90,600
_CURRENCY_WORD = re.compile(
    r"\s+(?:de\s+)?(pounds?(?!\s+of\b)|euros?|dollars?|d[oó]lares|reais)(?!\w)", re.IGNORECASE
)
_SYMBOLS = {"pound": "£", "euro": "€", "dollar": "$", "dolar": "$", "reais": "R$ "}


def _unit(digits: str, at: int) -> str:
    """What follows the figure at ``at``: its unit, or its currency's symbol (written before)."""
    m = _UNIT.match(digits, at)
    if m is None:
        money = _CURRENCY_WORD.match(digits, at)
        if money is None:
            return ""
        word = money[1].lower().replace("ó", "o")
        return next(s for w, s in _SYMBOLS.items() if word.startswith(w))
    return "%" if m[0].strip().lower() in ("%", "percent", "per cent", "persen") else m[0]


# "£2.3k", "R$ 38 mil", "COP 48.000 millones": a figure with a multiplier after it
_SCALED = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(mil millones|k|thousand|mil|ribu|rb|"
    r"m|mn|million|millions|milhão|milhões|millón|millones|juta|jt|bn|billion|miliar)(?!\w)",
    re.IGNORECASE,
)
# the money parser's multipliers, with the abbreviations and plurals written beside figures
_MULTIPLIERS = {
    **SCALES, "ribu": 1e3, "rb": 1e3, "mn": 1e6, "millions": 1e6, "millón": 1e6, "jt": 1e6,
    "mil millones": 1e9,
}  # fmt: skip


# what may follow an amount written with a multiplier: "12 million in sales", "R$ 38 mil por
# mês", "40 millones de pesos"; any other word counts things ("5 mil exemplares")
_AMOUNT_NEXT = frozenset(
    ["in", "of", "a", "an", "per", "this", "last", "each", "and", "or", "em", "de", "do", "da",
     "no", "na", "por", "ao", "e", "ou", "en", "del", "al", "y", "o", "di", "dari", "dan",
     "setahun", "sebulan", "atau", "year", "annually", "ano", "año", "tahun"]
)  # fmt: skip
_NEXT_WORD = re.compile(r"\s*([a-zà-ÿ]+)", re.IGNORECASE)


def scaled_figures(text: str, amounts_only: bool = False) -> list[int]:
    """The figures written with a multiplier ("~£2.3k/month" is 2,300; "R$ 38 mil" 38,000;
    "COP 48.000 millones" 48,000,000,000), in order, once each; with ``amounts_only``, not
    those that count something ("5 mil exemplares")."""
    out: list[int] = []
    for m in _SCALED.finditer(text):
        if m[2] == "m":
            continue  # "30m", "5 m": minutes or metres, not millions
        after = _NEXT_WORD.match(text, m.end())
        if amounts_only and after and after[1].lower() not in _AMOUNT_NEXT:
            continue
        value = round(parse_number(m[1]) * _MULTIPLIERS[m[2].lower()])
        if value not in out:
            out.append(value)
    return out


def spelled_in_any_language(text: str, least: int = 10) -> set[int | float]:
    """The figures of ``least`` or more ``text`` writes in words, decimals too ("twenty-one
    point four"), read in every supported language: a sentence is often too short to tell its
    language."""
    return {v for lang in ("en", "pt", "es", "id") for v, _ in _readings(text, lang, least)}


def _indonesian(text: str) -> list[tuple[int | float, str]]:
    """Indonesian number words with the unit after them: "enam puluh" 60, "seratus dua puluh
    lima ribu" 125,000, "dua belas persen" 12%, "dua tahun" 2 tahun, "satu koma satu delapan"
    1.18."""
    values: list[tuple[int | float, str]] = []
    total = group = 0
    decimals: str | None = None  # the digits said after "koma"
    last = ""
    for word in [*re.findall(r"[a-z]+", text.lower()), ""]:
        if decimals is not None:
            if _ID_DIGITS.get(word, 10) < 10 and len(decimals) < 3:
                decimals += str(_ID_DIGITS[word])
                last = word
                continue
            number = float(f"{total + group}.{decimals}") if decimals else total + group
            total = group = 0
            decimals = None
            if word in _ID_LARGE_SCALES:  # "satu koma lima juta": 1,500,000
                values.append((round(number * _ID_LARGE_SCALES[word]), ""))
                last = word
                continue
            values.append((number, _unit(f" {word}", 0) if word else ""))
        if word == "koma" and (total or group or last == "nol"):
            decimals = ""
        elif word in _ID_DIGITS:
            if last in _ID_DIGITS and _ID_DIGITS[last] < 10 and _ID_DIGITS[word] < 10:
                values.append((total + group, ""))  # "dua tiga": two numbers, not one
                total = group = 0
            group += _ID_DIGITS[word]
        elif word in _ID_SMALL_SCALES and _ID_DIGITS.get(last, 10) < 10:
            # "dua belas" 12, "dua puluh" 20, "dua ratus" 200: the digit was counted as units
            digit = _ID_DIGITS[last]
            group += 10 if word == "belas" else digit * _ID_SMALL_SCALES[word] - digit
        elif word in _ID_LARGE_SCALES and (group or last in _ID_SMALL_SCALES):
            total += group * _ID_LARGE_SCALES[word]
            group = 0
        else:
            if (total or group) and word not in MONTHS:  # "dua puluh lima Desember" is a day
                values.append((total + group, _unit(f" {word}", 0) if word else ""))
            total = group = 0
        last = word
    return values
