"""Promises the vendor made, and whether the contract backs each one.

A promise is a vendor-side sentence in a call, email or note that commits to something of
substance (scope, service, timeline, price, roadmap). It is ``contractual`` only when a
contract clause says the same thing: shared content terms, close meaning, and no
contradicting number; otherwise it is ``unvalidated`` and the rep must confirm it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from briefing.contract_terms import committed_clauses, is_heading
from briefing.lexicon import (
    COMMITMENT,
    COMMITMENT_CATEGORY,
    RECURRING,
    STRONG_COMMITMENT,
    WANTS,
    cue,
)
from briefing.material import Material
from briefing.models import Commitment, CommitmentCategory
from briefing.parties import Parties, side_of_unit
from briefing.units import Unit, continues_item, listed_under, next_in_segment
from briefing.values import NUMBER_WORD, find_dates, find_money
from ingest.lexical import tokenize

__all__ = ["EmbedFn", "back_with_contract", "extract_commitments", "looks_like_promise"]

Vectors = npt.NDArray[np.float32]
EmbedFn = Callable[[Sequence[str]], Vectors]

_TRIVIAL = cue(
    r"send",
    r"share",
    r"follow up",
    r"check",
    r"get back",
    r"loop (?:you |him |her )?in",
    r"circle back",
    r"look into",
    r"find out",
    r"ask",
    r"forward",
    r"call you",
    r"email you",
    r"talk",
    r"think",
    r"enviar",
    r"mandar",
    r"compartilhar",
    r"verificar",
    r"retornar",
    r"perguntar",
    r"ver isso",
    r"compartir",
    r"revisar",
    r"consultar",
    r"preguntar",
    r"kirim",
    r"cek",
    r"tanyakan",
    r"kabari",
    r"be honest",
    r"be quick",
    r"let you know",
    r"take (?:a )?note",
    r"recap",
    r"resumir",
    r"habl(?:ar|amos)",
    r"convers(?:ar|amos)",
    r"fal(?:ar|amos)",
    r"(?:mem)?bicarakan",
    r"discuss",
)
_CONTRACT_ITEM = cue(
    r"includ\w*",
    r"inclu\w+",
    r"termasuk",
    r"support",
    r"suporte",
    r"soporte",
    r"dukungan",
    r"sla",
    r"training",
    r"treinamento",
    r"capacitaci[oó]n",
    r"pelatihan",
    r"discount",
    r"desconto",
    r"descuento",
    r"diskon",
    r"implementation",
    r"implantação",
    r"implementação",
    r"implementación",
    r"implementasi",
    r"onboarding",
    r"services?",
    r"serviços?",
    r"servicios?",
    r"layanan",
    r"response time",
    r"tempo de resposta",
    r"tiempo de respuesta",
    r"waktu respons",
    r"uptime",
    r"disponibilidade",
    r"disponibilidad",
    r"credits?",
    r"créditos?",
)
_GENERIC = frozenset(
    [
        "will",
        "well",
        "have",
        "going",
        "include",
        "included",
        "includes",
        "provide",
        "make",
        "sure",
        "that",
        "this",
        "with",
        "your",
        "you",
        "able",
        "also",
        "them",
        "they",
        "their",
        "ours",
        "yours",
        "there",
        "here",
        "what",
        "when",
        "into",
        "from",
        "just",
        "really",
        "today",
        "then",
        "vamos",
        "voces",
        "voce",
        "para",
        "isso",
        "esse",
        "essa",
        "como",
        "mais",
        "muito",
        "sobre",
        "tambem",
        "entao",
        "ustedes",
        "usted",
        "vamos",
        "esto",
        "esta",
        "este",
        "como",
        "para",
        "muy",
        "tambien",
        "entonces",
        "kami",
        "akan",
        "anda",
        "bapak",
        "untuk",
        "dengan",
        "yang",
        "juga",
        "bisa",
        "sudah",
        "nanti",
        "ini",
        "itu",
    ]
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "ninety": 90,
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "tres": 3,
    "quatro": 4,
    "cinco": 5,
    "seis": 6,
    "oito": 8,
    "dez": 10,
    "doze": 12,
    "quinze": 15,
    "vinte": 20,
    "trinta": 30,
    "noventa": 90,
    "uno": 1,
    "dos": 2,
    "cuatro": 4,
    "diez": 10,
    "veinte": 20,
    "treinta": 30,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "delapan": 8,
    "sepuluh": 10,
    "tiga puluh": 30,
}
_NUM_UNIT = re.compile(
    r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"[\s-]*(%|percent|por cento|por ciento|persen|minutes?|mins?|minutos?|menit|hours?|horas?|jam"
    r"|days?|dias?|días|hari"
    r"|weeks?|semanas?|minggu|months?|meses|mês|mes|bulan|years?|anos?|años?|tahun|seats?|users?"
    r"|usuários|usuarios|licen\w+)(?!\w)",
    re.IGNORECASE,
)
_UNITS = {
    "%": "%",
    "percent": "%",
    "por cento": "%",
    "por ciento": "%",
    "persen": "%",
    "minute": "min",
    "minutes": "min",
    "mins": "min",
    "minuto": "min",
    "minutos": "min",
    "menit": "min",
    "hour": "h",
    "hours": "h",
    "hora": "h",
    "horas": "h",
    "jam": "h",
    "day": "d",
    "days": "d",
    "dia": "d",
    "dias": "d",
    "días": "d",
    "hari": "d",
    "week": "w",
    "weeks": "w",
    "semana": "w",
    "semanas": "w",
    "minggu": "w",
    "month": "mo",
    "months": "mo",
    "meses": "mo",
    "mês": "mo",
    "mes": "mo",
    "bulan": "mo",
    "year": "y",
    "years": "y",
    "ano": "y",
    "anos": "y",
    "año": "y",
    "años": "y",
    "tahun": "y",
}


def _stems(text: str) -> set[str]:
    return {t[:5] for t in tokenize(text) if len(t) >= 3 and t not in _GENERIC and not t.isdigit()}


def _quantities(text: str) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for m in _NUM_UNIT.finditer(text):
        raw, unit = m[1].lower(), m[2].lower()
        value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", "."))
        out.setdefault(_UNITS.get(unit, unit), set()).add(value)
    return out


_ORDER: tuple[CommitmentCategory, ...] = ("roadmap", "commercial", "service", "timeline", "scope")


def _category(text: str) -> CommitmentCategory:
    for name in _ORDER:
        if COMMITMENT_CATEGORY[name].search(text):
            return name
    return "verbal"


@dataclass
class _Candidate:
    unit: Unit
    made_by: str | None
    made_to: str | None
    position: int = 0
    accepted_in: Unit | None = None
    """For a customer's request the rep agreed to, the rep's "sure, we'll set it up"."""
    goes_on: tuple[Unit, ...] = ()
    """For an item of a rep's list, the sentences going on in it ("OF just says 'an
    implementation consultant'."), quoted with it."""


