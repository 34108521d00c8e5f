"""The Chroma adapter: each account's chunks and documents in collections of its own.

Local persistent mode by default, a Chroma server (``chroma run``) when a URL is given.
One pair of collections per account keeps every query inside one account by construction,
and keeps queries unfiltered (fast). The chunks collection holds only current chunks; the
documents collection keeps every version, the older ones marked ``current=False``.
Embeddings are always passed in: no collection has an embedding function, so nothing ever
falls back to Chroma's downloading default.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from ingest.embeddings import Vectors
from ingest.errors import StoreError
from ingest.models import Chunk, Document

__all__ = ["ChromaStore"]

_CHUNKS = "handoff-chunks-"
_DOCUMENTS = "handoff-docs-"
_BATCH = 1000
_SPACE = {"hnsw": {"space": "cosine"}}


def _client(path: Path | None, url: str | None) -> Any:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    try:
        if url:
            parsed = urlparse(url)
            return chromadb.HttpClient(
                host=parsed.hostname or "localhost",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=settings,
            )
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except Exception as exc:  # chromadb raises several unrelated types when unreachable
        raise StoreError(f"cannot open the Chroma store at {url or path}: {exc}") from exc


def _get_all(
    collection: Any, where: dict[str, Any] | None, include: list[str]
) -> dict[str, list[Any]]:
    """Every matching record, fetched in pages (large accounts exceed SQLite's limits)."""
    out: dict[str, list[Any]] = {"ids": [], **{k: [] for k in include}}
    offset = 0
    while True:
        page = collection.get(where=where, include=include, limit=_BATCH, offset=offset)
        out["ids"].extend(page["ids"])
        for key in include:
            out[key].extend(page[key])
        if len(page["ids"]) < _BATCH:
            return out
        offset += _BATCH


class ChromaStore:
    """Chunks and documents of every account, one account's collections at a time."""

    def __init__(self, path: Path | None = None, url: str | None = None) -> None:
        self.location = url or str(path)
        self._client = _client(path, url)
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _collection(self, prefix: str, account: str, create: bool = True) -> Any | None:
        name = prefix + account
        with self._lock:
            if name not in self._collections:
                if create:
                    self._collections[name] = self._client.get_or_create_collection(
                        name, embedding_function=None, configuration=_SPACE
                    )
                else:
                    try:
                        self._collections[name] = self._client.get_collection(
                            name, embedding_function=None
                        )
                    except Exception:  # the collection does not exist (error type varies)
                        return None
            return self._collections[name]

    def add(
        self,
        account: str,
        version: str,
        docs: list[Document],
        chunks: list[Chunk],
        vectors: Vectors,
    ) -> None:
        """Store one file version's documents and chunks as the current ones."""
        chunk_col = self._collection(_CHUNKS, account)
        doc_col = self._collection(_DOCUMENTS, account)
        assert chunk_col is not None and doc_col is not None
        source = docs[0].source if docs else ""
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            chunk_col.upsert(
                ids=[c.id for c in batch],
                embeddings=vectors[start : start + _BATCH],
                documents=[c.text for c in batch],
                metadatas=[
                    {
                        "document": c.document,
                        "source": source,
                        "kind": c.kind,
                        "start": c.start,
                        "end": c.end,
                        "locator": c.locator,
                        "speaker": c.speaker or "",
                        "version": version,
                    }
                    for c in batch
                ],
            )
        by_doc: dict[str, list[int]] = {}
        for i, chunk in enumerate(chunks):
            by_doc.setdefault(chunk.document, []).append(i)
        dim = vectors.shape[1] if len(chunks) else 384
        fallback = np.full(dim, 1.0 / np.sqrt(dim), dtype=np.float32)
        doc_vectors = []
        for doc in docs:
            idx = by_doc.get(doc.name)
            if idx:
                mean = vectors[idx].mean(axis=0)
                doc_vectors.append(mean / (np.linalg.norm(mean) or 1.0))
            else:
                doc_vectors.append(fallback)
        for start in range(0, len(docs), _BATCH):
            batch_docs = docs[start : start + _BATCH]
            doc_col.upsert(
                ids=[f"{d.name}\0{version}" for d in batch_docs],
                embeddings=doc_vectors[start : start + _BATCH],
                documents=[d.text for d in batch_docs],
                metadatas=[
                    {
                        "document": d.name,
                        "source": d.source,
                        "kind": d.kind,
                        "version": version,
                        "current": True,
                        "payload": d.model_dump_json(exclude={"text"}),
                    }
                    for d in batch_docs
                ],
            )

    def drop(self, account: str, source: str, version: str) -> None:
        """Remove one version of ``source``, before it is parsed again."""
        where: Any = {"$and": [{"source": source}, {"version": version}]}
        for kind in (_CHUNKS, _DOCUMENTS):
            col = self._collection(kind, account, create=False)
            if col is not None:
                col.delete(where=where)

    def retire(self, account: str, source: str, keep_version: str) -> None:
        """Make ``keep_version`` the only searchable version of ``source``.

        Older chunks leave the index; older documents stay, marked as history.
        """
        chunk_col = self._collection(_CHUNKS, account)
        doc_col = self._collection(_DOCUMENTS, account)
        assert chunk_col is not None and doc_col is not None
        old = _get_all(chunk_col, {"source": source}, ["metadatas"])
        stale = [
            i
            for i, m in zip(old["ids"], old["metadatas"], strict=True)
            if m["version"] != keep_version
        ]
        for start in range(0, len(stale), _BATCH):
            chunk_col.delete(ids=stale[start : start + _BATCH])
        docs = _get_all(doc_col, {"$and": [{"source": source}, {"current": True}]}, ["metadatas"])
        ids, metas = [], []
        for i, meta in zip(docs["ids"], docs["metadatas"], strict=True):
            if meta["version"] != keep_version:
                ids.append(i)
                metas.append({**meta, "current": False})
        for start in range(0, len(ids), _BATCH):
            doc_col.update(ids=ids[start : start + _BATCH], metadatas=metas[start : start + _BATCH])

    def has_version(self, account: str, source: str, version: str) -> bool:
        """True when this version of ``source`` is stored as current (the store may have been
        wiped, or be a different server, since the manifest recorded it)."""
        col = self._collection(_DOCUMENTS, account, create=False)
        if col is None:
            return False
        where = {"$and": [{"source": source}, {"version": version}, {"current": True}]}
        return bool(col.get(where=where, include=[], limit=1)["ids"])

    def documents(self, account: str) -> list[Document]:
        """The current documents of an account, with their full text."""
        col = self._collection(_DOCUMENTS, account, create=False)
        if col is None:
            return []
        found = _get_all(col, {"current": True}, ["documents", "metadatas"])
        docs = [
            Document(**json.loads(meta["payload"]), text=text)
            for text, meta in zip(found["documents"], found["metadatas"], strict=True)
        ]
        return sorted(docs, key=lambda d: d.name)

    def chunks(self, account: str) -> list[Chunk]:
        """The current chunks of an account."""
        col = self._collection(_CHUNKS, account, create=False)
        if col is None:
            return []
        found = _get_all(col, None, ["documents", "metadatas"])
        return [
            self._chunk(account, cid, text, meta)
            for cid, text, meta in zip(
                found["ids"], found["documents"], found["metadatas"], strict=True
            )
        ]

    @staticmethod
    def _chunk(account: str, cid: str, text: str, meta: dict[str, Any]) -> Chunk:
        return Chunk(
            id=cid,
            account=account,
            document=meta["document"],
            kind=meta["kind"],
            text=text,
            start=meta["start"],
            end=meta["end"],
            locator=meta["locator"],
            speaker=meta["speaker"] or None,
        )

    def nearest(self, account: str, vector: Vectors, k: int) -> list[tuple[Chunk, float]]:
        """The ``k`` current chunks of ``account`` closest to ``vector`` (cosine similarity)."""
        col = self._collection(_CHUNKS, account, create=False)
        if col is None or k <= 0:
            return []
        result = col.query(
            query_embeddings=[vector], n_results=k, include=["documents", "metadatas", "distances"]
        )
        return [
            (self._chunk(account, cid, text, meta), 1.0 - float(dist))
            for cid, text, meta, dist in zip(
                result["ids"][0],
                result["documents"][0],
                result["metadatas"][0],
                result["distances"][0],
                strict=True,
            )
        ]

    def accounts(self) -> dict[str, int]:
        """Each account with its number of current documents."""
        counts: dict[str, int] = {}
        for collection in self._client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(_DOCUMENTS):
                account = name[len(_DOCUMENTS) :]
                col = self._collection(_DOCUMENTS, account)
                counts[account] = len(_get_all(col, {"current": True}, [])["ids"])
        return dict(sorted(counts.items()))
