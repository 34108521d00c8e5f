"""The OpenAI-compatible engine: LangChain ``ChatOpenAI`` against OpenAI, Azure, vLLM, Ollama
or a llama.cpp server.

The model reads the conversation (calls, emails, notes) and returns items with verbatim
quotes; every quote is then located in the stored text by the shared grounding, and an item
whose quote cannot be found is dropped and flagged. Structured facts (amounts, dates, terms,
CRM fields) and every judgement that decides a flag (is a promise in the contract? do sources
disagree?) come from the same code as the local engine, never from the model: injected text
cannot change a status. Material is fenced as data; results are cached by content hash.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import openai
from pydantic import BaseModel, ConfigDict, ValidationError

from briefing.commitments import EmbedFn, back_with_contract
from briefing.engines import register
from briefing.facts import gather_facts
from briefing.flags import build_flags, completeness
from briefing.grounding import ground
from briefing.local_engine import LocalEngine
from briefing.material import Material
from briefing.models import (
    Briefing,
    Commitment,
    CommitmentCategory,
    Competitor,
    Evidence,
    Fact,
    Risk,
    Role,
    Segment,
    Stakeholder,
    SuccessCriterion,
)
from briefing.parties import find_parties
from ingest.errors import EngineError
from prompts import load_prompt

__all__ = ["Extraction", "OpenAIEngine", "strict_schema", "structured_chat"]

PROMPT_ID = "briefing-extract"
# USD per million tokens (input, output); models not listed report no cost.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
}
_SECTION_FIELDS = {
    "purchase_context": ("pain_points", "why_now", "lead_source", "decision_criteria"),
    "implementation": (
        "phases",
        "hard_dates",
        "technical_environment",
        "integrations",
        "data_migration",
        "security_requirements",
        "security_review",
        "customer_resources",
        "dependencies",
        "training_plan",
    ),
    "special_considerations": (
        "unusual_terms",
        "executive_visibility",
        "strategic_importance",
        "sensitive_dynamics",
    ),
    "next_steps": ("next_steps",),
}


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    quote: str
    document: str


class LlmStakeholder(_Item):
    name: str
    title: str | None
    role: Role


class LlmCommitment(_Item):
    text: str
    category: CommitmentCategory
    made_by: str | None


class LlmFact(_Item):
    field: str
    value: str


class LlmCriterion(_Item):
    metric: str
    baseline: str | None
    target: str | None
    timeframe: str | None


class LlmNamed(_Item):
    name: str


class LlmRisk(_Item):
    text: str
    category: Literal["budget", "technical", "adoption", "timeline", "political", "general"]


class Extraction(BaseModel):
    """What the model returns: every item with a verbatim quote and its document."""

    model_config = ConfigDict(extra="forbid")
    stakeholders: list[LlmStakeholder]
    commitments: list[LlmCommitment]
    facts: list[LlmFact]
    success_criteria: list[LlmCriterion]
    competitors: list[LlmNamed]
    risks: list[LlmRisk]


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema OpenAI's strict structured output accepts: every property required,
    no extra properties, no defaults."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            node = {
                k: fix(v)
                for k, v in node.items()
                if k != "default" and not (k == "title" and isinstance(v, str))
            }
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            return node
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    schema: dict[str, Any] = fix(model.model_json_schema())
    schema["title"] = model.__name__
    return schema


def structured_chat(
    schema: type[BaseModel],
    model: str,
    api_key: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
) -> Any:
    """A ChatOpenAI runnable returning ``{"raw", "parsed", "parsing_error"}`` for a strict
    JSON schema; the openai client retries 429, 5xx and timeouts up to ``max_retries``."""
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(
        model=model,
        api_key=api_key or "not-needed",
        base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        temperature=0,
    )
    return llm.with_structured_output(
        strict_schema(schema), method="json_schema", strict=True, include_raw=True
    )


class _Cache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, body TEXT)")
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT body FROM responses WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, body: str) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?)", (key, body))


def _fence(material: Material, kinds: tuple[str, ...]) -> list[str]:
    blocks = []
    for doc in material.documents:
        if doc.kind not in kinds:
            continue
        text = doc.text.replace("</document>", "</ document>")
        blocks.append(f'<document name="{doc.name}" kind="{doc.kind}">\n{text}</document>')
    return blocks


def _packs(blocks: list[str], budget_chars: int) -> list[str]:
    """Documents grouped into as few requests as fit the budget (one when the account fits)."""
    packs: list[list[str]] = [[]]
    size = 0
    for block in blocks:
        if packs[-1] and size + len(block) > budget_chars:
            packs.append([])
            size = 0
        packs[-1].append(block[:budget_chars])
        size += min(len(block), budget_chars)
    return ["\n\n".join(p) for p in packs if p]


@register("openai")
class OpenAIEngine:
    """Extraction by an OpenAI-compatible chat model, grounded and judged like the local one."""

    name = "openai"

    def __init__(
        self,
        model: str,
        api_key: str | None,
        base_url: str | None,
        cache_path: Path,
        embed: EmbedFn | None = None,
        timeout: float = 60.0,
        max_retries: int = 3,
        invalid_json_retries: int = 2,
        budget_tokens: int = 60_000,
    ) -> None:
        self.model = model
        self._structured = structured_chat(
            Extraction, model, api_key, base_url, timeout, max_retries
        )
        self._cache = _Cache(cache_path)
        self._embed = embed
        self._invalid_json_retries = invalid_json_retries
        self._budget_chars = budget_tokens * 4
        self.prompt = load_prompt(PROMPT_ID)

    def _extract(self, account: str, pack: str, usage: dict[str, int]) -> Extraction:
        user = self.prompt.render(account=account, documents=pack)
        key = hashlib.sha256(
            f"{self.model}\0{self.prompt.id}@{self.prompt.version}\0{user}".encode()
        ).hexdigest()
        cached = self._cache.get(key)
        if cached is not None:
            return Extraction.model_validate_json(cached)
        messages = [("system", self.prompt.system), ("human", user)]
        problem = "no response"
        for _ in range(1 + self._invalid_json_retries):
            try:
                result = self._structured.invoke(messages)
            except (
                openai.LengthFinishReasonError,
                openai.ContentFilterFinishReasonError,
                ValueError,
            ) as exc:
                usage["calls"] += 1  # an answer came back, but cut off or unparseable
                problem = f"invalid structured output: {exc}"
                continue
            except Exception as exc:  # the client's own retries are exhausted by now
                raise EngineError(self.name, f"request failed: {exc}", self.model) from exc
            usage["calls"] += 1
            meta = getattr(result["raw"], "usage_metadata", None) or {}
            usage["prompt_tokens"] += int(meta.get("input_tokens", 0))
            usage["completion_tokens"] += int(meta.get("output_tokens", 0))
            parsed = result.get("parsed")
            try:
                extraction = Extraction.model_validate(parsed if parsed is not None else {})
            except ValidationError as exc:
                problem = f"invalid structured output: {result.get('parsing_error') or exc}"
                continue
            self._cache.put(key, extraction.model_dump_json())
            return extraction
        raise EngineError(self.name, problem, self.model)

    def brief(self, material: Material, *, segment: Segment | None = None) -> Briefing:
        usage = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0}
        blocks = _fence(material, ("call", "email", "note", "contract", "crm"))
        extraction = Extraction(
            stakeholders=[], commitments=[], facts=[], success_criteria=[], competitors=[], risks=[]
        )
        for pack in _packs(blocks, self._budget_chars):
            part = self._extract(material.account, pack, usage)
            for name in Extraction.model_fields:
                getattr(extraction, name).extend(getattr(part, name))
        base = LocalEngine(self._embed).brief(material, segment=segment)
        briefing = self._merge(base, extraction, material)
        briefing.engine = self.name
        briefing.provenance.engine = self.name
        briefing.provenance.model = self.model
        briefing.provenance.prompts = {self.prompt.id: self.prompt.version}
        briefing.provenance.calls = usage["calls"]
        briefing.provenance.prompt_tokens = usage["prompt_tokens"]
        briefing.provenance.completion_tokens = usage["completion_tokens"]
        price = PRICES.get(self.model)
        if price:
            briefing.provenance.cost_usd = round(
                (usage["prompt_tokens"] * price[0] + usage["completion_tokens"] * price[1]) / 1e6, 6
            )
        briefing.generated_at = datetime.now(UTC).isoformat(timespec="seconds")
        return briefing

    def _evidence(self, material: Material, item: _Item) -> Evidence:
        doc = material.by_name.get(item.document)
        if doc is None:  # the model named a document that is not this account's
            return Evidence(
                document=item.document,
                kind="note",
                quote=item.quote,
                start=None,
                end=None,
                alignment="not_found",
            )
        return ground(doc, item.quote)

    def _merge(self, base: Briefing, ex: Extraction, material: Material) -> Briefing:
        """The model's items, grounded, replace the pattern-based ones; the parsers' facts and
        all flag decisions are kept. Ungrounded items keep their not_found evidence so the
        verifier drops and flags them."""
        b = base.model_copy(deep=True)
        parties = find_parties(material)
        b.stakeholders = [
            Stakeholder(
                name=s.name,
                title=s.title,
                role=s.role,
                organisation=parties.customer,
                evidence=[self._evidence(material, s)],
            )
            for s in ex.stakeholders
        ] or b.stakeholders
        promises = [
            Commitment(
                text=c.text,
                category=c.category,
                made_by=c.made_by,
                made_to=parties.customer,
                in_contract=False,
                status="unvalidated",
                evidence=[self._evidence(material, c)],
            )
            for c in ex.commitments
        ]
        if promises:
            contract_only = [c for c in b.commitments if c.made_by is None]
            b.commitments = back_with_contract(material, promises, self._embed) + contract_only
        b.success_criteria = [
            SuccessCriterion(
                metric=c.metric,
                baseline=c.baseline,
                target=c.target,
                timeframe=c.timeframe,
                evidence=[self._evidence(material, c)],
            )
            for c in ex.success_criteria
        ] or b.success_criteria
        b.competitors = [
            Competitor(name=c.name, outcome="evaluated", evidence=[self._evidence(material, c)])
            for c in ex.competitors
        ] or b.competitors
        b.risks = [
            Risk(text=r.text, category=r.category, evidence=[self._evidence(material, r)])
            for r in ex.risks
        ] or b.risks
        for fact in ex.facts:
            for section, fields in _SECTION_FIELDS.items():
                name = "agreed" if fact.field == "next_steps" else fact.field
                if fact.field in fields and getattr(getattr(b, section), name, None) is None:
                    setattr(
                        getattr(b, section),
                        name,
                        Fact(value=fact.value, evidence=[self._evidence(material, fact)]),
                    )
            if (
                fact.field in ("industry", "size", "products", "csm")
                and getattr(b.overview, fact.field) is None
            ):
                setattr(
                    b.overview,
                    fact.field,
                    Fact(value=fact.value, evidence=[self._evidence(material, fact)]),
                )
        facts = gather_facts(material, parties)
        b.flags = build_flags(b, material, facts.conflicts(), [])
        b.completeness = completeness(b)
        return b
