"""Figures for the analysis commands, written as PNG or SVG files (no display needed).

Each function takes the small result objects the analyses return and a path; the file type
follows the extension. matplotlib runs on the Agg backend so plots work on servers and in CI.
"""

from __future__ import annotations

import math
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx

from .index import Z90

if TYPE_CHECKING:
    from .blocs import BlocReport
    from .briefing import Briefing
    from .drift import DriftReport
    from .index import Alignment
    from .series import SeriesPoint

FORMATS = (".png", ".svg")
QUAD_STYLE = {  # QuadClass -> (label, colour)
    1: ("verbal cooperation", "#9ccf8e"),
    2: ("material cooperation", "#2e7d32"),
    3: ("verbal conflict", "#f0a04b"),
    4: ("material conflict", "#c62828"),
}
COOPERATIVE, HOSTILE = "#2e7d32", "#c62828"


def _check(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"{path.name}: plots are written as .png or .svg")
    return path


def _save(fig, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=130, bbox_inches="tight")
    plt.close(fig)
    return path


def plot_dyad(
    series: list[SeriesPoint], alignment: list[Alignment], path: str | Path, *, title: str = ""
) -> Path:
    """Top: the alignment index per period with its 90% band. Bottom: events by QuadClass."""
    path = _check(path)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True,
                                      gridspec_kw={"height_ratios": [3, 2]})  # fmt: skip
    days = [date.fromisoformat(a.period) for a in alignment]
    top.axhline(0, color="grey", linewidth=0.8)
    if days:
        top.fill_between(days, [a.low for a in alignment], [a.high for a in alignment],
                         color="#90caf9", alpha=0.5, label="90% band")  # fmt: skip
        top.plot(days, [a.index for a in alignment], marker="o", markersize=3, color="#1565c0",
                 label="alignment index")  # fmt: skip
    top.set_ylim(-1, 1)
    top.set_ylabel("alignment index\n(−1 hostile … +1 aligned)")
    top.legend(loc="upper left", fontsize=8)
    top.set_title(title or "Dyad alignment over time")

    per_period: dict[date, dict[int, int]] = {}
    for point in series:
        counts = per_period.setdefault(date.fromisoformat(point.period), {q: 0 for q in QUAD_STYLE})
        for quad, n in point.quad_counts.items():
            counts[int(quad)] = counts.get(int(quad), 0) + n
    xs = sorted(per_period)
    width = _bar_width(xs)
    base = [0] * len(xs)
    for quad, (label, colour) in QUAD_STYLE.items():
        heights = [per_period[x].get(quad, 0) for x in xs]
        bottom.bar(xs, heights, width=width, bottom=base, color=colour, label=label)
        base = [b + h for b, h in zip(base, heights)]
    bottom.set_ylabel("events (both directions)")
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, title="QuadClass", title_fontsize=7)
    fig.autofmt_xdate()
    return _save(fig, path)


def _bar_width(xs: list[date]) -> float:
    if len(xs) < 2:
        return 20.0
    gap = min((b - a).days for a, b in pairwise(xs))
    return max(0.8, gap * 0.8)


def plot_network(result: BlocReport, path: str | Path, *, title: str = "") -> Path:
    """States as nodes coloured by bloc; edge width grows with the alignment index."""
    path = _check(path)
    graph = result.graph()
    fig, ax = plt.subplots(figsize=(8, 7))
    ax.set_axis_off()
    label = result.period.label if result.period else "all time"
    ax.set_title(title or f"Alignment network and blocs ({label})")
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no pair above the threshold", ha="center", va="center")
        return _save(fig, path)
    palette = plt.get_cmap("tab10")
    colour = {m: palette(i % 10) for i, b in enumerate(result.blocs) for m in b.members}
    pos = nx.spring_layout(graph, weight="weight", seed=7)
    widths = [1 + 6 * graph[u][v]["weight"] for u, v in graph.edges]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#9e9e9e", alpha=0.7)
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=700,
                           node_color=[colour.get(n, "#e0e0e0") for n in graph.nodes])  # fmt: skip
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9, font_weight="bold")
    handles = [plt.Line2D([], [], marker="o", linestyle="", markersize=10, color=palette(i % 10),
                          label=f"bloc {b.name} (cohesion {b.cohesion:+.2f})")
               for i, b in enumerate(result.blocs)]  # fmt: skip
    if handles:
        ax.legend(handles=handles, loc="lower left", fontsize=8)
    return _save(fig, path)


def _drift_axes(ax, moved: DriftReport, limit: int = 15) -> None:
    rows = sorted(moved.partners, key=lambda r: -abs(r.change))[:limit]
    rows.sort(key=lambda r: r.change)
    names = [f"{r.partner} (n {r.n_a}→{r.n_b})" for r in rows]
    errors = [Z90 * math.sqrt(r.se_a**2 + r.se_b**2) for r in rows]
    colours = [COOPERATIVE if r.change > 0 else HOSTILE for r in rows]
    ax.barh(names, [r.change for r in rows], xerr=errors, color=colours, capsize=3)
    ax.axvline(0, color="grey", linewidth=0.8)
    ax.set_xlabel(f"change in alignment index, {moved.period_a.label} → {moved.period_b.label}"
                  "\n(bars: 90% band of the change)")  # fmt: skip
    for i, r in enumerate(rows):
        if r.significant:
            ax.annotate("*", (r.change, i), textcoords="offset points",
                        xytext=(8 if r.change > 0 else -12, -4), fontsize=12)  # fmt: skip


def plot_drift(moved: DriftReport, path: str | Path, *, title: str = "") -> Path:
    """Horizontal bars: how far each partner moved, green towards and red away."""
    path = _check(path)
    fig, ax = plt.subplots(figsize=(8, 1.5 + 0.4 * max(1, min(15, len(moved.partners)))))
    ax.set_title(title or f"Drift of {moved.country}: towards (green) and away (red); * p < 0.05")
    if moved.partners:
        _drift_axes(ax, moved)
    return _save(fig, path)


def plot_briefing(brief: Briefing, path: str | Path) -> Path:
    """Two panels for the briefing: partner scores, and drift between the two periods."""
    path = _check(path)
    partners = brief.report.partners[:15]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 1.8 + 0.4 * max(3, len(partners))))
    fig.suptitle(f"Briefing: {brief.country}")
    shown = list(reversed(partners))
    left.barh([f"{p.partner} (n {p.n})" for p in shown], [p.score for p in shown],
              color=[COOPERATIVE if p.score > 0 else HOSTILE for p in shown])  # fmt: skip
    left.axvline(0, color="grey", linewidth=0.8)
    left.set_xlim(-1, 1)
    left.set_xlabel("alignment score (report)")
    left.set_title("partners")
    if brief.drift and brief.drift.partners:
        _drift_axes(right, brief.drift)
        right.set_title("drift (* p < 0.05)")
    else:
        right.set_axis_off()
        right.text(0.5, 0.5, "not enough time covered for drift", ha="center", va="center")
    return _save(fig, path)
