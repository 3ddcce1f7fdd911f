"""What the parse says about roles, before any dictionary is consulted.

The `Candidate` a predicate finder returns, the dependency labels and word sets it works with,
and small questions about a parse: the conjuncts of a phrase, a child by label, whether a phrase
names a role, a place or someone. Shared by `predicates` and the finders it is built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from allegiance.actors.resolve import coordinated_antecedent, counted_pair, group_count, listed_siblings
from allegiance.coder.patterns import Link, load_patterns
from allegiance.geo.gazetteer import load_gazetteer
from allegiance.nlp.entities import entity_around

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
INHERIT_SUBJECT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "dep", "acl"}
# frames whose complement is what the source wants someone else to do ("urged Iran to", "demanded that")
DIRECTIVE_FRAMES = {"appeal", "demand"}
# frames that are events by themselves when nothing is embedded ("urged Turkey", "rejected the call")
ADDRESSED_FRAMES = {"appeal", "demand", "refuse", "threaten"}
FORCE_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
FORCE_THREATS = ("138",)  # threats of force: aimed, like force, at a named place's state ("to take Greenland")
VISIT_CODES = ("042", "043")  # a trip to a place is a visit to its state
# acts whose doer a demonym before the noun names ("an Israeli strike", "US sanctions on Iran"):
# coercion and force; for talk the adjective is as often the topic ("Iranian nuclear talks")
AGENT_NOUN_ROOTS = ("15", "16", "17", "18", "19", "20")
AGENT_DEPS = ("amod", "compound", "nmod")
# protests: aimed at the protesters' own government when they name no one; a "by" phrase on the
# noun names who stages them ("protests by farmers against the government")
PROTEST_ROOT = "14"
# preps whose object is whom a measure is aimed at or whom goods come from: reporters fold them
# into a name before the noun ("Russia sanctions", "Russian gas imports")
NAMED_TARGET_PREPS = {"on", "against", "from"}
# a show of force (15) is aimed at whoever it is staged next to: "massed troops near Ukraine's
# border", "drills off Taiwan", "warships to the Gulf"
POSTURE_LINK = Link("prep", frozenset({"near", "around", "along", "off", "toward", "towards", "to", "at"}))
POSTURE_STATES = {"alert", "standby", "readiness", "notice", "footing"}  # "put forces on alert"
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a verb that can open a clause of its own
# "Iran vowed it would retaliate": a pronoun subject of the embedded clause is the actor itself
SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
# "after the attack on US bases, Berlin…": what these introduce may be someone else's doing
CONTEXT_PREPS = {"after", "following", "amid", "before", "ahead", "during"}
PLACE_ENTS = {"GPE", "LOC", "NORP"}  # names whose plural is a place or people ("the Falkland Islands"), not a thing


@dataclass
class Candidate:
    code: str
    rule: str
    trigger: Token  # the word that carries the event (verb or event noun)
    frame: Token | None = None  # the framing verb ("seeks"), when there is one
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    link: Link = Link("none")
    negated_by_frame: bool = False
    kept_open: bool = False  # "refused to rule out sending troops": an option kept, hypothetical
    inherited_source: bool = False
    weight: float = 0.9
    absorbed: list[int] = field(default_factory=list)  # event nouns read as part of this event
    implied_agent: tuple[str, bool] | None = None  # "was jailed": (sector of the unnamed doer, own state?)
    named_state: bool = False  # the targets are states named before the object ("Russia sanctions")
    toll_of: int | None = None  # "struck Sumy, killing 35": the attack this killing is the toll of
    tolled: bool = False  # "blew himself up in Kabul, killing 20": a toll names whom this attack struck
    struck: bool = False  # "bombed a market, killing 100": a toll coded as its attack, not as a killing
    # "told Trump at the White House": the places a visit shown by speech is set in; whose
    # they are says which side is the guest (the coder drops it at a third state's venue)
    venues: list[Token] = field(default_factory=list)
    # "cut ties with Sudan, accusing the Gulf state of …": the accused is named only by an
    # anaphor, whom the coder takes from what the governing clause acted on
    accused_anaphor: bool = False
    # "…, saying Tehran had broken the deal": an accusation only of another state's actor
    foreign_only: bool = False
    # "would not sign the bill until the Supreme Court had ruled": a state waiting on its own
    # courts, forces or parliament sets no demand; dropped when both sides are one state's organs
    not_own_organs: bool = False
    # "rejected the offer, which Seoul had made": the target is not the act's own word but the
    # one party the sentence links to it; the coder keeps it only if it is of another state
    implied_party: bool = False

    @property
    def head(self) -> Token:
        """The token whose clause decides modality: the frame if any, else the trigger."""
        return self.frame or self.trigger


def conjuncts(tok: Token) -> list[Token]:
    """The token and its coordinated partners, also across an apposition:
    "Traoré, President of Burkina Faso, and Tiani, President of Niger"."""
    if tok is None:
        return []
    out = [tok, *tok.conjuncts]
    out += [t for t in listed_siblings(tok) if t not in out]  # "Sweden's and Finland's bids"
    for appos in (c for c in tok.children if c.dep_ == "appos"):
        # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser hangs list
        # items on an apposition; a proper-noun apposition is one more item (or the same actor)
        if appos.pos_ == "PROPN" and appos not in out:
            out.append(appos)
        out.extend(c for c in appos.conjuncts if c.pos_ == "PROPN" and c not in out)
    # "Egypt, not Jordan, hosted the meeting": an item the text denies is no partner
    return [t for t in out if t is tok or not (any(c.dep_ == "neg" for c in t.children)
                                              or (t.i > 0 and t.doc[t.i - 1].dep_ == "neg"))]


def _protest_demands(found: list[Candidate]) -> list[Candidate]:
    """'Thousands marched through Minsk demanding that Lukashenko resign': the demand says what
    the protest is for, and CAMEO's protest codes have the demands' subdivisions (1041
    leadership change → 1411, 1042 policy → 1412, 1043 rights → 1413, 1044 institutions → 1414)."""
    protests = {c.trigger.i: c for c in found if c.code in ("140", "141")}
    for cand in found:
        head = cand.head
        if cand.code[:3] == "104" and len(cand.code) == 4 and head.dep_ in ("advcl", "xcomp", "conj", "acl"):
            protest = protests.get(head.head.i)
            if protest is not None:
                protest.code = "141" + cand.code[3]
    return found


def _absolute_with(prep: Token) -> bool:
    """', with Oman's minister ferrying messages', ', with 58 countries abstaining': after a comma,
    "with" and a participle open a clause of its own, whose noun is the participle's doer, not a
    partner of the clause before."""
    if prep.lower_ != "with" or prep.i == prep.sent.start or prep.doc[prep.i - 1].lower_ != ",":
        return False
    pcomp = _child(prep, "pcomp")
    if pcomp is not None:
        return pcomp.tag_ in ("VBG", "VBN") and any(c.dep_ in SUBJECT_DEPS for c in pcomp.children)
    pobj = _child(prep, "pobj")
    if pobj is None:
        return False
    nouns = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
    if any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VBN") and c.i > n.i for n in nouns for c in n.children):
        return True
    # "…, with the EU's envoy, Miroslav Lajcak, looking on": the parser hangs the participle that
    # follows the noun on the clause
    after = [t for t in prep.doc[pobj.right_edge.i + 1:pobj.right_edge.i + 3] if t.lower_ != ","][:1]
    return any(t.tag_ in ("VBG", "VBN") and t.dep_ in ("advcl", "conj", "acl")
               and not any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in after)


def _absolute_clause(verb: Token) -> Token | None:
    """The clause an absolute "with" clause the participle heads hangs on: "held talks, with
    Oman's minister ferrying messages between them" → held."""
    doer = verb.head if verb.dep_ in ("acl", "relcl") else None
    doer = doer.head if doer is not None and doer.dep_ == "appos" else doer
    prep = verb.head if verb.dep_ == "pcomp" else doer.head if doer is not None and doer.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or not _absolute_with(prep):
        return None
    clause = prep.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return clause if clause.pos_ in ("VERB", "AUX") else None


