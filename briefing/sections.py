"""Sentence-level fields: purchase context, implementation, special considerations, next
steps, success criteria, competitors and risks, each value a sentence the material says."""

from __future__ import annotations

import re

from briefing.figures import spelled_in_any_language
from briefing.lexicon import (
    COMPETITOR_CUE,
    EVERYDAY_TOOLS,
    FIELD_CUES,
    FIELD_QUESTIONS,
    NOT_A_NAME,
    RISK,
    RISK_CATEGORY,
    RISK_CONDITION,
    SUCCESS,
    WANTS,
    cue,
)
from briefing.material import Material
from briefing.models import Competitor, Evidence, Fact, Risk, Stakeholder, SuccessCriterion
from briefing.parties import NAME_WORD, Parties, fold, side_of_unit
from briefing.questions import stem
from briefing.units import (
    Unit,
    is_contact_block,
    is_note_heading,
    listed_under,
    opens_sentence,
    replies_to,
)
from briefing.values import CURRENCY_SIGN, MONTH_PATTERN, MONTHS, NUMBER_WORD, find_dates
from ingest.lexical import tokenize

__all__ = [
    "blocker_risks",
    "competitors",
    "csm_fact",
    "risks",
    "sentence_fact",
    "success_criteria",
]

_REASSURANCE = cue(
    r"don't worry",
    r"no need to worry",
    r"not a concern",
    r"não se preocupe",
    r"sem risco",
    r"no se preocupe",
    r"sin riesgo",
    r"jangan khawatir",
    r"tidak perlu khawatir",
    r"no problem",
    r"no hay problema",
    r"não (?:tem|há) problema",
    r"tidak (?:ada )?masalah",
)
_METRIC = re.compile(
    rf"(?<!\w){NUMBER_WORD}\s?(?:%|x\b|percent|por cento|por ciento|persen|hours?|minutes?|mins?\b|days?|"
    r"weeks?|horas?|minutos?|dias?|días|semanas?|jam|menit|hari|minggu|points?|pontos?|puntos?|poin|"
    r"nps|tickets?|errors?|erros?|errores?|calls?|chamados?|llamadas?)"
    rf"|(?:from|de|dari)\s+{NUMBER_WORD}\S*\s+(?:to|para|pra|a|menjadi|ke)\s+{NUMBER_WORD}"
    # a rate: "catorze casos de pane seca por mês", "three stockouts a week"
    rf"|(?<!\w){NUMBER_WORD}\s+(?:[\w-]+\s+){{0,6}}?(?:per|por|a|al|each|every|tiap|setiap)\s+"
    r"(?:month|week|day|shift|mês|mes|semana|dia|día|turno|bulan|minggu|hari)\b",
    re.IGNORECASE,
)
# an amount's currency before its figure: "de R$ 38 para R$ 45"
_CURRENCY = rf"(?:{CURRENCY_SIGN}\s?)?"
_FROM_TO = re.compile(
    rf"(?:from|de|del|do|da|dari)\s+(?P<base>{_CURRENCY}{NUMBER_WORD}[^,;]{{0,30}}?)\s+"
    r"(?:to|para|pra|a|hasta|menjadi|ke)\s+"
    # "pra no máximo duas por mês", "to at most two a week", "para menos de 15 minutos"
    r"(?P<target>(?:(?:at most|no máximo|como máximo|a lo sumo|paling banyak|maksimal|"
    r"less than|under|below|menos del?|abaixo de|por debajo del?|kurang dari|di bawah)\s+)?"
    # a day of the month is no target: "de nove a treze de novembro"
    rf"{_CURRENCY}{NUMBER_WORD}(?![.,]?\d)(?!\s+(?:de\s+|of\s+)?(?:{MONTH_PATTERN})\b)"
    r"[^,;.]{0,25})"
    # a note's arrow: "£410k/yr → down 25%", "18% -> menos de 8%"
    rf"|(?P<base_arrow>[^\s:]*\d[^\s:]*)\s*(?:→|->|=>)\s*(?P<target_arrow>[^,;.]{{1,40}}?\d[^\s,;.]*)",
    re.IGNORECASE,
)
_DAY_SPAN = re.compile(
    rf"(?:from|de|dari)\s+\S+\s+(?:to|a|hasta|até|sampai|hingga)\s+\S+\s+(?:de\s+|of\s+)?"
    rf"(?:{MONTH_PATTERN})\b",
    re.IGNORECASE,
)
_TARGET = re.compile(
    r"(?:to|under|below|above|at least|at most|para|pra|abaixo de|acima de|a menos de|"
    r"por debajo de|menjadi|jadi|ke|di bawah|minimal)\s+"
    # a figure, in digits or in words: "turun ke empat persen"
    rf"(?P<target>[\w$€£%.,/ -]{{0,30}}?\d[\w%]*(?:[.,]\d[\w%/]*)*"
    rf"|[\w$€£%.,/ -]{{0,30}}?(?<!\w)(?!(?:um|uma|una|uno|once|half)\b){NUMBER_WORD}"
    r"(?:\s?(?:%|percent|por cento|por ciento|persen))?(?!\w))",
    re.IGNORECASE,
)
_TIMEFRAME = re.compile(
    r"(?<!\w)(?:by|within|in the first|in|before|em|até|dentro de|en|antes de|hasta|para|dalam|"
    r"sebelum|pada|di|nos|nas|no|na)\s+"
    r"(?:the\s+|l[oa]s\s+|[oa]s?\s+|el\s+|la\s+)?"
    r"(?:end of(?: the)?\s+|fim d[aeo]\s+|final d[aeo]l?\s+|finales de(?:l| la)?\s+|akhir\s+)?"
    r"(?P<when>(?:first|primer|primera|primeiro|primeira|pertama|next|próxim[ao]|this|esta|este)"
    r"\s+(?:year|month|quarter|cycle|"
    r"season|harvest|año|mes|ano|trimestre|ciclo|safra|zafra|temporada|cosecha|colheita)"
    # "até o fim da safra", "by the end of the season"
    r"|(?<=end of the )(?:season|harvest|year)|(?<=fim da )(?:safra|temporada|colheita)"
    r"|(?<=final de la )(?:zafra|temporada|cosecha)"
    # Indonesian puts the noun first: "di tahun pertama", "di siklus pertama"
    r"|(?:tahun|bulan|kuartal|siklus|musim|panen)\s+pertama"
    # "in the first six months", "en los primeros seis meses", "nos próximos 90 dias"
    r"|(?:(?:first|next|primer[oa]s|primeir[oa]s|pr[óo]xim[oa]s)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|nine|ten|twelve|eighteen|um|dois|três|quatro|cinco|seis|"
    r"nove|dez|doze|dezoito|uno|dos|tres|cuatro|nueve|diez|doce|dieciocho|satu|dua|tiga|empat|"
    r"lima|enam|sembilan|sepuluh)"
    r"\s+(?:days?|weeks?|months?|years?|dias?|semanas?|meses|anos?|días|años|hari|minggu|bulan|tahun)"
    r"|q[1-4](?:\s+20\d\d)?|20\d\d|(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|"
    r"novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre)"
    r"(?:\s+(?:de\s+)?20\d\d)?)",
    re.IGNORECASE,
)


