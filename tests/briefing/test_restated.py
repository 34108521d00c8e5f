"""A fact said aloud in a call is also quoted where someone wrote it down."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.restated import days_and_figures
from briefing.service import ask_account
from ingest.workspace import Workspace
from tests.conftest import brief_files


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Version seven goes end of support on December thirty-first.", {"12-31"}),
        ("- RouteLogix 7 end of support: December 31, 2026", {"12-31"}),
        ("It's due the first of March.", {"03-01"}),
        ("Our on-time rate was seventy-eight percent last quarter.", {"78"}),
        ("- On-time pickups: 78% today", {"78"}),
        ("We found 14,212 probable duplicates.", {"14212"}),
        # small figures and years say too little to match on
        ("We have 3 sites and plans for 2026.", set()),
    ],
)
def test_a_day_or_figure_is_the_same_however_it_is_written(text: str, given: set[str]) -> None:
    assert days_and_figures(text) == given


CALL = (
    "Renee Marchetti: CareHop is rolling out CareHop Connect, every provider has to submit"
    " trips through their API. Deadline is March thirty-first next year.\n"
    "Kyle Brandt: Understood, that is tight.\n"
    "Renee Marchetti: It is. And the portal goes away after that.\n"
)
REPLY = (
    "From: Renee Marchetti <renee@medline.example>\nTo: Kyle Brandt <kyle@vantrel.example>\n"
    "Subject: RE: Recap\nDate: Thu, 16 Jul 2026 09:00:00 -0400\n\n"
    "Kyle, one correction below, the rest is right.\n\n"
    "On Wed, 15 Jul 2026, Kyle Brandt wrote:\n"
    "> Recap of what we heard:\n"
    "> - CareHop Connect API mandatory for all providers by March 31, 2027\n"
    "> - Billing export due March 31, 2027 as well\n"
)


def test_an_answer_quoting_a_call_also_quotes_the_written_recap(
    workspace: Workspace, tmp_path: Path
) -> None:
    files = {"calls/discovery.txt": CALL, "emails/re-recap.eml": REPLY}
    briefing = brief_files(workspace, tmp_path, "ml", "MedLine", files)
    question = "What's the deadline for moving trips onto the CareHop Connect API?"
    answer = ask_account(workspace, "ml", question, briefing)
    assert "Deadline is March thirty-first next year." in answer.answer
    # the recap survives only inside the reply: its line on this topic, not the other one
    assert "mandatory for all providers by March 31, 2027" in answer.answer
    assert "Billing export" not in answer.answer
    assert "re-recap.eml" in {c.document for c in answer.citations}


def test_a_why_now_said_aloud_is_matched_to_the_recap_line_on_the_same_thing(
    workspace: Workspace, tmp_path: Path
) -> None:
    call = (
        "Oliver Grant: Thanks, that's helpful.\n"
        "Joanna Kirkbride: Can I just say why now, because Alasdair will ask you this. "
        "VenueMaster 7 is end of support. The vendor has told us support and security patches "
        "stop on the thirtieth of September this year.\n"
        "Oliver Grant: Understood.\n"
    )
    recap = (
        "From: Oliver Grant <oliver@venuesuite.example>\nTo: Joanna Kirkbride "
        "<joanna@harbourside.example>\nSubject: Recap\nDate: Thu, 5 Feb 2026 17:00:00 +0000\n\n"
        "Joanna, thanks for today. What we heard:\n"
        "- Vendor support and security patches for VenueMaster 7 end on 30 September.\n"
        "- Four venues, one booking calendar.\n"
    )
    notes = "# Handover\n\n- 4-venue group off VenueMaster 7 (EOS 30 Sep), 3 yrs.\n"
    files = {"calls/discovery.txt": call, "emails/recap.eml": recap, "notes/handover.md": notes}
    briefing = brief_files(workspace, tmp_path, "hs", "Harbourside", files)
    question = "Why couldn't they put this purchase off until next year?"
    answer = ask_account(workspace, "hs", question, briefing)
    assert "thirtieth of September" in answer.answer
    assert "end on 30 September" in answer.answer
