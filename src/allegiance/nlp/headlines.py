"""Headlines in Title Case ("Iran, Iraq Sign Security Pact") parse badly: every word looks like
a proper noun. Before parsing, such lines get sentence case — except the names the gazetteer
knows, acronyms and words that can only be names — so the parser sees verbs as verbs. Only
letter case changes, so every character offset stays valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Span, Token

SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
               "over", "the", "to", "up", "with", "vs"}
# months and weekdays keep their capital ("March" and "May" are verbs too, and lose it)
CALENDAR = {"january", "february", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# collective nouns that take a plural verb in headlines ("Police Detain", "Military Seizes" is singular)
PLURAL_BODIES = {"police"}
# words that open a headline's second clause, whose verb the parser reads as a noun as often as the
# first's ("Egypt and Turkey Mend Ties as Sisi Hosts Erdogan", "… as Gangs Storm TV Station")
CLAUSE_OPENERS = {"as", "after", "while", "when", "before", "until", "because"}
# what puts a headline's actor in a place before its verb ("Garment Workers in Dhaka Stage Walkout")
PLACE_PREPOSITIONS = {"in", "from"}
# what may start the object right after such a clause's verb ("Hosts Erdogan", "Storm TV Station")
OBJECT_STARTS = {"PROPN", "NOUN", "DET", "NUM", "ADJ", "PRON"}
# function words the lemmatizer's tables lack and spaCy does not count as stop words
FUNCTION_WORDS = {"amid", "amidst", "despite", "toward", "towards", "onto", "upon", "via", "versus", "whilst"}
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
VERB_DEPS = {"ROOT", "conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp"}
HEADLINE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")")
_LINE = re.compile(r"[^\n]+")


@dataclass
class Reading:
    """A headline rewritten so that the parser sees its verb; `present_aux` is the character
    offset of an auxiliary put in only to help the parser ("will"), which says nothing of tense."""
    text: str
    present_aux: int | None = None


def looks_like_headline(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 20 or line.rstrip().endswith(HEADLINE_END):
        return False
    # Title Case leaves short function words in lower case ("Modi to Visit Washington in June")
    content = [w for w in words if w.lower() not in SMALL_WORDS] or words
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) > 0.7


def soften_headlines(text: str, nlp: Language, names, keeps_capital=lambda word: False) -> str:
    """`text` with Title Case headline lines put in sentence case; `names(doc)` gives the
    (start, end) token spans to keep as written, `keeps_capital(word)` the other words that are
    names ("Huawei", "Kharkiv": lowered, the parser takes them for nouns and nobody finds the
    place)."""
    if not any(looks_like_headline(m.group(0)) for m in _LINE.finditer(text)):
        return text
    out = list(text)
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not looks_like_headline(line):
            continue
        doc = nlp.make_doc(line)
        keep = {i for start, end in names(doc) for i in range(start, end)}
        for tok in doc:
            if tok.i == 0 or tok.i in keep or not tok.is_alpha or tok.is_upper or tok.lower_ in CALENDAR:
                continue
            if tok.text[:1].isupper() and keeps_capital(tok.text):
                continue
            start = m.start() + tok.idx
            out[start:start + len(tok.text)] = tok.text.lower()
    return "".join(out)


class Lexicon:
    """The English words the tagger's lemmatizer knows (its lemma index, exceptions and
    inflection rules): in a Title Case headline a word English lacks ("Lopez", "Rosatom",
    "Dnipro") can only be a name."""

    def __init__(self, nlp: Language):
        tables = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
        if tables is None or not tables.has_table("lemma_index"):
            self.index, self.exceptions, self.rules = {}, {}, {}
        else:
            index, exc, rules = (tables.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
            self.index = {pos: frozenset(index[pos]) for pos in PARTS_OF_SPEECH if pos in index}
            self.exceptions = {pos: frozenset(exc[pos]) for pos in PARTS_OF_SPEECH if pos in exc}
            self.rules = {pos: list(rules[pos]) for pos in PARTS_OF_SPEECH if pos in rules}
        self.stop_words = nlp.Defaults.stop_words | FUNCTION_WORDS
        self.empty = not self.index
        self._seen: dict[str, frozenset[str]] = {}  # headlines repeat their words: read each once

    def parts_of_speech(self, word: str) -> frozenset[str]:
        """The parts of speech ("noun", "verb", "adj", "adv") `word` or a form of it has."""
        word = word.lower()
        if word not in self._seen:
            self._seen[word] = self._read_parts_of_speech(word)
        return self._seen[word]

    def _read_parts_of_speech(self, word: str) -> frozenset[str]:
        found = {pos for pos, words in self.index.items() if word in words}
        found |= {pos for pos, words in self.exceptions.items() if word in words}
        for pos, rules in self.rules.items():
            if any(word.endswith(old) and word[:len(word) - len(old)] + new in self.index.get(pos, ())
                   for old, new in rules if old):
                found.add(pos)
        return frozenset(found)

    def knows(self, word: str) -> bool:
        """An English word, a function word or two English words written as one ("Ceasefire",
        "Landmine")? With no tables every word counts as known."""
        word = word.lower()
        if self.empty or len(word) < 3 or word in self.stop_words or self.parts_of_speech(word):
            return True
        return any(self._part(word[:i]) and self._part(word[i:]) for i in range(2, len(word) - 2))

    def _part(self, piece: str) -> bool:
        """Half of a closed compound: a function word or an English word of four letters or more
        (the index holds short names too: "Hua" and "Wei" do not make "Huawei" English)."""
        return piece in self.stop_words or (len(piece) >= 4 and bool(self.parts_of_speech(piece)))


def text_end(sent: Span, strip: str = "") -> str:
    """The end of `sent`'s text, back to its last word with a character other than whitespace or
    `strip`: enough to read how the sentence ends (sent.text joins every word of it, and this is
    asked of every sentence)."""
    doc, tail = sent.doc, ""
    for i in range(sent.end - 1, sent.start - 1, -1):
        tail = doc[i].text_with_ws + tail
        if any(not c.isspace() and c not in strip for c in doc[i].text):
            break
    return tail.rstrip().rstrip(strip) if strip else tail.rstrip()


def verb_reading(sent: Span, is_verb, names=lambda sent: frozenset()) -> Reading | None:
    """A headline the parser read without a verb ("Biden hosts Zelensky at White House":
    'hosts' as a plural noun) rewritten so that it has one: "Biden will host Zelensky at White
    House" — the small parser reads a verb after a modal far more surely than after "did", and the
    reading marks that "will" as a present-tense stand-in. `is_verb(lemma)` says which words the
    dictionaries know as event verbs; `names(sent)` gives the indices of tokens that belong to
    known names or actors (a capital at the start proves nothing). Returns None when the parse
    already has a verb or no word can be read as one."""
    if text_end(sent).endswith((".", "!", "?", '"', "”")):
        return None  # a sentence of the body, not a headline (and finding the root is not free)
    known = _without_verbs_between_names(sent, is_verb, names(sent))
    planned = _planned(sent, is_verb, known)
    if planned is not None:
        return planned
    comma = _pairing_comma(sent, known)
    verb, lemma = (_third_person(sent, is_verb, known) or _plural_subject_verb(sent, is_verb, known, comma)
                   or _second_clause_verb(sent, is_verb, known) or (None, None))
    if comma is None and verb is None:
        return None
    text, out, last, present_aux = sent.doc.text, [], sent.start_char, None
    for tok, replacement in sorted(((t, r) for t, r in ((comma, " and"), (verb, f"will {lemma}")) if t is not None),
                                   key=lambda pair: pair[0].i):
        out.append(text[last:tok.idx])
        if tok is verb:
            present_aux = sum(map(len, out))  # where the stand-in "will" starts
        out.append(replacement)
        last = tok.idx + len(tok.text)
    out.append(text[last:sent.end_char])
    return Reading("".join(out), present_aux=present_aux)


def _third_person(sent: Span, is_verb, known: frozenset[int]) -> tuple[Token, str] | None:
    """The headline's verb as its first third-person form ("Rwanda Severs Ties With Belgium,
    Gives Envoys 48 Hours") when the parser read it as a plural noun."""
    first = next((tok for tok in sent if tok.i != sent.start and tok.tag_ in ("NNS", "NNPS", "VBZ")
                  and tok.lower_.endswith("s")), None)
    if first is None or (first.pos_ in ("VERB", "AUX") and first.dep_ in VERB_DEPS):
        return None  # already read as a verb
    after = sent.doc[first.i + 1] if first.i + 1 < sent.end else None
    if after is not None and after.tag_ in ("VB", "VBP") and is_verb(after.lower_) and _bare_verb_after(first, after):
        return None  # a plural subject before its bare verb ("Israeli Jets Pummel Port")
    possessed = first.i - 2 >= sent.start and sent.doc[first.i - 2].tag_ == "POS"
    if not (_after_a_name(first, known) or possessed):
        return None  # the verb follows its subject's name ("Chad Severs", "Myanmar's Junta Claims"),
        # unlike a plural noun ("Peace Talks Resume in Doha"; only names keep capitals here)
    lemma = next((c for c in _singular_verbs(first.lower_) if is_verb(c)), None)
    return (first, lemma) if lemma is not None else None