def _clip(text: str, limit: int = 320) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def sentence_fact(
    material: Material,
    parties: Parties,
    field: str,
    *,
    prefer: str | None = None,
    exclude: str | None = None,
    kinds: tuple[str, ...] = ("call", "email", "note", "contract", "crm"),
    skip_questions: bool = True,
    dated: bool = False,
) -> Fact | None:
    """The sentences that best state ``field``: the value is the best one, with up to 3 cited.
    With ``dated``, a sentence that gives a date states it better ("starting July 1, 2027").
    Where a call asks for the field ("So why now?"), the customer's reply states it first."""
    pattern = FIELD_CUES[field]
    asked = FIELD_QUESTIONS.get(field)
    replied = [
        piece
        for turn in (replies_to(material.units, asked) if asked and "call" in kinds else [])
        if not exclude or side_of_unit(turn[0], parties) != exclude
        for piece in _pieces(turn)
    ][:3]
    # "Can I just say why now, because Alasdair will ask you this.": the rest of the turn says it
    announced = [
        e for e, unit in _announced(material, pattern, kinds)
        if not exclude or side_of_unit(unit, parties) != exclude
    ]  # fmt: skip
    replied = [*replied, *announced][:3]
    # a rep's notes under a heading that names the field ("**Why they bought / why now**")
    listed = listed_under(material.units, pattern)
    scored: list[tuple[float, Unit]] = []
    for unit in material.of_kind(*kinds):
        text = unit.text
        if skip_questions and text.rstrip().endswith("?"):
            continue
        if is_note_heading(unit) or is_contact_block(unit):
            continue  # a heading, a signature or a forwarded message's header
        under = (unit.doc.name, unit.start) in listed
        hits = len({m.lower() for m in pattern.findall(text)}) + (1 if under else 0)
        if not hits or len(text.split()) < 3:
            continue
        side = side_of_unit(unit, parties)
        if exclude and side == exclude:
            continue
        score = min(hits, 3) + (1.0 if prefer and side == prefer else 0.0)
        score += 0.5 if unit.kind in ("contract", "crm") else 0.0
        score += min(len(text.split()), 30) / 60
        score += 1.0 if dated and find_dates(text) else 0.0
        scored.append((score, unit))
    # a sentence of the reply is cited with it, not again on its own
    scored = [(v, u) for v, u in scored if not any(u.evidence().overlaps(p) for p in replied)]
    if not scored and not replied:
        return None
    scored.sort(key=lambda s: (-s[0], s[1].doc.name, s[1].start))
    cited = [*replied, *(u.evidence() for _, u in scored)]
    best = cited[:3]
    if dated and not any(find_dates(e.quote) for e in best):
        # the date itself cited: "Needs to be running by 1 October 2025 or they can't bid."
        when = next((e for e in cited[3:] if find_dates(e.quote)), None)
        best = [*best[:2], when] if when is not None else best
    return Fact(value=_clip(best[0].quote), evidence=best)


