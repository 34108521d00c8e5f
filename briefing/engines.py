"""The extraction engine interface and its registry; every engine registers the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from briefing.material import Material
from briefing.models import Briefing, Segment

__all__ = ["ENGINES", "Engine", "register"]


class Engine(Protocol):
    """Fills the handoff template from an account's material."""

    name: str

    def brief(self, material: Material, *, segment: Segment | None = None) -> Briefing: ...


ENGINES: dict[str, Callable[..., Engine]] = {}


def register(name: str) -> Callable[[Callable[..., Engine]], Callable[..., Engine]]:
    def add(factory: Callable[..., Engine]) -> Callable[..., Engine]:
        ENGINES[name] = factory
        return factory

    return add
