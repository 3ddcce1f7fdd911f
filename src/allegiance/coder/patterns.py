"""The pattern dictionaries (data/patterns/*.tsv) as lookup tables for the coder."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from allegiance.datafiles import read_tsv


@dataclass(frozen=True)
class Link:
    """Where a pattern's target sits: direct object, object of a preposition, or nowhere."""

    kind: str  # "obj" | "prep" | "none"
    preps: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, value: str | None) -> "Link":
        value = (value or "none").strip()
        if value.startswith("prep:"):
            return cls("prep", frozenset(value[5:].split("|")))
        if value not in ("obj", "none"):
            raise ValueError(f"unknown link {value!r}")
        return cls(value)


@dataclass(frozen=True)
class Rule:
    """One dictionary row: lemma (+ particle) + link + required object/modifier → CAMEO code."""

    lemma: str
    particle: str | None
    link: Link
    words: frozenset[str] | None  # required object (verbs) or modifier (nouns) lemmas
    code: str
    source: str  # "verb" | "noun"

    @property
    def id(self) -> str:
        lemma = f"{self.lemma} {self.particle}" if self.particle else self.lemma
        extra = f"+{'|'.join(sorted(self.words))}" if self.words else ""
        link = self.link.kind if self.link.kind != "prep" else "prep:" + "|".join(sorted(self.link.preps))
        return f"{self.source}:{lemma}{extra}/{link}"


@dataclass
class Patterns:
    verbs: dict[str, list[Rule]]  # "lemma" or "lemma particle" → rules, most specific first
    nouns: dict[str, list[Rule]]
    frames: dict[str, str]  # verb (+ particle) → frame
    frame_codes: dict[str, list[tuple[str, str]]]  # frame → [(event prefix, code)], longest first
    clauses: dict[str, frozenset[str]]

    def frame_code(self, frame: str, code: str) -> str | None:
        for prefix, result in self.frame_codes.get(frame, []):
            if prefix == "*" or code.startswith(prefix):
                return result
        return None


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def _rules(rows, key: str, words_key: str, source: str) -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}
    for row in rows:
        words = frozenset(w.lower() for w in _split(row.get(words_key))) or None
        for phrase in _split(row[key]):
            lemma, _, particle = phrase.lower().partition(" ")
            rule = Rule(lemma, particle or None, Link.parse(row["link"]), words, row["code"], source)
            table.setdefault(phrase.lower(), []).append(rule)
    for rules in table.values():  # rows with a required word first; obj before prep before none
        rules.sort(key=lambda r: (r.words is None, {"prep": 0, "obj": 1, "none": 2}[r.link.kind]))
    return table


@functools.cache
def load_patterns() -> Patterns:
    frames = {}
    for row in read_tsv("patterns", "frames.tsv"):
        for verb in _split(row["verb"]):
            frames[verb.lower()] = row["frame"]
    frame_codes: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("patterns", "frame_codes.tsv"):
        frame_codes.setdefault(row["frame"], []).append((row["event"], row["code"]))
    for pairs in frame_codes.values():
        pairs.sort(key=lambda p: (p[0] == "*", -len(p[0])))
    text = (resources.files("allegiance") / "data" / "patterns" / "clauses.yaml").read_text("utf-8")
    clauses = {k: frozenset(str(w).lower() for w in v) for k, v in yaml.safe_load(text).items()}
    return Patterns(
        verbs=_rules(read_tsv("patterns", "verbs.tsv"), "verb", "object", "verb"),
        nouns=_rules(read_tsv("patterns", "nouns.tsv"), "noun", "modifier", "noun"),
        frames=frames,
        frame_codes=frame_codes,
        clauses=clauses,
    )
