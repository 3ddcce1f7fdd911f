"""`allegiance code`: code documents and print their events."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.table import Table

from allegiance import api
from allegiance.cli.app import DateOption, FallbackOption, app, error, note, out, parse_date

CSV_FIELDS = ["doc_id", "sentence_index", "source", "target", "cameo", "cameo_name", "plover",
              "goldstein", "quad_class", "modality", "event_date", "location", "quote_speaker",
              "confidence", "rule", "char_start", "char_end", "sentence"]


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Text or JSONL files, directories, globs, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    date_: DateOption = None,
    all_modalities: Annotated[bool, typer.Option("--all/--asserted", help="Show every event or only asserted ones (table only).")] = True,
    fallback: FallbackOption = False,
):
    """Code documents and print their events (nothing is stored)."""
    from allegiance.ingest.readers import InputError, SkippedInput, iter_documents

    failed = False
    published = parse_date(date_)

    def documents():
        nonlocal failed
        for item in iter_documents(paths, default_date=published):
            if isinstance(item, SkippedInput):
                note(str(item))
            elif isinstance(item, InputError):
                failed = True
                error(str(item))
            else:
                yield item

    writer = csv.DictWriter(sys.stdout, CSV_FIELDS) if format is Format.csv else None
    if writer:
        writer.writeheader()
    for document, events in api.code_documents(documents(), fallback=fallback):
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
