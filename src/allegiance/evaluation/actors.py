"""Score actor resolution on its own: who is "the Kremlin", "Georgia", "the foreign minister", "he"?

Event scores mix two questions (was the event found? were its actors right?). This module asks
only the second, against `gold/actors.jsonl`: short news-style documents in which each actor
taking part in an event is annotated with the country and sector a careful coder would give it.

Gold file: JSONL, one document a line:

    {"id": "m001", "date": "2023-03-03", "text": "...",
     "mentions": [{"span": "the Kremlin", "occurrence": 1, "country": "RUS", "sector": "GOV",
                   "hard": "metonymy"}, ...]}

- `span`: the exact words of the noun phrase; `occurrence`: which whole-word occurrence of them
  in the text (1-based, case-sensitive);
- `country`: ISO-3 code, or null when the phrase names no state (an IGO, or nobody known);
- `sector`: CAMEO sector (GOV, MIL, LEG, …) or null for a bare state ("Russia"); leave the key
  out where the sector is not to be scored;
- `org`: for an international organisation or armed group, its name ("United Nations",
  "Hezbollah"); the mention is right when the resolver returns that body or one inside it
  (the Security Council counts as the United Nations);
- `hard`: the kind of difficulty, one of `HARD_TAGS`, or absent for an easy mention.

How a mention is resolved: the document is parsed by the shared pipeline and read sentence by
sentence as the coder reads it (subjects that are names first, so people are learned; then every
noun-phrase head in reading order), with the same per-document memory the coder uses. The actor
returned for the span's syntactic head (the token of the span whose head lies outside it) is
the answer.

Scores: *country accuracy* over all mentions (an `org` mention is right when the body matches);
*sector accuracy* over mentions whose gold gives a sector (null against null is right, but a
mention left unresolved is wrong unless the gold says it names no state). Both overall and for
each hard-case tag.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from allegiance.model import Actor
from allegiance.evaluation.metrics import Accuracy

HARD_TAGS = ("metonymy", "homonym", "demonym", "possessive", "title-alone", "pronoun", "group",
             "former-official", "dated-role")
# dependency labels of tokens that head a noun phrase taking part in a clause
HEAD_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "oprd"}
UNSCORED = object()  # gold sector left out: not scored


class ActorGoldError(ValueError):
    """A gold file that cannot be read, named with its line."""


@dataclass
class GoldMention:
    span: str
    occurrence: int
    country: str | None
    sector: object = UNSCORED  # str | None | UNSCORED
    org: str | None = None
    hard: str | None = None


@dataclass
class GoldDocument:
    id: str
    date: date | None
    text: str
    mentions: list[GoldMention]


@dataclass
class Resolved:
    """One gold mention with what the resolver made of it."""

    doc: GoldDocument
    mention: GoldMention
    actor: Actor | None
    sentence: str
    country_ok: bool = False
    sector_ok: bool | None = None  # None: sector not scored


@dataclass
class ActorReport:
    documents: int
    mentions: int
    country: Accuracy
    sector: Accuracy
    by_tag: dict[str, tuple[Accuracy, Accuracy]] = field(default_factory=dict)  # tag → (country, sector)
    hard_country: Accuracy = field(default_factory=Accuracy)
    hard_sector: Accuracy = field(default_factory=Accuracy)
    misses: list[Resolved] = field(default_factory=list)

    def to_dict(self) -> dict:
        def acc(a: Accuracy) -> dict:
            return {"value": a.value, "correct": a.correct, "total": a.total}

        return {
            "documents": self.documents,
            "mentions": self.mentions,
            "country_accuracy": acc(self.country),
            "sector_accuracy": acc(self.sector),
            "hard": {"country_accuracy": acc(self.hard_country), "sector_accuracy": acc(self.hard_sector)},
            "by_tag": {tag: {"mentions": c.total, "country_accuracy": acc(c), "sector_accuracy": acc(s)}
                       for tag, (c, s) in self.by_tag.items()},
            "misses": [miss_dict(r) for r in self.misses],
        }


# -- reading the gold file --------------------------------------------------------------------
def load_actor_gold(path: str | Path) -> list[GoldDocument]:
    """Read and check a gold file; every span must occur in its text as often as claimed."""
    path = Path(path)
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise ActorGoldError(f"{path}: cannot read ({exc.strerror or exc})") from None
    docs, seen = [], set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
            doc = _document(row)
        except json.JSONDecodeError as exc:
            raise ActorGoldError(f"{where}: not JSON ({exc.msg})") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise ActorGoldError(f"{where}: {exc}") from None
        if doc.id in seen:
            raise ActorGoldError(f"{where}: duplicate id {doc.id!r}")
        seen.add(doc.id)
        docs.append(doc)
    return docs


def _document(row: dict) -> GoldDocument:
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("empty text")
    day = date.fromisoformat(row["date"]) if row.get("date") else None
    mentions = []
    for m in row["mentions"]:
        hard = m.get("hard")
        if hard is not None and hard not in HARD_TAGS:
            raise ValueError(f"unknown hard-case tag {hard!r} (known: {', '.join(HARD_TAGS)})")
        mention = GoldMention(span=m["span"], occurrence=int(m.get("occurrence", 1)),
                              country=m.get("country"), sector=m.get("sector", UNSCORED),
                              org=m.get("org"), hard=hard)
        if span_offsets(text, mention.span, mention.occurrence) is None:
            raise ValueError(f"span {mention.span!r} (occurrence {mention.occurrence}) not in the text")
        mentions.append(mention)
    return GoldDocument(id=str(row["id"]), date=day, text=text, mentions=mentions)


def span_offsets(text: str, span: str, occurrence: int) -> tuple[int, int] | None:
    """Character offsets of the n-th whole-word occurrence of `span` (case-sensitive)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(span) + r"(?!\w)")
    for n, match in enumerate(pattern.finditer(text), 1):
        if n == occurrence:
            return match.start(), match.end()
    return None


