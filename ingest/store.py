"""The Chroma adapter: chunks with their embeddings, and whole documents, per account.

Local persistent mode by default, a Chroma server (``chroma run``) when a URL is given.
Embeddings are always passed in: no collection has an embedding function, so nothing ever
falls back to Chroma's downloading default.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from ingest.embeddings import Vectors
from ingest.errors import StoreError
from ingest.models import Chunk, Document

__all__ = ["ChromaStore"]

_CHUNKS = "handoff_chunks"
_DOCUMENTS = "handoff_documents"
_BATCH = 1000


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


def _where(account: str, **extra: Any) -> dict[str, Any]:
    clauses = [{"account": account}, *({k: v} for k, v in extra.items())]
    return {"$and": clauses} if len(clauses) > 1 else clauses[0]


class ChromaStore:
    """Chunks and documents of every account, always queried one account at a time."""

    def __init__(self, path: Path | None = None, url: str | None = None) -> None:
        self.location = url or str(path)
        client = _client(path, url)
        space = {"hnsw": {"space": "cosine"}}
        self._chunks = client.get_or_create_collection(
            _CHUNKS, embedding_function=None, configuration=space
        )
        self._docs = client.get_or_create_collection(
            _DOCUMENTS, embedding_function=None, configuration=space
        )

    def add(
        self,
        account: str,
        version: str,
        docs: list[Document],
        chunks: list[Chunk],
        vectors: Vectors,
    ) -> None:
        """Store one file version's documents and chunks as the current ones."""
        by_doc: dict[str, list[int]] = {}
        for i, chunk in enumerate(chunks):
            by_doc.setdefault(chunk.document, []).append(i)
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            self._chunks.upsert(
                ids=[c.id for c in batch],
                embeddings=vectors[start : start + _BATCH],
                documents=[c.text for c in batch],
                metadatas=[
                    {
                        "account": account,
                        "document": c.document,
                        "source": docs[0].source if docs else "",
                        "kind": c.kind,
                        "start": c.start,
                        "end": c.end,
                        "locator": c.locator,
                        "speaker": c.speaker or "",
                        "version": version,
                        "current": True,
                    }
                    for c in batch
                ],
            )
        dim = vectors.shape[1] if len(chunks) else 0
        doc_vectors = []
        for doc in docs:
            idx = by_doc.get(doc.name)
            if idx:
                mean = vectors[idx].mean(axis=0)
                doc_vectors.append(mean / (np.linalg.norm(mean) or 1.0))
            else:
                doc_vectors.append(None)
        if not dim:
            dim = 384
        fallback = np.full(dim, 1.0 / np.sqrt(dim), dtype=np.float32)
        self._docs.upsert(
            ids=[f"{account}\0{d.name}\0{version}" for d in docs],
            embeddings=[v if v is not None else fallback for v in doc_vectors],
            documents=[d.text for d in docs],
            metadatas=[
                {
                    "account": account,
                    "document": d.name,
                    "source": d.source,
                    "kind": d.kind,
                    "version": version,
                    "current": True,
                    "payload": d.model_dump_json(exclude={"text"}),
                }
                for d in docs
            ],
        )

    def retire(self, account: str, source: str, keep_version: str) -> None:
        """Mark every other version of ``source`` as history (kept, no longer searched)."""
        for collection in (self._chunks, self._docs):
            found = collection.get(
                where=_where(account, source=source, current=True), include=["metadatas"]
            )
            ids = [
                i
                for i, meta in zip(found["ids"], found["metadatas"], strict=True)
                if meta["version"] != keep_version
            ]
            metas = [
                {**meta, "current": False}
                for meta in found["metadatas"]
                if meta["version"] != keep_version
            ]
            for start in range(0, len(ids), _BATCH):
                collection.update(
                    ids=ids[start : start + _BATCH], metadatas=metas[start : start + _BATCH]
                )

    def documents(self, account: str) -> list[Document]:
        """The current documents of an account, with their full text."""
        found = self._docs.get(
            where=_where(account, current=True), include=["documents", "metadatas"]
        )
        docs = []
        for text, meta in zip(found["documents"], found["metadatas"], strict=True):
            payload = json.loads(meta["payload"])
            docs.append(Document(**payload, text=text))
        return sorted(docs, key=lambda d: d.name)

    def chunks(self, account: str) -> list[Chunk]:
        """The current chunks of an account."""
        found = self._chunks.get(
            where=_where(account, current=True), include=["documents", "metadatas"]
        )
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
        result = self._chunks.query(
            query_embeddings=[vector],
            n_results=k,
            where=_where(account, current=True),
            include=["documents", "metadatas", "distances"],
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
        found = self._docs.get(where={"current": True}, include=["metadatas"])
        counts: dict[str, int] = {}
        for meta in found["metadatas"]:
            counts[meta["account"]] = counts.get(meta["account"], 0) + 1
        return dict(sorted(counts.items()))