# a speaker announcing what they will say: "let me tell you why now", "vou explicar por que agora"
_ANNOUNCING = re.compile(
    r"(?<!\w)(?:(?:let me|can i|could i|i'll|i will|i want to|i'd like to|deixa eu|quero|vou|"
    r"déjame|dejame|quiero|voy a|saya mau|izinkan saya|biar saya)\s+(?:just\s+|só\s+|solo\s+)?"
    r"(?:say|tell you|explain|dizer|explicar|contar|decir|jelaskan|cerita(?:kan)?)(?!\w)|"
    # "Nah, itu dia kenapa sekarang.", "here's why now": what follows is the reason
    r"(?:itu|ini) dia (?:alasan(?:nya)? )?(?:kenapa|mengapa)|here(?:'s| is) why|"
    r"(?:eis|aqui está) (?:o )?(?:porquê|por que)|(?:he aquí|aquí está) (?:el )?por qu[eé])",
    re.IGNORECASE,
)


def _announced(
    material: Material, pattern: re.Pattern[str], kinds: tuple[str, ...]
) -> list[tuple[Evidence, Unit]]:
    """The next two sentences of a call turn whose sentence announces the field ("Can I just
    say why now..."): what the speaker then says, with the announcing sentence."""
    if "call" not in kinds:
        return []
    units = material.units
    out: list[tuple[Evidence, Unit]] = []
    for i, unit in enumerate(units):
        if unit.kind != "call" or not unit.speaker:
            continue
        if not (_ANNOUNCING.search(unit.text) and pattern.search(unit.text)):
            continue
        rest = [u for u in units[i + 1 : i + 3] if u.doc is unit.doc and u.speaker == unit.speaker]
        if rest:
            out.extend((piece, unit) for piece in _pieces(rest))
    return out


def _pieces(turn: list[Unit]) -> list[Evidence]:
    """A turn's sentences quoted as few times as its text allows: sentences with only spaces
    between them are one quote, a cue's timing line starts another."""
    pieces = []
    first = last = turn[0]
    for unit in turn[1:]:
        if unit.doc.text[last.end : unit.start].strip():
            pieces.append(first.evidence(first.start, last.end))
            first = unit
        last = unit
    pieces.append(first.evidence(first.start, last.end))
    return pieces


_BASELINE = cue(
    r"today",
    r"currently",
    r"right now",
    r"at the moment",
    r"on average",
    r"(?:we're|we are) at",
    r"hoje",
    r"atualmente",
    r"em média",
    r"hoy",
    r"actualmente",
    r"en promedio",
    r"estamos en",
    r"sekarang",
    r"saat ini",
    r"rata-rata",
)
_WANT = cue(*WANTS, r"(?:we|i) (?:must|have to)", r"harus", r"ingin", r"mau")
# a measure moved to a figure: "derrubar a rejeição de lote pra 3%", "bring it down to 2 days",
# "turunkan tunggakan ke 8 persen": a target even without a date
_MOVE_TO = re.compile(
    r"(?<!\w)(?:cut|reduc|bring|lower|drop|rais|increas|improv|derrub|baix|reduz|diminu|"
    r"aument|levar|baj|dismin|llev|menurunk|turunk|nurun|naik|tingkatk|menaikk)\w*"
    r"(?: \S+){0,6}? (?:down to|up to|to|pra|para|a|hasta|jadi|ke|menjadi|sampai) \d"
    # "Saya mau itu jadi satu hari": wanted to become a figure
    rf"|(?<!\w)(?:mau|ingin|pengen)(?: \S+){{0,3}}? (?:jadi|menjadi) {NUMBER_WORD}",
    re.IGNORECASE,
)
# what we charge: "a 5% cap on renewal", "reajuste na renovação"; a renewal alone may be the
# customer's own ("60% of season-ticket renewals online")
_PRICE_TERMS = cue(
    r"price\w*",
    r"pricing",
    r"discount\w*",
    r"fees?",
    r"uplift",
    r"price increases?",
    r"(?:price|renewal|uplift|increase) caps?",
    r"cap(?:ped)? (?:\w+ ){0,3}(?:increases?|renewals?|prices?)",
    r"renewal (?:increases?|uplifts?|prices?)",
    r"capped at",
    r"preço",
    r"precio",
    r"desconto",
    r"descuento",
    r"reajuste",
    r"aumento (?:de|do|del) (?:preço|precio)",
    r"teto",
    r"tope",
    r"harga",
    r"diskon",
    r"kenaikan",
    r"(?:renew\w*|renova\w*|perpanjangan) (?:\w+ ){0,3}(?:at|by|em|en|de|sebesar) \d",
)


# a target said without a unit: "cut in half", "single digits", "zero discrepancies"
_PROPORTION = cue(
    r"half",
    r"single digits?",
    r"zero",
    r"metade",
    r"mitad",
    r"cero",
    r"separuh(?:nya)?",
    r"setengah(?:nya)?",
    r"nol",
)
_LESS = cue(
    r"under",
    r"below",
    r"less than",
    r"at least",
    r"abaixo de",
    r"menos de",
    r"por debajo de",
    r"di bawah",
    r"kurang dari",
    r"minimal",
    r"at most",
    r"no máximo",
    r"como máximo",
    r"paling banyak",
    r"maksimal",
)


