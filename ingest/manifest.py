"""Per-account record of every uploaded file version, kept on disk beside the raw bytes.

Nothing a user uploaded is lost: each version's bytes are saved under ``uploads/`` before
parsing, and the manifest keeps every version with its status and error.
"""

from __future__ import annotations

import fcntl
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["FileVersion", "Manifest", "ManifestStore", "account_key"]


def account_key(name: str) -> str:
    """A stable key for an account name: ``Construtora Horizonte`` -> ``construtora-horizonte``."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not key:
        raise ValueError(f"account name {name!r} has no letters or digits")
    return key


class FileVersion(BaseModel):
    sha256: str
    status: Literal["ingested", "failed"]
    error: str | None = None
    documents: int = 0
    chunks: int = 0
    ingested_at: str
    stored_as: str
    parser: str | None = None
    """The parsers' version: the same bytes are parsed again when handoff's parsers change."""


class Manifest(BaseModel):
    account: str
    display_name: str
    revision: int = 0
    files: dict[str, list[FileVersion]] = Field(default_factory=dict)

    def current(self, source: str) -> FileVersion | None:
        versions = self.files.get(source)
        return versions[-1] if versions else None

    def failures(self) -> dict[str, str]:
        """Files whose latest version could not be ingested, with the reason."""
        out = {}
        for source, versions in self.files.items():
            if versions and versions[-1].status == "failed":
                out[source] = versions[-1].error or "failed"
        return out


class ManifestStore:
    """Reads and updates manifests under ``root/<account>/`` with a file lock."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, account: str) -> Path:
        return self.root / account

    def load(self, account: str) -> Manifest | None:
        path = self.folder(account) / "manifest.json"
        if not path.exists():
            return None
        return Manifest.model_validate_json(path.read_text(encoding="utf-8"))

    def revision(self, account: str) -> int:
        manifest = self.load(account)
        return manifest.revision if manifest else 0

    def save_upload(self, account: str, source: str, sha: str, data: bytes) -> str:
        """Keep the raw bytes of an uploaded version; returns the stored path."""
        target = self.folder(account) / "uploads" / sha[:16] / Path(source).name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".part")
            tmp.write_bytes(data)
            tmp.replace(target)
        return str(target.relative_to(self.root))

    @contextmanager
    def editing(self, account: str, display_name: str) -> Iterator[Manifest]:
        """Load, let the caller change, and atomically save a manifest under an exclusive lock."""
        folder = self.folder(account)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            manifest = self.load(account) or Manifest(account=account, display_name=display_name)
            yield manifest
            manifest.revision += 1
            tmp = folder / "manifest.json.part"
            tmp.write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
            tmp.replace(folder / "manifest.json")

    @staticmethod
    def now() -> str:
        return datetime.now(UTC).isoformat(timespec="seconds")

    def accounts(self) -> list[str]:
        if not self.root.exists():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "manifest.json").exists())
