"""The handoff timing rules from the signature date, and the segment when the CRM is silent."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.models import Fact, MoneyFact, Segment, SlaItem
from briefing.parties import fold

__all__ = ["infer_segment", "sla_checklist"]

# Rough USD rates to size a deal when the CRM gives no segment; not used for any figure shown.
_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "BRL": 0.19, "MXN": 0.055, "IDR": 0.000063,
        "COP": 0.00025, "ARS": 0.001, "CLP": 0.0011}  # fmt: skip


def _business_days(start: date, days: int) -> date:
    current = start
    while days:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def sla_checklist(signed: str | None) -> list[SlaItem]:
    """Due dates of the handoff steps counted from the contract signature."""
    base = date.fromisoformat(signed) if signed and len(signed) == 10 else None

    def due(days: int | None = None, business: int | None = None) -> str | None:
        if base is None:
            return None
        if business is not None:
            return _business_days(base, business).isoformat()
        return (base + timedelta(days=days or 0)).isoformat()

    return [
        SlaItem(
            task="Internal knowledge-transfer meeting (rep, CSM, SE; 30-45 min)",
            due=due(1),
            rule="within 24 hours of signature",
        ),
        SlaItem(
            task="Intro email from the rep introducing the CSM",
            due=due(2),
            rule="within 48 hours of signature",
        ),
        SlaItem(
            task="Joint transition call with the customer",
            due=due(business=5),
            rule="within 5 business days",
        ),
        SlaItem(task="Implementation kickoff", due=due(7), rule="within 7 days"),
        SlaItem(task="First value milestone", due=due(30), rule="day 15-30"),
        SlaItem(task="First business review (QBR) scheduled", due=due(90), rule="day 90"),
    ]


def infer_segment(crm_segment: Fact | None, size: Fact | None, deal: MoneyFact | None) -> Segment:
    """The CRM's segment when it names one; otherwise from headcount, then deal size."""
    if crm_segment is not None:
        value = fold(crm_segment.value)
        if "strateg" in value:
            return "strategic"
        if "enterprise" in value or "corporat" in value or "grande" in value:
            return "enterprise"
        if "mid" in value or "medio" in value or "médio" in value or "menengah" in value:
            return "mid_market"
        if (
            "smb" in value
            or "small" in value
            or "pequen" in value
            or "pyme" in value
            or "ukm" in value
        ):
            return "smb"
    if size is not None:
        m = re.search(r"\d[\d.,]*", size.value)
        if m:
            employees = int(re.sub(r"[.,]", "", m[0]))
            return (
                "enterprise" if employees >= 1000 else "mid_market" if employees >= 100 else "smb"
            )
    if deal is not None:
        usd = deal.value.amount * _USD.get(deal.value.currency or "USD", 1.0)
        return "enterprise" if usd >= 100_000 else "mid_market" if usd >= 20_000 else "smb"
    return "mid_market"
