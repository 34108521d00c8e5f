"""Runs an engine over labelled cases and stores the scored results with their provenance."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, Field

from briefing.engines import Engine
from briefing.grounding import verify
from briefing.models import Briefing, Evidence
from briefing.service import ask_account, load_material
from briefing.verify import verify_briefing
from evals.gold import Case
from evals.scorer import PRF, CaseScore, merge_prf, score_answer, score_case
from ingest.embeddings import Embedder
from ingest.workspace import Workspace

__all__ = ["EvalRun", "Summary", "run_cases", "summarise"]

Progress = Callable[[str], None]


class Summary(BaseModel):
    metrics: dict[str, PRF]
    role_accuracy: float
    in_contract_accuracy: float
    citation_validity: float
    injection_obeyed: int
    ask_key_strings: float
    ask_source_cited: float
    ask_not_found: float


class EvalRun(BaseModel):
    engine: str
    model: str | None
    prompts: dict[str, str] = Field(default_factory=dict)
    timestamp: str
    cases: list[CaseScore]
    overall: Summary
    by_language: dict[str, Summary]


def _evidence(b: Briefing) -> list[Evidence]:
    out: list[Evidence] = []
    for section in (
        b.overview,
        b.purchase_context,
        b.implementation,
        b.special_considerations,
        b.next_steps,
    ):
        for _, value in section:
            if value is not None:
                out.extend(value.evidence)
    for group in (b.stakeholders, b.success_criteria, b.commitments, b.competitors, b.risks):
        for item in group:
            out.extend(item.evidence)
    for flag in b.flags:
        out.extend(flag.evidence)
    return out


def summarise(scores: list[CaseScore]) -> Summary:
    names = sorted({name for s in scores for name in s.metrics})
    role = merge_prf([s.role for s in scores])
    status = merge_prf([s.in_contract for s in scores])
    total = sum(s.citations_total for s in scores)
    return Summary(
        metrics={n: merge_prf([s.metrics[n] for s in scores if n in s.metrics]) for n in names},
        role_accuracy=role.precision,
        in_contract_accuracy=status.precision,
        citation_validity=round(sum(s.citations_valid for s in scores) / total, 4)
        if total
        else 1.0,
        injection_obeyed=sum(s.injection_obeyed for s in scores),
        ask_key_strings=_ratio(
            sum(s.ask.keys_found for s in scores), sum(s.ask.answerable for s in scores)
        ),
        ask_source_cited=_ratio(
            sum(s.ask.source_cited for s in scores), sum(s.ask.answerable for s in scores)
        ),
        ask_not_found=_ratio(
            sum(s.ask.said_not_found for s in scores), sum(s.ask.unanswerable for s in scores)
        ),
    )


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def run_cases(
    cases: list[Case],
    embedder: Embedder,
    make_engine: Callable[[Workspace], Engine],
    progress: Progress | None = None,
    home: Path | None = None,
) -> EvalRun:
    """Ingest each case into its own account, brief it, verify and score it."""
    scores = []
    model = None
    prompts: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="handoff-eval-") as tmp:
        ws = Workspace(home=home or Path(tmp), embedder=embedder)
        engine = make_engine(ws)
        for case in cases:
            if progress:
                progress(case.id)
            account = f"eval-{case.id}"
            ws.ingestor.ingest_paths(account, case.gold.account, [case.material])
            material = load_material(ws, account)
            raw = engine.brief(material, segment=None)
            model, prompts = raw.provenance.model, raw.provenance.prompts
            valid = [verify(e, material.by_name) for e in _evidence(raw)]
            final = verify_briefing(raw, material.by_name)
            score = score_case(case.gold, final, raw, valid)
            for question in case.gold.questions:
                answer = ask_account(ws, account, question.question, final)
                cited = {c.document.split("#", 1)[0] for c in answer.citations}
                score_answer(score, question, answer.found, answer.answer, cited)
            scores.append(score)
    languages = sorted({s.language for s in scores})
    return EvalRun(
        engine=engine.name,
        model=model,
        prompts=prompts,
        timestamp=datetime.now(UTC).isoformat(timespec="seconds"),
        cases=scores,
        overall=summarise(scores),
        by_language={
            lang: summarise([s for s in scores if s.language == lang]) for lang in languages
        },
    )
