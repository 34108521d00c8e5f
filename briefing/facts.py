"""Single-valued facts (deal value, dates, term...) gathered from every source, with conflicts.

Each source may state a value; the displayed value follows source authority (contract > CRM >
email > call/note, newer over older), and disagreeing values become a conflict for the rep.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass
from datetime import date

from briefing.lexicon import FIELD_CUES, SIGNING_WORDS, cue
from briefing.material import Material
from briefing.models import Evidence, Fact, Money, MoneyFact, unique_evidence
from briefing.parties import Parties, crm_records, crm_value, first_field, fold, side_of_unit
from briefing.units import Unit, next_in_segment
from briefing.values import (
    CURRENCY_SIGN,
    TERM_NUMBER,
    DateMention,
    MoneyMention,
    day_first_in,
    dollar_currency,
    find_dates,
    find_money,
    parse_number,
    term_number,
)

__all__ = ["Claim", "FactSet", "gather_facts"]

AUTHORITY = {"contract": 4, "crm": 3, "email": 2, "call": 1, "note": 1}
_SIGNED = cue(*SIGNING_WORDS, r"executed", r"effective date", r"tanggal")
# a contract's opening says where and when it was made: "En Osorno, a 13 de marzo de 2026, entre
# ...", "Em Recife, 29 de outubro de 2026", "This Agreement is entered into on March 5, 2026"
_EXECUTED_ON = re.compile(
    r"^(?:En|Em)\s+[A-ZÀ-Ý][^,\n]{1,40},\s*(?:a\s+|el\s+|aos\s+)?\d"
    r"|(?:entered into|made|executed|dated)(?: as of)?(?: on| this)?\s+\w*\s*\d"
    r"|(?:celebrad[oa]|suscrit[oa]|firmad[oa]|assinad[oa]|dibuat|ditandatangani)\s+"
    r"(?:en|em|el|o|a|pada)\s"
    r"|pada hari ini",
    re.IGNORECASE,
)
# a heading over the signatories' lines, and lines under it that give no signing date
_SIGNATURES = cue(*SIGNING_WORDS, r"execution")
_VALIDITY = cue(
    r"valid\w*",
    r"válid\w*",
    r"vigen\w*",
    r"vigência",
    r"expir\w*",
    r"until",
    r"até",
    r"hasta",
    r"berlaku",
    r"sampai",
)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|(?:\d+\.)+\s*[A-ZÀ-Ý][^.]{0,40}$)")
_TAX = cue(
    r"iva",
    r"vat",
    r"impuestos?",
    r"impostos?",
    r"pajak",
    r"ppn",
    r"tax\w*",
    r"gst",
    r"icms",
    r"iss",
)
_EXCL = cue(
    r"excl\w*",
    r"before (?:tax|vat)",
    r"antes de (?:iva|impuestos)",
    r"sin iva",
    r"sem impostos",
    r"sem iva",
    r"belum termasuk",
    r"tidak termasuk",
    r"net of",
    r"plus (?:vat|tax)",
    r"más iva",
    r"\+ ?iva",
    r"\+ ?vat",
)
_TOTAL = cue(
    r"total",
    r"tcv",
    r"contract value",
    r"valor total",
    r"monto total",
    r"importe total",
    r"nilai (?:total|kontrak)",
    r"grand total",
    r"total geral",
)
_FEE = cue(
    r"fee",
    r"price",
    r"subscription",
    r"annual",
    r"per year",
    r"valor",
    r"preço",
    r"assinatura",
    r"anual",
    r"monto",
    r"precio",
    r"suscripci[oó]n",
    r"tarifa",
    r"biaya",
    r"harga",
    r"langganan",
    r"tahunan",
    r"amount",
    r"investimento",
    r"inversi[oó]n",
)
_TERM = cue(
    r"term",
    r"duration",
    r"vigência",
    r"prazo",
    r"duración",
    r"plazo",
    r"vigencia",
    r"jangka waktu",
    r"masa (?:berlaku|kontrak)",
    r"período",
    r"periodo",
    r"initial",
)
_TERM_VALUE = re.compile(
    rf"(?<![\w-])(\d{{1,3}}|{TERM_NUMBER})"
    r"[\s-]*(?:\([^)]{1,30}\)\s*)?(months?|meses|bulan|years?|anos?|años?|tahun)\b",
    re.IGNORECASE,
)
_CONTRACT_WORD = cue(
    r"contract",
    r"contrato",
    r"kontrak",
    r"agreement",
    r"acordo",
    r"acuerdo",
    r"firmamos",
    r"assinamos",
    r"we sign(?:ed)?",
    r"tanda ?tangan",
)
_RENEWAL = cue(r"renew\w*", r"renova\w+", r"perpanjang\w*")
_NO_RENEWAL = cue(r"non-?renew\w*", r"no renov\w*", r"sem renova\w*", r"sin renova\w*", r"tanpa")
_INITIAL = cue(r"initial", r"inicial", r"awal", r"the term is", r"vigência de", r"plazo de")
_RENEWS_HOW = cue(
    r"auto\w*",
    r"otomatis",
    r"successive",
    r"sucesiv\w+",
    r"sucessiv\w+",
    r"notice",
    r"aviso",
    r"pemberitahuan",
    r"period\w*",
    r"períod\w+",
    r"periode",
)
_AMOUNT_KEYS = (
    "amount",
    "deal amount",
    "opportunity amount",
    "total contract value",
    "tcv",
    "acv",
    "annual contract value",
    "arr",
    "valor",
    "monto",
)
_CURRENCY_KEYS = ("currency", "amount currency", "opportunity currency", "moeda", "moneda")
_CLOSE_KEYS = ("close date", "closed date", "closedate", "data de fechamento", "fecha de cierre")
_STAGE_WON = cue(r"closed won", r"won", r"ganh\w+", r"ganad\w+", r"fechad\w+", r"cerrad\w+")


@dataclass(frozen=True)
class Claim:
    """One source's statement of a field's value."""

    value: str
    evidence: Evidence
    authority: int

    @property
    def rank(self) -> tuple[int, str]:
        return self.authority, self.evidence.date or ""


@dataclass
class FactSet:
    claims: dict[str, list[Claim]]
    money: list[tuple[Money, Evidence, int]]
    referrers: list[Claim] = dataclasses.field(default_factory=list)
    """Who referred the deal, where the CRM names them ("Referral Contact", "Indicado por")."""

    def lead_source(self) -> Fact | None:
        """How the deal came in, with who referred it: "Referral (Rudi Hartono)"."""
        lead = self.fact("lead_source")
        if not self.referrers:
            return lead
        referrer = max(self.referrers, key=lambda c: c.rank)
        if lead is None:
            return Fact(value=referrer.value, evidence=[referrer.evidence])
        if fold(referrer.value) in fold(lead.value):  # "Referral - Rudi Hartono" names them
            return lead
        return Fact(
            value=f"{lead.value} ({referrer.value})",
            evidence=[*lead.evidence[:2], referrer.evidence],
        )

    def fact(self, field: str) -> Fact | None:
        claims = self.claims.get(field)
        if not claims:
            return None
        best = max(claims, key=lambda c: c.rank)
        same = [c.evidence for c in claims if _compatible(c.value, best.value)]
        return Fact(value=best.value, evidence=unique_evidence(same)[:3])

    def deal_value(self) -> MoneyFact | None:
        if not self.money:
            return None
        best = max(self.money, key=lambda m: (m[2], m[1].date or ""))
        same = [(auth, e) for money, e, auth in self.money if money.amount == best[0].amount]
        ordered = [e for _, e in sorted(same, key=lambda pair: -pair[0])]
        return MoneyFact(value=best[0], evidence=unique_evidence(ordered)[:3])

    def conflicts(self) -> dict[str, list[Claim]]:
        """Fields whose sources disagree, with one claim per distinct value."""
        out: dict[str, list[Claim]] = {}
        for field, claims in self.claims.items():
            distinct: list[Claim] = []
            same = _same_signing if field == "contract_signed" else _compatible
            for claim in sorted(claims, key=lambda c: c.rank, reverse=True):
                if all(not same(claim.value, d.value) for d in distinct):
                    distinct.append(claim)
            # a later message of the same thread updates an earlier one; it does not disagree
            if len(distinct) > 1 and len({_source(c.evidence) for c in distinct}) > 1:
                out[field] = distinct
        if self.money:
            contract = [m for m in self.money if m[2] == AUTHORITY["contract"]]
            crm = [m for m in self.money if m[2] == AUTHORITY["crm"]]
            if contract and crm:
                contract_amounts = {m[0].amount for m in contract}
                stray = [m for m in crm if m[0].amount not in contract_amounts]
                if stray:
                    best = max(contract, key=lambda m: m[1].date or "")
                    out["deal_value"] = [
                        Claim(best[0].text(), best[1], best[2]),
                        *(Claim(m[0].text(), m[1], m[2]) for m in stray[:2]),
                    ]
        return out


def _compatible(a: str, b: str) -> bool:
    return a == b or a.startswith(b) or b.startswith(a)


def _same_signing(a: str, b: str) -> bool:
    """Signing dates a week apart are one signing: a CRM's close date is when the deal was
    marked won, a contract's last signature a few days before or after."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 7
    except ValueError:
        return _compatible(a, b)


