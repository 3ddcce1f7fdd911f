"""Turn a scraped page into the text to code plus what the page chrome says about it.

Web pages arrive wrapped in breadcrumbs, share buttons, photo credits and bylines. Coding
those lines would invent events ("Share on Facebook") and lose metadata (who wrote it, is it
opinion). This module removes such lines and keeps what they tell us as metadata. The
patterns live in ``data/ingest/chrome.yaml`` so they can be extended without code.

The cleaner is conservative on purpose: when in doubt a line stays. Paragraphs are kept
separated by exactly one blank line because the sentence splitter treats blank lines as
hard sentence boundaries.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

import yaml

__all__ = ["Cleaned", "clean_document"]

# How many non-blank lines at each end of a document count as its head or foot: bylines,
# source lines, breadcrumbs and section labels are only looked for there.
HEAD_LINES = 6
FOOT_LINES = 6

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TERMINAL = tuple(".!?:;\"”’)…")
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via per into onto over "
    "up out off than after before about against amid".split()
)
# Words that start "By ..." body phrases, never a person's name.
_NOT_NAMES = frozenset(
    "the this that these those then now contrast comparison far default law design way "
    "night day noon midnight mid early late next last week year month itself himself "
    "herself themselves mistake chance accident order means all some most many both each "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_NAME_PARTICLES = frozenset(
    "al el ad as ash bin ibn abu de da di du van von der den la le dos das del".split()
)
# Verbs that show a "Source: ..." line is a sentence, even when written in Title Case.
_SENTENCE_VERBS = frozenset(
    "said says say told tells reported reports according claimed claims was were is are "
    "has have had will would confirmed denied".split()
)
_OUTLET_CONNECTORS = frozenset(
    "of the and & for de du des la le el al di da der die y e on".split()
)


@dataclass
class Cleaned:
    """Text ready to code, and the metadata the removed chrome revealed."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    section: str | None = "news"
    removed: list[str] = field(default_factory=list)
    dateline: str | None = None  # "ANKARA, March 4 (Agency) —": where the story was filed


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Rules:
    opinion: frozenset[str]
    home: frozenset[str]
    crumb_split: re.Pattern
    widgets: re.Pattern
    link_lists: re.Pattern
    captions: re.Pattern
    byline: re.Pattern
    roles: frozenset[str]
    outlet_words: frozenset[str]
    source: re.Pattern


def _alternation(entries: list[str], key: str, prefix: bool = False) -> re.Pattern:
    """Compile a YAML list into one case-insensitive pattern, naming a bad entry."""
    for entry in entries:
        try:
            re.compile(entry)
        except re.error as exc:
            raise ValueError(f"data/ingest/chrome.yaml: {key}: bad pattern {entry!r}: {exc}")
    body = "|".join(f"(?:{e})" for e in entries)
    if prefix:
        # Prefix patterns: capture what follows the prefix.
        return re.compile(rf"(?:{body})\s+(?P<rest>.+)", re.IGNORECASE)
    return re.compile(rf"(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    # One joinpath step at a time: works for regular and namespace packages alike.
    resource = files("allegiance").joinpath("data").joinpath("ingest").joinpath("chrome.yaml")
    text = resource.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).strip().casefold() for w in data.get(key) or [])

    seps = [str(s) for s in data.get("breadcrumb_separators") or ["/", ">"]]
    spaced = [re.escape(s) for s in seps if s in "/>|\\-"]
    anywhere = [re.escape(s) for s in seps if s not in "/>|\\-"]
    parts = []
    if spaced:
        parts.append(rf"\s+(?:{'|'.join(spaced)})\s+")
    if anywhere:
        parts.append(rf"\s*(?:{'|'.join(anywhere)})\s*")
    return _Rules(
        opinion=words("opinion_labels"),
        home=words("breadcrumb_home"),
        crumb_split=re.compile("|".join(parts)),
        widgets=_alternation(data.get("widgets") or [], "widgets"),
        link_lists=_alternation(data.get("link_list_headings") or [], "link_list_headings"),
        captions=_alternation(data.get("captions") or [], "captions"),
        byline=_alternation(data.get("byline_prefixes") or [], "byline_prefixes", prefix=True),
        roles=words("author_roles"),
        outlet_words=words("outlet_words"),
        source=_alternation(data.get("source_prefixes") or [], "source_prefixes", prefix=True),
    )


# --------------------------------------------------------------------------- helpers


