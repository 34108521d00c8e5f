"""The project's exception tree.

    HandoffError
    ├── IngestError            (path, reason)       a file could not be read or parsed
    │   └── UnsupportedFileType                      no parser for that file
    ├── StoreError                                   the vector store failed or is misconfigured
    ├── AccountNotFound        (account)             nothing stored for that account
    └── EngineError            (engine, model)       an extraction engine failed

Edges (CLI, HTTP) translate these into messages and status codes.
"""

from __future__ import annotations

__all__ = [
    "AccountNotFound",
    "EngineError",
    "HandoffError",
    "IngestError",
    "StoreError",
    "UnsupportedFileType",
]


class HandoffError(Exception):
    """Root of every error handoff raises on purpose."""


class IngestError(HandoffError):
    """A file could not be ingested; names the file and the problem."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class UnsupportedFileType(IngestError):
    """No parser handles this file's type."""

    def __init__(self, path: str, suffix: str) -> None:
        super().__init__(path, f"unsupported file type {suffix or '(no extension)'!r}")


class StoreError(HandoffError):
    """The vector store could not be reached or used."""


class AccountNotFound(HandoffError):
    """No material is stored for the account."""

    def __init__(self, account: str) -> None:
        self.account = account
        super().__init__(f"no material stored for account {account!r}")


class EngineError(HandoffError):
    """An extraction or answering engine failed after its retries."""

    def __init__(self, engine: str, message: str, model: str | None = None) -> None:
        self.engine = engine
        self.model = model
        super().__init__(f"{engine}{f' ({model})' if model else ''}: {message}")
