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
from spacy.tokens import Doc
from spacy.util import filter_spans

from allegiance.actors.kb import KINDS, Entry, KnowledgeBase, load_kb

COMMON_KINDS = {"office", "sector"}


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
        spans = [doc[s:e] for _, s, e in self.proper(doc)]
        spans += [doc[s:e] for _, s, e in self.common(doc)]
        mentions = []
        for span in filter_spans(spans):
            entries = self.entries.get(span.text) or self.entries.get(span.text.lower())
            if entries is None:  # matched through a different tokenisation of the phrase
                continue
            mentions.append(Mention(span.start, span.end, span.text, entries))
        return mentions


@functools.cache
def gazetteer(nlp: Language) -> Gazetteer:
    return Gazetteer(nlp, load_kb())
