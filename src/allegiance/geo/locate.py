"""Where an event happened: find the place phrase in a sentence and resolve it.

What counts as the event's place (kept deliberately simple):

* a place named after one of PREPOSITIONS ("in Moscow", "near Quetta", "outside Goma",
  "into Georgia"). "from", "of" and "to" are not places of the event: "a delegation from
  Moscow" says where actors come from, "the mayor of Kyiv" who they are.
* place nouns lead to the name: "the city of Aleppo", "the border town of Kilis",
  "the outskirts of Kyiv", "the Donetsk region"; "the Syrian capital" is Damascus.
* "on/along/near the border with X" (or "the Syrian border") is the country on the near side
  of X: the first country of the sentence or document that borders X; X itself otherwise.
* a name inside an organisation or building ("the China Institute of International Studies")
  is never taken for the country; a seat of government ("the White House", "the Kremlin")
  stands for its capital.
* among several places in a sentence the most precise wins (city, then region, then
  country); with a predicate ``head``, places attached to its clause come first.
* a sentence that names no place happened at the dateline, when the story has one.

Context for homonyms ("Tripoli", "Hyderabad", "Georgia") is every country the document
involves: the caller's list, the dateline, and countries, demonyms, capitals and known actors
named anywhere in the document (except the ambiguous name itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from allegiance.coder.dates import MONTHS, WEEKDAYS
from allegiance.geo.gazetteer import Place, folded, load_gazetteer
from allegiance.geo.resolve import resolve_place
from allegiance.model import Location
from allegiance.nlp.entities import entity_around

PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "along", "into",
                "within", "throughout", "off", "on", "nearby", "beyond"}
NEEDS_PLACE_NOUN = {"on"}  # "talks on Ukraine" is a topic; "on the border" is a place
# "base", "airport", "plant": the name before them is the place ("near Bagram air base")
PLACE_NOUNS = {"city", "town", "village", "capital", "region", "province", "district", "port",
               "camp", "outskirts", "suburb", "suburbs", "area", "state", "streets", "street",
               "centre", "center", "coast", "county", "governorate", "oblast", "enclave",
               "territory", "island", "border", "crossing", "north", "south", "east", "west",
               "northeast", "northwest", "southeast", "southwest", "heart", "edge", "outpost",
               "neighbourhood", "neighborhood", "municipality", "frontier", "part", "parts",
               "base", "airbase", "airport", "plant"}
REGION_NOUNS = {"region", "province", "district", "governorate", "oblast", "state", "county"}
PLACE_LABELS = {"GPE", "LOC"}
BUILDING_LABELS = {"FAC", "ORG"}
DATE_LABELS = {"DATE", "TIME"}
MENTION_LABELS = {"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"}
# verbs whose direct object is where the event happens ("entered Mekelle", "shelled Kharkiv")
PLACE_OBJECT_VERBS = {"enter", "reach", "capture", "seize", "storm", "shell", "bomb", "strike",
                      "attack", "hit", "visit", "tour", "raid", "besiege", "occupy", "invade",
                      "liberate", "recapture", "retake", "encircle", "surround", "evacuate"}
RANK = {"city": 0, "site": 0, "admin1": 1, "region": 1, "border": 2, "country": 3}
_MENTIONS_KEY = "allegiance.geo.mentions"
_PLACES_KEY = "allegiance.geo.sentence_places"
_DATELINE_KEY = "allegiance.geo.dateline_place"


@dataclass
class GeoContext:
    """What the document tells us about where things are: the countries it involves
    (ISO3, e.g. the countries of its actors) and the dateline it was filed under."""

    countries: list[str] = field(default_factory=list)
    dateline: str | None = None


@dataclass
class _Found:
    place: Place
    text: str
    rank: float
    start: int
    attached: bool = False
    prep: int | None = None  # index of the preposition it hangs on ("in" of "in Moscow")
    verb: int | None = None  # or of the verb it is the object of ("shelled Kharkiv")


def locate(sentence: Span, doc_context: GeoContext | None = None, *,
           head: Token | None = None, use_dateline: bool = True) -> Location | None:
    """The place of the event in ``sentence``, or of the dateline when it names none."""
    context = doc_context or GeoContext()
    mentions = _mentions(sentence.doc)
    dateline = _kept_dateline_place(sentence.doc, context, mentions) if context.dateline else None
    base = [c for c in context.countries if c]
    if dateline is not None:
        base = [dateline.country, *base]
    chain = _chain(head) if head is not None else set()
    doc = sentence.doc
    found = [replace(f, attached=f.verb in chain if f.prep is None else (
                 doc[f.prep].head.i in chain or _on_object(doc[f.prep], head)))
             for f in _sentence_places(sentence, base, mentions)]
    if found:
        best = min(found, key=lambda f: (not f.attached, f.rank, f.start))
        return _location(best.text, best.place)
    if use_dateline and dateline is not None:
        return _location(context.dateline, dateline)
    return None


def _sentence_places(sentence: Span, base: list[str], mentions) -> list[_Found]:
    """Every place the span names, pinned; kept until the coder moves to another sentence,
    since each candidate predicate asks again and only which places attach to it differs."""
    key = (sentence.start, sentence.end, tuple(base))
    user_data = sentence.doc.user_data
    region, cache = user_data.get(_PLACES_KEY) or ((0, 0), {})
    if key in cache:
        return cache[key]
    if sentence.start >= region[1] or sentence.end <= region[0]:  # a new sentence: forget the last
        region, cache = (sentence.start, sentence.end), {}
    region = (min(region[0], sentence.start), max(region[1], sentence.end))
    found: list[_Found] = []
    for tok in sentence:
        if tok.lower_ not in PREPOSITIONS or tok.dep_ not in ("prep", "advmod", "dative", "agent"):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if tok.lower_ in NEEDS_PLACE_NOUN and obj.lemma_.lower() not in PLACE_NOUNS:
            continue
        hit = _phrase_place(obj, sentence, base, mentions)
        if hit is not None:
            found.append(replace(hit, prep=tok.i))
    for tok in sentence:
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLACE_OBJECT_VERBS and (
                tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS
                or tok.lemma_.lower() in PLACE_NOUNS):  # "shelled the city of Kharkiv"
            hit = _phrase_place(tok, sentence, base, mentions)
            if hit is not None:
                # a place after a preposition is the surer reading
                found.append(replace(hit, rank=hit.rank + 0.5, verb=tok.head.i))
    if found:
        found = _pin_to_named_countries(found, base, mentions)
    cache[key] = found
    user_data[_PLACES_KEY] = (region, cache)
    return found


def forget_places(doc: Doc) -> None:
    """Drop the places kept for the current sentence: its parse was just changed."""
    doc.user_data.pop(_PLACES_KEY, None)


def locate_dateline(doc: Doc, doc_context: GeoContext) -> Location | None:
    """The dateline alone as a place ("TRIPOLI" in a story about Lebanon is Lebanon's)."""
    place = _dateline_place(doc_context, _mentions(doc)) if doc_context.dateline else None
    return _location(doc_context.dateline, place) if place is not None else None


# -- phrases -------------------------------------------------------------------------------
def _phrase_place(obj: Token, sentence: Span, base: list[str], mentions) -> _Found | None:
    """Follow place nouns to the name and resolve it."""
    prefer = None
    for _ in range(4):
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in PLACE_LABELS | BUILDING_LABELS or lemma not in PLACE_NOUNS:
            break
        prefer = prefer or _country_modifier(obj)
        if lemma == "border":
            return _border(obj, sentence, base, mentions)
        of = _of_object(obj)
        if of is not None:
            obj = of
            continue
        names = [c for c in obj.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if names:
            text = " ".join(t.text for t in [*names, obj])
            region = _resolve(text, base, mentions, kinds=("region", "admin1", "site"))
            if region is not None:
                return _Found(region, text, RANK[region.kind], names[0].i)
            obj = names[-1]
            break
        if lemma == "capital" and prefer:
            capital = load_gazetteer().capitals.get(prefer)
            if capital is not None:
                return _Found(capital, _subtree_text(obj), 0, obj.i)
        return None
    span = _name_span(obj)
    if span is None:
        return None
    text = _strip_article(span.text)
    if span.label_ in BUILDING_LABELS:
        # only the whole name counts: "the China Institute ..." is no place called China;
        # but the tagger often calls a plain town ("in Bamako") an organisation
        seat = _seat_of_power(span)
        if seat is not None or not load_gazetteer().lookup(text):
            return seat
    qualifier = _qualifier(span)
    prefer = prefer or _pinned_country(span)
    place = None
    if qualifier is not None:
        place = _resolve(f"{text}, {qualifier.text}", base, mentions, prefer=prefer)
        if place is not None:
            text = f"{text}, {qualifier.text}"
    if place is None:
        place = _resolve(text, base, mentions, prefer=prefer)
    if prefer is not None and (place is None or place.country != prefer):
        # "Palma in northern Mozambique", "Peru's southern Andes": the text pins the name to a
        # country the gazetteer has no such place in; a namesake elsewhere is not meant
        place = load_gazetteer().countries.get(prefer)
    if place is None:
        return None
    return _Found(place, text, RANK[place.kind], span.start)


def named_place(tok: Token, doc_context: GeoContext | None = None) -> Location | None:
    """The place a proper name stands for, wherever it sits in the sentence ("took control
    of Goma", "pounded the city of Kharkiv"), or None when the name is no place the gazetteer knows."""
    if tok.pos_ != "PROPN":
        tok = _of_object(tok) or tok  # "the city of Kharkiv", "the port of Hodeidah"
    span = _name_span(tok)
    if span is None:
        return None
    context = doc_context.countries if doc_context is not None else []
    place = resolve_place(span.text, context_countries=context)
    if place is None and tok.pos_ == "PROPN" and len(span) > 1:
        # the tagger's entity may run past the name ("Sumy on Palm Sunday"): the name alone
        span = _proper_run(tok)
        place = resolve_place(span.text, context_countries=context)
    if place is not None and place.small_town_for(tok.ent_type_):
        return None  # "a trip to Africa": the continent, not a small town of that name
    pinned = _pinned_country(span)
    if place is not None and pinned is not None and place.country != pinned:
        place = load_gazetteer().countries.get(pinned)  # "Palma in northern Mozambique"
    return _location(span.text, place) if place is not None else None


def _name_span(obj: Token) -> Span | None:
    """The entity a token belongs to, or its run of proper-noun compounds; never a month or
    weekday the tagger read as a date ("in March 2022" is no English town called March)."""
    if obj.ent_type_:
        ent = entity_around(obj)
        if ent.label_ in PLACE_LABELS | BUILDING_LABELS:
            return ent
        if ent.label_ in DATE_LABELS and obj.lower_ in MONTHS.keys() | WEEKDAYS.keys():
            return None  # but the tagger's date may run over a real place ("… in Amhara")
        if obj.pos_ != "PROPN":  # the small model often calls a town a person
            return None
    if obj.pos_ != "PROPN":
        return None
    return _proper_run(obj)


def _proper_run(obj: Token) -> Span:
    """The proper noun and the proper-noun compounds right before it ("Port Sudan")."""
    doc, start = obj.doc, obj.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].head.i >= obj.i - 3:
        start -= 1
    return doc[start:obj.i + 1]


def _qualifier(span: Span) -> Span | None:
    """'Paris, Texas': the place name right after a comma."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    nxt = doc[span.end + 1]
    if nxt.ent_iob_ == "B" and nxt.ent_type_ in PLACE_LABELS:
        return entity_around(nxt)
    if nxt.pos_ == "PROPN":
        return doc[nxt.i:nxt.i + 1]
    return None


def _pinned_country(span: Span) -> str | None:
    """The country a place name's own words pin it to: an owner or modifier before it
    ("Peru's southern Andes", "Pakistan-administered Kashmir") or an "in" phrase naming a
    country ("Palma in northern Mozambique"). ("The Syrian town of …" is the place noun's.)"""
    gaz = load_gazetteer()
    root = span.root
    after = _in_country_after(span)
    if after is not None:
        return after
    for child in root.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < span.start:
            country = gaz.country_named(child.text)
            if country is not None:
                return country.country
        if child.dep_ == "prep" and child.lower_ == "in":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            country = gaz.country_named(_strip_article(obj.text)) if obj is not None else None
            if country is not None:
                return country.country
    return None


def _in_country_after(span: Span) -> str | None:
    """'the town of Palma in northern Mozambique': an "in" phrase naming a country right after
    the name pins it, wherever the parser hung the "in" (often on the verb)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return None
    obj = next((g for g in doc[span.end].children if g.dep_ == "pobj"), None)
    if obj is None or obj.i > span.end + 3:
        return None
    country = load_gazetteer().country_named(_strip_article(obj.text))
    return country.country if country is not None else None


def pinned_country(tok: Token) -> str | None:
    """The country the text pins the place name at ``tok`` to, if any (see _pinned_country)."""
    span = _name_span(tok)
    return _pinned_country(span) if span is not None else None


def _of_object(tok: Token) -> Token | None:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _country_modifier(tok: Token) -> str | None:
    """'the Lebanese city of …', 'Syria's capital': the country a place noun is pinned to."""
    gaz = load_gazetteer()
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            country = gaz.country_named(child.text)
            if country is not None:
                return country.country
    return None


def _border(border: Token, sentence: Span, base: list[str], mentions) -> _Found | None:
    """'on the border with Syria' → the neighbour of Syria the story is about."""
    gaz = load_gazetteer()
    named: list[str] = []
    for child in border.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            for part in [child, *child.children]:
                country = gaz.country_named(part.text)
                if country is not None:
                    named.append(country.country)
        if child.dep_ == "prep" and child.lower_ in ("with", "of", "between"):
            for obj in child.children:
                for part in [obj, *obj.conjuncts]:
                    span = _name_span(part)
                    country = gaz.country_named(_strip_article(span.text)) if span else None
                    if country is not None:
                        named.append(country.country)
    if not named and border.dep_ == "pobj":  # "drilled near the border with X": 'with' on the verb
        gov = border.head.head
        for child in gov.children:
            if child.dep_ == "prep" and child.lower_ == "with" and child.i > border.i:
                for obj in child.children:
                    span = _name_span(obj) if obj.dep_ == "pobj" else None
                    country = gaz.country_named(_strip_article(span.text)) if span else None
                    if country is not None:
                        named.append(country.country)
    if not named:
        return None
    in_sentence = [c for i, _, c in mentions if sentence.start <= i < sentence.end]
    for candidate in [*in_sentence, *base, *(c for _, _, c in mentions)]:
        if candidate in named and len(named) > 1:
            side = candidate
            break
        if candidate not in named and any(candidate in gaz.neighbours.get(n, ()) for n in named):
            side = candidate
            break
    else:
        side = named[0]
    place = gaz.countries.get(side)
    if place is None:
        return None
    return _Found(place, _subtree_text(border), RANK["border"], border.i)


def seat_of_power(tok: Token) -> bool:
    """Is the name a known seat of government ("the White House", "the Elysee", "Chequers")?"""
    span = _name_span(tok)
    return span is not None and _seat_of_power(span) is not None


def _seat_of_power(span: Span) -> _Found | None:
    """'at the White House' → Washington: a known seat of government stands for its capital."""
    from allegiance.actors.kb import load_kb

    kb = load_kb()
    for text in (span.text, _strip_article(span.text), f"the {_strip_article(span.text)}"):
        if any(e.kind == "sector" for e in kb.phrases.get(text.lower(), [])):
            return None  # "stormed Congress": a body every state has is in no capital of its own
        for entry in kb.phrases.get(text, []):
            if entry.kind == "metonym" and entry.country:
                capital = load_gazetteer().capitals.get(entry.country)
                if capital is not None:
                    return _Found(capital, span.text, 0, span.start)
    return None


def _pin_to_named_countries(found: list[_Found], base: list[str], mentions) -> list[_Found]:
    """'in Tripoli, in northern Lebanon': a country named as a place pins the other names."""
    named = {f.place.country for f in found if f.place.kind == "country"}
    if not named:
        return found
    out = []
    for f in found:
        if f.place.kind != "country" and f.place.country not in named:
            for code in named:
                again = _resolve(f.text, base, mentions, prefer=code)
                if again is not None and again.country == code:
                    f = replace(f, place=again, rank=RANK[again.kind])
                    break
        out.append(f)
    return out


# -- context -------------------------------------------------------------------------------
def _mentions(doc: Doc) -> list[tuple[int, str, str]]:
    """(token index, folded text, ISO3) for every country-bearing name in the document."""
    cached = doc.user_data.get(_MENTIONS_KEY)
    if cached is not None:
        return cached
    from allegiance.actors.kb import load_kb

    kb, gaz = load_kb(), load_gazetteer()
    out: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in MENTION_LABELS:
            continue
        text = _strip_article(ent.text)
        country = gaz.country_named(text)
        code = country.country if country else None
        if code is None:
            entries = kb.phrases.get(ent.text, []) or kb.phrases.get(text, [])
            code = next((e.country for e in entries if e.country), None)
        if code is not None:
            out.append((ent.start, folded(text), code))
            seen.update(range(ent.start, ent.end))
    for tok in doc:  # demonyms the tagger missed ("Lebanese soldiers" tagged as an adjective)
        if tok.i not in seen and tok.text[:1].isupper() and folded(tok.text) in gaz.demonyms:
            out.append((tok.i, folded(tok.text), gaz.demonyms[folded(tok.text)]))
    out.sort()
    doc.user_data[_MENTIONS_KEY] = out
    return out


def _context(name: str, base: list[str], mentions) -> list[str]:
    """The document's countries, minus what the ambiguous name itself would add."""
    key = folded(name.split(",")[0])
    codes = list(base) + [c for _, text, c in mentions if text != key]
    return list(dict.fromkeys(codes))


def _resolve(name: str, base: list[str], mentions, *, prefer: str | None = None,
             kinds=None) -> Place | None:
    return resolve_place(name, context_countries=_context(name, base, mentions),
                         prefer_country=prefer, kinds=kinds)


def _kept_dateline_place(doc: Doc, context: GeoContext, mentions) -> Place | None:
    """`_dateline_place`, kept per document: every sentence and candidate predicate asks again,
    and the answer depends only on the dateline, the document's countries and its mentions."""
    key = (context.dateline, tuple(context.countries))
    kept = doc.user_data.setdefault(_DATELINE_KEY, {})
    if key not in kept:
        kept[key] = _dateline_place(context, mentions)
    return kept[key]


def _dateline_place(context: GeoContext, mentions) -> Place | None:
    text = context.dateline.strip().strip("-—–: ")
    return _resolve(text, [c for c in context.countries if c], mentions)


# -- helpers -------------------------------------------------------------------------------
def _chain(head: Token) -> set[int]:
    """The predicate and the tokens governing it (places may attach to either)."""
    out, tok = {head.i}, head
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.add(tok.i)
    return out


def _on_object(prep: Token, head: Token | None) -> bool:
    """'struck sites in Pakistan': a place on the predicate's object is the event's too."""
    return head is not None and prep.head.dep_ == "dobj" and prep.head.head.i == head.i


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _subtree_text(tok: Token) -> str:
    sub = list(tok.subtree)
    return tok.doc[sub[0].i:sub[-1].i + 1].text


def _location(text: str, place: Place) -> Location:
    return Location(text=text, country=place.country, name=place.name, lat=place.lat, lon=place.lon)
