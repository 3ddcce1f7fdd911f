"""A verdict inside reported speech: "Ottawa said Beijing's detention of the two men was
unjustified", "Cairo said Greece was a reliable partner". A speaker who says that an actor, or a
deed with a doer, is bad (or good) criticises (or praises) that actor or doer. A verdict on a deed
with no doer, on the speaker's own deed, or a denied verdict is no event."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


@pytest.mark.parametrize("text, triple", [
    # the deed's doer is its possessor, a "by" phrase, or an adjective before it
    ("Ottawa said Beijing's detention of the two men was unjustified.", ("CAN", "111", "CHN")),
    ("Lithuania's foreign minister told reporters that the border closure ordered by Minsk was illegal.",
     ("LTU", "111", "BLR")),
    ("Tokyo said the Chinese drills near the islands were a dangerous provocation.", ("JPN", "111", "CHN")),
    # a clause as the subject: its doer ("what X did", a bare relative the parser reads so)
    ("Vilnius said what Minsk did at the border was illegal.", ("LTU", "111", "BLR")),
    # the verdict passed on an actor itself
    ("The Ukrainian president said Belarus was a puppet of the Kremlin.", ("UKR", "111", "BLR")),
    ("Cairo said Greece was a reliable partner in the region.", ("EGY", "051", "GRC")),
])
def test_verdict_in_reported_speech(text, triple):
    assert triple in _triples(text)


@pytest.mark.parametrize("text", [
    # a verdict on something nobody did
    "Officials in Lagos said the security situation was dangerous.",
    # a deed with no doer named in the clause
    "Officials in Rome said attacking the convoy was a crime.",
    # the speaker's own deed
    "Moscow said its decision to expel the diplomats was important.",
    # a denied verdict
    "Paris said the Algerian decision was not illegal.",
])
def test_no_verdict_on_anyone(text):
    assert not {t for t in _triples(text) if t[1] in ("111", "051")}
