"""`allegiance export` and `allegiance import`: trade events with GDELT, ICEWS, POLECAT, PLOVER."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from allegiance import api
from allegiance.cli.app import DbOption, app, err, error, parse_date
from allegiance.exchange import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    PROGRESS_MIN_BYTES,
    detect_format,
    export_store,
    import_file,
)  # fmt: skip
from allegiance.exchange.common import CHUNK_ROWS, ImportSummary, members


@app.command("export")
def export(
    format_: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")],
    out: Annotated[str, typer.Option("--out", "-o", help="File to write, or - for standard output.")] = "-",
    db: DbOption = api.DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Only events with this ISO-3 country on either side.")] = None,
    from_: Annotated[str | None, typer.Option("--from", help="First event day (YYYY-MM-DD).")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Last event day (YYYY-MM-DD).")] = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also export negated, hypothetical, future and historical events (the formats cannot mark them).")] = False,
):
    """Write stored events as GDELT 2.0 events or mentions, ICEWS, POLECAT or PLOVER JSON."""
    if format_ not in EXPORT_FORMATS:
        raise typer.BadParameter(f"{format_!r}; choose from {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    if not Path(db).exists():  # opening would create an empty store and export nothing
        error(f"{db}: no such store")
        raise typer.Exit(1)
    from allegiance.store import Store

    with Store(db) as store:
        kwargs = {"country": country, "date_from": parse_date(from_), "date_to": parse_date(to),
                  "modality": None if all_modalities else "asserted"}
        if out == "-":
            n = export_store(store, format_, sys.stdout, **kwargs)
        else:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                n = export_store(store, format_, handle, **kwargs)
    err.print(f"{n} events written as {format_} to {out}")


@app.command("import")
def import_(
    paths: Annotated[list[str], typer.Argument(help="GDELT, ICEWS, POLECAT or PLOVER files (plain, .gz or .zip).")],
    format_: Annotated[str, typer.Option("--format", "-f", help=f"auto, {', '.join(IMPORT_FORMATS)}.")] = "auto",
    db: DbOption = api.DEFAULT_DB,
    chunk_rows: Annotated[int, typer.Option(help="Rows stored per chunk (one store document each).")] = CHUNK_ROWS,
):
    """Import event files so their events feed the same analysis (re-importing changes nothing)."""
    from allegiance.store import Store

    if format_ != "auto" and format_ not in IMPORT_FORMATS:
        raise typer.BadParameter(f"{format_!r}; choose from auto, {', '.join(IMPORT_FORMATS)}", param_hint="--format")
    summaries: dict[str, ImportSummary] = {}
    failed = 0
    with Store(db) as store:
        for path in paths:
            try:
                kind = detect_format(path) if format_ == "auto" else format_
                size = sum(m.size for m in members(path))
            except (OSError, ValueError) as exc:
                error(str(exc) if isinstance(exc, ValueError) else f"{path}: {exc.strerror or exc}")
                failed += 1
                continue
            summary = summaries.setdefault(kind, ImportSummary(kind))
            if size <= PROGRESS_MIN_BYTES:
                import_file(store, path, kind, summary, chunk_rows=chunk_rows)
                continue
            with Progress(TextColumn(f"[bold]import {Path(path).name}"), BarColumn(), DownloadColumn(),
                          TimeRemainingColumn(), console=err, transient=True) as progress:
                task = progress.add_task("import", total=size)
                done: dict[str, int] = {}

                def on_progress(label: str, position: int, total: int, done=done, task=task) -> None:
                    done[label] = position
                    progress.update(task, completed=sum(done.values()))

                import_file(store, path, kind, summary, chunk_rows=chunk_rows, on_progress=on_progress)
    for summary in summaries.values():
        err.print(summary.line(), highlight=False, soft_wrap=True)
        if summary.unmapped:
            shown = ", ".join(f"{value} ({n})" for value, n in summary.unmapped.most_common(5))
            err.print(f"  kept without a country: {shown}", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if failed else 0)