def _in_a_role(prep: Token) -> bool:
    """'with X as guarantors', 'with Y as host': the phrase names a role, not a partner."""
    pobj = _child(prep, "pobj")
    after = pobj.right_edge.i + 1 if pobj is not None else prep.i + 1
    siblings = [c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == after]
    inside = pobj.children if pobj is not None else []
    return any(_names_a_role(c) for c in siblings) or any(
        c.dep_ == "prep" and c.lower_ == "as" and _names_a_role(c) for c in inside)


def _names_a_role(as_phrase: Token) -> bool:
    """'as guarantors' names a role; 'as M23 rebels close in' opens a clause the parser misread."""
    pobj = _child(as_phrase, "pobj")
    if pobj is None:
        return True
    after = pobj.right_edge.i + 1
    return not (after < len(pobj.doc) and pobj.doc[after].tag_ in FINITE_TAGS)


def _bare(phrase: str) -> str:
    """A phrase without its articles: "in the face of" → "in face of"."""
    return " ".join(w for w in phrase.lower().split() if w not in ("the", "a", "an"))


def _set_off_participle(verb: Token) -> bool:
    """'…, accusing Moscow of …': a subjectless -ing clause after a comma."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.sent.start
            and verb.doc[verb.i - 1].text == "," and _borrows_subject(verb))


def _borrows_subject(verb: Token) -> bool:
    """The verb has no subject of its own: its source comes from the clause above (less sure)."""
    return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _aimed_at_thing(prep: Token) -> bool:
    """'at ships', 'on cities': a thing a weapon is aimed at (not 'on Friday', 'on alert')."""
    pobj = _child(prep, "pobj")
    return (prep.dep_ == "prep" and prep.lower_ in ("at", "on", "upon") and pobj is not None
            and pobj.pos_ == "NOUN" and not pobj.ent_type_ and pobj.lemma_.lower() not in POSTURE_STATES)


def place_name(tok: Token | None) -> bool:
    """A proper name the gazetteer knows as a place below a country ("Goma", "Kabul"; the
    tagger often takes such names for people). Countries are actors, not places taken."""
    if tok is None or tok.pos_ != "PROPN":
        return False
    entries = load_gazetteer().lookup(tok.text)
    return bool(entries) and not any(e.place.kind == "country" for e in entries)


def of_a_state(name: Token) -> bool:
    """Does a name (or the entity it ends) stand for a state, its people or a place in it
    ("Pakistan", "Ukrainian", "Kryvyi Rih"; not "the Red Sea")?"""
    gazetteer = load_gazetteer()
    entity = entity_around(name)
    texts = {name.text, *((entity.text,) if entity is not None else ())}
    return any(gazetteer.country_named(t) or any(e.place.country for e in gazetteer.lookup(t)) for t in texts)


def _names_someone(victims: Token) -> bool:
    """Does a victims phrase name whose they are ("two Hamas officials", "a Qatari guard",
    "the prime minister of Yemen"), not just how many ("35 people")?"""
    return any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())
               for t in victims.subtree if t.dep_ != "relcl" and t.head.dep_ != "relcl")


def _named(tok: Token) -> bool:
    """Does the phrase carry a name ("Iran", "a Belgian aid worker"), not just a role ("a delegation")?"""
    return any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper()) for t in [tok, *tok.lefts])


def _object_words(obj: Token | None) -> list[tuple[Token, str]]:
    """The object and the words that say what it really is: "a cable of condolences",
    "record volumes of gas", "dozens of diplomats", "aid parcels" — (token, lemma) pairs,
    the object itself first."""
    if obj is None:
        return []
    out = [(obj, obj.lemma_.lower())]
    if obj.pos_ == "PROPN" and obj.lower_.endswith("s") and not obj.lower_.endswith("ss") and obj.ent_type_ not in PLACE_ENTS:
        out.append((obj, obj.lower_[:-1]))  # a name keeps its plural: "signed the Abraham Accords"
    out += [(c, c.lemma_.lower()) for c in obj.conjuncts]  # "sent troops and rescue teams"
    # "1.7 million barrels a day of crude": the parser hangs the goods on the rate ("a day")
    rates = [c for c in obj.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
    for child in [*obj.children, *(c for r in rates for c in r.children)]:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = _child(child, "pobj")
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                out.extend((t, t.lemma_.lower()) for t in conjuncts(pobj))
        elif child.dep_ == "prep" and child.lower_ == "to" and obj.lemma_.lower() in load_patterns().clauses["opening_nouns"]:
            pobj = _child(child, "pobj")  # "access to four bases": what is opened is the bases
            out.extend((obj, t.lemma_.lower()) for t in conjuncts(pobj) if pobj is not None)
        elif child.dep_ == "compound" and (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and child.is_title)):
            out.append((obj, child.lemma_.lower()))  # "aid parcels"; a title: "ousted President Castillo"
    return out


def _noun_chain(head: Token, limit: int = 6, skip: frozenset[str] = frozenset()) -> list[Token]:
    """Nouns reached from `head` through prepositional phrases, without entering clauses.
    `skip` leaves out phrases that are events of their own ("after talks with …")."""
    out, stack = [], [head]
    while stack and len(out) < limit:
        tok = stack.pop()
        for prep in tok.children:
            if tok is head and prep.lower_ in skip:
                continue
            pobj = _child(prep, "pobj") if prep.dep_ == "prep" else None
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and len(out) < limit:
                out.append(pobj)
                stack.append(pobj)
    return out


def _recipients(verb: Token, matched: Token) -> list[Token]:
    """The subject of a passive that keeps its direct object ("was handed a sentence", "was
    given an ultimatum"): the one the object went to, the target of a "to" row."""
    if matched.dep_ != "dobj" or matched.head != verb:
        return []
    return [t for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in conjuncts(c)] \
        or _folded_recipient(verb, matched)


def _folded_recipient(verb: Token, matched: Token) -> list[Token]:
    """'lent Sri Lanka billions of dollars', 'gave Kyiv $2 billion': the parser hangs the
    indirect object on the sum as a name before it; a proper name right after the verb and
    before a number is the one the sum went to."""
    name = next((c for c in matched.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.left_edge.i == verb.i + 1), None)
    if name is None or not any(t.like_num or t.tag_ == "$" for t in matched.subtree if t.i > name.i) \
            and not matched.like_num and matched.lower_ not in ("billions", "millions"):
        return []
    return [name]


def _reciprocal(link: Link, subjects: list[Token]) -> bool:
    """Coordinated subjects of a 'with' event act on each other: "Iran and Iraq signed a deal",
    also when one phrase names both: "the foreign ministers of Russia and Ukraine met",
    "Azerbaijani and Armenian forces clashed"."""
    if link.kind != "prep" or not link.preps & {"with", "between"} or not subjects:
        return False
    counted = counted_pair(subjects[0])
    if len(subjects) >= 2 or coordinated_antecedent(subjects[0]) or (counted is not None and group_count(counted) == 2):
        # "Iran and Iraq met", "Turkey and Egypt said they would …", "the two countries signed"
        # ("the three leaders pledged to consult one another": a pledge among themselves, no pair)
        return True
    for child in subjects[0].children:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        listed = child.dep_ == "prep" and child.lower_ in ("of", "from", "including", "like")
        if listed and pobj is not None and pobj.conjuncts:
            return True
        if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
            return True
    return False


def _clause(tok: Token) -> Token | None:
    """The nearest verb above `tok` that states its own subject: whose act a phrase is set in
    ("Sanchez urged Brussels to rethink tariffs during a visit": Sanchez's clause, not Brussels')."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return tok
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _a_place(tok: Token) -> bool:
    """A name the gazetteer knows as a place, a country included ("his China visit")."""
    return tok.pos_ == "PROPN" and bool(load_gazetteer().lookup(tok.text))


def _child(tok: Token | None, dep: str) -> Token | None:
    if tok is not None:
        for child in tok.children:  # a plain loop: this is the coder's most frequent call
            if child.dep_ == dep:
                return child
    return None


def _top_down(sent: Span) -> list[Token]:
    """Tokens ordered root first, so framing verbs claim their embedded events."""
    order, frontier = [], [sent.root]
    seen = set()
    while frontier:
        nxt = []
        for tok in frontier:
            if tok.i in seen:
                continue
            seen.add(tok.i)
            order.append(tok)
            nxt.extend(tok.children)
        frontier = nxt
    order.extend(t for t in sent if t.i not in seen)
    return order
