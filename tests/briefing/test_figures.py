"""Numbers written in words are read as figures, in each supported language."""

from __future__ import annotations

import pytest

from briefing.answers import in_figures
from briefing.figures import figure_labels, scaled_figures, spelled_figures


@pytest.mark.parametrize(
    ("text", "lang", "figures"),
    [
        ("Last year we paid about three hundred ten thousand dollars.", "en", [310000]),
        ("A meta é cair as faltas de vinte e dois pra doze por cento.", "pt", [22, 12]),
        ("Son cuarenta licencias y treinta por ciento menos.", "es", [40, 30]),
        ("Kebijakan pembayaran kami enam puluh hari.", "id", [60]),
        ("seratus dua puluh lima ribu unit, dua belas bulan", "id", [125000, 12]),
        ("sejak sebelas bulan, lima ratus juta rupiah", "id", [11, 500000000]),
    ],
)
def test_spelled_numbers_are_read(text: str, lang: str, figures: list[int]) -> None:
    assert spelled_figures(text, lang) == figures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We meet once a week, one or two people.", "en"),  # small numbers are no figures
        ("We have 38 stores and 1.5 million users.", "en"),  # already written as figures
        ("Nos cuesta como 140 mil pesos al mes.", "es"),  # not "14" from "140 mil"
        ("São 38 lojas, trinta e oito no total.", "pt"),  # the figure is already in the text
        ("dua tiga orang saja", "id"),  # "two, three": two small numbers, not 23
        # the day of a date is no figure
        ("O piloto ficaria pra depois de vinte de janeiro.", "pt"),
        ("Go-live is on March twenty-second.", "en"),
        ("Mulai dua puluh lima Desember.", "id"),
        ("Nós falamos com a equipe.", "xx"),
    ],
)
def test_figures_already_written_or_small_are_not_repeated(text: str, lang: str) -> None:
    assert spelled_figures(text, lang) == []


def test_a_figure_is_labelled_with_the_unit_written_after_it() -> None:
    text = "I want that down from nine days to forty-eight hours, a twenty percent cut."
    assert figure_labels(text, "en") == ["9 days", "48 hours", "20%"]
    # under ten, only with its unit: "four of the sites" says no figure
    assert figure_labels("Four of the sites, in five weeks.", "en") == ["5 weeks"]
    assert figure_labels("Un descuento del treinta por ciento.", "es") == ["30%"]
    assert figure_labels("Diskon dua belas persen selama tiga puluh hari.", "id") == [
        "12%",
        "30 hari",
    ]
    # a currency named after the amount is its symbol before it
    text = "So the annual subscription comes to ninety thousand six hundred pounds."
    assert figure_labels(text, "en") == ["£90,600"]
    assert figure_labels("Son cuarenta mil euros al año.", "es") == ["€40,000"]
    assert figure_labels("São trinta mil reais por mês.", "pt") == ["R$ 30,000"]
    assert figure_labels("We moved forty thousand pounds of freight.", "en") == ["40,000"]


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        ("Baseline semester satu satu koma satu delapan liter per BCM.", "id", ["1.18"]),
        ("Targetnya nol koma sembilan persen.", "id", ["0.9%"]),
        ("Foi zero vírgula oito por cento a menos no reajuste.", "pt", ["0.8%"]),
        ("Hoy estamos en dos coma cinco días de media.", "es", ["2.5 días"]),
        ("We burn one point one eight litres per tonne.", "en", ["1.18"]),
        # a decimal already written as one is not repeated; a scale multiplies it; "at one
        # point" is no decimal
        ("We burn 1.18 litres per tonne.", "en", []),
        ("Nilainya satu koma lima juta rupiah.", "id", ["1,500,000"]),
        ("At one point two of them walked out.", "en", []),
    ],
)
def test_a_spelled_decimal_is_a_figure_whatever_its_size(
    text: str, lang: str, labels: list[str]
) -> None:
    assert figure_labels(text, lang) == labels


def test_an_answer_writes_a_spelled_decimal_as_its_language_does() -> None:
    assert in_figures("Dari data Pak Anes, baseline satu koma satu delapan liter.") == " [1,18]"
    assert in_figures("Son mil ciento cincuenta pesos por licencia.") == " [1.150]"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Faturamos R$ 40 milhões em 2025.", [40000000]),
        ("Facturación anual: USD 41 millones (2025).", [41000000]),
        ("Omzet kami 12 juta per bulan.", [12000000]),
        # a multiplier before what is counted writes a count, not an amount
        ("Vendemos uns 5 mil exemplares por ano.", []),
        ("Vendemos uns 5 mil Exemplares por ano.", []),
        ("2 million customers, 3 million in revenue.", [3000000]),
    ],
)
def test_an_amount_written_with_a_multiplier_is_not_a_count(text: str, amounts: list[int]) -> None:
    assert scaled_figures(text, amounts_only=True) == amounts
