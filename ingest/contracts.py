"""Recognises contracts and order forms, the authority on which promises are contractual."""

from __future__ import annotations

import re

__all__ = ["is_contract", "titled_as_contract"]

_NAME = re.compile(
    r"order[-_ ]?form|contract|\bsow\b|statement[-_ ]of[-_ ]work|master[-_ ]agreement|\bmsa\b"
    r"|pedido|contrato|ordem[-_ ]de[-_ ]servi|orden[-_ ]de[-_ ](compra|servicio|pedido)|formulir"
    r"|kontrak|perjanjian|agreement|acuerdo|acordo",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"\border form\b|\bservices agreement\b|\bsubscription agreement\b|\bstatement of work\b"
    r"|\bmaster (services )?agreement\b|\bcontrato\b|\bpedido de compra\b|formul[aá]rio de pedido"
    r"|ordem de servi[cç]o|orden de (compra|servicio|pedido)|nota de pedido|formulir pemesanan|\bkontrak\b"
    r"|\bperjanjian\b|surat pesanan",
    re.IGNORECASE,
)
_SIGNED = re.compile(
    r"\b(signed|signature|assinado|assinatura|firmado|firma|ditandatangani)\b", re.I
)


def titled_as_contract(name: str, text: str) -> bool:
    """True when the file name or the document's first line names a contract or order form:
    its "Customer: ..." and "Term: ..." lines are then clauses, not a call's turns."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(_NAME.search(name.rsplit("/", 1)[-1]) or _OPENING.search(first))


def is_contract(name: str, text: str) -> bool:
    """True when the file name or its opening says it is a contract or order form."""
    if titled_as_contract(name, text):
        return True
    opening = text[:600]
    return bool(_OPENING.search(opening)) and bool(_SIGNED.search(text))
