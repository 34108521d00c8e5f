"""The HTTP service: thin routes over the workspace, the engines and the service database.

Every route checks the caller's token, role and account scope; an account outside a token's
scope answers 404, as if it did not exist. Briefings run as jobs and every version is kept;
flag resolutions and finalization are appended, never overwritten, and audited.

(No ``from __future__ import annotations`` here: FastAPI reads the routes' annotations at
definition time, and the dependency aliases live inside ``create_app``.)
"""

import json
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Cookie, Depends, FastAPI, File, Form, Header, HTTPException, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from api.auth import Caller, lookup
from api.db import AuditEntry, BriefingVersion, FlagResolution, now
from briefing.engines import Engine as BriefEngine
from briefing.html import to_html
from briefing.markdown import to_markdown
from briefing.models import Briefing
from briefing.service import ask_account, brief_account, load_material
from evals.gold import load_cases
from evals.runner import run_cases
from ingest.errors import AccountNotFound, HandoffError
from ingest.manifest import account_key
from ingest.models import FileResult, IngestReport
from ingest.workspace import Workspace

__all__ = ["create_app"]

EngineFactory = Callable[[str | None, Workspace], BriefEngine]
BriefingId = Annotated[int, PathParam(ge=1, le=2_147_483_647)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BriefRequest(_In):
    engine: Literal["local", "openai"] | None = None
    segment: Literal["smb", "mid_market", "enterprise", "strategic"] | None = None


class Resolution(_In):
    action: Literal["confirm", "reject", "edit"]
    comment: str = Field(default="", max_length=4000)
    value: str | None = Field(default=None, max_length=4000)


class Finalize(_In):
    force: bool = False
    reason: str = Field(default="", max_length=4000)


class Question(_In):
    question: str = Field(min_length=1, max_length=2000)


class JobOut(BaseModel):
    id: int
    account: str
    engine: str
    status: str
    error: str | None
    created_at: str
    finalized_by: str | None = None
    finalized_at: str | None = None


def _job(row: BriefingVersion) -> JobOut:
    return JobOut(
        id=row.id,
        account=row.account,
        engine=row.engine,
        status=row.status,
        error=row.error,
        created_at=row.created_at.isoformat(),
        finalized_by=row.finalized_by,
        finalized_at=row.finalized_at.isoformat() if row.finalized_at else None,
    )


def create_app(
    workspace: Workspace,
    db: Engine,
    make_engine: EngineFactory,
    max_upload_bytes: int = 25_000_000,
    workers: int = 2,
    cases_dir: Path | None = None,
) -> FastAPI:
    app = FastAPI(
        title="handoff",
        version="0.1.0",
        description="Sales-to-CS handoff briefings with verified citations.",
    )
    sessions = sessionmaker(db, expire_on_commit=False)
    jobs = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief")
    app.state.jobs = jobs

    with sessions.begin() as s:  # jobs interrupted by a restart are marked, not lost
        for row in s.scalars(
            select(BriefingVersion).where(BriefingVersion.status.in_(("pending", "running")))
        ):
            row.status, row.error = "failed", "interrupted by a service restart; start it again"

    @contextmanager
    def tx() -> Iterator[Session]:
        with sessions.begin() as s:
            yield s

    def audit(s: Session, actor: str, action: str, account: str | None, **detail: Any) -> None:
        s.add(
            AuditEntry(
                actor=actor,
                action=action,
                account=account,
                detail=json.dumps(detail, ensure_ascii=False, default=str),
            )
        )

    def caller(
        authorization: Annotated[str | None, Header()] = None,
        handoff_token: Annotated[str | None, Cookie()] = None,
    ) -> Caller:
        token = (authorization or "").removeprefix("Bearer ").strip() or (handoff_token or "")
        with tx() as s:
            found = lookup(s, token) if token else None
        if found is None:
            raise HTTPException(401, "a valid API token is required (Authorization: Bearer ...)")
        return found

    def allow(who: Caller, *roles: str) -> None:
        if who.role != "admin" and who.role not in roles:
            raise HTTPException(403, f"the {who.role} role cannot do this")

    def scoped(who: Caller, account: str) -> str:
        try:
            key = account_key(account)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        if not who.sees(key):
            raise HTTPException(404, f"no account {account!r}")
        return key

    def version(s: Session, key: str, briefing_id: int) -> BriefingVersion:
        row = s.get(BriefingVersion, briefing_id)
        if row is None or row.account != key:
            raise HTTPException(404, f"no briefing {briefing_id} for account {key!r}")
        return row

    Who = Annotated[Caller, Depends(caller)]

    @app.exception_handler(HandoffError)
    async def handoff_error(_: Request, exc: HandoffError) -> JSONResponse:
        status = 404 if isinstance(exc, AccountNotFound) else 422
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "store": workspace.store.location}

    @app.get("/api/accounts")
    def accounts(who: Who) -> list[dict[str, Any]]:
        counts = workspace.store.accounts()
        keys = sorted(set(counts) | set(workspace.manifests.accounts()))
        return [{"account": k, "documents": counts.get(k, 0)} for k in keys if who.sees(k)]

    @app.post("/api/accounts/{account}/documents")
    async def upload(
        account: str, who: Who, files: Annotated[list[UploadFile], File()]
    ) -> IngestReport:
        allow(who, "rep")
        key = scoped(who, account)
        results: list[FileResult] = []
        for upload in files:
            name = (upload.filename or "upload").replace("\\", "/").split("/")[-1]
            data = await upload.read(max_upload_bytes + 1)
            if len(data) > max_upload_bytes:
                raise HTTPException(
                    413, f"{name} is over the {max_upload_bytes:,}-byte upload limit"
                )
            results.append(workspace.ingestor.ingest_bytes(key, account, name, data))
        with tx() as s:
            audit(s, who.name, "upload", key, files=[r.model_dump() for r in results])
        return workspace.ingestor.report(key, results)

    @app.get("/api/accounts/{account}/documents")
    def documents(account: str, who: Who) -> dict[str, Any]:
        key = scoped(who, account)
        docs = workspace.documents(key)
        failed = workspace.manifest(key).failures()
        return {
            "account": key,
            "documents": [
                {"document": d.name, "kind": d.kind, "title": d.title, "date": d.date} for d in docs
            ],
            "failed": [{"path": p, "error": e} for p, e in failed.items()],
        }

    @app.get("/api/accounts/{account}/source")
    def source(
        account: str, who: Who, document: str, start: int | None = None, end: int | None = None
    ) -> dict[str, Any]:
        key = scoped(who, account)
        doc = next((d for d in workspace.documents(key) if d.name == document), None)
        if doc is None:
            raise HTTPException(404, f"no document {document!r} in account {key!r}")
        highlight = None
        if start is not None and end is not None and 0 <= start < end <= len(doc.text):
            highlight = {"start": start, "end": end, "text": doc.text[start:end]}
        return {"document": doc.name, "kind": doc.kind, "text": doc.text, "highlight": highlight}

    def run(briefing_id: int, key: str, engine: str | None, segment: str | None) -> None:
        with tx() as s:
            row = s.get(BriefingVersion, briefing_id)
            assert row is not None
            row.status = "running"
        try:
            result, _ = brief_account(workspace, key, make_engine(engine, workspace), segment)  # type: ignore[arg-type]
        except Exception as exc:
            with tx() as s:
                row = s.get(BriefingVersion, briefing_id)
                assert row is not None
                row.status, row.error, row.finished_at = "failed", str(exc), now()
            return
        with tx() as s:
            row = s.get(BriefingVersion, briefing_id)
            assert row is not None
            row.status, row.body, row.finished_at = "done", result.model_dump_json(), now()
            row.engine = result.engine

    @app.post("/api/accounts/{account}/briefings", status_code=202)
    def start(account: str, who: Who, request: BriefRequest | None = None) -> JobOut:
        allow(who, "rep")
        key = scoped(who, account)
        workspace.manifest(key)
        request = request or BriefRequest()
        with tx() as s:
            row = BriefingVersion(
                account=key,
                engine=request.engine or "default",
                status="pending",
                requested_by=who.name,
            )
            s.add(row)
            s.flush()
            audit(s, who.name, "brief", key, briefing=row.id, engine=request.engine)
            out = _job(row)
        jobs.submit(run, out.id, key, request.engine, request.segment)
        return out

    @app.get("/api/accounts/{account}/briefings")
    def versions(account: str, who: Who) -> list[JobOut]:
        key = scoped(who, account)
        with tx() as s:
            rows = s.scalars(
                select(BriefingVersion)
                .where(BriefingVersion.account == key)
                .order_by(BriefingVersion.id.desc())
            )
            return [_job(r) for r in rows]

    def loaded(s: Session, key: str, briefing_id: int) -> tuple[BriefingVersion, Briefing]:
        row = version(s, key, briefing_id)
        if row.status != "done" or row.body is None:
            raise HTTPException(409, f"briefing {briefing_id} is {row.status}")
        return row, Briefing.model_validate_json(row.body)

    def resolutions(s: Session, briefing_id: int) -> dict[str, FlagResolution]:
        rows = s.scalars(
            select(FlagResolution)
            .where(FlagResolution.briefing_id == briefing_id)
            .order_by(FlagResolution.id)
        )
        return {r.flag_id: r for r in rows}  # the latest resolution of each flag wins

    def with_resolutions(b: Briefing, resolved: dict[str, FlagResolution]) -> dict[str, Any]:
        data = b.model_dump()
        for flag in data["flags"]:
            r = resolved.get(flag["id"])
            flag["resolution"] = (
                None
                if r is None
                else {
                    "action": r.action,
                    "comment": r.comment,
                    "value": r.value,
                    "by": r.by,
                    "at": r.at.isoformat(),
                }
            )
        for i, c in enumerate(data["commitments"]):
            flag = next(
                (
                    f
                    for f in data["flags"]
                    if f["kind"] == "unvalidated_promise" and f["field"] == f"commitments[{i}]"
                ),
                None,
            )
            if (
                flag
                and flag["resolution"]
                and flag["resolution"]["action"] in ("confirm", "reject")
            ):
                c["status"] = (
                    "confirmed" if flag["resolution"]["action"] == "confirm" else "rejected"
                )
                c["confirmed_by"] = flag["resolution"]["by"]
                c["confirmed_at"] = flag["resolution"]["at"]
        return data

    @app.get("/api/accounts/{account}/briefings/{briefing_id}", response_model=None)
    def read(
        account: str,
        briefing_id: BriefingId,
        who: Who,
        format: Literal["json", "md", "html"] = "json",
    ) -> Any:
        key = scoped(who, account)
        with tx() as s:
            row = version(s, key, briefing_id)
            if row.status != "done":
                return _job(row)
            _, b = loaded(s, key, briefing_id)
            resolved = resolutions(s, briefing_id)
        if format == "md":
            return PlainTextResponse(to_markdown(b), media_type="text/markdown")
        if format == "html":
            return HTMLResponse(to_html(b, load_material(workspace, key).by_name))
        return {"job": _job(row).model_dump(), "briefing": with_resolutions(b, resolved)}

    @app.post("/api/accounts/{account}/briefings/{briefing_id}/flags/{flag_id}")
    def resolve(
        account: str, briefing_id: BriefingId, flag_id: str, body: Resolution, who: Who
    ) -> dict[str, Any]:
        allow(who, "rep")
        key = scoped(who, account)
        with tx() as s:
            row, b = loaded(s, key, briefing_id)
            if row.finalized_at is not None:
                raise HTTPException(
                    409, "this briefing is finalized; generate a new version to change it"
                )
            if not any(f.id == flag_id for f in b.flags):
                raise HTTPException(404, f"no flag {flag_id!r} in briefing {briefing_id}")
            if body.action == "edit" and not body.value:
                raise HTTPException(422, "an edit needs the corrected value")
            s.add(
                FlagResolution(
                    briefing_id=briefing_id,
                    flag_id=flag_id,
                    action=body.action,
                    comment=body.comment,
                    value=body.value,
                    by=who.name,
                )
            )
            audit(
                s,
                who.name,
                f"flag.{body.action}",
                key,
                briefing=briefing_id,
                flag=flag_id,
                comment=body.comment,
                value=body.value,
            )
        return {"flag": flag_id, "action": body.action, "by": who.name}

    @app.post("/api/accounts/{account}/briefings/{briefing_id}/finalize")
    def finalize(account: str, briefing_id: BriefingId, body: Finalize, who: Who) -> JobOut:
        allow(who, "rep")
        key = scoped(who, account)
        with tx() as s:
            row, b = loaded(s, key, briefing_id)
            if row.finalized_at is not None:
                raise HTTPException(409, "already finalized")
            resolved = resolutions(s, briefing_id)
            open_flags = [f for f in b.flags if f.blocking and f.id not in resolved]
            if open_flags and not body.force:
                raise HTTPException(
                    409,
                    f"{len(open_flags)} blocking flags are open; resolve them "
                    "or finalize with force and a reason",
                )
            if body.force and open_flags and not body.reason.strip():
                raise HTTPException(422, "forcing past open flags needs a reason")
            row.finalized_by, row.finalized_at, row.final_reason = (
                who.name,
                now(),
                body.reason or None,
            )
            audit(
                s,
                who.name,
                "finalize",
                key,
                briefing=briefing_id,
                forced=bool(open_flags),
                reason=body.reason,
                open_flags=[f.id for f in open_flags],
            )
            return _job(row)

    @app.post("/api/accounts/{account}/ask")
    def ask(account: str, body: Question, who: Who) -> dict[str, Any]:
        key = scoped(who, account)
        workspace.manifest(key)
        with tx() as s:
            latest = s.scalar(
                select(BriefingVersion)
                .where(BriefingVersion.account == key, BriefingVersion.status == "done")
                .order_by(BriefingVersion.id.desc())
            )
            briefing = Briefing.model_validate_json(latest.body) if latest and latest.body else None
        answer = ask_account(workspace, key, body.question, briefing)
        return answer.model_dump(include={"answer", "found", "citations"})

    @app.get("/api/accounts/{account}/audit")
    def audit_log(account: str, who: Who) -> list[dict[str, Any]]:
        allow(who, "admin")
        key = scoped(who, account)
        with tx() as s:
            rows = s.scalars(
                select(AuditEntry).where(AuditEntry.account == key).order_by(AuditEntry.id)
            )
            return [
                {
                    "at": r.at.isoformat(),
                    "actor": r.actor,
                    "action": r.action,
                    "detail": json.loads(r.detail),
                }
                for r in rows
            ]

    evals: dict[int, dict[str, Any]] = {}

    def run_eval(eval_id: int, engine: str | None) -> None:
        assert cases_dir is not None
        try:
            result = run_cases(
                load_cases(cases_dir), workspace.embedder, lambda w: make_engine(engine, w)
            )
        except Exception as exc:
            evals[eval_id].update(status="failed", error=str(exc))
            return
        stored = (
            workspace.home / "evals" / f"{result.timestamp.replace(':', '')}-{result.engine}.json"
        )
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(result.model_dump_json(indent=1), encoding="utf-8")
        evals[eval_id].update(status="done", result=json.loads(result.model_dump_json()))

    @app.post("/api/evals", status_code=202)
    def start_eval(who: Who, request: BriefRequest | None = None) -> dict[str, Any]:
        allow(who, "qa")
        if cases_dir is None or not cases_dir.exists():
            raise HTTPException(409, "no labelled cases are configured for this service")
        eval_id = len(evals) + 1
        evals[eval_id] = {"id": eval_id, "status": "running", "requested_by": who.name}
        with tx() as s:
            audit(s, who.name, "eval", None, eval=eval_id)
        jobs.submit(run_eval, eval_id, (request or BriefRequest()).engine)
        return evals[eval_id]

    @app.get("/api/evals/{eval_id}")
    def read_eval(
        eval_id: Annotated[int, PathParam(ge=1, le=2_147_483_647)], who: Who
    ) -> dict[str, Any]:
        allow(who, "qa")
        if eval_id not in evals:
            raise HTTPException(404, f"no eval run {eval_id}")
        return evals[eval_id]

    pages = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return pages.TemplateResponse(request, name, context)

    def ui_caller(request: Request) -> Caller | None:
        token = request.cookies.get("handoff_token", "")
        with tx() as s:
            return lookup(s, token) if token else None

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        who = ui_caller(request)
        if who is None:
            return page(request, "login.html", title="sign in")
        return page(request, "accounts.html", title="accounts", accounts=accounts(who))

    @app.post("/login", include_in_schema=False)
    def login(request: Request, token: Annotated[str, Form()]) -> Response:
        with tx() as s:
            ok = lookup(s, token.strip()) is not None
        if not ok:
            return page(request, "login.html", error="That token is not valid.")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie("handoff_token", token.strip(), httponly=True, samesite="strict")
        return response

    def ui_who(request: Request) -> Caller:
        who = ui_caller(request)
        if who is None:
            raise HTTPException(401, "sign in first")
        return who

    UiWho = Annotated[Caller, Depends(ui_who)]

    @app.get("/ui/new", include_in_schema=False)
    def new_account(account: str, who: UiWho) -> Response:
        return RedirectResponse(f"/ui/{account_key(account)}", status_code=303)

    def account_page(request: Request, account: str, who: Caller, **extra: Any) -> HTMLResponse:
        key = scoped(who, account)
        try:
            listing = documents(key, who)
        except AccountNotFound:
            listing = {"documents": [], "failed": []}
        return page(
            request,
            "account.html",
            title=key,
            account=key,
            documents=listing["documents"],
            failed=listing["failed"],
            briefings=[b.model_dump() for b in versions(key, who)],
            **extra,
        )

    @app.get("/ui/{account}", response_class=HTMLResponse, include_in_schema=False)
    def ui_account(request: Request, account: str, who: UiWho) -> HTMLResponse:
        return account_page(request, account, who)

    @app.post("/ui/{account}/upload", response_class=HTMLResponse, include_in_schema=False)
    async def ui_upload(
        request: Request, account: str, who: UiWho, files: Annotated[list[UploadFile], File()]
    ) -> HTMLResponse:
        report = await upload(account, who, files)
        return account_page(request, account, who, report=report.model_dump())

    @app.post("/ui/{account}/brief", include_in_schema=False)
    def ui_brief(account: str, who: UiWho) -> Response:
        job = start(account, who, BriefRequest())
        return RedirectResponse(f"/ui/{job.account}/briefings/{job.id}", status_code=303)

    @app.post("/ui/{account}/ask", response_class=HTMLResponse, include_in_schema=False)
    def ui_ask(
        request: Request, account: str, who: UiWho, question: Annotated[str, Form()]
    ) -> HTMLResponse:
        answer = ask(account, Question(question=question), who)
        return account_page(request, account, who, answer=answer, question=question)

    @app.get(
        "/ui/{account}/briefings/{briefing_id}",
        response_class=HTMLResponse,
        include_in_schema=False,
    )
    def ui_briefing(
        request: Request, account: str, briefing_id: BriefingId, who: UiWho
    ) -> HTMLResponse:
        key = scoped(who, account)
        data = read(key, briefing_id, who)
        if isinstance(data, JobOut):
            return page(request, "briefing.html", account=key, job=data.model_dump(), refresh=True)
        return page(
            request, "briefing.html", account=key, job=data["job"], briefing=data["briefing"]
        )

    @app.post("/ui/{account}/briefings/{briefing_id}/flags/{flag_id}", include_in_schema=False)
    def ui_resolve(
        account: str,
        briefing_id: BriefingId,
        flag_id: str,
        who: UiWho,
        action: Annotated[str, Form()],
        comment: Annotated[str, Form()] = "",
        value: Annotated[str, Form()] = "",
    ) -> Response:
        body = Resolution(action=action, comment=comment, value=value or None)
        resolve(account, briefing_id, flag_id, body, who)
        return RedirectResponse(
            f"/ui/{account_key(account)}/briefings/{briefing_id}#flag-{flag_id}", status_code=303
        )

    @app.post("/ui/{account}/briefings/{briefing_id}/finalize", include_in_schema=False)
    def ui_finalize(
        account: str,
        briefing_id: BriefingId,
        who: UiWho,
        force: Annotated[str, Form()] = "",
        reason: Annotated[str, Form()] = "",
    ) -> Response:
        finalize(account, briefing_id, Finalize(force=bool(force), reason=reason), who)
        return RedirectResponse(
            f"/ui/{account_key(account)}/briefings/{briefing_id}", status_code=303
        )

    return app
