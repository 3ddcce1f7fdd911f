"""A news corpus with planted trends, so the analysis can be checked against a known truth.

Real wire archives cannot ship with the project, and on real text nobody knows the "right"
drift or bloc. This generator writes invented articles (2016-01 … 2018-12) in which the truth
is planted on purpose:

* **drift** — Hungary (the *drifter*) is close to Austria (*old partner*) in 2016 and hostile
  to it in 2018, while its relations with India (*new partner*) go from cool and quarrelsome in
  2016 to close cooperation in 2018 (2017 is the turning year). Poland (steady friend) and Egypt
  (steady mixed) give Hungary partners that do not move;
* **bloc** — Chile, Colombia, Ecuador and Peru cooperate densely with each other in 2018 and
  with nobody else; in 2016 Chile quarrels with Peru, Colombia with Ecuador, and each of the
  four leans on a different outside friend;
* **syndication** — about 15% of articles are republished by another outlet, a day later or
  the same day, with a new headline and byline and one sentence reworded. They must become one
  story with their original and add no event to the counts;
* **noise** — cooperation and quarrels among a dozen other states, and sentences with nothing
  to code (markets, weather, logistics), which make up about half of every article.

The sentence shapes are the ones the coder reads reliably (meetings, praise, condemnation,
accusations, sanctions, agreements, expulsions…), plus some negated, hypothetical and future
sentences that the analysis must leave out. Countries, capitals and demonyms are public facts;
every sentence, headline and outlet name is invented for this project. The same seed always
gives the same corpus.

    python benchmarks/corpus.py corpus.jsonl                 # 320 articles + syndicated copies
    python benchmarks/corpus.py corpus.jsonl --originals-only originals.jsonl --articles 400

Python: `generate(n_articles=320, seed=11)` → `Corpus` (`.articles`, `.originals`,
`.duplicates`, `.write(path)`); the planted truth is in `PLANT`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

__all__ = ["PLANT", "Corpus", "generate", "write_jsonl"]


@dataclass(frozen=True)
class State:
    code: str
    name: str
    demonym: str
    capital: str


STATES = {
    s.code: s
    for s in (
        State("HUN", "Hungary", "Hungarian", "Budapest"),
        State("AUT", "Austria", "Austrian", "Vienna"),
        State("IND", "India", "Indian", "New Delhi"),
        State("POL", "Poland", "Polish", "Warsaw"),
        State("EGY", "Egypt", "Egyptian", "Cairo"),
        State("CHL", "Chile", "Chilean", "Santiago"),
        State("COL", "Colombia", "Colombian", "Bogota"),
        State("ECU", "Ecuador", "Ecuadorian", "Quito"),
        State("PER", "Peru", "Peruvian", "Lima"),
        State("JPN", "Japan", "Japanese", "Tokyo"),
        State("CAN", "Canada", "Canadian", "Ottawa"),
        State("KEN", "Kenya", "Kenyan", "Nairobi"),
        State("NGA", "Nigeria", "Nigerian", "Abuja"),
        State("BRA", "Brazil", "Brazilian", "Brasilia"),
        State("ESP", "Spain", "Spanish", "Madrid"),
        State("ITA", "Italy", "Italian", "Rome"),
        State("VNM", "Vietnam", "Vietnamese", "Hanoi"),
        State("IDN", "Indonesia", "Indonesian", "Jakarta"),
        State("NOR", "Norway", "Norwegian", "Oslo"),
        State("MAR", "Morocco", "Moroccan", "Rabat"),
    )
}

# The truth the analysis should recover.
PLANT = {
    "drifter": "HUN",
    "old_partner": "AUT",  # cooperative 2016 -> hostile 2018
    "new_partner": "IND",  # hostile/cool 2016 -> cooperative 2018
    "steady": ["POL", "EGY"],
    "bloc": ["CHL", "COL", "ECU", "PER"],  # a bloc in 2018, not in 2016
    "bloc_year": 2018,
    "years": [2016, 2017, 2018],
    "duplicate_share": 0.15,
}

NOISE = ["JPN", "CAN", "KEN", "NGA", "BRA", "ESP", "ITA", "VNM", "IDN", "NOR", "MAR"]
OUTSIDE_FRIEND = {"CHL": "CAN", "PER": "ESP", "COL": "BRA", "ECU": "ITA"}  # 2016 only

# Probability that an event sentence between the pair is cooperative, by year.
TONE = {
    ("HUN", "AUT"): {2016: 0.9, 2017: 0.4, 2018: 0.0},
    ("HUN", "IND"): {2016: 0.25, 2017: 0.6, 2018: 1.0},
    ("HUN", "POL"): {2016: 0.8, 2017: 0.8, 2018: 0.8},
    ("HUN", "EGY"): {2016: 0.5, 2017: 0.5, 2018: 0.5},
}
NOISE_COOPERATION = 0.6

# Articles per year and theme (the rest of the requested total is noise).
THEMES = {
    2016: {("HUN", "AUT"): 18, ("HUN", "IND"): 18, ("HUN", "POL"): 4, ("HUN", "EGY"): 3, "bloc": 12},
    2017: {("HUN", "AUT"): 16, ("HUN", "IND"): 16, ("HUN", "POL"): 4, ("HUN", "EGY"): 3, "bloc": 12},
    2018: {("HUN", "AUT"): 18, ("HUN", "IND"): 18, ("HUN", "POL"): 4, ("HUN", "EGY"): 3, "bloc": 34},
}

# -- templates (all written for this project) ----------------------------------------------
# {a}/{b}: names; {ad}/{bd}: demonyms; {ac}/{bc}: capitals; {t}: a topic. Source is `a`.

COOPERATIVE = [
    "{a}'s foreign minister met his {bd} counterpart in {bc}.",
    "{a} praised {b} for its {t}.",
    "{a} and {b} signed a defence agreement.",
    "{a} and {b} held talks on {t}.",
    "{a} thanked {b} for its help with {t}.",
    "{b} pledged aid to {a} after the floods.",
    "The {ad} prime minister hosted his {bd} counterpart in {ac}.",
    "{a} and {b} agreed to boost trade.",
    "{a} and {b} agreed to expand military cooperation.",
    "{a}'s president visited {bc} for two days of meetings.",
    "{a} supported {b}'s bid to host the next regional summit.",
    "{a} and {b} signed a trade agreement in {ac}.",
]

HOSTILE = [
    "{a} condemned {b} over {t}.",
    "{a} accused {b} of meddling in its internal affairs.",
    "{b} imposed sanctions on {a}.",
    "{a} expelled two {bd} diplomats.",
    "{a} recalled its ambassador from {b}.",
    "{b} warned {a} against abandoning the agreement.",
    "{a} criticised {b} over {t}.",
    "{a} denounced {b}'s decision to close the border.",
    "{a}'s foreign ministry summoned the {bd} ambassador in {ac}.",
]

# Not counted by the analysis: negated, hypothetical, future.
UNCOUNTED = [
    "{a} did not sign the trade agreement with {b}.",
    "{b} could impose sanctions on {a} if the dispute continues, diplomats said.",
    "{a} and {b} will hold a summit next year.",
]

TOPICS = [
    "the new gas pipeline", "grain exports", "water rights on the river", "the refugee crisis",
    "customs rules", "fishing quotas", "energy security", "the rail corridor", "debt relief",
    "the border crossings", "visa rules", "counterterrorism",
]

# Nothing to code. Each comes with the reworded form a syndicating outlet uses.
BACKGROUND = [
    ("Markets in {ac} were calm for most of the day, and traders said volumes were lower than usual.",
     "Markets in {ac} were quiet for most of the day, and traders said volumes were lower than usual."),
    ("The talks took place behind closed doors in a government building near the old city centre.",
     "The talks were held behind closed doors in a government building near the old city centre."),
    ("Few details were made public afterwards, and neither side published a joint statement.",
     "Few details were released afterwards, and neither side published a joint statement."),
    ("The weather in the region has been unusually dry this season, raising worries about the harvest.",
     "The weather in the region has been unusually hot this season, raising worries about the harvest."),
    ("Traffic was heavy in central {ac} as delegations arrived at the conference hall in the morning.",
     "Traffic was slow in central {ac} as delegations arrived at the conference hall in the morning."),
    ("Local newspapers gave the story prominent coverage on their front pages the next morning.",
     "Local newspapers gave the story wide coverage on their front pages the next morning."),
    ("Some observers described the atmosphere as cautious but more relaxed than at the last round.",
     "Some observers described the mood as cautious but more relaxed than at the last round."),
    ("The ministry's website was updated later in the evening with a short summary of the day.",
     "The ministry's website was updated late in the evening with a short summary of the day."),
    ("Prices of bread and cooking oil rose slightly in {ac} last month, according to the statistics office.",
     "Prices of bread and cooking oil rose a little in {ac} last month, according to the statistics office."),
    ("Officials did not say when the next round would be held or where it might take place.",
     "Officials would not say when the next round would be held or where it might take place."),
    ("Both delegations were smiling for the cameras as the ceremony came to an end on the terrace.",
     "Both delegations were smiling for the cameras as the ceremony drew to an end on the terrace."),
    ("Unemployment among young people remains high in {a}, especially in the smaller towns of the east.",
     "Unemployment among young people is still high in {a}, especially in the smaller towns of the east."),
    ("The {ad} currency was little changed against the dollar in thin trading on Friday afternoon.",
     "The {ad} currency was barely changed against the dollar in thin trading on Friday afternoon."),
    ("Reporting for this story came from correspondents in {ac} and {bc} who followed the meetings.",
     "Reporting for this article came from correspondents in {ac} and {bc} who followed the meetings."),
    ('"The discussions were long but useful, and we will need more of them," one participant said afterwards.',
     '"The discussions were long but helpful, and we will need more of them," one participant said afterwards.'),
    ("A group of students gathered outside the venue with banners about climate change and public transport.",
     "A group of students gathered outside the venue with placards about climate change and public transport."),
]

OUTLETS = [
    "Meridian Wire", "Danube Courier", "Andes Ledger", "Harbour Evening Post", "The Daily Compass",
    "Northern Review", "Continental Dispatch", "Riverside Herald", "Global Desk", "Plains Observer",
]
FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Priya", "Diego", "Ines", "Kofi", "Yuki", "Lars", "Sara", "Omar"]
LAST = ["Kovacs", "Morales", "Lindqvist", "Okafor", "Sato", "Brandt", "Reyes", "Mehta", "Novak", "Haddad"]

HEADLINES_COOP = ["{a} and {b} deepen ties", "{a} and {b} draw closer", "Warm words between {a} and {b}",
                  "{a} courts {b}", "New chapter for {a} and {b}"]
HEADLINES_HOSTILE = ["{a} and {b} at odds", "Row between {a} and {b} deepens", "{a} hits out at {b}",
                     "Tensions rise between {a} and {b}", "{a} and {b} trade blame"]
REHEADLINE = ["{title} (update)", "{title}, officials say", "Analysis: {title}", "{title} — wire report"]


@dataclass
class Corpus:
    """Originals and their syndicated copies, as JSONL-ready dicts in publication order."""

    originals: list[dict]
    duplicates: list[dict]  # each has `duplicate_of` naming its original's id
    articles: list[dict] = field(default_factory=list)  # both, sorted by date then id

    def write(self, path: str | Path, originals_only: bool = False) -> Path:
        return write_jsonl(self.originals if originals_only else self.articles, path)


def write_jsonl(records: list[dict], path: str | Path) -> Path:
    """One JSON object per line: id, date, title, source, author, text (what the reader takes)."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            row = {k: r[k] for k in ("id", "date", "title", "source", "author", "text")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


