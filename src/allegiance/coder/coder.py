"""Turn parsed documents into coded events: predicates + actors + modality + context."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from allegiance.actors.kb import load_kb
from allegiance.actors.mentions import gazetteer
from allegiance.actors.resolve import STATE_PRONOUNS, STATE_SECTORS, DocumentActors
from allegiance.coder.dates import HISTORICAL_AFTER_DAYS
from allegiance.coder.fallback import Fallback, taken_tokens
from allegiance.coder.modality import ModalityJudge, event_period
from allegiance.coder.patterns import load_patterns
from allegiance.coder.predicates import PredicateFinder
from allegiance.coder.quotes import QuoteSpan, find_quotes, reported_speech
from allegiance.coder.syntax import FORCE_ROOTS, FORCE_THREATS, PROTEST_ROOT, VISIT_CODES, Candidate, place_name
from allegiance.geo import GeoContext, locate
from allegiance.geo.gazetteer import load_gazetteer
from allegiance.geo.locate import named_place
from allegiance.ingest.clean import split_dateline
from allegiance.model import Actor, Document, Event, Location, Quote
from allegiance.nlp import load
from allegiance.nlp.scare_quotes import neutralise_scare_quotes
from allegiance.nlp.headlines import Lexicon, passive_reading, past_reading, soften_headlines, verb_reading
from allegiance.ontology import cameo

PLACE_PREPS = {"in", "to", "at", "into"}
ARMED_GROUP_SECTORS = {"REB", "INS", "SEP", "UAF"}
PLACE_ONLY = ("verb:be/",)  # "X is in Moscow" is a visit only when a place follows
# firms and growers dealing with each other make no political event (a state or a public
# body on either side does: "Gazprom delivered gas to China")
PRIVATE_SECTORS = {"BUS", "AGR"}
PARTNER_PREPS = {"alongside", "with"}  # who acts together with the actor
COUNTRY_NOUNS = {"state", "country", "nation", "republic", "kingdom", "people"}  # "the Polish state" is the state
# a show of force or a symbolic act staged in another state is aimed at it ("massed troops near
# Ukraine's border", "laid a wreath at the Tomb of the Unknown Soldier in Warsaw")
ABROAD_CODES = ("15", "017")
# "claimed responsibility for the bombings in Brussels", "a suicide bombing at a mosque in Kunduz":
# a claim or an act of terror with no stated victim is aimed at the country where it struck
SCENE_CODES = ("015", "18")
# what an act is about hangs on its objects and phrases; of a clause only the doer counts
COMPLEMENT_DEPS = {"dobj", "prep", "pobj", "attr", "oprd", "dative", "acl", "amod", "compound", "poss",
                   "nmod", "conj", "appos", "agent", "npadvmod", "advmod"}
EMBEDDED_CLAUSE_DEPS = {"ccomp", "xcomp", "pcomp"}
# a headline keeps the capital of a city this large (or of a region) whose name English has
# only as a noun: "Kharkiv", "Darfur"; towns share names with too many words ("Deal", "Sale")
LARGE_CITY = 1_000_000
# rules of visits read off something else: a meeting in one side's country, where one spoke
READ_OFF_VISITS = ("visit:", "seat:")


# spaCy parses a batch of chunks at once and needs memory in proportion to its characters:
# 32 chunks of 10,000 keep a long document's batch near 300,000 characters (about 1.4 GB in all)
CHUNK_CHARS = 10_000


@dataclasses.dataclass
class _DocumentState:
    """What coding one document has learned so far, across its chunks."""

    sentences: int = 0
    seen: set = dataclasses.field(default_factory=set)
    actors: DocumentActors | None = None


def split_text(text: str, limit: int | None = None) -> Iterator[tuple[str, int, bool]]:
    """(chunk, offset, is_last) — cut at blank lines (or line ends, or spaces) under `limit`."""
    limit = limit or CHUNK_CHARS
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for separator in ("\n\n", "\n", ". ", " "):  # the chunk keeps its separator
            at = window.rfind(separator)
            if at > limit // 2:
                cut = at + len(separator)
                break
        yield text[start:start + cut], start, False
        start += cut
    yield text[start:], start, True


class Coder:
    """Codes documents into events. Build once; reuse for every document."""

    def __init__(self, nlp: Language | None = None, historical_after_days: int = HISTORICAL_AFTER_DAYS,
                 fallback: bool = False):
        self.nlp = nlp or load()
        self.kb = load_kb()
        self.gazetteer = gazetteer(self.nlp)
        self.patterns = load_patterns()
        self.finder = PredicateFinder(self.patterns)
        self.modality = ModalityJudge(self.patterns, historical_after_days)
        self.speech_verbs = self.patterns.clauses["speech_verbs"]
        self.foreign_aid = tuple(self.patterns.clauses["foreign_aid_roots"])
        self.venue_codes = tuple(self.patterns.clauses["venue_codes"])
        c = self.patterns.clauses  # how a denial answers its accuser: says, accuses, calls, disputes
        self._answering = c["speech_verbs"] | c["claim_verbs"] | c["naming_verbs"] | c["dispute_verbs"]
        self.lexicon = Lexicon(self.nlp)
        # the learned fallback for predicates no pattern knows (docs/fallback.md); off by default
        self.fallback = Fallback.load() if fallback else None

    # -- public -----------------------------------------------------------------------
    def code(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, list[Event]]]:
        """Parse in batches (one spaCy pass over the stream) and code each document.

        Long documents are parsed in paragraph-aligned chunks (the parser's memory grows with
        the text); offsets, sentence numbers and what the document said about its actors carry
        from one chunk to the next.
        """
        chunks = ((self._soften(" " * filed + text[filed:] if offset == 0 else text), (document, offset, last))
                  for document, filed in map(_with_dateline, documents)
                  for text, offset, last in split_text(document.text))
        events: list[Event] = []
        state: _DocumentState | None = None
        for doc, (document, offset, last) in self.nlp.pipe(chunks, as_tuples=True, batch_size=batch_size):
            state = state if offset else _DocumentState()
            events.extend(self.code_parsed(document, doc, offset, state))
            if last:
                yield document, events
                events, state = [], None

    def _is_event_verb(self, lemma: str) -> bool:
        return lemma in self.patterns.verbs or lemma in self.patterns.frames

    def _takes_object(self, lemma: str) -> bool:
        """Does a row of the verb dictionaries give this verb a direct object ("kill", "detain")?"""
        return any(rule.link.kind == "obj" for rule in self.patterns.verbs.get(lemma, ()))

    def _names(self, sent: Span) -> frozenset[int]:
        """Indices of the tokens of `sent` that belong to names the gazetteer knows."""
        spans = self.gazetteer.names(sent.as_doc())
        return frozenset(i + sent.start for start, end in spans for i in range(start, end))

    def _soften(self, text: str) -> str:
        text = soften_headlines(text, self.nlp, self.gazetteer.names, self._headline_name)
        return neutralise_scare_quotes(text)

    def _headline_name(self, word: str) -> bool:
        """A Title Case word a headline keeps as written: one English lacks ("Lopez",
        "Huawei", "Dnipro"), or a large place that English knows only as a noun ("Kharkiv",
        "Darfur") and the dictionaries not at all."""
        if not self.lexicon.knows(word):
            return True
        lower = word.lower()
        if self.lexicon.parts_of_speech(word) - {"noun"} or self._is_event_verb(lower) or lower in self.patterns.nouns:
            return False
        return any(e.place.kind in ("region", "admin1") or (e.place.kind == "city" and e.place.population >= LARGE_CITY)
                   for e in load_gazetteer().lookup(word))

    def code_parsed(self, document: Document, doc: Doc, offset: int = 0,
                    state: "_DocumentState | None" = None) -> list[Event]:
        state = state or _DocumentState()
        actors = DocumentActors(doc, self.kb, self.gazetteer(doc), document.date)
        actors.carry_from(state.actors)
        state.actors = actors
        sentences = list(doc.sents)  # spaCy walks every token to find them: once is enough
        doc.user_data["as_written"] = _as_written(document, doc, offset)
        quotes = find_quotes(doc, self.speech_verbs, sentences, doc.user_data["as_written"])
        countries = sorted({m.entry.country for m in actors.mentions if m.entry.country})
        geo = GeoContext(countries=countries, dateline=document.dateline)
        events: list[Event] = []
        for number, sent in enumerate(sentences):
            index = state.sentences + number
            if not any(t.pos_ in ("PROPN", "PRON") or t.i in actors.by_token for t in sent):
                continue  # a sentence that names no one holds no event
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"]
            if subjects:  # learn the people this sentence introduces, in reading order, placed
                where = locate(sent, geo, use_dateline=False)  # where the sentence happens
                actors.hint_country = where.country if where is not None else None
                for tok in subjects:
                    actors.resolve(tok)
                actors.hint_country = None
            coded_sent, coded_actors, coded_quotes = sent, actors, quotes
            known = lambda s: self._names(s) | actors.tokens_in(s)
            reading = (passive_reading(sent, self._takes_object) or verb_reading(sent, self._is_event_verb, known)
                       or past_reading(sent, self._is_event_verb, known))
            if reading is not None:
                # a headline's passive gets back its "was" ("Nasrallah was killed in …"), a headline
                # parsed without a verb is read again with one ("Biden will host …"), and a past
                # verb read as a modifier with a helping "had" ("Sisi had hosted …")
                coded_sent = next(iter(self.nlp(reading.text).sents))
                coded_sent.doc.user_data["present_aux"] = reading.present_aux
                coded_actors = DocumentActors(coded_sent.doc, self.kb, self.gazetteer(coded_sent.doc), document.date)
                coded_actors.carry_from(actors)
                coded_quotes = []
            found = self.finder.find(coded_sent, coded_actors.could_be_actor)
            if self.fallback is not None:
                found += self.fallback.candidates(coded_sent, self.finder, coded_actors, taken_tokens(found))
            first = len(events)
            coded: set[int] = set()  # triggers that came to an event on someone
            said: set[int] = set()  # words that came to an event other than a visit
            for cand in found:
                if cand.toll_of in coded:
                    continue  # "struck Sumy, killing 35": one event, the strike
                for event in self._hosted_summit(cand, list(self._with_implied(
                        self._events(document, index, coded_sent, cand, coded_actors, coded_quotes, geo),
                        self._hosted(cand), self._joint(cand), self._signed(cand), self._placed(cand)))):
                    if event.cameo[:3] not in VISIT_CODES:
                        said.update((cand.trigger.i, cand.head.i))
                    if coded_sent is not sent:  # the reading's offsets are not the text's
                        event.char_start, event.char_end = sent.start_char, sent.start_char + len(sent.text.rstrip())
                    if event.target is not None:
                        # "blew himself up at a beach, killing 32 people": an attack on no one
                        # leaves its toll to name whom it struck
                        coded.add(cand.trigger.i)
                    key = (index, _code(event.source), _code(event.target), event.cameo)
                    if key not in state.seen:
                        state.seen.add(key)
                        event.char_start += offset
                        event.char_end += offset
                        # the parse may have seen a headline in sentence case: report the words as written
                        event.sentence = document.text[offset + sent.start_char: offset + sent.end_char].strip()
                        events.append(event)
            events[first:] = _aimed_at_visit(_without_repeated_visits(_without_unnamed_repeats(
                _one_blow_on_own_state(_with_a_placed_side(events[first:])))))
            for event in self._pledged_on_visit(coded_sent, events[first:], said, coded_actors):
                key = (index, _code(event.source), _code(event.target), event.cameo)
                if key not in state.seen:
                    state.seen.add(key)
                    events.append(event)
        state.sentences += len(sentences)
        return events

    # -- one candidate → events (one per source × target) --------------------------------
    def _events(self, document: Document, index: int, sent: Span, cand: Candidate,
                actors: DocumentActors, quotes: list[QuoteSpan], geo: GeoContext) -> Iterator[Event]:
        code = self._refine(cand)
        if not cameo.is_valid(code) or any(self.modality.in_condition(t) for t in (cand.trigger, cand.frame) if t is not None):
            return
        period = event_period(cand.head, document.date)
        if period is None and cand.trigger is not cand.head:
            # "agreed to meet next week" is dated by the embedded clause, but "seeks to restore
            # the relations of the 1960s" is a current intent, not history
            inner = event_period(cand.trigger, document.date)
            if inner is not None and not inner.is_historical(document.date, self.modality.threshold_days):
                period = inner
        modality = self.modality(cand.head, cand.trigger, cand.negated_by_frame, period, document.date,
                                 cand.kept_open)
        # where it happened; a dateline says where current news was filed, not where history was
        location = locate(sent, geo, head=cand.head, use_dateline=modality == "asserted")
        event_date, precision = _event_date(period, modality, document.date)
        # "police arrested protesters in Tbilisi": a sector with no country is the place's
        # (but not whom one speaks to at a venue: "told European leaders in Munich" names no German)
        actors.hint_country = location.country if location is not None and not cand.venues else None
        # "signed a deal in Barbados": where two sides met, the place may be only the venue
        actors.at_venue = code.startswith(self.venue_codes)
        # the speaker too: "…, killing three civilians, the regional governor said" is Kharkiv's governor
        quote, speaker = self._quote(cand, actors, quotes)
        sources = [(t, a) for t in cand.sources for a in actors.resolve_all(t, speaker)]
        targets = [(t, self._acted_on(code, t, a, actors, geo), p)
                   for t in cand.targets for a, p in self._targets(t, cand, actors, speaker, geo)]
        targets = self._other_parties(targets, sources, actors)
        if not sources and code.startswith(PROTEST_ROOT):
            sources = self._crowd_of(cand, targets, actors, speaker)
        accusers = {code for _, s in sources for code in (s.code, s.country)}
        if cand.accused_anaphor and sources and all(a is None or a.code in accusers for _, a, _ in targets):
            # "…, accusing the bloc of …", read as no one else: whom the governing clause acted on
            accused = [a for t in cand.targets for a in actors.accused(t, cand.trigger, [s for _, s in sources])]
            # never the accusers themselves: "A and B …, accusing them" does not mean A and B
            targets = [(cand.targets[0], a, None) for a in accused] \
                or [(t, a, p) for t, a, p in targets if a is None or a.code not in accusers]
        if cand.venues:  # "told Trump at the White House": a guest only of the venue's own
            sources, targets = self._guest_of(cand.venues, sources, targets, actors, geo)
            if not targets:
                return
        if cand.named_state:  # "extended UN sanctions" names who imposes them, not at whom
            targets = [(t, a, p) for t, a, p in targets if _a_state(a)]
        if code[:2] in FORCE_ROOTS and not any(map(self._named_doer, (a for _, a in sources))):
            claimed = [(t, a) for t in self.finder.claimers(sent) for a in actors.resolve_all(t, speaker)]
            sources = claimed or sources  # "…, killing 10, in an attack claimed by al-Shabaab"
        if not sources and code[:2] in FORCE_ROOTS:  # "a man stabbed three people": an unknown attacker
            sources = [(t, a) for t in cand.sources if (a := actors.unnamed_attacker(t)) is not None]
        if not sources and cand.implied_agent is not None:
            sources = self._implied_agent(cand.implied_agent, _aside_place(cand, location, geo), targets)
        if not targets and cand.targets and code[:2] in FORCE_ROOTS and actors.hint_country is None:
            targets = self._group_victims(cand, sources, actors, speaker, geo)
        scene = location if location is not None and location.text != document.dateline else None
        visit, hosted = cand.code in VISIT_CODES, self._hosted(cand)
        if not targets and cand.targets and (cand.code[:2] in FORCE_ROOTS or cand.code.startswith(FORCE_THREATS) or visit):
            # "took control of Goma", "flew to Sochi": a named place is attacked, taken or visited
            # as its state; "shelled the outskirts of Kharkiv", "struck an air base in Syria": what
            # was attacked names no actor, so the attack is on the state where it lies — a place
            # the sentence names, not the dateline ("DOHA - … struck an upbeat tone")
            named = named_place(cand.targets[0], geo)
            scene = named or (None if visit else scene)
            if scene is not None and scene.country:
                place = Actor(scene.name or scene.text, scene.country, scene.country, None, scene.name)
                targets = [(cand.targets[0], place, named if visit else None)]
        if not targets and cand.targets and code[:2] in FORCE_ROOTS \
                and cand.targets[0].lemma_.lower() in self.finder.place_objects:
            targets = self._own_ground(cand.targets[0], sources)
        if not targets and cand.targets and sources and code.startswith(tuple(self.patterns.clauses["owner_target_codes"])):
            targets = self._owner(code, cand, sources[0][1], actors, geo)
        if not targets and cand.targets and sources and code in self.patterns.clauses["coerced_person_codes"]:
            targets = _coerced_person(cand.targets[0], sources[0][1], actors)
        if cand.targets and sources and all(a is None for _, a, _ in targets):
            targets = self._overruled(code, cand.targets[0], sources[0][1]) or targets
        if cand.targets and sources and code in self.patterns.clauses["text_veto_codes"]:
            targets = self._text_body(cand.targets[0], sources[0][1]) or targets  # "vetoed a US-drafted resolution"
        actors.hint_country, actors.at_venue = None, False
        # "protesters stormed the presidential palace" (not troops: a state's own forces there stage a coup)
        seat = not targets and cand.code.startswith(PROTEST_ROOT) and self._a_seat_of_power(cand)
        if seat:
            sources = [(t, a) for t, a in sources if a is not None and a.sector not in STATE_SECTORS]
        if not targets and not cand.targets and cand.link.kind == "none":
            targets = self._called_party(cand, actors, speaker)  # "called Erdogan to apologise"
        if not targets and not cand.targets and cand.link.kind == "none" or (
                not targets and cand.code.startswith(PROTEST_ROOT) and (cand.link.kind == "prep" or _owned(cand) or seat)):
            # "protesters rallied", "protested against the finance bill", "stormed her official
            # residence": what a protest is against may be no actor; then it is aimed at the
            # protesters' own government
            targets = [(None, None, None)]
        targets = self._implied_party(code, cand, sources, targets, actors, speaker, geo)
        if not targets and cand.implied_party:
            return
        for s_tok, source in sources:
            about = self._named_in_complement(code, cand, source, targets, actors, geo)
            if about == [(None, None, None)] and self._accuser_bound(code, cand):
                continue  # "rejected the allegations", no accuser in the sentence: no denial read
            aimed = _own_seat(code, source, self._untargeted(code, source, about, location, cand.tolled))
            for t_tok, target, place in _about_itself(code, source, self.patterns.clauses["self_statement_codes"], aimed):
                if cand.rule.startswith(PLACE_ONLY) and place is None:
                    continue  # "is in talks" is no visit: these verbs need a place
                if not hosted and not (_a_state(source) and target is not None and _a_state(target)):
                    continue  # "NATO allies agreed at their summit in The Hague": a bloc meets, no state travels
                if t_tok is not None and target is not None and target.code in (source.code, source.country) \
                        and not (code[:2] in FORCE_ROOTS and _armed_group(source)
                                 and (self._a_place(t_tok) or _state_as_whole(target, source, t_tok, cand))):
                    continue  # an actor acting on itself, or on its own state as a whole
                if code in self.patterns.clauses["third_party_codes"] and target is not None \
                        and _a_state(source) and target.country == source.country:
                    continue  # a state mediates between others, not with its own ("the military" read as its own)
                if code.startswith(self.foreign_aid) and target is not None and source.country \
                        and target.country == source.country:
                    continue  # "troops rescued hostages": a state's help for its own people is no aid
                if cand.foreign_only and target is not None and source.country and target.country == source.country:
                    continue  # "…, saying its own army had broken the law" is no accusation between states
                if cand.not_own_organs and target is not None and _a_state(source) and _a_state(target) \
                        and target.country == source.country and _organ(source) and _organ(target):
                    continue  # "won't sign until the court rules": a state waiting on its own organs
                if _commerce(source, target, t_tok):
                    continue
                used = [t for t in (cand.trigger, cand.frame, s_tok, t_tok) if t is not None]
                start = min(t.idx for t in used)
                end = max(t.idx + len(t.text) for t in used)
                confidence = cand.weight - (0.1 if cand.inherited_source else 0.0)
                confidence -= 0.1 * sum(1 for t in (s_tok, t_tok) if t is not None and t.pos_ == "PRON")
                info = cameo.get(self.patterns.refine(self._mission(code, cand, source), source.sector,
                                                      _refining_sector(target, t_tok, self.patterns.clauses),
                                                      cand.trigger.lemma_.lower()))
                yield Event(
                    doc_id=document.id, sentence_index=index, sentence=_written(sent).strip(),
                    source=source, target=target,
                    cameo=info.code, cameo_root=info.root, cameo_name=info.name,
                    plover=info.plover or "none", plover_mode=info.plover_mode,
                    goldstein=info.goldstein, quad_class=info.quad_class,
                    modality=self._of_its_time(modality, cand, (source, target), document.date),
                    event_date=event_date, date_precision=precision,
                    location=place or location, quote=quote,
                    confidence=round(max(0.05, min(confidence, 0.99)), 2), rule=cand.rule,
                    char_start=start, char_end=end, predicate=cand.head.text if cand.frame is None
                    else f"{cand.frame.text} … {cand.trigger.text}",
                )

    def _pledged_on_visit(self, sent: Span, events: list[Event], said: set[int],
                          actors: DocumentActors) -> list[Event]:
        """"arrived in Beirut, pledging to host a conference on rebuilding", "was received by Putin,
        where the Russian leader promised to help": a pledge (`visit_pledges`) whose own event
        names no one is made to the other side of the visit the sentence codes — the state
        visited (042) or the guest (043). A pledge that came to an event of its own, or whose
        complement did ("vowing to keep up the pressure on Moscow"), is left to that event."""
        visits = [e for e in events if e.cameo[:3] in VISIT_CODES and e.target is not None]
        if not visits:
            return []
        pledged = {(e.source.country, e.target.country) for e in events if e.cameo_root == "03" and e.target}
        out = []
        for tok in (t for t in sent if self._bare_pledge(t, said)):
            doers = self.finder.subjects(tok) or (self.finder.subjects(sent.root) if _set_off(tok) else [])
            if any(t.tag_ in ("NNS", "NNPS") for t in doers):
                continue  # "where the three leaders pledged to consult one another": a pledge among them
            countries = {a.country for t in doers if (a := actors.resolve(t)) is not None and a.country}
            for visit in (e for e in visits if e.source.country in countries
                          and e.target.country not in (e.source.country, None)
                          and (e.source.country, e.target.country) not in pledged):
                out.append(_recoded(visit, "030", rule=f"visit-pledge:{tok.lemma_.lower()}", predicate=tok.text,
                                    confidence=visit.confidence - 0.2))
        return out

    def _bare_pledge(self, tok: Token, said: set[int]) -> bool:
        """A pledge verb, stated (not denied or conditional), that came to no event of its own."""
        return (tok.pos_ == "VERB" and tok.lemma_.lower() in self.patterns.clauses["visit_pledges"]
                and not any(t.i in said for t in tok.subtree) and not any(c.dep_ == "neg" for c in tok.children)
                and not self.modality.in_condition(tok))

    def _of_its_time(self, modality: str, cand: Candidate, actors: tuple, published: date | None) -> str:
        """Soviet and American soldiers meeting, told in a later article, is history: a party
        that no longer existed when the article was written dates the event (but "seeks to
        restore the relations it had with the Soviet Union" is a present intent)."""
        if modality != "asserted" or published is None or cand.frame is not None:
            return modality
        for actor in actors:
            state = self.kb.countries.get((actor.code or "")[:3]) if actor is not None else None
            if state is not None and state.ended is not None and state.ended < published.year:
                return "historical"
        return modality

    def _other_parties(self, targets: list, sources: list, actors: DocumentActors) -> list:
        """A pronoun that would make the actor act on itself ("…, accusing them of …", "their
        governments") means the other party named before it."""
        countries = {a.country for _, a in sources}
        if len(countries) != 1 or None in countries:  # "Egypt and Turkey … their relations": each side's, as it is
            return targets
        source = sources[0][1]
        out = []
        for t_tok, target, place in targets:
            anaphor = _state_anaphor(t_tok)
            if anaphor is None or target is None or target.country != source.country:
                out.append((t_tok, target, place))
                continue
            others = actors.other_parties(anaphor, source)
            if anaphor is not t_tok and target.sector:  # "their governments": the others' governments
                others = [dataclasses.replace(o, code=o.country + target.sector, sector=target.sector)
                          if o.sector is None else o for o in others]
            out += [(t_tok, other, place) for other in others] or [(t_tok, target, place)]
        return out

    def _guest_of(self, venues: list[Token], sources: list, targets: list, actors: DocumentActors,
                  geo: GeoContext) -> tuple[list, list]:
        """Who is whose guest where someone spoke: the speaker, where the venue is the partner's
        own (a town or seat of its state, an organisation's seat: "Brussels"); the partner, where
        it is the speaker's ("Trump said in the Oval Office, with Rutte at his side"); no one at
        a third state's venue (talks in Riyadh are no visit to either side). Hosts, and partners
        who come as guests, are officials (`hosting_sectors`), not the press or a crowd."""
        owners = self._venue_owners(venues, actors, geo)

        def owned(actor: Actor) -> bool:
            return actor.country in owners if actor.country else any((actor.code or "").startswith(o) for o in owners)

        def official(actor: Actor | None) -> bool:
            return actor is not None and (actor.sector or "gov").lower() in self.patterns.clauses["hosting_sectors"]
        guests = [(t, s) for t, s in sources if not owned(s)]
        hosts = [(t, a, p) for t, a, p in targets if official(a) and owned(a)]
        if guests and hosts:
            return guests, hosts
        guests = [(t, a) for t, a, _ in targets if official(a) and not owned(a)]
        hosts = [(t, s, None) for t, s in sources if official(s) and owned(s)]
        return (guests, hosts) if guests and hosts else ([], [])

    def _venue_owners(self, venues: list[Token], actors: DocumentActors, geo: GeoContext) -> set[str]:
        """The states (and organisations) whose places the venues are: "Panama City" → PAN, "the
        White House" → USA, "Brussels" → BEL and the EU."""
        owners: set[str] = set()
        for venue in venues:
            place = named_place(venue, geo)
            owners |= {place.country} if place is not None and place.country else set()
            owners |= {a.country or a.code for a in actors.resolve_all(venue) if a.country or a.code}
        return owners

    def _crowd_of(self, cand: Candidate, targets: list, actors: DocumentActors, speaker: Actor | None) -> list:
        """A crowd of no state the sentence settles ("thousands of protesters marched on Tbilisi's
        parliament", in a story naming Russia too) that protests at a state's own institution (a
        government, legislature or court) is of that state: crowds march on their own rulers."""
        state = next((a.country for _, a, _ in targets if a is not None and a.country
                      and a.sector in ("GOV", "LEG", "JUD")), None)
        if state is None:
            return []
        hint, actors.hint_country = actors.hint_country, state
        found = [(t, a) for t in cand.sources for a in actors.resolve_all(t, speaker)
                 if a.country == state and a.sector not in STATE_SECTORS]
        actors.hint_country = hint
        return found

    def _group_victims(self, cand: Candidate, sources: list, actors: DocumentActors, speaker: Actor | None,
                       geo: GeoContext) -> list:
        """Those an armed group of one state strikes, named only by their role and in no place the
        sentence settles ("the ADF killed 43 worshippers", "gunmen of a Haitian gang attacked a
        police station"), are of the group's own state: insurgents fight at home."""
        states = {a.country for _, a in sources if a is not None and a.country and a.sector != "UAF"
                  and not _the_state_itself(a) and _armed_group(a)}
        if len(states) != 1:
            return []
        state = states.pop()
        hint, actors.hint_country = actors.hint_country, state
        found = [(t, self._acted_on(cand.code, t, a, actors, geo), p)
                 for t in cand.targets for a, p in self._targets(t, cand, actors, speaker, geo)
                 if a is not None and a.country == state and a.sector]
        actors.hint_country = hint
        return found

    def _named_doer(self, actor: Actor | None) -> bool:
        """A doer named as more than a nameless fighter (`claimed_doer_sectors`: "a suicide
        bomber", "gunmen"), whom a claim elsewhere in the sentence would name instead."""
        return actor is not None and (actor.name is not None
                                      or actor.sector not in self.patterns.clauses["claimed_doer_sectors"])

    def _a_seat_of_power(self, cand: Candidate) -> bool:
        """A protest's object that is a building of the state's own power (`seats_of_power`: "stormed
        the presidential palace") but names no actor: aimed at the protesters' own government."""
        return cand.link.kind == "obj" and bool(cand.targets) \
            and cand.targets[0].lemma_.lower() in self.patterns.clauses["seats_of_power"]

    def _implied_party(self, code: str, cand: Candidate, sources: list, targets: list, actors: DocumentActors,
                       speaker: Actor | None, geo: GeoContext) -> list:
        """The target of an act aimed by nature at another party (implied_party_codes) that its
        own phrase names no actor for: whoever owns the thing acted on ("rejected the offer,
        which Seoul had made") or does the clause joined to it ("threatened to open the gates a
        day after the European Parliament voted…"), when that is exactly one actor of a state
        other than the doers'. Otherwise the targets stay as they were."""
        if not sources or not code.startswith(self.finder.implied_codes):
            return targets
        if cand.implied_party:
            tokens = cand.targets
        elif targets == [(None, None, None)] or (not targets and cand.targets):
            tokens = self.finder.thing_owner(cand.targets[0]) if cand.targets else []
            tokens = tokens or [t for verb in dict.fromkeys((cand.head, cand.trigger))  # the frame's, the act's
                                for t in self.finder.joined_parties(verb, cand.sources)]
        else:
            return targets
        own = {s.country or s.code for _, s in sources if s is not None}
        found = [(t, a, None) for t in tokens for a, _ in self._targets(t, cand, actors, speaker, geo) if a is not None]
        if len({a.code for _, a, _ in found}) == 1 and (found[0][1].country or found[0][1].code) not in own:
            return found[:1]  # one party, of another state ("Jordanian and Egyptian aircraft" are two)
        return [] if cand.implied_party else targets

    def _called_party(self, cand, actors, speaker) -> list:
        """"Netanyahu called his Qatari counterpart to apologise": an act with no addressee, done
        as the purpose of a call or visit, is aimed at whom was called or visited."""
        trig = cand.trigger
        head = trig.head
        if trig.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) \
                or head.lemma_.lower() not in self.patterns.clauses["contact_purpose_verbs"]:
            return []
        return [(o, a, None) for o in head.children if o.dep_ == "dobj"
                for a in actors.resolve_all(o, speaker) if a is not None]

    def _untargeted(self, code: str, source: Actor, targets: list, location: Location | None,
                    tolled: bool = False) -> list:
        """Whom an event with no stated target is aimed at: a protest at the protesters' own
        government (a government's protest with no addressee is no event); martial law, curfews
        and reforms (`domestic_codes`) at the actor's own country; a show of force or a symbolic act (`ABROAD_CODES`) at the state where it is
        staged, when that is another state; a claimed attack at the state where it struck (unless a
        toll, "killing 20 people", names whom it struck)."""
        if targets != [(None, None, None)] or not source.country:
            return targets
        if location is not None and location.country and (
                (code.startswith(ABROAD_CODES) and location.country != source.country) or (code.startswith(SCENE_CODES) and not tolled)):
            country = self.kb.countries.get(location.country)
            return [(None, Actor(location.text, location.country, location.country, None,
                                 country.name if country else None), None)]
        if code.startswith(PROTEST_ROOT):
            # "summoned the envoy to protest": a government's protest names whom it is lodged with;
            # a whole state ("Iran boycotted the summit") protests at no government of its own
            if _the_state_itself(source):
                return targets
            return [] if source.sector == "GOV" else [
                (None, Actor("", f"{source.country}GOV", source.country, "GOV", None), None)]
        if code.startswith(tuple(self.patterns.clauses["domestic_codes"])):
            country = self.kb.countries.get(source.country)
            return [(None, Actor("", source.country, source.country, None, country.name if country else None), None)]
        return targets

    def _named_in_complement(self, code: str, cand: Candidate, source: Actor, targets: list,
                             actors: DocumentActors, geo: GeoContext) -> list:
        """Whom a denial, an inquiry or a show of force (`complement_target_codes`) with no stated
        target is about: the first actor or place of another state its complement names ("denied
        any role in the attack in Salisbury", "a probe into cars shipped from China", "drills
        encircling Taiwan"), or, for a denial (`rebuttal_codes`), the accuser the next clause
        names ("denied any involvement and said Baku was lying")."""
        c = self.patterns.clauses
        if targets != [(None, None, None)] or not code.startswith(tuple(c["complement_target_codes"])):
            return targets
        # "staged drills in the waters east of Taiwan": a light verb's phrases are the act's too
        words = sorted({*self._complement(cand.trigger), *self._complement(cand.head)}, key=lambda t: t.i)
        bound = self._accuser_bound(code, cand)
        if bound:
            words = []  # "rejected claims that Chinese firms were dodging tariffs": who is claimed of, not who claims
        if code.startswith(tuple(c["rebuttal_codes"])):
            words += [t for clause in _rebuttals(cand.head, self._answering)
                      for t in (*_doers(clause), *self._complement(clause))]
            words += self._denied_deed(cand)
            words += self._accusers(cand)
        if bound:
            words += self._wronged(cand)
        found = [(tok, actor) for tok in words if (actor := self._named_actor(tok, actors, geo)) is not None]
        # "patrolled the streets of Belgrade alongside their Serbian colleagues": with that state, not at it
        partners = {_state_or_body(a) for tok, a in found
                    if any(p.dep_ == "prep" and p.lower_ in PARTNER_PREPS and p.head in (cand.head, cand.trigger)
                           for p in tok.ancestors)}  # not "the border with Armenia"
        for tok, actor in found:
            state = _state_or_body(actor)
            if state and state != _state_or_body(source):
                return targets if state in partners else [(tok, actor, None)]
        return self._provoked_by(code, cand, source, targets, actors, geo)

    def _accuser_bound(self, code: str, cand: Candidate) -> bool:
        """A rejection of a claim that names no owner ("rejected the allegations") is coded only
        answering an accuser found elsewhere in the sentence (`accuser_bound_denials`); a plain
        "denied the allegations" stands on its own."""
        c = self.patterns.clauses
        return code.startswith(tuple(c["rebuttal_codes"])) and cand.link.kind == "none" \
            and cand.trigger.lemma_.lower() in c["accuser_bound_denials"] and bool(self._claims(cand))

    def _claims(self, cand: Candidate) -> list[Token]:
        """The said-nouns (`said_nouns`) a denial takes as its object: "rejected the allegations"
        (not "rejected responsibility")."""
        return [o for head in dict.fromkeys((cand.trigger, cand.head)) if head is not None for o in head.children
                if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in self.patterns.clauses["said_nouns"]]

    def _wronged(self, cand: Candidate) -> list[Token]:
        """Last, whom the rejected claim says was wronged: the words after a doer in its own
        clause ("rejected accusations that Moscow was behind a cyberattack on a Czech hospital",
        "… that it shelters militants who attack Pakistani forces"), never the doer itself."""
        words = []
        for clause in (c for claim in self._claims(cand) for c in claim.children if c.dep_ in ("acl", "prep")):
            doers = {t for doer in _doers(clause) for t in doer.subtree}
            words += [t for t in clause.subtree if t not in doers]
        return words

    def _accusers(self, cand: Candidate) -> list[Token]:
        """Whom a denial of a claim with no owner in its phrase ("rejected the allegations",
        `said_nouns`) answers: the doers of a clause elsewhere in the sentence that accuses
        (`claim_verbs`: "…, after Manila accused its coast guard of ramming a boat") or, in the
        denier's next act, whom it retaliates on (`rebuttal_acts`: "dismissed the allegations
        and ordered six Canadian diplomats out")."""
        c = self.patterns.clauses
        denial = cand.trigger
        claims = self._claims(cand)
        if not claims:
            return []  # "denied targeting civilians": a deed disowned, not a claim answered
        words = [t for verb in denial.sent if verb.pos_ == "VERB" and verb.lemma_.lower() in c["claim_verbs"]
                 and verb not in claims[0].subtree
                 for doer in (*_doers(verb), *_agents(verb)) for t in doer.subtree]
        words += [t for act in denial.children if act.dep_ == "conj" and act.i > denial.i
                  and act.lemma_.lower() in c["rebuttal_acts"]
                  for obj in act.children if obj.dep_ == "dobj" for t in obj.subtree]
        return words

    def _denied_deed(self, cand: Candidate) -> list[Token]:
        """Whom the deed a denial disowns in a gerund was done to: its objects ("denied arming the
        RSF", "denied supplying the Houthis with missiles"). A denied "that"-clause is a denied
        report, not an act at anyone ("denied that its air defences shot down the airliner")."""
        return [t for head in dict.fromkeys((cand.trigger, cand.head)) if head is not None
                for deed in head.children if deed.dep_ == "xcomp" and deed.tag_ == "VBG"
                for obj in deed.children if obj.dep_ in ("dobj", "dative")
                for t in obj.subtree]

    def _provoked_by(self, code: str, cand: Candidate, source: Actor, targets: list,
                     actors: DocumentActors, geo: GeoContext) -> list:
        """Whom a show of force (`provoked_codes`) with no stated target answers: the first actor
        or place of another state in what provoked it ("put its forces on alert after a North
        Korean missile flew over Hokkaido", "scrambled jets in response to Chinese drills"). A state
        itself doing the deed sets a time, not a provocation ("after Tokyo and Washington wrapped up
        their drills"): its forces or weapons have to be the doers."""
        c = self.patterns.clauses
        if not code.startswith(tuple(c["provoked_codes"])):
            return targets
        words = [tok for head in dict.fromkeys((cand.head, cand.trigger))
                 for phrase in _provocations(head, c["provoking_marks"], c["responding_nouns"])
                 for tok in phrase.subtree if not _a_doer(tok)]
        return self._first_foreign(words, source, actors, geo) or targets

    def _owner(self, code: str, cand: Candidate, source: Actor, actors: DocumentActors, geo: GeoContext) -> list:
        """Whose property a seizure or a destruction (`owner_target_codes`) of a thing that names
        no actor befalls: the first actor or place of another state the act's complement names
        ("seized an oil tanker off the coast of Venezuela", "seized the assets of a Russian bank")."""
        if named_place(cand.targets[0], geo) is not None:
            return []  # "seized the Falkland Islands": territory taken, not property
        words = sorted({*self._complement(cand.trigger), *self._complement(cand.head)}, key=lambda t: t.i)
        # "…, according to Amnesty International": who reports it, not whose it was
        words = [t for t in words if not any(a.lower_ == "according" for a in t.ancestors)]
        waters = self.patterns.clauses["owner_skip_waters"]
        words = [t for t in words if not (t.head.lower_ == "of" and t.head.head.lemma_.lower() in waters)]
        return self._first_foreign(words, source, actors, geo)

    def _first_foreign(self, words: list[Token], source: Actor, actors: DocumentActors, geo: GeoContext) -> list:
        """The first of `words` that names an actor or place of another state than `source`, as a target."""
        for tok in words:
            actor = self._named_actor(tok, actors, geo)
            state = _state_or_body(actor) if actor is not None else None
            if state and state != _state_or_body(source):
                return [(tok, actor, None)]
        return []

    def _overruled(self, code: str, measure: Token, source: Actor) -> list:
        """Whose measure a court struck down or blocked when its phrase names no owner ("the
        Supreme Court struck down the law"): the court's own government's (`overruled_measures`)."""
        c = self.patterns.clauses
        if not code.startswith(tuple(c["overruled_measure_codes"])) or (source.sector or "").lower() not in c["overruling_sectors"] \
                or not source.country or measure.lemma_.lower() not in c["overruled_measures"]:
            return []
        return [(measure, Actor("", f"{source.country}GOV", source.country, "GOV", None), None)]

    def _text_body(self, text: Token, source: Actor) -> list:
        """Whose text a vetoed resolution or bill is: the UN Security Council's, or the vetoer's
        own legislature's (a president vetoes a bill of his parliament)."""
        c = self.patterns.clauses
        lemma = text.lemma_.lower()
        if lemma in c["council_texts"]:
            code = min(c["council_code"]).upper()
            return [(text, Actor(text.text, code, None, None, None), None)]
        if lemma in c["legislature_texts"] and source.country and source.sector != "LEG":
            return [(text, Actor(text.text, f"{source.country}LEG", source.country, "LEG", None), None)]
        return []

    def _complement(self, head: Token) -> list[Token]:
        """The words of what an act is about, in reading order: its objects and phrases with
        their own words, but of a clause only its doer ("denied that Belgrade had sent arms to
        Ukraine" is about Belgrade), and no relative clause, coordinated act or circumstance
        (`complement_skip_preps`: "on alert after a missile launch")."""
        skip = self.patterns.clauses["complement_skip_preps"]
        words: list[Token] = []
        for child in head.children:
            verb = child.pos_ in ("VERB", "AUX")
            if verb and child.lemma_.lower() in self.speech_verbs:
                continue  # "…, US officials said": who reports it, not whom it is about
            if verb and (child.dep_ in EMBEDDED_CLAUSE_DEPS or (
                    child.dep_ == "acl" and any(c.dep_ == "mark" for c in child.children))):
                # "denied that the United States had brokered …", "reports that Chinese vessels had dumped …"
                words += [t for doer in _doers(child) for t in doer.subtree]
            elif verb and (_doers(child) or child.dep_ == "advcl"):
                continue  # "a move Beijing denounced", "after a missile flew over Hokkaido": someone else's act
            elif child.dep_ in COMPLEMENT_DEPS and not (verb and child.dep_ == "conj") \
                    and not (child.dep_ == "prep" and child.lower_ in skip):
                words += [child, *self._complement(child)]
        return sorted(set(words), key=lambda t: t.i)

    def _named_actor(self, tok: Token, actors: DocumentActors, geo: GeoContext) -> Actor | None:
        """The actor a name stands for (once per name, at its last word), or the state of a
        place the gazetteer knows ("the poisoning in Salisbury")."""
        mention = actors.by_token.get(tok.i)
        if mention is not None:
            if tok.i != mention.end - 1 or mention.kind == "sector":
                return None  # "troops", "police": a body the text does not place
            return actors.resolve(tok) or Actor(mention.text, mention.entry.code or mention.entry.country,
                                                mention.entry.country, mention.entry.sector, mention.entry.name)
        if tok.pos_ != "PROPN" or (tok.head.pos_ == "PROPN" and tok.dep_ == "compound"):
            return None
        place = named_place(tok, geo)
        if place is None or not place.country:
            return None
        return Actor(place.name or place.text, place.country, place.country, None, place.name)

    def _implied_agent(self, agent: tuple[str, bool], location: Location | None, targets: list) -> list:
        """The police, court or government of the state where the passive act happened
        ("were arrested in England"); for acts a state does to its own (`own`), else the state
        of the one acted on ("Zuma was jailed")."""
        sector, own = agent
        country = location.country if location is not None else None
        if country is None and own:
            country = next((a.country for _, a, _ in targets if a is not None and a.country), None)
        if country is None or country not in self.kb.countries:
            return []
        return [(None, Actor("", f"{country}{sector}", country, sector, None))]

    def _refine(self, cand: Candidate) -> str:
        """A killing of one leader is an assassination (an air strike that kills one stays the
        strike); a killing of a hundred
        people or more is a mass killing, whatever the verb; a jailing for a term is a sentence."""
        c = self.patterns.clauses
        # "a drone strike killed the leader" stays the strike (its trigger is the strike)
        if cand.code.startswith(("18", "19")) and cand.trigger.lemma_.lower() in c["leader_killing_triggers"] \
                and not cand.struck and any(_a_leader(t, c["leader_titles"]) for t in cand.targets):
            return min(c["leader_killing_code"])  # "killed Hezbollah's leader": an assassination
        if cand.code.startswith("19") and cand.trigger.lemma_.lower() in c["mass_killing_verbs"] and not cand.struck:
            threshold = min(int(t) for t in c["mass_killing_threshold"])
            if any(_victims(t) >= threshold for t in cand.targets):
                return "202"
        if cand.code in c["term_codes"] and cand.trigger.lemma_.lower() in c["term_verbs"] \
                and _term(cand.trigger, c["term_units"]):
            return min(c["term_sentence_code"])  # clauses.yaml values are word sets
        if cand.code == "010" and cand.trigger.lemma_.lower() in c["assurance_verbs"] and _of_the_future(
                cand.trigger, c["future_aux"] | c["conditional_aux"]):
            return "030"  # "assured Kyiv that Vilnius would keep backing it": a promise
        return cand.code

    def _mission(self, code: str, cand: Candidate, source: Actor) -> str:
        """Troops an international body sends into a state ("NATO will send 700 troops to Kosovo",
        "the African Union will deploy a force to Somalia") are a mission that protects it (074). A
        state's troops sent abroad stay a show of force (154): there the gold is split."""
        c = self.patterns.clauses
        if code in c["hosted_troop_codes"] and _refining_sector(source) == "IGO" and _troops_sent_into_state(cand, c):
            return min(c["hosted_troop_code"])
        if code.startswith(PROTEST_ROOT) and _complaint_purpose(cand.trigger, c["complaint_purpose_verbs"]):
            return min(c["complaint_purpose_code"])
        return code

    def _hosted(self, cand: Candidate) -> bool:
        """Is a visit in this candidate hosted by the state visited? Not one to a gathering
        (`gathering_nouns`: "will attend the G20 summit in Johannesburg"): the guest goes to the
        summit, not to its host."""
        gatherings = self.patterns.clauses["gathering_nouns"]
        return not (cand.code == VISIT_CODES[0] and any(
            t.lemma_.lower() in gatherings for t in (cand.trigger, *cand.targets)))

    def _joint(self, cand: Candidate) -> bool:
        """Is the event a joint act done with its target (`joint_modifiers`: "held joint naval
        exercises with Russia")? Then the target did it with the source too."""
        joint = self.patterns.clauses["joint_modifiers"]
        return cand.trigger.pos_ == "NOUN" and "with" in cand.link.preps and cand.code[:2] in self.patterns.clauses[
            "joint_roots"] and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in joint for c in cand.trigger.children)

    def _signed(self, cand: Candidate) -> str | None:
        """The code a signed truce is also coded as (`signing_verbs`, `signed_codes`: "the army
        and the RSF signed a ceasefire" is an agreement signed, `signed_agreement_code`), or None."""
        c = self.patterns.clauses
        if cand.frame is None or cand.frame.lemma_.lower() not in c["signing_verbs"] or cand.code not in c["signed_codes"]:
            return None
        return next(iter(c["signed_agreement_code"]))

    def _with_implied(self, events: Iterable[Event], hosted: bool = True, joint: bool = False,
                      signed: str | None = None, placed: str = "") -> Iterator[Event]:
        """Each event, followed by its mirror where the data says one is implied (but no host
        for a visit to a gathering) or the act is a joint one, and a meeting held in one side's
        country (`hosted_meeting_codes`) also as the other side's visit; a signed truce also as
        the agreement signed."""
        for event in events:
            pair = [event, *(self._mirror(event, joint) if hosted else [])]
            visits = [v for e in pair for v in self._visit(e, placed)]
            yield from pair
            if signed:
                yield from (_recoded(e, signed, rule=f"signed:{e.rule}", confidence=e.confidence - 0.1) for e in pair)
            for visit in visits:
                yield visit
                yield from self._mirror(visit)

    def _hosted_summit(self, cand: Candidate, events: list[Event]) -> list[Event]:
        """"Tokyo, Seoul and Beijing held a summit in Seoul": a gathering (`gathering_nouns`) of
        three or more held in one member's country is the guests' visits and the host's welcome;
        who of the guests talked with whom is not said, so the meeting pairs are dropped."""
        c = self.patterns.clauses
        gatherings = c["gathering_nouns"]
        words = [cand.trigger, *(t for k in cand.trigger.children
                                 for t in ([k] if k.dep_ == "dobj" else _pobjs(k, c["gathering_preps"])))]
        if not any(t.lemma_.lower() in gatherings for t in words):
            return events
        meetings = [e for e in events if e.cameo in c["hosted_meeting_codes"]]
        sides = {a.country for e in meetings for a in (e.source, e.target) if a is not None and a.country}
        if len(sides) < 3 or not any(e.cameo in VISIT_CODES for e in events):
            return events
        return [e for e in events if not any(e is m for m in meetings)]

    def _mirror(self, event: Event, joint: bool = False) -> list[Event]:
        mirror = self.patterns.implied.get(event.cameo, event.cameo if joint else None)
        if mirror is None or event.target is None or not (event.target.country or self._consulted_body(event, mirror)):
            return []
        return [_recoded(event, mirror, source=event.target, target=event.source,
                         rule=f"implied:{event.rule}", confidence=event.confidence - 0.1)]

    def _consulted_body(self, event: Event, mirror: str) -> bool:
        """"Trump met NATO's Rutte": a meeting with an international body's envoy is mutual too
        (`meeting_roots`), though a body is of no state."""
        return event.target.code.startswith("IGO") and mirror.startswith(tuple(self.patterns.clauses["meeting_roots"]))

    def _own_ground(self, t_tok: Token, sources: list) -> list:
        """"The RSF said it had seized the airport": a place (`place_objects`) the sentence does not
        locate, taken or struck by an armed group of a state, lies in that state, the target."""
        states = {s.country for _, s in sources if _armed_group(s) and s.country}
        if len(states) != 1:
            return []
        country = states.pop()
        return [(t_tok, Actor(t_tok.text, country, country), None)]

    def _a_place(self, tok: Token) -> bool:
        """"Goma", "the town of Walikale": a place rather than a body of its state."""
        return place_name(tok) or tok.lemma_.lower() in self.finder.place_objects

    def _visit(self, event: Event, placed: str = "") -> list[Event]:
        """"Witkoff met Putin in St Petersburg": the guest visited, the host hosted (042/043); a
        joint act of officials (`official_visit_codes`) only where the place is its own ("signed a
        treaty in Pyongyang", "at a summit in Tokyo"), not one elsewhere in the sentence."""
        c = self.patterns.clauses
        if event.location is None or not (event.cameo in c["hosted_meeting_codes"] or (
                event.cameo in c["official_visit_codes"] and self._officials(event)
                and event.location.text in placed)):
            return []
        source, target, where = event.source, event.target, event.location.country
        if target is None or not where or source.country == target.country or where != target.country:
            return []
        return [_recoded(event, VISIT_CODES[0], rule=f"visit:{event.rule.removeprefix('implied:')}",
                         confidence=event.confidence - 0.1)]

    def _placed(self, cand: Candidate) -> str:
        """The places said of the act itself: "signed a treaty in Pyongyang", "agreed at a summit
        in Tokyo" (in or at the verb, its object, or a meeting there), or the words before a
        "where" ("in Belgrade, where the two signed") — the text of those phrases."""
        c = self.patterns.clauses
        own = [t for t in (cand.head, cand.trigger, cand.frame) if t is not None]
        where = [t.doc[t.sent.start:w.i] for t in own for w in t.children if w.lower_ in c["place_relatives"]]
        phrases = [p for t in own for p in _place_phrases(t, set(c["act_place_preps"]), 3)]
        return " | ".join(span.text for span in [*where, *phrases])

    def _officials(self, event: Event) -> bool:
        """Are both sides officials (`hosting_sectors`), whose joint act in one side's country is a
        visit, rather than states by name, whose accord is not?"""
        sectors = self.patterns.clauses["hosting_sectors"]
        return all(a is not None and (a.sector or "").lower() in sectors for a in (event.source, event.target))

    def _targets(self, tok: Token, cand: Candidate, actors: DocumentActors, speaker: Actor | None,
                 geo: GeoContext) -> list[tuple[Actor, Location | None]]:
        place = actors.place(tok)
        if cand.venues:  # "told Trump at the White House": whom one speaks to, not a place
            return [(a, None) for a in actors.resolve_all(tok, speaker)]
        if place is None and cand.code.startswith(VISIT_CODES) and tok.pos_ == "PROPN" and tok.ent_type_ != "LOC" \
                and tok.i not in actors.by_token and (
                town := named_place(tok, geo)) is not None and town.country:
            # "travelled to Sochi": a trip to a town the tagger took for a person is to its state
            return [(Actor(town.text, town.country, town.country, None, town.name), town)]
        if place is None and cand.code[:2] in FORCE_ROOTS and (town := self._struck_town(tok, actors, geo)) is not None:
            # "stepped up its shelling of Kherson", "a strike on Rafah": a town the tagger took
            # for a person is, as what is attacked, struck in its state
            return [(Actor(town.text, town.country, town.country, None, town.name), None)]
        if place is None and cand.code.startswith(VISIT_CODES):
            # "will travel to the G20 summit in India": a visit is to the state that hosts it
            held_in = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                       for c in p.children if c.dep_ == "pobj"]
            place = next((m for m in map(actors.place, held_in) if m is not None), None)
            town = next((t for t in (named_place(h, geo) for h in held_in) if t is not None and t.country), None)
            if place is None and town is not None and cand.code == VISIT_CODES[0]:  # "the G20 summit in Johannesburg"
                return [(Actor(town.text, town.country, town.country, None, town.name), town)]
        if place is not None and cand.link.kind == "prep" and cand.link.preps & PLACE_PREPS:
            e = place.entry  # "arrived in Moscow": the country is the target, the city the place
            actor = Actor(place.text, (e.code or e.country or "")[:3], e.country, None, e.name)
            return [(actor, self._place(place))]
        return [(a, None) for a in actors.resolve_all(tok, speaker)]

    def _struck_town(self, tok: Token, actors: DocumentActors, geo: GeoContext) -> Location | None:
        """A name the tagger read as a person's, of no known person but of a town the gazetteer
        knows (any size it holds): what an attack hits is a place before it is a stranger."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON" or tok.i in actors.by_token:
            return None
        if actors.known_person(tok.text):
            return None
        town = named_place(tok, geo)
        return town if town is not None and town.country else None

    def _acted_on(self, code: str, tok: Token, target: Actor, actors: DocumentActors, geo: GeoContext) -> Actor:
        """A person named in the clause and arrested, jailed or shot, whom the text gives a
        country but no role ("police detained Ali Rezaei", "sentenced Australian writer Yang
        Hengjun"), is a private person of that country (CVL), not the state itself (but a town
        the tagger took for a person, "the shelling of Kherson", stays a place). The word that
        describes the person ("the Australian writer Yang Hengjun") is the same person, so
        that the two make one event, not a state and a private person."""
        named = tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)
        if (target.sector or not target.country or target.code != target.country
                or not named or not actors.is_person(target)
                or not code.startswith(tuple(self.patterns.clauses["coercion_codes"]))
                or named_place(tok, geo) is not None):
            return target
        return Actor(target.text, f"{target.country}CVL", target.country, "CVL", target.name)

    def _quote(self, cand: Candidate, actors: DocumentActors, quotes: list[QuoteSpan]):
        idx = cand.head.idx
        for q in quotes:
            if q.start <= idx < q.end:
                speaker = actors.resolve(q.speaker_head) if q.speaker_head is not None else None
                return Quote(q.text.strip("“”\"«» "), speaker), speaker
        reported = reported_speech(cand.head, self.speech_verbs)
        if reported is not None:
            subj, comp = reported
            speaker = actors.resolve(subj)
            text = _written(cand.head.doc[comp.left_edge.i: comp.right_edge.i + 1])
            return Quote(text, speaker), speaker
        return None, None

    def _place(self, mention) -> Location:
        e = mention.entry
        country = self.kb.countries.get((e.code or "")[:3]) or self.kb.countries.get(e.country or "")
        if mention.kind == "capital" and country is not None:
            return Location(mention.text, e.country, mention.text, country.lat, country.lon)
        return Location(mention.text, e.country, country.name if country else e.name, None, None)


def _with_dateline(document: Document) -> tuple[Document, int]:
    """A story that still starts with its dateline ("KINSHASA, March 20 (Great Lakes Wire) - …",
    as text pasted or read without cleaning) files it as metadata: where the story was filed,
    not an actor of its first sentence. Returns the document and how many leading characters the
    parser must not see (blanked, so that offsets stay as they are)."""
    rest, place, _ = split_dateline(document.text)
    if not place:
        return document, 0
    filed = document if document.dateline is not None else dataclasses.replace(document, dateline=place)
    return filed, len(document.text) - len(rest)


def _as_written(document: Document, doc: Doc, offset: int) -> str:
    """The text of `doc` as the document has it: softening before the parse changes quote marks
    (nlp/scare_quotes.py), and quotations are found in the text as written."""
    # spaCy joins every token's text on each read of doc.text: its length is where the last word ends
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = document.text[offset:offset + length]
    return text if len(text) == length else doc.text


def _written(span: Span) -> str:
    """`span`'s text as the document has it (see _as_written), where the parse saw another."""
    # doc.text joins every token of the document, so it is read only where no written text is kept
    written = span.doc.user_data.get("as_written")
    return (written if written is not None else span.doc.text)[span.start_char:span.end_char]


