"""The ``handoff`` command line: ingest, search, accounts, docs, brief, ask, eval, serve."""

from __future__ import annotations

import json
import sys
import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.wiring import answerer_from, engine_from, workspace_from
from briefing.html import to_html
from briefing.i18n import LANGUAGES
from briefing.markdown import to_markdown
from briefing.models import Briefing
from briefing.service import ask_account, brief_account, current_briefing
from evals.gold import load_cases, validate_case
from evals.report import below_thresholds, compare, headline
from evals.report import to_html as eval_html
from evals.runner import EvalRun, run_cases
from ingest.errors import HandoffError
from ingest.manifest import account_key
from ingest.models import DocKind, FileResult, IngestReport
from ingest.pipeline import collect_files
from ingest.settings import Settings
from ingest.workspace import Workspace

__all__ = ["app"]

app = typer.Typer(
    name="handoff",
    help="Grounded sales-to-CS handoff briefings from calls, emails, CRM exports and contracts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)


class TextOrJson(StrEnum):
    text = "text"
    json = "json"


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


class Lang(StrEnum):
    en = "en"
    pt = "pt"
    es = "es"
    id = "id"


class SegmentName(StrEnum):
    smb = "smb"
    mid_market = "mid_market"
    enterprise = "enterprise"
    strategic = "strategic"


class Kind(StrEnum):
    call = "call"
    email = "email"
    crm = "crm"
    contract = "contract"
    note = "note"


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _workspace() -> Workspace:
    try:
        return workspace_from(Settings())
    except HandoffError as exc:
        _fail(str(exc))


def _account(name: str | None, paths: list[Path]) -> tuple[str, str]:
    display = name or (paths[0].resolve().name if paths and paths[0].is_dir() else None)
    if not display:
        _fail("name the account with --account (or ingest a folder named after it)")
    try:
        return account_key(display), display
    except ValueError as exc:
        _fail(str(exc))


def _ingest(
    ws: Workspace, key: str, display: str, paths: list[Path], kind: DocKind | None, quiet: bool
) -> IngestReport:
    files = collect_files(paths)
    with Progress(
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=len(files))

        def advance(name: str, result: FileResult) -> None:
            bar.update(task, advance=1, description=f"{name}: {result.status}")

        return ws.ingestor.ingest_files(key, display, files, kind, progress=advance)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="files or folders", exists=True)],
    account: Annotated[
        str | None, typer.Option(help="account name (default: the folder's)")
    ] = None,
    kind: Annotated[Kind | None, typer.Option(help="override the detected document kind")] = None,
    format: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.text,
) -> None:
    """Parse, chunk, embed and store an account's material."""
    key, display = _account(account, paths)
    ws = _workspace()
    doc_kind: DocKind | None = kind.value if kind else None
    report = _ingest(ws, key, display, paths, doc_kind, quiet=format is TextOrJson.json)
    if format is TextOrJson.json:
        out.print_json(report.model_dump_json())
    else:
        table = Table(title=f"{display} ({key})")
        for col in ("file", "status", "documents", "chunks", "error"):
            table.add_column(col)
        colours = {"ingested": "green", "unchanged": "dim", "failed": "red"}
        for r in report.files:
            table.add_row(
                r.path,
                f"[{colours[r.status]}]{r.status}[/]",
                str(r.documents),
                str(r.chunks),
                r.error or "",
            )
        out.print(table)
        out.print(
            f"{report.ingested} ingested, {report.unchanged} unchanged, {report.failed} failed"
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="what to look for, in any language")],
    account: Annotated[str, typer.Option(help="the account to search")],
    k: Annotated[int, typer.Option(min=1, max=100, help="number of hits")] = 8,
    format: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.text,
) -> None:
    """Hybrid (dense + BM25) search of one account's material."""
    ws = _workspace()
    key = account_key(account)
    try:
        ws.manifest(key)
        hits = ws.searcher.search(key, query, k)
    except HandoffError as exc:
        _fail(str(exc))
    if format is TextOrJson.json:
        out.print_json(json.dumps({"hits": [h.model_dump() for h in hits]}))
        return
    table = Table(title=f"{query!r} in {key}", show_lines=True)
    for col in ("#", "document", "where", "text"):
        table.add_column(col, overflow="fold")
    for i, hit in enumerate(hits, start=1):
        table.add_row(str(i), hit.document, hit.locator, hit.text[:400])
    out.print(table)


@app.command()
def accounts(format: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.text) -> None:
    """The accounts in the store with their document counts."""
    ws = _workspace()
    counts = ws.store.accounts()
    rows = []
    for key in sorted(set(counts) | set(ws.manifests.accounts())):
        manifest = ws.manifests.load(key)
        rows.append(
            {
                "account": key,
                "name": manifest.display_name if manifest else key,
                "documents": counts.get(key, 0),
                "failed_files": len(manifest.failures()) if manifest else 0,
            }
        )
    if format is TextOrJson.json:
        out.print_json(json.dumps({"accounts": rows}))
        return
    table = Table(title=f"accounts in {ws.store.location}")
    for col in ("account", "name", "documents", "failed files"):
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    out.print(table)


