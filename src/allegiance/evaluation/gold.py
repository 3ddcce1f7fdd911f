"""Score the coder against a gold file: sentences with the events a careful coder takes from them.

Gold file (JSONL, one sentence a line; blank lines and lines starting with ``#`` are skipped)::

    {"id": "s1", "text": "...", "date": "2024-03-04",
     "events": [{"source": "IRQGOV", "target": "RUS", "code": "0312", "scheme": "CAMEO",
                 "modality": "asserted"}]}

- ``source``/``target``: an actor code (``IRQGOV``, ``IGOUNO``, ``SDNRSF``), a country code
  (``IRQ``), a text span (``{"text": "Iraq's Vice President"}``, or a plain string that is not an
  upper-case code), or null for "no actor on that side".
- ``code``: a CAMEO code (``scheme`` "CAMEO", the default) or a PLOVER type (``scheme`` "PLOVER").
- ``modality`` defaults to "asserted"; ``events: []`` means the sentence holds nothing to code.

How a coded event is compared with a gold event (always within the same sentence):

- **actors, country level**: a gold code stands for its country (``IRQGOV`` → IRQ; a historical
  state for its successor, ``SUN`` → RUS; an armed group for the country in groups.tsv;
  an IGO for its own code, which also accepts its organs: ``IGOUNO`` accepts ``IGOUNOSCN``; a code
  other CAMEO dictionaries give a body, ``other_codes`` in organizations.tsv, is read as ours:
  ``IGOWAS`` is ``IGOAFRECOWAS``); the
  coded actor's country is its ``country``, or its ``code`` when it has none. A text span matches
  a coded actor whose ``text`` shares at least half the words of the longer of the two
  (case-insensitive; "the", "a", "an" and possessive "'s" ignored). Null matches only null.
- **actors, full code**: ``IRQGOV`` must equal the coded ``code``, or the coded country + sector;
  a gold country code (``IRQ``) still only checks the country; spans as above.
- **event**: the CAMEO root of the gold code; for PLOVER gold, the coded ``plover`` type.
  *Full code*: the coded code equals or falls under the gold code (``ontology.cameo.matches``).

Four match levels, each with precision, recall and F1 (modality is ignored when matching and
scored separately): ``root`` (country-level actors + root), ``code`` (country-level actors + full
code), ``actor`` (full actor codes + root), ``strict`` (full actor codes + full code). At every
level each gold and each coded event is used at most once: within a sentence, all allowed
(gold, coded) pairs are taken greedily, best first — exact code, then code under the gold code,
then same root; then more actors exact; then same modality.

Coded events whose rule starts with ``implied:`` (mirror events, e.g. a hosted visit implies a
visit) may match gold events but are never counted as extras. Precision = matched / (matched +
extras). *Extras per gold event* = root-level extras / gold events.

Over the root-level matches: *PLOVER accuracy* (coded ``plover`` equals the gold code's PLOVER type,
from the ontology; trivially right for PLOVER gold, which matched on the type) and *modality
accuracy* (coded modality equals gold modality).

*Actor-country accuracy* measures actor resolution on its own: gold events are paired with coded
events in the same sentence with the same root (PLOVER type for PLOVER gold) with actors ignored —
greedily, preferring pairs whose actors agree on more sides, then the exact code. Over every gold
actor of a paired event that is given as a code (spans and nulls have no gold country), it is the
fraction whose coded actor on the same side has the same country (country-level rule above).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from allegiance.datafiles import read_tsv
from allegiance.model import MODALITIES
from allegiance.ontology import cameo
from allegiance.evaluation.metrics import Accuracy

SCHEMES = ("CAMEO", "PLOVER")
LEVELS = ("root", "code", "actor", "strict")
CODE_RE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
IGNORED_WORDS = {"the", "a", "an", "s"}


class GoldError(ValueError):
    """A malformed gold line; the message is one line naming file:line."""


@dataclass(frozen=True)
class GoldActor:
    code: str | None = None  # IRQGOV, IRQ, IGOUNO
    text: str | None = None  # a span, when no code is given

    def __str__(self) -> str:
        return self.code or f'"{self.text}"'


@dataclass
class GoldEvent:
    source: GoldActor | None
    target: GoldActor | None
    code: str
    scheme: str = "CAMEO"
    modality: str = "asserted"

    @property
    def group(self) -> str:
        """The per-root group: the CAMEO root, or the PLOVER type for PLOVER gold."""
        return self.code[:2] if self.scheme == "CAMEO" else self.code

    @property
    def plover(self) -> str | None:
        return cameo.get(self.code).plover if self.scheme == "CAMEO" else self.code

    def to_dict(self) -> dict:
        return {"source": _actor_label(self.source), "target": _actor_label(self.target),
                "code": self.code, "scheme": self.scheme, "modality": self.modality}


@dataclass
class GoldSentence:
    id: str
    text: str
    date: date | None
    events: list[GoldEvent]
    origin: str = ""  # file:line, for messages


# ---------------------------------------------------------------- loading


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read a gold JSONL file; raises GoldError with a one-line 'file:line: problem' message."""
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file ({exc.__class__.__name__}: {exc})") from None
    sentences, seen = [], {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            sentence = _sentence(json.loads(line), where)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{where}: {exc.args[0] if exc.args else exc}") from None
        if sentence.id in seen:
            raise GoldError(f"{where}: duplicate id {sentence.id!r} (first at line {seen[sentence.id]})")
        seen[sentence.id] = lineno
        sentences.append(sentence)
    if not sentences:
        raise GoldError(f"{path}: no gold sentences in file")
    return sentences


def load_gold_files(paths: Iterable[str | Path]) -> list[GoldSentence]:
    """Several gold files as one set; sentence ids must be unique across them."""
    sentences: list[GoldSentence] = []
    seen: dict[str, str] = {}
    for path in paths:
        for sentence in load_gold(path):
            if sentence.id in seen:
                raise GoldError(f"{sentence.origin}: duplicate id {sentence.id!r} (first at {seen[sentence.id]})")
            seen[sentence.id] = sentence.origin
            sentences.append(sentence)
    return sentences


def _sentence(row: object, where: str) -> GoldSentence:
    if not isinstance(row, dict):
        raise TypeError("a gold line must be a JSON object")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('missing or empty "text"')
    events = row.get("events")
    if not isinstance(events, list):
        raise TypeError('"events" must be a list (use [] for a sentence with nothing to code)')
    day = row.get("date")
    try:
        day = date.fromisoformat(day) if day else None
    except (TypeError, ValueError):
        raise ValueError(f'"date" {day!r} is not an ISO date (YYYY-MM-DD)') from None
    ident = str(row.get("id") or where)
    return GoldSentence(ident, text, day, [_event(e, n) for n, e in enumerate(events, 1)], where)


def _event(row: object, n: int) -> GoldEvent:
    if not isinstance(row, dict):
        raise TypeError(f"event {n} must be a JSON object")
    scheme = str(row.get("scheme") or "CAMEO").upper()
    if scheme not in SCHEMES:
        raise ValueError(f'event {n}: "scheme" must be CAMEO or PLOVER, not {row.get("scheme")!r}')
    code = row.get("code")
    if scheme == "CAMEO":
        try:
            code = cameo.normalise(code)
        except (KeyError, TypeError) as exc:
            raise ValueError(f"event {n}: {exc.args[0]}") from None
    elif str(code).upper() not in cameo.plover_types():
        raise ValueError(f"event {n}: unknown PLOVER type {code!r} "
                         f"(one of {', '.join(cameo.plover_types())})")
    else:
        code = str(code).upper()
    modality = row.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise ValueError(f"event {n}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
    if "source" not in row:
        raise ValueError(f'event {n}: missing "source" (use null for none)')
    return GoldEvent(_actor(row.get("source"), n), _actor(row.get("target"), n), code, scheme, modality)


@cache
def _other_codes() -> dict[str, str]:
    """A body's code in other CAMEO dictionaries (IGOWAS, IGONAT) → the code this project gives it."""
    return {other: row["code"] for row in read_tsv("actors", "organizations.tsv")
            for other in (row.get("other_codes") or "").split("|") if other.strip()}


def canonical_code(code: str) -> str:
    """'IGOWAS' → 'IGOAFRECOWAS'; a code this project uses is returned as it is."""
    return _other_codes().get(code, code)


def _actor(value: object, n: int) -> GoldActor | None:
    if value is None:
        return None
    if isinstance(value, dict):
        if value.get("code"):
            return GoldActor(code=canonical_code(str(value["code"]).upper()))
        if isinstance(value.get("text"), str) and value["text"].strip():
            return GoldActor(text=value["text"])
        raise ValueError(f'event {n}: an actor object needs "text" (or "code")')
    if isinstance(value, str) and value.strip():
        return GoldActor(code=canonical_code(value)) if CODE_RE.match(value) else GoldActor(text=value)
    raise ValueError(f"event {n}: actor {value!r} is neither a code, a text span nor null")


# ---------------------------------------------------------------- coding


def code_gold(sentences: list[GoldSentence], coder=None, fallback: bool = False) -> dict[str, list[dict]]:
    """Code every gold sentence as its own document, in one batched pass: id → event dicts."""
    from allegiance.model import Document

    documents = (Document(id=s.id, text=s.text, date=s.date) for s in sentences)
    if coder is None:
        from allegiance.api import code_documents
        pairs = code_documents(documents, fallback=fallback)
    else:
        pairs = coder.code(documents)
    return {document.id: [e.to_dict() for e in events] for document, events in pairs}


def gold_as_coded(sentences: list[GoldSentence]) -> dict[str, list[dict]]:
    """A second coder's gold in the shape of coded events, so `score` measures how far two
    people agree (a span actor keeps its text; a coded one its country)."""
    def actor(a: GoldActor | None) -> dict | None:
        if a is None:
            return None
        return {"code": a.code, "country": gold_country(a.code) if a.code else None, "text": a.text}

    def event(e: GoldEvent) -> dict:
        cameo_code = e.code if e.scheme == "CAMEO" else None
        return {"source": actor(e.source), "target": actor(e.target), "cameo": cameo_code,
                "cameo_root": cameo_code and cameo_code[:2], "plover": e.plover, "modality": e.modality,
                "rule": "gold"}

    return {s.id: [event(e) for e in s.events] for s in sentences}


# ---------------------------------------------------------------- actors


@cache
def _countries() -> dict[str, str]:
    """Actor code → the country it counts as (historical states → successor; groups → country)."""
    table = {r["code"]: r["successor"] or r["code"] for r in read_tsv("actors", "countries.tsv")}
    for r in read_tsv("actors", "groups.tsv"):
        if r["country"]:
            table[r["code"]] = r["country"]
    return table


def gold_country(code: str) -> str:
    """IRQGOV → IRQ, SUN → RUS, SDNRSF → SDN, IGOUNO → IGOUNO."""
    table = _countries()
    if code in table:
        return table[code]
    return table.get(code[:3], code)


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").lower()) if w not in IGNORED_WORDS}


def span_overlaps(span: str, text: str | None) -> bool:
    """Does one actor text hold all the words of the other ("ELN" in "Colombia's ELN
    guerrillas"), or do they share at least half the words of the longer one?"""
    a, b = _words(span), _words(text)
    if not (a and b):
        return False
    shared = len(a & b)
    return shared == min(len(a), len(b)) or shared / max(len(a), len(b)) >= 0.5


def same_country(gold: GoldActor | None, coded: dict | None) -> bool:
    if gold is None or coded is None:
        return gold is None and coded is None
    if gold.code is None:
        return span_overlaps(gold.text, coded.get("text"))
    want = gold_country(gold.code)
    have = coded.get("country") or coded.get("code") or ""
    return have == want or (len(want) > 3 and (coded.get("code") or "").startswith(want))


def same_actor(gold: GoldActor | None, coded: dict | None) -> bool:
    if gold is None or coded is None or gold.code is None or len(gold.code) == 3:
        return same_country(gold, coded)
    return (coded.get("code") == gold.code
            or (coded.get("country") == gold.code[:3] and coded.get("sector") == gold.code[3:]))


# ---------------------------------------------------------------- matching


def _same_kind(gold: GoldEvent, coded: dict) -> bool:
    if gold.scheme == "PLOVER":
        return coded.get("plover") == gold.code
    return coded.get("cameo_root") == gold.code[:2]


def _code_ok(gold: GoldEvent, coded: dict) -> bool:
    if gold.scheme == "PLOVER":
        return _same_kind(gold, coded)
    return cameo.is_valid(coded.get("cameo")) and cameo.matches(coded["cameo"], gold.code)


def allowed(gold: GoldEvent, coded: dict, level: str) -> bool:
    """May this coded event realise this gold event at this match level?"""
    if not _same_kind(gold, coded):
        return False
    if level in ("code", "strict") and not _code_ok(gold, coded):
        return False
    side = same_actor if level in ("actor", "strict") else same_country
    return side(gold.source, coded.get("source")) and side(gold.target, coded.get("target"))


def _rank(gold: GoldEvent, coded: dict) -> tuple:
    return (coded.get("cameo") == gold.code, _code_ok(gold, coded),
            same_actor(gold.source, coded.get("source")) + same_actor(gold.target, coded.get("target")),
            coded.get("modality") == gold.modality)


def match(golds: list[GoldEvent], coded: list[dict], ok, rank=_rank) -> dict[int, int]:
    """Greedy one-to-one matching within a sentence: gold index → coded index, best pairs first."""
    pairs = [(rank(g, c), -gi, -ci, gi, ci) for gi, g in enumerate(golds)
             for ci, c in enumerate(coded) if ok(g, c)]
    pairs.sort(reverse=True)
    matched: dict[int, int] = {}
    for *_, gi, ci in pairs:
        if gi not in matched and ci not in matched.values():
            matched[gi] = ci
    return matched


def _actor_rank(gold: GoldEvent, coded: dict) -> tuple:
    agree = same_country(gold.source, coded.get("source")) + same_country(gold.target, coded.get("target"))
    return (agree,) + _rank(gold, coded)


# ---------------------------------------------------------------- the report


@dataclass
class Counts:
    gold: int = 0
    coded: int = 0  # matched + extras
    matched: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.coded if self.coded else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def to_dict(self) -> dict:
        return {"gold": self.gold, "coded": self.coded, "matched": self.matched,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class Report:
    sentences: int = 0
    gold_events: int = 0
    coded_events: int = 0  # everything the coder produced, mirror events included
    implied_events: int = 0  # of which mirror (implied:) events
    levels: dict[str, Counts] = field(default_factory=lambda: {level: Counts() for level in LEVELS})
    groups: dict[str, Counts] = field(default_factory=dict)  # root-level, by CAMEO root / PLOVER type
    rules: dict[str, Counts] = field(default_factory=dict)  # root-level, by the rule family that coded
    plover: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    actor_country: Accuracy = field(default_factory=Accuracy)
    errors: list[dict] = field(default_factory=list)  # misses and extras (root level)

    @property
    def extras(self) -> int:
        counts = self.levels["root"]
        return counts.coded - counts.matched

    @property
    def extras_per_gold(self) -> float | None:
        return self.extras / self.gold_events if self.gold_events else None

    def to_dict(self) -> dict:
        return {
            "sentences": self.sentences, "gold_events": self.gold_events,
            "coded_events": self.coded_events, "implied_events": self.implied_events,
            "extras": self.extras, "extras_per_gold": _round(self.extras_per_gold),
            "levels": {name: c.to_dict() for name, c in self.levels.items()},
            "plover_accuracy": self.plover.to_dict(), "modality_accuracy": self.modality.to_dict(),
            "actor_country_accuracy": self.actor_country.to_dict(),
            "by_root": {name: self.groups[name].to_dict() for name in sorted(self.groups)},
            "by_rule": {name: self.rules[name].to_dict() for name in sorted(self.rules)},
            "errors": self.errors,
        }


def score(gold: list[GoldSentence], coded: Mapping[str, list[dict]]) -> Report:
    """Compare coded events (event-record dicts, by sentence id) with the gold sentences."""
    report = Report(sentences=len(gold))
    for sentence in gold:
        events = coded.get(sentence.id, [])
        implied = [(e.get("rule") or "").startswith("implied:") for e in events]
        report.gold_events += len(sentence.events)
        report.coded_events += len(events)
        report.implied_events += sum(implied)

        for level in LEVELS:
            found = match(sentence.events, events, lambda g, c, lv=level: allowed(g, c, lv))
            counts = report.levels[level]
            counts.gold += len(sentence.events)
            counts.matched += len(found)
            counts.coded += len(found) + sum(1 for i, m in enumerate(implied) if not m and i not in found.values())
            if level == "root":
                _root_level(report, sentence, events, implied, found)

        paired = match(sentence.events, events, _same_kind, _actor_rank)
        for gi, ci in paired.items():
            for side in ("source", "target"):
                actor = getattr(sentence.events[gi], side)
                if actor is not None and actor.code is not None:
                    report.actor_country.total += 1
                    report.actor_country.correct += same_country(actor, events[ci].get(side))
    return report


def _root_level(report: Report, sentence: GoldSentence, events: list[dict], implied: list[bool],
                found: dict[int, int]) -> None:
    """Per-root counts, PLOVER and modality accuracy, misses and extras."""
    for gi, g in enumerate(sentence.events):
        group = report.groups.setdefault(g.group, Counts())
        group.gold += 1
        if gi in found:
            e = events[found[gi]]
            group.matched += 1
            group.coded += 1
            report.plover.total += 1
            report.plover.correct += e.get("plover") == g.plover
            report.modality.total += 1
            report.modality.correct += e.get("modality") == g.modality
        else:
            report.errors.append({"kind": "miss", "id": sentence.id, "text": sentence.text,
                                  "gold": g.to_dict(), "coded": [brief(e) for e in events]})
    used = set(found.values())
    for ci, e in enumerate(events):
        if not implied[ci]:
            rule = report.rules.setdefault(rule_family(e.get("rule")), Counts())
            rule.coded += 1
            rule.matched += ci in used
        if ci not in used and not implied[ci]:
            report.groups.setdefault(e.get("cameo_root") or "?", Counts()).coded += 1
            report.errors.append({"kind": "extra", "id": sentence.id, "text": sentence.text,
                                  "gold": [g.to_dict() for g in sentence.events], "coded": brief(e)})


def rule_family(rule: str | None) -> str:
    """A rule without its argument links: "verb:impose+sanctions/prep:on" → "verb:impose+sanctions",
    so one dictionary row's firings are counted together whichever way it found its actors."""
    return (rule or "?").split("/")[0]


def brief(event: dict) -> dict:
    """The parts of a coded event an error listing shows."""
    return {"source": _coded_label(event.get("source")), "target": _coded_label(event.get("target")),
            "code": event.get("cameo"), "plover": event.get("plover"), "modality": event.get("modality"),
            "rule": event.get("rule")}


def _coded_label(actor: dict | None) -> str | None:
    return actor.get("code") if actor else None


def _actor_label(actor: GoldActor | None) -> str | None:
    return None if actor is None else str(actor)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
