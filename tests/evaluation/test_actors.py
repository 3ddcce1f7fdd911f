"""Actor-resolution scoring: the scorer on hand-built data, then the whole gold/actors.jsonl."""

import json
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from allegiance.evaluation.actors import (
    UNSCORED,
    ActorGoldError,
    GoldDocument,
    GoldMention,
    evaluate_file,
    judge,
    load_actor_gold,
    miss_dict,
    score,
    span_offsets,
)
from allegiance.model import Actor

GOLD = Path(__file__).resolve().parents[2] / "gold" / "actors.jsonl"
# measured 0.98 / 0.98; the floors are issue 4's country target (0.95) and, for sector, the
# same (its target, 0.85, is lower)
COUNTRY_FLOOR = 0.95
SECTOR_FLOOR = 0.95


def _doc(*mentions, text="Moscow said it would respond. The Kremlin added that he was wrong."):
    return GoldDocument("d1", date(2022, 1, 1), text, list(mentions))


class _KB:
    """Just enough of the knowledge base for org matching: phrase → entries with codes."""

    class _E:
        def __init__(self, code, kind="igo"):
            self.code, self.kind = code, kind

    phrases: ClassVar[dict] = {"United Nations": [_E("IGOUNO")], "Hezbollah": [_E("LBNHZB", "group")]}


# -- finding spans --------------------------------------------------------------------
def test_span_offsets_match_whole_words_and_count_occurrences():
    text = "The minister met them. He said he would return, then he left."
    assert span_offsets(text, "he", 1) == (text.index("he would"), text.index("he would") + 2)
    assert span_offsets(text, "he", 2) == (text.index("he left"), text.index("he left") + 2)
    assert span_offsets(text, "he", 3) is None  # "the", "then", "them" are not "he"
    assert span_offsets(text, "He", 1) == (text.index("He"), text.index("He") + 2)


