"""Decide whether an event is asserted, negated, hypothetical, future or historical.

Only the clause that holds the predicate (and the clauses above it) counts: a date inside an
embedded clause dates that clause's event, not the framing one ("seeks to restore the relations
of the 1960s" is a current intent).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from allegiance.coder.dates import HISTORICAL_AFTER_DAYS, Period, resolve
from allegiance.coder.patterns import Patterns
from allegiance.nlp.headlines import text_end
from allegiance.nlp.spans import tokens_text

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "csubjpass", "parataxis", "dep", "pcomp"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative", "agent"}
TIME_MARKS = {"after", "before", "when", "as", "while", "once"}
CLIMB_DEPS = {"advcl", "xcomp", "conj", "dep", "pcomp", "ccomp", "relcl", "acl", "prep", "pobj"}


def date_tokens(pred: Token) -> list[Token]:
    """Tokens that can date the predicate: its adjuncts, not its arguments or sub-clauses."""
    out = []
    stack = [c for c in pred.children if c.dep_ not in CLAUSE_DEPS and c.dep_ not in ARGUMENT_DEPS]
    while stack:  # adjunct subtrees, without descending into the clauses inside them
        tok = stack.pop()
        out.append(tok)
        # "the 1960s, 70s and 80s": coordinated nouns stay; a coordinated verb is another clause
        stack.extend(c for c in tok.children
                     if c.dep_ not in CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")))
    if pred.dep_ == "relcl":  # "the relations X had with Y during the 1960s": PP may hang on the governor
        antecedent = pred.head
        governor = antecedent.head
        for child in governor.children:
            if child.dep_ in ("prep", "npadvmod") and child.i > antecedent.i:
                out.extend(child.subtree)
    return sorted(set(out), key=lambda t: t.i)


def event_period(pred: Token, published: date | None) -> Period | None:
    period = _own_period(pred, published)
    if period is None and pred.head.i != pred.i and _shares_date(pred):
        shared = event_period(pred.head, published)
        # "would impose tariffs from Aug. 1, accusing Ottawa of …": the accusing is now
        return shared if pred.dep_ == "conj" or shared is None or not shared.is_future(published) else None
    return period


def _auxiliaries(head: Token) -> list[Token]:
    """The verb's auxiliaries, or its first conjunct's when it is a bare verb with neither its
    own nor a subject: "will suspend aid and halt cooperation" halts in the future too."""
    own = [c for c in head.children if c.dep_ == "aux"]
    if own or head.dep_ != "conj" or head.head.i == head.i or head.tag_ != "VB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children):
        return own
    return _auxiliaries(head.head)


def _infinitive(verb: Token) -> bool:
    """A to-infinitive: "to help", "to nationalise"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _shares_date(pred: Token) -> bool:
    """Clauses told together with their main clause happen when it does: conjuncts ("In 1999,
    Greece sent teams …, and Turkish crews flew …"), clauses that say when ("cut ties in 2016
    after protesters stormed …"), participles ("in 2013, killing a thousand people") and
    purposes ("stepped across the line in 2019 to shake hands with Kim")."""
    if pred.dep_ == "conj":
        return True
    if pred.dep_ != "advcl":
        return False
    mark = next((c.lower_ for c in pred.children if c.dep_ == "mark"), None)
    if mark is not None:
        return mark in TIME_MARKS
    return pred.tag_ in ("VBG", "VBN") or _infinitive(pred)


def _span_back(prep: Token) -> bool:
    """'their first talks in five years', 'the largest drills in a decade': 'in' + a count after
    a first or a superlative measures how long since, not when."""
    if prep.lower_ != "in" or not any(t.like_num or t.lower_ in ("a", "an") for t in prep.subtree):
        return False
    before = prep.doc[max(prep.sent.start, prep.i - 10): prep.i]
    return any(t.lower_ in ("first", "only") or t.tag_ in ("JJS", "RBS") for t in before)


