"""Questions that ask two things are split into parts that each stand alone."""

from __future__ import annotations

import pytest

from briefing.compound import about_person, about_rival, question_parts, without_remark


@pytest.mark.parametrize(
    ("question", "queries"),
    [
        (
            "When was the budget approved, and by whom?",
            ["When was the budget approved?", "by whom was the budget approved?"],
        ),
        (
            "Which ERP do they run, and which partner supports it?",
            ["Which ERP do they run?", "which partner supports it ERP do they run?"],
        ),
        (
            "Qual sistema precisamos integrar e quem mexe nele?",
            ["Qual sistema precisamos integrar?", "quem mexe nele sistema precisamos integrar?"],
        ),
        (
            "¿Quién firmó el contrato y cuándo?",
            ["Quién firmó el contrato?", "cuándo firmó el contrato?"],
        ),
        (
            "Siapa yang menandatangani order form, dan kapan?",
            ["Siapa yang menandatangani order form?", "kapan yang menandatangani order form?"],
        ),
        # a part that says what it is about stands alone
        (
            "Who owns the rollout and what does success look like?",
            ["Who owns the rollout?", "what does success look like?"],
        ),
        ("Who is the champion? And when is go-live?", ["Who is the champion?", "when is go-live?"]),
        # Portuguese asks "what" in two words
        (
            "Quem é o franqueado que está resistindo e o que ele exige antes de entrar?",
            [
                "Quem é o franqueado que está resistindo?",
                "o que ele exige antes de entrar é o franqueado que está resistindo?",
            ],
        ),
        # everyday Indonesian asks "gimana" for "bagaimana"
        (
            "Siapa yang pegang anggaran, dan gimana sikapnya soal biaya tambahan?",
            [
                "Siapa yang pegang anggaran?",
                "gimana sikapnya soal biaya tambahan yang pegang anggaran?",
            ],
        ),
        # a hedge before the question word opens a part too
        (
            "Which vendor made it to the end against us, and roughly what did they quote?",
            [
                "Which vendor made it to the end against us?",
                "roughly what did they quote vendor made it to the end against us?",
            ],
        ),
        # "each one" points back at what the first part counts
        (
            "¿A cuántos guardas les cobramos licencia y cuánto pagan por cada uno al mes?",
            [
                "A cuántos guardas les cobramos licencia?",
                "cuánto pagan por cada uno al mes guardas les cobramos licencia?",
            ],
        ),
        # "le" points back at what the first part asked about
        (
            "¿Con qué pasarela hay que coordinar los tokens y cuánto tiempo le toma?",
            [
                "Con qué pasarela hay que coordinar los tokens?",
                "cuánto tiempo le toma pasarela hay que coordinar los tokens?",
            ],
        ),
        # a preposition may open the second part: "y sobre qué motor..."
        (
            "¿Qué versión de Tango tienen y sobre qué motor de base de datos corre?",
            ["Qué versión de Tango tienen?", "sobre qué motor de base de datos corre?"],
        ),
        # Indonesian asks at the end; a part without its own subject is about the first part's
        (
            "Persentase food cost mereka sekarang berapa, dan mau ditekan sampai angka berapa?",
            [
                "Persentase food cost mereka sekarang berapa?",
                "mau ditekan sampai angka berapa Persentase food cost mereka sekarang?",
            ],
        ),
    ],
)
def test_each_part_stands_alone(question: str, queries: list[str]) -> None:
    assert [p.query for p in question_parts(question)] == queries


def test_a_part_is_shown_as_it_was_asked() -> None:
    parts = question_parts("When was the budget approved, and by whom?")
    assert [p.asked for p in parts] == ["When was the budget approved?", "by whom?"]


@pytest.mark.parametrize(
    "question",
    [
        "Who signs off on budget?",
        "What did we promise about SSO and the data migration?",
        "Who and when?",  # nothing says what either part is about
        "Which stores, in which order, get the scales first?",
    ],
)
def test_a_question_asking_one_thing_is_one_part(question: str) -> None:
    assert [p.query for p in question_parts(question)] == [question]


