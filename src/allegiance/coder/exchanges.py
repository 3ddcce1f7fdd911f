"""Exchanges and acts of sides on each other.

"Venezuela freed ten Americans in exchange for Alex Saab, held in the United States": a release in
exchange for people is also the other side's release of them (clauses.yaml `exchange_nouns`,
`release_nouns`, `exchanged_people`). "Brazil and Argentina rolled back tariffs on each other's
steel", "Moscow and Kyiv each handed over 390 prisoners": coordinated sides yield to each other
(`mutual_pronouns`, `mutual_roots`, `exchange_codes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link, Rule
from allegiance.coder.syntax import AGENT_DEPS, SUBJECT_DEPS, Candidate, _child, _reciprocal, conjuncts, place_name

PAIR = Link("prep", frozenset({"between"}))  # asks `_reciprocal` only whether the sides are a pair


class Exchanges:
    """Methods of `PredicateFinder` (predicates.py) for exchanges; they use its tables, `targets`,
    `could_be_actor` and `_named_state`."""

    def _mutual(self, verb: Token, rule: Rule, matched: Token | None) -> bool:
        """Coordinated sides that act on each other: the target phrase is 'each other' ('lifted
        tariffs on each other's goods', 'the duties they had imposed on each other'), or each of
        them gives people back ('Moscow and Kyiv each handed over 390 prisoners')."""
        if rule.link.kind == "none":
            return False
        if not rule.code.startswith(tuple(self.mutual_roots)):
            # "accused each other of shelling", "with Moscow and Kyiv blaming each other": the
            # verb's row gives the code, the pronoun only its targets (not under a pledge: see
            # `mutual_roots`)
            return self._reciprocal_object(verb, rule, matched) and not self._backdrop(verb)
        phrases = self.targets(verb, rule.link, matched if rule.words else None, places=True)
        if rule.link.kind == "obj" and _child(verb, "dobj") is not None:
            phrases = [_child(verb, "dobj")]
        if any(t.lower_ in self.mutual_pronouns or any(c.dep_ == "poss" and c.lower_ in self.mutual_pronouns
                                                       for c in t.children) for t in phrases):
            return True
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]  # "Russia and Ukraine each …"
        each = any(c.lower_ == "each" and c.dep_ in ("nsubj", "advmod", "npadvmod") for c in verb.children) \
            or any(g.lower_ == "each" for s in subjects for g in s.children)  # however the parser hangs it
        return each and rule.code.startswith(tuple(self.exchange_codes))

    def _reciprocal_object(self, verb: Token, rule: Rule, matched: Token | None) -> bool:
        """The verb's target is the pronoun itself ('accused each other', 'fired at one another',
        'blamed each other for'), not a thing of theirs ('each other's diplomats' names whose
        people are acted on, left to `mutual_roots`)."""
        phrases = self.targets(verb, rule.link, matched if rule.words else None, places=True)
        if rule.link.kind == "obj" and _child(verb, "dobj") is not None:
            phrases = [_child(verb, "dobj")]
        marks = self.p.clauses["reciprocal_marks"]
        if self._distributive(verb):
            marks = [*marks, "the"]  # "each side accusing the other"
        return any(self._reciprocal_pronoun(t, marks) for t in phrases)

    def _reciprocal_pronoun(self, tok: Token, marks: list[str]) -> bool:
        """'each other', 'one another', however the parser splits it: 'other' under 'each', or
        'one' over 'another'."""
        if tok.lower_ in self.mutual_pronouns:
            return any(c.lower_ in marks for c in tok.children)
        return tok.lower_ in marks and any(c.lower_ in self.mutual_pronouns for c in tok.children)

    def _backdrop(self, verb: Token) -> bool:
        """'pledged not to threaten or use force against each other': a promise, coded as such by
        its frame; 'the tariffs they had imposed on each other': what a thing is, not a new act."""
        while verb.dep_ == "conj":
            verb = verb.head
        return verb.dep_ == "relcl" or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.p.frames)

    def _distributive(self, verb: Token) -> bool:
        """The subject is 'each side', 'each': one of a pair named elsewhere."""
        return any(s.lower_ in self.p.clauses["distributives"]
                   or any(c.lower_ in self.p.clauses["distributives"] for c in s.children)
                   for s in verb.children if s.dep_ in SUBJECT_DEPS)

    def each_side(self, verb: Token) -> list[Token]:
        """'…, with each side accusing the other', '…, each blaming the other': the sides are the
        pair the clause it hangs on names ('Chinese and Philippine ships collided')."""
        if not self._distributive(verb):
            return []
        head = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else verb.head
        if head is verb or verb.dep_ not in ("pcomp", "advcl", "conj"):
            return []
        sides = self.subjects(head)
        return sides if _reciprocal(PAIR, sides) else []

    def exchanged(self, cand: Candidate) -> Candidate | None:
        """'Venezuela freed ten Americans in exchange for Alex Saab, held in the United States':
        a release in exchange for people is also the other side's release of them. Who gives them
        back is who holds them ('held by Israel', 'in Israeli prisons'), else whom the first
        release went to; they go to their own state where the phrase names it ('Palestinian
        prisoners'), else to the side that freed the first."""
        if not cand.code.startswith("0841") or cand.trigger.pos_ not in ("VERB", "AUX"):
            return None
        deal = next((d for p in cand.trigger.children if p.dep_ == "prep" and p.lower_ == "in"
                     and (d := _child(p, "pobj")) is not None and d.lemma_.lower() in self.exchange_nouns), None)
        if deal is None:
            return None
        given = next((_child(p, "pobj") for p in deal.children if p.dep_ == "prep" and p.lower_ == "for"), None)
        if given is not None and given.lemma_.lower() in self.release_nouns:  # "for the release of …"
            given = next((_child(p, "pobj") for p in given.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if given is None:
            return None
        holders = self._holders(given)
        sources = holders or cand.targets
        targets = [given] if self._a_people(given) else cand.sources
        if not sources or not targets:
            return None
        return Candidate(cand.code, f"exchange:{cand.rule}", deal, frame=cand.head, sources=sources,
                         targets=targets, link=Link("obj"), weight=cand.weight - 0.1)

    def _released_by_holder(self, passive: list[Token], cand: Candidate) -> list[Token]:
        """'Marc Fogel, an American teacher held in Russia, was released': with no agent named,
        who releases people is who held them (`held_release_codes`), said of them or of the
        phrase in apposition to them, when the phrase also names the people's own state."""
        if not cand.code.startswith(self.held_release_codes):
            return []
        phrases = [q for p in passive for q in (p, *(c for c in p.children if c.dep_ == "appos"))]
        if not any(self._named_state(p, AGENT_DEPS) for p in phrases):
            return []  # "women and children held in Gaza": whose people they are is not said
        return next((h for p in phrases if (h := self._holders(p))), [])

    def _holders(self, people: Token) -> list[Token]:
        """Who holds people: 'prisoners held by Israel', 'released by Israel', 'who had been held in
        the United States', 'women held in Israeli prisons'."""
        for clause in (c for c in people.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            # the "by" phrase first: "kidnapped in Baghdad by the militia" was held by the militia
            for child in sorted(clause.children, key=lambda c: c.lower_ != "by"):
                pobj = _child(child, "pobj")
                if pobj is None or child.dep_ not in ("agent", "prep") or child.lower_ not in ("by", "in"):
                    continue
                if child.lower_ == "by" and self.could_be_actor(pobj):
                    return conjuncts(pobj)
                if place_name(pobj) or (pobj.pos_ == "PROPN" and self.could_be_actor(pobj)):
                    return [pobj]  # "held in Kabul", "held in Iran"
                if self._named_state(pobj, AGENT_DEPS):  # "in Israeli prisons"
                    return self._named_state(pobj, AGENT_DEPS)
        return []

    def _a_people(self, people: Token) -> bool:
        """People given back who name their own state: 'Palestinian prisoners', 'Venezuelans'
        (not bare 'prisoners', nor a person's name)."""
        if people.pos_ == "PROPN" or not self.could_be_actor(people):
            return False
        return bool(self._named_state(people, AGENT_DEPS)) or people.lemma_.lower() not in self.exchanged_people
