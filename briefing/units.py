"""Sentences of the material with their exact offsets: what the local engine reads and cites."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.models import Evidence
from briefing.values import find_dates
from ingest.models import Document

__all__ = [
    "EMAIL",
    "STREET_WORDS",
    "Unit",
    "continues_item",
    "gives_address",
    "gives_bank_account",
    "gives_code",
    "gives_email",
    "gives_phone",
    "is_contact_block",
    "is_note_heading",
    "listed_under",
    "next_in_segment",
    "opens_sentence",
    "replies_to",
    "same_segment",
    "split_sentences",
    "split_units",
    "table_header",
]

# a question that opens on its question word: "And how many users?", "¿Y cuántos son?"
_ASKS = re.compile(
    r"\W*(?:(?:and|so|e|y|terus|lalu) )?(?:how|what|which|who|when|where|quant\w*|qual|quais|"
    r"quem|quando|onde|cu[aá]nt\w*|cu[aá]l\w*|qui[eé]n\w*|cu[aá]ndo|d[oó]nde|berapa|siapa|kapan|"
    r"di ?mana)(?!\w)",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(
    r"(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]", re.IGNORECASE
)
_SENTENCE = re.compile(r"(?<=[.!?…])[\"')\]]?\s+(?=[\"'“(¿¡]?[A-ZÀ-ÝА-Я0-9])")
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Dra|Drs|Sr|Sra|Srta|Jr|St|Dir|Mgr|Inc|Ltd|Corp|Nr|approx|vs|"
    r"e\.g|i\.e|Av|Prof|Eng|Ing|Lic|Tbk|Ir|"
    # addresses: "Jl. Raya Darmo", "lt. 3", "Kav. 5", "Kec. Gubeng"
    r"Jl|Jln|Gg|Kav|Kec|Kab|Kel|[Ll]t)\.$"
)
# a name's initial, where a name is written and before the rest of it: "Nama: H. Bambang
# Sutrisno", "by J. Smith." (not "Plan B. Then Maria Costa called.")
_INITIAL = re.compile(
    r"(?:(?i:(?<![\w.])(?:by|nama|name|nome|nombre|signed|signatory|contact|contato|contacto|"
    r"pak|bu|ibu|bapak|mr|mrs|ms|dr|sr|sra))\.?\s*:?\s*|[:(]\s*)[A-Z]\.$"
)
_NAME_AFTER = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý]|[ \t]*(?:$|\n|[.,;)]))")
# "No. 118", "min. 95%" abbreviate before a number; "No. They slipped..." is a sentence
_NUMBER_SIGN = re.compile(r"(?<![\w.])(?<!\d )(?:No|[Mm][ií]n|[Mm][aá]x|[Mm]aks|[Aa]prox)\.$")
_FIELD_LINE = re.compile(r"^([^:\n]{1,60}):\s+")


@dataclass(frozen=True)
class Unit:
    """One sentence (or CRM field line) of a document, outside quoted reply chains."""

    doc: Document
    start: int
    end: int
    speaker: str | None
    time: str | None
    field: str | None = None

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    @property
    def kind(self) -> str:
        return self.doc.kind

    def evidence(self, start: int | None = None, end: int | None = None) -> Evidence:
        """Evidence for the whole unit, or for ``[start, end)`` within it (document offsets)."""
        s = self.start if start is None else start
        e = self.end if end is None else end
        return Evidence(
            document=self.doc.name,
            kind=self.doc.kind,
            quote=self.doc.text[s:e],
            start=s,
            end=e,
            locator=self.doc.locator(s),
            alignment="exact",
            date=self.doc.date,
        )


def same_segment(unit: Unit, later: Unit) -> bool:
    """Whether ``later`` is in the same turn, paragraph or list item as ``unit``."""
    segment = unit.doc.segment_at(unit.start)
    return later.doc is unit.doc and segment is not None and later.start < segment.end


def next_in_segment(units: list[Unit], i: int) -> Unit | None:
    """The sentence after ``units[i]`` when it is in the same turn (or paragraph)."""
    if i + 1 >= len(units):
        return None
    after = units[i + 1]
    return after if same_segment(units[i], after) else None


def opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is where the sentence's or its line's first word starts (after "¿",
    quotes, dashes)."""
    return not text[:at].rsplit("\n", 1)[-1].strip(" ¿¡\"'“‘(-–—*")


