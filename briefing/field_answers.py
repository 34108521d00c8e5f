"""Answers from the briefing's verified fields, for questions that ask for one of them.

Who the champion is, the go-live, what was promised: the question names the field in its words
(``_INTENTS``) or is close in meaning to an example question of it (``briefing.intents``); the
answer quotes the sentences that hold the field's value and states any open flag. A field the
briefing looked for and did not find says so, and the caller may still find it in passages.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import cached_property

from briefing.answers import Answer, in_figures, levels_of, not_found, quoted, speaker_names
from briefing.contract_terms import committed_clauses, exclusions
from briefing.intents import Intent
from briefing.lexicon import (
    ABOUT_CONTRACT,
    AFTER_THE_END,
    HOW_LONG,
    HOW_LONG_PHRASES,
    RECURRING,
    ROLE_CUES,
    SIGNING_WORDS,
    TRIGGER,
    UNTIL_WHEN,
    WHICH_SYSTEM_KIND,
    WHY_NOW,
    as_word,
    cue,
)
from briefing.markdown import fact_text
from briefing.material import detect_language, reads_day_first
from briefing.models import (
    Briefing,
    Commitment,
    Evidence,
    Fact,
    Flag,
    MoneyFact,
    unique_evidence,
)
from briefing.parties import fold, same_person
from briefing.questions import (
    ASKS_ORGANISATION,
    MONTH_NAME,
    NAME_ASKED,
    PERCENT,
    STOPWORDS,
    Question,
    analyse,
    asks_for_person,
    found_terms,
    has_type,
    named_only,
    names,
)
from briefing.units import Unit, next_in_segment, split_units
from briefing.values import MONTH_PATTERN, MONTHS, find_dates, find_money
from ingest.lexical import tokenize
from ingest.models import Document, Segment

__all__ = ["answer_from_briefing", "field_intents"]


# where a measure stands today: "where is their fix rate today", "quanto tempo gasta hoje"
_NOW = cue(
    r"today",
    r"currently",
    r"right now",
    r"these days",
    r"hoje",
    r"atualmente",
    r"hoy",
    r"actualmente",
    r"sekarang",
    r"saat ini",
)
# what is paid to someone other than us ("their current vendor", "a su proveedor", "ke vendor"),
# or paid now, for what they have ("what are they paying for QuickBooks Time today?")
_NOT_TO_OTHERS = (
    r"(?!\s+(?:their|to (?!us\b)|su|a su|al|ao|à|aos|a los|kepada|ke (?!kita\b)|ke vendor)\b)"
    rf"(?![^?]*(?:{_NOW.pattern}|(?<!\w)at the moment(?!\w)))"
)
# the people of ours one may set aside for a customer
_STAFF = (
    "engineer", "engineers", "engenheiro", "engenheira", "engenheiros", "ingeniero", "ingeniera",
    "ingenieros", "consultant", "consultants", "consultor", "consultora", "consultores",
    "especialista", "especialistas", "specialist", "specialists",
)  # fmt: skip
# one of our own people asked for: "which of our engineers…?", "qual dos nossos consultores…?",
# "¿cuál de nuestros ingenieros…?", "engineer kita yang mana…?" (no stakeholder of theirs)
_OUR_STAFF = cue(
    r"(?:which|who|whom) of our",
    r"(?:qual|quais|quem) (?:d[oa]s?|entre [oa]s) noss[oa]s?",
    r"(?:cu[aá]l(?:es)?|qui[eé]n(?:es)?) (?:de|entre) nuestr[oa]s?",
    r"(?:orang|engineer|konsultan|tim|staf) kita (?:yang )?(?:mana|siapa)",
)
# a promise named as one, not only an offer
_PROMISED = cue(r"promis\w*", r"prome[ts]\w*", r"(?:di|men|ber)?janji\w*", r"commit(?:s|ted|ting)?")
# the customer agreeing among themselves: "has the committee agreed to...?", "have they agreed
# to act as a reference?"
_THEY_AGREED = re.compile(
    r"(?<!\w)(?:they|(?:the|their) (?:committee|board|council|union|members|franchisees|owners?|"
    r"family|partners|shareholders))\s+(?:have |has |had )?agree[ds]?\b"
    r"(?!\s+(?:that\s+)?(?:we|us|our)\b)",  # "what did they agree we'd deliver?" is a promise
    re.IGNORECASE,
)
# who is weighing something, not whom they weighed: "who on the customer side is evaluating
# security?", "quem está avaliando a integração?" (not "who else did they evaluate?", "who is
# competing with us?")
_WHO_EVALUATES = re.compile(
    r"(?<!\w)(?:who(?:\s+on\s+[\w\s'’]+?\s+side|\s+\w+)?\s+(?:is|are|was|were|will be|['’]s)\s+"
    r"(?:evaluating|assessing|reviewing|vetting|testing)"
    r"|quem (?:é que )?(?:está|estava|vai|vão) (?:avaliando|analisando|testando|avaliar|analisar)"
    r"|qui[eé]n (?:está|estaba|va|van) (?:evaluando|analizando|revisando|probando|a evaluar)"
    r"|siapa yang (?:sedang |akan )?(?:mengevaluasi|menilai|mengkaji|menguji|mereview))\b",
    re.IGNORECASE,
)
# a free offer is a promise: "which integration did we say we'd do for free?" (not "how much
# will it cost after the free months?")
_FREE_OFFER = cue(
    r"for free",
    r"free of charge",
    r"at no (?:extra |additional )?(?:cost|charge)",
    r"sin (?:costo|coste|cargo)",
    r"gratis",
    r"grátis",
    r"sem (?:custo|cobrança)",
    r"tanpa biaya",
    # what was given away: "¿qué les regalamos para cerrar?", "o que demos de brinde?", "kita
    # kasih bonus apa?", "what did we throw in?"
    r"regal(?:amos|ó|aron|ar)",
    r"de (?:regalo|brinde|cortes[ií]a)",
    r"brindes?",
    r"(?:kasih|beri(?:kan)?|memberi(?:kan)?) (?:\w+ )?(?:bonus|gratis|cuma-cuma)",
    r"(?:throw|threw|thrown) in(?! the towel)",
    r"(?:give|gave|given|giving) (?:\w+ )?away",
    r"fuera del? (?:pedido|contrato)",
    r"fora d[oa] (?:pedido|contrato)",
)
# notice given: "90 days' notice", "aviso escrito", "con 60 días de anticipación"
_NOTICE_WORDS = r"(?:notice|avis\w*|preaviso|anteced[eê]ncia|anticipaci[oó]n|pemberitahuan)"
_NOTICE = cue(_NOTICE_WORDS)
# the notice's length: "90 days' written notice", "con 60 días de anticipación", "aviso prévio
# de 30 dias"
_NOTICE_SPAN = r"\d+\s*(?:days?|d[ií]as|hari|months?|meses|bulan)\b"
_NOTICE_GIVEN = re.compile(
    rf"{_NOTICE_SPAN}[^.;,]{{0,20}}?\b{_NOTICE_WORDS}"
    rf"|\b{_NOTICE_WORDS}\b[^.;,]{{0,20}}?{_NOTICE_SPAN}",
    re.IGNORECASE,
)
# a length of time other than the contract's: "notice period", "prazo de aviso", "masa garansi"
_OTHER_PERIOD = cue(
    r"notice",
    r"aviso",
    r"preaviso",
    r"pemberitahuan",
    r"trial",
    r"grace",
    r"car[eê]ncia",
    r"warranty",
    r"garant[ií]a",
    r"garansi",
    r"retention",
    r"reten[çc][ãa]o",
    r"retenci[oó]n",
    # how long records are kept: "prazo de guarda de prontuários", "storage period"
    r"guarda",
    r"storage",
    r"armazenamento",
    r"almacenamiento",
    r"conserva[çc][ãa]o",
    r"conservaci[oó]n",
    r"penyimpanan",
    r"cooling-off",
)
# a point in time, not a length: "away for a while next year", "el año que viene"
_WHEN = cue(
    r"(?:next|this|last|coming) (?:year|month)",
    r"(?:el|la) (?:año|mes) (?:que viene|pasado|próximo)",
    r"(?:el )?(?:próximo|pasado) (?:año|mes)",
    r"(?:o |no )?(?:ano|mês) (?:que vem|passado)",
    r"(?:o |no )?(?:próximo|último) (?:ano|mês)",
    r"(?:tahun|bulan) (?:depan|ini|lalu)",
)
# words of a length of time or of its end: what a question about the term asks
# a renewal: "renews", "renovação", "perpanjangan"
_RENEW_WORDS = (r"renew\w*", r"renova\w*", r"perpanj\w*")
_DURATION = cue(
    *HOW_LONG_PHRASES,
    r"dura\w*",
    r"durasi",
    r"months?",
    r"meses",
    r"bulan",
    r"years?",
    r"anos",
    r"años",
    r"tahun",
    r"term",
    r"prazo",
    r"plazo",
    *UNTIL_WHEN,
    r"vence\w*",
    r"expir\w*",
    r"ends?",
    *_RENEW_WORDS,
    r"berakhir",
)
_RENEWS = cue(*_RENEW_WORDS)
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "commitments",
        cue(
            r"promis\w*",
            r"promessas?",
            r"promesas?",
            r"prometeu",
            r"prometid[oa]",
            r"prometi\w*",
            r"promet\w*",
            r"janji\w*",
            r"dijanjikan",
            r"menjanjikan",
            r"berjanji",
            # "what commitments did we make?", not "the subscription commitment" (its term)
            r"(?<!subscription )(?<!contract )(?<!minimum )(?<!annual )(?<!term )"
            r"commit(?:ted|ments?)\b",
            # what someone agreed to: "o que a Juliana combinou", "¿qué acordamos?" (not "o
            # valor combinado", "el total acordado", "yang disepakati": a deal's terms)
            r"combin(?:ou|amos|aram|ei)",
            r"acord(?:amos|ó|aron)",
            r"quedamos en",
            # a person commits ("what did the rep commit to?"); an order form that "commits to"
            # a date is the contract speaking
            r"(?:rep|we|I|he|she|you|AE|account executive|salesperson) commit\w*",
            r"compromis\w*",
            r"offer(?:ed|s)?",
            r"(?:any|a) deal on",
            r"concessions?",
            r"oferec\w+",
            r"ofrec\w+",
            r"menawarkan",
            r"ditawarkan",
            r"agree(?:d|s)? to",
            r"assur\w+",
            r"guarante\w+",
            r"asegur\w+",
            r"garantiz\w+",
            r"garanti\w+",
            r"(?:men)?jamin\w*",
            r"(?:se )?comprometi\w+",
            r"(?:we|I) said (?:we|I)(?:'d| would)",
            # "which of our engineers did sales say would stay with them?"
            r"(?:did|has|had) (?:sales|the rep|our rep|we) (?:say|said|tell|told)"
            r"(?=[^?]{0,40}(?:\b(?:would|will|could)\b|['’]d\b))",
            r"(?:dijimos|dissemos) que",
            # "did we tell them we'd have people there?", "what did we tell them about...?"
            r"(?:we|I|rep) (?:tell|told) (?:them|him|her)",
            # a person of ours set aside for them: "algum engenheiro reservado pra essa conta?",
            # "a dedicated engineer?", "¿un consultor asignado?", "engineer khusus" (the person
            # stays the topic)
            "(?:" + "|".join(f"(?<={noun} )" for noun in _STAFF) + ")"
            r"(?:reservad|dedicad|alocad|exclusiv|asignad|reserved|assigned|set aside|khusus)\w*",
            r"dedicated(?= (?:\w+ )?(?:engineer|consultant|specialist|resource|person|team))",
            # "did sales tie us to a specific person?"
            r"t(?:ie|ied|ies) (?:us|ourselves|you) (?:down )?to",
        ),
    ),
    ("commitments", _FREE_OFFER),
    (
        "economic_buyer",
        cue(
            r"sign(?:s|ed)? off",
            r"budget",
            r"economic buyer",
            r"decision maker",
            # "¿quién es la decisora económica?", "o comprador econômico"
            r"(?:decisor|comprador|tomador)(?:a|as|es)? (?:econ[oóô]mic|financ)\w*",
            r"pembeli ekonomi",
            r"orçamento",
            r"presupuesto",
            r"anggaran",
            r"aprova\w*",
            r"aprueba\w*",
            r"menyetujui",
            # who holds the money: "controls the money", "approve the spend", "purse strings"
            r"spend(?:ing)?",
            r"money",
            r"funds",
            r"funding",
            r"purse(?: strings)?",
            r"che(?:ck|que)book",
            r"dinheiro|verba|gastos?|investimento|caneta",
            r"dinero|plata|inversión|fondos|chequera",
            r"uang|dana|pengeluaran|investasi",
            r"final say",
            r"(?:última|ultima) palavra",
            r"última palabra",
            r"keputusan akhir",
            r"authori[sz]\w+",
            r"autoriza\w*",
        ),
    ),
    ("executive_sponsor", cue(r"sponsor", r"patrocinador\w*", r"sponsor eksekutif")),
    (
        "champion",
        cue(
            r"champion",
            r"campeão",
            r"campeã",
            r"campeón",
            r"campeona",
            r"defensor\w*",
            # "our main ally in there", "nosso aliado", "pendukung utama kita"
            r"ally",
            r"allies",
            r"advocate",
            r"aliad[oa]s?",
            r"valedor(?:a|es)?",
            r"padrinho|madrinha|padrino|madrina",
            r"sekutu",
            r"pendukung utama",
            # "who pushes the project from inside?", "quem empurra o projeto lá dentro?"
            r"push(?:es|ed|ing)? (?:for )?(?:us|the project|this project|the deal|it) "
            r"(?:internally|inside|from (?:the )?inside)",
            r"empuj\w+ el proyecto",
            r"empurr\w+ o projeto",
            r"mendorong proyek",
        ),
    ),
    (
        "blocker",
        cue(
            r"skeptic\w*",
            r"sceptic\w*",
            r"blocker",
            r"resist\w*",
            r"cétic\w*",
            r"escéptic\w*",
            r"skeptis",
            r"detractor(?:a|es|as)?",
            r"detrator(?:a|es|as)?",
            r"(?:me)?ragu(?:kan)?",
            r"against (?:this|the|our) (?:project|tool|system|platform|rollout|change|deal|"
            r"purchase|move)",
            # "¿quién está más en contra de la herramienta?", "who is most against it?"
            r"(?:is|are) (?:most |more |the most |really )?against (?:it|this|the (?:project|tool|"
            r"system|platform|rollout|change|idea|software|app))",
            r"en contra",
            r"(?:está|estão|esteja|é|são|ficou) (?:\w+ )?contra\b",
            r"drag\w* (?:his|her|their) feet",
            r"push(?:es|ing)? back on (?:us|it|this|the (?:project|rollout|change))",
            r"oppos\w+",
            r"atrapalh\w+",
            r"se opone\w*",
            r"menghambat",
            r"menentang",
            # who may resist: "reluctant", "travar a adoção", "frenar el uso", "menolak"
            r"reluctant",
            r"hesitant",
            r"push(?:es|ed|ing)? ?back",
            r"(?:slow|hold) (?:it |this |things |us )?(?:down|up|back)",
            r"derail\w*",
            r"block\w*",
            r"veto\w*",
            r"(?:not|\w+n['’]t) (?:\w+ )?(?:convinced|on board)",
            r"relutante\w*",
            r"resistente\w*",
            r"reticente\w*",
            r"trava(?:r|ria|ndo|m)?",
            r"barra(?:r|ria|ndo|m)",
            r"bloque\w+",
            r"não (?:(?:está|esteja|estão|estejam) )?convencid[oa]s?",
            r"reaci[oa]s?",
            r"frena(?:r|ría|ndo|n)?",
            r"traba(?:r|ría|ndo|n)",
            r"no (?:(?:está|esté|están|estén) )?convencid[oa]s?",
            r"(?:me)?nolak",
            r"enggan",
            r"keberatan",
            r"(?:belum|tidak|kurang|nggak|gak) (?:yakin|setuju|sreg)",
            r"(?:meng)?halangi",
            # who may get in the way: "emperrar a adoção", "poner palos en la rueda", "menjegal"
            r"emperr\w+",
            r"get in the way",
            r"(?:pone[rn]?|poniendo|vaya a poner) (?:palos en la rueda|trabas|pegas|peros|objeciones)",
            r"(?:p[ôo]r|colocar|levantar|fazer) (?:obst[áa]culos?|empecilhos?|obje[çc][õo]es)",
            r"raise (?:\w+ )?objections?",
            r"criar (?:problemas?|caso|dificuldades?)",
            r"complicar(?:nos)?",
            r"(?:men)?jegal",
            r"bikin (?:susah|ribet|repot)",
            # who does not see it clearly, or whom to handle with care: "alguien que no lo vea
            # claro", "não vê com bons olhos", "kurang sreg", "who should we be careful with?"
            r"unconvinced",
            r"no (?:lo |la )?(?:ve|vea|ven|vean|tiene|tenga|tienen|tengan) (?:\w+ )?clar[oa]",
            r"não (?:vê|veja|veem|vejam) (?:\w+ ){0,3}?com bons olhos",
            r"(?:com o pé|con el pie) atrás",
            r"(?:who|someone|anyone|qui[eé]n|alguien|quem|algu[eé]m|siapa)[^?]{0,60}(?<!\w)"
            r"(?:careful|cuidado|hati-hati)",
            # whom we still have to win over: "siapa yang paling perlu kita yakinkan?"
            r"(?:who|whom|qui[eé]n|quem|siapa)[^?]{0,60}(?<!\w)(?:convince|win over|convencer|"
            r"(?:di|me)?yakinkan|meyakinkan)",
        ),
    ),
    (
        "technical_evaluator",
        cue(
            r"technical (?:buyer|evaluator|lead)",
            r"avaliador técnico",
            r"evaluador técnico",
            r"evaluator teknis",
        ),
    ),
    (
        "go_live",
        cue(
            r"go-?live",
            r"go live",
            r"launch",
            r"no ar",
            r"puesta en (?:marcha|producción)",
            r"en vivo",
            r"peluncuran",
            r"(?:entrada|entrar|entra) em produção",
            r"(?:paso|pase|salida|entrada) a producción",
            r"mulai (?:live|produksi|beroperasi)",
            r"cut-?over",
            # "when are we supposed to be live?", "live by when?"
            r"(?:be|are|is|get|getting|going) live",
            r"live (?:by|on|date)",
            # the day the system starts: "fechas de arranque", "data de virada", "mulai dipakai"
            r"(?:fechas?|días?|datas?|dias?) de (?:arranque|lanzamiento|lançamento|virada)",
            r"puesta en servicio",
            r"(?:entrada|entrar|entra|entram) em operação",
            r"mulai (?:dipakai|digunakan)",
            # "¿qué día tienen que estar funcionando todas las sedes?", "be up and running"
            r"(?:estar|esté|estén|estarán|estará) (?:ya )?(?:funcionando|operando|en marcha)",
            r"(?:estar|esteja|estejam|estará|estarão) (?:já )?(?:funcionando|rodando|operando|no ar)",
            r"(?:be|are|is|get|getting) up and running",
            r"(?:sudah|harus) (?:jalan|beroperasi|berjalan)",
        ),
    ),
    (
        "kickoff",
        cue(
            r"kick-?off",
            r"kick off",
            r"reunião de (?:início|abertura|arranque)",
            r"reunión de (?:inicio|arranque|lanzamiento|apertura)",
            r"rapat (?:awal|pembukaan|perdana)",
        ),
    ),
    (
        "deal_value",
        cue(
            r"deal value",
            r"contract value",
            r"how much (?:is|was) (?:the )?(?:deal|contract|order)\w*",
            # "¿cuánto suma el contrato firmado?", "quanto dá o contrato?", "what does the
            # contract add up to?"
            r"(?:cuánto|cuanto|quanto) (?:suma|vale|sale|da|dá|fica|queda) (?:\w+ )?(?:el |o )?"
            r"(?:contrato|pedido|acuerdo|acordo|negocio|negócio)",
            r"(?:contract|deal|order)\w* (?:add|adds|come|comes) (?:up )?to",
            r"valor (?:total )?do contrato",
            r"valor del contrato",
            r"nilai (?:total )?kontrak",
            # what the customer pays: "how much are they paying us per year?", "el total del
            # pedido", "total ... di order form"
            r"pay(?:ing)? us",
            # "how much are they paying each year?", "¿cuánto pagan de abono?", "berapa yang
            # mereka bayar?"
            # (not to someone else: "how much do they pay their current vendor?")
            r"how much (?:are|do|will|did|does) (?:they|the customer|the client) pay(?:ing)?"
            rf"{_NOT_TO_OTHERS}",
            # "what will Saltmarsh pay each year?"
            rf"what (?:will|would|do|does|did|are|is) (?:they|the customer|the client|"
            rf"(?-i:[A-Z])\w+) pay(?:ing)?(?! attention){_NOT_TO_OTHERS}",
            rf"(?:cuánto|cuanto) (?:nos )?(?:pagan|pagarán|paga){_NOT_TO_OTHERS}",
            rf"quanto (?:eles )?(?:nos )?(?:pagam|pagarão|paga){_NOT_TO_OTHERS}",
            rf"berapa (?:yang )?(?:mereka |klien |pelanggan )?(?:bayar|membayar){_NOT_TO_OTHERS}",
            r"nos pag(?:a|an|am|arán|arão)",
            r"(?:membayar|bayar) (?:ke )?kita",
            r"annual (?:contract )?value",
            r"ACV|ARR|TCV",
            r"total (?:\w+ ){0,4}(?:(?:di|en|in|on|no|na|do|da|del|de la) )?(?:the )?"
            r"(?:order form|contract|contrato|kontrak|pedido|orden de (?:compra|pedido))",
        ),
    ),
    (
        "competitors",
        cue(
            r"competitor\w*",
            r"competing",
            # "¿contra qué proveedor competimos...?", "bersaing dengan siapa?"
            r"compet(?:imos|íamos|iendo|indo|ieron|iram)",
            r"bersaing",
            r"evaluat\w+",
            r"alternativ\w*",
            r"rivals?",
            # "who made the shortlist against us?", "¿contra quién competimos?"
            r"shortlist\w*",
            r"short list",
            r"(?:against|instead of) us",
            r"contra (?:nós|nosotros)",
            r"(?:em vez|no lugar) de nós",
            r"en (?:vez|lugar) de nosotros",
            r"lista (?:curta|corta)",
            r"finalistas?",
            r"selain (?:kami|kita)",
            # "mereka sempet bandingin kita sama vendor apa aja?", "who did they compare us with?"
            r"compar\w* (?:us|nosotros|a gente|com a gente|con nosotros)",
            r"(?:bandingin|bandingkan|membandingkan|dibandingkan|dibandingin) (?:kita|kami)",
            # what they compared: "solusi apa saja yang sempat mereka bandingkan?", "¿con qué
            # nos compararon?"
            r"(?:sempat|pernah) (?:\w+ )?(?:mem|di)?banding(?:kan|in)",
            r"they compare",
            r"compar(?:aram|avam|aron|aban) (?:\w+ )?(?:con|com|contra)",
            # what else they weighed, or tried before us: "solusi apa saja yang mereka
            # pertimbangkan", "which tool did they pilot before us and abandon?"
            r"(?:di|mem)?pertimbangkan",
            r"(?:pilot(?:ed)?|tr(?:y|ied)|test(?:ed)?) (?:\w+ )?before",
            r"before us",
            # "was Swept also in the running?", "quem mais estava na disputa?"
            r"in the (?:running|mix)",
            r"(?:na|em) disputa",
            r"en (?:la )?(?:disputa|contienda)",
            r"abandon\w*",
            r"antes de (?:nós|nosotros)",
            r"sebelum (?:kami|kita)",
            r"(?:other|another|rival|competing) (?:vendors?|providers?|suppliers?|tools?|"
            r"solutions?|platforms?|products?|options?)",
            r"concorrent\w*",
            r"(?:outros?|outras?) (?:fornecedor\w*|ferramentas?|soluç\w+|plataformas?|opç\w+)",
            r"competidor\w*",
            r"(?:otros?|otras?) (?:proveedor\w*|herramientas?|soluci\w+|plataformas?|opci\w+)",
            r"pesaing",
            r"kompetitor",
            r"(?:vendor|penyedia|solusi|aplikasi|platform) lain",
            # "which other fleet management systems did they look at?": a kind of system looked
            # at, not one to integrate with
            r"(?![^?]*(?:integra|connect|conect|plug|hook))"
            r"(?:other|another|outros?|outras?|otros?|otras?) (?:[\w-]+ ){0,3}?(?:systems?|"
            r"software|packages?|sistemas?|programas?)(?: [\w-]+){0,4}? (?:look(?:ed)? at|"
            r"considered|evaluated|demoed|trialled|tried|saw|seen|olharam|avaliaram|viram|"
            r"consideraram|miraron|evaluaron|vieron|consideraron)",
            r"sistem (?:[\w-]+ ){0,3}?lain(?: [\w-]+){0,4}? (?:(?:di|me)lihat|(?:di)?evaluasi|"
            r"(?:di|men)coba|(?:di)?pertimbangkan)",
            # "which vendor did we beat?", "¿a quién le ganamos?" (not "did we beat the deadline?",
            # "¿cuánto ganamos al año?")
            r"(?:did |we )beat(?! (?:the|our|their) (?:deadline|target|date|budget|forecast))",
            r"(?:won|win) against",
            r"lost (?:out )?to",
            r"a qui[eé]n (?:le )?(?:ganamos|vencimos|derrotamos)",
            r"de quem (?:ganhamos|vencemos)",
            r"(?:quem|qual \w+) (?:nós )?(?:vencemos|derrotamos)",
            r"(?:kita|kami) (?:kalahkan|mengalahkan|menang (?:dari|lawan|atas))",
        ),
    ),
    (
        # how the contract renews, and the notice not to: "does it auto-renew?", "¿con cuánta
        # anticipación hay que avisar si no quieren renovar?"
        "renewal",
        cue(
            r"auto(?:matic(?:ally)?)?[- ]?renew\w*",
            r"renova(?:ção|ción) autom[aá]tica",
            r"renova\w* automatic\w*",
            r"perpanjangan otomatis",
            r"notice\b[^?]*\brenew\w*",
            r"renew\w*[^?]*\bnotice",
            r"(?:avis\w*|anteced[eê]ncia|anticipaci[oó]n)[^?]*\brenova\w*",
            r"renova\w*[^?]*\b(?:avis\w*|anteced[eê]ncia|anticipaci[oó]n)",
            r"pemberitahuan[^?]*\bperpanj\w*",
        ),
    ),
    (
        "term",
        cue(
            r"(?:contract|subscription|agreement|order form) (?:term|length|duration|period)",
            r"how (?:many (?:months|years)|long) (?:does|is|will|did|was) (?:the |their |our )?"
            r"(?:signed )?(?:contract|subscription|agreement|order form|deal)",
            r"vigência",
            r"vigencia",
            r"(?:duração|prazo) d[oa] (?:contrato|assinatura|pedido)",
            r"(?:duración|plazo) del (?:contrato|acuerdo|pedido)",
            r"jangka waktu",
            r"masa (?:kontrak|berlaku|langganan)",
            r"berapa lama (?:kontrak|langganan|order form)",
            # "por quanto tempo ele vale?", "¿por cuánto tiempo es el contrato?"
            r"(?:por )?(?:quanto tempo|cuánto tiempo) (?:\w+ ){0,2}(?:vale|valerá|dura|rige)",
            r"(?:por|para) (?:quanto tempo|cuánto tiempo) (?:é|es|foi|fue) (?:o|el) contrato",
        ),
    ),
    (
        # how the deal came in: a referral, inbound, an event (the CRM's lead source)
        "lead_source",
        cue(
            # tied to us or the deal: "what module are they referring to?" asks no lead source
            r"referr(?:ed|al|als)",
            r"lead source",
            r"(?:deal|account|lead|opportunity|customer) (?:first )?(?:come|came) (?:in|to us)",
            r"(?:come|came) to us",
            r"who (?:first )?pointed",
            r"(?:who|how) (?:\w+ ){0,2}(?:found|find|heard (?:of|about)) us",
            r"indicação",
            r"indicad[oa]s? por",
            r"quem (?:\w+ )?(?:nos )?indic(?:ou|aram) (?:a gente|vocês|nós|a conta|o cliente)",
            r"nos indic(?:ou|aram)",
            r"(?:como|de onde) (?:\w+ )?(?:chegaram|vieram) (?:até|a) (?:nós|a gente)",
            r"referid[oa]s?",
            r"(?:nos|les) recomend(?:ó|aron|ou|aram)",
            r"c[oó]mo (?:\w+ )?(?:nos conocieron|nos encontraron|llegaron a nosotros)",
            r"(?:me|di)rekomendasikan",
            r"(?:me|di)referensikan",
            r"tahu kita dari mana",
        ),
    ),
    (
        "why_now",
        cue(
            r"urgen\w+",
            r"driv(?:es|ing) (?:the )?(?:urgency|timing|deadline|project|purchase|deal)",
            r"compelling event",
            r"time pressure",
            r"(?:external|hard) deadline",
            r"pressa",
            r"prisa",
            # "what's behind the rush to get this running?"
            r"(?:the|such a) (?:rush|hurry)",
            r"why now",
            r"por qu[eé] ahora",
            r"por que agora",
            r"kenapa sekarang",
            # "why do they have to switch now?", "kenapa mereka harus ganti sistem sekarang?"
            WHY_NOW,
            *TRIGGER,
            # "harus beli tahun ini, tidak bisa ditunda?", "couldn't they put it off?"
            r"(?:tidak|tak|nggak|gak) bisa (?:di)?tunda",
            r"(?:não|no) (?:pod(?:e|ia|ía|iam|ían)|dá pra|daba para) (?:esperar|adiar|postergar)",
            r"put (?:it|this|that|the \w+|this \w+|that \w+) off",
            # "why not wait until next year?", "¿este año y no el próximo?"
            r"(?:why|not|n't|no)\b[^?]{0,30}?(?:wait|hold off|postpone|delay|push (?:it|this) back)\w* "
            r"(?:\w+ ){0,3}?(?:until|till|to) next year",
            r"this year (?:and|but|rather than) not next",
            r"este año y no el (?:próximo|que viene)",
            r"(?:neste|este|esse) ano e não (?:no )?(?:próximo|que vem)",
            r"tahun ini,? (?:dan )?(?:bukan|tidak|nggak) tahun depan",
            # "¿qué los orilló a cambiar este año y no esperar?", "now instead of waiting?"
            r"(?:this year|now|este año|ahora|este ano|neste ano|agora|tahun ini|sekarang)\b"
            r"[^?]{0,20}?\b(?:and not|y no|e não|instead of|rather than|en vez de|en lugar de|em vez "
            r"de|ao invés de|dan (?:tidak|nggak|gak)) (?:\w+ )?(?:wait\w*|esperar|aguardar|"
            r"menunggu|nunggu)",
            r"(?:los|les|nos) (?:apur|orill)(?:ó|a|an|aron)",
            r"mendesak",
            r"terburu",
            # "¿qué les obligaba a cambiar de sistema precisamente ahora?"
            r"(?:obliga|forza|forç|obriga|force|forcing)\w*[^?]{0,40}(?:ahora|agora|now)(?!\w)",
            r"(?:precisamente|justo|justamente|exactamente) (?:ahora|agora)",
            # "what deadline is forcing them off their old booking platform?"
            r"(?:deadline|prazo|plazo|fecha l[ií]mite|tenggat)\b[^?]{0,20}?(?:forc(?:e|es|ed|ing)|"
            r"obriga(?:m|ndo)?|obliga(?:n|ndo)?|memaksa)\b",
            # "o que aconteceu em janeiro que fez a diretoria tratar esse projeto como prioridade?"
            r"(?<!who )(?:fez|fizeram|levou|hizo|made|bikin|membuat)\b[^?]{0,60}(?:prioridade|"
            r"prioridad|priority|prioritas)",
            # "qual evento está apertando o cronograma?", "what's squeezing the timeline?"
            r"(?:apert|apret|pression|presion)\w* (?:o |el )?(?:cronograma|prazo|plazo)",
            r"squeez\w* (?:the |our )?(?:timeline|schedule|dates?)",
            r"(?:timeline|schedule) pressure",
            r"jadwal(?:nya)? (?:mepet|ketat)",
            # the date that cannot move: "the one date that really can't slip", "fecha límite"
            r"can(?:['’]t|not) (?:slip|move|be moved|be missed|wait)",
            r"(?:hard|fixed|immovable|non-negotiable) (?:date|deadline)",
            r"data[- ]limite",
            r"prazo final",
            r"não pode (?:atrasar|escorregar|mudar|passar)",
            r"fecha[- ]l[ií]mite",
            r"no (?:se )?puede (?:retrasar(?:se)?|mover(?:se)?|esperar)",
            r"tenggat(?: waktu)?",
            r"(?:gak|nggak|tidak|tak) (?:boleh|bisa) (?:mundur|telat|molor|geser)",
        ),
    ),
    ("csm", cue(r"csm", r"customer success manager", r"gerente de sucesso", r"gerente de éxito")),
    (
        "systems",
        # "qual ERP eles rodam?", "which CRM do they use?": the kind of system names the field
        cue(
            # "which package do we need to plug into?" (what it is stays the topic)
            r"(?:which|what)(?= (?:\w+ )?(?:systems?|packages?|software|platforms?|tools?) "
            r"[^?]{0,30}(?:plug|hook|connect|integrate|post|sync) (?:in)?(?:to|with))",
            WHICH_SYSTEM_KIND,
            # "em que sistema de gestão nascem os pedidos?": the kind of system, spelled out
            # (and kept as the topic: "which accounting system?" is not the payroll one)
            r"(?:which|what|qual|quais|que|qué|cuál|cuáles)(?=(?: \w+)? (?:management|accounting|accounts|"
            r"billing|booking|inventory|dispatch|payroll|finance) (?:systems?|packages?|software|"
            r"platforms?|tools?))",
            r"(?:which|what) systems? (?:do|does|did|are|is)",
            # "which legacy system is their data migrated from?"
            r"(?:which|what)(?= (?:\w+ )?(?:systems?|platforms?|software|tools?) [^?]{0,40}migrat)",
            r"(?:qual|quais|que|qué|cuál|cuáles) (?:sistemas?|software|programas?)"
            r"(?: de (?:gestão|gestión))?",
            r"(?:com|con) (?:qual|que|qué|cuál) (?:sistemas?|software|programas?)",
            r"(?:em|en) (?:qual|que|qué|cuál) (?:sistemas?|software)",
            r"(?:sistem|software|aplikasi) (?:apa|mana)",
            # "software akuntansi apa?": the kind, its qualifier kept as the topic
            r"(?:software|aplikasi)(?= \w+ (?:apa|mana)(?!\w))",
            # "which PACS do they run?", "que ERP eles rodam?": the thing they run
            r"(?:which|what) (?:\w+ ){1,2}(?:do|does|did) (?:they|\w+) run",
            r"(?:qual|quais) (?:\w+ ){1,2}(?:eles |ela |a \w+ )?(?:roda|rodam)",
        ),
    ),
    (
        "contract_signed",
        cue(*SIGNING_WORDS, r"firm(?:ó|aron|amos)", r"assin(?:ou|aram|amos)", r"menandatangani"),
    ),
    (
        "success",
        cue(
            r"targets?",
            r"goals?",
            r"trying to (?:reach|hit|get to|achieve)",
            r"success (?:metrics?|criteria|measures?)",
            r"kpis?",
            r"metas?",
            r"objetivos?",
            r"(?:quer|querem|quiere|quieren) (?:chegar|llegar|alcanzar|alcançar|atingir|lograr)",
            r"sasaran",
            r"aim(?:s|ing)? (?:for|at|to)",
            r"hop(?:e|es|ing) to (?:reach|get|hit|bring|cut|spend|take|see)",
            r"want (?:it|that|to get it) down to",
            r"(?:quer|querem|quiere|quieren) (?:baixar|bajar|reduzir|reducir)(?:l[oa]s?)?",
            # "¿a qué nivel los quieren llevar?"
            r"(?:l[oa]s? )?(?:quer|querem|quiere|quieren) (?:llevar|levar)(?:l[oa]s?)?",
            r"(?:a|em|en) (?:qu[eé]|que) n[ií]vel",
            r"(?:mau|ingin|pengen) (?:turun|dicapai|mencapai|jadi)",
            r"mau turun jadi",
            # "how far do they want to cut it?", "what number does Sam need us to hit?"
            r"wants? to (?:cut|reduce|lower|bring down|reach|hit|achieve)",
            r"expect\w* (?:\w+ )?to (?:reach|hit|get to|achieve)",
            r"needs? us to (?:hit|reach|get)",
            r"where (?:does|do) (?:\w+ ){1,3}want (?:it|them|that)",
            r"how far (?:\w+ ){0,3}(?:cut|reduce|lower|bring)",
            r"(?:mau|ingin) (?:dikurangi|mengurangi|menurunkan)",
            # "mau ditekan sampai angka berapa?", "mau diturunkan ke berapa?"
            r"(?:mau|ingin|pengen|harus) (?:di)?(?:tekan|turunkan|turunin)\w*",
            r"turun (?:ke|sampai)",
            # "what share of waivers do they want completed before…?", "¿qué porcentaje de
            # llegadas a tiempo quieren conseguir?": the share they want is a target
            # (the words between are the topic: only the opening is the cue)
            r"(?:what|which) (?:share|percentage|proportion|percent|rate) of(?=\b[^?]{0,40}?\b"
            r"(?:do|does|did) (?:\w+ ){1,2}(?:want|expect|need|aim|hope))",
            r"(?:que|qual|qué|cuál) (?:(?:é|es) )?(?:(?:o|a|el|la) )?(?:porcentaje|percentual|"
            r"porcentagem|proporci[óo]n|propor[çc][ãa]o|parcela|tasa|taxa)(?=\b[^?]{0,40}?\b(?:quer|"
            r"querem|quiere|quieren|buscam?|buscan?|precisam?|necesitan?)\b)",
            r"berapa persen(?=\b[^?]{0,40}?\b(?:mau|ingin|pengen|diharapkan|ditargetkan|target)\b)",
        ),
    ),
]

_SUCCESS = next(words for name, words in _INTENTS if name == "success")


# where a measure stood before: "on the last audit", "quantas panes secas eles tinham", "¿qué
# tan mal andan?"
_BEFORE = cue(
    r"last (?:year|season|audit|quarter|month|harvest)",
    r"how bad",
    r"tinham|tenían",
    r"qu[eé] tan mal",
    r"(?:tahun|musim) lalu",
    r"sebelumnya",
)


def asks_baseline_and_target(question: str) -> bool:
    """Whether the question asks where a measure stands and where they want it, one goal
    ("What lot rejection rate does the plant see today, and what are they aiming for?")."""
    return bool((_NOW.search(question) or _BEFORE.search(question)) and _SUCCESS.search(question))


_ANY_TYPE = (None, "person", "name", "number", "date")
# a refusal or a doubt in someone's own words: "I'm not signing my team up", "no lo veo"
_REFUSING = cue(
    r"not", r"\w+n['’]t", r"never", r"não", r"nunca", r"no", r"tidak", r"nggak", r"gak", r"enggak",
    r"bukan", r"belum",
)  # fmt: skip
# the speaker as the one who refuses: "I'm not signing my team up", "yo no voy a..."
_SELF = re.compile(
    r"(?<![\w'’])(?:I|I['’](?:m|ll|ve|d)|(?i:my|we|we['’]re|our|eu|meu|minha|nós|a gente|yo|mis?|"
    r"nosotros|saya|aku|kami))(?![\w'’])"
)
_ROLES = ("economic_buyer", "executive_sponsor", "champion", "blocker", "technical_evaluator")
_INTENT_TYPES = {
    # "two go-live dates, which are they?" asks for dates by "which"
    "go_live": (None, "date", "name"),
    "kickoff": (None, "date", "name"),
    "deal_value": (None, "number", "name"),
    "contract_signed": ("date",),
    "term": (None, "number", "name"),
    "renewal": (None, "number"),
    "lead_source": (None, "person", "name"),
    # "who else were they looking at?": a rival is named as if a person
    "competitors": (None, "name", "number", "person"),
    "commitments": _ANY_TYPE,
    "csm": (None, "person", "name"),
    # "who runs the training?" asks for someone, not the plan
    "training": (None, "name", "number", "date"),
    **dict.fromkeys(_ROLES, ("person", "name")),  # "what's the spend baseline?" asks no buyer
}
# a kind of system named by its acronym: "PACS", "ERP", "WMS"
_KIND_ACRONYM = re.compile(r"(?<!\w)[A-Z]{2,6}(?!\w)")
# moving off a system: "migrating away from", "migração", "dimigrasikan"
_MIGRATING = cue(r"migra\w*", r"(?:di|me)migrasi\w*", r"mov(?:e|ing) (?:off|away)")
# connecting systems: "integrar", "integrate with", "plug into", "menghubungkan", "post into"
_TO_CONNECT = cue(
    r"integra\w*",
    r"(?:di|meny|ter)?s?ambung\w*",
    r"nyambung\w*",
    r"post(?:s|ing)? (?:\w+ )?(?:in)?to",
    r"sync\w*",
    r"(?:di|meng)integrasi\w*",
    r"connect\w*",
    r"conect\w*",
    r"plug\w*",
    r"hook\w*",
    r"(?:meng)?hubungkan",
    r"terhubung",
)
_SENTENCE_FIELDS = {
    "systems": ("implementation", ("technical_environment", "integrations")),
    "training": ("implementation", ("training_plan",)),
    "why_now": ("purchase_context", ("why_now",)),
    "lead_source": ("purchase_context", ("lead_source",)),
}
_FACT_FIELDS = {
    "go_live": "go_live",
    "kickoff": "kickoff",
    "deal_value": "deal_value",
    "csm": "csm",
    "contract_signed": "contract_signed",
    "term": "term",
    "renewal": "renewal",
}


def _conflicts(briefing: Briefing, field: str) -> list[Flag]:
    return [f for f in briefing.flags if f.field == field and f.kind == "conflict"]


# who someone promised is, not who promised: "who is the named implementation manager...?",
# "quem é o gerente...?", "siapa nama..." (not "siapa yang menjanjikan...?")
_WHO_IS = re.compile(
    r"^\W*(?:(?:who(?:['’]s| is| will be)(?! going\b)|quem (?:é|será|vai ser)|"
    r"qui[eé]n (?:es|será|va a ser))(?!\s+(?:que|el que|la que|quien|quem)\b)"
    r"|siapa\b(?![^?]*\byang\b))",
    re.IGNORECASE,
)
# "what did Andrea tell them about...": asked of someone who made promises, a promise question
_SAID = cue(
    r"(?:say|said|tell|told|mention(?:ed)?)",
    r"(?:disse|falou|contou|comentou|pediu)",
    r"(?:dijo|habló|contó|comentó|pidió)",
    r"(?:bilang|kata|mengatakan|cerita|minta)",
)
# having a system: "which CRM do they use?", "qual ERP eles rodam hoje?"
_USING = cue(
    r"us(?:e|es|ed|ing)",
    r"run(?:s|ning)?",
    r"have|has",
    r"today|currently|right now",
    r"(?:us|utiliz|rod)(?:a|am|an)",
    r"tienen|têm|tem",
    r"hoje|hoy|ahora|actualmente|atualmente|sekarang|saat ini",
    r"(?:me)?(?:pakai|gunakan|nggunakan)",
)
# the price of one unit of something: "each", "cada", "setiap", "unit price"
# a period is no unit: "how much are they paying each year?" asks the deal's value
_PERIOD = r"(?! (?:year|month|quarter|ano|mês|trimestre|año|mes|tahun(?:nya)?|bulan(?:nya)?)\b)"
_UNIT_PRICE = cue(
    rf"each{_PERIOD}",
    r"per (?:unit|user|seat|licen[cs]e|item|conversation|message|transaction|hour|extra)",
    rf"cada{_PERIOD}",
    r"por (?:usuário|usuario|licença|licencia|unidade|unidad|item|hora|mensagem|mensaje)",
    rf"setiap{_PERIOD}",
    rf"tiap{_PERIOD}",
    r"per (?:pengguna|lisensi|unit|pesan|transaksi|jam)",
    r"unit price",
    r"preço unitário",
    r"precio unitario",
    r"harga satuan",
)
# when and how they pay, not how much: "¿con qué plazo nos pagan?", "payment terms"
_PAYMENT_TERMS = cue(
    r"payment terms?",
    r"net \d+",
    r"(?:con )?qué plazo nos pagan",
    r"plazo de pago",
    r"prazo (?:de|para) pagamento",
    r"jatuh tempo",
    r"termin pembayaran",
    r"when (?:do|will|did) they pay",
)
# the customer's own money, not what they pay us
_THEIR_MONEY = cue(
    r"revenues?",
    r"turnover",
    r"(?:annual|yearly) sales",
    r"faturamento",
    r"receitas?",
    r"ingresos",
    r"facturaci[oó]n",
    r"ventas anuales",
    r"omzet",
    r"pendapatan",
)
# what a price is of: "custo estimado da integração", "the cost of the training", "biaya
# penggantian" (Indonesian puts it straight after; the others after "of", "da", "de")
_PRICE_OF = re.compile(
    r"(?<!\w)(?:(?:costs?|prices?|fees?|value|custos?|preços?|valor|taxas?|costos?|precios?|"
    r"tarifas?)(?:\s+(?:estimad[oa]s?|estimated|total|anual|annual|mensal|mensual|monthly))?"
    r"\s+(?:of|for|da|do|das|dos|de|del|para)|biaya|harga|nilai)\s+"
    r"(?:(?:the|an?|o|la|el|los|las|os|as)\s+)?(?P<item>[\w-]+)",
    re.IGNORECASE,
)
# what names the deal itself: "the value of the contract", "valor do pedido", "nilai kontrak"
_THE_DEAL = frozenset((
    "contract", "contracts", "deal", "account", "agreement", "order", "subscription", "project",
    "contrato", "contratos", "negócio", "negocio", "conta", "cuenta", "pedido", "assinatura",
    "suscripción", "projeto", "proyecto", "kontrak", "akun", "proyek", "langganan", "ticket",
    "tiket",
    # or says only what kind of amount, or for when: "qual o valor anual?", "for year one"
    "total", "anual", "annual", "yearly", "mensal", "mensual", "monthly", "tahunan", "bulanan",
    "final", "year", "years", "ano", "anos", "año", "años", "tahun", "first", "primeiro",
    "primer",
))  # fmt: skip


def _prices_an_item(question: str) -> bool:
    """Whether the question asks the price of something other than the deal ("qual o custo
    estimado da integração com o Sankhya?"), which no deal's value answers."""
    return any(
        (item := m["item"].lower().removesuffix("nya")) not in _THE_DEAL and item not in STOPWORDS
        for m in _PRICE_OF.finditer(question)
    )


_OURS = re.compile(
    r"(?<!\w)(?:(?-i:us)|our|we|nós|noss[oa]s?|nuestr[oa]s?|nosotros|a gente|kita|kami)(?!\w)",
    re.IGNORECASE,
)
# a question for the place, opening or ending on it: "where is the kickoff?", "di mana?",
# "¿dónde será?" (not "según dónde mires")
_WHERE = re.compile(
    r"^\W*(?:(?:and|e|y|dan)\s+)?(?:where|di ?mana|onde|d[oó]nde|lokasi(?:nya)?|tempat(?:nya)?)\b"
    r"|(?<!\w)(?:where|di ?mana|onde|d[oó]nde)\W*$",
    re.IGNORECASE,
)
# a question for a site, which is where: "em qual unidade vai começar?", "which depot goes
# first?", "outlet mana yang pertama?"
_WHICH_SITE = re.compile(
    r"(?<!\w)(?:which|what|qual|quais|cu[aá]l|cu[aá]les|qu[eé])\s+(?:\w+\s+)?(?:sites?|stores?|"
    r"branch(?:es)?|locations?|depots?|plants?|venues?|clinics?|unidades?|lojas?|filia(?:l|is)|"
    r"sedes?|sucursal(?:es)?|tiendas?|plantas?|garage(?:m|ns)|cabang|outlet|lokasi)\b"
    r"|(?<!\w)(?:outlet|cabang|lokasi|pabrik|gudang|toko)\s+mana\b",
    re.IGNORECASE,
)
# a question for the reason: "what ruled it out?", "¿por qué no lo eligieron?"
_WHY = cue(
    r"why",
    r"what (?:ruled|tipped|made|swung)",
    r"drawbacks?",
    r"downsides?",
    r"reasons?",
    r"por ?qu[eé]",
    r"motivos?",
    r"razón",
    r"razões",
    r"descart\w+",
    r"kenapa",
    r"mengapa",
    r"alasan\w*",
)
# a contrast: "but", "porém", "tapi"
# (a capitalised "Mas" before a name is the Indonesian honorific, "Mas Andre", not Portuguese
# "mas"; a sentence opening "Mas Rafael achou..." is lost to it)
_CONTRAST = (
    r"but|however|though|pero|sin embargo|porém|(?-i:mas|Mas(?!\s+[A-ZÀ-Ý]))|entretanto|tapi"
    r"|tetapi|namun"
)
# a sentence opening on a contrast: "Tapi mereka belum bisa ke SAP."
_BUT = re.compile(rf"\W*(?:{_CONTRAST})\b", re.IGNORECASE)
# a mention that weighs an alternative: a contrast, or what it lacks or costs
_WEIGHED = cue(
    _CONTRAST,
    r"cheaper",
    r"(?:more )?expensive",
    r"lack\w*",
    r"(?:does|did|do|could|can|would)(?:n['’]t| not)",
    r"más barat\w+",
    r"mais barat\w+",
    r"não (?:tem|tinha|faz|fazia)",
    r"no (?:tiene|tenía|hace|hacía)",
    r"lebih (?:murah|mahal)",
    # what it lost on: "Odoo kalah di waktu implementasi", "perdió por precio"
    r"kalah",
    r"lost (?:on|out|because)",
    r"perd(?:ió|ieron|eu|eram) (?:por|pelo|pela|en|no|na)",
)
_TOPIC_NOISE = cue(
    r"contract",
    r"contrato",
    r"kontrak",
    r"order form",
    r"outside",
    r"fora",
    r"fuera",
    r"di luar",
    r"sales rep",
    r"vendor",
    r"vendedor",
    r"vendedora",
    r"rep",
)
# someone, or someone by name: "tem alguém da nossa equipe prometido nominalmente?", "did we
# promise them anyone by name?"
_SOMEONE = cue(
    r"nominalmente",
    r"by name",
    r"pelo nome",
    r"por (?:su )?nombre",
    r"(?:specific|específic[oa]) (?:person|pessoa|persona)",
    # someone of our team: "alguém da nossa equipe", "anyone from our side", "alguien de
    # nuestro equipo" (not "did we promise anyone a discount?")
    r"(?:alguém|someone|somebody|anyone|anybody|alguien|seseorang) (?:\w+ ){0,2}(?:of ours|"
    r"from (?:our|us)|on our|da nossa|do nosso|de nuestro|de nuestra|del nuestro|dari (?:tim )?"
    r"kami)",
)
# whether a promise is written down: "which promises were only verbal?", "¿qué le prometimos de
# palabra?", "yang dijanjikan secara lisan": how it was promised, not what about
_UNWRITTEN = cue(
    r"verbal(?:ly)?",
    r"oral(?:ly|mente)?",
    r"(?:de|by) (?:palabra|boca|word of mouth)",
    r"(?:not|never|não|nunca|no|tidak|nggak|gak|belum) (?:\w+ ){0,2}(?:in|on|por|em|en|di atas) "
    r"(?:writing|paper|escrito|papel|kertas)",
    r"lisan",
    r"(?:tidak|nggak|gak|belum) tertulis",
)
# "isn't in the contract", "no aparece en el contrato", "não está no contrato", "tidak ada di
# kontrak" (Portuguese "no" is "in the", not a negation)
_NOT_IN_CONTRACT = cue(
    r"(?:not|\w+n['’]t|never|não|nunca|tidak|nggak|gak|belum|bukan|outside|beyond|fora|fuera|"
    r"di luar)(?: \w+){0,4} (?:the )?(?:contract|contrato|kontrak|order form|paperwork)",
    r"no (?:aparece|está|figura|queda|quedó|se incluye)(?: \w+){0,3} (?:contrato|pedido)",
)


def _quote(evidence: list[Evidence]) -> str:
    return f" \u201c{evidence[0].quote}\u201d{in_figures(evidence[0].quote)}" if evidence else ""


def _short(name: str) -> str:
    """A full name by its first two words ("Rodrigo Villaseñor" for "Rodrigo Villaseñor Garza")."""
    return " ".join(name.split()[:2])


def _described(name: str | None, briefing: Briefing) -> str:
    """The stakeholder ``name`` names, with their title ("Fernanda Ibarra Lozano Directora
    General"); '' for no one the briefing lists."""
    found = [s for s in briefing.stakeholders if name and same_person(name, s.name)]
    return f"{found[0].name} {found[0].title or ''}" if found else ""


def _one_per_document(evidence: list[Evidence], limit: int) -> list[Evidence]:
    """The first of ``evidence`` from each document, up to ``limit``."""
    out: list[Evidence] = []
    for e in evidence:
        if all(o.document.split("#")[0] != e.document.split("#")[0] for o in out):
            out.append(e)
    return out[:limit]


_BRIEF = 6
"""Words of a sentence too short to say what it weighs ("But I'm not naive.")..."""


def _brief(unit: Unit) -> bool:
    """...when it names nothing either ("Tapi mereka belum bisa ke SAP." names what)."""
    words = unit.text.split()
    named = [w for w in words[1:] if w[:1].isupper() and w.strip(".,!?") not in ("I", "I'm")]
    return len(words) <= _BRIEF and not named and not any(c.isdigit() for c in unit.text)


class _Sentences:
    """The sentence around a citation, so that an answer quotes "Kickoff is on 9 September at
    the Leiden site", not "9 September"."""

    _LONGEST = 400
    """A quote longer than this (characters) is not worth widening to."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self._documents = documents
        self._units: dict[str, list[Unit]] = {}

    def _split(self, doc: Document) -> list[Unit]:
        if doc.name not in self._units:
            self._units[doc.name] = split_units(doc)
        return self._units[doc.name]

    @cached_property
    def _day_first(self) -> bool:
        return reads_day_first(list(self._documents.values()))

    def around(self, evidence: Evidence) -> Evidence:
        doc = self._documents.get(evidence.document)
        if doc is None or evidence.start is None:
            return evidence
        end = evidence.end if evidence.end is not None else evidence.start
        for unit in self._split(doc):
            if unit.start <= evidence.start and end <= unit.end:
                return unit.evidence() if unit.end - unit.start <= self._LONGEST else evidence
        return evidence  # spans two sentences (a CRM record's lines): quoted as it is

    def _segment_of(self, evidence: Evidence) -> tuple[Document, Segment] | None:
        doc = self._documents.get(evidence.document)
        seg = doc.segment_at(evidence.start) if doc and evidence.start is not None else None
        return (doc, seg) if doc and seg else None

    def segment(self, evidence: Evidence) -> str:
        """The turn, paragraph or list item a citation is in ("- susut bhn baku 1,8%. Pak Hendra
        mau turun separuh -> target 0,9%"), or the citation when that is too long to help."""
        found = self._segment_of(evidence)
        if found is None or found[1].end - found[1].start > self._LONGEST:
            return evidence.quote
        doc, seg = found
        return doc.text[seg.start : seg.end]

    def speaker(self, evidence: Evidence) -> str | None:
        """Who says the cited words: a call turn's speaker, or the writer of a message an email
        forwards; None elsewhere."""
        found = self._segment_of(evidence)
        return found[1].speaker if found else None

    def mentioning(self, name: str, weighing: bool = False) -> list[Evidence]:
        """Every sentence that names ``name``, with the next one of its turn ("We had DockPilot
        do a demo. They're a lot cheaper."); with ``weighing``, with the one after that too
        when it opens on a contrast, or weighs and the next does not ("Kita sempat demo JALA.
        Aplikasinya bagus. Tapi mereka belum bisa ke SAP."), and the one after a contrast too
        short to say it ("Tapi saya juga nggak naif. Mereka minta delapan bulan...")."""
        pattern = as_word(name)
        out = []
        for doc in self._documents.values():
            if not pattern.search(doc.text):
                continue
            units = self._split(doc)
            for i, unit in enumerate(units):
                if pattern.search(unit.text):
                    ends = [u for u in [next_in_segment(units, i)] if u is not None]
                    if weighing and ends:
                        further = next_in_segment(units, i + 1)
                        if further is not None and (
                            _BUT.match(further.text)
                            or (_WEIGHED.search(further.text) and not _WEIGHED.search(ends[0].text))
                        ):
                            ends.append(further)
                    # "Tapi saya juga nggak naif." says there is a but, not what it is
                    last = i + len(ends)
                    after = next_in_segment(units, last) if weighing and ends else None
                    if after is not None and _BUT.match(units[last].text) and _brief(units[last]):
                        ends.append(after)
                    # the longest of them that keeps the quote short enough
                    fit = [u for u in ends if u.end - unit.start <= self._LONGEST]
                    out.append(unit.evidence(unit.start, (fit[-1] if fit else unit).end))
        return out

    def people(self) -> set[str]:
        """The full names of who speaks on the calls and who sends or receives the emails."""
        return speaker_names(self._documents.values()) | {
            p for d in self._documents.values() for p in d.participants if " " in p
        }

    def said_by(self, name: str) -> list[Evidence]:
        """Every sentence ``name`` says in a call."""
        return [
            unit.evidence()
            for doc in self._documents.values()
            if doc.kind == "call"
            for unit in self._split(doc)
            if unit.speaker and same_person(unit.speaker, name)
        ]

    def dated(self, iso: str) -> list[Evidence]:
        """The sentences of calls, emails and notes that give the date ``iso`` in their own
        words ("We'll have you live on March 1." for 2027-03-01), calls first; a date without
        its year is of the year its document was written (of the date asked for when undated)."""
        try:
            when = date.fromisoformat(iso)
        except ValueError:  # a value that is no day ("USD 140,184.00", "2027-03")
            when = None
        # "live by end of August" gives the month's last day: (year, month) of such a date
        month_end = (
            (when.year, when.month)
            if when is not None and when.day == calendar.monthrange(when.year, when.month)[1]
            else None
        )
        out = []
        for doc in sorted(self._documents.values(), key=lambda d: d.kind != "call"):
            if doc.kind not in ("call", "email", "note"):
                continue
            for unit in self._split(doc):
                if unit.text.rstrip().endswith("?"):
                    continue
                if any(
                    m.iso == iso for m in find_dates(unit.text, doc.date or iso, self._day_first)
                ) or (
                    month_end is not None
                    and any(
                        MONTHS[m["m"].lower()] == month_end[1]
                        and int(m["y"] or month_end[0]) == month_end[0]
                        for m in _MONTH_END.finditer(unit.text)
                    )
                ):
                    out.append(unit.evidence())
        return out


_MONTH_END = re.compile(
    rf"(?<!\w)(?:(?:the )?end of|fim de|final de|finales de|fines de|akhir(?: bulan)?)\s+"
    rf"(?P<m>{MONTH_PATTERN})(?:,?\s+(?:de\s+)?(?P<y>20\d\d))?(?!\w)",
    re.IGNORECASE,
)


# ways of delivering one thing: a promise of one is answered by a clause giving the other
_OPPOSITES = (("onsite", "remote"), ("around_the_clock", "business_hours"))


def _closest(promise: Commitment, lines: list[Unit], translated: bool = False) -> Evidence | None:
    """Of the contract ``lines``, the one on the promise's topic: of those sharing two of its
    words, the one sharing most ("Integrations with the PI historian are out of scope";
    ``translated``, in any language: "Treinamento remoto: até 3 turmas" for "treinamento
    presencial")."""
    quote = " ".join(e.quote for e in promise.evidence)
    said = analyse(quote, set(), lambda _: 1.0, translated)
    # "implantador presencial" against "Implantação remota": the other way of delivering it
    opposed = [b for a, b in _OPPOSITES + tuple((b, a) for a, b in _OPPOSITES) if names(quote, [a])]
    shared = []
    for u in lines:
        other_way = bool(translated and opposed and names(u.text, opposed))
        # a bare number ("years 2 and 3", "Bagian 2") is no topic shared
        words = [t for t in found_terms(u.text, said) if not t.token.isdigit()]
        shared.append((len(words) + other_way, other_way, u))
    # the clause giving the other way ("segunda a sexta, das 8h às 18h" for "suporte 24 horas")
    # says best what the contract provides instead
    best = max((s for s in shared if s[0] >= 2), key=lambda s: (s[1], s[0]), default=None)
    return best[2].evidence() if best is not None else None


def _answer(question: str, text: str, citations: list[Evidence]) -> Answer:
    return Answer(
        question=question, answer=text, found=True, citations=citations, source="briefing"
    )


def _topic(
    question: str,
    intent: re.Pattern[str] | None,
    briefing: Briefing,
    idf: Callable[[str], float] = lambda _: 1.0,
) -> Question:
    """What the question asks about beyond the words that name its intent and the customer
    ("what service credits does Saltmarsh get?" is not about "The Saltmarsh Charleston"), each
    word weighted by ``idf``, its rarity in the account ("after-hours support" outweighs
    "Valentine's" where every promise is about the Valentine's peak)."""
    names = [briefing.account.replace("-", " ")]
    if briefing.overview.company:
        names.append(briefing.overview.company.value)
    company = {t for name in names for t in tokenize(fold(name))}
    return analyse(intent.sub(" ", question) if intent else question, company, idf, True)


# the noun a which-question opens on: "which competitor", "¿qué competidor", "qual concorrente"
_ASKED_KIND = re.compile(
    r"\W*(?:which|what|qual|quais|que|qué|cuál|cuáles)\s+(?P<kind>[\w-]+)", re.IGNORECASE
)


# the contract named by its signing: "the signed order form", "o contrato assinado", "dokumen
# yang ditandatangani"
_SIGNED_DOCUMENT = re.compile(
    r"(?<!\w)(?:signed (?P<en>contract|order form|agreement|document|copy|version|quote|proposal|"
    r"paperwork|paper|deal)"
    r"|(?P<pt_es>(?:contrato|documento|acordo|pedido|orden de pedido|order form|propuesta|proposta)s?)"
    # "¿cuándo quedó el contrato firmado?" asks when it was signed
    r" (?:assinad[oa]s?|firmad[oa]s?)(?!\s*[?.!]*\s*$)"
    r"|(?P<id>(?:dokumen|kontrak|order form|perjanjian|surat)(?:nya)?) yang (?:sudah |telah )?"
    r"(?:ditandatangani|diteken))(?!\w)",
    re.IGNORECASE,
)


# the signed contract as the source a question cites: "según lo firmado", "conforme o assinado",
# "according to what was signed" (not "what was signed, and when?")
_WHAT_WAS_SIGNED = re.compile(
    r"(?<!\w)(?:según|segun|conforme|segundo|de acordo com|according to|per|menurut|sesuai)\s+"
    r"(?:lo firmado|o (?:que foi )?assinado|what (?:was|they|we) signed|"
    r"yang (?:sudah |telah )?(?:diteken|ditandatangani))(?!\w)",
    re.IGNORECASE,
)


def _unsigned(question: str) -> str:
    """The question with the contract named without its signing ("the signed order form" is
    "the order form", "según lo firmado" is "according to the contract")."""
    question = _WHAT_WAS_SIGNED.sub("according to the contract", question)
    return _SIGNED_DOCUMENT.sub(lambda m: next(g for g in m.groups() if g), question)


def field_intents(
    question: str, asked: Intent | None, asked_for: Question | None = None
) -> list[tuple[str, re.Pattern[str] | None]]:
    """The briefing fields ``question`` asks for, most likely first, each with the words that
    named it (None when only its meaning, ``asked``, did): those whose kind of value it asks
    for ("what's the spend baseline?" asks for no buyer)."""
    asked_for = asked_for or analyse(question, set(), lambda _: 1.0)
    expects = asked_for.expects
    who = asks_for_person(question)
    intents: list[tuple[str, re.Pattern[str] | None]] = []
    # "according to the signed document, by when...?" names the contract, not its signing
    unsigned = _unsigned(question)
    for name, words in _INTENTS:
        if words.search(unsigned) and name not in {i for i, _ in intents}:
            intents.append((name, words))
    # "¿qué competidor les ofreció un precio más bajo?" asks for a competitor, whatever it
    # says of offers: the field the question's noun names comes first
    kind = _ASKED_KIND.match(question)
    if kind:
        named = [i for i in intents if i[1] is not None and i[1].fullmatch(kind["kind"])]
        intents = named[:1] + [i for i in intents if i not in named[:1]]
    if asked and asked not in {intent for intent, _ in intents}:
        intents.append((asked, None))
    if asked == "signatories":  # "when did they sign?" is the signing date
        intents.append(("contract_signed", None))
    out = []
    for intent, pattern in intents:
        types = _INTENT_TYPES.get(intent, _ANY_TYPE)
        if pattern is _FREE_OFFER and expects == "number":
            continue
        # "why is the quality manager resisting?" asks what was said of the sceptic
        why_role = intent == "blocker" and _WHY.search(question) is not None
        if expects not in types and not (who and "person" in types) and not why_role:
            continue
        if intent in _ROLES and (ASKS_ORGANISATION.search(question) or _OUR_STAFF.search(question)):
            continue
        if intent in _ROLES and pattern is None and expects == "name":
            continue  # "apa nama kapal liveaboard mereka?": close to a role, but asks a thing
        if intent == "commitments" and _THEY_AGREED.search(question):
            continue  # "what fee has the committee agreed to charge?": their decision, not ours
        if intent == "kickoff" and pattern is None and RECURRING.search(question):
            continue  # "a primeira reunião trimestral" is a review, not the kickoff
        if intent == "competitors" and _WHO_EVALUATES.search(question):
            continue  # "who is evaluating security?" asks for one of their people
        # "go-live?" asks for the date when its words and its meaning agree; "what's blocking
        # go-live?" not
        agreed = expects is None and pattern is not None and intent == asked
        if intent in ("go_live", "kickoff") and (
            (expects not in ("date", "name") and not agreed)
            or ((_WHERE.search(question) or _WHICH_SITE.search(question)) and expects != "date")
            or (named_only(question) and expects != "date")
        ):
            # "di mana?" asks where the kickoff is, not when; "what penalty if go-live slips?"
            # asks the penalty
            continue
        if intent == "term" and _OTHER_PERIOD.search(question):
            continue  # "what is the notice period for cancelling?" asks no term
        if intent == "term" and AFTER_THE_END.search(question) and not _RENEWS.search(question):
            continue  # "how long is our data kept after the contract ends?" asks no term
        if intent == "term" and pattern is None and not _DURATION.search(_WHEN.sub(" ", question)):
            # close in meaning to the term, but asking no length ("is the one-hour WhatsApp
            # support written into the contract?")
            continue
        if intent == "deal_value" and (
            HOW_LONG.search(question)  # "por quanto tempo ele vale?" asks its term
            or asked_for.counted  # "berapa jumlah lisensi...?" counts licences
            or _UNIT_PRICE.search(question)
            # a monthly fee is no deal's value (a term's total or a year's)
            or names(question, ["monthly"])
            or _PAYMENT_TERMS.search(question)
            or (_THEIR_MONEY.search(question) and not _OURS.search(question))
            or _prices_an_item(question)
        ):
            # "how much does each extra conversation cost?", "¿con qué plazo nos pagan?", "what's
            # their annual revenue?" ask for no deal's value ("our revenue from them" does)
            continue
        out.append((intent, pattern))
    return out


def answer_from_briefing(
    question: str,
    briefing: Briefing,
    asked: Intent | None = None,
    documents: dict[str, Document] | None = None,
    idf: Callable[[str], float] = lambda _: 1.0,
) -> Answer | None:
    """An answer from the briefing's verified fields when the question asks for one of them:
    by its words, or by ``asked``, the intent it is closest to in meaning. With ``documents``,
    each citation is the whole sentence it stands in; with ``idf``, the question's topic is
    weighted by each word's rarity in the account."""
    asked_for = analyse(question, set(), lambda _: 1.0)  # the kind of value it asks for
    expects = asked_for.expects
    sentences = _Sentences(documents or {})
    intents = field_intents(question, asked, asked_for)
    if not any(intent == "commitments" for intent, _ in intents) and _SAID.search(question):
        makers = {w for c in briefing.commitments if c.made_by for w in c.made_by.split()}
        if any(w in makers for w in re.findall(r"[\w'’-]+", question) if w[:1].isupper()):
            # "what did Andrea tell the finance secretary about the price?": Andrea's promises
            intents.insert(0, ("commitments", _SAID))
    if not intents and ABOUT_CONTRACT.search(question):
        # "is the one-hour WhatsApp support in the contract?": a promise only said, asked
        # about by what it gives
        topic = _topic(ABOUT_CONTRACT.sub(" ", question), None, briefing, idf)
        only_said = [c for c in briefing.commitments if not c.in_contract]
        if any(topic.coverage(f"{c.text} {' '.join(e.quote for e in c.evidence)}") >= 0.5
               for c in only_said):  # fmt: skip
            intents.append(("commitments", ABOUT_CONTRACT))
    # "kenapa partner Odoo nggak dipilih?": why about a rival the briefing lists
    if (
        not intents
        and _WHY.search(question)
        and any(as_word(c.name).search(question) for c in briefing.competitors)
    ):
        intents.append(("competitors", None))
    if any(as_word(c.name).search(question) for c in briefing.competitors) and not _PROMISED.search(
        question
    ):
        # "what price did ChefTrack offer them?": a rival's offer, not a promise of ours nor
        # what our deal is worth ("qual foi o valor da proposta da Nexfit?")
        intents = [
            (intent, pattern)
            for intent, pattern in intents
            if intent not in ("commitments", "deal_value")
        ]
    absent = False
    for intent, pattern in intents:
        if intent in _FACT_FIELDS:
            fact: Fact | MoneyFact | None = getattr(briefing.overview, _FACT_FIELDS[intent])
            if fact is None:
                absent = True  # the briefing looked for it in the whole material
                continue
            if (
                intent == "csm"
                and expects in ("person", "name")
                and as_word(str(fact.value)).search(question)
            ):
                continue  # "which CSM has Claire Bennett assigned?": not Claire Bennett
            cites = unique_evidence([sentences.around(e) for e in fact.evidence])
            if (
                intent == "renewal"
                and _NOTICE.search(question)
                and not any(_NOTICE_GIVEN.search(e.quote) for e in cites)
            ):
                # "how many days' notice not to renew?": a clause giving the days, not "salvo
                # aviso por escrito" alone
                continue
            if (
                intent == "deal_value"
                and names(question, ["annual"])
                and not any(names(e.quote, ["annual"]) for e in cites)
            ):
                continue  # "¿cuánto nos pagan al año?": a year's fee, not the term's total
            if intent == "kickoff":  # the meeting as last set, by the invite, not as asked for
                cites.sort(key=lambda e: e.date or "", reverse=True)
            if ABOUT_CONTRACT.search(question):  # "which date does the signed agreement give?"
                cites.sort(key=lambda e: e.kind != "contract")
            # (a renewal's value is its clause, quoted already)
            said = (
                "" if intent == "renewal" else f"{fact_text(fact, detect_language([question]))} — "
            )
            text = f"{said}{quoted(cites[:2])}."
            for flag in _conflicts(briefing, f"overview.{_FACT_FIELDS[intent]}"):
                text += f" Note: {flag.message}"
                # the other sources, in their own words
                other = [sentences.around(e) for e in flag.evidence]
                other = [e for e in other if not any(e.overlaps(c) for c in cites)]
                # each date the sources give, as someone said it ("3/1/2027" in the CRM: "live on
                # March 1"); a sentence giving both says best how they disagree
                for value in flag.values:
                    spoken = [
                        e
                        for e in sentences.dated(value)
                        if not any(e.overlaps(c) for c in cites + other)
                    ]
                    other += spoken[:1]
                if other:
                    text += f" {quoted(other[:4])}."
                    cites += other[:4]
            return _answer(question, text, cites)
        if intent == "competitors":
            if not briefing.competitors:
                continue
            listed = ", ".join(c.name for c in briefing.competitors)
            # each alternative in the sentences that name it, those on the question's topic first
            topic = _topic(question, pattern, briefing, idf)
            why = _WHY.search(question) is not None
            priced = any(names(question, [c]) for c in ("price", "cost"))
            cites = []
            # those the question names ("what price did they put on the table, RideCore?")
            asked_of = [c for c in briefing.competitors if as_word(c.name).search(question)]
            for competitor in asked_of or briefing.competitors:  # each named alternative cited
                naming = sentences.mentioning(competitor.name, weighing=why)
                mentions = [sentences.around(e) for e in competitor.evidence] + naming
                if expects == "number":  # "what price did the rival quote?": a mention with it
                    mentions = [e for e in mentions if has_type([e.quote], topic, [])]
                # "why didn't they pick it?": a mention that weighs it ("cheaper, but no
                # routing") says why; a CRM line naming it does not
                # "which one offered a lower price?": a mention with its price
                best = max(
                    mentions,
                    key=lambda e: (
                        why and _WEIGHED.search(e.quote) is not None,
                        priced and bool(find_money(e.quote) or PERCENT.search(e.quote)),
                        topic.coverage(e.quote),
                    ),
                    default=None,
                )
                if best is not None and not any(best.overlaps(c) for c in cites):
                    cites.append(best)  # one CRM line naming two rivals is quoted once
                if best is not None and best.kind == "crm":
                    # and where it came up, with what weighed it: a CRM line says it was a
                    # rival, not what was said of it
                    weighed = naming if why else sentences.mentioning(competitor.name, True)
                    spoken = [e for e in weighed if e.kind in ("call", "email", "note")]
                    heard = max(spoken, key=lambda e: topic.coverage(e.quote), default=None)
                    if heard is not None and not any(heard.overlaps(c) for c in cites):
                        cites.append(heard)
            if not cites:
                continue
            cites.sort(key=lambda e: -topic.coverage(e.quote))
            return _answer(question, f"Evaluated alternatives: {listed}. {quoted(cites)}", cites)
        if intent in _SENTENCE_FIELDS:
            # "qual ERP eles rodam hoje?" asks for the system; "which ERP are they migrating to
            # the cloud?" for one with a topic of its own
            topic = _topic(_USING.sub(" ", question), pattern, briefing, idf)
            section, fields = _SENTENCE_FIELDS[intent]
            facts = [getattr(getattr(briefing, section), f) for f in fields]
            # "com quais sistemas a gente precisa integrar?", "which PMS are they migrating
            # away from?": the integrations, the migration
            connecting = briefing.implementation.integrations
            migrating = briefing.implementation.data_migration
            to_connect: list[Evidence] = []
            integrating = False
            if intent == "systems" and connecting and _TO_CONNECT.search(question):
                to_connect, integrating = connecting.evidence, True
            elif intent == "systems" and migrating and _MIGRATING.search(question):
                facts.append(migrating)
                to_connect = migrating.evidence
            found = [e for fact in facts if fact for e in fact.evidence]
            # "what deadline is driving urgency?" names no topic; a system asked for by what
            # is done with it is named where that is done ("sistem akuntansi apa yang harus
            # diintegrasikan?": "integrasi dengan Accurate Online")
            if intent not in ("why_now", "lead_source") and (topic.terms or pattern is None):
                found = [
                    e for e in found
                    if topic.coverage(e.quote) > 0
                    or (integrating and e in to_connect and expects == "name")
                ]  # fmt: skip
            if intent == "why_now":
                # "o que aconteceu em janeiro que fez...?", "what happened in January...?": when
                # the trigger the briefing holds says nothing of the month or name asked, what
                # the calls and emails say of it
                held = {t.token for t in topic.terms if t.proper or MONTH_NAME.fullmatch(t.token)}
                named = [w for w in re.findall(r"[\w-]+", question) if fold(w) in held]
                if named and not any(as_word(n).search(e.quote) for n in named for e in found):
                    spoken = [
                        e
                        for n in named
                        for e in sentences.mentioning(n)
                        if e.kind in ("call", "email", "note")
                    ]
                    if spoken:
                        spoken.sort(key=lambda e: -topic.coverage(e.quote))
                        return _answer(question, quoted(spoken[:3]), spoken[:3])
            if intent == "systems":  # "which ERP...?": a sentence that names one
                found = [e for e in found if has_type([e.quote], asked_for, [])]
                kinds = _KIND_ACRONYM.findall(question)
                asked_more = {t.token.casefold() for t in topic.terms} - {
                    k.casefold() for k in kinds
                }
                if not found and not asked_more:
                    # "which PACS do they run?" (and nothing else): where the material names the
                    # kind, not where a rival offers one
                    rivals = [c.name for c in briefing.competitors if c.name not in kinds]
                    found = [
                        e
                        for kind in kinds
                        for e in sentences.mentioning(kind)
                        if has_type([e.quote], asked_for, [])
                        and not any(as_word(r).search(e.quote) for r in rivals)
                    ]
            # "what's the one date that can't slip?": the sentence with the date first (and a
            # date or figure asked, "¿en qué fechas están programadas las jornadas de
            # capacitación?", only one: a training plan that gives none does not say when); of
            # those naming a system, the integrations or the migration asked about
            typed = {id(e): has_type([e.quote], asked_for, []) for e in found}
            if expects in ("date", "number"):
                found = [e for e in found if typed[id(e)]]
            found.sort(key=lambda e: (-typed[id(e)], e not in to_connect, -topic.coverage(e.quote)))
            if not found:
                continue
            cites = [sentences.around(e) for e in found[:3]]
            return _answer(question, quoted(cites), cites)
        if intent == "success":
            # "today" says which figure is asked, not of what: "Hoy tardamos 4 días" is no
            # answer to "what share of orders ship with a spec error today?"
            topic = _topic(_NOW.sub(" ", question), pattern, briefing, idf)
            # a criterion in all its words: the notes may restate it ("Expired stock
            # write-offs: £410k/yr → down 25%" where the call said "write-offs down 25%"), or
            # state its measure in the sentence before ("susut bhn baku 1,8%. Pak Hendra mau
            # turun separuh -> target 0,9%")
            own = {id(c): " ".join([c.metric, c.baseline or "", *(e.quote for e in c.evidence)])
                   for c in briefing.success_criteria}  # fmt: skip
            # and by whom: "what target did the managing director set?"
            stated = {
                id(c): f"{own[id(c)]} {sentences.segment(c.evidence[0])} "
                f"{_described(sentences.speaker(c.evidence[0]), briefing)}"
                for c in briefing.success_criteria
            }
            criteria = [c for c in briefing.success_criteria if topic.coverage(stated[id(c)]) > 0]
            # a criterion with a target says where they want to get, not only where they are;
            # "I'd want that at 80%" is on the measure of the baseline it points back at, a
            # criterion naming the measure itself more than one whose turn names it
            criteria.sort(
                key=lambda c: (
                    -(topic.coverage(own[id(c)]) + topic.coverage(stated[id(c)])) / 2
                    - (0.5 if c.target else 0.0)
                )
            )
            if not criteria:
                continue
            # each criterion's sentence, and its restatement closest to the question's words;
            # asked where it stands today too, the goal's baseline
            both = asks_baseline_and_target(question)
            cites = [
                sentences.around(e)
                for c in criteria[:2]
                for e in dict.fromkeys(
                    [c.evidence[0], max(c.evidence, key=lambda e: topic.coverage(e.quote))]
                    + (c.evidence[1:2] if both else [])
                )
            ]
            return _answer(question, quoted(cites), cites)
        if intent == "commitments":
            unsaid = _UNWRITTEN.sub(" ", _TOPIC_NOISE.sub(" ", _NOT_IN_CONTRACT.sub(" ", question)))
            topic = _topic(unsaid, pattern, briefing, idf)

            def with_people(c: Commitment) -> str:
                """The promise with who made it, who asked ("what did Colin agree to?") and how
                it was restated elsewhere ("...the chapter for Marisol" in the rep's notes)."""
                restated = " ".join(e.quote for e in c.evidence)
                return f"{c.made_by} {c.requested_by or ''} {c.text} {restated}"

            # a promise outside the contract may name no maker (a line of the rep's notes); a
            # clause of the contract says what was bought, not what was promised
            on_topic = {
                id(c): topic.coverage(with_people(c))
                for c in briefing.commitments
                if c.made_by or not c.in_contract
            }
            chosen = [c for c in briefing.commitments if on_topic.get(id(c), 0.0) > 0]
            levels = levels_of(question)
            if levels:
                # "¿qué tiempo de respuesta para incidentes de Severidad 3?": a promise for
                # that level, not the roadmap date of an integration
                chosen = [c for c in chosen if levels & levels_of(with_people(c))]
            if asked_for.expects == "number" or (
                asked_for.expects == "person"
                and (NAME_ASKED.search(question) or _WHO_IS.search(question))
            ):
                # "what uptime percentage does it guarantee?", "how many free SMS credits?", "qual
                # é o nome do gerente de implantação dedicado prometido?", "who is the named
                # implementation manager we promised?": a promise that says one, or names them
                # ("um gerente dedicado" names no one; "who promised...?" asks who made it)
                named = [s.name for s in briefing.stakeholders]
                chosen = [
                    c for c in chosen
                    if has_type([c.text, *(e.quote for e in c.evidence)], asked_for, named)
                ]  # fmt: skip
            chosen.sort(key=lambda c: -on_topic[id(c)])
            if not chosen and _SOMEONE.search(question):
                # "tem alguém da nossa equipe técnica prometido nominalmente?": the promises
                # that name someone besides who made them ("Engenheiro dedicado: Caio Ventura")
                theirs = [s.name for s in briefing.stakeholders]
                ours = [n for n in sentences.people() if not any(same_person(n, s) for s in theirs)]
                chosen = [c for c in briefing.commitments if id(c) in on_topic
                          and any(as_word(n).search(c.text) for n in ours
                                  if not (c.made_by and same_person(n, c.made_by)))]  # fmt: skip
            if not topic.terms:
                # "what did we promise them?", "which promises were only verbal?": every promise,
                # those the contract does not hold first; asked what is not in it, only those
                chosen = sorted((c for c in briefing.commitments if id(c) in on_topic),
                                key=lambda c: c.in_contract)  # fmt: skip
                if _UNWRITTEN.search(question) or _NOT_IN_CONTRACT.search(question):
                    chosen = [c for c in chosen if not c.in_contract]
            if not chosen:
                continue
            lines = []
            cites = []
            contracts = [d for d in (documents or {}).values() if d.kind == "contract"]
            excluded = exclusions(contracts)
            # "is it in the contract?": what the contract gives on that topic instead
            clauses = committed_clauses(contracts) if ABOUT_CONTRACT.search(question) else []
            for c in chosen[: 3 if topic.terms else 5]:
                status = "in the contract" if c.in_contract else "NOT in the contract (unvalidated)"
                said = (
                    f"{c.requested_by} asked and {c.made_by} agreed"
                    if c.requested_by
                    else c.made_by or "Promised"
                )
                lines.append(f"{said}: \u201c{c.text}\u201d{in_figures(c.text)} ({status}).")
                also = _one_per_document(c.evidence, 3)[1:]  # the same promise, restated elsewhere
                if also:
                    lines.append(f"Also: {quoted(also)}.")
                against = None if c.in_contract else _closest(c, excluded)
                if against is not None:
                    lines.append(f"The contract excludes it: {quoted([against])}.")
                instead = None if c.in_contract else _closest(c, clauses, translated=True)
                if instead is not None:
                    lines.append(f"The contract provides: {quoted([instead])}.")
                cites += c.evidence[:2] + c.contract_evidence[:1] + also
                cites += [e for e in (against, instead) if e is not None]
            return _answer(question, " ".join(lines), cites)
        people = [p for p in briefing.stakeholders if p.role == intent]
        if expects in ("number", "date", "name") and any(
            as_word(p.name.split()[0]).search(question) for p in people
        ):
            # "qual orçamento a Sandra aprovou para os tablets?" asks what she did, not who
            # holds the budget
            continue
        if people:
            parts = []
            cites = []
            why = _WHY.search(question) is not None
            topic = _topic(question, pattern, briefing, idf)
            for person in people:
                title = f" ({person.title})" if person.title else ""
                shown = [sentences.around(e) for e in person.evidence[:2]]
                if why:  # what was said of them, with the sentence that goes on to say why
                    told = [e for e in sentences.mentioning(person.name.split()[0], True)
                            if e.kind in ("call", "email", "note")]  # fmt: skip
                    widened = [next((m for m in told if m.overlaps(e)), e) for e in shown]
                    shown = [e for i, e in enumerate(widened) if e not in widened[:i]]
                if not any(e.kind in ("call", "email") for e in shown):
                    # (the notes, when the notes already say it, are no more of it)
                    noted = any(e.kind == "note" for e in shown)
                    said_in = ("call", "email") if noted else ("call", "email", "note")
                    # a CRM label, or the rep's notes, say the role; where it was said, in the
                    # question's words,
                    # shows it ("David Ashworth, our Finance Director, holds the purse strings")
                    # or, where none does, in their own words ("Walter: eu não gosto da ideia
                    # de ter a rota num tablet")
                    # by their name as the calls say it: "Rodrigo Villaseñor" for "Rodrigo
                    # Villaseñor Garza"
                    told = [e for name in dict.fromkeys([person.name, _short(person.name)])
                            for e in sentences.mentioning(name)
                            if e.kind in said_in
                            and "\n" not in e.quote  # a signature gives a title, not a role
                            and not any(e.overlaps(s) for s in shown)]  # fmt: skip
                    # in the question's words, else in the words of the role ("Él tiene el
                    # presupuesto y él firma"), else with their title ("Amparo, nuestra
                    # directora financiera")
                    role = ROLE_CUES.get(intent)
                    titled = as_word(person.title, ignore_case=True) if person.title else None
                    for where in (told, sentences.said_by(person.name)):
                        fits = [(topic.coverage(e.quote)
                                 + (0.1 if role and role.search(e.quote) else 0.0)
                                 + (0.05 if titled and titled.search(e.quote) else 0.0), e)
                                for e in where]  # fmt: skip
                        # (a call, where equal: said there rather than noted or written)
                        fitting = max(fits, key=lambda f: (f[0], f[1].kind == "call"), default=None)
                        if fitting is not None and fitting[0] > 0:
                            shown.append(fitting[1])
                            break
                if intent == "blocker" and not any(
                    e.kind == "call" and fold(e.quote) != fold(person.name) for e in shown
                ):
                    # a rep's note calls them the sceptic; a call shows it ("...tienen miedo de
                    # que un sistema central les quite el control")
                    of_them = [e for e in sentences.mentioning(person.name.split()[0], True)
                               if e.kind == "call" and ROLE_CUES["blocker"].search(e.quote)]  # fmt: skip
                    # or in their own words: "I'm saying I don't want to lose what works."
                    refusals = [
                        e
                        for e in sentences.said_by(person.name)
                        if _REFUSING.search(e.quote) and _SELF.search(e.quote)
                    ]
                    in_words = max(refusals, key=lambda e: (topic.coverage(e.quote), len(e.quote)),
                                   default=None)  # fmt: skip
                    shown += of_them[:1] or ([in_words] if in_words is not None else [])
                quotes = "".join(_quote([e]) for e in shown)  # the role, and what shows it
                parts.append(f"{person.name}{title}, {intent.replace('_', ' ')}.{quotes}")
                cites += shown
            return _answer(question, " ".join(parts), cites)
    if absent:
        return not_found(question, detect_language([question]), source="briefing")
    return None