def normalise(raw: str) -> str:
    """Line endings to \\n, Unicode to NFC, no invisible characters or trailing spaces."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH)
    text = text.replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _same_title(a: str, b: str) -> bool:
    """Titles compared loosely: case, quotes, spacing and a trailing ellipsis ignored."""

    def key(s: str) -> str:
        s = s.casefold().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        return " ".join(s.split()).rstrip(" .…")

    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    # A breadcrumb often truncates the title: "Iraq Seeks Russia's Military…"
    truncated = a.rstrip().endswith(("…", "...")) or b.rstrip().endswith(("…", "..."))
    shorter = min(ka, kb, key=len)
    return truncated and len(shorter) >= 15 and (ka.startswith(kb) or kb.startswith(ka))


def _capitalised(word: str) -> bool:
    first = next((c for c in word if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def looks_like_headline(line: str) -> bool:
    """Short, Title Case, no closing punctuation: "Iraq Seeks Closer Ties With Moscow"."""
    s = line.strip()
    if not s or len(s) > 150 or s.endswith((".", ",", ";", ":", "-", "–", "—")):
        return False
    words = [w for w in s.split() if any(c.isalnum() for c in w)]
    if not 2 <= len(words) <= 16:
        return False
    significant = [w for i, w in enumerate(words) if i == 0 or w.casefold() not in _SMALL_WORDS]
    return len(significant) >= 2 and all(_capitalised(w) for w in significant)


def _name_ok(name: str) -> bool:
    """1-4 capitalised words (particles like "al-" or "van" allowed): a person's name."""
    words = name.split()
    if not words or len(words) > 6:
        return False
    capital = 0
    for i, w in enumerate(words):
        bare = w.strip(".")
        if not bare:
            return False
        if bare.split("-")[0].casefold() in _NAME_PARTICLES and i > 0:
            continue
        if not re.fullmatch(r"[^\W\d_][\w.'’-]*", w) or not w[0].isupper():
            return False
        capital += 1
    return 1 <= capital <= 4 and words[0].strip(".").casefold() not in _NOT_NAMES


