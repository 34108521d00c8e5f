"""Who is who: the customer and vendor, their people, titles, sides and roles in the deal.

Sources, strongest first: CRM contact roles, sentences that tie a person to a role cue
("Laura will need to sign off"), titles (CRM, email signatures, call participants, "our CFO,
Laura Mendes"), and who drove the calls.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from email.utils import getaddresses
from typing import Literal

from briefing.crm_columns import canonical_column
from briefing.lexicon import (
    CUSTOMER_VOICE,
    EVERYDAY_TOOLS,
    NAME_OPENERS,
    NAME_STOPWORDS,
    NOT_A_NAME,
    ROLE_CUES,
    SKEPTIC_SELF,
    STRONG_COMMITMENT,
    TITLE_RANKS,
    TITLE_ROLES,
    VENDOR_VOICE,
    cue,
)
from briefing.material import Material
from briefing.models import Evidence, Role, Stakeholder
from briefing.referents import RecentNames
from briefing.units import Unit, opens_sentence, same_segment
from ingest.models import Document

__all__ = [
    "FREE_MAIL",
    "LEGAL_FORM",
    "NAME_WORD",
    "Parties",
    "Person",
    "crm_records",
    "crm_value",
    "find_parties",
    "first_field",
    "fold",
    "is_domain_of",
    "same_person",
    "side_of_unit",
]

Side = Literal["customer", "vendor"]
FREE_MAIL = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"}
_CONTACT_ROLES: list[tuple[re.Pattern[str], Role]] = [
    (
        re.compile(r"economic|budget|decision maker|decisor|financ|comprador econ|tomador", re.I),
        "economic_buyer",
    ),
    (re.compile(r"executive|sponsor|patrocinador", re.I), "executive_sponsor"),
    (re.compile(r"champion|campe|defensor|project lead", re.I), "champion"),
    (
        re.compile(r"technical|tecnic|técnic|evaluator|avaliador|evaluador|it\b", re.I),
        "technical_evaluator",
    ),
    (
        re.compile(
            r"block|bloque|detractor|skeptic|opositor|c[eé]tic|esc[eé]ptic|skeptis|resist|"
            r"penghambat|penentang",
            re.I,
        ),
        "blocker",
    ),
    (re.compile(r"end user|user|usu[aá]ri[oa]|pengguna", re.I), "end_user"),
    (re.compile(r"influenc", re.I), "influencer"),
]
# a capitalised word of a name; "MacLeod", "McDonald" keep their second capital
NAME_WORD = r"(?:Ma?c(?=[A-Z]))?[A-ZÀ-Ý][a-zà-ÿ'’]+"
_NAME = (
    rf"{NAME_WORD}(?:[- ](?:(?:da|de|do|dos|das|del|la|van|von|bin|binti)\s)?{NAME_WORD}){{0,3}}"
)
_NAME_RE = re.compile(
    rf"(?<![\w@])(?:(?:Pak|Bu|Ibu|Bapak|Dra?\.?|Drs\.?|Sra?\.?|Srta\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?)\s)?"
    rf"({_NAME})"
)
_ORG_KEYS = ("account name", "account", "company", "company name", "associated company", "empresa",
             "cliente", "customer")  # fmt: skip
_CUSTOMER_LINE = re.compile(
    r"^\W*(?:[\d.]+\s+\W*)?(customer|client|cliente|contratante|comprador|pelanggan|pembeli|pemesan)"
    r"\b(?:[^:|]{0,20}:|\W{0,4}\|)\s*(.+)$",
    re.I,
)
_VENDOR_LINE = re.compile(
    r"^\W*(?:[\d.]+\s+\W*)?(provider|vendor|supplier|seller|fornecedor(?:a)?|contratad[ao]|proveedor|"
    r"prestador(?:a)?"
    r"|penyedia|penjual)\b(?:[^:|]{0,20}:|\W{0,4}\|)\s*(.+)$",
    re.I,
)
# a party named in bold, then the name the contract gives it: "(en adelante, "el Cliente")",
# "selanjutnya disebut **"Pelanggan"**", "hereinafter the "Customer""
_CUSTOMER_ROLES = r"cliente|customer|client|contratante|pelanggan|comprador"
_VENDOR_ROLES = r"proveedor|provider|vendor|supplier|fornecedor(?:a)?|contratada|penyedia"
_CUSTOMER_ROLE = re.compile(_CUSTOMER_ROLES, re.I)
_DESIGNATED = re.compile(
    r"\*\*(?P<name>[^*\n]{3,80})\*\*[^*]{0,400}?(?:en adelante|hereinafter(?: referred to as)?|"
    r"doravante(?: denominad[ao])?|selanjutnya disebut|en lo sucesivo)[,:\s]*(?:\*\*)?[\"“']?"
    rf"(?:el |la |the |a |o )?(?P<role>{_CUSTOMER_ROLES}|{_VENDOR_ROLES})\b",
    re.I,
)
_PARTY_WORDS = frozenset(
    [
        "customer",
        "client",
        "cliente",
        "contratante",
        "comprador",
        "pelanggan",
        "pembeli",
        "pemesan",
        "provider",
        "vendor",
        "supplier",
        "seller",
        "fornecedor",
        "fornecedora",
        "contratado",
        "contratada",
        "proveedor",
        "prestador",
        "prestadora",
        "penyedia",
        "penjual",
    ]
)
_SIGNATURE_TITLE = re.compile(r"^\s*([^,\n|]{2,60}?)\s*(?:[,|–-]\s*(.{2,80}))?\s*$")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching names."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


# a company's legal form, which says nothing of which company it is (and its initials leave
# out: "PT Armada Logistik Nusantara" is ALN)
LEGAL_FORM = re.compile(
    r"^(?:PT|Tbk|CV|Ltda|Ltd|LLC|Inc|Corp|SA|S\.A|SAS|SRL|S\.L|GmbH|Persero)\.?$", re.IGNORECASE
)


# what a domain adds to a company's first word: "kirana-hq", "rostrumlabs", "gajiku-id"
_DOMAIN_TAILS = frozenset(
    ["hq", "labs", "lab", "app", "apps", "software", "tech", "group", "solutions", "systems",
     "inc", "co", "io", "id", "br", "mx", "es", "digital", "online", "cloud"]
)  # fmt: skip


def is_domain_of(label: str, name: str) -> bool:
    """Whether an email domain's first label is the organisation's: "apoteka" is Apoteka's,
    not Apotek Sehat Bersama's; "sehatbersama" the latter's; "kirana-hq" Kirana Sistem's."""
    words = [w for w in fold(name).split() if not LEGAL_FORM.match(w.strip(".,"))]
    joined = "".join(re.sub(r"[^a-z0-9]", "", w) for w in words)
    core = re.sub(r"[^a-z0-9]", "", label.casefold())
    if len(core) < 3 or not joined:
        return False
    first = re.sub(r"[^a-z0-9]", "", words[0])
    head = re.match(r"[a-z0-9]+", label.casefold())
    return (
        joined.startswith(core)
        or core.startswith(joined)
        or (len(first) >= 4 and core.startswith(first) and core[len(first) :] in _DOMAIN_TAILS)
        or (head is not None and len(head[0]) >= 4 and head[0] == first)
        or (len(core) >= 6 and core in joined)  # "sehatbersama" for Apotek Sehat Bersama
    )