# a rep's heading over the customer's goals: "## Metas que eles vão cobrar", "**Success metrics**"
_GOALS_HEADING = cue(
    r"goals?",
    r"targets?",
    r"success\w*",
    r"kpis?",
    r"outcomes?",
    r"metrics?",
    r"métricas?",
    r"metas?",
    r"objetivos?",
    r"sucesso",
    r"éxito",
    r"indicadores",
    r"sasaran",
    r"tujuan",
    r"keberhasilan",
    # "Lo que queréis conseguir", "O que vocês querem alcançar", "What you want to achieve",
    # "Yang ingin dicapai"
    r"(?:lo|o) que (?:\w+ ){0,2}(?:conseguir|lograr|alcanzar|alcançar|atingir)",
    r"what (?:\w+ ){0,3}(?:achieve|accomplish)",
    r"(?:ingin|mau|akan|harus) dicapai",
)


def success_criteria(material: Material, parties: Parties) -> list[SuccessCriterion]:
    """The customer's measurable goals: sentences with a metric that state a target, a
    baseline ("thirty percent of results today") or a need with a timeframe. A target said
    after its baseline ("Last year we paid $310,000 in detention." ... "And detention cut in
    half in the first year.") is quoted with it."""
    scored: list[tuple[float, Unit]] = []
    units = material.of_kind("call", "email", "note", "crm")
    listed = listed_under(units, _GOALS_HEADING)
    for unit in units:
        text = unit.text
        if text.rstrip().endswith("?") or len(text.split()) < 4:
            continue
        if _PRICE_TERMS.search(text):
            continue
        # a span of days is no goal moved: "de nove a treze de novembro"
        cued = _DAY_SPAN.sub(" ", text)
        when = _TIMEFRAME.search(cued) is not None
        under = (unit.doc.name, unit.start) in listed
        # a figure the rep lists under a heading naming goals is a measure ("Fuel ratio: dari
        # 1,18 L/BCM ... menjadi 1,05 L/BCM")
        metric = _METRIC.search(cued) is not None or (under and bool(_figures(cued)))
        # "I want that under five percent by Q3", "y las tutelas, a la mitad en 2027"
        target = (
            when
            and (
                bool(_WANT.search(cued) or _LESS.search(cued) or SUCCESS.search(cued))
                and bool(_figures(cued) or _PROPORTION.search(cued))
            )
        ) or bool(metric and (_MOVE_TO.search(cued) or _FROM_TO.search(cued)))
        if not (metric or target) or (len(text.split()) < 5 and not target):
            continue
        side = side_of_unit(unit, parties)
        # the rep restating the customer's goals: to them, as theirs, or listed under a heading
        # that names goals
        if side == "vendor" and not (
            re.search(r"\b(?:you|vocês|ustedes|anda)\b", text, re.I)
            or _THEIR_GOALS.search(text)
            or under
        ):
            continue
        score = (
            (1.5 if SUCCESS.search(cued) else 0.0)
            + (1.0 if _BASELINE.search(cued) else 0.0)
            + (1.0 if (_WANT.search(cued) and when) or target else 0.0)
            + (0.5 if when else 0.0)
        )
        if score < 1.0 and not under:
            continue
        score += 0.5 if side == "customer" else 0.0
        # the rep listed it among the goals: above any sentence the cues alone pick
        score += 3.0 if under else 0.0
        scored.append((score, unit))
    scored.sort(key=lambda s: (-s[0], s[1].doc.name, s[1].start))
    before = _earlier_figures(units, parties)
    out: list[SuccessCriterion] = []
    seen: list[set[str]] = []
    figures: list[set[str]] = []
    quoted: set[tuple[str, int]] = set()  # baselines quoted with their target
    for _, unit in scored:
        text = unit.text
        tokens = set(tokenize(text))
        if (unit.doc.name, unit.start) in quoted or any(
            len(tokens & s) / max(1, len(tokens | s)) > 0.6 for s in seen
        ):
            continue
        said = _figures(text)
        restated = next(
            (i for i, f in enumerate(figures) if said and (said <= f or len(said & f) >= 2)), None
        )
        # "Hoy estamos en nueve días": a figure already given; "48 → 38 by end of 2027" in the
        # notes: a goal already given with its two figures
        if restated is not None:
            out[restated].evidence.append(unit.evidence())
            continue
        seen.append(tokens)
        figures.append(said)
        ft = _FROM_TO.search(text)
        target_m = _TARGET.search(text)
        when_m = _TIMEFRAME.search(text)
        # a target that does not say where the metric stands today: the figure said before it
        own = _measured(_TIMEFRAME.sub(" ", text))
        base = None
        if not (ft or _BASELINE.search(text) or len(own) > 1) and unit.kind == "call":
            base = before.get((unit.doc.name, unit.start)) or _baseline_elsewhere(
                unit, units, parties
            )
        if base is not None:
            quoted.add((base.doc.name, base.start))
        out.append(
            SuccessCriterion(
                metric=_clip(text, 240),
                baseline=_group(ft, "base") if ft else _clip(base.text, 160) if base else None,
                target=(
                    _group(ft, "target") if ft else target_m["target"].strip() if target_m else None
                ),
                timeframe=when_m["when"] if when_m else None,
                evidence=[unit.evidence(), *([base.evidence()] if base else [])],
            )
        )
        if len(out) == 8:
            break
    return [_in_their_words(c, units, parties) for c in out]


