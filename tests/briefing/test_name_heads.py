"""How a question's names are named by an answer."""

from __future__ import annotations

import pytest

from briefing.name_heads import name_heads, name_words, own_products
from briefing.questions import analyse
from ingest.models import Document


def _docs(text: str) -> dict[str, Document]:
    doc = Document(name="notes/n.md", source="notes/n.md", kind="note", title="n", text=text)
    return {doc.name: doc}


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Sistem apa yang diintegrasikan dengan SigapKebun Premi?", {"sigapkebun"}),
        ("Berapa harga Modul Timbang?", {"modul", "timbang"}),
        ("Which sites need Rotaplan Mobile?", {"rotaplan", "mobile"}),
        # a third party sold with ours is still theirs
        ("¿Cuándo vence el contrato con Amadeus?", set()),
    ],
)
def test_own_products_are_the_brand_and_products_named_whole(
    question: str, named: set[str]
) -> None:
    products = (
        "SigapKebun Panen, Modul Timbang; Rotaplan Mobile (engineer licence), Conector Amadeus"
    )
    assert own_products(analyse(question, set(), lambda _: 1.0), products) == named


def test_a_name_is_headed_by_its_first_word_not_a_common_noun() -> None:
    docs = _docs("Tiga divisi. Sigma Consultoria fez as customizações. Farm Kanigoro, farm lain.")
    names = {"consultoria", "kanigoro", "cibolang"}
    q = analyse(
        "Quantas horas a Sigma Consultoria estimou, e quantos no Farm Kanigoro e Divisi Cibolang?",
        set(),
        lambda _: 1.0,
    )
    heads = name_heads(q, names, docs)
    assert set(heads) == {"sigma", "kanigoro", "cibolang"}
    assert heads["kanigoro"] == "Farm Kanigoro"
    # a part is counted by its name's own words, not the common noun before it
    assert name_words(heads, docs) == {"sigma", "consultoria", "kanigoro", "cibolang"}
