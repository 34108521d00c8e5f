"""Turns one uploaded file into documents, choosing the parser by extension and content."""

from __future__ import annotations

import io
import json
from pathlib import PurePosixPath

from ingest.contracts import is_contract, titled_as_contract
from ingest.crm import parse_crm_csv, parse_crm_json, parse_note
from ingest.decoding import decode_text
from ingest.emails import parse_eml, parse_mbox
from ingest.errors import IngestError, UnsupportedFileType
from ingest.models import DocKind, Document
from ingest.transcripts import (
    is_recorder_export,
    looks_like_transcript,
    parse_plain,
    parse_recorder_export,
    parse_srt,
    parse_vtt,
)

__all__ = ["PARSER_VERSION", "SUPPORTED_SUFFIXES", "parse_file"]

SUPPORTED_SUFFIXES = (".csv", ".eml", ".json", ".mbox", ".md", ".pdf", ".srt", ".txt", ".vtt")


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise IngestError(name, f"unreadable PDF: {exc}") from exc
    text = "\n\n".join(p.strip() for p in pages).strip()
    if not text:
        raise IngestError(name, "PDF has no extractable text (scanned image?)")
    return text + "\n"


_FOLDER_KINDS: dict[str, DocKind] = {
    **dict.fromkeys(["notes", "note", "notas", "catatan"], "note"),
    **dict.fromkeys(["contract", "contracts", "contrato", "contratos", "kontrak"], "contract"),
    **dict.fromkeys(
        ["call", "calls", "transcripts", "meetings", "chamadas", "llamadas", "rekaman"], "call"
    ),
}


def _folder_kind(name: str) -> DocKind | None:
    """What the folder a file was uploaded in says it is: "notes/handoff.txt" is a rep's note
    even when it opens with "Order form signed on 04/11", and "calls/finalisasi.txt" a call
    even when its title is "Finalisasi order form"."""
    folders = PurePosixPath(name).parts[:-1]
    return next(
        (_FOLDER_KINDS[f.lower()] for f in reversed(folders) if f.lower() in _FOLDER_KINDS), None
    )


def _text_file(name: str, text: str, kind: DocKind | None) -> list[Document]:
    folder = _folder_kind(name)
    if kind == "call" or (
        kind is None
        and folder != "contract"
        and looks_like_transcript(text)
        and (folder == "call" or not titled_as_contract(name, text))
    ):
        return [parse_plain(name, text)]
    if kind == "contract" or (
        kind is None and (folder == "contract" or (folder is None and is_contract(name, text)))
    ):
        return [parse_note(name, text, kind="contract")]
    return [parse_note(name, text)]


PARSER_VERSION = "26"
"""Raise when a parser reads the same bytes differently: stored files are then parsed again."""


def parse_file(
    name: str, data: bytes, *, kind: DocKind | None = None, max_bytes: int = 25_000_000
) -> list[Document]:
    """Parse ``data`` (the bytes of the file called ``name``) into documents.

    Raises ``IngestError`` naming the file and the problem for anything unreadable.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileType(name, suffix)
    if len(data) > max_bytes:
        raise IngestError(name, f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data.strip():
        raise IngestError(name, "file is empty")
    docs: list[Document]
    if suffix == ".eml":
        docs = [parse_eml(name, data)]
    elif suffix == ".mbox":
        docs = parse_mbox(name, data)
    elif suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise IngestError(name, "not a PDF: missing the %PDF header")
        docs = _text_file(name, _pdf_text(name, data), kind)
    else:
        text = decode_text(name, data)
        if suffix == ".vtt":
            docs = [parse_vtt(name, text)]
        elif suffix == ".srt":
            docs = [parse_srt(name, text)]
        elif suffix == ".csv":
            docs = parse_crm_csv(name, text)
        elif suffix == ".json":
            try:
                payload = json.loads(text)
            except json.JSONDecodeError as exc:
                raise IngestError(name, f"invalid JSON: {exc.msg}", line=exc.lineno) from exc
            if is_recorder_export(payload):
                docs = parse_recorder_export(name, payload)
            else:
                docs = parse_crm_json(name, payload)
        else:
            docs = _text_file(name, text, kind)
    if kind is not None:
        docs = [d.model_copy(update={"kind": kind}) for d in docs]
    return docs
