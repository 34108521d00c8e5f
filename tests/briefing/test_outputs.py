"""What people read: Markdown and HTML briefings, localized headings, verification of output."""

from __future__ import annotations

import json
import re

import pytest

from briefing.html import to_html
from briefing.local_engine import LocalEngine
from briefing.markdown import to_markdown
from briefing.models import Briefing, Evidence, Fact
from briefing.service import brief_account
from briefing.verify import verify_briefing
from ingest.workspace import Workspace


@pytest.fixture(scope="module")
def acme(acme_workspace: Workspace) -> Briefing:
    return brief_account(acme_workspace, "acme", LocalEngine())[0]


def test_markdown_numbers_every_citation_with_document_and_locator(acme: Briefing) -> None:
    md = to_markdown(acme)
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    sources = md.split("## Sources", 1)[1]
    listed = [int(n) for n in re.findall(r"^(\d+)\. `", sources, re.M)]
    assert listed == list(range(1, len(listed) + 1))
    assert marks <= set(listed)
    assert "`2026-08-20-negotiation.txt` — [00:02:55] Tom Becker" in sources
    for heading in (
        "1. Account overview",
        "6. Commitments",
        "Handoff checklist",
        "Intro email draft",
    ):
        assert heading in md


def test_headings_follow_the_requested_language(acme: Briefing) -> None:
    assert "## 6. Compromissos" in to_markdown(acme, "pt")
    assert "## 6. Compromisos" in to_markdown(acme, "es")
    assert "## 6. Komitmen" in to_markdown(acme, "id")


def test_sla_dates_count_from_the_signature(acme: Briefing) -> None:
    due = {item.rule: item.due for item in acme.sla}
    assert due["within 24 hours of signature"] == "2026-08-29"
    assert due["within 5 business days"] == "2026-09-04"
    assert due["day 90"] == "2026-11-26"


def test_html_is_self_contained_and_opens_highlighted_sources(
    acme: Briefing, acme_workspace: Workspace
) -> None:
    docs = {d.name: d for d in acme_workspace.documents("acme")}
    page = to_html(acme, docs)
    assert "<script src" not in page and "<link" not in page
    cites = json.loads(re.search(r'id="cites">(.*?)</script>', page, re.S)[1])  # type: ignore[index]
    texts = json.loads(re.search(r'id="docs">(.*?)</script>', page, re.S)[1])  # type: ignore[index]
    assert 'data-n="1"' in page
    for c in cites.values():
        if c["start"] is not None:
            assert texts[c["document"]][c["start"] : c["end"]]


def test_verification_drops_fabricated_evidence_and_flags_it(
    acme: Briefing, acme_workspace: Workspace
) -> None:
    docs = {d.name: d for d in acme_workspace.documents("acme")}
    forged = acme.model_copy(deep=True)
    fake = Evidence(
        document="order-form.md", kind="contract", quote="Free SSO forever", start=0, end=16
    )
    forged.overview.renewal = Fact(value="2027-01-01", evidence=[fake])
    checked = verify_briefing(forged, docs)
    assert checked.overview.renewal is None
    assert any(f.kind == "weak_evidence" and f.field == "overview.renewal" for f in checked.flags)