_OTHER_EVENT = cue(
    r"fiscal year",
    r"end of (?:life|support)",
    r"renewal",
    r"renova\w+",
    r"ano fiscal",
    r"año fiscal",
    r"tahun fiskal",
    r"contract (?:ends|expires)",
    r"vence",
    r"vencimento",
)


def _distance(cue_match: re.Match[str], date: DateMention) -> int:
    """Characters between a cue and a date; a date before its cue counts double (people say
    "live on March 3" far more often than "March 3 is when we go live")."""
    if date.start >= cue_match.end():
        return date.start - cue_match.end()
    return 2 * max(0, cue_match.start() - date.end)


def _date_claims(
    material: Material, pattern: re.Pattern[str], kinds: tuple[str, ...], *, meeting: bool = False
) -> list[Claim]:
    """The date each sentence gives for a cue (go-live, kickoff), when one is close to it and
    the sentence is not about another dated event (fiscal year, a renewal, an end of support).
    A ``meeting`` is also dated by the next sentence of the turn ("Sobre o kickoff: duas semanas
    depois da assinatura. Fica então na quinta-feira, 14 de maio"); a go-live's next sentence
    is more often a deadline ("Por causa da EUDR, trinta de dezembro é o limite")."""
    out = []
    units = material.of_kind(*kinds)
    for i, unit in enumerate(units):
        text = unit.text
        if meeting and unit.kind == "email" and _WHEN.match(text) and _invites(unit, pattern):
            # a calendar invite: "When: Thursday 26 November 2026, 10:00" under the subject
            # "Invitation: ... Implementation Kickoff @ Thu 26 Nov 2026" (one day, not "When:
            # Tue 3 or Thu 5 Dec?")
            dates = find_dates(text, unit.doc.date or material.latest_date, material.day_first)
            if len({d.iso for d in dates}) == 1:
                at = unit.start + dates[0].start
                out.append(Claim(dates[0].iso, unit.evidence(at, unit.start + dates[0].end),
                                 AUTHORITY["email"]))  # fmt: skip
                continue
        # a CRM export's key parts its words with underscores: "target_go_live: 2026-02-16"
        cue_match = pattern.search(text.replace("_", " ") if unit.kind == "crm" else text)
        if cue_match is None:
            dated = _first_row_under(unit, pattern, material.day_first)
            if dated is not None:
                out.append(Claim(dated[0], dated[1], AUTHORITY[unit.kind]))
            continue
        # an undated document's "16 Februari" is in the year of the account's latest one
        dates = find_dates(text, unit.doc.date or material.latest_date, material.day_first)
        if not dates:
            # "kickoff implementasi kami jadwalkan:" / "Hari/tanggal : Senin, 3 November 2025"
            listed = _date_listed(unit, material.latest_date, material.day_first)
            after = next_in_segment(units, i) if meeting else None
            if meeting and after is None and i + 1 < len(units):
                # an invite's "Los invito al kickoff...", then its own line "Fecha: miércoles 9
                # de diciembre de 2026" after a blank one
                following = units[i + 1]
                if following.doc is unit.doc and _DATE_LABEL.match(following.text):
                    after = following
            if listed is None and after is not None:
                listed = _date_next(after, material.latest_date, material.day_first)
            if listed is not None:
                out.append(Claim(listed[0], listed[1], AUTHORITY[unit.kind]))
            continue
        near = min(dates, key=lambda d: _distance(cue_match, d))
        between = text[min(cue_match.end(), near.end) : max(cue_match.start(), near.start)]
        # (what brackets say between them is no distance: "Go-live seluruh outlet (termasuk
        # dapur pusat Pekanbaru ...): paling lambat 25 Januari 2027")
        aside = sum(len(m[0]) for m in _ASIDE.finditer(between))
        before = 2 if near.end <= cue_match.start() else 1  # (as _distance counts it)
        if _distance(cue_match, near) - before * aside > 80 or _OTHER_EVENT.search(between):
            continue
        out.append(
            Claim(
                near.iso,
                unit.evidence(unit.start + near.start, unit.start + near.end),
                AUTHORITY[unit.kind],
            )
        )
    return out


