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
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from allegiance.actors.kb import Entry, KnowledgeBase
from allegiance.actors.mentions import Mention
from allegiance.geo import resolve_place
from allegiance.geo.locate import pinned_country
from allegiance.model import Actor
from allegiance.nlp.spans import tokens_text

# dependency labels that stay inside one noun phrase
NP_DEPS = {"compound", "amod", "poss", "case", "det", "nmod", "appos", "flat", "nummod",
           "punct", "prep", "pobj", "quantmod", "advmod", "npadvmod"}
NP_PREPS = {"of", "by"}  # "the Speaker of the Federation Council", "a proposal by Benin"
PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}
STATE_PRONOUNS = {"it", "its", "they", "them", "their"}
PLURAL_PRONOUNS = {"they", "them", "their"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}
SCENE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around", "throughout"}
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our"}
# a sector word followed by "in Niger" / "from Chad" belongs to that state when nothing else says
PLACE_PREPS = {"in", "from"}
# mentions whose state a description ("the kingdom") may name again: the state's name, its
# people, its capital, its institutions, its leaders
DESCRIBED_KINDS = {"country", "demonym", "capital", "metonym", "person", "office"}
AT_PLACE = {"in", "at", "to", "into", "near", "from"}
# bodies of a state, whose speaker's state is the state of an army or police they mention
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
NONSTATE_ARMED = {"REB", "INS"}  # armed men of no state: a state's foes when its own organs speak of them
ARMED_SECTORS = {"MIL", "REB", "UAF"}
INSTITUTION_SECTORS = {"GOV", "LEG", "JUD"}  # bodies every state has, unlike an army's own name
NAMED_BODY_SECTORS = {"BUS", "MED"}  # "the company", "the broadcaster": the one named before
LOCAL_OFFICES = {"governor", "mayor"}  # offices.tsv's first form of local and regional offices
BODY_KINDS = {"sector", "office"}  # "in the government", "in the ministry": members of a body, not a place


def _phrase_words() -> dict:
    """The reviewable word lists of data/actors/phrase_words.yaml."""
    text = (resources.files("allegiance") / "data" / "actors" / "phrase_words.yaml").read_text("utf-8")
    return yaml.safe_load(text)


_WORDS = _phrase_words()
VOICE_NOUNS = frozenset(_WORDS["voice_nouns"])
BORDER_NOUNS = frozenset(_WORDS["border_nouns"])
GROUP_STATE_WORDS = {w: (sector or None) for w, sector in _WORDS["group_state_words"].items()}
FORMER = frozenset(_WORDS["former_words"])
PERSONAL_BODIES = frozenset(_WORDS["personal_bodies"])
PERSONAL_SIDES = {noun: (sector or None) for noun, sector in _WORDS["personal_sides"].items()}
GENERIC_BODIES = {noun: tuple(kinds) for noun, kinds in _WORDS["generic_bodies"].items()}
MEMBER_NOUNS = frozenset(_WORDS["member_nouns"])
SIDES = frozenset(_WORDS["sides"])
SIDE_MARKERS = frozenset(_WORDS["side_markers"])
BELLIGERENT_NOUNS = frozenset(_WORDS["belligerent_nouns"])
FOREIGN_WORDS = frozenset(_WORDS["foreign_words"])
COUNT_WORDS = frozenset(_WORDS["count_words"])
ACTING_PEOPLE = frozenset(_WORDS["acting_people"])
TWO_PARTY_NOUNS = frozenset(_WORDS["two_party_nouns"])
TWO_STATE_NOUNS = frozenset(_WORDS["two_state_nouns"])
GROUP_COUNTS = {word: int(n) for word, n in _WORDS["group_counts"].items()}
MEETING_NOUNS = frozenset(_WORDS["meeting_nouns"])


@dataclass
class Phrase:
    """A noun phrase read for actors: its tokens and the gazetteer mentions that matter."""

    tokens: list[Token]
    depth: dict[int, int]  # token index → distance from the head in the parse
    organisation: Mention | None
    country: Mention | None
    role: Mention | None
    name: str | None
    known: Actor | None  # the person `name` refers to, from this document or the office tables
    former: bool  # "former", "ex-"

    @property
    def text(self) -> str:
        return _span_text(self.tokens)

    def depth_of(self, mention: Mention) -> int:
        return _depth_of(mention, self.depth)


