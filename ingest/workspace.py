"""One account store on disk or on a Chroma server: the parts wired together."""

from __future__ import annotations

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
        """The account's current documents; raises ``AccountNotFound`` when there are none."""
        docs = self.store.documents(account)
        if not docs and self.manifests.load(account) is None:
            raise AccountNotFound(account)
        return docs
