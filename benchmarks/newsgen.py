"""Deterministic news-like text for throughput measurements.

Real wire copy cannot be shipped with the project, and a benchmark needs text that
looks like the real thing to the parser: datelines, attributed quotes, passives,
subordinate clauses, negation, future plans, history and plenty of filler that
holds no event at all (roughly 40% of sentences). Everything here is invented from
templates written for this project; countries come from the project's own actor
table so the coder meets names it knows.

    >>> from benchmarks.newsgen import generate
    >>> docs = generate(200)          # >= 200 sentences, same output for the same seed
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["generate", "count_sentences", "Country"]


@dataclass(frozen=True)
class Country:
    name: str
    capital: str
    demonym: str


# Used only when the project's actor table is missing (e.g. a partial checkout).
FALLBACK = [
    Country(*row)
    for row in (
        ("Iraq", "Baghdad", "Iraqi"), ("Russia", "Moscow", "Russian"), ("China", "Beijing", "Chinese"),
        ("France", "Paris", "French"), ("Germany", "Berlin", "German"), ("Turkey", "Ankara", "Turkish"),
        ("Iran", "Tehran", "Iranian"), ("Egypt", "Cairo", "Egyptian"), ("India", "New Delhi", "Indian"),
        ("Pakistan", "Islamabad", "Pakistani"), ("Japan", "Tokyo", "Japanese"), ("Brazil", "Brasilia", "Brazilian"),
        ("Nigeria", "Abuja", "Nigerian"), ("Kenya", "Nairobi", "Kenyan"), ("Ukraine", "Kyiv", "Ukrainian"),
        ("Poland", "Warsaw", "Polish"), ("Syria", "Damascus", "Syrian"), ("Jordan", "Amman", "Jordanian"),
        ("Israel", "Jerusalem", "Israeli"), ("Qatar", "Doha", "Qatari"), ("Mexico", "Mexico City", "Mexican"),
        ("Canada", "Ottawa", "Canadian"), ("Spain", "Madrid", "Spanish"), ("Italy", "Rome", "Italian"),
        ("Ethiopia", "Addis Ababa", "Ethiopian"), ("Indonesia", "Jakarta", "Indonesian"),
        ("Vietnam", "Hanoi", "Vietnamese"), ("Argentina", "Buenos Aires", "Argentine"),
        ("South Africa", "Pretoria", "South African"), ("Saudi Arabia", "Riyadh", "Saudi"),
    )
]

OFFICES = [
    "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister",
    "Finance Minister", "Trade Minister", "Energy Minister", "Vice President", "Speaker of parliament",
    "army chief of staff", "national security adviser", "ambassador to the United Nations",
]

# (past tense, future/base form, noun phrase used in passives / background)
VERBS = [
    ("met", "meet", "met"), ("visited", "visit", "visited"), ("praised", "praise", "praised"),
    ("condemned", "condemn", "condemned"), ("accused", "accuse", "accused"), ("urged", "urge", "urged"),
    ("threatened", "threaten", "threatened"), ("attacked", "attack", "attacked"),
    ("shelled", "shell", "shelled"), ("sanctioned", "sanction", "sanctioned"),
    ("expelled diplomats from", "expel diplomats from", None),
    ("signed an agreement with", "sign an agreement with", None),
    ("held talks with", "hold talks with", None), ("pledged aid to", "pledge aid to", None),
    ("criticised", "criticise", "criticised"), ("welcomed", "welcome", "welcomed"),
    ("thanked", "thank", "thanked"), ("warned", "warn", "warned"), ("blamed", "blame", "blamed"),
    ("rejected the proposal from", "reject the proposal from", None),
    ("recognised", "recognise", "recognised"), ("supported", "support", "supported"),
    ("invaded", "invade", "invaded"), ("bombed", "bomb", "bombed"),
    ("imposed tariffs on", "impose tariffs on", None), ("hosted", "host", "hosted"),
    ("called on", "call on", None), ("apologised to", "apologise to", None),
    ("sent troops to", "send troops to", None), ("offered to mediate with", "offer to mediate with", None),
    ("denounced", "denounce", "denounced"), ("congratulated", "congratulate", "congratulated"),
]

# Verbs whose object is a place: their target is always a country or capital.
PLACE_VERBS = {"visited", "shelled", "invaded", "bombed", "sent", "expelled", "imposed", "sanctioned"}

TOPICS = [
    "the border dispute", "grain exports", "a new gas pipeline", "the refugee crisis", "oil prices",
    "the ceasefire", "water rights on the river", "debt relief", "arms purchases", "regional security",
    "the detained journalists", "the upcoming election", "a free trade zone", "counterterrorism",
]

SPEECH = ["said", "told reporters", "said in a statement", "told state television", "wrote on social media"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SYLLABLES = ["ka", "ri", "mo", "sa", "len", "dor", "vi", "ta", "nu", "bel", "ro", "an", "mir",
             "zo", "el", "dan", "ha", "li", "ser", "go", "fa", "tin", "ma", "ko", "ru", "ven"]

BACKGROUND = [
    "Markets in {cap} were calm for most of the day.",
    "The weather in the region has been unusually dry this season.",
    "Analysts expect inflation to ease slightly by the end of the year.",
    "The meeting lasted about three hours, according to officials.",
    "{Country} has a population of roughly {n} million people.",
    "Traffic was heavy in central {cap} as delegations arrived.",
    "The talks took place behind closed doors.",
    "Few details were made public afterwards.",
    "The {dem} currency has lost value against the dollar over the past year.",
    "Local newspapers gave the story prominent coverage.",
    "Some observers described the atmosphere as cautious.",
    "The ministry's website was updated later in the evening.",
    "Officials did not say when the next round would be held.",
    "Unemployment among young people remains high in {Country}.",
    "The region is home to several ethnic and religious communities.",
    "Reporting for this story came from correspondents in {cap} and {cap2}.",
    "Photographs from the ceremony showed both delegations smiling.",
    "It was the first such visit in {k} years.",
]


class _Writer:
    """Draws names and fills templates; one instance per `generate` call, so output is seeded."""

    def __init__(self, rng: random.Random, countries: list[Country]):
        self.rng = rng
        self.countries = countries

    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self) -> str:
        def word(k: int) -> str:
            return "".join(self.pick(SYLLABLES) for _ in range(k)).capitalize()

        return f"{word(self.rng.randint(2, 3))} {word(self.rng.randint(2, 3))}"

    def two_countries(self) -> tuple[Country, Country]:
        a, b = self.rng.sample(self.countries, 2)
        return a, b

    def actor(self, c: Country, style: int | None = None) -> str:
        """A way a wire story names a state actor: country, capital, titled person or demonym office."""
        style = self.rng.randrange(5) if style is None else style
        if style == 0:
            return c.name
        if style == 1:
            return f"{c.name}'s {self.pick(OFFICES)} {self.person()}"
        if style == 2:
            return f"{c.demonym} {self.pick(OFFICES)} {self.person()}"
        if style == 3:
            return f"the {c.demonym} government"
        return c.capital

    def day(self) -> str:
        return self.pick(WEEKDAYS + ["on " + w for w in WEEKDAYS[:5]])

    # -- event sentences -------------------------------------------------------------
    def event(self, dateline: str | None = None) -> str:
        a, b = self.two_countries()
        past, base, passive = self.pick(VERBS)
        src, tgt = self.actor(a), self.actor(b)
        if past.split()[0] in PLACE_VERBS:  # one shells or visits a place, not a minister
            tgt = self.pick([b.name, b.name, b.capital])
        kind = self.rng.randrange(11)
        if kind == 0 or dateline:
            lead = f"{dateline} — " if dateline else ""
            return f"{lead}{_cap(src)} {past} {tgt} on {self.pick(WEEKDAYS)}, officials said."
        if kind == 1:
            topic = self.pick(TOPICS)
            quote = f"We will not accept any pressure over {topic}"
            return f"\"{quote},\" {src} {self.pick(SPEECH)}, a day after {tgt} {past} {a.name}."
        if kind == 2 and passive:
            return f"{_cap(tgt)} was {passive} by {src} during a visit to {self.pick([a, b]).capital}."
        if kind == 3:
            return (f"Although relations have been strained for months, {src} {past} {tgt} "
                    f"in {a.capital} {self.day()}.")
        if kind == 4:
            return f"{_cap(src)} {past} {tgt}, and {b.name} responded within hours."
        if kind == 5:
            return f"{_cap(src)} did not {base} {tgt}, despite earlier reports."
        if kind == 6:
            return f"{_cap(src)} will {base} {tgt} next month, the foreign ministry announced."
        if kind == 7:
            year = self.rng.randint(1950, 2015)
            return f"In {self.pick(MONTHS)} {year}, {src} {past} {tgt}."
        if kind == 8:
            return f"{_cap(src)} said that {b.name} had {past} {a.name} over {self.pick(TOPICS)}."
        if kind == 9:
            src = self.actor(a, style=self.rng.choice((1, 2)))
            return (f"{_cap(src)}, who took office last year, {past} {tgt} "
                    f"after talks on {self.pick(TOPICS)}.")
        return f"{_cap(src)} {past} {tgt} and called for calm."

    def background(self) -> str:
        a, b = self.two_countries()
        return self.pick(BACKGROUND).format(
            cap=a.capital, cap2=b.capital, Country=a.name, dem=a.demonym,
            n=self.rng.randint(2, 140), k=self.rng.randint(3, 30),
        )

    def document(self, n_sentences: int) -> str:
        a, _ = self.two_countries()
        month = self.pick(MONTHS)
        dateline = f"{a.capital.upper()}, {month} {self.rng.randint(1, 28)} (Wire)"
        sentences = [self.event(dateline)]
        for _ in range(n_sentences - 1):
            sentences.append(self.event() if self.rng.random() < 0.6 else self.background())
        paragraphs, i = [], 0
        while i < len(sentences):
            size = self.rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[i:i + size]))
            i += size
        return "\n\n".join(paragraphs)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first(value: str | None) -> str | None:
    """First of several `|`-separated alternatives in an actor-table field."""
    if not value:
        return None
    first = value.split("|")[0].strip()
    return first or None


def load_countries() -> list[Country]:
    """Countries from the project's actor table, or the built-in list when it is absent."""
    try:
        from allegiance.datafiles import read_tsv

        rows = read_tsv("actors", "countries.tsv")
    except Exception:  # missing file or package: the benchmark still runs
        return list(FALLBACK)
    countries = []
    for row in rows:
        if row.get("status") == "historical":  # today's wire copy: no Soviet Union
            continue
        name, capital, demonym = row.get("name"), _first(row.get("capital")), _first(row.get("demonyms"))
        if name and capital and demonym and "." not in name + capital + demonym:  # keep sentence counts exact
            countries.append(Country(name, capital, demonym))
    return countries if len(countries) >= 2 else list(FALLBACK)


def generate(n_sentences: int, seed: int = 7, countries: list[Country] | None = None) -> list[str]:
    """Documents of 5–15 sentences each, together at least `n_sentences` sentences.

    The same seed (and country list) always gives the same texts.
    """
    rng = random.Random(seed)
    writer = _Writer(rng, sorted(countries or load_countries(), key=lambda c: c.name))
    docs, total = [], 0
    while total < n_sentences:
        size = rng.randint(5, 15)
        docs.append(writer.document(size))
        total += size
    return docs


_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"A-Z])")


def count_sentences(text: str) -> int:
    """Sentences as written by the templates (each ends in a full stop before a space or break)."""
    return sum(len(_SENT_END.split(p.strip())) for p in text.split("\n\n") if p.strip())


if __name__ == "__main__":
    for doc in generate(30):
        print(doc, end="\n\n----\n\n")
