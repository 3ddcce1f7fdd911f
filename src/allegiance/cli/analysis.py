"""`allegiance dyad`, `drift`, `blocs` and `report`: what the stored events say about alignment.

Thin shells over `allegiance.analysis`: each opens the store, asks one question, and prints a
table (or JSON with `--format json`); `--plot FILE` also writes a PNG or SVG figure.
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from allegiance import api
from allegiance.analysis import blocs as blocs_mod
from allegiance.analysis.briefing import briefing
from allegiance.analysis.drift import DriftReport
from allegiance.analysis.drift import drift as drift_of
from allegiance.analysis.index import dyad_alignment
from allegiance.analysis.series import PERIODS, Period, dyad_series, parse_period
from allegiance.cli.app import DbOption, app, error, out

FormatOption = Annotated[str, typer.Option("--format", "-f", help="table or json")]
PlotOption = Annotated[Path | None, typer.Option("--plot", help="Also write a figure (.png or .svg).")]
FromOption = Annotated[str | None, typer.Option("--from", help="Period A: YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO.")]
ToOption = Annotated[str | None, typer.Option("--to", help="Period B, in the same forms as --from.")]


@contextmanager
def _store(db: str):
    """Open an existing store; a missing file is an error, not a new empty store."""
    from allegiance.store import Store

    if not Path(db).exists():
        error(f"{db}: no such store (create it with `allegiance ingest --db {db} …`)")
        raise typer.Exit(1)
    with Store(db) as store:
        yield store


def _period(value: str | None, option: str) -> Period | None:
    if value is None:
        return None
    try:
        return parse_period(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option)


def _check_plot(plot: Path | None) -> None:
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise typer.BadParameter(f"{plot.name} must end in .png or .svg", param_hint="--plot")


def _json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=2) + "\n")


def _signed(value: float, digits: int = 2) -> str:
    colour = "green" if value > 0 else "red" if value < 0 else "white"
    return f"[{colour}]{value:+.{digits}f}[/{colour}]"


def _plotted(path: Path) -> None:
    out.print(f"Figure written to {path}.", highlight=False)


# -- dyad ----------------------------------------------------------------------------------


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="Country (IRQ) or actor code (IRQGOV).")],
    b: Annotated[str, typer.Argument(help="The other country or actor code.")],
    db: DbOption = api.DEFAULT_DB,
    period: Annotated[str, typer.Option("--period", help="day, week, month or year")] = "month",
    sector: Annotated[bool, typer.Option("--sector", help="Split rows by full actor codes (IRQGOV, IRQMIL, …).")] = False,
    within: Annotated[str | None, typer.Option("--within", help="Only this period, e.g. 2016..2018.")] = None,
    plot: PlotOption = None,
    format: FormatOption = "table",
):
    """A dyad's event series and alignment over time (asserted events, both directions)."""
    if period not in PERIODS:
        raise typer.BadParameter(f"choose one of {', '.join(PERIODS)}", param_hint="--period")
    _check_plot(plot)
    window = _period(within, "--within")
    with _store(db) as store:
        series = dyad_series(store, a, b, period=period, by_sector=sector, within=window)
        index = dyad_alignment(store, a, b, period=period, within=window)
    if plot is not None:
        from allegiance.analysis.plots import plot_dyad

        plot_dyad(series, index, plot, title=f"{a.upper()} – {b.upper()}: alignment by {period}")
    if format == "json":
        _json({"a": a.upper(), "b": b.upper(), "period": period,
               "series": [s.to_dict() for s in series], "alignment": [x.to_dict() for x in index]})
        return
    if not series:
        out.print(f"No asserted events between {a.upper()} and {b.upper()} in {db}.")
        return
    table = Table(title=f"{a.upper()} ↔ {b.upper()} by {period} (asserted events; index over both directions)")
    for name in ("period", "direction", "events", "verbal coop", "material coop", "verbal confl.",
                 "material confl.", "Goldstein sum", "mean"):
        table.add_column(name, justify="left" if name in ("period", "direction") else "right",
                         no_wrap=name in ("period", "direction"))
    for s in series:
        q = s.quad_counts
        table.add_row(s.period, f"{s.source}→{s.target}", str(s.n), str(q[1]), str(q[2]), str(q[3]),
                      str(q[4]), f"{s.goldstein_sum:+.1f}", f"{s.goldstein_mean:+.2f}")
    out.print(table)
    out.print("QuadClass columns count events; the Goldstein sum and mean are per row.")
    trend = Table(title="Alignment index (90% band); periods without events sit at 0 with a wide band")
    for name in ("period", "events", "index", "band"):
        trend.add_column(name)
    for x in index:
        trend.add_row(x.period, str(x.n), _signed(x.index), f"{x.low:+.2f} … {x.high:+.2f}")
    out.print(trend)
    if plot is not None:
        _plotted(plot)


