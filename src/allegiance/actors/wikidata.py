"""Import office holders from a Wikidata JSON dump into the user actor KB.

A dump (`latest-all.json`, optionally .gz or .bz2) is one JSON array with one entity per line,
so it is read line by line and never loaded whole. Two passes keep memory bounded by the small
maps of countries and positions, whatever the number of people:

1. countries (items with an ISO 3166-1 alpha-3 code, P298) and positions (items with
   "applies to jurisdiction" P1001 or "country" P17 whose English label matches a row of
   data/actors/wikidata_offices.tsv: "Minister of Foreign Affairs of Russia" -> foreign minister);
2. humans (P31 = Q5) with "position held" (P39): one row per statement whose position is known,
   dated by its start (P580) and end (P582) qualifiers, with citizenship (P27) as the country
   when the position's own jurisdiction is not a country or international body.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from allegiance.actors import userkb
from allegiance.datafiles import read_tsv

Progress = Callable[[int, int], None]  # (bytes read so far, total bytes over both passes)

# a cheap look at the raw line before parsing it: English labels and descriptions
_EN_TEXT = re.compile(rb'"en":\{"language":"en","value":"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class OfficeRule:
    pattern: re.Pattern
    office: str | None  # None: not a state office, skip the position
    sector: str | None
    scope: str  # 'national' or 'any'


@dataclass(frozen=True)
class Position:
    country: str | None  # None: use the holder's citizenship
    office: str
    sector: str | None


@dataclass
class ImportStats:
    entities: int = 0
    countries: int = 0
    positions: int = 0
    people: int = 0
    tenures: int = 0
    skipped: Counter = field(default_factory=Counter)
    _bad_lines: set = field(default_factory=set)

    def malformed(self, lineno: int) -> None:
        self._bad_lines.add(lineno)
        self.skipped["malformed JSON line"] = len(self._bad_lines)


def office_rules() -> list[OfficeRule]:
    return [OfficeRule(re.compile(r["pattern"], re.IGNORECASE), r["office"], r["sector"], r["scope"] or "national")
            for r in read_tsv("actors", "wikidata_offices.tsv")]


def match_office(label: str, rules: list[OfficeRule]) -> OfficeRule | None:
    """The first rule whose pattern the English label matches (a skip rule counts)."""
    return next((rule for rule in rules if rule.pattern.search(label)), None)


def _bodies() -> dict[str, str]:
    """Lowercased names of international organisations and armed groups -> their codes."""
    names: dict[str, str] = {}
    for table in ("organizations.tsv", "groups.tsv"):
        for row in read_tsv("actors", table):
            for name in [row["name"], *(row.get("aliases") or "").split("|")]:
                if name.strip():
                    names.setdefault(name.strip().lower().removeprefix("the "), row["code"])
    return names


def _body_in_label(label: str, bodies: dict[str, str]) -> str | None:
    """'Secretary-General of the United Nations' -> IGOUNO: the words after an 'of'."""
    words = label.split(" of ")
    for i in range(1, len(words)):
        tail = " of ".join(words[i:]).strip().lower().removeprefix("the ")
        if tail in bodies:
            return bodies[tail]
    return None


# ---- reading the dump -------------------------------------------------------------------

def _open(path: str):
    """(raw file, line reader): the raw file's position is the progress, compressed or not."""
    raw = open(path, "rb")  # noqa: SIM115  (closed by _lines)
    if path.endswith(".gz"):
        return raw, gzip.GzipFile(fileobj=raw)
    if path.endswith(".bz2"):
        return raw, bz2.BZ2File(raw)
    return raw, raw


def _lines(path: str, offset: int, total: int, on_progress: Progress | None) -> Iterator[tuple[int, bytes]]:
    """(line number, entity line without its trailing comma); brackets and blanks dropped."""
    raw, reader = _open(path)
    with raw, reader:
        for lineno, line in enumerate(reader, 1):
            if on_progress and lineno % 1000 == 0:
                on_progress(offset + raw.tell(), total)
            line = line.strip().rstrip(b",")
            if line and line not in (b"[", b"]"):
                yield lineno, line
    if on_progress:
        on_progress(offset + os.path.getsize(path), total)


def _parse(lineno: int, line: bytes, stats: ImportStats) -> dict | None:
    try:
        entity = json.loads(line)
    except ValueError:
        stats.malformed(lineno)
        return None
    if not isinstance(entity, dict):
        stats.malformed(lineno)
        return None
    return entity


# ---- reading entities -------------------------------------------------------------------

def _label(entity: dict) -> str | None:
    value = (entity.get("labels") or {}).get("en", {}).get("value")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _aliases(entity: dict) -> list[str]:
    return [a["value"] for a in (entity.get("aliases") or {}).get("en", []) if isinstance(a, dict) and a.get("value")]


def _statements(entity: dict, prop: str) -> list[dict]:
    """Non-deprecated statements of `prop`, preferred ones first."""
    found = [s for s in (entity.get("claims") or {}).get(prop, []) if s.get("rank") != "deprecated"]
    return sorted(found, key=lambda s: s.get("rank") != "preferred")


def _value(snak: dict | None):
    if not snak or snak.get("snaktype") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def _item(value) -> str | None:
    if isinstance(value, dict):
        if value.get("id"):
            return value["id"]
        if value.get("numeric-id") is not None:
            return f"Q{value['numeric-id']}"
    return None


def _items(entity: dict, prop: str) -> list[str]:
    return [q for q in (_item(_value(s.get("mainsnak"))) for s in _statements(entity, prop)) if q]