def _made_by(unit: Unit) -> str | None:
    if unit.speaker:
        return unit.speaker
    return unit.doc.author


def _concrete(text: str) -> bool:
    """A weak "we'll ..." counts only when it names a quantity, an amount, a date, a count of
    everything ("all 38", "todas as trinta e oito"), a price ("no charge for it") or work done
    for the customer ("we'll draft the manual chapter for you")."""
    return bool(
        # "a quick tour, maybe fifteen minutes": minutes alone make no term
        any(unit != "min" for unit in _quantities(text))
        or find_money(text)
        or find_dates(text, "2026-01-01")
        or _PERIOD.search(text)
        or RECURRING.search(text)
        or _ALL_OF.search(text)
        or _FREE.search(text)
        or _FOR_YOU.search(text)
    )


def looks_like_promise(text: str, follow_up: str = "", pledged: bool = False) -> bool:
    """Whether a sentence reads as a promise of substance; ``follow_up``, the next sentence of
    the same turn, may hold what makes it concrete ("We'll visit every store. All 38."), and
    ``pledged``, whether that next sentence vouches for it ("Eso te lo garantizo yo.")."""
    if len(text.split()) < 4 or text.rstrip().endswith(("?", ":")) or _REFUSAL.search(text):
        return False  # a question, or the line that introduces a list ("Here is the recap:")
    if _NEGATED_EXIT.search(text):
        return False  # "you can't cancel without penalty in the first year" takes a right away
    strong = pledged or STRONG_COMMITMENT.search(text)
    if not strong and not (COMMITMENT.search(text) and _concrete(f"{text} {follow_up}")):
        return False
    category = _category(text)
    if not strong and category == "verbal" and not _FOR_YOU.search(text):
        return False
    return not (
        _TRIVIAL.search(text)
        and not (_quantities(text) or RECURRING.search(text))
        and category not in ("commercial", "roadmap")
    )


