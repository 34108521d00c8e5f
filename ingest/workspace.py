"""One account store on disk or on a Chroma server: the parts wired together."""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path

from ingest.embeddings import CachedEmbedder, Embedder
from ingest.errors import AccountNotFound
from ingest.manifest import Manifest, ManifestStore
from ingest.models import Document
from ingest.pipeline import Ingestor
from ingest.search import HybridSearcher
from ingest.store import ChromaStore

__all__ = ["Workspace"]


class Workspace:
    """The store, manifests, ingestor and searcher that share one data folder."""

    def __init__(
        self,
        home: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        max_bytes: int = 25_000_000,
    ) -> None:
        self.home = home
        self.chroma_url = chroma_url
        self.embedder = CachedEmbedder(embedder, home / "cache" / "embeddings.sqlite3")
        self.manifests = ManifestStore(home / "accounts")
        self.max_bytes = max_bytes
        self._documents: dict[str, tuple[int, list[Document]]] = {}
        self._lock = threading.Lock()

    @cached_property
    def store(self) -> ChromaStore:
        return ChromaStore(path=self.home / "chroma", url=self.chroma_url)

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.store, self.embedder, self.manifests, self.max_bytes)

    @cached_property
    def searcher(self) -> HybridSearcher:
        return HybridSearcher(self.store, self.embedder, self.manifests.revision)

    def manifest(self, account: str) -> Manifest:
        manifest = self.manifests.load(account)
        if manifest is None:
            raise AccountNotFound(account)
        return manifest

    def documents(self, account: str) -> list[Document]:
        """The account's current documents; raises ``AccountNotFound`` when there are none.

        Cached per account until its manifest revision changes (any ingest bumps it).
        """
        revision = self.manifests.revision(account)
        with self._lock:
            cached = self._documents.get(account)
        if cached is not None and cached[0] == revision and revision:
            return list(cached[1])
        docs = self.store.documents(account)
        if not docs and self.manifests.load(account) is None:
            raise AccountNotFound(account)
        with self._lock:
            self._documents[account] = (revision, docs)
        return list(docs)