# -- drift ---------------------------------------------------------------------------------


def _drift_table(moved: DriftReport, limit: int | None = None) -> Table:
    table = Table(title=f"Drift of {moved.country}: {moved.period_a.label} → {moved.period_b.label} "
                        "(* = p < 0.05)")  # fmt: skip
    for name in ("partner", "direction", "change", "index A", "n A", "index B", "n B", "z", "p"):
        table.add_column(name)
    rows = moved.partners if limit is None else sorted(moved.partners, key=lambda r: -abs(r.change))[:limit]
    for r in rows:
        table.add_row(r.partner, r.direction + (" *" if r.significant else ""), _signed(r.change),
                      f"{r.index_a:+.2f}", str(r.n_a), f"{r.index_b:+.2f}", str(r.n_b),
                      f"{r.z:+.2f}", f"{r.p:.3f}")
    return table


@app.command()
def drift(
    country: Annotated[str, typer.Argument(help="ISO-3 country code, e.g. IRQ.")],
    from_: FromOption = None,
    to: ToOption = None,
    db: DbOption = api.DEFAULT_DB,
    plot: PlotOption = None,
    format: FormatOption = "table",
):
    """Which partners a state moved towards or away from between two periods."""
    if from_ is None or to is None:
        raise typer.BadParameter("give both --from and --to (e.g. --from 2016 --to 2018)")
    _check_plot(plot)
    period_a, period_b = _period(from_, "--from"), _period(to, "--to")
    with _store(db) as store:
        moved = drift_of(store, country, period_a, period_b)
    if plot is not None:
        from allegiance.analysis.plots import plot_drift

        plot_drift(moved, plot)
    if format == "json":
        _json(moved.to_dict())
        return
    if not moved.partners:
        out.print(f"No asserted events involving {country.upper()} in either period.")
        return
    out.print(_drift_table(moved))
    if plot is not None:
        _plotted(plot)


# -- blocs ---------------------------------------------------------------------------------


@app.command()
def blocs(
    period: Annotated[str | None, typer.Option("--period", help="YYYY, YYYY-MM or FROM..TO; all time if omitted.")] = None,
    db: DbOption = api.DEFAULT_DB,
    min_events: Annotated[int, typer.Option("--min-events", help="Events a pair needs to be linked.")] = blocs_mod.MIN_EVENTS,
    threshold: Annotated[float, typer.Option("--threshold", help="Index a pair needs to be linked.")] = blocs_mod.THRESHOLD,
    plot: PlotOption = None,
    format: FormatOption = "table",
):
    """Groups of states that cooperate with each other over a period."""
    _check_plot(plot)
    window = _period(period, "--period")
    with _store(db) as store:
        result = blocs_mod.blocs(store, window, min_events=min_events, threshold=threshold)
    if plot is not None:
        from allegiance.analysis.plots import plot_network

        plot_network(result, plot)
    if format == "json":
        _json(result.to_dict())
        return
    label = window.label if window else "all time"
    if not result.blocs:
        out.print(f"No blocs in {label}: no pair has {min_events}+ events with an index above {threshold}.")
        return
    table = Table(title=f"Blocs, {label} (pairs with ≥ {min_events} events and index > {threshold})")
    for name in ("bloc", "members", "cohesion", "density", "events"):
        table.add_column(name)
    for bloc in result.blocs:
        table.add_row(bloc.name, " ".join(bloc.members), _signed(bloc.cohesion),
                      f"{bloc.density:.2f}", str(bloc.n_events))
    out.print(table)
    if plot is not None:
        _plotted(plot)