def _outlet_ok(text: str) -> bool:
    """Capitalised words or a web address: "The Example Times", "example.org"."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or any(w.casefold() in _SENTENCE_VERBS for w in words):
        return False
    for i, w in enumerate(words):
        if re.fullmatch(r"(https?://)?[\w-]+(\.[\w-]+)+/?", w):
            continue
        if i > 0 and w.casefold() in _OUTLET_CONNECTORS:
            continue
        if not _capitalised(w) or w.endswith((".", "!", "?")) and not re.fullmatch(r"(\w\.)+", w):
            return False
    return True


def _parse_byline(line: str, rules: _Rules) -> tuple[str, str | None] | None:
    """Return (author, outlet) when the line is a byline, else None."""
    m = rules.byline.fullmatch(line.strip())
    if not m:
        return None
    rest = m.group("rest").strip()
    outlet: str | None = None
    # "Reporting by Jane Doe; Editing by John Roe" - keep the first credit only.
    if ";" in rest:
        rest, _, tail = rest.partition(";")
        credit = r"\s*(additional )?(\w+ )?(reporting|editing|writing|graphics|translation) by .+"
        if not re.fullmatch(credit, tail, re.IGNORECASE):
            return None
    for sep in (" | ", " — ", " – ", " - "):
        if sep in rest:
            rest, _, aff = rest.partition(sep)
            if not _outlet_ok(aff.strip()):
                return None
            outlet = aff.strip()
            break
    rest = rest.strip().rstrip(".")
    chunks = [c.strip() for c in rest.split(",")]
    if len(chunks) > 1 and outlet is None:
        last = chunks[-1]
        last_words = last.casefold().split()
        is_role = any(w in rules.roles for w in last_words)
        is_outlet = (
            len(last_words) == 1
            or len(last_words) >= 3
            or last_words[:1] == ["the"]
            or any(w in rules.outlet_words for w in last_words)
            or "." in last
        )
        if is_role:
            chunks.pop()
        elif is_outlet:
            if not _outlet_ok(last):
                return None
            outlet = last
            chunks.pop()
    names: list[str] = []
    for chunk in chunks:
        # "Jane Doe in Baghdad": drop the place.
        chunk = re.sub(r"\s+in\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*){0,2}$", "", chunk)
        for part in re.split(r"\s+(?:and|&)\s+", chunk, flags=re.IGNORECASE):
            part = part.strip()
            if part.casefold().startswith("and "):
                part = part[4:].strip()
            if not _name_ok(part):
                return None
            names.append(part)
    if not names:
        return None
    return ", ".join(names), outlet


def _parse_source(line: str, rules: _Rules) -> str | None:
    """Return the outlet when the line is a "Source: <outlet>" line, else None."""
    m = rules.source.fullmatch(line.strip())
    if not m:
        return None
    outlet = m.group("rest").strip().rstrip(".").strip()
    return outlet if _outlet_ok(outlet) else None


def _parse_breadcrumb(line: str, rules: _Rules) -> list[str] | None:
    """Split "Home / World / <title>" into its elements, or None if it is not a trail."""
    parts = [p.strip() for p in rules.crumb_split.split(line.strip())]
    if len(parts) < 2 or not all(parts):
        return None
    if parts[-1].endswith((".", "!", ";", ",")):
        return None
    inner = parts[:-1]
    if any(len(p.split()) > 4 for p in inner):
        return None
    if parts[0].casefold() in rules.home:
        return parts
    if len(parts) >= 3 and all(_capitalised(p) for p in inner):
        return parts
    return None


def _label_line(line: str, rules: _Rules) -> bool:
    """A line that is only a section label: "OPINION", "Analysis:"."""
    return line.strip().rstrip(":").strip().casefold() in rules.opinion


# --------------------------------------------------------------------------- main


def clean_document(raw: str, *, known_title: str | None = None) -> Cleaned:
    """Remove page chrome from ``raw`` and return the text to code plus metadata.

    ``known_title`` is a title the input already gave (e.g. a JSONL ``title``); a copy of
    it at the top of the text is dropped rather than coded twice.
    """
    rules = _rules()
    lines = normalise(raw).split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    head = set(nonblank[:HEAD_LINES])
    foot = set(nonblank[-FOOT_LINES:])

    result = Cleaned(text="", title=None)
    opinion = False
    drop = [False] * len(lines)
    in_link_list = False

    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            in_link_list = False
            continue
        short = len(s) <= 250
        if i in head:
            crumbs = _parse_breadcrumb(s, rules)
            if crumbs:
                inner = crumbs[:-1] if len(crumbs[-1].split()) >= 3 else crumbs
                if any(c.casefold() in rules.opinion for c in inner):
                    opinion = True
                if inner is not crumbs and result.title is None:
                    result.title = crumbs[-1]
                drop[i] = True
                continue
            if _label_line(s, rules):
                opinion = True
                drop[i] = True
                continue
        if in_link_list and len(s.split()) <= 20 and not s.endswith("."):
            drop[i] = True
            continue
        in_link_list = False
        if short and rules.link_lists.fullmatch(s):
            in_link_list = True
            drop[i] = True
            continue
        if short and rules.widgets.fullmatch(s):
            drop[i] = True
            continue
        if len(s) <= 1000 and rules.captions.fullmatch(s):
            drop[i] = True
            continue
        if (i in head or i in foot) and short:
            byline = _parse_byline(s, rules)
            if byline:
                result.author = result.author or byline[0]
                result.outlet = result.outlet or byline[1]
                drop[i] = True
                continue
            outlet = _parse_source(s, rules)
            if outlet:
                result.outlet = result.outlet or outlet
                drop[i] = True
                continue
        if i in head:
            for title in (result.title, known_title):
                if title and _same_title(s, title):
                    drop[i] = True
                    break

    result.removed = [lines[i].strip() for i in range(len(lines)) if drop[i]]
    paragraphs = _paragraphs(lines, drop)

    # A standalone Title Case first line is the headline, not a sentence to code.
    if len(paragraphs) > 1 and len(paragraphs[0]) == 1 and looks_like_headline(paragraphs[0][0]):
        headline = paragraphs.pop(0)[0]
        result.removed.append(headline.strip())
        # Keep an earlier title unless the headline is the full form of a truncated one.
        longer = result.title and _same_title(headline, result.title) and len(headline) > len(result.title)
        if result.title is None or longer:
            result.title = headline.strip()
    header = _header_block(paragraphs[0]) if len(paragraphs) > 1 else None
    if header is not None:
        result.removed.extend(line.strip() for line in paragraphs.pop(0))
        result.title = result.title or header[0]
        result.dateline = header[1]
        result.outlet = result.outlet or header[2]
    for n, paragraph in enumerate(paragraphs[:2]):
        first, dateline, agency = split_dateline(paragraph[0])
        if not dateline:
            continue
        paragraph[0] = first
        result.dateline = dateline.title()
        result.outlet = result.outlet or agency
        result.removed.append(dateline)
        if n == 1 and len(paragraphs[0]) == 1 and not paragraphs[0][0].rstrip().endswith("."):
            # the line above a dateline is the headline, whatever its case
            headline = paragraphs.pop(0)[0].strip()
            result.removed.append(headline)
            result.title = result.title or headline
        break
    result.text = "\n\n".join("\n".join(p) for p in paragraphs)
    result.section = "opinion" if opinion else "news"
    return result


# "ANKARA, March 4 (Meridian News) - ", "KYIV, Ukraine, 3 March 2025 -" or "EL FASHER/PORT SUDAN,
# Sept 12 — ": the place (in capitals, or in Title Case when a date or an agency follows), an
# optional country, date and agency, then a dash. The parser would take the place for the
# sentence's subject, so it becomes metadata.
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*|(?P<titled>[A-Z][a-z'.\-]+(?:[ /][A-Z][a-z'.\-]+){0,3}))"
    r"(?P<country>,\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z](?:\.[A-Z])+\.?))?"
    rf"(?P<date>,\s*(?:{_MONTH} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?))?"
    r"\s*(?:\((?P<agency>[^()]{1,60})\))?\s*[-\u2013\u2014]{1,2}\s+(?=[A-Z0-9\u201c\u2018\"'])"
)
_CALENDAR = {*calendar.day_name, *calendar.month_name} - {""}
# "Bamako, 24 August 2024" on a line of its own, under a communiqué's header
_PLACE_DATE_LINE = re.compile(r"^(?P<place>[A-Z][\w'\- ]{1,40}),\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4}\.?$")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def split_dateline(paragraph: str) -> tuple[str, str | None, str | None]:
    """(paragraph without its dateline, the dateline's place, the agency) — or the paragraph unchanged."""
    m = _DATELINE.match(paragraph)
    # a bare "NATO - Russia talks" is no dateline: a real one has a comma, a date or an agency
    if not m or len(m.group("place")) > 60 or not any(c in m.group(0) for c in ",("):
        return paragraph, None, None
    # a Title Case place is a dateline only with its date or agency ("Sunday, April 12 -" is not)
    if m.group("titled") and (not (m.group("date") or m.group("agency")) or m.group("titled") in _CALENDAR):
        return paragraph, None, None
    place = m.group("place").split("/")[0].strip()
    return paragraph[m.end():], place, m.group("agency")


def _title_case(line: str) -> str:
    words = line.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _header_block(paragraph: list[str]) -> tuple[str, str | None, str | None] | None:
    """A leading block of capitalised lines (and a place-and-date line) heads a communiqué or
    press release: its longest line is the title, a line above it the issuer, the place line
    a dateline."""
    place = None
    caps = []
    for line in paragraph:
        m = _PLACE_DATE_LINE.match(line.strip())
        if m:
            place = m.group("place")
        elif line.strip() and line.strip() == line.strip().upper() and any(c.isalpha() for c in line):
            caps.append(line.strip())
        else:
            return None
    if not caps:
        return None
    title = max(caps, key=lambda l: len(l.split()))
    issuer = _title_case(caps[0]) if caps[0] != title else None
    return _title_case(title), place, issuer


def _paragraphs(lines: list[str], drop: list[bool]) -> list[list[str]]:
    """Group kept lines into paragraphs.

    Blank lines separate paragraphs. A removed line also ends a paragraph, unless it sat in
    the middle of a sentence (previous line unfinished, next line starts in lower case):
    then the two halves are rejoined as in the input.
    """
    paragraphs: list[list[str]] = []
    current: list[str] = []
    gap = False  # a removed line since the last kept line
    for line, dropped in zip(lines, drop):
        if dropped:
            gap = True
            continue
        if not line.strip():
            if current:
                paragraphs.append(current)
                current = []
            gap = False
            continue
        if gap and current:
            unfinished = not current[-1].rstrip().endswith(_TERMINAL)
            mid_sentence = unfinished and line.lstrip()[:1].islower()
            if not mid_sentence:
                paragraphs.append(current)
                current = []
        gap = False
        current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs
