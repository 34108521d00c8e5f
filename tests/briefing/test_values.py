"""Amounts and dates as people write them in EN, PT, ES and ID."""

from __future__ import annotations

import pytest

from briefing.values import dollar_currency, find_dates, find_money, writes_day_first


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("USD 120,000 per year", 120000, "USD"),
        ("R$ 1.234.567,89 total", 1234567.89, "BRL"),
        ("Rp 13.850.000.000", 13850000000, "IDR"),
        ("€85.000", 85000, "EUR"),
        ("120k USD", 120000, "USD"),
        ("$1.2 million", 1200000, "USD"),
        ("£9,950.00", 9950, "GBP"),
        ("$808,560.00 MXN", 808560, "MXN"),
        ("USD 412.800,00", 412800, "USD"),
        ("31.500 €/año con implantación", 31500, "EUR"),
        ("Son 1.200 € + IVA", 1200, "EUR"),
    ],
)
def test_money(text: str, amount: float, currency: str) -> None:
    [m] = find_money(text)
    assert m.amount == pytest.approx(amount) and m.currency == currency


@pytest.mark.parametrize(
    ("document", "currency"),
    [
        ("| Concepto | Importe (MXN) |\n| **Total** | **$9,305,600.00** |", "MXN"),
        ("Precio en pesos mexicanos.\nTotal: $120,000.00", "MXN"),
        ("Fees (USD)\nTotal: $120,000.00", "USD"),
        ("Total: $120,000.00", "USD"),
        ("Paid in CAD or USD.\nTotal: $120,000.00", "USD"),
    ],
)
def test_a_bare_dollar_sign_takes_the_one_currency_its_document_names(
    document: str, currency: str
) -> None:
    [m] = find_money(document.splitlines()[-1], dollar_currency(document))
    assert m.currency == currency


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("go-live on November 2, 2026", "2026-11-02"),
        ("2 de novembro de 2026", "2026-11-02"),
        ("el primero de octubre", "2026-10-01"),
        ("Thursday the third of September", "2026-09-03"),
        ("tanggal dua November", "2026-11-02"),
        ("até vinte de abril", "2027-04-20"),
        ("on 15/10/2026", "2026-10-15"),
        ("Target go-live: Monday 14 September 2026.", "2026-09-14"),
        ("em março de 2027", "2027-03"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert find_dates(text, "2026-08-20")[0].iso == iso


def test_the_month_may_written_after_a_day_is_a_date_and_the_verb_is_not() -> None:
    assert [d.iso for d in find_dates("our licence ends on 31 May", "2025-03-10")] == ["2025-05-31"]
    assert find_dates("the 31 may be enough", "2025-03-10") == []


def test_everyday_words_are_not_dates() -> None:
    assert find_dates("may I ask about the set of out-of-scope items", "2026-08-20") == []


def test_a_numeric_dates_order_is_the_one_its_parts_allow_else_the_materials() -> None:
    assert [d.iso for d in find_dates("29/10/2026", day_first=False)] == ["2026-10-29"]
    assert [d.iso for d in find_dates("03/04/2026", day_first=False)] == ["2026-03-04"]
    assert [d.iso for d in find_dates("03/04/2026", day_first=True)] == ["2026-04-03"]
    # and whose second part cannot be one is month first, whatever the convention
    assert [d.iso for d in find_dates("Go-Live Date: 8/31/2026", day_first=True)] == ["2026-08-31"]
    # dots and dashes too, one kind per date
    assert [d.iso for d in find_dates("31.08.2026 e 15-09-2026")] == ["2026-08-31", "2026-09-15"]
    assert find_dates("31.08-2026") == []
    # inside a longer dotted number or a reference, no date
    assert find_dates("4.1.12.2025") == [] and find_dates("PO-03-11-2026") == []


def test_a_reference_that_is_not_an_iso_date_is_ignored() -> None:
    assert [d.iso for d in find_dates("on 3 March 2027", "11/6/2026")] == ["2027-03-03"]


def test_english_prose_that_writes_the_day_first_reads_numeric_dates_day_first() -> None:
    british = ["Target Go-Live: 6 April 2027.", "Live by 1 March, no problem."]
    american = ["Target go-live: April 6, 2027.", "We'll have you live on March 1."]
    assert writes_day_first(british) and not writes_day_first(american)
    assert not writes_day_first(["Go-live in April 2027."])  # no day either way
    assert writes_day_first(["Kickoff on 6 Apr 2027."])
    assert not writes_day_first(["The other 3 may need training."])


def test_an_ordinal_day_of_a_month_is_a_day() -> None:
    said = "Licences run out on the 31st of May 2026; we go live by the 1st of March."
    assert [d.iso for d in find_dates(said, "2026-01-10")] == ["2026-05-31", "2026-03-01"]
    # "of" follows an ordinal day only: "item 4 of dec" is no date
    assert find_dates("item 4 of dec", "2026-01-10") == []
