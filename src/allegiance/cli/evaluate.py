"""`allegiance evaluate`: score the coder against gold sentence files.

It measures and always exits 0; only an unreadable or malformed gold file exits 1. How events
are matched is documented in `allegiance.evaluation.gold`.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from allegiance.cli.app import FallbackOption, app, error, out

NOTES = (
    "root: same sentence, source and target country, CAMEO root (PLOVER type for PLOVER gold); "
    "code: also a coded code equal to or under the gold code; actor: full actor codes + root; "
    "strict: both. Modality is scored separately. Mirror (implied:) events never count as extras.\n"
    "Actor-country accuracy: gold events paired with coded events of the same root in the same "
    "sentence, actors ignored (best-agreeing pair first); over the gold actors given as codes, "
    "the share whose coded actor has the same country."
)


class Format(str, Enum):
    table = "table"
    json = "json"


@app.command()
def evaluate(
    paths: Annotated[list[str], typer.Argument(help="Gold JSONL files: one sentence a line with its events.")],
    errors: Annotated[bool, typer.Option("--errors", help="List misses and extras with their sentences.")] = False,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N sentences.")] = None,
    by_rule: Annotated[bool, typer.Option("--by-rule", help="List the rules that fired, least precise first.")] = False,
    min_fired: Annotated[int, typer.Option("--min-fired", min=1, help="With --by-rule: only rules that fired this often.")] = 3,
    fallback: FallbackOption = False,
):
    """Score the coder against gold sentences: precision, recall and F1 overall and per CAMEO root."""
    from allegiance.evaluation.gold import GoldError, code_gold, load_gold_files, score

    try:
        gold = load_gold_files(paths)
    except GoldError as exc:
        error(str(exc))
        raise typer.Exit(1)
    if limit is not None:
        gold = gold[:limit]
    report = score(gold, code_gold(gold, fallback=fallback))
    if format is Format.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    _print_report(report, show_errors=errors)
    if by_rule:
        _print_rules(report.rules, min_fired)


def _print_report(report, show_errors: bool) -> None:
    from allegiance.ontology import cameo

    out.print(f"{report.sentences} sentences, {report.gold_events} gold events, "
              f"{report.coded_events} coded events (of which {report.implied_events} implied mirrors)")
    table = Table(title="Overall")
    for name in ("level", "matched", "gold", "coded", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "level" else "right")
    for name, c in report.levels.items():
        table.add_row(name, str(c.matched), str(c.gold), str(c.coded), _num(c.precision), _num(c.recall), _num(c.f1))
    out.print(table)

    other = Table(title="Accuracy (over matched events) and extras")
    other.add_column("measure")
    other.add_column("value", justify="right")
    other.add_column("of", justify="right")
    for label, acc in (("PLOVER type accuracy", report.plover), ("modality accuracy", report.modality),
                       ("actor-country accuracy", report.actor_country)):
        other.add_row(label, _num(acc.value), f"{acc.correct}/{acc.total}")
    other.add_row("extras per gold event", _num(report.extras_per_gold), f"{report.extras}/{report.gold_events}")
    out.print(other)

    roots = Table(title="Per root (root level)")
    for name in ("root", "name", "gold n", "P", "R", "F1"):
        roots.add_column(name, justify="right" if name in ("gold n", "P", "R", "F1") else "left")
    for group in sorted(report.groups):
        c = report.groups[group]
        name = cameo.get(group).name if cameo.is_valid(group) else ""
        roots.add_row(group, name, str(c.gold), _num(c.precision), _num(c.recall), _num(c.f1))
    out.print(roots)
    out.print(NOTES, style="dim", highlight=False)

    if show_errors:
        _print_errors(report.errors)


def _print_rules(rules: dict, min_fired: int) -> None:
    """Each rule family's precision at root level, worst first: the dictionary rows that
    misfire most are the first ones to read (with --errors) and fix."""
    table = Table(title=f"Rules that fired at least {min_fired} times (root level, mirrors left out), least precise first")
    for name in ("rule", "fired", "matched", "wrong", "P"):
        table.add_column(name, justify="left" if name == "rule" else "right")
    shown = [(name, c) for name, c in rules.items() if c.coded >= min_fired]
    for name, c in sorted(shown, key=lambda item: (item[1].precision, -item[1].coded, item[0])):
        table.add_row(escape(name), str(c.coded), str(c.matched), str(c.coded - c.matched), _num(c.precision))
    out.print(table)


def _print_errors(errors: list[dict]) -> None:
    table = Table(title=f"Misses and extras ({len(errors)})", show_lines=True)
    for name in ("kind", "id", "gold", "coded", "sentence"):
        table.add_column(name, overflow="fold")
    for e in errors:
        if e["kind"] == "miss":
            gold, coded = _gold(e["gold"]), "\n".join(_coded(c) for c in e["coded"]) or "—"
        else:
            gold, coded = "\n".join(_gold(g) for g in e["gold"]) or "(nothing to code)", _coded(e["coded"])
        style = "red" if e["kind"] == "miss" else "yellow"
        table.add_row(f"[{style}]{e['kind']}[/{style}]", escape(e["id"]), escape(gold), escape(coded), escape(e["text"]))
    out.print(table)


def _gold(g: dict) -> str:
    modality = "" if g["modality"] == "asserted" else f" ({g['modality']})"
    return f"{g['source'] or '—'} → {g['target'] or '—'} {g['code']}{modality}"


def _coded(c: dict) -> str:
    modality = "" if c["modality"] == "asserted" else f" ({c['modality']})"
    return f"{c['source'] or '—'} → {c['target'] or '—'} {c['code']} {c['plover']}{modality}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
