"""The offline engine: reads the material's structure and language, no model download.

CRM fields and contact roles, email headers and signatures, speaker turns, contract clauses,
and multilingual cue patterns fill the template; the local embedding model only helps decide
whether a promise is backed by a contract clause.
"""

from __future__ import annotations

from datetime import UTC, datetime

from briefing.commitments import EmbedFn, extract_commitments
from briefing.engines import register
from briefing.facts import gather_facts
from briefing.flags import build_flags, completeness
from briefing.lexicon import as_word
from briefing.material import Material
from briefing.models import (
    Briefing,
    Fact,
    Implementation,
    NextSteps,
    Overview,
    Provenance,
    PurchaseContext,
    Segment,
    SpecialConsiderations,
)
from briefing.parties import find_parties, fold, stakeholders
from briefing.sections import (
    blocker_risks,
    competitors,
    csm_fact,
    risks,
    sentence_fact,
    success_criteria,
)
from briefing.timing import infer_segment, sla_checklist

__all__ = ["LocalEngine"]

VERSION = "local-1"


@register("local")
class LocalEngine:
    """Structure- and pattern-based extraction for EN, PT, ES and ID."""

    name = "local"

    def __init__(self, embed: EmbedFn | None = None) -> None:
        self._embed = embed

    def brief(self, material: Material, *, segment: Segment | None = None) -> Briefing:
        parties = find_parties(material)
        facts = gather_facts(material, parties)
        people, inferred = stakeholders(parties)
        csm = csm_fact(material, parties)
        overview = Overview(
            company=facts.fact("company"),
            industry=facts.fact("industry"),
            size=facts.fact("size"),
            segment=facts.fact("segment"),
            deal_value=facts.deal_value(),
            products=facts.fact("products"),
            contract_signed=facts.fact("contract_signed"),
            term=facts.fact("term"),
            renewal=facts.fact("renewal"),
            go_live=facts.fact("go_live"),
            kickoff=facts.fact("kickoff"),
            sales_rep=facts.fact("sales_rep"),
            csm=csm,
        )
        if overview.products is not None:  # "Rotaplan Mobile" is a line of the order form
            bought = fold(overview.products.value)
            people = [p for p in people if not as_word(fold(p.name)).search(bought)]
        chosen = segment or infer_segment(overview.segment, overview.size, overview.deal_value)

        def sf(field: str, **kw: object) -> Fact | None:
            return sentence_fact(material, parties, field, **kw)  # type: ignore[arg-type]

        briefing = Briefing(
            account=material.account,
            engine=self.name,
            generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
            language=material.language,
            segment=chosen,
            completeness=0.0,
            overview=overview,
            purchase_context=PurchaseContext(
                pain_points=sf(
                    "pain_points",
                    prefer="customer",
                    exclude="vendor",
                    kinds=("call", "email", "note"),
                ),
                why_now=sf(
                    "why_now",
                    prefer="customer",
                    exclude="vendor",
                    kinds=("call", "email", "note", "crm"),
                    dated=True,
                ),
                lead_source=facts.lead_source()
                or sf("lead_source", kinds=("note", "call", "email")),
                decision_criteria=sf(
                    "decision_criteria",
                    prefer="customer",
                    exclude="vendor",
                    kinds=("call", "email", "note"),
                ),
            ),
            stakeholders=people,
            success_criteria=success_criteria(material, parties),
            implementation=Implementation(
                start_date=overview.kickoff,
                phases=sf("phases"),
                hard_dates=sf("hard_dates", prefer="customer"),
                technical_environment=sf(
                    "technical_environment", prefer="customer", skip_questions=False
                ),
                integrations=sf("integrations"),
                data_migration=sf("data_migration"),
                security_requirements=sf("security_requirements"),
                security_review=sf("security_review"),
                customer_resources=sf("customer_resources", prefer="customer", exclude="vendor"),
                dependencies=sf("dependencies", prefer="customer", exclude="vendor"),
                training_plan=sf("training_plan"),
            ),
            commitments=extract_commitments(material, parties, self._embed),
            competitors=competitors(material, parties),
            risks=risks(material, parties, blocker_risks(people)),
            special_considerations=SpecialConsiderations(
                unusual_terms=sf("unusual_terms", kinds=("contract", "email", "call", "note")),
                executive_visibility=sf("executive_visibility"),
                strategic_importance=sf("strategic_importance"),
                sensitive_dynamics=sf("sensitive_dynamics"),
            ),
            next_steps=NextSteps(
                agreed=facts.fact("next_steps")
                or sf("next_steps", kinds=("email", "call", "note")),
                kickoff_meeting=overview.kickoff or sf("kickoff", kinds=("email", "call", "note")),
                joint_call=sf("joint_call", kinds=("email", "call", "note")),
                urgent_items=sf("urgent_items", kinds=("email", "call", "note")),
            ),
            sla=sla_checklist(overview.contract_signed.value if overview.contract_signed else None),
            provenance=Provenance(
                engine=self.name,
                model=VERSION,
                documents=[d.name for d in material.documents],
            ),
        )
        briefing.completeness = completeness(briefing)
        briefing.flags = build_flags(briefing, material, facts.conflicts(), inferred)
        return briefing
