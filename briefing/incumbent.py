"""When the customer's contract with what they use today runs out: "kontrak GeoLacak habis 31
Juli", "o contrato do JurisOffice vence em 31 de janeiro". That date is often the real deadline
of the project, said in a call and written in no contract of ours."""

from __future__ import annotations

from briefing.answers import Answer, known_people, not_found, quoting, writes_from
from briefing.lexicon import ABOUT_CONTRACT, UNTIL_WHEN, as_word, cue
from briefing.material import detect_language, reads_day_first
from briefing.models import Evidence
from briefing.parties import fold
from briefing.questions import CAPITALISED_INSIDE, MONTH_NAME
from briefing.units import Unit, split_units
from briefing.values import find_dates
from ingest.models import Document

__all__ = ["incumbent_contract_end"]

# a contract, a licence or a subscription, in any of the languages
_CONTRACT = (
    r"contracts?|agreements?|licen[cs]es?|subscriptions?|contratos?|acuerdos?|licen[cç]as?|"
    r"licencias?|assinaturas?|suscripci[oó]n|kontrak\w*|perjanjian|lisensi|langganan|"
    # the vendor's support of it: "Summit ends support for the on-prem version on April 30"
    r"support|suporte|soporte|dukungan"
)
# ending: "runs out", "vence", "se nos vence", "habis", "berakhir"
_END = (
    r"ends?|ending|expires?|expiring|expiry|runs? out|lapses?|terminates?|termina|terminam|"
    r"vence|vencem|vencen|vencer|venceu|vencimento|vencimiento|acaba|acabam|expira|expiram|"
    r"caduca|habis|berakhir|berakhirnya|selesai"
)
_ASKS_END = cue(_END, r"be off", r"get off", r"sair d[oae]", r"salir de", r"lepas dari")
# asked how long a licence lasts: "¿hasta cuándo les dura la licencia?" (with the licence: "how
# long will the implementation last?" asks no end)
_ASKS_LASTING = cue(
    r"last(?:s)? until", *UNTIL_WHEN, r"dura|duran|durar", r"berlaku",
)  # fmt: skip
# asked until when they can go on with what they have: "¿hasta qué fecha pueden seguir usando
# el sistema?"
_UNTIL = cue(*UNTIL_WHEN)
_KEEP_USING = cue(
    r"(?:keep|continue|go on) (?:using|running)",
    r"(?:seguir|continuar) (?:usando|utilizando|com|con)",
    r"(?:tetap|masih bisa|terus) (?:pakai|memakai|menggunakan)",
)
# what they have today, not what they bought from us
_TODAY = cue(
    r"current\w*",
    r"existing",
    r"old",
    r"legacy",
    r"incumbent",
    r"today",
    r"atual",
    r"atuais",
    r"antig[oa]s?",
    r"hoje",
    r"actual(?:es)?",
    r"viej[oa]s?",
    r"anterior(?:es)?",
    r"hoy",
    r"lama",
    r"sekarang",
    r"saat ini",
)
# what they have: a system, a tool, a vendor ("their current contract" is ours)
_THING = cue(
    r"systems?|tools?|software|platforms?|vendors?|providers?|suppliers?|sistemas?|ferramentas?|"
    r"plataformas?|fornecedor\w*|proveedor\w*|herramientas?|sistem|aplikasi|penyedia",
)
_SAYS_CONTRACT = cue(_CONTRACT)
_THEIR = cue(r"their", r"deles", r"delas", r"sus?", r"mereka")
_SAYS_END = cue(_END)


def _another_product(words: list[str], documents: list[Document], customer: str | None) -> bool:
    """Whether the capitalised ``words`` of "when does their PayNorth terminal contract run
    out?" name a product our own contract never names (no plan or party of ours, nor "October"
    or "Order Form"), neither the customer nor who writes to them (the vendor) nor someone in
    the material."""
    known = known_people([], {d.name: d for d in documents})
    ours = " ".join(d.text for d in documents if d.kind == "contract")
    return not any(
        (customer and w.casefold() in customer.casefold())
        or MONTH_NAME.fullmatch(w)
        or ABOUT_CONTRACT.fullmatch(w)
        or as_word(w).search(ours)
        or writes_from(w, documents)
        or fold(w) in known
        for w in words
    )


def incumbent_contract_end(
    question: str, documents: list[Document], customer: str | None
) -> Answer | None:
    """The call, email or note sentences giving a contract, its ending and a date, when the
    question asks when a system, a vendor or a named product they have today ends ("kontrak
    vendor GPS yang lama berakhir kapan?"); "their current contract" is ours."""
    asks_end = (
        _ASKS_END.search(question)
        or (_ASKS_LASTING.search(question) and _SAYS_CONTRACT.search(question))
        or (_UNTIL.search(question) and _KEEP_USING.search(question))
    )
    # a product named in the question ("their current Qvet licences"); "GPS", "CRM" name none
    words = [w for w in CAPITALISED_INSIDE.findall(question) if not w.isupper()]
    named = [as_word(w) for w in words]
    theirs = bool(
        asks_end
        and _THEIR.search(question)
        and _SAYS_CONTRACT.search(question)
        and words
        and not ABOUT_CONTRACT.search(" ".join(words))  # "per the Order Form"
        and _another_product(words, documents, customer)
    )
    if not (asks_end and (_TODAY.search(question) or theirs)):
        return None
    if not (_THING.search(question) or (named and _SAYS_CONTRACT.search(question))):
        return None
    day_first = reads_day_first(documents)
    said: list[tuple[int, Unit]] = []
    for doc in documents:
        if doc.kind not in ("call", "email", "note"):
            continue
        for unit in split_units(doc):
            text = unit.text
            if not (_SAYS_CONTRACT.search(text) and _SAYS_END.search(text)):
                continue
            if not find_dates(text, doc.date, day_first):
                continue
            # a product the question names is the one whose contract ends ("their current Qvet
            # licences", not GeoLacak's); "the CRM", "Juliana" name none, and nothing is quoted
            if named and not any(n.search(text) for n in named):
                continue
            if customer and customer.casefold() in text.casefold():
                continue  # the customer's contract with us
            said.append((0 if unit.speaker else 1, unit))
    if not said:
        # their own contract with that product, which no call, email or note dates
        return not_found(question, detect_language([question])) if theirs else None
    said.sort(key=lambda s: s[0])
    citations: list[Evidence] = [unit.evidence() for _, unit in said[:2]]
    return quoting(question, citations)
