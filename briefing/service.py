"""Briefing an account end to end: load its material, run an engine, verify every citation."""

from __future__ import annotations

from briefing.engines import Engine
from briefing.material import Material
from briefing.models import Briefing, Segment
from briefing.verify import verify_briefing
from ingest.workspace import Workspace

__all__ = ["brief_account", "load_material"]


def load_material(workspace: Workspace, account: str) -> Material:
    """The account's current documents and its files that failed to ingest."""
    documents = workspace.documents(account)
    return Material(account, documents, workspace.manifest(account).failures())


def brief_account(
    workspace: Workspace, account: str, engine: Engine, segment: Segment | None = None
) -> tuple[Briefing, Material]:
    material = load_material(workspace, account)
    briefing = engine.brief(material, segment=segment)
    return verify_briefing(briefing, material.by_name), material