@app.command()
def docs(
    account: Annotated[str, typer.Option(help="the account")],
    format: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.text,
) -> None:
    """The documents stored for an account, and the files that failed."""
    ws = _workspace()
    key = account_key(account)
    try:
        documents = ws.documents(key)
        failures = ws.manifest(key).failures()
    except HandoffError as exc:
        _fail(str(exc))
    if format is TextOrJson.json:
        payload = {
            "account": key,
            "documents": [
                {
                    "document": d.name,
                    "kind": d.kind,
                    "title": d.title,
                    "date": d.date,
                    "participants": d.participants,
                    "characters": len(d.text),
                }
                for d in documents
            ],
            "failed": [{"path": p, "error": e} for p, e in failures.items()],
        }
        out.print_json(json.dumps(payload))
        return
    table = Table(title=key)
    for col in ("document", "kind", "date", "title"):
        table.add_column(col, overflow="fold")
    for d in documents:
        table.add_row(d.name, d.kind, d.date or "", d.title)
    out.print(table)
    for path, error in failures.items():
        out.print(f"[red]failed[/] {path}: {error}", highlight=False)


@app.command()
def brief(
    target: Annotated[
        str, typer.Argument(help="a folder of material (ingested first) or an account")
    ],
    account: Annotated[
        str | None, typer.Option(help="account name (default: the folder's)")
    ] = None,
    engine: Annotated[
        str | None, typer.Option(help="local or openai (default: from settings)")
    ] = None,
    format: Annotated[BriefFormat, typer.Option("--format")] = BriefFormat.md,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="write here instead of stdout")
    ] = None,
    segment: Annotated[SegmentName | None, typer.Option(help="override the segment")] = None,
    lang: Annotated[
        Lang | None, typer.Option(help="headings language (default: the material's)")
    ] = None,
) -> None:
    """Fill the handoff template with cited evidence and flag what the rep must confirm."""
    ws = _workspace()
    path = Path(target)
    if path.is_dir():
        key, display = _account(account, [path])
        report = _ingest(ws, key, display, [path], None, quiet=False)
        for failed in (f for f in report.files if f.status == "failed"):
            err.print(f"[yellow]skipped[/] {failed.error}", highlight=False)
    else:
        key = account_key(account or target)
    try:
        chosen = engine_from(Settings(), engine, ws)
        with err.status(f"briefing {key} with the {chosen.name} engine"):
            result, material = brief_account(ws, key, chosen, segment.value if segment else None)
    except HandoffError as exc:
        _fail(str(exc))
    language = lang.value if lang else (result.language if result.language in LANGUAGES else "en")
    if format is BriefFormat.json:
        text = result.model_dump_json(indent=2)
    elif format is BriefFormat.html:
        text = to_html(result, material.by_name, language)
    else:
        text = to_markdown(result, language)
    if out_file:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(text, encoding="utf-8")
        blocking = sum(f.blocking for f in result.flags)
        err.print(
            f"wrote {out_file} · completeness {result.completeness:.0%} · "
            f"{blocking} flags for the rep",
            highlight=False,
        )
    elif format is BriefFormat.md and out.is_terminal:
        out.print(Markdown(text))
    else:
        sys.stdout.write(text)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="the question, in any language")],
    account: Annotated[str, typer.Option(help="the account to ask about")],
    engine: Annotated[str | None, typer.Option(help="local (default) or openai")] = None,
    session: Annotated[str | None, typer.Option(help="conversation id for follow-ups")] = None,
    format: Annotated[TextOrJson, typer.Option("--format")] = TextOrJson.text,
) -> None:
    """Answer a question about one account with citations, or say it is not in the material."""
    ws = _workspace()
    key = account_key(account)
    history: list[str] = []
    session_file = ws.home / "sessions" / f"{account_key(session)}.json" if session else None
    if session_file and session_file.exists():
        history = json.loads(session_file.read_text(encoding="utf-8"))
    try:
        settings = Settings()
        briefing = current_briefing(ws, key, engine_from(settings, "local", ws))
        answerer = answerer_from(settings, engine or "local")
        answer = ask_account(ws, key, question, briefing, history, answerer=answerer)
    except HandoffError as exc:
        _fail(str(exc))
    if session_file:
        session_file.parent.mkdir(parents=True, exist_ok=True)
        session_file.write_text(json.dumps([*history, question][-20:]), encoding="utf-8")
    if format is TextOrJson.json:
        payload = answer.model_dump(include={"answer", "found", "citations"})
        out.print_json(json.dumps(payload))
        return
    out.print(answer.answer, highlight=False)
    for i, c in enumerate(answer.citations, 1):
        out.print(f"  [{i}] {c.document} — {c.locator}", highlight=False)


class EvalFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


