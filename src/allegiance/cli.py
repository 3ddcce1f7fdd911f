"""The `allegiance` command line: a thin shell over `allegiance.api`."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import Enum
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from allegiance import api

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Code political events from text and measure which way states are tilting.")
out = Console()
err = Console(stderr=True)

CSV_FIELDS = ["doc_id", "sentence_index", "source", "target", "cameo", "cameo_name", "plover",
              "goldstein", "quad_class", "modality", "event_date", "location", "quote_speaker",
              "confidence", "rule", "char_start", "char_end", "sentence"]


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")


DateOption = Annotated[Optional[str], typer.Option("--date", help="Publication date (YYYY-MM-DD) for documents that have none.")]
DbOption = Annotated[str, typer.Option("--db", help="DuckDB file to store events in.")]


def _error(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Text or JSONL files, directories, globs, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    date_: DateOption = None,
    all_modalities: Annotated[bool, typer.Option("--all/--asserted", help="Show every event or only asserted ones (table only).")] = True,
):
    """Code documents and print their events (nothing is stored)."""
    from allegiance.ingest.readers import InputError, iter_documents

    failed = False
    published = _parse_date(date_)

    def documents():
        nonlocal failed
        for item in iter_documents(paths, default_date=published):
            if isinstance(item, InputError):
                failed = True
                _error(str(item))
            else:
                yield item

    writer = csv.DictWriter(sys.stdout, CSV_FIELDS) if format is Format.csv else None
    if writer:
        writer.writeheader()
    for document, events in api.code_documents(documents()):
        if format is Format.jsonl:
            for event in events:
                sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        elif writer:
            for event in events:
                writer.writerow(_flat(event.to_dict()))
        else:
            shown = [e for e in events if all_modalities or e.modality == "asserted"]
            _print_events(document, shown)
    sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


def _flat(row: dict) -> dict:
    flat = {k: row.get(k) for k in CSV_FIELDS if k in row}
    flat["source"] = row["source"]["code"] if row["source"] else None
    flat["target"] = row["target"]["code"] if row["target"] else None
    flat["location"] = row["location"]["name"] if row["location"] else None
    speaker = (row.get("quote") or {}).get("speaker")
    flat["quote_speaker"] = speaker["code"] if speaker else None
    return flat


def _print_events(document, events) -> None:
    title = f"{document.id}" + (f" — {document.title}" if document.title else "")
    meta = ", ".join(f"{k}: {v}" for k, v in (("date", document.date), ("section", document.section),
                                              ("outlet", document.outlet), ("author", document.author)) if v)
    table = Table(title=title, caption=meta or None, show_lines=False, expand=False)
    for name in ("#", "source", "event", "target", "CAMEO", "PLOVER", "Gold.", "modality", "conf."):
        table.add_column(name, overflow="fold")
    for e in events:
        style = None if e.modality == "asserted" else "dim"
        table.add_row(
            str(e.sentence_index),
            _actor(e.source), e.predicate, _actor(e.target),
            f"{e.cameo} {e.cameo_name}", e.plover, f"{e.goldstein:+.1f}", e.modality,
            f"{e.confidence:.2f}", style=style,
        )
    out.print(table)
    out.print(f"{len(events)} events\n")


def _actor(actor) -> str:
    if actor is None:
        return "—"
    return f"{actor.code} ({actor.text})" if actor.text and actor.text != actor.code else actor.code


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or - for stdin.")],
    db: DbOption = api.DEFAULT_DB,
    date_: DateOption = None,
):
    """Code documents and store them (the same document twice is stored once)."""
    published = _parse_date(date_)
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


if __name__ == "__main__":  # pragma: no cover
    app()
