"""The CAMEO table is complete and self-consistent, and lookups behave as coders expect."""

from __future__ import annotations

import pytest

from allegiance import datafiles
from allegiance.datafiles import read_tsv
from allegiance.ontology import cameo

CODES = cameo.all_codes()
BY_CODE = {c.code: c for c in CODES}


# --- the table itself -------------------------------------------------------------------


def test_table_is_large_enough_and_has_no_duplicates():
    assert len(CODES) >= 280
    assert len(BY_CODE) == len(CODES)


def test_all_twenty_roots_and_their_generic_codes_present():
    assert [r.code for r in cameo.roots()] == [f"{i:02d}" for i in range(1, 21)]
    for i in range(1, 21):
        assert f"{i:02d}0" in BY_CODE, f"generic code {i:02d}0 missing"


@pytest.mark.parametrize("code", [c.code for c in CODES])
def test_every_row_is_well_formed(code):
    c = BY_CODE[code]
    assert code.isdigit() and len(code) in (2, 3, 4)
    assert c.name.strip() and c.description.strip()
    assert isinstance(c.goldstein, float) and -10.0 <= c.goldstein <= 10.0
    assert c.root == code[:2]
    assert c.quad_class == cameo.quad_classes()[c.root]
    if len(code) > 2:
        assert code[:-1] in BY_CODE, f"parent of {code} missing"


def test_quad_class_table_is_the_documented_one():
    q = cameo.quad_classes()
    assert len(q) == 20
    assert {r for r, v in q.items() if v == 1} == {"01", "02", "03", "04", "05"}
    assert {r for r, v in q.items() if v == 2} == {"06", "07", "08"}
    assert {r for r, v in q.items() if v == 3} == {"09", "10", "11", "12", "13"}
    assert {r for r, v in q.items() if v == 4} == {f"{i}" for i in range(14, 21)}


def test_plover_types_and_modes_are_from_the_plover_table():
    types = cameo.plover_types()
    assert set(types) == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
    }
    for c in CODES:
        if c.plover is None:
            assert c.plover_mode is None, c.code
            continue
        assert c.plover in types, c.code
        if c.plover_mode is not None:
            assert c.plover_mode in types[c.plover].modes, (c.code, c.plover_mode)
    # every PLOVER type is reachable from some CAMEO code
    assert {c.plover for c in CODES if c.plover} == set(types)


def test_goldstein_sign_follows_cooperation_versus_conflict():
    # material cooperation always scores positive, verbal and material conflict negative
    for c in CODES:
        if c.quad_class == 2:
            assert c.goldstein > 0, c.code
        if c.quad_class in (3, 4):
            assert c.goldstein < 0, c.code


# --- well-known values ------------------------------------------------------------------


def test_spot_checks_of_well_known_codes():
    fight = cameo.get("190")
    assert fight.quad_class == 4 and fight.goldstein <= -9.5 and fight.plover == "ASSAULT"
    praise = cameo.get("051")
    assert praise.goldstein > 0 and praise.quad_class == 1 and praise.plover == "SUPPORT"
    assert cameo.get("042").plover_mode == "visit"
    assert cameo.get("057").plover == "AGREE"
    assert cameo.get("0312").name == "Express intent to cooperate militarily"
    assert cameo.get("0312").plover == "AGREE"
    assert cameo.get("173").plover == "COERCE"
    assert cameo.get("163").plover == "SANCTION"
    assert cameo.get("14").quad_class == 4  # protest counted as material conflict
    assert cameo.get("01").plover is None and cameo.get("010").plover is None
    assert cameo.get("2042").goldstein == -10.0
    assert cameo.normalise(21) == "021"  # no root 21, so a stripped "021" is restored


def test_parent_chain():
    assert cameo.parent("0312") == "031"
    assert cameo.parent("031") == "03"
    assert cameo.parent("03") is None
    assert [c.code for c in cameo.children("031")] == ["0311", "0312", "0313", "0314"]
    assert "030" in [c.code for c in cameo.children("03")]


# --- lookup and normalisation -----------------------------------------------------------


@pytest.mark.parametrize(
    "given, expected",
    [(42, "042"), ("42", "042"), ("3", "03"), (3, "03"), ("0312", "0312"), (312, "0312"),
     ("12", "12"), (" 190 ", "190"), ("2042", "2042")],
)
def test_normalise_restores_leading_zeros(given, expected):
    assert cameo.normalise(given) == expected
    assert cameo.get(given).code == expected


@pytest.mark.parametrize("bad", ["999", "0", "", "abc", "215", "0315", -4])
def test_unknown_codes_raise_keyerror_naming_the_code(bad):
    with pytest.raises(KeyError, match="CAMEO"):
        cameo.get(bad)
    assert not cameo.is_valid(bad)


def test_is_valid():
    assert cameo.is_valid("0312") and cameo.is_valid(42)
    assert not cameo.is_valid(None) and not cameo.is_valid(4.2)


def test_matches_hierarchy():
    assert cameo.matches("0312", "0312")
    assert cameo.matches("0312", "031")
    assert cameo.matches("0312", "03")
    assert cameo.matches("0312", ["19", "03"])
    assert cameo.matches(312, 3)
    assert not cameo.matches("0312", "032")
    assert not cameo.matches("0312", "0311")
    assert not cameo.matches("03", "031")  # a root is not under one of its codes
    assert not cameo.matches("012", "12")  # "012" is root 01, not root 12
    assert cameo.matches("1011", "10")


# --- the generic TSV reader -------------------------------------------------------------


def _fake_data(monkeypatch, tmp_path, text):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "t.tsv").write_text(text, encoding="utf-8")
    monkeypatch.setattr(datafiles, "files", lambda _pkg: tmp_path)


def test_read_tsv_skips_comments_strips_fields_and_maps_dash_to_none(monkeypatch, tmp_path):
    _fake_data(monkeypatch, tmp_path, "# about\n\na\tb\n x \t-\n# later comment\ny\tz\n")
    assert read_tsv("t.tsv") == [{"a": "x", "b": None}, {"a": "y", "b": "z"}]


def test_read_tsv_reports_file_and_line_of_a_bad_row(monkeypatch, tmp_path):
    _fake_data(monkeypatch, tmp_path, "# c\na\tb\n1\t2\n3\n")
    with pytest.raises(ValueError, match=r"t\.tsv:4"):
        read_tsv("t.tsv")


def test_real_tables_read_through_read_tsv():
    rows = read_tsv("cameo", "events.tsv")
    assert rows[0]["code"] == "01"
    assert {r["code"] for r in rows} == set(BY_CODE)
