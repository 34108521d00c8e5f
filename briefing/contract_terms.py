"""The clauses of a contract that commit the vendor to something.

An order form lists what the customer bought in sections: products and scope, services,
support and service levels, implementation, integrations, data and security, payment. Each
clause of those sections (a numbered clause, a list item, a table row) is a commitment the CSM
inherits. Sections that commit nobody to deliver anything (term, signatures, entire
agreement, what is out of scope) and clauses that oblige the customer are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from briefing.lexicon import cue
from briefing.material import stripped_lines
from briefing.units import Unit
from ingest.models import Document

__all__ = ["committed_clauses", "exclusions", "heading_over", "is_heading"]

_COMMITTED_SECTION = cue(
    # English
    r"subscriptions?", r"services?", r"scope", r"products?", r"items?", r"included",
    r"deliverables", r"support", r"service levels?", r"sla", r"availability", r"uptime",
    r"implementation", r"onboarding", r"training", r"integrations?", r"hosting", r"data",
    r"security", r"privacy", r"payment", r"invoicing", r"fees", r"pricing", r"commercial",
    r"hardware", r"licen[cs]es?",
    # Portuguese
    r"objeto", r"produtos?", r"itens", r"servi[cç]os?", r"escopo", r"suporte", r"disponibilidade",
    r"implanta[cç][aã]o", r"implementa[cç][aã]o", r"treinamento", r"integra[cç](?:ão|ões)",
    r"dados", r"seguran[cç]a", r"privacidade", r"lgpd", r"pagamento", r"condi[cç](?:ão|ões)",
    r"valores", r"licen[cç]as",
    # Spanish
    r"productos?", r"servicios?", r"alcance", r"soporte", r"disponibilidad",
    r"implementaci[oó]n", r"capacitaci[oó]n", r"integraci(?:ón|ones)", r"datos", r"seguridad",
    r"privacidad", r"pago", r"condiciones", r"licencias", r"suscripci[oó]n",
    # Indonesian
    r"produk", r"cakupan", r"layanan", r"dukungan", r"implementasi", r"pelatihan", r"integrasi",
    r"keamanan", r"privasi", r"pembayaran", r"biaya", r"lisensi", r"langganan",
)  # fmt: skip
_NOTHING_COMMITTED = cue(
    r"out of scope", r"not included", r"exclusions?", r"signatures?", r"entire agreement",
    r"general terms", r"definitions", r"governing law", r"notices",
    r"fora do escopo", r"n[aã]o inclu[ií]do", r"exclus(?:ão|ões)", r"assinaturas?",
    r"acordo integral", r"defini[cç](?:ões|oes)", r"foro",
    r"fuera del? alcance", r"no incluido", r"exclusiones", r"firmas?", r"acuerdo completo",
    r"acuerdo integral", r"ley aplicable",
    r"di luar cakupan", r"tidak termasuk", r"pengecualian", r"tanda tangan",
    r"perjanjian lengkap", r"keseluruhan perjanjian",
)  # fmt: skip
# "Customer will provide an RFC user", "El Cliente proveerá los dispositivos": an obligation of
# the customer, not a commitment to it
_CUSTOMER = (
    r"(?:the\s+|o\s+|a\s+|el\s+|la\s+)?(?:customer|client|cliente|contratante|pelanggan|pembeli)"
)
_CUSTOMER_DUTY = re.compile(
    rf"^(?:[\d.]+\s+)?{_CUSTOMER}\b[^.;]{{0,60}}?\b(?:will|shall|must|agrees|is responsible|"
    r"provides?|\w+rá|ser[aá] respons[aá]vel|wajib|harus|akan|menyediakan|bertanggung jawab)\b"
    rf"|\b(?:requires?|requer|requiere|mengharuskan|depends? on|depende d[eo]|depende de que|"
    rf"bergantung pada)\s+(?:that\s+|que\s+)?{_CUSTOMER}\b"
    r"|\b(?:customer (?:obligations|responsibilities)|obriga[cç](?:ões|oes) d[oa] (?:cliente|"
    r"contratante)|obligaciones del cliente|responsabilidades del cliente|kewajiban pelanggan)\b",
    re.IGNORECASE,
)
# "4.1 Subscription Term: 24 months", "3.1 Vigência de 36 meses": the deal's terms, which the
# overview gives, not something delivered
_DEAL_TERM = re.compile(
    r"^(?:[\d.]+\s+)?(?:subscription\s+)?(?:term|renewal|termination|invoicing|currency|"
    r"vig[eê]ncia|renova[cç][aã]o|rescis[aã]o|faturamento|moeda|renovaci[oó]n|terminaci[oó]n|"
    r"facturaci[oó]n|forma de pago|jangka waktu|perpanjangan|pemutusan|penagihan|mata uang)\b",
    re.IGNORECASE,
)
# "6.3 A connector for SAP S/4HANA is not included": what the vendor does not deliver
_NOT_DELIVERED = cue(
    r"not (?:included|part of|covered|provided)", r"(?:is|are) not", r"excluded", r"excludes",
    r"out of scope", r"add-on", r"optional", r"separately", r"quoted separately",
    r"n[aã]o (?:est[aá]o? )?inclu[ií]d[oa]s?", r"n[aã]o inclui", r"fora do escopo", r"opcional",
    r"separadamente", r"poder[aá] ser or[cç]ad[oa]", r"n[aã]o faz(?:em)? parte",
    r"n[aã]o (?:est[aá]o? )?contemplad[oa]s?", r"n[aã]o cobre",
    r"no (?:est[aá]n? )?incluid[oa]s?", r"no incluye", r"excluid[oa]s?", r"fuera del? alcance",
    r"por separado", r"separad[oa]s?", r"podr[aá] cotizarse", r"no forma(?:n)? parte",
    r"no (?:est[aá]n? )?contemplad[oa]s?", r"no cubre",
    r"tidak termasuk", r"tidak mencakup", r"di luar cakupan", r"terpisah",
    r"bukan (?:bagian|termasuk)", r"di luar (?:ruang lingkup|lingkup)", r"tidak menjadi bagian", r"(?:does|do) not (?:cover|include)",
)  # fmt: skip
# "Subscription fees are invoiced annually in advance", "DPA: Annex I": how the deal is billed
# or which document holds what, not something delivered
_PAPERWORK = cue(
    r"invoiced", r"billed", r"faturad[ao]s?", r"facturad[ao]s?", r"ditagihkan",
    r"(?:annex|schedule|exhibit|appendix|anexo|ap[eê]ndice|lampiran)\s+[ivx\d]+[.)]?\s*$",
)  # fmt: skip
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+.+"
    r"|(?:\d+\.?\s+|[A-Z]\.\s+|(?:cl[aá]usula|section|se[cç][aã]o|secci[oó]n|pasal)\s+\w+\W*\s*)"
    r"[^\s\d][^.;:]{0,70}"
    r"|\*\*[^*]+\*\*:?)\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?\s|[-*•]\s|\|\s*\d+\s*\||\(?[a-z]\)\s)")
_LIST_ITEM = re.compile(r"^\s*(?:[a-z]\.|\(?[a-z]\)|[ivx]+\.|[-*•])\s")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_WORD = re.compile(r"[^\W\d_]{2,}")


def committed_clauses(documents: list[Document]) -> list[Unit]:
    """Each clause, list item or table row (one line) of a contract section that commits the
    vendor ("4.1 Enterprise Support: 24x7 for Priority 1 incidents")."""
    return [
        Unit(doc, start, start + len(text), None, None)
        for doc, start, text, heading in _lines_under_headings(documents)
        if _CLAUSE.match(text)
        and not _TABLE_RULE.match(text)
        and len(_WORD.findall(text)) >= 5
        and _COMMITTED_SECTION.search(heading)
        and not _NOTHING_COMMITTED.search(heading)
        and not _CUSTOMER_DUTY.search(text.lstrip("|-*• "))
        and not _DEAL_TERM.match(text)
        and not _NOT_DELIVERED.search(text)
        and not _PAPERWORK.search(text)
    ]


def exclusions(documents: list[Document]) -> list[Unit]:
    """Each line of a contract that says the vendor does not deliver something ("6.3 A
    connector for SAP S/4HANA is not included"), that an out-of-scope section lists, or that a
    list opened by an excluding line holds ("4.3 The following are out of scope: / a. ...")."""
    out: list[Unit] = []
    listing = False
    last: Document | None = None
    for doc, start, text, heading in _lines_under_headings(documents):
        listing = listing and doc is last
        last = doc
        excluding = bool(_NOT_DELIVERED.search(text) or _EXCLUDED_SECTION.search(heading))
        item = _LIST_ITEM.match(text) is not None
        if len(_WORD.findall(text)) >= 3 and (excluding or (listing and item)):
            out.append(Unit(doc, start, start + len(text), None, None))
        if not (listing and item):
            listing = excluding and text.rstrip().endswith(":")
    return out


def _lines_under_headings(documents: list[Document]) -> Iterator[tuple[Document, int, str, str]]:
    """Each line that is no heading, with its start and the heading it stands under."""
    for doc in documents:
        heading = ""
        for start, text in stripped_lines(doc.text, 0):
            if is_heading(text):
                heading = text
            else:
                yield doc, start, text, heading


_EXCLUDED_SECTION = cue(
    r"out of scope", r"not included", r"exclusions?", r"fora do escopo", r"n[aã]o inclu[ií]do",
    r"exclus(?:ão|ões)", r"fuera del? alcance", r"no incluido", r"exclusiones",
    r"di luar cakupan", r"tidak termasuk", r"pengecualian", r"di luar (?:ruang )?lingkup",
)  # fmt: skip


def heading_over(text: str, at: int) -> str:
    """The heading of the section ``at`` stands in ("## 4. Nivel de servicio (SLA)" over
    "- Disponibilidad mensual: 99,9 %"), or ''."""
    starts, headings = _headings(text)
    before = bisect_left(starts, text.rfind("\n", 0, at) + 1)
    return headings[before - 1] if before else ""


@lru_cache(maxsize=64)
def _headings(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each heading line of ``text`` starts, and the headings."""
    found = [(start, line) for start, line in stripped_lines(text, 0) if is_heading(line)]
    return tuple(start for start, _ in found), tuple(line for _, line in found)


def is_heading(text: str) -> bool:
    """ "## 4. Support", "7. SOPORTE Y NIVEL DE SERVICIO", "**Fees**": short, no sentence end."""
    return (
        _HEADING.match(text) is not None
        and len(_WORD.findall(text)) <= 10
        and not text.rstrip("* ").endswith((".", ";"))
    )