def _place_phrases(tok: Token, preps: set[str], depth: int) -> Iterator[Span]:
    """The "in …"/"at …" phrases (``preps``) on a word, its object, or the noun such a phrase
    names, down to ``depth`` steps ("agreed at a summit in Tokyo")."""
    if depth <= 0:
        return
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                yield obj.doc[obj.left_edge.i:obj.i + 1]
                yield from _place_phrases(obj, preps, depth - 1)
        elif child.dep_ in ("dobj", "pobj"):
            yield from _place_phrases(child, preps, depth - 1)


def _without_repeated_visits(events: list[Event]) -> list[Event]:
    """A visit read off a meeting ("landed in Havana …, meeting Raúl Castro") or off where one
    spoke ("Standing beside Putin at the forum in St Petersburg, Tokayev said") that the sentence
    also states outright is one visit, not two."""
    def dyad(e: Event) -> tuple:
        return (e.source.country, e.target.country if e.target else None, e.cameo)
    read_off = lambda e: any(r in e.rule for r in READ_OFF_VISITS)
    stated = {dyad(e) for e in events if not read_off(e)}
    return [e for e in events if not read_off(e) or dyad(e) not in stated]


def _with_a_placed_side(events: list[Event]) -> list[Event]:
    """An actor known only by its words ("donors", an unlisted group) takes part in an event
    only opposite one the coder can place: two such phrases say who did what to whom of no one."""
    def placed(actor: Actor | None) -> bool:
        return actor is not None and bool(actor.code or actor.country)
    return [e for e in events if placed(e.source) or placed(e.target)]


