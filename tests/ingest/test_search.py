"""Rank fusion of the dense and lexical rankings."""

from __future__ import annotations

from ingest.search import fused_best, reciprocal_rank_fusion


def test_a_chunk_far_ahead_on_the_query_words_survives_fusion() -> None:
    dense = [f"d{i}" for i in range(10)]
    both = ["d1", "d2", "d3"]
    # "x-contract" alone holds "P1 response": twice its runner-up's score, ranked nowhere by
    # meaning, and losing its tie with the dense ranking's first
    standout = [("x-contract", 4.4), *[(cid, 1.2 - i / 10) for i, cid in enumerate(both)]]
    fused = reciprocal_rank_fusion([dense, [cid for cid, _ in standout]])
    assert "x-contract" not in sorted(fused, key=lambda c: (-fused[c], c))[:4]
    assert "x-contract" in fused_best(fused, standout, 4)
    assert fused_best(fused, standout, 4)[:3] == ["d1", "d2", "d3"]
    # a first barely ahead is left to the fusion
    close = [("x-contract", 1.3), *standout[1:]]
    fused = reciprocal_rank_fusion([dense, [cid for cid, _ in close]])
    assert "x-contract" not in fused_best(fused, close, 4)
    # a lone lexical hit stands out too
    assert "x-contract" in fused_best(fused, [("x-contract", 0.4)], 4)
    assert fused_best(fused, standout, 0) == []