def _group(m: re.Match[str], name: str) -> str:
    """A baseline or target of ``_FROM_TO``, said with words or with an arrow, without a word
    it cuts ("menos de 15 minutos até o Carnaval", not "...Carnaval d")."""
    key = name if m[name] else f"{name}_arrow"
    value = str(m[key])
    if m.end(key) < len(m.string) and m.string[m.end(key)].isalnum() and " " in value.strip():
        value = value.rsplit(" ", 1)[0]
    return value.strip()


def _in_their_words(
    criterion: SuccessCriterion, units: list[Unit], parties: Parties
) -> SuccessCriterion:
    """A goal found in notes or email, quoted also where the customer said it in a call ("Her
    goal: recon from 6 days to 2 by end of Q3 2027" and "End of Q3 2027, 2 business days."):
    call sentences of the customer's side that state a measure with two of its figures, or with
    one of them and a word of the measure."""
    if any(e.kind == "call" for e in criterion.evidence):
        return criterion
    quoted = " ".join(e.quote for e in criterion.evidence)
    figures, topic = _figures(quoted), _topic(quoted)
    said = [
        u.evidence()
        for u in units
        if u.kind == "call"
        and not u.text.rstrip().endswith("?")
        and _METRIC.search(u.text)  # a measure, not "thirty-eight stores" or a price
        and not _PRICE_TERMS.search(u.text)
        and side_of_unit(u, parties) != "vendor"
        and (shared := _figures(u.text) & figures)
        and (len(shared) >= 2 or _topic(u.text) & topic)
    ]
    if not said:
        return criterion
    return criterion.model_copy(update={"evidence": [*criterion.evidence, *said[:2]]})


# words two sentences about different measures share: units, and "about", "today"
_NOT_A_TOPIC = frozenset(
    [
        "under",
        "below",
        "within",
        "going",
        "first",
        "after",
        "before",
        "abaixo",
        "dentro",
        "debajo",
        "dalam",
        "percent",
        "ciento",
        "cento",
        "persen",
        "hours",
        "horas",
        "minutes",
        "minutos",
        "weeks",
        "semanas",
        "minggu",
        "months",
        "meses",
        "bulan",
        "years",
        "tahun",
        "today",
        "about",
        "around",
        "unos",
        "cerca",
        "sekitar",
        # under, after, before, until in the other languages
        "bawah",
        "setelah",
        "sesudah",
        "sebelum",
        "sampai",
        "depois",
        "antes",
        "después",
        "despues",
        "hasta",
    ]
)


def _topic(text: str) -> set[str]:
    return {stem(t) for t in tokenize(text) if len(t) >= 5 and t not in _NOT_A_TOPIC}


# the vendor restating the customer's goals: "around Tessa's two targets: ...", "as metas deles"
_THEIR_GOALS = re.compile(
    r"(?:their|your|(?!(?:it|that|let|what|here|there)['’]s)\w+['’]s)\s+(?:\w+\s+)?"
    r"(?:targets?|goals?|objectives?|kpis?)"
    r"|(?:metas?|objetivos?)\s+(?:deles|delas|de vocês|de ustedes|del cliente|do cliente|de \w+)"
    r"|(?:target|sasaran)(?:nya)?\s+(?:mereka|klien|pelanggan|pak \w+|bu \w+)",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"(?<!\w)(?:want|like|bring|get|cut|reduce|lower|quero|queremos|quiero|bajar|baixar|reducir|"
    r"reduzir|mau|ingin|pengen|turunkan|menurunkan)\s+"
    # "saya mau itu naik ke 70%", "I'd like that brought down to 2%", "bajar eso a 10 %"
    r"(?:that|it|this|isso|isto|eso|esto|itu|ini)\s+"
    r"(?:(?:brought|got|get|taken|cut|reduced|naik|turun|dibawa|reduzido|baixado|bajado)\s+)?"
    r"(?:at|to|under|below|down|up|em|en|a|pra|para|di|ke|jadi)(?!\w)",
    re.IGNORECASE,
)


def _earlier_figures(units: list[Unit], parties: Parties) -> dict[tuple[str, int], Unit]:
    """For each sentence of a call, the customer's statement of a figure on the same measure
    one to four sentences before it in the same call ("we paid $310,000 in detention" before
    "and detention cut in half"), if any: the baseline a target that follows is measured
    from."""
    out: dict[tuple[str, int], Unit] = {}
    recent: list[Unit] = []
    for unit in units:
        if unit.kind != "call":
            continue
        recent = [u for u in recent if u.doc is unit.doc][-4:]
        topic = _topic(unit.text)
        for prior in reversed(recent):
            text = prior.text
            if (
                not text.rstrip().endswith("?")
                and _figures(text)
                and side_of_unit(prior, parties) != "vendor"
                and not _TIMEFRAME.search(text)
                # "Under 0.95% within 12 months of going live.", "I'd want that at 80%": a
                # target that names no measure, or points back at one, is on the measure its
                # speaker gave last
                and (
                    topic & _topic(text)
                    or (
                        (not topic or _POINTS_BACK.search(unit.text))
                        and prior.speaker == unit.speaker
                    )
                )
            ):
                out[(unit.doc.name, unit.start)] = prior
                break
        recent.append(unit)
    return out


