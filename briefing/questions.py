"""What a CSM's question asks: its content terms, their cross-language forms, the answer's type.

A question is matched against the material by its content words, each weighted by its rarity in
the account and widened by a small multilingual concept table (``concepts.toml``), so "discount"
finds "desconto". Its expected answer type (a person, a number, a date) lets the answerer refuse
passages that share the question's words but do not hold what it asks for: "how much does the
payments module cost?" is not answered by a sentence about the payments module with no price.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from itertools import pairwise, takewhile
from typing import Literal

from briefing.figures import spelled_in_any_language
from briefing.lexicon import COMMITMENT, HOW_LONG, TITLE_RANKS, UNTIL, UNTIL_WHEN, cue
from briefing.material import detect_language
from briefing.units import (
    STREET_WORDS,
    gives_address,
    gives_bank_account,
    gives_code,
    gives_email,
    gives_phone,
    split_sentences,
)
from briefing.values import (
    MONTHS,
    NUMBER_WORD,
    RANK_WORDS,
    SCALES,
    find_dates,
    find_money,
    small_number,
)
from ingest.lexical import tokenize

__all__ = [
    "ASKS_ORGANISATION",
    "ASKS_SOFTWARE",
    "CAPITALISED_INSIDE",
    "MONTH_NAME",
    "NAME_ASKED",
    "ORGANISATION",
    "PERCENT",
    "QUOTED_FOR",
    "STOPWORDS",
    "AnswerType",
    "Question",
    "analyse",
    "asked_beside_condition",
    "asks_company_or_product",
    "asks_for_date",
    "asks_for_person",
    "concept_forms",
    "found_terms",
    "has_type",
    "id_roots",
    "named_beside",
    "names_a_thing_asked",
    "speaks_for_self",
    "stem",
]

AnswerType = Literal["person", "number", "date", "name"]

_FUNCTION_WORDS = (
    # English
    "who whom whose what which when where why how much many does did do is are was were the a an "
    "of in on at to for and or about with from by that this there their they it be been any our "
    "into onto per "
    "we will would can could should has have had get got has its us you your he she his her "
    # Portuguese
    "quem qual quais quando onde como quanto quanta quantos quantas por que os as de do da dos das no na "
    "nos nas num numa ao aos pelas pelos em um uma para pra pro com sobre foi ser esta estao pela "
    "pelo nosso nossa sera serao seria vai vao tem sao ele ela eles elas seu sua deles delas "
    "isso esse essa este aquele aquela "
    # Spanish
    "quien quienes cual cuales cuando donde cuanto cuanta cuantos cuantas el la los las del en un una "
    "con fue es son se lo al va van seran sería seria tiene tienen hay su sus nuestro nuestra "
    "unos unas ese esa eso este esta esto "
    # "tenemos que", "temos que": we have to; "tiene que estar en producción": to be
    "tenemos temos tengo tenho estar ter tener haber "
    # "¿qué porcentaje tenían antes?", "quanto tinham?": had
    "tenia tenian teniamos tinha tinham tinhamos "
    # "kira-kira ada berapa SKU?": roughly (where "roughly" and "sekitar" may be written too)
    "kira "
    # Indonesian
    "siapa apa kapan di mana bagaimana berapa yang dan atau untuk dengan dari pada ini itu ada "
    "adalah akan sudah oleh ke dalam bisa dapat punya mereka kami kita nya sekarang jadi sampai "
    "saja juga lagi masih belum kalau kalo pun sih dong kok ya udah biar supaya agar tapi "
    "tetapi karena soal tentang mau via "
    # whose side: "who handles SAP on their side?", "do lado deles", "di sisi ALN"
    "side lado sisi pihak "
    # indefinite words: "is there anyone who...", "¿hay alguna penalidad...?"
    "anyone someone anybody somebody anything something alguem algum alguma algo alguien "
    "alguno alguna algun seseorang sesuatu exist exists existe existem existen "
    # words that only say when or that the asker wants it, in each language
    "now still already also but because want wants currently doing done more agora ainda ja "
    "tambem mas porque quer querem ahora todavia ya tambien pero quiere quieren current "
    "actuales atual atuais actualmente atualmente "
    # words that only say that the material states it ("what does the order list?", "consta
    # no pedido?") or how sure the asker is: not what the answer is about
    "say says said state states stated listed appear appears supposed actually really tell know "
    "diz dizem disse consta constam constar aparece aparecem figura figuram dice dicen dijo "
    "figuran figurar aparecen tercantum tertulis disebut disebutkan according segun conforme "
    "menurut "
    # pronouns, negations and words of sequence: "what did we tell them that later isn't in
    # the contract?" asks about neither "them" nor "later"
    "i me my him them then later only just not nao nunca luego despues depois entao tidak gak "
    "le les lhe lhes vamos vou voy going gonna each every after before during cada "
    "nggak enggak bukan secara estan isn aren wasn weren didn doesn don "
    # words of a while: "who covers while Juliana is on leave?"
    "while enquanto estiver estiverem mientras "
    # "una vez aplicado el descuento", "de uma vez": once; "¿cómo se llama?": what it is called
    "vez vezes veces llama llaman chama chamam "
    # here and there: "siapa yang pegang duit di sana?"
    "here aqui ali aca alla alli sana sini situ "
    # words that name the answer's type ("by what date"): what is asked, not what about
    "date dates fecha fechas tanggal"
)
STOPWORDS = frozenset(_FUNCTION_WORDS.split())

# the verbs that open a clause's predicate: what ends a role asked ("which trainer will...?")
# or what "how many" counts ("how many ... licences did they buy?")
_AUXILIARIES = (
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "did", "does", "do",
    "should", "can", "could",
)  # fmt: skip
_PERSON_Q = cue(
    r"who",
    r"whom",
    r"whose",
    r"quem",
    r"quién",
    r"quiénes",
    r"siapa",
    r"name of",
    r"what is the name",
    r"qual (?:é )?o nome",
    r"cómo se llama",
    r"nombre de",
    # "nama PIC-nya?", "apa nama lengkap CFO-nya?" (not "apa nama kapal mereka?", the name of a
    # thing)
    r"(?<!\bapa )nama",
    r"nama lengkap",
    # "¿qué persona de la cuenta...?", "which of their people...?", "orang mana yang...?"
    r"(?:which|what) (?:person|people|individual|contact|stakeholder)s?",
    r"which (?:one )?of (?:them|their (?:people|contacts|stakeholders|team))",
    r"(?:qual|quais|que) (?:pessoas?|contatos?)",
    r"(?:qué|que|cuál|cuáles) (?:personas?|contactos?)",
    r"(?:orang|kontak) (?:yang )?mana",
    # a person by their role: "which CSM...?", "qual consultora...?", "¿qué ingeniero...?"
    # (or whose: "which Parkwise trainer will...?")
    r"(?:which|what) (?:[\w-]+ )?(?:csm|customer success manager|engineer|consultant|trainer|instructor|"
    r"coordinator|technician|project manager|account manager|implementation manager)s?"
    # (a verb after it: not "which trainer materials...?")
    rf"(?=\s+(?:{'|'.join(_AUXILIARIES)})\b)",
    r"(?:qual|quais|que) (?:engenheir[oa]|consultor[a]?|instrutor[a]?|treinador[a]?|"
    r"coordenador[a]?|analista|gerente de (?:projeto|conta|sucesso)|csm)s?",
    r"(?:qué|cuál(?:es)?) (?:ingenier[oa]|consultor[a]?|instructor[a]?|capacitador[a]?|"
    r"coordinador[a]?|analista|gerente de (?:proyecto|cuenta|éxito)|csm)s?",
    # "is there anyone who...?", "¿hay algún médico que...?", "tem alguém que...?"
    r"(?:is|are) there (?:anyone|anybody|someone|somebody|any \w+ who)",
    r"(?:hay|existe) (?:alguien|(?:algún|alguna) (?:persona|médic[oa]|doctor[a]?|jef[ea]|"
    r"gerente|director[a]?|usuari[oa]|emplead[oa]) que)",
    r"(?:tem|há|existe) (?:alguém|(?:algum|alguma) (?:pessoa|médic[oa]|chefe|gerente|diretor[a]?|"
    r"usuári[oa]|funcionári[oa]|colaborador[a]?) que)",
    r"ada (?:orang|seseorang)",
)
# the share of time a service is up, asked as a figure: "uptime", or an availability asked of
# a service level ("qual é a disponibilidade mensal garantida no SLA?"; not "what availability
# problems...?", "a disponibilidade da Luciana", "ketersediaan anggaran")
# a speed asked: "qual é a velocidade do link?", "connection speed"
_SPEED_WORDS = r"speed|velocidade|velocidad|kecepatan"
_UPTIME = (
    r"(?:uptime|(?:availability|disponibilidade|disponibilidad|ketersediaan)"
    r"(?![\s-]+(?:problems?|issues?|concerns?|incidents?|outages?|zones?|windows?|problemas?|"
    r"incidentes?|quejas?|masalah|gangguan|keluhan)\b)"
    r"(?=[^?]*(?:SLA|guarant|garant|jamin|platform|plataforma|servi[cç]|layanan|sistem|system|"
    r"mensal|monthly|bulanan|mensual|%|percent|persen|porcent)))"
)
# a length asked for by its name: "what backup retention period...?", "¿qué plazo de aviso...?"
_PERIOD_Q = re.compile(
    # (not "¿por qué el plazo...?", "porque o prazo...")
    r"(?<!\w)(?<!por )(?<!para )(?:what|which|qual|quais|que|qué|cuál|cuáles)\s+"
    r"(?:is\s+|was\s+|é\s+|es\s+)?(?:the\s+|o\s+|a\s+|el\s+|la\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:notice|retention|trial|grace|warranty|lock-in|lead|cooling-off)\s+(?:period|time)|"
    # "qual o tempo de primeira resposta...?", "what is the P1 response time?"
    r"(?:response|resolution|turnaround|restore|recovery)\s+times?|"
    r"(?:tempo|tiempo)s? (?:de|da|del) (?:primeira |primera )?(?:resposta|respuesta|atendimento|"
    r"atención|resolução|resolución|solução|solución|recuperação|recuperación)|"
    r"per[ií]odo de (?:aviso|carência|carencia|prueba|teste|gracia|garantía|garantia|retención|"
    r"retenção|permanencia|permanência)|"
    # (not "em que período...?", "which period...?": as often when as how long)
    r"durations?|duraci[oó]n|duração|prazo|plazo)(?!\w)"
    r"|(?<!\w)(?:periode|durasi|jangka waktu|masa|waktu (?:respons|tanggap|penyelesaian|pemulihan))"
    r"(?:\s+\w+){0,2}\s+(?:apa|berapa)(?!\w)"
    r"|(?<!\w)berapa (?:lama )?waktu (?:respons|tanggap|penyelesaian|pemulihan)(?!\w)",
    re.IGNORECASE,
)
_NUMBER_Q = cue(
    r"how (?:much|many|long|often)",
    # "what will Saltmarsh pay each year?": an amount
    r"what (?:will|would|do|does|did|are|is|were|was) (?:the )?\w+(?: \w+)? pay(?:ing)?\b"
    r"(?! attention)",
    r"(?:what|which|qual|que|qué|cuál|apa) (?:\w+ )?(?:version|versão|versión|versi)",
    # "what's the upgrade offer priced at?"
    r"priced at(?=\s*\?)",
    # "qual o SLA de disponibilidade...?": a share
    r"SLA\s+(?:(?:de|of|for|para)\s+)?(?:uptime|availability|disponibilidade|disponibilidad|"
    r"ketersediaan)",
    r"versi(?: \w+)? (?:apa|berapa)",
    r"quant[oa]s?",
    r"quanto tempo",
    r"cuánt[oa]s?",
    r"berapa",
    r"(?:what|which|qual|cuál|qué|apa)(?:['’]s\s+|\s+(?:is\s+|was\s+|é\s+|es\s+|fue\s+|foi\s+)?)"
    # "what is the annual subscription fee?", "what was the one-off setup charge?" (not "what
    # does the fee cover?": a word saying the fee's kind may stand before it)
    # (two words may: "what service credit percentage applies...?", but no auxiliary, article
    # or preposition: "what does the fee cover?", "¿qué incluye el precio?", "what's the cap on
    # annual price increases?")
    r"(?:(?:the|their|our|its|o|a|el|la|su|seu|sua)\s+)?"
    r"(?:(?!(?:does|do|did|is|are|was|were|will|would|can|could|should|has|have|had|on|of|for|"
    r"in|to|per|de|da|del|para|por|em|en|the|el|la|los|las|o|a|os|as|an?)\s)[\w-]+\s+){0,2}?"
    r"(?:(?:annual|yearly|monthly|one-off|"
    r"one-time|setup|set-up|implementation|subscription|licen[cs]e|renewal|support|onboarding|"
    r"training|integration|migration|service)\s+)?(?:price|cost|fee|charge|value|amount|rate|"
    r"percentage|discount|number|preço|custo|valor|taxa|percentual|desconto|número|precio|"
    r"costo|monto|tasa|porcentaje|descuento|harga|biaya|nilai|tarif|tarifa|tariff|diskon|share|proportion|"
    r"penalty|penalties|fine|multa|penalidade|penalidad|penalizaci[oó]n|denda|penalti|"
    r"fraction|proporção|proporción|parcela|fatia|proporsi|porsi|"
    # "qual é a velocidade do link de internet?"
    rf"{_SPEED_WORDS}|"
    # "qual é a nota média no Google?", "what's their average rating?"
    r"average|rating(?![\s-](?:system|agenc))|score|nota(?! fiscal)|média|promedio|"
    r"puntuaci[oó]n|calificaci[oó]n|rata-rata|skor|"
    # "what uptime does the SLA guarantee?", "qual é a disponibilidade mensal garantida?"
    rf"{_UPTIME})",
    # "qual orçamento a Sandra aprovou?" (not "what budget approval process?")
    r"(?:what|which|qual|que|qué|cuál) (?:budget|orçamento|presupuesto|anggaran)"
    r"(?![\s-](?:approval|owner|holder|process|cycle|line|constraints?)\b)",
    _PERIOD_Q.pattern,
    # "what is Acme's annual revenue?": the figure the question ends on
    r"(?:what|qual|cuál|berapa)(?:['’]s\s+|\s+(?:is|was|are|é|foi|são|es|fue|son)\s+)"
    r"(?:[\w'’-]+\s+){0,3}(?:revenue|turnover|headcount|budget|receita|faturamento|orçamento|ingresos|facturación|"
    r"presupuesto|pendapatan|omzet|anggaran)(?:\s+[\w-]+)?"
    r"(?:\s+(?:of|for|d[oa]s?|de|del|para|untuk|dari)\s+[^?]*)?\W*$",
    # "what is their current hen-day production (HDP) baseline?": a figure to improve on
    r"(?:what|qual|cuál)(?:['’]s|\s+(?:is|was|are|é|foi|es|fue))\s[^?]*"
    r"(?<!\w)(?:baselines?|linha de base|línea (?:de )?base)"
    r"(?:\s+(?:of|for|d[aeo]s?|del?)\s+[^?]*)?\W*$",
)
_DATE_Q = cue(
    r"when",
    r"(?:what|which) exact (?:day|date)",
    r"by when",
    r"what date",
    r"which date",
    r"what day",
    r"(?:which|what) (?:week|month|time)(?! zone)",
    r"which day",
    r"quando",
    r"que dia",
    r"que data",
    r"qual (?:a )?data",
    *UNTIL_WHEN,
    r"cuándo",
    r"qué fechas?",
    r"qué día",
    r"(?:que|quais) (?:as )?datas",
    # "which Saturday has been booked for the extra training day?"
    r"(?:which|what) (?:weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    r"(?:que|qual|qué) (?:sábado|domingo|lunes|martes|miércoles|jueves|viernes|segunda|terça|"
    r"quarta|quinta|sexta)",
    r"para cuándo",
    r"kapan",
    r"tanggal berapa",
    # "what go-live date does the order form give?", not "what penalty if it slips past the
    # contractual date?"
    r"(?:what|which)(?:['’]s| is| was| are| were)? (?:the )?(?:[\w-]+ ){0,2}dates?",
    r"date (?:of|for)",
    # "what deadline is forcing them off…?", "qual é o prazo final?": a deadline is a day
    r"(?:what|which)(?:['’]s| is| was)? (?:the )?(?:[\w-]+ )?deadline",
    r"(?:qual|que) (?:é )?o prazo (?:final|limite)\b",
    r"(?:cuál es el|qué) plazo (?:final|límite)\b",
    r"fechas?",
    r"a data d[eao]",
    r"tanggal",
)
# "did we promise anyone on site when they go live?", "¿hay alguna penalidad si no cumplimos la
# fecha?" ask yes or no, not when
_YES_NO = re.compile(
    r"^\W*(?:did|do|does|is|are|was|were|will|would|can|could|has|have|had|should|apakah|"
    r"hay|há|existe|existen|tem|têm|tiene|tienen|ada(?:kah)?)\b",
    re.IGNORECASE,
)
# whether a day has been set: "has the CQC confirmed a date for the inspection?", "já tem data
# marcada?", "¿ya fijaron la fecha?" ("early 2027" sets none)
_DATE_SET = cue(
    r"(?:confirmed|set|fixed|agreed|given|booked|scheduled|got|have|has)\s+(?:a|the|an exact|a "
    r"firm)\s+date",
    r"(?:confirmou|confirmaram|marcou|marcaram|definiu|definiram|tem|têm)\s+(?:a |uma )?data",
    r"(?:confirmó|confirmaron|fijó|fijaron|definió|definieron|tiene|tienen)\s+(?:la |una )?fecha",
    r"(?:ada|mengonfirmasi|menetapkan|dikonfirmasi)\s+tanggal(?:nya)?",
)
_DAY_Q = cue(
    _DATE_SET.pattern,
    r"(?:what|which) (?:exact )?(?:day|date)",
    r"on what day",
    r"(?:que|qual) (?:dia|data)",
    r"qué (?:día|fecha)",
    r"cuál (?:es )?la fecha",
    r"(?:hari|tanggal) (?:apa|berapa)",
    # "kapan tanggal pembukaan...?": a day, not "Anggaran 2027"
    r"kapan tanggal",
)
# "how many dock doors", "quantas balanças": the thing counted is the next word or two
_HOW_MANY = re.compile(
    # not "bayaran berapa untuk mengeluarkan data" (how much, for what)
    r"(?<!\w)(?:how many|quant[oa]s|cuánt[oa]s|berapa(?:\s+banyak)?)\s+"
    # "how many of the 70 field technicians...?", "¿cuántos de los 70 técnicos...?"
    r"(?:(?:of|de|dos|das|dari)\s+(?:(?:the|their|our|these|those|los|las|os|as)\s+)?"
    r"(?:\d[\d.,]*\s+)?)?(?!lama\b)"
    r"(?!(?:banyak|untuk|buat|yang|di|ke|dari|sih|ya|aja|saja|itu|kalau|per)\b)"
    # "berapa angka on-time delivery?", "berapa persen...", "berapa targetnya?": a figure, not
    # a count
    r"(?!(?:angka|nilai|persen|persentase|tingkat|rasio|rata-rata|skor|besar|rating|target|"
    r"sasaran|capaian|realisasi|plafon|batas|diskon|potongan|sla|uptime|ketersediaan|waktu|"
    r"kecepatan|kapasitas|akurasi|efisiensi|okupansi|utilisasi|produktivitas|margin|selisih|"
    r"susut|penyusutan|kenaikan|penurunan|pertumbuhan|churn|turnover|retensi)(?:nya)?\b)"
    r"(?P<what>[\w-]+(?:\s+(?!(?:de|do|da|dos|das|del)\b)[\w-]+)?)"
    r"(?:\s+(?:de|do|da|dos|das|del)\s+(?P<of>[\w-]+))?",
    re.IGNORECASE,
)
# the measure words Indonesian counts with: "berapa unit tablet", "berapa orang karyawan"; and
# the number of: "berapa jumlah lisensi"
_CLASSIFIERS = frozenset(
    ["unit", "buah", "orang", "ekor", "lembar", "batang", "biji", "pcs", "jumlah"]
)
# what "jumlah" sums rather than counts: "berapa jumlah total nilai kontrak?", "jumlah pembayaran"
_SUMMED = frozenset(
    ["total", "nilai", "pembayaran", "tagihan", "uang", "dana", "anggaran", "biaya"]
)
_TIME_UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?|shifts?|"
    r"segundos?|minutos?|horas?|dias?|días|semanas?|m[eê]s|meses|anos?|años?|trimestres?|"
    r"turnos?|detik|menit|jam|hari|minggu|bulan|tahun|kuartal|sif)"
)
# a length of time: "5 business days", "seven years", "a month", "setengah hari", "the first
# year", "tahun pertama", "the whole term"
_LENGTH_OF_TIME = re.compile(
    rf"(?<!\w)(?:(?:{NUMBER_WORD}|a|an|half an?|um|uma|un|una|medio|media|meio|meia|satu|"
    rf"setengah|first|second|third|primer|primero|primera|primeiro|primeira|segundo|segunda|"
    rf"tercer|tercero|terceiro)[\s-]+(?:(?!(?:a|an|per|por|al|ao|each|every|tiap|setiap)\s)"
    # "60 (sesenta) días", "24 (dua puluh empat) bulan": the figure spelled out between
    rf"(?:[\w-]+|\((?!(?:a|an|per|por|al|ao|each|every|tiap|setiap)\s)[^()\n]{{1,40}}\))\s+)?"
    rf"{_TIME_UNIT}"
    rf"|{_TIME_UNIT}\s+(?:pertama|kedua|ketiga)|se(?:hari|minggu|bulan|tahun|jam)"
    r"|(?:whole|entire|full) (?:term|contract)|tod[ao] (?:la |el |a |o )?(?:vigencia|vigência|"
    r"contrato|plazo|prazo)|selama (?:masa )?kontrak)(?!\w)",
    re.IGNORECASE,
)
# "a year", "sebulan": one of a unit, a rate after a figure ("104 thousand a year")
_ARTICLE = re.compile(r"(?:an?|um|uma|un|una)\s|se(?:hari|minggu|bulan|tahun|jam)\b", re.I)
_RATE_BEFORE = re.compile(rf"(?:(?<!\w){NUMBER_WORD}|%|\S*\d\S*)\s*$", re.IGNORECASE)


def _says_length(text: str) -> bool:
    """Whether ``text`` gives a length of time ("seven years", "a month"), not a rate ("a
    hundred and four thousand a year")."""
    return any(
        not (_ARTICLE.match(m[0]) and _RATE_BEFORE.search(text, 0, m.start()))
        for m in _LENGTH_OF_TIME.finditer(text)
    )


# "what make are the weighbridges?", "qual modelo de tablet", "merek dan tipe tablet apa"
_MAKE_Q = cue(
    # not "what makes the CFO nervous?", "which brand manager...?"
    r"(?:which|what) (?:make|models?|brands?)(?! of (?:the )?(?:business|pricing))"
    r"(?!\s+(?:managers?|owners?|leads?|teams?|directors?))",
    r"(?:makes?|brands?) (?:and|or) models?",
    r"(?:marcas?|modelos?) (?:e|y|ou|o) (?:marcas?|modelos?)",  # "¿qué marca y modelo de...?"
    r"(?:qual|quais|que) (?:(?:é|são) )?(?:a |o |as |os )?(?:marcas?|modelos?) d[eoa]s?",
    r"(?:qué|cuál|cuáles) (?:(?:es|son) )?(?:la |el |las |los )?(?:marcas?|modelos?) de",
    r"(?:merek|merk)(?: dan (?:tipe|model))?\b[^?]*?\bapa",
    r"tipe \w+ apa",
)
_MAKE_WORDS = frozenset(
    ["make", "makes", "model", "models", "brand", "brands", "marca", "marcas", "modelo",
     "modelos", "merek", "merk", "tipe"]
)  # fmt: skip
_OBJECT_OPENERS = frozenset(
    ["the", "a", "an", "in", "at", "on", "of", "for", "to", "with", "from", "them", "it", "our",
     "their", "this", "that", "these", "those", "we", "they", "you", "he", "she", "i"]
)  # fmt: skip
_MONEY_Q = cue(
    r"cost\w*",
    r"price\w*",
    r"pa(?:y|id|ying)",
    r"charg\w+",
    r"fees?",
    r"spen[dt]\w*",
    r"quot(?:e|ed)",
    r"worth",
    r"(?:cu[aá]nto|quanto) val(?:e|en|em)",  # "¿cuánto vale el contrato?" (not "vale")
    r"budget",
    r"cust(?:a|o|ou|ava)",
    r"cobr\w+",
    r"pag\w+",
    r"preço",
    r"orçamento",
    r"cuest(?:a|an)",
    r"costó",
    r"precio",
    r"presupuesto",
    r"cotiz\w+",
    r"harga",
    r"biaya",
    r"bayar",
    r"anggaran",
    r"tarif(?:as?|fs?)?",  # "tarif", "qual tarifa...?", "tariff"
    # "how much money...", "berapa nilai obat expired...", "berapa kerugian...": an amount
    r"money|dinheiro|dinero|uang",
    r"value|valor|nilai",
    r"kerugian|prejuízos?|pérdidas?",
    # "how much is the penalty per delay?", "berapa dendanya?": an amount
    r"penalt(?:y|ies)|multas?|penalidad(?:es)?|denda(?:nya)?",
)
# the verb (or the bare "cost", "charge") of a money question says the answer is an amount,
# which the material states without it ("how much do they pay?": "Subscription: £114,500");
# matched against accent-folded tokens ("pagó": "pago")
_MONEY_VERB = cue(
    r"pa(?:y|ys|id|ying)",
    r"cost(?:s|ing|o)?",
    r"charg(?:e|es|ed|ing)",
    r"pag(?:a|am|an|ar|ou|o|aron|aram|arao|aran|amos|aba|ava|ando)",
    r"cuesta|cuestan|custa|custam|custou",
    r"cobr(?:a|am|an|ar|amos|ou|o)",
    r"bayar|membayar|dibayar",
)
# a price quoted for something: "how much did Admitly quote for implementation?" asks about the
# implementation, not about quoting (which a sentence giving another price may say)
QUOTED_FOR = re.compile(
    r"(?<!\w)(?P<verb>quot(?:e|es|ed|ing)|cotiz(?:a|an|ar|aron|ó|o)|or[cç](?:ou|aram|ar))\s+"
    r"(?:(?:us|them|nos|les|lhes)\s+)?(?:for|para|pela|pelo|por|untuk)(?!\w)",
    re.IGNORECASE,
)
# "what percentage is their food cost?" asks a share, whatever it is a share of
_PERCENT_Q = cue(
    r"percentage|porcentaje|porcentagem|percentual|persentase",
    r"what percent",
    r"berapa persen",
    # a share of the time the service is up
    r"(?:what|which|qual|que|qué|cuál|berapa)(?:['’]s\s+|\s+(?:is\s+|é\s+|es\s+)?)"
    r"(?:the\s+|o\s+|a\s+|el\s+|la\s+)?"
    rf"(?:[\w-]+\s+)?{_UPTIME}",
    # a rate that is a share: "the no-show rate", "la tasa de inasistencia" (not "the hourly
    # rate", "la tasa de cambio", "a taxa de implantação": a fee)
    r"(?:no-show|churn|conversion|attrition|occupancy|utili[sz]ation|retention|error|defect|"
    r"return|cancellation|adoption|response|vacancy|turnover|absence|absenteeism) rates?",
    r"tasas? de (?:inasistencia|ausentismo|cancelaci[oó]n|conversi[oó]n|ocupaci[oó]n|abandono|"
    r"retenci[oó]n|errores|error|rotaci[oó]n|devoluci[oó]n|deserci[oó]n|morosidad|no-show)",
    r"taxas? de (?:no-show|inadimplência|conversão|ocupação|churn|cancelamento|abandono|"
    r"retenção|erros?|absenteísmo|rotatividade|faltas?|evasão|devolução)",
    r"tingkat (?:kehadiran|ketidakhadiran|pembatalan|konversi|okupansi|hunian|retensi|"
    r"kesalahan|churn|no-show)",
    # "what share of lift ticket revenue...?"
    r"(?:what|which) (?:share|proportion|fraction)",
    r"(?:que|qual|qué|cuál) (?:proporção|proporción|parcela|fatia)",
    r"(?:berapa|apa) (?:proporsi|porsi)",
)
# (and "total": "what's the total headcount?" asks the headcount, which "62 staff" gives; but
# not in a money question, see ``analyse``: "the total" of a contract is not its year's)
_FIGURE_WORDS = frozenset({"angka", "figure", "figures", "cifra", "cifras", "total"})


@cache
def _words_of(concepts: tuple[str, ...]) -> frozenset[str]:
    """The one-word forms of ``concepts`` (of a rate and a percentage: what only asks for a
    share)."""
    return frozenset(f for c in concepts for f in _forms_of(c) if " " not in f)


# the words that name a day asked for, not what it is the day of (not Portuguese "data": it is
# also English "data")
_DAY_KIND_WORDS = frozenset(
    ["day", "days", "date", "dates", "weekday", "week", "dia", "dias", "semana", "fecha",
     "fechas", "hari", "tanggal", "minggu", "pekan"]
)  # fmt: skip
_DISCOUNT_Q = cue(r"discount\w*", r"descont\w*", r"descuent\w*", r"diskon\w*", r"potongan")
_GIVEN_FREE = cue(r"free", r"gratis", r"grátis", r"gratuit\w*", r"off", r"pct")
# a share as the material writes it: "99.5%", "treinta por ciento", "dua belas persen"
PERCENT = re.compile(r"%|(?<!\w)(?:percent|per cent|por ?cento|por ?ciento|persen)(?!\w)", re.I)
_MONEY_WORD = cue(
    r"(?:us|r|rp)?\$",
    r"€",
    r"£",
    r"rp\.?",
    r"usd|brl|eur|gbp|mxn|cop|ars|clp|idr",
    r"dollars?|dólares|reais|real|euros?|pounds?|libras?|pesos|rupiah",
    r"cents?|centavos?|céntimos?|bucks",
    r"thousand|million|billion|grand|mil|milhão|milhões|millones?|ribu|juta|miliar",
    r"\d+(?:[.,]\d+)?\s?[km]",
)
_NAME_Q = cue(
    r"which",
    r"qual(?! (?:é|foi|era|será|seria)\b)",
    r"quais",
    r"cuál(?:es)?(?! (?:es|fue|era|será|sería)\b)",
    r"\w+ apa",
    r"apa nama",  # "apa nama kapal mereka?"
    r"(?!di |ke |dari )\w+ mana",  # "kepala sekolah mana", not "di mana" (where)
)
# (and its scale: "~41.3k active members")
_NUMBER = re.compile(rf"(?<!\w){NUMBER_WORD}(?:k(?!\w))?(?!\w)", re.IGNORECASE)
_NUMBERED_NAME = cue(
    r"versions?",
    r"releases?",
    r"plans?",
    r"tiers?",
    r"models?",
    r"editions?",
    r"packages?",
    r"phases?",
    r"waves?",
    r"stages?",
    r"floors?",
    r"lines?",
    r"rooms?",
    r"gates?",
    r"docks?",
    r"hangars?",
    r"stores?",
    r"sites?",
    r"plants?",
    r"clauses?",
    r"sections?",
    r"items?",
    r"vers[ãa]o|versiones|versión|versi",
    r"planos?|planes|paket",
    r"fases?|etapas?|tahap",
    r"cláusulas?|klausul|pasal|butir",
    r"modelos?|model",
    r"lojas?|tiendas?|toko|gerai",
    r"plantas?|pabrik",
    r"salas?|ruang",
    r"número|numero|nomor|number",
)
# "I" as the one who acts, in each language ("saya" and "aku" also say "my")
_FIRST_PERSON = re.compile(
    r"(?<![\w'’])I(?:['’](?:ll|m|ve|d))?(?![\w'’])|(?<!\w)(?i:eu|vou|yo|voy a|saya|aku)(?!\w)"
)
_DAY_MONTH_OR_TIME = re.compile(
    r"(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\w/])|\b\d{1,2}:\d{2}\b"
)
_NOT_NUMBERS = frozenset(["one", "um", "uma", "un", "una", "uno", "satu", "se"])
# a day: a weekday or "tomorrow"
_DAY_WORD = cue(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    # "na segunda", "terça-feira", not the ordinal ("la segunda: la autorización")
    r"(?:segunda|terça|quarta|quinta|sexta)-feira",
    r"(?:na|nesta|nessa|próxima|numa|até) (?:segunda|terça|quarta|quinta|sexta)"
    r"(?! (?:etapa|fase|parte|vez|onda|rodada|reunião|versão|turma|sessão|semana|quinzena))",
    r"(?:segunda|terça|quarta|quinta|sexta),? (?:dia )?\d{1,2}(?!\d)",
    r"sábado",
    r"domingo",
    r"lunes",
    r"martes",
    r"miércoles",
    r"jueves",
    r"viernes",
    r"senin",
    r"selasa",
    r"rabu",
    r"kamis",
    r"jumat",
    r"sabtu",
    r"minggu",
    r"tomorrow",
    r"amanhã",
    r"mañana",
    r"besok",
)
_DATE_WORD = cue(
    _DAY_WORD.pattern,
    r"q[1-4]",
    r"20\d\d",
    r"(?:next|this|end of the) (?:week|month|quarter|year)",
    r"(?:próxima|esta) semana",
    r"(?:próximo|este) mês",
    r"(?:fim|final) d[eo] (?:mês|ano|trimestre)",
    r"(?:próximo|este) mes",
    r"(?:fin|finales) de (?:mes|año)",
    r"(?:minggu|bulan|tahun) depan",
    r"akhir (?:bulan|tahun)",
    r"\d+\s*(?:days?|weeks?|months?|dias?|semanas?|meses|mês|días?|hari|minggu|bulan)",
)
MONTH_NAME = cue(*(m for m in MONTHS if len(m) > 3 and m != "marco"))
# "siapa nama vendor sensor...?", "who is their integrator?": an organisation, not a person
ORGANISATION = re.compile(
    r"\b(?:vendors?|suppliers?|compan(?:y|ies)|compa[nñ]ías?|companhias?|firms?|partners?|"
    r"integrators?|providers?|acquirers?|adquirentes?|importers?|importador(?:es|as?)?|"
    r"distributors?|distribuidor(?:es|as?)?|wholesalers?|atacadistas?|mayoristas?|"
    r"empresas?|fornecedor(?:es)?|proveedor(?:es)?|provedor(?:es)?|parceiros?|socios?|perusahaan|"
    r"penyedia|mitra|integrador(?:es|as?)?|manufacturers?|operadoras?|operador(?!es)|carriers?|"
    r"banks?(?! holidays?)|bancos?|gestor[ií]as?|asesor[ií]as?|agency|ag[eê]ncia|agencia|"
    r"insurers?|seguradoras?|aseguradoras?|asuransi|auditors?|auditor(?:es|as?)|"
    r"institutions?|institui[cç](?:ão|ões)|instituci[oó]n(?:es)?|lembaga|certifiers?|"
    r"certificadoras?|certificador(?:es|as?)?|"
    r"escrit[oó]rio de (?:contabilidade|advocacia)|despachos?|"
    r"(?<!decision )(?<!decision-)(?<!policy )(?<!policy-)makers?|fabricante|pabrikan|pemasok|"
    r"(?:third|outside|external)[- ]part(?:y|ies)|terceir[oa]s?|tercer[oa]s?|pihak ketiga)\b",
    re.IGNORECASE,
)
# a question whose answer is an organisation: "which hardware maker's firmware...?", "siapa
# pemasok sensor?", "who's their integrator?", "pemasok mana...?" (not "who is the company's
# economic buyer?", "who is our partner manager?")
_ORGANISATION_AFTER = (
    r"(?: (?:is|are|was|were|é|são|es|son|era|eram|fue|fueron|nama))?"
    r"(?: (?:the|their|our|your|a|an|o|os|as|el|la|los|las|su|sus|seu|sua|seus|suas))?"
    # "who is Pennine Access's insurer?"
    rf"(?:(?: [\w-]+){{1,2}}['’]s|(?: [\w'’-]+)??) {ORGANISATION.pattern}"
)
ASKS_ORGANISATION = re.compile(
    rf"\b(?:which|what|qual|quais|qué|cuál|cuáles|apa|c[oó]mo se (?:llama|chama)n?|"
    rf"what(?:['’]s| is) the name of){_ORGANISATION_AFTER}"
    rf"|\b(?:who|quem|qui[eé]n(?:es)?|siapa)(?:['’]s)?{_ORGANISATION_AFTER}"
    r"(?![’'])(?! (?:manager|contact|lead|rep|representative|engineer|person)s?\b)"
    rf"|{ORGANISATION.pattern} (?:mana|apa)\b"
    # "qual é o nome do escritório de advocacia...?", "what is the name of the insurer?"
    r"|\b(?:nome|nombre|name)\s+(?:do|da|dos|das|de|del|de la|de los|of)"
    r"(?:\s+(?:the|their|our|its|nossa|nosso|sua|seu|nuestra|nuestro|su))?\s+"
    rf"{ORGANISATION.pattern}",
    re.IGNORECASE,
)
# a question for a piece of software: "which accounting platform...?", "software akuntansi apa?",
# "ke sistem payroll apa?"
ASKS_SOFTWARE = re.compile(
    r"(?<!\w)(?:which|what|qual|quais|que|qué|cuál|cuáles)(?: [\w-]+){0,2}? (?:system|platform|"
    r"software|package|tool|program|gateway|app|sistema|plataforma|programa|ferramenta|"
    r"herramienta|pasarela|aplicativo|aplicaci[oó]n|aplicaciones)s?(?!\w)"
    r"|(?<!\w)(?:sistem|software|aplikasi|platform|program|gateway)(?: \w+)? apa(?!\w)",
    re.IGNORECASE,
)
# a system whose name is asked: "¿cómo se llama el sistema...?", "qual o nome da plataforma?"
_SYSTEM_NAMED = re.compile(
    r"(?<!\w)(?:se llaman? (?:el|la|los|las)|nome d[oa]s?|name of (?:the|their|its)|nombre del?|"
    r"nama)\s+(?:[\w-]+\s+)?(?:system|platform|software|tool|app|sistema|plataforma|programa|"
    r"ferramenta|herramienta|aplicativo|aplicaci[oó]n|sistem|aplikasi)(?:s|nya)?(?!\w)",
    re.IGNORECASE,
)
_GENERIC_CAPITALS = "I I'm I'll I've I'd OK Ok Okay IT TI HR RH QA CEO CFO COO CTO CIO API ERP CRM SLA KPI ROI PDF BI PO"
_NOT_NAMES = frozenset(
    (
        _GENERIC_CAPITALS + " Pak Bu Ibu Bapak Dr Sr Sra Mr Ms Mrs Dona Don Doña Seu"
        # greetings: "Halo Bapak Ibu", "Hola Marta", "Dear Sandra"
        " Halo Hallo Hello Hi Hey Hola Olá Oi Selamat Dear Estimado Estimada Prezado Prezada Yth"
    ).split()
)
# the honorifics before a name: "Pak Rudi", "Mbak Dewi", "Dra. Camila", "Seu Zé"
_ID_TITLES = "Pak|Bu|Ibu|Bapak|Mbak|Mas"
_HONORIFICS = rf"{_ID_TITLES}|Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Dona|Don|Doña|Seu"
# a sentence opening with a name: "Maria is the champion", "Sam Hirst referred us"
_SUBJECT_NAME = re.compile(
    # (not a word before an honorific: "Betul Pak, ...")
    rf"[A-ZÀ-Ý][\wÀ-ÿ'’-]+(?:\s+(?!(?:{_HONORIFICS})\b)[A-ZÀ-Ý][\wÀ-ÿ'’-]+|\s+(?:is|was|will|said|"
    r"told|does|did|é|foi|vai|disse|es|fue|va|dijo|adalah|akan|sudah|bilang)\b)"
)
# what a question sets aside, set off by a comma: "Apart from Salesforce, which...?", "...,
# à parte da mensalidade?", "Selain SAP, sistem apa...?": not what the answer is about
_ASIDE = (
    r"(?:apart from|aside from|besides|other than|à parte d[aoe]s?|além d[aoe]s?|"
    r"aparte de(?:l)?|además de(?:l)?|sin contar|selain)\s[^,;?.!]*"
)
_APART_FROM = re.compile(rf"^\W*{_ASIDE},|(?<=,)\s*{_ASIDE}(?=\s*[?.!]?\s*$)", re.IGNORECASE)
# whose side someone is on says no more than the name after it: "¿Quién se encarga de la
# implantación por parte de Despliega?"
_ON_BEHALF = cue(r"(?:por|da|de) parte d[eoa]s?", r"on (?:the )?part of")
# how much a word an earlier question lent weighs
TOPIC_WEIGHT = 0.5
_COUNT_Q = cue(
    r"how many",
    r"quant[oa]s",
    r"cuánt[oa]s",
    r"(?:quanta|cuánta) gente",
    r"berapa (?:banyak|orang)",
)
# an honorific, or a Portuguese article, opening a sentence before a name: "Pak Agus bilang",
# "A Patrícia fica de ponto focal" (not "A Salesforce admin will...")
# (a list item's marker before it: "- Mas Fajar jadi engineer khusus...")
_HONORIFIC_BEFORE = re.compile(rf"(?:^[\s*•>–-]*|[.!?:]\s+)(?:{_ID_TITLES})\s+$")
# a person's title just before a name, anywhere: "kata Bu Sri", "ask Mr Lee"
_TITLED = re.compile(rf"(?<!\w)(?:{_HONORIFICS})\.?\s+$")
# the words of a title after its rank: "Head of Customer Success", "Directora de Operaciones"
_IN_TITLE = re.compile(
    rf"(?<!\w)(?i:{'|'.join(sorted(TITLE_RANKS))})\s+(?:of|de|da|do|del)\s+"
    r"(?:[A-ZÀ-Ý][\wÀ-ÿ&'’-]*\s+)*$"
)
# a place's name opens on what kind of place it is: "la sucursal de Plaza Sotomayor", "loja do
# Shopping Iguatemi", "kantor di Jalan Sudirman" name no company
_PLACE_NAME = re.compile(
    rf"(?<![\w@.])(?:{STREET_WORDS}|Plaza|Praça|Shopping|Bairro|Barrio|Kampung|Desa|Kecamatan|"
    r"Kelurahan)(?!\w)"
    r"(?:[ \t]+(?:d[aeo]s?|de la|del))?(?:[ \t]+[A-ZÀ-Ý][\wÀ-ÿ'’-]*){1,3}"
)
_ARTICLE_BEFORE = re.compile(r"(?:^|[.!?:]\s+)(?:A|O)\s+$")
_NUMBERING = re.compile(r"^\s*(?:\d+\.)*\d+[.)]?\s")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{2,}")
_ACRONYM = re.compile(r"(?<!\w)[A-Z]{2,4}(?!\w)")
# words and the acronym they spell in brackets: "hen-day production (HDP)"
_SPELLED_OUT = re.compile(r"(?P<words>(?:[^\W\d_]+[\s-]+){2,4})\((?P<acronym>[A-Z]{2,4})\)")
# a word in brackets saying the two before it in the material's words: "bread waste (merma)"
_GLOSSED = re.compile(r"(?P<words>(?:[^\W\d_]+[\s-]+){1,2})\((?P<gloss>[^\W\d_A-Z]{3,})\)")
_CAPITALISED = re.compile(r"(?<![\w@.])[A-ZÀ-Ý][\wÀ-ÿ'’-]+")
# a capitalised word inside a question, not its first: "their current Qvet licences"
CAPITALISED_INSIDE = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w-]+")


