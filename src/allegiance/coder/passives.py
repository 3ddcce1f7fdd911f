"""Passive clauses: whom a passive verb befell and who did it.

"Y was attacked by X", "a woman arrested by the morality police", "Tsikhanouski, who was
arrested", "feared being arrested", "was extradited from Spain": a passive turns the roles round,
and the parse often leaves the patient or the agent where the coder must look for it (a relative
or personal pronoun, a governing clause, a "by" or "from" phrase, a reduced participle). These
helpers restore the active reading in one place.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.syntax import (
    AGENT_NOUN_ROOTS,
    FORCE_ROOTS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    Candidate,
    _child,
    conjuncts,
)


class Passives:
    """Methods of `PredicateFinder` (predicates.py) for passive clauses; they use its tables,
    `subjects`, `_keys`, `_counted`, `_reaction_rule`, `_released_by_holder`, `_aimed` and
    `_named_state`."""

    def _passive(self, verb: Token, cand: Candidate) -> None:
        """'Y was attacked by X': the agent is the source, the passive subject the target."""
        passive = self._patients(verb)
        if not passive:
            self._reduced_passive(verb, cand)
            return
        # "was barred from standing by the Constitutional Court": the parser may take the agent
        # for a plain "by" phrase
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and _child(c, "pobj") is not None
             and self.could_be_actor(_child(c, "pobj"))), None)
        if agent is None and _shared_passive(verb):
            agent = _child(verb.head, "agent")  # "was seized by police and taken to…": by police
        pobj = _child(agent, "pobj") if agent is not None else None
        if pobj is None:
            pobj = self._sent_from(verb)
        cand.sources = conjuncts(pobj) if pobj is not None else (self._released_by_holder(passive, cand) or [])
        deed = None
        if not any(map(self.could_be_actor, cand.sources)) and cand.code.startswith(AGENT_NOUN_ROOTS):
            # "killed in an Israeli air strike", "hit by Russian shelling", "killed in an attack by
            # Turkish forces": whose the attack was
            means = [pobj] if pobj is not None else []
            means += [_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
            means = [self._counted(d) for d in means]  # "killed in a wave of Russian drone strikes"
            deed = next((d for d in means if d is not None and d.lemma_.lower() in self.p.nouns
                         and self._doers(d)), None)  # also "in an ambush by jihadists"
            if deed is not None:
                cand.sources = self._doers(deed)
                cand.absorbed.append(deed.i)
        if pobj is None and not cand.sources:  # "Zuma was jailed": only a state jails, and the data says which arm
            agents = self.p.implied_agents  # by the verb, else by what it is coded ("was handed a term")
            cand.implied_agent = next((agents[k] for k in self._keys(verb) if k in agents), None) or agents.get(cand.code)
        cand.inherited_source = False
        if cand.link.kind == "obj" or not cand.targets:
            cand.targets = [t for p in passive for t in conjuncts(p)]
        rule = self._reaction_rule(deed) if deed is not None and cand.code[:2] in FORCE_ROOTS else None
        if rule is not None and rule.code[:2] in FORCE_ROOTS and rule.link.kind == "prep":
            # "five people were killed in an Israeli strike on Khan Younis": on Khan Younis
            cand.targets = self._aimed(deed, rule, cand.targets)

    def _patients(self, verb: Token) -> list[Token]:
        """Whom a passive verb acts on: its passive subject, read through a pronoun that stands for
        someone, else the one the parse lost."""
        passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        return [t for p in passive for t in self._stood_for(p, verb)] or self._lost_patient(verb)

    def _stood_for(self, pron: Token, verb: Token) -> list[Token]:
        """"Tsikhanouski, who was arrested", "Duterte was flown out after he was arrested": the
        relative pronoun stands for its noun, a personal one (`patient_pronouns`) in a clause under
        another for that clause's subject; the repair gives the coder a patient it can name."""
        if pron.lower_ in self.relative and verb.dep_ == "relcl" and self.could_be_actor(verb.head):
            return [verb.head]
        if pron.lower_ in self.p.clauses["patient_pronouns"] and verb.dep_ in ("advcl", "conj", "ccomp"):
            governor = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
            named = [t for t in governor[:1] if self.could_be_actor(t) and _agrees(pron, t)]
            if named:
                return named
        return [pron]

    def _lost_patient(self, verb: Token) -> list[Token]:
        """Whom a passive with no subject of its own acts on, when the parse lost it: "disappeared
        after being detained by police" and "feared being arrested" befall the governing clause's
        subject; in "…, opponents questioned the figures and several activists were detained" the
        parser hangs the noun right before the auxiliary on an earlier object."""
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if _shared_passive(verb):
            return self._patients(verb.head)  # "was dragged from court and arrested": Khan was arrested
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in aux) \
                or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
            return []
        if verb.dep_ in ("xcomp", "pcomp"):
            governor = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
            if any(c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i for c in governor.children):
                return []  # "chanting for Yoon to be arrested": the patient is the one after "for"
            return [t for t in self.subjects(governor) if self.could_be_actor(t)]
        first = min(aux, key=lambda c: c.i).i
        before = verb.doc[first - 1] if first > verb.sent.start else None
        if before is not None and before.dep_ == "conj" \
                and before.pos_ in ("NOUN", "PROPN") and self.could_be_actor(before):
            return [before]
        return []

    def _reduced_agent(self, verb: Token) -> Token | None:
        """The doer of a past participle after a noun, named by its "by" phrase: "a woman
        arrested *by the morality police*", "migrants deported *by Washington*"."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        agent = _child(_child(verb, "agent"), "pobj")
        return agent if agent is not None and self.could_be_actor(agent) else None

    def _reduced_passive(self, verb: Token, cand: Candidate) -> None:
        """'a woman arrested by the morality police', 'civilians shot dead by gunmen': a reduced
        passive, whose "by" phrase is the source and whose noun, when it names someone, the
        target of a verb that acts on its object."""
        agent = self._reduced_agent(verb)
        if agent is None or any(map(self.could_be_actor, cand.sources)) or cand.code.startswith(self.label_roots):
            return
        cand.sources = conjuncts(agent)
        cand.inherited_source = False
        if (cand.link.kind == "obj" or not cand.targets) and self.could_be_actor(verb.head):
            cand.targets = conjuncts(verb.head)

    def _sent_from(self, verb: Token) -> Token | None:
        """Who sent a person away in a passive with no agent (`sent_from_verbs`): "was extradited
        from Spain to Argentina" names the sender after "from"."""
        if verb.lemma_.lower() not in self.p.clauses["sent_from_verbs"]:
            return None
        return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                     and (o := _child(c, "pobj")) is not None and self.could_be_actor(o)), None)

    def _passive_doers(self, verb: Token) -> list[Token]:
        """"was declared winner, triggering protests": a participle after a passive clause tells
        what befell its subject set off; protests at it are at that actor's state."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return []
        return [t for c in verb.head.children if c.dep_ == "nsubjpass" for t in conjuncts(c) if self.could_be_actor(t)]


def _shared_passive(verb: Token) -> bool:
    """A bare past participle joined to a passive verb ("was sentenced to a year and banned from
    politics") is passive too and shares that verb's subject: the parse gives it neither."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "dobj")
                    for c in verb.children)


def _agrees(pron: Token, noun: Token) -> bool:
    """Can the pronoun stand for the noun? "he"/"she" for one named person ("Duterte", "the former
    president Rodrigo Duterte"), never "police"; "they" for a plural."""
    return agrees_word(pron.lower_, noun)


def agrees_word(pron: str, noun: Token) -> bool:
    """`_agrees` for a pronoun given as its lowercase word ("he" for the possessive "his")."""
    if pron == "they":
        return noun.tag_ in ("NNS", "NNPS")
    named = [noun, *(c for c in noun.children if c.dep_ in ("appos", "compound"))]
    return noun.tag_ in ("NN", "NNP") and any(t.tag_ == "NNP" for t in named)
