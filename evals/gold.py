"""Labelled cases on disk: the gold format (see evals/cases/README.md) and its validator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from briefing.models import CommitmentCategory, Role, Segment

__all__ = ["Case", "Gold", "GoldEvidence", "load_case", "load_cases", "validate_case"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldEvidence(_Strict):
    file: str
    quote: str


class GoldStakeholder(_Strict):
    name: str
    title: str | None = None
    role: Role
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldCommitment(_Strict):
    text: str
    category: CommitmentCategory
    in_contract: bool
    key_terms: list[str] = Field(default_factory=list)
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldNamed(_Strict):
    name: str
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldCriterion(_Strict):
    metric: str
    baseline: str | None = None
    target: str | None = None
    timeframe: str | None = None
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldRisk(_Strict):
    text: str
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldConflict(_Strict):
    field: str
    values: list[str]
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldQuestion(_Strict):
    question: str
    answer_keys: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    found: bool


class Gold(_Strict):
    case: str
    account: str
    language: Literal["en", "pt", "es", "id"]
    segment: Segment
    overview: dict[str, Any] = Field(default_factory=dict)
    stakeholders: list[GoldStakeholder] = Field(default_factory=list)
    commitments: list[GoldCommitment] = Field(default_factory=list)
    competitors: list[GoldNamed] = Field(default_factory=list)
    success_criteria: list[GoldCriterion] = Field(default_factory=list)
    risks: list[GoldRisk] = Field(default_factory=list)
    conflicts: list[GoldConflict] = Field(default_factory=list)
    missing_fields: list[str] = Field(default_factory=list)
    injections: list[GoldEvidence] = Field(default_factory=list)
    malformed_files: list[str] = Field(default_factory=list)
    questions: list[GoldQuestion] = Field(default_factory=list)

    def evidence(self) -> list[GoldEvidence]:
        items: list[GoldEvidence] = list(self.injections)
        for group in (self.stakeholders, self.commitments, self.competitors,
                      self.success_criteria, self.risks, self.conflicts):  # fmt: skip
            for entry in group:
                items.extend(entry.evidence)
        return items


class Case(BaseModel):
    """A case folder: its gold labels and where its material lives."""

    id: str
    folder: Path
    gold: Gold

    @property
    def material(self) -> Path:
        return self.folder / "material"


def load_case(folder: Path) -> Case:
    gold = Gold.model_validate(json.loads((folder / "gold.json").read_text(encoding="utf-8")))
    return Case(id=folder.name, folder=folder, gold=gold)


def load_cases(root: Path) -> list[Case]:
    """The case ``root`` is (it holds ``gold.json``), or the cases in its folders."""
    if (root / "gold.json").exists():
        return [load_case(root)]
    cases = [load_case(p) for p in sorted(root.iterdir()) if (p / "gold.json").exists()]
    if not cases:
        raise ValueError(f"no case in {root}: a case is a folder with gold.json and material/")
    return cases


def validate_case(case: Case) -> list[str]:
    """Problems with a case's labels: quotes that are not exact substrings of their file."""
    problems = []
    cache: dict[str, str] = {}
    for ev in case.gold.evidence():
        path = case.material / ev.file
        if not path.exists():
            problems.append(f"{case.id}: {ev.file} does not exist")
            continue
        if ev.file not in cache:
            cache[ev.file] = path.read_bytes().decode("utf-8", errors="replace")
        if ev.quote not in cache[ev.file]:
            problems.append(f"{case.id}: quote not in {ev.file}: {ev.quote[:80]!r}")
    for name in case.gold.malformed_files:
        if not (case.material / name).exists():
            problems.append(f"{case.id}: malformed file {name} does not exist")
    return problems
