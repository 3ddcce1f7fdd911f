"""Headlines in Title Case ("Iran, Iraq Sign Security Pact") parse badly: every word looks like
a proper noun. Before parsing, such lines get sentence case — except the names the gazetteer
knows and acronyms — so the parser sees verbs as verbs. Only letter case changes, so every
character offset stays valid.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Span

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


def verb_reading(sent: Span, is_verb) -> str | None:
    """A headline the parser read without a verb ("Biden hosts Zelensky at White House":
    'hosts' as a plural noun) rewritten so that it has one: "Biden did host Zelensky at White
    House". `is_verb(lemma)` says which words the dictionaries know as event verbs. Returns
    None when the parse already has a verb at its root or no word can be read as one."""
    if sent.text.rstrip().endswith((".", "!", "?", '"', "”")):
        return None  # a sentence of the body, not a headline (and finding the root is not free)
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i == sent.start:
        return None
    for tok in sent:
        if tok.i == sent.start or tok.tag_ not in ("NNS", "NNPS", "VBZ") or not tok.lower_.endswith("s"):
            continue
        lemma = next((c for c in _singular_verbs(tok.lower_) if is_verb(c)), None)
        if lemma is None:
            continue
        before = sent.doc.text[sent.start_char:tok.idx]
        after = sent.doc.text[tok.idx + len(tok.text):sent.end_char]
        return f"{before}did {lemma}{after}"
    return None


def _singular_verbs(word: str) -> list[str]:
    """'hosts' → host, 'pushes' → push, 'denies' → deny: the bare forms a third-person verb may have."""
    out = [word[:-1]]
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    return out