_YEAR = re.compile(r"(?:19|20)\d\d")


def _baseline_elsewhere(target: Unit, units: list[Unit], parties: Parties) -> Unit | None:
    """Where the customer said the target's measure stands, in another call or in writing: a
    statement of another figure that shares two words of the measure ("un 7% de los pedidos
    sale con algún error de especificación" for "bajar los errores de especificación por
    debajo del 2%"), the one sharing most. A timed goal is no baseline."""
    topic = _topic(target.text)
    aimed = _measured(target.text)
    best, most = None, 1
    for unit in units:
        text = unit.text
        if unit is target or text.rstrip().endswith("?"):
            continue
        shared = len(topic & _topic(text))
        if shared <= most or side_of_unit(unit, parties) == "vendor":
            continue
        if _TIMEFRAME.search(text) and (_WANT.search(text) or SUCCESS.search(text)):
            continue
        said = _figures(text)
        if said and not said & aimed:  # another figure, not the target restated
            best, most = unit, shared
    return best


def _measured(text: str) -> set[str]:
    """:func:`_figures` without years: "por debajo del 2% al cierre de la campaña 2027" gives
    one figure of the measure."""
    return {f for f in _figures(text) if not _YEAR.fullmatch(f)}


def _figures(text: str) -> set[str]:
    """The numbers a sentence gives, in digits or in words ("6,8%", "nueve días")."""
    digits = {m[0].replace(",", ".") for m in re.finditer(r"\d+(?:[.,]\d+)?", text)}
    return digits | {str(v) for v in spelled_in_any_language(text, 2)}


def blocker_risks(people: list[Stakeholder]) -> list[Risk]:
    """A stakeholder resisting the project is a risk, with the words that show it."""
    return [
        Risk(
            text=f"{p.name}{f' ({p.title})' if p.title else ''} resists the project.",
            category="political",
            evidence=p.evidence[:2],
        )
        for p in people
        if p.role == "blocker"
    ]


def risks(material: Material, parties: Parties, found: list[Risk], limit: int = 10) -> list[Risk]:
    """``found`` (risks the briefing shows), then the sentences that voice a concern, a
    dependency, a hard date or an earlier failure, the customer's own words first."""
    scored: list[tuple[float, Unit]] = []
    for unit in material.of_kind("call", "email", "note", "crm"):
        text = unit.text
        hits = len(RISK.findall(text)) + (1 if RISK_CONDITION.search(text) else 0)
        if not hits or len(text.split()) < 5 or _REASSURANCE.search(text):
            continue
        if unit.field and len(text.split(": ", 1)[-1].split()) < 4:
            continue  # a CRM column's value ("Rol en la compra: Escéptico"), not a note
        side = side_of_unit(unit, parties)
        score = hits + (1.0 if side == "customer" else 0.0) - (1.0 if side == "vendor" else 0.0)
        if score <= 0:
            continue
        scored.append((score, unit))
    scored.sort(key=lambda s: (-s[0], s[1].doc.name, s[1].start))
    out = list(found[:limit])
    cited = {(e.document, e.start) for r in out for e in r.evidence}
    seen: list[set[str]] = []
    for _, unit in scored:
        if len(out) >= limit:
            break
        tokens = set(tokenize(unit.text))
        if (unit.doc.name, unit.start) in cited or any(
            len(tokens & s) / max(1, len(tokens | s)) > 0.5 for s in seen
        ):
            continue
        seen.append(tokens)
        category = next((c for c, p in RISK_CATEGORY.items() if p.search(unit.text)), "general")
        out.append(Risk(text=_clip(unit.text), category=category, evidence=[unit.evidence()]))
    return out


_CAP_RUN = re.compile(
    r"(?<![\w@.])([A-Z][\w&'.-]*[a-zA-Z0-9](?:[ \t]+[A-Z][\w&'.-]*[a-zA-Z0-9]){0,2})"
)
_CURRENCY_CODES = frozenset(["usd", "eur", "gbp", "brl", "idr", "mxn", "cop", "ars", "clp", "pen"])
_OUTCOME = {
    "won": cue(
        r"chose us over",
        r"instead of",
        r"beat",
        r"switch(?:ing)? from",
        r"replac\w+",
        r"em vez d[eoa]",
        r"no lugar d[eoa]",
        r"en lugar de",
        r"en vez de",
        r"menggantikan",
        r"daripada",
    ),
    "incumbent": cue(
        r"currently use",
        r"current (?:vendor|provider|tool|system)",
        r"today we use",
        r"hoje usamos",
        r"usamos hoje",
        r"actualmente usamos",
        r"saat ini (?:kami )?(?:pakai|menggunakan)",
    ),
}


