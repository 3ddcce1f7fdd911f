"""The actor knowledge base: every name the gazetteer knows, loaded from the data files.

Each surface form ("Iraqi", "the Kremlin", "Daesh", "foreign minister") maps to one or more
`Entry` objects saying what kind of thing it names and which country/sector it implies.
"""

from __future__ import annotations

import functools
from importlib import resources
from dataclasses import dataclass, field
from datetime import date

import yaml

from allegiance.datafiles import read_tsv

# the sector an armed group's kind puts it in (groups keep their own code)
GROUP_SECTORS = {"insurgent": "INS", "terrorist": "INS", "militia": "REB", "rebel": "REB",
                 "paramilitary": "REB", "separatist": "SEP", "criminal": "CRM"}

# kinds of gazetteer entries, in the order they win when one phrase has several
KINDS = ("person", "igo", "group", "metonym", "country", "capital", "demonym", "office", "sector", "region")


@dataclass(frozen=True)
class Entry:
    kind: str
    code: str | None  # actor code this phrase implies on its own (e.g. RUSGOV, IGOUNO)
    country: str | None
    sector: str | None
    name: str


@dataclass(frozen=True)
class Tenure:
    name: str
    country: str
    sector: str | None
    office: str | None
    start: date | None
    end: date | None

    def valid_on(self, day: date | None) -> bool:
        """Tenures run [start, end): on a handover day the incoming holder is in office."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def code(self) -> str:
        return f"{self.country}{self.sector or ''}"


@dataclass
class Country:
    code: str
    name: str
    capital: str | None
    lat: float | None
    lon: float | None
    status: str
    successor: str | None
    ended: int | None = None  # a historical state: the year it ceased to exist


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    phrases: dict[str, list[Entry]] = field(default_factory=dict)  # surface form → entries
    people: dict[str, list[Tenure]] = field(default_factory=dict)  # lowercased name → tenures
    offices: dict[str, str] = field(default_factory=dict)  # any written form → the row's first form
    governing: dict[str, list[Tenure]] = field(default_factory=dict)  # group code → periods in power
    bodies: dict[str, Entry] = field(default_factory=dict)  # IGO or armed-group code → its entry
    # head nouns that name no actor ("Mexico's peso"): lemma → thing | team | sport (non_actors.tsv)
    non_actors: dict[str, str] = field(default_factory=dict)
    # surnames of the office holders ("Maduro" → the tenures of everyone called … Maduro): a bare
    # surname is the one person of that name in office on the day, if there is only one
    surnames: dict[str, list[Tenure]] = field(default_factory=dict)
    bare_surnames: set[str] = field(default_factory=set)  # phrases known only as someone's surname
    # sector words that name someone only as the one an act befalls ("a man": "target") or only
    # with a country their phrase names ("migrants": "named"), or a weapon that stands for a
    # force only with a country named ("missile": "weapon"); sectors.tsv's `only` column
    only: dict[str, str] = field(default_factory=dict)
    # descriptions that name again a state named before ("the kingdom"): words → the states
    # they fit (descriptions.tsv)
    descriptions: dict[str, frozenset[str]] = field(default_factory=dict)
    # halves of a divided land ("the North" in a story about Seoul): word → (state, the states
    # whose naming makes the word that state) (halves.tsv)
    halves: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # peoples with one home state ("Uyghur" → CHN): region_words.tsv's `home` column
    homes: dict[str, str] = field(default_factory=dict)
    # groups of states a region word names as a whole ("the Baltic states" → EST, LVA, LTU):
    # region_words.tsv's `members` column
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # region words for several states ("Arab", "Western"): region_words.tsv's `states` column
    several: set[str] = field(default_factory=set)
    _by_office: dict[str, list] = field(default_factory=dict, repr=False)

    def add(self, phrase: str | None, entry: Entry) -> None:
        if not phrase:
            return
        phrase = phrase.strip()
        entries = self.phrases.setdefault(phrase, [])
        if entry not in entries:
            entries.append(entry)

    def analysis_country(self, code: str | None) -> str | None:
        """Historical states count as their successor (the Soviet Union as Russia)."""
        country = self.countries.get(code) if code else None
        return country.successor if country and country.successor else code

    def holders(self, office: str, day: date | None) -> set[str]:
        """Countries (or bodies) where someone held `office` on `day` — for "the crown prince said"."""
        canon = self.offices.get(office, office)
        if canon not in self._by_office:
            self._by_office[canon] = [t for ts in self.people.values() for t in ts
                                      if t.office and self.offices.get(t.office, t.office) == canon]
        return {t.country for t in self._by_office[canon] if t.valid_on(day)}

    def surname_tenures(self, surname: str, day: date | None) -> list[Tenure]:
        """Offices held on `day` by the one person of that surname then in office ([] if none or several)."""
        held = [t for t in self.surnames.get(surname.lower(), []) if t.valid_on(day)]
        if len({t.name for t in held}) != 1:
            return []
        return sorted(held, key=lambda t: (t.sector != "GOV", t.sector == "PTY"))

    def tenures(self, name: str, day: date | None) -> list[Tenure]:
        """Offices `name` held on `day`, state offices before party posts."""
        held = [t for t in self.people.get(name.lower(), []) if t.valid_on(day)]
        return sorted(held, key=lambda t: (t.sector != "GOV", t.sector == "PTY"))


def _alternatives(value: str | None) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()] if value else []


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        last = last[:-1] + "ies"
    elif not last.endswith("s"):
        last += "s"
    return f"{head} {last}".strip()


def _date(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _people_rows() -> list[dict]:
    """people.tsv, every regional table in actors/people/ (one office tenure per row), and the
    user's own knowledge base (`allegiance actors add` / `import`), when there is one."""
    from allegiance.actors.userkb import people_rows

    rows = read_tsv("actors", "people.tsv")
    folder = resources.files("allegiance") / "data" / "actors" / "people"
    if folder.is_dir():
        for table in sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv")):
            rows += read_tsv("actors", "people", table)
    return rows + people_rows()


