"""Criticism, praise and reactions: who judged whose act.

"called Putin a war criminal", "a move Israel called a reward for terrorism", "drew a rebuke from
the US embassy", "over the objections of Kyiv": the verdict or reaction is aimed at whoever did
the act it is about, found through its owner, a "by" phrase, a name before it or the clause it
sums up.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.coder.patterns import Link, Rule
from allegiance.coder.syntax import (
    Candidate,
    PASSIVE_SUBJECT_DEPS,
    SELF_PRONOUNS,
    SUBJECT_DEPS,
    _borrows_subject,
    _set_off_participle,
    _child,
    conjuncts,
)


def _absolute(verb: Token) -> bool:
    """"…, with Rome hailing the deal": a participle clause under "with" on the clause before."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.dep_ == "prep" \
        and verb.head.head.pos_ in ("VERB", "AUX")


def _reduced_participle(verb: Token) -> bool:
    """"war crimes linked to M23": a participle on a noun, part of a noun phrase; a noun set off after
    it ("…, a verdict his allies called…") sums up the clause the noun phrase is in."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and verb.head.pos_ in ("NOUN", "PROPN")


def _set_off(left: Token, marks: tuple[str, ...]) -> bool:
    """A phrase starting at `left` set off by one of `marks`, also after a closing quote ('…for
    "spreading false news," a verdict…')."""
    i = left.i - 1
    while i > left.sent.start and left.doc[i].is_quote:
        i -= 1
    return i >= left.sent.start and i < left.i and left.doc[i].lower_ in marks


def _after_quote(verb: Token) -> bool:
    """'denounced the curbs as "hegemony," saying …': a set-off participle after a quote's comma."""
    i = verb.i
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and i - 2 > verb.sent.start \
        and verb.doc[i - 1].tag_ == "''" and verb.doc[i - 2].text == "," and _borrows_subject(verb)


class Verdicts:
    """Methods of `PredicateFinder` (predicates.py) for verdicts; they use its tables and `subjects`."""

    def reacted(self, noun: Token) -> Candidate | None:
        """'held the vote over the objections of Baghdad', 'despite criticism from Ankara', 'much
        to the anger of Kyiv': a reaction named in a phrase of the clause it answers is the
        reacting party's act on the clause's subject."""
        hung = self._clause_prep(noun)
        if hung is None:
            return None
        rule = self._reaction_rule(noun)
        if rule is None or not rule.code.startswith(self.reaction_roots):
            return None
        givers = self._reacting(noun, rule)
        targets = [t for t in self.subjects(hung[1]) if self.could_be_actor(t)]
        if not givers or not targets:
            return None
        return Candidate(rule.code, f"reacted:{hung[0]}+{rule.id}", noun, hung[1], givers, targets,
                         Link("obj"), inherited_source=False, weight=0.75)

    def backed_in(self, noun: Token) -> Candidate | None:
        """"came out in support of Morocco's plan", "spoke in favour of Kyiv's bid": backing told as
        a manner phrase (`backing_in_nouns`) is the subject's praise of what its "of" names, or of
        that thing's owner; not on a verb that is an act of its own ("struck Idlib in support of
        the army")."""
        c = self.p.clauses
        if noun.lemma_.lower() not in c["backing_in_nouns"] or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or any(
                not r.code.startswith(tuple(c["backing_in_verb_roots"])) for r in self.p.verbs.get(verb.lemma_.lower(), [])):
            return None
        backed = next((_child(p, "pobj") for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        if backed is None or backed.pos_ == "PRON":
            return None
        targets = conjuncts(backed) if self.could_be_actor(backed) else self._owner(backed)
        sources = [t for t in self.subjects(verb) if self.could_be_actor(t)]
        if not targets or not sources:
            return None
        return Candidate("051", f"backed_in:{noun.lemma_.lower()}", noun, verb, sources, targets,
                         Link("obj"), weight=0.75)

    def _reaction_rule(self, noun: Token | None) -> Rule | None:
        """The nouns.tsv row a reaction noun reads as: a row whose modifier is there ("a furious
        response") before a plain one."""
        rules = self.p.nouns.get(noun.lemma_.lower(), []) if noun is not None else []
        modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")} if rules else set()
        return next((r for r in rules if r.words is not None and r.words & modifiers),
                    next((r for r in rules if r.words is None), None))

    def _reacting(self, noun: Token, rule: Rule, verb: Token | None = None) -> list[Token]:
        """Who a reaction comes from: 'from X', 'by X', 'X's ire', 'the objections of X' (not
        'criticism of X', which is aimed at X), 'outrage in X' for feelings."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in self.reflexive), None)
        if owner is not None:
            return conjuncts(owner)
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        preps = [p for p in self.givers if p != "of" or definite or "of" not in rule.link.preps]
        if rule.code.startswith(self.place_roots):
            preps.append("in")
        for prep in preps:
            found = next((_child(c, "pobj") for h in (verb, noun, *self._counting(noun)) if h is not None for c in h.children
                          if c.dep_ == "prep" and c.lower_ == prep), None)
            if found is not None and (prep not in ("of", "in") or self.could_be_actor(found)):
                return conjuncts(found)
        return []

    def _author(self, verb: Token) -> list[Token]:
        """Who a reaction is aimed at: the subject, or, when the subject is a deed ("the deal that
        drew criticism", "remarks that drew a rebuke"), its owner or the one who did it."""
        subjects = self.subjects(verb)
        # an apposed deed names its anchor's actor ("the aid for Kyiv, a move that…"), not its doer
        named = [t for t in subjects if self.could_be_actor(t, apposed=False)]
        if named or not subjects:
            return named or subjects
        deed = subjects[0]
        # "Hungary blocked aid for Kyiv, a move that drew criticism": a deed set off after a clause
        # sums it up; it was done by that clause's doer, not by whoever the clause's object names
        summed = None if any(c.dep_ == "poss" for c in deed.children) else self._summed_clause(deed)
        doers = [t for t in self._clause_doers(summed, deed) if t.pos_ != "PRON" and self.could_be_actor(t)] \
            if summed is not None else []
        if doers:
            return doers
        owner = self._owner(deed)
        if owner:
            return owner
        if deed.dep_ == "dobj" and deed.head.pos_ in ("VERB", "AUX"):
            return [t for t in self.subjects(deed.head) if self.could_be_actor(t)]  # "Spain secured an exemption that…"
        if deed.dep_ in ("appos", "npadvmod", "dep", "conj"):  # "…, a decision that drew criticism"
            return [t for t in self.subjects(verb.sent.root) if self.could_be_actor(t)]
        return [t for t in subjects if self.could_be_actor(t)]

    def _clause_prep(self, noun: Token) -> tuple[str, Token] | None:
        """The reaction preposition ("despite", "in face of") that hangs a noun on a clause, and
        the clause's verb; the parser may hang it on the verb's object ("pressed ahead with the
        reforms despite criticism from X"), so the verb is the nearest one above."""
        words: list[str] = []
        tok = noun
        while tok.dep_ == "pobj":
            if tok is noun and self._counting(noun):
                tok = self._phrase(noun)  # "despite a wave of criticism from X": as "despite criticism"
                continue
            words.insert(0, tok.head.lower_)
            if " ".join(words) in self.reaction_preps:
                head = tok.head.head
                while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                    head = head.head  # "much to the anger of Kyiv"
                return (" ".join(words), head) if head.pos_ in ("VERB", "AUX") else None
            tok = tok.head.head
            words.insert(0, tok.lower_)
        return None

    def scorned(self, verb: Token) -> Candidate | None:
        """'rejected Vance's remarks as interference', 'dismissed criticism from Canberra as
        insulting', 'brushed off the protests as street terror': a verb of dismissal with a bad
        verdict on what it dismisses is criticism (111) of whoever did or said it, read before any
        rejection row; a dismissed proposal stays a rejection (12x), a dismissed claim a denial (016)."""
        if not self.dismissal_verbs & set(self._keys(verb)):
            return None
        obj = self._judged_object(verb)
        if obj is None or obj.lemma_.lower() in self.answered_proposals or self._denied(verb, obj):
            return None
        cand = self.judged(verb, scorn=True)
        return cand if cand is not None and cand.code.startswith(self.criticism_roots) else None

    def _denied(self, verb: Token, obj: Token) -> bool:
        """"dismissed the allegations as lies": a denial row (016) reads this object."""
        return any(r.words and r.code.startswith("016") and obj.lemma_.lower() in r.words
                   for k in self._keys(verb) for r in self.p.verbs.get(k, []))

    def judged(self, verb: Token, scorn: bool = False) -> Candidate | None:
        """'called Putin a war criminal', 'described Kyiv's move as a provocation', 'hailed the
        deal with Rome as historic': a verb of naming with a verdict on its object is criticism
        (111) or praise (051), aimed at the object or its owner; `scorn`: a verb of dismissal
        (`scorned`) read so."""
        if verb.lemma_.lower() not in self.naming_verbs and not scorn:
            return None
        obj = self._judged_object(verb)
        lost = self._lost_relative(verb) if obj is None else None
        if lost is not None:
            obj, clause = lost
            verdict = self._verdict(verb, obj)
            code = self._verdict_code(verdict)
            critics = {t.i for t in self.subjects(verb)}
            targets = [t for t in self._clause_doers(clause, obj) if t.pos_ != "PRON" and t.i not in critics]
            if code is None or not code.startswith(self.criticism_roots) or not targets:
                return None
            return Candidate(code, f"judged:{verb.lemma_.lower()}", verb, None, self.subjects(verb), targets,
                             Link("obj"), weight=0.75)
        if obj is None:
            return None
        verdict = self._verdict(verb, obj)
        if not verdict and obj == _child(verb, "dobj") and self._bare_relative(verb):
            # "a move Israel called a reward for terrorism": the parser makes the verdict the object
            verdict = self._verdict_words(obj)
            verdict += [t for c in verb.children if c.dep_ == "prep" and c.i > obj.i for t in self._verdict_words(c)]
            obj = verb.head
        if not scorn and self._denied(verb, obj):
            return None  # "a report Havana dismissed as slander": a row reads this object (a denial)
        code = self._verdict_code(verdict)
        if code is None:
            return None
        if not code.startswith(self.criticism_roots):
            # praise keeps to a named object: "in what Petro hailed as a milestone" praises no one
            direct = obj == _child(verb, "dobj")
            targets = self._praised(obj, verb) if direct else []
        elif obj.lower_ in self.relative or obj.lower_ == "what":
            targets = self._deed_doers(obj, verb)
        elif self._done_by(obj):
            targets = self._deed_doers(obj, verb)  # "the move by the three European powers"
        else:
            targets = conjuncts(obj) if self.could_be_actor(obj, apposed=False) else (
                self._deed_doers(obj, verb) or self._owner(obj) or self._earlier_deed_doers(obj, verb)
                or self._answered_party(verb))
        if not targets:
            return None
        return Candidate(code, f"judged:{verb.lemma_.lower()}", verb, None, self.subjects(verb), targets,
                         Link("obj"), inherited_source=_borrows_subject(verb),
                         weight=0.75)

    def _answered_party(self, verb: Token) -> list[Token]:
        """"called the expulsions an unfriendly step and vowed to respond in kind to Berlin": a deed
        with no doer of its own was done by whom the critic, in a clause joined to the verdict,
        promises to answer (`retaliation_verbs` with `answered_preps`)."""
        c = self.p.clauses
        for conj in (t for t in verb.children if t.dep_ == "conj" and t.pos_ == "VERB"):
            for answer in (t for t in conj.subtree if t.lemma_.lower() in c["retaliation_verbs"]):
                aim = next((_child(p, "pobj") for p in answer.children
                            if p.dep_ == "prep" and p.lower_ in c["answered_preps"]), None)
                if aim is not None and aim.pos_ != "PRON" and self.could_be_actor(aim, apposed=False):
                    return conjuncts(aim)
        return []

    def _done_by(self, obj: Token) -> bool:
        """A common noun with a "by" phrase names a deed and its doer, not an actor: a verdict on
        "the move by Berlin" is aimed at Berlin."""
        return obj.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" for c in obj.children)

    def _praised(self, obj: Token, verb: Token) -> list[Token]:
        """Whom praise of a named object is aimed at: the object, its owner, or for a deed told
        before ("signed a treaty, with Rome calling it historic") whoever did it."""
        by_actor = any(self.could_be_actor(t) for t in self.subjects(verb))  # not "both men called it…"
        deed = self._earlier_deed_doers(obj, verb) if by_actor and (
            obj.lower_ in self.p.clauses["deed_pronouns"] or not self.could_be_actor(obj)) else []
        return deed or (conjuncts(obj) if self.could_be_actor(obj) else self._owner(obj))

    def _verdict_code(self, verdict: list[Token]) -> str | None:
        """Criticism (111) for a negative verdict, praise (051) for a positive one."""
        lemmas = [t.lemma_.lower() for t in verdict]
        said = f" {' '.join(lemmas)} "
        negative = set(lemmas) & self.negative_verdicts or any(f" {v} " in said for v in self.negative_verdicts if " " in v)
        positive = set(lemmas) & self.positive_verdicts or any(f" {v} " in said for v in self.positive_verdicts if " " in v)
        return "111" if negative else "051" if positive else None

    def said_verdict(self, verb: Token) -> Candidate | None:
        """'Seoul said the launch was a provocation', 'said Moscow's decision was unacceptable',
        'said Russia was an aggressor': a verdict that a speaker passes, in what he says, on an
        actor or on a deed with a doer is criticism (111) or praise (051) of that actor or doer.
        A deed without a doer ("the situation was dangerous") or the speaker's own is no one's."""
        if verb.lemma_.lower() not in self.speech:
            return None
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"), None)
        subj = _child(said, "nsubj") or _child(said, "csubj")
        verdict = next((c for c in said.children if c.dep_ in ("acomp", "attr")), None) if said is not None else None
        if subj is None or verdict is None or any(c.dep_ == "neg" for c in [*said.children, *verdict.children]):
            return None
        code = self._verdict_code(self._verdict_words(verdict))
        if code is None:
            return None
        if subj.dep_ == "csubj":  # "what Minsk did was illegal", "the tariff Washington imposed was unfair"
            targets = self._clause_doers(subj, subj)
        else:
            targets = conjuncts(subj) if self.could_be_actor(subj, apposed=False) else self._deed_doers(subj, said)
        return self._spoken_verdict(code, "said_verdict", verb, targets)

    def found_crime(self, verb: Token) -> Candidate | None:
        """'UN investigators said Islamic State was committing genocide', 'a UN mission found that
        the crackdown amounted to crimes against humanity', 'the OPCW concluded that the air force
        was responsible for the attack': reporting that an actor committed a grave crime accuses
        that actor (1124 atrocities, 1122 abuses, 112 blame for a deed); the deed stays coded too."""
        if verb.lemma_.lower() not in self.reporting:
            return None
        clause = self._report_of(verb)
        if clause is None or clause.lemma_.lower() not in self.crime_verbs or any(
                c.dep_ == "neg" for c in clause.children):
            return None
        code = self._crime_code(clause)
        subj = _child(clause, "nsubj")
        if code is None or subj is None or subj.pos_ == "PRON":
            return None
        # the one the crime is laid on, not those named with it ("the RSF and allied militias")
        targets = [subj] if self.could_be_actor(subj, apposed=False) else self._deed_doers(subj, clause)[:1]
        return self._spoken_verdict(code, "found_crime", verb, targets)

    def _spoken_verdict(self, code: str, rule: str, verb: Token, targets: list[Token]) -> Candidate | None:
        """A verdict the speaker of `verb` passes on others: never on himself, nor on a pronoun."""
        speakers = {t.lower_ for t in self.subjects(verb)}
        targets = [t for t in targets if t.pos_ != "PRON" and t.lower_ not in speakers]
        if not targets:
            return None
        return Candidate(code, f"{rule}:{verb.lemma_.lower()}", verb, None, self.subjects(verb), targets,
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7)

    def _report_of(self, verb: Token) -> Token | None:
        """The clause a speech or finding verb reports: its that-clause, or the clause it is set
        after ("Islamic State is committing genocide, UN investigators said")."""
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
            clause = verb.head
        return clause if clause is not None and clause.pos_ in ("VERB", "AUX") else None

    def _crime_code(self, clause: Token) -> str | None:
        """What a reported deed accuses of: an atrocity (1124) or an abuse (1122) it names in what
        follows its verb ("committed genocide", "amounted to crimes against humanity"), or blame
        for a deed ("was responsible for the attack", 112)."""
        words = [t for c in clause.children if c.dep_ in ("dobj", "prep", "acomp", "attr", "prt")
                 for t in c.subtree]
        said = f" {' '.join(t.lemma_.lower() for t in words)} "
        if any(f" {w} " in said for w in self.atrocity_crimes):
            return "1124"
        if any(f" {w} " in said for w in self.abuse_crimes):
            return "1122"
        blamed = [c for c in clause.children if c.dep_ in ("acomp", "prep") and c.lemma_.lower() in self.culpability]
        deeds = [t for c in blamed for t in c.subtree if t.dep_ == "pobj"]
        return "112" if clause.lemma_.lower() == "be" and any(map(self._harmful, deeds)) else None

    def _harmful(self, noun: Token) -> bool:
        """A deed one is blamed for: an event noun of force or coercion ("the attack", "the
        bombing"), not a duty ("responsible for security")."""
        rules = self.p.nouns.get(noun.lemma_.lower(), [])
        return any(r.code.startswith(tuple(self.p.clauses["context_roots"])) for r in rules)

    def disputed(self, verb: Token) -> Candidate | None:
        """'Israel said Iran had launched missiles, a claim Tehran flatly denied', '…, U.N.
        investigators said, an accusation the junta rejected', '…, Amnesty said, in a report Eritrea
        dismissed': a report that someone denies accuses the denier (112); a report of the
        speaker's own deed ('said its troops had taken the city, a claim Kyiv disputed') does not."""
        if verb.lemma_.lower() not in self.reporting:
            return None
        clause = self._report_of(verb)
        subj = _child(clause, "nsubj") or _child(clause, "nsubjpass") if clause is not None else None
        if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
            return None
        deniers = [t for noun in verb.sent if noun.lemma_.lower() in self.said_nouns
                   and self._clause_of(noun) in (verb, clause) for t in self._disputing(noun)]
        speakers = {t.lower_ for t in self.subjects(verb)}
        deniers = [t for t in deniers if t.pos_ != "PRON" and t.lower_ not in speakers]
        if not deniers or not speakers:
            return None
        # the report accuses whoever it says did the deed ("China is building a base in Cuba, US
        # officials said, a report Havana dismissed"; the first named, not those named with it),
        # else the one who denies it
        doers = [subj] if subj.dep_ == "nsubj" and self.could_be_actor(subj, apposed=False) else deniers
        return Candidate("112", f"disputed:{verb.lemma_.lower()}", verb, None, self.subjects(verb), doers,
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.7)

    def reported_accusation(self, noun: Token) -> Candidate | None:
        """'denied allegations by Washington that he had links to the cartel', 'dismissed
        accusations from Kinshasa that his army is fighting alongside M23': an accusation noun
        (`reported_accusation_nouns`) with its authors in a "by"/"from" phrase and a clause after it
        accuses that clause's subject (112); the deed, if any, stays coded as the coder codes it."""
        if noun.lemma_.lower() not in self.p.clauses["reported_accusation_nouns"]:
            return None
        by = next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if by is None or clause is None:
            return None
        authors = [t for h in conjuncts(by) for t in [h, *(c for c in h.children if c.dep_ in ("nmod", "compound"))]
                   for t in conjuncts(t) if self.could_be_actor(t)]
        accused = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)
                   if self.could_be_actor(t)]
        if not authors or not accused:
            return None
        return Candidate("112", f"reported-accusation:{noun.lemma_.lower()}", noun, None, authors, accused,
                         Link("obj"), weight=0.65)

    def relative_accusation(self, verb: Token) -> Candidate | None:
        """'expelled two diplomats it said were spies', 'detained men they accused of collaborating':
        a relative clause (`relative_accusation_verbs`) with a pronoun subject on whom a coercive act
        found before it struck says why: the actor of that act accuses them (112)."""
        c = self.p.clauses
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in c["relative_accusation_verbs"] \
                or verb.head.pos_ not in ("NOUN", "PROPN"):
            return None
        subj = _child(verb, "nsubj")
        if subj is None or subj.lower_ not in SELF_PRONOUNS:
            return None
        if verb.lemma_.lower() in c["speech_verbs"] and _child(verb, "ccomp") is None:
            return None  # "a video he said proved …" needs what was said to be about the antecedent
        act = self._coercion_over(verb.head, tuple(c["relative_accusation_roots"]))
        if act is None:
            return None
        accused = [t for t in conjuncts(verb.head) if self.could_be_actor(t)]
        if not act.sources or not accused:
            return None
        cand = Candidate("112", f"relative-accusation:{verb.lemma_.lower()}", verb, None, list(act.sources),
                         accused, Link("obj"), weight=0.7)
        cand.foreign_only = True  # "arrested people it said were plotting attacks": a state's own suspects, no accusation
        return cand

    def _coercion_over(self, noun: Token, roots: tuple[str, ...]) -> Candidate | None:
        """The coercive act found so far whose object phrase holds `noun` ("detained dozens of
        young men", "the arrest of six activists"), climbing only through objects and "of"."""
        tok = noun
        for _ in range(4):
            if tok.dep_ not in ("dobj", "pobj", "nsubjpass", "prep", "appos", "conj") or tok.head.i == tok.i:
                return None
            tok = tok.head
            act = next((f for f in self.found if f.trigger.i == tok.i and f.code.startswith(roots)), None)
            if act is not None:
                return act
        return None

    def reported_wrong(self, verb: Token) -> Candidate | None:
        """'…, saying Tehran had failed to honour its commitments', '…, arguing that Washington had
        broken its promises': a set-off participle of saying whose clause tells of another actor's
        wrong (`_wrongful`) accuses that actor (112); the deed stays coded as the coder codes it."""
        if verb.lemma_.lower() not in self.speech or not (_set_off_participle(verb) or _after_quote(verb)):
            return None  # plain reports ("X said Y had violated the truce") are mostly news in the gold sets
        clause = self._report_of(verb)
        subj = _child(clause, "nsubj") if clause is not None else None
        if subj is None or subj.pos_ == "PRON" or not self.could_be_actor(subj, apposed=False) \
                or not self._wrongful(clause):
            return None
        cand = self._spoken_verdict("112", "reported_wrong", verb, [subj])
        if cand is not None:
            cand.foreign_only = True  # a state's own people blamed is domestic news, not an accusation
        return cand

    def judged_deed(self, verb: Token) -> Candidate | None:
        """"…, a move that charities said would leave migrants to drown", "a law that critics say
        violates the constitution": a relative clause of saying (`deed_judging_verbs`) on a deed
        noun whose verb tells of a wrong or a harm (`wrongdoing_verbs`, `harm_verbs`) is the sayer's
        criticism (111) of whoever did the deed."""
        c = self.p.clauses
        deed = verb.head
        if verb.lemma_.lower() not in c["deed_judging_verbs"] or not self._relative(verb) \
                or deed.lemma_.lower() not in self.renamed_deeds | set(c["judged_deeds"]):
            return None
        clause = next((t for t in verb.children if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.lemma_.lower() not in self.wrongdoing_verbs | set(c["harm_verbs"]) \
                or any(t.dep_ in ("neg", "prt") for t in clause.children):
            return None
        if not any(self.could_be_actor(t) for t in self.subjects(verb)):
            return None
        doers = self._deed_doers(deed, verb)
        if not doers and deed.dep_ == "dobj" and deed.head.pos_ == "VERB":
            doers = self._clause_doers(deed.head, deed)  # "Hungary passed a law that…": who passed it
        return self._spoken_verdict("111", "judged_deed", verb, doers)

    def _wrongful(self, clause: Token) -> bool:
        """Does a reported clause tell of a wrong: a wrongdoing verb (`wrongdoing_verbs`) or one whose
        plain verbs.tsv row is hostile (`wrongdoing_roots`), on the clause's verb or the verb it
        leads to ("had failed to honour", "was trying to undermine"), never denied?"""
        deeds = [clause] + [c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if any(c.dep_ in ("neg", "prt") for d in deeds for c in d.children):
            return False  # not denied, and not another verb ("broke off relations", "broke up")
        return any(d.lemma_.lower() in self.wrongdoing_verbs or any(
            r.words is None and r.code.startswith(self.wrongdoing_roots) for r in self.p.verbs.get(d.lemma_.lower(), []))
            for d in deeds)

    def _clause_of(self, noun: Token) -> Token:
        """The nearest verb above a noun: the clause it belongs to."""
        tok = noun.head
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        return tok

    def _disputing(self, noun: Token) -> list[Token]:
        """Who disputes a said-noun in its relative clause: "a claim Tehran denied", "charges
        rejected by Bamako"."""
        for clause in noun.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in self.dispute_verbs:
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in self.relative), None)
            agent = _child(_child(clause, "agent"), "pobj")
            if subj is not None or agent is not None:
                return [t for t in conjuncts(subj or agent) if self.could_be_actor(t)]
        return []

    def ruled(self, verb: Token) -> Candidate | None:
        """'The Supreme Court ruled that the government's plan was unlawful', 'a WTO panel ruled
        that the tariffs Trump imposed broke trade rules', 'the court found Russia responsible for …':
        a court's finding against an act is a legal finding (116) against whoever did it."""
        if verb.lemma_.lower() not in self.ruling_verbs:
            return None
        courts = self.subjects(verb)
        if not any(map(self._a_court, courts)):  # "was found guilty by a Hong Kong court"
            agent = _child(_child(verb, "agent"), "pobj")
            courts = conjuncts(agent) if agent is not None else []
        if not any(map(self._a_court, courts)):
            return None
        obj = _child(verb, "dobj")
        finding = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp")
                        and c.lemma_.lower() in self.unlawful), None)
        if finding is None and obj is not None:  # "found a former governor guilty of …": parsed as the object's
            finding = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i
                            and c.lemma_.lower() in self.unlawful), None)
        if obj is None and finding is not None:  # "was found guilty by a Hong Kong court": the one found
            obj = _child(verb, "nsubjpass")
        if obj is not None and finding is not None:  # "found Russia responsible", "declared the vote void"
            targets = conjuncts(obj) if self.could_be_actor(obj, apposed=False) else self._deed_doers(obj, verb)
        else:
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if clause is None and verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i:
                clause = verb.head  # "the plan is unlawful, the court ruled"
            targets = self._found_against(clause) if clause is not None else []
        targets = [t for t in targets if t.pos_ != "PRON"]
        if not targets:
            return None
        return Candidate("116", f"ruled:{verb.lemma_.lower()}", verb, None, courts, targets,
                         Link("obj"), inherited_source=_borrows_subject(verb), weight=0.75)

    def _a_court(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.court_nouns

    def _found_against(self, clause: Token) -> list[Token]:
        """Whose act a ruling's clause finds unlawful: the subject of "… was unlawful", of
        "… violated EU law" or of "Russia responsible", an actor itself or the doer of the act it
        names; none if negated."""
        if any(c.dep_ == "neg" for c in clause.children):
            return []
        if clause.lemma_.lower() == "be":
            finding = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
            if finding is None or not {t.lemma_.lower() for t in finding.subtree} & self.unlawful:
                return []
        elif clause.lemma_.lower() not in self.breach_verbs | self.unlawful:  # "found Russia responsible"
            return []
        subj = _child(clause, "nsubj") or _child(clause, "nsubjpass")
        if subj is None:
            return []
        if self.could_be_actor(subj, apposed=False):
            return conjuncts(subj)
        return self._deed_doers(subj, clause)

    def _judged_object(self, verb: Token) -> Token | None:
        """What a verb of naming or criticism passes its verdict on: its object, or the noun its
        relative clause hangs on ("a move Israel called a reward for terrorism", "a deployment that
        Caracas condemned"); "what" in "in what Baghdad called a violation" stays, for its clause."""
        obj = _child(verb, "dobj")
        if self._relative(verb) and (obj is None or obj.lower_ in self.relative):
            return verb.head
        if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            return verb.head  # "a ruling criticised by press freedom groups"
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if obj is not None and obj.lower_ in self.relative and verb.dep_ == "relcl":
                return verb.head  # "a plan that was condemned by charities"
        return obj

    def _bare_relative(self, verb: Token) -> bool:
        """A relative clause on a noun with no relative pronoun ("a move Israel called …")."""
        return self._relative(verb) and not any(c.lower_ in self.relative for c in verb.children)

    def _relative(self, verb: Token) -> bool:
        """A relative clause on a noun; the parser may take one without a pronoun for a reduced
        clause ("…, a decision Kampala called hypocritical"), which its own subject tells apart."""
        if verb.head.pos_ != "NOUN" or verb.head.i == verb.i:
            return False
        return verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(
            c.dep_ == "nsubj" and c.lower_ not in self.relative for c in verb.children))

    def _reaction_aim(self, verb: Token, code: str) -> list[Token]:
        """Whom a reaction (of `code`) is aimed at that is told in a clause on a noun renaming a
        deed or a saying ("…, a proposal Cairo rejected", "…, a charge Asmara denied", "…, a plan
        swiftly rejected by Egypt", "in a ruling hailed by Pretoria"): whoever did or said it."""
        renamed = self._renamed(verb)
        if renamed is not None and code.startswith(self.said_aims):
            return self._renamed_aim(renamed, verb)
        deed = verb.head
        said = deed.lemma_.lower() in self.said_nouns
        if not (said and code.startswith(self.said_aims)) and not (
                deed.lemma_.lower() in self.renamed_deeds and code.startswith(self.reaction_aims)):
            return []
        obj = _child(verb, "dobj")
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and obj is None
        if not (self._relative(verb) or participle) or (obj is not None and obj.lower_ not in self.relative):
            return []
        return self._deed_doers(deed, verb)

    def _said_word(self, tok: Token) -> bool:
        """A said-noun set off by a comma with no subject of its own, whatever the parser made of
        it ("…, charges the group denies" parses "charges" as a verb)."""
        return tok.lemma_.lower() in self.said_nouns and tok.i > tok.sent.start \
            and tok.doc[tok.i - 1].lower_ == "," and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)

    def _renamed(self, verb: Token) -> Token | None:
        """The said-noun a denial with no object answers where the parser lost the relative
        clause: "…, charges Asmara rejected" (the noun made the verb's first subject), "…, claims
        the army denied" (the noun made a verb the denial complements), "…, a charge New Delhi
        dismissed" (the denier made the noun's apposition)."""
        if verb.lemma_.lower() not in self.dispute_verbs or _child(verb, "dobj") is not None:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) >= 2 and self._said_word(subjects[0]):
            return subjects[0]
        if verb.dep_ == "ccomp" and subjects and verb.head.i < verb.i and self._said_word(verb.head):
            return verb.head
        return verb.head if self._apposed_denier(verb) is not None else None

    def _apposed_denier(self, verb: Token) -> Token | None:
        """"…, a charge New Delhi dismissed as absurd": the parser makes the denier an apposition
        of the said-noun and hangs the denial on the noun with no subject."""
        noun = verb.head
        if verb.dep_ != "acl" or noun.lemma_.lower() not in self.said_nouns or any(
                c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children):
            return None
        return next((c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < verb.i
                     and c.right_edge.i >= verb.i - 2 and c.lemma_.lower() not in self.said_nouns), None)

    def _renamed_aim(self, noun: Token, verb: Token) -> list[Token]:
        """Whom a denial of a misparsed said-noun answers: whoever said or alleged what the clause
        before the noun says ("The RSF said it had seized the airport, claims the army denied")."""
        if verb.dep_ == "acl":
            return self._deed_doers(noun, verb)
        host = verb if noun.head.i == verb.i else noun
        clause = next((c for c in host.children if c.i < noun.i and c.pos_ in ("VERB", "AUX")
                       and c.dep_ in ("ccomp", "advcl", "parataxis", "conj")), None)
        if clause is None and noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX"):
            clause = noun.head  # "accused Somalia of arming militias, charges Mogadishu rejected"
        if clause is None:
            return []
        said = next((v for v in clause.subtree if v.pos_ in ("VERB", "AUX")
                     and v.lemma_.lower() in self.reporting | set(self.claims)), clause)
        return self._clause_doers(said, noun)

    def _verdict(self, verb: Token, obj: Token) -> list[Token]:
        """The words of a verdict: the complement after the object or after "as"."""
        verdict = [t for c in verb.children if c.dep_ == "oprd" for t in self._verdict_words(c)]
        verdict += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for t in self._verdict_words(c)]
        verdict += [t for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" for t in self._verdict_words(c)]
        # "branded Rwanda an aggressor state": the parser makes the verdict an apposition
        verdict += [t for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN" for t in self._verdict_words(c)]
        return verdict

    def _verdict_words(self, phrase: Token) -> list[Token]:
        """The words of a verdict phrase, without what it answers or is aimed at: "a measured
        response to the massacre" says nothing bad of the response."""
        skip = {t.i for c in phrase.subtree if c.dep_ == "prep" and c.lower_ in self.verdict_skips
                and c.i != phrase.i for t in c.subtree}
        return [t for t in phrase.subtree if t.i not in skip]

    def _deed_doers(self, deed: Token, critic: Token) -> list[Token]:
        """Who did the act a verdict is passed on: 'the junta's decision', 'the ruling by the
        court', 'Israeli strikes', 'the deal Ethiopia signed', 'the ban imposed by Russia'; an act
        that sums up a clause ('…, a move Israel condemned', 'in what Baghdad called a violation')
        was done by that clause's doer; 'what he called Israel's war' names its doer in the verdict."""
        if deed.lower_ == "what":
            named = self._named_in_verdict(critic)
            if named:
                return named
            clause = critic.head.head if critic.dep_ == "pcomp" and critic.head.lower_ == "in" else None
            return self._clause_doers(clause, deed) if clause is not None and clause.pos_ in ("VERB", "AUX") else []
        if deed.pos_ != "NOUN":
            return []
        doers = [t for t in self._doers(deed) if self.could_be_actor(t) and t.pos_ != "PRON"]
        # "slammed the ruling by the Supreme Court": the parser hangs the "by" phrase on the verb
        by = next((_child(c, "pobj") for c in critic.children if c.dep_ == "prep" and c.lower_ == "by"
                   and c.i > deed.i and deed.dep_ == "dobj"), None)
        doers = doers or ([t for t in conjuncts(by) if self.could_be_actor(t)] if by is not None else [])
        if doers:
            return doers
        for clause in deed.children:
            if clause.i == critic.i or clause.dep_ not in ("relcl", "acl"):
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in self.relative), None)
            agent = _child(_child(clause, "agent"), "pobj")
            found = [t for t in conjuncts(subj or agent) if self.could_be_actor(t)] if (subj or agent) else []
            if found:
                return found
        clause = self._summed_clause(deed)
        return self._clause_doers(clause, deed) if clause is not None else []

    def _named_in_verdict(self, critic: Token) -> list[Token]:
        """Who did what a verdict on "what" names itself ("over what it called Israel's war of
        extermination", "against what it called a Russian hybrid attack", "in what Madrid called a
        lapse by Rabat"): the owner, an actor word before the verdict noun or a "by" phrase (not a
        place: "struck what it called terrorist camps in Pakistan" names the camps); the clause the
        "what" hangs on may be the critic's own ("summoned the envoy over what it called …")."""
        if self._answered_reaction(critic):
            return []
        verdicts = [c for c in critic.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
        verdicts += [t for c in critic.children if c.dep_ == "prep" and c.lower_ == "as"
                     for t in [_child(c, "pobj")] if t is not None and t.pos_ in ("NOUN", "PROPN")]
        critics = {t.lower_ for t in self.subjects(critic)}
        for verdict in verdicts:
            bys = [_child(c, "pobj") for h in (critic, verdict) for c in h.children
                   if c.dep_ in ("agent", "prep") and c.lower_ == "by" and c.i > verdict.i]
            named = [c for c in verdict.children if c.dep_ in self.p.clauses["verdict_doer_deps"] and c.i < verdict.i]
            named += [t for t in bys if t is not None]
            for tok in named:
                if tok is not None and tok.pos_ != "PRON" and tok.lower_ not in critics and self.could_be_actor(tok, apposed=False):
                    return conjuncts(tok)
        return []

    def _answered_reaction(self, critic: Token) -> bool:
        """"summoned the envoy to protest what it called London's interference", "lodged a protest
        over what it described as hostile remarks": the verdict only says what a reaction of the
        critic's own (a verb or noun row of `criticism_roots`) answers; that reaction is the event."""
        if critic.head.i == critic.i:
            return False
        answered = critic.head.head if critic.dep_ == "pcomp" and critic.head.dep_ == "prep" else critic.head
        rows = self.p.verbs.get(answered.lemma_.lower(), []) if answered.pos_ in ("VERB", "AUX") \
            else self.p.nouns.get(answered.lemma_.lower(), [])
        return any(r.code.startswith(self.criticism_roots) for r in rows)

    def _lost_relative(self, verb: Token) -> tuple[Token, Token] | None:
        """"…, a ruling Tokyo called regrettable": the parser may lose the relative clause, making the
        renamed deed (`renamed_deeds`) a modifier of the critic and the verb a clause of its own on the
        main one (or the main one a clause of its own, before the critic); the deed and the clause it
        sums up."""
        subj = _child(verb, "nsubj")
        if _child(verb, "dobj") is not None or subj is None:
            return None
        if verb.dep_ in ("conj", "ccomp") and verb.head.i < verb.i:
            clause = verb.head
        else:  # "A court jailed him, a ruling Tallinn called shameful" parsed with "jailed" as ccomp
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
        if clause is None:
            return None
        left = subj.left_edge
        if left.lower_ not in ("a", "an") or not _set_off(left, (",",)):
            return None
        # "…, a verdict rights groups called a sham": the deed may hang on a word of a longer critic
        deed = next((t for t in subj.doc[left.i + 1:subj.i] if t.dep_ in ("amod", "compound", "nmod")
                     and {t.lemma_.lower(), t.lower_} & (self.renamed_deeds | set(self.p.clauses["lost_relative_deeds"]))), None)
        return (deed, clause) if deed is not None else None

    def _earlier_deed_doers(self, deed: Token, critic: Token) -> list[Token]:
        """Who did a deed a verdict names only by "it" or "the decision" (clauses.yaml
        `anaphoric_deed_determiners`): the deed an earlier clause told ("Washington expelled the envoy, and
        Pretoria called the decision regrettable", "…, the Pentagon said, calling the refusal
        unfortunate"), so that clause's doers other than the critic."""
        c = self.p.clauses
        if deed.pos_ == "PRON":
            if deed.lower_ not in c["accused_pronouns"]:
                return []
        elif deed.pos_ != "NOUN" or not any(m.dep_ == "det" and m.lower_ in c["anaphoric_deed_determiners"]
                                            for m in deed.children) \
                or any(m.dep_ not in ("det", "amod", "compound", "punct") for m in deed.children):
            return []
        critics = {t.i for t in self.subjects(critic)}
        clause = critic
        while clause.head.i < clause.i and (clause.dep_ in c["anaphoric_clause_deps"] or _absolute(clause)):
            clause = clause.head.head if _absolute(clause) else clause.head
            if self._reaction(clause):
                return []  # "condemned the sentences, with Washington calling the trial…": not the deed
            doers = [t for t in self._clause_doers(clause, deed) if t.pos_ != "PRON" and t.i not in critics]
            if doers:
                return doers
        return []

    def _reaction(self, verb: Token) -> bool:
        """A verb of criticism or praise (a row of `criticism_roots` or 051): a reaction, never the
        deed that a reaction after it names."""
        return any(r.code.startswith(self.criticism_roots + ("051",)) for r in self.p.verbs.get(verb.lemma_.lower(), []))

    def _summed_clause(self, deed: Token) -> Token | None:
        """The clause a noun sums up: set off after it by a comma ("Britain sent a frigate, a
        deployment that…", "…, the latest in a string of launches that…") or in "in a move", "in
        what" after its verb."""
        tok, apart = deed, False
        while tok.head.i != tok.i:
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX"):
                return tok.head.head
            apart = apart or _set_off(tok.left_edge, (",", "—", "-", ";"))
            if tok.head.pos_ in ("VERB", "AUX") and not (apart and _reduced_participle(tok.head)):
                if not apart or tok.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
                    return None
                return self._summed_verb(deed, tok, tok.head)
            tok = tok.head
        return None

    def _summed_verb(self, deed: Token, tok: Token, verb: Token) -> Token:
        """The clause a noun set off after `verb` sums up. A saying is summed up by the verb of
        saying or accusing above ("accused Kigali of sending troops into Goma, an allegation…");
        a deed by the clause its verb serves ("was ready to invite troops to guard the border, a
        suggestion…"); a fronted object is a relative clause the parser took for a clause of its
        own ("doubled tariffs, a step India's ministry called unfair")."""
        if tok is deed and tok.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.i > tok.i for c in verb.children):
            above = verb.head
            while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
                above = above.head
            return above if above.i != verb.i and above.pos_ in ("VERB", "AUX") else verb
        if deed.lemma_.lower() in self.said_nouns:
            said = next((v for v in (verb, *verb.ancestors) if v.pos_ in ("VERB", "AUX")
                         and v.lemma_.lower() in self.reporting | set(self.claims)), None)
            if said is not None:
                return said
        while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def _clause_doers(self, clause: Token, deed: Token) -> list[Token]:
        """Who did what a clause says: its subject, the agent of a passive, and for a report
        ("…, Cairo said, a move…") the doer of what was reported, unless the deed is the saying
        ("…, officials said, a report Havana dismissed")."""
        if clause.lemma_.lower() in self.speech and deed.lemma_.lower() not in self.said_nouns:
            said = next((c for c in clause.children if c.dep_ == "ccomp"), None)
            if said is None:
                said = clause.head if clause.dep_ in ("parataxis", "ccomp") and clause.head.i != clause.i else None
            if said is None:
                return []
            clause = said
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in clause.children):
            agent = _child(_child(clause, "agent"), "pobj")
            return [t for t in conjuncts(agent) if self.could_be_actor(t)] if agent is not None else []
        return [t for t in self.subjects(clause) if self.could_be_actor(t)]

    def _answered_clause(self, verb: Token) -> list[Token]:
        """Whom a reaction with no target of its own answers when a clause after it says what it
        answers ("lodged a protest after Chinese ships sailed into its waters", "said it was
        appalled after a Beijing court sentenced…"): that clause's doers, not a pronoun."""
        hosts = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i else [])
        hosts += [c for c in verb.children if c.dep_ == "ccomp"]  # "denounced what it called a violation after…"
        for host in hosts:
            for clause in host.children:
                if clause.dep_ != "advcl" or clause.i < verb.i or not any(
                        m.dep_ == "mark" and m.lower_ in self.answered_marks for m in clause.children):
                    continue
                doers = [t for t in self._clause_doers(clause, clause) if t.pos_ != "PRON"]
                if doers:
                    return doers
        return self._answered_deed(verb)

    def _answered_deed(self, verb: Token) -> list[Token]:
        """"lodged a protest over the Philippine missile deployment": a reaction with no target of
        its own that names what it answers in a phrase (`answered_deed_preps`) on the verb or its
        object answers whoever did that deed."""
        heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        for prep in (c for h in heads for c in h.children):
            deed = _child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ in self.answered_deed_preps else None
            if deed is not None:
                doers = self._deed_doers(deed, verb)
                if doers:
                    return doers
        return []

    def _praise_of_deed(self, verb: Token, rule: Rule) -> bool:
        """Praise by a verb (`deed_praise_verbs`) of whatever its object names."""
        return rule.code.startswith("051") and rule.link.kind == "obj" and rule.words is None \
            and verb.lemma_.lower() in self.p.clauses["deed_praise_verbs"]

    def _criticised(self, verb: Token, praise: bool = False) -> list[Token]:
        """Whom criticism (or praise) of an act is aimed at, when its object names no actor: the
        act's doer ("condemned the junta's decision", "a deployment that Caracas condemned"), or
        whoever did what an earlier clause told ("signed a pact, with Rome hailing the deal").
        Praise keeps off "in what Petro hailed as a milestone", which praises no one."""
        deed = self._judged_object(verb)
        if deed is None or (praise and deed.lower_ == "what"):
            return []
        if (deed.lower_ not in self.relative and deed.lower_ != "what"
                and deed.lower_ not in self.p.clauses["deed_pronouns"] and self.could_be_actor(deed, apposed=False)):
            return []
        return self._deed_doers(deed, verb) or self._earlier_deed_doers(deed, verb)

    def _criticism_of_deed(self, verb: Token, cand: Candidate, doers: list[Token]) -> None:
        """Aim criticism of a deed at its doers, also in the passive ("a plan that was condemned by
        charities", "a ruling criticised by rights groups": the "by" phrase criticises)."""
        cand.targets = doers
        if verb.dep_ == "acl" and not any(map(self.could_be_actor, cand.sources)):
            agent = _child(_child(verb, "agent"), "pobj")
            cand.sources = conjuncts(agent) if agent is not None else []
            cand.inherited_source = False
