"""Resolve an argument of a predicate (a token heading a noun phrase) to an `Actor`.

Order of evidence, strongest first:
1. what the phrase itself says: an organisation or armed group; a country named, possessed or
   used as an adjective ("Iraq's", "Iraqi"); an office or sector word ("Vice President",
   "troops"); a body or building standing for a state ("the Kremlin", "Federation Council");
2. what the document said earlier about the same person ("al-Maliki", "he");
3. the dated office-holder table for a bare name.
A role read from the text is remembered for the person, so it beats the table later on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.mentions import Mention
from allegiance.model import Actor

# dependency labels that stay inside one noun phrase
NP_DEPS = {"compound", "amod", "poss", "case", "det", "nmod", "appos", "flat", "nummod",
           "punct", "prep", "pobj", "quantmod", "advmod", "npadvmod"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
# sector of a person whose office is not known: the name alone says nothing about the role
FORMER = ("former", "ex", "ex-", "late")


@dataclass
class DocumentActors:
    """Per-document memory: mentions by token, people seen with their roles."""

    doc: Doc
    kb: KnowledgeBase
    mentions: list[Mention]
    day: date | None
    by_token: dict[int, Mention] = field(default_factory=dict)
    people: dict[str, Actor] = field(default_factory=dict)
    last_person: Actor | None = None

    def __post_init__(self):
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    # -- public -----------------------------------------------------------------------
    def resolve(self, head: Token, speaker: Actor | None = None) -> Actor | None:
        """The actor a noun phrase headed by `head` refers to, or None."""
        lower = head.lower_
        if head.pos_ == "PRON":
            if lower in SPEAKER_PRONOUNS and speaker is not None:
                return speaker
            if lower in PERSON_PRONOUNS:
                return self.last_person
            return None
        actor = self._from_phrase(head)
        if actor is None and head.dep_ == "appos":
            actor = self._from_phrase(head.head)
        return actor

    def place(self, head: Token) -> Mention | None:
        """The country or capital mention a prepositional object names, if any."""
        mention = self.by_token.get(head.i)
        if mention and mention.kind in ("country", "capital"):
            return mention
        return None

    # -- internals --------------------------------------------------------------------
    def _phrase_tokens(self, head: Token) -> list[Token]:
        """Tokens of the noun phrase, with `of`-phrases and appositions, without clauses."""
        seen, stack = [], [head]
        while stack:
            tok = stack.pop()
            seen.append(tok)
            for child in tok.children:
                if child.dep_ not in NP_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ != "of":
                    continue
                stack.append(child)
        return sorted(seen, key=lambda t: t.i)

    def _from_phrase(self, head: Token) -> Actor | None:
        tokens = self._phrase_tokens(head)
        if not tokens:
            return None
        mentions: list[Mention] = []
        for tok in tokens:
            m = self.by_token.get(tok.i)
            if m is not None and (not mentions or mentions[-1] is not m):
                mentions.append(m)
        # distance from the head decides between two countries ("Russia's role in Syria")
        depth = {tok.i: _depth(tok, head) for tok in tokens}
        mentions.sort(key=lambda m: min(depth.get(i, 99) for i in range(m.start, m.end)))

        organisation = next((m for m in mentions if m.kind in ("igo", "group")), None)
        country = next((m for m in mentions if m.kind in ("country", "demonym", "capital", "metonym")), None)
        roles = [m for m in mentions if m.kind in ("office", "sector", "metonym")]
        name = self._person_name(tokens, head)
        former = any(t.lower_ in FORMER for t in tokens)

        if organisation and (country is None or _depth_of(organisation, depth) <= _depth_of(country, depth)):
            e = organisation.entry
            return Actor(_span_text(tokens), e.code, e.country, None, e.name)

        if country is None:
            person = self._known_person(name, head) if name else None
            if person is not None:
                self._remember(person, name, head)
                return Actor(_span_text(tokens), person.code, person.country, person.sector, person.name)
            return None

        e = country.entry
        sector = None
        if country.kind in ("metonym",):
            sector = e.sector
        elif country.kind == "capital" and head.i in range(country.start, country.end):
            sector = "GOV"  # "Moscow said" — the capital speaks for the government
        role = next((r for r in roles if r is not country), None)
        if role is not None:
            sector = role.entry.sector or sector
        if name and former:
            sector = "ELI"
        if name and role is None and sector is None:
            known = self._known_person(name, head)
            if known is not None and known.country == e.country:
                sector = known.sector
        code = f"{_country_code(e)}{sector or ''}"
        actor = Actor(_span_text(tokens), code, e.country, sector, name or e.name)
        if name:
            self._remember(actor, name, head)
        return actor

    def _person_name(self, tokens: list[Token], head: Token) -> str | None:
        """Proper-noun tokens of the phrase that no gazetteer entry covers: a person's name."""
        words, run = [], []
        for tok in tokens:
            covered = self.by_token.get(tok.i)
            is_name = tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or (tok.text == "-" and run)
            if is_name and (covered is None or covered.kind == "person"):
                run.append(tok)
            else:
                if run:
                    words.append(run)
                run = []
        if run:
            words.append(run)
        if not words:
            return None
        best = min(words, key=lambda r: min(abs(t.i - head.i) for t in r))
        text = "".join(t.text_with_ws for t in best).strip().strip("-").strip()
        return text or None

    def _known_person(self, name: str, head: Token) -> Actor | None:
        for key in _name_keys(name):
            if key in self.people:
                return self.people[key]
        for key in _name_keys(name):
            tenures = self.kb.tenures(key, self.day)
            if tenures:
                t = tenures[0]
                return Actor(name, f"{t.country}{t.sector or ''}", t.country, t.sector, t.name)
            if self.kb.people.get(key):  # known, but not in office on that day
                t = self.kb.people[key][0]
                return Actor(name, f"{t.country}ELI", t.country, "ELI", t.name)
        return None

    def _remember(self, actor: Actor, name: str | None, head: Token) -> None:
        """Keep the role for later mentions; a subject becomes what 'he'/'she' refers to."""
        if not name:
            return
        for key in _name_keys(name):
            self.people[key] = actor
        if head.dep_ in ("nsubj", "nsubjpass"):
            self.last_person = actor


def _name_keys(name: str) -> list[str]:
    """'Nouri al-Maliki' → ['nouri al-maliki', 'al-maliki', 'maliki']."""
    name = name.lower().replace(" - ", "-").strip()
    keys = [name]
    last = name.split()[-1]
    if last != name:
        keys.append(last)
    if "-" in last:
        keys.append(last.split("-")[-1])
    return keys


def _country_code(entry) -> str:
    code = entry.code or entry.country or ""
    return code[:3]


def _depth(tok: Token, head: Token) -> int:
    d = 0
    while tok.i != head.i and d < 20:
        tok = tok.head
        d += 1
    return d


def _depth_of(mention: Mention, depth: dict[int, int]) -> int:
    return min(depth.get(i, 99) for i in range(mention.start, mention.end))


def _span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end].text