@pytest.mark.parametrize(
    ("question", "queries"),
    [
        # a preamble before the question word is part of the question
        ("Di sisi ALN, siapa yang menangani SAP?", ["Di sisi ALN, siapa yang menangani SAP?"]),
        (
            "¿Quién firmó el contrato y en qué fecha?",
            ["Quién firmó el contrato?", "en qué fecha firmó el contrato?"],
        ),
        (
            "Siapa yang tanda tangan order form, dan tanggal berapa?",
            ["Siapa yang tanda tangan order form?", "tanggal berapa yang tanda tangan order form?"],
        ),
        (
            "Quem precisa liberar a API do ERP e a partir de quando a Lógica consegue começar?",
            ["Quem precisa liberar a API do ERP?", "a partir de quando a Lógica consegue começar?"],
        ),
    ],
)
def test_prepositions_and_preambles_around_the_question_word(
    question: str, queries: list[str]
) -> None:
    assert [p.query for p in question_parts(question)] == queries


def test_a_part_pointing_back_at_a_person_is_asked_about_the_person_named_before() -> None:
    first, second = question_parts(
        "Who is the main sceptic on their side, and which warehouse does he run?"
    )
    assert about_person(second, "Valdir Souza").query == (
        "which warehouse does he run Valdir Souza?"
    )
    # a part that points at no one is asked as it was
    assert about_person(first, "Valdir Souza") == first


def test_what_an_earlier_part_lends_a_later_one_is_kept_apart() -> None:
    first, second = question_parts(
        "Which retailer's contract is driving the urgency, and how many SKUs does it involve?"
    )
    assert first.topic == ""
    assert second.topic == "retailer's contract is driving the urgency"
    assert second.query == f"how many SKUs does it involve {second.topic}?"


def test_a_part_pointing_back_at_a_rival_is_asked_about_the_rival_named_before() -> None:
    first, second = question_parts(
        "Which vendor did we beat in the final round, and what annual price had they offered?"
    )
    assert about_rival(second, "Aparca360").query == (
        "what annual price had they offered Aparca360?"
    )
    assert about_rival(first, "Aparca360") == first
    # a singular "ele" points back as well
    _, price = question_parts(
        "Qual concorrente a Solaris avaliou e qual preço por técnico ele ofereceu?"
    )
    assert about_rival(price, "Auvo").query.endswith("Auvo?")
    # so does a part too short to stand alone
    _, short = question_parts(
        "Kompetitor mana yang menawarkan harga lebih murah, dan berapa per outlet?"
    )
    assert short.topic and about_rival(short, "MekanikHub").query.endswith("MekanikHub?")
    # (but not one asking who or when)
    _, who = question_parts("Which competitor did we beat, and who signed?")
    assert about_rival(who, "Auvo") == who


def test_a_part_naming_only_the_contract_is_asked_about_the_first_parts_topic() -> None:
    _, second = question_parts(
        "What response time did we promise if a barrier gets stuck, and what does the signed "
        "contract actually say?"
    )
    assert second.topic == "response time did we promise if a barrier gets stuck"
    # one that says what it asks of the contract stands alone
    _, sla = question_parts(
        "What did we promise on training, and what does the contract say about the SLA?"
    )
    assert sla.query == "what does the contract say about the SLA?"


def test_an_indonesian_adverb_ending_in_nya_points_back_at_nothing() -> None:
    _, second = question_parts(
        "Siapa PIC integrasi mereka, dan apakah akhirnya mereka hanya punya satu server produksi?"
    )
    assert second.topic == ""
    _, third = question_parts("SAP mereka versi apa, dan siapa partner yang maintain SAP-nya?")
    assert third.topic


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What's the P1 response time? I need it for the QBR.", "What's the P1 response time?"),
        ("Go-live tanggal berapa? Kok tanggalnya beda-beda.", "Go-live tanggal berapa?"),
        # a second question after it is kept, and so is a question with no remark
        ("When is go-live? And who signs?", "When is go-live? And who signs?"),
        ("Who signs the order form?", "Who signs the order form?"),
        ("Tell me who signs", "Tell me who signs"),
        # a remark naming something qualifies the question
        (
            "What's the P1 response time? For the Enterprise plan.",
            "What's the P1 response time? For the Enterprise plan.",
        ),
    ],
)
def test_a_remark_after_a_question_is_left_out(question: str, asked: str) -> None:
    assert without_remark(question) == asked
