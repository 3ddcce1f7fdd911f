"""Find event predicates in a dependency parse and the tokens that fill their roles.

A `Candidate` is what the parse says before actors are resolved: a CAMEO code from the pattern
dictionaries, the trigger token, and the heads of the source and target noun phrases. Frames
("seeks an alliance", "urged them to meet") turn an embedded event into intent, appeal,
demand, refusal or threat through `frame_codes.tsv`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolve import counted_pair
from allegiance.coder.patterns import Link, Patterns, Rule
from allegiance.coder.syntax import (
    ADDRESSED_FRAMES,
    AGENT_DEPS,
    AGENT_NOUN_ROOTS,
    CONTEXT_PREPS,
    Candidate,
    DIRECTIVE_FRAMES,
    FORCE_ROOTS,
    INHERIT_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    POSTURE_LINK,
    PROTEST_ROOT,
    SELF_PRONOUNS,
    SUBJECT_DEPS,
    VISIT_CODES,
    _aimed_at_thing,
    _bare,
    _borrows_subject,
    _child,
    _absolute_clause,
    _absolute_with,
    _in_a_role,
    _noun_chain,
    _object_words,
    _protest_demands,
    _recipients,
    _reciprocal,
    _set_off_participle,
    _top_down,
    conjuncts,
    place_name,
)
from allegiance.coder.attacks import Attacks
from allegiance.coder.demands import Demands
from allegiance.coder.encounters import Encounters
from allegiance.coder.exchanges import Exchanges
from allegiance.geo.gazetteer import load_gazetteer
from allegiance.geo.locate import forget_places, named_place, seat_of_power
from allegiance.nlp.entities import entity_around
from allegiance.coder.offers import Offers
from allegiance.coder.owners import Owners
from allegiance.coder.passives import Passives
from allegiance.coder.refusals import Refusals
from allegiance.coder.threats import Threats
from allegiance.coder.verdicts import Verdicts


# where a crowd goes or gathers: "took to the streets", "massed in the square"
WHERE_PREPS = {"to", "into", "onto", "through", "across", "along", "around", "in", "at"}
BETWEEN = Link("prep", frozenset({"between"}))
# the places in a clause where an event noun is what its verb says happened or was done
ARGUMENT_DEPS = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"dobj"}


class PredicateFinder(Verdicts, Encounters, Threats, Refusals, Demands, Exchanges, Offers,
                      Attacks, Passives, Owners):
    def __init__(self, patterns: Patterns):
        self.p = patterns
        self.could_be_actor = lambda tok, apposed=True: True
        self.triggers: set[int] = set()
        self._key_cache: dict[tuple, tuple[str, ...]] = {}  # (doc, token index) → `_keys`
        self.relative = patterns.clauses["relative_pronouns"]
        self.reflexive = patterns.clauses["reflexive_pronouns"]
        self.noun_preps = patterns.clauses["standalone_noun_preps"]
        self.joint_meeting_preps = set(patterns.clauses["joint_meeting_preps"])
        self.joint_meeting_brokers = set(patterns.clauses["joint_meeting_brokers"])
        self.brokered_meeting_preps = set(patterns.clauses["brokered_meeting_preps"])
        self.brokered_pact_preps = set(patterns.clauses["brokered_pact_preps"])
        self.joint_meeting_long_spans = set(patterns.clauses["joint_meeting_long_spans"])
        self.offered_gathering_heads = set(patterns.clauses["offered_gathering_heads"])
        self.pact_preps = set(patterns.clauses["pact_preps"])
        self.pact_codes = set(patterns.clauses["pact_codes"])
        self.trips = patterns.clauses["trip_verbs"]
        self.hosting_for = patterns.clauses["hosting_for_verbs"]
        self.trip_nouns = patterns.clauses["trip_nouns"]
        self.owning_up = {tuple(entry.split()) for entry in patterns.clauses["responsibility_claims"]}
        self.claims = patterns.clauses["claim_verbs"]
        self.deed_claims = set(patterns.clauses["deed_claims"])
        self.on_verbs = patterns.clauses["on_verbs"]
        self.mediation = patterns.clauses["mediation_verbs"]
        self.evasions = set(patterns.clauses["evasion_verbs"])
        self.hosting = patterns.clauses["hosting_verbs"]
        self.pairing = patterns.clauses["pairing_verbs"]
        self.hosted_talks = patterns.clauses["hosted_talks"]
        self.gathering_hosts = patterns.clauses["gathering_host_verbs"]
        self.hosted_gatherings = patterns.clauses["hosted_gatherings"]
        self.mediators = patterns.clauses["mediator_nouns"]
        self.mediator_roles = patterns.clauses["mediator_roles"]
        self.control = patterns.clauses["object_control_verbs"]
        self.receiving = patterns.clauses["receiving_verbs"]
        self.launching = patterns.clauses["launching_verbs"]
        self.ranking = patterns.clauses["ranking_words"]
        self.agreeing = patterns.clauses["agreement_verbs"]
        self.commitment = patterns.clauses["commitment_verbs"]
        self.summary_nouns = patterns.clauses["summary_nouns"]
        self.reaction_aims = tuple(patterns.clauses["reaction_aim_roots"])
        self.said_aims = tuple(patterns.clauses["said_aim_roots"])
        self.renamed_deeds = set(self.summary_nouns) | set(patterns.clauses["renamed_deeds"])
        self.naming_verbs = patterns.clauses["naming_verbs"]
        self.dismissal_verbs = set(patterns.clauses["dismissal_verbs"])
        self.answered_proposals = set(patterns.clauses["answered_proposals"])
        self.negative_verdicts = patterns.clauses["negative_verdicts"]
        self.positive_verdicts = patterns.clauses["positive_verdicts"]
        self.criticism_roots = tuple(patterns.clauses["criticism_roots"])
        self.said_nouns = patterns.clauses["said_nouns"]
        self.verdict_skips = patterns.clauses["verdict_skips"]
        self.toll_verbs = patterns.clauses["toll_verbs"]
        self.toll_roots = tuple(patterns.clauses["toll_roots"])
        self.accidents = set(patterns.clauses["accident_words"])
        self.court_nouns = patterns.clauses["court_nouns"]
        self.ruling_verbs = patterns.clauses["ruling_verbs"]
        self.unlawful = patterns.clauses["unlawful_findings"]
        self.breach_verbs = patterns.clauses["breach_verbs"]
        self.finding_verbs = patterns.clauses["finding_verbs"]
        self.crime_verbs = patterns.clauses["crime_verbs"]
        self.atrocity_crimes = patterns.clauses["atrocity_crimes"]
        self.abuse_crimes = patterns.clauses["abuse_crimes"]
        self.culpability = patterns.clauses["culpability_words"]
        self.dispute_verbs = patterns.clauses["dispute_verbs"]
        self.wrongdoing_verbs = set(patterns.clauses["wrongdoing_verbs"])
        self.wrongdoing_roots = tuple(patterns.clauses["wrongdoing_roots"])
        self.agreed_outcomes = tuple(patterns.clauses["agreement_outcomes"])
        self.giving_way = patterns.clauses["giving_way_codes"]
        self.giving_way_marks = patterns.clauses["giving_way_marks"]
        self.suit_codes = patterns.clauses["suit_codes"]
        self.suit_accusing = patterns.clauses["suit_accusing_verbs"]
        self.where_preps = WHERE_PREPS | patterns.clauses["role_preps"]
        self.agreement_frames = patterns.clauses["agreement_frame_preps"]
        self.reception: dict[str, set[str]] = {}
        for entry in patterns.clauses["reception_verbs"]:  # "draw", "come under"
            verb, _, prep = entry.partition(" ")
            self.reception.setdefault(verb, set()).update([prep] if prep else [])
        self.givers = patterns.clauses["reaction_givers"]
        self.place_roots = tuple(patterns.clauses["reaction_place_roots"])
        self.reaction_preps = {_bare(entry) for entry in patterns.clauses["reaction_preps"]}
        self.reaction_roots = tuple(patterns.clauses["reaction_roots"])
        self.sparking_verbs = set(patterns.clauses["sparking_verbs"])
        self.causes = patterns.clauses["reaction_causes"]
        self.answered_marks = patterns.clauses["answered_clause_marks"]
        self.answered_deed_preps = patterns.clauses["answered_deed_preps"]
        self.answered_clause_roots = tuple(patterns.clauses["answered_clause_roots"])
        self.implied_codes = tuple(patterns.clauses["implied_party_codes"])
        self.implied_marks = set(patterns.clauses["implied_party_marks"])
        self.denial = patterns.clauses["denial_verbs"]
        self.withheld = patterns.clauses["withheld_statement_verbs"]
        self.withheld_details = patterns.clauses["withheld_details"]
        self.withheld_givers = patterns.clauses["withheld_giving_verbs"]
        self.intent_adjectives = patterns.clauses["intent_adjectives"]
        self.intended_acts = patterns.clauses["intended_acts"]
        self.offering = patterns.clauses["offer_frames"] | self.intent_adjectives
        self.wishing = patterns.clauses["wishing_verbs"]
        self.solitary = frozenset(patterns.clauses["solitary_intents"])
        self.wishing_demands = patterns.clauses["wishing_demands"]
        self.aimed_preps = patterns.clauses["aimed_preps"]
        self.outward_preps = patterns.clauses["outward_preps"]
        self.deciding = patterns.clauses["deciding_intents"]
        self.decided_roots = tuple(patterns.clauses["decided_measure_roots"])
        self.plan_nouns = patterns.clauses["opposed_plan_nouns"]
        self.opposing = patterns.clauses["opposing_verbs"]
        self.conceded_roots = tuple(patterns.clauses["agreed_concession_roots"])
        self.inviting = patterns.clauses["invitation_verbs"]
        self.invited_appeals = patterns.clauses["invitation_appeals"]
        self.invitation_code = next(iter(patterns.clauses["invitation_code"]))
        self.withheld_measures = tuple(patterns.clauses["withheld_measure_codes"])
        self.speech = patterns.clauses["speech_verbs"]
        self.optimistic = patterns.clauses["optimistic_words"]
        self.place_objects = set(patterns.clauses["place_objects"])
        self.struck_preps = frozenset(patterns.clauses["struck_thing_preps"])
        self.open_spaces = frozenset(patterns.clauses["open_spaces"])
        self.owner_participles = frozenset(patterns.clauses["owner_participles"])
        self.destined_participles = frozenset(patterns.clauses["destined_participles"])
        self.struck_places = frozenset(patterns.clauses["struck_place_preps"])
        self.actor_object_verbs = set(patterns.clauses["actor_object_verbs"])
        self.hosting_preps = patterns.clauses["hosting_preps"]
        self.host_places = set(patterns.clauses["host_places"]) | self.place_objects
        self.pessimistic = patterns.clauses["pessimistic_words"]
        self.retaliation = patterns.clauses["retaliation_verbs"]
        self.option_verbs = patterns.clauses["option_verbs"]
        self.unrefused = set(patterns.clauses["unrefused_objects"])
        self.force_options = patterns.clauses["force_options"]
        self.answered_preps = patterns.clauses["answered_preps"]
        self.answer_nouns = patterns.clauses["answer_nouns"]
        self.fate_verbs = patterns.clauses["fate_verbs"]
        self.threat_nouns = patterns.clauses["threat_nouns"]
        self.answering_verbs = dict(pair.split(":") for pair in patterns.clauses["answering_verbs"])
        self.measure_verbs = patterns.clauses["measure_verbs"]
        self.measure_nouns = patterns.clauses["measure_nouns"]
        self.rebuke_roots = patterns.clauses["rebuke_roots"]
        self.threat_holding_verbs = patterns.clauses["threat_holding_verbs"]
        self.fate_nouns = patterns.clauses["fate_nouns"]
        self.avenging = patterns.clauses["avenging_verbs"]
        self.promised_aux = patterns.clauses["promise_aux"]
        self.if_marks = patterns.clauses["threat_condition_marks"]
        self.coercion_roots = set(patterns.clauses["coercion_threat_roots"])
        self.reserving = patterns.clauses["reserving_verbs"]
        self.deadline_verbs = patterns.clauses["deadline_verbs"]
        self.deadline_units = patterns.clauses["deadline_units"]
        self.departures = patterns.clauses["deadline_departures"]
        self.reserved = patterns.clauses["reserved_nouns"]
        self.firm_aux = patterns.clauses["firm_promise_aux"]
        self.named_targets = patterns.clauses["named_target_objects"]
        self.joining = patterns.clauses["measure_joining_verbs"]
        self.quantities = {*patterns.clauses["quantity_nouns"], *patterns.clauses["sum_nouns"],
                           *patterns.clauses["duration_nouns"]}
        self.audience = set(self.speech) | set(patterns.clauses["audience_verbs"])
        self.reporting = self.speech | self.finding_verbs  # verbs that say what someone did
        self.companion_preps = patterns.clauses["companion_preps"]
        self.companion_sides = patterns.clauses["companion_sides"]
        self.venue_preps = patterns.clauses["venue_preps"]
        self.residents = patterns.clauses["resident_envoys"]
        self.exchange_nouns = patterns.clauses["exchange_nouns"]
        self.particles = patterns.clauses["particle_preps"]
        self.object_particles = frozenset(patterns.clauses["object_particles"])
        self.authored = frozenset(patterns.clauses["authored_nouns"])
        self.release_nouns = patterns.clauses["release_nouns"]
        self.held_release_codes = tuple(patterns.clauses["held_release_codes"])
        self.exchanged_people = patterns.clauses["exchanged_people"]
        self.mutual_pronouns = patterns.clauses["mutual_pronouns"]
        self.mutual_roots = patterns.clauses["mutual_roots"]
        self.exchange_codes = patterns.clauses["exchange_codes"]
        self.pullback_codes = patterns.clauses["pullback_codes"]
        self.pullback_forces = patterns.clauses["pullback_forces"]
        self.deed_nouns = patterns.clauses["deed_nouns"]
        self.deed_owning = patterns.clauses["deed_owning_verbs"]
        self.issued_texts = patterns.clauses["issued_texts"]
        self.requesting_nouns = patterns.clauses["requesting_nouns"]
        self.issuing = patterns.clauses["issuing_verbs"]
        self.label_roots = tuple(patterns.clauses["label_roots"])

    # -- entry point --------------------------------------------------------------------
    def find(self, sent: Span, could_be_actor=None) -> list[Candidate]:
        """Candidates of one sentence; `could_be_actor(token)` screens targets so that a
        pattern whose only object names nobody ("into the sea") gives way to the next one."""
        self.could_be_actor = could_be_actor or (lambda tok, apposed=True: True)
        self._mend_particles(sent)
        self._key_cache.clear()  # keys read before the particles were mended are stale
        found: list[Candidate] = []
        self.found = found  # a threat naming no one borrows the target of a rebuke beside it (threats.py)
        consumed: set[int] = set()
        self.triggers = set()  # events found so far in this sentence (heads come before their words)
        for tok in _top_down(sent):
            lemma = tok.lemma_.lower()  # asked up to five times per word below
            pos = tok.pos_  # likewise: each read of a spaCy string attribute is a lookup
            verbal, noun = pos in ("VERB", "AUX"), pos == "NOUN"
            if verbal:  # "would not sign until Yerevan amends …": also a demand
                for demand in self.conditioned_demands(tok):
                    consumed.update(demand.absorbed)  # the condition is demanded, not done
                    found.append(demand)
            if tok.i in consumed:
                continue
            cand = None
            if self._brokering(tok):
                cand = self.brokered(tok)
            elif noun and self._mediator_noun(tok):
                cand = self.mediator(tok)
            elif verbal and tok.dep_ != "amod":  # "captured soldiers" describes them
                cand = self.relative_accusation(tok) or self.destination(tok) or self.deed_answered(tok) or self.passive_threat(tok) or self.ultimatum(tok) \
                    or self.verb_event(tok, consumed) \
                    or self._force_on_condition(tok)
            elif noun and lemma in self.p.clauses["intent_nouns"]:
                cand = self.stated_intent(tok, consumed)
            elif noun and lemma in self.threat_nouns \
                    and (threat := self.threat_noun(tok)) is not None:
                cand = threat  # "Pyongyang's threat of an overwhelming response to the drills"
            elif noun and (request := self.requested_deed(tok)) is not None:
                cand = request  # "sent troops at Maputo's request": Maputo asked the sender
            elif noun and (demand := self.reported_demand(tok)) is not None:
                cand = demand  # "rejected Moscow's demand that Kyiv withdraw"
            elif noun and (accusation := self.reported_accusation(tok)) is not None:
                cand = accusation  # "denied allegations by Washington that he had links to a cartel"
            elif noun and (mediation := self.mediation_by(tok)) is not None:
                cand = mediation  # "freed X after mediation by Qatar"
            elif noun and (backing := self.backed_in(tok)) is not None:
                cand = backing  # "came out in support of Morocco's plan"
            elif pos in ("NOUN", "PROPN") and lemma in self.p.nouns:
                cand = self.standalone_noun(tok)
            elif pos == "ADJ" and tok.dep_ == "acomp":
                intent = lemma in self.intent_adjectives
                cand = self.readiness(tok, consumed) if intent else self.stance(tok)
            if cand is not None and self._toll_of_thing(tok):
                cand = None  # "the canopy collapse, which killed 16": an accident, no one's deed
            if cand is not None:
                cand.toll_of = self._toll_of(tok, found)
                for attack in (c for c in found if c.trigger.i == cand.toll_of
                               and any(self.could_be_actor(t) for t in cand.targets)):
                    attack.tolled = True  # "…, killing 20 people": the toll names whom it struck
                self._as_attack(cand, tok, found)
                consumed.add(cand.trigger.i)
                consumed.update(cand.absorbed)
                self.triggers.add(cand.trigger.i)
                found.append(cand)
                swap = self.exchanged(cand)
                if swap is not None:
                    found.append(swap)
            if verbal and lemma in self.audience:
                seen = self.spoken_at(tok)  # "told Trump at the White House": also a visit
                if seen is not None:
                    found.append(seen)
            if lemma in self.claims:
                consumed.update(self._claimed(tok))
        warnings = [self.warned_condition(tok, found) for tok in sent]  # a condition set, nothing else coded
        found += [c for c in warnings if c is not None]
        return _protest_demands([self._conditional_threat(c) for c in found])

    def _claimed(self, verb: Token) -> set[int]:
        """Words of what an accusation claims ("of attacking Z", "charged with plotting a coup"):
        not events of their own."""
        out = set()
        if self._said_word(verb):
            return out  # "…, charges Asmara rejected": a said-noun the parser took for a verb claims nothing
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "prep" and child.lower_ in ("of", "for", "with")):
                out.update(t.i for t in child.subtree)
        # "…, a charge Bratislava denied": the parser hangs the reaction to the accusation on its
        # last word; it is no part of what is claimed
        for noun in verb.subtree:
            if noun.dep_ == "appos" and noun.i in out and noun.lemma_.lower() in self.said_nouns:
                out.difference_update(t.i for t in noun.subtree)
        return out

    # -- verbs --------------------------------------------------------------------------
    def verb_event(self, verb: Token, consumed: set[int] | None = None, embedded: bool = False) -> Candidate | None:
        if self._opposed_plan(verb):
            return None
        keys = self._keys(verb)
        refusal = self.stated_refusal(verb) or self.withheld_membership(verb) or self.denied_permission(verb)  # "would not bow to pressure"
        if refusal is not None:
            return refusal
        scorned = self.scorned(verb)  # "rejected the remarks as interference": criticism, no rejection
        if scorned is not None:
            return scorned
        # "called the Russian strike horrible": a verdict after the object, never "called a strike"
        named = self.judged(verb) if any(c.dep_ == "oprd" for c in verb.children) else None
        if named is not None:
            return named
        # a fixed phrase with its object ("struck a deal with") beats any frame reading
        for key in keys:
            cand = self._from_rules(verb, [r for r in self.p.verbs.get(key, []) if r.words])
            if cand is not None and self._aim_untargeted(verb, cand):
                return cand
        reading = self.received(verb) or self.judged(verb) or self.said_verdict(verb) or self.ruled(verb) \
            or self.force_left_open(verb) or self.warned_answer(verb) or self.reserved_answer(verb) \
            or self.found_crime(verb) or self.disputed(verb) or self.reported_wrong(verb) \
            or self.judged_deed(verb)
        if reading is not None:
            return reading
        directed = self.directed(verb)  # "ordered Israel to halt the offensive": a demand on Israel
        if directed is not None:
            return directed
        frame = next((self.p.frames[k] for k in keys if k in self.p.frames), None)
        if frame == "light" and verb.lemma_.lower() in self.commitment and _child(verb, "dobj") is None and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
            frame = "intent"  # "committed to hold joint exercises", "undertook to withdraw"
        if frame == "refuse" and self._went_ahead(verb):
            return None
        if frame and frame != "light":
            framed = self._framed(verb, frame, consumed)
            if framed is not None and verb.lemma_.lower() in self.inviting:
                # "invited Trump to Beijing", "invited Raisi to visit": an invitation offers to
                # host, the inviter's intent to meet (036), not an appeal to the guest
                framed.code = self.invitation_code if framed.code in self.invited_appeals else framed.code
            if framed is not None:
                return framed
        evading = self._helps_evade(verb)
        for key in keys:
            cand = self._from_rules(verb, [r for r in self.p.verbs.get(key, []) if not r.words
                                           and not (evading and r.code.startswith("07"))])
            if cand is not None and self._aim_untargeted(verb, cand):
                return cand
        if frame == "light":
            obj = _child(verb, "dobj")
            if obj is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                obj = verb.head  # "the relations Baghdad had with Moscow"
            if obj is None:  # "sat down in Istanbul for talks", "retaliated with duties on US whiskey",
                # "signed off on a loan for Kenya"
                obj = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "with", "on")), None)
            if verb.lemma_.lower() in self.retaliation:
                # "avenge the killing with strikes on Israel": the answer is the event, not what it avenges
                obj = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            cand = self._object_event(obj, verb)
            if cand is not None:
                cand.frame = verb  # the light verb carries tense, negation and modality
                # "announced a ceasefire between Israel and Iran": the sides named are its parties
                cand.sources = cand.sources or self.subjects(verb)
                cand.inherited_source = _borrows_subject(verb)
                cand.rule = f"light:{verb.lemma_.lower()}+{cand.rule}"
                self._passive(verb, cand)
                return cand
        return None

    def _helps_evade(self, verb: Token) -> bool:
        """"Helping Moscow dodge sanctions", "helped the UN broker a deal": the clause under the
        verb (`evasion_verbs`, "get around" with the word after it) is no aid to the one helped."""
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ != "VERB":
                continue
            lemma = clause.lemma_.lower()
            after = clause.nbor(1).lower_ if clause.i + 1 < len(clause.doc) else ""
            if lemma in self.evasions or f"{lemma} {after}" in self.evasions:
                return True
        return False

    def _opposed_plan(self, verb: Token) -> bool:
        """"Rejected any attempt to push X": the planned deed is the object of the opposition, not done."""
        plan = verb.head
        if verb.dep_ != "acl" or _child(verb, "aux") is None or plan.lemma_.lower() not in self.plan_nouns:
            return False
        governor = plan.head.head if plan.dep_ == "pobj" else plan.head
        return plan.dep_ in ("dobj", "pobj") and governor.lemma_.lower() in self.opposing

    def _aim_untargeted(self, verb: Token, cand: Candidate) -> bool:
        """Aims an act its row left without a target at the one the clause beside it names: a
        lawsuit (suit_codes) at the accused, a giving way (giving_way_codes: "Bogota relented",
        "Austria dropped its veto") at whoever pressed for it; False when a giving way has no one
        ("Macron will not back down": no one named to give way to)."""
        if cand.targets or cand.link.kind != "none":
            return True
        if cand.code in self.suit_codes:
            accused = self._suit_accused(verb)
            if accused:
                cand.targets, cand.link = accused, Link("obj")
            return True
        if cand.code not in self.giving_way:
            return True
        cand.targets, cand.link = self._pressers(verb, cand.sources), Link("obj")
        return bool(cand.targets)

    def _suit_accused(self, verb: Token) -> list[Token]:
        """"filed a case at the ICJ accusing Israel of genocide": the accused is the defendant."""
        return [o for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
                and c.lemma_.lower() in self.suit_accusing
                for o in [_child(c, "dobj")] if o is not None and self.could_be_actor(o)]

    def joined_parties(self, verb: Token, sources: list[Token]) -> list[Token]:
        """The doers, other than the act's own, of the clauses joined to the act's clause by one
        of implied_party_marks: the one it hangs on ("Trump backed off when Mexico agreed"
        read from Mexico's side) and those under it ("… after Washington set a deadline")."""
        joined = [(c, c) for c in verb.children if c.dep_ == "advcl"]  # (clause, the one with the mark)
        if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
            joined.append((verb.head, verb))
        own = {t.i for t in sources}
        parties: dict[int, Token] = {}
        for clause, marked in joined:
            if not any(m.dep_ == "mark" and m.lower_ in self.implied_marks for m in marked.children):
                continue
            for t in self._clause_doers(clause, clause):
                if t.i not in own and t.pos_ != "PRON" and self.could_be_actor(t):
                    parties[t.i] = t
        return list(parties.values())

    def thing_owner(self, thing: Token | None) -> list[Token]:
        """Whose a thing acted on is when the phrase says so: the maker in a clause on it ("the
        offer, which Seoul had made on Monday") or its owner ("the other's proposals")."""
        if thing is None or self.could_be_actor(thing):
            return []
        owner = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" and self.could_be_actor(c)]
        makers = [t for c in thing.children if c.dep_ == "relcl" for t in self.subjects(c)
                  if t.pos_ != "PRON" and t.lower_ not in self.relative and self.could_be_actor(t)]
        return owner or makers

    def _pressers(self, verb: Token, sources: list[Token]) -> list[Token]:
        """Whom an actor that 'backed down' gave way to: the actor of the clause its own clause
        hangs on ("Trump imposed tariffs before Bogota relented") or of an 'after' clause under it
        ("Colombia backs down after Trump threatens tariffs")."""
        clauses = [verb.head] if verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX") else []
        clauses += [c for c in verb.children if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in self.giving_way_marks for m in c.children)]
        own = {t.i for t in sources}
        return [t for c in clauses for t in self.subjects(c) if t.i not in own and self.could_be_actor(t)]

    def received(self, verb: Token) -> Candidate | None:
        """'drew a sharp rebuke from Washington', 'faced criticism from Ankara', 'came under attack
        from Moscow', 'sparked outrage in Kyiv': the one the event comes from acted on the subject,
        or on whoever did what the subject names ('a deal that drew fierce criticism')."""
        lemma = verb.lemma_.lower()
        if lemma not in self.reception:
            return None
        noun = _child(verb, "dobj")
        if noun is None:  # "came under fire from", "met with condemnation from"
            noun = next((_child(c, "pobj") for c in verb.children
                         if c.dep_ == "prep" and c.lower_ in self.reception[lemma]), None)
        # "triggering deadly protests and a rebuke from the Constitutional Council"
        for reaction in map(self._counted, conjuncts(noun)):  # "drew a wave of criticism from"
            rule = self._reaction_rule(reaction)
            givers = self._reacting(reaction, rule, verb) if rule is not None else []
            if givers:
                return Candidate(rule.code, f"received:{lemma}+{rule.id}", reaction, verb, givers,
                                 self._author(verb), Link("obj"), inherited_source=False, weight=0.75)
            crowd = self._sparked_protest(reaction, rule, verb)
            if crowd is not None:
                return crowd
        return None

    def _sparked_protest(self, reaction: Token, rule: Rule | None, verb: Token) -> Candidate | None:
        """"was jailed, sparking the largest street protests in Turkey": protests an act set off,
        by no one named, are the crowd's (`implied_agent`: of the place they fill, else of the
        state of the one who did the act), aimed at the one who did it."""
        if rule is None or not rule.code.startswith(PROTEST_ROOT) or verb.lemma_.lower() not in self.sparking_verbs:
            return None
        authors = self._author(verb) or self._passive_doers(verb)
        if not authors:
            return None
        return Candidate(rule.code, f"sparked:{verb.lemma_.lower()}+{rule.id}", reaction, verb, [], authors,
                         Link("obj"), inherited_source=False, weight=0.75, implied_agent=("CVL", True))

    def _mend_particles(self, sent: Span) -> None:
        """'brushing aside Moscow's demand': spaCy may take the particle of a phrasal verb for a
        preposition and the verb's object for its object; relabel them as particle and direct
        object, so that rows with an object (and "the owner is the target") read the phrase."""
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in self.object_particles:
                continue  # (before .head: each read of it builds a token, for every word of the text)
            verb = prep.head
            if verb.pos_ != "VERB" or verb.i > prep.i:
                continue
            pobj, dobj = _child(prep, "pobj"), _child(verb, "dobj")
            if (pobj is None) == (dobj is None):
                continue  # a particle has the object (misread) or the verb has it ("brushing aside a warrant")
            key = f"{verb.lemma_.lower()} {prep.lower_}"
            if key not in self.p.verbs and key not in self.p.frames:
                continue
            prep.dep_ = "prt"
            if pobj is not None:
                pobj.head, pobj.dep_ = verb, "dobj"
            forget_places(sent.doc)

    def _keys(self, verb: Token) -> tuple[str, ...]:
        """Dictionary keys for a verb: with its particle first ("call on", "step down"). Asked
        for the same verb by many readings, so kept until the next sentence is mended."""
        at = (verb.doc, verb.i)
        if at not in self._key_cache:
            self._key_cache[at] = tuple(self._read_keys(verb))
        return self._key_cache[at]

    def _read_keys(self, verb: Token) -> list[str]:
        lemma = verb.lemma_.lower()
        children = list(verb.children)
        # "called Xi on Tuesday" is no "call on": a verb with its own object is not the
        # prepositional verb
        has_object = any(c.dep_ == "dobj" for c in children)
        phrases = [f"{lemma} {c.lower_}" for c in children
                   if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and not has_object)]
        # "took him into custody", "placed Bongo under house arrest": the phrase's noun decides
        phrases = [f"{lemma} {c.lower_} {o.lemma_.lower()}" for c in children if c.dep_ == "prep"
                   for o in c.children if o.dep_ == "pobj"] + phrases
        keys = [k for k in phrases if k in self.p.verbs or k in self.p.frames]
        particles = {f"{lemma} {c.lower_}" for c in children if c.dep_ == "prt"}
        if particles:
            # a phrasal verb means something else than its bare verb: "called off strikes" is
            # no call for strikes, "gave up" no gift
            return [k for k in keys if k in particles]
        return [*keys, lemma]

    def _mistagged_clause(self, verb: Token) -> tuple[Token | None, Token | None]:
        """"demanded that Tokyo retract the remarks": the small model often reads the bare verb
        after "that" as a noun, its subject as that noun's compound; the clause still asks
        its subject to act."""
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.pos_ not in ("NOUN", "ADJ", "PROPN") \
                    or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                continue
            asked = [c for c in clause.children if c.dep_ in ("nsubj", "compound") and c.i < clause.i]
            if asked and self.could_be_actor(asked[0]):
                return clause, asked[0]
        return None, None

    def _framed(self, verb: Token, frame: str, consumed: set[int] | None) -> Candidate | None:
        inner = None
        xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if frame == "refuse" and xcomp is not None and self._a_statement(xcomp):
            return self._withheld(verb, xcomp, consumed)
        answered = self.deed_answered(xcomp) if xcomp is not None and frame == "threaten" else None
        if answered is not None:  # "warned that any incursion would be met with force": not a meeting
            if consumed is not None:
                consumed.update((xcomp.i, *answered.absorbed))
            return answered
        if xcomp is not None:
            inner = self.verb_event(xcomp, embedded=True)
        if frame == "refuse" and inner is not None and inner.rule.startswith("left-open"):
            return inner  # "refused to rule out force": the option is kept, a threat
        if inner is not None and inner.rule.startswith("refusal:"):
            return inner  # "vowed that Taiwan would not bow to pressure": the refusal is what is vowed
        if frame == "negate" and verb.lemma_.lower() in self.denial and xcomp is not None and (
                xcomp.dep_ == "ccomp" or xcomp.tag_ == "VBG"):  # "denied that it…", "denied arming the RSF"
            if consumed is not None and inner is not None:
                consumed.add(inner.trigger.i)
            return Candidate("016", f"denial:{verb.lemma_.lower()}", verb, None, self.subjects(verb), [],
                             Link("none"), inherited_source=_borrows_subject(verb))
        obj = _child(verb, "dobj")
        if inner is None and obj is not None:
            inner = self._object_event(obj, verb)
        invited = self._offered_act(obj) if frame == "refuse" and inner is None and xcomp is None else None
        if invited is not None:  # "declined an invitation to meet Austin": the meeting is refused
            inner = self.verb_event(invited, embedded=True)
        if frame == "refuse" and self._kept_open(verb):
            return self._kept_option(verb, inner, consumed)
        wanted = None
        if inner is None and xcomp is None:
            # "called for talks with the US", "appealed for a ceasefire": the event is the
            # object of the frame's preposition
            preps = ("for", "to", "on") if verb.lemma_.lower() in self.agreeing else ("for", "to")
            offered = [_child(c, "pobj") for c in verb.children
                       if c.dep_ == "prep" and c.lower_ in preps and _child(c, "pobj") is not None]
            # "agreed on Wednesday to a ceasefire": the phrase that names an event, not a date
            found = [(n, e) for n in offered if (e := self._object_event(n, verb)) is not None]
            wanted, inner = found[0] if found else (offered[0] if offered else None, None)
        if inner is not None and wanted is not None and wanted.head.lower_ == "on" and not inner.code.startswith(
                self.agreed_outcomes):
            inner = None  # "agreed on a deal" makes one; what else is "agreed on" is left as before
        if (frame == "intent" and inner is not None and xcomp is None and verb.lemma_.lower() in self.agreeing
                and inner.code.startswith(self.agreed_outcomes)):
            # "agreed to a ceasefire", "agreed on a deal": agreeing to one is making it
            if consumed is not None:
                consumed.add(inner.trigger.i)
            inner.frame, inner.sources = verb, self.subjects(verb)
            inner.inherited_source = _borrows_subject(verb)
            inner.rule = f"agreed:{verb.lemma_.lower()}>{inner.rule}"
            return inner
        addressee = _child(xcomp, "nsubj") if xcomp is not None else None
        if xcomp is None and inner is None and frame in ("appeal", "demand"):
            xcomp, addressee = self._mistagged_clause(verb)
        if addressee is not None and addressee.lower_ in SELF_PRONOUNS:
            addressee = None  # "Iran vowed it would retaliate": Iran itself, no one appealed to
        if frame == "intent" and verb.lemma_.lower() in self.agreeing and inner is None and xcomp is not None \
                and xcomp.dep_ == "ccomp":
            return None  # "Seoul and Tokyo agreed that sanctions should stay": a shared view, no event
        if addressee is not None and frame == "intent" and verb.lemma_.lower() not in self.wishing:
            # "vowed that any aggression will not go unanswered": no appeal, and what is vowed
            # or proposed did not happen
            if consumed is not None:
                consumed.update(t.i for t in (xcomp, inner.trigger if inner else None) if t is not None)
            return None
        if addressee is not None and frame in ("intent", "appeal", "demand"):
            # "we would like Russia to have a presence": wanting others to act is an appeal to them
            code = self.p.frame_code(self._wished(verb) if frame == "intent" else frame, inner.code if inner else "")
            if code is None:
                return None
            if consumed is not None and inner is not None:
                consumed.add(inner.trigger.i)
            return Candidate(code, f"frame:{frame}:{verb.lemma_.lower()}>addressee", xcomp, verb,
                             self.subjects(verb), conjuncts(addressee), Link("obj"), weight=0.75)
        if frame == "threaten" and inner is not None and addressee is not None and xcomp.dep_ == "ccomp":
            # "analysts warned that Serbia could attack Kosovo": a warning about someone else's
            # act reports that act; it threatens no one
            return inner
        if inner is None:
            # "urged Turkey to reopen the border", "rejected the EU's call": the frame alone is
            # the event, addressed to its object
            code = self.p.frame_code(frame, "*")
            subjects = self.subjects(verb)
            inherited = _borrows_subject(verb)
            asked = self.asked_of(verb, obj) if frame == "demand" and obj is not None else []
            if asked:  # "summoned the ambassador to demand the withdrawal of …": asked of the ambassador
                deed = next((r.code for r in self.p.nouns.get(obj.lemma_.lower(), []) if r.words is None), "*")
                return Candidate(self.p.frame_code(frame, deed) or code, f"frame:demand:{verb.lemma_.lower()}>asked",
                                 verb, None, subjects, asked, Link("obj"), inherited_source=inherited, weight=0.7)
            # an invitation from someone is refused to whoever made it ("rebuffed Trump's offer to mediate")
            act = xcomp if xcomp is not None else invited if invited is not None and not self._presser(obj) else None
            refused = [t for t in self._act_objects(act) if self.could_be_actor(t)] if frame == "refuse" else []
            if code and refused:  # "refused to join the BRICS bloc", "spurned an invitation to join NATO"
                return Candidate(code, f"frame:refuse:{verb.lemma_.lower()}>act", verb, None, subjects, refused,
                                 Link("obj"), inherited_source=inherited, weight=0.65)
            deed = self._unaddressed_deed(frame, obj if obj is not None else wanted, xcomp)
            if code and deed is not None:  # "appealed for international aid": asked of no one named
                return Candidate(self.p.frame_code(frame, deed) or code, f"frame:{frame}:{verb.lemma_.lower()}>unaddressed",
                                 verb, None, subjects, [], Link("none"), inherited_source=inherited, weight=0.65)
            if frame == "threaten" and code and xcomp is None and obj is not None and not self.could_be_actor(obj):
                # "threatened mass action unless the commission is reconstituted": whoever must meet the condition
                aimed = self._conditioned(*self._threat_clauses(verb, None))
                if aimed:
                    return Candidate(code, f"frame:threaten:{verb.lemma_.lower()}>conditioned", verb, None,
                                     subjects, aimed, Link("obj"), inherited_source=inherited, weight=0.65)
            if frame in ADDRESSED_FRAMES and code and obj is not None and obj.lower_ not in self.reflexive:
                return Candidate(code, f"frame:{frame}:{verb.lemma_.lower()}", verb, None, subjects,
                                 conjuncts(obj), Link("obj"), inherited_source=inherited, weight=0.7)
            if frame == "intent" and xcomp is not None and xcomp.lemma_.lower() in self.retaliation:
                frame, code = "threaten", self.p.frame_code("threaten", "*")  # "vowed to retaliate if …"
            if frame == "threaten" and code and xcomp is not None:
                # "threatened to ban opposition leaders": a threat against whoever the act
                # targets; "warned it would hit back if Rwanda attacked": whoever must meet its condition
                aimed = [t for c in xcomp.children if c.dep_ == "dobj" for t in conjuncts(c)
                         if self.could_be_actor(t)]
                if xcomp.lemma_.lower() in self.avenging:  # "vowed to avenge the killing": whoever killed
                    aimed = [t for c in xcomp.children if c.dep_ == "dobj" for t in self._doers(c)]
                if not aimed and self._force_code(xcomp) is not None:  # "warned that Beirut would be hit"
                    aimed = self._struck(xcomp)
                    code = self.p.frame_code("threaten", self._force_code(xcomp)) if aimed else code
                if not aimed and self._an_act(xcomp):  # not "warned it could face lawsuits if …"
                    aimed = self._conditioned(xcomp, verb)
                answered = self._answered(xcomp) if not aimed else None
                if answered is not None:  # "threatened to respond to any US attack": whoever attacks
                    aimed = self._doers(answered)
                    code = self.p.frame_code("threaten", "19" if self._forceful(xcomp, answered) else "*")
                if not aimed and xcomp.lemma_.lower() in self.retaliation:
                    aimed = self._provoked(xcomp)  # "vowed to retaliate after Indian strikes": whoever struck
                clauses = self._threat_clauses(verb, xcomp)  # "threatened to open the gates and send refugees if …"
                if not aimed and frame == "threaten" and any(self._an_act(t) for t in clauses if t is not verb):
                    aimed = self._conditioned(*clauses)  # not "warned the mission will struggle unless …"
                if aimed:
                    return Candidate(code, f"frame:threaten:{verb.lemma_.lower()}>unknown", verb, None,
                                     subjects, aimed, Link("obj"), inherited_source=inherited, weight=0.65,
                                     absorbed=[xcomp.i])  # the threatened act is this threat
            with_link = Link("prep", frozenset({"with"}))
            outward = self._carried_to(xcomp, subjects) if frame == "intent" and code and xcomp is not None else []
            if outward and _reciprocal(with_link, subjects):
                # "China and Pakistan pledged to extend the corridor into Afghanistan"
                return Candidate(code, f"frame:intent:{verb.lemma_.lower()}>outward", verb, None, subjects,
                                 outward, Link("obj"), inherited_source=inherited, weight=0.65)
            if frame == "intent" and code and xcomp is not None and _reciprocal(with_link, subjects) \
                    and not self._aimed_outside(xcomp) and verb.lemma_.lower() not in self.solitary:
                # "Ghana and Côte d'Ivoire agreed to market their cocoa jointly": a shared intent
                return Candidate(code, f"frame:intent:{verb.lemma_.lower()}>unknown", verb, None, subjects,
                                 subjects, with_link, inherited_source=inherited, weight=0.65)
            if frame == "intent" and xcomp is not None and xcomp.dep_ == "xcomp" and verb.lemma_.lower() in self.offering \
                    and (self._an_act(xcomp) or xcomp.lemma_.lower() in self.intended_acts):
                return self._offer_aimed(verb, xcomp, subjects, inherited)
            return None
        if consumed is not None:  # the embedded words are this event, not events of their own
            consumed.update(t.i for t in (inner.trigger, inner.frame, xcomp) if t is not None)
        sources = self.subjects(verb)
        if frame == "negate" or self._withheld_measure(frame, inner, xcomp):
            inner.negated_by_frame = True
            inner.frame, inner.sources = verb, sources
            return inner
        if frame == "intent" and verb.lemma_.lower() in self.deciding and inner.code.startswith(self.decided_roots):
            frame = "enact"  # "the EU agreed to freeze the assets of …": the measure, decided
        if frame == "intent" and verb.lemma_.lower() in self.agreeing and inner.code.startswith(self.conceded_roots):
            frame = "enact"  # "agreed to lift the sanctions": the concession, yielded
        if frame in ("future", "enact"):  # "Kishida is set to visit Kyiv", "Congress voted to remove X"
            inner.frame = verb
            inner.sources = sources or [t for c in verb.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
            return inner
        code = self.p.frame_code(frame, inner.code)
        if code is None:
            return None
        targets = inner.targets
        link = inner.link
        offerer = self._presser(obj) if invited is not None else []
        if offerer or (invited is not None and not any(self.could_be_actor(t) for t in targets)):
            # "rebuffed Trump's offer to mediate": aimed at who offered
            targets, link = offerer or conjuncts(obj), Link("obj")
        doers = self._refused_doers(inner, obj) if frame == "refuse" and invited is None else []
        if doers:  # "ruled out any U.S. military action on Mexican soil": refused to who would act
            targets, link = doers, Link("obj")
        if frame in ("appeal", "demand") and obj is None and xcomp is not None:
            # "called on the president to step down": the object of the frame's own preposition
            obj = next((_child(c, "pobj") for c in verb.children if c.dep_ == "prep"
                        and f"{verb.lemma_.lower()} {c.lower_}" in self.p.frames and _child(c, "pobj") is not None), None)
        if frame in ("appeal", "demand") and obj is not None and xcomp is not None:
            targets = conjuncts(obj)  # "urged Iran to talk": the appeal is addressed to Iran
        if frame in ("appeal", "demand") and not any(self.could_be_actor(t) for t in targets) and (
                verb.dep_ in ("xcomp", "advcl") and _child(verb.head, "dobj") is not None):
            # "phoned the Iranian president to urge restraint": addressed to whom was called
            targets = [t for t in conjuncts(_child(verb.head, "dobj")) if self.could_be_actor(t)]
        shared = Link("prep", frozenset({"with"}))
        if frame == "intent" and code.startswith("03") and not any(self.could_be_actor(t) for t in targets) \
                and _reciprocal(shared, sources) and verb.lemma_.lower() not in self.solitary:
            # "Turkey and Armenia agreed to open their border": an act aimed at no one that a
            # group means to do together is meant toward each other
            targets, link = sources, shared
        if code.startswith("13") and not any(self.could_be_actor(t) for t in targets):
            # "warned it would hit back if Rwanda attacked": a threat is aimed at whoever must
            # meet its condition
            targets = self._struck(inner.trigger) or self._conditioned(inner.trigger, *self._threat_clauses(verb, xcomp))
            link = Link("obj") if targets else link
        return Candidate(code, f"frame:{frame}:{verb.lemma_}>{inner.rule}", inner.trigger, verb,
                         sources, targets, link,
                         inherited_source=_borrows_subject(verb),
                         weight=inner.weight - 0.05, named_state=inner.named_state and targets is inner.targets)

    def _threat_clauses(self, verb: Token, act: Token | None) -> list[Token]:
        """Where a threat's condition may hang: the threatening verb, the threatened act, and the
        verbs joined to either that share their subject ("threatened to open the gates *and send*
        refugees to Europe if the EU …", which the parser may join to "threatened" itself)."""
        heads = [t for t in (verb, act) if t is not None]
        joined = [c for h in heads for c in h.conjuncts if c.pos_ in ("VERB", "AUX") and c.i > h.i and _borrows_subject(c)]
        return [*heads, *joined]

    def _unaddressed_deed(self, frame: str, asked: Token | None, xcomp: Token | None) -> str | None:
        """The code of the event an appeal asks for when it names no one to give it and the event
        noun names no one it goes to ("appealed for international aid"): for the codes in
        `unaddressed_appeal_codes` the appeal stands, with no target."""
        if frame not in ("appeal", "demand") or xcomp is not None or asked is None or asked.pos_ != "NOUN" \
                or self.could_be_actor(asked):
            return None
        deed = next((r.code for r in self.p.nouns.get(asked.lemma_.lower(), []) if r.words is None), None)
        code = self.p.frame_code(frame, deed) if deed is not None else None
        return deed if code is not None and code.startswith(tuple(self.p.clauses["unaddressed_appeal_codes"])) else None

    def _withheld_measure(self, frame: str, inner: Candidate, xcomp: Token | None) -> bool:
        """"refused to join sanctions against Russia", "declined to impose sanctions on Moscow": the
        source's own measure (`withheld_measure_codes`) not taken, not a rejection of the state it
        would hit; "opposed sanctions on Pyongyang" (no infinitive) rejects another's measure."""
        return frame == "refuse" and xcomp is not None and xcomp.dep_ == "xcomp" \
            and inner.code.startswith(self.withheld_measures)

    def _went_ahead(self, verb: Token) -> bool:
        """'brushed aside warnings from Brussels', 'shrugged off pressure from Washington': going
        ahead despite a warning rejects no proposal (clauses.yaml `unrefused_objects`)."""
        obj = _child(verb, "dobj")
        return obj is not None and obj.lemma_.lower() in self.unrefused

    def _kept_open(self, verb: Token) -> bool:
        """'has not ruled out', 'refused to rule out', 'would never renounce': a refusal denied
        keeps the option open; it rejects nothing."""
        return any(k in self.option_verbs for k in self._keys(verb)) and self._left_open(verb)

    def _kept_option(self, verb: Token, inner: Candidate | None, consumed: set[int] | None) -> Candidate | None:
        """'refused to rule out sending troops to Ukraine': the option kept open is the event,
        hypothetical, from the one who keeps it; naming no event, nothing is coded."""
        if inner is None:
            return None
        if consumed is not None:
            consumed.update(t.i for t in (inner.trigger, inner.frame) if t is not None)
        inner.frame, inner.sources = verb, self.subjects(verb)
        inner.inherited_source = _borrows_subject(verb)
        inner.kept_open, inner.rule = True, f"left-open:{verb.lemma_.lower()}>{inner.rule}"
        return inner

    def _refused_doers(self, inner: Candidate, obj: Token | None) -> list[Token]:
        """Who would do a refused act named by the frame's object: "rejected U.S. strikes on
        Syria" is refused to the US, not to Syria."""
        if obj is None or inner.trigger.i != obj.i or obj.pos_ != "NOUN":
            return []
        return [t for t in self._doers(obj) if t.i not in {s.i for s in inner.sources}]

    def _offered_act(self, obj: Token | None) -> Token | None:
        """The act an invitation or offer is to (clauses.yaml `offered_act_nouns`): "an invitation
        to join BRICS"."""
        if obj is None or obj.lemma_.lower() not in self.p.clauses["offered_act_nouns"]:
            return None
        return next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)

    def _act_objects(self, act: Token | None) -> list[Token]:
        """What a refused act that is no event of its own is done to: its direct objects ("to
        join the BRICS bloc", "to endorse the plan")."""
        if act is None or act.pos_ != "VERB":
            return []
        # not "refused to name a representative", "to hold him": a named actor, not one of a kind
        return [t for c in act.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for t in conjuncts(c)]

    def _wished(self, verb: Token) -> str:
        """The frame of wanting someone else to act: "wants Kyiv to hold elections" insists
        (demand), "would like Russia to stay" asks (appeal)."""
        return "demand" if verb.lemma_.lower() in self.wishing_demands else "appeal"

    def _aimed_outside(self, act: Token) -> bool:
        """Does the act name, after an aiming preposition, an actor it is aimed at ("keep up the
        pressure on Moscow")? Then a group's shared intent is no cooperation among its members."""
        heads = [act, *(c for c in act.children if c.dep_ == "dobj")]
        return any(c.dep_ == "prep" and c.lower_ in self.aimed_preps and (o := _child(c, "pobj")) is not None
                   and self.could_be_actor(o) for h in heads for c in h.children)

    def _carried_to(self, act: Token, group: list[Token]) -> list[Token]:
        """The outside actors a group's shared act is carried to (`outward_preps`): "extend the
        corridor into Afghanistan"; none when the act is carried to one of the group."""
        heads = [act, *(c for c in act.children if c.dep_ == "dobj")]
        found = [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in self.outward_preps
                 for t in conjuncts(_child(c, "pobj")) if self.could_be_actor(t)]
        if any(t.lower_ in {g.lower_ for g in group} for t in found):
            return []  # "China, Pakistan and Afghanistan agreed to extend it into Afghanistan": among the group
        return found

    def _a_statement(self, verb: Token) -> bool:
        """Is the verb a statement when withheld: "to say whether", "to give a timeline"?"""
        obj = _child(verb, "dobj")
        return verb.lemma_.lower() in self.withheld or (
            verb.lemma_.lower() in self.withheld_givers and obj is not None and obj.lemma_.lower() in self.withheld_details)

    def _withheld(self, verb: Token, statement: Token, consumed: set[int] | None) -> Candidate:
        """'declined to say whether Ottawa would follow Washington': a refusal to comment (011),
        aimed at no one; what it would not say is no event. The topic it is "on" is neither
        withheld nor a target ("declined to comment on France's decision to back Morocco": the
        decision is still coded)."""
        if consumed is not None:
            topics = {t.i for c in statement.children if c.dep_ == "prep" for t in c.subtree}
            consumed.update(t.i for t in statement.subtree if t.i not in topics)
        return Candidate("011", f"withheld:{verb.lemma_.lower()}>{statement.lemma_.lower()}", verb, None,
                         self.subjects(verb), [], Link("none"), inherited_source=_borrows_subject(verb))

    def _an_act(self, verb: Token) -> bool:
        """Does the dictionary know `verb` as something an actor does?"""
        return verb.lemma_.lower() in self.retaliation or any(
            k in self.p.verbs or k in self.p.frames for k in self._keys(verb))

    def _named_as(self, clause: Token | None) -> Token | None:
        """The thing a free relative names ("struck what New Delhi described as a militant camp"):
        the parser makes the naming verb a clause of the act, with "what" as its object."""
        if clause is None or clause.lemma_.lower() not in self.p.clauses["naming_verbs"]:
            return None
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            return None
        as_prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        return _child(clause, "oprd") or _child(as_prep, "pobj") or next(
            (c for c in clause.children if c.dep_ == "dobj" and c.lower_ != "what"), None)

    def _from_rules(self, verb: Token, rules: list[Rule]) -> Candidate | None:
        if not rules:
            return None
        obj = _child(verb, "dobj") or self._named_as(_child(verb, "ccomp"))
        antecedent = None
        if (obj is None or obj.lower_ in self.relative) and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and any(
                c.dep_ == "nsubj" and c.lower_ not in self.relative for c in verb.children):
            antecedent = verb.head  # "the levies Ottawa slapped on Chinese cars": the levies are what was slapped
        if obj is None and antecedent is None:
            antecedent = self._renamed(verb)  # "…, charges Asmara rejected": the charges are what was rejected
        if obj is not None and self.could_be_actor(obj):
            # "blamed India for the attack": an actor as direct object is the strongest reading,
            # but a row that names the object itself keeps its place ("captured the town of Kidal
            # from the rebels": the row for ground taken from someone comes first)
            named = obj.lemma_.lower()
            rules = sorted(rules, key=lambda r: (r.words is None, r.link.kind != "obj" and not (
                r.code[:2] in FORCE_ROOTS and r.words and named in r.words)))
        signed = self._signed_terms(verb) if obj is None and antecedent is None else None
        words = _object_words(obj or antecedent or signed)
        figurative = obj is not None and obj.lemma_.lower() in self.p.clauses["figurative_objects"]
        for rule in rules:
            if figurative and rule.words is None and rule.code[:2] in FORCE_ROOTS:
                continue  # "struck an upbeat tone", "hit a record": no force
            if rule.words is None and rule.link.kind == "obj" and not rule.particle \
                    and not self._sanctioned_actor(verb, obj):
                continue  # "suspended a military agreement", "suspended Gabon": no actor sanctioned
            matched = obj
            if rule.words is not None:
                matched = next((t for t, lemma in words if lemma in rule.words), None)
                if matched is None and rule.link.kind == "none" and obj is None:
                    # "took to the streets", "poured into the main square": a row without a target
                    # may name where a verb without an object goes (a claim after "as" is no place
                    # or post: "rejected as absurd Canada's allegation" is read by the "as" row)
                    matched = next((t for p in verb.children if p.dep_ == "prep" and p.lower_ in self.where_preps
                                    for t, lemma in _object_words(_child(p, "pobj"))
                                    if lemma in rule.words and lemma not in self.said_nouns), None)
                if matched is None and rule.words & self.place_objects and place_name(obj):
                    matched = obj  # "captured Kabul" is "captured the city"
                if matched is None and rule.code == VISIT_CODES[1]:
                    matched = self._guest_at(verb, obj)  # "welcomed Modi to Chequers" (a host's row)
                if matched is None or (signed is not None and not rule.code.startswith(self.agreed_outcomes)):
                    continue
            if rule.link.kind == "obj" and rule.words is not None and self._handed_on(verb, matched, rules):
                continue  # "returned 40 children to Kyiv": the recipient names whose they are
            targets = self.targets(verb, rule.link, matched if rule.words else None)
            criticised = []
            if rule.code.startswith(self.criticism_roots) and rule.link.kind == "obj" and rule.words is None:
                criticised = self._criticised(verb)
            elif self._praise_of_deed(verb, rule):
                criticised = self._criticised(verb, praise=True)  # "…, with Rome hailing the deal"
            elif rule.link.kind == "obj":
                criticised = self._reaction_aim(verb, rule.code)  # "…, a proposal swiftly rejected by Cairo"
            targets = criticised or targets
            accused = rule.code.startswith(self.criticism_roots) and rule.link.kind == "obj" \
                and self._accused_anaphor(verb, obj)
            if accused:
                targets = [obj]  # the coder names whom the governing clause acted on
            if matched is antecedent and antecedent is not None and rule.link.kind == "none":
                # "accused Iran of X, a charge Tehran denied": the denial answers the accuser
                targets = self._reaction_aim(verb, rule.code) or [
                    t for t in self.subjects(verb.sent.root) if self.could_be_actor(t)]
            if not targets and rule.words is not None and rule.link.preps == {"from"}:
                # "snapped up discounted Russian crude", "to buy more American aircraft": what is
                # bought names its seller; a plain noun before it ("fighter jets") names the
                # kind of goods, never a seller
                targets = self._sellers_named(matched)
            named = not targets and rule.words is not None
            if named:
                targets = self._named_target(matched, rule.link, verb)  # "extended Russia sanctions"
                named = bool(targets)
            if not targets and rule.link.kind == "obj":
                targets = [t for p in self._patients(verb) for t in conjuncts(p)]
                if not targets and self._reduced_agent(verb) is not None and self.could_be_actor(verb.head) \
                        and not rule.code.startswith(self.label_roots):
                    targets = conjuncts(verb.head)  # "a woman arrested by the morality police"
            if not targets and "to" in rule.link.preps and rule.words is not None and matched is not None:
                targets = _recipients(verb, matched)  # "Khan was handed a 14-year sentence": to Khan
            subjects = self.subjects(verb)
            if not targets and rule.code in self.p.clauses["third_party_codes"]:
                targets = self._absolute_parties(verb, subjects)
            gerund = not targets and not subjects and verb.tag_ == "VBG" and bool(rule.link.preps & {"with", "between"})
            if gerund:
                # "fighting between federal troops and militias flared": a gerund the parser took
                # for a verb names its sides as the event noun does
                subjects = targets = self._between_sides(verb)
            if not subjects and signed is not None and rule.words is not None:
                agent = _child(_child(verb, "agent"), "pobj")  # "under a new agreement signed by the two countries"
                signers = _signers_misread(verb)
                subjects = conjuncts(agent) if agent is not None else [signers] if signers is not None \
                    else self._parties_under(signed)
            sides = [] if targets else self.each_side(verb)
            if sides and self._mutual(verb, rule, matched):
                subjects = sides  # "…, with each side accusing the other": the pair the clause names
            if not targets and _reciprocal(BETWEEN, subjects) and self._mutual(verb, rule, matched):
                targets = subjects  # "cut tariffs on each other's cars", "each handed over 390 prisoners"
            if not targets and self._pulled_apart(verb, rule, subjects):
                targets = subjects  # "India and China pulled back their troops": from each other
            if not targets and _reciprocal(rule.link, subjects) and rule.code != "045" and not (
                    rule.code == "019" and rule.words is None) \
                    and verb.lemma_.lower() not in self.p.clauses["side_by_side_verbs"]:
                # "Iran and Iraq met": each met the other (but co-hosts do not mediate between
                # themselves, "A and B agreed to …" is no accord with each other's views, and
                # states leaving a treaty together leave it side by side)
                targets = subjects
            if not targets and rule.link.kind == "obj" and obj is not None and rule.code[:2] in FORCE_ROOTS:
                targets = [obj]  # an attacked place or thing: the coder takes the state where it lies
            if not targets and rule.link.kind == "obj" and obj is not None and rule.code.startswith(PROTEST_ROOT) \
                    and obj.lemma_.lower() in self.p.clauses["seats_of_power"]:
                targets = [obj]  # "stormed the presidential palace": the coder finds whose seat it is
            if not targets and rule.link.kind == "obj" and obj is not None \
                    and rule.code.startswith(tuple(self.p.clauses["owner_target_codes"])):
                targets = [obj]  # "seized a tanker off Venezuela": the coder looks for the owner
            if not targets and rule.link.kind == "obj" and obj is not None and rule.words is None \
                    and obj.pos_ in ("NOUN", "PROPN") and rule.code in self.p.clauses["coerced_person_codes"]:
                targets = [obj]  # "detained four employees of a mining firm": the coder keeps the phrase
            if not targets and rule.link.kind == "obj" and obj is not None \
                    and rule.code.startswith(tuple(self.p.clauses["overruled_measure_codes"])) \
                    and obj.lemma_.lower() in self.p.clauses["overruled_measures"]:
                targets = [obj]  # "the court struck down the law": the coder finds whose measure it was
            if rule.link.kind == "obj" and obj is not None and self._vetoed_text(rule.code, obj):
                # "vetoed a US-drafted resolution": aimed at the body whose text it is, not its drafter
                targets = [obj]
            if not targets and rule.link.kind == "obj" and rule.code in VISIT_CODES and place_name(obj):
                targets = [obj]  # "visited Sochi": the state where it lies
            if not targets and rule.link.kind == "prep" and (rule.code[:2] in FORCE_ROOTS or rule.code in VISIT_CODES):
                # "took control of Goma", "fired rockets at Kiryat Shmona", "flew to Sochi": a named place
                targets = [t for t in self.targets(verb, rule.link, matched if rule.words else None, places=True)
                           if place_name(t)][:1]
                if not targets and rule.code[:2] in FORCE_ROOTS:
                    targets = self._struck_thing(verb, rule.link)  # "slammed into camps in Pakistan"
                if not targets and rule.code in VISIT_CODES:
                    targets = self._held_in(verb, rule.link)  # "will travel to the summit in Durban"
            if not targets and rule.link.kind != "none" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.causes:
                # "prompting Beijing to lodge a protest": the act answers whoever prompted it
                targets = [t for t in self._author(verb.head) if self.could_be_actor(t)]
            if not targets and rule.link.kind != "none" and rule.code.startswith(self.answered_clause_roots):
                targets = self._answered_clause(verb)  # "lodged a protest after Chinese ships sailed in"
            if not targets and rule.link.kind == "none" and rule.code.startswith(PROTEST_ROOT) and matched is not None:
                targets = self._across_border(matched)  # "blocked border crossings with Ukraine"
            implied = False
            if not targets and rule.link.kind != "none" and rule.code.startswith(self.implied_codes):
                targets = self.thing_owner(matched or antecedent) or self.joined_parties(verb, subjects)
                targets = targets if len(targets) == 1 else []  # "rejected the offer, which Seoul made"
                implied = bool(targets)
            if rule.link.kind != "none" and not targets:
                continue
            if rule.link.kind == "none" and rule.code.startswith("15"):
                if any(_aimed_at_thing(c) and not self.could_be_actor(_child(c, "pobj")) for c in verb.children):
                    continue  # "fired missiles at ships in the Red Sea": an attack on something, no show of force
                targets = self.targets(verb, POSTURE_LINK, obj)
            cand = Candidate(rule.code, rule.id, verb, sources=subjects, targets=targets,
                             link=rule.link,
                             inherited_source=_borrows_subject(verb), named_state=named,
                             accused_anaphor=accused, implied_party=implied)
            self._passive(verb, cand)
            if gerund and verb.dep_ in ARGUMENT_DEPS:
                cand.frame = verb.head  # "fighting could flare between …": the verb carries tense and negation
            if criticised:
                self._criticism_of_deed(verb, cand, criticised)
            self._attack_as_subject(cand)
            if verb.lemma_.lower() in self.receiving and rule.link.preps == {"from"}:
                cand.sources, cand.targets = cand.targets, cand.sources  # the giver gives
                cand.inherited_source = False
            return cand
        return None

    def _handed_on(self, verb: Token, matched: Token | None, rules: list) -> bool:
        """People handed on (a verb that also has a 'to' row: "returned 40 children to Kyiv")
        are told apart by their recipient or by their own state ("handed Israeli hostages to
        the Red Cross"), never by the state the story is about: without a state of their own
        the 'to' row, or "each handed back 390 prisoners", takes them."""
        if matched is None or any(c.dep_ in ("amod", "compound", "nmod", "poss") and self.could_be_actor(c)
                                  for c in matched.children):
            return False
        lemma = matched.lemma_.lower()
        return lemma in self.p.clauses["handed_people"] and any(r.link.kind == "prep" and "to" in r.link.preps and r.words is not None and lemma in r.words
                   for r in rules)

    def _sanctioned_actor(self, verb: Token, obj: Token | None) -> bool:
        """Whether a verb of `actor_object_verbs` acts on an actor that is no state: "suspended the
        BBC", "Imamoglu was suspended from his post". A thing ("suspended a military agreement") has
        its own rows, and a state suspended ("suspended Gabon") is suspended from a body."""
        if verb.lemma_.lower() not in self.actor_object_verbs:
            return True
        thing = obj or next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if thing is None or thing.pos_ not in ("PROPN", "PRON") or not self.could_be_actor(thing):
            return False
        name = " ".join(t.text for t in thing.subtree if t is thing or t.dep_ in ("compound", "nummod", "flat"))
        return not any(e.place.kind == "country" for e in load_gazetteer().lookup(name))  # "France 24" is none

    def _guest_at(self, verb: Token, obj: Token | None) -> Token | None:
        """'welcomed Modi to Chequers', 'Putin was welcomed in Abu Dhabi': a named actor welcomed
        or received at a place is a guest, as a 'counterpart' or a 'delegation' is anywhere
        ("welcomed the decision" stays praise)."""
        guest = obj or next((c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if guest is None or guest.pos_ != "PROPN" or not self.could_be_actor(guest):
            return None  # "Ukraine's bid was welcomed in Brussels" is no guest
        return guest if any(self._a_host_place(_child(p, "pobj")) for p in verb.children
                            if p.dep_ == "prep" and p.lower_ in self.hosting_preps) else None

    def _a_host_place(self, tok: Token | None) -> bool:
        """A place one is welcomed to or received at: a town, a seat of government, a palace."""
        if tok is None:
            return False
        return tok.lemma_.lower() in self.host_places or seat_of_power(tok) or named_place(tok) is not None

    def _signed_terms(self, verb: Token) -> Token | None:
        """The agreement a participle describes ("under a deal signed with Russia"): the noun
        it hangs on, whose words say what was signed. The tagger may take the participle for a
        past tense ("a pilot agreed with France"); hung on a noun it is still the participle."""
        if _signers_misread(verb) is not None:  # "a pact the two countries signed": the pact
            return verb.head.head
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ == "NOUN":
            return verb.head
        return None

    def _parties_under(self, terms: Token) -> list[Token]:
        """Who acts under an agreement is a party to it: "Iran will build the plant under a deal
        signed with Russia" (Iran signed); a deal named for what it is about is no one's."""
        clause = terms.head.head
        if terms.dep_ == "pobj" and terms.head.lower_ in self.agreement_frames and clause.pos_ in ("VERB", "AUX") \
                and clause.dep_ != "relcl":  # "migrants who cross … under a deal": the parser's attachment, not theirs
            return [t for t in self.subjects(clause) if self.could_be_actor(t)]
        return []

    # -- nouns --------------------------------------------------------------------------
    def _counted(self, noun: Token | None) -> Token | None:
        """What a quantity noun (`quantity_nouns`) counts when that is an event noun: "hundreds of
        strikes", "a wave of drone attacks", "dozens of rounds of talks" are strikes, attacks and
        talks; "a barrage of rockets", "dozens of people" and any other noun are themselves."""
        while noun is not None and noun.lemma_.lower() in self.quantities:
            inner = next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ in self._counting_preps(noun)), None)
            if inner is None or inner.pos_ != "NOUN" or inner.lemma_.lower() not in self.p.nouns:
                break
            noun = inner
        return noun

    def _counting_preps(self, quantity: Token) -> tuple[str, ...]:
        """The prepositions after which a quantity names what it counts: "hundreds OF strikes",
        and for a sum (`sum_nouns`) also "$300 million IN military aid"."""
        return ("of", "in") if quantity.lemma_.lower() in self.p.clauses["sum_nouns"] else ("of",)

    def _counting(self, noun: Token) -> list[Token]:
        """The quantity nouns that count an event noun, nearest first: the event's phrases ("on
        X", "Israel's") may hang on them, and the outermost stands where the phrase sits."""
        out = []
        while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "NUM") \
                and noun.head.head.lemma_.lower() in self.quantities \
                and noun.head.lower_ in self._counting_preps(noun.head.head):
            noun = noun.head.head
            out.append(noun)
        return out

    def _only_offered(self, noun: Token, at: Token) -> bool:
        """'offered to host talks between Russia and Ukraine', 'stood ready to help broker talks
        between A and B', 'offered the Vatican as a venue for talks': a meeting between two sides
        that someone only offers (`offered_gathering_heads`) to bring about, through objects,
        prepositions and infinitives, has not been held."""
        if not self._meeting_rows(noun):
            return False
        tok = at
        for _ in range(6):
            if tok.dep_ not in ("dobj", "pobj", "prep", "xcomp"):
                return False
            tok = tok.head
            if tok.lemma_.lower() in self.offered_gathering_heads:
                return True
        return False

    def _meeting_rows(self, noun: Token) -> bool:
        """Whether a noun names a meeting (a 04 row of its own)."""
        return any(r.code.startswith("04") for r in self.p.nouns.get(noun.lemma_.lower(), []))

    def _phrase(self, noun: Token) -> Token:
        """The token whose place in the clause is an event noun's: the outermost quantity
        counting it ("*hundreds* of strikes" is the object), else the noun."""
        return ([noun, *self._counting(noun)])[-1]

    def _object_event(self, noun: Token | None, governor: Token | None = None) -> Candidate | None:
        """The event an object noun names: its own row ("fired a barrage at the base", "a round of
        sanctions on"), else the row of the event it counts ("carried out hundreds of strikes on")."""
        if noun is None:
            return None
        cand = self.noun_event(noun, governor)
        counted = self._counted(noun)
        if cand is None and counted is not noun:
            cand = self.noun_event(counted, governor)
        return cand

    def _absolute_parties(self, verb: Token, doers: list[Token]) -> list[Token]:
        """"held talks, with Omani mediators shuttling between the two delegations": a go-between
        in an absolute "with" clause, whose own object names no actor, mediates between the
        parties of the clause it hangs on."""
        clause = _absolute_clause(verb)
        if clause is None:
            return []
        return [p for p in self._parties(clause) if p not in doers and verb not in p.subtree]

    def noun_event(self, noun: Token, governor: Token | None = None) -> Candidate | None:
        rules = self.p.nouns.get(noun.lemma_.lower(), [])
        modifiers = self._modifiers(noun)
        for rule in rules:
            if rule.words is not None and not (rule.words & modifiers):
                continue
            targets = self.targets(noun, rule.link)
            if not targets and rule.code in VISIT_CODES and rule.link.kind == "prep":
                targets = self._held_in(noun, rule.link)
            if not targets and rule.code[:2] in FORCE_ROOTS and rule.link.kind == "prep" and self._told_force(noun):
                targets = self._struck_by_noun(noun, rule.link)  # "launched strikes on targets in Ukraine"
            if not targets and rule.link.kind == "prep" and rule.link.preps & {"with", "between"}:
                # "the ceasefire between Israel and Hezbollah": a 'with' noun read both ways
                sides = self._between_sides(noun)
                if sides:
                    return Candidate(rule.code, rule.id, noun, sources=sides, targets=sides,
                                     link=BETWEEN, weight=0.75)
            if not targets and governor is not None and rule.link.kind == "prep":
                targets = self.targets(governor, rule.link)
                subjects = self.subjects(governor)
                if not targets and (_reciprocal(rule.link, subjects) or self._pulled_apart(governor, rule, subjects)):
                    targets = subjects  # "Russia and China held talks", "… troops completed their pullback"
            if not targets and governor is None:
                targets = self._joint_doers(noun, modifiers, rule.link)
            named = not targets
            if named:
                targets = self._named_target(noun, rule.link, governor)  # "announced new Iran sanctions"
            if rule.link.kind != "none" and not targets:
                continue
            return Candidate(rule.code, rule.id, noun, targets=targets, link=rule.link, weight=0.8,
                             named_state=named and bool(targets))
        return None

    def _pulled_apart(self, verb: Token, rule: Rule, subjects: list[Token]) -> bool:
        """Two sides' forces that pull back with no one else named pull back from each other
        ("India and China pulled back their troops", "Indian and Chinese troops began pulling
        back"); states "pulling back from the brink" of a trade war move no forces, and sides only
        urged or agreeing to pull back have not yet done it (their frames code that)."""
        if rule.code not in self.pullback_codes or not _reciprocal(BETWEEN, subjects):
            return False
        if rule.words is None and not any(s.lemma_.lower() in self.pullback_forces for s in subjects):
            return False
        tok = verb
        while tok.dep_ == "xcomp":
            tok = tok.head
            if self.p.frames.get(tok.lemma_.lower(), "light") != "light":
                return False
        return True

    def _modifiers(self, noun: Token) -> set[str]:
        """The lemmas that modify an event noun, as nouns.tsv rows match them."""
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        modifiers |= {c.lemma_.lower() for m in noun.children if m.dep_ == "amod" for c in m.conjuncts}
        return modifiers | self._of_objects(noun)

    def _joint_doers(self, noun: Token, modifiers: set[str], link: Link) -> list[Token]:
        """The coordinated subjects of the verb a joint act is the object of: "Chinese and
        Russian bombers flew a joint patrol near Alaska" is a patrol of each with the other,
        whatever else the verb codes."""
        if noun.dep_ != "dobj" or not modifiers & set(self.p.clauses["joint_modifiers"]):
            return []
        subjects = self.subjects(noun.head)
        return subjects if _reciprocal(link, subjects) else []

    def _of_objects(self, noun: Token) -> set[str]:
        """What an action noun acts on ("the lifting OF sanctions", "an exchange OF prisoners", a
        pause IN fighting): the lemmas of its 'of' and 'in' objects, which count as modifiers for
        nouns.tsv rows."""
        return {t.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                for o in p.children if o.dep_ == "pobj" for t in conjuncts(o)}

    def _between(self, noun: Token) -> Token | None:
        """The 'between' phrase of an event noun: on the noun, on a count of it ("two rounds of
        talks between"), or on the verb the noun is the subject of ("fighting broke out in
        Khartoum between the army and the RSF")."""
        holders = [noun, *self._counting(noun)]
        verb = holders[-1].head
        if holders[-1].dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and verb.pos_ in ("VERB", "AUX"):
            # "erupted near Benghazi between …": a named place has no 'between' of its own (a
            # border or a road has), so the parser hung the verb's phrase on it
            holders += [verb, *(c for p in verb.children if p.dep_ == "prep" for c in p.children
                                if c.dep_ == "pobj" and c.pos_ == "PROPN")]
        return next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"), None)

    def _between_sides(self, noun: Token) -> list[Token]:
        """The sides an event noun is between, when they are two: coordinated ("between Israel
        and Hamas") or named by one phrase ("between Indian and Chinese troops", "between the
        foreign ministers of Armenia and Azerbaijan", "between the two countries"); [] for a
        single side or a time or a place ("between 2015 and 2020")."""
        sides = self.targets(noun, BETWEEN)
        if not sides and (between := self._between(noun)) is not None:
            sides = [t for t in conjuncts(_child(between, "pobj")) if self.could_be_actor(t)]
        return sides if _reciprocal(BETWEEN, sides) else []

    def standalone_noun(self, noun: Token) -> Candidate | None:
        """'After talks with X, Y said…', 'Iraq's alliance with Iran', 'fighting between A and B'."""
        reaction = self.reacted(noun)
        if reaction is not None:
            return reaction
        if noun.lemma_.lower() in self.p.clauses["state_nouns"]:
            return None  # "relations between France and Algeria" is a state, not an event
        at = self._phrase(noun)  # "after a series of talks with X": the series sits in the clause
        if at.dep_ == "pobj" and at.head.lower_ == "without":
            return None  # "the talks ended without a deal between Israel and Hamas": none was made
        if self._only_offered(noun, at):
            return None  # "offered to host talks between A and B": the offer is the event (039)
        possessor = next((c for h in (noun, *self._counting(noun)) for c in h.children if c.dep_ == "poss"), None)
        if noun.lemma_.lower() in self.trip_nouns and (possessor is None or possessor.pos_ == "PRON"):
            trip = self.trip(noun)
            if trip is not None:
                return trip
        sources = None
        fighters = []
        inherited = False
        if possessor is not None and possessor.lower_ not in ("its", "their", "his", "her"):
            if self._talked_about(at):
                return None  # "denounced Israel's siege of Gaza": the denunciation is the news
            sources = conjuncts(possessor)
        elif claimant := self._claimant(at):
            sources = claimant  # "X claimed responsibility for the attack on Y"
        elif at.dep_ == "pobj" and at.head.head.pos_ in ("VERB", "AUX") and (
                at.head.lower_ in self.noun_preps or at.head.lower_ in self.pact_preps
                or (at.head.lower_ == "on" and (at.head.head.lemma_.lower() in self.on_verbs
                                                or noun.lemma_.lower() in self.trip_nouns))
                or (at.head.lower_ == "for" and at.head.head.lemma_.lower() in self.trips)
                or self._stayed_for(at)):
            fighters = self._fighters(noun, at.head.head)  # "soldiers were killed in a clash with X"
            sources = fighters or self.subjects(at.head.head)  # "after talks with X, Y…", "went on strike"
            inherited = at.head.lower_ in CONTEXT_PREPS
        elif self._answered_with(at):
            sources = self.subjects(at.head.head)  # "Tehran hit back with missile barrages on Tel Aviv"
        elif at.dep_ == "pobj" and at.head.lower_ == "for" and at.head.head.lemma_.lower() in self.hosting_for:
            sources = self._host_and_guests(at.head.head)  # "hosted X for talks": host and guest talk
        elif (governor := self._hung_on_object(at)) is not None:
            sources = self.subjects(governor)  # "granted Mexico an extension after a call with Sheinbaum"
            inherited = True
        elif self._joint_doers(noun, self._modifiers(noun), Link("prep", frozenset({"with"}))):
            sources = self.subjects(noun.head)  # "Chinese and Russian bombers flew a joint patrol"
        # "an Israeli strike on Beirut killed…": the act as the subject of the clause, not as what
        # something else is about ("condemned the Russian attack", "the lifting of US sanctions")
        told = at.dep_ == "ROOT" or (at.dep_ in ("nsubj", "nsubjpass") and at.head.i not in self.triggers)
        # "killed during a Russian bombardment of Kyiv": the adjective names the doer of an act of
        # force that sets the scene, whoever the clause's subject is
        scene = possessor is None and not told and self._force_scene(noun, at)
        if scene:
            sources, inherited = None, False
        told = told or scene
        stagers = self._stagers(noun) if possessor is None else []
        if stagers:  # "after protests by farmers against X, the minister…": named, not the subject's
            sources, inherited = None, False
        agents = (self._doers(noun) if scene else self._named_state(noun, AGENT_DEPS)) \
            if sources is None and possessor is None and told else []
        between = self._between(noun)
        if sources is None and not agents and between is None and not stagers:
            return None
        cand = (self.noun_event(noun) or self._addressed_meeting(noun) or self._joint_meeting(noun, sources)
                or self._hosted_meeting(noun, sources) or self._brokered_pact(noun, sources))
        if cand is None:
            return None
        if sources is None and agents:
            if not cand.code.startswith(AGENT_NOUN_ROOTS) or not cand.targets:
                return None
            sources = agents
        if sources is None and stagers and not agents:
            if not cand.code.startswith(PROTEST_ROOT) or not cand.targets:
                return None  # "protests by farmers" with no one they are aimed at: background
            sources = stagers
        if at.dep_ == "pobj" and at.head.lower_ in self.pact_preps and not self._partnered_pact(cand):
            return None  # "under pressure from X", "under a deal brokered by X": not a pact the subject made
        if (self._stayed_for(at) or self._hung_on_object(at) is not None) \
                and not cand.code.startswith(tuple(self.p.clauses["meeting_roots"])):
            return None  # "Moscow was culpable for the attack": only a meeting is read so loosely
        if inherited and cand.code.startswith(tuple(self.p.clauses["context_roots"])):
            return None  # "after the missile attack on US bases, the chancellor…": context, not the subject's act
        if sources is None:  # "fighting between the army and the RSF": each side acts on the other
            if "between" not in cand.link.preps or not _reciprocal(BETWEEN, cand.targets) or cand.code == "045":
                return None  # a mediation between two sides is not theirs
            sources = cand.targets
            if at.dep_ in ARGUMENT_DEPS and at.head.pos_ in ("VERB", "AUX"):
                cand.frame = at.head  # "fighting could break out between …": the verb carries tense and negation
        cand.sources = sources
        if fighters and sources is fighters and cand.code[:2] in FORCE_ROOTS and len(fighters) == len(cand.targets) == 1:
            # a fight of two sides: each on the other (with more, the sides would be paired among themselves)
            cand.sources = cand.targets = [*fighters, *cand.targets]
            cand.link = BETWEEN
        cand.weight = 0.75
        if at.head.lower_ == "for" and at.head.head.lemma_.lower() in (*self.trips, *self.hosting_for):
            cand.frame = at.head.head  # "will fly to Sochi for talks": the trip carries tense and negation
        return cand

    def _stayed_for(self, at: Token) -> bool:
        """"was in Washington for talks with Rubio": being somewhere for a meeting is the
        subject's meeting, as a trip for one is (`stay_verbs`)."""
        return at.dep_ == "pobj" and at.head.lower_ == "for" \
            and at.head.head.lemma_.lower() in self.p.clauses["stay_verbs"]

    def _hung_on_object(self, at: Token) -> Token | None:
        """The verb whose object the parser hung a time phrase on ("granted Mexico another
        extension after a call with Sheinbaum"): the phrase dates the verb, whose subject held
        the meeting (`meeting_roots` only)."""
        if not (at.dep_ == "pobj" and at.head.lower_ in CONTEXT_PREPS):
            return None
        thing = at.head.head
        if thing.pos_ != "NOUN" or thing.dep_ != "dobj" or thing.head.pos_ != "VERB":
            return None
        return thing.head

    def _stagers(self, noun: Token) -> list[Token]:
        """Who a "by" phrase on a protest noun (or on its count) names as staging it: "protests
        by farmers against the government", "weeks of rallies by students against the junta"."""
        if not any(r.code.startswith(PROTEST_ROOT) for r in self.p.nouns.get(noun.lemma_.lower(), [])):
            return []
        by = next((_child(c, "pobj") for h in (noun, *self._counting(noun)) for c in h.children
                   if c.dep_ == "prep" and c.lower_ == "by"), None)
        return [t for t in conjuncts(by) if self.could_be_actor(t)] if by is not None else []

    def _partnered_pact(self, cand: Candidate) -> bool:
        """Is the noun a pact (`pact_codes`) that names a partner: "under an agreement with
        Washington" makes the clause's subject a party to it."""
        return cand.code in self.pact_codes and bool(cand.targets)

    def readiness(self, adjective: Token, consumed: set[int]) -> Candidate | None:
        """'Egypt said it was ready to act against IS': intent, framed by the adjective."""
        xcomp = next((c for c in adjective.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if xcomp is None:
            return self.open_to(adjective, consumed)
        inner = self.verb_event(xcomp, embedded=True)
        if inner is None and not (self._an_act(xcomp) or xcomp.lemma_.lower() in self.intended_acts):
            return None
        if inner is not None and inner.code.startswith(tuple(self.p.clauses["intent_adjective_acts"])):
            return None  # "more willing to praise Iran" praises Iran
        cand = self._framed(adjective, "intent", consumed)
        if cand is None or cand.frame is not adjective:
            return None
        cand.frame = adjective.head  # the copula carries tense, negation and modality
        cand.sources = self.subjects(adjective.head)
        cand.inherited_source = _borrows_subject(adjective.head)
        return cand

    def open_to(self, adjective: Token, consumed: set[int]) -> Candidate | None:
        """'would be open to meeting Trump', 'remained open to talks with Kyiv': the act or event
        after "to" is intended, as after "ready to"."""
        to = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        act = next((c for c in to.children if c.dep_ in ("pcomp", "pobj")), None) if to is not None else None
        if act is None:
            return None
        inner = self.verb_event(act, embedded=True) if act.pos_ == "VERB" else self._object_event(act, adjective.head)
        if inner is None and act.pos_ == "VERB" and (self._an_act(act) or act.lemma_.lower() in self.intended_acts):
            return self._open_offer(adjective, act)
        code = self.p.frame_code("intent", inner.code) if inner is not None else None
        if code is None or not code.startswith("03"):
            return None
        consumed.update(t.i for t in (inner.trigger, inner.frame, act) if t is not None)
        return Candidate(code, f"intent:{adjective.lemma_.lower()}>{inner.rule}", inner.trigger, adjective.head,
                         self.subjects(adjective.head), inner.targets, inner.link,
                         inherited_source=_borrows_subject(adjective.head), weight=inner.weight - 0.05)

    def _open_offer(self, adjective: Token, act: Token) -> Candidate | None:
        """'said it was open to working with Washington': an act offered after "open to" whose
        own row names no one is offered to whom its words name, as after "ready to"; one that
        names no one sets terms rather than offering."""
        if self.p.frames.get(act.lemma_.lower()) not in (None, "light"):
            return None  # "open to exploring a role in AUKUS": weighing an act is no offer of it
        sources = self.subjects(adjective.head)
        if not [t for t in self._named_in_roles(act) if t not in sources]:
            return None  # "open to ending the war if Kyiv withdraws": a condition set, no offer
        cand = self._offer_aimed(adjective, act, sources, _borrows_subject(adjective.head))
        if cand is not None:
            cand.frame = adjective.head  # the copula carries tense, negation and modality
        return cand

    def stated_intent(self, noun: Token, consumed: set[int]) -> Candidate | None:
        """'North Korea expressed readiness to hold talks', 'Iran's willingness to compromise'."""
        act = next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX")), None)
        inner = self.verb_event(act, embedded=True) if act is not None else None
        code = self.p.frame_code("intent", inner.code) if inner is not None else None
        if code is None:
            return None
        possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
        if possessor is not None:
            sources, governor = conjuncts(possessor), noun
        elif noun.dep_ == "dobj":
            sources, governor = self.subjects(noun.head), noun.head  # "expressed readiness to …"
        else:
            return None
        consumed.update(t.i for t in (inner.trigger, inner.frame, act) if t is not None)
        return Candidate(code, f"intent:{noun.lemma_.lower()}>{inner.rule}", inner.trigger, governor,
                         sources, inner.targets, inner.link, weight=inner.weight - 0.1)

    def _talked_about(self, noun: Token) -> bool:
        """Is this event noun what another event is about — the object of a verb the
        dictionaries know ("condemned Russia's invasion", "called Ankara's operation…")?"""
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("dobj", "pobj", "nsubjpass") or governor.pos_ not in ("VERB", "AUX"):
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ in self.noun_preps | CONTEXT_PREPS:
            return False  # "during Modi's visit to Colombo": when, not what about
        keys = self._keys(governor)
        return any(k in self.p.verbs or k in self.p.frames for k in keys) or governor.lemma_.lower() in self.speech

    def stance(self, adjective: Token) -> Candidate | None:
        """'X was optimistic about Y' (013), 'deeply pessimistic about Y' (012)."""
        lemma = adjective.lemma_.lower()
        code = "013" if lemma in self.optimistic else "012" if lemma in self.pessimistic else None
        if code is None:
            return None
        topics = [_child(prep, "pobj") for prep in adjective.children
                  if prep.dep_ == "prep" and prep.lower_ in ("about", "over", "on")]
        topics = [t for t in topics if t is not None]
        targets = [t for topic in topics for t in conjuncts(topic) if self.could_be_actor(t)]
        if not targets:
            # "upbeat about the prospects of the border reopening with Eritrea", "hopeful that
            # the truce in Syria would hold": the state the hope is about
            topics += [c for c in adjective.children if c.dep_ == "ccomp"]
            targets = [t for topic in topics for t in self._named_inside(topic)][:1]
        link = Link("prep", frozenset({"about", "over", "on"})) if targets else Link("none")
        return Candidate(code, f"stance:{lemma}", adjective, adjective.head, self.subjects(adjective.head),
                         targets, link, weight=0.7)

    # -- roles --------------------------------------------------------------------------
    def _launcher(self, verb: Token) -> Token | None:
        """'triggered the mechanism to restore sanctions', '… the mechanism that will restore them':
        the verb that set going the procedure whose purpose the clause names; the procedure acts
        for whoever launched it."""
        noun = verb.head
        if verb.dep_ not in ("relcl", "acl") or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" \
                or not any((c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "nsubj" and c.lower_ in self.relative)
                           for c in verb.children):
            return None
        return noun.head if noun.head.lemma_.lower() in self.launching else None

    def _ranked(self, verb: Token) -> Token | None:
        """'Russia became the first country to recognise the Taliban', 'Dar was the first foreign
        minister to visit Dhaka': an infinitive on a ranked (`ranking_words`) predicate noun is
        done by the copula's subject; the verb "be" or "become" it hangs on, or None."""
        noun = verb.head
        if verb.dep_ not in ("relcl", "acl") or noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become") \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or not any(c.dep_ == "amod" and c.lower_ in self.ranking for c in noun.children):
            return None
        return noun.head

    def _pact_party(self, verb: Token) -> Token | None:
        """'Britain sends migrants back under a pilot agreed with France', 'under a deal signed
        with Kabul': a pact participle with a partner, in a `pact_preps` phrase, was made by the
        subject of the clause the phrase hangs on (not a relative clause's: "migrants who cross
        under a deal" is the parser's attachment); that clause's verb, or None."""
        noun = verb.head
        at = noun.head
        if verb.dep_ != "acl" or noun.dep_ != "pobj" or at.lower_ not in self.pact_preps \
                or at.head.pos_ not in ("VERB", "AUX") or at.head.dep_ == "relcl" \
                or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return None
        return at.head

    def _pair_they(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """'A and B co-chaired a summit at X, where they signed a document', 'A hosted B, and
        they signed a pact': a "they" in a clause set in another names that clause's two parties,
        its coordinated subject or, after a meeting verb (`pairing_verbs`), its subject and
        object; [] when it names no such pair."""
        if len(subjects) != 1 or subjects[0].lower_ != "they" or verb.dep_ not in ("relcl", "conj", "advcl"):
            return []
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head  # "a summit at the resort, where they signed": the verb the place hangs on
        if main.pos_ not in ("VERB", "AUX"):
            return []
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON" and _child(subj, "nsubj") is not None:
            subj = _child(subj, "nsubj")  # "Sisi and Trump co-chaired": the parser takes "co" for the subject
        if subj is None or subj.pos_ == "PRON" or not self.could_be_actor(subj):
            return []
        if subj.conjuncts:
            return [subj, *subj.conjuncts]
        obj = _child(main, "dobj")
        if main.lemma_.lower() in self.pairing and obj is not None and obj.pos_ != "PRON" and self.could_be_actor(obj):
            return [subj, obj]
        return []

    def _name_before_and(self, subj: Token) -> list[Token]:
        """"Rishi Sunak and Ursula von der Leyen sealed a deal": the parser may hang the first of
        two named people inside the second's name, so no conjunct is seen; the name right before
        the "and" is a subject too (not where one name holds the "and": "Bosnia and Herzegovina")."""
        if subj.pos_ != "PROPN" or len(conjuncts(subj)) > 1:
            return []
        ands = [t for t in subj.doc[subj.left_edge.i: subj.i] if t.dep_ == "cc" and t.lower_ == "and"]
        if len(ands) != 1 or ands[0].i == subj.left_edge.i:
            return []
        left = subj.doc[ands[0].i - 1]
        if left.pos_ != "PROPN" or not self.could_be_actor(left) or _one_entity(left, subj):
            return []
        return [left]

    def subjects(self, verb: Token) -> list[Token]:
        launcher = self._launcher(verb)
        if launcher is not None:  # "triggered the mechanism to restore sanctions": who triggered it
            return self.subjects(launcher)
        ranked = self._ranked(verb)
        if ranked is not None:  # "became the first country to recognise Kosovo": the country did
            return self.subjects(ranked)
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if len(subj) >= 2 and self._said_word(subj[0]):
            subj = subj[1:]  # "…, charges Asmara rejected": the charges are what was rejected
        # "NATO leaders meeting in Brussels criticised…": the parser makes the participle the
        # subject; the leaders are
        subj = [_child(s, "nsubj") if s.tag_ == "VBG" and s.dep_ == "nsubj" and _child(s, "nsubj") is not None
                else s for s in subj]
        if subj:
            out = []
            for s in subj:
                if s.lower_ in self.relative and verb.dep_ == "relcl":
                    s = verb.head  # "the country which attacked…": the antecedent acts
                    if s.lemma_.lower() in self.issued_texts:  # "a statement that called on Tehran"
                        out.extend(self._issuers(s))
                        continue
                    claimant = self._claimant(s)  # "claimed the ambush that killed…": the claimant did
                    if claimant:
                        out.extend(claimant)
                        continue
                named = _child(s, "nmod") if s.lower_ == "each" else None
                out.extend(conjuncts(named or s))  # "Moscow and Kyiv each handed over 390 prisoners"
                out.extend(t for t in self._name_before_and(s) if t not in out)
            return self._pair_they(verb, out) or out
        fronted = _fronted_subject(verb)
        if fronted:  # "On the sidelines of the summit in Bali, Biden and Xi held talks"
            return fronted
        left = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if verb.dep_ == "dep" and left is not None and left.pos_ == "PROPN" and left.head.i != verb.i:
            # an unattached clause ("… and America vacates Iraq"): the parser lost its subject,
            # which is the name right before the verb
            return [left]
        first = _first_of_pair(verb)
        if first is not None:  # "Russia pulls out of deal, threatens ships": Russia threatens
            return self.subjects(first)
        denier = self._apposed_denier(verb)
        if denier is not None:  # "…, a charge New Delhi dismissed as absurd"
            return conjuncts(denier)
        owners = self._deed_owners(verb.head) if self._owned_deed(verb) else []
        if not owners and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.issued_texts:
            owners = self._issuers(verb.head)  # "issued a statement urging Caracas to …": the issuer urges
        if owners:  # "Washington's decision to expel its ambassador": whose decision it is
            return owners
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and (
                _child(verb, "dobj") is not None or verb.head.dep_ == "ROOT"):
            # "RSF fighters abducted 40 women": a reduced clause with an object is active; so is
            # the only verb of a sentence the parser hung on its subject ("Oman's foreign
            # minister, Badr Albusaidi, shuttled between …")
            return conjuncts(verb.head)
        party = self._pact_party(verb)
        if party is not None:  # "under a pilot agreed with France": the clause's subject agreed it
            return self.subjects(party)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB":
            obj = _child(verb.head.head, "dobj")
            if obj is not None and obj.lower_ not in self.reflexive:
                return conjuncts(obj)  # "praised Orban for backing Tbilisi": Orban backs
        speaker = self._parenthetical_speaker(verb)
        if speaker:  # "…, MSF said, blaming government forces for the strike": MSF blames
            return speaker
        controller = self._directing(verb.head) if _set_off_participle(verb) else None
        if controller is not None:
            # "ordered Russia to cut its staff, accusing Moscow of spying": the participle after
            # the comma comments on the whole order, so the one who ordered accuses, not the
            # one ordered (the parser hangs it on the nearest verb)
            return self.subjects(controller)
        if verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in self.control
                                     or any(k in self.p.frames for k in self._keys(verb.head))):
            obj = _child(verb.head, "dobj")
            if obj is not None and obj.lower_ not in self.reflexive:
                return conjuncts(obj)  # "urged Iran to negotiate": Iran negotiates
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            raised = [t for c in verb.head.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
            if raised:  # "Kishida is set to visit Kyiv", "Iran was urged to negotiate"
                return raised
        if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
            head = verb.head
            # "as trying to…", "was willing to praise…": climb to the verb that has the subject
            while head.pos_ in ("ADP", "ADJ") and head.head.i != head.i:
                head = head.head
            if head.pos_ in ("VERB", "AUX"):
                inherited = self.subjects(head)
                speech = head.head
                if (verb.dep_ == "conj" and head.dep_ == "ccomp" and speech.lemma_.lower() in self.speech
                        and verb.tag_ == speech.tag_ and not any(map(self.could_be_actor, inherited))):
                    # "Tinubu said the cut was painful, and appealed to the unions": the parser
                    # hangs the speaker's second act on what he said
                    return self.subjects(speech)
                if inherited or not _set_off_participle(verb):
                    return inherited
        if _set_off_participle(verb) and verb.sent.root.i != verb.i:
            # "…despite being a member of the court, drawing condemnation from Kyiv", "…on charges of
            # calling for unrest, drawing condemnation from X": the parser hangs the comment on a verb
            # inside a phrase, which has no subject; it comments on the sentence's main clause. Not a
            # toll ("…, killing 11 people"): its doer is the attack's, which the parse lost
            if verb.lemma_.lower() not in self.toll_verbs:
                return self.subjects(verb.sent.root)
        return []

    def requested_deed(self, noun: Token) -> Candidate | None:
        """'sent jets into Benin at Cotonou's request', 'arrested her at the request of the United
        States': whoever requested (`requesting_nouns`) the deed appealed to its doer (02)."""
        at = noun.head
        if noun.lemma_.lower() not in self.requesting_nouns or noun.dep_ != "pobj" or at.lower_ != "at" \
                or at.head.pos_ not in ("VERB", "AUX"):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            owner = next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        doers = [t for t in self.subjects(at.head) if self.could_be_actor(t)]
        code = self.p.frame_code("appeal", "*")
        if owner is None or not self.could_be_actor(owner) or not doers or code is None:
            return None
        return Candidate(code, f"requested:{noun.lemma_.lower()}", noun, None, conjuncts(owner), doers,
                         Link("obj"), weight=0.65)

    def _issuers(self, text: Token) -> list[Token]:
        """Who speaks through a statement, resolution or note (`issued_texts`): its possessor or
        "by" phrase, or the subject of the verb that issued it (`issuing_verbs`: "passed a
        resolution", "sent a note") or that spoke "in" it ("said in a statement")."""
        owner = next((c for c in text.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        by = next((_child(c, "pobj") for c in text.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None)
        if owner is not None or by is not None:
            return conjuncts(owner if owner is not None else by)
        issuing = text.head if text.dep_ == "dobj" and text.head.lemma_.lower() in self.issuing else None
        if text.dep_ == "pobj" and text.head.lower_ == "in" and text.head.head.lemma_.lower() in self.speech:
            issuing = text.head.head
        return self.subjects(issuing) if issuing is not None and issuing.i != text.i else []

    def _parenthetical_speaker(self, verb: Token) -> list[Token]:
        """Who speaks in a set-off participle right after a parenthetical speech verb ("…, MSF
        said, blaming government forces"): the speaker comments, though the parser hangs the
        participle on the clause reported."""
        if not _set_off_participle(verb) or verb.i - 2 < verb.sent.start:
            return []
        said = verb.doc[verb.i - 2]
        if said.lemma_.lower() not in self.speech or said.dep_ != "parataxis":
            return []
        return [t for t in self.subjects(said) if self.could_be_actor(t)]

    def _directing(self, clause: Token) -> Token | None:
        """The verb that orders, urges or demands what `clause` says, when the clause's doer
        is someone else: "ordered Russia to cut", "demanded that Russian troops pull out"."""
        director = clause.head
        if clause.dep_ not in ("xcomp", "ccomp") or director.i == clause.i or director.pos_ != "VERB":
            return None
        directive = director.lemma_.lower() in self.control or any(
            self.p.frames.get(k) in DIRECTIVE_FRAMES for k in self._keys(director))
        if not directive:
            return None
        other = _child(director, "dobj") if clause.dep_ == "xcomp" else _child(clause, "nsubj")
        return director if other is not None else None

    def _named_inside(self, phrase: Token) -> list[Token]:
        """Names of actors anywhere in a phrase, in reading order (the topic of a stance, the
        scene of a claimed attack)."""
        return [t for t in phrase.subtree if t.pos_ == "PROPN" and self.could_be_actor(t)]

    def _recipient(self, dative: Token) -> bool:
        """An indirect object that can name whom something is given: a noun, or a pronoun that
        stands for a person or a state ("Spain granted him asylum"), never "it" of a thing."""
        return dative.pos_ in ("NOUN", "PROPN") or dative.lower_ in self.p.clauses["recipient_pronouns"]

    def _fused_recipient(self, goods: Token) -> list[Token]:
        """An indirect object the parser fused into the goods' phrase as its first modifier:
        "send Ukraine long-range missiles", "offered the United States access". Only a name
        that opens the phrase, before any number or article of the goods, is the recipient."""
        first = next(iter(goods.lefts), None)
        if goods.pos_ != "NOUN":
            return []  # "extradite Serhii Kuznietsov": the parts of a name are not recipients
        if first is None or first.dep_ not in ("nmod", "compound", "npadvmod") or first.pos_ != "PROPN":
            return []
        if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in goods.lefts):
            return []
        return [t for t in conjuncts(first) if self.could_be_actor(t)]

    def _particle(self, prep: Token) -> bool:
        """A particle the parser took for a preposition with no object of its own, only a
        preposition after it: "pulled its troops out of Yemen" (not "according to")."""
        return prep.dep_ == "prep" and prep.lower_ in self.particles and _child(prep, "pobj") is None \
            and _child(prep, "prep") is not None

    def _vetoed_text(self, code: str, obj: Token) -> bool:
        """A veto of a resolution or a bill (clauses.yaml `council_texts`, `legislature_texts`)."""
        c = self.p.clauses
        return code in c["text_veto_codes"] and obj.lemma_.lower() in c["council_texts"] | c["legislature_texts"]

    def _accused_anaphor(self, verb: Token, obj: Token | None) -> bool:
        """"…, accusing him of …", "…, accusing the bloc of …": a participle that borrows its
        subject and names whom it accuses only by a pronoun or a bare definite noun (no name,
        no state word) means someone its governing clause named."""
        if obj is None or verb.dep_ not in ("advcl", "acl") or not _borrows_subject(verb):
            return False
        if obj.pos_ == "PRON":
            return obj.lower_ in self.p.clauses["accused_pronouns"]
        marks = [c for c in obj.lefts if c.dep_ in ("det", "poss", "predet")]
        return obj.pos_ == "NOUN" and any(c.lower_ in self.p.clauses["accused_determiners"] for c in marks) \
            and not any(c.pos_ == "PROPN" or self.could_be_actor(c) for c in obj.lefts if c.dep_ not in ("det", "poss", "predet"))

    def targets(self, pred: Token, link: Link, obj: Token | None = None, places: bool = False) -> list[Token]:
        """Heads of the target phrases; with `places`, the prepositional objects as they are,
        named places included."""
        if link.kind == "none":
            return []
        if link.kind == "obj":
            dobj = _child(pred, "dobj")
            if dobj is None and pred.dep_ == "relcl" and pred.head.lemma_.lower() in self.summary_nouns:
                # "Beijing launched drills, a move Taipei condemned": what the move sums up was
                # done by the main clause's subject
                return [t for t in self.subjects(pred.sent.root) if self.could_be_actor(t)]
            if dobj is None:
                # "arrested protesters marching on parliament", "helped Pakistan weather the
                # crisis": the parser makes the object the subject of the clause after it
                clause = next((c for c in pred.children if c.dep_ == "ccomp" and c.tag_ in ("VBG", "VB")), None)
                dobj = _child(clause, "nsubj")
            if dobj is None:
                dobj = self._named_as(_child(pred, "ccomp"))  # "struck what it called a militant camp"
            if dobj is None:
                return []
            if dobj.lower_ in self.relative and pred.dep_ == "relcl":
                dobj = pred.head
            if dobj.lower_ in self.reflexive:
                return []
            found = [b for t in conjuncts(dobj) for b in (self._members_body(t) or [t]) if self.could_be_actor(b)]
            if not found:  # "wrote off Sudan's debt", "met the demands of the miners"
                found = self._owner(dobj)
            if not found and dobj.lemma_.lower() in self.authored:
                found = self._named_state(dobj, AGENT_DEPS)  # "rejected the French proposal"
            return found
        holders = [] if obj is None else [obj]
        dobj = _child(pred, "dobj")
        if dobj is not None and dobj is not obj and not (obj is not None and dobj.pos_ == "ADJ"):
            holders.append(dobj)  # but not "most" in "pulled most of its forces out of Yemen"
        holders.append(pred)
        holders += self._counting(pred)  # "hundreds of strikes on X": the phrase may hang on the count
        # "pulled back from Ukraine's border": the preposition hangs on the particle
        holders += [c for c in pred.children if c.dep_ in ("prt", "advmod") and c.pos_ in ("ADV", "ADP") or self._particle(c)]
        # "launched 728 drones and 13 missiles at Ukraine": the preposition hangs on the last object
        holders += [c for h in (obj, dobj) if h is not None for c in h.conjuncts if c not in holders]
        holders += [c for h in list(holders) for c in h.children if c.dep_ == "relcl"]
        # "the tariffs he had threatened to impose on Mexican goods": the phrase may hang on the
        # verb the relative clause embeds
        holders += [x for h in list(holders) if h.dep_ == "relcl" for x in h.children if x.dep_ == "xcomp"]
        # "an agreement on earthquake preparedness with Greece", "spoke by telephone with X":
        # the preposition may hang one noun deeper; a sum is a noun too ("pledged $500 million in
        # assistance to Ukraine")
        holders += [n for h in list(holders) if h.pos_ in ("NOUN", "VERB", "NUM")
                    for n in _noun_chain(h, skip=self.noun_preps if h.pos_ == "VERB" else frozenset())]
        found: list[Token] = []
        if link.preps & {"to", "for"}:  # "gave Cambodia a million doses": the indirect object
            found += [t for c in pred.children if c.dep_ == "dative" and self._recipient(c)
                      for t in conjuncts(c)]
            if not found and dobj is not None:
                found += self._fused_recipient(dobj)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ not in ("prep", "dative") or prep.lower_ not in link.preps:
                    continue
                if _in_a_role(prep) or _absolute_with(prep):
                    continue  # "with Cuba and Norway as guarantors": witnesses, not partners
                pobj = _child(prep, "pobj") or self._named_as(_child(prep, "pcomp"))  # "on what it called …"
                if pobj is None and holder.dep_ == "relcl":
                    pobj = holder.head  # "a country that Iraq waged war upon"
                if pobj is not None and pobj.lower_ not in self.reflexive:
                    found += [t for t in conjuncts(pobj) if t not in found]
        if dobj is not None and any(c.dep_ == "amod" and c.lower_ in link.preps for c in dobj.children):
            # "massed outside parliament": the parser reads the preposition as an adjective on an object
            found += [t for t in conjuncts(dobj) if t not in found]
        if places:
            return found
        # objects that name no actor ("with immediate effect", "on Saturday") are not targets,
        # but whose they are may be: "sanctions on Iran's oil sector", "near Ukraine's border"
        aimed = link.preps & {"on", "against"}  # what a ban or an attack is aimed at comes from somewhere
        found = [b for t in found for b in (self._members_body(t) or [t])]  # "sanctions on officials in X's government"
        return [a for t in found for a in ([t] if self.could_be_actor(t)
                                           else self._owner(t) or self._arrested_owner(t, pred)
                                           or (self._state_before(t) or self._destination(t) if aimed else []))]


def _fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser hung on a sentence-opening phrase of place or time: in "On the
    sidelines of the summit in Bali, Biden and Xi held talks" it reads "Biden" as one more item
    after "Bali", and the verb is left with no subject. The names after the phrase's comma are it."""
    sent = verb.sent
    opener = next((c for c in verb.lefts if c.dep_ in ("prep", "advcl") and c.i == sent.start), None)
    if opener is None:
        return []
    commas = [t for t in opener.subtree if t.text == "," and t.i < verb.i]
    if not commas:
        return []
    comma = commas[-1]
    for tok in opener.subtree:
        if comma.i < tok.i < verb.i and tok.dep_ in ("conj", "appos") and tok.head.i < comma.i \
                and tok.pos_ in ("PROPN", "NOUN"):
            return [t for t in conjuncts(tok) if comma.i < t.i < verb.i]
    return []


def _first_of_pair(verb: Token) -> Token | None:
    """A headline strings two acts of one actor with a comma ("Russia Pulls Out of Grain Deal,
    Threatens Ships"); the parser reads the first as what the second reports, which is left with
    no subject. The first clause, when the second verb comes right after the comma, in the same
    present form, and has no subject of its own (a quoted speaker has one: "…, Officials Say")."""
    if verb.i == verb.sent.start or verb.doc[verb.i - 1].text != "," or verb.tag_ != "VBZ" \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBZ"
                 and any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)


def _one_entity(first: Token, last: Token) -> bool:
    """Do both words lie in one named entity ("Trinidad and Tobago")?"""
    entity = entity_around(first)
    return entity is not None and last.i < entity.end


def _signers_misread(verb: Token) -> Token | None:
    """"a pact the two countries signed", "a memorandum the two signed": the parser reads the
    counted pair as an apposition to the accord and the verb as a participle on it; the pair
    is the relative clause's subject."""
    pair = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and pair.dep_ == "appos" and pair.head.pos_ == "NOUN" \
            and counted_pair(pair) is pair and not any(c.dep_ == "agent" for c in verb.children):
        return pair
    return None
