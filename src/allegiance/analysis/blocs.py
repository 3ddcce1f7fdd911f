"""Blocs: groups of states that cooperate with each other over a period.

States are nodes; two states are joined when they have at least `min_events` counted events in
the period and their alignment index is above `threshold`, with the index as the edge weight.
Hostile and thin relationships add no edge. Communities are found by Louvain modularity
(networkx, fixed seed, so the same store gives the same blocs); a bloc needs two members.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

import networkx as nx

from .index import Alignment, alignment_matrix
from .series import Period

if TYPE_CHECKING:
    from allegiance.store import Store

MIN_EVENTS = 3
THRESHOLD = 0.05
SEED = 7


@dataclass
class Bloc:
    name: str  # "A", "B", … largest first
    members: list[str]
    cohesion: float  # mean index over member pairs that are linked
    density: float  # linked member pairs / all member pairs
    n_events: int  # counted events between members

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class BlocReport:
    period: Period | None
    blocs: list[Bloc]
    pairs: list[Alignment] = field(default_factory=list)  # every pair with enough events
    min_events: int = MIN_EVENTS
    threshold: float = THRESHOLD

    def bloc_of(self, country: str) -> Bloc | None:
        return next((b for b in self.blocs if country.upper() in b.members), None)

    def graph(self) -> nx.Graph:
        return alignment_graph(self.pairs, self.threshold)

    def to_dict(self) -> dict:
        return {
            "period": self.period.to_dict() if self.period else None,
            "min_events": self.min_events,
            "threshold": self.threshold,
            "blocs": [b.to_dict() for b in self.blocs],
            "pairs": [p.to_dict() for p in self.pairs],
        }


def alignment_graph(pairs: list[Alignment], threshold: float = THRESHOLD) -> nx.Graph:
    """Undirected graph of the pairs whose index is above the threshold, weighted by index."""
    graph = nx.Graph()
    for pair in pairs:
        if pair.index > threshold:
            graph.add_edge(pair.a, pair.b, weight=pair.index, n=pair.n)
    return graph


def _bloc(graph: nx.Graph, members: list[str]) -> tuple[float, float, int]:
    linked = [graph[u][v] for u, v in combinations(members, 2) if graph.has_edge(u, v)]
    possible = len(members) * (len(members) - 1) / 2
    cohesion = sum(e["weight"] for e in linked) / len(linked) if linked else 0.0
    return cohesion, len(linked) / possible if possible else 0.0, sum(e["n"] for e in linked)


def find_blocs(
    pairs: list[Alignment], *, threshold: float = THRESHOLD, seed: int = SEED
) -> list[Bloc]:
    """Louvain communities of the alignment graph, largest and most cohesive first."""
    graph = alignment_graph(pairs, threshold)
    if graph.number_of_edges() == 0:
        return []
    groups = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    found = []
    for group in groups:
        members = sorted(group)
        if len(members) < 2:
            continue
        cohesion, density, n = _bloc(graph, members)
        found.append((members, cohesion, density, n))
    found.sort(key=lambda f: (-len(f[0]), -f[1], f[0]))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [
        Bloc(letters[i] if i < 26 else f"B{i + 1}", members, cohesion, density, n)
        for i, (members, cohesion, density, n) in enumerate(found)
    ]


def blocs(
    store: Store,
    within: Period | None = None,
    *,
    min_events: int = MIN_EVENTS,
    threshold: float = THRESHOLD,
    seed: int = SEED,
) -> BlocReport:
    """Blocs of cooperating states among the counted events in `within` (all time if None)."""
    pairs = alignment_matrix(store, within=within, min_events=min_events)
    return BlocReport(within, find_blocs(pairs, threshold=threshold, seed=seed), pairs,
                      min_events, threshold)  # fmt: skip
