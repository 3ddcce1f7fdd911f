"""Refusals stated as a denied concession, and conditions set as demands.

"Taiwan would not bow to pressure from Beijing", "will never cede an inch": giving way (clauses.yaml
`concession_verbs`), denied, is a refusal (CAMEO 12, frame "refuse" in frame_codes.tsv) that the
speaker asserts, aimed at whoever presses for it. "Will not ease the embargo unless Havana frees
prisoners", "will recognise a state only if the PA reforms": a condition set on one's own act is a
demand (CAMEO 10, frame "demand") on whoever must meet it.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link
from allegiance.coder.syntax import AGENT_DEPS, Candidate, _borrows_subject, _child, conjuncts


class Refusals:
    """Methods of `PredicateFinder` (predicates.py) for refusals and conditions; they use its tables,
    `subjects`, `_keys`, `_counted` and `verb_event`."""

    def _denial(self, verb: Token) -> Token | None:
        """The word that denies `verb` ("would not bow", "will never cede")."""
        # the label first: asked of most verbs, and few of their words are a "neg" or an "advmod"
        negation = self.p.clauses["negation_words"]
        return next((c for c in verb.children if (dep := c.dep_) in ("neg", "advmod")
                     and (lower := c.lower_) in negation and (dep == "neg" or lower == "never")), None)

    def stated_refusal(self, verb: Token) -> Candidate | None:
        """'would not bow to pressure from Beijing', 'will not accept Moscow's demands', 'would not
        be cowed by Beijing': a denied concession is a refusal, asserted (the trigger is the denying
        word, so the event is not read as negated), aimed at whoever presses for the concession."""
        denial = self._denial(verb)
        if denial is None:
            return None
        keys = self._keys(verb)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        words = self.p.clauses["coercion_verbs" if passive else "concession_verbs"]
        if not any(k in words for k in keys):
            return None
        given = self._given_way(verb, passive)
        targets = [t for thing in given for t in self._presser(thing)]
        if not targets:
            return None
        code = self._conceded_code(verb, keys, given)
        if code is None:
            return None
        # "Manila will not be cowed": who would be cowed refuses
        sources = conjuncts(_child(verb, "nsubjpass")) if passive else self.subjects(verb)
        return Candidate(code, f"refusal:{verb.lemma_.lower()}", denial, None, sources, targets,
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7, absorbed=[verb.i])

    def withheld_membership(self, verb: Token) -> Candidate | None:
        """'would not join the BRICS bloc', 'will not renew its membership of China's Belt and Road':
        a state that says it will not join or stay in a body (clauses.yaml `membership_verbs`)
        rejects it (120); said of the future only, not 'did not join'."""
        denial = self._denial(verb)
        c = self.p.clauses
        if denial is None or verb.lemma_.lower() not in c["membership_verbs"] or not self._foretold(verb):
            return None
        obj = _child(verb, "dobj")
        if obj is None or obj.pos_ == "PRON":
            return None
        if obj.lemma_.lower() in c["membership_nouns"]:  # "its membership of China's Belt and Road"
            held = [_child(p, "pobj") for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "in")]
        else:  # not "join the trade war with China": an act joined is no body
            held = [] if obj.lemma_.lower() in self.p.nouns else [obj]
        targets = [t for thing in held if thing is not None
                   for t in (conjuncts(thing) if self.could_be_actor(thing) else self._presser(thing))]
        if not targets:
            return None
        return Candidate(self.p.frame_code("refuse", "*"), f"refusal:{verb.lemma_.lower()}", denial, None,
                         self.subjects(verb), targets[:1], Link("obj"), inherited_source=_borrows_subject(verb),
                         weight=0.7, absorbed=[verb.i])

    def denied_permission(self, verb: Token) -> Candidate | None:
        """'will not allow Ethiopian troops to remain in Somalia', 'would never let China build a
        base': a state that says it will not let another act (clauses.yaml `permission_verbs`)
        refuses that actor; the code is the refusal of the act, if it is one."""
        denial = self._denial(verb)
        c = self.p.clauses
        if denial is None or verb.lemma_.lower() not in c["permission_verbs"] or not self._foretold(verb):
            return None
        act = next((x for x in verb.children if x.dep_ in ("ccomp", "xcomp") and x.pos_ in ("VERB", "AUX")), None)
        permitted = _child(act, "nsubj") if act is not None else None
        permitted = permitted if permitted is not None else _child(verb, "dobj")
        sources = self.subjects(verb)
        if permitted is None or permitted.pos_ == "PRON" or permitted.lower_ in self.reflexive \
                or not self.could_be_actor(permitted) or permitted in sources or not self._named(permitted):
            return None
        inner = self.verb_event(act, embedded=True) if act is not None else None
        code = self.p.frame_code("refuse", inner.code if inner is not None else "*")
        if code is None or not sources:
            return None
        return Candidate(code, f"refusal:{verb.lemma_.lower()}", denial, None, sources, conjuncts(permitted),
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7,
                         absorbed=[verb.i] + ([act.i] if act is not None else []))

    def _named(self, tok: Token) -> bool:
        """A name, or a noun with a name before it ('Ethiopian troops'): not 'hostile forces',
        whom the speaker leaves open."""
        return tok.pos_ == "PROPN" or any(c.text[:1].isupper() and c.dep_ in ("amod", "compound", "nmod", "poss")
                                          for c in tok.lefts)

    def _foretold(self, verb: Token) -> bool:
        """Said of the future ('will not', 'would never'), not of the past ('did not join')."""
        c = self.p.clauses
        return any(a.dep_ == "aux" and a.lower_ in c["future_aux"] | c["conditional_aux"] | {"wo"} for a in verb.children)

    def _given_way(self, verb: Token, passive: bool) -> list[Token]:
        """What a concession gives way to or gives up: the object, or what follows one of
        `concession_preps` ('bow to', 'cede … to'), or in the passive the 'by' phrase ('cowed by Beijing')."""
        out = [c for c in verb.children if c.dep_ == "dobj"]
        for c in verb.children:
            if (c.dep_ == "prep" and c.lower_ in self.p.clauses["concession_preps"]) or (
                    passive and c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                out += conjuncts(_child(c, "pobj"))
        return [self._counted(t) for t in out]

    def _presser(self, thing: Token) -> list[Token]:
        """Who presses for what is given way to: an actor itself ('bow to Brussels'), or the one
        whose pressing it is ('pressure from Beijing', 'Moscow's demands', 'an ECOWAS ultimatum',
        'American troops')."""
        pressing = thing.lemma_.lower() in self.p.clauses["pressure_nouns"]
        if not pressing and thing.lemma_.lower() not in self.p.nouns and self.could_be_actor(thing) \
                and thing.lower_ not in self.reflexive:
            return conjuncts(thing)
        for c in thing.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                c = _child(c, "pobj")
            elif not (c.dep_ in ("poss", *AGENT_DEPS) and c.text[:1].isupper()):
                continue
            if c is not None and c.lower_ not in self.reflexive and self.could_be_actor(c):
                return conjuncts(c)
        return []

    def _conceded_code(self, verb: Token, keys: list[str], given: list[Token]) -> str | None:
        """The refusal's code from what would have been conceded: the verb's own row ('bow to',
        'accept demands': yield), an event noun given up ('accept mediation'), else yielding."""
        inner = next((c for k in keys for c in [self._from_rules(verb, [r for r in self.p.verbs.get(k, []) if r.words])]
                      if c is not None), None)
        if inner is None:
            inner = next((c for c in map(self.noun_event, given) if c is not None), None)
        if inner is not None and inner.code.startswith("01"):
            return None  # "will not accept responsibility": a denial, not a refusal
        return self.p.frame_code("refuse", inner.code if inner is not None else "08")

    def conditioned_demands(self, verb: Token) -> list[Candidate]:
        """'will not ease the embargo unless Havana releases prisoners', 'would not attend until
        Washington invited Cuba', 'will recognise a state only if the PA carries out reforms': the
        one who sets a condition on its own act demands that the condition's subject meet it."""
        out = []
        for clause in verb.children:
            mark = next((m for m in clause.children if m.dep_ == "mark"), None) if clause.dep_ == "advcl" else None
            if mark is None or not self._demanding(verb, clause, mark) \
                    or clause.lemma_.lower() in self.p.clauses["condition_states"]:
                continue
            subject = _child(clause, "nsubj")
            if subject is None or subject.lower_ in self.reflexive:
                continue
            targets = [t for t in conjuncts(subject) if self.could_be_actor(t)]
            for deed in [clause, *clause.conjuncts] if targets else []:
                inner = self.verb_event(deed, embedded=True)
                code = self.p.frame_code("demand", inner.code if inner is not None else "*")
                if code is not None:
                    out.append(Candidate(code, f"condition:{mark.lower_}", mark, None, self.subjects(verb),
                                         targets, Link("obj"), inherited_source=_borrows_subject(verb),
                                         weight=0.65, absorbed=[deed.i], not_own_organs=True))
        return out

    def _demanding(self, verb: Token, clause: Token, mark: Token) -> bool:
        """A denied act 'unless' or 'until' another acts, or an act 'only if' or 'only after'."""
        if mark.lower_ in self.p.clauses["demand_condition_marks"]:
            return self._denial(verb) is not None
        return mark.lower_ in self.p.clauses["only_condition_marks"] and any(
            c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children)