def _next_in_turn(units: list[Unit], position: int) -> str:
    after = next_in_segment(units, position)
    return after.text if after else ""


# a short sentence vouching for the one before it: "Eso te lo garantizo yo, con Diego.", "I
# promise you that.", "Isso eu garanto.", "Itu saya jamin."
_PLEDGE = re.compile(
    # not a refusal: "Eso no te lo puedo garantizar.", "I cannot promise that."
    r"^(?![^.?!]*(?<!\w)(?:not|no|não|nunca|never|cannot|can't|tidak|belum|nggak|gak|\w+n['’]t)(?!\w))"
    r"(?:(?:and |y |e |dan )?(?:that|this|eso|esto|isso|isto|itu|ini)\b[^.?!]{0,20}?|"
    r"(?:i|yo|eu|saya)(?: \w+){0,2} )"
    r"(?<!\w)(?:guarantee|promise|garantiz|garant[oe]|promet|jamin|janji)\w*",
    re.IGNORECASE,
)


def _pledged(units: list[Unit], position: int) -> bool:
    """Whether the next sentence of the turn vouches for this one ("Eso te lo garantizo yo.")."""
    after = _next_in_turn(units, position)
    return len(after.split()) <= 15 and _PLEDGE.search(after.strip("¡¿ ")) is not None


def _follow_up(units: list[Unit], position: int) -> str:
    """The next sentence of the turn when it is short enough to complete this one ("All 38.")."""
    after = _next_in_turn(units, position)
    return after if len(after.split()) <= 6 else ""


def _candidates(material: Material, parties: Parties) -> list[_Candidate]:
    out: list[_Candidate] = []
    units = material.units
    # "## Stuff I promised that is NOT in the order form": each item is a promise
    listed = listed_under(units, _PROMISE_HEADING)
    for position, unit in enumerate(units):
        if unit.kind not in ("call", "email", "note"):
            continue
        text = unit.text
        # a rep's list of what was promised, not a customer's list of what they ask for; a
        # sentence going on in an item is its caveat ("OJO: Delivery todavía no lo confirma.")
        # unless it promises too
        if (
            (unit.doc.name, unit.start) in listed
            and side_of_unit(unit, parties) != "customer"
            and not continues_item(unit)
        ):
            rest = _rest_of_item(units, position)
            out.append(_Candidate(unit, _made_by(unit), parties.customer, position, goes_on=rest))
            continue
        if not looks_like_promise(text, _follow_up(units, position), _pledged(units, position)):
            continue
        if side_of_unit(unit, parties) == "customer":
            continue
        category = _category(text)
        if category == "verbal" and len(text.split()) < 8:
            continue  # "I promise" alone only stresses what was said before
        out.append(_Candidate(unit, _made_by(unit), parties.customer, position))
    return sorted(out + _accepted_requests(units, parties), key=lambda c: c.position)


