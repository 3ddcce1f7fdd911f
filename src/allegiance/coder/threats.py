"""Threats: force promised on a condition, force kept as an option.

"If New Delhi builds a dam, Pakistan will destroy it", "warned it would hit back if Rwanda
attacked", "would not rule out military force to take Greenland": a threat (CAMEO 13, frame
"threaten" in frame_codes.tsv) aimed at whoever must meet the condition, or at whom the force
would be used on.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from allegiance.coder.patterns import Link
from allegiance.coder.syntax import FORCE_ROOTS, SELF_PRONOUNS, Candidate, _borrows_subject, _child, conjuncts, place_name
from allegiance.nlp.headlines import text_end


@dataclass
class _InKind:
    """The measure an answer is made with: its noun, code and row."""
    noun: Token
    code: str
    id: str


class Threats:
    """Methods of `PredicateFinder` (predicates.py) for threats; they use its tables and `subjects`."""

    def _conditioned(self, *clauses: Token | None) -> list[Token]:
        """Subjects of an "if", "unless" or "should" clause hung on one of `clauses` ("… if Rwanda
        attacked", "… unless Moscow agrees to a ceasefire") that could be actors."""
        for clause in clauses:
            c = self._condition(clause) if clause is not None else None
            subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None) if c is not None else None
            if subject is not None and subject.lower_ not in self.reflexive:
                found = [t for t in conjuncts(subject) if self.could_be_actor(t)]
                if found:
                    return found
        return []

    def force_left_open(self, verb: Token) -> Candidate | None:
        """'would not rule out using military force to take Greenland', 'refused to rule out force',
        'will never renounce the use of force over Taiwan': keeping force as an option is a threat
        of force (138) against whom the force would be used on."""
        if not any(k in self.option_verbs for k in self._keys(verb)) or not self._left_open(verb):
            return None
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp")), None)
        words = list(thing.subtree) if thing is not None else []
        force = [t for t in words if t.lemma_.lower() in self.force_options]
        if not force:
            return None
        # the force's own words ("U.S. special forces", "military action") name the one who uses it
        own = {t.i for f in force for t in (f, *f.ancestors, *f.children)
               if t.dep_ in ("amod", "compound", "poss", "nmod") or t is f or t.is_ancestor(f)}
        named = sorted((t for t in words if t.i not in own and t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "compound"),
                       key=lambda t: t.pos_ != "PROPN")  # "control of the Panama Canal": the canal
        aimed = next((conjuncts(t) for t in named if self.could_be_actor(t) or place_name(t)), None) \
            or self._conditioned(verb, *words)
        code = self.p.frame_code("threaten", "19")
        if not aimed or code is None:
            return None
        subjects = self.subjects(verb)
        return Candidate(code, f"left-open:{verb.lemma_.lower()}", force[0], None, subjects, aimed,
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7,
                         absorbed=[t.i for t in words])

    def _left_open(self, verb: Token) -> bool:
        """'would not rule out', 'never renounce', 'refused to rule out', 'will never promise to
        renounce': the option is kept."""
        def denied(tok: Token) -> bool:
            return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)
        if denied(verb):
            return True
        return verb.dep_ == "xcomp" and (denied(verb.head) or self.p.frames.get(verb.head.lemma_.lower()) == "refuse")

    def _conditional_threat(self, cand: Candidate) -> Candidate:
        """'If New Delhi builds a dam, Pakistan will destroy it', 'Beirut would be hit if rockets
        kept falling', 'should Tehran resume enrichment, the US would not hesitate to strike': force
        promised on a condition is a threat of that force (frame_codes.tsv, frame "threaten"), aimed
        at whom it would strike or, naming no one, at whoever must meet the condition."""
        if cand.rule.startswith("in-kind:"):
            return cand  # "would retaliate with tariffs of its own": the measure, beside its threat
        if cand.code[:2] not in FORCE_ROOTS and cand.code[:2] not in self.coercion_roots:
            return cand  # "would slap tariffs on Canada unless Ottawa stems the flow": coercion threatened too
        clause, chain = cand.head, [cand.head]
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # "would not hesitate to strike"
            clause = clause.head
            chain.append(clause)
        if not self._promised(clause) or (cand.code[:2] in self.coercion_roots and not self._firmly(clause, cand.head)):
            return cand
        code = self.p.frame_code("threaten", cand.code)
        conditioned = self._conditioned(*reversed(chain))
        if not conditioned and cand.code[:2] in self.coercion_roots and any(self.could_be_actor(t) for t in cand.targets) \
                and any(self._condition(c) is not None for c in chain):
            conditioned = cand.targets  # "would slap tariffs on Canada unless both countries …": coercion named
        if not conditioned or code is None:
            return cand  # "would invade within days if ordered": a forecast, no one to meet a condition
        if not any(self.could_be_actor(t) for t in cand.targets):
            cand.targets, cand.link = conditioned, Link("obj")
        cand.code, cand.rule = code, f"conditional:{cand.rule}"
        return cand

    def _force_on_condition(self, verb: Token) -> Candidate | None:
        """'If New Delhi builds a dam, Pakistan will destroy it', 'should Tehran resume enrichment,
        the US would strike again': a verb of force or retaliation that names no one it would
        strike threatens whoever must meet the condition."""
        lemma = verb.lemma_.lower()
        force = next((r.code for k in self._keys(verb) for r in self.p.verbs.get(k, [])
                      if r.code[:2] in FORCE_ROOTS), None)
        measure = self._measure(verb)
        force = None if measure is not None else force  # "take action" is no act of force ("take a town" is)
        deed = self._force_noun(verb) if force is None and measure is None else None
        force = deed[1] if deed is not None else force  # "would not hesitate to declare war if Kigali …"
        if force is None and lemma not in self.retaliation and measure is None:
            return None
        clause, chain = verb, [verb]
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:
            clause = clause.head
            chain.append(clause)
        obj = _child(verb, "dobj")
        if not self._promised(clause) or (verb.dep_ != "xcomp" and measure is None and deed is None and obj is not None
                                          and obj.pos_ != "PRON"):
            return None  # "would open its courts to monitors if …": an object, no force named
        if deed is not None and not self._conditioned(*reversed(chain)):
            return None  # "would declare war" with no one to meet a condition: a forecast
        aimed = self._conditioned(*reversed(chain))  # "will not hesitate to take action if the SDF fails …"
        if not aimed and force is None and not (measure is not None and self._names_other(verb)):
            aimed = self._rebuked(clause)  # "condemned the tariff … and said it would take all necessary actions"
        answered = self._answered(verb) if not aimed else None
        rule = "conditional"
        if answered is not None:
            aimed, rule = self._doers(answered), "answer"
            if force is None and self._forceful(verb, answered):
                force = "19"
        if not aimed and (force is None or answered is not None) and not (measure is not None and self._names_other(verb)):
            aimed, rule = self._provoked(clause), "provoked"  # "warned it would take all measures after Ethiopia …"
        kind = self._answered_in_kind(verb)  # "would retaliate with tariffs of its own": sanctions, not force
        force = kind.code if kind is not None and (force is None or kind.code[:2] not in FORCE_ROOTS) else force
        code = self.p.frame_code("threaten", force or "*")
        subjects = self.subjects(clause) if clause is not verb else self.subjects(verb)
        if not aimed or not code or not subjects:
            return None
        if kind is not None and kind.code[:2] in self.coercion_roots:  # the measure itself is coded too
            self.found.append(Candidate(kind.code, f"in-kind:{lemma}+{kind.id}", kind.noun, verb, subjects, aimed,
                                        Link("obj"), inherited_source=clause is not verb, weight=0.65,
                                        kept_open=rule == "conditional", absorbed=[kind.noun.i]))
        return Candidate(code, f"{rule}:{lemma}>unknown", verb, None, subjects, aimed, Link("obj"),
                         inherited_source=clause is not verb, weight=0.65)

    def _answered_in_kind(self, verb: Token) -> _InKind | None:
        """'would retaliate with tariffs of its own', 'will hit back with sanctions': the noun after
        "with" of an answer (`retaliation_verbs`) names the answer: its nouns.tsv row of force or of
        coercion (`coercion_threat_roots`) says what is threatened ("respond with missile strikes")."""
        if verb.lemma_.lower() not in self.retaliation:
            return None
        noun = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if noun is None or noun.pos_ != "NOUN":
            return None
        modifiers = self._modifiers(noun)
        rule = next((r for r in self.p.nouns.get(noun.lemma_.lower(), [])
                     if r.words is None or r.words & modifiers), None)
        if rule is None or (rule.code[:2] not in FORCE_ROOTS and rule.code[:2] not in self.coercion_roots):
            return None
        return _InKind(noun, rule.code, rule.id)

    def warned_answer(self, verb: Token) -> Candidate | None:
        """'warned of an overwhelming response to the drills', 'threatened retaliation against any
        sanctions', 'warned of grave consequences if Ottawa did not': an answer (one of `answer_nouns`)
        warned of or threatened names no verb of force, yet threatens whoever does the deed it
        answers, or must meet its condition."""
        if self.p.frames.get(verb.lemma_.lower()) not in ("threaten", "intent"):
            return None  # "warned of", "threatened", "vowed a response to …"
        answer = next((t for c in verb.children for t in ([c] if c.dep_ == "dobj" else
                       [_child(c, "pobj")] if c.dep_ == "prep" and c.lower_ in ("of", "with") else [])
                       if t is not None and t.lemma_.lower() in self.answer_nouns), None)
        if answer is None:
            return self._warned_fate(verb) if self.p.frames.get(verb.lemma_.lower()) == "threaten" else None
        deed = next((_child(c, "pobj") for c in answer.children
                     if c.dep_ == "prep" and c.lower_ in self.answered_preps and _child(c, "pobj") is not None), None)
        deed = self._counted(deed) if deed is not None else None
        aimed = (self._doers(deed) if deed is not None else []) or self._conditioned(verb, answer) \
            or (self._rebuked(verb) if deed is None else []) or self._provoked(verb)
        code = self.p.frame_code("threaten", "19" if deed is not None and self._forceful(answer, deed) else "*")
        subjects = self.subjects(verb)
        if not aimed or not code or not subjects:
            return None
        return Candidate(code, f"warned-answer:{verb.lemma_.lower()}>{answer.lemma_.lower()}", verb, None, subjects,
                         aimed, Link("obj"), inherited_source=_borrows_subject(verb), weight=0.65,
                         absorbed=[answer.i])

    def ultimatum(self, verb: Token) -> Candidate | None:
        """'gave Niger's junta one week to reinstate Bazoum', 'gave Putin 50 days to agree to a
        ceasefire': a counted time (`deadline_units`) given (`deadline_verbs`) to an actor to do
        something is an ultimatum (`ultimatum_code`) to that actor."""
        if verb.lemma_.lower() not in self.deadline_verbs:
            return None
        words = list(verb.subtree)
        span = next((t for t in words if t.lemma_.lower() in self.deadline_units and t.dep_ in ("npadvmod", "dobj")
                     and any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in t.children)), None)
        task = next((t for t in words if t.pos_ == "VERB" and t.i > verb.i
                     and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)), None)
        given = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c is not span
                      and self.could_be_actor(c)), None)
        code = next(iter(self.p.clauses["ultimatum_code"]), None)
        if span is None or task is None or given is None or code is None or task.lemma_.lower() in self.departures:
            return None  # "gave the envoys 72 hours to leave": an expulsion
        subjects = self.subjects(verb)
        if not subjects:
            return None
        return Candidate(code, f"ultimatum:{verb.lemma_.lower()}", verb, None, subjects, conjuncts(given), Link("obj"),
                         inherited_source=_borrows_subject(verb), weight=0.7, absorbed=[span.i, task.i])

    def reserved_answer(self, verb: Token) -> Candidate | None:
        """'condemned the Israeli strike and said it reserved the right to respond', 'reserves the right
        to take countermeasures if Manila deploys the missiles': an answer kept as a right or option
        (`reserving_verbs` with `reserved_nouns`) threatens whoever does the deed it answers, must meet
        its condition, or is rebuked beside it."""
        kept = _child(verb, "dobj") if verb.lemma_.lower() in self.reserving else None
        if kept is None or kept.lemma_.lower() not in self.reserved:
            return None
        act = next((c for c in kept.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if act is None and (prep := next((c for c in kept.children if c.dep_ == "prep" and c.lower_ == "of"), None)):
            act = _child(prep, "pcomp")  # "reserved the option of taking all necessary measures"
        if act is None or (act.lemma_.lower() not in self.retaliation and self._measure(act) is None):
            return None
        answered = self._answered(act)
        aimed = (self._doers(answered) if answered is not None else []) or self._conditioned(act, verb) \
            or self._rebuked(verb) or self._provoked(verb)
        code = self.p.frame_code("threaten", "19" if answered is not None and self._forceful(act, answered) else "*")
        subjects = self.subjects(verb)
        if not aimed or not subjects or code is None:
            return None
        return Candidate(code, f"reserved-answer:{act.lemma_.lower()}", verb, None, subjects, aimed, Link("obj"),
                         inherited_source=_borrows_subject(verb), weight=0.65, absorbed=[kept.i, act.i])

    def threat_noun(self, noun: Token) -> Candidate | None:
        """'Pyongyang's threat of an overwhelming response to the drills', 'answered with a threat
        of new tariffs on Chinese steel', 'Moscow's Baltic threat': a threat (one of `threat_nouns`)
        whose holder is named (its possessor, or the subject of the verb it is the object of)
        threatens what it names: the event after 'of' (its code under frame "threaten", its
        target), the doer of the deed an answer (`answer_nouns`) answers, or the actor compounded
        before it."""
        holder = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.reflexive
                       and c.pos_ != "PRON"), None)
        if holder is not None:
            sources = [t for t in conjuncts(holder) if self.could_be_actor(t)]
        elif noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ == "with"
                                     and noun.head.head.pos_ in ("VERB", "AUX")):
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            if verb.lemma_.lower() in self.threat_holding_verbs:  # "faced the threat of …": the threatened
                return None
            sources = self.subjects(verb)
        else:
            return None
        thing = self._counted(next((_child(c, "pobj") for c in noun.children
                                    if c.dep_ == "prep" and c.lower_ == "of"), None))
        if not sources:
            return None
        if thing is not None and thing.lemma_.lower() in self.answer_nouns:
            deed = next((_child(c, "pobj") for c in thing.children if c.dep_ == "prep"
                         and c.lower_ in self.answered_preps and _child(c, "pobj") is not None), None)
            deed = self._counted(deed) if deed is not None else None
            aimed = self._doers(deed) if deed is not None else []
            aimed = aimed or ([deed] if deed is not None and self.could_be_actor(deed) else [])
            inner = "19" if deed is not None and self._forceful(thing, deed) else "*"
        elif thing is not None and (event := self.noun_event(thing)) is not None:
            aimed, inner = event.targets, event.code
        elif thing is None and holder is not None:  # "the China threat" is China's, "Trump's Panama threat" Panama's
            aimed = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and (self.could_be_actor(c) or place_name(c))][:1]
            inner = "*"
        else:
            return None
        code = self.p.frame_code("threaten", inner)
        if not aimed or code is None:
            return None
        return Candidate(code, f"threat-noun:{noun.lemma_.lower()}", noun, None, sources, aimed, Link("obj"),
                         weight=0.65, absorbed=[t.i for t in noun.subtree if t.i != noun.i])

    def deed_answered(self, verb: Token) -> Candidate | None:
        """'any attack by ECOWAS would be met with an immediate response', 'an intervention by Kyiv
        would be treated as a declaration of war', the speaker warned: a deed promised an answer
        (passive `answering_verbs`: 'met with' one of `answer_nouns` or `force_options`, 'treated
        as' force) threatens its doer; force named makes it a threat of force."""
        lemma = verb.lemma_.lower()
        how = self.answering_verbs.get(lemma)
        deed = _child(verb, "nsubjpass")
        if how is None or deed is None or not self._promised(verb):
            return None
        answer = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == how), None)
        if answer is None:
            return None  # "would be met by the prime minister": no answer named
        words = {t.lemma_.lower() for t in answer.subtree}
        if not words & set(self.force_options) and (how != "with" or answer.lemma_.lower() not in self.answer_nouns):
            return None
        aimed = self._doers(self._counted(deed))
        speaker = self._speaker(verb)
        if speaker is None:
            return None  # a forecast in the reporter's voice
        aimed = aimed or self._provoked(speaker)  # "…, Warsaw warned after a Russian missile crossed into …"
        subjects = self.subjects(speaker)
        code = self.p.frame_code("threaten", "19" if words & set(self.force_options) else "*")
        if not aimed or not subjects or code is None:
            return None
        return Candidate(code, f"deed-answered:{lemma}>{how}", verb, None, subjects, aimed, Link("obj"),
                         weight=0.65, absorbed=[t.i for t in verb.subtree if t.i != verb.i])

    def passive_threat(self, verb: Token) -> Candidate | None:
        """'warned that Beirut itself would be hit if rockets kept falling', 'said Taipei would be
        crushed should it declare independence': force promised in the passive, naming no one who
        would strike, is the speaker's own threat against whom it would strike (a mere 'said' needs
        a condition: 'said Kyiv would be attacked tonight' may be a forecast)."""
        force = self._force_code(verb)
        if force is None or not self._promised(verb):
            return None
        speaker = self._speaker(verb)
        if speaker is None or (self.p.frames.get(speaker.lemma_.lower()) != "threaten" and self._condition(verb) is None):
            return None
        aimed = self._struck(verb)
        subjects = self.subjects(speaker)
        code = self.p.frame_code("threaten", force)
        if not aimed or not subjects or code is None:
            return None
        return Candidate(code, f"passive-threat:{verb.lemma_.lower()}", verb, None, subjects, aimed, Link("obj"),
                         weight=0.65)

    def _force_code(self, verb: Token) -> str | None:
        """The code of force a verb can name (any of its rows in verbs.tsv): 'hit' with no object
        row matched is still force when a warning says who would be hit."""
        return next((r.code for k in self._keys(verb) for r in self.p.verbs.get(k, [])
                     if r.code[:2] in FORCE_ROOTS), None)

    def _struck(self, verb: Token) -> list[Token]:
        """'Beirut would be hit': the actors a passive names as struck, when it names no agent (then
        the one who warns of it is the one who would strike)."""
        struck = _child(verb, "nsubjpass")
        if struck is None or _child(verb, "agent") is not None:
            return []
        return [t for t in conjuncts(self._counted(struck)) if self.could_be_actor(t)]

    def _speaker(self, verb: Token) -> Token | None:
        """The verb of saying or warning whose clause `verb` is ('warned that …', '…, the junta
        warned'), if any."""
        said = verb.head if verb.dep_ == "ccomp" else next(  # "…, the minister warned" may hang as a conj
            (c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "conj") and c.i > verb.i), None)
        if said is None or (said.lemma_.lower() not in self.p.clauses["speech_verbs"]
                            and self.p.frames.get(said.lemma_.lower()) != "threaten"):
            return None
        return said

    def _warned_fate(self, verb: Token) -> Candidate | None:
        """'warned that Islamabad would face consequences', 'that Washington would bear responsibility
        for any escalation', 'that Tokyo would pay a heavy price': a warning that another must bear an
        answer (`fate_verbs` with `answer_nouns` or `fate_nouns`) is a threat to that other."""
        fate = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in self.fate_verbs), None)
        thing = _child(fate, "dobj") if fate is not None else None
        if thing is None or thing.lemma_.lower() not in (*self.answer_nouns, *self.fate_nouns):
            return None
        bearer = _child(fate, "nsubj")
        if bearer is None or bearer.lower_ in SELF_PRONOUNS or bearer.lower_ in self.relative:
            return None  # "warned it could face consequences": its own fate, no threat
        aimed = [t for t in conjuncts(bearer) if self.could_be_actor(t)]
        code = self.p.frame_code("threaten", "*")
        subjects = self.subjects(verb)
        if not aimed or not code or not subjects:
            return None
        return Candidate(code, f"warned-fate:{verb.lemma_.lower()}>{fate.lemma_.lower()}", verb, None, subjects,
                         aimed, Link("obj"), inherited_source=_borrows_subject(verb), weight=0.65,
                         absorbed=[fate.i, thing.i])

    def warned_condition(self, verb: Token, found: list[Candidate]) -> Candidate | None:
        """'warned that relations would suffer if Kurti did not', 'warned of "bad things" if Kabul
        refused': a warning (frame "threaten") that sets a condition on another actor threatens
        that actor (130), when nothing coded in the warning already answers the condition."""
        if verb.pos_ != "VERB" or self.p.frames.get(verb.lemma_.lower()) != "threaten":
            return None
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        warned = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # "warned of civil war and genocide if Henry did not resign": the condition may hang on what is warned of
        clauses = [verb, *([said] if said is not None else []), *(conjuncts(warned) if warned is not None else [])]
        condition = next((cond for c in clauses if (cond := self._condition(c)) is not None), None)
        if condition is None:
            return None
        doer = _child(condition, "nsubj")  # "if Serbs were attacked": the victims set no condition
        aimed = [t for t in conjuncts(doer) if self.could_be_actor(t)] if doer is not None else []
        if not aimed or self._own_fate(said, aimed):
            return None
        inside = {t.i for t in verb.subtree} - {t.i for t in condition.subtree}  # the condition's own deeds aside
        if any(c.trigger.i in inside for c in found):
            return None  # "warned that Tehran would respond if Israel struck": the answer is coded
        code = self.p.frame_code("threaten", "*")
        subjects = self.subjects(verb)
        if not subjects or code is None:
            return None
        return Candidate(code, f"warned-condition:{verb.lemma_.lower()}", verb, None, subjects, aimed, Link("obj"),
                         inherited_source=_borrows_subject(verb), weight=0.6)

    def _own_fate(self, said: Token | None, aimed: list[Token]) -> bool:
        """'warned that Belgium could face lawsuits if the EU seized the assets': a fate (`fate_verbs`)
        an actor bears, other than who must meet the condition, is a forecast, no threat ('relations
        would suffer if …' names no bearer: a threat)."""
        if said is None or said.lemma_.lower() not in self.fate_verbs:
            return False
        bearer = _child(said, "nsubj")
        return bearer is not None and bearer.i not in {t.i for t in aimed} and (
            bearer.pos_ == "PRON" or self.could_be_actor(bearer))

    def _force_noun(self, verb: Token) -> tuple[Token, str] | None:
        """'would declare war if …', 'will not hesitate to launch strikes if …': the verb's object
        names force (a bare nouns.tsv row of force, or one of `force_options`) and names no one it
        would strike; the object and the code of that force."""
        obj = _child(verb, "dobj")
        if obj is None or any(c.dep_ == "prep" for c in obj.children):
            return None  # "declare war on Rwanda": the noun's own row codes it
        lemma = obj.lemma_.lower()
        code = next((r.code for r in self.p.nouns.get(lemma, []) if r.words is None and r.code[:2] in FORCE_ROOTS),
                    "19" if lemma in self.force_options else None)
        return (obj, code) if code is not None else None

    def _measure(self, verb: Token) -> Token | None:
        """'would take corresponding action', 'will adopt countermeasures': a promised measure
        (one of `measure_verbs` with one of `answer_nouns` or `measure_nouns`) is an answer, a
        threat when aimed (a condition, or a deed the speaker rebukes)."""
        thing = _child(verb, "dobj") if verb.lemma_.lower() in self.measure_verbs else None
        return thing if thing is not None and thing.lemma_.lower() in (*self.answer_nouns, *self.measure_nouns) else None

    def _names_other(self, verb: Token) -> bool:
        """'would take steps to help Ukraine': a measure whose words name an actor is for or about
        that one, not an answer to a rebuked deed (the deed it comes after is no part of it)."""
        subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in self.p.clauses["provoking_marks"] for m in c.children)) for t in c.subtree}
        return any(t.i not in subject and t.pos_ == "PROPN" and self.could_be_actor(t) for t in verb.subtree)

    def _rebuked(self, clause: Token) -> list[Token]:
        """'India condemned the tariff imposed by Washington and said it would take all necessary
        actions', 'called Tokyo's move unjustified and warned of appropriate responses': an answer
        that names no one, promised beside a rebuke (`rebuke_roots`) of a deed by the same speaker,
        is aimed at whom the rebuke is aimed at."""
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
            clause = clause.head  # "said it would take …": the saying sits beside the rebuke
        beside = {t.i for t in clause.conjuncts}
        if clause.dep_ == "advcl":  # "…, warning that …"
            beside.add(clause.head.i)
        for cand in getattr(self, "found", []):
            if cand.code[:2] in self.rebuke_roots and (cand.trigger.i in beside or (
                    cand.frame is not None and cand.frame.i in beside)):
                return [t for t in cand.targets if self.could_be_actor(t)]
        return []

    def _provoked(self, clause: Token) -> list[Token]:
        """'warned it would take all measures after Ethiopia completed the filling', 'any incursion
        would be met with force, Warsaw warned after a Russian missile crossed the border': an answer
        that names no one, promised right after (`provoking_marks`) another's deed, is aimed at the
        deed's doer. A passive ('after two soldiers were killed') names the victims, not the doer."""
        chain = [clause]
        while clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head  # "said it would take …": the saying is what comes after the deed
            chain.append(clause)
        marks = self.p.clauses["provoking_marks"]
        for tok in chain:
            for c in tok.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                    deed = _child(c, "nsubj")
                elif c.dep_ == "prep" and c.lower_ in marks:
                    deed = self._counted(_child(c, "pobj")) if _child(c, "pobj") is not None else None
                else:
                    continue
                if deed is None or deed.pos_ == "PRON":
                    continue
                found = [t for t in conjuncts(deed) if self.could_be_actor(t)] or self._doers(deed)
                if found:
                    return found
        return []

    def _answered(self, verb: Token) -> Token | None:
        """'would respond to any Indian military action', 'will retaliate against any further
        attacks': the deed a promised answer answers (after one of `answered_preps`)."""
        if verb.lemma_.lower() not in self.retaliation:
            return None
        return next((self._counted(_child(c, "pobj")) for c in verb.children
                     if c.dep_ == "prep" and c.lower_ in self.answered_preps and _child(c, "pobj") is not None), None)

    def _forceful(self, verb: Token, answered: Token) -> bool:
        """'respond with full force', 'retaliate against any aggression': an answer of force, or to
        force (a word of `force_options` in the deed or the manner), is a threat of force (138)."""
        manner = [t for c in verb.children if c.dep_ in ("prep", "advmod") and c.i != answered.head.i
                  for t in c.subtree]
        return any(t.lemma_.lower() in self.force_options for t in (*answered.subtree, *manner))

    def _promised(self, clause: Token) -> bool:
        """'will strike', 'would respond' in a statement: 'when Israel struck, Iran answered' is a
        condition met, 'how would Japan respond if …?' a question."""
        return any(c.dep_ == "aux" and c.lower_ in self.promised_aux for c in clause.children) and not \
            text_end(clause.sent, "\"'”’").endswith("?")

    def _firmly(self, clause: Token, act: Token) -> bool:
        """'would impose sanctions unless …' is a threat; 'could suspend the pact if …' a musing, 'will
        not arrest him if he comes' a promise of restraint (`firm_promise_aux`, no negation on the act)."""
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in act.children):
            return False
        return any(c.dep_ == "aux" and c.lower_ in self.firm_aux for c in clause.children)

    def _condition(self, clause: Token) -> Token | None:
        """The 'if' or 'unless' clause, or the one opened by 'should' ('should Kyiv attack'), that
        `clause` depends on."""
        for c in clause.children:
            if c.dep_ != "advcl":
                continue
            first = c.doc[c.left_edge.i]
            if any(m.dep_ == "advmod" and m.lower_ == "even" for m in c.children):
                continue  # "even if that cost Belgrade its bid": a concession, no condition
            if any(m.dep_ == "mark" and m.lower_ in self.if_marks for m in c.children) or (
                    first.dep_ in ("aux", "auxpass") and first.lower_ == "should" and first.head.i == c.i):
                return c
        return None
