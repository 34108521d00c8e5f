"""Headings of notes and emails, and the lists under them."""

from __future__ import annotations

from briefing.lexicon import cue
from briefing.units import is_note_heading, listed_under, split_units, table_header
from ingest.loader import parse_file

EMAIL = (
    "From: Nolan Achterberg <nolan@yardlark.example>\nTo: Tessa <tessa@corrigan.example>\n"
    "Subject: Welcome\nDate: Tue, 3 Nov 2026 10:00:00 +0000\n\n"
    "Hi Tessa,\n\nAgenda:\n1. Introductions and goals\n2. SCALE connector timing\n\n"
    "Things promised outside the order form\n"
    "- Fajar on site for 8 weeks around go-live. Booked for Cilacap too.\n"
    "- 15% off the portal within 12 months.\n\nBao, Imani will send the prerequisites.\n"
)


def test_a_short_line_a_list_follows_heads_it_and_no_item_does() -> None:
    [doc] = parse_file("emails/welcome.eml", EMAIL.encode())
    units = split_units(doc)
    heads = [u.text for u in units if is_note_heading(u)]
    assert heads == ["Agenda:", "Things promised outside the order form"]
    listed = listed_under(units, cue(r"promised"))
    items = [u.text for u in units if (u.doc.name, u.start) in listed]
    assert items == [
        "- Fajar on site for 8 weeks around go-live.",
        "- 15% off the portal within 12 months.",
    ]


def test_a_line_s_last_sentence_ending_on_a_colon_heads_the_list_after_it() -> None:
    email = (
        "From: Andrés <a@tesela.example>\nTo: Rodrigo <r@nodo.example>\n"
        "Subject: Orden final\nDate: Mon, 30 Mar 2026 09:00:00 -0600\n\n"
        "Y lo que me pediste por escrito. Esto no va en la orden de servicio, es un compromiso"
        " mío:\n\n"
        "1. Soporte: respuesta a incidentes críticos en un máximo de 2 horas.\n"
        "2. Renovación: mantenemos el mismo precio.\n\nSaludos.\n"
    )
    [doc] = parse_file("emails/orden.eml", email.encode())
    units = split_units(doc)
    listed = listed_under(units, cue(r"compromis\w*"))
    items = [u.text for u in units if (u.doc.name, u.start) in listed]
    assert items == [
        "1. Soporte: respuesta a incidentes críticos en un máximo de 2 horas.",
        "2. Renovación: mantenemos el mismo precio.",
    ]
    # a line of sentences ending on a full stop heads nothing
    plain = email.replace("compromiso mío:", "compromiso mío.")
    [doc] = parse_file("emails/orden.eml", plain.encode())
    assert not listed_under(split_units(doc), cue(r"compromis\w*"))


def test_an_item_ending_on_a_colon_heads_the_list_indented_under_it() -> None:
    email = (
        "From: Fransiska <f@kirana.example>\nTo: Hendra <h@borneo.example>\n"
        "Subject: Ringkasan\nDate: Thu, 4 Sep 2025 09:00:00 +0800\n\n"
        "1. Lingkup: KIRANA Fleet untuk 280 unit.\n"
        "2. Ukuran keberhasilan, enam bulan setelah go-live:\n"
        "   - Fuel ratio dari 1,18 menjadi 1,05 L/BCM\n"
        "   - Produktivitas dari 780 menjadi 880 BCM/jam\n"
        "3. Jadwal: kickoff dua minggu setelah tanda tangan.\n"
    )
    [doc] = parse_file("emails/ringkasan.eml", email.encode())
    units = split_units(doc)
    listed = listed_under(units, cue(r"keberhasilan"))
    items = [u.text for u in units if (u.doc.name, u.start) in listed]
    assert items == [
        "- Fuel ratio dari 1,18 menjadi 1,05 L/BCM",
        "- Produktivitas dari 780 menjadi 880 BCM/jam",
    ]


def test_a_clause_number_opens_its_sentence() -> None:
    contract = (
        "# Contrato\n\n## 4. PREÇO\n\n"
        "4.3. Valor total do contrato no prazo inicial: R$ 1.284.000,00.\n"
        "4.4. Vencimento das faturas em 30 dias. O reajuste é anual.\n"
    )
    [doc] = parse_file("contract/contrato.md", contract.encode())
    assert [u.text for u in split_units(doc)][-3:] == [
        "4.3. Valor total do contrato no prazo inicial: R$ 1.284.000,00.",
        "4.4. Vencimento das faturas em 30 dias.",
        "O reajuste é anual.",
    ]


def test_a_table_row_is_one_unit_and_min_before_a_figure_ends_no_sentence() -> None:
    notes = (
        "# Handoff\n\n| Metric | Today | Target |\n|---|---|---|\n"
        "| On-time delivery | 78%. Counted by hand | min. 95% |\n\n"
        "The call ran 45 min. Thirty people joined.\n"
    )
    [doc] = parse_file("notes/handoff.md", notes.encode())
    texts = [u.text for u in split_units(doc)]
    assert "| On-time delivery | 78%. Counted by hand | min. 95% |" in texts
    assert "The call ran 45 min." in texts and "Thirty people joined." in texts


def test_a_name_s_initial_ends_no_sentence() -> None:
    contract = (
        "# Order form\n\n## 8. Tanda Tangan\n\nNama: H. Bambang Sutrisno\n"
        "Signed by J. Smith. Then filed. We went with Plan B. Then Maria Costa called.\n"
    )
    [doc] = parse_file("contract/order.md", contract.encode())
    texts = [u.text for u in split_units(doc)]
    assert any("H. Bambang Sutrisno" in t for t in texts), texts
    assert any("by J. Smith." in t for t in texts) and "Then filed." in texts, texts
    assert "We went with Plan B." in texts and "Then Maria Costa called." in texts, texts


def test_a_table_row_s_header_is_the_row_over_its_rule() -> None:
    contract = (
        "# Orden de pedido\n\n| Ítem | Licencia | Total |\n|---|---|---|\n| 1 | Plan Pro | $900 |\n\n"
        "| Ítem | Servicio profesional (pago único) | Total (CLP) |\n|:---|:---:|---:|\n"
        "| 3 | Capacitación | $1.000 |\n| 4 | Implementación estándar | $6.500.000 |\n\n"
        "Pago a 30 días.\n"
    )
    [doc] = parse_file("contract/orden.md", contract.encode())
    headers = {u.text: table_header(u) for u in split_units(doc)}
    assert headers["| 1 | Plan Pro | $900 |"] == "| Ítem | Licencia | Total |"
    second = "| Ítem | Servicio profesional (pago único) | Total (CLP) |"
    assert headers["| 4 | Implementación estándar | $6.500.000 |"] == second
    assert headers["| 3 | Capacitación | $1.000 |"] == second
    # a header has none over it, nor has a sentence
    assert headers[second] == "" and headers["Pago a 30 días."] == ""