def _own_period(pred: Token, published: date | None) -> Period | None:
    tokens = date_tokens(pred)
    spans = {t.i for prep in tokens if prep.dep_ == "prep" and _span_back(prep) for t in prep.subtree}
    tokens = [t for t in tokens if t.i not in spans]
    if not tokens:
        return None
    runs, run = [], [tokens[0]]
    for tok in tokens[1:]:  # contiguous runs only: never read the words in between
        if tok.i == run[-1].i + 1:
            run.append(tok)
        else:
            runs.append(run)
            run = [tok]
    runs.append(run)
    doc = pred.doc
    text = " ; ".join(tokens_text(doc, r[0].i, r[-1].i + 1) for r in runs)
    return resolve(text, published)


class ModalityJudge:
    def __init__(self, patterns: Patterns, threshold_days: int = HISTORICAL_AFTER_DAYS):
        c = patterns.clauses
        self.c = c
        self.frames = patterns.frames
        self.threshold_days = threshold_days

    def __call__(self, head: Token, trigger: Token, negated_by_frame: bool, period: Period | None,
                 published: date | None, kept_open: bool = False) -> str:
        c = self.c
        if kept_open:  # "has not ruled out sending troops": the option, not its denial
            return "hypothetical"
        if negated_by_frame or self._negated(head) or (trigger is not head and self._negated(trigger)):
            return "negated"
        deed = self._deed_noun(head)
        if self._ordered_not(trigger) or (deed is not None and self._negated(deed)):
            return "negated"  # "has no plans to send troops"
        if self._retracted(head):
            return "negated"
        if self._hypothetical(head) or self._yes_no_question(head):
            return "hypothetical"
        if period is not None and period.is_historical(published, self.threshold_days):
            return "historical"
        if self._historical_marker(head, trigger):
            return "historical"
        stand_in = head.doc.user_data.get("present_aux")  # a headline's "will" put in for the parser
        if any(a.lower_ in c["future_aux"] and a.idx != stand_in for a in _auxiliaries(head)):
            return "future"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in c["future_governors"]:
            return "future"
        if head.dep_ == "xcomp" and head.head.lemma_ == "be" and head.head.dep_ == "ROOT":
            return "future"  # "the EU is to give Tunisia 100 million euros"
        if any(t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in c["future_governors"]
               and any(a.lemma_ == "be" for a in t.head.children) for t in (head, trigger)):
            return "future"  # "a summit between them is set for Friday", "talks are scheduled for May"
        if head.lemma_.lower() in c["future_governors"] and any(ch.dep_ == "xcomp" for ch in head.children):
            return "future"  # the frame itself: "is expected to meet", "set to visit"
        if self._reported_would(head) or self._future_purpose(head):
            return "future"
        if deed is not None and deed.lemma_.lower() in c["planned_deed_nouns"]:
            return "future"  # "Niger's plan to nationalise the mine"
        if period is not None and period.is_future(published):
            return "future"
        return "asserted"

    def _deed_noun(self, head: Token) -> Token | None:
        """The decision or plan (`deed_nouns`) a to-clause names: "the plan to nationalise",
        "no plans to send troops"."""
        noun = head.head
        if head.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.c["deed_nouns"]:
            return None
        return noun if _infinitive(head) else None

    def _negated(self, tok: Token) -> bool:
        words = self.c["negation_words"]
        return any(ch.dep_ == "neg" or (ch.dep_ == "det" and ch.lower_ == "no") or
                   (ch.dep_ == "advmod" and ch.lower_ == "never") for ch in tok.children
                   if ch.lower_ in words)

    def _ordered_not(self, tok: Token) -> bool:
        """'did not order soldiers to shoot', 'never allowed inspectors to enter': what the
        negated order or permission would have made happen did not happen."""
        while tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i:  # "order soldiers to shoot" parses either way
            tok = tok.head
            if tok.lemma_.lower() in self.c["object_control_verbs"] and self._negated(tok):
                return True
        return False

    def _retracted(self, head: Token) -> bool:
        """'An earlier version incorrectly said that Russia had expelled …': a report taken
        back (a correction, a false claim) asserts nothing."""
        words = self.c.get("retraction_adverbs", [])
        return any(ch.dep_ == "advmod" and ch.lower_ in words
                   for clause in self._clauses_up(head) if clause.i != head.i for ch in clause.children)

    def _clauses_up(self, tok: Token):
        """The predicate's clause and the clauses that govern it, innermost first."""
        yield tok
        while tok.dep_ in CLIMB_DEPS and tok.head.i != tok.i:
            tok = tok.head
            yield tok

    def _hypothetical(self, head: Token) -> bool:
        c = self.c
        for clause in self._clauses_up(head):
            for ch in clause.children:
                if ch.dep_ == "mark" and ch.lower_ in c["hypothetical_marks"]:
                    return True
                if ch.dep_ == "aux" and ch.lower_ in c["hypothetical_aux"] and clause.i == head.i:
                    return True
                if (ch.dep_ == "aux" and ch.lower_ in c["conditional_aux"] and clause.i == head.i
                        and any(t.lower_ in c["hypothetical_marks"] and t.dep_ == "mark" for t in head.sent)):
                    return True  # "would" in a sentence with a condition
        return False

    def in_condition(self, head: Token) -> bool:
        """'… if Luanda requested it', 'unless Cairo released prisoners', 'asked whether Budapest
        would block …', 'Should Kyiv request it, …': the clause states a condition or a question
        for another event; it reports no event of its own."""
        clause = head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "if Iran attacks and Israel responds"
        for ch in clause.children:
            if ch.dep_ == "mark" and ch.lower_ in self.c["condition_marks"]:
                # "weighing whether to ship shells": the option a consider-frame weighs
                return not (ch.lower_ == "whether" and clause.dep_ in ("ccomp", "xcomp")
                            and self.frames.get(clause.head.lemma_.lower()) == "consider")
        first = clause.doc[clause.left_edge.i]
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (clause.dep_ == "advcl" and first.dep_ == "aux" and first.head.i == clause.i
                and first.lower_ in ("should", "were", "had") and subject is not None and first.i < subject.i)

    def _yes_no_question(self, head: Token) -> bool:
        """'Will Iran attack Israel?', 'Did China threaten Taiwan?': a question whose auxiliary
        comes before its subject asks whether the event happens; it asserts nothing. (A
        wh-question, "Why did Russia attack?", takes the event for granted and is not caught:
        its auxiliary follows the question word.)"""
        sent = head.sent
        if not text_end(sent, "\"'”’").endswith("?"):
            return False
        for clause in self._clauses_up(head):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            aux = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")), None)
            if subject is not None and aux is not None and aux.i < subject.i and aux.i == sent.start:
                return True
        return False

    def _reported_would(self, head: Token) -> bool:
        """'said it would bar officials', 'said it was suspending aid and would bar officials',
        'said it would suspend aid and halt cooperation'."""
        c = self.c
        has_would = any(a.lower_ == "would" for a in _auxiliaries(head))
        clause = head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        return has_would and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in c["speech_verbs"]

    def _future_purpose(self, head: Token) -> bool:
        """'will send police to help the country': the purpose of a future act is future too."""
        return _infinitive(head) and head.dep_ in ("advcl", "xcomp") and head.head.i != head.i and any(
            ch.dep_ == "aux" and ch.lower_ in self.c["future_aux"] for ch in head.head.children)

    def _historical_marker(self, head: Token, trigger: Token) -> bool:
        """'under the presidency of …', 'formerly', 'historically strong relations'."""
        c = self.c
        scope = set(date_tokens(head)) | set(date_tokens(trigger))
        if trigger.pos_ == "NOUN":
            scope |= {t for t in trigger.subtree if t.dep_ == "advmod"}
        for tok in scope:
            if tok.lower_ == "under" and tok.dep_ == "prep":
                pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in c["era_nouns"]:
                    return True
            if tok.dep_ == "advmod" and tok.lower_ in c["past_adverbs"]:
                return True
        return False
