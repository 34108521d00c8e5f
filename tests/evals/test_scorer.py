"""The scorer on hand-made predictions: perfect, empty and partial briefings."""

from __future__ import annotations

from briefing.models import (
    Briefing,
    Commitment,
    Competitor,
    Evidence,
    Fact,
    Flag,
    Money,
    MoneyFact,
    Overview,
    Provenance,
    Stakeholder,
)
from evals.gold import Gold
from evals.scorer import same_person, score_case

GOLD = Gold.model_validate(
    {
        "case": "t",
        "account": "T",
        "language": "en",
        "segment": "mid_market",
        "overview": {"deal_value": {"amount": 1000, "currency": "USD"}, "go_live": "2026-10-01"},
        "stakeholders": [
            {"name": "Ana Lima", "role": "champion"},
            {"name": "Bo Chen", "role": "economic_buyer"},
            {"name": "Cy Diaz", "role": "blocker"},
            {"name": "Di Eze", "role": "end_user"},
        ],
        "commitments": [
            {
                "text": "live in four weeks",
                "category": "timeline",
                "in_contract": False,
                "evidence": [
                    {"file": "calls/a.txt", "quote": "We'll have you live in four weeks."}
                ],
            },
            {
                "text": "premium support",
                "category": "service",
                "in_contract": True,
                "key_terms": ["premium support"],
            },
        ],
        "competitors": [{"name": "Shipwell"}, {"name": "Routely"}],
        "conflicts": [{"field": "overview.go_live", "values": ["2026-10-01", "2026-11-02"]}],
        "missing_fields": ["implementation.security_review", "stakeholders.executive_sponsor"],
    }
)


def _ev(document: str, quote: str) -> Evidence:
    return Evidence(document=document, kind="call", quote=quote, start=0, end=len(quote))


def _briefing(**kw: object) -> Briefing:
    base: dict[str, object] = {
        "account": "t", "engine": "test", "generated_at": "now", "language": "en",
        "segment": "mid_market", "completeness": 0.0, "provenance": Provenance(engine="test"),
    }  # fmt: skip
    base.update(kw)
    return Briefing.model_validate(base)


def _perfect() -> Briefing:
    ev = _ev("calls/a.txt", "We'll have you live in four weeks.")
    return _briefing(
        overview=Overview(
            deal_value=MoneyFact(value=Money(amount=1000, currency="USD"), evidence=[ev]),
            go_live=Fact(value="2026-10-01", evidence=[ev]),
        ),
        stakeholders=[
            Stakeholder(name=s.name, role=s.role, evidence=[ev]) for s in GOLD.stakeholders
        ],
        commitments=[
            Commitment(
                text="We'll have you live in four weeks.",
                category="timeline",
                in_contract=False,
                status="unvalidated",
                evidence=[ev],
            ),
            Commitment(
                text="Premium support, 4-hour response",
                category="service",
                in_contract=True,
                status="contractual",
                evidence=[_ev("contract/o.md", "Premium support")],
            ),
        ],
        competitors=[Competitor(name=c.name, evidence=[ev]) for c in GOLD.competitors],
        flags=[
            Flag(id="1", kind="conflict", field="overview.go_live", message="m"),
            *(Flag(id=f, kind="missing_field", field=f, message="m") for f in GOLD.missing_fields),
        ],
    )


def test_gold_against_itself_scores_one() -> None:
    b = _perfect()
    s = score_case(GOLD, b, b, [True, True])
    for name in ("stakeholders", "commitments", "competitors", "conflicts", "missing_fields",
                 "unvalidated_promises", "dates_and_amounts"):  # fmt: skip
        assert s.metrics[name].precision == 1.0, name
        assert s.metrics[name].recall == 1.0, name
    assert s.role.precision == 1.0 and s.in_contract.precision == 1.0


def test_empty_prediction_has_zero_recall() -> None:
    b = _briefing()
    s = score_case(GOLD, b, b, [])
    for name in ("stakeholders", "commitments", "competitors", "conflicts", "missing_fields"):
        assert s.metrics[name].recall == 0.0, name
    assert s.metrics["dates_and_amounts"].recall == 0.0


def test_partial_prediction_gives_hand_computed_figures() -> None:
    ev = _ev("calls/a.txt", "x")
    b = _briefing(
        stakeholders=[
            Stakeholder(name="Ana Lima", role="champion", evidence=[ev]),
            Stakeholder(name="Bo Chen", role="champion", evidence=[ev]),  # wrong role
            Stakeholder(name="Zed Zulu", role="influencer", evidence=[ev]),  # not in gold
        ],
        competitors=[Competitor(name="Shipwell Inc", evidence=[ev])],
        flags=[
            Flag(id="1", kind="missing_field", field="implementation.security_review", message="m"),
            Flag(id="2", kind="missing_field", field="overview.products", message="m"),
        ],
    )
    s = score_case(GOLD, b, b, [True, False, True, True])
    people = s.metrics["stakeholders"]
    assert (people.tp, people.fp, people.fn) == (2, 1, 2)
    assert people.precision == round(2 / 3, 4) and people.recall == 0.5
    assert s.role.precision == 0.5
    assert s.metrics["competitors"].recall == 0.5 and s.metrics["competitors"].precision == 1.0
    missing = s.metrics["missing_fields"]
    assert (missing.tp, missing.fp, missing.fn) == (1, 1, 1)
    assert s.citations_valid == 3 and s.citations_total == 4


def test_names_match_across_honorifics_and_partial_forms() -> None:
    assert same_person("Dr. Henrique Vasconcelos", "Henrique Vasconcelos")
    assert same_person("Martha Lucía Guerrero", "Martha Lucia Guerrero")
    assert same_person("Jorge Iván Pardo", "Jorge Pardo")
    assert not same_person("Ana Lima", "Ana Souza")


def test_renewal_terms_written_out_are_scored_by_their_figures() -> None:
    from evals.scorer import _value_ok

    ev = _ev("contract/form.md", "Renews automatically for 12-month terms unless 60 days' notice.")
    gold = "auto-renews for 12-month terms, 60 days' notice, increase capped at 5%"
    said = _briefing(overview=Overview(renewal=Fact(value=ev.quote, evidence=[ev])))
    assert _value_ok("renewal", gold, said) is True
    wrong = Fact(value="Renews for 24-month terms.", evidence=[ev])
    assert _value_ok("renewal", gold, _briefing(overview=Overview(renewal=wrong))) is False
    assert _value_ok("renewal", "2027-10-31", said) is False  # a dated renewal needs the date
