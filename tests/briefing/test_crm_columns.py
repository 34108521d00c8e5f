"""CRM column names from several CRMs and languages read as the field they hold."""

from __future__ import annotations

import pytest

from briefing.crm_columns import canonical_column
from briefing.parties import fold


@pytest.mark.parametrize(
    ("column", "field"),
    [
        ("Nombre de la cuenta", "company"),
        # Pipedrive's Indonesian export: "Orang" (person) before each contact column
        ("Orang - Nama", "full name"),
        ("Orang - Jabatan", "title"),
        ("Conta", "company"),
        ("properties.company", "company"),
        ("Organización", "company"),
        ("Account Owner", "owner"),
        ("hubspot_owner_name", "owner"),
        ("Propietario de Trato", "owner"),
        ("Nº funcionários", "employees"),
        ("properties.jumlah_karyawan", "employees"),
        ("Fecha de ganado", "close date"),
        ("closedate", "close date"),
        ("Etapa", "stage"),
        ("Importe", "amount"),
        ("Divisa", "currency"),
        ("Setor", "industry"),
        ("properties.produk", "products"),
        ("Origen del cliente potencial", "lead source"),
        ("Customer Success Manager", None),
        ("Customer Since", None),
        ("Contato do cliente", None),
        ("Executive Sponsor", None),
        ("Account Executive", "owner"),
        ("Estado", None),
        ("Contact: Full Name", "full name"),
        ("Nome", "full name"),
        # Zoho's Spanish deal-with-contacts export
        ("Nombre de Contacto", "full name"),
        ("Nome do Contato", "full name"),
        ("Nombre de Trato", None),
        ("data.person_id.name", "full name"),
        ("data.org_id.name", "company"),
        ("data.stage.name", None),
        # Salesforce's nested owner: "Owner": {"Name": ...}
        ("records.1.Owner.Name", "owner"),
        ("records.0.Account.NumberOfEmployees", "employees"),
        ("Owner.Email", None),
        ("Contact: Title", "title"),
        ("Cargo", "title"),
        ("data.title", None),
        ("Opportunity Name", None),
        ("Account ID", None),
        ("Tipo de cliente", None),
        ("Closed by", None),
        ("N° usuarios", None),
        ("Data go-live", None),
        ("firstname", "first name"),
        ("LAST_NAME", "last name"),
        ("Contact.FirstName", "first name"),
        ("Contact.Title", "title"),
        ("emailaddress1", "email"),
        ("user_id.email", None),
    ],
)
def test_column_names_read_as_their_field(column: str, field: str | None) -> None:
    assert canonical_column(fold(column)) == field