def _named_word(folded: str) -> str | None:
    """The first word of a folded organisation name that is not its legal form."""
    return next((w for w in folded.split() if not LEGAL_FORM.match(w.strip(".,"))), None)


def _clean_org(value: str) -> str:
    value = re.split(r"\s[(–-]\s?|[,;]\s|\.\s", value.strip())[0]
    return value.strip(" .*_#|")


@dataclass
class Person:
    name: str
    side: Side | None = None
    title: str | None = None
    org: str | None = None
    crm_role: Role | None = None
    crm_evidence: Evidence | None = None
    role_cues: Counter[str] = field(default_factory=Counter)
    evidence: list[Evidence] = field(default_factory=list)
    role_evidence: dict[str, Evidence] = field(default_factory=dict)
    referred: set[str] = field(default_factory=set)
    """The roles whose evidence only refers back to the person."""
    title_evidence: Evidence | None = None
    turns: int = 0
    voice: Counter[str] = field(default_factory=Counter)
    skeptic: int = 0
    emails: set[str] = field(default_factory=set)

    def cue_role(self, role: str, evidence: Evidence, *, named: bool = True) -> None:
        """Count a sentence that says the person's ``role``; one that names them ("Pak Agus
        skeptis berat") shows it better than one that only refers back to them ("mekanik di
        bawah beliau masih ragu")."""
        self.role_cues[role] += 1
        if role not in self.role_evidence or (named and role in self.referred):
            self.role_evidence[role] = evidence
            self.referred.discard(role)
            if not named:
                self.referred.add(role)

    def add_evidence(self, evidence: Evidence) -> None:
        if all(e.start != evidence.start or e.document != evidence.document for e in self.evidence):
            self.evidence.append(evidence)


# what a display name says in brackets after the name: "Larissa Moura (Kora)"
_IN_BRACKETS = re.compile(r"(?<=\w)\s*\(([^()]+)\)$")


def _bare(name: str) -> str:
    """A name without its honorific, rank, degree or company ("Dr. Ana Ruiz, PhD": "Ana Ruiz";
    "Larissa Moura (Kora)": "Larissa Moura")."""
    name = _IN_BRACKETS.sub("", " ".join(name.split()))
    return _HONORIFIC.sub("", _DEGREE.sub("", name))