def _plural_subject_verb(sent: Span, is_verb, known: frozenset[int], comma: Token | None) -> tuple[Token, str] | None:
    """"Turkish Police Detain Istanbul Mayor", "Kenya, Ethiopia Ink Deal": after a plural actor
    (or a pair of names) the headline's verb is a bare form, which the parser often takes for a
    noun or reads with the wrong subject."""
    subject_root = _has_a_subject(sent.root)
    for tok in sent:
        if tok.i == sent.start or tok.i in known or not is_verb(tok.lower_):
            continue
        if subject_root and sent.root.i < tok.i:
            return None  # "Lula Hails Visit as Brazil and Chile Seal …": the headline already has its verb
            # (a root after the word is a later clause's: "India and Nepal Spar Over Map … as Talks Fail")
        before = _placed_subject(tok, sent, known)
        paired = comma is not None or any(t.lower_ == "and" for t in sent.doc[sent.start:tok.i])
        plural = before.i in known and (_plural(before) or _plural_name(before) or paired)
        if not plural:
            return None  # the first known verb word decides
        return None if _has_a_subject(tok) else (tok, tok.lower_)  # unless the parser got it right
    return None


def _second_clause_verb(sent: Span, is_verb, known: frozenset[int]) -> tuple[Token, str] | None:
    """The verb of a headline's second clause ("… as Sisi Hosts Erdogan in Cairo", "… as Gangs
    Storm TV Station") when the parser read it as a noun: a third-person form after a name, or
    a bare form after a plural actor, right after the word that opens the clause and right
    before its object."""
    for opener in sent:
        if opener.lower_ not in CLAUSE_OPENERS or opener.i + 2 >= sent.end:
            continue
        subject, verb = sent.doc[opener.i + 1], sent.doc[opener.i + 2]
        if subject.i not in known or verb.i in known or (verb.pos_ in ("VERB", "AUX") and verb.dep_ in VERB_DEPS):
            continue
        if verb.i + 1 >= sent.end or sent.doc[verb.i + 1].pos_ not in OBJECT_STARTS:
            continue  # a verb here takes its object at once: "… after Russia Strikes on Kyiv" is a noun
        if subject.tag_ == "NNP" and verb.tag_ in ("NNS", "NNPS", "VBZ") and verb.lower_.endswith("s"):
            lemma = next((c for c in _singular_verbs(verb.lower_) if is_verb(c)), None)
        else:
            lemma = verb.lower_ if _plural(subject) and not verb.lower_.endswith("s") and is_verb(verb.lower_) else None
        if lemma is not None:
            return verb, lemma
    return None