# mentions that name the states "the two countries" or "the two sides" stand for: their names,
# capitals, people, and the leaders who speak for them ("Xi arrived in Astana … the two countries")
PAIRED_KINDS = {"country", "capital", "demonym", "person"}


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
    recent_people: list[Actor] = field(default_factory=list)  # people named so far, in order
    last_state: Actor | None = None  # the last state or organisation acting as a subject
    titles: dict[str, Actor] = field(default_factory=dict)  # "foreign minister" → who held it here
    nouns: dict[str, Actor] = field(default_factory=dict)  # "agency" → the agency named last
    default_country: str | None = None
    hint_country: str | None = None  # where the event being read happened, set by the coder
    at_venue: bool = False  # the event is one two sides hold together somewhere (talks, a deal)
    _prefixed: dict = field(default_factory=dict)
    _phrases: dict = field(default_factory=dict)  # head token index → its phrase's tokens
    _readings: dict = field(default_factory=dict)  # head token index → what its words name
    _pairing: set = field(default_factory=set)  # "between" sides being resolved, against a loop

    def __post_init__(self):
        counts: dict[str, int] = {}
        surnames = set()  # "Jim Jordan" … "Jordan said": the later "Jordan" is the person
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m
            if m.kind == "person" and m.end - m.start > 1:
                surnames.add(self.doc[m.end - 1].text)
            if m.kind == "metonym" and m.entry.sector == "MED":
                continue  # "the Washington Post reported": the outlet's home is not the story's
            if m.kind == "country" and m.text in surnames:
                continue
            if (m.kind in ("country", "demonym", "capital", "metonym", "person") and m.entry.country
                    and not self._allegiance(m)):  # a known leader tells the story's state too
                counts[m.entry.country] = counts.get(m.entry.country, 0) + 1
        if counts:
            # the state the story is mostly about; a tie is broken by the subject of the lead
            top = max(counts.values())
            tied = [c for c, n in counts.items() if n == top]
            self.default_country = tied[0] if len(tied) == 1 else self._lead_subject_state(tied)

    def _lead_subject_state(self, tied: list[str]) -> str | None:
        """Of states named equally often, the one the first sentence's subject names: news
        leads open with who acted ("Chad asked France for help…"). None when the subject
        names none of them, or several ("China and India reinforced…")."""
        first = next(iter(self.doc.sents), None)
        subject = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if first is not None else None
        if subject is None:
            return None
        named = {self.by_token[t.i].entry.country for t in subject.subtree if t.i in self.by_token}
        named &= set(tied)
        return named.pop() if len(named) == 1 else None

    def _allegiance(self, mention: Mention) -> bool:
        """'pro-Iranian', 'anti-American', 'former Soviet republics': computed once per mention."""
        key = mention.start
        if key not in self._prefixed:
            self._prefixed[key] = _allegiance_prefix(self.doc, mention) or self._past_membership(mention)
        return self._prefixed[key]

    def _past_membership(self, mention: Mention) -> bool:
        """'the five former Soviet republics', 'ex-Yugoslav states': 'former' before the
        adjective of a state that no longer exists names what the states once were, not the
        old state; 'former Soviet leader' (a title) still names its office. Only a word for a
        state follows: a country word or the last word of a description (descriptions.tsv)."""
        country = self.kb.countries.get(mention.entry.code or "")
        if mention.kind != "demonym" or country is None or not country.ended or mention.start < 1:
            return False
        before = self.doc[mention.start - 1].lower_
        if before == "-" and mention.start >= 2:
            before = self.doc[mention.start - 2].lower_ + "-"
        head = self.doc[mention.end - 1].head
        return before in FORMER and head.i >= mention.end and self._a_state_word(head)

    def _a_state_word(self, tok: Token) -> bool:
        """'country', 'nation', 'republic', 'kingdom', 'state': a word that can name a state."""
        lemma = tok.lemma_.lower()
        return GENERIC_BODIES.get(lemma) == ("country",) or lemma == "state" or any(
            key.split()[-1] == lemma for key in self.kb.descriptions)

    def carry_from(self, earlier: "DocumentActors | None") -> None:
        """Keep what an earlier chunk of the same document taught about its actors."""
        if earlier is None:
            return
        self.people = {**earlier.people, **self.people}
        self.titles = {**earlier.titles, **self.titles}
        self.nouns = {**earlier.nouns, **self.nouns}
        self.recent_people = earlier.recent_people + self.recent_people
        self.last_person = self.last_person or earlier.last_person
        self.last_state = self.last_state or earlier.last_state
        self.default_country = earlier.default_country or self.default_country

    # -- public -----------------------------------------------------------------------
    def resolve(self, head: Token, speaker: Actor | None = None) -> Actor | None:
        """The actor a noun phrase headed by `head` refers to, or None."""
        lower = head.lower_
        if head.pos_ == "PRON":
            if lower in SPEAKER_PRONOUNS and speaker is not None:
                return speaker
            if lower in PERSON_PRONOUNS:
                return self._person_antecedent(head)
            if lower in STATE_PRONOUNS:
                return self._state_antecedent(head)
            return None
        if self._names_no_actor(head) or self._city_in_a_name(head):
            return None  # "Mexico's peso", "the Indian cricket team": the country word is no actor
        if _a_bare_count(head):
            return self._counted_people(head)
        actor = (self._personal_body(head) or self._personal_side(head) or self._group_members(head) or self._definite_anaphor(head)
                 or self._described_state(head) or self._half(head) or self._generic_anaphor(head) or self._named_body_anaphor(head))
        if actor is None:
            actor = self._from_phrase(head, speaker)
        if actor is None and head.dep_ == "appos":
            actor = self._from_phrase(head.head, speaker)
        if actor is not None and head.pos_ in ("NOUN", "PROPN"):
            self.nouns[head.lemma_.lower()] = actor  # "a French uranium company" … "the company"
        return actor

    def unnamed_attacker(self, head: Token) -> Actor | None:
        """The doer of violence named only by sex, age or suspicion (a `target` word of
        sectors.tsv: "a man stabbed three people", "was shot dead by a 71-year-old man"): an
        unidentified attacker, of no state the text names (the place of the deed is not his)."""
        mentions = [self.by_token.get(t.i) for t in self._phrase_tokens(head)]
        if not any(m is not None and self._only(m) == "target" for m in mentions):
            return None
        return Actor(_span_text(self._phrase_tokens(head)), "UAF", None, "UAF", None)

    def _counted_people(self, head: Token) -> Actor | None:
        """'Gunmen killed 15', '40 were abducted': people counted and named no further are
        private people of the place of the event, else of the state the story is about."""
        state = self.hint_country or self.default_country
        return Actor(head.text, f"{state}CVL", state, "CVL", None) if state else None

    def _personal_body(self, head: Token) -> Actor | None:
        """'His office said …': the office of the person 'his' refers to."""
        if head.lower_ not in PERSONAL_BODIES:
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("his", "her"):
            return None
        person = self._person_antecedent(poss)
        if person is None or person.country is None:
            return None
        sector = person.sector if person.sector not in (None, "ELI") else None
        code = f"{person.country}{sector or ''}"
        return Actor(_span_text(self._phrase_tokens(head)), code, person.country, sector, person.name)

    def _personal_side(self, head: Token) -> Actor | None:
        """'A move his opponents denounced', 'her allies called it a vendetta': people of the
        state of the person 'his'/'her' stands for, on that person's side or against it."""
        if head.lemma_.lower() not in PERSONAL_SIDES or head.i in self.by_token \
                or any(t.pos_ == "PROPN" for t in self._phrase_tokens(head)):
            return None  # "his rival Amadou Ba": a person of his own
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("his", "her"):
            return None
        person = self._person_antecedent(poss)
        if person is None and len({p.name for p in self.recent_people}) == 1:
            person = self.recent_people[-1]  # the one person named, whatever the parse made of him
        if person is None or person.country is None:
            return None
        sector = PERSONAL_SIDES[head.lemma_.lower()]
        return Actor(_span_text(self._phrase_tokens(head)), f"{person.country}{sector or ''}",
                     person.country, sector, None)

    def _group_members(self, head: Token) -> Actor | None:
        """'The group's fighters', 'its forces' after a named armed group: the group's own men,
        not the army of the state the story is in."""
        if head.pos_ != "NOUN" or not self._member_noun(head):
            return None
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.pos_ not in ("PRON", "NOUN"):
            return None
        owner = self.resolve(poss)
        if owner is None or not owner.code or owner.code[3:] in ("", owner.sector or ""):
            return None  # a state or one of its bodies: the usual reading ("its troops") stands
        # "the group's fighters" carries the name it stands for; "his fighters" are named as written
        text = _span_text(self._phrase_tokens(head)) if poss.lower_ in ("his", "her") else owner.text
        return Actor(text, owner.code, owner.country, owner.sector, owner.name)

    def _definite_anaphor(self, head: Token) -> Actor | None:
        """'The agency said …', 'the company': a bare definite noun naming again a body this
        document already named with the same head noun (the National Security Agency, a French
        uranium company). Only 'the/this/that' + noun: any other word makes it a new phrase."""
        if head.pos_ != "NOUN" or not self.nouns:
            return None
        children = [c for c in head.children if c.dep_ != "case"]  # "the group's": the 's aside
        if len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ not in ("the", "this", "that"):
            return None
        earlier = self.nouns.get(head.lemma_.lower())
        if earlier is None:
            return None
        actor = Actor(head.doc[children[0].i: head.i + 1].text, earlier.code, earlier.country,
                      earlier.sector, earlier.name)
        if head.dep_ in ("nsubj", "nsubjpass") and not self.is_person(earlier):
            self.last_state = actor  # "The company said it …"
        return actor

    def _named_body_anaphor(self, head: Token) -> Actor | None:
        """'Suspended Radio France Internationale, accusing the broadcaster …', 'urged the
        conglomerate': 'the' + a word for a company or an outlet names again the company or
        outlet of that kind the sentence named before it, not one of the story's own state."""
        mention = self.by_token.get(head.i)
        children = [c for c in head.children if c.dep_ not in ("case", "prep")]  # "… of relaying"
        if mention is None or mention.kind != "sector" or mention.entry.sector not in NAMED_BODY_SECTORS \
                or len(children) != 1 or children[0].dep_ != "det" or children[0].lower_ != "the":
            return None
        sector = mention.entry.sector
        for m in reversed(self.mentions):
            if m.end > head.i or m.start < head.sent.start:
                continue
            if m.kind == "metonym" and m.entry.sector == sector and m.entry.country:
                e = m.entry
                return Actor(m.text, f"{_country_code(e)}{sector}", e.country, sector, e.name)
        return None

    def _described_state(self, head: Token) -> Actor | None:
        """'Bahrain's crown prince said the kingdom …', 'the island nation's reserves': 'the' and
        a description of a state (descriptions.tsv) name again the nearest state named before
        that fits it; a state named only after it, or none that fits, leaves it unresolved."""
        fits = self._description(head)
        return self._nearest_state(head, fits) if fits is not None else None

    def _half(self, head: Token) -> Actor | None:
        """'Seoul accused the North', 'Pyongyang declared the South its enemy': a capitalised
        'the North' or 'the South' (halves.tsv) is that half of a divided land when the document
        names either half; elsewhere it is a region and names no actor."""
        half = self.kb.halves.get(head.lower_)
        children = [c for c in head.children if c.dep_ != "case"]  # "the North's": the 's aside
        if half is None or not head.text[:1].isupper() or len(children) != 1 \
                or children[0].dep_ != "det" or children[0].lower_ != "the":
            return None
        code, named = half
        if not any(m.entry.country in named and m.kind in DESCRIBED_KINDS | {"demonym"} for m in self.mentions):
            return None
        return Actor(head.doc[children[0].i: head.i + 1].text, code, code, None, None)

    def _nearest_state(self, head: Token, fits: frozenset[str] | None = None) -> Actor | None:
        """The nearest state named before `head` by its name, capital, institutions or leaders
        (of those in `fits`, if given), standing for the phrase headed by `head`."""
        for m in reversed(self.mentions):
            if m.end > head.i or m.kind not in DESCRIBED_KINDS or self._allegiance(m) or not m.entry.country:
                continue
            if m.kind == "demonym" and self.by_token.get(self.doc[m.end - 1].head.i) is None:
                continue  # "Canadian diplomats" names the state; "Chinese investment" need not
            if fits is None or m.entry.country in fits:
                code = m.entry.country
                actor = Actor(head.doc[head.left_edge.i: head.i + 1].text, code, code, None, None)
                if head.dep_ in ("nsubj", "nsubjpass"):
                    self.last_state = actor
                return actor
        return None

    def _description(self, head: Token) -> frozenset[str] | None:
        """The states a 'the …' phrase headed by `head` describes, longest description first."""
        if not _a_common_noun(head) or not self.kb.descriptions:
            return None
        children = [c for c in head.children if c.dep_ != "case"]  # "the kingdom's": the 's aside
        if not children or children[0].dep_ != "det" or children[0].lower_ != "the" \
                or any(c.i > head.i or c.dep_ not in ("det", "amod", "compound") for c in children):
            return None
        words = [t.lower_ for t in head.doc[children[0].i + 1: head.i]] + [head.lemma_.lower()]
        for start in range(len(words)):
            fits = self.kb.descriptions.get(" ".join(words[start:]))
            if fits is not None:
                return fits
        return None

    def _generic_anaphor(self, head: Token) -> Actor | None:
        """'The group blamed Israel', 'the alliance will meet', 'his country has forgiven':
        the nearest body of that kind the document named before, or the country of the person
        'his'/'her' stands for."""
        kinds = GENERIC_BODIES.get(head.lemma_.lower())
        children = [c for c in head.children if c.dep_ != "case"]  # "the group's": the 's aside
        if kinds is None or not _a_common_noun(head) or head.i in self.by_token or len(children) != 1:
            return None
        det = children[0]
        text = head.doc[det.i: head.i + 1].text
        if det.dep_ == "poss" and det.lower_ in ("his", "her") and "country" in kinds:
            person = self._person_antecedent(det)
            if person is not None and person.country:
                return Actor(text, person.country, person.country, None, None)
        elif det.dep_ != "det" or det.lower_ != "the":
            return None
        for m in reversed(self.mentions):
            if m.end > head.i or m.kind not in kinds or self._allegiance(m):
                continue
            last = self.doc[m.end - 1]
            if m.kind == "igo" and self._a_place_of(last):
                continue  # "met in Brussels": a place where it happened, not the EU
            e = m.entry
            code = _country_code(e) if m.kind == "country" else e.code
            if not code:
                return None
            # like a pronoun, the word carries the name it stands for ("the group" → "Hamas")
            actor = Actor(m.text, code, e.country, e.sector if m.kind != "country" else None, e.name)
            if head.dep_ in ("nsubj", "nsubjpass"):
                self.last_state = actor
            return actor
        if "country" in kinds:  # "Kim Jong Un called for the country's …": its state, named by its leader
            return self._nearest_state(head)
        return None

    def _a_place_of(self, name: Token) -> bool:
        """'met in Brussels', 'a summit in Brussels': where something happened. A name after a
        noun of belonging ('its participation in the alliance', 'withdrawal from ECOWAS') is
        the body itself, which 'the bloc' may name again."""
        if name.dep_ != "pobj" or name.head.lower_ not in AT_PLACE:
            return False
        owner = name.head.head
        return owner.pos_ != "NOUN" or owner.lemma_.lower() in MEETING_NOUNS

    def _owning_anaphor(self, head: Token) -> Actor | None:
        """The state behind a possessive 'the country's' or 'the nation's' in the phrase."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation")), None)
        actor = self._generic_anaphor(owner) if owner is not None else None
        return actor if actor is not None and actor.country else None

    def tokens_in(self, span: Span) -> frozenset[int]:
        """Indices of the tokens of `span` that belong to an actor mention."""
        return frozenset(i for i in range(span.start, span.end) if i in self.by_token)

    def could_be_actor(self, head: Token, apposed: bool = True) -> bool:
        """Cheap test used while reading the parse: does this phrase name anyone at all? With
        `apposed` false, an apposition does not name its head's actor ("…, a move that…")."""
        if head.pos_ == "PRON":
            return head.lower_ in PERSON_PRONOUNS | STATE_PRONOUNS | SPEAKER_PRONOUNS
        if self._names_no_actor(head) or (head.ent_type_ in ("DATE", "TIME") and head.i not in self.by_token):
            return False  # "on Tuesday", "in March": when, not who
        if any(t.i in self.by_token or t.pos_ == "PROPN" for t in self._phrase_tokens(head)):
            return True
        if _a_bare_count(head):
            return True  # "gunmen killed 15": people, counted
        if _span_actor_head(head):
            return True  # "donors pledged …": people acting together, of no state named
        if head.lemma_.lower() in GENERIC_BODIES and self._generic_anaphor(head) is not None:
            return True
        if head.lemma_.lower() in PERSONAL_SIDES and self._personal_side(head) is not None:
            return True  # "his opponents": people of his state
        return apposed and head.dep_ == "appos" and self.could_be_actor(head.head)  # "Iran, a country that…"

    def resolve_all(self, head: Token, speaker: Actor | None = None) -> list[Actor]:
        """One actor per state named in a coordinated of-phrase: "the forces of Mali and Niger"."""
        members = coordinated_antecedent(head)
        if members:  # "Turkey and Egypt said they would …": each of them
            return [a for m in members for a in self.resolve_all(m, speaker)]
        group = self._regional_group(head, speaker)
        if group:
            return group
        actor = self.resolve(head, speaker)
        actors = [actor] if actor is not None else []
        others: list[Token] = []
        for child in head.children:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ == "prep" and child.lower_ in ("of", "from") and pobj is not None:
                others += _listed_items(pobj)  # "the forces of Mali and Niger"
                others += _listed_modifiers(pobj)  # "parts of the French, Belgian and Rwandan embassies"
            elif child.dep_ == "prep" and child.lower_ in PLACE_PREPS and pobj is not None and \
                    actor is not None and actor.country == self._sector_place(head) and \
                    not any(c.dep_ == "poss" for c in head.children):  # "its troops in …" are its own
                others += pobj.conjuncts  # "the juntas in Mali, Burkina Faso and Niger"
            elif child.dep_ == "prep" and child.lower_ in ("including", "like") and pobj is not None:
                others += [pobj, *pobj.conjuncts]  # "countries, including Argentina and Chile"
            elif child.dep_ in ("amod", "compound", "nmod"):
                others += child.conjuncts  # "Azerbaijani and Armenian forces", "US and Israeli officials"
        others += _listed_modifiers(head)
        sector = actor.sector if actor is not None else None
        seen = {actor.country} if actor is not None else set()
        for other in dict.fromkeys(others):
            mention = self.by_token.get(other.i)
            if mention is not None and mention.kind in ("country", "demonym", "capital") and \
                    mention.entry.country not in seen:
                e = mention.entry
                seen.add(e.country)
                actors.append(Actor(other.text, f"{_country_code(e)}{sector or ''}", e.country, sector, e.name))
            elif mention is not None and mention.kind == "group" and actor is not None and actor.country \
                    and other.dep_ == "conj" and other.head.dep_ in ("amod", "compound", "nmod"):
                actors += self._side_group(other, actor)  # "Iranian and Taliban border forces": each side's own
        if len(actors) > 1 and actor is not None and actor.country is None:
            actors = actors[1:]  # "countries, including …": the list names them, the head does not
        named = self._named_members(head, actor)
        if named and not self._names_a_state(head):
            return named  # "14 people, including two Russian officers": the ones the text places
        pair = self._the_two(head)
        if pair:
            return pair
        return actors

    def _side_group(self, other: Token, actor: Actor) -> list[Actor]:
        """A named armed group listed beside a state's adjective is a side of its own, not that
        state's sector: it keeps its own code when it belongs to another state."""
        group = self.resolve(other)
        return [group] if group is not None and group.country and group.country != actor.country else []

    def _regional_group(self, head: Token, speaker: Actor | None) -> list[Actor]:
        """'The Baltic states', 'the juntas of the three Sahel states', 'presidents of five
        Central Asian republics': a word for states that a region word with fixed members
        (region_words.tsv) qualifies names each member state; the head's sector, or the state
        word's own ("juntas", "capitals"), goes with them."""
        words = [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                          for g in c.children if g.dep_ == "pobj"]
        for word in words:
            lemma = word.lemma_.lower()
            if lemma not in GROUP_STATE_WORDS and word.lower_ not in GROUP_STATE_WORDS:
                continue
            codes = self._group_region(word)
            if not codes:
                continue
            sector = GROUP_STATE_WORDS.get(lemma, GROUP_STATE_WORDS.get(word.lower_))
            if word is not head:
                actor = self.resolve(head, speaker)
                sector = actor.sector if actor is not None and actor.sector else sector
            text = _span_text(self._phrase_tokens(head))
            return [Actor(text, f"{code}{sector or ''}", code, sector, None) for code in codes]
        return []

    def _group_region(self, word: Token) -> tuple[str, ...]:
        """The member states of the region word that qualifies `word` ("Baltic" in "the Baltic
        states"), or none."""
        for child in word.children:
            m = self.by_token.get(child.i)
            if child.dep_ in MODIFIER_DEPS and m is not None and m.kind == "region":
                codes = self.kb.members.get(m.text.lower())
                if codes:
                    return codes
        return ()

    def _named_members(self, head: Token, actor: Actor | None) -> list[Actor]:
        """The people an 'including' list picks out with a state of their own ("two Russian
        intelligence officers"), when that is not the state the head already stands for."""
        found: list[Actor] = []
        for child in head.children:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if child.dep_ != "prep" or child.lower_ != "including" or pobj is None:
                continue
            for member in (pobj, *pobj.conjuncts):
                mention = self.by_token.get(member.i)
                if mention is not None and mention.kind in ("country", "demonym", "capital"):
                    continue  # a state in the list itself: resolve_all's own reading
                other = self.resolve(member) if self._names_a_state(member) else None
                if other is not None and other.country and (actor is None or other.country != actor.country):
                    found.append(other)
        return found

    def _names_a_state(self, head: Token) -> bool:
        """Does the phrase itself name a state (by name, adjective, capital or a state's body)?"""
        kinds = ("country", "demonym", "capital", "metonym")
        return any((m := self.by_token.get(t.i)) is not None and m.kind in kinds and not self._allegiance(m)
                   for t in self._phrase_tokens(head))

    def _names_no_actor(self, head: Token) -> bool:
        """Is the phrase a currency, a market, a sports side or its fans (non_actors.tsv)?
        "Turkey's lira plunged", "the national football team": a country word inside such a
        phrase does not make it the state. An of-phrase naming people keeps it an actor
        ("a squad of gunmen")."""
        if head.pos_ != "NOUN" or head.i in self.by_token:
            return False
        kinds = self.kb.non_actors
        kind = kinds.get(head.lemma_.lower())
        if kind == "document":
            return self._named_after_city(head)
        if kind == "team":
            sport = any(kinds.get(c.lemma_.lower()) == "sport" or kinds.get(c.lower_) == "sport"
                        for c in head.children if c.dep_ in ("compound", "amod", "nmod"))
            kind = "thing" if sport else None
        if kind != "thing":
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.i in self.by_token
                                                                    for g in c.children)
                       for c in head.children)

    def _city_in_a_name(self, head: Token) -> bool:
        """'Minsk' in 'the Minsk agreements', 'Doha' in 'praised the Doha agreement': a capital
        in a treaty's or process's compound name is no party to it (see `_named_after_city`)."""
        mention = self.by_token.get(head.i)
        if mention is None or mention.kind != "capital" or head.dep_ != "compound":
            return False
        named = head
        while named.dep_ == "compound" and named.head.i != named.i:
            named = named.head
        return self.kb.non_actors.get(named.lemma_.lower()) == "document" and self._named_after_city(named)

    def _named_after_city(self, head: Token) -> bool:
        """'the Minsk agreements', 'the Paris climate agreement', 'the Astana process': a capital
        in the name of a treaty or process says where it was made, not who is a party. A country
        in it ('the US-Taliban deal') or a with-phrase ('the treaty with Russia') still names one."""
        names = [m for t in self._phrase_tokens(head) if t.i < head.i and _compound_of(t, head)
                 and (m := self.by_token.get(t.i)) is not None]
        return bool(names) and all(m.kind == "capital" for m in names)

    def _the_two(self, head: Token) -> list[Actor]:
        """'the two countries', 'both sides', 'the three states', 'the two Koreas' leaders': the
        last two (three, …) states named before the phrase, each its own actor; when the states
        are named only through their leaders, those leaders' sides."""
        if counted_pair(head) is None and _warring_sides(head):
            return self._between_pair(head)  # "fighting between A and B …, urged the warring parties"
        head = counted_pair(head)
        if head is None:
            return []
        count = group_count(head)
        paired = self._between_pair(head) if count == 2 else []
        if paired:
            return paired
        if head.lemma_.lower() in TWO_PARTY_NOUNS or head.lower_ in ("two", "both"):
            return self._last_parties(head, count)
        if head.lemma_.lower() not in TWO_STATE_NOUNS:
            return []
        if head.lemma_.lower() in ("korea", "koreas"):
            return [Actor(head.text, code, code, None, None) for code in ("KOR", "PRK")]
        if head.lemma_.lower() in SIDES:
            return self._last_sides(head, count)
        states: list[str] = []
        for m in reversed(self.mentions):
            if m.start < head.i and m.kind in PAIRED_KINDS and m.entry.country \
                    and m.entry.country not in states and not self._a_venue(m):
                states.append(m.entry.country)
            if len(states) == count:
                return [Actor(head.text, c, c, None, None) for c in reversed(states)]
        return self._last_parties(head, count, places=False)  # "Salman greeted Trump …, the two governments signed"

    def _last_sides(self, head: Token, count: int) -> list[Actor]:
        """'urged Israel and Hamas to …, and both sides to …': the sides of a conflict may be armed
        groups as well as states, so a named group is a side of its own (the RSF beside Sudan's
        army), kept with its own code and name; states as for 'the two countries'."""
        sides: list[Actor] = []
        keys: list[str] = []
        for m in reversed(self.mentions):
            if m.start >= head.i or not m.entry.country or self._a_venue(m):
                continue
            if m.kind == "group":
                actor = self.resolve(self.doc[m.start:m.end].root)
                key = actor.code if actor is not None else None
            elif m.kind in PAIRED_KINDS:
                actor, key = Actor(head.text, m.entry.country, m.entry.country, None, None), m.entry.country
            else:
                continue
            if actor is None or key in keys:
                continue
            keys.append(key)
            sides.append(actor)
            if len(sides) == count:
                return sides[::-1]
        return self._last_parties(head, count, places=False)

    def _a_venue(self, mention: Mention) -> bool:
        """'The talks in Riyadh', 'a summit in Doha': a place that says where something named
        happened, not a party to it (unlike 'arrived in Astana', where the visit goes)."""
        token = self.doc[mention.end - 1]
        while token.dep_ in ("compound", "amod"):  # "the talks in Riyadh constructive": a misread name
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") \
            and token.head.head.lemma_.lower() in MEETING_NOUNS

    def _between_partner_state(self, head: Token) -> str | None:
        """The state of the other side named with `head` after "between" ("between the
        Congolese government and the rebels"), when that side names one."""
        if head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
            partner = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "between":
            partner = next((c for c in head.children if c.dep_ == "conj"), None)
        else:
            return None
        actor = self._paired_side(head, partner)
        # a state's body ("the government", "the junta") has its own foes; a state as a whole
        # ("between Israel and the militant group") is at war with another's
        return actor.country if actor is not None and actor.country and actor.sector else None

    def _venue_partner_state(self, head: Token) -> str | None:
        """'Maduro's government and the opposition signed a deal in Barbados': in an act two
        sides hold together at a venue of another state, a side with no state named that is
        coordinated (or paired after "between") with a side of a state is of that state; the
        venue, or a place the parse hangs on the side ("the opposition in Barbados"), is only
        where they met."""
        state = self._between_partner_state(head) or self._joint_partner_state(head)
        return state if state is not None and state != self.hint_country else None

    def _joint_partner_state(self, head: Token) -> str | None:
        """The state of a side coordinated with `head` ("the government and the opposition")."""
        if head.dep_ == "conj":
            partner = head.head
        else:
            partner = next((c for c in head.children if c.dep_ == "conj"), None)
        actor = self._paired_side(head, partner)
        return actor.country if actor is not None and actor.sector else None

    def _paired_side(self, head: Token, partner: Token | None) -> Actor | None:
        """The side named with `head`, resolved while `head` is marked as asking, so that the
        partner does not in turn ask `head` for its state."""
        if partner is None or partner.i in self._pairing:
            return None
        self._pairing.add(head.i)
        try:
            return self.resolve(partner)
        finally:
            self._pairing.discard(head.i)

    def _between_pair(self, head: Token) -> list[Actor]:
        """'a deal between Ethiopia and Somalia in Ankara …, with both sides pledging': the two
        named after the nearest "between" before the phrase, not the mediator or the venue."""
        between = next((t for t in reversed(head.sent[:head.i - head.sent.start])
                        if t.lower_ == "between" and t.dep_ == "prep"), None)
        pobj = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
        second = next((c for c in pobj.children if c.dep_ == "conj"), None) if pobj is not None else None
        if second is None:
            return []
        pair = [self.resolve(pobj), self.resolve(second)]
        if any(a is None for a in pair) or pair[0].code == pair[1].code:
            return []
        return pair

    def _last_parties(self, head: Token, count: int = 2, places: bool = True) -> list[Actor]:
        """'Sisi hosted Somalia's president, and the two signed a pact', 'the two leaders': the
        last two (or `count`) actors of different states (or bodies) named before the phrase in its sentence
        (without `places`, states' sides named by their people or bodies, not a country or a
        city: "the talks in Riyadh" name the venue)."""
        found: list[Actor] = []
        for root in self._named_before(head):
            mention = self.by_token.get(root.i)
            if not places and mention is not None and mention.kind in ("country", "capital"):
                continue
            actor = self.resolve(root)
            if not places and actor is not None and actor.country is None:
                continue
            if actor is None or actor.country is None and len(actor.code) <= 3:
                continue
            if all((actor.country or actor.code) != (a.country or a.code) for a in found):
                found.append(actor)
            if len(found) == count:
                return found[::-1]
        return []

    def _person_antecedent(self, pronoun: Token) -> Actor | None:
        """'he'/'him': the last person who was a subject — but an object pronoun never means
        the subject of its own clause ("Hollande pressed her" is not about Hollande)."""
        if pronoun.dep_ in ("dobj", "pobj", "dative") and self.recent_people:
            verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ in ("xcomp", "acl", "relcl", "advcl") :
                # "… were among the first to congratulate him": the subject of the governing verb
                subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ == "pcomp":
                # "Rubio said after meeting him": the subject of the clause the phrase sits in
                subject = next((c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            own = set()
            if subject is not None and subject.pos_ != "PRON":
                for s in (subject, *subject.conjuncts):  # "Putin and Orban … congratulate him"
                    actor = self.resolve(s)
                    if actor is not None and actor.name:
                        own.add(actor.name)
            for person in reversed(self.recent_people):
                if person.name not in own:
                    return person
            return None
        return self.last_person

    def _state_antecedent(self, pronoun: Token) -> Actor | None:
        """'it'/'they': the subject of the clause that governs the pronoun's clause
        ("Burkina Faso announced that it …"), else the last state acting as a subject. The object
        of a clause that borrows that subject is someone else: "Sudan cut ties with the UAE,
        accusing it of …" — the nearest other actor named before it."""
        governing = self._governing_subject(pronoun)
        if governing is not None and _object_of_a_borrowed_subject(pronoun):
            return self._nearest_other(pronoun, governing)
        return governing or self.last_state

    def _governing_subject(self, pronoun: Token) -> Actor | None:
        node = pronoun.head
        while node.head.i != node.i:
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl"):
                subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ != "PRON":
                    actor = self.resolve(subj)
                    if actor is not None and not self.is_person(actor):
                        return actor
            node = node.head
        return None

    def _nearest_other(self, pronoun: Token, other: Actor) -> Actor | None:
        """The actor named last before `pronoun` in its sentence that is not `other`, nor a person."""
        governing = [c for a in pronoun.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
        for root in self._named_before(pronoun):
            if root.dep_ in MODIFIER_DEPS or (root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPS):
                continue  # "imports of Japanese seafood", "in Sanaa": a thing's origin, a place
            if _list_head(root) is not root and _list_head(root) in governing:
                continue  # "A, B and C imposed sanctions, accusing them": no member of the accusers
            actor = self.resolve(root)
            if actor is not None and actor.code != other.code and not self.is_person(actor):
                return actor
        return None

    def other_parties(self, anaphor: Token, source: Actor) -> list[Actor]:
        """Whom "them", "it" or "their governments" means when it would name the very actor that
        acts on it ("Kyiv demanded that Russian troops leave, accusing them of …"): the party
        named last before it that is someone else; for "they", "them", "their", all those named
        together with that party ("expelled diplomats from Chile and Peru, accusing their
        governments …")."""
        for root in self._named_before(anaphor):
            if root.dep_ in MODIFIER_DEPS or (root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPS):
                continue  # "Iran's", "in Sanaa": an owner or a place
            actor = self.resolve(root)
            if actor is None or actor.country in (None, source.country) or self.is_person(actor):
                continue
            if anaphor.lower_ not in PLURAL_PRONOUNS:
                return [actor]
            together = (self.resolve(t) for t in sorted({root, *root.conjuncts}, key=lambda t: t.i))
            return [a for a in together if a is not None and a.country not in (None, source.country)]
        return []

    def accused(self, anaphor: Token, participle: Token, sources: list[Actor]) -> list[Actor]:
        """Whom "…, accusing him/the bloc/both sides of …" means: the actors the clause that
        governs the participle acted on (named after its subject, before the anaphor) that are
        not the accusers themselves; the nearest one, or all of them for a plural."""
        clause = participle.head if participle.dep_ == "advcl" else participle.head.head
        while clause.dep_ == "conj":  # "severed ties with Kigali and recalled its diplomats, accusing …"
            clause = clause.head
        doers = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        own = {code for a in sources for code in (a.code, a.country) if code}
        found: list[Actor] = []
        for root in self._named_before(anaphor):
            if root.i in doers or not clause.is_ancestor(root) or self._a_scene(root) or _in_inner_clause(root, clause) \
                    or (root.dep_ in MODIFIER_DEPS and root.head.i in self.by_token):
                continue  # the accuser, a place, or the origin of a named body ("Polish journalist")
            actor = self.resolve(root)
            if actor is None or actor.code in own or any(actor.code == a.code for a in found) \
                    or any(_own_state(actor, a) for a in sources):
                continue
            found.append(actor)
        plural = anaphor.lower_ in PLURAL_PRONOUNS or any(c.lower_ == "both" for c in anaphor.children)
        return found if plural else found[:1]

    def _a_scene(self, root: Token) -> bool:
        """'in Sanaa', 'near the border': where something happened, not whom it befell. A body
        is no scene: "sanctions on figures in Maduro's government" names whom they befell."""
        mention = self.by_token.get(root.i)
        if mention is not None and mention.kind in BODY_KINDS:
            return False
        return root.dep_ == "pobj" and root.head.lower_ in SCENE_PREPS

    def _named_before(self, tok: Token) -> list[Token]:
        """Heads of the mentions before `tok` in its sentence, the nearest first."""
        start = tok.sent.start
        return [self.doc[m.start:m.end].root
                for m in sorted((m for m in self.mentions if start <= m.start and m.end <= tok.i), key=lambda m: -m.start)]

    def is_person(self, actor: Actor) -> bool:
        """Is the actor a person this document named (rather than a state or a body)?"""
        return actor.name is not None and any(a is actor for a in self.people.values())

    def place(self, head: Token) -> Mention | None:
        """The country or capital mention a prepositional object names, if any."""
        mention = self.by_token.get(head.i)
        if mention and mention.kind in ("country", "capital"):
            return mention
        return None

    # -- internals --------------------------------------------------------------------
    def _phrase_tokens(self, head: Token) -> list[Token]:
        """Tokens of the noun phrase, with `of`-phrases and appositions, without clauses
        (asked for again and again while a sentence is read, so kept per head)."""
        if head.i not in self._phrases:
            self._phrases[head.i] = self._collect_phrase(head)
        return self._phrases[head.i]

    def _collect_phrase(self, head: Token) -> list[Token]:
        seen, stack = [], [head]
        while stack:
            tok = stack.pop()
            seen.append(tok)
            for child in tok.children:
                if child.dep_ not in NP_DEPS:
                    continue
                if child.dep_ == "prep" and child.lower_ not in NP_PREPS and not (
                        child.lower_ == "with" and tok.lemma_.lower() in BORDER_NOUNS) and not (
                        child.lower_ == "from" and tok.i == head.i and self._member_noun(tok)) and not (
                        child.lower_ == "for" and tok.i == head.i and tok.lemma_.lower() in VOICE_NOUNS):
                    continue
                if child.dep_ == "prep" and child.lower_ == "by" and tok.dep_ == "appos" and tok.i != head.i:
                    continue  # "Isaias Afwerki, the first visit by an Ethiopian leader": the visitor is another
                stack.append(child)
        # a name is whole: "the Organisation for the Prohibition of Chemical Weapons"
        for tok in list(seen):
            m = self.by_token.get(tok.i)
            if m is not None:  # (indices, not a Span and token comparisons: asked for every phrase)
                have = {t.i for t in seen}
                seen += [head.doc[i] for i in range(m.start, m.end) if i not in have]
        return sorted(set(seen), key=lambda t: t.i)

    def _member_noun(self, tok: Token) -> bool:
        """A word for people who come from somewhere: 'experts', or any sector or office word."""
        m = self.by_token.get(tok.i)
        return tok.lemma_.lower() in MEMBER_NOUNS or tok.lower_ in MEMBER_NOUNS or (
            m is not None and m.kind in ("sector", "office") and m.text.lower() not in COUNT_WORDS)

    def _from_phrase(self, head: Token, speaker: Actor | None = None) -> Actor | None:
        phrase = self._read_phrase(head)
        if phrase.organisation and phrase.country is not None and _possessor(phrase.country, self.doc) \
                and not _possessor(phrase.organisation, self.doc) \
                and phrase.depth_of(phrase.organisation) == phrase.depth_of(phrase.country):
            return self._state_actor(phrase, head)  # "Tbilisi's EU candidacy": the owner acts
        if phrase.organisation and (phrase.country is None or phrase.depth_of(phrase.organisation)
                                    <= phrase.depth_of(phrase.country)):
            return self._organisation_actor(phrase, head)
        if phrase.country is None:
            return self._stateless_actor(phrase, head, speaker)
        return self._state_actor(phrase, head)

    def _read_phrase(self, head: Token) -> "Phrase":
        """What the noun phrase names: organisation, state, role, person, nearest to the head first.
        The reading of the words is kept per head (a phrase is read again for every event it
        takes part in); only who a name refers to is looked up afresh, since the people the
        document has placed grow as it is read."""
        if head.i not in self._readings:
            self._readings[head.i] = self._read_words(head)
        tokens, depth, organisation, country, role, name, former = self._readings[head.i]
        return Phrase(tokens, depth, organisation, country, role, name,
                      self._known_person(name) if name else None, former)

    def _read_words(self, head: Token) -> tuple:
        tokens = self._phrase_tokens(head)
        mentions: list[Mention] = []
        for tok in tokens:
            m = self.by_token.get(tok.i)
            if m is not None and (not mentions or mentions[-1] is not m):
                mentions.append(m)
        # nearness to the head decides between two countries ("Russia's role in Syria")
        depth = {tok.i: _depth(tok, head) for tok in tokens}
        mentions = self._first_of_dual(mentions, depth)
        mentions.sort(key=lambda m: _depth_of(m, depth))
        # "pro-Iranian militias" are not Iran's: the prefix names an allegiance, not a country
        mentions = [m for m in mentions if not self._allegiance(m)]

        def first(*kinds):
            return next((m for m in mentions if m.kind in kinds), None)

        # a count gives way to any other word: "hundreds of soldiers" are soldiers
        mentions.sort(key=lambda m: m.text.lower() in COUNT_WORDS)
        if _a_doer(head):  # "a man stabbed three people": "man" names no one who acts
            mentions = [m for m in mentions if self._only(m) != "target"]
        # the body someone belongs to beats a title: "leader of the opposition" is OPP, not GOV
        # a weapon gives way to the force named with it: "army drone strikes" are the army's
        roles = sorted((m for m in mentions if m.kind in ("sector", "metonym") and m.entry.sector),
                       key=lambda m: self._only(m) == "weapon")
        role = next(iter(roles), None)
        if role is not None and role.text.lower() in COUNT_WORDS:
            # "dozens of soldiers": the count gives way to the office word for whom it counts
            role = next((m for m in mentions if m.kind == "office" and m.entry.sector), role)
        if role is not None and role.kind == "sector" and self._member_noun(head):
            # "fighters from Iran's Revolutionary Guards", "officers of the FSB": the named body
            # they come from says more than the word for its people
            role = next((m for m in mentions if m.kind == "metonym" and m.entry.sector), role)
        # an office word used as an adjective names no one: "the official election results"
        role = role or next((m for m in mentions if m.kind == "office" and m.entry.sector and not (
            m.end - m.start == 1 and self.doc[m.start].pos_ == "ADJ")), None)
        person = first("person")
        name = person.text if person else self._person_name(tokens, head)
        # "Peru's Congress", "the Philippine Senate": a state named in the phrase owns the body a
        # metonym would otherwise place in its usual country
        country = first("country", "demonym", "capital") or first("metonym")
        return (tokens, depth, first("igo", "group"), country, role, name,
                any(t.lower_ in FORMER for t in tokens))

    def _first_of_dual(self, mentions: list[Mention], depth: dict[int, int]) -> list[Mention]:
        """"The French-Algerian novelist", "a Russian-American ballerina": of a dual nationality
        the one that is not the story's own state tells the story (an Algerian court jails a
        French-Algerian: France protests), else the one written first; the parse hangs the
        second nearer the head, so the chosen one takes the nearer place."""
        kept = list(mentions)
        home = self.default_country  # not the place of the event: "held in the United States"
        for first, second in zip(mentions, mentions[1:]):
            if not (first.kind == second.kind == "demonym" and second.start == first.end + 1
                    and self.doc[first.end].text == "-" and not self.doc[first.end].whitespace_
                    and not self.doc[first.end - 1].whitespace_ and second in kept):
                continue
            chosen, other = (second, first) if first.entry.country == home != second.entry.country \
                else (first, second)
            for i in range(chosen.start, chosen.end):
                depth[i] = min(depth[i], _depth_of(other, depth))
            kept.remove(other)
        return kept

    def _organisation_actor(self, p: "Phrase", head: Token) -> Actor:
        e = p.organisation.entry
        actor = Actor(p.text, e.code, e.country, e.sector, e.name)
        in_power = [t for t in self.kb.governing.get(e.code or "", []) if t.valid_on(self.day)]
        if in_power:  # "Taliban officials" after August 2021 are Afghanistan's government
            t = in_power[0]
            sector = p.role.entry.sector if p.role is not None else t.sector
            actor = Actor(p.text, f"{t.country}{sector or ''}", t.country, sector, e.name)
        if head.dep_ in ("nsubj", "nsubjpass"):
            self.last_state = actor
        return actor

    def _stateless_actor(self, p: "Phrase", head: Token, speaker: Actor | None) -> Actor | None:
        """No state named in the phrase: a known person, a title, a place, or the story's state."""
        role, name, known, text = p.role, p.name, p.known, p.text
        office = role is not None and role.kind == "office"
        titled = self.titles.get(self.kb.offices.get(role.text.lower(), role.text.lower())) if office else None
        if known is not None:
            # a role written in the text wins over the office table: "President Mohamed
            # Bazoum" on the day of the coup, "supporters of Donald Trump"
            sector = role.entry.sector if role is not None and known.country else known.sector
            own_code = known.country and known.code[3:] in ("", known.sector or "")  # not a group's
            code = f"{known.country}{sector or ''}" if own_code else known.code
            sector = sector if own_code else known.sector
            actor = Actor(text, code, known.country, sector, known.name)
            held_office = self._known_office(name)
            if held_office:  # "Netanyahu met Trump … the president said": Trump is the president
                self.titles.setdefault(held_office, actor)
        elif role is not None and self._several_states_officials(p, role):
            # "Arab leaders met in Cairo", "Western diplomats said" in a story about Tehran:
            # officials of several states, of neither the place nor the state the story is about
            actor = Actor(text, role.entry.sector, None, role.entry.sector, name)
        elif titled is not None and not name:
            # "the foreign minister said": the one this document introduced with that title
            actor = Actor(text, titled.code, titled.country, titled.sector, titled.name)
        elif (place := self._place_actor(head, text)) is not None:
            return place  # "shelled Kharkiv", "travelled to Guangzhou": the place's state
        elif (held := self._office_holder_state(role)) is not None and not name:
            # a bare title: the one state in this story that had such an office-holder then
            actor = Actor(text, f"{held}{role.entry.sector or ''}", held, role.entry.sector, None)
        elif name and (holder := self._titled_holder(role, name)) is not None:
            # "King Abdullah": the king called Abdullah on that day (of a state in this story)
            actor = Actor(text, holder.code, holder.country, holder.sector, holder.name)
        elif role is not None and (owner := self._owning_anaphor(head)) is not None:
            # "the country's armed forces": the state "the country" stands for, not the speaker's
            sector = role.entry.sector
            actor = Actor(text, f"{owner.country}{sector or ''}", owner.country, sector, name)
        elif role is not None and self.at_venue and (partner := self._venue_partner_state(head)):
            # "talks between Maduro's government and the opposition in Barbados": at talks held
            # abroad, a side of a state's own conflict is of that state, not of the venue
            sector = role.entry.sector
            actor = Actor(text, f"{partner}{sector or ''}", partner, sector, name)
        elif role is not None and (place := self._sector_place(head)) is not None:
            # "soldiers in Niger", "fighters from Chechnya": the state the phrase places them in
            sector = role.entry.sector
            actor = Actor(text, f"{place}{sector or ''}", place, sector, name)
        elif head.lemma_.lower() in SIDES and (place := self._sector_place(head)) is not None:
            # "the warring parties in Sudan": the sides of a country's conflict, not its parties
            actor = Actor(text, place, place, None, None)
        elif role is not None and role.entry.sector in ARMED_SECTORS and any(
                c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in head.children):
            return None  # "would welcome foreign troops": someone else's, whose the text does not say
        elif role is not None and self._only(role) == "weapon":
            return None  # "a missile landed in a Polish village": a weapon of no state named is no one
        elif role is not None and self._only(role) == "named":
            if _a_doer(head):
                return None
            # "police arrested migrants": strangers where they are, of no state the text names
            actor = Actor(text, role.entry.sector, None, role.entry.sector, name)
        elif role is not None and (home := self._people_home(p)) is not None:
            # "40 Uyghur men were deported": a people with one home state are that state's
            sector = role.entry.sector
            actor = Actor(text, f"{home}{sector or ''}", home, sector, name)
        elif role is not None and (partner := self._between_partner_state(head)) is not None:
            # "talks between Maduro's government and the opposition in Barbados": the other
            # side of a state's own conflict is of that state, not of the venue
            sector = role.entry.sector
            actor = Actor(text, f"{partner}{sector or ''}", partner, sector, name)
        elif role is not None and (self.hint_country or self.default_country):
            # "police arrested protesters": a sector with no country belongs to the place of
            # the event, else to the state the story is about
            # ("the army would strike", said Israel's minister: the speaker's army);
            # an unknown name with a title ("opposition candidate Guy-Brice Kolelas") too
            sector = role.entry.sector
            # not "survivors said"; nor the state's foes: "militants" or "fighters" a state's
            # army speaks of are not its own ("killing three fighters, the command said")
            own = speaker is not None and speaker.sector in STATE_SECTORS and sector not in NONSTATE_ARMED
            state = (speaker.country if own else None) or self.hint_country or self.default_country
            actor = Actor(text, f"{state}{sector or ''}", state, sector, name)
        elif name and head.ent_type_ == "PERSON" and (self.hint_country or self.default_country):
            # someone the tables do not know, named in a story about one state: most likely
            # one of its own (the country is all we claim; the role stays unknown)
            state = self.hint_country or self.default_country
            actor = Actor(text, state, state, None, name)
        elif _span_actor_head(head):
            # "Gulf donors", "six world powers": someone acts, of no
            # state the text names; the phrase itself is all a reader can tell of them
            return Actor(text, "", None, None, name)
        else:
            return None
        if actor.sector == "MIL" and role is not None and role.kind == "sector" and any(
                self.by_token.get(t.i) is not None and self.by_token[t.i].kind == "region" for t in p.tokens):
            # "Tigrayan forces", "Kurdish fighters": a people's armed men are not the state's army
            actor = Actor(actor.text, f"{actor.country}REB", actor.country, "REB", actor.name)
        if actor.sector and actor.country and p.former:  # "the former chancellor"
            actor = Actor(actor.text, f"{actor.country}ELI", actor.country, "ELI", actor.name)
        self._remember(actor, name, head)
        return actor

    def _several_states_officials(self, p: "Phrase", role: Mention) -> bool:
        """A state's office or organ qualified by a word for a region of several states
        (region_words.tsv's `states`): "Arab leaders", "West African governments"."""
        if role.entry.sector not in STATE_SECTORS:
            return False  # "Arab protesters", "Western journalists": people where they are
        return any((m := self.by_token.get(t.i)) is not None and m.kind == "region"
                   and m.text.lower() in self.kb.several
                   and t.head.pos_ != "PROPN"  # not part of a name: "the army's Western Command"
                   for t in p.tokens)

    def _people_home(self, p: "Phrase") -> str | None:
        """The one home state of a people the phrase names ("Uyghur men"), if it has one."""
        for t in p.tokens:
            m = self.by_token.get(t.i)
            if m is not None and m.kind == "region" and m.text.lower() in self.kb.homes:
                return self.kb.homes[m.text.lower()]
        return None

    def _state_actor(self, p: "Phrase", head: Token) -> Actor:
        """A state named in the phrase, with the sector its role, body or capital gives."""
        role, name, known, country = p.role, p.name, p.known, p.country
        e = country.entry
        home = self._bare_body_state(country, head)
        if home is not None:  # "Bolsonaro supporters ransacked Congress": Brazil's congress
            e = Entry(e.kind, home, home, e.sector, e.name)
        sector = e.sector if country.kind == "metonym" else None
        if country.kind == "capital" and country.start <= head.i < country.end:
            sector = "GOV"  # "Moscow said": the capital speaks for the government
        if role is not None:
            sector = role.entry.sector
        office = role is not None and role.kind == "office"
        if (name or office) and p.former:
            sector = "ELI"  # "the former chancellor", "ex-president Zuma"
        elif name and role is None and sector is None and known is not None and known.country == e.country:
            sector = known.sector  # the text names the country, the office table the role
        actor = Actor(p.text, f"{_country_code(e)}{sector or ''}", e.country, sector, name or e.name)
        self._remember(actor, name, head)
        if office:
            self.titles[self.kb.offices.get(role.text.lower(), role.text.lower())] = actor
        if not name and head.dep_ in ("nsubj", "nsubjpass"):
            if office:
                self.last_person = actor  # "Iran's chief negotiator said he …": a titled person
                self.recent_people.append(actor)
            else:
                self.last_state = actor  # "Iran said it …"
        return actor

    def _bare_body_state(self, mention: Mention, head: Token) -> str | None:
        """A bare name that metonyms.tsv gives one state but that every state's body bears
        (it is also a sectors.tsv word: "Congress", "Foreign Office") names the body of another
        state when the sentence is clearly about that one: the place of the event, else the
        one state whose people the sentence names ("Bolsonaro supporters", "Peruvian
        lawmakers"), unless it names the usual state too. None: the usual state stands."""
        if mention.kind != "metonym" or mention.entry.sector not in INSTITUTION_SECTORS or not any(
                e.kind == "sector" for e in self.kb.phrases.get(mention.text.lower(), [])):
            return None
        usual = mention.entry.country
        if self.hint_country:
            return self.hint_country if self.hint_country != usual else None
        sent = head.sent
        around = [m for m in self.mentions if sent.start <= m.start < sent.end and m is not mention
                  and m.entry.country and len(m.entry.country) == 3]
        # a state's own people who act ("Bolsonaro supporters stormed …"), not its leader, who
        # as often addresses another state's body as a guest ("Zelensky urged Congress"), nor
        # whom the body acts on ("Congress sanctioned Russian banks")
        people = {m.entry.country for m in around if _in_subject(self.doc[m.end - 1]) and (m.kind == "demonym" or (
            m.kind == "person" and getattr(self._known_person(m.text), "sector", None) != "GOV"))}
        if len(people) != 1 or usual in {m.entry.country for m in around}:
            return None
        return people.pop()

    def _only(self, mention: Mention) -> str | None:
        """Where a sector word names its people (sectors.tsv's `only`): "target" (only as the
        ones an act befalls), "named" (only with a country the phrase names), "weapon" (the
        force of a country the phrase names, else no one), None (anywhere)."""
        return self.kb.only.get(mention.text.lower()) if mention.kind == "sector" else None

    def _known_office(self, name: str | None) -> str | None:
        for key in _name_keys(name or ""):
            tenures = self.kb.tenures(key, self.day)
            if tenures and tenures[0].office:
                return self.kb.offices.get(tenures[0].office, tenures[0].office)
        return None

    def _titled_holder(self, role: Mention | None, name: str):
        """The tenure of the one holder of the titled office on the day whose name contains
        every word written ("King Abdullah" → Abdullah II); among several, the one whose state
        the document names."""
        if role is None or role.kind != "office":
            return None
        words = set(name.lower().split())
        self.kb.holders(role.text.lower(), self.day)  # fills the office index
        canon = self.kb.offices.get(role.text.lower(), role.text.lower())
        found = [t for t in self.kb._by_office.get(canon, []) if t.valid_on(self.day)
                 and len(t.country) == 3 and words <= set(t.name.lower().split())]
        if len({t.country for t in found}) > 1:
            named = {m.entry.country for m in self.mentions if m.entry.country and m.kind != "office"}
            found = [t for t in found if t.country in named]
        return found[0] if len({t.country for t in found}) == 1 else None

    def _sector_place(self, head: Token) -> str | None:
        """The state in a prepositional phrase hanging on a sector word: "troops in Mali"."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                mention = self.by_token.get(pobj.i) if pobj is not None else None
                if mention is not None and mention.kind == "country":
                    return mention.entry.country
        return None

    def _office_holder_state(self, role: Mention | None) -> str | None:
        if role is None or role.kind != "office" or self.kb.offices.get(role.text.lower()) in LOCAL_OFFICES:
            return None  # the tables list a few of the world's governors and mayors, not all of them
        named = {m.entry.country for m in self.mentions if m.entry.country and m.kind != "office"}
        held = self.kb.holders(role.text.lower(), self.day) & named
        return next(iter(held)) if len(held) == 1 else None

    def _place_actor(self, head: Token, text: str) -> Actor | None:
        """A town or region named where an actor is expected stands for its country."""
        if head.pos_ != "PROPN" or self._known_person(head.text):
            return None
        start = head
        while start.i > 0 and head.doc[start.i - 1].dep_ == "compound" and head.doc[start.i - 1].pos_ == "PROPN":
            start = head.doc[start.i - 1]
        name = head.doc[start.i: head.i + 1].text
        context = sorted({m.entry.country for m in self.mentions if m.entry.country})
        place = resolve_place(name, context_countries=context)
        pinned = pinned_country(head)
        if place is None and pinned is not None and head.ent_type_ in ("GPE", "LOC"):
            # "attacked Mueda in northern Mozambique": a town the gazetteer lacks, in a named state
            return Actor(text, pinned, pinned, None, name)
        if place is None or place.kind == "country":
            return None
        # the small model tags many towns as people or organisations: unless it saw a place,
        # only a sizeable town or a region is trusted (a city of millions even against "PERSON")
        population = place.population or 0
        if head.ent_type_ == "PERSON" and (place.kind != "city" or population < 500_000):
            return None
        if head.ent_type_ not in ("GPE", "LOC", "FAC") and place.kind == "city" and population < 100_000:
            return None
        if place.small_town_for(head.ent_type_):
            return None  # "a trip to Africa": the continent, not a small town of that name
        if pinned is not None and pinned != place.country:
            # "Palma in northern Mozambique": the text pins the name to a state the gazetteer
            # has no such place in; a namesake elsewhere is not meant
            return Actor(text, pinned, pinned, None, name)
        return Actor(text, place.country, place.country, None, place.name)

    def _person_name(self, tokens: list[Token], head: Token) -> str | None:
        """Proper-noun tokens of the phrase that no gazetteer entry covers: a person's name."""
        words, run = [], []
        for tok in tokens:
            if _through_preposition(tok, head):
                continue  # "the governor of Red Sea state": a place in an of-phrase, not a name
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

    def known_person(self, name: str) -> bool:
        """Do the tables know this name as a person (in office on the day or not)?"""
        keys = _name_keys(name)
        return any(self.kb.tenures(k, self.day) or self.kb.people.get(k) for k in keys) \
            or bool(self.kb.surname_tenures(name.lower(), self.day))

    def _known_person(self, name: str) -> Actor | None:
        """A person the document already placed, else the office they held on the day."""
        for key in _name_keys(name):
            if key in self.people:
                return self.people[key]
        for key in _name_keys(name):
            tenures = self.kb.tenures(key, self.day) or (self.kb.surname_tenures(key, self.day) if key == name.lower() else [])
            if tenures:  # "Maduro said": the one Maduro in office that day
                return _tenure_actor(name, tenures[0], self.kb)
            if self.kb.people.get(key):  # known, but out of office on that day
                t = self.kb.people[key][0]
                if len(t.country) == 3:
                    return Actor(name, f"{t.country}ELI", t.country, "ELI", t.name)
                group = self.kb.bodies.get(t.country)
                if group is not None and group.kind == "group":
                    # a movement's leader stays its man out of office (or dead): bin Laden
                    return _tenure_actor(name, t, self.kb)
        return None

    def _remember(self, actor: Actor, name: str | None, head: Token) -> None:
        """Keep the role for later mentions; a subject becomes what 'he'/'she' refers to."""
        if not name:
            return
        for key in _name_keys(name):
            self.people[key] = actor
        if not self.recent_people or self.recent_people[-1].name != actor.name:
            self.recent_people.append(actor)
        if head.dep_ in ("nsubj", "nsubjpass"):
            self.last_person = actor


def _a_bare_count(head: Token) -> bool:
    """A number that is the whole phrase an act befalls: "killed 15", "15 were abducted" (not a
    date, a sum or a share; not the doer, "15 attacked"; not "one" of "one another" or "struck a
    one-in, one-out deal"; not a count of things, "shot down five of them", "one of the boats")."""
    return (head.pos_ == "NUM" and head.tag_ == "CD" and head.dep_ in ("dobj", "nsubjpass")
            and head.lower_ != "one" and not any(c.dep_ == "prep" for c in head.children)
            and head.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"))


def _a_common_noun(tok: Token) -> bool:
    """A noun, or a lowercase word the tagger took for a name ("the bloc" tagged PROPN)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def _in_subject(tok: Token) -> bool:
    """Is the word part of a clause's subject ("Bolsonaro supporters", "Peruvian lawmakers")?"""
    while tok.head.i != tok.i and (tok.dep_ in ("compound", "amod", "poss", "nmod") or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of")):  # "thousands of Peruvian farmers"
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _possessor(mention: Mention, doc: Doc) -> bool:
    """Is the mention a possessor ("Tbilisi's", "Russia's")?"""
    return any(doc[i].dep_ == "poss" for i in range(mention.start, mention.end))


def _a_doer(head: Token) -> bool:
    """Does the phrase do the act of its clause: the subject of an active verb ("a man shot
    the prime minister"), or the agent of a passive one ("was shot by a man")?"""
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def _through_preposition(tok: Token, head: Token) -> bool:
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("pobj", "prep"):
            return True
        tok = tok.head
    return False


def _allegiance_prefix(doc, mention: Mention) -> bool:
    before = tokens_text(doc, mention.start - 2, mention.start).lower().replace(" ", "") if mention.start >= 2 else ""
    return before in ("pro-", "anti-")


def _tenure_actor(text: str, t, kb: KnowledgeBase | None = None) -> Actor:
    if len(t.country) == 3:
        return Actor(text, t.code, t.country, t.sector, t.name)
    # a post in an IGO or armed group: the body's code; an armed group's home state as country
    body = kb.bodies.get(t.country) if kb is not None else None
    if body is not None and body.kind == "group":
        return Actor(text, t.country, body.country, t.sector or body.sector, t.name)
    return Actor(text, t.country, None, t.sector, t.name)


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
    return tokens_text(doc, start, end)


def listed_siblings(tok: Token) -> list[Token]:
    """The items of a list of modifiers that the parser hung side by side on one head instead of
    chaining them as conjuncts ("Sweden's and Finland's bids", "the French, Belgian and Rwandan
    embassies"): a modifier with its own comma or "and" is followed by the next one."""
    if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i:
        return []
    items = [c for c in tok.head.children if c.dep_ == tok.dep_]
    found: list[Token] = []
    for before, after in zip(items, items[1:]):
        if any(c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ",") for c in before.children) \
                and (tok in (before, after) or before in found):
            found += [t for t in (before, after) if t is not tok and t not in found]
    return found


def _listed_items(tok: Token) -> list[Token]:
    """The other items of a list `tok` heads: its conjuncts, also those the parser hangs on a
    proper-noun apposition when the list has three or more items ("the presidents of
    Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan": Kyrgyzstan is read as an apposition)."""
    out = list(tok.conjuncts)
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        out += [t for t in (appos, *appos.conjuncts) if t not in out]
    return out


def _listed_modifiers(head: Token) -> list[Token]:
    """The other items of the modifier lists on `head` (with their conjuncts), beside the one
    that `resolve` reads: none for a lone modifier ("the Swiss franc")."""
    items = [c for c in head.children if c.dep_ in MODIFIER_DEPS]
    return [t for c in items for s in (c, *listed_siblings(c)) for t in ((s, *s.conjuncts) if s is not c else s.conjuncts)]


def counted_pair(head: Token) -> Token | None:
    """The word a phrase counts as two or more ("the *two countries*", "*both sides*", "the
    three *states*", "the two *Koreas'* leaders"): the head or its owner; None when nothing is
    counted. A bare number stands for parties only as "two" ("the two signed a pact")."""
    if (head.lower_ == "two" and head.pos_ == "NUM") or (head.lower_ == "both" and head.dep_.startswith("nsubj")):
        return head  # "the two signed a pact", "both said"
    owners = [] if head.lemma_.lower() in BORDER_NOUNS else [c for c in head.children if c.dep_ == "poss"]
    for tok in [head, *owners]:  # "where the three countries' borders meet": a place, not the states
        counts = [GROUP_COUNTS[c.lower_] for c in tok.children
                  if c.dep_ in ("nummod", "det", "predet") and c.lower_ in GROUP_COUNTS]
        if counts and (counts[0] == 2 or any(c.lower_ == "the" for c in tok.children)):
            return tok  # more than two only as "the three …": "three leftist governments" are new
    return None


def _warring_sides(head: Token) -> bool:
    """'the warring parties', 'all sides', 'the belligerents': the sides of a conflict, uncounted."""
    lemma = head.lemma_.lower()
    if lemma in BELLIGERENT_NOUNS:
        return True
    return lemma in SIDES and any(c.lower_ in SIDE_MARKERS and c.dep_ in ("det", "amod", "predet")
                                  for c in head.children)


def group_count(counted: Token) -> int:
    """How many a counted word (see counted_pair) names: 'both sides' two, 'the three states' three."""
    if counted.lower_ in GROUP_COUNTS:
        return GROUP_COUNTS[counted.lower_]
    return next(GROUP_COUNTS[c.lower_] for c in counted.children
                if c.dep_ in ("nummod", "det", "predet") and c.lower_ in GROUP_COUNTS)


def _object_of_a_borrowed_subject(pronoun: Token) -> bool:
    """Is the pronoun the object of a clause that takes its subject from the clause above
    ("…, accusing it of", "…, urging them to")? Not when the clause above lends its object as
    subject ("prompting Kyiv to accuse it"), nor when the pronoun gets a verdict ("calling it a
    provocation": mostly the deed just named)."""
    if pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "oprd") for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children))


def coordinated_antecedent(pronoun: Token) -> list[Token]:
    """'Turkey and Egypt announced that they would …': the coordinated subject a plural
    pronoun stands for (each of its members), or [] when it stands for no such pair."""
    if pronoun.lower_ not in ("they", "them") or _object_of_a_borrowed_subject(pronoun):
        return []  # "…, accusing them of…": the subject's clause acts on others, not on itself
    node = pronoun.head
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl"):
            subjs = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            subj = subjs[0] if subjs else None
            if subj is not None and subj.pos_ != "PRON":
                # "Chad, Sudan and Libya said": the parser may make two list items subjects
                more = [t for s in subjs[1:] if s.pos_ == "PROPN" for t in (s, *s.conjuncts)]
                items = [*subj.conjuncts, *more] or _apposed_list(subj)
                return [subj, *items] if items else []
        node = node.head
    return []


def _list_head(tok: Token) -> Token:
    """The first item of the list `tok` is in (the parser chains items by conj and appos)."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _apposed_list(tok: Token) -> list[Token]:
    """'Mali, Burkina Faso and Niger said they…': the parser reads the second item as an
    apposition that carries the rest of the list; only a proper-noun apposition with its own
    conjuncts is a list, not a title ("Putin, Russia's President")."""
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        if appos.conjuncts:
            return [appos, *appos.conjuncts]
    return []


def _in_inner_clause(tok: Token, clause: Token) -> bool:
    """'arrested an officer on suspicion of spying for Russia': named inside a clause of its own
    below `clause`, not one the clause acted on."""
    tok = tok.head
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "conj":  # "… and scrapped a trip to Israel" is the clause
            return True
        tok = tok.head
    return False


def _own_state(actor: Actor, accuser: Actor) -> bool:
    """'Algiers severed ties, accusing its neighbour': a state and its own government are one side."""
    return actor.country is not None and actor.country == accuser.country and (
        accuser.code == accuser.country or actor.code == actor.country or actor.sector == accuser.sector)


def _span_actor_head(head: Token) -> bool:
    """A phrase no table places that still names someone acting: a plural word for those who
    fund or bargain with a state as a body ("donors", "six world powers"); not "other donors",
    more of a list named beside them."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lower_ not in ACTING_PEOPLE:
        return False
    return not any(c.lower_ == "other" for c in head.children)


def _compound_of(tok: Token, head: Token) -> bool:
    """Is `tok` part of a compound name ending in `head` ("Paris climate agreement")?"""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head.i:
            return True
    return False
