"""What surrounds the briefing: questions for the rep, the intro email, the meeting agenda."""

from __future__ import annotations

from briefing.models import Briefing

__all__ = ["intro_email", "meeting_agenda", "rep_questions"]


def rep_questions(briefing: Briefing) -> list[str]:
    """One question per open blocking flag, in the order the rep should answer them."""
    out = []
    order = {"unreadable_file": 0, "conflict": 1, "unvalidated_promise": 2, "missing_field": 3}
    for flag in sorted(briefing.flags, key=lambda f: order.get(f.kind, 9)):
        if flag.kind == "missing_field":
            out.append(flag.message.split(". ", 1)[-1] or flag.message)
        elif flag.kind == "conflict":
            out.append(
                f"Which {flag.field.split('.')[-1].replace('_', ' ')} is correct: "
                f"{' or '.join(flag.values)}?"
            )
        elif flag.kind == "unvalidated_promise":
            out.append(
                f"{flag.message.split(': ', 1)[-1].split('. Confirm')[0]} — will we honour "
                "this, and who owns it?"
            )
        elif flag.kind == "unreadable_file":
            out.append(f"{flag.field} could not be read: can you re-export it?")
    return out


def _name(briefing: Briefing, role: str) -> str | None:
    return next((s.name for s in briefing.stakeholders if s.role == role), None)


def intro_email(briefing: Briefing) -> str:
    """The rep's introduction of the CSM (article 003, phase 3), filled from the briefing."""
    champion = _name(briefing, "champion") or "[champion]"
    company = briefing.overview.company.value if briefing.overview.company else briefing.account
    csm = briefing.overview.csm.value if briefing.overview.csm else "[CSM name]"
    rep = briefing.overview.sales_rep.value if briefing.overview.sales_rep else "[rep name]"
    go_live = briefing.overview.go_live.value if briefing.overview.go_live else "[go-live date]"
    goals = [c.metric for c in briefing.success_criteria[:2]]
    lines = [
        f"Subject: Introducing {csm}, your Customer Success Manager",
        "",
        f"Hi {champion.split()[0]},",
        "",
        f"Thank you again for choosing us. I'd like to introduce {csm}, who will lead "
        f"{company}'s onboarding and partner with you from here, and who already knows your goals:",
    ]
    lines += [f"- {g}" for g in goals] or ["- [the customer's main goal]"]
    lines += [
        "",
        f"We are working toward go-live on {go_live}. {csm} will propose times for a joint call "
        "this week so we can walk through the plan together.",
        "",
        "Best regards,",
        rep,
    ]
    return "\n".join(lines)


def meeting_agenda(briefing: Briefing) -> list[str]:
    """The 30-45 minute internal knowledge-transfer meeting (article 003, phase 2)."""
    open_flags = sum(f.blocking for f in briefing.flags)
    promises = sum(not c.in_contract for c in briefing.commitments)
    return [
        "5 min — Deal overview: company, value, products, term, segment",
        f"10 min — Stakeholders: {len(briefing.stakeholders)} people, roles and dynamics",
        f"10 min — Commitments: {len(briefing.commitments)} in total, {promises} not in the contract",
        f"5 min — Success criteria ({len(briefing.success_criteria)}) and first value milestone",
        f"5 min — Risks ({len(briefing.risks)}) and competitive context ({len(briefing.competitors)})",
        f"5 min — Open questions for the rep: {open_flags} blocking flags",
        "5 min — Next steps: intro email, joint call, kickoff owner and dates",
    ]