def _placed_subject(verb: Token, sent: Span, known: frozenset[int]) -> Token:
    """The word the verb's subject ends on: the one right before it, or the actor before a
    place that ends there ("Garment Workers in Dhaka Stage Walkout": "Workers", not "Dhaka")."""
    i = verb.i - 1
    while i > sent.start and i in known and verb.doc[i].pos_ == "PROPN":
        i -= 1  # back over the place's name ("in New Delhi")
    placed = i < verb.i - 1 and i - 1 > sent.start and verb.doc[i].lower_ in PLACE_PREPOSITIONS
    if placed and i - 1 in known:
        return verb.doc[i - 1]
    before = verb.doc[verb.i - 1]  # or as the parser attached the place ("Protesters in Nairobi torch …")
    if before.dep_ == "pobj" and before.head.lower_ in PLACE_PREPOSITIONS and before.head.head.i < before.i:
        return before.head.head
    return before


def _bare_verb_after(plural: Token, verb: Token) -> bool:
    """Is `plural` the subject of the bare verb right after it ("Israeli Jets Pummel Port",
    "Tigray Forces Sign Pact")? An adjective before it says so ("Venezuela Issues Arrest …" has
    none), and so does a parse that already made it that verb's subject."""
    return plural.doc[plural.i - 1].tag_ == "JJ" or (plural.dep_ == "nsubj" and plural.head.i == verb.i)


