"""Oracle tests for the aligner: planted spans in real-looking text are found exactly."""

from __future__ import annotations

import random

import pytest

from briefing.grounding import ground, locate, verify
from ingest.loader import parse_file
from tests.conftest import FIXTURES

TEXT = (
    "[00:01:15] Tom Becker: The annual fee is 120,000 dollars for the three-year term.\n"
    "[00:01:20] Tom Becker: It includes premium support with a four hour response time.\n"
    "[00:02:55] Maria Costa: Não sei se a integração com o SAP fica pronta em março.\n"
)


def test_exact_quote_gets_its_offsets() -> None:
    quote = "premium support with a four hour response time"
    start, end, how = locate(quote, TEXT) or (0, 0, "")
    assert TEXT[start:end] == quote and how == "exact"


def test_whitespace_and_case_differences_align_to_the_source_text() -> None:
    start, end, how = locate("PREMIUM   support with a\nfour hour", TEXT) or (0, 0, "")
    assert how == "normalized"
    assert TEXT[start:end] == "premium support with a four hour"


def test_small_wording_drift_aligns_fuzzily_to_whole_words() -> None:
    found = locate("It includes premium support with a 4 hour response time", TEXT)
    assert found is not None
    start, end, how = found
    assert how == "fuzzy"
    assert "premium support" in TEXT[start:end] and TEXT[start].isalnum()


def test_fabricated_quote_is_not_found() -> None:
    assert locate("We guarantee a dedicated engineer for free", TEXT) is None


def test_grounded_evidence_verifies_and_fabricated_does_not() -> None:
    [doc] = parse_file(
        "2026-08-20-negotiation.txt",
        (FIXTURES / "acme" / "2026-08-20-negotiation.txt").read_bytes(),
    )
    good = ground(doc, "ten percent off at renewal")
    assert good.alignment == "exact" and verify(good, {doc.name: doc})
    assert good.locator == "[00:02:55] Tom Becker"
    bad = ground(doc, "a free data migration of ten years")
    assert bad.alignment == "not_found" and bad.start is None
    assert not verify(bad, {doc.name: doc})


@pytest.mark.parametrize("seed", range(20))
def test_planted_spans_in_random_text_are_recovered(seed: int) -> None:
    rng = random.Random(seed)
    words = TEXT.split()
    filler = " ".join(rng.choice(words) for _ in range(400))
    planted = f"CLAUSE-{seed}: service credits of {seed + 5}% apply after 99.{seed}% uptime"
    at = rng.randrange(len(filler))
    text = filler[:at] + " " + planted + " " + filler[at:]
    start, end, _ = locate(planted, text) or (0, 0, "")
    assert text[start:end] == planted