_ASIDE = re.compile(r"\([^()]*\)")


_LISTED_WITHIN = 160
"""How far (characters) after a sentence ending in a colon, or a heading, its listed date may
be."""


def _heading(unit: Unit) -> bool:
    """Whether the sentence is a heading of a few words on a line of its own ("Kickoff")."""
    words = unit.text.split()
    return (
        0 < len(words) <= 4
        and unit.text.rstrip()[-1] not in ".?!,;"
        and unit.doc.text[unit.end : unit.end + 1] in ("\n", "")
        and unit.doc.text[max(0, unit.start - 1) : unit.start] in ("\n", "")
    )


def _date_listed(unit: Unit, latest: str | None, day_first: bool) -> tuple[str, Evidence] | None:
    """The first date in the lines a sentence ending in a colon, or a heading, opens, before a
    blank line that follows them: the date it announces, when the same speaker gives it and its
    line names no other event."""
    if not (unit.text.rstrip().endswith(":") or _heading(unit)):
        return None
    text = unit.doc.text
    start = unit.end
    block = text[start : start + _LISTED_WITHIN]
    blank = block.find("\n\n", len(block) - len(block.lstrip("\n")))  # after the lines open
    dates = find_dates(block[: blank if blank >= 0 else None], unit.doc.date or latest, day_first)
    if not dates:
        return None
    at, until = start + dates[0].start, start + dates[0].end
    # said by the same speaker ("Gunawan: Jangan 3 November" answers the rep's "usulan saya
    # begini:"), and of no other event ("- Contract renewal signed by 15 October")
    seg = unit.doc.segment_at(at)
    line_end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : line_end if line_end >= 0 else None]
    if (seg is not None and seg.speaker != unit.speaker) or _OTHER_EVENT.search(line):
        return None
    return dates[0].iso, unit.evidence(at, until)