def _plural(tok: Token) -> bool:
    """A plural actor ("Gunmen", "Militants") or a body that takes a plural verb ("Police")."""
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_BODIES


def _plural_name(tok: Token) -> bool:
    """A known actor's plural the tagger took for an interjection or a plural proper noun
    ("Houthis Vow Revenge": 'Houthis' as INTJ), which a headline's bare verb follows."""
    return tok.lower_.endswith("s") and (tok.pos_ in ("INTJ", "X") or tok.tag_ == "NNPS")


def _without_verbs_between_names(sent: Span, is_verb, known: frozenset[int]) -> frozenset[int]:
    """`known` less the event verbs a headline puts between two names ("Lula, Petro Press Maduro",
    "Hamas Court Qatar"): sentence case lowered the verb (a name keeps its capital), yet a word
    that is also a sector or an office ('press', 'court') joins the names around it."""
    doc = sent.doc
    return frozenset(i for i in known if not (
        sent.start < i < sent.end - 1 and doc[i].is_lower and is_verb(doc[i].lower_)
        and i - 1 in known and i + 1 in known and doc[i + 1].text[:1].isupper()))


def _after_a_name(tok, known: frozenset[int]) -> bool:
    """Does a name or an actor come right before `tok` ("Tehran Summons", "Mali Junta Orders";
    a capital that is just the headline's first word proves nothing)?"""
    before = tok.doc[tok.i - 1]
    return before.i in known or (before.text[:1].isupper() and before.i != tok.sent.start)


