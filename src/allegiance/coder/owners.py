"""Whose a thing or a decision is, when the phrase names no actor itself.

"Protected the capital's airport", "sites used by the Houthis", "a ban on Russian imports",
"extended Russia sanctions", "blocked crossings on the Ukrainian border", "Niger's plan to
nationalise": an object that is a thing, a measure or a plan points at an actor through a
possessor, an "of"/"from"/"by" phrase, a participle of holding, or a state named before it. These
helpers find that owner, so that targets and sources can be read through things.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link
from allegiance.coder.passives import agrees_word
from allegiance.coder.syntax import AGENT_DEPS, NAMED_TARGET_PREPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, _child, conjuncts


PLACE_ENTITIES = ("GPE", "LOC")
BODY_ENTITIES = ("PERSON", "ORG", "NORP", "FAC")  # "close to Putin", "close to the Kremlin"


class Owners:
    """Methods of `PredicateFinder` (predicates.py) for the owners of things and decisions; they use
    its tables and `subjects`."""

    def _owner(self, thing: Token) -> list[Token]:
        """Whose the object is, when the object names no actor: "protected the capital's
        airport", "funds the reconstruction of Gaza", "searched the Saudi consulate"."""
        for child in thing.children:
            if child.dep_ == "poss" and child.lower_ not in self.reflexive and child.pos_ == "PROPN":
                return [t for t in conjuncts(child) if self.could_be_actor(t)]
        for prep in ("of", "from"):  # "the reconstruction of Gaza", "tariffs on imports from Canada"
            found = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == prep), None)
            pobj = _child(found, "pobj")
            if pobj is not None and pobj.pos_ == "PROPN":
                return [t for t in conjuncts(pobj) if self.could_be_actor(t)]
        users = self._users(thing)
        if users:
            return users
        # "welcomed the agreement between Israel and the UAE": the parties to it
        between = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        return [t for t in conjuncts(_child(between, "pobj")) if self.could_be_actor(t)]

    def _members_body(self, person: Token) -> list[Token]:
        """"sanctions on officials in Maduro's government", "figures close to Putin", "members of
        the junta": people named only as members of a body (`member_nouns`, with one of
        `member_preps` or "close/loyal to") stand for that body, whatever the bare noun would name."""
        c = self.p.clauses
        if person.pos_ != "NOUN" or person.lemma_.lower() not in c["member_nouns"] \
                or any(m.dep_ in ("compound", "amod", "nmod", "poss") and m.text[:1].isupper()
                       and self.could_be_actor(m) for m in person.children):
            return []  # "Hamas leaders in Doha", "UN staff members": the noun names its body itself
        preps = [p for p in person.children if p.dep_ == "prep" and p.lower_ in c["member_preps"]]
        preps += [p for a in person.children if a.dep_ in ("amod", "acl") and a.lemma_.lower() in c["member_adjectives"]
                  for p in a.children if p.dep_ == "prep" and p.lower_ == "to"]
        for prep in preps:
            body = _child(prep, "pobj")
            if body is None or body.ent_type_ in PLACE_ENTITIES or (body.pos_ == "PROPN" and body.ent_type_ not in BODY_ENTITIES):
                continue  # "leaders in Beirut", "ministers in Sanaa": a scene, not a body
            found = [t for t in conjuncts(body) if self.could_be_actor(t)] or self._owner(body)
            if found:
                return found
        return []

    def _arrested_owner(self, deed: Token, pred: Token) -> list[Token]:
        """"fled after a court issued a warrant for his arrest": an arrest (`owned_arrests`) whose
        possessor is a personal pronoun (`singular_possessives`, `plural_possessives`), in a clause under another, befalls
        that clause's subject, as a passive's pronoun does (`_stood_for`)."""
        poss = next((c for c in deed.children if c.dep_ == "poss"), None)
        word = "" if poss is None else poss.lower_
        pron = "they" if word in self.p.clauses["plural_possessives"] \
            else "he" if word in self.p.clauses["singular_possessives"] else None
        if pron is None or deed.lemma_.lower() not in self.p.clauses["owned_arrests"] \
                or pred.dep_ not in ("advcl", "conj", "ccomp"):
            return []
        governor = [c for c in pred.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        return [t for t in governor[:1] if self.could_be_actor(t) and agrees_word(pron, t)]

    def _users(self, thing: Token) -> list[Token]:
        """Who holds a thing a participle says is theirs (`owner_participles`): "sites used by
        the Houthis", "positions held by ethnic Armenian fighters", "targets linked to
        Iran-backed militias"."""
        for clause in thing.children:
            if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in self.owner_participles:
                continue
            by = next((_child(c, "pobj") for c in clause.children if c.dep_ in ("agent", "prep")
                       and c.lower_ in ("by", "to")), None)
            if by is not None and self.could_be_actor(by):
                return conjuncts(by)
        return []

    def _named_state(self, noun: Token, deps: tuple[str, ...] = ("amod",)) -> list[Token]:
        """The state an adjective or name before a noun names: where a thing comes from ("a ban
        on *Russian* imports"), or, with compounds, who does an act ("an *Israeli* strike", "*US*
        sanctions")."""
        return [c for c in noun.lefts if c.dep_ in deps and c.pos_ in ("ADJ", "PROPN")
                and c.text[:1].isupper() and self.could_be_actor(c)][:1]

    def _sellers_named(self, goods: Token) -> list[Token]:
        """The states named before goods bought ("discounted *Russian* crude", "*US* jets"): a
        capitalised adjective or name, not a common noun that may read as a sector ("*fighter*
        jets" is no seller, and no army of the buyer's own)."""
        return [c for c in goods.children if c.dep_ in ("amod", "compound", "nmod")
                and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper() and self.could_be_actor(c)]

    def _named_target(self, thing: Token | None, link: Link, verb: Token | None = None) -> list[Token]:
        """'extended Russia sanctions', 'lifted Iranian oil restrictions', 'suspended Russian gas
        imports': a measure or goods (`named_target_objects`) with a state named before them, where
        the row wants an "on", "against" or "from" phrase that the sentence lacks, is aimed at
        that state — the reporter folded the phrase into the name. Not under a verb of joining
        another's measure ("enforced US sanctions"): there the state is the measure's author."""
        if thing is None or link.kind != "prep" or not link.preps & NAMED_TARGET_PREPS \
                or thing.lemma_.lower() not in self.named_targets \
                or (verb is not None and verb.lemma_.lower() in self.joining):
            return []
        return self._named_state(thing, AGENT_DEPS)

    def _across_border(self, thing: Token) -> list[Token]:
        """A crowd's blockade of a crossing into another state ("blocked border crossings with
        Ukraine", "blocked crossings on the Ukrainian border") is aimed at that state, not at the
        crowd's own government: the state named with the border (`border_words`)."""
        words = self.p.clauses["border_words"]
        places = [thing] + [p for prep in thing.children if prep.dep_ == "prep" and prep.lower_ in ("on", "at", "along")
                            for p in [_child(prep, "pobj")] if p is not None]
        if not any(p.lemma_.lower() in words or any(c.dep_ == "compound" and c.lemma_.lower() in words
                                                     for c in p.children) for p in places):
            return []
        beyond = [t for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "with"
                  for p in [_child(prep, "pobj")] if p is not None for t in conjuncts(p) if self.could_be_actor(t)]
        return beyond or [t for p in places if p.lemma_.lower() in words for t in self._named_state(p)]

    def _destination(self, goods: Token) -> list[Token]:
        """Where goods or trade a measure falls on are going: "curbs on *sales* of chips *to China*",
        "restrictions on chips *bound for* China" (`destined_participles`). The goods, or the goods
        an "of" phrase counts, name the state a "to" phrase or a participle of going leads to."""
        things = [goods] + [p for c in goods.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in [_child(c, "pobj")] if p is not None]
        for thing in things:
            preps = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "to"]
            preps += [c for clause in thing.children if clause.dep_ == "acl"
                      and clause.lemma_.lower() in self.destined_participles
                      for c in clause.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
            for prep in preps:
                pobj = _child(prep, "pobj")
                if pobj is not None and pobj.pos_ == "PROPN" and self.could_be_actor(pobj):
                    return [t for t in conjuncts(pobj) if self.could_be_actor(t)]
        return []

    def _state_before(self, thing: Token) -> list[Token]:
        """The state named before a thing, or before the goods it counts: "a ban on *Russian*
        imports", "duties on 2.8 billion euros of *American* products"."""
        counted = next((_child(c, "pobj") for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return self._named_state(thing) or (self._named_state(counted) if counted is not None else [])

    def _owned_deed(self, verb: Token) -> bool:
        """Is the verb a deed named as someone's decision, move or plan (`deed_nouns`): "the
        decision to expel", "Niger's plan to nationalise"?"""
        return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in self.deed_nouns \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _deed_owners(self, noun: Token) -> list[Token]:
        """Who owns a decision or plan: its possessor (a pronoun only under a verb of owning it),
        a "by" phrase, a state named before it ("the Belgian decision"), or the subject of a verb
        of owning it (`deed_owning_verbs`: "has no plans to", "approved a plan to")."""
        owning = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.deed_owning
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.reflexive), None)
        if owner is not None and owner.pos_ == "PRON":
            # "defended his decision to ring Putin" is the defender's; whom "its" means in
            # "hit back at Washington over its decision" the clause does not say
            return [t for t in self.subjects(noun.head) if self.could_be_actor(t)] if owning else []
        if owner is not None:
            return conjuncts(owner)
        by = next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None and self.could_be_actor(by):
            return conjuncts(by)
        named = self._named_state(noun, AGENT_DEPS)
        if named:
            return named
        if owning:
            return [t for t in self.subjects(noun.head) if self.could_be_actor(t)]
        return []
