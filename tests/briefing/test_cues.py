"""Cues read from the material: what they match, and what they must not."""

from __future__ import annotations

import pytest

from briefing.commitments import _quantities
from briefing.field_answers import field_intents
from briefing.lexicon import FIELD_CUES, ROLE_CUES
from briefing.sections import _TARGET


def test_minutes_and_weeks_are_told_apart() -> None:
    assert _quantities("on-site 8 minggu") == {"w": {8.0}}
    assert _quantities("respuesta en 30 minutos") == {"min": {30.0}}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Queremos baixar a rejeição para uma taxa de 3% até dezembro.", "uma taxa de 3%"),
        ("Saya mau out-of-stock turun ke empat persen.", "empat persen"),
        ("Fuel ratio dari 1,18 menjadi 1,05 L/BCM", "1,05"),
    ],
)
def test_a_target_is_its_figure_not_an_article(text: str, target: str) -> None:
    found = _TARGET.search(text)
    assert found is not None and found["target"] == target


def test_a_sceptic_is_not_a_fan_in_every_language() -> None:
    assert ROLE_CUES["blocker"].search("Ele não é fã de software.")
    assert ROLE_CUES["blocker"].search("Jake is not a fan of software.")


@pytest.mark.parametrize(
    ("text", "why_now"),
    [
        ("Jadi pemicunya teguran Dishub.", True),
        ("What triggered the project was the audit.", True),
        ("The workflow triggers an alert when a truck waits.", False),
        ("O sistema atual está sem suporte desde junho.", True),
        ("A versão web está sem suporte a SSO.", False),
    ],
)
def test_what_set_the_purchase_off_and_what_did_not(text: str, why_now: bool) -> None:
    assert bool(FIELD_CUES["why_now"].search(text)) is why_now


def test_what_triggers_a_reminder_asks_no_why_now() -> None:
    asked = [i for i, _ in field_intents("What triggers the invoice reminder emails?", None)]
    assert "why_now" not in asked