class _Writer:
    """Fills templates; one instance per `generate` call, so output depends only on the seed."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def fill(self, template: str, a: str, b: str) -> str:
        sa, sb = STATES[a], STATES[b]
        text = template.format(a=sa.name, b=sb.name, ad=sa.demonym, bd=sb.demonym, ac=sa.capital,
                               bc=sb.capital, t=self.rng.choice(TOPICS))
        return text[0].upper() + text[1:]

    def event(self, a: str, b: str, cooperative: bool, used: set[str]) -> str:
        """One event sentence; `used` keeps an article from repeating a template."""
        if self.rng.random() < 0.5:
            a, b = b, a  # either side may act
        pool = COOPERATIVE if cooperative else HOSTILE
        template = self.rng.choice([t for t in pool if t not in used] or pool)
        used.add(template)
        return self.fill(template, a, b)

    def byline(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def article(self, doc_id: str, day: date, pairs: list[tuple[str, str, float]]) -> dict:
        """One article about the first pair (probability of cooperation given with each pair)."""
        rng = self.rng
        a, b, p = pairs[0]
        sentences: list[str] = []
        tones: list[bool] = []
        used: set[str] = set()
        for _ in range(rng.randint(2, 4)):
            cooperative = rng.random() < p
            tones.append(cooperative)
            sentences.append(self.event(a, b, cooperative, used))
        for extra_a, extra_b, extra_p in pairs[1:]:
            sentences.append(self.event(extra_a, extra_b, rng.random() < extra_p, used))
        if rng.random() < 0.3:
            sentences.append(self.fill(rng.choice(UNCOUNTED), a, b))
        total = max(len(sentences) + 3, rng.randint(6, 10))
        background = rng.sample(range(len(BACKGROUND)), total - len(sentences))
        events_first = sentences[:1]
        body = sentences[1:] + [("bg", i) for i in background]
        rng.shuffle(body)
        parts = events_first + body
        lines, edits = [], []
        for part in parts:
            if isinstance(part, tuple):
                plain, edited = BACKGROUND[part[1]]
                lines.append(self.fill(plain, a, b))
                edits.append((len(lines) - 1, self.fill(edited, a, b)))
            else:
                lines.append(part)
        if rng.random() < 0.5:
            lines[0] = f"{STATES[rng.choice([a, b])].capital.upper()} — {lines[0]}"
        paragraphs, i = [], 0
        while i < len(lines):
            step = rng.choice([1, 2])
            paragraphs.append(" ".join(lines[i:i + step]))
            i += step
        mostly = sum(tones) * 2 >= len(tones)
        title = self.fill(rng.choice(HEADLINES_COOP if mostly else HEADLINES_HOSTILE), a, b)
        return {
            "id": doc_id, "date": day.isoformat(), "title": title, "source": rng.choice(OUTLETS),
            "author": self.byline(), "text": "\n\n".join(paragraphs),
            "_lines": lines, "_edits": edits, "_step": paragraphs,
        }

    def syndicate(self, original: dict) -> dict:
        """A copy from another outlet: new headline and byline, one sentence reworded."""
        rng = self.rng
        index, edited = rng.choice(original["_edits"])
        old = original["_lines"][index]
        paragraphs = [p.replace(old, edited) if old in p else p for p in original["_step"]]
        day = date.fromisoformat(original["date"]) + timedelta(days=rng.choice([0, 1]))
        outlet = rng.choice([o for o in OUTLETS if o != original["source"]])
        return {
            "id": f"{original['id']}-syn", "date": day.isoformat(),
            "title": rng.choice(REHEADLINE).format(title=original["title"]), "source": outlet,
            "author": self.byline(), "text": "\n\n".join(paragraphs), "duplicate_of": original["id"],
        }


def _bloc_pairs(year: int) -> list[tuple[str, str, float]]:
    """Which pairs a bloc-theme article may be about in a given year, with their tone."""
    bloc = PLANT["bloc"]
    if year == PLANT["bloc_year"]:
        return [(x, y, 0.95) for i, x in enumerate(bloc) for y in bloc[i + 1:]]
    if year == 2016:
        return [("CHL", "PER", 0.1), ("COL", "ECU", 0.1)] + [(m, f, 0.9) for m, f in OUTSIDE_FRIEND.items()]
    return [("CHL", "PER", 0.5), ("COL", "ECU", 0.5), ("CHL", "COL", 0.6), ("ECU", "PER", 0.6)] + [
        (m, f, 0.6) for m, f in OUTSIDE_FRIEND.items()
    ]


def _noise_pair(rng: random.Random) -> tuple[str, str, float]:
    a, b = rng.sample(NOISE, 2)
    return a, b, NOISE_COOPERATION


def generate(n_articles: int = 320, seed: int = 11, duplicate_share: float = 0.15) -> Corpus:
    """At least `n_articles` original articles over 2016-2018 plus their syndicated copies."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    planned: list[tuple[int, object]] = []
    for year, themes in THEMES.items():
        for theme, count in themes.items():
            planned += [(year, theme)] * count
    noise_per_year = max(0, n_articles - len(planned) + len(THEMES) - 1) // len(THEMES)
    for year in THEMES:
        planned += [(year, "noise")] * noise_per_year
    originals = []
    for year, theme in planned:
        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        if theme == "bloc":
            pairs = [rng.choice(_bloc_pairs(year))]
        elif theme == "noise":
            pairs = [_noise_pair(rng)]
        else:
            a, b = theme
            pairs = [(a, b, TONE[theme][year])]
        if theme != "bloc" and rng.random() < 0.4:
            pairs.append(_noise_pair(rng))  # a second, unrelated item in the same report
        originals.append((day, writer.article("", day, pairs)))
    originals.sort(key=lambda pair: pair[0])
    for i, (_, art) in enumerate(originals):
        art["id"] = f"a{i + 1:04d}"
    originals = [art for _, art in originals]
    chosen = rng.sample(originals, round(len(originals) * duplicate_share))
    duplicates = [writer.syndicate(art) for art in sorted(chosen, key=lambda a: a["id"])]
    for art in originals:
        for key in ("_lines", "_edits", "_step"):
            art.pop(key)
    articles = sorted(originals + duplicates, key=lambda r: (r["date"], r["id"]))
    return Corpus(originals, duplicates, articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="JSONL file to write (originals and syndicated copies)")
    parser.add_argument("--articles", type=int, default=320, help="original articles (default 320)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--originals-only", metavar="PATH", help="also write the originals alone here")
    args = parser.parse_args(argv)
    corpus = generate(args.articles, seed=args.seed)
    corpus.write(args.out)
    if args.originals_only:
        corpus.write(args.originals_only, originals_only=True)
    print(f"{len(corpus.articles)} articles ({len(corpus.originals)} originals, "
          f"{len(corpus.duplicates)} syndicated copies) written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