# -- resolving --------------------------------------------------------------------------------
def resolve_gold(docs: list[GoldDocument], coder=None) -> list[Resolved]:
    """Resolve every gold mention with the real pipeline; no events are coded."""
    if coder is None:
        from allegiance.api import coder as shared

        coder = shared()
    from allegiance.actors.resolve import DocumentActors

    results = []
    for gold, doc in zip(docs, coder.nlp.pipe(g.text for g in docs)):
        heads = {}
        for mention in gold.mentions:
            start, end = span_offsets(gold.text, mention.span, mention.occurrence)
            span = doc.char_span(start, end, alignment_mode="expand")
            heads[id(mention)] = span.root
        wanted = {tok.i for tok in heads.values()}
        actors = DocumentActors(doc, coder.kb, coder.gazetteer(doc), gold.date)
        found: dict[int, Actor | None] = {}
        for sent in doc.sents:
            for tok in sent:  # as the coder does: learn the people the sentence introduces
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
                    actors.resolve(tok)
            for tok in sent:  # then every participant in reading order
                if tok.dep_ in HEAD_DEPS or tok.i in wanted:
                    actor = actors.resolve(tok)
                    found.setdefault(tok.i, actor)
        for mention in gold.mentions:
            head = heads[id(mention)]
            results.append(judge(gold, mention, found.get(head.i), head.sent.text.strip(), coder.kb))
    return results


def judge(gold: GoldDocument, mention: GoldMention, actor: Actor | None, sentence: str, kb=None) -> Resolved:
    """Compare one resolved actor with its gold annotation."""
    if mention.org:
        country_ok = actor is not None and _same_org(mention.org, actor, kb)
    else:
        country_ok = (actor.country if actor else None) == mention.country
    sector_ok = None
    if mention.sector is not UNSCORED:
        if actor is None:
            sector_ok = mention.country is None and mention.sector is None
        else:
            sector_ok = actor.sector == mention.sector
    return Resolved(gold, mention, actor, sentence, country_ok, sector_ok)


def _same_org(name: str, actor: Actor, kb=None) -> bool:
    """The body named in the gold, or one inside it (UN Security Council → United Nations)."""
    wanted = _norm(name)
    if _norm(actor.name or "") == wanted:
        return True
    codes = set()
    if kb is not None:
        for phrase, entries in kb.phrases.items():
            if _norm(phrase) == wanted:
                codes.update(e.code for e in entries if e.code and e.kind in ("igo", "group"))
    return any(actor.code.startswith(code) for code in codes)


def _norm(name: str) -> str:
    name = name.lower().strip()
    return name.removeprefix("the ")


# -- scoring ----------------------------------------------------------------------------------
def score(resolved: list[Resolved]) -> ActorReport:
    """Country and sector accuracy overall, for hard cases, and per hard-case tag."""
    report = ActorReport(documents=len({r.doc.id for r in resolved}), mentions=len(resolved),
                         country=Accuracy(), sector=Accuracy())
    for tag in HARD_TAGS:
        report.by_tag[tag] = (Accuracy(), Accuracy())
    for r in resolved:
        report.country.add(r.country_ok)
        if r.sector_ok is not None:
            report.sector.add(r.sector_ok)
        if r.mention.hard:
            country, sector = report.by_tag[r.mention.hard]
            country.add(r.country_ok)
            report.hard_country.add(r.country_ok)
            if r.sector_ok is not None:
                sector.add(r.sector_ok)
                report.hard_sector.add(r.sector_ok)
        if not r.country_ok or r.sector_ok is False:
            report.misses.append(r)
    report.by_tag = {tag: accs for tag, accs in report.by_tag.items() if accs[0].total}
    return report


def evaluate_file(path: str | Path, coder=None) -> tuple[ActorReport, list[Resolved]]:
    """Load, resolve and score a gold file in one call."""
    resolved = resolve_gold(load_actor_gold(path), coder)
    return score(resolved), resolved


def miss_dict(r: Resolved) -> dict:
    m, a = r.mention, r.actor
    gold = {"country": m.country}
    if m.sector is not UNSCORED:
        gold["sector"] = m.sector
    if m.org:
        gold["org"] = m.org
    return {
        "id": r.doc.id, "date": r.doc.date.isoformat() if r.doc.date else None,
        "span": m.span, "occurrence": m.occurrence, "hard": m.hard, "sentence": r.sentence,
        "gold": gold,
        "got": a.to_dict() if a else None,
        "wrong": [w for w, bad in (("country", not r.country_ok), ("sector", r.sector_ok is False)) if bad],
    }
