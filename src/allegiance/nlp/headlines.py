"""Headlines in Title Case ("Iran, Iraq Sign Security Pact") parse badly: every word looks like
a proper noun. Before parsing, such lines get sentence case — except the names the gazetteer
knows and acronyms — so the parser sees verbs as verbs. Only letter case changes, so every
character offset stays valid.
"""

from __future__ import annotations

import re

from spacy.language import Language

HEADLINE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")")
_LINE = re.compile(r"[^\n]+")


def looks_like_headline(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 20 or line.rstrip().endswith(HEADLINE_END):
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) > 0.7


def soften_headlines(text: str, nlp: Language, names) -> str:
    """`text` with Title Case headline lines put in sentence case; `names(doc)` gives the
    (start, end) token spans to keep as written."""
    if not any(looks_like_headline(m.group(0)) for m in _LINE.finditer(text)):
        return text
    out = list(text)
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not looks_like_headline(line):
            continue
        doc = nlp.make_doc(line)
        keep = {i for start, end in names(doc) for i in range(start, end)}
        for tok in doc:
            if tok.i == 0 or tok.i in keep or not tok.is_alpha or tok.is_upper:
                continue
            start = m.start() + tok.idx
            out[start:start + len(tok.text)] = tok.text.lower()
    return "".join(out)
