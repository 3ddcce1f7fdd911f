"""Accusations made by reporting: a report or finding that an actor committed a grave crime
("UN investigators said the militia was committing genocide", "the watchdog concluded that the
army was responsible for the gas attack") accuses that actor; a report that the one it is about
denies ("…, a claim Tehran denied", "…, Amnesty said, in a report Asmara dismissed") accuses the
denier. The reported deed keeps its own event. A plain report of a killing, a report of the
speaker's own deed, a duty ("responsible for security") or a denied crime accuses no one."""

from datetime import date

import pytest

from allegiance.api import code_text

DAY = date(2024, 3, 10)


def _triples(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.country if e.source else None, e.cameo, e.target.country if e.target else None)
            for e in code_text(text, DAY)}


def _accusations(text: str) -> set[tuple[str | None, str, str | None]]:
    return {t for t in _triples(text) if t[1].startswith("112")}


@pytest.mark.parametrize("text, triple", [
    # a grave crime found or reported: an atrocity (1124), blame for an attack (112)
    ("Serbian forces were committing ethnic cleansing in the border villages, Albanian investigators said.",
     ("ALB", "1124", "SRB")),
    ("Kenya's human rights commission found that Ugandan troops had committed war crimes in the border region.",
     ("KEN", "1124", "UGA")),
    ("Chile concluded that the Peruvian navy was responsible for the missile attack on the port.",
     ("CHL", "112", "PER")),
    # a report that the one it accuses denies
    ("Poland said Belarus had fired rockets across the border, a claim Minsk flatly denied.",
     ("POL", "112", "BLR")),
    ("Libyan soldiers tortured dozens of migrants near Sabha, Tunisia said, in a report Tripoli dismissed as lies.",
     ("TUN", "112", "LBY")),
])
def test_report_accuses(text, triple):
    assert triple in _triples(text)


def test_deed_keeps_its_own_event():
    triples = _triples("Poland said Belarus had fired rockets across the border, a claim Minsk flatly denied.")
    assert ("POL", "112", "BLR") in triples and any(t[0] == "BLR" and t[1] != "016" for t in triples)


@pytest.mark.parametrize("text", [
    # a plain report of a killing by a monitor or an official
    "Nigerian soldiers shot dead twelve villagers near Maiduguri, Amnesty International said.",
    "Israeli strikes killed nine people in Gaza, Palestinian health officials said.",
    # the speaker's own deed, however disputed
    "Russia said its troops had captured the village of Krasne, a claim Kyiv disputed.",
    # a duty, not blame
    "The Iraqi ministry said the Iranian guards were responsible for the security of the border.",
    # a denied crime
    "Ankara said Greek forces had not committed war crimes on the islands.",
])
def test_no_accusation(text):
    assert not _accusations(text)
