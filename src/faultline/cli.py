"""The `faultline` command: a thin layer over faultline.batch, faultline.store and
faultline.export. Every listing command takes --format table|json|csv.

Exit codes: 0 all fine, 1 some documents failed (or an id was not found), 2 usage error.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
)
from rich.table import Table

from faultline import __version__
from faultline.batch import Summary, analyze, ingest
from faultline.document import Failure, Record
from faultline.event_export import write_cameo_tsv, write_plover
from faultline.export import FORMATS, write_csv, write_jsonl, write_parquet
from faultline.pipeline import default_workers
from faultline.settings import Settings
from faultline.store import DEFAULT_DB, Store

app = typer.Typer(
    help="faultline: raw news pages in, who did and said what to whom out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Piped output has no terminal width to fit; 140 columns keeps tables readable in logs.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


# Options shared by several commands, defined once.
DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file.")]
WorkersOption = Annotated[
    int, typer.Option("--workers", "-w", min=0, help="Worker processes (0: all cores).")
]
FormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")]
PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE[THH:MM[±HH:MM]]",
        help="Publication date/time of every document (overrides what extraction finds).",
    ),
]
_ISO_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?")


def _settings(published: str | None) -> Settings:
    if published is not None:
        if not _ISO_PUBLISHED.fullmatch(published):
            raise typer.BadParameter(
                f"{published!r} is not DATE[THH:MM[±HH:MM]], e.g. 2008-03-07 or "
                "2008-03-07T14:30+01:00",
                param_hint="--published",
            )
        try:
            datetime.fromisoformat(published.replace("Z", "+00:00"))
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--published") from error
    return Settings(published=published)


def _version(value: bool) -> None:
    if value:
        out.print(f"faultline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    """faultline: raw news pages in, who did and said what to whom out."""


def _fail_line(failure: Failure) -> None:
    err.print(f"[red]failed[/red] {failure.line()}", markup=True, highlight=False, soft_wrap=True)


def _warn_lines(record: Record) -> None:
    """Limits applied to a document (a body cut at the size limit) are said, not only stored."""
    for warning in record.warnings:
        err.print(
            f"[yellow]warning[/yellow] {record.source['uri']}: {warning}",
            markup=True,
            highlight=False,
            soft_wrap=True,
        )


def _emit(
    rows: list[dict[str, Any]],
    fmt: ListFormat,
    title: str,
    *,
    table_columns: list[str] | None = None,
) -> None:
    """Print rows as JSON Lines, CSV, or a table (of `table_columns` only, to fit a screen)."""
    if fmt is ListFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is ListFormat.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        columns = table_columns or (list(rows[0]) if rows else [])
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(
                column,
                overflow="fold",
                no_wrap=column in _NARROW,
                min_width=_MIN_WIDTH.get(column),
            )
        for row in rows:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        out.print(table)


# Short values that read badly when wrapped.
_NARROW = {"id", "format", "published", "mentions", "quotes", "events"}
_MIN_WIDTH = {"headline": 28, "outlet": 12, "reason": 28, "snippet": 28}


@app.command("analyze")
def analyze_cmd(
    paths: PathsArg,
    as_json: JsonOption = False,
    workers: WorkersOption = 0,
    published: PublishedOption = None,
) -> None:
    """Analyse documents and print the results without touching a database.

    With --json, one JSON object per document per line (the output contract in
    docs/output.md). Example: faultline analyze page.html --json
    """
    settings = _settings(published)
    failed = 0
    for result in analyze(paths, settings, workers=workers or default_workers()):
        if isinstance(result, Failure):
            failed += 1
            _fail_line(result)
        elif as_json:
            _warn_lines(result)
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _warn_lines(result)
            _print_record(result)
    raise typer.Exit(1 if failed else 0)


def _print_record(record: Record) -> None:
    art = record.article
    authors = ", ".join(f"{a.name} ({a.role})" if a.role else a.name for a in art.authors)
    out.print(f"[bold]{art.headline or '(no headline)'}[/bold]", highlight=False)
    out.print(f"  id:        {record.id}", highlight=False)
    out.print(f"  source:    {record.source['uri']}", highlight=False)
    out.print(f"  outlet:    {art.outlet or '-'}   published: {art.published or '-'}")
    out.print(f"  authors:   {authors or '-'}   dateline: {art.dateline or '-'}")
    paragraphs = [p for p in art.body.split("\n\n") if p]
    out.print(f"  body:      {len(paragraphs)} paragraphs, {len(art.body)} characters")
    out.print(f"  removed:   {len(art.removed)} blocks of page clutter")
    out.print(
        f"  found:     {len(record.actors)} actors, {len(record.mentions)} mentions, "
        f"{len(record.quotes)} quotes, {len(record.events)} events"
    )


@app.command("ingest")
def ingest_cmd(
    paths: PathsArg,
    db: DbOption = Path(DEFAULT_DB),
    workers: WorkersOption = 0,
    published: PublishedOption = None,
) -> None:
    """Analyse documents and store them; documents already stored are skipped.

    Example: faultline ingest examples/ --db news.db
    """
    settings = _settings(published)
    with Store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        summary = ingest(
            paths,
            store,
            settings,
            workers=workers or default_workers(),
            on_result=lambda r: _advance(progress, task, r),
        )
    _print_summary(summary, db)
    raise typer.Exit(0 if summary.ok else 1)


def _advance(progress: Progress, task: TaskID, result: Record | Failure | None) -> None:
    if isinstance(result, Record):
        _warn_lines(result)
    progress.advance(task)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("documents"),
        console=err,
        transient=True,
    )


def _print_summary(summary: Summary, db: Path) -> None:
    for failure in summary.failed:
        _fail_line(failure)
    err.print(
        f"{summary.new} new, {summary.present} already present, "
        f"{len(summary.failed)} failed → {db}",
        highlight=False,
    )


@app.command("show")
def show_cmd(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="Document id or a unique prefix.")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Show one stored document. Example: faultline show 1b6493 --json"""
    with Store(db) as store:
        record = store.get(doc_id)
    if record is None:
        err.print(f"{doc_id}: no stored document with that id (or the prefix is ambiguous)")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_record(record)
    out.print()
    out.print(record.article.body, highlight=False)


