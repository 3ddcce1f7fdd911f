"""Demands stated as orders, as reported nouns, and as demanded deeds with no actor in them.

"A judge ordered the administration to halt the flights", "told foreign critics to stop meddling": an
order to another actor (clauses.yaml `directive_verbs`) is a demand (CAMEO 10, frame "demand") on it.
"Rejected Kinshasa's demand that Kigali withdraw", "brushing aside Moscow's demand for elections": a
demand reported as a noun (`demand_nouns`, `pressing_nouns`) is its author's, on whoever must act.
"Summoned the Russian ambassador to demand the withdrawal of …", "prompting Tokyo to demand his
release", "demanded an explanation from Rome": a demanded deed that names no actor is asked of the
one summoned, of whoever prompted the demand, or of the one it is demanded from.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link
from allegiance.coder.syntax import AGENT_DEPS, FORCE_ROOTS, Candidate, _borrows_subject, _child, conjuncts

CLAUSE_VERBS = ("VERB", "AUX")
POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "my", "your"}


class Demands:
    """Methods of `PredicateFinder` (predicates.py) for demands; they use its tables, `subjects`,
    `verb_event`, `_object_event`, `_author` and `could_be_actor`."""

    def directed(self, verb: Token) -> Candidate | None:
        """'ordered Israel to halt the offensive', 'told the critics to stop meddling': an order to
        another actor is a demand on it (but an order to do violence, "ordered troops to shell the
        town", stays the violence of those ordered)."""
        obj = _child(verb, "dobj")
        deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in CLAUSE_VERBS), None)
        if verb.lemma_.lower() not in self.p.clauses["directive_verbs"] or obj is None or deed is None \
                or not self._another(obj):
            return None
        inner = self.verb_event(deed, embedded=True)
        if inner is not None and inner.code[:2] in FORCE_ROOTS:
            return None
        absorbed = [deed.i, *([inner.trigger.i] if inner is not None else [])]
        cut = inner is not None and inner.code.startswith(tuple(self.p.clauses["imposed_by_order_roots"]))
        # "ordered Russia to shut its consulate", "told Lithuania to withdraw its envoy": the cut is the orderer's
        code = inner.code if cut else self.p.frame_code("demand", inner.code if inner is not None else "*")
        if code is None:
            return None
        return Candidate(code, f"directive:{verb.lemma_.lower()}", verb, None, self.subjects(verb),
                         conjuncts(obj), Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7,
                         absorbed=absorbed)

    def _another(self, ordered: Token) -> bool:
        """Is whoever is ordered another actor, not the orderer's own: a name ("Israel", "the BBC"), a
        pronoun ("ordered him to stand down"), or a common noun that a state's name marks as
        another's ("France's troops", "Japanese firms"); not "the army", "its citizens", "security
        forces" or a body named in `commanded_bodies` ("the Pentagon"): ordering those is command."""
        if ordered.lower_ in self.reflexive or not self.could_be_actor(ordered) \
                or ordered.lemma_.lower() in self.p.clauses["commanded_bodies"]:
            return False
        if ordered.pos_ in ("PROPN", "PRON"):
            return True
        marks = [c for c in ordered.children if c.dep_ in ("poss", *AGENT_DEPS)]
        return any(c.text[:1].isupper() and c.lower_ not in POSSESSIVE_PRONOUNS for c in marks) \
            and not any(c.lower_ in POSSESSIVE_PRONOUNS for c in marks)

    def reported_demand(self, noun: Token) -> Candidate | None:
        """'rejected Kinshasa's demand that Kigali withdraw its troops', 'dismissing demands from
        Egypt that it first reach an agreement', 'despite pressure from Beijing to switch allegiance':
        the author's demand (10x) on the subject of what is demanded, or, when that is no one named
        ("that it reduce …", "for fresh elections"), on whoever answers the demand (the subject of
        the verb it is the object of)."""
        lemma = noun.lemma_.lower()
        pressing = lemma in self.p.clauses["pressing_nouns"]
        if lemma not in self.p.clauses["demand_nouns"] and not pressing:
            return None
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl", "advcl") and c.pos_ in CLAUSE_VERBS
                       and any(m.dep_ in ("mark", "aux") and m.lower_ in ("that", "to") for m in c.children)), None)
        if pressing and clause is None:
            return None  # "under pressure", "calls for calm": no demand on anyone named
        answering = self._answering(noun)
        authors = self._demanders(noun, answering)
        if not authors:
            return None
        inner = self.verb_event(clause, embedded=True) if clause is not None else self._object_event(
            next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None))
        asked = [t for c in (clause.children if clause is not None else []) if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ not in self.reflexive and c.pos_ != "PRON" for t in conjuncts(c) if self.could_be_actor(t)]
        if not asked and answering is not None:
            asked = [t for t in self.subjects(answering) if self.could_be_actor(t) and t not in authors]
        code = self.p.frame_code("demand", inner.code if inner is not None else "*")
        if not asked or code is None:
            return None
        absorbed = [clause.i] if clause is not None else []
        absorbed += [inner.trigger.i] if inner is not None else []
        return Candidate(code, f"demand-noun:{lemma}", noun, None, authors, asked, Link("obj"),
                         weight=0.65, absorbed=absorbed)

    def _answering(self, noun: Token) -> Token | None:
        """The verb a demand is the object of: "rejected the demand", "brushing aside demands"."""
        if noun.dep_ == "dobj" and noun.head.pos_ in CLAUSE_VERBS:
            return noun.head
        if noun.dep_ == "pobj" and noun.head.head.pos_ in CLAUSE_VERBS:
            return noun.head.head
        return None

    def _demanders(self, noun: Token, answering: Token | None) -> list[Token]:
        """Who makes a demand: its owner ('Moscow's demand'; 'its demand' is the answering verb's
        subject's), 'demands from Egypt', 'demanded by Bulgaria', or 'a Russian demand'."""
        owner = _child(noun, "poss")
        if owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS:
            return [t for t in self.subjects(answering) if self.could_be_actor(t)] if answering is not None else []
        if owner is not None:
            return [t for t in conjuncts(owner) if self.could_be_actor(t)]
        by = next((_child(c, "pobj") for c in noun.children if c.dep_ in ("prep", "agent")
                   and c.lower_ in ("from", "by")), None)
        if by is not None:
            return [t for t in conjuncts(by) if self.could_be_actor(t)]
        return self._named_state(noun, AGENT_DEPS)

    def asked_of(self, verb: Token, deed: Token) -> list[Token]:
        """Whom a demanded deed that names no actor is asked of: 'demanded an explanation from
        Rome', 'prompting Tokyo to demand his release' (whoever prompted it), 'summoned the
        Russian ambassador to demand the withdrawal of …' (the one summoned)."""
        source = next((_child(c, "pobj") for h in (deed, verb) for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "from"), None)
        if source is not None and self.could_be_actor(source):
            return conjuncts(source)
        above = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or above.i == verb.i or _child(verb, "aux") is None:
            return []
        if above.lemma_.lower() in self.causes:
            return [t for t in self._author(above) if self.could_be_actor(t)]
        summoned = _child(above, "dobj")
        if summoned is not None and summoned.lower_ not in self.reflexive and self.could_be_actor(summoned):
            return conjuncts(summoned)
        return []