def _same_name(a: list[str], b: list[str]) -> bool:
    """Whether two names of two words or more name one person: one is the other with words
    left out ("Claudia Ospina", "Claudia Patricia Ospina Vélez"; "Martha Lucía", "Martha Lucía
    Guerrero"), the first name kept."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(word in rest for word in short[1:])


def same_person(a: str, b: str) -> bool:
    """Whether two names name one person: the same, or one the other with words left out."""
    x, y = fold(_bare(a)).split(), fold(_bare(b)).split()
    return bool(x) and (x == y or _same_name(x, y))


@dataclass
class Parties:
    customer: str | None = None
    customer_evidence: Evidence | None = None
    vendor: str | None = None
    vendor_evidence: Evidence | None = None
    people: dict[str, Person] = field(default_factory=dict)
    customer_domains: set[str] = field(default_factory=set)
    vendor_domains: set[str] = field(default_factory=set)
    owner: Person | None = None
    owner_evidence: Evidence | None = None

    def resolve(self, name: str) -> Person | None:
        """A known person by full name, by a name that is the other with words left out
        ("Claudia Ospina" and "Claudia Patricia Ospina Vélez"), or by a first name that only one
        person has."""
        key = fold(_bare(name))
        if key in self.people:
            return self.people[key]
        tokens = key.split()
        if not tokens:
            return None
        prefixed = [p for k, p in self.people.items() if _same_name(tokens, k.split())]
        if len(prefixed) == 1:
            return prefixed[0]
        if len(tokens) == 1:
            matches = [p for k, p in self.people.items() if k.split()[0] == tokens[0]]
            if not matches:  # "el Mayor Quintero": a surname only one person has
                matches = [p for k, p in self.people.items() if k.split()[-1] == tokens[0]]
            if len(matches) == 1:
                return matches[0]
        return None

    def person(self, name: str) -> Person:
        name = _bare(name)
        found = self.resolve(name)
        if found is not None:
            if len(name.split()) > len(found.name.split()):
                del self.people[fold(found.name)]
                found.name = name
                self.people[fold(name)] = found
            return found
        person = Person(name=name)
        self.people[fold(name)] = person
        return person

    def side_of_org(self, org: str | None) -> Side | None:
        if not org:
            return None
        o = fold(org)
        if o in {"internal", "interno", "internal team"}:
            return "vendor"
        if o in {"external", "externo", "customer", "cliente"}:
            return "customer"
        # by the first word of its name after any legal form: "PT Kirana Sistem Tambang" is not
        # "PT Tambang Borneo Karya"
        own = _named_word(o)
        for name, side in ((self.customer, "customer"), (self.vendor, "vendor")):
            if not name or not own:
                continue
            if own in fold(name).split():
                return side  # type: ignore[return-value]
        return None

    def side_of_domain(self, email: str) -> Side | None:
        domain = email.rsplit("@", 1)[-1].lower()
        if domain in self.customer_domains:
            return "customer"
        if domain in self.vendor_domains:
            return "vendor"
        label = domain.split(".")[0]
        for name, side in ((self.customer, "customer"), (self.vendor, "vendor")):
            if name and label and is_domain_of(label, name):
                return side  # type: ignore[return-value]
        return None


def _field(unit: Unit) -> str:
    return fold(unit.field or "")


def crm_value(unit: Unit) -> tuple[str, Evidence]:
    """The value after ``Field: `` of a CRM line, with evidence for the value alone."""
    text = unit.text
    # the column's own name may hold ": " ("Contact: Full Name: Tamsin Reyes")
    field = unit.field or ""
    at = len(field) if field and text.startswith(f"{field}: ") else text.find(": ")
    start = unit.start + (at + 2 if at >= 0 else 0)
    return unit.doc.text[start : unit.end].strip(), unit.evidence(start, unit.end)


def crm_records(material: Material) -> dict[str, dict[str, Unit]]:
    """Each CRM record (document) as its lines by folded field name, and by the common name of
    what the column holds ("nombre de la cuenta" is also "company") where the record has no
    column of that name."""
    docs: dict[str, dict[str, Unit]] = {}
    for unit in material.of_kind("crm"):
        if unit.field:
            docs.setdefault(unit.doc.name, {})[_field(unit)] = unit
    for name, fields in list(docs.items()):
        docs.update(_contact_records(name, fields))
    for fields in docs.values():
        for key, unit in list(fields.items()):
            common = canonical_column(key)
            if common and common not in fields:
                fields[common] = unit
    return docs


# a line of a list inside a record: "contacts.2.firstname", "records.1.contact.title"
_LISTED = re.compile(r"^(.+?\.\d+)\.(.+)$")


def _contact_records(name: str, fields: dict[str, Unit]) -> dict[str, dict[str, Unit]]:
    """The contacts listed inside one exported record ({"company": ..., "contacts": [...]}),
    each a record of its own, taken out of the record that lists them."""
    groups: dict[str, dict[str, Unit]] = {}
    for key, unit in fields.items():
        m = _LISTED.match(key)
        if m:
            groups.setdefault(m[1], {})[m[2]] = unit
    contacts = {}
    for prefix, group in groups.items():
        common = {canonical_column(k) for k in group} | set(group)
        if {"first name", "last name"} <= common or (
            "full name" in common and common & {"title", *_EMAIL_KEYS}
        ):
            contacts[f"{name}@{prefix}"] = group
            for key in group:
                del fields[f"{prefix}.{key}"]
    return contacts


def first_field(fields: dict[str, Unit], keys: tuple[str, ...]) -> Unit | None:
    """The line of the first of ``keys`` (folded column names) the record has."""
    return next((fields[k] for k in keys if k in fields), None)


def _companies(material: Material, parties: Parties) -> None:
    for fields in crm_records(material).values():
        org = first_field(fields, _ORG_KEYS)
        if org is not None and not parties.customer:
            parties.customer, parties.customer_evidence = crm_value(org)
    for unit in material.of_kind("contract"):
        text = unit.text
        for pattern, attr in ((_CUSTOMER_LINE, "customer"), (_VENDOR_LINE, "vendor")):
            m = pattern.match(text)
            if m and (attr == "vendor" or not parties.customer):
                value = _clean_org(m[2])
                start = unit.start + m.start(2)
                # "| Provider | Customer |" is a table's header row, not the parties
                if value and fold(value) not in _PARTY_WORDS:
                    setattr(parties, attr, value)
                    setattr(parties, f"{attr}_evidence", unit.evidence(start, start + len(value)))
    for unit in material.of_kind("contract"):
        # "**Rodamar Rent a Car, S.L.** — CIF ... (en adelante, "el Cliente")"
        for m in _DESIGNATED.finditer(unit.text):
            attr = "customer" if _CUSTOMER_ROLE.fullmatch(m["role"]) else "vendor"
            value = _clean_org(m["name"])
            at = m["name"].find(value) if value else -1
            if at >= 0 and not getattr(parties, attr):
                start = unit.start + m.start("name") + at
                setattr(parties, attr, value)
                setattr(parties, f"{attr}_evidence", unit.evidence(start, start + len(value)))


# CRM columns (folded) as exported in English, Portuguese, Spanish and Indonesian
_OWNER_KEYS = (
    "owner",
    "deal owner",
    "opportunity owner",
    "account owner",
    "sales rep",
    "proprietario",
    "proprietario do negocio",
    "proprietario da oportunidade",
    "responsavel",
    "propietario",
    "propietario del negocio",
    "propietario de la oportunidad",
    "pemilik",
    "pemilik peluang",
)
_FIRST_NAME_KEYS = ("first name", "primeiro nome", "nome", "nombre", "nama depan")
_EMAIL_KEYS = ("email", "e-mail", "correo", "correo electronico", "surel")
# "Contact Role", "buying_role", "Rol en la compra", "rol_en_la_oportunidad", "Papel", "Peran"
_CONTACT_NAME_KEY = re.compile(r"contact|contato|contacto|kontak|full ?name|person", re.I)
_ROLE_KEY = re.compile(r"(?<![a-z])(?:role|rol|papel|peran)(?![a-z])", re.IGNORECASE)
# "drg. Maya Kusumawardani, Sp.Ort", "Capt. Yosef", "Ir. Budi", "Dr. Ana Ruiz, PhD": the person
_HONORIFIC = re.compile(
    r"^(?i:(?:drg|dr|dra|drh|capt|ir|prof|eng|engª|lic|ing|arq)\.\s*)+"
    # an honorific without its dot: "Dr Gareth Lowe", "Pak Agus Salim", "Chef Bambang"
    r"|^(?:(?:Dr|Dra|drh|Pak|Bu|Ibu|Bapak|Mbak|Mas|Chef|Capt|Sr|Sra|Srta|Mr|Mrs|Ms)\s+)+"
    r"(?=[A-ZÀ-Ý])"
    # a rank before a name ("el Mayor Quintero", "Kapten Yosef", "Coronel Paiva")
    r"|^(?:Mayor|Major|Coronel|Colonel|Capit[aá]n|Capit[aã]o|Captain|Teniente|Tenente|Sargento|"
    r"Sergeant|Comandante|Commander|Kapten|Kolonel|Letnan|Almirante|Admiral)\s+(?=[A-ZÀ-Ý])"
)
_DEGREE = re.compile(
    r"(?:,\s*(?:[A-Z][a-z]{0,3}\.(?:\s?[A-Z][a-z]{0,3}\.?)*|phd|mba|cpa|msc|md|esq|ak|ca)\.?)+$",
    re.I,
)
# words no person's name holds: a company's form, a department's, a product's, a preposition
_NOT_IN_A_NAME = NOT_A_NAME | frozenset(
    [
        "obs",
        "systems",
        "system",
        "group",
        "grupo",
        "secretaria",
        "secretaría",
        "direktur",
        "utama",
        "dir",
        "ops",
        "mgr",
        "program",
        "contrato",
        "licenciamento",
        "software",
        "connect",
        "sync",
        "holdings",
    ]
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "das",
        "dos",
        "del",
        "la",
        "las",
        "los",
        "le",
        "van",
        "von",
        "bin",
        "binti",
        "e",
        "y",
    ]
)
# columns named after a role, ticked per contact (folded)
_ROLE_COLUMNS: dict[str, Role] = {
    "champion": "champion",
    "campeao": "champion",
    "campeon": "champion",
    "economic buyer": "economic_buyer",
    "decision maker": "economic_buyer",
    "executive sponsor": "executive_sponsor",
    "sponsor": "executive_sponsor",
    "technical evaluator": "technical_evaluator",
    "blocker": "blocker",
    "detractor": "blocker",
}
_TICKED = re.compile(r"(?:true|yes|sim|s[ií]|ya|x|1)\s*$", re.I)
_LAST_NAME_KEYS = ("last name", "sobrenome", "apellido", "apellidos", "nama belakang")


def _crm_people(material: Material, parties: Parties) -> None:
    for fields in crm_records(material).values():
        owner_line = first_field(fields, _OWNER_KEYS)
        if owner_line and parties.owner is None:
            value, ev = crm_value(owner_line)
            owner = parties.person(value)
            owner.side = "vendor"
            owner.add_evidence(ev)
            parties.owner, parties.owner_evidence = owner, ev
        first = first_field(fields, _FIRST_NAME_KEYS)
        last = first_field(fields, _LAST_NAME_KEYS)
        name_unit = first_field(fields, ("name", "full name", "contact name", "nama"))
        # "Title", or what crm_records reads as one ("Cargo", "Job Title", "Contact: Title")
        title_unit = first_field(fields, ("title",))
        email_unit = first_field(fields, _EMAIL_KEYS)
        # (the owner's role column, "owner_role: Account Executive", is the rep's)
        role_units = [fields[k] for k in fields if _ROLE_KEY.search(k) and "owner" not in k]
        # a deal's record names the deal ("Harbourside Marinas - Marina Cloud group rollout"),
        # not a person: it has a stage or an amount, and no contact's name column ("Nombre de
        # Contacto" in a deal-with-contacts export)
        deal = ("stage" in fields or "amount" in fields) and not (
            name_unit and _CONTACT_NAME_KEY.search(name_unit.field or "")
        )
        if first and last:
            name = f"{crm_value(first)[0]} {crm_value(last)[0]}"
            name_ev = first.evidence(first.start, last.end)
        elif name_unit and not deal and (title_unit or role_units or email_unit):
            name, name_ev = crm_value(name_unit)
        else:
            continue
        person = parties.person(name)
        person.side = person.side or "customer"
        person.add_evidence(name_ev)
        if title_unit:
            person.title, person.title_evidence = crm_value(title_unit)
        if email_unit:
            email = crm_value(email_unit)[0].lower()
            person.emails.add(email)
            domain = email.rsplit("@", 1)[-1]
            if domain not in FREE_MAIL:
                parties.customer_domains.add(domain)
        # of two role columns ("hs_buying_role: INFLUENCER", "papel_no_negocio: Avaliador
        # técnico"), the one that says more
        for unit in role_units:
            value, ev = crm_value(unit)
            role = next((r for pattern, r in _CONTACT_ROLES if pattern.search(value)), None)
            soft = person.crm_role in _SOFT_CRM_ROLES and role not in _SOFT_CRM_ROLES
            if role and (person.crm_role is None or soft):
                person.crm_role, person.crm_evidence = role, ev
        # a ticked role column ("Champion: TRUE") says more than a generic contact role; the
        # record's notes say how the person stands ("observacoes: Resistente.")
        read = {id(u) for u in (first, last, name_unit, title_unit, email_unit, *role_units)}
        for key, unit in fields.items():
            value, ev = crm_value(unit)
            ticked = _ROLE_COLUMNS.get(key)
            if ticked and _TICKED.match(value):
                person.crm_role, person.crm_evidence = ticked, ev
            elif id(unit) not in read and not _NOT_ABOUT_THEM.search(key):
                for cued, pattern in ROLE_CUES.items():
                    if pattern.search(value):
                        person.cue_role(cued, ev)
    if parties.owner:
        for email in parties.owner.emails:
            parties.vendor_domains.add(email.rsplit("@", 1)[-1])


def _email_people(material: Material, parties: Parties) -> None:
    for doc in material.documents:
        if doc.kind != "email":
            continue
        sender = None
        for header in ("from", "to", "cc"):
            raw = doc.fields.get(header, "")
            for display, addr in getaddresses([raw]):
                name = display.strip().strip('"')
                if not name or "@" in name or len(name.split()) < 2:
                    continue
                folded = fold(name)
                # a month or a holiday is a name here: "Fajar Ramadhan <fajar@lintasdata.co.id>"
                if any(w in NAME_STOPWORDS for w in folded.replace(".", " ").split()) or any(
                    org and (folded in fold(org) or fold(org) in folded)
                    for org in (parties.customer, parties.vendor)
                ):
                    continue  # "Benchbridge GmbH", "Clínica Vitalis"
                person = parties.person(name)
                if addr:
                    person.emails.add(addr.lower())
                    person.side = person.side or parties.side_of_domain(addr)
                line_at = doc.text.find(f"{header.capitalize()}: ")
                at = doc.text.find(name, line_at if line_at >= 0 else 0)
                if at >= 0:
                    person.add_evidence(Unit(doc, at, at + len(name), None, None).evidence())
                if header == "from":
                    sender = person
        if sender is not None:
            _signature(doc, sender)


def _signature(doc: Document, sender: Person) -> None:
    """Title and organisation from the sender's signature block under their name."""
    body_at = doc.text.find("\n\n")
    lines = doc.text.split("\n")
    pos = 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    first = fold(sender.name.split()[0])
    for i, line in enumerate(lines):
        start = offsets[i]
        if start < body_at or doc.is_quoted(start, start + len(line)):
            continue
        folded = fold(line.strip(" -–—*"))
        if folded not in (fold(sender.name), first) or i + 1 >= len(lines):
            continue
        nxt = lines[i + 1].strip()
        m = _SIGNATURE_TITLE.match(nxt)
        if not nxt or not m or any(ch.isdigit() for ch in m[1]) or "@" in nxt:
            continue
        title_start = offsets[i + 1] + lines[i + 1].index(m[1])
        if sender.title is None:
            sender.title = m[1].strip()
            sender.title_evidence = Unit(
                doc, offsets[i], title_start + len(m[1]), None, None
            ).evidence()
        if m[2] and not sender.org:
            sender.org = _clean_org(m[2])
        sender.add_evidence(Unit(doc, offsets[i], offsets[i] + len(line), None, None).evidence())


