"""Ingests files for an account: keep the bytes, parse, chunk, embed, store, record.

One bad file never loses the others; an unchanged file is recognised by its hash and
skipped before any parsing or embedding; a changed file becomes the current version and
its previous version stays as history.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.embeddings import Embedder
from ingest.errors import HandoffError, IngestError
from ingest.loader import PARSER_VERSION, parse_file
from ingest.manifest import FileVersion, ManifestStore
from ingest.models import DocKind, Document, FileResult, IngestReport
from ingest.store import ChromaStore

__all__ = ["Ingestor", "collect_files"]

Progress = Callable[[str, FileResult], None]


def collect_files(paths: Iterable[Path]) -> list[tuple[str, Path]]:
    """``(document name, path)`` for every file under ``paths``; names are folder-relative."""
    out: list[tuple[str, Path]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                rel = file.relative_to(path)
                if file.is_file() and not any(part.startswith(".") for part in rel.parts):
                    out.append((rel.as_posix(), file))
        else:
            out.append((path.name, path))
    return out


class Ingestor:
    """Ingests uploaded files into the store for one account at a time."""

    def __init__(
        self,
        store: ChromaStore,
        embedder: Embedder,
        manifests: ManifestStore,
        max_bytes: int = 25_000_000,
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.manifests = manifests
        self.max_bytes = max_bytes

    def ingest_paths(
        self,
        account: str,
        display_name: str,
        paths: Iterable[Path],
        kind: DocKind | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest every file under ``paths`` (folders are walked)."""
        return self.ingest_files(account, display_name, collect_files(paths), kind, progress)

    def ingest_files(
        self,
        account: str,
        display_name: str,
        files: list[tuple[str, Path]],
        kind: DocKind | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest ``(name, path)`` pairs, reporting each file to ``progress`` as it is done."""
        results = []
        for name, path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                result = FileResult(path=name, status="failed", error=f"{name}: {exc.strerror}")
            else:
                result = self.ingest_bytes(account, display_name, name, data, kind)
            results.append(result)
            if progress:
                progress(name, result)
        return self.report(account, results)

    @staticmethod
    def report(account: str, results: list[FileResult]) -> IngestReport:
        return IngestReport(
            account=account,
            files=results,
            ingested=sum(r.status == "ingested" for r in results),
            unchanged=sum(r.status == "unchanged" for r in results),
            failed=sum(r.status == "failed" for r in results),
        )

    def ingest_bytes(
        self, account: str, display_name: str, name: str, data: bytes, kind: DocKind | None = None
    ) -> FileResult:
        """Ingest one file's bytes under ``name``; never raises for a bad file."""
        sha = hashlib.sha256(data).hexdigest()
        current = None
        manifest = self.manifests.load(account)
        if manifest:
            current = manifest.current(name)
        if (
            current
            and current.sha256 == sha
            and current.status == "ingested"
            and current.parser == PARSER_VERSION
            and self.store.has_version(account, name, sha[:16])
        ):
            return FileResult(
                path=name, status="unchanged", documents=current.documents, chunks=current.chunks
            )
        stored_as = self.manifests.save_upload(account, name, sha, data)
        version = sha[:16]
        try:
            docs = _parsed(name, data, kind, self.max_bytes)
            chunks = [c for d in docs for c in chunk_document(d, account, version)]
            vectors = self.embedder.embed_passages([c.text for c in chunks])
            if current and current.sha256 == sha:  # the same bytes, parsed by an older handoff
                self.store.drop(account, name, version)
            self.store.add(account, version, docs, chunks, vectors)
            self.store.retire(account, name, keep_version=version)
        except IngestError as exc:
            result = FileResult(path=name, status="failed", error=str(exc))
        except HandoffError as exc:
            result = FileResult(path=name, status="failed", error=f"{name}: {exc}")
        else:
            result = FileResult(
                path=name, status="ingested", documents=len(docs), chunks=len(chunks)
            )
        with self.manifests.editing(account, display_name) as edit:
            edit.files.setdefault(name, []).append(
                FileVersion(
                    sha256=sha,
                    status="ingested" if result.status == "ingested" else "failed",
                    error=result.error,
                    documents=result.documents,
                    chunks=result.chunks,
                    ingested_at=self.manifests.now(),
                    stored_as=stored_as,
                    parser=PARSER_VERSION,
                )
            )
        return result


def _parsed(name: str, data: bytes, kind: DocKind | None, max_bytes: int) -> list[Document]:
    """The file's documents; a parser's own failure on input nobody foresaw fails this file
    alone, with its name and the error, and the file stays stored to be parsed again."""
    try:
        return parse_file(name, data, kind=kind, max_bytes=max_bytes)
    except HandoffError:
        raise
    except Exception as exc:
        raise IngestError(name, f"could not be parsed ({type(exc).__name__}: {exc})") from exc
