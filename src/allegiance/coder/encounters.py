"""Meetings, trips and mediation: who went where, and who brokered between whom.

"during a visit to Belgrade by Macron", "a deal brokered by Qatar", "talks hosted by Oman between
A and B", "told Xi at their meeting": the traveller, the host, the mediator and each party.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link, Rule
from allegiance.coder.syntax import (
    AGENT_DEPS,
    Candidate,
    SUBJECT_DEPS,
    VISIT_CODES,
    _a_place,
    _absolute_with,
    _child,
    _clause,
    _named,
    _reciprocal,
    conjuncts,
    place_name,
)
from allegiance.coder.passives import agrees_word
from allegiance.geo.locate import named_place, seat_of_power
from allegiance.nlp.spans import tokens_text


class Encounters:
    """Methods of `PredicateFinder` (predicates.py) for encounters; they use its tables and `subjects`."""

    def _addressed_meeting(self, noun: Token) -> Candidate | None:
        """'told Xi at their meeting in San Francisco', 'apologised to Aliyev in a phone call':
        a meeting or call that frames what one side said to the other is held with the one
        addressed, though the noun names no partner of its own."""
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "during") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.lemma_.lower() not in self.speech and not any(c.lower_ == "their" for c in noun.children):
            return None  # what was said at it, or "their meeting": not "blocked the package at a summit"
        rule = self._meeting_rule(noun)
        if rule is None:
            return None
        addressee = _child(verb, "dobj") or next(
            (_child(c, "pobj") for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if addressee is None or not self.could_be_actor(addressee):
            return None
        return Candidate(rule.code, f"meeting:{rule.id}", noun, targets=conjuncts(addressee), link=rule.link)

    def _joint_meeting(self, noun: Token, sources: list[Token] | None) -> Candidate | None:
        """'Maduro and Ali agreed at a meeting in St Vincent', 'Britain and the EU agreed a reset
        at their first summit': a meeting or call that names no partner, setting what two
        coordinated subjects ("ministers from A and B") did together, is held between them; so are
        talks counted by their length ("agreed after two days of talks")."""
        at = self._phrase(noun)
        if not sources or at.dep_ != "pobj" or at.head.lower_ not in self.joint_meeting_preps:
            return None
        if any(c.dep_ == "poss" and c.lower_ != "their" for c in noun.children):
            return None  # "at Xi's meeting": someone else's
        if any(r.code.startswith("04") for r in self.p.verbs.get(at.head.head.lemma_.lower(), [])):
            return None  # "will meet in Bali in their first talks": the verb is the meeting
        if at.lemma_.lower() in self.joint_meeting_long_spans:
            return None  # "after months of negotiations": a process, not a meeting (joint_meeting_long_spans)
        if at.head.lower_ not in self.brokered_meeting_preps and any(
                t.lemma_.lower() in self.joint_meeting_brokers for t in at.subtree):
            return None  # "after talks mediated by Turkey": a third party's meeting (joint_meeting_brokers)
        if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and self.could_be_actor(c) and not _a_place(c)
               for c in noun.children):
            return None  # "at a NATO summit", "at a UN Security Council meeting": a body's gathering, not theirs
        rule = self._meeting_rule(noun)
        sides = [s for s in sources if self.could_be_actor(s)]
        if rule is None or not (len(sides) == 2 or (len(sides) == 1 and _reciprocal(rule.link, sides))):
            return None  # among three or more, who met whom is not said; "ministers from A and B" are two
        return Candidate(rule.code, f"meeting:{rule.id}", noun, sources=sides, targets=sides,
                         link=Link("prep", frozenset({"between"})), weight=0.75)

    def _brokered_pact(self, noun: Token, sources: list[Token] | None) -> Candidate | None:
        """'Saudi Arabia and Iran agreed to restore ties under a deal brokered by China': a pact
        (`pact_codes`) that a third party brokered, under or in which two coordinated subjects
        acted, was made between them (057); the broker only mediated it (045)."""
        at = self._phrase(noun)
        if not sources or at.dep_ != "pobj" or at.head.lower_ not in self.brokered_pact_preps:
            return None
        if at.head.head.lemma_.lower() in self.speech:
            return None  # "A and B said in a joint statement, in a deal brokered …": the sayers are not its parties
        if not any(self._brokering(c) for c in noun.children):
            return None  # "under an agreement with Washington" has its partner; "under pressure" is none
        rule = next((r for r in self.p.nouns.get(noun.lemma_.lower(), []) if r.code in self.pact_codes), None)
        sides = [s for s in sources if self.could_be_actor(s)]
        if rule is None or len(sides) != 2:
            return None  # one subject ("Armenia agreed … under the Moscow-brokered truce"): its partner is unsaid
        return Candidate(rule.code, f"pact:{rule.id}", noun, sources=sides, targets=sides,
                         link=Link("prep", frozenset({"between"})), weight=0.75)

    def _meeting_rule(self, noun: Token) -> Rule | None:
        """The meeting row (04, "with" a partner) a meeting noun and its modifiers match."""
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        return next((r for r in self.p.nouns.get(noun.lemma_.lower(), []) if r.code.startswith("04")
                     and "with" in r.link.preps and (r.words is None or r.words & modifiers)), None)

    def _host_and_guests(self, verb: Token) -> list[Token]:
        """'Mirziyoyev hosted his Tajik counterpart for talks': the host and each guest."""
        guest = _child(verb, "dobj")
        if guest is None:
            return []
        return [t for t in [*self.subjects(verb), *conjuncts(guest)] if self.could_be_actor(t)]

    def _hosted_meeting(self, noun: Token, sides: list[Token] | None) -> Candidate | None:
        """'hosted his Tajik counterpart for talks on the river', 'received Muttaqi for talks':
        talks (`hosted_talks`) that name no partner, held for a guest (`hosting_for_verbs`), are
        held between the host and the guest."""
        if not sides or len(sides) < 2 or noun.dep_ != "pobj" or noun.head.lower_ != "for" \
                or noun.head.head.lemma_.lower() not in self.hosting_for:
            return None
        if noun.lemma_.lower() not in self.hosted_talks:
            return None  # "hosted Putin for a summit", "for a dinner": the hosting is the meeting (043)
        rule = self._meeting_rule(noun)
        if rule is None:
            return None
        return Candidate(rule.code, f"meeting:{rule.id}", noun, sources=sides, targets=sides,
                         link=Link("prep", frozenset({"between"})), weight=0.75)

    def spoken_at(self, verb: Token) -> Candidate | None:
        """'told Trump at the White House', 'Speaking in Panama City alongside President Mulino,
        Rubio said', 'telling the European Parliament in Brussels': one who speaks to someone, or
        beside them, at a named place may be their guest there (or they the speaker's). The
        candidate carries the venues; the coder decides from whose they are who visited whom."""
        scene = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                         and not any(s.dep_ in SUBJECT_DEPS for s in c.children))]  # "Standing beside Putin, …"
        partners = [*self._addressed(verb), *(t for s in scene for t in self._companions(s))]
        partners = [t for p in partners for t in conjuncts(p)
                    if t.pos_ != "PRON" and self.could_be_actor(t) and not self._resident(t)]
        venues = [v for t in [*scene, *partners] for v in self._venues(t)]
        speakers = [s for s in self.subjects(verb) if self.could_be_actor(s) and not self._resident(s)]
        if not (partners and venues and speakers):
            return None
        return Candidate(VISIT_CODES[0], f"seat:{verb.lemma_.lower()}", verb, None, speakers, partners,
                         Link("obj"), weight=0.75, venues=venues)

    def _addressed(self, verb: Token) -> list[Token]:
        """Whom a speaker speaks to: "told Trump", "addressed the Knesset", "said to Xi"."""
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for t in [_child(c, "pobj")] if t is not None]

    def _companions(self, tok: Token) -> list[Token]:
        """Who stands beside the speaker: "alongside Mulino", "beside Putin", "with Rutte at his side"."""
        out = []
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            obj = _child(prep, "pobj")
            if obj is None:
                continue
            at_side = prep.lower_ == "with" and any(
                p.dep_ == "prep" and (side := _child(p, "pobj")) is not None and side.lemma_.lower() in self.companion_sides
                for p in [*prep.children, *obj.children, *tok.children])  # the parser hangs "at his side" anywhere
            if prep.lower_ in self.companion_preps or at_side:
                out.append(obj)
        return out

    def _venues(self, tok: Token, depth: int = 3) -> list[Token]:
        """Named places a phrase is set in: "at the White House", "in Panama City", and inside a
        gathering or a stage: "at an economic forum in St Petersburg", "at the St Petersburg forum"."""
        out = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.venue_preps):
            obj = _child(prep, "pobj")
            if obj is None:
                continue
            names = [obj] if obj.pos_ == "PROPN" else [c for c in obj.children if c.dep_ in ("compound", "nmod")]
            out += [n for n in names[-1:] if n.pos_ == "PROPN" and (seat_of_power(n) or named_place(n) is not None)]
            if depth > 1:
                out += self._venues(obj, depth - 1)
        return out

    def _resident(self, tok: Token) -> bool:
        """An ambassador or an embassy lives where it speaks: "the Chinese ambassador, Xie Feng"."""
        phrase = [tok, *(c for c in tok.children if c.dep_ in ("appos", "compound", "amod"))]
        phrase += [tok.head] if tok.dep_ == "appos" else []
        return any(t.lemma_.lower() in self.residents for t in phrase)

    def _brokering(self, participle: Token) -> bool:
        """'a deal brokered by China', 'talks hosted by Qatar', 'Israel and Hamas agreed a
        truce, brokered by Egypt': a participle that names who brokered (or hosted) the deal."""
        if participle.dep_ == "advcl":
            if participle.tag_ != "VBN" or _child(participle, "agent") is None:
                return False  # "…, brokering a deal" is the subject's own act
            deal = next((c for c in participle.head.children if c.dep_ in SUBJECT_DEPS), None)
        elif participle.dep_ in ("acl", "amod"):
            deal = participle.head
        else:
            return False
        lemma = participle.lemma_.lower()
        if lemma in self.mediation:
            return True
        return lemma in self.hosting and deal is not None and deal.lemma_.lower() in self.hosted_talks \
            or self._hosted_gathering(participle)

    def _hosted_gathering(self, participle: Token) -> bool:
        """'in a ceremony hosted by Rubio', 'at a meeting presided over by Gonsalves': a gathering
        (`hosted_gatherings`) that sets the clause, whose host the participle names, hosts its
        parties (043); not one kept out of or boycotted ("shut X out of a summit hosted by Y")."""
        gathering = participle.head
        return participle.dep_ == "acl" and participle.lemma_.lower() in self.gathering_hosts \
            and gathering.lemma_.lower() in self.hosted_gatherings and _child(participle, "agent") is not None \
            and gathering.dep_ == "pobj" and gathering.head.lower_ in self.joint_meeting_preps

    def trip(self, noun: Token) -> Candidate | None:
        """'during a visit to Belgrade by Macron', 'Lula, on a state visit to Beijing, said …',
        'Sanchez urged … during a visit to China', 'on his Seoul trip': the traveller is the "by"
        phrase, the name the trip is set beside, or the subject of the clause the trip is the
        setting of; where to is the "to" phrase or a place named before the noun. A visit by
        someone to no named place is to the clause's subject ("X announced after a visit by Y")."""
        setting = noun.head if noun.dep_ == "pobj" else None
        clause = _clause(setting) if setting is not None else None
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        travellers = [t for t in conjuncts(_child(by, "pobj")) if self.could_be_actor(t)]
        named = [c for c in noun.lefts if c.dep_ in AGENT_DEPS and c.pos_ == "PROPN" and self.could_be_actor(c)]
        places = [c for c in named if _a_place(c)]
        travellers = travellers or [c for c in named if c not in places]
        hosts = list(self.subjects(clause)) if travellers and clause is not None else []
        if not travellers and setting is not None:
            travellers = self._on_the_trip(setting, clause, noun)
            if travellers and not set(travellers) & set(self.subjects(clause)):
                hosts = [t for t in self.subjects(clause) if self.could_be_actor(t)]  # "arrest X during his visit"
        if not travellers:
            return None
        cand = self.noun_event(noun)
        rule = self.p.nouns[noun.lemma_.lower()][0]
        if cand is None and (places or hosts):
            cand = Candidate(rule.code, rule.id, noun, targets=places or hosts, link=Link("prep", frozenset({"to"})))
        if cand is None or cand.code not in VISIT_CODES:
            return None
        cand.sources, cand.weight = travellers, 0.75
        return cand

    def destination(self, verb: Token) -> Candidate | None:
        """'chose Beijing for his first foreign trip', 'picked Panama as the destination of his
        first trip abroad': the chooser travels to the places chosen (`destination_verbs`)."""
        if verb.lemma_.lower() not in self.p.clauses["destination_verbs"]:
            return None
        trip = next((t for t in self._chosen_for(verb) if t.lemma_.lower() in self.trip_nouns), None)
        places = [t for t in conjuncts(_child(verb, "dobj")) if _a_place(t) and self.could_be_actor(t)]
        travellers = [t for t in self.subjects(verb) if self.could_be_actor(t)]
        if trip is None or not places or not travellers:
            return None
        return Candidate(VISIT_CODES[0], f"destination:{verb.lemma_.lower()}", verb, None, travellers, places,
                         Link("prep", frozenset({"to"})), weight=0.75, absorbed=[trip.i])

    def _chosen_for(self, verb: Token) -> list[Token]:
        """What a place is chosen for: the noun of a "for"/"as" phrase, or the trip a
        destination is of ("as the destination of his trip")."""
        nouns = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "as")
                 for c in p.children if c.dep_ == "pobj"]
        return nouns + [c for n in nouns if n.lemma_.lower() in self.p.clauses["destination_nouns"]
                        for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                        for c in p.children if c.dep_ == "pobj"]

    def _on_the_trip(self, setting: Token, clause: Token | None, trip: Token) -> list[Token]:
        """Who is on a trip a preposition sets a sentence in: the name it hangs on ("Lula, on a
        state visit to Beijing, said"), else the subject of its clause ("said during a visit"),
        unless "his"/"her" trip cannot be a state subject's: then the person the clause acts on
        ("Mongolia did not arrest Putin during his visit")."""
        if setting.lower_ == "on" and setting.head.pos_ in ("NOUN", "PROPN") and self.could_be_actor(setting.head):
            return conjuncts(setting.head)
        if clause is None or not (setting.lower_ in self.noun_preps or setting.lower_ == "on"):
            return []
        subjects = [t for t in self.subjects(clause) if self.could_be_actor(t)]
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in trip.children) \
                or not subjects or not all(_a_place(t) for t in subjects):
            return subjects
        guests = [t for t in conjuncts(_child(clause, "dobj"))
                  if self.could_be_actor(t) and not _a_place(t) and agrees_word("he", t)]
        return guests if len(guests) == 1 else subjects

    def _held_in(self, trip: Token, link: Link) -> list[Token]:
        """"his trip to the G20 summit in Johannesburg": a trip to a gathering (`gathering_nouns`)
        goes to the place it is held in."""
        gatherings = self.p.clauses["gathering_nouns"]
        to = [c for p in trip.children if p.dep_ == "prep" and p.lower_ in link.preps
              for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() in gatherings]
        return [c for g in to for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
                for c in p.children if c.dep_ == "pobj" and (self.could_be_actor(c) or place_name(c))][:1]

    def brokered(self, participle: Token) -> Candidate | None:
        """'in a deal brokered by China', 'under the Moscow-brokered truce': the broker
        mediates between the parties of the clause that the deal belongs to, or between the
        sides the deal itself names ('the Qatari-brokered talks between Kinshasa and the M23')."""
        agent = _child(participle, "agent")
        brokers = conjuncts(_child(agent, "pobj")) if agent is not None else [
            c for c in participle.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < participle.i]
        clause = participle.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if not brokers or clause.pos_ not in ("VERB", "AUX"):
            return None
        said = _child(clause, "ccomp") if clause.lemma_.lower() in self.speech else None
        clause = said if said is not None else clause  # "after talks mediated by Qatar, Doha said A and B agreed"
        deal = self._between_deal(participle) if participle.dep_ != "advcl" else None
        inside = {t.i for t in deal.subtree} if deal is not None else set()  # "US-brokered talks" names no party
        parties = [p for p in self._parties(clause) if p.i not in inside and participle not in p.subtree]
        if deal is not None:
            parties += self._deal_sides(deal, participle)
        brokers = [b for b in brokers if self.could_be_actor(b)]
        parties = [p for p in parties if p not in brokers]
        if not brokers or not parties:
            return None
        hosted = self._hosted_gathering(participle)
        return Candidate("043" if hosted else "045", f"{'hosting' if hosted else 'mediation'}:{participle.lemma_.lower()}",
                         participle, None, brokers,
                         parties, Link("obj"), weight=0.75)

    def mediation_by(self, noun: Token) -> Candidate | None:
        """'freed the crew after mediation by Oman', 'Qatari mediation secured the release of
        X': a mediation that names its mediator, set in or acting in a clause, mediates between
        that clause's actors (`mediation_nouns`)."""
        if noun.lemma_.lower() not in self.p.clauses["mediation_nouns"] \
                or any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
            return None  # "mediation between A and B" is the noun's own row
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        brokers = conjuncts(_child(by, "pobj")) if by is not None else [
            c for c in noun.children if c.dep_ in ("amod", "poss", "compound") and c.i < noun.i]
        clause = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else \
            noun.head if noun.dep_ in SUBJECT_DEPS else None
        brokers = [b for b in brokers if self.could_be_actor(b)]
        if clause is None or clause.pos_ not in ("VERB", "AUX") or not brokers:
            return None
        parties = [p for p in self._parties(clause) if p not in brokers and p.i not in {t.i for t in noun.subtree}]
        if not parties:
            return None
        return Candidate("045", f"mediation:{noun.lemma_.lower()}", noun, None, brokers, parties,
                         Link("obj"), weight=0.75)

    def _parties(self, clause: Token, objects: bool = True) -> list[Token]:
        """Who a mediated clause is about: the subjects of the clause and of the clauses joined
        to it, "to"/"with" objects and (with `objects`) named objects; a talk or a tie that names
        no actor stands for its sides ("restored ties with Iran", "talks between Kabul and the
        Taliban opened")."""
        heads: list[Token] = []
        for verb in [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "conj"))]:
            heads += self.subjects(verb)
            for child in verb.children:
                pobj = _child(child, "pobj") if child.dep_ == "prep" and child.lower_ in ("to", "with") \
                    and not _absolute_with(child) else None
                named = objects and child.dep_ in ("dobj", "dative") and _named(child)
                heads += [child] if named else [pobj] if pobj is not None else []
                if child.dep_ == "dobj" and not _named(child):
                    heads += self._sides(child)
        parties: list[Token] = []
        for head in heads:
            for tok in conjuncts(head):
                found = [tok] if self.could_be_actor(tok) else [tok, *self._sides(tok)]
                parties += [t for t in found if t not in parties]
        return parties

    def _sides(self, thing: Token) -> list[Token]:
        """The actors a talk, tie or deal is with or between: "ties with Iran"."""
        return [t for c in thing.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                for t in conjuncts(_child(c, "pobj")) if self.could_be_actor(t)]

    @staticmethod
    def _between_deal(participle: Token) -> Token:
        """What a participle brokered: the parser hangs "a ceasefire between Israel and
        Hezbollah, brokered by Washington" on the last side, but the deal is the truce itself."""
        side = participle.head
        while side.dep_ == "conj" and side.head.i != side.i:
            side = side.head
        if side.dep_ == "pobj" and side.head.lower_ == "between" and side.head.dep_ == "prep":
            return side.head.head
        return participle.head

    def _deal_sides(self, deal: Token, participle: Token) -> list[Token]:
        """The sides a brokered deal names: "the Qatari-brokered talks between Kinshasa and the
        M23", "a US-brokered ceasefire that ended the fighting between Israel and Hezbollah"."""
        for prep in deal.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "between" and participle not in prep.ancestors:
                return [t for t in conjuncts(_child(prep, "pobj")) if self.could_be_actor(t)]
        return []

    def _mediator_noun(self, noun: Token) -> bool:
        """'mediators', 'brokers', and 'go-between', which the parser splits at its hyphens."""
        first = next((c for c in noun.lefts if c.dep_ == "compound"), noun)
        return noun.lemma_.lower() in self.mediators or tokens_text(noun.doc, first.i, noun.i + 1).lower() in self.mediators

    def mediator(self, noun: Token) -> Candidate | None:
        """A mediator named as such mediates between the parties: "with Qatar acting as
        go-between" (the parties of the clause), "Egyptian mediators handed Israel and Hamas a
        proposal" (the objects), "Qatari mediators said Israel and Hamas had agreed" (the parties
        of what they said, when there are two or more)."""
        role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
        if role is not None and role.lemma_.lower() in self.mediator_roles:
            brokers = self.subjects(role)
            clause = role.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            parties = self._parties(clause) if clause.pos_ in ("VERB", "AUX") and clause is not role else []
            parties = [p for p in parties if role not in p.subtree]
        elif noun.dep_ == "nsubj":
            brokers, verb = conjuncts(noun), noun.head
            if verb.lemma_.lower() in self.speech:
                said = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
                parties = [p for c in said for p in self._parties(c, objects=False)]
                parties = parties if len(parties) >= 2 else []  # "Russia shelled Kharkiv, mediators said"
            else:
                parties = [t for c in verb.children if c.dep_ in ("dobj", "dative") and _named(c)
                           for t in conjuncts(c) if self.could_be_actor(t)]
        else:
            return None
        brokers = [b for b in brokers if self.could_be_actor(b)]
        parties = [p for p in parties if p not in brokers]
        if not brokers or not parties:
            return None
        return Candidate("045", f"mediation:{noun.lemma_.lower()}", noun, None, brokers, parties,
                         Link("obj"), weight=0.75)
