"""Syndicated copies of one story, and many mentions of one real-world event.

Wire stories are reprinted by dozens of outlets with a new byline, a trimmed paragraph or a
changed headline. Counting every copy would let one agency's story outweigh everything else,
so the store groups at two levels:

* **stories** — a document whose text is a near-copy of a stored one (estimated Jaccard
  similarity of word 5-shingles >= 0.8, from 128-permutation MinHash signatures found through
  an LSH index) joins that document's story;
* **event groups** — events from different documents with the same source and target
  country, CAMEO root and modality, dated (event day, else publication day) within two days of
  each other, are mentions of one event. A group takes at most one event from each document,
  so two separate events reported in one article are never merged.

Memory: the LSH index is the only per-document state kept in memory: about 6 KB per stored
document (100,000 documents ≈ 0.6 GB, 300,000 ≈ 1.8 GB), and rebuilding it on open takes about
0.2 ms per document. Signatures live in the `minhashes` table; the index is rebuilt from it
lazily, the first time a new document needs matching, so a rerun that skips everything never
builds it. Beyond a few hundred thousand documents the bands belong in a database table.
"""

from __future__ import annotations

import functools

import re
from collections.abc import Iterable
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 5
STORY_THRESHOLD = 0.8  # estimated Jaccard similarity for "same story"
# LSH banding: 18 bands of 7 values. A pair at Jaccard 0.8 shares a band with probability
# 1 - (1 - 0.8**7)**18 ≈ 0.986 (0.999 at 0.85), a pair at 0.5 only ≈ 0.13; candidates are then
# checked against the threshold with their full signatures.
LSH_BANDS = (18, 7)
GROUP_WINDOW_DAYS = 2  # event dates this close (either way) can be one event
SEED = 1  # seed and scheme are fixed, so signatures stored by one run compare with the next
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word n-grams; a text shorter than `size` words is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@functools.cache
def _permutations():
    """The hash permutations are the same for every signature: draw them once."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a text (NUM_PERM uint64 values)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_blob(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype=np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)


def _band_key(band: bytes) -> int:
    """Smaller LSH bucket keys than the raw band bytes (the index lives only in memory)."""
    return hash(band)


class StoryIndex:
    """Find stored near-copies of a text through an in-memory LSH over stored signatures.

    The index mirrors the `minhashes` table of the connection it is given. After a failed
    transaction call `reset()`; the next query rebuilds it from what was committed.
    """

    def __init__(self, con, threshold: float = STORY_THRESHOLD):
        self._con = con
        self.threshold = threshold
        self._lsh: MinHashLSH | None = None
        self._pending: dict[str, np.ndarray] = {}  # written in the open transaction

    def _new_lsh(self) -> MinHashLSH:
        return MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS, hashfunc=_band_key)

    def _minhash(self, sig: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=sig, scheme=SCHEME,
                       permutations=_permutations())

    def _ensure(self) -> MinHashLSH:
        if self._lsh is None:
            self._backfill()
            lsh = self._new_lsh()
            cur = self._con.execute("SELECT doc_id, signature FROM minhashes")
            while rows := cur.fetchmany(10_000):
                with lsh.insertion_session() as session:
                    for doc_id, blob in rows:
                        session.insert(doc_id, self._minhash(from_blob(blob)), check_duplication=False)
            self._lsh = lsh
        return self._lsh

    def _backfill(self) -> None:
        """Documents stored before signatures existed (schema 1 files) get one now."""
        missing = self._con.execute(
            "SELECT doc_id, text FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM minhashes)"
        ).fetchall()
        if missing:
            rows = [[doc_id, to_blob(signature(text))] for doc_id, text in missing]
            self._con.executemany("INSERT INTO minhashes VALUES (?, ?)", rows)

    def match(self, sig: np.ndarray) -> tuple[str, float] | None:
        """The most similar stored (or pending) document at or above the threshold."""
        candidates = self._ensure().query(self._minhash(sig))
        if not candidates:
            return None
        sigs = {d: self._pending[d] for d in candidates if d in self._pending}
        rest = [d for d in candidates if d not in sigs]
        if rest:
            found = self._con.execute(
                "SELECT doc_id, signature FROM minhashes WHERE doc_id IN (SELECT unnest(?))", [rest]
            ).fetchall()
            sigs.update((d, from_blob(b)) for d, b in found)
        scored = sorted(((similarity(sig, s), d) for d, s in sigs.items()), key=lambda x: (-x[0], x[1]))
        if scored and scored[0][0] >= self.threshold:
            return scored[0][1], scored[0][0]
        return None

    def add(self, doc_id: str, sig: np.ndarray) -> None:
        """Index a document written in the open transaction (its row goes in with the batch)."""
        self._ensure().insert(doc_id, self._minhash(sig), check_duplication=False)
        self._pending[doc_id] = sig

    def remove(self, doc_ids: Iterable[str]) -> None:
        lsh = self._ensure()
        for doc_id in doc_ids:
            self._pending.pop(doc_id, None)
            if doc_id in lsh:
                lsh.remove(doc_id)

    def committed(self) -> None:
        self._pending.clear()

    def reset(self) -> None:
        """Forget the in-memory index; it is rebuilt from the table when next needed."""
        self._lsh = None
        self._pending.clear()


GroupKey = tuple[str, str, str, str]  # source country, target country, CAMEO root, modality


def group_key(row: dict) -> GroupKey | None:
    """What two mentions must share to be one event; None when the event cannot be grouped.

    Rows imported from GDELT, ICEWS or POLECAT are already one row per event in their own
    dataset (with their own mention counts): grouping them again would merge distinct events.
    Mirror events are derived from another event in the same sentence: they group only with
    other mirror events.
    """
    rule = row.get("rule") or ""
    if rule.startswith("import:"):
        return None
    modality = row.get("modality")
    if rule.startswith("implied:") and modality:
        # a mirror event ("hosted" read off "visited") groups only with other mirrors: joined
        # with real events, a copy's real event could land in a mirror's group and count twice
        modality = f"{modality}:implied"
    parts = (row.get("source_country"), row.get("target_country"), row.get("cameo_root"), modality)
    return parts if all(parts) else None


class EventGrouper:
    """Assign each new event to an existing group of mentions, or start a new group.

    One instance serves one batch: it loads the candidate groups for the batch's keys once,
    then assigns events document by document, remembering the groups it creates.
    """

    def __init__(self, con, window_days: int = GROUP_WINDOW_DAYS):
        self._con = con
        self.window = window_days
        self._groups: dict[GroupKey, list[tuple[date, str]]] = {}
        self.new_groups: list[list] = []  # rows for event_group_keys

    def load(self, wanted: Iterable[tuple[GroupKey, date]]) -> None:
        """Fetch stored groups that any of the batch's (key, day) pairs could join."""
        wanted = list(dict.fromkeys(wanted))
        if not wanted:
            return
        cols = list(zip(*[(*key, day) for key, day in wanted]))
        rows = self._con.execute(
            """
            SELECT DISTINCT g.source_country, g.target_country, g.cameo_root, g.modality,
                   g.anchor, g.group_id
            FROM event_group_keys g
            JOIN (SELECT unnest(?) AS s, unnest(?) AS t, unnest(?) AS r, unnest(?) AS m,
                         unnest(?::DATE[]) AS a) k
              ON g.source_country = k.s AND g.target_country = k.t AND g.cameo_root = k.r
             AND g.modality = k.m AND g.anchor BETWEEN k.a - ?::INTEGER AND k.a + ?::INTEGER
            """,
            [list(c) for c in cols] + [self.window, self.window],
        ).fetchall()
        for s, t, r, m, anchor, group_id in rows:
            self._groups.setdefault((s, t, r, m), []).append((anchor, group_id))

    def assign(self, event_id: str, key: GroupKey | None, day: date | None, taken: set[str]) -> str:
        """The group for one event; `taken` holds groups its document already joined."""
        if key is None or day is None:
            return event_id
        best = None
        for anchor, group_id in self._groups.get(key, ()):
            gap = abs((anchor - day).days)
            if gap <= self.window and group_id not in taken:
                rank = (gap, anchor, group_id)
                if best is None or rank < best:
                    best = rank
        if best is not None:
            taken.add(best[2])
            return best[2]
        self._groups.setdefault(key, []).append((day, event_id))
        self.new_groups.append([event_id, *key, day])
        taken.add(event_id)
        return event_id