@app.command("documents")
def documents_cmd(
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List stored documents with what was found in each. Example: faultline documents -f csv"""
    fmt = ListFormat.json if as_json else fmt
    with Store(db) as store:
        rows = store.documents()
    if fmt is ListFormat.table:  # a short id prefix is enough for `faultline show`
        for row in rows:
            row["id"] = row["id"].removeprefix("sha256:")[:12]
            row["published"] = (row["published"] or "")[:10]
    columns = ["id", "format", "outlet", "headline", "published", "mentions", "quotes", "events"]
    _emit(rows, fmt, f"{len(rows)} documents in {db}", table_columns=columns)


@app.command("actors")
def actors_cmd(
    kind: Annotated[
        str | None,
        typer.Option(
            help="Only this kind: state, government, igo, region, person, org, group, media."
        ),
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List stored actors with mention counts (persons with every role seen).

    Example: faultline actors --kind person --format csv
    """
    with Store(db) as store:
        rows = store.actors(kind=kind)
    _emit(rows, ListFormat.json if as_json else fmt, f"{len(rows)} actors in {db}")


@app.command("quotes")
def quotes_cmd(
    speaker: Annotated[
        str | None, typer.Option(help="Only quotes whose speaker text or actor id contains this.")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List stored quotes with their speakers. Example: faultline quotes --speaker churkin"""
    fmt = ListFormat.json if as_json else fmt
    with Store(db) as store:
        rows = store.quotes(speaker=speaker)
    if fmt is ListFormat.table:
        for row in rows:
            row["doc_id"] = row["doc_id"].removeprefix("sha256:")[:12]
    columns = ["doc_id", "kind", "speaker", "speaker_actor", "text"]
    _emit(rows, fmt, f"{len(rows)} quotes in {db}", table_columns=columns)


@app.command("events")
def events_cmd(
    actor: Annotated[
        str | None, typer.Option(help="Source or target id, or a country code (RUS, gov:RUS…).")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type, e.g. SUPPORT.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date, YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date, YYYY[-MM[-DD]].")] = None,
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List stored events in date order, each with the sentence behind it.

    Example: faultline events --actor RUS --type SUPPORT --since 2008-08
    """
    fmt = ListFormat.json if as_json else fmt
    with Store(db) as store:
        rows = store.events(
            actor=actor, event_type=event_type.upper() if event_type else None,
            since=since, until=until,
        )  # fmt: skip
    if fmt is ListFormat.table:
        for row in rows:
            row["doc_id"] = row["doc_id"].removeprefix("sha256:")[:12]
            flags = [("negated" if row["negated"] else ""), row["modality"] or ""]
            row["flags"] = " ".join(f for f in flags if f and f != "asserted")
    columns = ["date", "type", "source", "target", "flags", "trigger", "doc_id"]
    _emit(rows, fmt, f"{len(rows)} events in {db}", table_columns=columns)


@app.command("failures")
def failures_cmd(
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
) -> None:
    """List inputs that failed, with the reason. Example: faultline failures --json"""
    with Store(db) as store:
        rows = store.failures()
    _emit(rows, ListFormat.json if as_json else fmt, f"{len(rows)} failed inputs in {db}")


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="SQLite FTS5 query, e.g. 'Abkhazia AND sanctions'.")],
    db: DbOption = Path(DEFAULT_DB),
    fmt: FormatOption = ListFormat.table,
    as_json: JsonOption = False,
    limit: Annotated[int, typer.Option(min=1)] = 20,
) -> None:
    """Full-text search over stored headlines and bodies. Example: faultline search Kosovo"""
    with Store(db) as store:
        rows = store.search(query, limit=limit)
    _emit(rows, ListFormat.json if as_json else fmt, f"{len(rows)} matches for {query!r}")


@app.command("export")
def export_cmd(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, csv or parquet (documents); plover or cameo-tsv (events).",
        ),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Export every stored document, or every event (plover: PLOVER JSON records, one per
    line; cameo-tsv: GDELT-like rows). Example: faultline export -f parquet -o news.parquet"""
    if fmt not in FORMATS:
        err.print(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        err.print("--format parquet needs --output FILE")
        raise typer.Exit(2)
    with Store(db) as store:
        records = store.records()
        if fmt == "parquet":
            assert output is not None
            n = write_parquet(records, output)
        else:
            writer = {
                "jsonl": write_jsonl,
                "csv": write_csv,
                "plover": write_plover,
                "cameo-tsv": write_cameo_tsv,
            }[fmt]
            if output is None:
                n = writer(records, sys.stdout)
            else:
                with output.open("w", encoding="utf-8", newline="") as fh:
                    n = writer(records, fh)
    what = "events" if fmt in ("plover", "cameo-tsv") else "documents"
    err.print(f"exported {n} {what} as {fmt}" + (f" → {output}" if output else ""))