def _without_unnamed_repeats(events: list[Event]) -> list[Event]:
    """"police fired tear gas to disperse the protesters": an act aimed at the actor's own state
    for want of a named target (`domestic_codes`), and its mirror, is the same act the sentence
    also codes on someone it names — one event, not two."""
    def own_state(e: Event) -> bool:
        return e.target is not None and e.target.sector is None and e.target.code == e.source.country
    named = {(e.source.code, e.cameo) for e in events if e.target is not None and not own_state(e)}
    dropped = [e for e in events if own_state(e) and (e.source.code, e.cameo) in named]
    mirrors = {(f"implied:{e.rule}", e.target.code) for e in dropped}
    return [e for e in events if e not in dropped and (e.rule, e.source.code) not in mirrors]


def _aimed_at_visit(events: list[Event]) -> list[Event]:
    """"Macron arrived in Beirut, pledging to help rebuild", "hosted the Central Asian leaders,
    promising billions in loans": a pledge (03) that names no one, made on a visit the sentence
    codes, is made to the other side of that visit — the state visited (042) or the guest (043)."""
    partners: dict[str, list[Actor]] = {}
    for e in events:
        met = partners.setdefault(e.source.country, []) if e.source.country else []
        if e.cameo[:3] in VISIT_CODES and e.target is not None and e.target.code not in {t.code for t in met}:
            met.append(e.target)
    out = []
    for e in events:
        met = partners.get(e.source.country, []) if e.target is None and e.cameo_root == "03" else []
        out.extend([dataclasses.replace(e, target=t) for t in met] or [e])
    return out