def _participants(material: Material, parties: Parties) -> None:
    for doc in material.documents:
        if doc.kind != "call":
            continue
        for entry in doc.participants:
            m = re.match(r"^([^()]+?)\s*\((.+)\)\s*$", entry)
            name, extra = (m[1], m[2]) if m else (entry, "")
            if len(name.split()) < 1 or fold(name) in NOT_A_NAME:
                continue
            person = parties.person(name)
            bits = [b.strip() for b in extra.split(",") if b.strip()]
            for bit in bits:
                side = parties.side_of_org(bit)
                if side:
                    person.side = person.side or side
                    person.org = person.org or bit
                elif person.title is None and any(p.search(bit) for p, _ in TITLE_ROLES):
                    person.title = bit
            at = doc.text.find(entry)
            if at < 0:
                at = doc.text.find(name)
            if at >= 0:
                person.add_evidence(
                    Unit(
                        doc, at, at + len(entry if entry in doc.text else name), None, None
                    ).evidence()
                )


# a recorder's label for a voice it could not name: "Speaker 3", "Participante 2", "Unknown"
_UNNAMED = re.compile(
    r"(?:speaker|participant|guest|unknown(?: speaker)?|orador|falante|participante|hablante|"
    r"invitado|convidado|pembicara|peserta|tamu|spk)(?:[\s_-]*(?:\d+|[A-Z]))?",
    re.IGNORECASE,
)


