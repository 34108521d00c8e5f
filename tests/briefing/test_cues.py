"""Cues read from the material: what they match, and what they must not."""

from __future__ import annotations

import pytest

from briefing.commitments import _quantities, looks_like_promise
from briefing.field_answers import field_intents
from briefing.lexicon import ABOUT_CONTRACT, FIELD_CUES, ROLE_CUES
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
    assert ROLE_CUES["blocker"].search("- Fermín (zona norte): NOT a fan.")
    assert ROLE_CUES["blocker"].search("Si la formación no sale bien, nos lo va a tumbar.")
    assert not ROLE_CUES["blocker"].search("She is not a fan club organiser.")


@pytest.mark.parametrize(
    ("text", "why_now"),
    [
        ("Jadi pemicunya teguran Dishub.", True),
        ("What triggered the project was the audit.", True),
        ("The workflow triggers an alert when a truck waits.", False),
        ("O sistema atual está sem suporte desde junho.", True),
        ("A versão web está sem suporte a SSO.", False),
        ("Trigger: kasus visa rombongan Makassar Des 2025.", True),
        ("E tem o outro lado: o contrato do Sinco vence no dia trinta e um de março.", True),
        ("Em junho a gente recebeu um aporte da Aroeira Capital.", True),
        ("Oke, tahun ini kita harus punya sistem yang bener.", True),
        ("The audit found 40 unreconciled tenancies.", True),
        ("Logs de auditoria retidos por 12 meses.", False),
        ("Every change is kept in the audit log.", False),
        ("Semua perubahan tercatat di jejak audit.", False),
        ("O contrato com a Sinco vence em março.", True),
        ("O contrato do Sinco acaba de ser renovado.", False),
        ("Quote, support for JumpDesk on-premise editions ends on 31 March 2027, unquote.", True),
        ("Kontrak Salonku berakhir 31 Agustus 2026, dan mereka sudah kirim surat.", True),
        ("A gente tomou uma ação trabalhista no fim do ano passado.", True),
        ("Support for the new kiosks is included.", False),
        ("Phone support ends at 6pm on weekdays.", False),
        ("O suporte do JurisOffice acaba de ser renovado.", False),
    ],
)
def test_what_set_the_purchase_off_and_what_did_not(text: str, why_now: bool) -> None:
    assert bool(FIELD_CUES["why_now"].search(text)) is why_now


def test_what_triggers_a_reminder_asks_no_why_now() -> None:
    asked = [i for i, _ in field_intents("What triggers the invoice reminder emails?", None)]
    assert "why_now" not in asked


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué les empujó a cambiar de sistema justo este año?",
        "Kejadian apa yang akhirnya bikin direksi memutuskan beli sistem tahun ini?",
        "What pushed them to switch this year?",
        "¿Qué les obligaba a cambiar de sistema precisamente ahora?",
        "O que aconteceu em janeiro que fez a diretoria tratar esse projeto como prioridade?",
    ],
)
def test_what_pushed_them_this_year_asks_why_now(question: str) -> None:
    assert "why_now" in [i for i, _ in field_intents(question, None)]


@pytest.mark.parametrize(
    "question",
    [
        "¿Hay alguien en la organización que vaya a poner pegas al despliegue?",
        "Is anyone on the customer side against this project, and who?",
    ],
)
def test_raising_objections_asks_for_the_blocker(question: str) -> None:
    assert "blocker" in [i for i, _ in field_intents(question, None)]


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        (
            "Ben Achterberg will be your named integration engineer through to 31 October 2026.",
            True,
        ),
        (
            "O Bruno Kalil, nosso engenheiro sênior, ficará dedicado à PetAmigo por seis meses.",
            True,
        ),
        ("Jon será vuestro ingeniero dedicado durante los tres primeros meses del proyecto.", True),
        (
            "Fikri Maulana menjadi engineer integrasi yang dedicated untuk Arafah selama 3 bulan.",
            True,
        ),
        ("We run the database on a dedicated server in Frankfurt.", False),
        ("The analyst has a dedicated server in Frankfurt.", False),
        ("He'll be your dedicated engineer until go-live.", True),
        ("Selama pilot, Fajar akan hadir onsite di Bandung dua hari per minggu.", True),
        ("Ana will be on site for the first two weeks after go-live.", True),
        ("The new server will be on site by March.", False),
        ("Akan ada genset cadangan di lokasi.", False),
        ("That's partly why Daniel will be on site, to take load off Lars.", False),
    ],
)
def test_a_named_person_of_ours_given_to_them_is_a_promise(text: str, promise: bool) -> None:
    assert looks_like_promise(text) is promise


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("What I can do is waive the Roaming Connect fee for the first six months.", True),
        (
            "Lo que sí puedo hacer es bonificar el módulo de eventos durante el primer trimestre.",
            True,
        ),
        ("O que eu consigo fazer é isentar a taxa de setup das franquias.", True),
        ("Yang bisa saya lakukan adalah menggratiskan modul laporan selama enam bulan.", True),
        ("I can walk you through the roaming fees on Thursday if that helps.", False),
        ("What I can do is check with finance and come back to you.", False),
        ("I\u2019ll waive the setup fee for the first six months.", True),
        ("I will not waive the setup fee.", False),
    ],
)
def test_a_concession_in_the_first_person_is_a_promise(text: str, promise: bool) -> None:
    assert looks_like_promise(text) is promise


