"""The clauses of a contract that commit the vendor, section by section."""

from __future__ import annotations

from briefing.contract_terms import committed_clauses
from ingest.loader import parse_file

ORDER_FORM = """# ORDER FORM OF-2026-17

**Customer:** Acme Logistics ("Customer")

## 1. Subscription and services
| # | Item | Description | Fees |
|---|------|-------------|------|
| 1 | Routing Enterprise | Route planning for up to 120 dispatchers, SSO included | 90,000 |

## 2. Term and payment
2.1 Subscription Term: thirty-six (36) months from 1 December 2026.
2.2 Payment terms: net forty-five (45) days from the invoice date.

## 3. Support and service levels
3.1 Enterprise Support: 24x7 for Priority 1 incidents, four-hour response otherwise.
3.2 Availability commitment: 99.9% per calendar month.
3.3 Customer will provide a named administrator for every depot.

## 4. Out of scope
4.1 Telematics hardware installation at the depots of the Customer.

## 5. Signatures
| For Acme Logistics | For Routing Inc. |
"""


def test_clauses_of_committing_sections_are_commitments() -> None:
    [doc] = parse_file("contract/order-form.md", ORDER_FORM.encode(), kind="contract")
    clauses = [u.text for u in committed_clauses([doc])]
    assert any("Route planning for up to 120 dispatchers" in c for c in clauses)
    assert any(c.startswith("2.2 Payment terms") for c in clauses)
    assert any(c.startswith("3.1 Enterprise Support") for c in clauses)
    assert any(c.startswith("3.2 Availability commitment") for c in clauses)
    # the deal's term, the customer's own duties, what is out of scope, headings, table rules
    assert not any(
        c.startswith(("2.1", "3.3", "4.1", "#", "|---", "| #", "| For")) for c in clauses
    ), clauses
    assert len(clauses) == 4, clauses


def test_a_plain_text_contract_with_numbered_headings_is_read_the_same_way() -> None:
    text = (
        "ORDEN DE SERVICIO\n\n"
        "1. SOPORTE Y NIVEL DE SERVICIO\n"
        "1.1 Soporte en español de lunes a viernes de 8 a 18 horas.\n"
        "1.2 El Cliente proveerá los dispositivos móviles para el uso en obra.\n"
        "2. ACUERDO COMPLETO\n"
        "2.1 Esta orden y los términos generales constituyen el acuerdo completo entre las partes.\n"
    )
    [doc] = parse_file("contract/orden.txt", text.encode(), kind="contract")
    clauses = [u.text for u in committed_clauses([doc])]
    assert clauses == ["1.1 Soporte en español de lunes a viernes de 8 a 18 horas."]
