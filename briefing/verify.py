"""Checks every citation of a briefing against the stored text before anyone sees it.

Evidence whose quote is not exactly the document's text at its offsets is removed; a value
left with no evidence is removed too and raised as ``weak_evidence``: never kept as fact.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel

from briefing.grounding import verify
from briefing.models import Briefing, Evidence, Flag
from ingest.models import Document

__all__ = ["verify_briefing"]

_SECTIONS = (
    "overview",
    "purchase_context",
    "implementation",
    "special_considerations",
    "next_steps",
)
_LISTS = ("stakeholders", "success_criteria", "commitments", "competitors", "risks")


def _flag(field: str, what: str, evidence: list[Evidence]) -> Flag:
    key = hashlib.sha1(f"weak_evidence\0{field}\0{what}".encode()).hexdigest()[:12]
    return Flag(
        id=key,
        kind="weak_evidence",
        field=field,
        message=f"{what!r} was dropped: its quoted evidence could not be found in the material.",
        evidence=[e for e in evidence if e.start is not None][:1],
        blocking=False,
    )


def verify_briefing(briefing: Briefing, documents: dict[str, Document]) -> Briefing:
    """A copy of ``briefing`` holding only verified evidence, with flags for what was dropped."""
    b = briefing.model_copy(deep=True)
    flags: list[Flag] = []

    def keep(evidence: list[Evidence]) -> list[Evidence]:
        return [e for e in evidence if verify(e, documents)]

    for section_name in _SECTIONS:
        section: BaseModel = getattr(b, section_name)
        for name, value in section:
            if value is None:
                continue
            good = keep(value.evidence)
            if good:
                value.evidence = good
            else:
                setattr(section, name, None)
                flags.append(_flag(f"{section_name}.{name}", str(value.value), value.evidence))
    for list_name in _LISTS:
        kept = []
        for i, item in enumerate(getattr(b, list_name)):
            good = keep(item.evidence)
            if good:
                item.evidence = good
                if hasattr(item, "contract_evidence"):
                    item.contract_evidence = keep(item.contract_evidence)
                kept.append(item)
            else:
                what = (
                    getattr(item, "name", None)
                    or getattr(item, "text", None)
                    or getattr(item, "metric", "")
                )
                flags.append(_flag(f"{list_name}[{i}]", str(what), item.evidence))
        setattr(b, list_name, kept)
    for flag in b.flags:
        flag.evidence = keep(flag.evidence)
    b.flags.extend(flags)
    return b