def _has_a_subject(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


def _pairing_comma(sent: Span, known: frozenset[int]) -> Token | None:
    """"Kenya, Ethiopia Ink Deal", "US, Russia Swap Prisoners": a headline's comma between two
    names at its start stands for "and"."""
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i + 1 >= sent.end or comma.i == sent.start:
        return None
    first, second = sent.doc[sent.start:comma.i], sent.doc[comma.i + 1]
    if not all(t.i in known for t in first) or second.i not in known or len(first) > 3:
        return None
    return comma


def _planned(sent: Span, is_verb, known: frozenset[int]) -> Reading | None:
    """"Modi to Visit Washington in June": a headline's "to" after its subject's name announces
    what will happen — read as "Modi will visit Washington in June"."""
    for tok in sent:
        if tok.lower_ != "to" or tok.i == sent.start or tok.i + 1 >= sent.end:
            continue
        if not _after_a_name(tok, known) or not is_verb(sent.doc[tok.i + 1].lower_):
            return None
        text = sent.doc.text
        return Reading(f"{text[sent.start_char:tok.idx]}will{text[tok.idx + 2:sent.end_char]}")
    return None


def _singular_verbs(word: str) -> list[str]:
    """'hosts' → host, 'pushes' → push, 'denies' → deny: the bare forms a third-person verb may have."""
    out = [word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    return out


# what may follow a headline's passive participle: a preposition, a comma, "as", an adverb, nothing
# — never its object ("Says It Downed 40 Drones" is active)
AFTER_PASSIVE = {"ADP", "ADV", "PUNCT", "SCONJ", "CCONJ", "PART"}
# the headline's topic, which a reduced passive may hang on ("Opposition Leader Lissu Charged With
# Treason"), unlike an object ("Foiled Plot Backed by …": a plot that was backed)
TOPIC_DEPS = {"ROOT", "nsubj", "nsubjpass"}


def passive_reading(sent: Span, takes_object) -> Reading | None:
    """A headline drops the "was" of its passives ("Hezbollah Chief Killed in Strike", "Party
    Says Hundreds Detained"), and the parser reads the participle as an active past with the
    victim as its doer. Headlines tell past events in the present, so a past form of a verb that
    takes an object (`takes_object(lemma)`), right after a noun and with no object after it, is
    a passive: rewritten with its "was" or "were" back. None when there is no such word."""
    if text_end(sent).endswith((".", "!", "?", '"', "”")):
        return None  # a sentence of the body, which writes its auxiliaries
    verb = next((tok for tok in sent if tok.i != sent.start and _bare_passive(tok, sent, takes_object)), None)
    if verb is None:
        return None
    before = verb.doc[verb.i - 1]
    plural = before.tag_ in ("NNS", "NNPS") or (before.like_num and before.lower_ not in ("one", "1"))
    text = verb.doc.text
    return Reading(f"{text[sent.start_char:verb.idx]}{'were' if plural else 'was'} {text[verb.idx:sent.end_char]}")


def _bare_passive(tok: Token, sent: Span, takes_object) -> bool:
    """A participle with no auxiliary, after a noun, before no object."""
    if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "acl" and tok.head.dep_ not in TOPIC_DEPS:
        return False
    before = tok.doc[tok.i - 1]
    after = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if before.pos_ not in ("NOUN", "PROPN", "NUM") or (after is not None and after.pos_ not in AFTER_PASSIVE):
        return False
    return takes_object(tok.lemma_.lower())


# where a noun stands when a past verb before it was misread as its modifier: the clause's own
# head ("Sisi hosted Somalia's president"), a clause joined on ("…, and Warsaw scrambled jets") or
# an apposition ("Police in Tbilisi used water cannon"), never an object ("handed Korea advanced arms")
MISREAD_HEADS = {"ROOT", "conj", "appos"}


def past_reading(sent: Span, is_verb, names=lambda sent: frozenset()) -> Reading | None:
    """A sentence whose past-tense verb right after its subject's name the parser read as a
    modifier ("Sisi hosted Somalia's president in Cairo": 'hosted' as an adjective of
    'president') rewritten with a helping "had" before it — "Sisi had hosted …" — which the small
    parser reads as a verb; the reading marks that "had" as a stand-in that says nothing of tense.
    `is_verb(lemma)` says which words the dictionaries know as event verbs; `names(sent)` gives
    the indices of tokens in known names or actors. None when no such word is found."""
    verb = next((tok for tok in sent if tok.i != sent.start and _misread_past(tok, is_verb)), None)
    if verb is None or verb.i - 1 not in names(sent):  # the cheap test first: names cost a lookup
        return None
    text = sent.doc.text
    head = text[sent.start_char:verb.idx]
    return Reading(f"{head}had {text[verb.idx:sent.end_char]}", present_aux=len(head))


def _misread_past(tok: Token, is_verb) -> bool:
    """A known event verb's past form read as a modifier of the noun after it."""
    if tok.dep_ != "amod" or not tok.lower_.endswith("ed"):  # (not tok.sent: finding it walks the doc)
        return False
    phrase = tok.head  # the noun phrase it was read into: "hosted Somalia's president" hangs on 'Somalia'
    while phrase.dep_ in ("poss", "compound") and phrase.head.i > phrase.i:
        phrase = phrase.head
    if tok.head.i <= tok.i or phrase.dep_ not in MISREAD_HEADS:
        return False
    before = tok.doc[tok.i - 1]
    if before.pos_ not in ("PROPN", "NOUN") or before.is_lower:
        return False  # the subject's name comes right before ("a Russian-backed force" has none)
    return any(is_verb(lemma) for lemma in _past_lemmas(tok))


def _past_lemmas(tok: Token) -> list[str]:
    """'hosted' → host, 'welcomed' → welcome, 'denied' → deny, 'scrambled' → scramble,
    'jailed', 'slammed' → slam: the bare forms a past form may have (the parser's own lemma of
    a word it took for an adjective is the word itself)."""
    word = tok.lower_
    out = [tok.lemma_.lower(), word[:-2], word[:-1]]
    if word.endswith("ied"):
        out.append(word[:-3] + "y")
    if len(word) > 4 and word[-3] == word[-4]:
        out.append(word[:-3])
    return out
