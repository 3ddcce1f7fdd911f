"""Acts of force: whom they struck, what they cost, and who did or claimed them.

"Shelled villages, killing 12", "an Israeli strike on Beirut killed five", "missiles slammed into
camps in Pakistan", "an attack claimed by al-Shabaab": an attack (a row whose code is in
`FORCE_ROOTS`) is told through its toll, through a thing it hit, as the subject of a verb of
force, or as the scene of another event, and the coder must find the attack, its doer and its
target however the sentence tells them. These helpers live together so that reading of force
stays in one place.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.coder.patterns import Link, Rule
from allegiance.coder.syntax import (
    AGENT_DEPS,
    FORCE_ROOTS,
    SUBJECT_DEPS,
    Candidate,
    _child,
    _names_someone,
    _set_off_participle,
    conjuncts,
    of_a_state,
    place_name,
)


class Attacks:
    """Methods of `PredicateFinder` (predicates.py) for acts of force, their tolls and who claimed
    them; they use its tables, `subjects`, `targets`, `_keys`, `_counted`, `_phrase`,
    `_reaction_rule`, `noun_event` and `_named_state`."""

    def _toll_of(self, verb: Token, found: list[Candidate]) -> int | None:
        """"…, killing 35 people" after an attack: the attack (its trigger's index), whose toll
        this is; the coder codes the killing only if the attack itself came to no event."""
        attack = self._attack_of(verb)
        if attack is None:
            return None
        return next((c.trigger.i for c in found if c.trigger.i == attack.i and c.code.startswith(self.toll_roots)), None)

    def _attack_of(self, verb: Token) -> Token | None:
        """The verb a toll participle hangs on; "shelled villages, officials said, killing 12":
        the parser hangs it on the speech verb, but the toll is the shelling's."""
        if verb.lemma_.lower() not in self.toll_verbs:
            return None
        while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
            verb = verb.head  # "…, shattering the truce and killing 400": the first participle's
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubj" and c.lower_ in self.relative for c in verb.children):
            return verb.head  # "the bombing of the market, which killed 40"
        if verb.dep_ == "relcl" and any(c.dep_ == "prep" and (w := _child(c, "pobj")) is not None
                                        and w.lower_ in self.relative for c in verb.children):
            return self._deed_above(verb.head)  # "the attack on the airport, in which 70 were killed"
        if not _set_off_participle(verb):
            return None
        head = verb.head
        if head.lemma_.lower() in self.speech:
            return next((c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), head)
        return head

    def _deed_above(self, noun: Token) -> Token:
        """The attack a phrase belongs to ("the attack on a school and the airport"): the parser
        hangs "…, in which 70 were killed" on the nearest noun, but the toll is the attack's."""
        at = noun
        while at.dep_ in ("conj", "pobj", "prep", "compound") and at.head.i != at.i:
            at = at.head
            if at.pos_ == "NOUN" and self._attack_code(at) is not None:
                return at
        return noun

    def _as_attack(self, cand: Candidate, verb: Token, found: list[Candidate]) -> None:
        """"bombed a market, killing 100 people": the attack names no one, so its toll names whom
        it struck, but the event is still the attack (its row's code), not a killing."""
        attack = self._attack_of(verb)
        if attack is None or not cand.code.startswith(self.toll_roots):
            return
        ours = next((c for c in found if c.trigger.i == attack.i), None)
        code = ours.code if ours is not None else self._attack_code(attack)
        if code is not None and code.startswith(self.toll_roots):
            cand.code, cand.struck = code, True
            if attack is not verb.head and attack.pos_ in ("VERB", "AUX"):
                cand.sources = self.subjects(attack) or cand.sources  # the shellers, not the speakers

    def _attack_code(self, attack: Token) -> str | None:
        """The code an attack word has on its own: a verb's row with no required object, a
        noun's row for its modifiers ("suicide bombing") or with none."""
        if attack.pos_ in ("NOUN", "PROPN"):
            mods = {c.lemma_.lower() for c in attack.children if c.dep_ in ("amod", "compound")}
            rows = self.p.nouns.get(attack.lemma_.lower(), [])
            return next((r.code for r in sorted(rows, key=lambda r: not r.words)
                         if (not r.words or r.words & mods) and r.code.startswith(self.toll_roots)), None)
        return next((r.code for k in self._keys(attack) for r in self.p.verbs.get(k, []) if not r.words), None)

    def _toll_of_thing(self, verb: Token) -> bool:
        """"the canopy collapse, which killed 16 people", "the ferry capsized, killing 40": the
        toll of an accident (`accident_words`) is no one's deed."""
        attack = self._attack_of(verb)
        return attack is not None and attack.lemma_.lower() in self.accidents

    def _struck_thing(self, verb: Token, link: Link) -> list[Token]:
        """"missiles slammed into nine camps in Pakistan", "drones rained down on a refinery in
        Russia": a thing an act of force hits through an aiming preposition (`struck_thing_preps`)
        names no actor, but as with an attacked object ("struck a camp in Pakistan") the coder
        takes the state where it lies."""
        aimed = Link("prep", link.preps & self.struck_preps)
        if not aimed.preps:
            return []
        return [t for t in self.targets(verb, aimed, places=True) if t.pos_ == "NOUN"
                and t.lemma_.lower() not in self.open_spaces and self._placed(t)][:1]

    def _told_force(self, noun: Token) -> bool:
        """Is an act of force the clause's own news, the object of its verb ("launched a barrage
        against …", "carried out strikes on …") or what an answer was made with, not a scene
        ("killed in a strike on a village near Tyre") whose place says little of who was hit?"""
        at = self._phrase(noun)
        return (at.dep_ == "dobj" and at.head.pos_ == "VERB") or self._answered_with(at)

    def _struck_by_noun(self, noun: Token, link: Link) -> list[Token]:
        """"a barrage against targets in western Ukraine", "strikes on Kharkiv": an act of force
        named by a noun is aimed, as a verb's is, at a named place or at a thing where it lies."""
        places = [t for t in self.targets(noun, link, places=True) if place_name(t)][:1]
        return places or self._struck_thing(noun, link)

    def _placed(self, thing: Token) -> bool:
        """Does a struck thing's phrase, or a place phrase beside it on the verb, name a state or
        a place of a state ("camps in Pakistan", "a refinery in Belgorod", "Ukrainian cities")?
        A clause about the thing ("ships that Israel owns") or a sea ("ships in the Red Sea")
        does not say where it lies."""
        verb = thing.head.head
        holders = [verb, verb.head] if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else [verb]  # "carried out strikes on targets in Pakistan"
        phrases = [thing, *(c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in self.struck_places)]
        words = [t for p in phrases for t in p.subtree
                 if not any(a.dep_ in ("relcl", "acl") and a in p.subtree for a in t.ancestors)]
        return any(of_a_state(t) for t in words if t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper()))

    def _attack_as_subject(self, cand: Candidate) -> None:
        """'an Israeli strike on Beirut killed five', 'Russian drone strikes hit Kharkiv': a verb
        of force whose subject is an attack tells what the attack did. The attack is the event:
        its doer is whoever the noun names (a state before it, a possessor, 'by X'), its code
        the noun's ('air strike' 195, not a killing), its target whom it was on, else whom the
        verb names; the verb keeps tense and modality."""
        if cand.code[:2] not in FORCE_ROOTS or len(cand.sources) != 1 or cand.frame is not None:
            return
        subject = cand.sources[0]
        deed = self._counted(subject)  # "a wave of Russian drone strikes hit Kyiv": the strikes did
        rule = self._reaction_rule(deed) if deed.pos_ == "NOUN" and subject.dep_ in SUBJECT_DEPS else None
        if rule is None or rule.code[:2] not in FORCE_ROOTS or rule.link.kind != "prep":
            return
        agents = self._doers(deed)
        if not agents:
            return
        aimed = self._aimed(deed, rule, cand.targets)
        # the attack's own code where the verb only says it hit or killed ('seized' says more)
        cand.code = rule.code if cand.code == "190" else cand.code
        cand.rule = f"attack:{cand.rule}+{rule.id}"
        cand.trigger, cand.frame = deed, cand.trigger
        cand.sources, cand.link = agents, rule.link if aimed is not cand.targets else cand.link
        cand.targets = aimed

    def _aimed(self, deed: Token, rule: Rule, victims: list[Token]) -> list[Token]:
        """Whom an attack hit: victims the clause names ('killed two Hamas officials'), else
        whom or where the attack was on ('strikes on Lebanon killed 12 people': unnamed
        victims are of the place struck, not of the attacker)."""
        if any(_names_someone(v) for v in victims):
            return victims
        return [t for t in self.targets(deed, rule.link) if self.could_be_actor(t)] or victims

    def _doers(self, deed: Token) -> list[Token]:
        """Who did an act named by a noun: 'Israel's strikes', 'strikes by Israel', 'Israeli strikes'
        (also on a count of them: 'Israel's wave of strikes')."""
        holders = [deed, *self._counting(deed)]
        owner = next((c for h in holders for c in h.children if c.dep_ == "poss" and c.lower_ not in self.reflexive), None)
        if owner is not None:
            return [t for t in conjuncts(owner) if self.could_be_actor(t)]
        by = next((_child(c, "pobj") for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None and self.could_be_actor(by):
            return conjuncts(by)
        return self._named_state(deed, AGENT_DEPS)

    def _answered_with(self, at: Token) -> bool:
        """"retaliated with strikes on Syria", "hit back with missiles at Haifa": the act of force
        an answer (`retaliation_verbs`) is made with is the answering subject's own."""
        return at.dep_ == "pobj" and at.head.lower_ == "with" and at.head.head.pos_ == "VERB" \
            and at.head.head.lemma_.lower() in self.p.clauses["retaliation_verbs"]

    def _fighters(self, noun: Token, verb: Token) -> list[Token]:
        """"Twenty soldiers were killed in fighting with Chinese troops": those a passive verb
        befell in a fight (`fought_nouns`) were one side of it; in a clash only armed ones
        (`armed_fought_nouns`: protesters "killed in clashes with police" did not fight)."""
        lemma = noun.lemma_.lower()
        armed = lemma in self.p.clauses["armed_fought_nouns"]
        if lemma not in self.p.clauses["fought_nouns"] and not armed:
            return []
        sufferer = _child(verb, "nsubjpass")
        found = [t for t in conjuncts(sufferer) if self.could_be_actor(t)] if sufferer is not None else []
        if armed and not all(t.lemma_.lower() in self.p.clauses["armed_sufferers"] for t in found):
            return []
        return found

    def _force_scene(self, noun: Token, at: Token) -> bool:
        """"killed during a Russian bombardment of Kyiv", "wounded in an Israeli strike on
        Tyre", "died in an attack by Turkish forces": an act of force set as the scene of another
        is told all the same, and its adjective or "by" phrase names the doer (a ban or talks in
        passing stay context)."""
        if not (at.dep_ == "pobj" and at.head.lower_ in self.p.clauses["force_scene_preps"]
                or at.dep_ == "dobj" and at.head.lemma_.lower() in self.p.clauses["force_scene_verbs"]) \
                or not self._doers(noun):
            return False
        cand = self.noun_event(noun)
        return cand is not None and cand.code.startswith(tuple(self.p.clauses["force_scene_roots"]))

    def _violent_deed(self, noun: Token) -> bool:
        """An event noun of force ("attack", "bombing", "ambush"), not a victory or a seat claimed."""
        return any(r.code[:2] in FORCE_ROOTS for r in self.p.nouns.get(noun.lemma_.lower(), []))

    def _claimant(self, deed: Token) -> list[Token]:
        """Who owned up to a deed: "the Houthis claimed responsibility for the attack"."""
        owned = deed.head.head if deed.dep_ == "pobj" and deed.head.lower_ == "for" else None
        if owned is None or owned.dep_ != "dobj" or (owned.head.lemma_.lower(), owned.lemma_.lower()) not in self.owning_up:
            return self._deed_owner(deed)
        return [t for t in self.subjects(owned.head) if self.could_be_actor(t)]

    def _deed_owner(self, deed: Token) -> list[Token]:
        """Who claimed a deed named as the claim's object (`deed_claims`): "X claimed the attack",
        "an attack claimed by X", "an attack X later claimed"."""
        if deed.dep_ == "dobj" and deed.head.lemma_.lower() in self.deed_claims:
            found = self.subjects(deed.head)
        else:
            verb = next((c for c in deed.children if c.dep_ in ("acl", "relcl")
                         and c.lemma_.lower() in self.deed_claims), None)
            if verb is None:
                return []
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            found = conjuncts(_child(by, "pobj")) if by is not None else [
                c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in self.relative]
        return [t for t in found if self.could_be_actor(t)]

    def claimers(self, sent: Span) -> list[Token]:
        """Who owned up to a deed of violence the sentence tells ("…, killing 10, in an attack
        claimed by al-Shabaab", "…, and the Islamic State claimed the attack", "the Houthis later
        claimed responsibility"): the doer of its violence that names no doer of its own. A
        denied claim ("No group claimed responsibility", "has not claimed the attack") owns nothing."""
        for tok in sent:
            if tok.dep_ == "dobj" and (tok.head.lemma_.lower(), tok.lemma_.lower()) in self.owning_up:
                claim, found = tok.head, self.subjects(tok.head)
            elif tok.pos_ == "NOUN" and self._violent_deed(tok) and (found := self._deed_owner(tok)):
                claim = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.deed_claims else next(
                    c for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.deed_claims)
            else:
                continue
            if any(c.dep_ == "neg" for c in claim.children) or any(
                    c.dep_ == "det" and c.lower_ == "no" for s in found for c in s.children):
                continue
            owners = [t for t in found if self.could_be_actor(t)]
            if owners:
                return owners
        return []