def _rest_of_item(units: list[Unit], position: int) -> tuple[Unit, ...]:
    """The sentences after the one at ``position`` that go on in its list item, on its line."""
    rest: list[Unit] = []
    last = units[position]
    for unit in units[position + 1 :]:
        if unit.doc is not last.doc or "\n" in unit.doc.text[last.end : unit.start]:
            break
        if not continues_item(unit):
            break
        rest.append(unit)
        last = unit
    return tuple(rest)


def _accepted_requests(units: list[Unit], parties: Parties) -> list[_Candidate]:
    """A customer's request on a call ("I want a one-page summary every month") that the rep
    agrees to in the next turn ("Sure, we'll include it"): the request is what was promised."""
    out: list[_Candidate] = []
    for position, unit in enumerate(units):
        if unit.kind != "call" or not unit.speaker or not _ACCEPT.match(unit.text):
            continue
        if side_of_unit(unit, parties) == "customer":
            continue
        if looks_like_promise(_next_in_turn(units, position)):
            continue  # "Pode deixar. A gente manda um resumo todo mês": that promise stands alone
        for back in range(position - 1, max(-1, position - 4), -1):
            asked = units[back]
            if asked.doc is not unit.doc or asked.speaker == unit.speaker:
                break
            if (
                _REQUEST.search(asked.text)
                and not _TRIVIAL.search(asked.text)
                and side_of_unit(asked, parties) == "customer"
                and len(asked.text.split()) >= 5
            ):
                out.append(
                    _Candidate(asked, unit.speaker, parties.customer, back, accepted_in=unit)
                )
                break
    return out


