"""Every parser on real-format files: structure kept, offsets exact, bad input named."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.errors import IngestError, UnsupportedFileType
from ingest.loader import parse_file
from ingest.models import Document
from ingest.transcripts import parse_plain
from tests.conftest import CASES, EXAMPLES, FIXTURES

ACME = FIXTURES / "acme"


def parse(name: str) -> list[Document]:
    return parse_file(name, (ACME / name).read_bytes())


def test_vtt_voice_tags_keep_speaker_time_and_metadata() -> None:
    [doc] = parse("2026-08-04-discovery.vtt")
    assert doc.kind == "call"
    assert doc.title == "Acme discovery call"
    assert doc.date == "2026-08-04"
    assert doc.participants == ["Maria Costa", "Tom Becker"]
    speakers = [(s.speaker, s.time) for s in doc.segments]
    # consecutive cues of one speaker merge into one turn
    assert speakers == [
        ("Maria Costa", "00:00:01"),
        ("Tom Becker", "00:00:06"),
        ("Maria Costa", "00:00:16"),
    ]
    tom = doc.segments[1]
    assert "I'll throw in the Salesforce integration" in doc.text[tom.start : tom.end]
    assert "That's something I can promise today." in doc.text[tom.start : tom.end]
    assert doc.locator(tom.start + 5) == "[00:00:06] Tom Becker"


def test_plain_transcript_header_stamps_and_continuation_lines() -> None:
    [doc] = parse("2026-08-20-negotiation.txt")
    assert doc.kind == "call"
    assert doc.title == "Acme commercial negotiation"
    assert doc.date == "2026-08-20"
    assert doc.participants == ["Maria Costa (Acme)", "Tom Becker (Vendor)"]
    turn = doc.segments[2]
    assert turn.speaker == "Tom Becker" and turn.time == "00:01:15"
    assert "premium support with a four hour response time" in doc.text[turn.start : turn.end]


def test_plain_transcript_header_in_other_languages_names_no_speaker() -> None:
    text = (
        "Gravação: Pomar x Frescor - negociação\n"
        "Data: 2026-10-21\n"
        "Duração: 42 min\n"
        "Participantes: Caio Brandão (Frescor), Adriana Petrucci (Pomar)\n\n"
        "[00:00:03] Caio Brandão: Bom dia, pessoal.\n"
        "[00:00:08] Adriana Petrucci: Bom dia, Caio.\n"
    )
    doc = parse_plain("negociacao.txt", text)
    assert doc.title == "Pomar x Frescor - negociação" and doc.date == "2026-10-21"
    assert doc.participants == ["Caio Brandão (Frescor)", "Adriana Petrucci (Pomar)"]
    assert [s.speaker for s in doc.segments] == ["Caio Brandão", "Adriana Petrucci"]
    assert "42 min" not in doc.text


@pytest.mark.parametrize(
    "header",
    [
        "Hadir: Dewi Anggraini (Tambakin); Fajar Nugroho (PT Udang Samudra)",
        "Recorded: 4 November 2026, Microsoft Teams (auto-transcript, lightly cleaned)",
        "Dicatat oleh: Kevin (diketik ulang dari rekaman)",
        "Obs.: transcrição gerada automaticamente, pode conter erros.",
    ],
)
def test_who_was_there_how_it_was_recorded_and_a_remark_name_no_speaker(header: str) -> None:
    text = f"{header}\n\nFajar Nugroho: Selamat pagi.\nDewi Anggraini: Pagi, Pak.\n"
    doc = parse_plain("call.txt", text)
    assert [s.speaker for s in doc.segments] == ["Fajar Nugroho", "Dewi Anggraini"]


def test_a_turn_without_a_time_is_located_by_its_line_and_speaker() -> None:
    doc = parse_plain("call.txt", "Andre Kurniawan: Oke, kita mulai ya.\nHendra Wijaya: Silakan.\n")
    assert doc.locator(doc.text.index("Silakan")) == "line 2, Hendra Wijaya"


def test_two_word_header_keys_and_a_late_note_line_name_no_speaker() -> None:
    text = (
        "Transkrip rapat: Demo Teknis JalurPro x PT Armada\n"
        "Tanggal: Rabu, 6 Mei 2026\n"
        "Lokasi: Ruang rapat lt. 3\n"
        "Tempat: Kantor pusat Darmo\n"
        "Media: Zoom (transkrip otomatis)\n"
        "Sumber: transkrip otomatis Google Meet\n"
        "Andre Kurniawan: Oke, kita mulai ya.\n"
        "Hendra Wijaya: Silakan, Pak.\n"
        "Andre Kurniawan: Baik.\n"
        "Catatan: bagian demo layar tidak ditranskrip.\n"
    )
    doc = parse_plain("demo.txt", text)
    assert doc.title == "Demo Teknis JalurPro x PT Armada"
    assert [s.speaker for s in doc.segments] == [
        "Andre Kurniawan",
        "Hendra Wijaya",
        "Andre Kurniawan",
    ]
    assert "Ruang rapat" not in doc.text
    assert "Darmo" not in doc.text and "Zoom" not in doc.text


def test_participants_listed_under_a_header_by_organisation_are_no_speakers() -> None:
    text = (
        "REUNIÓN PLANTA OSORNO\n\n"
        "Asistentes:\n"
        "Trazalab: Sebastián Valdivia (ejecutivo comercial), Javiera Soto (preventa)\n"
        "Cooperativa: Rodrigo Henríquez (gerente general)\n"
        "Nota: transcripción automática, revisada a la rápida.\n\n"
        "Sebastián Valdivia: Buenos días a todos.\n"
        "Rodrigo Henríquez: Buenos días.\n"
        "Sebastián Valdivia: Partamos.\n"
    )
    doc = parse_plain("reunion.txt", text)
    assert {s.speaker for s in doc.segments} == {"Sebastián Valdivia", "Rodrigo Henríquez"}
    assert doc.participants[0] == "Sebastián Valdivia (ejecutivo comercial)"
    assert "Rodrigo Henríquez (gerente general)" in doc.participants
    assert not any("transcripción" in p for p in doc.participants)  # a header line ends the list


def test_srt_speaker_cues_and_date_from_file_name() -> None:
    [doc] = parse("2026-08-12-deep-dive.srt")
    assert doc.date == "2026-08-12"
    assert [s.speaker for s in doc.segments] == ["Raj Patel", "Tom Becker"]
    assert doc.text.endswith(
        "SSO is included in the enterprise tier. continued thought from Tom about SCIM.\n"
    )


def test_recorder_json_gong_shape() -> None:
    [doc] = parse("recorder-2026-09-01.json")
    assert doc.kind == "call" and doc.date == "2026-09-01"
    assert doc.participants[1] == "Maria Costa (VP Operations, Acme)"
    assert [s.time for s in doc.segments] == ["00:00:01", "00:00:04"]


@pytest.mark.parametrize(
    "payload",
    [
        b'{"title": "t", "date": "2026-07-01", "sentences": [{"speaker_name": "A B", '
        b'"text": "Hello there.", "start_time": 62.5}, {"speaker_name": "C", "text": "Hi.", '
        b'"start_time": 65}]}',
        b'{"segments": [{"speaker": "A B", "start": 62.5, "text": "Hello there."}, '
        b'{"speaker": "C", "start": 65, "text": "Hi."}]}',
        # a bare list of turns, times in seconds
        b'[{"speaker": "A B", "start": 62.04, "end": 64.1, "text": "Hello there."}, '
        b'{"speaker": "C", "start": 65.2, "end": 66, "text": "Hi."}]',
        # AssemblyAI-style utterances: integer milliseconds
        b'{"utterances": [{"speaker": "A B", "start": 62500, "end": 64000, '
        b'"text": "Hello there."}, {"speaker": "C", "start": 3600000, "text": "Hi."}]}',
        # Gong's API answer: calls with their metadata, parties and monologues
        b'{"requestId": "r1", "callTranscripts": [{"callId": "7", "metaData": {"title": "t", '
        b'"started": "2026-07-01T10:00:00Z"}, "parties": [{"speakerId": "s1", "name": "A B"}], '
        b'"transcript": [{"speakerId": "s1", "topic": "x", "sentences": [{"start": 62500, '
        b'"end": 64000, "text": "Hello there."}]}]}]}',
        b'{"calls": [{"metaData": {"id": "7", "title": "t"}, "parties": [{"speakerId": "s1", '
        b'"name": "A B", "title": "CFO"}], "transcript": [{"speakerId": "s1", "sentences": '
        b'[{"start": 62500, "text": "Hello there."}]}]}]}',
        # the parties beside the list of calls, for each of them
        b'{"parties": [{"speakerId": "s1", "name": "A B"}], "callTranscripts": [{"callId": "7", '
        b'"transcript": [{"speakerId": "s1", "sentences": [{"start": 62500, '
        b'"text": "Hello there."}]}]}]}',
        # Fireflies' GraphQL answer
        b'{"data": {"transcript": {"title": "t", "dateString": "2026-07-01T02:00:00.000Z", '
        b'"speakers": [{"id": 0, "name": "A B"}], "sentences": [{"index": 0, "speaker_id": 0, '
        b'"speaker_name": "A B", "start_time": 62.84, "text": "Hello there.", '
        b'"raw_text": "hello there"}]}}}',
        # Rev.ai: monologues of timed elements
        b'{"monologues": [{"speaker": 0, "speaker_name": "A B", "elements": [{"type": "text", '
        b'"value": "Hello", "ts": 62.5}, {"type": "punct", "value": " "}, {"type": "text", '
        b'"value": "there", "ts": 63.1}, {"type": "punct", "value": "."}]}]}',
        # Fathom: a speaker object with a display name
        b'{"title": "t", "transcript": [{"speaker": {"display_name": "A B"}, '
        b'"text": "Hello there.", "timestamp": "00:01:02"}]}',
        # tl;dv: the turns under "data"
        b'{"id": "x", "data": [{"speaker": "A B", "text": "Hello there.", "startTime": 62.5}]}',
        # a speaker object and clock-time strings
        b'{"entries": [{"speaker": {"name": "A B", "id": 1}, "timestamp": "01:02.5", '
        b'"content": "Hello there."}, {"speaker": {"name": "C"}, "timestamp": "01:05", '
        b'"content": "Hi."}]}',
        # speaker ids, named in a list of speakers beside the turns
        b'{"meeting_title": "t", "speakers": [{"id": 0, "name": "A B"}, {"id": 1, "name": "C"}],'
        b' "utterances": [{"speaker": 0, "start_ms": 62500, "text": "Hello there."}, '
        b'{"speaker": 1, "start_ms": 65000, "text": "Hi."}]}',
        # ids named in "participants", the call's fields under "recording"
        b'{"recording": {"title": "t", "started_at": "2026-07-01T10:00:00Z"}, "participants": '
        b'[{"speaker_id": "spk_0", "name": "A B"}], "transcript": [{"speaker_id": "spk_0", '
        b'"start": 62.5, "text": "Hello there."}]}',
        # or in a map of ids to names
        b'{"speaker_map": {"spk_0": "A B", "spk_1": "C"}, "segments": [{"speaker": "spk_0", '
        b'"start": 62.5, "text": "Hello there."}, {"speaker": "spk_1", "start": 65, '
        b'"text": "Hi."}]}',
    ],
)
def test_recorder_json_other_shapes(payload: bytes) -> None:
    [doc] = parse_file("call.json", payload)
    assert doc.kind == "call"
    assert doc.segments[0].time == "00:01:02" and doc.segments[0].speaker == "A B"


def test_deepgram_utterances_inside_results_with_numbered_speakers() -> None:
    payload = (
        b'{"metadata": {"created": "2026-07-01T10:00:00Z"}, "results": {"channels": [], '
        b'"utterances": [{"speaker": 0, "start": 62.5, "transcript": "Hello there."}, '
        b'{"speaker": 1, "start": 65, "transcript": "Hi."}]}}'
    )
    [doc] = parse_file("call.json", payload)
    assert doc.kind == "call" and doc.date == "2026-07-01"
    assert [(s.speaker, s.time) for s in doc.segments] == [
        ("Speaker 0", "00:01:02"),
        ("Speaker 1", "00:01:05"),
    ]


@pytest.mark.parametrize(
    "payload",
    [
        # Otter: "Speaker  m:ss" above the words
        b"Ana Lima  1:02\nHello there, thanks\nfor joining.\n\nRui Paz  1:05\nHi.\n\n"
        b"Ana Lima  1:10\nSo, the go-live date.\n",
        # Gong: "Speaker | mm:ss"
        b"Ana Lima | 01:02\nHello there, thanks for joining.\nRui Paz | 01:05\nHi.\n"
        b"Ana Lima | 01:10\nSo, the go-live date.\n",
        # Zoom: "[Speaker] hh:mm:ss"
        b"[Ana Lima] 00:01:02\nHello there, thanks for joining.\n[Rui Paz] 00:01:05\nHi.\n"
        b"[Ana Lima] 00:01:10\nSo, the go-live date.\n",
        # Google Meet: a time on its own line stamps the turns below it
        b"Discovery - Transcript\n00:01:02\nAna Lima: Hello there, thanks for joining.\n"
        b"Rui Paz: Hi.\n00:01:10\nAna Lima: So, the go-live date.\n",
    ],
)
def test_recorder_text_exports(payload: bytes) -> None:
    [doc] = parse_file("call.txt", payload)
    assert doc.kind == "call"
    assert [(s.speaker, s.time) for s in doc.segments][:2] == [
        ("Ana Lima", "00:01:02"),
        ("Rui Paz", "00:01:05" if b"00:01:10\nAna" not in payload else "00:01:02"),
    ]
    assert "Hello there, thanks" in doc.text and "the go-live date" in doc.text


def test_an_otter_export_header_gives_title_and_speakers() -> None:
    payload = (
        b"Saudagar Kopi x Stoqly\nThu, Dec 4, 2025 2:03PM \xe2\x80\xa2 8:22\n\nSUMMARY KEYWORDS\n"
        b"langganan, kontrak\n\nSPEAKERS\nDimas Prasetyo, Hendra Setiadi\n\n"
        b"Dimas Prasetyo  0:04\nSelamat siang Pak Hendra.\n\nHendra Setiadi  0:09\nSiang.\n\n"
        b"Dimas Prasetyo  0:15\nKita mulai ya.\n\nHendra Setiadi  0:21\nBoleh.\n\n"
        b"Dimas Prasetyo  0:25\nPertama soal harga.\n"
    )
    [doc] = parse_file("2025-12-04_negosiasi_otter.txt", payload)
    assert doc.title == "Saudagar Kopi x Stoqly" and doc.date == "2025-12-04"
    assert doc.participants == ["Dimas Prasetyo", "Hendra Setiadi"]
    assert [s.speaker for s in doc.segments] == ["Dimas Prasetyo", "Hendra Setiadi"] * 2 + [
        "Dimas Prasetyo"
    ]
    assert [s.time for s in doc.segments][:2] == ["00:00:04", "00:00:09"]


def test_a_list_of_days_and_times_is_no_transcript() -> None:
    payload = (
        b"Plan\nMonday 10:00\nKickoff with Ana\nTuesday 14:00\nTraining\nWednesday 09:00\nGo\n"
    )
    [doc] = parse_file("plan.txt", payload)
    assert doc.kind == "note"


def test_json_records_without_turns_stay_crm() -> None:
    payload = (
        b'[{"name": "Ana Lima", "title": "CFO", "content": "Signs above $50k."}, '
        b'{"name": "Rui Paz", "title": "CTO", "content": "Owns the VPN."}]'
    )
    docs = parse_file("contacts.json", payload)
    assert [d.kind for d in docs] == ["crm", "crm"]
    # a CRM API's envelope: "data" or "results" records hold no turns
    for payload in (
        b'{"success": true, "data": [{"id": 1, "content": "Ana signs.", "add_time": "2026"}]}',
        b'{"results": [{"id": "1", "properties": {"name": "Deal"}}]}',
    ):
        assert {d.kind for d in parse_file("export.json", payload)} == {"crm"}


def test_mbox_messages_headers_quotes_and_signature() -> None:
    first, second = parse("thread.mbox")
    assert (first.name, second.name) == ("thread.mbox#1", "thread.mbox#2")
    assert second.fields["cc"] == "Laura Mendes <laura@acme.example>"
    assert second.date == "2026-08-24"
    assert "Laura Mendes" in second.participants
    # the reply's quoted chain is kept in the text but marked as quoted
    [quoted] = second.quoted
    assert second.text[quoted.start : quoted.end].startswith("On Mon, Aug 24, 2026")
    assert "> Just confirming" in second.text[quoted.start : quoted.end]
    # the signature block is kept as new content
    assert "Account Executive, Vendor Inc." in second.text[: quoted.start]


def test_a_forwarded_message_is_material_but_a_reply_chain_under_it_is_quoted() -> None:
    data = (
        "From: Nerea Lacasta <nerea@gruas.example>\nTo: Álvaro <alvaro@vendor.example>\n"
        "Subject: RV: Entorno de pruebas\nDate: Fri, 02 Oct 2026 14:40:27 +0200\n\n"
        "Os reenvío lo que nos ha mandado Mutua Aurora.\n\n"
        "-------- Mensaje reenviado --------\n"
        "De: Óscar Pina <opina@mutua.example>\nFecha: 2 oct 2026 9:12\n"
        "Asunto: Entorno de pruebas\n\n"
        "El nuevo sandbox estará disponible a partir del 15 de enero de 2027.\n\n"
        "El 1 oct 2026, Jorge Anson escribió:\n> ¿Cuándo estará el sandbox?\n"
    ).encode()
    [doc] = parse_file("rv.eml", data)
    [quoted] = doc.quoted
    said = doc.text.index("El nuevo sandbox")
    assert not doc.is_quoted(said, said + 20)  # what was passed on is read and indexed
    # and is its writer's, not the sender's
    segment = doc.segment_at(said)
    assert segment is not None and segment.speaker == "Óscar Pina"
    assert doc.locator(said).endswith("Óscar Pina")
    assert doc.locator(doc.text.index("Os reenvío")).endswith("Nerea Lacasta")
    assert doc.text[quoted.start :].startswith("El 1 oct 2026, Jorge Anson escribió:")
    # an Outlook reply header with no forwarding banner above it still opens a quoted chain
    reply = (
        b"From: Ana <ana@acme.example>\nSubject: Re: Plan\n\nAgreed.\n\n"
        b"From: Rui <rui@vendor.example>\nSent: Monday, 24 August 2026 10:00\n\nOld text.\n"
    )
    [doc] = parse_file("re.eml", reply)
    assert doc.text[doc.quoted[0].start :].startswith("From: Rui")


def test_mbox_body_line_starting_with_from_is_no_new_message() -> None:
    data = (
        b"From ana@acme.example Tue May 26 08:47:12 2026\n"
        b"From: Ana Lima <ana@acme.example>\nSubject: Handoff\n"
        b"Date: Tue, 26 May 2026 08:47:12 +0000\n\n"
        b"From here on Rachel is your contact.\n"
        b"From Q3 2026 onwards she signs the invoices.\n\n"
        b"From MAILER-DAEMON Wed May 27 16:05:40 2026\n"
        b"From: Rui Paz <rui@vendor.example>\nSubject: Re: Handoff\n\nNoted.\n"
    )
    first, second = parse_file("thread.mbox", data)
    assert "From here on Rachel is your contact." in first.text
    assert "From Q3 2026 onwards she signs the invoices." in first.text
    assert second.fields["subject"] == "Re: Handoff"


def test_eml_html_only_quoted_printable_and_encoded_header() -> None:
    [doc] = parse("welcome.eml")
    assert doc.participants[0] == "João Silva"
    assert "A integração com o SAP é obrigatória." in doc.text
    assert "<p>" not in doc.text


def test_crm_csv_rows_comma_and_semicolon_with_bom() -> None:
    [opp] = parse("opportunity.csv")
    assert opp.name == "opportunity.csv#1" and opp.kind == "crm"
    assert opp.fields["Amount"] == "135,000"
    assert "Competitor: Shipwell" in opp.text
    maria, laura = parse("contacts.csv")
    assert laura.title == "Laura Mendes"
    assert laura.fields["Contact Role"] == "Economic Buyer"
    assert "First Name" in maria.fields  # the BOM is not part of the first header


def test_crm_json_records() -> None:
    payload = (
        b'{"opportunity": {"name": "Deal", "amount": 5}, '
        b'"contacts": [{"name": "A"}, {"name": "B"}]}'
    )
    docs = parse_file("export.json", payload)
    assert [d.name for d in docs] == ["export.json#1", "export.json#2", "export.json#3"]
    assert docs[0].text == "name: Deal\namount: 5\n"


def test_crm_json_export_with_metadata_lines_gives_a_record_per_deal_and_contact() -> None:
    payload = (
        b'{"export_date": "2026-06-01", "exported_by": "andre@lintas.id", "object": "deal", '
        b'"records": [{"deal_name": "ALN - Fleet", "amount": 2330400000}], '
        b'"associated_contacts": [{"name": "Hendra Wijaya", "buying_role": "Champion"}, '
        b'{"name": "Maya Kusuma", "buying_role": "Budget Holder"}]}'
    )
    docs = parse_file("crm/export.json", payload)
    assert [d.fields.get("name") or d.fields.get("deal_name") for d in docs] == [
        "ALN - Fleet", "Hendra Wijaya", "Maya Kusuma"
    ]  # fmt: skip
    assert docs[1].fields["buying_role"] == "Champion"


def test_a_crm_json_export_naming_its_account_gives_each_record_the_account() -> None:
    payload = (
        '{"export": "contactos", "cuenta": "Bodegas Lezcano, S.L.", '
        '"registros": [{"nombre": "Félix", "rol_en_la_oportunidad": "Bloqueador"}, '
        '{"nombre": "Marta", "rol_en_la_oportunidad": "Champion"}]}'
    ).encode()
    docs = parse_file("crm/contactos.json", payload)
    assert [d.fields["nombre"] for d in docs] == ["Félix", "Marta"]
    assert all(d.fields["cuenta"] == "Bodegas Lezcano, S.L." for d in docs)


def test_a_record_with_a_few_nested_values_stays_one_record() -> None:
    payload = (
        b'{"name": "Deal", "amount": 5, "stage": "won", "tags": [{"k": "v"}], "owner": {"n": 1}}'
    )
    assert len(parse_file("deal.json", payload)) == 1


def test_contract_detected_by_name_and_kind_override() -> None:
    [doc] = parse("order-form.md")
    assert doc.kind == "contract"
    [note] = parse("rep-notes.md")
    assert note.kind == "note"
    [forced] = parse_file("rep-notes.md", (ACME / "rep-notes.md").read_bytes(), kind="contract")
    assert forced.kind == "contract"


def test_contract_detected_by_content_in_portuguese() -> None:
    text = "FORMULÁRIO DE PEDIDO\n\nCliente: X\nAssinado em 2026-09-30.\n".encode()
    [doc] = parse_file("documento.txt", text)
    assert doc.kind == "contract"


def test_the_folder_a_file_was_uploaded_in_says_note_or_contract() -> None:
    text = (
        b"CATATAN HANDOFF - PT ARUNIKA\n\n"
        b"- Order form ditandatangani Bu Lestiani 04/11. Kontrak 3 tahun.\n"
    )
    [loose] = parse_file("catatan.txt", text)
    assert loose.kind == "contract"  # without a folder, its opening reads as a contract's
    [note] = parse_file("notes/catatan.txt", text)
    assert note.kind == "note"
    [contract] = parse_file("contract/terms.txt", b"1. Term: 12 months.\n2. Fees: USD 10.\n")
    assert contract.kind == "contract"
    call = (
        b"Rekaman rapat: SNP - Kalibra | Finalisasi order form\n\n"
        b"Yohanes: Jadi versi final tinggal tanda tangan.\n"
        b"Rizky: Bu Lestari mau tanda tangan Jumat.\n"
        b"Yohanes: Mantap. Berarti tanggal tiga puluh.\n"
    )
    [titled] = parse_file("finalisasi.txt", call)
    assert titled.kind == "contract"  # its title names an order form
    [meeting] = parse_file("calls/finalisasi.txt", call)
    assert meeting.kind == "call" and meeting.segments[0].speaker == "Yohanes"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "truncated.vtt",
            b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nA: hi\n\n00:00:05.000 --> 00:0",
            "truncated",
        ),
        ("nohead.vtt", b"00:00:01.000 --> 00:00:04.000\nA: hi\n", "WEBVTT header"),
        ("empty.txt", b"   \n", "empty"),
        ("garbage.csv", bytes(range(256)) * 20, "binary"),
        ("deck.pptx", b"PK\x03\x04", "unsupported file type"),
        ("broken.json", b'{"a": [1, 2', "invalid JSON"),
        ("notmail.eml", b"just some words\nwithout headers", "not an email"),
        ("notmbox.mbox", b"Subject: x\n\nbody", "not an mbox"),
        ("ragged.csv", b"a,b\n1,2,3\n", "row 1 has 3 fields"),
        ("fake.pdf", b"hello", "not a PDF"),
    ],
)
def test_bad_files_fail_with_their_name_and_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        parse_file(name, data)
    assert info.value.path == name
    assert reason in str(info.value)
    assert str(info.value).startswith(name)


def test_oversized_file_is_refused() -> None:
    with pytest.raises(IngestError, match="over the 10-byte limit"):
        parse_file("big.txt", b"x" * 11, max_bytes=10)


def test_unsupported_type_is_its_own_error() -> None:
    with pytest.raises(UnsupportedFileType):
        parse_file("a.docx", b"data")


def _all_material() -> list[Path]:
    roots = [ACME, *EXAMPLES.glob("*"), *CASES.glob("*/material")]
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "path", _all_material(), ids=lambda p: str(p.relative_to(FIXTURES.parent.parent))
)
def test_segments_and_quotes_are_exact_slices(path: Path) -> None:
    """Oracle: every segment and quoted span lies inside the text, on line boundaries."""
    try:
        docs = parse_file(path.name, path.read_bytes())
    except IngestError:
        return  # malformed files are planted on purpose; their errors are tested above
    for doc in docs:
        for seg in doc.segments:
            assert 0 <= seg.start < seg.end <= len(doc.text)
            assert doc.text[seg.start : seg.end].strip()
            assert doc.text.count("\n", 0, seg.start) + 1 == seg.line
        for span in doc.quoted:
            assert 0 <= span.start < span.end <= len(doc.text)


@pytest.mark.parametrize(
    ("close", "date"),
    [("2026-11-06", "2026-11-06"), ("25/10/2026", "2026-10-25"), ("11/6/2026", None)],
)
def test_crm_dates_are_iso_or_absent(close: str, date: str | None) -> None:
    text = f"Deal Name,Close Date,Amount\nKestrel - MRO,{close},120000\n"
    [doc] = parse_file("crm/deal.csv", text.encode(), kind="crm")
    assert doc.date == date


def test_an_order_form_with_key_value_lines_is_a_contract_not_a_call() -> None:
    text = (
        "# Order Form\n\nCustomer: Kestrel Aero\nVendor: Tarmac Labs\n"
        "Subscription term: 12 months\nTotal fees: USD 120,000\n"
    )
    for name in ("contract/order-form.md", "docs/kestrel.md"):
        [doc] = parse_file(name, text.encode())
        assert doc.kind == "contract", name


def test_a_participants_line_gives_a_groups_organisation_to_each_name() -> None:
    text = (
        "Demo propuesta\n"
        "Asistentes: Andrea Villamizar y Sergio Lozano (Atiendo); Julián Arbeláez, Camilo Osorio "
        "y Yesenia Pabón (Alcaldía). El alcalde entró unos minutos.\n\n"
        "Andrea Villamizar: Buenos días.\n"
        "Julián Arbeláez: Buenos días.\n"
        "Andrea Villamizar: Empecemos.\n"
    )
    doc = parse_plain("demo.txt", text)
    assert doc.participants == [
        "Andrea Villamizar (Atiendo)",
        "Sergio Lozano (Atiendo)",
        "Julián Arbeláez (Alcaldía)",
        "Camilo Osorio (Alcaldía)",
        "Yesenia Pabón (Alcaldía)",
    ]


def test_a_time_after_the_speakers_name_is_the_turns_time_not_part_of_the_name() -> None:
    text = (
        "Ironbark <> Mashline | Discovery call\n"
        "Attendees: Jordan Pike (Mashline), Rachel Ostrowski\n\n"
        "Jordan Pike (00:02): Hey Rachel, can you hear me okay?\n\n"
        "Rachel Ostrowski (00:08): Loud and clear.\n\n"
        "Jordan Pike (1:02:20): Great, let's start.\n"
        "Maria Costa (Acme): A name with its organisation stays one speaker.\n"
    )
    doc = parse_plain("discovery.txt", text)
    assert [s.speaker for s in doc.segments] == [
        "Jordan Pike", "Rachel Ostrowski", "Jordan Pike", "Maria Costa (Acme)"
    ]  # fmt: skip
    assert [s.time for s in doc.segments][:3] == ["00:00:02", "00:00:08", "01:02:20"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_an_email_that_declares_no_charset_is_read_as_written(encoding: str) -> None:
    raw = (
        "From: Tomas Salcedo <tomas@imagenia.mx>\nTo: andres@radianta.mx\nSubject: Integraciones\n"
        "Date: Tue, 24 Feb 2026 09:00:00 -0600\n\nAndrés, les comparto cómo estamos.\n"
    ).encode(encoding)
    doc = parse_file("ti.eml", raw)[0]
    assert "Andrés, les comparto cómo estamos." in doc.text and "\ufffd" not in doc.text


def test_a_line_of_an_email_is_located_with_who_wrote_it_and_a_quoted_reply_without() -> None:
    raw = (
        "From: =?utf-8?q?Sergio_Vill=C3=A1r?= <sergio@informatica.es>\nTo: ana@vendor.com\n"
        "Subject: Re: Seguridad\nDate: Tue, 24 Feb 2026 09:00:00 +0100\n\n"
        "Lo he revisado con calma y por mi parte no hay problema.\n\n"
        "El lun, 23 feb 2026, Ana <ana@vendor.com> escribió:\n"
        "> Te mando el cuestionario respondido.\n"
    ).encode()
    doc = parse_file("seg.eml", raw)[0]
    assert doc.author == "Sergio Villár"
    assert doc.locator(doc.text.index("Lo he revisado")) == "line 6, Sergio Villár"
    assert doc.locator(doc.text.index("Te mando")) == "line 9"
    assert "Sergio" not in doc.locator(doc.text.index("Subject"))  # a header line is no one's


@pytest.mark.parametrize(
    ("sender", "author"),
    [
        ("Villar, Sergio <sergio@informatica.es>", "Villar, Sergio"),
        ('"Sergio Villar"', "Sergio Villar"),
        ("sergio@informatica.es", None),
    ],
)
def test_the_author_of_an_email_is_the_name_its_from_header_gives(
    sender: str, author: str | None
) -> None:
    raw = f"From: {sender}\nTo: ana@vendor.com\nSubject: Hola\n\nTodo bien.\n".encode()
    assert parse_file("x.eml", raw)[0].author == author