# what a meeting tool writes in brackets after a name that is no organisation: "Ana (Host)"
_NOT_AN_ORG = frozenset(
    ["host", "co-host", "guest", "organizer", "organiser", "external", "internal", "me", "you",
     "anfitriao", "anfitrion", "convidado", "invitado", "tamu", "tuan rumah"]
)  # fmt: skip


def _speakers(material: Material, parties: Parties) -> None:
    for unit in material.of_kind("call"):
        if not unit.speaker or _UNNAMED.fullmatch(unit.speaker.strip()):
            continue
        # a display name with its company: "Larissa Moura (Kora)"
        label = _IN_BRACKETS.search(unit.speaker.strip())
        person = parties.person(unit.speaker)
        if label and person.org is None and fold(label[1]) not in _NOT_AN_ORG:
            person.org = label[1]
        person.turns += 1
        if len(person.evidence) < 3:
            seg = unit.doc.segment_at(unit.start)
            if seg is not None:
                person.add_evidence(unit.evidence())
        if VENDOR_VOICE.search(unit.text) or STRONG_COMMITMENT.search(unit.text):
            person.voice["vendor"] += 1
        if CUSTOMER_VOICE.search(unit.text):
            person.voice["customer"] += 1
        if SKEPTIC_SELF.search(unit.text):
            person.skeptic += 1
            person.role_evidence.setdefault("blocker", unit.evidence())
    for person in parties.people.values():
        if person.side is None and person.voice:
            vendor, customer = person.voice["vendor"], person.voice["customer"]
            if vendor > customer:
                person.side = "vendor"
            elif customer > vendor:
                person.side = "customer"


# between a title and the name after it: punctuation, an article or an honorific
_TITLE_GAP = re.compile(
    r"[\s,:;()–—-]*(?:(?:the|a|o|el|la|pak|bu|ibu|bapak|sr|sra|dr|dra|mr|ms|mrs)\.?\s*)?$",
    re.IGNORECASE,
)