def is_note_heading(unit: Unit) -> bool:
    """Whether a note's sentence is a heading: "## Riscos", "**Why now**", "== KOMPETITOR ==",
    "Next steps:", or a short line in capitals ("COMPETITION"); or a note's or an email's short
    line that a list follows ("Things promised outside the order form (please don't lose
    these)")."""
    if unit.kind == "email":
        return _heads_list(unit)
    text = unit.text.strip()
    # a bold or capitalised line that ends a sentence is a fact in bold ("**Live by 1 March.**")
    plain = text.strip("*").rstrip()
    return unit.kind == "note" and (
        _heads_list(unit)
        or text.startswith(("#", "=="))
        or (text.endswith(":") and len(text.split()) <= 12)
        or (
            text.startswith("**")
            and text.endswith("**")
            and len(text.split()) <= 12
            and not plain.endswith((".", ";"))
        )
        or (
            text.isupper()
            and len(text.split()) <= 6
            and not any(ch.isdigit() for ch in text)
            and text == _line_of(unit).strip()
        )
    )


# a phone number as a signature writes it: "+62 812...", "(419) 555-0143", "m: 0812-3456-7890"
_LABELLED_PHONE = re.compile(
    r"\+\d[\d ().-]{6,}\d|\(\d{2,4}\)\s?\d[\d .-]{5,}\d"
    r"|(?i:(?<![\w.])(?:m|t|tel|phone|mobile|cel|cell|hp|wa|telp|telefone|teléfono)\b)\.?:?\s*"
    r"\d[\d ().-]{6,}\d"
)
# a number of 8 to 15 digits in groups, as phones are written ("0812-3456-7890", "0812 3456
# 7890"): not a day ("26-11-2026"), a span of years ("2026-2027") nor an amount ("711 700 000")
_GROUPED_DIGITS = re.compile(r"(?<![\w/.,-])\d{2,5}(?:[ -]\d{2,5}){1,4}(?![\w/-]|[.,]\d)")
_NOT_A_PHONE = re.compile(r"\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{4}-\d{4}|\d{1,3}(?: \d{3})+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
# a line giving a way to reach someone: "m: (419) 555-0143", "+62 812 8830 1147", an address
_CONTACT_LINE = re.compile(rf"{_LABELLED_PHONE.pattern}|{EMAIL.pattern}|www\.|https?://")


# the words a street's name opens on: "Rua da Consolação", "Calle 93", "Jl. Raya Darmo"
STREET_WORDS = (
    r"Rua|Av\.|Avenida|Alameda|Rodovia|Travessa|Estrada|Calle|Carrera|Cra\.|Paseo|Camino|Jl\.|"
    r"Jln\.|Jalan"
)
# a street and its number, a post code, or a labelled address: "Rua da Consolação, 100", "Jl.
# Raya Darmo No. 15", "12 Harbour Road", "CEP 39400-000", "C.P. 06600", "PL4 0LF"
_ADDRESS = re.compile(
    rf"(?<!\w)(?:{STREET_WORDS})\s+(?:(?:d[aeo]s?|de la|del)\s+)?[A-ZÀ-Ý0-9][^\n]{{0,60}}?\d"
    r"|(?<![\w.,])\d{1,4}[a-z]?,?\s+(?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Street|St|Road|Rd|Lane|Avenue|Ave|Way|Drive|Boulevard|Blvd|Close|Place|Square|Quay)(?!\w)"
    r"|(?<!\w)(?:CEP|C\.P\.|Kode Pos)\s*:?\s*\d{5}(?:-?\d{3})?(?!\d)"
    r"|(?<!\w)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?!\w)"
)


def gives_address(text: str) -> bool:
    """Whether ``text`` writes a postal address: a street and its number, or a post code."""
    return _ADDRESS.search(text) is not None


# a bank account's number, as labelled: "Ag. 0812 / C/C 41230-5", "Rekening No. 123 456 7890",
# "IBAN GB29 NWBK 6016 1331 9268 19"
_BANK_ACCOUNT = re.compile(
    r"(?<!\w)(?:ag(?:ência|encia|\.)|conta(?: corrente)?|c/c|cuenta(?: corriente)?|rekening|"
    r"no\.? rek|account(?: number| no\.?)?|acct|sort code|clabe|cbu)"
    r"\W{0,4}(?:n[º°o]\.?\s*)?(?-i:[A-Z]{2,6}\W{0,2})?"
    # four digits or more, not a year, a date or a count ("Conta: 3.500 usuários")
    r"(?!(?:19|20)\d\d(?![\d-]))(?!\d{4}-\d\d-\d\d)(?!\d{1,3}(?:[.,]\d{3})+(?![\d-]))"
    r"(?=(?:[\d\-. ]*\d){4})\d"
    r"|(?<!\w)iban\W{0,4}[A-Z]{2}\d{2}",
    re.IGNORECASE,
)


def gives_bank_account(text: str) -> bool:
    """Whether ``text`` writes a bank account's number or its branch's, labelled."""
    return _BANK_ACCOUNT.search(text) is not None


def gives_email(text: str) -> bool:
    """Whether ``text`` writes an e-mail address."""
    return EMAIL.search(text) is not None


def gives_phone(text: str) -> bool:
    """Whether ``text`` writes a phone number, labelled or not."""
    return _LABELLED_PHONE.search(text) is not None or any(
        8 <= sum(ch.isdigit() for ch in m[0]) <= 15 and not _NOT_A_PHONE.fullmatch(m[0])
        for m in _GROUPED_DIGITS.finditer(text)
    )


# a document's number: letters and digits ("PO-2026-0418", "ID00210001234567"), or digits in
# groups ("4500-2291", "12.345.678/0001-90") or a run ("00150012340921"): not a date, an amount
# in thousands ("1.500.000") or a count
_CODE = re.compile(
    r"(?<![\w./-])(?:(?=[A-Z0-9./-]*\d)(?=[A-Z0-9./-]*[A-Z])[A-Z0-9][A-Z0-9./-]{3,}"
    r"|\d[\d./-]{4,}\d)(?![\w/-]|\.\w)"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def gives_code(text: str) -> bool:
    """Whether ``text`` writes a document's number ("Nomor sertifikat: ID00210001234567")."""
    return any(
        any(c.isalpha() for c in m[0])
        or (
            sum(c.isdigit() for c in m[0]) >= 6
            and not _THOUSANDS.fullmatch(m[0])
            and not find_dates(m[0])
        )
        for m in _CODE.finditer(text)
    )


def is_contact_block(unit: Unit) -> bool:
    """Whether an email's sentence is a signature or a forwarded message's header: short lines,
    one of them a phone, address or link ("Jordan Pike | Account Executive\nm: (419) 555-0143")."""
    lines = [line for line in unit.text.splitlines() if line.strip()]
    return (
        unit.kind == "email"
        and len(lines) >= 2
        and all(len(line.split()) <= 12 for line in lines)
        and any(_CONTACT_LINE.search(line) for line in lines)
    )


# a list item's marker: "- ", "* ", "• ", "1. ", "2) "
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")


def _heads_list(unit: Unit) -> bool:
    """Whether the sentence is a short line of its own, or its line's last sentence ending on a
    colon, ending no item itself, that the items of a list follow."""
    text = unit.text.strip()
    line = _line_of(unit).strip()
    # a line that ends on a colon may say more: "Además de lo que está en la Orden de
    # Servicio, les confirmo lo que platicamos:", and be its line's last sentence ("Lo que me
    # pediste por escrito. Esto no va en la orden de servicio, es un compromiso mío:")
    if (
        len(text.split()) > (20 if text.endswith(":") else 12)
        # an item opens a list of its own only on a colon ("5. Ukuran keberhasilan:")
        or (_LIST_ITEM.match(text) and not text.endswith(":"))
        or text.endswith((".", "?", "!", ";", ","))
        or (text != line and not (text.endswith(":") and line.endswith(text)))
        or unit.doc.is_quoted(unit.start, unit.end)
    ):
        return False
    text_of = unit.doc.text
    at = text_of.find("\n", unit.end)
    while at >= 0:  # the next line that is not blank
        end = text_of.find("\n", at + 1)
        following = text_of[at + 1 : end if end >= 0 else len(text_of)]
        if following.strip():
            return _LIST_ITEM.match(following) is not None
        at = end
    return False


def continues_item(unit: Unit) -> bool:
    """Whether the sentence goes on in a list item another sentence opens."""
    return bool(_LIST_ITEM.match(_line_of(unit))) and not _LIST_ITEM.match(unit.text.strip())


def _line_of(unit: Unit) -> str:
    text = unit.doc.text
    start = text.rfind("\n", 0, unit.start) + 1
    end = text.find("\n", unit.end)
    return text[start : end if end >= 0 else len(text)]


# the rule under a table's header row: "|---|:---:|"
_TABLE_RULE = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")


def table_header(unit: Unit) -> str:
    """The header row of the table whose row ``unit`` is ("| Ítem | Servicio profesional (pago
    único) | Total (CLP) |" over "| 4 | Implementación estándar | $6.500.000 |"), or ''."""
    text = unit.doc.text
    if not unit.text.startswith("|"):
        return ""
    rows: list[str] = []  # the rows above, nearest first
    end = text.rfind("\n", 0, unit.start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        row = text[start:end].strip()
        if not row.startswith("|"):
            break
        rows.append(row)
        end = start - 1
    if len(rows) >= 2 and _TABLE_RULE.fullmatch(rows[-2]):
        return rows[-1]
    return ""


def listed_under(units: list[Unit], heading: re.Pattern[str]) -> set[tuple[str, int]]:
    """The items of notes under a heading that ``heading`` matches ("## Stuff I promised",
    "## Riscos"), and of the list an email's heading opens ("Things promised outside the order
    form"), as (document, start): a rep's own list of what the heading names. Of an email's
    item, only the sentence that opens it."""
    out: set[tuple[str, int]] = set()
    under = False
    indent = -1  # how far in the heading is, when it is an item itself ("5. Ukuran ...:")
    for i, unit in enumerate(units):
        if i and units[i - 1].doc is not unit.doc:
            under = False
        if unit.kind not in ("note", "email"):
            under = False
            continue
        text = unit.text.strip()
        line = _line_of(unit)
        if is_note_heading(unit):
            under = bool(heading.search(text))
            indent = len(line) - len(line.lstrip()) if _LIST_ITEM.match(text) else -1
        elif unit.kind == "email" and (
            not _LIST_ITEM.match(line) or len(line) - len(line.lstrip()) <= indent
        ):
            under = False  # the email's list has ended, or the list its item opened
        elif unit.kind == "email" and continues_item(unit):
            continue  # an item's next sentence ("Contrato cláusula 3.3 lo deja fuera.")
        elif under and len(text.split()) >= 3:
            out.add((unit.doc.name, unit.start))
    return out


def replies_to(units: list[Unit], asked: re.Pattern[str], turns: int = 3) -> list[list[Unit]]:
    """The turns of a call that answer a question ``asked`` matches ("So why now?"): the other
    speakers' next ``turns`` turns, each a list of its sentences. The asker's backchannels and
    short follow-ups ("Por causa do tempo de atendimento?") let the reply go on; a longer
    question of theirs, or one opening on a question word ("And how many users?"), ends it."""
    out: list[list[Unit]] = []
    taken: set[int] = set()  # the sentences of a question already answered, and of its reply
    for i, unit in enumerate(units):
        text = unit.text.rstrip()
        if i in taken or unit.kind != "call" or not unit.speaker or not text.endswith("?"):
            continue
        if not asked.search(text):
            continue
        reply: list[list[Unit]] = []
        previous = unit
        for j in range(i + 1, len(units)):
            nxt = units[j]
            if nxt.doc is not unit.doc or not nxt.speaker:
                break
            if nxt.speaker == unit.speaker:
                said = nxt.text.rstrip()
                if reply and said.endswith("?") and (len(said.split()) >= 7 or _ASKS.match(said)):
                    break
            elif reply and reply[-1][-1] is previous and previous.speaker == nxt.speaker:
                reply[-1].append(nxt)
            elif len(reply) < turns:
                reply.append([nxt])
            else:
                break
            taken.add(j)
            previous = nxt
        out.extend(reply)
    return out


def split_units(doc: Document) -> list[Unit]:
    """Sentences of every unquoted segment; CRM records give one unit per field line."""
    units: list[Unit] = []
    body = doc.body_start
    for seg in doc.segments:
        if seg.start < body or doc.is_quoted(seg.start, seg.end):
            continue
        line = doc.text[seg.start : seg.end]
        if doc.kind == "crm":
            # the record's own column names first: "Contact: Full Name: Tamsin Reyes"
            field = max((k for k in doc.fields if line.startswith(f"{k}: ")), key=len, default=None)
            if field is None:
                m = _FIELD_LINE.match(line)
                field = m[1].strip() if m else None
            units.append(Unit(doc, seg.start, seg.end, None, None, field))
            continue
        prefix = (f"[{seg.time}] " if seg.time else "") + (
            f"{seg.speaker}: " if seg.speaker else ""
        )
        offset = seg.start + (len(prefix) if line.startswith(prefix) else 0)
        content = doc.text[offset : seg.end]
        if content.startswith("|"):
            # a table's row is one record: "| On-time delivery | 78% | min. 95% | 6 bulan |"
            _add(units, doc, offset, seg.end, seg.speaker, seg.time)
            continue
        for start, end in _sentence_spans(content):
            _add(units, doc, offset + start, offset + end, seg.speaker, seg.time)
    return units


def split_sentences(line: str) -> list[str]:
    """The sentences of one line, where ``split_units`` ends them ("Dr. Silva" is one)."""
    return [s for start, end in _sentence_spans(line) if (s := line[start:end].strip())]


def _sentence_spans(content: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``content``, the last running to its end."""
    pos = 0
    for m in _SENTENCE.finditer(content):
        piece = content[pos : m.start() + 1]
        if _LIST_MARKER.fullmatch(piece.strip()):
            continue  # "1. Subscription: ..." and "## 6. Signatures" are one line, not two
        if _ABBREVIATION.search(piece.rstrip()) or piece.count("(") > piece.count(")"):
            continue  # "Tessa (Dir. Warehouse Ops) is our champion" is one sentence
        if _NUMBER_SIGN.search(piece.rstrip()) and content[m.end() : m.end() + 1].isdigit():
            continue
        if _INITIAL.search(piece.rstrip()) and _NAME_AFTER.match(content, m.end()):
            continue
        yield pos, m.start() + 1
        pos = m.end()
    yield pos, len(content)


def _add(
    units: list[Unit], doc: Document, start: int, end: int, speaker: str | None, time: str | None
) -> None:
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        units.append(Unit(doc, start, end, speaker, time))
