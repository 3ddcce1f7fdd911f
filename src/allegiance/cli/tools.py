"""`allegiance explain` and `allegiance uncoded`: tools for people who extend the dictionaries."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from allegiance.cli.app import DateOption, app, error, note, out, parse_date


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence (or a short text) to lay open.")],
    date_: DateOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
):
    """Show the parse, the actors, each coded event and why other predicates were not coded."""
    from allegiance.coder.explain import explain as explain_text

    results = explain_text(text, parse_date(date_))
    if format == "json":
        sys.stdout.write(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2) + "\n")
        return
    for r in results:
        out.rule(r.sentence[:100])
        parse = Table(title="parse", show_edge=False)
        for column in ("i", "text", "lemma", "pos", "dep", "head"):
            parse.add_column(column)
        for t in r.tokens:
            parse.add_row(*(str(t[k]) for k in ("i", "text", "lemma", "pos", "dep", "head")))
        out.print(parse)
        out.print("actors: " + (", ".join(f"{a['text']} → {a['code'] or a['sector'] or '?'} ({a['kind']})"
                                           for a in r.actors) or "none"))
        for e in r.events:
            detail = escape(f"{e.source.code if e.source else '—'} {e.cameo} {e.cameo_name} → "
                            f"{e.target.code if e.target else '—'}  [{e.modality}, {e.confidence:.2f}] rule {e.rule}")
            out.print(f"[green]event[/green] {detail}")
        for p in r.predicates:
            colour = "green" if p.verdict.startswith("coded") else "yellow"
            out.print(f"  [{colour}]{escape(p.token)}[/{colour}] ({escape(p.lemma)}): {escape(p.verdict)}")


@app.command()
def uncoded(
    paths: Annotated[list[str], typer.Argument(help="Corpus: files, directories, globs, JSONL.")],
    limit: Annotated[int, typer.Option(help="How many predicates to list.")] = 30,
    date_: DateOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
):
    """The most frequent predicates between two actors that produced no event, with examples."""
    from allegiance.coder.explain import uncoded as find_uncoded
    from allegiance.ingest.readers import InputError, SkippedInput, iter_documents

    def documents():
        for item in iter_documents(paths, default_date=parse_date(date_)):
            if isinstance(item, SkippedInput):
                note(str(item))
            elif isinstance(item, InputError):
                error(str(item))
            else:
                yield item

    rows = find_uncoded(documents(), limit=limit)
    if format == "json":
        sys.stdout.write(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(title="Uncoded predicates between actors")
    for column in ("predicate", "count", "examples"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(r.key, str(r.count), "\n".join(r.examples))
    out.print(table)
