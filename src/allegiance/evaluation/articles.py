"""Score the coder against articles annotated with what a careful coder takes from them.

An annotation file (`*.expected.yaml`, see examples/README.md) lists, per article, the events a
human coder finds (sentence evidence, source, target, acceptable CAMEO codes, modality) and the
sentences that hold nothing to code. Two levels are reported:

- **root**: same sentence, source and target country, CAMEO root and modality — the level the
  alignment analysis uses;
- **strict**: also the exact actor code where the annotation gives one (`TURGOV`) and a CAMEO code
  equal to or under an accepted one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from allegiance.ontology.cameo import matches


@dataclass
class ArticleScore:
    name: str
    expected: int = 0
    found_root: int = 0
    found_strict: int = 0
    events: int = 0
    unmatched: int = 0  # coded events that match no annotated event (extras)
    quiet_violations: list[str] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    roots_found: set[str] = field(default_factory=set)

    @property
    def recall(self) -> float:
        return self.found_root / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (self.events - self.unmatched) / self.events if self.events else 1.0


def load_annotation(path: Path) -> dict:
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    if not isinstance(data["date"], date):
        data["date"] = date.fromisoformat(str(data["date"]))
    return data


def _side(actor: dict | None, code: str | None, name: str | None, strict: bool) -> bool:
    if code is None and name is None:
        return actor is None
    if actor is None:
        return False
    if code is not None:
        if strict and len(code) > 3:
            return actor["code"] == code or (actor["country"] == code[:3] and actor["sector"] == code[3:])
        return code[:3] in (actor["country"], (actor["code"] or "")[:3])
    name = name.split(" (")[0].lower()
    return name in (actor["name"] or "").lower() or name in (actor["text"] or "").lower()


def event_matches(event: dict, expected: dict, strict: bool = False) -> bool:
    """Does a coded event (event-record dict) realise an annotated one?"""
    if expected["evidence"] not in event["sentence"] or event["modality"] != expected["modality"]:
        return False
    if strict:
        code_ok = matches(event["cameo"], expected["codes"])
    else:
        code_ok = event["cameo_root"] in {c[:2] for c in expected["codes"]}
    return (code_ok
            and _side(event["source"], expected.get("source"), expected.get("source_name"), strict)
            and _side(event["target"], expected.get("target"), expected.get("target_name"), strict))


def score_article(name: str, annotation: dict, events: list[dict]) -> ArticleScore:
    score = ArticleScore(name, expected=len(annotation["events"]), events=len(events))
    used: set[int] = set()
    for expected in annotation["events"]:
        hits = [i for i, e in enumerate(events) if event_matches(e, expected)]
        if hits:
            score.found_root += 1
            score.roots_found.add(expected["codes"][0][:2])
            used.update(hits)
        else:
            score.missed.append(expected)
        if any(event_matches(e, expected, strict=True) for e in events):
            score.found_strict += 1
    score.unmatched = sum(1 for i, e in enumerate(events)
                          if i not in used and not (e.get("rule") or "").startswith("implied:"))
    for quiet in annotation.get("nothing") or []:
        if any(quiet["evidence"] in e["sentence"] for e in events):
            score.quiet_violations.append(quiet["evidence"])
    return score


def score_examples(folder: Path) -> list[ArticleScore]:
    """Code every annotated article in `folder` and score it."""
    from allegiance import api
    from allegiance.ingest.readers import iter_documents

    scores = []
    for path in sorted(Path(folder).glob("*.expected.yaml")):
        annotation = load_annotation(path)
        document = next(iter_documents([str(path.parent / annotation["document"])],
                                       default_date=annotation["date"]))
        events = [e.to_dict() for e in next(api.code_documents([document]))[1]]
        scores.append(score_article(annotation["document"], annotation, events))
    return scores
