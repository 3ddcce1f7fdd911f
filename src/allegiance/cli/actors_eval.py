"""`allegiance evaluate-actors`: how well are actor mentions resolved to country and sector?

Scores the resolver alone (no events) against a gold file of annotated mentions; the file
format and the scoring rules are documented in `allegiance.evaluation.actors`. It measures and
exits 0; only an unreadable or malformed gold file exits 1.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from allegiance.cli.app import app, error, out

NOTES = (
    "country: the resolved actor's country equals the gold one (for an organisation: the same body, "
    "or one inside it). sector: over mentions whose gold gives a sector; null against null is right, "
    "an unresolved mention is wrong unless the gold says it names no state."
)


class Format(str, Enum):
    table = "table"
    json = "json"


@app.command("evaluate-actors")
def evaluate_actors(
    path: Annotated[str, typer.Argument(help="Gold JSONL: documents with annotated actor mentions.")],
    errors: Annotated[bool, typer.Option("--errors", help="List the misses with their sentences.")] = False,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
):
    """Score actor resolution: country and sector accuracy, overall and per hard-case kind."""
    from allegiance.evaluation.actors import (
        ActorGoldError,
        load_actor_gold,
        resolve_gold,
        score,
    )

    try:
        gold = load_actor_gold(path)
    except ActorGoldError as exc:
        error(str(exc))
        raise typer.Exit(1)
    report = score(resolve_gold(gold))
    if format is Format.json:
        data = report.to_dict()
        if not errors:
            data.pop("misses")
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    _print_report(report, show_errors=errors)


def _print_report(report, show_errors: bool) -> None:
    out.print(f"{report.documents} documents, {report.mentions} annotated mentions "
              f"({report.hard_country.total} hard cases)")
    table = Table(title="Actor resolution")
    for name in ("mentions", "n", "country acc.", "of", "sector acc.", "of"):
        table.add_column(name, justify="left" if name == "mentions" else "right")
    rows = [("all", report.country, report.sector), ("hard cases", report.hard_country, report.hard_sector)]
    rows += [(f"  {tag}", c, s) for tag, (c, s) in report.by_tag.items()]
    for label, country, sector in rows:
        table.add_row(label, str(country.total), _num(country.value), f"{country.correct}/{country.total}",
                      _num(sector.value), f"{sector.correct}/{sector.total}")
    out.print(table)
    out.print(NOTES, style="dim", highlight=False)
    if show_errors:
        _print_misses(report.misses)


def _print_misses(misses) -> None:
    from allegiance.evaluation.actors import miss_dict

    table = Table(title=f"Misses ({len(misses)})", show_lines=True)
    for name in ("id", "mention", "gold", "resolved", "sentence"):
        table.add_column(name, overflow="fold")
    for r in misses:
        d = miss_dict(r)
        gold = d["gold"]
        want = gold.get("org") or gold["country"] or "—"
        if "sector" in gold:
            want += f" / {gold['sector'] or '—'}"
        got = d["got"]
        have = f"{got['code'] or '—'} ({got['name'] or got['text']})" if got else "—"
        mention = d["span"] + (f" [{d['hard']}]" if d["hard"] else "")
        table.add_row(escape(f"{d['id']} {d['date'] or ''}"), escape(mention), escape(want), escape(have),
                      escape(d["sentence"]))
    out.print(table)


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