def _of_the_future(verb: Token, auxiliaries: set[str]) -> bool:
    """'assured Delhi that its soil would never be used …': the clause said says what will be done,
    not how things are ('assured Seoul that its commitment remained firm')."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in auxiliaries for a in c.children)
               for c in verb.children)


def _set_off(verb: Token) -> bool:
    """'…, pledging to …': an -ing clause after a comma comments on the sentence's main clause
    (looser than syntax._set_off_participle: the parser may hang it anywhere, even give it a subject)."""
    return verb.tag_ == "VBG" and verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","


def _recoded(event: Event, code: str, **changes) -> Event:
    """`event` under another CAMEO code (its names, scores and class follow the code)."""
    info = cameo.get(code)
    changes["confidence"] = round(max(0.05, changes.get("confidence", event.confidence)), 2)
    return dataclasses.replace(event, cameo=info.code, cameo_root=info.root, cameo_name=info.name,
                               plover=info.plover or "none", plover_mode=info.plover_mode,
                               goldstein=info.goldstein, quad_class=info.quad_class, **changes)


def _troops_sent_into_state(cand: Candidate, c: dict) -> bool:
    """Troops sent "to" a named state or a place in it ("to Kosovo", "to Somalia"), not to a
    border or an unnamed region: they are there to protect it, not to threaten it."""
    if cand.trigger.lemma_.lower() not in c["hosted_troop_verbs"]:
        return False
    sent = [ch for ch in cand.trigger.children if ch.dep_ == "dobj" and ch.lemma_.lower() in c["hosted_troop_words"]]
    return bool(sent) and any(t.dep_ == "pobj" and t.head.lower_ in ("to", "into") and t.ent_type_ == "GPE"
                              and t.head.head in (cand.trigger, *sent) for t in cand.targets)


def _refining_sector(actor: Actor | None, token: Token | None = None, c: dict | None = None) -> str | None:
    """The sector `refinements.tsv` reads: the actor's, IGO for an international body, or CROWD
    for private people in numbers (`crowd_sectors`: "shot dead 22 people", "beat students"):
    police violence against many is repression, against one man a killing or an assault."""
    if actor is None:
        return None
    if c is not None and token is not None and _protesting(token, c["protesting_verbs"]):
        return "OPP"
    if c is not None and token is not None and (actor.sector or "").lower() in c["crowd_sectors"] and _many(token):
        return "CROWD"
    return actor.sector or ("IGO" if (actor.code or "").startswith("IGO") else None)


def _complaint_purpose(trigger: Token, verbs: frozenset[str]) -> bool:
    """"summoned the Chinese ambassador to protest against the bounties": a protest that is the
    purpose ("to …") of summoning an envoy (`complaint_purpose_verbs`) is the summoning state's
    official complaint, not a street demonstration, whether the source is read as the government or
    as the state as a whole."""
    return trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def _protesting(token: Token, verbs: frozenset[str]) -> bool:
    """"people protesting against police brutality", "supporters who had massed outside his
    home", "hundreds of people marching": people a clause on them says were protesting are
    protesters (OPP), whatever word names them."""
    heads = [token, *(o for k in token.children if k.dep_ == "prep" and k.lower_ == "of"
                      for o in k.children if o.dep_ == "pobj")]
    return any(k.dep_ in ("acl", "relcl") and k.lemma_.lower() in verbs for h in heads for k in h.children)


def _many(token: Token) -> bool:
    """A plural noun ("students", "people") or one counted ("at least 22 people")."""
    return token.tag_ in ("NNS", "NNPS") or token.lemma_.lower() == "people" \
        or any(k.dep_ == "nummod" for k in token.children)


def _state_or_body(actor: Actor) -> str | None:
    """The state an actor belongs to, or the organisation it is ("IGOEUREEC")."""
    return actor.country or actor.code


def _rebuttals(trigger: Token, verbs: frozenset[str]) -> list[Token]:
    """The clauses after a denial that answer the accusation with a verb of saying, accusing,
    naming or disputing (`verbs`): "denied any role and said Baku was lying", "…, and
    Lukashenko accused Vilnius", "…, calling the report a lie" (not "… and warned that …")."""
    return [c for c in trigger.children if c.i > trigger.i and c.pos_ in ("VERB", "AUX")
            and (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG")) and c.lemma_.lower() in verbs]


def _provocations(head: Token, marks: frozenset[str], responses: frozenset[str]) -> list[Token]:
    """The phrases that say what an act answers: "after"/"following" a deed (a phrase or a
    clause) and "in response to" one."""
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in marks:
            found.append(child)
        elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in child.children):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "in":
            found += [g for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in responses
                      for g in o.children if g.dep_ == "prep" and g.lower_ == "to"]
    return found


def _a_doer(tok: Token) -> bool:
    """Whether a word is itself a clause's subject, or one of several ("Tokyo and Washington")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _agents(clause: Token) -> list[Token]:
    """The doers a passive names in its "by" phrase ("has been accused by Manila")."""
    return [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _doers(clause: Token) -> list[Token]:
    """The subjects of a clause (its doers, or what befalls in a passive)."""
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _state_anaphor(tok: Token | None) -> Token | None:
    """The pronoun that makes a target an anaphor: "them", "it", or the "their" of "their governments"."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        return tok if tok.lower_ in STATE_PRONOUNS else None
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in STATE_PRONOUNS), None)


