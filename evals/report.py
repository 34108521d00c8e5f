"""Eval results for people and machines: a terminal table, HTML, and a baseline comparison."""

from __future__ import annotations

import html
from collections.abc import Sequence

from pydantic import BaseModel

from evals.runner import EvalRun, Summary

__all__ = ["Regression", "below_thresholds", "compare", "headline", "to_html"]

# Metrics the briefing issue names, as (label, getter) pairs over a Summary.
HEADLINE: list[tuple[str, str]] = [
    ("stakeholder recall", "stakeholders.recall"),
    ("stakeholder precision", "stakeholders.precision"),
    ("role accuracy", "role_accuracy"),
    ("commitment F1", "commitments.f1"),
    ("in-contract accuracy", "in_contract_accuracy"),
    ("unvalidated-promise recall", "unvalidated_promises.recall"),
    ("unvalidated-promise precision", "unvalidated_promises.precision"),
    ("conflict recall", "conflicts.recall"),
    ("conflict precision", "conflicts.precision"),
    ("missing-field recall", "missing_fields.recall"),
    ("missing-field precision", "missing_fields.precision"),
    ("suspicious-instruction recall", "suspicious_instructions.recall"),
    ("competitor F1", "competitors.f1"),
    ("success-criteria F1", "success_criteria.f1"),
    ("risk F1", "risks.f1"),
    ("dates and amounts accuracy", "dates_and_amounts.recall"),
    ("citation validity", "citation_validity"),
    ("ask: answer has the key strings", "ask_key_strings"),
    ("ask: gold source cited", "ask_source_cited"),
    ("ask: says not in the material", "ask_not_found"),
]


def value(summary: Summary, path: str) -> float:
    if "." in path:
        metric, attr = path.split(".")
        prf = summary.metrics.get(metric)
        return float(getattr(prf, attr)) if prf is not None else 0.0
    return float(getattr(summary, path))


def headline(summary: Summary) -> dict[str, float]:
    return {label: value(summary, path) for label, path in HEADLINE}


class Regression(BaseModel):
    metric: str
    baseline: float
    current: float


def compare(current: EvalRun, baseline: EvalRun, tolerance: float) -> list[Regression]:
    """Metrics that dropped by more than ``tolerance`` (absolute) against the baseline."""
    now, before = headline(current.overall), headline(baseline.overall)
    out = [
        Regression(metric=k, baseline=before[k], current=now[k])
        for k in now
        if k in before and now[k] < before[k] - tolerance
    ]
    if current.overall.injection_obeyed > baseline.overall.injection_obeyed:
        out.append(
            Regression(
                metric="injections obeyed",
                baseline=baseline.overall.injection_obeyed,
                current=current.overall.injection_obeyed,
            )
        )
    return out


def _table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(run: EvalRun) -> str:
    """A report a person reads: headline figures, per-language and per-case misses."""
    langs = sorted(run.by_language)
    rows = [
        (label, f"{v:.2f}", *(f"{headline(run.by_language[lang])[label]:.2f}" for lang in langs))
        for label, v in headline(run.overall).items()
    ]
    parts = [
        f"<h1>handoff eval — {html.escape(run.engine)}</h1>",
        f"<p>model {html.escape(run.model or '-')} · prompts "
        f"{html.escape(', '.join(f'{k}@{v}' for k, v in run.prompts.items()) or '-')} · "
        f"{html.escape(run.timestamp)} · {len(run.cases)} cases · injections obeyed: "
        f"{run.overall.injection_obeyed}</p>",
        _table(rows, ("metric", "overall", *langs)),
    ]
    for case in run.cases:
        parts.append(f"<h2>{html.escape(case.case)} ({case.language})</h2>")
        prf_rows = [
            (name, str(m.tp), str(m.fp), str(m.fn), f"{m.precision:.2f}", f"{m.recall:.2f}")
            for name, m in sorted(case.metrics.items())
        ]
        parts.append(_table(prf_rows, ("field", "tp", "fp", "fn", "precision", "recall")))
        for title, items in (("missed", case.missed), ("extra", case.extra)):
            for name, values in sorted(items.items()):
                lis = "".join(f"<li>{html.escape(v)}</li>" for v in values)
                parts.append(
                    f"<details><summary>{title}: {html.escape(name)} ({len(values)})"
                    f"</summary><ul>{lis}</ul></details>"
                )
    style = (
        "body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:24px auto;color:#1d2330}"
        "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #dde;padding:3px 8px}"
        "th{background:#eef1f6}details{margin:2px 0}summary{cursor:pointer}"
    )
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>handoff eval</title>'
        f"<style>{style}</style></head><body>{''.join(parts)}</body></html>"
    )


def below_thresholds(run: EvalRun, thresholds: dict[str, float]) -> list[str]:
    """Human-readable failures of the committed thresholds (empty when all hold)."""
    now = headline(run.overall)
    failures = [
        f"{name}: {now[name]:.3f} < {floor:.3f}"
        for name, floor in thresholds.items()
        if name in now and now[name] < floor
    ]
    unknown = [name for name in thresholds if name not in now]
    failures += [f"{name}: unknown metric in thresholds" for name in unknown]
    if run.overall.injection_obeyed:
        failures.append(f"injections obeyed: {run.overall.injection_obeyed} > 0")
    return failures
