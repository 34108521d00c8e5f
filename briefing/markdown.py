"""The briefing as Markdown: readable sections, numbered citations with document and locator."""

from __future__ import annotations

import re

from pydantic import BaseModel

from briefing.i18n import label
from briefing.kit import intro_email, meeting_agenda, rep_questions
from briefing.models import Briefing, Evidence, Fact, MoneyFact

__all__ = ["Citations", "fact_text", "to_markdown"]


class Citations:
    """Numbers each distinct piece of evidence once, in order of first use."""

    def __init__(self) -> None:
        self.items: list[Evidence] = []
        self._index: dict[tuple[str, int | None, int | None], int] = {}

    def cite(self, evidence: list[Evidence]) -> list[int]:
        numbers = []
        for ev in evidence:
            key = (ev.document, ev.start, ev.end)
            if key not in self._index:
                self.items.append(ev)
                self._index[key] = len(self.items)
            numbers.append(self._index[key])
        return numbers

    def marks(self, evidence: list[Evidence]) -> str:
        return "".join(f"[{n}]" for n in self.cite(evidence))


def fact_text(value: Fact | MoneyFact, lang: str = "en") -> str:
    return value.value.text(lang) if isinstance(value, MoneyFact) else value.value


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _fields(section: BaseModel, lang: str, cites: Citations) -> list[str]:
    lines = []
    for name, value in section:
        if value is None:
            continue
        lines.append(
            f"- **{label(name, lang)}**: {_md(fact_text(value, lang))} {cites.marks(value.evidence)}"
        )
    return lines or [f"_{label('none', lang)}_"]


def to_markdown(briefing: Briefing, lang: str = "en", cites: Citations | None = None) -> str:
    """The briefing as Markdown; ``cites`` collects the numbered evidence when given."""
    cites = cites if cites is not None else Citations()
    b = briefing
    out = [
        f"# {label('title', lang)}: {b.overview.company.value if b.overview.company else b.account}",
        "",
        f"{label('segment', lang)}: **{b.segment.replace('_', '-')}** · "
        f"{label('completeness', lang)}: **{b.completeness:.0%}** · "
        f"{label('engine', lang)}: {b.engine} · {b.generated_at}",
        "",
    ]
    blocking = [f for f in b.flags if f.blocking]
    if b.flags:
        out += [f"## {label('flags', lang)} ({len(blocking)})", ""]
        for f in b.flags:
            marks = cites.marks(f.evidence[:3])
            field = re.sub(r"\[(\d+)\]", lambda m: f" #{int(m[1]) + 1}", f.field)
            out.append(
                f"- **{f.kind.replace('_', ' ')}** `{field}`: {_md(f.message)} {marks}".rstrip()
            )
        out.append("")
    out += [f"## {label('overview', lang)}", "", *_fields(b.overview, lang, cites), ""]
    out += [
        f"## {label('purchase_context', lang)}",
        "",
        *_fields(b.purchase_context, lang, cites),
        "",
    ]
    out += [f"## {label('stakeholders', lang)}", ""]
    if b.stakeholders:
        out += [
            f"| {label('name', lang)} | {label('title_col', lang)} | {label('role', lang)} | "
            f"{label('evidence', lang)} |",
            "|---|---|---|---|",
        ]
        for s in b.stakeholders:
            out.append(
                f"| {_md(s.name)} | {_md(s.title or '')} | {s.role.replace('_', ' ')} | "
                f"{cites.marks(s.evidence)} |"
            )
    else:
        out.append(f"_{label('none', lang)}_")
    out += ["", f"## {label('success_criteria', lang)}", ""]
    if b.success_criteria:
        out += [
            f"| {label('metric', lang)} | {label('baseline', lang)} | {label('target', lang)} | "
            f"{label('timeframe', lang)} | {label('evidence', lang)} |",
            "|---|---|---|---|---|",
        ]
        for c in b.success_criteria:
            out.append(
                f"| {_md(c.metric)} | {_md(c.baseline or '')} | {_md(c.target or '')} | "
                f"{_md(c.timeframe or '')} | {cites.marks(c.evidence)} |"
            )
    else:
        out.append(f"_{label('none', lang)}_")
    out += [
        "",
        f"## {label('implementation', lang)}",
        "",
        *_fields(b.implementation, lang, cites),
        "",
    ]
    out += [f"## {label('commitments', lang)}", ""]
    if b.commitments:
        out += [
            f"| {label('promise', lang)} | {label('category', lang)} | {label('made_by', lang)} | "
            f"{label('status', lang)} | {label('evidence', lang)} |",
            "|---|---|---|---|---|",
        ]
        for promise in b.commitments:
            status = "✅ contractual" if promise.status == "contractual" else f"⚠️ {promise.status}"
            out.append(
                f"| {_md(promise.text)} | {promise.category} | {_md(promise.made_by or '')} | "
                f"{status} | {cites.marks(promise.evidence + promise.contract_evidence)} |"
            )
    else:
        out.append(f"_{label('none', lang)}_")
    out += ["", f"## {label('competitors', lang)}", ""]
    out += [
        f"- **{_md(c.name)}** ({c.outcome}) {cites.marks(c.evidence)}" for c in b.competitors
    ] or [f"_{label('none', lang)}_"]
    out += ["", f"## {label('risks', lang)}", ""]
    out += [f"- _{r.category}_: {_md(r.text)} {cites.marks(r.evidence)}" for r in b.risks] or [
        f"_{label('none', lang)}_"
    ]
    out += [
        "",
        f"## {label('special_considerations', lang)}",
        "",
        *_fields(b.special_considerations, lang, cites),
        "",
    ]
    out += [f"## {label('next_steps', lang)}", "", *_fields(b.next_steps, lang, cites), ""]
    out += [
        f"### {label('sla', lang)}",
        "",
        f"| {label('task', lang)} | {label('due', lang)} | rule |",
        "|---|---|---|",
    ]
    out += [f"| {s.task} | {s.due or '—'} | {s.rule} |" for s in b.sla]
    questions = rep_questions(b)
    if questions:
        out += ["", f"### {label('rep_questions', lang)}", ""]
        out += [f"{i}. {_md(q)}" for i, q in enumerate(questions, 1)]
    out += ["", f"### {label('agenda', lang)}", "", *[f"- {a}" for a in meeting_agenda(b)]]
    out += ["", f"### {label('intro_email', lang)}", "", "```text", intro_email(b), "```"]
    out += ["", f"## {label('sources', lang)}", ""]
    for i, ev in enumerate(cites.items, 1):
        where = f" — {ev.locator}" if ev.locator else ""
        quote = ev.quote if len(ev.quote) <= 300 else ev.quote[:299] + "…"
        out.append(f"{i}. `{ev.document}`{where}: “{_md(quote)}”")
    return "\n".join(out) + "\n"