def _armed_group(source: Actor) -> bool:
    """Rebels and insurgents take and strike places in their own country ("M23 rebels took
    Goma"): on those the state is the target, unlike a government acting on its own state."""
    return source.sector in ARMED_GROUP_SECTORS or (source.code or "")[3:] not in ("", source.sector or "")


def _on_own_state(event: Event) -> bool:
    """An act coded on its doer's own state as a whole ("stormed a hotel in Mogadishu" read as
    an attack on Somalia), not on one of its bodies."""
    source, target = event.source, event.target
    return source is not None and target is not None and bool(source.country) \
        and target.code == source.country != source.code


def _one_blow_on_own_state(events: list[Event]) -> list[Event]:
    """"seized two towns and said they were advancing towards the capital": acts of force each
    read as one on the doer's own state as a whole are one event of a kind there, not one per
    verb."""
    struck = set()
    out = []
    for e in events:
        if e.cameo_root in FORCE_ROOTS and _on_own_state(e):
            if (e.source.code, e.target.code, e.cameo_root) in struck:
                continue
            struck.add((e.source.code, e.target.code, e.cameo_root))
        out.append(e)
    return out


def _state_as_whole(target: Actor, source: Actor, t_tok: Token, cand: Candidate) -> bool:
    """What rebels strike in their own country ("took Goma", "stormed two prisons", "a bomb at
    the gate of a hotel") is read as the state itself: their attack is on the state, whether
    the word is a place or a building or the people there (but "ambushed their convoy" is
    someone's own, "its attacks on shipping" names no deed done, and unknown gunmen strike
    the people they find, not a state they fight)."""
    return target.code == source.country != source.code and source.sector != "UAF" \
        and cand.rule.startswith("verb:") and not any(c.dep_ == "poss" for c in t_tok.children)


