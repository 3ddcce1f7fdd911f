"""Why a sentence was coded the way it was — and why a predicate was not coded at all.

`explain()` lays one sentence open: its parse, the actors found, each coded event with the rule
that fired, and for every other verb or event noun the reason nothing came of it. `uncoded()`
runs over a corpus and counts the predicates that link two actors yet produced no event, so
dictionaries grow from evidence rather than guesses.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from allegiance.actors.resolve import DocumentActors
from allegiance.coder.coder import _with_dateline
from allegiance.model import Document, Event


@dataclass
class Predicate:
    token: str
    lemma: str
    verdict: str  # "coded" or why not


@dataclass
class Explanation:
    sentence: str
    tokens: list[dict]
    actors: list[dict]
    events: list[Event]
    predicates: list[Predicate]

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "tokens": self.tokens, "actors": self.actors,
                "events": [e.to_dict() for e in self.events],
                "predicates": [p.__dict__ for p in self.predicates]}


def explain(text: str, published: date | None = None) -> list[Explanation]:
    """One explanation per sentence of `text`."""
    from allegiance.api import coder

    c = coder()
    # parsed as the coder parses it: headlines in sentence case, a leading dateline blanked out
    document, filed = _with_dateline(Document(id="explain", text=text, date=published))
    doc = c.nlp(c._soften(" " * filed + text[filed:]))
    events = c.code_parsed(document, doc)
    actors = DocumentActors(doc, c.kb, c.gazetteer(doc), published)
    out = []
    for index, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        mine = [e for e in events if e.sentence_index == index]
        out.append(Explanation(
            sentence=sent.text.strip(),
            tokens=[{"i": t.i - sent.start, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "dep": t.dep_,
                     "head": t.head.i - sent.start} for t in sent if not t.is_space],
            actors=_actors(sent, actors),
            events=mine,
            predicates=_verdicts(sent, mine, actors, c),
        ))
    return out


def _actors(sent: Span, actors: DocumentActors) -> list[dict]:
    found = []
    for m in actors.mentions:
        if sent.start <= m.start < sent.end:
            # What the coder would use: the mention resolved in context (role on the day, story state).
            e = actors.resolve(sent.doc[m.start:m.end].root) or m.entry
            found.append({"text": m.text, "kind": m.kind, "code": e.code, "country": e.country, "sector": e.sector})
    return found


def _verdicts(sent: Span, events: list[Event], actors: DocumentActors, c) -> list[Predicate]:
    """For every verb and known event noun: coded, or the first reason it was not."""
    verdicts = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        is_verb = tok.pos_ in ("VERB", "AUX") and lemma != "be" and tok.dep_ not in ("aux", "auxpass")
        is_event_noun = tok.pos_ == "NOUN" and lemma in c.patterns.nouns
        if not (is_verb or is_event_noun):
            continue
        codes = sorted({e.cameo for e in events if tok.text in e.predicate.replace("…", " ").split()})
        if codes:
            verdicts.append(Predicate(tok.text, lemma, f"coded ({', '.join(codes)})"))
            continue
        verdicts.append(Predicate(tok.text, lemma, _why_not(tok, actors, c)))
    return verdicts


def _why_not(tok: Token, actors: DocumentActors, c) -> str:
    lemma = tok.lemma_.lower()
    p = c.patterns
    if lemma in p.clauses["speech_verbs"]:
        return "speech verb: reports what is said, not an event itself"
    if lemma in p.clauses["claim_verbs"]:
        return "accusation: its complement is a claim, not an event"
    known = lemma in p.verbs or lemma in p.nouns or lemma in p.frames
    if not known:
        return "no pattern for this lemma (add a row to verbs.tsv or nouns.tsv)"
    subjects = c.finder.subjects(tok) if tok.pos_ in ("VERB", "AUX") else []
    if tok.pos_ in ("VERB", "AUX") and not [s for s in subjects if actors.could_be_actor(s)]:
        return "pattern known, but no subject that names an actor"
    objects = [ch for ch in tok.children if ch.dep_ in ("dobj", "prep", "dative", "attr")]
    if not objects:
        return "pattern known, but nothing after the predicate to be its target"
    return "pattern known, but no row matches its object/preposition with an actor as target"


@dataclass
class UncodedPredicate:
    key: str  # "lemma" or "lemma prep"
    count: int = 0
    examples: list[str] = field(default_factory=list)


def uncoded(documents: Iterable[Document], limit: int = 30, examples: int = 3) -> list[UncodedPredicate]:
    """Most frequent predicates with an actor as subject and an actor after them, left uncoded."""
    from allegiance.api import coder

    c = coder()
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    pairs = ((" " * filed + d.text[filed:], d) for d, filed in map(_with_dateline, documents))
    for doc, document in c.nlp.pipe(pairs, as_tuples=True, batch_size=32):
        events = c.code_parsed(document, doc)
        actors = DocumentActors(doc, c.kb, c.gazetteer(doc), document.date)
        triggers = {(e.sentence_index, w) for e in events for w in e.predicate.replace("…", " ").split()}
        for index, sent in enumerate(doc.sents):
            for tok in sent:
                if tok.pos_ != "VERB" or (index, tok.text) in triggers:
                    continue
                lemma = tok.lemma_.lower()
                if lemma in c.patterns.clauses["speech_verbs"]:
                    continue
                if not any(actors.could_be_actor(s) and s.pos_ != "PRON" for s in c.finder.subjects(tok)):
                    continue
                key = _object_key(tok, actors)
                if key is None:
                    continue
                counts[key] += 1
                if len(shown[key]) < examples:
                    shown[key].append(sent.text.strip())
    return [UncodedPredicate(k, n, shown[k]) for k, n in counts.most_common(limit)]


def _object_key(verb: Token, actors: DocumentActors) -> str | None:
    """'lemma' when an actor is the direct object, 'lemma prep' when it follows a preposition."""
    lemma = verb.lemma_.lower()
    for ch in verb.children:
        if ch.dep_ == "dobj" and actors.could_be_actor(ch) and ch.pos_ != "PRON":
            return lemma
        if ch.dep_ in ("prep", "dative"):
            pobj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if pobj is not None and actors.could_be_actor(pobj) and pobj.pos_ != "PRON":
                return f"{lemma} {ch.lower_}"
    return None
