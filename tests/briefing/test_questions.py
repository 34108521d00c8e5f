"""Question analysis: expected answer types, values of the right type, cross-language terms."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from briefing.answers import account_words
from briefing.material import detect_language
from briefing.questions import (
    analyse,
    asked_beside_condition,
    asks_for_person,
    concept_forms,
    found_terms,
    has_type,
    id_roots,
    named_beside,
    named_only,
    names,
    speaks_for_self,
    translations,
    unused_translations,
)
from briefing.service import ask_account
from briefing.units import gives_address
from ingest.workspace import Workspace


def _q(text: str, account: set[str] | None = None):  # type: ignore[no-untyped-def]
    return analyse(text, account or set(), lambda _: 1.0)


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Who signs the purchase order?", "person"),
        ("Quem é a coordenadora de implantação?", "person"),
        ("¿Cómo se llama el ingeniero en sitio?", "person"),
        ("Siapa nama engineer yang ditempatkan?", "person"),
        ("How much does the payments module cost?", "number"),
        ("Quantas licenças foram contratadas?", "number"),
        ("¿Qué descuento quedó en la orden?", "number"),
        ("Berapa toko yang memakai versi enam?", "number"),
        ("What per-truck price did they quote?", "number"),
        ("What is Constructora Cordillera's annual revenue?", "number"),
        ("Qual é o orçamento aprovado para o projeto?", "number"),
        ("Qual orçamento a Sandra aprovou para os tablets?", "number"),
        ("Qual é a nota média da rede nas avaliações do Google?", "number"),
        ("What is their average rating on Google?", "number"),
        ("What is the budget approval process?", None),
        ("Which team owns the budget?", "name"),
        ("When is the kickoff?", "date"),
        ("Quando é o go-live?", "date"),
        ("¿Para cuándo dijeron que estaría la región?", "date"),
        ("Kapan kickoff dijadwalkan?", "date"),
        ("What go-live date does the signed order form give?", "date"),
        ("¿Cuál es la fecha de go-live?", "date"),
        ("What's the target go-live date?", "date"),
        ("What penalty applies if go-live slips past the contractual date?", "number"),
        ("What data do they keep?", None),
        ("Which database does the LIMS run on?", "name"),
        ("What did we promise about training?", None),
        ("¿Qué versión de Orfeo tiene instalada la alcaldía?", "number"),
        ("Versi SAP apa yang dipakai?", "number"),
        ("Did we promise anyone on site when they go live?", None),
        ("Kepala sekolah mana yang paling ragu?", "name"),
        ("Di mana gudangnya?", None),
        ("¿Qué persona de la cuenta es la más reacia al proyecto?", "person"),
        ("Which of their people is most reluctant?", "person"),
        ("Orang mana yang paling enggan?", "person"),
        ("Which rival vendor was still in the running when pricing was being negotiated?", "name"),
        ("Who was in the room when we demoed the app?", "person"),
        ("Which month do we go live when the contract is signed?", "date"),
        ("What is the go-live date, and when do we kick off?", "date"),
        ("Qual concorrente ainda estava na disputa quando negociamos o preço?", "name"),
        ("Siapa pemasok sensor rumah walet?", "name"),
        ("Who is their integrator?", "name"),
        ("¿Con qué operador tienen contratada la conexión a internet?", "name"),
        ("¿Con qué banco trabajan para las remesas SEPA?", "name"),
        ("¿Cómo se llama la gestoría que les lleva la contabilidad?", "name"),
        ("¿Quién es el proveedor de las cámaras?", "name"),
        ("Who at the integrator signs off on the cut-over?", "person"),
        ("Who is the decision maker?", "person"),
        # a company asked for by "qué"; a deadline is a day
        ("¿Qué empresa les da la centralita telefónica?", "name"),
        ("What deadline is forcing them off their old booking platform?", "date"),
        ("¿Qué plazo final les puso la aseguradora?", "date"),
        # the company is not what is asked
        ("What is the company's biggest risk?", None),
        ("What are their suppliers' lead times?", None),
        # two words before the figure's kind; a price asked as "priced at"
        ("What service credit percentage applies if uptime falls below 99.9%?", "number"),
        ("What's the cloud upgrade offer priced at?", "number"),
        ("What does the fee cover?", None),
        # a system's name asked is a product's, not a person's
        ("¿Cómo se llama el sistema académico propio?", "name"),
        ("Qual é o nome da plataforma de pagamentos?", "name"),
        ("¿Cómo se llama la jefa de sistemas?", "person"),
    ],
)
def test_expected_answer_type(question: str, expects: str | None) -> None:
    assert _q(question).expects == expects


def test_a_yes_no_question_whether_someone_does_it_asks_who() -> None:
    for question in (
        "¿Hay algún médico que no esté convencido con el cambio?",
        "Tem alguém do lado deles que pode emperrar a adoção?",
        "Is there anyone on their side who could slow the rollout?",
    ):
        assert asks_for_person(question), question
    assert not asks_for_person("¿Hay alguna penalidad si nos retrasamos?")
    assert not asks_for_person("¿Hay alguna cláusula que permita salir?")
    assert not asks_for_person("Tem alguma multa que se aplique?")
    assert not asks_for_person("Apakah ada yang dijanjikan soal training?")


def test_an_organisation_asked_for_is_named_by_no_person() -> None:
    q = _q("Siapa nama vendor jaringan yang membangun tower mesh di Loa Janan?")
    unit = "Tablet juga, kata Bu Sri distributor inden, dan PO-nya baru bisa keluar minggu depan."
    assert not has_type([unit], q, ["Sri Rahayu"])
    assert not has_type(
        ["Vendor jaringan baru kasih jadwal, kata Yohanes Siahaan."], q, ["Yohanes Siahaan"]
    )
    assert has_type(["Tower mesh dibangun oleh vendor jaringan kami, Meshindo."], q, [])


def test_a_system_asked_for_is_named_by_no_person_nor_title() -> None:
    q = _q("Data komisi stylist nantinya harus dialirkan ke sistem payroll apa?")
    unit = "Dari kami nanti ada Pak Dimas, IT Manager kami, sama Pak Rudi dari finance."
    assert not has_type([unit], q, ["Dimas Prasetyo"])
    assert has_type(["Sistem baru harus bisa kirim data komisi ke GajiKu."], q, [])


def test_a_price_per_the_unit_asked_needs_no_currency() -> None:
    q = _q("Quanto custa a licença mensal por loja depois do desconto?")
    assert has_type(["Fica oitocentos e setenta e dois por loja."], q, [])
    assert not has_type(["Fica oitocentos e setenta e dois por mês."], q, [])
    assert not has_type(["São trinta e uma lojas no total."], q, [])
    # the question's own "por litro", and "a Mercanalytics", price nothing
    assert not has_type(["São quarenta funcionários por loja."], q, [])
    q = _q("Quanto custa hoje, em reais, o frete por litro entregue?")
    assert not has_type(["Em três meses o custo de frete por litro vai cair."], q, [])
    q = _q("Quanto a Mercanalytics cobrava pelo projeto?")
    assert not has_type(["E a Mercanalytics, projeto de oito meses."], q, [])
    q = _q("What per-truck price did Trakkon come back with?")
    assert has_type(["Trakkon came back last week at nineteen fifty a truck."], q, [])


def test_a_rank_counts_nothing_and_a_place_is_no_one() -> None:
    q = _q("How many pharmacists do they employ across the store network?")
    assert not has_type(["#3 pharmacy chain in Antioquia, ~3,400 people."], q, [])
    assert has_type(["They have 40 pharmacists across the network."], q, [])
    q = _q("Quantos farmacêuticos eles têm?")
    assert has_type(["Em um ano 40 farmacêuticos entraram na rede."], q, [])
    q = _q("Quem vai ministrar as turmas presenciais de treinamento?")
    assert not has_type(["Duas turmas presenciais extras em Curitiba, por nossa conta."], q, [])
    assert has_type(["As turmas presenciais ficam com a Juliana Prates."], q, [])
    q = _q("Who handled the outage?")
    assert has_type(["Tom escalated the outage to Duncan."], q, [])


def test_numbers_must_be_new_values_not_the_questions_own() -> None:
    q = _q("How much service credit applies if uptime falls below 99.5%?")
    assert not has_type(["5.1 The platform has a monthly uptime commitment of 99.5%."], q, [])
    assert has_type(["Credits are 10% of the monthly fee."], q, [])
    q = _q("Quanto vai custar o portal depois dos seis meses sem custo?")
    assert not has_type(["Portal liberado 6 meses sem custo."], q, [])
    assert has_type(["Depois disso, o portal custa R$ 2.000 por mês."], q, [])


def test_a_count_is_a_number_next_to_what_is_counted() -> None:
    q = _q("Quantos sócios o escritório tem hoje?")
    assert not has_type(["Proposta até 22/10 para o comitê de sócios."], q, [])
    assert not has_type(["5. Plano de comunicação para os sócios."], q, [])
    assert has_type(["Hoje somos doze sócios e quarenta advogados."], q, [])
    # a date or a time beside it counts nothing
    assert not has_type(["Assinou o sócio-administrador em 29/10, depois do comitê."], q, [])
    assert not has_type(["Reunião dos sócios às 10:30."], q, [])
    # a share or a year beside it counts nothing either
    q = _q("¿Cuántas cajas exportan al año?")
    assert not has_type(["Reclamos en el 4,8 % de las cajas."], q, [])
    assert not has_type(["Reclamos por botrytis en las cajas (San Valentín 2026)."], q, [])
    assert has_type(["Exportamos unas 380.000 cajas al año."], q, [])

    assert has_type(["We ship about 2000 cajas a day."], q, [])
    # a compound of three words: its head may be the third
    q = _q("How many parent phone calls hit dispatch at the start of last school year?")
    assert has_type(["First two weeks of school, dispatch logged about 2,400 calls."], q, [])
    # a compound of four words, up to the verb that ends it
    q = _q("How many Shiftbridge Core user licences did they buy?")
    assert has_type(["| Shiftbridge Core | Timesheets | 110 licences | £26.00 |"], q, [])
    # a figure denied, or a length of time, counts nothing
    assert not has_type(["I'm not buying a hundred and thirty licences."], q, [])
    assert not has_type(["Extra licences for three weeks of the year."], q, [])
    assert has_type(["No more than 40 licences."], q, [])
    # Portuguese "no" is "in the"
    q = _q("Quantas licenças compraram?")
    assert has_type(["Compraram no total 40 licenças."], q, [])
    q = _q("How many Shiftbridge Core user licences did they buy?")
    # "how many of the 70...?" counts what follows; the 70, in words too, is the question's
    q = _q("How many of the 70 field technicians are based in San Juan?")
    assert not has_type(["¿Setenta técnicos propios? Sí, hace ~30 años."], q, [])
    assert has_type(["En San Juan tenemos 18 técnicos."], q, [])
    # and by any of its words
    q = _q("How many crew app licenses did they end up buying?")
    assert has_type(["Updated order form attached with 180 crew users."], q, [])
    q = _q("¿Cuántas camas tienen?")
    assert has_type(["Entre todos, cuatrocientas veinte camas."], q, [])
    assert has_type(["Camas: 380"], q, [])
    q = _q("¿Cuántas licencias de funcionario quedaron en el contrato?")
    assert has_type(["Licencias para ciento veinte (120) usuarios funcionarios."], q, [])
    # how many of a currency asks an amount
    q = _q("How many dollars do they pay per seat?")
    assert has_type(["They pay $14 per seat per month."], q, [])
    # counting what is charged for is still a count ("¿a cuántos guardas les vamos a cobrar?")
    q = _q("¿A cuántos guardas les vamos a cobrar licencia?")
    assert has_type(["Licenciamos 1.850 guardas en total."], q, [])
    assert not has_type(["La licencia cuesta $14.450 al mes."], q, [])
    # a word the account uses is looked for as written, but a count says it in its own word
    common = analyse(
        "How many locations are covered?", set(), lambda t: 3.0 if "\x00" in t else 1.0
    )
    assert has_type(["Covered Sites: forty-four (44) facilities."], common, [])
    assert not has_type(["Covered Sites: listed in Schedule 2."], common, [])


def test_a_name_asked_for_is_not_given_by_anyone_of_that_kind() -> None:
    q = _q("Qual é o nome da médica que fará a sessão com o corpo clínico?")
    said = "Falei com a Patrícia: a gente tem uma médica na equipe que faz uma sessão."
    assert not has_type([said], q, ["Patrícia"])
    assert has_type(["A médica é a Dra. Helena Prado, que faz a sessão."], q, [])
    # a session named "uma sessão" is no doctor left unnamed
    assert has_type(["Numa sessão, a médica Helena Prado explica os protocolos."], q, [])


def test_a_name_asked_for_is_a_persons_not_a_products() -> None:
    q = _q("¿Cómo se llama la delegada de protección de datos externa del cliente?")
    said = "Hay que ver dónde están los datos y cómo migramos lo de GestAuto y el TPV."
    assert not has_type([said], q, [])
    assert has_type(["La delegada de protección de datos es Marta Ribas, externa."], q, [])


@pytest.mark.parametrize(
    ("question", "sentence", "typed"),
    [
        (
            "Which Saturday is the extra training day?",
            "Extra Saturday training promised 28/09.",
            False,
        ),
        (
            "Which Saturday is the extra training day?",
            "Training on a Saturday of your choosing.",
            False,
        ),
        (
            "Which Saturday is the extra training day?",
            "Training day is Saturday 14 November.",
            True,
        ),
        ("When was the training day promised?", "Extra Saturday training promised 28/09.", True),
        ("¿En qué fechas son las jornadas?", "Y la segunda: la autorización de Tráfico.", False),
        ("Quando é a reunião?", "Fica para a próxima semana, na segunda.", True),
        ("Quando vai ser o kickoff?", "Kickoff confirmado: terça, 13/10, 9h, na matriz.", True),
        ("Quais datas ficaram para o treinamento?", "O treinamento fica para 12 de maio.", True),
    ],
)
def test_a_date_asked_for_is_a_day_written_for_it(
    question: str, sentence: str, typed: bool
) -> None:
    q = _q(question)
    assert q.expects == "date"
    assert has_type([sentence], q, []) is typed


def test_a_heading_in_capitals_names_no_one() -> None:
    q = _q("Quem é o encarregado de proteção de dados do escritório?")
    assert not has_type(["6. PROTEÇÃO DE DADOS"], q, [])
    assert has_type(["A encarregada de proteção de dados é a Dra. Helena Prado."], q, [])
    # a name in capitals inside a sentence is still a name
    q = _q("Who is in charge of the dissemination report?")
    assert has_type(["The report has to be written by SIEMENS, everybody contributes."], q, [])


def test_dates_written_out_count() -> None:
    q = _q("When is the dispatch freeze?")
    assert has_type(["No changes between November fifteenth and January fifth."], q, [])
    assert has_type(["Selasa, 8 September 2026, on-site di Kuningan."], q, [])
    assert not has_type(["We freeze dispatch changes during peak season."], q, [])


def test_a_who_question_needs_a_name_beside_what_it_asks_about() -> None:
    q = _q("Who is the implementation coordinator?")
    assert has_type(["I spoke with Bianca, our implementation coordinator."], q, [])
    # a name mentioned in passing, far from the role, is not the answer
    assert not has_type(
        [
            "As I told Patricia on Monday when we were going through the rollout plan in detail, "
            "we will assign an implementation coordinator."
        ],
        q,
        [],
    )
    assert has_type(["Bianca is the implementation coordinator."], q, [])
    # a name after the article that opens the sentence ("A Patrícia fica...") is a name
    q = _q("Quem fica de ponto focal?")
    assert has_type(["A Patrícia fica de ponto focal nesse período."], q, [])
    # the English article opens no name
    q = _q("Who is the point of contact?")
    assert not has_type(["A Salesforce admin will be the point of contact."], q, [])
    # an addressee opening the sentence is not the answer either
    assert not has_type(["Pak Hendra, we will assign an implementation coordinator."], q, [])


def test_question_words_match_material_in_another_language() -> None:
    q = _q("What discount did they get on the subscription?")
    assert q.coverage("Ficou um desconto de 10% na assinatura.") > 0.4
    assert q.coverage("Ficou acertado o cronograma de treinamento.") == 0


def test_a_word_the_account_never_uses_weighs_as_an_average_word() -> None:
    idf = {"procurement": 3.0, "fleetwise": 1.0}
    q = analyse("Who handles procurement at Fleetwise?", set(), lambda t: idf.get(t, 9.0))
    assert {t.token: t.weight for t in q.terms} == {
        "handles": 2.0,  # never in the account, no known translation: the mean of 3 and 1
        "procurement": 3.0,
        "fleetwise": 1.0,
    }
    assert q.coverage("Angela Moreno does procurement for Fleetwise.") == pytest.approx(4 / 6)
    # a word with known translations keeps its rarity: it can still be found
    [discount] = analyse("What discount?", set(), lambda t: 9.0).terms
    assert discount.weight == 9.0 and "desco" in discount.stems


def test_names_the_account_uses_are_matched_whole_not_by_their_stem() -> None:
    idf = {"controlobra": 2.0, "quote": 2.0, "rollout": 2.0}.get
    q = analyse("How much did ControlObra quote?", set(), lambda t: idf(t, 9.0))
    assert q.coverage("ControlObra quoted twenty million.") == 1
    assert q.coverage("The control room quoted nothing; the contract is signed.") < 1
    # a capitalised word the account never uses is matched as any other word
    q = analyse("When does the Brazilian rollout start?", set(), lambda t: idf(t, 9.0))
    assert q.coverage("The rollout in Brazil starts in May.") == 1


def test_acronyms_are_matched_as_written() -> None:
    q = _q("Who is the IT director?")
    assert q.coverage("It was a long call with the director.") < 1
    assert q.coverage("Our IT director is Sam.") == 1


def test_attribute_of_a_known_topic_is_not_guessed(workspace: Workspace, tmp_path: Path) -> None:
    """The material talks about the payments module and the trainer, never their price or name:
    questions asking for those get "not in the material", questions it does answer get quotes."""
    account = tmp_path / "kinnect"
    account.mkdir()
    (account / "call.txt").write_text(
        "Tom Ashworth: The messaging module is six pounds per pupil per year.\n"
        "Claire Holt: And the payments module, for dinner money?\n"
        "Tom Ashworth: The payments module is on our roadmap; we will talk about it next year.\n"
        "Claire Holt: Will someone train our office staff?\n"
        "Tom Ashworth: Yes, one of our trainers will run two sessions on site in March.\n"
    )
    workspace.ingestor.ingest_paths("kinnect", "BrightPath", [account])
    found = ask_account(workspace, "kinnect", "How much is the messaging module per pupil?")
    assert found.found and "six pounds" in found.answer
    for question in (
        "How much does the payments module cost?",
        "What is the name of the trainer who will run the sessions?",
    ):
        answer = ask_account(workspace, "kinnect", question)
        assert not answer.found, (question, answer.answer)
    when = ask_account(workspace, "kinnect", "When will the training sessions happen?")
    assert when.found and "March" in when.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Who signs off on the budget?", "en"),
        ("When does Conceição sign?", "en"),
        ("Do they have no budget?", "en"),
        ("Quem assinou o pedido de compra pela Clínica Vitalis?", "pt"),
        ("Qual ERP a cooperativa usa e onde ele roda?", "pt"),
        ("¿Quién firmó la orden de servicio?", "es"),
        ("¿Cuánto cotizó ControlObra por su solución?", "es"),
        ("Qué porcentaje de pacientes que no llegan quieren alcanzar?", "es"),
        ("Que ganho de margem eles esperam?", "pt"),
        ("Any enhancements promised?", "en"),
        ("Go-live tanggal berapa ya?", "id"),
        ("Berapa target tingkat out-of-stock?", "id"),
        ("Apa status security review vendor?", "id"),
        ("Jadi tahun pertama totalnya Rp 1,448 M (langganan setelah diskon).", "id"),
        ("Mode offline Android -> targetnya Q1 2026.", "id"),
        # "do" is Portuguese too ("do lado do cliente")
        ("Quem fica de contato do lado do cliente enquanto a Juliana estiver de férias?", "pt"),
    ],
)
def test_the_language_of_a_short_question(question: str, lang: str) -> None:
    assert detect_language([question]) == lang


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        # "how many" is answered by a number of the thing counted, in any language
        ("How many dock doors does the Findlay site have?", "Findlay has 12 dock doors.", True),
        ("How many dock doors does the Findlay site have?", "Findlay has 180 trucks a day.", False),
        ("Quantas balanças a rede tem?", "São 140 balanças nas lojas.", True),
        ("Quantas balanças a rede tem?", "Treinamento nas 38 lojas.", False),
        ("How many licenses did they buy?", "Se contrataron 40 licencias.", True),
        # Indonesian counts with a measure word: "berapa unit tablet" counts tablets
        ("Berapa unit tablet yang perlu dibeli?", "Satu gerai bisa 6 jam stock opname.", False),
        ("Berapa unit tablet yang perlu dibeli?", "Kami beli 34 tablet.", True),
        # what is counted is the head of the phrase: technicians, not maintenance
        ("How many maintenance technicians are there?", "Maintain for 220 named users.", False),
        ("How many maintenance technicians are there?", "We have 85 technicians.", True),
        # how long is a length of time, not any figure nor a rate
        ("How long must we keep the records?", "At 104 thousand a year I need 5% off.", False),
        ("How long must we keep the records?", "Records must be kept for seven years.", True),
        ("¿En cuánto tiempo lo quieren?", "Lo quieren en un mes.", True),
        ("¿Durante cuánto tiempo aplica?", "18% de descuento durante el primer año.", True),
        ("Berapa lama pelatihannya?", "Biayanya Rp 5 juta sebulan.", False),
        # a number a label names counts nothing
        (
            "How many heavy checks do they run per year?",
            "Part 145 heavy maintenance (C-checks on E175 jets) for regional carriers.",
            False,
        ),
        ("How many heavy checks do they run per year?", "About 40 heavy checks a year.", True),
        # "how much did X charge?" is answered by an amount of money, not any number
        ("Quanto a Mercanalytics cobrava?", "Um projeto de oito meses.", False),
        ("Quanto a Mercanalytics cobrava?", "Eles pediram R$ 400 mil.", True),
        ("How much did detention cost them?", "About three hundred ten thousand dollars.", True),
        ("How much did detention cost them?", "It happened twelve times.", False),
        # a share of a cost is a percentage, not an amount
        ("Persentase food cost mereka sekarang berapa?", "Food cost kita 41 persen.", True),
        ("What percentage of revenue is their food cost?", "Food cost was 41% of sales.", True),
        # ...but an amount asked with a percentage in it is still an amount
        ("How much would a 5 percent cut in food cost save them?", "About 120 tonnes.", False),
        # a percentage asked is a share, not any number
        ("What uptime percentage does the order form guarantee?", "Live in 12 weeks.", False),
        ("What uptime percentage does the order form guarantee?", "99.5% monthly uptime.", True),
        # a penalty asked "how much" is an amount
        ("How much is the penalty per handler-coded delay?", "There are two schedules.", False),
        ("Berapa dendanya per hari keterlambatan?", "Denda Rp 2.000.000 per hari.", True),
    ],
)
def test_counts_and_amounts_must_be_of_what_is_asked(
    question: str, answer: str, typed: bool
) -> None:
    assert has_type([answer], _q(question), []) is typed


def test_a_figure_in_the_question_matches_the_number_written_out() -> None:
    q = analyse("Which competitor quoted almost 30% less?", set(), lambda _: 1.0)
    spelled = q.coverage("Andamio Cloud me cotizó casi treinta por ciento menos.")
    assert spelled == q.coverage("Andamio Cloud me cotizó casi 30% menos.") > 0
    assert q.coverage("Andamio Cloud me cotizó casi veinte por ciento menos.") < spelled


def test_a_question_for_the_day_needs_a_date_not_this_week() -> None:
    day = analyse("¿Qué día quedó agendado el kickoff?", set(), lambda _: 1.0)
    assert not has_type(["Daniela te va a escribir esta semana para agendar el kickoff."], day, [])
    assert has_type(["El kickoff quedó para el 9 de abril en Osorno."], day, [])
    assert has_type(["El kickoff quedó para el martes en Osorno."], day, [])
    when = analyse("¿Cuándo es el kickoff?", set(), lambda _: 1.0)
    assert has_type(["Daniela te va a escribir esta semana para agendar el kickoff."], when, [])


def test_a_which_question_wants_a_name_unless_a_number_can_name_it() -> None:
    q = _q("Which crewing agents does Arunika use for crew changes?")
    assert not has_type(["Planning the crew changes takes three days every month."], q, [])
    assert has_type(["For crew changes we call Samudra Crewing in Surabaya."], q, [])
    q = _q("Which SAP release do they run?")
    assert has_type(["They run release 7.4 on premise."], q, [])


def test_a_word_weighs_as_much_as_its_family_in_the_account() -> None:
    weights = {"monthly": 5.0, "~month": 1.5, "uptime": 5.0, "~uptim": 5.0}
    q = analyse("What monthly uptime?", set(), lambda t: weights.get(t, 5.0))
    by_token = {t.token: t.weight for t in q.terms}
    assert by_token["monthly"] == 1.5  # "months" is common in the account
    assert by_token["uptime"] == 5.0


def test_words_that_only_say_the_material_states_it_are_not_the_topic() -> None:
    q = _q("Quantas licenças constam no pedido?")
    assert {t.token for t in q.terms} == {"licencas", "pedido"}
    q = _q("Según el contrato, ¿cuánto cuesta cada conversación?")
    assert {t.token for t in q.terms} == {"contrato", "cuesta", "conversacion"}
    q = _q("What support hours are listed in the order form, actually?")
    assert {t.token for t in q.terms} == {"support", "hours", "order", "form"}


def test_a_number_written_as_a_word_is_held_by_its_figure() -> None:
    q = _q("Apakah support dengan respons satu jam ada?")
    assert "satu" in {t.token for t in found_terms("respons maksimal 1 jam", q)}


def test_a_rank_written_as_a_word_is_held_by_its_figure() -> None:
    q = _q("¿El descuento aplica para el segundo y tercer año?")
    assert {t.token for t in found_terms("- Años 2 y 3, precio congelado", q)} >= {
        "segundo",
        "tercer",
    }


def test_words_an_earlier_part_lent_weigh_half() -> None:
    lent = "retailer contract driving urgency"
    q = analyse(f"how many SKUs does it involve {lent}?", set(), lambda _: 1.0, topic=lent)
    weights = {t.token: t.weight for t in q.terms}
    assert weights["skus"] == 1.0 and weights["involve"] == 1.0
    assert weights["retailer"] == weights["urgency"] == 0.5


def test_what_a_question_sets_aside_is_not_its_topic() -> None:
    q = _q("Quanto eles pagam de implantação, à parte da mensalidade?")
    assert {t.token for t in q.terms} == {"pagam", "implantacao"}
    q = _q("Apart from Salesforce, which systems do they run?")
    assert {t.token for t in q.terms} == {"systems", "run"}
    q = _q("Selain SAP, sistem apa lagi yang mereka pakai?")
    assert "SAP" not in {t.token for t in q.terms}
    # set off by no comma, the aside cannot be told from the question: nothing is left out
    q = _q("Apart from Salesforce which systems do they run?")
    assert {"salesforce", "systems", "run"} <= {t.token for t in q.terms}
    # a count without what it sets aside is another count
    q = _q("¿Cuántos empleados tienen, sin contar la plantilla deportiva?")
    assert {"plantilla", "deportiva"} <= {t.token for t in q.terms}


def test_words_of_a_while_and_of_a_place_are_not_the_topic() -> None:
    q = _q("Quem fica de contato enquanto a Juliana estiver de férias?")
    assert {t.token for t in q.terms} == {"fica", "contato", "juliana", "ferias"}
    assert {t.token for t in _q("Siapa yang pegang duit di sana?").terms} == {"pegang", "duit"}


def test_no_concept_form_loses_a_word_to_tokenizing() -> None:
    # "c-level" read as "level", or "kuartal i" as "kuartal", would match every level or quarter
    table = tomllib.loads(Path("briefing/concepts.toml").read_text("utf-8"))
    lost = [
        form
        for concept in table.values()
        for forms in concept.values()
        for form in forms
        for word in re.findall(r"\w+", form.lower())
        if len(word) == 1 and not word.isdigit() and word not in {"a", "à", "o", "e", "y"}
    ]
    assert lost == []


def test_the_customers_initials_and_whose_side_are_not_the_topic() -> None:
    words = account_words("armada-logistik", [], "PT Armada Logistik Nusantara")
    q = analyse("Di sisi ALN, siapa yang menangani SAP?", words, lambda _: 1.0)
    assert [t.token for t in q.terms] == ["SAP", "menangani"]
    assert "side" not in {t.token for t in _q("Who handles SAP on their side?").terms}


def test_the_kind_a_which_question_asks_for_weighs_less_than_its_topic() -> None:
    # Sankhya answers "em que sistema...?" without the word "sistema"
    q = _q("Em que sistema de gestão nascem os pedidos?")
    assert (
        q.coverage("Todo pedido nasce no Sankhya.")
        > _q("Em que pasta nascem os pedidos?").coverage("Todo pedido nasce no Sankhya.") / 2
    )
    weights = {t.token: t.weight for t in q.terms}
    assert weights["sistema"] == weights["gestao"] / 2
    # a specific noun is the topic, not a kind: "which translation sub-processor", "sistem ERP"
    weights = {t.token: t.weight for t in _q("Which translation sub-processor is named?").terms}
    assert weights["translation"] == weights["processor"] == 1.0
    # the kind may follow the word that says which: "which accounting system"
    weights = {t.token: t.weight for t in _q("Which accounting system do they push to?").terms}
    assert weights["system"] == weights["accounting"] / 2
    weights = {t.token: t.weight for t in _q("Sistem ERP mana yang dipakai?").terms}
    assert weights["sistem"] == weights["ERP"] == 1.0
    # "dipakai" only says it is used, as "pakai" does
    assert weights["dipakai"] < 1.0


def test_words_that_together_name_a_concept_find_its_forms_in_other_languages() -> None:
    q = analyse("What about price increases at renewal?", set(), lambda _: 1.0, translated=True)
    assert q.coverage("na primeira renovação, a licença fica sem reajuste de IPCA") == 1.0
    # each word alone is not the concept: a price is no adjustment
    q = analyse("What about the price at renewal?", set(), lambda _: 1.0, translated=True)
    assert q.coverage("na primeira renovação, a licença fica sem reajuste de IPCA") == 0.5


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How many beds?", "Son 420 camas en total."),
        ("Quem vai se aposentar?", "Karen is retiring in March."),
        ("Is it in person?", "Tudo no local, em Goiânia."),
        ("How many members?", "Hoje são 1.200 cooperados."),
    ],
)
def test_common_nouns_are_found_in_another_language(question: str, sentence: str) -> None:
    q = analyse(question, set(), lambda _: 1.0, translated=True)
    assert q.coverage(sentence) > 0


def test_a_negated_contraction_is_no_topic() -> None:
    # "won't" is "will not", not the word "won"
    assert [t.token for t in _q("Which model won't work, and why can't they use it?").terms] == [
        "model",
        "work",
        "use",
    ]


@pytest.mark.parametrize(
    ("question", "sentence", "word"),
    [
        ("How many ponds does the customer run?", "Total 420 kolam di tiga lokasi.", "ponds"),
        ("How many screens does the chain run?", "- 14 complexos / 84 salas", "screens"),
        ("How many lifts will we load?", "Migrar 4.800 ascensores.", "lifts"),
        ("Berapa kapal yang mereka operasikan?", "They run 12 vessels.", "kapal"),
        ("¿Cuántos buques tiene la flota?", "They run 12 vessels.", "buques"),
    ],
)
def test_a_counted_thing_is_found_in_the_material_s_language(
    question: str, sentence: str, word: str
) -> None:
    asked = analyse(question, set(), lambda _: 1.0, True)
    assert word in [t.token for t in found_terms(sentence, asked)]


def test_the_verb_of_a_money_or_use_question_weighs_less_than_its_topic() -> None:
    # "Abono mensual: USD 3.200" answers "¿cuánto pagan de abono?" without "pagan"
    weights = {t.token: t.weight for t in _q("¿Cuánto pagan de abono por mes?").terms}
    assert weights["pagan"] == weights["abono"] / 2
    # "Rosters live in the Access database" answers without "using"
    weights = {t.token: t.weight for t in _q("What are they using to build rotas?").terms}
    assert weights["using"] == weights["rotas"] / 2
    # a verb of no money question keeps its weight
    weights = {t.token: t.weight for t in _q("Who pays attention to the rotas?").terms}
    assert weights["pays"] == weights["rotas"]


@pytest.mark.parametrize(
    "question",
    [
        "¿Quién se encarga de la implantación por parte de Despliega?",
        "Quem cuida da implantação da parte da Despliega?",
    ],
)
def test_whose_side_someone_is_on_is_no_word_of_the_topic(question: str) -> None:
    terms = {t.token for t in _q(question).terms}
    assert not terms & {"parte", "pihak"} and "despliega" in terms


def test_compensation_for_a_missed_level_is_a_credit_only_a_sentence_naming_it_gives() -> None:
    asked = (
        "Se a disponibilidade ficar abaixo de 99,5% em um mês, que compensação o cliente recebe?"
    )
    assert "credit" in named_only(asked)


@pytest.mark.parametrize(
    "question",
    [
        "Qual cooperativa de crédito não tem conector de Open Finance?",
        "Which credit union has no connector yet?",
        "¿Qué tarjeta de crédito usan para pagar?",
        "Koperasi kredit mana yang belum terhubung?",
    ],
)
def test_a_lender_or_a_card_is_no_service_credit(question: str) -> None:
    assert "credit" not in named_only(question)


def test_a_cap_on_increases_is_answered_only_by_a_sentence_naming_a_cap() -> None:
    asked = "Is there a cap on price increases at renewal once the initial term ends?"
    assert "limit" in named_only(asked)
    assert names("Any increase to the annual fee at renewal shall not exceed 3%.", ["limit"])
    assert not names("The order form renews automatically for 12-month periods.", ["limit"])
    assert "limit" not in named_only("What is the user limit on the Starter plan?")


def test_how_much_in_any_gender_is_no_word_of_the_topic() -> None:
    assert "cuanta" not in {t.token for t in _q("¿Con cuánta anticipación hay que avisar?").terms}
    assert "quanta" not in {t.token for t in _q("Com quanta antecedência precisa avisar?").terms}


@pytest.mark.parametrize(
    ("question", "answer", "typed"),
    [
        # a make or model asked is a name beside the thing asked about
        ("What make are the weighbridges?", "The weighbridges are Mettler Toledo units.", True),
        # an acronym after a sentence's first word names something
        ("¿Cómo se llama el sistema académico?", "Tenemos SIGU, nuestro sistema académico.", True),
        ("¿Cómo se llama el sistema académico?", "Tenemos un sistema académico propio.", False),
        ("What make are the weighbridges?", "We run two Mettler Toledo weighbridges.", True),
        (
            "What make or model are the weighbridges at the Kedungjati plant?",
            "Cement plant at Kedungjati, Grobogan. 3 Rösner packer lines, Jan 2027, 4 weighbridges.",
            False,
        ),
        ("Qual modelo de tablet eles usam?", "Usam tablets Samsung Galaxy Tab Active.", True),
        (
            "Qual modelo de celular ou tablet as equipes vão usar com o Vialume Pista?",
            "O Vialume Pista funciona em 4G e em Wi-Fi, mesmo com link fraco no campo.",
            False,
        ),
        ("Merek dan tipe tablet apa yang dipakai?", "Unit pakai tablet Samsung Galaxy Tab.", True),
        (
            "Merek dan tipe tablet rugged apa yang dipasang di kabin?",
            "Tablet dipasang permanen di kabin, bukan HP pribadi.",
            False,
        ),
        ("¿Qué marca de terminales usan en las tiendas?", "Usan terminales Verifone V200c.", True),
        (
            "¿Qué marca y modelo de tablets se van a usar en los comedores?",
            "Para los comedores sin wifi pueden usar un chip de datos en la tablet.",
            False,
        ),
        (
            "¿Qué marca y modelo de tablets se van a usar?",
            "Vamos a usar tablets Lenovo Tab M10.",
            True,
        ),
        # what a device runs is no make of it
        (
            "Merek dan model tablet apa yang akan dibeli?",
            "Kami beli tablet Android 30 unit.",
            False,
        ),
    ],
)
def test_a_make_asked_is_a_name_beside_what_it_is_the_make_of(
    question: str, answer: str, typed: bool
) -> None:
    assert has_type([answer], _q(question), []) is typed


@pytest.mark.parametrize(
    "question",
    [
        "Tahun buku mereka tutup di bulan apa?",
        "Quando fecha o ano fiscal da Serra Azul?",
        "When does their financial year end?",
    ],
)
def test_a_fiscal_year_is_answered_only_where_one_is_named(question: str) -> None:
    assert "fiscal_year" in named_only(question)


@pytest.mark.parametrize(
    ("question", "revenue"),
    [
        ("¿A qué ERP tenemos que conectarnos para la facturación?", False),
        ("Qual é o sistema de faturamento deles?", False),
        ("¿Cuál es su facturación anual?", True),
        ("Qual o faturamento deles?", True),
    ],
)
def test_invoicing_is_no_revenue(question: str, revenue: bool) -> None:
    assert ("revenue" in named_only(question)) is revenue


def test_an_acronym_counted_is_found_beside_its_number_in_lower_or_upper_case() -> None:
    q = _q("Kira-kira ada berapa SKU suku cadang yang perlu dibersihkan?")
    assert [t.token for t in q.counted] == ["SKU"] and "kira" not in {t.token for t in q.terms}
    assert has_type(["Master part sekitar 14.200 SKU, dua puluh persen duplikat."], q, [])
    assert not has_type(["Master part di gudang Balikpapan, 2 gudang."], q, [])


def test_a_speaker_sending_someone_unnamed_is_not_who_does_it() -> None:
    q = _q("Who from Keyloft will deliver the in-person training at the residences?")
    assert speaks_for_self("I'll deliver the in-person training at each residence myself.", q)
    assert not speaks_for_self(
        "I'll get our onboarding team out to deliver the training at all nine residences.", q
    )
    # the people trained are no one sent
    assert speaks_for_self("I'll deliver the training for our staff at the residences myself.", q)


def test_how_much_for_something_counts_nothing() -> None:
    q = _q("Vendor sistem lama minta bayaran berapa untuk mengeluarkan data mereka?")
    assert q.expects == "number" and not q.counted
    assert has_type(["Mereka minta Rp 85 juta untuk script export dari GadaiPro."], q, [])
    assert [t.token for t in _q("Berapa outlet yang ikut pilot?").counted] == ["outlet"]


def test_a_day_asked_as_said_is_the_day_it_was_said() -> None:
    q = _q("When was the extra training day promised?")
    assert has_type(["The extra training was promised 28/09/2026."], q, [])
    assert not has_type(["Na segunda etapa, o treinamento."], _q("Quando é o treinamento?"), [])
    assert not _q("Berapa banyak yang ikut pilot?").counted


def test_a_short_word_matches_its_plural() -> None:
    clubs = _q("Which accounting package do the clubs use?")
    assert "clubs" in {t.token for t in found_terms("one Xero organisation per club", clubs)}
    fee = _q("What fee do they pay for the setup?")
    assert "fee" in {t.token for t in found_terms("Setup fees: £14,500.", fee)}
    bonus = _q("What bonus did they get?")
    assert "bonus" not in {t.token for t in found_terms("A bonu.", bonus)}
    # Indonesian has no plural "s": Thursday ("Kamis") is not "we" ("kami")
    kamis = _q("Rapat hari kamis jam berapa?")
    assert "kamis" not in {t.token for t in found_terms("Kami akan kirim besok.", kamis)}


def test_a_no_show_is_no_show() -> None:
    q = _q("What no-show fee has the committee agreed to charge members?")
    assert "show" not in {t.token for t in found_terms("We'll show them the app.", q)}
    assert "show" in {t.token for t in found_terms("Weekend no-shows at 11% last season.", q)}


def test_a_discount_is_a_share_an_amount_or_months_free() -> None:
    q = _q("How much of a discount did they get for signing up for three years?")
    assert not has_type(["New clubs are priced as in section 4, less the discount."], q, [])
    assert has_type(["| | Multi-year discount (12%) | | | -£7,200.00 |"], q, [])
    assert has_type(["We threw in two months free."], q, [])


def test_a_company_asked_for_is_not_what_the_question_itself_names() -> None:
    q = _q("¿Qué empresa les da la centralita telefónica del call center?")
    assert not has_type(["Es la supervisora del Call Center 24h."], q, [])
    assert has_type(["La centralita del call center la lleva Voxline desde 2019."], q, [])


def test_a_two_letter_name_with_a_digit_is_a_term() -> None:
    q = _q("What P1 response time did the rep commit to?")
    assert "p1" in {t.token for t in q.terms}
    assert "tv" not in {t.token for t in _q("What is the cost of the TV screens?").terms}


@pytest.mark.parametrize(
    "question",
    [
        "What backup retention period did they confirm?",
        "¿Qué plazo de aviso tienen para no renovar?",
        "Periode garansi berapa yang dijanjikan?",
        "¿Cuál es el periodo de prueba?",
        "Qual a duração do contrato?",
        "Masa garansi berapa?",
    ],
)
def test_a_period_asked_for_is_a_length(question: str) -> None:
    """(not "¿por qué el plazo es tan corto?": that asks why)"""
    assert not _q("¿Por qué el plazo es tan corto?").duration
    assert not _q("Por que o prazo mudou?").duration
    q = _q(question)
    assert q.expects == "number" and q.duration
    assert not has_type(["I'll answer the retention question in the same email, 2 items."], q, [])
    assert has_type(["Backups are kept for 35 days."], q, [])


def test_a_month_the_question_names_is_no_date() -> None:
    q = _q("¿En qué fecha exacta es el consejo familiar de julio?")
    assert not has_type(["Tengo consejo familiar en julio y quiero llegar con números."], q, [])
    assert not has_type(["En julio entran 3 personas al consejo."], q, [])
    assert has_type(["El consejo es el 14 de julio."], q, [])
    assert has_type(["It is on the 14th of July."], _q("What exact date in July is it?"), [])


@pytest.mark.parametrize(
    ("question", "priced", "other"),
    [
        (
            "Berapa tarif per pesan WhatsApp kalau kuota sudah habis?",
            "Kelebihan kuota ditagih Rp 350/pesan.",
            "Paket Notifikasi WhatsApp (250.000 pesan/tahun): Rp 36.000.000",
        ),
        (
            "What per-truck price did Trakkon come back with?",
            "They came back at nineteen fifty a truck, per year.",
            "Trakkon quoted £240,000 for the 50 trucks.",
        ),
        (
            "Qual foi o preço por loja que prometemos?",
            "Each store added later stays at $265.50 per month.",
            "Total year one: $79,734 ex VAT for the 12 stores.",
        ),
    ],
)
def test_an_amount_asked_per_unit_is_one_per_that_unit(
    question: str, priced: str, other: str
) -> None:
    q = _q(question)
    assert has_type([priced], q, [])
    assert not has_type([other], q, [])
    assert has_type(["We do £600 even."], q, [])  # the unit left unsaid (said the turn before)
    # (beside a share, a length of time or a day, which count no things)
    assert has_type(["We do £600 even, 20 percent off for 12 months from 15 December."], q, [])
    assert not has_type(["Migration of up to 250,000 segments: £600."], q, [])


def test_a_seller_is_left_out_of_what_was_said_only_by_role() -> None:
    assert "sales" not in {t.token for t in _q("When did the sales rep say it ships?").terms}
    said = {t.token for t in _q("What did the CFO say about sales growth?").terms}
    assert "sales" in said


@pytest.mark.parametrize(
    "question",
    [
        "How much are they paying per year for the subscription?",
        "¿Cuánto nos pagan por año de suscripción?",
        "Quanto eles pagam por mês de assinatura?",
        "Berapa yang mereka bayar per tahun untuk langganannya?",
    ],
)
def test_an_amount_per_period_asks_no_unit(question: str) -> None:
    q = _q(question)
    assert not q.per
    assert has_type(["Subscription fee: £84,000."], q, [])


def test_an_article_is_no_per_unit_marker() -> None:
    q = _q("Qual foi o preço por loja que prometemos?")
    assert not has_type(["O pacote sai por R$ 79.734 e cobre a loja de Lisboa."], q, [])


@pytest.mark.parametrize(
    "question",
    ["Payment gateway apa yang dipakai untuk tagihan?", "Which payment gateway do they use?"],
)
def test_a_gateway_asked_for_is_a_product_not_a_person(question: str) -> None:
    q = _q(question)
    assert not has_type(["Pembayaran dicek manual oleh Bu Lestari."], q, ["Lestari"])
    assert has_type(["Bayarnya lewat virtual account via Midtrans."], q, [])


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("What accounting program are the clubs using?", "name"),
        ("¿Qué auditores tienen?", "name"),
        ("¿Qué aplicaciones usan los técnicos?", "name"),
        ("What does the system do?", None),
        ("O que o sistema faz hoje?", None),
        ("¿Qué hace el sistema?", None),
    ],
)
def test_a_company_or_product_asked_by_its_kind_is_a_name(question: str, expects: str) -> None:
    assert _q(question).expects == expects


def test_an_insurer_asked_for_is_a_company() -> None:
    q = _q("Who is Pennine Access's insurer?")
    assert q.expects == "name"
    assert not has_type(["Jodie owns the insurer evidence, Jodie Marsden."], q, ["Jodie Marsden"])


def test_a_count_asked_in_a_call_is_answered_by_the_reply_opening_on_a_number() -> None:
    q = _q("Kira-kira berapa item master obat yang perlu dimigrasi?")
    asked = "Untuk migrasi data: master obat kira-kira berapa item?"
    assert has_type([asked, "Sekitar 6.800 SKU, tapi banyak duplikat."], q, [])
    assert not has_type([asked, "Nanti saya cek dulu ke tim farmasi."], q, [])
    q = _q("Quantas lojas a rede tem hoje?")
    asked = "E quantas lojas vocês têm?"
    assert not has_type([asked, "Uma pergunta antes: vocês atendem no Norte?"], q, [])


def test_a_count_with_its_scale_is_a_count() -> None:
    q = _q("Roughly how many primary members are in their legacy system?")
    assert has_type(["* Data volume: ~41.3k active primary members, ~128k dependents."], q, [])
    assert not has_type(["* Data volume: members and dependents, in 3 databases."], q, [])


def test_a_program_asked_for_is_a_name_and_its_kind_word_weighs_little() -> None:
    rare = {"program": 5.0, "using": 4.0}
    q = analyse("What accounting program are the clubs using?", set(), lambda t: rare.get(t, 1.0))
    assert q.expects == "name"
    assert not has_type(["Members want to put drinks on their account at any club."], q, [])
    assert q.coverage("Accounts are in Xero, one Xero organisation per club.") >= 0.5


def test_a_name_after_an_honorific_in_a_list_item_is_a_name() -> None:
    q = _q("Siapa engineer yang dijanjikan khusus untuk Gemilang?", {"gemilang"})
    assert has_type(["- Mas Fajar jadi engineer khusus Gemilang 90 hari pertama."], q, [])


@pytest.mark.parametrize(
    "question",
    [
        "Qual é a multa se o cliente rescindir antes dos 36 meses?",
        "What penalty applies if they terminate early?",
        "¿Qué penalidad aplica si nos retrasamos?",
    ],
)
def test_a_penalty_asked_for_is_an_amount_or_a_share(question: str) -> None:
    q = _q(question)
    term = "O contrato vigora por 36 meses, renovando-se por períodos de 12 meses."
    assert not has_type([term], q, [])
    assert has_type(["A multa é de 20% das mensalidades restantes."], q, [])
    assert has_type(["The penalty is £6,000."], q, [])


def test_a_word_of_short_parts_is_a_term_in_any_spelling() -> None:
    q = _q("Which venues have dodgy Wi-Fi?")
    assert "wifi" in {t.token for t in q.terms}
    for text in ("Our Wi-Fi at Sheffield is not great.", "The WiFi drops in Cardiff."):
        assert "wifi" in {t.token for t in found_terms(text, q)}, text


def test_a_word_listed_in_one_concept_is_not_read_as_another_sharing_its_stem() -> None:
    # "discount" and "discontinue" both start "disco": a discount is no stopping
    stems, _ = concept_forms("discount")
    assert {"descu", "desco"} <= stems and not stems & {"parar", "detuv", "henti"}


def test_only_a_question_the_account_has_few_words_of_is_searched_translated() -> None:
    words = {"desconto", "contrato", "mensalidade", "lojas"}

    def idf(token: str) -> float:
        return 1.0 if token in words else 9.0

    translated = unused_translations("What discount did we give them, in exchange for what?", idf)
    assert "descu" in translated.split() and "em troca" in translated
    assert unused_translations("Qual desconto no contrato das lojas, em troca de quê?", idf) == ""


@pytest.mark.parametrize(
    "question",
    ["Lembaga mana yang akan mengaudit sertifikasi ASC mereka?", "Which institution audits them?"],
)
def test_an_institution_asked_for_is_a_name_not_a_person(question: str) -> None:
    assert _q(question).expects == "name"


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("m: (419) 555-0143", True),
        ("HP: 0812-3456-7890", True),
        ("Escreva para ana.souza@cliente.com.br", True),
        ("Go-live on 2026-11-26.", False),
        ("Nilai kontrak Rp 1.423.400.000 untuk 24 bulan.", False),
        ("Periode kontrak 2026-2027.", False),
        ("Biaya Rp 711 700 000 mulai 26-11-2026.", False),
        ("Kickoff at 9 a.m. 26-11-2026.", False),
        ("Her mobile is 0812-3456-7890.", True),
        ("WhatsApp saya 0812 3456 7890 ya.", True),
    ],
)
def test_a_phone_or_an_e_mail_asked_for_is_held_by_a_line_giving_one(
    text: str, gives: bool
) -> None:
    q = _q("What is Jordan's phone number or e-mail?")
    held = {t.token for t in found_terms(text, q)}
    assert bool(held & {"phone", "mail", "email"}) is gives, held


def test_a_concept_of_several_words_is_searched_translated_as_one() -> None:
    def idf(token: str) -> float:
        return 9.0  # an account that uses none of the question's words

    translated = unused_translations("Do they need single sign-on for user access?", idf)
    assert "login unico" in translated and "assin" not in translated.split()


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Berapa tablet yang dibeli?", ["tablet"]),
        ("Berapa persen susut produksi dan berapa targetnya?", []),
        ("Berapa plafon anggaran tahun pertama?", []),
        # a share, a level, or the number of licences
        ("Berapa diskon yang diberikan untuk tahun pertama?", []),
        ("Berapa SLA ketersediaan layanan yang dijanjikan di kontrak?", []),
        ("Berapa jumlah lisensi pengguna yang ada di kontrak?", ["lisensi"]),
    ],
)
def test_berapa_before_a_target_or_a_ceiling_asks_a_figure_not_a_count(
    question: str, counted: list[str]
) -> None:
    q = _q(question)
    assert q.expects == "number" and [t.token for t in q.counted] == counted


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Qual é o nome do escritório de advocacia que revisa o contrato?", "name"),
        ("¿Cuál es el nombre de la aseguradora?", "name"),
        ("What is the name of their insurer?", "name"),
        ("What is the name of our insurer?", "name"),
        ("Qual é o nome da nossa seguradora?", "name"),
        ("Qual é o nome do gerente da loja?", "person"),
    ],
)
def test_the_name_of_an_organisation_asked_is_no_person(question: str, expects: str) -> None:
    assert _q(question).expects == expects


@pytest.mark.parametrize(
    ("question", "money", "percent", "duration"),
    [
        ("What is the annual subscription fee?", True, False, False),
        ("What annual subscription fee was agreed in the signed order form?", True, False, False),
        ("What uptime does the SLA guarantee for the booking engine?", False, True, False),
        ("Qual é a disponibilidade mensal garantida no SLA?", False, True, False),
        ("Qual o tempo de primeira resposta do suporte para incidente crítico?", False, False, True),
        ("¿Cuál es el tiempo de respuesta para incidentes críticos?", False, False, True),
        ("What is the P1 response time?", False, False, True),
        ("Berapa waktu respons untuk P1?", False, False, True),
    ],
)  # fmt: skip
def test_a_fee_an_uptime_or_a_response_time_asks_a_figure(
    question: str, money: bool, percent: bool, duration: bool
) -> None:
    q = _q(question)
    assert (q.expects, q.money, q.percent, q.duration) == ("number", money, percent, duration)


@pytest.mark.parametrize(
    "question",
    [
        "What availability problems did they have?",
        "Qual é a disponibilidade da Luciana para o kickoff?",
        "What is the availability of the CFO next week?",
        "What does the fee cover?",
        "What did the discount depend on?",
        "¿Qué incluye el precio?",
    ],
)
def test_a_person_s_availability_or_what_a_fee_covers_asks_no_figure(question: str) -> None:
    assert _q(question).expects is None


def test_an_acronym_is_held_by_the_words_of_its_concept() -> None:
    q = _q("What uptime does the SLA guarantee?")
    assert "SLA" in [t.token for t in found_terms("## 7. Service Levels", q)]
    assert "SLA" not in [t.token for t in found_terms("## 7. Fees", q)]


@pytest.mark.parametrize(
    ("question", "used", "terms"),
    [
        ("Which till / POS system do the venues use?", "till system venues use",
         ["till", "system", "venues", "use"]),
        ("Does the SLA or the MSA govern credits?", "govern credits", ["SLA", "MSA", "govern", "credits"]),
        # an acronym the account writes is a term of its own beside a slash
        ("Does the POS/inventory sync work?", "pos inventory sync work",
         ["POS", "inventory", "sync", "work"]),
    ],
)  # fmt: skip
def test_an_acronym_the_account_never_writes_beside_a_word_and_a_slash_is_no_term_of_its_own(
    question: str, used: str, terms: list[str]
) -> None:
    words = used.split()
    q = analyse(question, set(), lambda w: 1.0 if w in words else 5.0)
    assert [t.token for t in q.terms] == terms


@pytest.mark.parametrize(
    ("sentence", "typed"),
    [
        ("The parties' Data Processing Agreement dated 27 November 2026 applies.", False),
        ("Booking data is kept until 31 December 2028.", True),
        ("Booking data is kept for seven years.", True),
    ],
)
def test_how_long_is_not_answered_by_the_day_a_document_is_dated(
    sentence: str, typed: bool
) -> None:
    q = _q("How long does Strikeline want customer booking data retained?")
    assert has_type([sentence], q, []) is typed


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("What was the one-off setup charge?", "number"),
        ("What is the fee for extra users?", "number"),
        ("Which fees are waived in year one?", "name"),
        ("Apa nama kapal liveaboard mereka?", "name"),
        ("Siapa nama engineer yang ditempatkan on-site?", "person"),
    ],
)
def test_a_charge_is_an_amount_and_apa_nama_asks_the_name_of_a_thing(
    question: str, expects: str
) -> None:
    assert _q(question).expects == expects


def test_a_hyphenated_word_a_concept_lists_is_one_term() -> None:
    q = _q("What was the one-off setup charge?")
    assert "one-off" in [t.token for t in q.terms]
    assert "one-off" in [t.token for t in found_terms("One-time Implementation Fee: $21,500", q)]
    # not "the one you need" and "signs off"
    assert "one-off" not in [t.token for t in found_terms("Ray signs off but Denise is the one", q)]


def test_pos_venda_is_no_point_of_sale() -> None:
    assert not any(t.forms for t in _q("Quem cuida do pós-venda?").terms if t.token == "pos")


@pytest.mark.parametrize(
    "sentence",
    [
        "Data Pelanggan disimpan di pusat data Amazon Web Services (AWS) region Jakarta.",
        "Resumen para la DPO: datos alojados en AWS, región de Frankfurt (UE).",
        "Os dados ficam hospedados em data center no Brasil.",
    ],
)
def test_where_data_is_hosted_is_said_in_each_language(sentence: str) -> None:
    q = analyse(
        "Where will the customer's data be hosted?", set(), lambda w: 5.0 if w != "data" else 1.0
    )
    assert "hosted" in [t.token for t in found_terms(sentence, q)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stok barang disimpan di gudang Cikarang.",
        "El alojamiento del personal de campo está en Chimbote.",
        "Os hóspedes chegam amanhã.",
        "They were hostile to the idea.",
    ],
)
def test_storing_goods_or_lodging_people_is_no_data_hosting(sentence: str) -> None:
    q = analyse("Where will the data be hosted?", set(), lambda _: 5.0)
    assert "hosted" not in [t.token for t in found_terms(sentence, q)]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Voy a presentarlo en el directorio del 24 de junio.", True),
        ("A proposta vai para a reunião do conselho em março.", True),
        ("Consegui falar com o diretor comercial ontem.", False),
    ],
)
def test_the_board_is_said_in_each_language_without_its_directors(
    sentence: str, said: bool
) -> None:
    q = analyse("When will the board vote?", set(), lambda w: 1.0 if w == "board" else 5.0)
    assert ("board" in [t.token for t in found_terms(sentence, q)]) is said


@pytest.mark.parametrize(
    ("sentence", "beside"),
    [
        ("Terus ada dua kapal phinisi buat liveaboard di Komodo, KLM Samudra Dewi sama KLM Biru Jaya.", True),
        # a place after the noun, and names before it, name no ship
        ("Kami punya 3 dive center (Sanur, Amed, Labuan Bajo) dan 2 kapal di Taman Nasional Komodo.", False),
    ],
)  # fmt: skip
def test_the_name_asked_for_stands_soon_after_its_noun(sentence: str, beside: bool) -> None:
    assert named_beside(sentence, _q("Apa nama kapal liveaboard mereka?"), []) is beside


@pytest.mark.parametrize(
    ("question", "penalty"),
    [
        ("What is the early termination fee if they cancel before the term ends?", True),
        ("Qual a taxa de rescisão?", True),
        ("What is the setup fee?", False),
    ],
)
def test_an_early_termination_fee_is_a_penalty(question: str, penalty: bool) -> None:
    assert ("penalty" in named_only(question)) is penalty


def test_the_word_for_a_figure_weighs_as_a_kind() -> None:
    weights = {
        t.token: t.weight for t in _q("Target no-show mereka turun sampai angka berapa?").terms
    }
    assert weights["angka"] == weights["target"] / 2


@pytest.mark.parametrize(
    ("word", "other"),
    [("dihapusbukukan", "menghapusbukukan"), ("memakai", "pakai"), ("meminta", "diminta"),
     ("menyewa", "disewa"), ("mengirim", "dikirim"), ("membayar", "pembayaran")],
)  # fmt: skip
def test_two_indonesian_words_on_one_root_share_it(word: str, other: str) -> None:
    assert (id_roots(word) | {word}) & (id_roots(other) | {other})


def test_a_word_without_an_indonesian_prefix_has_no_root() -> None:
    assert not id_roots("berapa") and not id_roots("data") and not id_roots("mesa")
    # a word opening on a prefix's letters has one, which no other word's root meets
    assert not id_roots("digital") & id_roots("dikirim")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("¿Qué número de teléfono se va a usar para la cuenta de WhatsApp Business?", True),
        ("Qual será o endereço da nova filial de Montes Claros?", True),
        ("What is the e-mail address of their IT lead?", True),
        ("How many WhatsApp numbers do they run?", False),
        ("Quem vai atualizar o endereço de cobrança?", False),
        ("What will address the latency problem?", False),
        ("¿Qué dirección aprobó el presupuesto?", False),
    ],
)
def test_a_phone_number_or_an_address_is_asked_for_only_as_the_answer(
    question: str, asked: bool
) -> None:
    assert (_q(question).detail is not None) is asked


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Nova filial: Rua da Consolação, 100, Montes Claros", True),
        ("Jl. Raya Darmo No. 15, Surabaya", True),
        ("12 Harbour Road, Plymouth", True),
        ("C.P. 06600, Ciudad de México", True),
        ("R. Santos confirmou 12 licenças", False),
        ("Address: TBD", False),
        ("La filial abre el 15 de marzo de 2027", False),
    ],
)
def test_an_address_is_a_street_and_number_or_a_post_code(text: str, address: bool) -> None:
    assert gives_address(text) is address


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("¿Cuál es la tasa de inasistencia actual?", True),
        ("What is their no-show rate?", True),
        ("¿Cuál es la tasa de instalación?", False),
        ("What is the hourly rate?", False),
    ],
)
def test_a_rate_of_something_happening_asks_a_share_and_a_fee_does_not(
    question: str, share: bool
) -> None:
    assert _q(question).percent is share


def test_actual_is_now_in_spanish_but_not_in_english() -> None:
    assert "actual" not in {t.token for t in _q("¿Cuál es la tasa de inasistencia actual?").terms}
    assert "actual" in {t.token for t in _q("What is the actual spend on agency staff?").terms}


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How many elevator and escalator units will we have to load?", {"elevator", "escalator", "units"}),
        ("Quantas lojas e depósitos eles têm?", {"lojas", "depositos"}),
        ("How many maintenance technicians do they have?", {"technicians"}),
    ],
)  # fmt: skip
def test_how_many_counts_each_of_two_things_joined(question: str, counted: set[str]) -> None:
    assert {t.token for t in _q(question).counted} == counted


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("99.9% availability with service credits if we miss it, response within 1 hour.", False),
        ("Availability 99,9 % monthly; service credit of 10% of the monthly fee.", True),
        ("Below 99.9% the customer gets a credit of five percent.", True),
    ],
)
def test_a_share_asked_is_one_the_question_does_not_already_say(text: str, answers: bool) -> None:
    q = _q("What percentage service credit do they get if availability falls below 99.9%?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("It's an Access database that a contractor built for us about twelve years ago.", False),
        ("The contractor who built it, Dave Hollis, still answers our calls.", True),
        ("It was built by a contractor called Dave Hollis.", True),
        ("Dave Hollis, a contractor, built it.", True),
    ],
)
def test_a_contractor_in_english_names_no_one(text: str, answers: bool) -> None:
    q = _q("What's the name of the contractor who built LabBase?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("5.3. Integrações incluídas: catracas Henry nas 14 unidades, com modo offline.", False),
        ("Cada unidade tem três catracas na recepção.", True),
    ],
)
def test_a_count_per_unit_is_not_the_number_of_units(text: str, answers: bool) -> None:
    assert has_type([text], _q("Quantas catracas existem em cada unidade?"), []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Hay locales que andan con 4G y se cae harto, sobre todo en Maipú.", False),
        ("El internet de los locales con 4G lo da Entel, con un plan empresa.", True),
    ],
)
def test_a_compania_asked_for_is_a_company_not_a_place(text: str, answers: bool) -> None:
    q = _q("¿Qué compañía les da el internet a los locales que andan con 4G?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("1. Jumlah pengajar untuk modul Gaji tolong dinaikkan jadi 120, mulai Februari.", True),
        ("Jumlah pengajar kami banyak. Harga naik 120 ribu.", False),
        ("Pengajar yang pakai aplikasi cuma sebagian, kira-kira separuh dari 120 kelas.", False),
    ],
)
def test_the_number_of_what_is_counted_reaches_its_figure_later_in_the_clause(
    text: str, answers: bool
) -> None:
    q = _q("Berapa jumlah pengajar yang dilisensikan untuk modul Ritmik Gaji?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("4. Integração com as catracas Henry", True),
        ("A catraca precisa funcionar offline em Betim.", False),
    ],
)
def test_a_make_asked_after_a_short_verb_is_the_name_beside_the_thing(
    text: str, answers: bool
) -> None:
    q = _q("Qual é a marca das catracas que precisamos integrar?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Eu coloco duas turmas presenciais extras em Curitiba, por nossa conta.", False),
        ("I'll throw in two more training sessions on site.", False),
        ("Eu dou as turmas presenciais de treinamento, sou a instrutora.", True),
        ("Eu dou uma turma presencial de treinamento em Curitiba.", True),
        ("I'll run the training sessions myself.", True),
    ],
)
def test_an_offer_of_more_says_who_pays_not_who_does_it(text: str, answers: bool) -> None:
    q = _q("Quem vai ministrar as turmas presenciais de treinamento?")
    assert speaks_for_self(text, q) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Vi que vocês usam AWS e um provedor de SMS; quero o nome do provedor de SMS.", False),
        ("Para SMS usamos um provedor nacional, a Zenvia, como suboperador.", True),
        ("O provedor de SMS é a Zenvia.", True),
    ],
)
def test_any_one_of_the_kind_of_company_asked_names_none(text: str, answers: bool) -> None:
    q = _q("Qual é o provedor de SMS que a Rotta usa como suboperador?")
    assert q.expects == "name"
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("question", "unnamed"),
    [
        (
            "Which US importer is asking them for per-pond traceability?",
            "Buyer US minta traceability per kolam, Bu Dewi (QA) mendukung.",
        ),
        (
            "Qual distribuidora atende as lojas do interior?",
            "As lojas do interior reclamam da entrega, diz a Carla Souza.",
        ),
        (
            "¿Qué compañía les da el internet a los locales?",
            "El internet de los locales se cae harto, según Marcela Tapia.",
        ),
    ],
)
def test_an_importer_a_distributor_or_a_compania_is_a_company_asked_for(
    question: str, unnamed: str
) -> None:
    q = _q(question)
    assert q.expects == "name"
    assert not has_type([unnamed], q, ["Carla Souza", "Marcela Tapia"])


def test_a_day_asked_for_stands_in_a_sentence_on_the_topic_or_the_reply_to_one() -> None:
    q = _q("Which Saturday has been booked for the extra aquarium training day?")
    tills = "Offline tills before Easter - my commitment, check with product re Q1 date."
    assert not has_type([tills, "Extra Saturday training day at aquarium promised 28/09."], q, [])
    assert has_type([tills, "Aquarium training day booked for Saturday 14 November."], q, [])
    # the reply to a question asking it holds none of its words
    assert has_type(["When is the extra training day?", "The fourteenth of November."], q, [])


@pytest.mark.parametrize(
    "question",
    ["¿Cuánto se demora hoy una ejecutiva en armar una cotización?", "Quanto demora a integração?"],
)
def test_how_long_something_takes_asks_a_length_not_an_amount(question: str) -> None:
    q = _q(question)
    assert q.expects == "number" and q.duration
    assert has_type(["Una ejecutiva se demora en promedio 45 minutos en armarla."], q, [])
    assert not has_type(["La cotización de un paquete vale USD 1.200."], q, [])


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("What is their current hen-day production (HDP) baseline?", "number"),
        ("What's the organization's total headcount?", "number"),
        ("What is the baseline process for returns?", None),
    ],
)
def test_a_baseline_or_a_headcount_asked_is_a_figure(question: str, expects: str | None) -> None:
    assert _q(question).expects == expects


def test_the_words_an_acronym_spells_out_count_as_the_acronym() -> None:
    q = _q("What is their current hen-day production (HDP) baseline?")
    assert q.coverage("HDP rata-rata 82 persen, target 85 persen.") >= 0.5
    # or the words themselves
    assert q.coverage("Hen-day production is 82 percent today.") >= 0.5
    # the acronym is not held by the words it spells, nor by half of them
    assert q.coverage("Produksi per hari naik terus.") < 0.5


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Sí, acá en la sucursal de Plaza Sotomayor hoy hay internet.", False),
        ("Internet en la sucursal de la Avenida Brasil, se cae harto.", False),
        ("El proveedor de internet es Movistar, en la Plaza de Armas.", True),
    ],
)
def test_a_place_s_name_is_no_company(text: str, answers: bool) -> None:
    q = _q("¿Qué proveedor de internet tienen en las sucursales de Valparaíso?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("| 3 | Ninho Financeiro, com emissão via Sicredi | 1 (rede) | R$ 990,00 |", False),
        ("A conta do Sicredi é a mesma da mensalidade.", False),
        ("Sicredi: Ag. 0812, conta corrente 41230-5.", True),
    ],
)
def test_bank_details_asked_are_the_numbers(text: str, answers: bool) -> None:
    q = _q("Qual é a agência e a conta do Sicredi para configurar a emissão dos boletos?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("question", "month_answers"),
    [
        ("Tanggal berapa persisnya RAT 2027 diselenggarakan?", False),
        ("What exact day is the kickoff?", False),
        ("When is the kickoff?", True),
    ],
)
def test_a_day_asked_is_not_answered_by_a_month(question: str, month_answers: bool) -> None:
    q = _q(question)
    assert q.expects == "date"
    assert has_type(["RAT and kickoff: bulan Maret 2027."], q, []) is month_answers
    assert has_type(["RAT and kickoff: 14 Maret 2027."], q, [])


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Nomor sertifikat halal: ID00210001234567, berlaku sampai 2030.", True),
        ("CNPJ 12.345.678/0001-90.", True),
        ("Sertifikat halal kami terbit Oktober 2026, tanggal 2026-10-03.", False),
    ],
)
def test_a_document_s_number_asked_is_the_number(text: str, answers: bool) -> None:
    q = _q("Apa nomor sertifikat halal milik PT Ayu Lestari?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Berapa akurasi stok gudang mereka saat ini?", "- Akurasi stok gudang sekitar 92%."),
        ("Berapa selisih stok opname gudang saat ini?", "Selisih stok opname 7% dari nilai."),
    ],
)
def test_an_accuracy_or_a_gap_asked_is_a_figure_not_a_count(question: str, text: str) -> None:
    q = _q(question)
    assert not q.counted
    assert has_type([text], q, [])


def test_a_day_in_a_sentence_about_the_one_before_is_on_topic() -> None:
    q = _q("Quando o contador consegue criar o usuário de integração do Omie?")
    said = [
        "Preciso criar um usuário de integração com permissão só do módulo de vendas.",
        "Consigo fazer isso só depois do fechamento de dezembro, lá pelo dia 15 de janeiro.",
    ]
    assert has_type(said, q, [])
    assert not has_type([said[0], "O fechamento de dezembro vai até o dia 15 de janeiro."], q, [])


def test_a_tariff_asked_is_an_amount() -> None:
    assert _q("Qual tarifa o Banco do Brasil cobra por boleto registrado?").expects == "number"


def test_a_time_before_buying_says_a_baseline_not_the_topic() -> None:
    q = _q("¿Qué porcentaje de ausentismo tenían antes de comprar?")
    assert {t.token for t in q.terms} == {"porcentaje", "ausentismo"}
    assert q.coverage("El ausentismo es altísimo: el 22% de las citas.") >= 0.5


def test_service_levels_name_the_sla() -> None:
    assert named_only("¿Qué disponibilidad mensual garantiza el SLA?")
    assert names("## 4. Niveles de servicio", ["sla"])
    assert names("## 6. Níveis de serviço", ["sla"])


def test_a_form_s_date_is_no_length_of_time() -> None:
    q = _q("How long does Kinnect keep pupil data after the contract ends?")
    signed = "SIGNED for and on behalf of Kinnect Ltd\nName: Rachel Dunn\nDate: 15 May 2026"
    assert not has_type([signed], q, [])
    assert has_type(["Pupil data is kept until 30 June 2027."], q, [])
    # a span from one day to another is a length
    q = _q("How long is the contract?")
    assert has_type(["Term: 1 June 2026 – 31 May 2029."], q, [])
    assert has_type(["Vigência: 01/06/2026 a 31/05/2029."], q, [])
    assert not has_type(["Go live on 30 June 2025."], q, [])


def test_the_words_asking_a_length_of_time_weigh_little() -> None:
    q = _q("How long does it take to build the daily log per station?")
    assert q.coverage("Bikin log harian itu rata-rata 4 jam per stasiun per hari.") >= 0.5
    assert has_type(["Bikin log harian itu rata-rata 4 jam per stasiun per hari."], q, [])


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Go-live 15 Februari 2027, jadi Pak Hendra bisa tunjukkan dashboard di RUPS.", False),
        ("Go-live 15 Februari, jadi Pak Hendra bisa tunjukkan dashboard di RUPS.", False),
        ("RUPS kami tanggal 12 Maret 2027 di Surabaya.", True),
        ("RUPS kami tanggal 12 Maret di Surabaya.", True),
        ("RUPS hari Senin, 12 April 2027.", False),
    ],
)
def test_a_day_asked_in_a_month_falls_in_that_month(text: str, answers: bool) -> None:
    q = _q("Tanggal berapa persisnya RUPS bulan Maret 2027 diadakan?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "Berapa biaya penggantian kalau ada sensor suhu IoT yang rusak?",
            {"biaya", "penggantian"},
        ),
        ("If go-live slips, what penalty applies?", {"penalty", "applies"}),
        ("¿Qué penalidad aplica si el go-live se retrasa?", {"penalidad", "aplica"}),
        # no condition, or nothing asked beside it
        ("What is the uptime SLA?", set()),
        ("Do they know if the Padstow broadband is fixed?", set()),
        ("What if the sensor breaks?", set()),
    ],
)
def test_what_is_asked_beside_a_condition(question: str, asked: set[str]) -> None:
    assert asked_beside_condition(_q(question)) == asked


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Which CSM has Claire Bennett assigned to the account?", "person"),
        ("Which Parkwise trainer will run the on-site sessions?", "person"),
        ("Qual consultora vai ficar com a conta?", "person"),
        ("Which technician certification do they need?", "name"),
        ("What trainer materials will we send them?", None),
    ],
)
def test_which_person_by_their_role_asks_for_a_person(question: str, expects: str | None) -> None:
    assert _q(question).expects == expects


def test_a_title_s_words_name_no_one() -> None:
    q = _q("Who is their operations director?")
    assert not has_type(["Our Director of Operations joined the call."], q, [])
    assert has_type(["The Director of Operations, Bruno Lima, signs."], q, [])
    # a rank straight before a name is the name's title
    assert has_type(["Their operations Director Sarah Jones signs."], q, [])


def test_a_day_in_one_sentence_of_a_crm_line_dates_nothing_in_the_next() -> None:
    q = _q("¿Para cuándo se espera la resolución de la subvención de digitalización de la Junta?")
    line = (
        "description: Grupo de 5 residencias. Compelling event: inspección de la Gerencia en "
        "primavera 2027. Pendiente subvención de digitalización de la Junta."
    )
    assert not has_type([line], q, [])
    assert has_type(
        ["La subvención de digitalización de la Junta se resuelve en marzo 2027."], q, []
    )


def test_a_period_the_account_uses_is_still_matched_in_its_other_forms() -> None:
    # "annual" is a word the account uses, so its other English forms are not looked for;
    # a period's are ("£32k/yr", "per year")
    q = analyse(
        "What annual spending ceiling has the board set?",
        set(),
        lambda token: 1.0 if token in {"annual", "ceiling", "board"} else 5.0,
    )
    found = {t.token for t in found_terms("Hard ceiling £32k/yr from the board.", q)}
    assert {"annual", "ceiling", "board"} <= found


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("On the patient records, we've got about 38,000 in AudiTrack.", True),
        ("The patient records are old. We have 38,000 visits a year.", False),
        ("Patient records need a clean-up before we load the 2,000 appointments.", False),
    ],
)
def test_what_is_counted_may_be_said_first_as_the_topic(text: str, answers: bool) -> None:
    q = _q("Roughly how many patient records are sitting in AudiTrack?")
    assert has_type([text], q, []) is answers


@pytest.mark.parametrize(
    ("question", "noun", "weak"),
    [
        ("What's the organization's total headcount?", "organization", True),
        ("Quem é o dono da empresa?", "empresa", True),
        ("Qual é a taxa de inadimplência atual da carteira?", "carteira", True),
        ("Qual adquirente a rede vai usar?", "rede", False),
        ("Qual é o CNPJ da empresa de transporte?", "empresa", False),
    ],
)
def test_the_customer_named_by_a_common_noun_is_not_what_is_asked(
    question: str, noun: str, weak: bool
) -> None:
    assert ({t.token for t in _q(question).terms if t.weak} >= {noun}) is weak


def test_a_total_asked_is_the_figure_itself() -> None:
    q = _q("What's the organization's total headcount?")
    assert {t.token for t in q.terms if t.weak} >= {"organization", "total"}
    assert q.coverage("It's 62 staff not 60.") >= 0.5


def test_the_total_of_an_amount_is_still_asked() -> None:
    q = _q("How much is the contract worth in total over three years?")
    assert "total" in {t.token for t in q.terms if not t.weak}
    assert _q("¿Cuánto vale el contrato a tres años?").money


@pytest.mark.parametrize(
    ("question", "text", "word"),
    [
        (
            "When is the clinic closed for the remodel?",
            "Harrogate is shut for the refit.",
            "remodel",
        ),
        ("¿Cuándo cierra la tienda por reforma?", "The shop is closed for the refurb.", "reforma"),
        (
            "How many duplicate member records are there?",
            "Sekitar 8% data anggota dobel.",
            "duplicate",
        ),
        ("Berapa data ganda?", "About 4,200 duplicates in the export.", "ganda"),
    ],
)
def test_building_works_and_duplicates_are_found_in_any_of_their_words(
    question: str, text: str, word: str
) -> None:
    assert word in {t.token for t in found_terms(text, _q(question))}


def test_building_works_leave_a_renewal_s_words_their_own() -> None:
    # "renovation", "renovasi" share "renovar"'s stem: listed, they would make it say neither
    assert "renew" in translations("renovar")[0]


def test_a_word_in_brackets_says_the_words_before_it() -> None:
    q = _q("What is the current bread waste (merma) rate?")
    assert "bread" not in {t.token for t in q.terms}
    assert q.coverage("Merma promedio de 14% en pan corriente.") >= 0.5
    assert q.coverage("Bread waste is about 14% on a normal day.") >= 0.5


def test_the_words_for_a_day_asked_are_not_what_it_is_the_day_of() -> None:
    q = _q("¿Qué día de la semana viene el informático externo?")
    assert {t.token for t in q.terms if t.weak} >= {"dia", "semana"}
    assert has_type(["Sergio Pascual, informático externo, SOLO VIERNES."], q, [])


def test_english_data_is_what_a_day_is_asked_of() -> None:
    q = _q("When should the ORGANIZATION1 data be available?")
    assert "data" in {t.token for t in q.terms if not t.weak}


def test_a_figure_asked_in_a_unit_is_given_in_it() -> None:
    q = _q("Berapa kecepatan koneksi internet (Mbps) di gudang Makassar?")
    assert has_type(["Internet di gudang Makassar 20 Mbps, sering putus."], q, [])
    assert not has_type(["Internet di gudang Makassar putus dua kali seminggu."], q, [])
    assert not has_type(
        ["Kuota 500 GB per bulan."], _q("Berapa kecepatan internet dalam Mbps?"), []
    )