# -- report --------------------------------------------------------------------------------


@app.command()
def report(
    country: Annotated[str, typer.Argument(help="ISO-3 country code, e.g. IRQ.")],
    db: DbOption = api.DEFAULT_DB,
    evidence: Annotated[int, typer.Option(help="Evidence sentences per partner.")] = 2,
    from_: FromOption = None,
    to: ToOption = None,
    plot: PlotOption = None,
    format: FormatOption = "table",
):
    """Which way a state is tilting: partners, drift, bloc and the strongest evidence."""
    if (from_ is None) != (to is None):
        raise typer.BadParameter("give both --from and --to, or neither")
    _check_plot(plot)
    period_a, period_b = _period(from_, "--from"), _period(to, "--to")
    with _store(db) as store:
        brief = briefing(store, country, period_a, period_b)
    if plot is not None:
        from allegiance.analysis.plots import plot_briefing

        plot_briefing(brief, plot)
    if format == "json":
        _json(brief.to_dict())
        return
    result = brief.report
    if not result.partners:
        out.print(f"No asserted events involving {country.upper()} in {db}.")
        raise typer.Exit(0)
    table = Table(title=f"Alignment of {country.upper()} (asserted events only)")
    for name in ("rank", "partner", "score", "events", "Goldstein sum", "mean", "strongest evidence"):
        table.add_column(name, overflow="fold")
    for rank, p in enumerate(result.partners, 1):
        lines = [f"[{e['cameo']}] {e['sentence'][:160]}" for e in p.evidence[:evidence]]
        table.add_row(str(rank), p.partner, _signed(p.score), str(p.n),
                      f"{p.goldstein_sum:+.1f}", f"{p.goldstein_mean:+.2f}", "\n".join(lines))
    out.print(table)
    if result.excluded:
        shown = ", ".join(f"{n} {m}" for m, n in sorted(result.excluded.items()))
        out.print(f"Not counted (stored and shown, but not asserted): {shown}.")
    _briefing_sections(brief)
    if plot is not None:
        _plotted(plot)


def _briefing_sections(brief) -> None:
    """Drift, bloc and evidence under the partner table (no numbered rows, so the ranking stays
    the only table whose rows start with a number)."""
    if brief.covered:
        first, last = brief.covered
        out.print(f"\nEvents cover {first.isoformat()} to {last.isoformat()}.", highlight=False)
    if brief.drift and brief.drift.partners:
        out.print(_drift_table(brief.drift, limit=8))
    else:
        out.print("Drift: the events cover too short a span to compare two periods.")
    label = brief.blocs.period.label if brief.blocs.period else "all time"
    if brief.bloc:
        others = [m for m in brief.bloc.members if m != brief.country]
        out.print(f"Bloc ({label}): {brief.country} sits in bloc {brief.bloc.name} with "
                  f"{', '.join(others)} (cohesion {brief.bloc.cohesion:+.2f}).", highlight=False)
    else:
        out.print(f"Bloc ({label}): {brief.country} is in no bloc (too few strongly cooperative pairs).",
                  highlight=False)
    if brief.evidence:
        out.print("\nStrongest evidence:")
        for e in brief.evidence:
            out.print(f"  • {e['partner']} [{e['cameo']} {e['goldstein']:+.1f}] {e['sentence'][:200]} "
                      f"({e['doc_id']}, sentence {e['sentence_index']})", highlight=False, soft_wrap=True)
