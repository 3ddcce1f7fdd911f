"""Find gazetteer mentions in a parsed document, before and above spaCy's NER.

The small English model misses capitals such as Kyiv and tags some leaders as organisations,
so every name we know is matched from our own tables; NER only helps with people's names.
Proper names match case-sensitively (so "US" is not "us"); titles and sector words match
in any case.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from allegiance.actors.kb import KINDS, Entry, KnowledgeBase, load_homonyms, load_kb
from allegiance.nlp.spans import tokens_text

COMMON_KINDS = {"office", "sector"}
STATE_BODIES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}  # sectors a state's own named body has


@dataclass
class Mention:
    start: int  # token offsets, end exclusive
    end: int
    text: str
    entries: list[Entry]

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class Gazetteer:
    def __init__(self, nlp: Language, kb: KnowledgeBase):
        self.kb = kb
        self.homonyms = load_homonyms()
        self.proper = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.common = PhraseMatcher(nlp.vocab, attr="LOWER")
        rank = {kind: i for i, kind in enumerate(KINDS)}
        self.entries: dict[str, list[Entry]] = {}
        proper_patterns, common_patterns = [], []
        for phrase, entries in kb.phrases.items():
            entries = sorted(entries, key=lambda e: rank[e.kind])
            self.entries[phrase] = entries
            if entries[0].kind in COMMON_KINDS:
                self.entries[phrase.lower()] = entries
                common_patterns.append(phrase)
            else:
                proper_patterns.append(phrase)
        make = nlp.make_doc
        self.proper.add("ACTOR", [make(p) for p in proper_patterns])
        self.common.add("ACTOR", [make(p) for p in common_patterns])

    def __call__(self, doc: Doc) -> list[Mention]:
        matches = [(s, e) for _, s, e in self.proper(doc)] + [(s, e) for _, s, e in self.common(doc)]
        mentions = []
        for start, end in _without_overlaps(matches):
            text = tokens_text(doc, start, end)
            entries = self.entries.get(text) or self.entries.get(text.lower())
            if entries is None:  # matched through a different tokenisation of the phrase
                continue
            mentions.append(Mention(start, end, text, entries))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        kept = []
        words: dict = {}  # word sets of the sentences (and the document) homonyms are read in
        for m in mentions:
            if _inside_a_name(doc, m, covered, mentions):
                continue
            if m.text in self.kb.bare_surnames and doc[m.start].ent_type_ not in ("PERSON", "ORG", "NORP", ""):
                continue  # "in May": a date, not Theresa May
            reading = self._reading(doc, m, words) if m.text in self.homonyms else None
            if reading is None:
                kept.append(_national_body(doc, m, kept) or m)
            elif reading["country"] != "none":
                code, sector = str(reading["country"]), reading.get("sector")
                country = self.kb.countries.get(code)
                name = country.name if country else code
                # a reading with a sector names a body of that state ("Japan's SDF": its armed forces)
                kind = "metonym" if sector else "country"
                kept.append(Mention(m.start, m.end, m.text, [Entry(kind, code, code, sector, name)]))
        return kept

    def names(self, doc: Doc) -> list[tuple[int, int]]:
        """Token spans of the proper names we know, in a tokenised (unparsed) text."""
        return [(s, e) for _, s, e in self.proper(doc)]

    def _reading(self, doc: Doc, mention: Mention, cache: dict) -> dict | None:
        """The homonym reading the context supports, or None for the default."""
        readings = self.homonyms[mention.text]
        for scope in (doc[mention.start].sent, doc):
            key = (scope.start, scope.end) if isinstance(scope, Span) else "doc"
            if key not in cache:
                cache[key] = ({t.text for t in scope}, scope.text)
            words, text = cache[key]
            scores = [(sum(1 for cue in r["cues"] if cue in words or (" " in cue and cue in text)), r)
                      for r in readings]
            best_score, best = max(scores, key=lambda pair: pair[0])
            if best_score:
                return None if str(best["country"]) == mention.entry.country else best
        return None


def _without_overlaps(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's `filter_spans` on (start, end) pairs: of overlapping matches the longest (then
    the first), in text order. Pairs, not Spans: building a Span per match costs more than it."""
    kept, seen = [], set()
    for start, end in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def _national_body(doc: Doc, m: Mention, before: list[Mention]) -> Mention | None:
    """'Russia's Security Council', 'the Iranian Supreme National Security Council': a body that
    a state's name or adjective owns is that state's, not the international body of the same name."""
    if m.kind != "igo" or not before or m.text.isupper():  # "Sweden's NATO bid" is NATO's
        return None
    owner = next((b for b in reversed(before) if b.kind in ("country", "demonym", "igo")), None)
    if owner is None or m.start - owner.end > 4:
        return None
    between = doc[owner.end:m.start]
    named = all(t.is_title for t in between[1:])  # "Supreme National"
    if owner.kind == "igo":  # "the African Union's Peace and Security Council": the union's organ
        named = all(t.is_title or t.lower_ in ("and", "of", "for") for t in between[1:])
        owned = len(between) > 0 and between[0].text in ("'s", "’s") and named
        return Mention(m.start, m.end, m.text, owner.entries) if owned else None
    possessive = owner.kind == "country" and len(between) > 0 and between[0].text in ("'s", "’s") and named
    modifier = owner.kind == "demonym" and all(t.is_title for t in between)
    if not (possessive or modifier) or owner.entry.country is None:
        return None
    country = owner.entry.country
    return Mention(m.start, m.end, m.text, [Entry("office", f"{country}GOV", country, "GOV", m.text)])


def _inside_a_name(doc: Doc, m: Mention, covered: set[int], mentions: list[Mention]) -> bool:
    """'Michael Jordan', 'the Washington Post': a one-word place inside a longer proper name;
    'Sher Mohammad Abbas Stanekzai', 'Abbas Araghchi': a known surname inside someone else's."""
    if m.end - m.start != 1 or m.kind not in ("country", "capital", "person"):
        return False
    if m.kind == "country" and _owns_a_body(doc, m, mentions):
        return False

    def plain_name(i: int) -> bool:
        if i < 0 or i >= len(doc) or i in covered:
            return False
        tok = doc[i]
        return tok.pos_ == "PROPN" and tok.is_title

    return plain_name(m.start - 1) or plain_name(m.end)


def _owns_a_body(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """'the U.S. Commerce Department': a country's name before capitalised words that end in a
    word for a state body (sectors.tsv) names that state's body, not a longer name of its own."""
    i = m.end
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and i - m.end < 3:
        body = next((b for b in mentions if b.start == i), None)
        if body is not None:
            return body.kind == "sector" and body.entry.sector in STATE_BODIES
        i += 1
    return False


@functools.cache
def gazetteer(nlp: Language) -> Gazetteer:
    return Gazetteer(nlp, load_kb())
