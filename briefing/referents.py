"""Who "he" or "she" is: the person named just before, in the same document.

"Gary Pruitt runs dispatch in Memphis. But he's going to be skeptical." puts the skeptic cue in a
sentence that names no one; the cue belongs to the last person named before it, when the cue is
in the pronoun's own clause ("He's our champion, but the CFO is skeptical" makes him no skeptic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.models import Evidence
from briefing.units import Unit

__all__ = ["RecentNames"]

_PRONOUN = re.compile(r"(?<!\w)(?:he|she|him|ele|ela|él|ella|beliau)(?!\w)", re.IGNORECASE)
_DIA = re.compile(r"(?<!\w)dia(?!\w)", re.IGNORECASE)  # Indonesian; "day" in pt and es
_CLAUSE_BREAK = re.compile(r"[,;:]|(?<!\w)(?:but|mas|pero|tapi|namun)(?!\w)", re.IGNORECASE)
_SUBJECT_OPENING = re.compile(
    r"^[\W_]*(?:(?:and|but|so|e|mas|y|pero|dan|tapi)\s+)?(?:(?:a|o|la|el|the)\s+)?"
    r"(?:(?:dra?|drs|sra?|srta|mr|ms|mrs|prof|pak|bu|ibu|bapak|don|doña|dona|seu)\.?\s+)?$",
    re.I,
)


@dataclass
class RecentNames:
    """Full names mentioned in the last few sentences of the current document."""

    language: str
    _names: list[tuple[Unit, str, Evidence]] = field(default_factory=list)

    def note(self, unit: Unit, name: str, at: int, mention: Evidence, known: bool) -> None:
        """Remember the name at ``at`` in ``unit``: a known person, or an unknown one that opens
        its sentence as its subject ("Gary Pruitt runs dispatch"), not a product in passing."""
        if known or _SUBJECT_OPENING.match(unit.text[:at]):
            self._names.append((unit, name, mention))

    def forget_other_documents(self, unit: Unit) -> None:
        self._names = [n for n in self._names[-6:] if n[0].doc is unit.doc]

    def cues_of_referent(
        self, unit: Unit, cues: dict[str, re.Pattern[str]]
    ) -> tuple[str, Evidence, list[str]] | None:
        """The name "he"/"she" in ``unit`` stands for, its mention, and the cues in the
        pronoun's own clause; None when there is no pronoun, no such cue or no one to name."""
        pronouns = list(_PRONOUN.finditer(unit.text))
        if self.language == "id":
            pronouns += list(_DIA.finditer(unit.text))
        roles = [
            role
            for role, pattern in cues.items()
            if any(
                c.start() >= p.end() and not _CLAUSE_BREAK.search(unit.text, p.end(), c.start())
                for p in pronouns
                for c in pattern.finditer(unit.text)
            )
        ]
        if not roles:
            return None
        for _, name, mention in reversed(self._names):
            if not (unit.speaker and unit.speaker.casefold() == name.casefold()):
                return name, mention, roles
        return None