def _organ(actor: Actor) -> bool:
    """The state itself or one of its official bodies (government, forces, police, courts,
    parliament), not its opposition, rebels, firms or people."""
    return not actor.sector or actor.sector in STATE_SECTORS


def _a_state(actor: Actor) -> bool:
    """A state or one of its bodies or people ("Russia", "Iranian", "Dodik"), not an
    international body ("UN", "EU")."""
    return bool(actor.country) and (actor.code or "").startswith(actor.country)


def _owned(cand: Candidate) -> bool:
    """A protest's object that someone owns but that names no actor ("stormed her official
    residence", "ransacked the leader's home"): a building of the powerful, not a foreign one."""
    return cand.link.kind == "obj" and bool(cand.targets) and any(
        c.dep_ == "poss" for c in cand.targets[0].children)


def _about_itself(code: str, source: Actor, codes: list, targets: list) -> list:
    """A statement (`self_statement_codes`) about the speaker's own state ("was optimistic that the
    first grain ship would leave Odesa", said by Kyiv) is still made, aimed at no one: not an act
    on itself, which is dropped."""
    if code not in codes:
        return targets
    kept = [t for t in targets if t[1] is None or t[1].code not in (source.code, source.country)]
    return kept if kept else [(None, None, None)] if targets else targets


