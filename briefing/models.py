"""The handoff template as typed models: the JSON contract evals, the API and users read.

Add fields freely; rename none. Every filled value carries evidence located in a stored
document (``quote == text[start:end]``); a value without located evidence is not a fact.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ingest.models import DocKind

__all__ = [
    "Alignment",
    "Briefing",
    "Commitment",
    "CommitmentCategory",
    "Competitor",
    "Evidence",
    "Fact",
    "Flag",
    "FlagKind",
    "Implementation",
    "Money",
    "MoneyFact",
    "NextSteps",
    "Overview",
    "Provenance",
    "PurchaseContext",
    "Risk",
    "Role",
    "Segment",
    "SlaItem",
    "SpecialConsiderations",
    "Stakeholder",
    "SuccessCriterion",
    "unique_evidence",
    "written_in",
]

Alignment = Literal["exact", "normalized", "fuzzy", "not_found"]
Role = Literal[
    "executive_sponsor",
    "economic_buyer",
    "champion",
    "technical_evaluator",
    "end_user",
    "influencer",
    "blocker",
]
CommitmentCategory = Literal["scope", "service", "timeline", "commercial", "roadmap", "verbal"]
Segment = Literal["smb", "mid_market", "enterprise", "strategic"]
FlagKind = Literal[
    "missing_field",
    "unvalidated_promise",
    "conflict",
    "weak_evidence",
    "suspicious_instruction",
    "unreadable_file",
]


class Evidence(BaseModel):
    """Where a claim stands in the material: document, exact quote, offsets, alignment."""

    model_config = ConfigDict(frozen=True)

    document: str
    kind: DocKind
    quote: str
    start: int | None
    end: int | None
    locator: str | None = None
    alignment: Alignment = "exact"
    date: str | None = None

    def overlaps(self, other: Evidence) -> bool:
        """Whether the two cite shared text of one document (the same quote when either has
        no offsets)."""
        if self.document != other.document:
            return False
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return self.quote == other.quote
        return self.start < other.end and other.start < self.end


class Fact(BaseModel):
    """A text value with its evidence; ``None`` in a briefing means "not in the material"."""

    value: str
    evidence: list[Evidence] = Field(min_length=1)


def unique_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """``evidence`` without the later citations of a place already cited (a name and the
    sentence it stands in, once widened, are one citation)."""
    out: list[Evidence] = []
    for ev in evidence:
        if all((ev.document, ev.start) != (o.document, o.start) for o in out):
            out.append(ev)
    return out


def written_in(number: str, lang: str) -> str:
    """A number written the English way ("67,900.5") as a reader of ``lang`` writes it
    ("67.900,5" for all but English)."""
    return number if lang == "en" else number.translate(_DECIMAL_COMMA)


_DECIMAL_COMMA = str.maketrans(",.", ".,")


class Money(BaseModel):
    amount: float
    currency: str | None = None

    def text(self, lang: str = "en") -> str:
        """The amount as a reader of ``lang`` writes it: "EUR 67,900.00", "EUR 67.900,00"."""
        return f"{self.currency or ''} {written_in(f'{self.amount:,.2f}', lang)}".strip()


class MoneyFact(BaseModel):
    value: Money
    evidence: list[Evidence] = Field(min_length=1)


class Overview(BaseModel):
    company: Fact | None = None
    industry: Fact | None = None
    size: Fact | None = None
    business_model: Fact | None = None
    segment: Fact | None = None
    deal_value: MoneyFact | None = None
    products: Fact | None = None
    contract_signed: Fact | None = None
    term: Fact | None = None
    renewal: Fact | None = None
    go_live: Fact | None = None
    kickoff: Fact | None = None
    sales_rep: Fact | None = None
    csm: Fact | None = None


class PurchaseContext(BaseModel):
    pain_points: Fact | None = None
    why_now: Fact | None = None
    lead_source: Fact | None = None
    sales_cycle: Fact | None = None
    decision_criteria: Fact | None = None


class Implementation(BaseModel):
    start_date: Fact | None = None
    phases: Fact | None = None
    hard_dates: Fact | None = None
    technical_environment: Fact | None = None
    integrations: Fact | None = None
    data_migration: Fact | None = None
    security_requirements: Fact | None = None
    security_review: Fact | None = None
    customer_resources: Fact | None = None
    dependencies: Fact | None = None
    training_plan: Fact | None = None


class SpecialConsiderations(BaseModel):
    unusual_terms: Fact | None = None
    executive_visibility: Fact | None = None
    strategic_importance: Fact | None = None
    sensitive_dynamics: Fact | None = None


class NextSteps(BaseModel):
    agreed: Fact | None = None
    internal_meeting: Fact | None = None
    intro_email: Fact | None = None
    joint_call: Fact | None = None
    kickoff_meeting: Fact | None = None
    urgent_items: Fact | None = None


class Stakeholder(BaseModel):
    name: str
    title: str | None = None
    role: Role
    organisation: str | None = None
    notes: str | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Commitment(BaseModel):
    text: str
    category: CommitmentCategory
    made_by: str | None = None
    made_to: str | None = None
    requested_by: str | None = None
    """When the text is the customer's request that ``made_by`` agreed to, who asked."""
    in_contract: bool
    status: Literal["contractual", "unvalidated", "confirmed", "rejected"]
    evidence: list[Evidence] = Field(min_length=1)
    contract_evidence: list[Evidence] = Field(default_factory=list)


class SuccessCriterion(BaseModel):
    metric: str
    baseline: str | None = None
    target: str | None = None
    timeframe: str | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Competitor(BaseModel):
    name: str
    outcome: str | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Risk(BaseModel):
    text: str
    category: str
    evidence: list[Evidence] = Field(min_length=1)


class Flag(BaseModel):
    """Something the rep must confirm; ``id`` is stable across runs on the same material."""

    id: str
    kind: FlagKind
    field: str
    message: str
    blocking: bool = True
    evidence: list[Evidence] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)


class SlaItem(BaseModel):
    task: str
    due: str | None
    rule: str


class Provenance(BaseModel):
    engine: str
    model: str | None = None
    prompts: dict[str, str] = Field(default_factory=dict)
    documents: list[str] = Field(default_factory=list)
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None


class Briefing(BaseModel):
    """The whole handoff: ten template sections, flags, and what the rep should do next."""

    account: str
    engine: str
    generated_at: str
    language: str
    segment: Segment
    completeness: float
    overview: Overview = Field(default_factory=Overview)
    purchase_context: PurchaseContext = Field(default_factory=PurchaseContext)
    stakeholders: list[Stakeholder] = Field(default_factory=list)
    success_criteria: list[SuccessCriterion] = Field(default_factory=list)
    implementation: Implementation = Field(default_factory=Implementation)
    commitments: list[Commitment] = Field(default_factory=list)
    competitors: list[Competitor] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    special_considerations: SpecialConsiderations = Field(default_factory=SpecialConsiderations)
    next_steps: NextSteps = Field(default_factory=NextSteps)
    flags: list[Flag] = Field(default_factory=list)
    sla: list[SlaItem] = Field(default_factory=list)
    provenance: Provenance