# a CRM column of competitors: "Competitor", "Competidores", "Concorrentes", "Kompetitor"
_COMPETITOR_COLUMN = cue(r"competi\w*", r"concorr\w+", r"kompetitor\w*", r"pesaing\w*")


# a CRM key that says what became of a rival, not who it is: "competitors.1.status",
# "Competitor Status", "motivo_perdida"
_RIVAL_OUTCOME_KEY = cue(
    r"status",
    r"estado",
    r"outcome",
    r"result\w*",
    r"reason",
    r"motivo",
    r"alasan",
    r"notes?",
    r"notas?",
    r"catatan",
)
# an article or a possessive before a noun: "el PACS", "their ERP", "o WMS deles"
_ARTICLE = (
    r"(?i:their|our|your|its|el|la|los|las|del|al|su|sus|o|os|do|dos|no|ao|seu|sua|seus|nosso|"
    r"nossa|nuestro|nuestra)"
)


# a place named after what stands there: "a company in Kansas City", "sede en Monterrey"
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:based|located|headquartered|company|firm|office|branch|plant|site|sites|stores?|"
    r"clinics?|empresa|sede|filial|escritório|planta|fábrica|loja|tienda|oficina|sucursal|"
    r"ubicad[oa]|basead[oa]|localizad[oa]|kantor|cabang|perusahaan|pabrik|toko)\s+"
    r"(?:in|em|no|na|en|di))\s+$"
)


def _a_kind(name: str, units: list[Unit]) -> bool:
    """Whether an acronym names a kind of system, not a product: the material mostly writes it
    after an article or a possessive ("el PACS", "their ERP", "o WMS deles")."""
    if not (name.isupper() and len(name) <= 6):
        return False
    named = re.compile(rf"(?<!\w)(?P<article>{_ARTICLE}\s+)?{re.escape(name)}(?!\w)")
    mentions = [m for u in units for m in named.finditer(u.text)]
    return sum(bool(m["article"]) for m in mentions) * 2 >= len(mentions) > 0


# what a company's email domain adds to its name: "rostrumlabs", "kirana-hq"
_DOMAIN_SUFFIXES = frozenset(
    ["", "labs", "lab", "hq", "-hq", "app", "apps", "software", "tech", "group", "solutions",
     "systems", "inc", "co", "io"]
)  # fmt: skip


def competitors(material: Material, parties: Parties) -> list[Competitor]:
    blocked = {fold(w) for p in parties.people.values() for w in p.name.split()}
    for org in (parties.customer, parties.vendor):
        if org:
            blocked |= {fold(w) for w in org.split()}
    # our own name, where the material never writes it out: "rostrumlabs.com" is Rostrum
    labels = {fold(d.split(".")[0]) for d in parties.vendor_domains}
    tech = FIELD_CUES["technical_environment"]
    found: dict[str, Competitor] = {}
    kinds: dict[str, bool] = {}  # each acronym's _a_kind, read once
    for unit in material.of_kind("crm"):
        # "Primary_Competitor__c", "Other_Competitors__c": a Salesforce field's words
        key = unit.field.replace("_", " ") if unit.field else ""
        if key and _COMPETITOR_COLUMN.search(key):
            # "competitors.1.status: Lost", "Competitor Status" say what became of a rival
            if _RIVAL_OUTCOME_KEY.search(key):
                continue
            at = unit.text.find(": ")
            # "SECUTIX; Ingenia Sport (Abonados Pro, incumbente)": a comma inside a parenthesis
            # does not part two rivals
            for m in re.finditer(
                r"(?:[^,;/()]|\([^)]*\))+", unit.text[at + 2 :] if at >= 0 else ""
            ):
                # "Odoo (partner implementasi Surabaya)": the rival is Odoo
                name = m[0].split("(")[0].strip() or m[0].strip()
                if name and fold(name) not in {"none", "n/a", "-", "nenhum", "ninguno"}:
                    s = unit.start + at + 2 + m.start() + (len(m[0]) - len(m[0].lstrip()))
                    found.setdefault(
                        fold(name),
                        Competitor(
                            name=name,
                            outcome="evaluated",
                            evidence=[unit.evidence(s, s + len(name))],
                        ),
                    )
    units = material.of_kind("call", "email", "note")
    # words that start a capitalised run inside a sentence: names, not "Miramos" or "Also"
    inner = {
        fold(m[1].split()[0])
        for u in units
        for m in _CAP_RUN.finditer(u.text)
        if not opens_sentence(u.text, m.start(1))
    }
    for unit in units:
        text = unit.text
        cues = list(COMPETITOR_CUE.finditer(text))
        if not cues:
            continue
        for m in _CAP_RUN.finditer(text):
            name = m[1].rstrip(".")
            words = [fold(w) for w in name.split()]
            at = m.start(1)
            if (
                opens_sentence(text, at)
                and len(words) > 1
                and words[0] not in inner
                and (words[1] in inner or name.split()[0].casefold() in material.common_words)
            ):
                # "Miramos Andamio Cloud", "Miramos CamaLista": the sentence's first word is
                # not part of the name
                rest = name.split(maxsplit=1)[1]
                name, words, at = rest, words[1:], at + len(name) - len(rest)
            if opens_sentence(text, at) and len(words) == 1:
                continue
            if any(w in NOT_A_NAME or w in blocked for w in words) or len(name) < 3:
                continue
            if any(label.removeprefix(words[0]) in _DOMAIN_SUFFIXES for label in labels):
                continue
            if _COMPETITOR_COLUMN.fullmatch(name):  # the heading "## Kompetitor"
                continue
            # "I'd", "Kevin's comfort blanket", "USD pricing", "Feb": no product's name
            if re.search(r"['’](?:d|m|ll|ve|re)$", name) or fold(name) in MONTHS:
                continue
            if fold(name) in _CURRENCY_CODES or fold(name) in EVERYDAY_TOOLS:
                continue
            # "incumbente)", "Golden)": a word cut out of a parenthesis; "CLN-2026-118": a
            # document's number
            if name.count("(") != name.count(")") or re.search(r"\d{3,}-|-\d{3,}", name):
                continue
            if re.search(r"['’]s$", name) and fold(name[:-2]) in blocked:
                continue
            if tech.fullmatch(name) or tech.fullmatch(words[0]):
                continue
            if _PLACE_BEFORE.search(text, max(0, at - 40), at):
                continue
            if name not in kinds:
                kinds[name] = _a_kind(name, units)
            if kinds[name]:
                continue
            if (
                min(abs(at - c.end()) for c in cues) > 60
                and min(abs(c.start() - m.end(1)) for c in cues) > 60
            ):
                continue
            outcome = next((o for o, p in _OUTCOME.items() if p.search(text)), "evaluated")
            key = fold(name)
            ev = unit.evidence(unit.start + at, unit.start + at + len(name))
            if key in found:
                if len(found[key].evidence) < 3:
                    found[key].evidence.append(unit.evidence())
            else:
                found[key] = Competitor(name=name, outcome=outcome, evidence=[ev, unit.evidence()])
    # "Andamio" and "Andamio Cloud" are one competitor, under its fuller name
    for key in sorted(found, key=len):
        fuller = [k for k in found if k.startswith(f"{key} ")]
        if len(fuller) == 1:  # "Procore" could be "Procore Payments" or "Procore Analytics"
            kept = found[fuller[0]].evidence
            kept.extend(found.pop(key).evidence[: max(0, 3 - len(kept))])
    return list(found.values())


