"""Headings and labels of the rendered briefing in English, Portuguese, Spanish, Indonesian."""

from __future__ import annotations

__all__ = ["LANGUAGES", "label"]

LANGUAGES = ("en", "pt", "es", "id")

_LABELS: dict[str, tuple[str, str, str, str]] = {
    "title": ("Handoff briefing", "Briefing de passagem", "Resumen de transición", "Ringkasan serah terima"),
    "overview": ("1. Account overview", "1. Visão geral da conta", "1. Resumen de la cuenta", "1. Ikhtisar akun"),
    "purchase_context": ("2. Purchase context", "2. Contexto da compra", "2. Contexto de compra", "2. Konteks pembelian"),
    "stakeholders": ("3. Stakeholder map", "3. Mapa de stakeholders", "3. Mapa de stakeholders", "3. Peta pemangku kepentingan"),
    "success_criteria": ("4. Success criteria", "4. Critérios de sucesso", "4. Criterios de éxito", "4. Kriteria keberhasilan"),
    "implementation": ("5. Implementation", "5. Implementação", "5. Implementación", "5. Implementasi"),
    "commitments": ("6. Commitments", "6. Compromissos", "6. Compromisos", "6. Komitmen"),
    "competitors": ("7. Competitive context", "7. Contexto competitivo", "7. Contexto competitivo", "7. Konteks persaingan"),
    "risks": ("8. Risks", "8. Riscos", "8. Riesgos", "8. Risiko"),
    "special_considerations": ("9. Special considerations", "9. Considerações especiais", "9. Consideraciones especiales", "9. Pertimbangan khusus"),
    "next_steps": ("10. Next steps", "10. Próximos passos", "10. Próximos pasos", "10. Langkah selanjutnya"),
    "flags": ("For the rep to confirm", "Para o vendedor confirmar", "Para que el vendedor confirme", "Untuk dikonfirmasi oleh sales"),
    "rep_questions": ("Questions for the rep", "Perguntas para o vendedor", "Preguntas para el vendedor", "Pertanyaan untuk sales"),
    "sla": ("Handoff checklist and due dates", "Checklist e prazos da passagem", "Lista de verificación y plazos", "Daftar periksa dan tenggat"),
    "intro_email": ("Intro email draft", "Rascunho do e-mail de apresentação", "Borrador del correo de presentación", "Draf email perkenalan"),
    "agenda": ("Internal handoff meeting agenda", "Pauta da reunião interna de passagem", "Agenda de la reunión interna de transición", "Agenda rapat serah terima internal"),
    "sources": ("Sources", "Fontes", "Fuentes", "Sumber"),
    "not_found": ("not in the material", "não consta no material", "no está en el material", "tidak ada di materi"),
    "completeness": ("Completeness", "Completude", "Completitud", "Kelengkapan"),
    "segment": ("Segment", "Segmento", "Segmento", "Segmen"),
    "engine": ("Engine", "Motor", "Motor", "Mesin"),
    "name": ("Name", "Nome", "Nombre", "Nama"),
    "role": ("Role", "Papel", "Rol", "Peran"),
    "title_col": ("Title", "Cargo", "Cargo", "Jabatan"),
    "evidence": ("Evidence", "Evidência", "Evidencia", "Bukti"),
    "status": ("Status", "Status", "Estado", "Status"),
    "category": ("Category", "Categoria", "Categoría", "Kategori"),
    "promise": ("Promise", "Promessa", "Promesa", "Janji"),
    "made_by": ("Made by", "Feita por", "Hecha por", "Oleh"),
    "metric": ("Metric", "Métrica", "Métrica", "Metrik"),
    "baseline": ("Baseline", "Linha de base", "Línea base", "Awal"),
    "target": ("Target", "Meta", "Meta", "Target"),
    "timeframe": ("Timeframe", "Prazo", "Plazo", "Jangka waktu"),
    "task": ("Task", "Tarefa", "Tarea", "Tugas"),
    "due": ("Due", "Prazo", "Vence", "Tenggat"),
    "outcome": ("Outcome", "Resultado", "Resultado", "Hasil"),
    "none": ("None found in the material.", "Nada encontrado no material.", "Nada encontrado en el material.", "Tidak ditemukan di materi."),
}  # fmt: skip


def label(key: str, lang: str) -> str:
    """The label for ``key`` in ``lang`` (English for unknown languages or keys)."""
    entry = _LABELS.get(key)
    if entry is None:
        return key.replace("_", " ").capitalize()
    return entry[LANGUAGES.index(lang)] if lang in LANGUAGES else entry[0]