@functools.cache
def load_homonyms() -> dict[str, list[dict]]:
    """Names with several readings and the cue words for each (data/actors/homonyms.yaml)."""
    text = (resources.files("allegiance") / "data" / "actors" / "homonyms.yaml").read_text("utf-8")
    return yaml.safe_load(text) or {}


@functools.cache
def load_kb() -> KnowledgeBase:
    kb = KnowledgeBase()
    for row in read_tsv("actors", "countries.tsv"):
        code = row["code"]
        successor = row.get("successor")
        kb.countries[code] = Country(
            code, row["name"], row.get("capital"), _float(row.get("lat")), _float(row.get("lon")),
            row.get("status") or "member", successor, int(row["ended"]) if row.get("ended") else None,
        )
        country_code = successor or code
        for phrase in [row["name"], *_alternatives(row.get("aliases"))]:
            kb.add(phrase, Entry("country", code, country_code, None, row["name"]))
        for phrase in _alternatives(row.get("demonyms")):
            kb.add(phrase, Entry("demonym", code, country_code, None, row["name"]))
        for phrase in [*_alternatives(row.get("capital")), *_alternatives(row.get("capital_aliases"))]:
            kb.add(phrase, Entry("capital", f"{code}GOV", country_code, "GOV", phrase))
    organisations = {row["code"]: row["name"] for row in read_tsv("actors", "organizations.tsv")}
    for row in read_tsv("actors", "metonyms.tsv"):
        sector, code = row.get("sector"), row["country"]
        for phrase in _alternatives(row["phrase"]):
            if len(code) > 3:  # a place standing for an organisation: "Brussels" for the EU
                kb.add(phrase, Entry("igo", code, None, sector, organisations.get(code, phrase)))
            else:
                kb.add(phrase, Entry("metonym", f"{code}{sector or ''}", code, sector, phrase))
    for row in read_tsv("actors", "organizations.tsv"):
        for phrase in [row["name"], *_alternatives(row.get("aliases"))]:
            kb.add(phrase, Entry("igo", row["code"], None, None, row["name"]))
        kb.bodies.setdefault(row["code"], Entry("igo", row["code"], None, None, row["name"]))
    for row in read_tsv("actors", "groups.tsv"):
        sector = GROUP_SECTORS.get(row.get("kind") or "")
        for phrase in [row["name"], *_alternatives(row.get("aliases"))]:
            kb.add(phrase, Entry("group", row["code"], row.get("country"), sector, row["name"]))
        kb.bodies[row["code"]] = Entry("group", row["code"], row.get("country"), sector, row["name"])
    for name, readings in load_homonyms().items():  # "Congo", "Korea": ambiguous, so not in the tables
        default = next((r for r in readings if r.get("default")), None)
        if default is not None and name not in kb.phrases:
            code = str(default["country"])
            kind = "demonym" if name.endswith(("ese", "ean", "an")) else "country"
            kb.add(name, Entry(kind, code, code, None, kb.countries[code].name if code in kb.countries else name))
    for row in read_tsv("actors", "group_governments.tsv"):
        kb.governing.setdefault(row["code"], []).append(
            Tenure(row["code"], row["country"], row.get("sector"), None, _date(row.get("start")), _date(row.get("end"))))
    for row in read_tsv("actors", "region_words.tsv"):
        for phrase in _alternatives(row["phrase"]):
            kb.add(phrase, Entry("region", None, None, None, phrase))
            if row.get("home"):
                kb.homes[phrase.lower()] = row["home"]
            if row.get("members"):
                kb.members[phrase.lower()] = tuple(_alternatives(row["members"]))
            if row.get("states") == "y":
                kb.several.add(phrase.lower())
    for row in read_tsv("actors", "sectors.tsv"):
        for phrase in _alternatives(row["word"]):
            kb.add(phrase.lower(), Entry("sector", None, None, row["sector"], phrase.lower()))
            if row.get("only"):
                kb.only[phrase.lower()] = row["only"]
    for row in read_tsv("actors", "descriptions.tsv"):
        for phrase in _alternatives(row["phrase"]):
            kb.descriptions[phrase.lower()] = frozenset(_alternatives(row["countries"]))
    for row in read_tsv("actors", "halves.tsv"):
        kb.halves[row["word"].lower()] = (row["country"], frozenset(_alternatives(row["named"])))
    for row in read_tsv("actors", "non_actors.tsv"):
        for word in _alternatives(row["word"]):
            kb.non_actors[word.lower()] = row["kind"]
    for row in read_tsv("actors", "offices.tsv"):
        forms = _alternatives(row["title"])
        for phrase in forms:
            kb.offices[phrase.lower()] = forms[0].lower()
            kb.offices[_plural(phrase.lower())] = forms[0].lower()
            for form in (phrase.lower(), _plural(phrase.lower())):  # "foreign ministers" too
                kb.add(form, Entry("office", None, None, row["sector"], phrase.lower()))
    rows = [(row, [row["name"], *_alternatives(row.get("aliases"))]) for row in _people_rows()]
    # a word that is someone's listed name or also a given name ("King Abdullah", "Sheikh Ahmad
    # Abdullah") is never read as a bare surname
    not_surnames = {n.lower() for _, names in rows for n in names}
    not_surnames |= {n.split()[0].lower() for _, names in rows for n in names if " " in n}
    for row, names in rows:
        tenure = Tenure(row["name"], row["country"], row.get("sector"), row.get("office"),
                        _date(row.get("start")), _date(row.get("end")))
        state = row["country"] if len(row["country"]) == 3 else None
        for phrase in names:
            kb.people.setdefault(phrase.lower(), []).append(tenure)
            kb.add(phrase, Entry("person", None, state, None, row["name"]))
        surnames = {n.split()[-1] for n in names if " " in n}
        for surname in (w for w in surnames if w.lower() not in not_surnames):
            kb.surnames.setdefault(surname.lower(), []).append(tenure)
            if len(surname) > 2 and surname[0].isupper() and surname.replace("-", "").isalpha() \
                    and (surname not in kb.phrases or surname in kb.bare_surnames):
                kb.add(surname, Entry("person", None, None, None, surname))
                kb.bare_surnames.add(surname)
    return kb
