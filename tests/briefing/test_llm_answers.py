"""Generated answers over loopback: cited quotes are located, or the answer is not returned."""

from __future__ import annotations

import json

import pytest

from briefing.llm_answers import OpenAIAnswerer
from briefing.service import ask_account
from ingest.workspace import Workspace
from tests.openai_replay import ReplayServer, Step, completion

pytestmark = pytest.mark.recorded


def answerer(url: str) -> OpenAIAnswerer:
    return OpenAIAnswerer("gpt-4o-mini", "sk-test", url, timeout=5, max_retries=1)


def reply(answer: str, found: bool, quotes: list[tuple[str, str]]) -> dict[str, object]:
    body = {
        "answer": answer,
        "found": found,
        "quotes": [{"document": d, "quote": q} for d, q in quotes],
    }
    return completion(json.dumps(body, ensure_ascii=False))


def test_cited_answer_is_grounded(acme_workspace: Workspace) -> None:
    good = reply(
        "Yes, SAP integration is mandatory.",
        True,
        [("welcome.eml", "A integração com o SAP é obrigatória.")],
    )
    with ReplayServer([Step(body=good)]) as server:
        answer = ask_account(
            acme_workspace,
            "acme",
            "Is the SAP integration mandatory?",
            answerer=answerer(server.url),
        )
    user = server.requests[0]["body"]["messages"][1]["content"]
    assert '<passage document="welcome.eml"' in user
    assert answer.found and answer.engine == "openai"
    [citation] = answer.citations
    assert citation.document == "welcome.eml" and citation.alignment == "exact"


def test_answer_with_unlocatable_citations_is_not_returned(acme_workspace: Workspace) -> None:
    forged = reply(
        "They were promised a free data lake.",
        True,
        [("welcome.eml", "We will build you a free data lake."), ("ghost.txt", "anything")],
    )
    with ReplayServer([Step(body=forged)]) as server:
        answer = ask_account(
            acme_workspace, "acme", "What about a data lake?", answerer=answerer(server.url)
        )
    assert not answer.found and answer.citations == []
    assert "data lake" not in answer.answer


def test_model_saying_not_found_is_honoured(acme_workspace: Workspace) -> None:
    with ReplayServer([Step(body=reply("", False, []))]) as server:
        answer = ask_account(
            acme_workspace, "acme", "What is their annual revenue?", answerer=answerer(server.url)
        )
    assert not answer.found and "not in the material" in answer.answer