def _own_seat(code: str, source: Actor, targets: list) -> list:
    """A crowd's protest at a place of its own state ("marched on Islamabad", "poured into
    Belgrade"): the march is aimed at the government that sits there, not at the state itself."""
    if not code.startswith(PROTEST_ROOT) or not source.country or source.sector == "GOV" or _the_state_itself(source):
        return targets
    return [(t, Actor(target.text, f"{source.country}GOV", source.country, "GOV", None), place)
            if place is not None and target is not None and target.code == source.country else (t, target, place)
            for t, target, place in targets]


def _the_state_itself(actor: Actor) -> bool:
    """An actor named as a whole state ("Jordan", "the United States"), not its people by a
    nationality ("French air traffic controllers"): a state protests at no government of its own."""
    text = actor.text.lower().removeprefix("the ")
    return actor.sector is None and actor.name is not None and text == actor.name.lower()


def _commerce(source: Actor, target: Actor | None, t_tok: Token | None) -> bool:
    """Firms and growers dealing with each other ("the carmaker signed a supply deal with Saudi
    importers"), or with a partner named only by a nationality and a common noun ("invested in a
    Vietnamese steel mill", "sued its Taiwanese rival"): commerce, not politics."""
    if source.sector not in PRIVATE_SECTORS or target is None:
        return False
    if target.sector in PRIVATE_SECTORS:
        return True
    return (t_tok is not None and t_tok.pos_ == "NOUN" and t_tok.lemma_.lower() not in COUNTRY_NOUNS
            and target.sector is None and target.code == target.country)


