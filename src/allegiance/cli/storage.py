"""`allegiance ingest`: code documents and store their events (`report` lives in cli/analysis.py)."""

from __future__ import annotations

import os
import time
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from allegiance import api
from allegiance.cli.app import DateOption, DbOption, app, err, parse_date

WorkersOption = Annotated[int | None, typer.Option(
    "--workers", min=1, help="Coding processes (default: one per CPU core; 1 codes in this process).")]
BatchOption = Annotated[int, typer.Option(
    "--batch", min=1, help="Documents stored per transaction (what an interruption can lose).")]


def _rates(summary: api.IngestSummary, started: float) -> str:
    """Counts and throughput, short enough for an 80-column terminal."""
    elapsed = max(time.monotonic() - started, 1e-9)
    return (f"{summary.documents} docs, {summary.sentences} sentences, {summary.coded_events} events"
            f" | {summary.documents / elapsed:.1f} docs/s, {summary.sentences / elapsed:.0f} sent/s,"
            f" {summary.coded_events / elapsed:.0f} events/s")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or - for stdin.")],
    db: DbOption = api.DEFAULT_DB,
    date_: DateOption = None,
    workers: WorkersOption = None,
    batch: BatchOption = 200,
):
    """Code documents and store them: in parallel, resumable (rerun after an interruption), each text once."""
    published = parse_date(date_)
    workers = workers or os.cpu_count() or 1
    started = time.monotonic()
    last = {"summary": None}
    live = err.is_terminal  # a log file gets one line per commit instead of a redrawn bar

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=False, disable=not live) as progress:
        task = progress.add_task("starting…", total=None)

        def on_progress(summary: api.IngestSummary, committed: bool) -> None:
            last["summary"] = summary
            if live:
                progress.update(task, description=_rates(summary, started))
            elif committed:
                err.print(f"committed: {_rates(summary, started)}", highlight=False, soft_wrap=True)

        def on_error(message: str) -> None:
            progress.console.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)

        def on_skip(message: str) -> None:
            progress.console.print(f"[yellow]note:[/yellow] {message}", highlight=False, soft_wrap=True)

        try:
            summary = api.ingest(paths, db=db, default_date=published, on_error=on_error,
                                 on_skip=on_skip, workers=workers, batch_size=batch, on_progress=on_progress)
        except KeyboardInterrupt:
            done = last["summary"].committed if last["summary"] else 0
            progress.stop()
            err.print(f"interrupted: {done} documents are safely stored in {db}; "
                      "rerun the same command to finish the rest.")
            raise typer.Exit(130)
    err.print(f"{summary.documents} documents: {summary.added} added, {summary.replaced} replaced, "
              f"{summary.unchanged} unchanged, {summary.duplicates} duplicates grouped; "
              f"{summary.events} events stored in {db}; {len(summary.errors)} inputs failed"
              + (f", {len(summary.skipped)} skipped (not English)" if summary.skipped else ""))
    raise typer.Exit(1 if summary.errors else 0)