@app.command("eval")
def eval_(
    cases_dir: Annotated[Path, typer.Argument(help="labelled cases", exists=True)] = Path(
        "evals/cases"
    ),
    engine: Annotated[str | None, typer.Option(help="local or openai")] = None,
    format: Annotated[EvalFormat, typer.Option("--format")] = EvalFormat.table,
    out_file: Annotated[Path | None, typer.Option("--out", help="write the report here")] = None,
    baseline: Annotated[Path | None, typer.Option(help="a stored JSON run to compare with")] = None,
    tolerance: Annotated[
        float, typer.Option(help="allowed drop per metric vs the baseline")
    ] = 0.02,
    thresholds: Annotated[Path | None, typer.Option(help="TOML of minimum figures")] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="only check the gold labels")
    ] = False,
) -> None:
    """Score an engine on labelled accounts; exit 1 on regressions or unmet thresholds."""
    try:
        cases = load_cases(cases_dir)
    except (OSError, ValueError) as exc:
        _fail(f"cannot load cases from {cases_dir}: {exc}")
    problems = [p for case in cases for p in validate_case(case)]
    if validate or problems:
        for problem in problems:
            err.print(f"[red]invalid[/] {problem}", highlight=False)
        out.print(f"{len(cases)} cases, {len(problems)} problems")
        raise typer.Exit(1 if problems else 0)
    settings = Settings()
    ws = _workspace()
    with Progress(
        TextColumn("[bold]eval[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=len(cases))

        def step(case_id: str) -> None:
            bar.update(task, advance=1, description=case_id)

        try:
            run = run_cases(cases, ws.embedder, lambda w: engine_from(settings, engine, w), step)
        except HandoffError as exc:
            _fail(str(exc))
    stored = ws.home / "evals" / f"{run.timestamp.replace(':', '')}-{run.engine}.json"
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_text(run.model_dump_json(indent=1), encoding="utf-8")
    if format is EvalFormat.json:
        text = run.model_dump_json(indent=1)
    elif format is EvalFormat.html:
        text = eval_html(run)
    else:
        text = ""
        _eval_table(run)
    if out_file and text:
        out_file.write_text(text, encoding="utf-8")
    elif text:
        sys.stdout.write(text + "\n")
    err.print(f"results stored in {stored}", highlight=False)
    failures: list[str] = []
    if baseline:
        base = EvalRun.model_validate_json(baseline.read_text(encoding="utf-8"))
        failures += [
            f"{r.metric}: {r.current:.3f} < baseline {r.baseline:.3f} - {tolerance}"
            for r in compare(run, base, tolerance)
        ]
    if thresholds:
        floors = tomllib.loads(thresholds.read_text(encoding="utf-8")).get(run.engine, {})
        failures += below_thresholds(run, floors)
    for failure in failures:
        err.print(f"[red]regression[/] {failure}", highlight=False)
    if failures:
        raise typer.Exit(1)


def _eval_table(run: EvalRun) -> None:
    langs = sorted(run.by_language)
    table = Table(title=f"eval · {run.engine} · {len(run.cases)} cases")
    for col in ("metric", "overall", *langs):
        table.add_column(col, justify="left" if col == "metric" else "right")
    per_lang = {lang: headline(run.by_language[lang]) for lang in langs}
    for label, v in headline(run.overall).items():
        table.add_row(label, f"{v:.2f}", *(f"{per_lang[lang][label]:.2f}" for lang in langs))
    out.print(table)
    out.print(f"injections obeyed: {run.overall.injection_obeyed}")


token_app = typer.Typer(help="API tokens for the HTTP service.", no_args_is_help=True)
app.add_typer(token_app, name="token")


class RoleName(StrEnum):
    rep = "rep"
    csm = "csm"
    qa = "qa"
    admin = "admin"


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option(help="who or what uses the token")],
    role: Annotated[RoleName, typer.Option(help="rep, csm, qa or admin")],
    account: Annotated[
        list[str] | None, typer.Option(help="limit to these accounts (repeat)")
    ] = None,
) -> None:
    """Create an API token; it is printed once and only its hash is stored."""
    from sqlalchemy.orm import Session

    from api.auth import create_token
    from api.db import AuditEntry
    from api.wiring import database_from

    db = database_from(Settings())
    scopes = [account_key(a) for a in account or []]
    with Session(db) as s, s.begin():
        token = create_token(s, name, role.value, scopes)
        s.add(
            AuditEntry(
                actor="cli",
                action="token.create",
                account=None,
                detail=json.dumps({"name": name, "role": role.value, "accounts": scopes}),
            )
        )
    out.print(token, highlight=False, soft_wrap=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8080,
) -> None:
    """Run the HTTP API and the web page."""
    import uvicorn

    from api.wiring import app_from

    uvicorn.run(app_from(Settings()), host=host, port=port)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the briefing (the contract integrations read)."""
    sys.stdout.write(json.dumps(Briefing.model_json_schema(), indent=2) + "\n")


def main() -> None:  # pragma: no cover - console entry for `python -m api.cli`
    sys.exit(app())
