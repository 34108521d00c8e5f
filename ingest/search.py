"""Hybrid retrieval: dense (Chroma) and lexical (BM25) rankings fused by reciprocal rank.

Every search is confined to one account: the dense query filters on it and the lexical
index is built from that account's chunks only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ingest.embeddings import Embedder
from ingest.lexical import LexicalIndex
from ingest.models import Chunk, Hit
from ingest.store import ChromaStore

__all__ = ["HybridSearcher", "fused_best", "reciprocal_rank_fusion"]

RRF_K = 60


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of ``1 / (k + rank)`` over the rankings each id appears in (rank from 1)."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + 1.0 / (k + rank)
    return scores


def fused_best(fused: dict[str, float], lexical: list[tuple[str, float]], k: int) -> list[str]:
    """The ``k`` ids fused best, with the lexical ranking's first when it scores far ahead of
    its runner-up: a chunk that alone holds the query's rare words ("P1", "response") is kept,
    however far the meaning ranks it (rank fusion weighs it like the dense ranking's first)."""
    best = sorted(fused, key=lambda cid: (-fused[cid], cid))[:k]
    if k <= 0 or not lexical or lexical[0][0] in best:
        return best
    runner_up = lexical[1][1] if len(lexical) > 1 else 0.0
    if lexical[0][1] >= _STANDOUT * runner_up:
        best = [*best[: k - 1], lexical[0][0]]
    return best


_STANDOUT = 2.0
"""How many times the runner-up's score the lexical ranking's first must score to be kept."""
_RESERVED = 2
"""The best chunks of the ranking by the query's other words returned beside the fused ones."""


class HybridSearcher:
    """Searches one account's current chunks; caches the lexical index per store revision."""

    def __init__(
        self, store: ChromaStore, embedder: Embedder, revision: Callable[[str], int]
    ) -> None:
        self.store = store
        self.embedder = embedder
        self._revision = revision
        self._lexical: dict[str, tuple[int, list[Chunk], LexicalIndex]] = {}
        self._lock = threading.Lock()

    def _lexical_for(self, account: str) -> tuple[list[Chunk], LexicalIndex]:
        revision = self._revision(account)
        with self._lock:
            cached = self._lexical.get(account)
            if cached and cached[0] == revision:
                return cached[1], cached[2]
        chunks = sorted(self.store.chunks(account), key=lambda c: c.id)
        index = LexicalIndex([c.text for c in chunks])
        with self._lock:
            self._lexical[account] = (revision, chunks, index)
        return chunks, index

    def idf(self, account: str, token: str) -> float:
        """Rarity of ``token`` among the account's chunks (for weighting question words)."""
        return self._lexical_for(account)[1].idf(token)

    def search(self, account: str, query: str, k: int = 8, translated: str = "") -> list[Hit]:
        """The ``k`` best chunks of ``account`` for ``query``, then the best chunks by
        ``translated`` (what the query says in the material's languages, searched lexically)
        not among them (scored 0.0 when neither ranking of ``query`` found them)."""
        depth = max(k * 4, 20)
        chunks, index = self._lexical_for(account)
        if not chunks:
            return []
        dense = self.store.nearest(
            account, self.embedder.embed_query(query), min(depth, len(chunks))
        )
        lexical = [(chunks[i], score) for i, score in index.search(query, depth)]
        by_words = (
            [(chunks[i], score) for i, score in index.search(translated, depth)]
            if translated
            else []
        )
        by_id = {c.id: c for c, _ in [*dense, *lexical, *by_words]}
        similarity = {c.id: sim for c, sim in dense}
        fused = reciprocal_rank_fusion([[c.id for c, _ in dense], [c.id for c, _ in lexical]])
        best = fused_best(fused, [(c.id, score) for c, score in lexical], k)
        extra = [c.id for c, _ in by_words if c.id not in best][:_RESERVED]
        return [
            Hit(
                document=by_id[cid].document,
                kind=by_id[cid].kind,
                text=by_id[cid].text,
                start=by_id[cid].start,
                end=by_id[cid].end,
                locator=by_id[cid].locator,
                score=round(fused.get(cid, 0.0), 6),
                similarity=round(similarity[cid], 4) if cid in similarity else None,
            )
            for cid in [*best, *extra]
        ]