def _merge(cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Groups sentences that state the same promise: the next sentence of the same turn, or
    the same promise restated elsewhere (a call, then the recap email)."""
    groups: list[tuple[set[str], list[_Candidate]]] = []
    for cand in cands:
        stems = _stems(cand.unit.text)
        if groups:
            last = groups[-1][1][-1]
            same_turn = (
                cand.unit.doc is last.unit.doc
                and cand.position - last.position <= 1
                and cand.unit.speaker == last.unit.speaker
                and cand.unit.doc.segment_at(cand.unit.start)
                is last.unit.doc.segment_at(last.unit.start)
            )
            if same_turn:
                groups[-1][1].append(cand)
                groups[-1][0].update(stems)
                continue
        for g_stems, members in groups:
            if stems and len(stems & g_stems) / max(1, min(len(stems), len(g_stems))) >= 0.5:
                members.append(cand)
                g_stems |= stems
                break
        else:
            groups.append((stems, [cand]))
    return [members for _, members in groups]


class _ContractIndex:
    def __init__(self, units: list[Unit], embed: EmbedFn | None) -> None:
        self.units = units
        self.stems = [_stems(u.text) for u in units]
        self.vectors = embed([u.text for u in units]) if embed and units else None

    def support(self, text: str, vector: Vectors | None) -> tuple[Unit | None, bool]:
        """The closest clause, and whether it backs ``text``."""
        if not self.units:
            return None, False
        stems = _stems(text)
        sims = (self.vectors @ vector) if self.vectors is not None and vector is not None else None
        best_i, best_score = -1, 0.0
        for i, clause in enumerate(self.stems):
            shared = len(stems & clause)
            lexical = shared / max(1, min(len(stems), 8))
            dense = float(sims[i]) if sims is not None else 0.0
            score = lexical + max(0.0, dense - 0.8) * 4
            if score > best_score:
                best_i, best_score = i, score
        if best_i < 0:
            return None, False
        clause_unit = self.units[best_i]
        shared = len(stems & self.stems[best_i])
        dense = float(sims[best_i]) if sims is not None else 0.0
        ratio = shared / max(1, min(len(stems), 8))
        backed = shared >= 2 and ratio >= 0.5 and (sims is None or dense >= 0.83)
        if backed and (
            _contradicts(text, clause_unit.text)
            or not _covers(text, clause_unit.text)
            or (_FREE.search(text) and not _FREE_CLAUSE.search(clause_unit.text))
        ):
            backed = False  # the clause must state the same concrete terms, and "free" as free
        return clause_unit, backed


# the rep agreeing to what the customer just asked for
_ACCEPT = re.compile(
    r"^\W*(?:(?:yes|yeah|sure|absolutely|of course|definitely|no problem|sim|claro|com certeza|"
    r"pode deixar|fechado|sí|por supuesto|sin problema|hecho|ya|iya|tentu|siap|baik|bisa)\b[\s,.!-]*"
    r"(?:(?:pak|bu|mas|mbak|don|doña|seu|dona|\w+)[,.!]\s*)?)?"
    r"(?:we(?:'ll| will| can) (?:set (?:it|that|this) up|do (?:it|that)|include (?:it|that)|add (?:it|that)"
    r"|take care of (?:it|that)|make (?:it|that) happen|build (?:it|that))|that's (?:part of (?:our|the) plan"
    r"|included|standard)|consider it done|(?:a gente |nós )?(?:inclui|incluímos|coloca|colocamos|faz"
    r"|fazemos)(?: isso)?|pode deixar|lo (?:incluimos|hacemos|agregamos|armamos)"
    r"|kami (?:siapkan|bantu|sediakan|buatkan|masukkan)|sin problema|sem problema)\b(?![^.!?]*"
    r"(?:\bnot\b|n't|\bno (?:es|está|se|puedo|podemos|vamos|hay|prometo|way)\b|\bnão\b|\bnada\b"
    r"|\btidak\b|\bbelum\b|\bnunca\b))",
    re.IGNORECASE,
)
_REQUEST = cue(
    *WANTS,
    r"(?:i|we)(?:'d| would) (?:like|want|need)",
    r"can you",
    r"could you",
    r"gostaria",
    r"vocês (?:podem|conseguem)",
    r"me gustaría",
    r"(?:pueden|podrían)",
    r"(?:me|nos) pidió",
    r"tolong",
)
_NEGATED_EXIT = re.compile(
    r"(?:can't|cannot|can not|not|no se puede|no pueden|não (?:pode|podem|dá)|tidak (?:bisa|boleh))"
    r"\b[^.;]{0,50}\b(?:without|sem|sin|tanpa)\b",
    re.IGNORECASE,
)
_PROMISE_HEADING = cue(
    # not a promise kept: "As promised, please find attached:", "Como prometido, segue:"
    r"(?<!\bas )promis\w*",
    r"commitments?",
    r"verbal\w*",
    r"side (?:deals?|agreements?)",
    r"not in the (?:contract|order form|of|po)",
    r"(?<!\bcomo )promet\w+",
    r"compromis\w*",
    r"(?:de )?palabra",
    r"o que (?:eu )?(?:falei|prometi|combinei|ofereci)",
    r"lo que (?:dije|prometí|acordamos|ofrecí)",
    # a list of what goes beyond the order form: "Además de lo que está en la Orden de Servicio"
    r"(?:además de|aparte de|fuera de) lo que (?:está|viene|dice)",
    r"(?:além|fora) do que (?:está|consta|diz)",
    r"(?:beyond|besides|in addition to|on top of|outside(?: of)?) what(?:'s| is) in",
    r"outside (?:of )?(?:the|our|your) (?:contract|order form|agreement|po)",
    r"fuera (?:del contrato|del acuerdo|de la orden|del pedido|de la oc)",
    r"fora do (?:contrato|acordo|pedido)|fora da (?:ordem de compra|oc)",
    r"di luar (?:kontrak|order form|perjanjian)",
    r"(?:selain|di luar) yang (?:ada )?(?:di|dalam)",
    r"(?:não|no) está(?:n)? (?:no|en el|en la|na) (?:pedido|contrato|orden|oc)",
    r"(?<!sesuai )janji\w*",
    r"komitmen",
    r"(?:tidak|belum) (?:ada )?(?:di|dalam) (?:kontrak|order form)",
)
_REFUSAL = cue(
    r"won't pretend",
    r"(?:won't|will not|can't|cannot|not going to) (?:match|promise|commit|guarantee|include)",
    r"não (?:vamos|vou|posso|consigo) (?:prometer|garantir|incluir|cobrir)",
    r"no (?:vamos a|voy a|puedo) (?:prometer|garantizar|incluir)",
    r"tidak (?:bisa|akan) (?:janji|menjamin|memasukkan)",
    r"(?:no|não) (?:te |les |lhe )?prometo",
    r"(?:can't|cannot|won't) promise",
)
_PERIOD = cue(
    r"q[1-4](?: 20\d\d)?",
    r"(?:first|second|third|fourth) quarter",
    r"(?:first|second) half",
    r"(?:primeiro|segundo|terceiro|quarto) (?:trimestre|semestre)",
    r"(?:primer|segundo|tercer|cuarto) (?:trimestre|semestre)",
    r"kuartal (?:satu|dua|tiga|empat|pertama|kedua|ketiga|keempat|\d)",
    r"semester (?:satu|dua|\d)",
    r"end of (?:the )?(?:year|month|quarter)",
    r"fim do (?:ano|mês|trimestre)",
    r"fin de (?:año|mes)",
    r"akhir (?:tahun|bulan)",
    r"this (?:autumn|fall|spring|summer|winter)",
    r"next (?:year|month|quarter|release)",
)
_ALL_OF = re.compile(
    rf"(?<!\w)(?:all|every one of|tod[oa]s (?:as|os|l[oa]s)|semua)\s+(?:the\s+)?{NUMBER_WORD}(?!\w)",
    re.IGNORECASE,
)
_FREE = cue(
    r"free",
    r"no (?:extra |additional )?(?:cost|charge)",
    r"on us",
    r"on the house",
    r"grátis",
    r"gratuit\w*",
    r"sem (?:custo|cobrança)",
    r"por nossa conta",
    r"sin (?:costo|cargo|coste)",
    r"gratis",
    r"por nuestra cuenta",
    r"tanpa biaya",
    r"cortesia",
    r"bonificad\w+",
    r"no se (?:los |las |lo |la )?cobr\w+",
)
# work done for the customer: "we'll draft the chapter for you"
_FOR_YOU = cue(
    r"for you(?:r (?:team|people|staff))?",
    r"(?:para|pra) (?:vocês|você|o senhor|a senhora)",
    r"para (?:ustedes|usted|ti)",
    r"untuk (?:bapak|ibu|anda|kalian)",
)
# a clause backs a free promise when it says free, or that the item is included at no fee
_FREE_CLAUSE = cue(
    r"free",
    r"no (?:extra |additional )?(?:cost|charge)",
    r"included",
    r"includes?",
    r"\$0(?:\.00)?",
    r"grátis",
    r"gratuit\w*",
    r"sem (?:custo|cobrança)",
    r"inclu[ií]d[oa]s?",
    r"inclui",
    r"sin (?:costo|cargo|coste)",
    r"gratis",
    r"incluye",
    r"tanpa biaya",
    r"termasuk",
    r"bonificad\w+",
    r"cortesia",
)
_NEGATION = cue(
    r"not",
    r"no",
    r"excluded?",
    r"excludes",
    r"excluding",
    r"add-on",
    r"optional",
    r"não",
    r"nao",
    r"exclu[ií]d[oa]s?",
    r"opcional",
    r"excluye",
    r"tidak",
    r"bukan",
    r"tanpa",
    r"di luar",
)


def _covers(promise: str, clause: str) -> bool:
    """Every number, amount and date the promise names is also in the clause."""
    said, written = _quantities(promise), _quantities(clause)
    if any(not (values & written.get(unit, set())) for unit, values in said.items()):
        return False
    amounts = {round(m.amount) for m in find_money(clause)}
    if any(round(m.amount) not in amounts for m in find_money(promise)):
        return False
    months = {d.iso[:7] for d in find_dates(clause, "2026-06-01")}
    return all(d.iso[:7] in months for d in find_dates(promise, "2026-06-01"))


def _contradicts(promise: str, clause: str) -> bool:
    """The clause says a different number or date, or says the thing is not included."""
    said, written = _quantities(promise), _quantities(clause)
    if any(unit in written and not (values & written[unit]) for unit, values in said.items()):
        return True
    said_dates = {d.iso[:7] for d in find_dates(promise, "2026-06-01")}
    written_dates = {d.iso[:7] for d in find_dates(clause, "2026-06-01")}
    if said_dates and written_dates and not (said_dates & written_dates):
        return True
    return bool(_NEGATION.search(clause)) and not _NEGATION.search(promise)


def back_with_contract(
    material: Material, promises: list[Commitment], embed: EmbedFn | None = None
) -> list[Commitment]:
    """Each promise marked ``contractual`` when a contract clause backs it, else
    ``unvalidated``; the decision is this code's, whoever found the promise."""
    contract_units = [u for u in material.of_kind("contract") if len(u.text.split()) >= 2]
    index = _ContractIndex(contract_units, embed)
    texts = [
        p.evidence[0].quote if p.evidence and p.evidence[0].start is not None else p.text
        for p in promises
    ]
    vectors = embed(texts) if embed and texts and index.vectors is not None else None
    out = []
    for i, promise in enumerate(promises):
        clause, backed = index.support(texts[i], vectors[i] if vectors is not None else None)
        out.append(
            promise.model_copy(
                update={
                    "in_contract": backed,
                    "status": "contractual" if backed else "unvalidated",
                    "contract_evidence": [clause.evidence()] if backed and clause else [],
                }
            )
        )
    return out


def _contract_item(text: str) -> bool:
    """A contract sentence outside a listed clause that still names a service or commercial
    item with a figure or a firm commitment ("Premium support with a 4-hour response time")."""
    return (
        len(text.split()) >= 4
        and not is_heading(text.strip())
        and _CONTRACT_ITEM.search(text) is not None
        and not text.rstrip().endswith(":")
        and not _NEGATION.search(text)
        and bool(_quantities(text) or STRONG_COMMITMENT.search(text))
    )


def extract_commitments(
    material: Material, parties: Parties, embed: EmbedFn | None = None
) -> list[Commitment]:
    """Vendor promises from calls, emails and notes, backed or not by the contract, plus the
    contract's own service and commercial items."""
    groups = _merge(_candidates(material, parties))
    promises = [
        Commitment(
            # a list item is the whole item: "Support: the order form has 4 hours. For you,
            # P1 incidents will get a response within 1 hour."
            text=" ".join(u.text for u in (group[0].unit, *group[0].goes_on)),
            category=_category(group[0].unit.text),
            made_by=group[0].made_by,
            made_to=group[0].made_to,
            requested_by=group[0].unit.speaker if group[0].accepted_in else None,
            in_contract=False,
            status="unvalidated",
            evidence=[
                e
                for c in group
                for e in (
                    c.unit.evidence(),
                    *(u.evidence() for u in c.goes_on),
                    *([c.accepted_in.evidence()] if c.accepted_in else []),
                )
            ][:4],
        )
        for group in groups
    ]
    out = back_with_contract(material, promises, embed)
    backed = [e for c in out for e in c.contract_evidence]
    contracts = [d for d in material.documents if d.kind == "contract"]
    clauses = [(u, u.evidence()) for u in committed_clauses(contracts)]
    items = [(u, u.evidence()) for u in material.of_kind("contract") if _contract_item(u.text)]
    items = [(u, ev) for u, ev in items if not any(ev.overlaps(c) for _, c in clauses)]
    for unit, cited in clauses + items:
        text = unit.text
        if any(cited.overlaps(e) for e in backed):
            continue
        out.append(
            Commitment(
                text=text,
                category=_category(text),
                made_by=None,
                made_to=parties.customer,
                in_contract=True,
                status="contractual",
                evidence=[cited],
                contract_evidence=[cited],
            )
        )
    return out
