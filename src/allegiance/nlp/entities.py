"""Named entities read from the tokens themselves."""

from __future__ import annotations

from spacy.tokens import Span, Token


def entity_around(tok: Token) -> Span | None:
    """The named entity `tok` lies in, with its label, read from the IOB tags around it
    (doc.ents rebuilds every entity of the document on each read); None outside one."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_) if doc[start].ent_type_ else None
