"""What the rep must confirm: missing required fields, unvalidated promises, conflicts, weak
evidence, text that addresses a model, and files that could not be read."""

from __future__ import annotations

import hashlib

from briefing.facts import Claim
from briefing.material import Material
from briefing.models import Briefing, Evidence, Flag, FlagKind, Segment

__all__ = ["REQUIRED", "build_flags", "completeness", "filled_fields"]

_SMB = [
    "overview.company",
    "overview.deal_value",
    "overview.products",
    "overview.contract_signed",
    "purchase_context.pain_points",
    "stakeholders.champion",
    "success_criteria",
    "commitments",
    "next_steps",
]
_MID = [
    *_SMB,
    "stakeholders.economic_buyer",
    "overview.go_live",
    "competitors",
    "risks",
]
_ENTERPRISE = [
    *_MID,
    "stakeholders.executive_sponsor",
    "implementation.technical_environment",
    "implementation.security_review",
    "implementation.customer_resources",
    "implementation.dependencies",
]
REQUIRED: dict[Segment, list[str]] = {
    "smb": _SMB,
    "mid_market": _MID,
    "enterprise": _ENTERPRISE,
    "strategic": _ENTERPRISE,
}
_QUESTIONS = {
    "overview.company": "Which legal entity is the customer?",
    "overview.deal_value": "What is the signed deal value and currency?",
    "overview.products": "Which products or modules did they buy?",
    "overview.contract_signed": "On what date was the contract signed?",
    "overview.go_live": "What go-live date did we agree with the customer?",
    "purchase_context.pain_points": "What problems did they buy this to solve?",
    "stakeholders.champion": "Who is our champion inside the account?",
    "stakeholders.economic_buyer": "Who controls the budget and signed off on the purchase?",
    "stakeholders.executive_sponsor": "Which executive sponsors the project?",
    "success_criteria": "How will the customer measure success (metric, baseline, target, date)?",
    "commitments": "What exactly was promised during the sale?",
    "next_steps": "What are the agreed next steps (kickoff date, owners)?",
    "competitors": "Which alternatives did they evaluate, and why did we win?",
    "risks": "What concerns or objections did they raise?",
    "implementation.technical_environment": "Which systems will this integrate with?",
    "implementation.security_review": "Has the security review been completed, and with what outcome?",
    "implementation.customer_resources": "Who on the customer side is assigned, and for how much time?",
    "implementation.dependencies": "What must happen on their side before implementation can start?",
}


def _id(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()[:12]


def filled_fields(briefing: Briefing) -> set[str]:
    """Field paths with verified evidence, in the notation of ``REQUIRED``."""
    filled: set[str] = set()
    for section in ("overview", "purchase_context", "implementation", "special_considerations"):
        for name, value in getattr(briefing, section):
            if value is not None:
                filled.add(f"{section}.{name}")
    filled |= {f"stakeholders.{s.role}" for s in briefing.stakeholders}
    for name in ("success_criteria", "commitments", "competitors", "risks"):
        if getattr(briefing, name):
            filled.add(name)
    if any(v is not None for _, v in briefing.next_steps):
        filled.add("next_steps")
    return filled


def completeness(briefing: Briefing) -> float:
    required = REQUIRED[briefing.segment]
    filled = filled_fields(briefing)
    return round(sum(f in filled for f in required) / len(required), 3)


def build_flags(
    briefing: Briefing,
    material: Material,
    conflicts: dict[str, list[Claim]],
    inferred_roles: list[str],
) -> list[Flag]:
    flags: list[Flag] = []

    def add(
        kind: FlagKind,
        field: str,
        message: str,
        evidence: list[Evidence],
        values: list[str] | None = None,
        blocking: bool = True,
    ) -> None:
        key = _id(kind, field, *(v for v in values or []), *(e.quote for e in evidence[:1]))
        flags.append(
            Flag(
                id=key,
                kind=kind,
                field=field,
                message=message,
                evidence=evidence,
                values=values or [],
                blocking=blocking,
            )
        )

    filled = filled_fields(briefing)
    for field in REQUIRED[briefing.segment]:
        if field not in filled:
            add(
                "missing_field",
                field,
                f"{field} is required for {briefing.segment.replace('_', '-')} handoffs and is not "
                f"in the material. {_QUESTIONS.get(field, '')}".strip(),
                [],
            )
    for i, c in enumerate(briefing.commitments):
        if not c.in_contract:
            who = f" by {c.made_by}" if c.made_by else ""
            if c.requested_by:
                who += f" (asked for by {c.requested_by})"
            add(
                "unvalidated_promise",
                f"commitments[{i}]",
                f"Promised{who} in conversation but not found in the contract: \u201c{c.text}\u201d. "
                "Confirm it will be honoured, or correct the expectation with the customer.",
                c.evidence,
            )
    for field, claims in conflicts.items():
        path = f"overview.{field}"
        shown = ", ".join(f"{c.value} ({c.evidence.document})" for c in claims)
        add(
            "conflict",
            path,
            f"Sources disagree on {field.replace('_', ' ')}: {shown}. "
            f"The briefing shows {claims[0].value} (most authoritative source); confirm which is right.",
            [c.evidence for c in claims],
            [c.value for c in claims],
        )
    for name in inferred_roles:
        person = next((s for s in briefing.stakeholders if s.name == name), None)
        if person is not None:
            add(
                "weak_evidence",
                f"stakeholders.{person.role}",
                f"{name}'s role ({person.role.replace('_', ' ')}) is inferred, not stated by any source.",
                person.evidence[:1],
                blocking=False,
            )
    for unit in material.suspicious:
        add(
            "suspicious_instruction",
            unit.doc.name,
            "This text addresses an AI tool or gives instructions; it was treated as data and not "
            f"followed: \u201c{unit.text[:200]}\u201d",
            [unit.evidence()],
            blocking=False,
        )
    for path, error in sorted(material.failures.items()):
        add(
            "unreadable_file",
            path,
            f"Could not be read, so nothing from it is in this briefing: {error}",
            [],
            blocking=True,
        )
    return flags