_ID_PREFIXED = re.compile(r"^(?:ter|men|mem|meng|meny|ber|per|di|ke|se)\w{4,}$")


def stem(token: str) -> str:
    """The first five letters: enough to match "integração"/"integrações", "skeptic"/"skeptical"."""
    return token[:5]


# an Indonesian verb's prefixes, and the letter one takes from the root ("menulis": "tulis",
# "memakai": "pakai", "menyewa": "sewa", "mengirim": "kirim"; "meminta": "minta")
_ID_PREFIXES = ("di", "ter", "ber", "meng", "meny", "mem", "men", "me", "peng", "pem", "pen")
_DROPPED = {"meng": "k", "meny": "s", "mem": "p", "men": "t", "peng": "k", "pem": "p", "pen": "t"}
_ID_SUFFIX = re.compile(r"(?:kan|an|nya)$")


def id_roots(token: str) -> set[str]:
    """The roots, of four letters or more, that an Indonesian prefix may have been put on
    ("dihapusbukukan", "menghapusbukukan": "hapusbuku"; "memakai": "akai", "makai" or "pakai";
    "pembayaran": "bayar"). Any word opening on such letters has some ("digital": "gital"):
    they only match another word's."""
    bases = set()
    for prefix in _ID_PREFIXES:
        rest = token[len(prefix) :]
        if not token.startswith(prefix) or len(rest) < 3:
            continue
        bases.add(rest)
        if prefix in _DROPPED and rest[0] in "aeiou":
            bases.add(_DROPPED[prefix] + rest)
    bases |= {_ID_SUFFIX.sub("", b) for b in bases}
    return {b for b in bases if len(b) >= 4}