# -- reading gold files ---------------------------------------------------------------
def _write(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", "utf-8")
    return path


def test_gold_file_is_read_with_sector_left_out_meaning_unscored(tmp_path):
    path = _write(tmp_path, [{"id": "a", "date": "2020-02-10", "text": "Iraq and the UN met.", "mentions": [
        {"span": "Iraq", "occurrence": 1, "country": "IRQ", "sector": None},
        {"span": "the UN", "country": None, "org": "United Nations", "hard": "metonymy"}]}])
    [doc] = load_actor_gold(path)
    assert doc.date == date(2020, 2, 10)
    iraq, un = doc.mentions
    assert iraq.sector is None and un.sector is UNSCORED
    assert un.occurrence == 1 and un.org == "United Nations" and un.hard == "metonymy"


@pytest.mark.parametrize("row, message", [
    ({"id": "a", "text": "Iraq met Iran.", "mentions": [{"span": "Syria", "country": "SYR"}]}, "not in the text"),
    ({"id": "a", "text": "Iraq met Iran.", "mentions": [{"span": "Iran", "occurrence": 2, "country": "IRN"}]},
     "not in the text"),
    ({"id": "a", "text": "Iraq met Iran.", "mentions": [{"span": "Iran", "country": "IRN", "hard": "tricky"}]},
     "unknown hard-case tag"),
    ({"id": "a", "text": "Iraq met Iran."}, "mentions"),
    ('{"id": "a", "text": ', "not JSON"),
])
def test_a_broken_gold_line_is_named(tmp_path, row, message):
    path = _write(tmp_path, [{"id": "ok", "text": "Iraq met Iran.", "mentions": []}, row])
    with pytest.raises(ActorGoldError, match=message) as info:
        load_actor_gold(path)
    assert ":2:" in str(info.value)


def test_duplicate_ids_are_refused(tmp_path):
    row = {"id": "a", "text": "Iraq met Iran.", "mentions": []}
    with pytest.raises(ActorGoldError, match="duplicate id"):
        load_actor_gold(_write(tmp_path, [row, row]))


# -- judging one mention ----------------------------------------------------------------
def test_country_and_sector_are_judged_separately():
    m = GoldMention("Moscow", 1, "RUS", "GOV", hard="metonymy")
    right = judge(_doc(m), m, Actor("Moscow", "RUSGOV", "RUS", "GOV"), "s")
    assert right.country_ok and right.sector_ok
    half = judge(_doc(m), m, Actor("Moscow", "RUS", "RUS", None), "s")
    assert half.country_ok and half.sector_ok is False
    wrong = judge(_doc(m), m, Actor("Moscow", "USAGOV", "USA", "GOV"), "s")
    assert not wrong.country_ok and wrong.sector_ok


def test_a_bare_country_needs_no_sector_but_an_unresolved_one_is_wrong():
    m = GoldMention("Russia", 1, "RUS", None)
    assert judge(_doc(m), m, Actor("Russia", "RUS", "RUS", None), "s").sector_ok is True
    missed = judge(_doc(m), m, None, "s")
    assert not missed.country_ok and missed.sector_ok is False
    nobody = GoldMention("its crew", 1, None, None)
    unresolved = judge(_doc(nobody), nobody, None, "s")
    assert unresolved.country_ok and unresolved.sector_ok  # the gold says it names no state


def test_sector_left_out_is_not_scored():
    m = GoldMention("Russian border guards", 1, "RUS")
    r = judge(_doc(m), m, Actor("x", "RUSMIL", "RUS", "MIL"), "s")
    assert r.country_ok and r.sector_ok is None


def test_organisations_match_by_name_or_by_a_body_inside_them():
    un = GoldMention("the Security Council", 1, None, org="United Nations")
    council = Actor("the Security Council", "IGOUNOSCN", None, None, "UN Security Council")
    assert judge(_doc(un), un, council, "s", _KB()).country_ok
    assert not judge(_doc(un), un, Actor("x", "IGOWSTNAT", None, None, "NATO"), "s", _KB()).country_ok
    assert not judge(_doc(un), un, None, "s", _KB()).country_ok
    hzb = GoldMention("Hezbollah", 1, "LBN", org="Hezbollah")
    assert judge(_doc(hzb), hzb, Actor("Hezbollah", "LBNHZB", "LBN", "REB", "Hezbollah"), "s").country_ok
    # Lebanon is not Hezbollah, even though the country is the same
    assert not judge(_doc(hzb), hzb, Actor("Hezbollah", "LBN", "LBN", None, "Lebanon"), "s", _KB()).country_ok


# -- scoring ----------------------------------------------------------------------------
def test_score_reports_overall_hard_and_per_tag_accuracy_and_lists_misses():
    a = GoldMention("Moscow", 1, "RUS", "GOV", hard="metonymy")
    b = GoldMention("The Kremlin", 1, "RUS", "GOV", hard="metonymy")
    c = GoldMention("he", 1, "RUS", "GOV", hard="pronoun")
    d = GoldMention("it", 1, "RUS")
    doc = _doc(a, b, c, d)
    resolved = [
        judge(doc, a, Actor("Moscow", "RUSGOV", "RUS", "GOV"), "s1"),
        judge(doc, b, Actor("The Kremlin", "RUS", "RUS", None), "s2"),
        judge(doc, c, None, "s2"),
        judge(doc, d, Actor("it", "RUSGOV", "RUS", "GOV"), "s1"),
    ]
    report = score(resolved)
    assert (report.documents, report.mentions) == (1, 4)
    assert (report.country.correct, report.country.total) == (3, 4)
    assert (report.sector.correct, report.sector.total) == (1, 3)
    assert (report.hard_country.correct, report.hard_country.total) == (2, 3)
    metonymy_country, metonymy_sector = report.by_tag["metonymy"]
    assert metonymy_country.value == 1.0 and metonymy_sector.value == 0.5
    assert report.by_tag["pronoun"][0].value == 0.0
    assert "group" not in report.by_tag  # tags with no mentions are left out
    assert [r.mention.span for r in report.misses] == ["The Kremlin", "he"]
    miss = miss_dict(report.misses[1])
    assert miss["wrong"] == ["country", "sector"] and miss["got"] is None and miss["sentence"] == "s2"
    data = report.to_dict()
    assert data["country_accuracy"]["value"] == 0.75 and len(data["misses"]) == 2


# -- the real pipeline ------------------------------------------------------------------
@pytest.fixture(scope="module")
def full_run():
    return evaluate_file(GOLD)


def test_gold_file_is_big_enough_and_hard_enough():
    docs = load_actor_gold(GOLD)
    mentions = [m for d in docs for m in d.mentions]
    assert len(docs) >= 120
    assert len(mentions) >= 400
    assert sum(1 for m in mentions if m.hard) >= 100
    assert {m.hard for m in mentions if m.hard} >= {"metonymy", "homonym", "demonym", "possessive",
                                                    "title-alone", "pronoun", "group", "dated-role"}


def test_whole_gold_file_meets_the_floor(full_run):
    report, _ = full_run
    print(f"\nactor-country accuracy {report.country.value:.3f} ({report.country.correct}/{report.country.total}), "
          f"sector accuracy {report.sector.value:.3f} ({report.sector.correct}/{report.sector.total}); "
          f"hard cases: country {report.hard_country.value:.3f}, sector {report.hard_sector.value:.3f}")
    for tag, (country, sector) in report.by_tag.items():
        print(f"  {tag:16} n={country.total:3}  country {country.value:.2f}  sector "
              f"{'—' if sector.value is None else f'{sector.value:.2f}'}")
    assert report.country.value >= COUNTRY_FLOOR
    assert report.sector.value >= SECTOR_FLOOR


def test_a_bare_name_is_coded_by_the_office_held_on_the_day(full_run):
    _, resolved = full_run
    by = {(r.doc.id, r.mention.span): r.actor for r in resolved}
    in_2010 = by[("m003", "Nouri al-Maliki")]
    in_2020 = by[("m004", "Nouri al-Maliki")]
    assert in_2010 is not None and (in_2010.country, in_2010.sector) == ("IRQ", "GOV")
    assert in_2020 is not None and in_2020.country == "IRQ" and in_2020.sector != "GOV"
    vice = by[("m005", "Iraq's Vice President Nouri al-Maliki")]
    assert (vice.country, vice.sector) == ("IRQ", "GOV")


def test_cli_prints_json_with_misses(tmp_path):
    from allegiance.cli import actors_eval  # noqa: F401  (registers the command)
    from allegiance.cli.app import app

    path = _write(tmp_path, [{"id": "x", "date": "2022-07-08", "text": "The Kremlin rejected the proposal.",
                              "mentions": [{"span": "The Kremlin", "country": "RUS", "sector": "MIL"}]}])
    result = CliRunner().invoke(app, ["evaluate-actors", str(path), "--format", "json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mentions"] == 1 and data["country_accuracy"]["value"] == 1.0
    assert data["sector_accuracy"]["value"] == 0.0
    assert data["misses"][0]["span"] == "The Kremlin" and data["misses"][0]["wrong"] == ["sector"]


def test_cli_names_a_broken_gold_file_and_exits_1(tmp_path):
    from allegiance.cli import actors_eval  # noqa: F401
    from allegiance.cli.app import app

    path = _write(tmp_path, ['{"id": "x", "text": "Iraq.", "mentions": [{"span": "Iran", "country": "IRN"}]}'])
    result = CliRunner().invoke(app, ["evaluate-actors", str(path)])
    assert result.exit_code == 1
