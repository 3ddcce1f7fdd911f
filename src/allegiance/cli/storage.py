"""`allegiance ingest` and `allegiance report`: store events, then ask which way a state tilts."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from allegiance import api
from allegiance.cli.app import DateOption, DbOption, app, err, out, parse_date

@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or - for stdin.")],
    db: DbOption = api.DEFAULT_DB,
    date_: DateOption = None,
):
    """Code documents and store them (the same document twice is stored once)."""
    published = parse_date(date_)
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[events]} events"), TimeElapsedColumn(),
                  console=err, transient=False) as progress:
        task = progress.add_task("ingest", total=None, events=0)
        counter = {"events": 0}

        def on_document(document, n_events):
            counter["events"] += n_events
            progress.update(task, advance=1, events=counter["events"])

        summary = api.ingest(paths, db=db, default_date=published, on_document=on_document,
                             on_error=lambda m: progress.console.print(f"[red]error:[/red] {m}", highlight=False))
    err.print(f"{summary.documents} documents: {summary.added} added, {summary.replaced} replaced, "
              f"{summary.unchanged} unchanged; {summary.events} events stored in {db}; "
              f"{len(summary.errors)} inputs failed")
    raise typer.Exit(1 if summary.errors else 0)


@app.command()
def report(
    country: Annotated[str, typer.Argument(help="ISO-3 country code, e.g. IRQ.")],
    db: DbOption = api.DEFAULT_DB,
    evidence: Annotated[int, typer.Option(help="Evidence sentences per partner.")] = 2,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
):
    """Which way a state is tilting: partners ranked by alignment, with the evidence."""
    result = api.report(country, db=db)
    if format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, default=str, indent=2) + "\n")
        return
    if not result.partners:
        out.print(f"No asserted events involving {country.upper()} in {db}.")
        raise typer.Exit(0)
    table = Table(title=f"Alignment of {country.upper()} (asserted events only)")
    for name in ("rank", "partner", "score", "events", "Goldstein sum", "mean", "strongest evidence"):
        table.add_column(name, overflow="fold")
    for rank, p in enumerate(result.partners, 1):
        colour = "green" if p.score > 0 else "red" if p.score < 0 else "white"
        lines = [f"[{e['cameo']}] {e['sentence'][:160]}" for e in p.evidence[:evidence]]
        table.add_row(str(rank), p.partner, f"[{colour}]{p.score:+.2f}[/{colour}]", str(p.n),
                      f"{p.goldstein_sum:+.1f}", f"{p.goldstein_mean:+.2f}", "\n".join(lines))
    out.print(table)
    if result.excluded:
        shown = ", ".join(f"{n} {m}" for m, n in sorted(result.excluded.items()))
        out.print(f"Not counted (stored and shown, but not asserted): {shown}.")