def _event_date(period, modality: str, published: date | None) -> tuple[str | None, str | None]:
    """The named period, else the publication date — unless the event is history with no date."""
    if period is not None:
        return period.iso, period.precision
    if published is None or modality == "historical":
        return None, None
    return published.isoformat(), "publication"


NUMBER_WORDS = {"hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "million": 10**6,
                "millions": 10**6}


def _victims(head: Token) -> int:
    """The largest number in a victims phrase: "more than 100 villagers", "thousands of civilians"."""
    best = 0
    for tok in head.subtree:
        text = tok.text.replace(",", "")
        if text.isdigit():
            best = max(best, int(text))
        best = max(best, NUMBER_WORDS.get(tok.lower_, 0))
    return best


def _a_leader(victim: Token, titles: list[str]) -> bool:
    """Is the victim one holder of a leading office: "Hezbollah leader X", "Haniyeh, Hamas's
    political leader", "the mayor of Y"? Many ("two ministers") are war dead."""
    words = [victim, *(c for c in victim.children if c.dep_ in ("compound", "amod", "appos"))]
    return any(w.lemma_.lower() in titles and w.tag_ not in ("NNS", "NNPS") for w in words) \
        and victim.tag_ not in ("NNS", "NNPS")


def _term(verb: Token, units: list[str]) -> bool:
    """Does the verb (or its object: "jailed the activist for life") carry a length of time, "for
    seven years", "for up to 10 years"? Only a court hands down a term: a jailing with one is a sentence."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in units for o in prep.children):
                return True
    return False


def _aside_place(cand: Candidate, location: Location | None, geo: GeoContext) -> Location | None:
    """"Tsikhanouski, who was arrested in 2020, spoke in Vilnius": an act told in a relative
    clause happened where that clause says, not where the sentence's main clause is."""
    if cand.trigger.dep_ != "relcl":
        return location
    clause = list(cand.trigger.subtree)
    return locate(cand.trigger.doc[clause[0].i: clause[-1].i + 1], geo, head=cand.head, use_dateline=False)


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _coerced_person(tok: Token, source: Actor, actors: DocumentActors) -> list:
    """"Police detained four employees of a mining firm", "sentenced Hernandez": whom an arrest or
    a sentence (`coerced_person_codes`) befalls, named by no known actor, is a person of the doer's
    own state (most are), under the words the text uses — unless the sentence names another state,
    whose the person may well be ("…, prompting Tokyo to demand his release")."""
    if not source.country or tok.pos_ not in ("NOUN", "PROPN"):
        return []  # "detained him": whom a pronoun stands for is known, only not where from
    sent = tok.sent
    if any(m.entry.country not in (None, source.country) for i, m in actors.by_token.items() if sent.start <= i < sent.end):
        return []
    clauses = [c for c in tok.subtree if c.dep_ in ("relcl", "acl") and c is not tok]
    words = [t for t in tok.subtree if not any(t in c.subtree for c in clauses)]  # not "who took part in …"
    text = tok.doc[words[0].i: words[-1].i + 1].text
    return [(tok, Actor(text, f"{source.country}CVL", source.country, "CVL", None), None)]


def _pobjs(prep: Token, preps: list[str]) -> list[Token]:
    """The objects of a preposition among `preps` ("met at Camp David for a summit")."""
    return [t for t in prep.children if t.dep_ == "pobj"] if prep.dep_ == "prep" and prep.lower_ in preps else []