# a sentence dating some other event than the one the sentence before it names
_ANY_EVENT = cue(
    *(c.pattern for c in (FIELD_CUES["go_live"], FIELD_CUES["kickoff"], _OTHER_EVENT)),
    *SIGNING_WORDS,
)
# the line of an invite that says when: "When:", "Cuándo:", "Quando:", "Waktu:", "Hari/tanggal:"
_WHEN = re.compile(
    r"^\W*(?:when|date and time|cu[aá]ndo|fecha y hora|quando|data e hora|kapan|waktu|"
    r"hari\s*(?:/|,)\s*tanggal)\s*:",
    re.IGNORECASE,
)
# a reply's subject ("Re: Kickoff agenda"), which invites no one
_REPLY = re.compile(r"^\W*(?:re|aw|res|r|balas)\s*:", re.IGNORECASE)


def _invites(unit: Unit, meeting: re.Pattern[str]) -> bool:
    """Whether the e-mail invites to the ``meeting`` its subject names (forwarded or not; not a
    reply about it)."""
    title = unit.doc.title
    return _REPLY.match(title) is None and meeting.search(title) is not None


# a meeting set for a day: "Fica então na quinta-feira, 14 de maio", "scheduled for Tuesday"
_SET_FOR = cue(
    r"fica\w*",
    r"ser[aá]",
    r"marcad[oa]s?",
    r"agendad[oa]s?",
    r"queda(?:mos)?",
    r"qued[oó]",
    r"scheduled",
    r"booked",
    r"set for",
    r"dijadwalkan",
    r"jadwal\w*",
    r"(?:monday|tuesday|wednesday|thursday|friday)",
    r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?",
    r"(?:lunes|martes|miércoles|jueves|viernes)",
    r"(?:senin|selasa|rabu|kamis|jumat)",
)
# a line giving a meeting's day: "Fecha: miércoles 9 de diciembre", "Date: 3 Dec", "Tanggal :"
_DATE_LABEL = re.compile(
    r"^\W*(?:date|when|fecha|data|dia|día|tanggal|hari(?:\s*/\s*tanggal)?|quando|cu[aá]ndo)\s*:",
    re.IGNORECASE,
)
# a date something lasts until: "estou de férias até 20 de março"
_UNTIL = re.compile(r"(?<!\w)(?:until|till|até|hasta|sampai)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _date_next(after: Unit, latest: str | None, day_first: bool) -> tuple[str, Evidence] | None:
    """The first date of ``after``, the sentence following an undated mention of a meeting, when
    it sets the meeting for it and names no other event."""
    dates = find_dates(after.text, after.doc.date or latest, day_first)
    text = after.text
    if not dates or _ANY_EVENT.search(text):
        return None
    if not (_SET_FOR.search(text) or _DATE_LABEL.match(text)):
        return None
    if _UNTIL.search(text[: dates[0].start]):
        return None
    return dates[0].iso, after.evidence(after.start + dates[0].start, after.start + dates[0].end)


def _first_row_under(
    unit: Unit, pattern: re.Pattern[str], day_first: bool
) -> tuple[str, Evidence] | None:
    """The date in the first row of a table, under a column the cue names ("| Phase | Scope |
    Target Go-Live |" over "| Phase 1 | Leicester plant | 30 June 2025 |"): the first phase's."""
    text = unit.doc.text
    if not unit.text.lstrip().startswith("|"):
        return None
    start = text.rfind("\n", 0, unit.start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    above = text[:start].rstrip("\n").split("\n")
    if len(above) < 2 or not re.fullmatch(r"\s*\|[\s:|-]+\|?\s*", above[-1]):
        return None  # not the row under the header's separator
    for name, (s, e) in zip(_cells(above[-2]), _cell_spans(text, start, end), strict=False):
        dates = find_dates(text[s:e], unit.doc.date, day_first=day_first)
        if pattern.search(name) and dates:
            d = dates[0]
            return d.iso, unit.evidence(s + d.start, s + d.end)
    return None


def _cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a table row's cells in ``text[start:end]``, between its pipes."""
    pipes = [m.start() for m in re.finditer(r"(?<!\\)\|", text[start:end])]
    return [(start + a + 1, start + b) for a, b in itertools.pairwise(pipes)]


def _cells(line: str) -> list[str]:
    """A table row's cell texts."""
    return [line[s:e].strip() for s, e in _cell_spans(line, 0, len(line))]


# a span of time counted from an event: "30% tiga bulan setelah go-live"
_OFFSET = re.compile(
    r"\s*(?:after|before|later|prior|setelah|sesudah|sebelum|pasca|después|despues|antes|depois|"
    r"após|apos|tras)\b",
    re.IGNORECASE,
)


def _counted_from(text: str, m: re.Match[str]) -> bool:
    """Whether the span ``m`` counts from an event and no term word comes before it: "tiga
    bulan setelah go-live" is when a payment falls due, "Term: 36 months after the Effective
    Date" a term."""
    return _OFFSET.match(text, m.end()) is not None and not _TERM.search(text, 0, m.start())


def _term_months(text: str) -> tuple[int, int, int] | None:
    m = next((m for m in _TERM_VALUE.finditer(text) if not _counted_from(text, m)), None)
    if not m:
        return None
    n = term_number(m[1]) or 0
    months = n if fold(m[2]).startswith(("month", "mes", "bulan")) else n * 12
    if not 1 <= months <= 120:
        return None
    return months, m.start(), m.end()


# CRM columns that carry a fact as written, per field (EN/PT/ES/ID); folded below like record fields
_CRM_FIELDS_WRITTEN: dict[str, tuple[str, ...]] = {
    "industry": ("industry", "sector", "setor", "industria", "industri", "segmento"),
    "size": (
        "employees",
        "number of employees",
        "company size",
        "funcionários",
        "empleados",
        "karyawan",
        "headcount",
    ),
    "products": (
        "products",
        "product",
        "produtos",
        "productos",
        "produk",
        "line items",
        "modules",
    ),
    "lead_source": ("lead source", "source", "origem", "origen", "sumber"),
    "referred_by": (
        "referral contact",
        "referred by",
        "referrer",
        "conta indicadora",
        "cuenta referente",
        "indicado por",
        "indicada por",
        "referido por",
        "direferensikan oleh",
    ),
    "next_steps": ("next step", "next steps", "próximo passo", "siguiente paso"),
    "segment": ("segment", "segmento", "tier", "customer segment"),
    "term": (
        "term",
        "contract term",
        "vigência",
        "plazo",
        "duración",
        "jangka",
        "contract length",
        "subscription term",
        "duração",
    ),
}
_CRM_FIELDS = {f: tuple(fold(k) for k in keys) for f, keys in _CRM_FIELDS_WRITTEN.items()}


# an order form's table of what was bought: a column naming the item, beside its quantity
_ITEM_COLUMN = cue(
    r"products?|produtos?|productos?|produk|items?|itens|módulos?|modules?|modul|"
    r"descripci[oó]n|description|descrição|deskripsi|concepto|conceito|layanan|plan|paket"
)
_QUANTITY_COLUMN = cue(
    r"quantity|qty|quantidade|cantidad|jumlah|unidades|units|metric|licen[cs]es?|licenças|"
    r"licencias|seats|users|usuarios|usuários|pengguna"
)
_DISCOUNT = cue(r"discount\w*|desconto|descuento|diskon|potongan")


# more lines than this are a price list, not what a briefing reader needs listed
_MOST_ITEMS = 8


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without the spaces around it."""
    cell = text[start:end]
    return start + len(cell) - len(cell.lstrip()), start + len(cell.rstrip())


def _line_items(units: list[Unit]) -> tuple[str, Evidence] | None:
    """The items of the first order-form table that lists what was bought, with the rows that
    name them: "Rotaplan Mobile (engineer licence); Rotaplan Dispatch (dispatcher seat)"."""
    column: int | None = None
    names: list[tuple[Unit, int, int]] = []
    last: Unit | None = None
    for unit in units:
        text = unit.text
        # a table's rows follow one another, line after line
        apart = (
            last is None
            or last.doc is not unit.doc
            or "\n\n" in unit.doc.text[last.end : unit.start + 1]
        )
        last = unit
        row = text.lstrip().startswith("|")
        if not row or (apart and column is not None):
            if names:
                break
            column = None
            if not row:
                continue
        cells = [_trimmed(text, a, b) for a, b in _cell_spans(text, 0, len(text))]
        header = [text[a:b] for a, b in cells]
        if column is None:
            items = [i for i, h in enumerate(header) if _ITEM_COLUMN.fullmatch(h.strip("* "))]
            if items and any(_QUANTITY_COLUMN.search(h) for h in header):
                column = items[0]
            continue
        if column >= len(cells) or set(text.strip()) <= set("|-: "):
            continue
        a, b = cells[column]
        name = text[a:b]
        if not name or "**" in name or any(p.search(name) for p in (_TOTAL, _TAX, _DISCOUNT)):
            continue
        names.append((unit, unit.start + a, unit.start + b))
    if not names:
        return None
    first, start, _ = names[0]
    names = names[:_MOST_ITEMS]
    end = names[-1][2]
    value = "; ".join(u.doc.text[a:b] for u, a, b in names)
    return value, first.evidence(start, end)


# a table column's currency, named in its header: "Biaya per tahun (Rp)", "Amount (USD)"
_COLUMN_CURRENCY = re.compile(rf"\(\s*({CURRENCY_SIGN})\s*\)[\s*]*$", re.IGNORECASE)
_BARE_AMOUNT = re.compile(
    r"\**\s*(\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*\**"
)


def _column_money(unit: Unit, dollar: str) -> list[MoneyMention]:
    """The amounts a table row writes bare in a column whose header names the currency: "|
    **1.521.000.000** |" under "| Jumlah (Rp) |" (a bracketed amount, a deduction, is none)."""
    text = unit.text
    if not text.lstrip().startswith("|") or "\n" in text.strip():
        return []
    above = unit.doc.text[: unit.start].split("\n")[:-1]
    table = list(itertools.takewhile(lambda line: line.lstrip().startswith("|"), reversed(above)))
    if not table:
        return []  # the header row itself
    out = []
    for header, span in zip(_cells(table[-1]), _cell_spans(text, 0, len(text)), strict=False):
        sign = _COLUMN_CURRENCY.search(header)
        a, b = _trimmed(text, *span)
        amount = _BARE_AMOUNT.fullmatch(text, a, b)
        found = find_money(f"{sign[1]} {amount[1]}", dollar) if sign and amount else []
        if amount and found:
            out.append(MoneyMention(found[0].amount, found[0].currency, *amount.span(1)))
    return out


def _heading_above(unit: Unit, offset: int) -> str:
    """The line before the one ``offset`` (in ``unit``) is on, past blank lines, when it is a
    heading of the document; else ''."""
    text = unit.doc.text
    before = text[: text.rfind("\n", 0, unit.start + offset) + 1].rstrip()
    line = before[before.rfind("\n") + 1 :]
    return line if _HEADING.match(line) else ""


def gather_facts(material: Material, parties: Parties) -> FactSet:
    claims: dict[str, list[Claim]] = {}
    money: list[tuple[Money, Evidence, int]] = []
    referrers: list[Claim] = []

    def add(field: str, value: str, evidence: Evidence, authority: int) -> None:
        claims.setdefault(field, []).append(Claim(value, evidence, authority))

    crm_auth = AUTHORITY["crm"]
    records = crm_records(material)
    # an export writes all its dates one way: "11/6/2026" is read as its other rows are
    exports: dict[str, list[str]] = {}
    for fields in records.values():
        for unit in fields.values():
            exports.setdefault(unit.doc.source, []).append(unit.text)
    day_first = {
        source: day_first_in(texts, material.day_first) for source, texts in exports.items()
    }
    for fields in records.values():
        currency_line = first_field(fields, _CURRENCY_KEYS)
        currency = crm_value(currency_line)[0] if currency_line else None
        for key in _AMOUNT_KEYS:
            if key in fields:
                raw, ev = crm_value(fields[key])
                found = find_money(raw)
                try:
                    amount = found[0].amount if found else parse_number(re.sub(r"[^\d.,]", "", raw))
                except ValueError:
                    continue
                cur = (found[0].currency if found else None) or (currency or "").upper() or None
                money.append((Money(amount=amount, currency=cur), ev, crm_auth))
                break
        stage = next((crm_value(fields[k])[0] for k in fields if "stage" in k), "")
        for key in _CLOSE_KEYS:
            if key in fields and _STAGE_WON.search(stage):
                raw, ev = crm_value(fields[key])
                dates = find_dates(raw, day_first=day_first[fields[key].doc.source])
                if dates:
                    add("contract_signed", dates[0].iso, ev, crm_auth - 1)
        for field, keys in _CRM_FIELDS.items():
            column = next((k for k in keys if k in fields), None) or next(
                (f for f in fields if any(f.startswith(k) for k in keys)), None
            )
            if column is not None:
                value, ev = crm_value(fields[column])
                if value and field == "referred_by":
                    referrers.append(Claim(value, ev, crm_auth))
                elif value:
                    add(field, value if field != "term" else _norm_term(value), ev, crm_auth)
    if parties.customer and parties.customer_evidence:
        add(
            "company",
            parties.customer,
            parties.customer_evidence,
            AUTHORITY[parties.customer_evidence.kind],
        )
    if parties.owner and parties.owner_evidence:
        add("sales_rep", parties.owner.name, parties.owner_evidence, crm_auth)

    contract_units = material.of_kind("contract")
    if "products" not in claims:
        bought = _line_items(contract_units)
        if bought is not None:
            add("products", bought[0], bought[1], AUTHORITY["contract"])
    per_doc: dict[str, list[tuple[Money, Evidence, bool, bool]]] = {}
    previous: Unit | None = None
    signature_block = False
    renewal_terms: list[Unit] = []
    # the signing date: the latest under a document's signatures heading, else each signed line's
    signed_block: dict[str, tuple[str, Evidence]] = {}
    signed_lines: list[tuple[str, str, Evidence]] = []
    docs = {u.doc.name: u.doc for u in contract_units}
    dollars = {name: dollar_currency(doc.text) for name, doc in docs.items()}
    for unit in contract_units:
        dollar = dollars[unit.doc.name]
        for m in find_money(unit.text, dollar) + _column_money(unit, dollar):
            line_start = unit.text.rfind("\n", 0, m.start) + 1
            line_end = unit.text.find("\n", m.end)
            line = unit.text[line_start : line_end if line_end >= 0 else len(unit.text)]
            # "## 4. Total Contract Value" then "**£321,100.00** for the Initial Term."
            total = bool(_TOTAL.search(line) or _TOTAL.search(_heading_above(unit, m.start)))
            if total or _FEE.search(line) or _FEE.search(unit.text):
                ev = unit.evidence(unit.start + m.start, unit.start + m.end)
                taxed = bool(_TAX.search(line)) and not _EXCL.search(line)
                per_doc.setdefault(unit.doc.name, []).append(
                    (Money(amount=m.amount, currency=m.currency), ev, total, taxed)
                )
        if _HEADING.match(unit.text) or previous is None or previous.doc is not unit.doc:
            # under a "## 6. Assinaturas" heading, each signatory's line carries its date
            signature_block = _HEADING.match(unit.text) is not None and bool(
                _SIGNATURES.search(unit.text)
            )
        in_block = signature_block and not _VALIDITY.search(unit.text)
        opening = unit.start < 1500 and _EXECUTED_ON.search(unit.text) is not None
        if _SIGNED.search(unit.text) or in_block or opening:
            dates = find_dates(unit.text, unit.doc.date, day_first=material.day_first)
            if dates:  # "Signed: 5 Nov | Signed: 11 Nov": the countersignature, the latest
                d = max(dates, key=lambda date: date.iso)
                ev = unit.evidence(unit.start + d.start, unit.start + d.end)
                if not in_block:
                    signed_lines.append((unit.doc.name, d.iso, ev))
                elif d.iso > signed_block.get(unit.doc.name, ("", ev))[0]:
                    signed_block[unit.doc.name] = (d.iso, ev)
        term = _term_months(unit.text)
        if (
            term
            and not _renewal_term(unit.text, term[1])
            and (_TERM.search(unit.text) or (previous and _TERM.search(previous.text)))
        ):
            months, s, e = term
            add(
                "term",
                f"{months} months",
                unit.evidence(unit.start + s, unit.start + e),
                AUTHORITY["contract"],
            )
        previous = unit
        if _RENEWAL.search(unit.text):
            renewal_dates = find_dates(unit.text, unit.doc.date, day_first=material.day_first)
            for d in renewal_dates[:1]:
                add(
                    "renewal",
                    d.iso,
                    unit.evidence(unit.start + d.start, unit.start + d.end),
                    AUTHORITY["contract"],
                )
            if not renewal_dates:
                renewal_terms.append(unit)
    if "renewal" not in claims and renewal_terms:
        # no renewal date: the clause that says how it renews ("automatically for 12-month
        # terms unless either party gives 60 days' notice")
        how = max(renewal_terms, key=lambda u: bool(_RENEWS_HOW.search(u.text)))
        # a table row "| Renewal | Automatically renews ... |" gives its value cell
        cells = [c.strip() for c in how.text.strip().strip("|").split(" | ")]
        text = cells[-1] if len(cells) > 1 and _RENEWAL.search(cells[0]) else " ".join(cells)
        add("renewal", text, how.evidence(), AUTHORITY["contract"])
    for doc, iso, ev in signed_lines:
        if doc not in signed_block:
            add("contract_signed", iso, ev, AUTHORITY["contract"])
    for iso, ev in signed_block.values():
        add("contract_signed", iso, ev, AUTHORITY["contract"])
    for entries in per_doc.values():
        totals = [e for e in entries if e[2]]
        pre_tax = [e for e in totals if not e[3]]
        chosen = max(pre_tax or totals, key=lambda e: e[0].amount) if totals else entries[0]
        money.append((chosen[0], chosen[1], AUTHORITY["contract"]))

    for field, kinds in (
        ("go_live", ("contract", "crm", "email", "call", "note")),
        ("kickoff", ("contract", "email", "call", "note")),
    ):
        for claim in _date_claims(material, FIELD_CUES[field], kinds, meeting=field == "kickoff"):
            claims.setdefault(field, []).append(claim)
    for unit in material.of_kind("call", "email", "note", "crm"):
        term = _term_months(unit.text)
        if (
            term
            and not _renewal_term(unit.text, term[1])
            and (_CONTRACT_WORD.search(unit.text) or _TERM.search(unit.text))
        ):
            months, s, e = term
            add(
                "term",
                f"{months} months",
                unit.evidence(unit.start + s, unit.start + e),
                AUTHORITY[unit.kind],
            )
    if "size" not in claims:  # no CRM column gives it: the headcount the customer states
        staff = _headcount(material, parties)
        if staff is not None:
            add("size", *staff)
    return FactSet(claims=claims, money=money, referrers=referrers)


# "about 410 employees", "~2.100 empleados", "620 permanent staff", "±520 karyawan"
_HEADCOUNT = re.compile(
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more than|approximately|cerca de|uns|"
    r"umas|quase|mais de|aproximadamente|unos|unas|casi|más de|alrededor de|sekitar|"
    r"kurang lebih|hampir|lebih dari)\s+|[~±]\s?)?"
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d{2,6})(?![.,]?\d)\s+(?:[\w-]+\s+)?"
    r"(?:employees|staff|workers|people on (?:the )?payroll|funcionári[oa]s|colaborador(?:es|as)|"
    r"empleados|trabajadores|karyawan|pegawai)(?!\w)",
    re.IGNORECASE,
)


def _headcount(material: Material, parties: Parties) -> tuple[str, Evidence, int] | None:
    """The largest headcount the customer's side, the rep's notes or the CRM state ("we're
    about 410 employees"): a company's size, where a smaller count is a team or a site."""
    best: tuple[float, str, Evidence, int] | None = None
    for unit in material.of_kind("crm", "note", "email", "call"):
        if side_of_unit(unit, parties) == "vendor":
            continue  # our own headcount
        for m in _HEADCOUNT.finditer(unit.text):
            count = parse_number(m["n"])
            if best is None or count > best[0]:
                ev = unit.evidence(unit.start + m.start(), unit.start + m.end())
                best = (count, m[0], ev, AUTHORITY[unit.kind])
    return best[1:] if best else None


def _renewal_term(text: str, at: int) -> bool:
    """Whether the term length at ``at`` follows a renewal ("renews for successive twelve-month
    terms"), and is no initial term ("24 bulan dengan opsi perpanjangan 12 bulan" gives 24)."""
    before = [m for m in _RENEWAL.finditer(text) if m.end() <= at]
    if not before:
        return False
    renewal = before[-1]
    between = text[renewal.end() : at]
    negated = _NO_RENEWAL.search(text[max(0, renewal.start() - 12) : renewal.end()])
    # "Auto-renewal: the initial term is 24 months", "Non-renewable term of 36 months"
    return len(between) <= 40 and not negated and not _INITIAL.search(between)


def _source(evidence: Evidence) -> str:
    """The uploaded file a document comes from ("thread.mbox" for "thread.mbox#3")."""
    return evidence.document.split("#")[0]


def _norm_term(value: str) -> str:
    term = _term_months(value)
    if term:
        return f"{term[0]} months"
    if value.strip().isdigit():
        return f"{int(value)} months"
    return value
