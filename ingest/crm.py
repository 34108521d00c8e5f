"""CRM exports (CSV, JSON) and free-text notes.

Each CSV row or JSON record becomes a document rendered as ``Field: value`` lines, so a
quote like ``Contact Role: Economic Buyer`` can be cited with exact offsets.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ingest.decoding import date_from_name, iso_date
from ingest.errors import IngestError
from ingest.models import Document
from ingest.textbuilder import TextBuilder, paragraphs

__all__ = ["parse_crm_csv", "parse_crm_json", "parse_note", "record_title"]

_TITLE_KEYS = ("opportunity name", "deal name", "name", "full name", "account name", "company")
_DATE_KEYS = ("close date", "closedate", "date", "created date", "last modified date")


def record_title(fields: dict[str, str], fallback: str) -> str:
    lower = {k.lower(): v for k, v in fields.items() if v}
    first, last = lower.get("first name", ""), lower.get("last name", "")
    if first or last:
        return f"{first} {last}".strip()
    for key in _TITLE_KEYS:
        if lower.get(key):
            return lower[key]
    return fallback


def _record(name: str, source: str, fields: dict[str, str]) -> Document:
    builder = TextBuilder()
    kept: dict[str, str] = {}
    for key, value in fields.items():
        value = " ".join(value.split())
        if key and value:
            kept[key] = value
            builder.add_line(f"{key}: {value}")
    if not kept:
        raise IngestError(name, "record has no values")
    lower = {k.lower(): v for k, v in kept.items()}
    date = next((iso_date(lower[k]) for k in _DATE_KEYS if k in lower), None)
    return Document(
        name=name,
        source=source,
        kind="crm",
        title=record_title(kept, name),
        date=date or date_from_name(source),
        text=builder.text,
        segments=builder.segments,
        fields=kept,
    )


def parse_crm_csv(name: str, text: str) -> list[Document]:
    """Comma, semicolon or tab separated export with a header row; one document per row."""
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    if first.count(delimiter) == 0:
        raise IngestError(name, "not a CSV export: the header row has a single column", line=1)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise IngestError(name, f"malformed CSV: {exc}", line=reader.line_num) from exc
    header = [h.strip() for h in rows[0]]
    docs: list[Document] = []
    for n, row in enumerate(rows[1:], start=1):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            raise IngestError(
                name, f"row {n} has {len(row)} fields but the header has {len(header)}", line=n + 1
            )
        fields = dict(zip(header, row, strict=False))
        docs.append(_record(f"{name}#{n}", name, fields))
    if not docs:
        raise IngestError(name, "CSV export has a header but no rows")
    return docs


def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, inner in value.items():
            out.update(_flatten(inner, f"{prefix}{key}."))
    elif isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            out[prefix.rstrip(".")] = ", ".join(str(v) for v in value)
        else:
            for i, inner in enumerate(value, start=1):
                out.update(_flatten(inner, f"{prefix}{i}."))
    elif value is not None:
        out[prefix.rstrip(".")] = str(value)
    return out


_EXPORT_KEY = re.compile(
    r"export|generat|version|object|count|total|page|cursor|next|schema|api|source|query|filter|"
    r"format|kind|type|timestamp|date|time|by$",
    re.IGNORECASE,
)


_ACCOUNT_KEY = re.compile(
    r"account|cuenta|conta|akun|company|compa[ñn][ií]a|empresa|organi[sz]ation|organiza[cç]|"
    r"client|customer|pelanggan|perusahaan",
    re.IGNORECASE,
)


def parse_crm_json(name: str, data: Any) -> list[Document]:
    """A record, a list of records, or an object whose values are records or lists of them."""
    records: list[dict[str, Any]] = []
    if isinstance(data, list):
        records = [r for r in data if isinstance(r, dict)]
    elif isinstance(data, dict):
        nested = [v for v in data.values() if isinstance(v, (dict, list))]
        of_records = [
            v for v in nested if isinstance(v, dict) or (v and all(isinstance(x, dict) for x in v))
        ]
        scalars = {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
        # lines about the export, or naming the account every record belongs to
        about_export = all(_EXPORT_KEY.search(k) or _ACCOUNT_KEY.search(k) for k in scalars)
        if of_records and (
            len(of_records) == len(data)
            # an export: lines about the export, then lists of records
            # ({"export_date": ..., "records": [...], "associated_contacts": [...]})
            or (
                any(isinstance(v, list) for v in of_records)
                and len(of_records) == len(nested)
                and about_export
            )
        ):
            shared = {k: v for k, v in scalars.items() if _ACCOUNT_KEY.search(k)}
            for value in of_records:
                for record in [value] if isinstance(value, dict) else value:
                    records.append({**shared, **record})
        else:
            records = [data]
    if not records:
        raise IngestError(name, "JSON holds no records (expected an object or a list of objects)")
    return [
        _record(f"{name}#{n}", name, _flatten(record)) for n, record in enumerate(records, start=1)
    ]


def parse_note(name: str, text: str, kind: str = "note") -> Document:
    """Free text: each non-empty line is a segment."""
    doc_text = text if text.endswith("\n") else text + "\n"
    title = next((ln.strip().lstrip("#").strip() for ln in doc_text.split("\n") if ln.strip()), "")
    return Document(
        name=name,
        source=name,
        kind="contract" if kind == "contract" else "note",
        title=title[:120] or name,
        date=date_from_name(name),
        text=doc_text,
        segments=paragraphs(doc_text),
    )