# what a title names the department of, and the rank before it that makes it one ("Kepala IT",
# "Head of Data", "Gerente de Sistemas")
_DEPARTMENT = re.compile(
    r"data|dados|datos|integra\w*|security|segurança|seguridad|keamanan|sistemas|teknologi|"
    r"infraestrutura|infraestructura|inform[aá]tica|technical|técnic[oa]|financ\w*|finanzas|"
    r"finanças|keuangan|budget|it|ti",
    re.IGNORECASE,
)
_RANKED = re.compile(r"([\w-]+)\s+(?:(?:of|de|da|do|del)\s+)?(?:the\s+)?$")


def _ranked(text: str, end: int) -> bool:
    """Whether a rank stands right before ``end`` ("Kepala ", "Head of ")."""
    m = _RANKED.search(text, 0, end)
    return m is not None and fold(m[1]) in TITLE_RANKS


def _title_near(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A title phrase right before or after the name at ``[start, end)`` of ``sentence``."""
    window_before = sentence[max(0, start - 40) : start]
    window_after = sentence[end : end + 45]
    for pattern, _ in TITLE_ROLES:
        for m in pattern.finditer(window_after):
            if (
                m.start() <= 12
                and re.match(
                    r"^\s*(?:,|\(|-|–|(?:is|é|es|adalah|our|nosso|nossa|nuestr[oa])\b)",
                    window_after,
                )
                # "Integra Solusi, di data center mereka": a place, not a title
                and not _PLACE_WORD.search(window_after[: m.start()])
            ):
                return m[0], end + m.start(), end + m.end()
        for m in pattern.finditer(window_before):
            # "CFO Glenn Haverford", "Head of IT: Ana Lima"; not "vicepresidente para América
            # Latina", a place, nor a department written straight before a name without a
            # rank ("Integrasi Accurate Online sudah standar", "Data Google Sheets berantakan")
            if (
                _DEPARTMENT.fullmatch(m[0])
                # "IT (Raj)", "IT: Raj Patel" name a department; "call it the Bermuda Triangle"
                and not (m[0][:1].isupper() and re.search(r"[(:,–—-]", window_before[m.end() :]))
                and not _ranked(window_before, m.start())
            ):
                continue
            if len(window_before) - m.end() <= 6 and _TITLE_GAP.match(window_before[m.end() :]):
                off = max(0, start - 40)
                return m[0], off + m.start(), off + m.end()
    return None


_PLACE_WORD = re.compile(
    r"(?<!\w)(?:di|ke|dari|in|at|to|from|em|en|no|na|para)(?!\w)", re.IGNORECASE
)
# "Dale Pruneda (", "**Hendra** (": a name, then the parenthesis that describes it
_APPOSITION = re.compile(
    r"(?:[A-ZÀ-Ý][\wÀ-ÿ'’.-]*\s+[A-ZÀ-Ý][\wÀ-ÿ'’.-]*|\*\*[A-ZÀ-Ý][^*\n]{0,40}\*\*)\s*\([^()]*$"
)


def _in_apposition(text: str, at: int) -> bool:
    """Whether ``at`` is inside a parenthesis right after a name: "Dale Pruneda (Bowling Green
    site mgr) is skeptical" describes Dale; "Bowling Green" is no one."""
    return _APPOSITION.search(text, 0, at) is not None


