"""When the contract with what the customer uses today runs out: said in a call or an email,
never in our own contract."""

from __future__ import annotations

from pathlib import Path

from briefing.incumbent import incumbent_contract_end
from briefing.service import ask_account
from ingest.transcripts import parse_plain
from ingest.workspace import Workspace
from tests.conftest import brief_files


def test_the_end_of_the_contract_with_today_s_system_is_quoted_where_it_was_said(
    workspace: Workspace, tmp_path: Path
) -> None:
    call = (
        "Mariana Costa: Por que agora? Qual o prazo de vocês?\n"
        "Juliana Paiva: O contrato do JurisOffice vence em 31 de janeiro, e eles mandaram um "
        "reajuste de quarenta por cento.\n"
        "Mariana Costa: Entendi. E a equipe de TI?\n"
        "Juliana Paiva: Somos três pessoas.\n"
    )
    form = (
        "# PEDIDO DE COMPRA\n\n1. Vigência: 36 meses a partir de 01/11/2026.\n"
        "2. O contrato termina em 31/10/2029 e renova automaticamente.\n"
    )
    files = {"calls/2026-09-15-descoberta.txt": call, "contract/pedido.md": form}
    briefing = brief_files(workspace, tmp_path, "btl", "Bastos Teixeira Lins", files)
    for question in (
        "Quando termina o contrato com o fornecedor do sistema que eles usam hoje?",
        "When does the licence of their current JurisOffice system expire?",
    ):
        answer = ask_account(workspace, "btl", question, briefing)
        assert answer.found and "31 de janeiro" in answer.answer, question
        assert "31/10/2029" not in answer.answer
        assert [c.document for c in answer.citations] == ["2026-09-15-descoberta.txt"]
    # a product the question names is the one whose contract ends: not JurisOffice's date
    call2 = call + (
        "Juliana Paiva: E as licenças do Astrea vencem em 30 de junho.\n"
        "Juliana Paiva: Os terminais da PayNorth ficam como estão.\n"
    )
    files["calls/2026-09-15-descoberta.txt"] = call2
    briefing = brief_files(workspace, tmp_path, "btl2", "Bastos Teixeira Lins", files)
    astrea = ask_account(
        workspace, "btl2", "When do their current Astrea licences expire?", briefing
    )
    assert "30 de junho" in astrea.answer and "31 de janeiro" not in astrea.answer
    # a capitalised word no sentence of an ending names ("the CRM", a person) asks about ours
    juliana = "When does their current contract with Juliana end?"
    assert "31/10/2029" in ask_account(workspace, "btl2", juliana, briefing).answer
    # their contract with a product they run, which nothing dates, is not in the material
    for question in (
        "When does their PayNorth terminal contract run out?",
        "Quando vence o contrato deles com a PayNorth?",
    ):
        assert not ask_account(workspace, "btl2", question, briefing).found, question
    # but their contract with us, named by the order form or a month, is the order form's
    for question in (
        "When does their contract with us end?",
        "Does their contract end in October?",
    ):
        assert "31/10/2029" in ask_account(workspace, "btl2", question, briefing).answer, question
    # their current contract is ours: the order form answers it
    ours = ask_account(workspace, "btl", "When does their current contract end?", briefing)
    assert "31/10/2029" in ours.answer


def test_a_question_asking_the_system_and_how_long_its_licence_lasts_is_one_question(
    workspace: Workspace, tmp_path: Path
) -> None:
    email = (
        "From: Nadia Okafor <nadia@harrowvale.co.uk>\nTo: Tom Ashdown <tom@fieldloop.io>\n"
        "Subject: Export\nDate: Mon, 10 Mar 2025 09:00:00 +0000\n\n"
        "Hi Tom,\n\nBugTrack have confirmed in writing that our licence ends on 31 May and they "
        "won't extend.\n\nNadia\n"
    )
    briefing = brief_files(workspace, tmp_path, "hv", "Harrow & Vale", {"emails/export.eml": email})
    answer = ask_account(
        workspace, "hv", "¿Qué sistema usan hoy y hasta cuándo les dura la licencia?", briefing
    )
    assert answer.found and "BugTrack" in answer.answer and "31 May" in answer.answer
    # how long something else lasts asks no licence's end
    other = ask_account(
        workspace, "hv", "¿Qué sistema usan hoy y cuánto va a durar la implementación?", briefing
    )
    assert "31 May" not in other.answer


def test_the_end_of_support_for_what_they_run_today_and_until_when_they_can_keep_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    email = (
        "From: Nathan Pryce <nathan@tramline.example>\nTo: Soren <soren@alpinecrest.example>\n"
        "Subject: Recap\nDate: Thu, 19 Mar 2026 09:00:00 +0000\n\n"
        "Hi Soren,\n\n- Summit ends support for the on-prem version on April 30, 2027.\n"
        "- Licencia de Punto Óptico vence el 30 de abril de 2026.\n"
    )
    form = "# ORDER FORM\n\n1. Term: 36 months from 1 July 2026, ending 30 June 2029.\n"
    files = {"emails/recap.eml": email, "contract/order-form.md": form}
    briefing = brief_files(workspace, tmp_path, "acr", "Alpine Crest", files)
    support = ask_account(
        workspace, "acr", "When does support for their old on-prem ticketing system run out?",
        briefing,
    )  # fmt: skip
    assert support.found and "April 30, 2027" in support.answer
    assert "2029" not in support.answer
    keep = ask_account(
        workspace, "acr", "¿Hasta qué fecha pueden seguir usando el sistema que tienen hoy?",
        briefing,
    )  # fmt: skip
    assert "30 de abril de 2026" in keep.answer and "2029" not in keep.answer


def test_the_order_form_named_in_capitals_is_no_product_of_theirs() -> None:
    call = (
        "Ana Lima: Our current system contract runs out in March.\n"
        "Rui Paz: Noted.\n"
        "Ana Lima: Thanks.\n"
    )
    docs = [parse_plain("calls/discovery.txt", call)]
    question = "When does their contract end, per the Order Form?"
    # no contract of ours is uploaded: "Order Form" is ours, not a product they run, so this
    # is not answered "not in the material" here
    assert incumbent_contract_end(question, docs, "Acme") is None
    their = "When does their PayNorth terminal contract run out?"
    answer = incumbent_contract_end(their, docs, "Acme")
    assert answer is not None and not answer.found
