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
        extra = f"+{'|'.join(sorted(self.words)[:3])}" if self.words else ""
        link = self.link.kind if self.link.kind != "prep" else "prep:" + "|".join(sorted(self.link.preps))
        return f"{self.source}:{lemma}{extra}/{link}"


@dataclass
class Patterns:
    verbs: dict[str, list[Rule]]  # "lemma" or "lemma particle" → rules, most specific first
    nouns: dict[str, list[Rule]]
    frames: dict[str, str]  # verb (+ particle) → frame
    frame_codes: dict[str, list[tuple[str, str]]]  # frame → [(event prefix, code)], longest first
    clauses: dict[str, frozenset[str]]
    implied: dict[str, str]  # code → the code of the mirrored event (roles swapped)
    implied_agents: dict[str, tuple[str, bool]]  # passive verb → (sector of its doer, may be the patient's own state)
    refinements: list[dict]  # rows of refinements.tsv, in order

    def refine(self, code: str, source_sector: str | None, target_sector: str | None,
               trigger: str | None = None) -> str:
        """The code after `refinements.tsv`: rioters, gunmen and repression get their own codes;
        leaders who "clash" (the trigger's lemma) quarrel in words."""
        for row in self.refinements:
            if not code.startswith(row["code"]):
                continue
            if row.get("trigger", "*") not in ("*", None) and trigger not in row["trigger"].split("|"):
                continue
            if row["source"] != "*" and source_sector not in row["source"].split("|"):
                continue
            if row["target"] != "*" and target_sector not in row["target"].split("|"):
                continue
            return row["refined"]
        return code

    def frame_code(self, frame: str, code: str) -> str | None:
        for prefix, result in self.frame_codes.get(frame, []):
            if prefix == "*" or code.startswith(prefix):
                return result
        return None


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def _words(value: str | None, classes: dict[str, list[str]]) -> frozenset[str] | None:
    """Required lemmas of a row, with `@class` names expanded from wordclasses.yaml."""
    words: set[str] = set()
    for word in _split(value):
        if word.startswith("@"):
            if word[1:] not in classes:
                raise ValueError(f"unknown word class {word!r} (see wordclasses.yaml)")
            words.update(str(w).lower() for w in classes[word[1:]])
        else:
            words.add(word.lower())
    return frozenset(words) or None


def _yaml(name: str) -> dict:
    text = (resources.files("allegiance") / "data" / "patterns" / name).read_text("utf-8")
    return yaml.safe_load(text)


def _rules(rows, key: str, words_key: str, source: str, classes: dict[str, list[str]]) -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}
    for row in rows:
        words = _words(row.get(words_key), classes)
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
    classes = _yaml("wordclasses.yaml")
    clauses = {k: _words("|".join(map(str, v)), classes) or frozenset() for k, v in _yaml("clauses.yaml").items()}
    return Patterns(
        verbs=_rules(read_tsv("patterns", "verbs.tsv"), "verb", "object", "verb", classes),
        nouns=_rules(read_tsv("patterns", "nouns.tsv"), "noun", "modifier", "noun", classes),
        frames=frames,
        frame_codes=frame_codes,
        clauses=clauses,
        implied={row["code"]: row["implies"] for row in read_tsv("patterns", "implied.tsv")},
        implied_agents={row["verb"]: (row["sector"], "own" in row["where"].split("|"))
                        for row in read_tsv("patterns", "implied_agents.tsv")},
        refinements=read_tsv("patterns", "refinements.tsv"),
    )