def _without_opener(
    name: str, at: int, opens: bool = False, common: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """A capitalised run without the words that open a sentence before a name ("Soy Felipe
    Soto", "Hola Maria Costa", and, when it ``opens`` the sentence, a word the material writes
    in lower case: "Usamos Cardinal"), and where the name itself starts."""
    while (first := re.match(r"(\S+)\s+", name)) and (
        fold(first[1]) in NAME_OPENERS or (opens and first[1].casefold() in common)
    ):
        at += first.end()
        name = name[first.end() :]
        opens = False
    return ("" if fold(name) in NOT_A_NAME else name), at


def _mentions(material: Material, parties: Parties) -> None:
    known_orgs = {fold(x) for x in (parties.customer, parties.vendor) if x}
    carried: list[str] = []
    # the one name the last sentence with names named, where it was, its mention
    subject: tuple[Unit, str, Evidence] | None = None
    recent = RecentNames(material.language)
    for unit in material.units:
        if unit.kind == "crm":
            continue
        text = unit.text
        names = []
        said: set[tuple[str, Evidence]] = set()  # every name this sentence holds
        people_said: set[tuple[str, Evidence]] = set()  # the names of people it knows
        recent.forget_other_documents(unit)
        person_end = -1  # where the last person (or two-word name) this sentence names ends
        for m in _NAME_RE.finditer(text):
            # a known name ("Luz Adriana Becerra") keeps its first word, common or not
            opens = opens_sentence(text, m.start(1)) and not parties.resolve(m[1])
            name, at = _without_opener(m[1], m.start(1), opens, material.common_words)
            folded = fold(name)
            gap = text[person_end : m.start()] if person_end >= 0 else ""
            if (
                not name
                # "Bambang Sutrisno (Kaprod Gresik)": what the brackets after a person say of them
                or re.fullmatch(r"\s*\(", gap)
                or any(w in NOT_A_NAME for w in re.split(r"[\s-]+", folded))
                or folded.split()[-1] in TITLE_RANKS  # "Transport & Dispatch Supervisor"
                # "Data Google Sheets berantakan", "Sistemas: Google Workspace y CONTPAQi"
                or folded in EVERYDAY_TOOLS
                or folded in known_orgs
                or any(folded in o or o in folded for o in known_orgs)
            ):
                continue
            person = parties.resolve(name)
            if person is None and any(len(set(folded.split()) & set(o.split())) >= 2
                                      for o in known_orgs):  # fmt: skip
                # "General Manager, Bounce Kingdom Glasgow": a branch of the customer, named
                # by two words of its name, is no one ("Carla Santos" at Santos Brasil is)
                continue
            mention = unit.evidence(unit.start + at, unit.start + m.end(1))
            if person is not None or len(name.split()) >= 2:
                said.add((person.name if person else name, mention))
                person_end = m.end(1)
            if person is not None:
                people_said.add((person.name, mention))
            if person is None:
                if len(name.split()) < 2 or _in_apposition(text, at):
                    continue
                title = _title_near(text, at, m.end(1))
                cue_here = any(p.search(text) for p in ROLE_CUES.values())
                if not title and not cue_here:
                    recent.note(unit, name, at, mention, known=False)
                    continue
                person = parties.person(name)
            recent.note(unit, person.name, at, mention, known=True)
            names.append((person, at, m.end(1)))
            person.add_evidence(mention)
            if person.title is None:
                title = _title_near(text, at, m.end(1))
                if title:
                    person.title = title[0]
                    lo = min(at, title[1])
                    hi = max(m.end(1), title[2])
                    person.title_evidence = unit.evidence(unit.start + lo, unit.start + hi)
        if said:
            # "Jake Morrow - Silver Hollow ski school.": the one person it names, beside a place
            named = said if len({n for n, _ in said}) == 1 else people_said
            only = {name for name, _ in named}
            subject = (unit, *min(named, key=lambda s: s[1].start or 0)) if len(only) == 1 else None
        if not said and subject is not None and same_segment(subject[0], unit):
            # "- **Sandra Ferraz** -> dir. financeira. ASSINA tudo acima de 50k.": a sentence
            # without a subject goes on about the one person its item named
            roles = [role for role, pattern in ROLE_CUES.items() if pattern.search(text)]
            if roles:
                person = parties.person(subject[1])
                person.add_evidence(subject[2])
                for role in roles:
                    person.cue_role(role, unit.evidence(), named=False)
                continue
        if not names:
            referent = recent.cues_of_referent(unit, ROLE_CUES)
            if referent is None:
                # "There is resistance. Dr. Prado thinks..." : a cue often precedes the name
                carried = [r for r, p in ROLE_CUES.items() if p.search(text)]
                continue
            # "Gary runs dispatch ... But he's going to be skeptical."
            name, mention, roles = referent
            person = parties.person(name)
            person.add_evidence(mention)
            for role in roles:
                person.cue_role(role, unit.evidence(), named=False)
            carried = []
            continue
        for role in carried:
            names[0][0].cue_role(role, unit.evidence())
        carried = []
        for role, pattern in ROLE_CUES.items():
            for cue_match in pattern.finditer(text):
                person, _, _ = min(
                    names,
                    key=lambda n: min(abs(n[1] - cue_match.end()), abs(n[2] - cue_match.start())),
                )
                if unit.speaker and fold(unit.speaker) == fold(person.name) and role != "blocker":
                    continue  # people rarely name their own role; "I" sentences are ambiguous
                person.cue_role(role, unit.evidence())


def find_parties(material: Material) -> Parties:
    parties = Parties()
    _companies(material, parties)
    _crm_people(material, parties)
    _participants(material, parties)
    _email_people(material, parties)
    _learn_domains(parties)
    _speakers(material, parties)
    _mentions(material, parties)
    for person in parties.people.values():
        if person.side is None:
            person.side = parties.side_of_org(person.org)
        if person.side is None:
            for email in person.emails:
                person.side = parties.side_of_domain(email)
    return parties


def _learn_domains(parties: Parties) -> None:
    """Email domains of people whose side is known tell the side of everyone else at them."""
    for person in parties.people.values():
        for email in person.emails:
            domain = email.rsplit("@", 1)[-1]
            if domain in FREE_MAIL:
                continue
            if person.side == "vendor" and domain not in parties.customer_domains:
                parties.vendor_domains.add(domain)
            elif person.side == "customer" and domain not in parties.vendor_domains:
                parties.customer_domains.add(domain)
    for person in parties.people.values():
        if person.side is None:
            for email in person.emails:
                person.side = person.side or parties.side_of_domain(email)


# a CRM column about something other than the contact: "Empresa: Resistência Elétrica"
_NOT_ABOUT_THEM = re.compile(
    r"(?<![a-z])(?:compan\w*|empresa|account|conta|cuenta|perusahaan|address|endere\w*|"
    r"direcci\w*|alamat|city|cidade|ciudad|kota|site|sede|produ\w*)(?![a-z])",
    re.IGNORECASE,
)
# CRM roles that say little about a person's stance: what the calls show about resistance wins
_SOFT_CRM_ROLES = ("influencer", "end_user")
# the word for the role itself, not a doubt voiced ("skeptis tapi fair"), nor denied ("no
# longer a blocker", "ya no es bloqueador", "bukan penghambat")
_BLOCKER_LABEL = cue(r"blocker", r"bloqueador[a]?", r"detractor[a]?", r"penghambat")
_DENIED = cue(r"no", r"not", r"isn['’]t", r"longer", r"never", r"tidak", r"bukan", r"nggak", r"não",
              r"nunca", r"sin", r"sem", r"ningún", r"nenhum")  # fmt: skip


def _labelled_blocker(quote: str) -> bool:
    """Whether ``quote`` calls someone the blocker, no denial in the three words before."""
    return any(
        not _DENIED.search(" ".join(quote[: m.start()].split()[-3:]))
        for m in _BLOCKER_LABEL.finditer(quote)
    )


def _title_role(title: str | None) -> Role | None:
    if not title:
        return None
    for pattern, role in TITLE_ROLES:
        if pattern.search(title):
            return role  # type: ignore[return-value]
    return None


def _a_person(person: Person, orgs: list[str]) -> bool:
    """Whether a name read from the material is a person's: not the customer's own name
    ("Armada Logistik Nusantara"), a company, product or department ("Lumea Capta", "Ponte
    Idiomas Ltda.", "Direktur Utama") or words after a preposition ("By Oracle"). Someone with
    an email, a CRM role or turns in a call is a person whatever their name."""
    name = fold(person.name)
    if any(name in o for o in orgs):
        return False
    if person.emails or person.crm_role:
        return True
    if name in NOT_A_NAME:  # "Semua: Waalaikumsalam." is everyone in the room
        return False
    if person.turns:
        return True
    words = name.replace(",", " ").split()
    if not person.name[:1].isupper() or any(
        w.rstrip(".") in _NOT_IN_A_NAME for w in words if w not in _PARTICLES
    ):
        return False
    # an organisation's product, branch or brand ("Lumea Capta", "Rede Ponte Idiomas", "Clínica
    # Vitalis"); a "Carla Santos" at Santos Brasil who writes or speaks was kept above
    firsts = {o.split()[0] for o in orgs if o and len(o.split()[0]) >= 4}
    return not firsts & set(words)


_ECONOMIC_BUYER_LABEL = re.compile(
    r"economic buyer|comprador econ[oó]mico|decisor econ[oó]mico|pembeli ekonomi", re.I
)
_DECISION_MAKER_LABEL = re.compile(
    r"decision maker|tomador de decis[aã]o|decisor|pengambil keputusan", re.I
)


def stakeholders(parties: Parties) -> tuple[list[Stakeholder], list[str]]:
    """The customer's stakeholder map, and the names whose role is only inferred."""
    out: list[Stakeholder] = []
    inferred: list[str] = []
    orgs = [fold(_clean_org(o)) for o in (parties.customer, parties.vendor) if o]
    customers = [
        p
        for p in parties.people.values()
        if p.side != "vendor" and p.evidence and _a_person(p, orgs)
    ]
    for person in customers:
        role: Role | None = None
        evidence: list[Evidence] = []
        resists = bool(person.role_cues.get("blocker")) or person.skeptic >= 2
        # an evaluator someone calls the blocker ("Héctor – THE blocker.") is the blocker
        said = person.role_evidence.get("blocker")
        named_blocker = (
            person.crm_role == "technical_evaluator"
            and said is not None
            and _labelled_blocker(said.quote)
            # not their own "saya tidak lihat blocker"
            and person.name.split()[0] not in (said.locator or "")
        )
        if person.crm_role and not (
            (resists and person.crm_role in _SOFT_CRM_ROLES) or named_blocker
        ):
            role = person.crm_role
        elif resists:
            role = "blocker"
        elif person.role_cues:
            role = person.role_cues.most_common(1)[0][0]  # type: ignore[assignment]
        elif _title_role(person.title):
            role = _title_role(person.title)
        # the CRM's role, then what was said that shows it ("Mayor Quintero = el palo en la
        # rueda")
        if role and role == person.crm_role and person.crm_evidence:
            evidence.append(person.crm_evidence)
        if role and role in person.role_evidence:
            evidence.append(person.role_evidence[role])
        if person.title_evidence:
            evidence.append(person.title_evidence)
        if role is None:
            if person.side is None and person.turns == 0:
                continue  # a name in passing with no side, title or role is not a stakeholder
            role = "influencer"
            inferred.append(person.name)
        elif not evidence:
            inferred.append(person.name)
        evidence.extend(person.evidence[:2])
        unique: list[Evidence] = []
        for ev in evidence:
            if all((ev.document, ev.start) != (u.document, u.start) for u in unique):
                unique.append(ev)
        out.append(
            Stakeholder(
                name=person.name,
                title=person.title,
                role=role,
                organisation=person.org
                or (parties.customer if person.side == "customer" else None),
                notes=f"{person.turns} turns in calls" if person.turns else None,
                evidence=unique[:4],
            )
        )
    # the CRM's "Decision Maker", a chief executive, beside the contact it names "Economic
    # Buyer" sponsors the deal: the other holds the budget
    buyers = [s for s in out if s.role == "economic_buyer"]
    if not any(s.role == "executive_sponsor" for s in out) and any(
        _ECONOMIC_BUYER_LABEL.fullmatch(e.quote) for s in buyers for e in s.evidence
    ):
        out = [
            s.model_copy(update={"role": "executive_sponsor"})
            if s in buyers
            and _title_role(s.title) == "executive_sponsor"
            and any(_DECISION_MAKER_LABEL.fullmatch(e.quote) for e in s.evidence)
            else s
            for s in out
        ]
    if out and not any(s.role == "champion" for s in out):
        speakers = sorted(
            (
                p
                for p in customers
                if p.turns and not p.crm_role and not p.role_cues and p.skeptic < 2
            ),
            key=lambda p: -p.turns,
        )
        if speakers:
            lead = speakers[0]
            for i, s in enumerate(out):
                if s.name == lead.name:
                    out[i] = s.model_copy(
                        update={
                            "role": "champion",
                            "notes": (
                                f"inferred: the customer's most active voice ({lead.turns} turns)"
                            ),
                        }
                    )
                    if lead.name not in inferred:
                        inferred.append(lead.name)
    rank = {
        r: i
        for i, r in enumerate(
            [
                "executive_sponsor",
                "economic_buyer",
                "champion",
                "technical_evaluator",
                "blocker",
                "end_user",
                "influencer",
            ]
        )
    }
    out.sort(key=lambda s: (rank[s.role], s.name))
    return out, inferred


def side_of_unit(unit: Unit, parties: Parties) -> Side | None:
    """Whose words a sentence is: the call speaker's side, or the email sender's (or, in a
    message the email forwards, its writer's)."""
    if unit.kind in ("call", "email") and unit.speaker:
        person = parties.resolve(unit.speaker)
        return person.side if person else None
    if unit.kind == "email":
        name = unit.doc.author
        person = parties.resolve(name) if name else None
        if person and person.side:
            return person.side
        email = re.search(r"[\w.+-]+@[\w.-]+", unit.doc.fields.get("from", ""))
        return parties.side_of_domain(email[0]) if email else None
    return None