_PERSON = re.compile(rf"(?<![\w@])({NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})")
# a cue for a CSM that is a leader's title ("our Head of Customer Success", "VP Customer
# Success"), not the manager of one account (a "Lead CSM" or a "Senior CSM" manages one)
_LEADS = re.compile(
    r"(?:head|director|vp|vice president|chief|diretora?|directora?|jefe|jefa|kepala)"
    r"(?: of| de)?\s+$",
    re.IGNORECASE,
)
# who assigns the CSM is not the CSM: "CSM to be assigned by Claire Bennett"
_ASSIGNED_BY = re.compile(
    r"(?:assign|appoint)\w* by\s+$|(?:designad|asignad|atribuíd|nombrad)[oa] (?:por|pela|pelo)\s+$"
    r"|ditunjuk oleh\s+$",
    re.IGNORECASE,
)


def csm_fact(material: Material, parties: Parties) -> Fact | None:
    """The assigned CSM: a person named next to a CSM cue, on the vendor's side or unknown."""
    pattern = FIELD_CUES["csm"]
    for unit in material.of_kind("crm", "email", "note", "call"):
        # a CRM line names the CSM only in a CSM column ("Assigned_CSM__c": its words)
        if unit.kind == "crm" and unit.field and not pattern.search(unit.field.replace("_", " ")):
            continue
        text = unit.text.replace("_", " ")
        cues = [c for c in pattern.finditer(text) if not _LEADS.search(text, 0, c.start())]
        if not cues:
            continue
        named: list[tuple[bool, Fact]] = []
        for m in _PERSON.finditer(unit.text):
            if _ASSIGNED_BY.search(unit.text, 0, m.start()):
                continue
            person = parties.resolve(m[1])
            if person is not None and person.side == "customer":
                continue
            if person is None and any(fold(w) in NOT_A_NAME for w in m[1].split()):
                continue  # (someone known by name may bear a holiday's: "CSM: Fajar Ramadhan")
            if any(fold(m[1]) in fold(x) for x in (parties.customer, parties.vendor) if x):
                continue
            # "Te presento a Daniela Fuentes (en copia), que desde ahora va a ser tu CSM"
            if min(min(abs(m.start() - c.end()), abs(c.start() - m.end())) for c in cues) <= 60:
                ev = unit.evidence(unit.start + m.start(1), unit.start + m.end(1))
                named.append((person is not None, Fact(value=m[1], evidence=[ev, unit.evidence()])))
        # someone the material knows before a name it does not ("...untuk akun Sari Kedelai
        # adalah Fajar Ramadhan", Fajar writing from the vendor's address)
        if named:
            return max(named, key=lambda n: n[0])[1]
    return None
