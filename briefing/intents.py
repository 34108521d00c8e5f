"""Which briefing field a question asks for, by meaning: the example question it is closest to.

The answerer's word lists catch "who is the champion?"; a paraphrase ("who will drag their feet
on adoption?") shares no word with them but is close in meaning to "who is likely to resist
adoption?", an example in ``intents.toml``. Similarity is the embedder's own, so the thresholds
hold for multilingual-e5; an embedder whose similarities run lower simply matches no intent.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from importlib.resources import files
from typing import Literal, cast, get_args

import numpy as np
from numpy.typing import NDArray

__all__ = ["Intent", "IntentIndex"]

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
"""Closer than this to an example, the question asks for its field (multilingual-e5 scale)."""
MIN_MARGIN = 0.025
"""And this much closer than to any other intent's examples."""


class IntentIndex:
    """The example questions of each intent, embedded once."""

    def __init__(self, embed_query: Callable[[str], NDArray[np.float32]]) -> None:
        table = tomllib.loads(files("briefing").joinpath("intents.toml").read_text("utf-8"))
        unknown = set(table) - set(get_args(Intent))
        if unknown:
            raise ValueError(f"intents.toml: unknown intents {sorted(unknown)}")
        self._intents = [cast(Intent, name) for name, t in table.items() for _ in t["examples"]]
        self._vectors = np.stack(
            [embed_query(example) for t in table.values() for example in t["examples"]]
        )

    def match(self, question: NDArray[np.float32]) -> Intent | None:
        """The intent ``question`` (its embedding) asks for, or None when none is clear."""
        sims = self._vectors @ question
        best: dict[Intent, float] = {}
        for intent, sim in zip(self._intents, sims.tolist(), strict=True):
            best[intent] = max(best.get(intent, -1.0), sim)
        ranked = sorted(best.items(), key=lambda item: -item[1])
        (intent, top), (_, second) = ranked[0], ranked[1]
        return intent if top >= MIN_SIMILARITY and top - second >= MIN_MARGIN else None