def _number_forms(token: str) -> set[str]:
    """A short word's singular or plural, which its first five letters do not reach ("clubs"
    / "club", "lojas" / "loja", "fee" / "fees"; not "bonus", "class")."""
    if 4 <= len(token) <= 5 and token[-1] == "s" and token[-2] not in "su":
        return {token[:-1]}
    if 3 <= len(token) <= 4 and token[-1] != "s":
        return {f"{token}s"}
    return set()


@cache
def _table() -> dict[str, dict[str, list[str]]]:
    """The concept table: concept -> language -> its forms."""
    return tomllib.loads(files("briefing").joinpath("concepts.toml").read_text("utf-8"))


@cache
def _concepts() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Stem -> stems of every form of its concepts; stem -> multi-word forms of its concepts."""
    stems: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    for single, multi in _concept_forms():
        for key in single:
            stems.setdefault(key, set()).update(single)
            phrases.setdefault(key, set()).update(multi)
    return (
        {k: frozenset(v) for k, v in stems.items()},
        {k: frozenset(v) for k, v in phrases.items()},
    )


@cache
def _concept_words() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each concept as its one-word forms (those matched by their stem elsewhere) and its forms
    matched whole."""
    concepts = []
    for forms_by_lang in _table().values():
        forms = [" ".join(tokenize(f)) for fs in forms_by_lang.values() for f in fs]
        # an Indonesian prefix makes a poor stem: "terjamin" is no "terjadwal", "menjamin" no
        # "menjadi"; such a form is matched as the whole word
        whole = {
            " ".join(tokenize(f)) for f in forms_by_lang.get("id", []) if _ID_PREFIXED.match(f)
        }
        single = frozenset(f for f in forms if f and " " not in f and f not in whole)
        concepts.append((single, frozenset({f for f in forms if " " in f} | whole)))
    return tuple(concepts)


@cache
def _concept_forms() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each concept as the stems of its one-word forms and its forms matched whole."""
    return tuple((frozenset(map(stem, single)), whole) for single, whole in _concept_words())


@cache
def _translations() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Stem of a one-word form -> the stems and multi-word forms of its concepts in the other
    languages ("turnstile": "catra", "torni", "pintu putar"), without that language's own
    synonyms."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    concepts: dict[str, int] = {}
    for forms_by_lang in _table().values():
        for key in {stem(" ".join(tokenize(f))) for fs in forms_by_lang.values() for f in fs}:
            concepts[key] = concepts.get(key, 0) + 1
    for forms_by_lang in _table().values():
        by_lang = {lang: [" ".join(tokenize(f)) for f in fs] for lang, fs in forms_by_lang.items()}
        for lang, forms in by_lang.items():
            own = {stem(f) for f in forms if " " not in f}
            others = [f for other, fs in by_lang.items() if other != lang for f in fs]
            single = {stem(f) for f in others if f and " " not in f} - own
            multi = {f for f in others if " " in f}
            for key in own:
                stems, phrases = out.setdefault(key, (set(), set()))
                stems.update(single)
                phrases.update(multi)
    # a stem of several concepts ("contr": contract, contratar) says none of them for sure
    return {k: (frozenset(v), frozenset(m)) for k, (v, m) in out.items() if concepts[k] == 1}


def spells_out(text: str, acronym: str) -> bool:
    """Whether ``text`` says, in whole words, the concept an acronym names ("SLA": "Service
    Levels", "nivel de servicio"); only a concept named by it (the survey concept lists "NPS",
    but "survey" says no NPS)."""
    return acronym.lower() in _table() and _says(text, acronym.lower(), whole=True)


def translations(token: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and multi-word forms that say what ``token`` says in the other languages."""
    return _translations().get(stem(token), (frozenset(), frozenset()))


@cache
def _phrases() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """A concept's form of several words ("price increase") -> the concept's stems and whole
    forms ("reajust", "kenaikan harga")."""
    found: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for single, multi in _concept_forms():
        for phrase in multi:
            if " " in phrase:
                stems, forms = found.get(phrase, (frozenset(), frozenset()))
                found[phrase] = (stems | single, forms | multi)
    return found


