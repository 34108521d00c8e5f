"""BM25 over an account's chunks (bm25s), with an accent- and case-folding tokenizer."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

import bm25s
import numpy as np

__all__ = ["LexicalIndex", "tokenize"]

_WORD = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens: 'Integração' and 'integracao' match."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return [t for t in _WORD.findall(folded) if len(t) > 1 or t.isdigit()]


def _terms(text: str) -> list[str]:
    """The tokens, and for each long one its first five letters ("~renew" for "renewal"): a
    word matches its other forms ("renew", "integrações") too, less than itself."""
    tokens = tokenize(text)
    return tokens + [f"~{t[:5]}" for t in tokens if len(t) >= 5]


class LexicalIndex:
    """A BM25 index over a fixed list of texts."""

    def __init__(self, texts: list[str]) -> None:
        self.size = len(texts)
        self._bm25 = bm25s.BM25()
        corpus = [_terms(t) or ["\u2205"] for t in texts]
        self._df: Counter[str] = Counter(t for doc in corpus for t in set(doc))
        if corpus:
            self._bm25.index(corpus, show_progress=False)

    def idf(self, token: str) -> float:
        """How rare a (tokenized) word is in this corpus; unseen words are the rarest."""
        return math.log((self.size + 1) / (self._df.get(token, 0) + 0.5))

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Up to ``k`` (position, score) pairs with a positive score, best first."""
        tokens = [t for t in _terms(query) if t in self._bm25.vocab_dict] if self.size else []
        if not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens))
        top = np.argsort(-scores)[:k]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]
