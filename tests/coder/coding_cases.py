"""Helpers shared by the dictionary tests: code one sentence and look for an event."""

from datetime import date

from allegiance import code_text
from allegiance.ontology.cameo import matches

PUBLISHED = date(2024, 3, 4)


def dyads(text):
    """(source actor code, target actor code, CAMEO code) of each event."""
    return [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo)
            for e in code_text(text, PUBLISHED)]


def has_event(got, source, target, codes):
    """Is there, among `dyads` output, an event whose actor codes start with `source` and
    `target` ("" target: none named; None: any target) under one of `codes`?"""
    return any(s.startswith(source) and (target is None or (t.startswith(target) if target else t == ""))
               and matches(c, codes)
               for s, t, c in got)


def assert_coded(text, source, target, codes):
    """An event whose actor codes start with `source` and `target` ("" target: none named;
    None: any target, for protests the coder aims at the country's own government)."""
    got = dyads(text)
    assert has_event(got, source, target, codes), f"no {source}->{target or '-'} {codes} in {text!r}; got {got}"
