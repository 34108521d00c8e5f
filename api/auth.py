"""API tokens: roles, account scopes, and hashes (a token is shown once, never stored)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.db import Token

__all__ = ["ROLES", "Caller", "Role", "create_token", "lookup"]

Role = Literal["rep", "csm", "qa", "admin"]
ROLES: tuple[Role, ...] = ("rep", "csm", "qa", "admin")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Caller:
    name: str
    role: str
    accounts: frozenset[str] | None  # None: every account

    def sees(self, account: str) -> bool:
        return self.accounts is None or account in self.accounts


def create_token(session: Session, name: str, role: Role, accounts: list[str] | None) -> str:
    """Store a new token's hash and return the token itself (the only time it is visible)."""
    token = "hfo_" + secrets.token_urlsafe(32)
    session.add(
        Token(
            name=name,
            token_hash=_hash(token),
            role=role,
            accounts="*" if not accounts else ",".join(sorted(accounts)),
        )
    )
    return token


def lookup(session: Session, token: str) -> Caller | None:
    row = session.scalar(select(Token).where(Token.token_hash == _hash(token)))
    if row is None or row.revoked:
        return None
    accounts = None if row.accounts == "*" else frozenset(a for a in row.accounts.split(",") if a)
    return Caller(name=row.name, role=row.role, accounts=accounts)