# the concepts of how often something recurs, whose forms say the same ("annual", "per year",
# "yr")
_PERIOD_CONCEPTS = ("annual", "quarterly", "monthly", "weekly", "daily")


def unused_translations(question: str, idf: Callable[[str], float]) -> str:
    """For a question most of whose words the account never uses (asked in another language),
    what those words say in the account's languages ("discount": "descu desco diskon potongan
    harga"), for a lexical search; else ''."""
    absent = idf("\x00absent")
    content = [
        t
        for t in tokenize(question)
        if t not in STOPWORDS and len(t) > 2 and not _LIGHT_VERB.fullmatch(t)
    ]
    unused = [t for t in content if idf(t) >= absent]
    if len(unused) * 2 <= len(content):
        return ""
    out: set[str] = set()
    # a concept of several words is translated as one ("single sign-on": "login único"), not
    # word by word ("sign": "assinar")
    said: set[str] = set()
    for words, found in _phrases_in(tokenize(question)):
        if not said & set(words):
            out |= found[0] | found[1]
            said |= set(words)
    for token in unused:
        if token not in said:
            stems, forms = concept_forms(token)
            out |= (stems | forms) - {stem(token)}
    return " ".join(sorted(out))


@cache
def _listing() -> dict[str, tuple[int, ...]]:
    """A one-word form matched by its stem -> the concepts that list it."""
    out: dict[str, list[int]] = {}
    for i, (single, _) in enumerate(_concept_words()):
        for form in single:
            out.setdefault(form, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _phrases_in(
    tokens: list[str],
) -> Iterator[tuple[list[str], tuple[frozenset[str], frozenset[str]]]]:
    """Each run of three, then two, of ``tokens`` that is a concept's form of several words,
    with that concept's stems and whole forms."""
    for n in (3, 2):
        for i in range(len(tokens) - n + 1):
            found = _phrases().get(" ".join(tokens[i : i + n]))
            if found is not None:
                yield tokens[i : i + n], found


def concept_forms(token: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and the whole forms (phrases) that say what ``token`` says, in any supported
    language: of the concepts that list it, else of those its stem is in ("discount" is no
    "discontinue", though both start "disco"). Whole-word matching of every form was tried and
    measured: as precise on the accounts read, it lost answers on unseen ones (forms the table
    does not list)."""
    key = stem(token)
    listing = _listing().get(token)
    if listing:
        concepts = _concept_forms()
        listed = frozenset({key}).union(*(concepts[i][0] for i in listing))
        return listed, frozenset().union(*(concepts[i][1] for i in listing))
    by_stem, phrases = _concepts()
    return by_stem.get(key, frozenset({key})), phrases.get(key, frozenset())


# what only material that names it can answer about, in some language: "what penalty if
# go-live slips?" has no answer where no penalty is ever mentioned, however close a go-live
# sentence is
_NAMED_ONLY = (
    "penalty",
    "credit",
    "refund",
    "revenue",
    "profit",
    "uptime",
    "sla",
    "certification",
    "audit",
    "fiscal_year",
)


@cache
def _forms_of(concept: str) -> tuple[str, ...]:
    """Every form of ``concept`` in every language, tokenized."""
    return tuple(" ".join(tokenize(f)) for fs in _table()[concept].values() for f in fs)


def _says(text: str, concept: str, whole: bool = False) -> bool:
    """Whether ``text`` holds a form of ``concept``: by its stem, or ``whole`` words only."""
    forms = _forms_of(concept)
    tokens = tokenize(text)
    stems = {stem(t) for t in tokens}
    folded = f" {' '.join(tokens)} "
    return any(f" {f} " in folded if whole or " " in f else stem(f) in stems for f in forms if f)


# invoicing, not revenue: "conectarnos para la facturación", "o sistema de faturamento"
_INVOICING = re.compile(
    r"(?<!\w)(?:(?:para|pra|pro)(?: la| o)?|(?:sistemas?|procesos?|processos?|módulos?|software|"
    r"ciclo) de)\s+(?:facturaci[oó]n|faturamento)(?!\w)",
    re.IGNORECASE,
)
# a lender or a card, not a service credit: "qual cooperativa de crédito...?"
_LENDER = re.compile(
    r"(?<!\w)(?:credit (?:unions?|cards?)|(?:cooperativas?|cart(?:ão|ões)|tarjetas?) de "
    r"(?:ahorro y )?cr[eé]dito|(?:koperasi|kartu) kredit)(?!\w)",
    re.IGNORECASE,
)


def named_only(question: str) -> list[str]:
    """The concepts the question names (a penalty, a service credit, revenue; as a whole word:
    "pendampingan" is no "pendapatan") that only a sentence naming them can answer: those its
    question word asks first ("what percentage service credit if uptime falls below the SLA?",
    "if uptime falls below what the SLA says, what percentage service credit?": the credit),
    then the conditions, each in the order named."""
    question = _LENDER.sub(" ", _INVOICING.sub(" ", question))
    named = [c for c in _NAMED_ONLY if _says(question, c, whole=True)]
    if _says(question, "limit", whole=True) and _says(question, "increase", whole=True):
        # "is there a cap on price increases at renewal?": a sentence naming a cap (not "renews
        # automatically for 12-month periods")
        named.append("limit")
    # what is asked: the last clause that holds a question word, from that word on
    clauses = [c for c in re.split(r"[,;¿]", question) if _ASKING_WORD.search(_folded(c))]
    asked = _folded(clauses[-1]) if clauses else ""
    asks = _ASKING_WORD.search(asked)
    asked = asked[asks.start() :] if asks else ""
    folded = _folded(question)

    def order(concept: str) -> tuple[bool, int]:
        forms = [f for f in _forms_of(concept) if f]
        unasked = min(_where(asked, f) for f in forms) == len(asked)
        return unasked, min(_where(folded, f) for f in forms)

    return sorted(named, key=order)


def _folded(text: str) -> str:
    """``text`` as its tokens, joined and closed by spaces."""
    return f" {' '.join(tokenize(text))} "


# a question word, in any language: where what is asked starts ("lo que", "o que" say what)
_ASKING_WORD = re.compile(
    r"(?<! lo)(?<! o)(?<! do) (?:what|which|how|who|when|qual|quais|quanto|quanta|quantos|"
    r"quantas|quem|quando|que|cual|cuales|cuanto|cuanta|cuantos|cuantas|quien|cuando|berapa|apa|"
    r"siapa|kapan) "
)


# a condition a question puts on what it asks, up to the next comma: "...kalau ada sensor yang
# rusak?", "caso ela seja cobrada à parte", "if go-live slips,"
_CONDITION = re.compile(
    r"(?<!\w)(?:if|in case|caso|en caso de que|no caso de|si|kalau|jika|jikalau|apabila|bila|"
    r"seandainya)\s[^,;?]*",
    re.IGNORECASE,
)


def asked_beside_condition(question: Question) -> set[str]:
    """The terms of what a question asks when it also puts a condition on it ("berapa biaya
    penggantian kalau ada sensor yang rusak?": "biaya", "penggantian"), but for names and the
    words that only say what kind of answer it wants; none when it puts none, or asks nothing
    beside it ("do they know if...?", "what if...?")."""
    main = _CONDITION.sub(",", question.text)
    if main == question.text or not _ASKING_WORD.search(_folded(main)):
        return set()
    said = set(tokenize(main))
    return {
        t.token for t in question.terms if t.token in said and not (t.weak or t.proper or t.acronym)
    }


def _where(folded: str, form: str) -> int:
    """Where ``form`` stands as whole words in ``folded`` (" "-joined tokens), or past its end."""
    at = folded.find(f" {form} ")
    return at if at >= 0 else len(folded)


def names(text: str, concepts: list[str]) -> bool:
    """Whether ``text`` names each of ``concepts`` as a whole word in some language
    ("faturamento anual", not "faturada mensalmente")."""
    return all(_says(text, c, whole=True) for c in concepts)


def unnamed(question: str, texts: list[str]) -> str | None:
    """The concept of ``named_only`` that none of ``texts`` names in any form or language."""
    return next((c for c in named_only(question) if not any(_says(t, c) for t in texts)), None)


@dataclass(frozen=True)
class _Term:
    token: str
    weight: float
    stems: frozenset[str]
    forms: frozenset[str]
    """Its translations and synonyms matched as whole words: phrases, prefixed Indonesian."""
    acronym: bool = False
    proper: bool = False
    """A name the account uses ("ControlObra"): matched as the whole word, not by its stem."""
    promise: bool = False
    """"promise", "prometeu": held by a sentence that promises ("we'll have two on site")."""
    reach: Callable[[str], bool] | None = None
    """"phone", "e-mail": held by a sentence that gives one ("m: (419) 555-0143")."""
    weak: bool = False
    """It says what kind of answer is wanted ("which system", "what are they using", "how much
    do they pay"), not what about: it weighs half (a kind or "use", at most half the average
    of the other terms)."""

    def found_in(self, text: str, stems: set[str], folded: str) -> bool:
        if self.promise and COMMITMENT.search(text):
            return True
        if self.reach is not None and self.reach(text):
            return True
        if self.acronym:  # as written, or in the words of its concept ("SLA": "service levels")
            return re.search(rf"(?<!\w){self.token}(?!\w)", text) is not None or bool(
                (self.stems & stems) or any(f" {p} " in folded for p in self.forms)
            )
        if self.proper:
            return f" {self.token} " in folded
        return bool(self.stems & stems) or any(f" {p} " in folded for p in self.forms)


@dataclass(frozen=True)
class Question:
    text: str
    terms: tuple[_Term, ...]
    expects: AnswerType | None
    own_values: frozenset[str]
    foreign: bool = False
    """Most of its words never occur in the account: likely asked in another language."""
    counted: tuple[_Term, ...] = ()
    """What "how many" counts ("how many dock doors"): the answer must say it."""
    money: bool = False
    """The number asked for is an amount of money ("how much did X charge?")."""
    day: bool = False
    """The date asked for is a day ("what day is the kickoff?"): "this week" does not say it."""
    months: frozenset[int] = frozenset()
    """The months the question names ("bulan Maret": 3), which a day asked must fall in."""
    measure: re.Pattern[str] | None = None
    """A figure in the unit the question asks it in ("(Mbps)": "100 Mbps")."""
    percent: bool = False
    """The number asked for is a share ("what uptime percentage?"): "12 weeks" does not say it."""
    duration: bool = False
    """It asks how long ("how long must records be kept?"): a length of time or a date says it,
    not any figure ("a hundred and four thousand a year")."""
    per: frozenset[str] = frozenset()
    """The stems of what an amount asked for is per ("tarif per pesan", "por cada loja"): "Rp
    36.000.000 for 250.000 pesan/tahun" prices the package, not a message."""
    detail: Callable[[str], bool] | None = None
    """It asks for a phone number, an e-mail or a postal address itself: only a sentence giving
    one answers ("con un número dedicado" does not)."""
    make: bool = False
    """It asks a make or model ("what make are the weighbridges?"): a name beside what it asks
    about says it, not one anywhere in the sentence ("3 Rösner packer lines, 4 weighbridges")."""

    def coverage(self, text: str) -> float:
        """The share of the question's weighted content ``text`` holds, in any language."""
        total = sum(t.weight for t in self.terms)
        if not total:
            return 0.0
        return sum(t.weight for t in _found(text, self.terms)) / total

    @property
    def content(self) -> set[str]:
        return {stem(t.token) for t in self.terms}


# "won't", "can't", "doesn't": a negation, not the word "won"
_CONTRACTION = re.compile(r"(?<=\w)n['’]t\b", re.IGNORECASE)
# a way to reach someone, by the concept that names it
_REACH: dict[str, Callable[[str], bool]] = {"email": gives_email, "phone": gives_phone}
# asking for the number or the address itself: "what phone number...?", "¿qué número de teléfono
# se va a usar?", "nomor HP-nya berapa?" (not "who answers the phone?")
_DETAIL_ASKED: dict[str, re.Pattern[str]] = {
    "phone": cue(
        r"(?:phone|telephone|mobile|cell|whats ?app|contact) numbers?",
        r"números? (?:de |do |del )?(?:tel[eé]fonos?|telefones?|celular|móvil|whats ?app|contato"
        r"|contacto)",
        r"nomor (?:telepon|telp|hp|ponsel|wa|whats ?app|kontak)",
    ),
    "email": cue(
        r"e-?mail address(?:es)?",
        r"(?:endereço|dirección|direccion) de (?:e-?mail|correo)",
        r"alamat (?:e-?mail|surel)",
    ),
    # "qual será o endereço da nova filial?": a street and number, not the branch's opening day
    # (not "what will address the latency?", an IP or a web address, "la dirección general")
    "address": cue(
        r"(?:what|which)(?:['’]s| is| are| was)? (?:the |their |its )?"
        r"(?:(?:postal|street|mailing|delivery|site|office|new|full|exact) )?address(?:es)?",
        r"address(?:es)? (?:of|for) the (?:new |main )?(?:site|office|branch|depot|warehouse|"
        r"plant|store|shop|venue|centre|center|clinic|school)",
        r"(?:qual|onde)(?: (?:é|será|fica))? o endereço",
        r"endereço (?:completo |exato )?d[aoe] (?:nova |novo )?(?:filial|unidade|loja|sede|"
        r"escritório|fábrica|galpão|depósito|clínica|escola|obra)",
        r"direcci[oó]n (?:exacta |completa )?(?:de|del) (?:la |el )?(?:nueva |nuevo )?(?:sede|"
        r"sucursal|local|oficina|planta|bodega|tienda|centro|almacén|clínica|colegio)",
        r"alamat (?:lengkap |baru )?(?:kantor|cabang|gudang|pabrik|outlet|toko|lokasi|klinik|"
        r"sekolah)",
    ),
    # "qual é a agência e a conta do Sicredi?": the numbers, not "emissão via Sicredi"
    "bank_account": cue(
        r"bank account(?: numbers?| details)?",
        r"bank details",
        r"ag[eê]ncia e (?:a )?conta",
        r"(?:números?|dados) (?:d[ae] )?conta(?: bancária)?",
        r"conta bancária",
        r"(?:números? de )?cuenta bancaria",
        r"números? de cuenta",
        r"datos bancarios",
        r"(?:nomor )?rekening",
        r"iban",
    ),
    # "apa nomor sertifikat halal...?", "what's the PO number?": the number itself
    "code": cue(
        r"(?:certificate|registration|licen[cs]e|permit|policy|purchase order|po|contract|invoice|"
        r"tax|vat|company) (?:id |reference )?numbers?",
        r"números? (?:de |do |da |del )?(?:certificado|registro|licen[cç]a|licencia|apólice|póliza|"
        r"pedido|contrato|factura|fatura|nota fiscal)",
        r"nomor (?:sertifikat|registrasi|izin|polis|po|kontrak|invoice|faktur|npwp|nib)",
        r"(?:cnpj|npwp|nit|rut|cuit|ruc)",
    ),
}
# what gives each (the e-mail address first: "endereço de e-mail")
_GIVES: dict[str, Callable[[str], bool]] = {
    **_REACH,
    "address": gives_address,
    "bank_account": gives_bank_account,
    "code": gives_code,
}
# what makes a word of another only with it: "one-off", "set-up", "add-on", "roll-out"
_PARTICLES = frozenset(
    ["off", "up", "in", "on", "out", "over", "down", "back", "through", "one", "two", "single"]
)
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+-[^\W\d_]+(?![\w-])")
# a word of short parts that alone say nothing: "Wi-Fi", "Hi-Fi"
_SHORT_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]{1,2}-[^\W\d_]{1,2}(?![\w-])")


# a word beside an acronym the account never writes, given as another way to say it: "till /
# POS", "POS / till" (not "the SLA or uptime": two things)
_ALTERNATIVE = re.compile(r"(?<![\w-])[a-zà-ÿ][\w-]*\s*/\s*$|\s*/\s*[a-zà-ÿ]")


def analyse(
    question: str,
    account_words: set[str],
    idf: Callable[[str], float],
    translated: bool = False,
    topic: str = "",
) -> Question:
    """Content terms (weighted by rarity in the account), expected answer type, own values.
    A term is looked for in its other forms and languages when the account never uses it, or
    always when ``translated`` (a contract is often in another language than the calls).
    ``topic`` is the part of ``question`` an earlier question lent it ("how many SKUs does it
    involve" + "the retailer's private-label contract"): its words weigh half as much."""
    terms: list[_Term] = []
    seen: set[str] = set()
    absent = idf("\x00absent")
    proper = {
        t
        for m in _CAPITALISED.finditer(question)
        if m.start() > 0 and m[0] not in _NOT_NAMES
        for t in tokenize(m[0])
        if len(t) > 5
    }
    # a count without what it sets aside is another count: "how many staff, not counting the
    # players?" keeps its words
    asked = question if _COUNT_Q.search(question) else _APART_FROM.sub(" ", question)
    asked = _ON_BEHALF.sub(" ", asked)
    # "¿qué porcentaje tenían antes de comprar?": before, as a baseline; the material seldom
    # says the buying
    asked = _BEFORE_BUYING.sub(" ", asked)
    for m in _ACRONYM.finditer(asked):
        if (
            len(m[0]) > 2
            and idf(m[0].lower()) >= absent
            and (_ALTERNATIVE.search(asked, 0, m.start()) or _ALTERNATIVE.match(asked, m.end()))
        ):
            seen.add(m[0])  # "which till / POS system?": the word beside it says what it names
            continue
        if m[0].lower() not in account_words and m[0] not in seen:
            seen.add(m[0])
            # "SLA" is also said "service levels", "POS" "point of sale"
            out = _forms_of(m[0].lower()) if m[0].lower() in _table() else ()
            stems = frozenset(stem(f) for f in out if f and " " not in f)
            forms = frozenset(f for f in out if " " in f)
            terms.append(_Term(m[0], absent, stems, forms, acronym=True))
    for m in _HYPHENATED.finditer(asked):
        # "one-off", "add-on", "sign-off" are one word, a concept's ("one-time"), not "the one"
        # and "signs off" ("go-live" is still "live on 1 Feb")
        parts = tokenize(m[0].replace("-", " "))
        phrase = " ".join(parts)
        found = _phrases().get(phrase)
        if (
            len(parts) == 2
            and (parts[1] in _PARTICLES or parts[0] in _PARTICLES)
            and found is not None
            and phrase not in seen
        ):
            seen.update([phrase, *parts])
            weight = max(idf(p) for p in parts)
            terms.append(_Term(m[0].lower(), weight, found[0], found[1] | {phrase}))
    for m in _SHORT_COMPOUND.finditer(asked):
        # "Wi-Fi" is "WiFi", "wifi" or "Wi-Fi", as rare as its rarer part
        parts = tokenize(m[0].replace("-", " "))
        joined = "".join(parts)
        if (
            len(parts) == 2
            and joined not in seen
            and joined not in account_words
            and joined not in STOPWORDS
        ):
            seen.add(joined)
            weight = min(idf(joined), max(idf(p) for p in parts))
            terms.append(
                _Term(joined, weight, frozenset({stem(joined)}), frozenset({" ".join(parts)}))
            )
    for token in tokenize(_CONTRACTION.sub(" not", asked)):
        if (
            token in STOPWORDS
            or token in account_words
            or token in seen
            or token.upper() in seen
            # "P1", "Q3", "4G" are names; "of" is not
            or (len(token) <= 2 and token.isalpha())
        ):
            continue
        seen.add(token)
        # as rare as its family: "monthly" is common where "months" is ("~month", its first
        # five letters, is indexed beside every long word)
        weight = idf(token) if len(token) < 5 else min(idf(token), idf(f"~{stem(token)}"))
        if token in proper and weight < absent:
            # a name the account uses ("ControlObra"): the word itself, not "control"
            terms.append(_Term(token, weight, frozenset({stem(token)}), frozenset(), proper=True))
            continue
        # its translations too: material mixes languages ("order form" in an Indonesian call,
        # "36 bulan" in the contract)
        if weight >= absent or translated or token in _words_of(_PERIOD_CONCEPTS):
            # (a period in any of its forms: "annual" is "£32k/yr", "per year")
            stems, forms = concept_forms(token)
        else:  # a word the account uses: its own form, and what says it in other languages
            stems, forms = translations(token)
            stems |= {stem(token)}
        if token in RANK_WORDS:  # "el segundo y tercer año" is "los años 2 y 3"
            stems |= {RANK_WORDS[token]}
        elif not token.isdigit() and token != "once" and small_number(token) is not None:
            # "satu jam": "1 jam" (English "once" is no "once", eleven)
            stems |= {str(small_number(token))}
        reach = next((p for c, p in _REACH.items() if _says(token, c, True)), None)
        terms.append(
            _Term(token, weight, stems, forms, promise=_says(token, "promise", True), reach=reach)
        )
    terms = _with_bracketed_aliases(terms, question)
    foreign = sum(t.weight >= absent for t in terms) * 2 > len(terms)
    # a word the account never uses, in any language, is as likely a paraphrase ("final round"
    # for "came back last week") as the missing topic: it weighs as much as an average word,
    # not as much as the rarest one
    unused = {t.token for t in terms if t.weight >= absent}
    unknown = [t for t in terms if t.token in unused and t.stems == {stem(t.token)}]
    known = [t.weight for t in terms if t not in unknown]
    if unknown and known:
        mean = sum(known) / len(known)
        terms = [replace(t, weight=mean) if t in unknown else t for t in terms]
    # "loop" of "in the loop" is a word the account never uses, whatever it now weighs
    terms = _with_phrases(terms, tokenize(question), unused, translated)
    head = _kind_word(question)
    if head is not None:  # "em que sistema...?": Sankhya answers it, without the word "sistema"
        terms = [_weak(t) if t.token == head else t for t in terms]
    # "the organization's headcount", "o dono da empresa": the customer, which the material
    # seldom calls so
    itself = {
        t for m in _THE_CUSTOMER.finditer(question) for t in tokenize(m["noun"] or m["noun2"])
    }
    terms = [_weak(t) if t.token in itself else t for t in terms]
    # "what are they using to build rotas?": "Rosters live in the Access database" answers it,
    # without the verb (in any question: "use", or "connect to", is seldom what it asks about)
    # "USA" is no "usa", "PT Integra" no "integra"
    terms = [
        _weak(t) if not (t.acronym or t.proper) and _LIGHT_VERB.fullmatch(t.token) else t
        for t in terms
    ]
    # "when did the sales rep say the offline mode would be available?": what was said, not
    # who said it (the sentence seldom names its speaker's role)
    if _TOLD.search(question):
        seller = {t for m in _OUR_SELLER.finditer(question) for t in tokenize(m[0])}
        terms = [t for t in terms if t.token not in seller or t.proper] or terms
    # "when is the first invoice raised?": raised as a document is, not increased
    made = {
        t for m in _DOCUMENT_MADE.finditer(question) for t in tokenize(m["verb"] or m["making"])
    }
    terms = [_weak(t) if t.token in made else t for t in terms]
    make = _MAKE_Q.search(question) is not None
    if make:  # "merek turnstile apa?": the make is the kind of answer
        terms = [_weak(t) if t.token in _MAKE_WORDS else t for t in terms]
    language = detect_language([question])
    if language == "es":  # "la tasa de inasistencia actual": now (in English, not the budget)
        terms = [t for t in terms if t.token != "actual"]
    if language != "id":  # (no plural "s" in Indonesian: "kamis", "kami")
        terms = [
            t if t.proper or t.acronym else replace(t, stems=t.stems | _number_forms(t.token))
            for t in terms
        ]
    # "no-show" is no "show" ("show them the app"): the word after its "no", either number
    negated = {"".join(tokenize(m[2])): m[1].lower() for m in _NEGATED_COMPOUND.finditer(question)}
    terms = [
        replace(t, stems=frozenset(), forms=frozenset(_negated_forms(negated[t.token], t.token)))
        if t.token in negated
        else t
        for t in terms
    ]
    if topic:
        own_words = set(tokenize(question.replace(topic, " ")))
        terms = [
            t if t.token.lower() in own_words else replace(t, weight=t.weight * TOPIC_WEIGHT)
            for t in terms
        ]
    expects = _expected_type(question)
    percent = expects == "number" and _PERCENT_Q.search(question) is not None
    if expects == "number":
        # "¿cuál es la tasa de inasistencia?": "Inasistencia promedio del 18%" answers, without
        # the word for a rate; "sampai angka berapa?", without the word for a figure
        kinds = _FIGURE_WORDS | (_words_of(("rate", "percentage")) if percent else frozenset())
        if _MONEY_Q.search(question):  # "¿cuánto vale el contrato en total?": not a year's
            kinds -= {"total"}
        terms = [_weak(t) if t.token in kinds else t for t in terms]
        if HOW_LONG.search(question):
            # "how long does it take to build the log?": "4 jam per stasiun" answers, without
            # the words that ask for a length of time (a verb of it, "tardan", is often said)
            terms = [_weak(t) if t.token in _HOW_LONG_WORDS else t for t in terms]
    if expects == "date":
        # "¿qué día de la semana podemos contar con su informático?": "SOLO VIERNES" answers,
        # without the words for a day or a week
        terms = [_weak(t) if t.token in _DAY_KIND_WORDS else t for t in terms]
    # a word saying what kind of answer is wanted (its kind, "use") weighs less than what the
    # question is about, however rare ("what accounting program...?": "Accounts are in Xero");
    # not a money verb, weakened below: "how much does the payments module cost?" still needs
    # its "payments"
    topical = [t.weight for t in terms if not t.weak]
    if topical:
        most = KIND_WEIGHT * sum(topical) / len(topical)
        terms = [replace(t, weight=min(t.weight, most)) if t.weak else t for t in terms]
    money = (
        expects == "number"
        and _MONEY_Q.search(question) is not None
        and _PERCENT_Q.search(question) is None
    )
    if money:  # "¿cuánto pagan de abono?": "Abono mensual: USD 3.200" answers, without "pagan"
        terms = [_weak(t) if _MONEY_VERB.fullmatch(t.token) else t for t in terms]
    own = {_number_key(m[0]) for m in _NUMBER.finditer(question)} | {
        m[0] for m in _CAPITALISED.finditer(question)
    }
    own |= account_words
    counted_words = set()
    for m in _HOW_MANY.finditer(question):
        # "berapa biaya" asks an amount, not a count of "biaya"; "¿a cuántos guardas les vamos
        # a cobrar?" counts guards
        if not _MONEY_Q.search(m[0]) and not _MONEY_WORD.search(m["what"]):
            counted_words |= _counted(m)
    return Question(
        question,
        tuple(terms),
        expects,
        frozenset(own),
        foreign,
        # "how many locations?": "44 sites" says it, whichever word the account uses more
        counted=tuple(
            # "berapa SKU": an acronym keeps its case in the question, not where it is counted
            replace(t, stems=t.stems | concept_forms(t.token.lower())[0])
            for t in terms
            if t.token.lower() in counted_words
        ),
        money=money,
        per=_priced_per(question) if money else frozenset(),
        day=expects == "date" and _DAY_Q.search(question) is not None,
        months=_months_named(question),
        measure=_measure_asked(question),
        percent=percent,
        # (not "how many WhatsApp numbers?", "who updates the billing address?")
        detail=None
        if expects in ("person", "date") or counted_words
        else next((_GIVES[k] for k in _GIVES if _DETAIL_ASKED[k].search(question)), None),
        make=make,
        duration=expects == "number"
        and (HOW_LONG.search(question) or _PERIOD_Q.search(question)) is not None,
    )


# the generic noun a "which"/"what" question opens on names the kind of its answer ("which
# vendor", "em que sistema", "sistem apa"): the answer names one, and often not the kind
_KINDS = ("system", "platform", "software", "tool", "app", "vendor", "company")
# what names software only after "which"/"what" ("what accounting program?"); elsewhere a
# programme of work or a support package
_SOFTWARE_WORDS = frozenset(("program", "programs", "package", "packages"))
_KIND_WORD = re.compile(
    r"^\W*(?:(?:em|en|in|on|from|de|dari|di)\s+)?(?:which|what|qual|quais|que|qué|cuál|cuáles)"
    r"\s+(?:(?:kinds?|types?|sorts?) of\s+|(?:tipos?|clases?) de\s+)?(?P<kind>[\w-]+)"
    r"(?:\s+(?P<second>[\w-]+))?"
    r"|^\W*(?P<kind_id>[\w-]+)\s+(?:apa|mana)\b",
    re.IGNORECASE,
)
KIND_WEIGHT = 0.5
# a word a "no" or "non" turns into another: "no-show", "non-compete"
_NEGATED_COMPOUND = re.compile(r"(?<![\w-])(no|non)-(\w+)", re.IGNORECASE)


def _negated_forms(negation: str, token: str) -> set[str]:
    """ "no show" and "no shows", whichever of them the question wrote."""
    base = token[:-1] if token.endswith("s") and len(token) > 3 else token
    return {f"{negation} {base}", f"{negation} {base}s"}


# our seller, by role: "the sales rep", "our account executive", "el vendedor", "sales kita"
# (not "sales growth", "their sales team")
_OUR_SELLER = re.compile(
    r"(?<!\w)(?:(?:the|our|el|la|o|a|nuestro|nuestra|nosso|nossa)\s+(?:sales\s+(?:rep|person|"
    r"guy|executive)|(?:vp|head|director) of sales|rep|salesperson|account executive|"
    r"vendedor(?:a)?|(?:ejecutiv[oa]|executiv[oa])"
    r" (?:de )?(?:cuentas?|contas?|ventas|vendas))|sales kita)(?!\w)",
    re.IGNORECASE,
)
# a question on what someone said: "did ... say", "disse", "dijo", "bilang"
_TOLD = cue(
    r"s(?:ay|aid|ays)",
    r"t(?:ell|old)",
    r"promis(?:e|ed)",
    r"mention(?:ed)?",
    r"disse",
    r"dijo",
    r"prometi[óo]",
    r"prometeu",
    r"falou",
    r"bilang",
    r"janji(?:kan)?",
)
# a document's making: "the invoice is raised", "issue the PO", "credit note sent"
_DOCUMENTS = r"(?:invoices?|po|purchase orders?|tickets?|credit notes?|quotes?|certificates?)"
_DOCUMENT_MADE = re.compile(
    rf"(?<!\w){_DOCUMENTS}\s+(?:(?:is|are|was|were|be|been|gets?|got|will be)\s+)?"
    r"(?P<verb>raised|issued|generated|sent)\b"
    r"|(?<!\w)(?P<making>rais(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|generat(?:e|es|ed|ing))\s+"
    rf"(?:(?:the|an?|our|their|its|first|next)\s+){{0,2}}{_DOCUMENTS}(?!\w)",
    re.IGNORECASE,
)
# a verb that says what is done with the answer, not what it is about: "use", "connect to",
# "give"
_LIGHT_VERB = cue(
    r"us(?:e|es|ed|ing)",
    r"us(?:a|am|an|amos|ando|aban|avam)",
    r"utiliz(?:a|am|an|ando|amos)",
    r"(?:me|di)?(?:pakai|makai|gunakan|pake)",
    r"menggunakan",
    # what they connect to: "¿a qué ERP tenemos que conectarnos?" is answered by "SAP Business One"
    r"connect(?:s|ed|ing)?",
    r"integrat(?:e|es|ed|ing)",
    r"plug(?:s|ged|ging)?",
    r"conect(?:a|am|an|ar|armos|arnos|arse|amos)",
    r"integr(?:a|am|an|ar|armos|arnos|amos)",
    r"(?:meng)?hubung(?:kan)?",
    # a verb that says little of what is asked: "what discount did we give them?"
    r"g(?:ive|ives|ave|iven|iving)",
    r"d(?:ar|imos|ieron|io|eram|eu)",  # (not "demos", nor "dado": data)
    r"(?:mem|di)?beri(?:kan)?",
)


# the customer named by a common noun: "the organization's", "their company's", "da empresa"
_THE_CUSTOMER = re.compile(
    r"(?<!\w)(?:(?:the|their|this) (?P<noun>organi[sz]ation|company|business|firm)['’]s"
    # (or its whole chain or book: "da rede", "da carteira", "de la cadena")
    r"|(?:da|de la|del) (?P<noun2>empresa|organização|organización|companhia|compañía|rede|"
    r"carteira|cadena|cartera))"
    r"(?!\w)(?! de\b)",
    re.IGNORECASE,
)


def _weak(term: _Term) -> _Term:
    """``term`` as a word that says what kind of answer is wanted."""
    return replace(term, weight=term.weight * KIND_WEIGHT, weak=True)


def _kind_word(question: str) -> str | None:
    """The token of the noun that names the kind of answer the question asks for, if any."""
    m = _KIND_WORD.search(question)
    if m is None:
        return None
    # "which accounting system": the kind may follow a word that says which ("what is platform
    # adoption like?" opens on no kind)
    first = m["kind"] or m["kind_id"]
    for word in (first, None if first.lower() in STOPWORDS else m["second"]):
        tokens = tokenize(word or "")
        if tokens and (
            tokens[0] in _SOFTWARE_WORDS
            or any(_says(tokens[0], kind, whole=True) for kind in _KINDS)
        ):
            return tokens[0]
    return None


_PERIODS = frozenset((
    "year", "years", "ano", "anos", "month", "months", "mes", "meses", "week", "weeks", "semana",
    "semanas", "day", "days", "dia", "dias", "quarter", "trimestre", "tahun", "bulan", "hari",
))  # fmt: skip


def _with_phrases(
    terms: list[_Term], tokens: list[str], unused: set[str], translated: bool
) -> list[_Term]:
    """Terms that together say a concept of several words ("price increases") are each also
    looked for in that concept's forms ("reajuste"): the words in ``unused`` (the account never
    uses them), every word when ``translated``, and always a period a function word makes a rate
    of ("al año" is "anual")."""
    extra: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    idioms: set[str] = set()
    for words, found in _phrases_in(tokens):
        for token in words:
            stems, forms = extra.get(token, (frozenset(), frozenset()))
            extra[token] = (stems | found[0], forms | found[1])
        if len(words) == 2 and any(t in STOPWORDS for t in words):
            idioms.update(t for t in words if t in _PERIODS)
    return [
        replace(t, stems=t.stems | extra[t.token][0], forms=t.forms | extra[t.token][1])
        if t.token in extra
        and (t.token in unused or translated or t.token in idioms)
        and not t.proper
        else t
        for t in terms
    ]


# a question that opens on another question word, whose "when" starts a clause: "which rival
# was still in the running when pricing was being negotiated?", "who was there when we demoed?"
_WH_OPENING = re.compile(
    r"^\W*(?:which|what|who|whom|whose|how|where|qual|quais|quem|o que|como|onde|qu[ée]|"
    r"qui[ée]n(?:es)?|cu[áa]l(?:es)?|c[óo]mo|d[óo]nde|siapa|apa|berapa|mana)\b",
    re.IGNORECASE,
)
_CLAUSE_WHEN = re.compile(
    r"(?<=\w)\s+(?<!\band )(?<!\bor )(?<!\bbut )(?<!\bby )(?<!\be )(?<!\bou )(?<!\bmas )"
    r"(?<!\baté )(?<!\bsince )(?<!\buntil )(?<!\bdesde )(?:when|quando)\b[^?]*",
    re.IGNORECASE,
)


def _expected_type(question: str) -> AnswerType | None:
    """What kind of value answers the question; None for a yes-or-no question or any value."""
    if _DATE_SET.search(question):
        return "date"
    if _YES_NO.search(question):
        return None
    if _WH_OPENING.search(question):
        question = _CLAUSE_WHEN.sub("", question)
    if _DATE_Q.search(question):
        return "date"
    if _NUMBER_Q.search(question):
        return "number"
    if _PERSON_Q.search(question):
        # "siapa pemasok sensornya?" asks for a company by "who"; "¿cómo se llama el sistema
        # académico?" a product's name
        thing = ASKS_ORGANISATION.search(question) or _SYSTEM_NAMED.search(question)
        return "name" if thing else "person"
    # "what accounting program are the clubs using?": a product's name (not "what does the
    # system do?")
    if _NAME_Q.search(question) or _ORGANISATION_Q.search(question) or _kind_word(question):
        return "name"
    return None


# "¿qué empresa les da la centralita?", "qual é o provedor...?": a company asked for, with
# the company the head of what is asked (not "what is the company's biggest risk?")
_ORGANISATION_Q = re.compile(
    rf"(?<!\w)(?:qué|que|qual|quais|cuál|cuáles)(?: (?:é|são|es|son|era|foi|fue))?"
    rf"(?: (?:o|a|os|as|el|la|los|las))? {ORGANISATION.pattern}",
    re.I,
)


def _counted(m: re.Match[str]) -> set[str]:
    """What "how many" counts: its head, "maintenance technicians" (English puts it last,
    unless the second word is the verb: "how many stores use the scales"; a third word may be
    the head or the verb: "parent phone calls hit"; a longer compound, up to the verb that ends
    it, by any of its words: "Shiftbridge Core user licences did..."), "licencias de agente"
    (Portuguese, Spanish and Indonesian put it first; the complement may be what the material
    counts: "120 usuarios funcionarios" for "licencias de funcionario")."""
    words = [t for t in tokenize(m["what"]) if t not in STOPWORDS]
    joined = m["what"].split()
    if len(joined) == 2 and joined[1].lower() in ("and", "or", "e", "ou", "y", "o", "dan", "atau"):
        # "how many elevator and escalator units?": each, and what they are counted as
        after = tokenize(m.string[m.end() :])
        return {*words, *takewhile(lambda t: t not in STOPWORDS, after[:2])}
    if len(words) > 1 and words[0] in _CLASSIFIERS:
        # "berapa unit tablet": Indonesian counts tablets with a classifier before them
        if words[1] in _SUMMED:
            return set()  # "berapa jumlah total nilai kontrak?" asks an amount
        words = words[1:]
    if not words:
        return set()
    if not m[0].lower().startswith("how"):
        return {words[0], *tokenize(m["of"] or "")}
    if len(words) == 1:  # (English has no "of" after it: "how many users do agents need?")
        return {words[0]}
    # (after what is counted: the "do" of "how many active members do the two branches have?"
    # is no Portuguese "of the")
    after = tokenize(m.string[m.end("what") :])[:3]
    if after and after[0] in _OBJECT_OPENERS:
        return {words[0]}
    # a compound may run on past two words: "how many parent phone calls hit dispatch?"; up to
    # the verb that ends it, its last words: "how many Shiftbridge Core user licences did..."
    ends = next((i for i, t in enumerate(after) if t in _AUXILIARIES), None)
    if ends and not any(t in STOPWORDS for t in after[:ends]) and len(words) == 2:
        # (the material may count it by any of its words: "180 crew users" for "crew app
        # licenses")
        return {*words, *after[:ends]}
    longer = [after[0]] if after and after[0] not in STOPWORDS and len(words) == 2 else []
    return {words[-1], *longer}


# a time before the deal, which says a baseline: "before buying", "antes de comprar", "antes da
# compra", "sebelum beli"
_BEFORE_BUYING = re.compile(
    r"(?<!\w)(?:before|antes d[eao]|sebelum)\s+(?:(?:they|we|the|a|o|la|el|kami|mereka)\s+)?"
    r"(?:buying|bought|purchasing|signing|signed|comprar|compra|contratar|contratarnos|"
    r"firmar|assinar|assinatura|membeli|beli|teken)(?!\w)",
    re.IGNORECASE,
)
# the words that only ask for a length of time: "how long does it take", "berapa lama",
# "quanto tempo", "cuánto tiempo"
_HOW_LONG_WORDS = frozenset(("long", "take", "takes", "took", "lama", "tempo", "tiempo"))


def asks_company_or_product(question: str) -> bool:
    """Whether the question asks for a company or a piece of software ("siapa nama vendor...?",
    "ke sistem payroll apa?"), which no person's name answers."""
    return bool(ASKS_ORGANISATION.search(question) or ASKS_SOFTWARE.search(question))


def asks_for_date(question: str) -> bool:
    """Whether the question asks when ("kapan ditandatangani?")."""
    return _DATE_Q.search(question) is not None


def asks_for_number(question: str) -> bool:
    """Whether the question asks for a number: how much, how many, how long, which version or
    rate ("berapa nilai kontrak...?")."""
    return _NUMBER_Q.search(question) is not None


def asks_for_person(question: str) -> bool:
    """Whether any part of the question asks who ("when was it approved, and by whom?")."""
    return _PERSON_Q.search(question) is not None


# the date a document bears: "dated 27 November 2026", "contrato de fecha 3 de marzo de 2026",
# "datado de", "tertanggal 5 Mei 2026" (not "con fecha de término 31/12/2027", an end)
_DATED = re.compile(
    r"(?<!\w)(?:dated|de fecha|datad[oa] de|tertanggal|bertanggal)\s+[\w ./-]{0,30}?\d{4}"
    # a signature's or a form's "Date: 15 May 2026"
    r"|(?:^|\n)\W*(?:date|data|fecha|tanggal)\s*:\s*[\w ./-]{0,30}?\d{4}",
    re.IGNORECASE,
)


def _runs_until(text: str) -> bool:
    """Whether ``text`` gives a day something runs until ("until 30 June", "vence el 31/12"), or
    a span of two days ("1 June 2026 – 31 May 2029")."""
    dates = find_dates(_DATED.sub(" ", text))
    return len(dates) >= 2 or bool(dates and (UNTIL.search(text) or _says(text, "end")))


def has_type(units: list[str], question: Question, people: list[str]) -> bool:
    """Whether the sentences hold a value of the type the question asks for, other than its own."""
    text = " ".join(units)
    if question.detail is not None:  # "what phone number...?": the number, whatever else
        return question.detail(text)
    if question.make:
        # (or the reply to a question naming the thing: "Sekarang di cabang pakai turnstile
        # apa? Semua ZKTeco, Mbak.")
        return any(_made_by(unit, question) for unit in units) or any(
            unit.rstrip().endswith("?") and _made_by(f"{unit} {reply}", question, reach=3)
            for unit, reply in pairwise(units)
        )
    if question.expects is None:
        return True
    if question.expects == "number":
        if question.duration:
            # a day something runs until, or a span from one day to another, not the day a
            # document is dated ("the Data Processing Agreement dated 27 November 2026
            # applies") nor one something happens on ("live on 30 June 2025")
            return any(_says_length(u) or _runs_until(u) for u in units)
        if question.counted:
            # "quantos sócios?": a number next to what is counted ("seis sócios", "camas: 380"),
            # not "the partners' committee meets on 22/10"
            return any(_count_of(unit, question) for unit in units) or any(
                # "master obat kira-kira berapa item? Sekitar 6.800 SKU.": the count asked in a
                # call, and the reply opening on a number
                unit.rstrip().endswith("?")
                and _HOW_MANY.search(unit)
                and _found(unit, question.counted)
                and _OPENS_ON_NUMBER.match(reply)
                for unit, reply in pairwise(units)
            )
        amount = bool(find_money(text) or _MONEY_WORD.search(text))
        if _PENALTY.search(question.text):
            if not (amount or PERCENT.search(text)):
                return False  # "qual é a multa?": an amount or a share, not the contract's term
        elif question.money and not (
            amount
            or _per_same_unit(text, question.text)
            # "¿cuánto puede subir el precio?": a rise may be a share ("no más de 5%")
            or (PERCENT.search(text) and _says(question.text, "increase"))
        ):
            return False
        if question.per and (
            _priced_otherwise(text, question) or (not _per_said(text) and _counts_things(text))
        ):
            # "tarif per pesan?": not the price of the 250.000-message package, nor of "migrasi
            # ... hingga 250.000 segmen | Rp 60.000.000" for "tarif per halaman?" (but "we do
            # £600 even", the unit said the turn before)
            return False
        if question.percent and not _new_share(text, question):
            return False  # "what credit if availability falls below 99.9%?": not the 99.9%
        if (
            not question.money
            and _DISCOUNT_Q.search(question.text)
            and not (
                amount or PERCENT.search(text) or _says_length(text) or _GIVEN_FREE.search(text)
            )
        ):
            return False  # "how much of a discount?": a share, an amount, or months free
        if question.measure is not None and not question.measure.search(text):
            return False  # "berapa kecepatan internet (Mbps)?": "100 Mbps", not "dua kali"
        return _has_number(units, question)
    if question.expects == "date":
        said = {w.lower() for w in re.findall(r"\w+", question.text)}
        # the day stands in a sentence on the question's topic, or in the reply to one asking
        # it, where one is ("Offline tills before Easter" dates no training day; a sentence in
        # another language than the question's may hold none of its words)
        # (each sentence of a CRM field's line: "...inspección en primavera 2027. Pendiente
        # subvención de la Junta." dates no grant)
        sentences = [s for unit in units for s in split_sentences(unit)]
        topical = [any(not t.weak for t in found_terms(s, question)) for s in sentences]
        on_topic = [
            sentence
            for i, sentence in enumerate(sentences)
            if topical[i]
            or (i and sentences[i - 1].rstrip().endswith("?"))
            # "Preciso criar um usuário de integração. Consigo fazer isso lá pelo dia 15 de
            # janeiro.": a sentence about the one before
            or (i and topical[i - 1] and _REFERS_BACK.search(sentence) is not None)
        ]
        text = " ".join(on_topic) if on_topic else text
        if not _SPEECH_VERB.search(question.text):
            # "Extra Saturday training day promised 28/09": the day it was said, not the day
            text = _SPOKEN_ON.sub(" ", text)
        # "tanggal berapa persisnya RUPS bulan Maret 2027?": a day in March, not "go-live 15
        # Februari 2027 ... dashboard di RUPS"
        months = question.months
        dates = find_dates(text)
        # a weekday or a year beside a day in another month ("hari Senin, 12 April 2027") is
        # that day's
        elsewhere = bool(months) and any(
            d.iso.count("-") == 2 and int(d.iso[5:7]) not in months for d in dates
        )
        return (
            # "tanggal berapa persisnya...?": a day, not "bulan Maret 2027"
            any(
                (not question.day or d.iso.count("-") == 2)
                and (not months or int(d.iso[5:7]) in months)
                for d in dates
            )
            # "¿en qué fecha exacta de julio...?": not "en julio" again, but "el 14 de julio"
            or any(not months or _months_named(m[0]) & months for m in _DAY_BESIDE.finditer(text))
            or (
                not question.day
                and not months
                and any(m[0].lower() not in said for m in MONTH_NAME.finditer(text))
            )
            or any(
                not elsewhere
                and m[0].lower() not in question.own_values
                and not (_DAY_WORD.fullmatch(m[0]) and _ANY_ONE.search(text[: m.start()]))
                and m[0].lower() not in said
                for m in (_DAY_WORD if question.day else _DATE_WORD).finditer(text)
            )
        )
    if question.expects == "person":
        if NAME_ASKED.search(question.text) and any(_unnamed(u, question) for u in units):
            # "qual é o nome da médica?": "a gente tem uma médica na equipe" names none
            return False
        return any(_named_near_term(unit, question, people) for unit in units)
    # "which plan", "which release": a number may name it; "which agents" wants names
    if ASKS_ORGANISATION.search(question.text):
        # "¿qué proveedor de internet...?", "who is their insurer?": a company named after what
        # it provides, not a name before it ("Siigo, Soacha sin internet estable")
        return any(
            _organisation_named(unit, question, people) and not _some_kind(unit, question, people)
            for unit in units
        )
    if ASKS_SOFTWARE.search(question.text):
        # "ke sistem payroll apa?": a product, which no person's name ("Bu Sri", "Pak Rudi dari
        # finance") is
        return any(_name_spans(unit, question, people, organisation=True) for unit in units)
    numbered = _NUMBERED_NAME.search(question.text) is not None
    return any(_name_spans(unit, question, people) for unit in units) or (
        numbered and _has_number(units, question)
    )


# what may stand between a figure and what it is per: its scale or currency ("forty thousand
# pounds a truck", "fifty-five cents a connection")
_AMOUNT_WORDS = (
    r"(?:\s+(?:thousand|hundred|million|mil|milhões|millones|ribu|juta|k|reais|real|euros?|"
    r"dollars?|d[oó]lares|pounds?|rupiah|pesos|cents?|centavos|céntimos))*"
)
# a price per unit: "por loja", "per-truck", "each licence"
_PER = re.compile(r"(?<!\w)(?:per|por|each|cada|a cada|tiap|setiap)[\s-]+(\w{3,})", re.IGNORECASE)


def _per_same_unit(text: str, question: str) -> bool:
    """Whether ``text`` gives a figure per the unit the question prices, with no currency
    written: "Fica oitocentos e setenta e dois por loja" for "quanto custa a licença por loja?",
    "nineteen fifty a truck" for "what per-truck price...?"."""
    units = {m[1].casefold() for m in _PER.finditer(question)}
    if not units:
        return False
    per = "|".join(re.escape(u) for u in units)
    # between the figure and the unit, only its scale or currency ("forty thousand pounds a
    # truck"): "quarenta funcionários por loja" counts people
    priced = re.compile(
        rf"(?<!\w){NUMBER_WORD}{_AMOUNT_WORDS}\s+(?:per|por|each|cada|"
        rf"a|an|tiap|setiap)[\s-]+(?:{per})(?!\w)",
        re.IGNORECASE,
    )
    return priced.search(text) is not None


# a figure's scale, between it and what it counts ("41.3k active members", "dua ribu unit")
_SCALES = frozenset(SCALES) | {"hundred", "millions", "millón", "ribu", "rb", "jt"}
# a reply opening on a count ("Sekitar 6.800 SKU"), not on "one" or an article ("Uma pergunta")
_OPENS_ON_NUMBER = re.compile(
    r"^\W*(?:(?:about|around|roughly|approximately|some|sekitar|kira-kira|kurang lebih|cerca de|"
    r"unos|unas|uns|umas|aproximadamente|mais ou menos|por volta de|alrededor de|uh|eh)"
    rf"[\s,]+)*(?!(?:one|um|uma|un|una|uno|satu|se)\b){NUMBER_WORD}(?!\w)",
    re.IGNORECASE,
)
_PENALTY = cue(r"penalt(?:y|ies)", r"fines?", r"multas?", r"penalidade", r"penalidad",
               r"penalizaci[oó]n", r"denda", r"penalti")  # fmt: skip


# a word pointing back at what the sentence before said: "fazer isso", "do that", "hacerlo"
_REFERS_BACK = re.compile(
    r"(?<!\w)(?:isso|disso|nisso|this|that|eso|esto|itu|ini|hacerlo|fazê-lo)(?!\w)", re.IGNORECASE
)


def _months_named(text: str) -> frozenset[int]:
    """The months ``text`` names by name ("bulan Maret" is {3})."""
    return frozenset(MONTHS[m[0].lower()] for m in MONTH_NAME.finditer(text))


# a day written with its month: "14 de julio", "July 14th", "the 14th of July"
_DAY_BESIDE = re.compile(
    rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th|º)?\s+(?:of\s+|de\s+)?{MONTH_NAME.pattern}"
    rf"|{MONTH_NAME.pattern}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d.,%])",
    re.IGNORECASE,
)
_PER_WORDS = frozenset(("per", "por", "each", "cada", "every", "tiap", "setiap"))
# what follows "per"/"por" without being a unit priced: "por encima del paquete", "per cent",
# "por cada uno", a period ("per year": how often, which the amount asked for may not say)
_NOT_UNITS = _PERIODS | frozenset((
    "encima", "debajo", "favor", "parte", "ciento", "cento", "cent", "meio", "medio", "ejemplo",
    "exemplo", "example", "instance", "uno", "one", "semester", "semestre", "minggu", "tahunnya",
    "bulannya",
))  # fmt: skip


def _priced_per(question: str) -> frozenset[str]:
    """The stems, in any language, of what the amount a question asks for is per."""
    tokens = tokenize(question)
    out: set[str] = set()
    for i, token in enumerate(tokens[:-1]):
        if token not in _PER_WORDS:
            continue
        unit = next((t for t in tokens[i + 1 : i + 3] if t not in _PER_WORDS), "")
        if unit and unit not in _NOT_UNITS and unit not in STOPWORDS and not unit.isdigit():
            # (its translations, not its concept's other senses: "pesan" is also an order)
            out |= {stem(unit)} | translations(unit)[0] | {stem(f) for f in _number_forms(unit)}
    return frozenset(out)


def _priced_otherwise(text: str, question: Question) -> bool:
    """Whether ``text`` names what the question prices per unit but not as the unit of a
    price: "Rp 36.000.000 (250.000 pesan/tahun)" for "tarif per pesan?", not "£6.00 per pupil",
    "nineteen fifty a truck", "Rp 4.500.000/kapal/bulan", nor "we do six pounds even" (the unit
    said in the sentence before)."""
    # a figure then "a" is "per" ("nineteen fifty a truck"; tokenize drops "a")
    tokens = _per_tokens(text)
    named = False
    for i, token in enumerate(tokens):
        if stem(token) not in question.per:
            continue
        named = True
        if any(t in _PER_WORDS for t in tokens[max(0, i - 3) : i]):
            return False
    return named


# a count of things: "250.000 segmen", "12 stores" (not an amount, a share, a length of time or
# a day: "£600 even", "2 billion", "20 percent", "12 months", "15 December")
_COUNT_OF_THINGS = re.compile(
    r"(?<![\w.,])\d[\d.,]*\s+(?!(?:thousand|hundred|million|billion|bn|mil|milhões|millones|"
    r"ribu|juta|miliar|reais|real|euros?|dollars?|d[oó]lares|pounds?|rupiah|pesos|percent|"
    r"per cent|por ciento|por cento|persen)(?!\w))[^\W\d_]{3,}",
    re.IGNORECASE,
)


# the unit a figure is asked in: "(Mbps)", "in GB", "dalam kWh"
_MEASURE_ASKED = re.compile(
    r"(?:\(|(?<!\w)(?:in|em|en|dalam)\s+)(?P<unit>[MGT]bps|[KMGT]B|kWh|MWh|kW|MW|kg|km|m²|m2)"
    r"(?=\)|\s*\?|\s*$|\s)",
)


def _measure_asked(question: str) -> re.Pattern[str] | None:
    """A figure in the unit ``question`` asks it in, if it names one ("(Mbps)": "100 Mbps"), or
    in a unit of the network speed it asks ("qual é a velocidade do link?": "200 mega", "1
    Gbps")."""
    m = _MEASURE_ASKED.search(question)
    if m is not None:
        return re.compile(rf"\d\s*{re.escape(m['unit'])}(?!\w)", re.IGNORECASE)
    if _SPEED_ASKED.search(question) and _LINK.search(question):
        return _SPEED
    return None


_SPEED_ASKED = cue(_SPEED_WORDS)
# what a network speed is of: "a velocidade do link de internet", "connection speed"
_LINK = cue(
    r"internet",
    r"link",
    r"connection",
    r"conex[ãa]o",
    r"conexi[óo]n",
    r"koneksi",
    r"bandwidth",
    r"banda",
    r"wi-?fi",
    r"fibra",
    r"fibre",
    r"fiber",
)
_SPEED = re.compile(
    r"\d\s*(?:[kmgt]b(?:ps|/s|its?)|mega(?:s|bits?)?|giga(?:s|bits?)?)(?!\w)", re.IGNORECASE
)


def _counts_things(text: str) -> bool:
    """Whether ``text`` counts something besides amounts, days and lengths of time."""
    for m in reversed(find_money(text)):
        text = f"{text[: m.start]} {text[m.end :]}"
    return any(
        tokenize(m[0])[-1] not in _PERIODS and MONTH_NAME.fullmatch(m[0].split()[-1]) is None
        for m in _COUNT_OF_THINGS.finditer(text)
    )


def _per_said(text: str) -> bool:
    """Whether ``text`` prices something per unit: "per", "each", "/bulan", "a truck"."""
    return any(t in _PER_WORDS for t in _per_tokens(text))


def _per_tokens(text: str) -> list[str]:
    """The tokens of ``text`` with "/" and a figure's "a" said "per" ("nineteen fifty a
    truck")."""
    return tokenize(_A_AFTER_FIGURE.sub(r"\1 per", text.replace("/", " per ")))


_A_AFTER_FIGURE = re.compile(rf"((?<!\w){NUMBER_WORD}{_AMOUNT_WORDS})\s+an?(?!\w)", re.IGNORECASE)


# an article before a weekday makes it any one: "on a Saturday of your choosing", "un sábado"
_ANY_ONE = re.compile(r"(?<!\w)(?:an?|any|un|una|um|uma|algún|algum|cualquier|qualquer)\s+$", re.I)
# a day something was said on: "promised 28/09", "acordado el 3/4", "dijanjikan tgl 5/2"
_SPEECH = (
    r"(?<!\w)(?:promised|agreed|said|mentioned|confirmed|discussed|raised|prometid[oa]s?|prometeu|"
    r"combinad[oa]s?|acordad[oa]s?|dijo|dijanjikan|disepakati)"
)
_SPOKEN_ON = re.compile(
    rf"{_SPEECH}(?:\s+(?:on|em|no dia|el(?: día)?|pada|tgl\.?|tanggal))?"
    r"\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?",
    re.IGNORECASE,
)
# the verbs alone: a question asking when something was said ("when was it promised?")
_SPEECH_VERB = re.compile(_SPEECH, re.IGNORECASE)


def _unnamed(text: str, question: Question) -> bool:
    """Whether ``text`` speaks of the one whose name the question asks as of anyone of that kind
    ("qual é o nome da médica?": "uma médica na equipe", "an engineer", "seorang dokter")."""
    asked = _NAME_OF.search(question.text)
    if asked is None:
        return False
    return _any_one_of(text, _stem_of(asked[1]), question, [])


def named_beside(text: str, question: Question, people: list[str]) -> bool:
    """Whether ``text`` names something soon after the noun whose name the question asks, and
    not as a place ("apa nama kapal mereka?": "dua kapal phinisi ..., KLM Samudra Dewi"; not "2
    kapal phinisi di Taman Nasional Komodo")."""
    if question.expects not in ("name", "person"):
        return False
    asked = _NAME_OF.search(question.text)
    head = asked[1] if asked is not None else _kind_word(question.text)
    if not head:
        return False
    key = _stem_of(head)
    nouns = [m.end() for m in re.finditer(r"[\w-]+", text) if key and _stem_of(m[0]) == key]
    # (where a name starts: "Taman Nasional Komodo" is said at "Taman")
    starts = [
        at for at in _name_spans(text, question, people) if not _NAME_GOES_ON.search(text, 0, at)
    ]
    # (in the same sentence: "temuan audit KAP. Kepala SMA Bekasi..." names no auditor)
    return any(
        0 < at - end <= _AFTER
        and not _PLACED.search(text, 0, at)
        and not _SENTENCE_BREAK.search(text, end, at)
        for end in nouns
        for at in starts
    )


def names_a_thing_asked(question: Question) -> bool:
    """Whether the question asks the name of a thing by its noun ("¿cómo se llama la
    gestoría...?", "siapa nama KAP...?"), which a name right beside that noun gives."""
    return question.expects == "name" and _NAME_OF.search(question.text) is not None


_AFTER = 60
"""How far after the noun asked about a name stands for it, in characters."""
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")
# the words that say where something is: "di", "in", "at", "em", "en", "no", "na"
_AT = "di|in|at|em|en|no|na"


def _organisation_named(text: str, question: Question, people: list[str]) -> bool:
    """Whether ``text`` names a company soon after a word of the question's ("insurer: Aviva",
    "la contabilidad la lleva Gestoría Ruiz"), or just before the kind asked ("Aviva is their
    insurer")."""
    starts = _name_spans(text, question, people, organisation=True)
    if not starts:
        return False
    stems = {s for t in question.terms if not (t.proper or t.acronym or t.weak) for s in t.stems}
    # (not a place: "call center 24 h en Zaragoza"; "caja de Geotrak" is a company's)
    starts = [at for at in starts if not _IN_A_PLACE.search(text, 0, at)]
    kind = _stem_of(_kind_word(question.text) or "")
    words = [m for m in re.finditer(r"[\w-]+", text) if _stem_of(m[0]) in stems | {kind} - {""}]
    return any(
        0 < at - m.end() <= _AFTER
        or (
            _stem_of(m[0]) == kind
            and 0 < m.start() - at <= 30
            and _IS_THE.fullmatch(_LEADING_NAME.sub("", text[at : m.start()])) is not None
        )
        for m in words
        for at in starts
    )


_IN_A_PLACE = re.compile(rf"(?<!\w)(?:{_AT})\s+$", re.IGNORECASE)


def _some_kind(text: str, question: Question, people: list[str]) -> bool:
    """Whether ``text`` speaks of any one of the kind of company asked for, naming none beside
    it ("vocês usam AWS e um provedor de SMS; quero o nome do provedor de SMS")."""
    kind = ORGANISATION.search(question.text)
    return kind is not None and _any_one_of(text, _stem_of(kind[0]), question, people, True)


_LEADING_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w&.'’-]*\s*)+")
# what joins a name to the kind it is: "Aviva is their insurer", "Claro es el proveedor de"
_IS_THE = re.compile(
    r"[\s,:(]*(?:(?:que|which|who|that|yang)\s+)?"
    r"(?:(?:is|was|will be|é|será|es|adalah|ialah|sebagai|as|como)\s+)?"
    r"(?:(?:the|their|our|its|o|a|el|la|su|seu|sua|nuestro|nuestra|nosso|nossa)\s+)?"
    r"(?:[\w-]+\s+)?",
    re.IGNORECASE,
)


def _stem_of(word: str) -> str:
    return stem(next(iter(tokenize(word)), ""))


_NAME_GOES_ON = re.compile(r"[A-ZÀ-Ý][\w-]*\s+$")
# a name said as a place: "di Komodo", "in Leeds", "em Caxias"; or where from ("dari Surabaya")
_PLACED = re.compile(rf"(?<!\w)(?:{_AT}|ke|dari|from|de)\s+$", re.IGNORECASE)


# the one whose name is asked: "nome da médica", "name of the engineer", "se llama la delegada"
_NAME_OF = re.compile(
    r"(?:name of (?:the |their |your |our )?|nome d[oa] |nombre del? (?:la )?|"
    r"c[óo]mo se llaman? (?:el |la |los |las )?|nama(?:nya)? )([\w-]+)",
    re.IGNORECASE,
)


# a kind of someone or something, not one: "uma médica", "an engineer", "un proveedor", "seorang
# dokter", "sebuah vendor" (not the Portuguese article "a": "a médica" is the one); and in
# English "a": "an Access database that a contractor built for us"
_SOME_ONE = re.compile(
    r"(?<!\w)(?:an|one|um|uma|un|una|uno|seorang|sebuah)\s+([\w-]+)(?:\s+([\w-]+))?",
    re.IGNORECASE,
)
_AN_ENGLISH_ONE = re.compile(r"(?<!\w)a\s+([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)
# a name the kind is said of just before: "ADP, a payroll provider", "Dave Hollis is a contractor"
_NAME_IS = re.compile(r"[A-ZÀ-Ý][\w'’.-]*,?\s+(?:(?:is|was|é|es|adalah)\s+)?$")
_BESIDE = 30
"""How far after "a contractor" a name stands for it, in characters."""


def _any_one_of(
    text: str, kind: str, question: Question, people: list[str], organisation: bool = False
) -> bool:
    """Whether ``text`` speaks of anyone or anything of the ``kind`` (a stem) with no name beside
    it: "a contractor built it", not "a contractor called Dave Hollis" or "ADP, a payroll
    provider"."""

    def of_kind(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        return [
            m for m in pattern.finditer(text)
            if any(stem(t) == kind for t in tokenize(f"{m[1]} {m[2] or ''}"))
        ]  # fmt: skip

    # (the language and the names are read only where the kind is spoken of)
    some = of_kind(_SOME_ONE)
    english = of_kind(_AN_ENGLISH_ONE)
    if english and detect_language([text]) == "en":
        some += english
    if not some:
        return False
    names = _name_spans(text, question, people, organisation)
    return any(
        not _NAME_IS.search(text, 0, m.start())
        and not any(0 < at - m.end() <= _BESIDE for at in names)
        for m in some
    )


def speaks_for_self(text: str, question: Question) -> bool:
    """Whether a speaker's sentence on the question's topic says "I" ("I'll register us for
    the conference"): who the speaker is answers "who?"; not when the speaker sends someone
    unnamed to do it ("I'll get our onboarding team out to all nine residences"), nor when the
    question asks for a name."""
    return (
        not text.rstrip().endswith("?")  # "Vocês, eu, a consultoria?" asks
        and NAME_ASKED.search(question.text) is None
        and _FIRST_PERSON.search(text) is not None
        and _SOMEONE_ELSE.search(text) is None
        and bool(found_terms(text, question))
    )


# a question asking for a name wants one written: "¿cómo se llama la delegada de protección de
# datos?" is not answered by "yo necesitaría una sesión técnica: dónde están los datos"
NAME_ASKED = cue(
    r"name of",
    r"what(?:['’]s| is) (?:the |their |her |his )?name",
    r"qual (?:é )?o nome",
    r"c[óo]mo se llaman?",
    r"nombre de",
    r"siapa nama(?:nya)?",
)
# someone unnamed sent to do it: "I'll get our onboarding team out", "mando um instrutor",
# "kami kirim trainer kami" (not "the training for our staff")
_SOMEONE_ELSE = cue(
    r"(?:get|send|have|bring|put) (?:our|a|an|some) (?:[\w-]+ )?(?:team|trainers?|instructors?|"
    r"consultants?|engineers?|specialists?|people|staff)",
    r"(?:mand\w+|envi\w+|levar|levo|colocar|coloco) (?:o |a )?(?:nosso|nossa|nossos|nossas|um|uma) "
    r"(?:[\w-]+ )?(?:time|equipe|instrutor(?:a|es)?|consultor(?:a|es)?|treinador(?:a|es)?|"
    r"especialistas?)",
    r"(?:mand\w+|envi\w+|llev\w+|pon\w+) (?:a )?(?:nuestro|nuestra|nuestros|un|una) (?:[\w-]+ )?"
    r"(?:equipo|formador(?:a|es)?|instructor(?:a|es)?|consultor(?:a|es)?|especialistas?)",
    r"(?:kirim|datangkan|turunkan) (?:tim|trainer|konsultan|instruktur|orang) (?:[\w-]+ )?"
    r"(?:kami|kita)",
    # an offer of more, which says who pays, not who does it: "eu coloco duas turmas extras",
    # "I'll throw in two more sessions", "te pongo dos jornadas", "saya tambahkan dua sesi" (not
    # "eu dou uma turma", I teach one)
    r"(?:coloco|incluo|adiciono|ofereço|pongo|incluyo|agrego|añado|regalo|add|throw in|include|"
    r"tambahkan|tambahin) (?:(?:mais|más|more|extra|another|lagi)(?!\w)|"
    rf"(?!(?:one|um|uma|un|una|uno|satu|se)(?!\w)){NUMBER_WORD})",
)


def found_terms(text: str, question: Question) -> list[_Term]:
    """The question's terms that ``text`` holds, in any language."""
    return _found(text, question.terms)


def _found(text: str, terms: tuple[_Term, ...]) -> list[_Term]:
    """The ``terms`` that ``text`` holds, in any language; "30" is held by "treinta"."""
    tokens = tokenize(text)
    if any(t.token.isdigit() for t in terms):
        tokens += [str(v) for v in spelled_in_any_language(text)]
    folded = f" {' '.join(tokens)} "
    stems = {stem(t) for t in tokens}
    return [t for t in terms if t.found_in(text, stems, folded)]


_YEAR = re.compile(r"(?:19|20)\d\d")
# a name or an opening bracket just before a year: "San Valentín 2026", "(2026"
_NAMED_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w-]*\s+|\()$")
_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?:part|phase|line|hangar|gate|building|level|floor|version|release|step|section|"
    r"article|clause|item|fase|linha|línea|etapa|nível|nivel|tahap|gedung|lantai|pasal|"
    r"cláusula|artigo|artículo)\s+$"
    # a rank: "#3 pharmacy chain", "nº 2"
    r"|(?<!\w)(?:#|n[º°o]\.?)\s*$",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"\s*(?:%|percent|per cent|por ciento|por cento|persen)", re.I)


def _with_bracketed_aliases(terms: list[_Term], question: str) -> list[_Term]:
    """The words an acronym in brackets spells out ("hen-day production (HDP)"), or a word in
    brackets says ("bread waste (merma)"), as one term, the bracketed one, as heavy as the
    heaviest of them: the material may write either, and holding one says all of them."""
    said: list[tuple[list[str], str]] = []
    for m in _SPELLED_OUT.finditer(question):
        letters = m["acronym"]
        words = re.findall(r"[^\W\d_]+", m["words"])[-len(letters) :]
        if len(words) == len(letters) and all(
            w[0].lower() == c.lower() for w, c in zip(words, letters, strict=True)
        ):
            said.append((words, letters))
    for m in _GLOSSED.finditer(question):
        said.append((re.findall(r"[^\W\d_]+", m["words"]), " ".join(tokenize(m["gloss"]))))
    for words, alias in said:
        spelled_out = " ".join(tokenize(" ".join(words)))
        spelled = [t for t in terms if t.token in spelled_out.split() and t.token != alias]
        if spelled and any(t.token == alias for t in terms):
            weight = max(t.weight for t in spelled)
            terms = [
                replace(t, weight=max(t.weight, weight), forms=t.forms | {spelled_out})
                if t.token == alias
                else t
                for t in terms
                if t not in spelled
            ]
    return terms


def _count_of(text: str, question: Question, reach: int = 2) -> bool:
    """Whether ``text`` puts a number the question does not hold next to what it counts (list
    numbering aside: "5. Communication plan for technicians")."""
    text = _NUMBERING.sub(lambda m: " " * len(m[0]), text)
    stems = set().union(*(t.stems for t in question.counted))
    per = {stem(m[1].casefold()) for m in _PER.finditer(question.text)} - stems
    # (unless a length of time is what is counted: "how many days notice...?")
    periods = frozenset() if any(t.token in _PERIODS for t in question.terms) else _PERIODS
    counted = [
        m for m in re.finditer(r"[\w-]+", text) if any(stem(t) in stems for t in tokenize(m[0]))
    ]
    # a date or a time counts nothing ("sócio-administrador, em 29/10")
    dates = [(d.start, d.end) for d in find_dates(text)]
    dates += [m.span() for m in _DAY_MONTH_OR_TIME.finditer(text)]
    numbers = [
        m
        for m in _NUMBER.finditer(text)
        if _number_key(m[0]) not in question.own_values
        and m[0].lower() not in _NOT_NUMBERS
        and not any(start <= m.start() < end for start, end in dates)
        # a share or a year counts nothing: "el 4,8 % de las cajas (San Valentín 2026)", where
        # "about 2000 boxes a day" does
        and not _SHARE_AFTER.match(text, m.end())
        and not (_YEAR.fullmatch(m[0]) and _NAMED_BEFORE.search(text, 0, m.start()))
        # a number a label names counts nothing: "Part 145 heavy maintenance", "Fase 2"
        and not _LABEL_BEFORE.search(text, 0, m.start())
        and not _DENIED_BEFORE.search(text, 0, m.start())
        # "quantas catracas em cada unidade?": "catracas Henry nas 14 unidades" counts units;
        # a length of time counts no licences: "a hundred and thirty licences for three weeks"
        and not any(stem(w) in per or w in periods for w in _words_after(text, m.end())[:1])
    ]

    # a table's row: the count in the cell after the item's ("| Licencia profesional (usuario
    # nominado) | 62 | 98.000 |")
    if text.lstrip().startswith("|"):
        cells = [m.span() for m in re.finditer(r"[^|]+", text)]
        if any(
            any(stem(t) in stems for t in tokenize(text[item[0] : item[1]]))
            and any(text[count[0] : count[1]].strip() == n[0] for n in numbers
                    if count[0] <= n.start() < count[1])
            for item, count in pairwise(cells)
        ):  # fmt: skip
            return True

    def between(a: int, b: int) -> int:
        """Words between two spans, but a scale ("41.3k active primary members", "dua ribu
        unit"), or a large number when they overlap or are reversed."""
        if a > b:
            return reach + 1
        return len([w for w in re.findall(r"\w+", text[a:b]) if w.lower() not in _SCALES])

    def counts(c: re.Match[str], n: re.Match[str]) -> bool:
        """Whether the number counts what is asked, beside it ("doze sócios", "twelve
        maintenance technicians", "camas: 380") or later in the clause "the number of" opens
        ("jumlah pengajar untuk modul Gaji tolong dinaikkan jadi 120")."""
        # (a number before a comma counts what it closes: "Nas duas, o médico virou
        # digitador" counts no doctors)
        if (
            between(n.end(), c.start()) <= reach and "," not in text[n.end() : c.start()]
        ) or between(c.end(), n.start()) <= reach:
            return True
        return (
            (_NUMBER_OF.search(text, 0, c.start()) or _FRONTED.search(text, 0, c.start()))
            is not None
            and between(c.end(), n.start()) <= _CLAUSE
            and not _CLAUSE_BREAK.search(text, c.end(), n.start())
        )

    return any(counts(c, n) for c in counted for n in numbers)


# "the number of", "o número de", "la cantidad de", "jumlah": the count follows later
_NUMBER_OF = re.compile(
    r"(?<!\w)(?:(?:number|count|total) of|(?:número|numero|quantidade|cantidad|total) de|jumlah|"
    r"banyaknya)\s+$",
    re.IGNORECASE,
)
# what is counted, said first as the topic: "On the patient records, we've got about 38,000",
# "Quanto às balanças, são 12", "Soal printer, ada 46"
_FRONTED = re.compile(
    r"^\W*(?:(?:and|so|e|y|dan) )?(?:on|as for|as to|regarding|about|sobre|quanto (?:a|ao|aos|à|às)|en cuanto a|"
    r"respecto a|soal|untuk|kalau)\s+(?:(?:the|their|our|os|as|o|a|los|las|el|la|sus|seus|suas)"
    r"\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE = 8
"""How many words after "the number of X" its figure may stand."""
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\n")


def _words_after(text: str, at: int) -> list[str]:
    """The words after ``at`` but a figure's scale ("2 mil lojas": "lojas")."""
    words = re.findall(r"\w+", text[at : at + 40].casefold())
    return [w for w in words if w not in _SCALES]


# a share as written: "15%", "99,9 %", "quince por ciento", "lima persen"
_SHARE = re.compile(rf"(?<!\w)({NUMBER_WORD})\s*(?:{PERCENT.pattern})", re.IGNORECASE)


def _new_share(text: str, question: Question) -> bool:
    """Whether ``text`` gives a share the question does not already say ("99,90 %" is the
    question's "99.9%")."""
    own = {_as_value(v) for v in question.own_values}
    return any(_as_value(m[1]) not in own for m in _SHARE.finditer(text))


def _as_value(number: str) -> str:
    """A written number compared by value where it is one in digits ("99,90" is "99.9")."""
    key = _number_key(number).replace(",", ".")
    try:
        return str(float(key))
    except ValueError:
        return key


def _has_number(units: list[str], question: Question) -> bool:
    """A number (digits or words) the question does not hold, list numbering aside, nor
    denied."""
    return any(
        _number_key(m[0]) not in question.own_values
        and m[0].lower() not in _NOT_NUMBERS
        and not _DENIED_BEFORE.search(m.string, 0, m.start())
        for unit in units
        for m in _NUMBER.finditer(_NUMBERING.sub("", unit))
    )


# a figure denied: "I'm not buying a hundred and thirty licences", "no 4.000", "bukan 4.000"
# (not a bound: "no more than 40", "não mais de 40")
_DENIED_BEFORE = re.compile(
    r"(?:(?:\bnot|n't|\bnão|\bnunca|\bnever|\btidak|\bbukan|\bnggak|\bgak)\s+"
    r"(?!(?:more|less|fewer|over|under|above|below|than|más|menos|mais|lebih|kurang|sampai|hasta|"
    r"até|máximo|mínimo)\b)(?:[\w'’]+\s+){0,2}"
    # "no 4.000", but not Portuguese "no total 40" (in the)
    r"|\bno\s+)$",
    re.IGNORECASE,
)


def _name_spans(
    text: str, question: Question, people: list[str], organisation: bool = False
) -> list[int]:
    """Where ``text`` names someone or something the question does not: a known person, or a
    capitalised word after a lower-case one (not a sentence's opening or an addressee); with
    ``organisation``, something other than a person."""
    at = (
        []
        if organisation
        else [text.find(n) for n in people if n and n in text and n not in question.text]
    )
    personal = {w for n in people for w in n.split()} if organisation else set()
    # "Call Center" in "Jefa de Plataforma (Call Center 24h)" is what "qué empresa les da la
    # centralita del call center?" says, not a company answering it
    asked = set(tokenize(question.text)) if organisation else set()
    places = list(_PLACE_NAME.finditer(text)) if organisation else []
    if re.search(r"[a-zà-ÿ]", text) is None:
        return at  # "6. PROTEÇÃO DE DADOS" is a heading: its capitals name no one
    return (
        at
        + [
            m.start()
            for m in _CAPITALISED.finditer(text)
            if m[0] not in personal
            and not (asked and set(tokenize(m[0])) <= asked)
            and not (organisation and _TITLED.search(text[: m.start()]))
            # "IT Manager", "our Head of Customer Success": a title's words name no one
            and m[0].lower() not in TITLE_RANKS
            and not _IN_TITLE.search(text, 0, m.start())
            and not any(p.start() <= m.start() < p.end() for p in places)
            and m[0] not in question.own_values
            and m[0].lower() not in question.own_values
            and m[0] not in _NOT_NAMES
            and m[0].removesuffix("-nya") not in _NOT_NAMES  # "PO-nya"
            and m[0].lower() not in STOPWORDS
            and not MONTH_NAME.fullmatch(m[0])
            and not _DATE_WORD.fullmatch(m[0])
            and (
                (
                    _LOWER_WORD.search(text[: m.start()]) is not None
                    and text[: m.start()].rstrip()[-1:] not in ".!?:"
                )
                or _SUBJECT_NAME.match(text, m.start()) is not None
                or _HONORIFIC_BEFORE.search(text[: m.start()]) is not None
                or (
                    _ARTICLE_BEFORE.search(text[: m.start()]) is not None
                    and detect_language([text]) == "pt"
                )
                # an acronym after a sentence's first word: "Tenemos SIGU, que es nuestro
                # sistema académico"
                or (
                    _ACRONYM.fullmatch(m[0]) is not None
                    and len(m[0]) > 2
                    and _FIRST_WORD.fullmatch(text[: m.start()]) is not None
                )
            )
        ]
    )


# a sentence's first word, and the space after it
_FIRST_WORD = re.compile(r"\W*[\w'’-]+\s+")


def _made_by(text: str, question: Question, reach: int = 2) -> bool:
    """Whether ``text`` names a make beside what the question asks the make of (the first
    words after "make", "modelo de", "merek dan tipe"): "Mettler Toledo weighbridges", "the
    weighbridges are Mettler Toledo", not "3 Rösner packer lines, 4 weighbridges"."""
    m = _MAKE_Q.search(question.text)
    # the lower-case words after it, up to the next small word but "or": "of the weighbridges
    # at...", "de celular ou tablet as..." (a place or a product is capitalised)
    things: list[str] = []
    for w in re.findall(r"[\w-]+", question.text[m.start() :]) if m else []:
        word = " ".join(tokenize(w))
        if (
            not word  # "é", "a": too short to be read
            or word in _MAKE_WORDS
            or word in ("or", "ou", "o", "atau")
            or (not things and word in STOPWORDS)
        ):
            continue
        if not w.islower() or word in STOPWORDS or word == "apa":
            break
        things.append(word)
    # (in any language: "phone" is "celulares")
    stems = {stem(w) for w in things} | {
        s for t in question.terms if t.token in things for s in t.stems
    }
    words = list(re.finditer(r"[\w-]+", text))
    at = [i for i, w in enumerate(words) if any(stem(t) in stems for t in tokenize(w[0]))]
    spans = set(_name_spans(text, question, []))
    named = [
        i for i, w in enumerate(words) if w.start() in spans and w[0].lower() not in _PLATFORMS
    ]
    return any(abs(i - j) <= reach for i in at for j in named)


# what a device runs, which is no make of it: "tablet Android 30 unit"
_PLATFORMS = frozenset(("android", "ios", "ipados", "windows", "linux", "chromeos"))


def _named_near_term(text: str, question: Question, people: list[str], reach: int = 60) -> bool:
    """A name close to one of the question's words: "Bianca, nossa coordenadora", not a name
    mentioned in passing in a sentence about the role, nor, when a name is asked, a product's
    ("¿cómo se llama la delegada?" is not answered by "migramos lo de GestAuto")."""
    known = {text.find(n) for n in people if n and n in text}
    names = [
        n for n in _name_spans(text, question, people)
        if n in known or not (
            (NAME_ASKED.search(question.text) and _NOT_A_PERSON.match(text, n))
            # "duas turmas presenciais extras em Curitiba": a place
            or _PLACE_BEFORE.search(text[:n])
        )
    ]  # fmt: skip
    if not names:
        return False
    stems = set().union(*(t.stems for t in question.terms if not t.acronym))
    near = [
        m.start()
        for m in re.finditer(r"\w+", text)
        if any(stem(t) in stems for t in tokenize(m[0]))
    ]
    return any(abs(n - t) <= reach for n in names for t in near)


# where a place is named: "in Leeds", "em Curitiba", "di Medan"
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|em|en|di)\s+$", re.IGNORECASE)
# a product's or an acronym's capitals ("GestAuto", "TPV"), not a person's name ("McKenzie")
_NOT_A_PERSON = re.compile(r"[A-Z]{2,}\b|(?!Ma?c)[A-Z][a-z]+[A-Z]")


@cache
def _number_key(raw: str) -> str:
    """A written number as digits, so "seis" and "6", "Setenta" and "70" are the same value."""
    value = small_number(raw.strip())
    if value is None and not any(c.isdigit() for c in raw):
        spelled = spelled_in_any_language(raw, least=1)
        if len(spelled) == 1 and float(figure := next(iter(spelled))).is_integer():
            value = int(figure)
    return str(value) if value is not None else raw.lower().strip()
