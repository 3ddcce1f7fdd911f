"""Offers aimed at whom they are for.

"Was prepared to discuss security guarantees for Ukraine", "stands ready to finance the dam if
Dhaka asks", "told Trump he was ready to rebuild trade ties": an act someone offers, pledges or is
ready to do, whose own roles name no one, is an intent to cooperate (03x) aimed at whom its words
name, at whoever must meet its condition, or at whom it was told.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link
from allegiance.coder.syntax import CONTEXT_PREPS, Candidate, _child, _object_words, conjuncts


class Offers:
    """Methods of `PredicateFinder` (predicates.py) for offers; they use its tables, `_keys`,
    `_named_inside`, `_conditioned` and `could_be_actor`."""

    def _offer_aimed(self, verb: Token, act: Token, sources: list[Token], inherited: bool) -> Candidate | None:
        """'was prepared to discuss security guarantees for Ukraine', 'stands ready to finance the
        dam if Dhaka asks', 'told Trump he was ready to rebuild trade ties': an offered act whose
        own roles name no one is offered to whom its words name, to whoever must meet its
        condition, or to whom it was told."""
        if any(c.dep_ == "neg" for c in (*verb.children, *verb.head.children)):
            return None  # "will never promise to renounce force": no offer is made
        code = self.p.frame_code("intent", self._act_code(act) or "*")
        if code is None or not code.startswith("03"):
            return None  # an intent to harm that names no one is no offer
        named = [t for t in self._named_in_roles(act) if t not in sources]
        aimed = conjuncts(named[0]) if named else self._conditioned(act, verb, verb.head) or self._told(verb)
        if not aimed:
            return None
        return Candidate(code, f"offer:{verb.lemma_.lower()}>{act.lemma_.lower()}", act, verb, sources, aimed,
                         Link("obj"), inherited_source=inherited, weight=0.6)

    def _named_in_roles(self, act: Token) -> list[Token]:
        """Actors named in what an act is done to or for ("guarantees for Ukraine", "the repair
        of Ukraine's grid"), not in when or where it is said ("after talks with Erdogan") nor in
        the name of a thing ("Patriot systems")."""
        roles = [c for c in act.children if c.dep_ in ("dobj", "dative", "xcomp")
                 or (c.dep_ == "prep" and c.lower_ not in CONTEXT_PREPS)
                 or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        return [t for r in roles for t in self._named_inside(r)
                if not (t.dep_ == "compound" and t.head.pos_ == "NOUN")
                # "under a deal brokered by the Vatican": who made the deal is not whom the act is for
                and not any(a.dep_ in ("relcl", "agent") for a in t.ancestors if act.is_ancestor(a))]

    def _act_code(self, act: Token) -> str | None:
        """The code an act carries whoever it is aimed at: the event its light verb's object
        names ("sign a peace deal"), its own row for its object ("finance the project"), or the
        act it keeps on with ("keep supplying gas")."""
        obj = _child(act, "dobj")
        if obj is not None and self.p.frames.get(act.lemma_.lower()) == "light":
            modifiers = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound", "nmod")}
            code = next((r.code for r in self.p.nouns.get(obj.lemma_.lower(), [])
                         if r.words is None or r.words & modifiers), None)
            if code is not None:
                return code
        words = {lemma for _, lemma in _object_words(obj)}
        code = next((r.code for k in self._keys(act) for r in self.p.verbs.get(k, [])
                     if r.words is None or r.words & words), None)
        further = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        return code or (self._act_code(further) if further is not None else None)

    def _told(self, clause: Token) -> list[Token]:
        """Whom the clause was told to: "told Trump (that) he was ready to …"."""
        while clause.dep_ not in ("ccomp", "ROOT") and clause.head is not clause:
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in self.speech:
            return []
        hearer = next((c for c in speech.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"), None)
        return [t for t in conjuncts(hearer) if self.could_be_actor(t)] if hearer is not None else []
