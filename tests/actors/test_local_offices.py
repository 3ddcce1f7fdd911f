"""A bare local title ("the governor") is not placed by the few governors and mayors the tables
list. Sentences written for these tests."""

from datetime import date

from allegiance import code_text


def actors_of(text, day):
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in code_text(text, day)]


def test_a_bare_local_title_is_not_placed_by_the_few_holders_the_tables_list():
    # the tables list a US governor; a Sudanese governor in a story that mentions the US is still Sudan's
    text = ("The US urged calm. In Port Sudan, hundreds protested against bread shortages. "
            "The governor of Red Sea state then imposed a curfew on residents of Port Sudan.")
    got = actors_of(text, date(2024, 6, 1))
    assert ("SDNGOV", "SDNCVL") in got, got
