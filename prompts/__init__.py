"""Prompt templates as versioned data files, with a strict loader.

Each ``*.toml`` file here holds one prompt: ``id``, ``version``, ``system`` and ``user``
(a ``str.format`` template). The id and version travel into every briefing's provenance and
every eval result, so a changed prompt is always visible.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

__all__ = ["Prompt", "load_prompt"]

_HERE = Path(__file__).resolve().parent


class Prompt(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: str
    description: str
    system: str
    user: str

    def render(self, **values: str) -> str:
        return self.user.format(**values)


@cache
def load_prompt(prompt_id: str) -> Prompt:
    """The prompt stored as ``prompts/<id>.toml``; its ``id`` must match the file name."""
    path = _HERE / f"{prompt_id}.toml"
    if not path.exists():
        raise FileNotFoundError(f"no prompt {prompt_id!r} in {_HERE}")
    prompt = Prompt.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    if prompt.id != prompt_id:
        raise ValueError(f"{path.name}: id {prompt.id!r} does not match the file name")
    return prompt