def wikidata_day(value) -> str | None:
    """'+2006-05-20T00:00:00Z' -> '2006-05-20'; month/year precision -> the first day; else None."""
    if not isinstance(value, dict) or (value.get("precision") or 0) < 9:
        return None
    match = re.match(r"\+(\d{1,4})-(\d\d)-(\d\d)T", value.get("time") or "")
    if not match:
        return None  # BCE dates and years past 9999
    year, month, day = (int(g) for g in match.groups())
    if value["precision"] < 11:
        day = 1
    if value["precision"] < 10:
        month = 1
    try:
        return date(year, month or 1, day or 1).isoformat()
    except ValueError:
        return None


def _qualifier_day(statement: dict, prop: str) -> str | None:
    for snak in (statement.get("qualifiers") or {}).get(prop, []):
        day = wikidata_day(_value(snak))
        if day:
            return day
    return None


# ---- the two passes ---------------------------------------------------------------------

def scan_places(path: str, stats: ImportStats, on_progress: Progress | None = None,
                rules: list[OfficeRule] | None = None) -> tuple[dict[str, str], dict[str, Position]]:
    """Pass 1: countries {Q-id: ISO3} and positions {Q-id: Position}."""
    rules = rules if rules is not None else office_rules()
    bodies = _bodies()
    wanted = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules if r.office), re.IGNORECASE)
    countries: dict[str, str] = {}
    raw_positions: dict[str, tuple] = {}
    total = 2 * os.path.getsize(path)
    for lineno, line in _lines(path, 0, total, on_progress):
        stats.entities += 1
        has_code = b'"P298"' in line
        if not has_code and b'"P1001"' not in line and b'"P17"' not in line:
            continue
        if not has_code and not _may_match(line, wanted):
            continue
        entity = _parse(lineno, line, stats)
        if entity is None or not str(entity.get("id", "")).startswith("Q"):
            continue
        codes = [v for v in (_value(s.get("mainsnak")) for s in _statements(entity, "P298")) if isinstance(v, str)]
        if codes:
            countries[entity["id"]] = codes[0].upper()
        label = _label(entity)
        rule = match_office(label, rules) if label else None
        if rule and rule.office:
            raw_positions[entity["id"]] = (_items(entity, "P1001"), _items(entity, "P17"),
                                           _body_in_label(label, bodies), rule)
    stats.countries = len(countries)
    positions = {}
    for qid, (jurisdictions, states, body, rule) in raw_positions.items():
        position = _resolve(jurisdictions, states, body, rule, countries)
        if position:
            positions[qid] = position
        else:
            stats.skipped["subnational position"] += 1
    stats.positions = len(positions)
    return countries, positions


def _may_match(line: bytes, wanted: re.Pattern) -> bool:
    """Could this line's English label name an office? Parse when unsure (odd formatting)."""
    texts = _EN_TEXT.findall(line)
    if not texts:
        return b'"en"' in line
    for text in texts:
        try:
            if wanted.search(json.loads(b'"' + text + b'"')):
                return True
        except ValueError:
            return True
    return False


def _resolve(jurisdictions, states, body, rule: OfficeRule, countries: dict[str, str]) -> Position | None:
    """Where a position belongs: its jurisdiction's country, an international body named in
    its label, its country (P17) for subnational posts the rule allows, else the holder's."""
    national = next((countries[q] for q in jurisdictions if q in countries), None)
    if national:
        return Position(national, rule.office, rule.sector)
    if body:
        return Position(body, rule.office, None)
    state = next((countries[q] for q in states if q in countries), None)
    if jurisdictions:  # applies to a province, city or body we do not know
        return Position(state, rule.office, rule.sector) if state and rule.scope == "any" else None
    return Position(state, rule.office, rule.sector)  # state None: citizenship decides


def iter_tenures(path: str, positions: dict[str, Position], countries: dict[str, str],
                 stats: ImportStats, on_progress: Progress | None = None) -> Iterator[dict]:
    """Pass 2: one user-KB row per known position held by a human."""
    size = os.path.getsize(path)
    for lineno, line in _lines(path, size, 2 * size, on_progress):
        if b'"P39"' not in line:
            continue
        entity = _parse(lineno, line, stats)
        if entity is None or "Q5" not in _items(entity, "P31") or not _statements(entity, "P39"):
            continue
        name = _label(entity)
        if not name:
            stats.skipped["person without English label"] += 1
            continue
        citizenship = next((countries[q] for q in _items(entity, "P27") if q in countries), None)
        seen, rows = set(), []
        for statement in _statements(entity, "P39"):
            position = positions.get(_item(_value(statement.get("mainsnak"))))
            if position is None:
                stats.skipped["position not imported"] += 1
                continue
            country = position.country or citizenship
            if not country:
                stats.skipped["no country"] += 1
                continue
            start, end = _qualifier_day(statement, "P580"), _qualifier_day(statement, "P582")
            if start and end and end <= start:
                stats.skipped["end not after start"] += 1
                continue
            key = (country, position.office, start, end)
            if key not in seen:
                seen.add(key)
                rows.append({"name": name, "aliases": _aliases(entity), "country": country,
                             "sector": position.sector, "office": position.office,
                             "start": start, "end": end, "wikidata_id": entity.get("id")})
        if rows:
            stats.people += 1
            stats.tenures += len(rows)
            yield from rows


def import_dump(path: str, kb_path: str | None = None, on_progress: Progress | None = None) -> ImportStats:
    """Read the dump twice and replace the KB's Wikidata rows with what it holds (manual rows stay)."""
    path = os.fspath(path)
    stats = ImportStats()
    countries, positions = scan_places(path, stats, on_progress)
    with userkb.UserKB(kb_path) as kb:
        kb.replace_source("wikidata", iter_tenures(path, positions, countries, stats, on_progress))
    return stats