@pytest.mark.parametrize(
    ("question", "intent", "asked"),
    [
        ("Did we give away anything on the roaming fees, and for how long?", "commitments", True),
        ("What did we give them away for free?", "commitments", True),
        ("Which hardware maker's firmware release could hold up the rollout?", "blocker", False),
        ("Pemasok mana yang bisa menghambat proyek?", "blocker", False),
        ("Who could hold up the rollout?", "blocker", True),
        ("Who is the decision maker on budget?", "economic_buyer", True),
        ("Who is the decision-maker on budget?", "economic_buyer", True),
        ("Who is the company's economic buyer?", "economic_buyer", True),
        ("¿Qué los orilló a cambiar de plataforma este año y no esperar?", "why_now", True),
        ("What pushed them to switch now instead of waiting?", "why_now", True),
        ("Kenapa harus sekarang dan tidak menunggu tahun depan?", "why_now", True),
        ("Should we switch now or wait for the new release?", "why_now", False),
        ("O Rafael deixou algum engenheiro reservado pra essa conta?", "commitments", True),
        ("Did they get a dedicated engineer?", "commitments", True),
        ("Were engineers assigned to the account?", "commitments", True),
        ("Is someone assigned to fix the login bug?", "commitments", False),
        ("Does the engineer have a reserved parking space?", "commitments", False),
    ],
)
def test_what_a_question_asks_by_its_verb_and_its_noun(
    question: str, intent: str, asked: bool
) -> None:
    assert (intent in [i for i, _ in field_intents(question, None)]) is asked


def test_beating_a_deadline_or_earning_asks_for_no_rival() -> None:
    assert "competitors" in [i for i, _ in field_intents("Which vendor did we beat?", None)]
    for question in ("Did we beat the deadline?", "¿Cuánto ganamos al año con este contrato?"):
        assert "competitors" not in [i for i, _ in field_intents(question, None)]


@pytest.mark.parametrize(
    "question",
    [
        "¿Qué les regalamos en la plataforma de teórica para cerrar la venta, fuera del pedido?",
        "O que demos de brinde para fechar o negócio?",
        "What did we throw in to get it signed?",
        "Kita kasih bonus apa supaya mereka tanda tangan?",
    ],
)
def test_what_was_given_away_asks_for_the_promises(question: str) -> None:
    assert "commitments" in [i for i, _ in field_intents(question, None)]


@pytest.mark.parametrize(
    "question",
    [
        "Según lo firmado, ¿qué día tienen que estar funcionando todas las sedes?",
        "Conforme o assinado, quando as lojas precisam estar rodando?",
        "When do they need to be up and running, per the signed paperwork?",
    ],
)
def test_a_day_to_be_running_by_the_signed_contract_asks_for_go_live(question: str) -> None:
    asked = [i for i, _ in field_intents(question, None)]
    assert asked[:1] == ["go_live"], asked


def test_who_signs_is_the_economic_buyer() -> None:
    assert ROLE_CUES["economic_buyer"].search("una cosa: la que firma es Lucía Benavides")
    assert ROLE_CUES["economic_buyer"].search("Sandra — quem assina e quem aperta o preço.")
    assert ROLE_CUES["economic_buyer"].search("Bu Ratna yang meneken kontrak.")
    assert not ROLE_CUES["economic_buyer"].search("Ella firma la recepción del pedido.")
    assert not ROLE_CUES["economic_buyer"].search("La que firma los albaranes es Rosa.")


@pytest.mark.parametrize(
    ("question", "about"),
    [
        ("What did they sign?", True),
        ("Who signed on behalf of the customer?", True),
        ("Who will sign on behalf of the customer?", True),
        ("Will they sign in December?", True),
        ("Do they need single sign on?", False),
        ("Do they need single sign-on with their directory?", False),
        ("Can users sign in with Google?", False),
        ("Can users sign in?", False),
        ("How do drivers sign in on the tablet?", False),
        ("Did they sign up for the beta?", False),
    ],
)
def test_signing_names_the_contract_but_signing_on_does_not(question: str, about: bool) -> None:
    assert bool(ABOUT_CONTRACT.search(question)) is about
