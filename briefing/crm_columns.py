"""What a CRM export's column holds, whatever the CRM and the language named it.

Exports name one thing many ways: "Account Name", "Nombre de la cuenta", "Conta",
"properties.company", "Organización"; "Employees", "Nº funcionários", "jumlah_karyawan". Each
column's words are compared with the words of the common fields, in order, so that "Account
Owner" is the owner and not the account.
"""

from __future__ import annotations

import re

__all__ = ["canonical_column", "column_words"]

_WORDS = re.compile(r"[a-z0-9]+")

_COMPANY_WORDS = frozenset(
    [
        "account",
        "company",
        "cuenta",
        "conta",
        "organizacion",
        "organizacao",
        "organization",
        "organisation",
        "empresa",
        "cliente",
        "customer",
        "perusahaan",
        "pelanggan",
        "instansi",
    ]
)
# the words that name the deal's owner, our rep
_OWNER_WORDS = frozenset(
    [
        "owner",
        "propietario",
        "proprietario",
        "pemilik",
        "responsavel",
        "responsable",
        "vendedor",
        "vendedora",
        "salesperson",
    ]
)
# (canonical field, words any of which names it); the first rule a column meets wins
_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("owner", _OWNER_WORDS),
    ("currency", frozenset(["currency", "moneda", "moeda", "divisa"])),
    (
        "employees",
        frozenset(
            [
                "employees",
                "employee",
                "numberofemployees",  # Salesforce's Account.NumberOfEmployees
                "funcionarios",
                "empleados",
                "colaboradores",
                "karyawan",
                "pegawai",
                "headcount",
                "trabajadores",
                "trabalhadores",
            ]
        ),
    ),
    (
        "close date",
        frozenset(
            [
                "closedate",
                "cierre",
                "fechamento",
                "ganado",
                "ganho",
                "won",
                "closing",
                "closed",
                "close",
            ]
        ),
    ),
    (
        "stage",
        frozenset(
            [
                "stage",
                "dealstage",
                "etapa",
                "fase",
                "tahap",
                "estagio",
                "tahapan",
            ]
        ),
    ),
    (
        "industry",
        frozenset(
            ["industry", "sector", "setor", "industria", "industri", "vertical", "rubro", "ramo"]
        ),
    ),
    (
        "products",
        frozenset(["products", "product", "produtos", "productos", "produk", "modules", "modulos"]),
    ),
    ("amount", frozenset(["amount", "importe", "monto", "valor", "nilai", "tcv", "acv", "arr"])),
    # named before the customer's company, whose words they share ("Origen del cliente")
    ("lead source", frozenset(["source", "origen", "origem", "fuente", "fonte", "sumber"])),
    ("segment", frozenset(["segment", "segmento", "tier"])),
    ("company", _COMPANY_WORDS),
)
# a column that identifies or counts something is not its value ("Account ID", "Nº de usuarios")
_NOT_A_VALUE = frozenset(
    [
        "id",
        "ids",
        "code",
        "codigo",
        "kode",
        "url",
        "link",
        "domain",
        "dominio",
        "website",
        "tipo",
        "type",
        "jenis",
    ]
)
_DATE_WORDS = frozenset(["date", "fecha", "data", "tanggal"])
_OF = frozenset(["de", "do", "da", "del", "of", "the"])


def column_words(folded: str) -> list[str]:
    """The words of a folded column name, after any path ("properties.company" -> company)."""
    return _WORDS.findall(folded.rsplit(".", 1)[-1].replace("_", " "))


# a contact's own columns: "Contact: Full Name", "Nome", "Nombre completo"; "Contact: Title"
_PERSON_WORDS = frozenset(
    ["contact", "contacto", "contato", "kontak", "person", "pessoa", "persona", "orang", "full"]
)
_NAME_WORDS = frozenset(["name", "nome", "nombre", "nama", "completo", "lengkap"])
_TITLE_WORDS = frozenset(
    [
        "title",
        "job",
        "jobtitle",
        "cargo",
        "puesto",
        "jabatan",
        "position",
        "posicao",
        "posicion",
        "funcao",
        "funcion",
    ]
)


def canonical_column(folded: str) -> str | None:
    """The common field a folded column name holds ("nombre de la cuenta" -> "company"), or
    None for one this does not know."""
    words = column_words(folded)
    # a contact's name in two columns: "firstname", "first_name", "lastname", "surname"
    if words in (["firstname"], ["first", "name"], ["given", "name"]):
        return "first name"
    if words in (["lastname"], ["last", "name"], ["surname"], ["family", "name"]):
        return "last name"
    path = column_words(folded.rsplit(".", 1)[0]) if "." in folded else []
    if words in (["email"], ["e", "mail"], ["emailaddress1"], ["correo"], ["surel"]) and (
        not path or _PERSON_WORDS & set(path)
    ):
        return "email"  # "Contact.Email", Dynamics' "emailaddress1"; not the rep's "user_id.email"
    if set(words) <= _NAME_WORDS and "." in folded:
        # a nested export names what the name belongs to: "org_id.name", "person_id.name"
        words = column_words(folded.rsplit(".", 1)[0]) + words
        if _COMPANY_WORDS & set(words) or "org" in words:
            return "company"
        if _PERSON_WORDS & set(words):
            return "full name"
        # Salesforce's "Owner.Name" is the owner; other named things ("Stage.Name") are no field
        return "owner" if _OWNER_WORDS & set(words) else None
    if not words or _NOT_A_VALUE & set(words):
        return None
    # the seller: "Account Executive", "Sales Rep", "Ejecutivo de cuenta" (not an "Executive
    # Sponsor", nor the account)
    if {"executive", "ejecutivo", "executivo", "rep"} & set(words) and {
        "account", "sales", "cuenta", "conta", "ventas", "vendas", "comercial"
    } & set(words):  # fmt: skip
        return "owner"
    # "Nombre de Contacto", "Nome do Contato": the words between name its parts
    if _NAME_WORDS & set(words) and set(words) - _OF <= _NAME_WORDS | _PERSON_WORDS:
        return "full name"
    # a bare "title" may be a deal's ("data.title"): only a contact's ("Contact.Title") or a
    # job's title is one
    if words == ["title"] and _PERSON_WORDS & set(path):
        return "title"
    if (
        words != ["title"]
        and _TITLE_WORDS & set(words)
        and set(words) <= _TITLE_WORDS | _PERSON_WORDS
    ):
        return "title"
    if {"csm", "success", "since", "desde"} & set(words):
        return None  # "Customer Success Manager", "Customer Since": no company
    for field, names in _RULES:
        if names & set(words):
            if field == "company" and _PERSON_WORDS & set(words):
                continue  # "Contato do cliente" is a person
            if field == "close date" and not (_DATE_WORDS & set(words) or "closedate" in words):
                continue  # "Closed by" is no date
            return field
    return None
