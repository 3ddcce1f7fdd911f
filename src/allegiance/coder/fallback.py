"""A learned fallback for verbs the pattern dictionaries do not know.

The dictionaries code what they list and nothing else: "Ankara bankrolled the militia" or "Seoul
courted Hanoi" pass silently. The fallback looks at the verbs the dictionary path left alone that
still link two possible actors (a subject, and a direct object or a prepositional object), and
asks a small linear classifier which CAMEO root — if any — the verb expresses. It reads only what
the spaCy pipeline has already computed (the tok2vec row of the verb, lemmas, dependency labels),
so it costs a dot product per site, not a second model. It speaks only above a confidence
threshold, and every event it codes has ``rule = "fallback:<lemma>"``.

The model (``data/models/fallback.npz``) is trained by ``benchmarks/train_fallback.py`` on our
own labelled sentences (``gold/dev.jsonl``; never the test part). See docs/fallback.md.
"""

from __future__ import annotations

import functools
import json
import zlib
from dataclasses import dataclass, field
from importlib.resources import files

import numpy as np
from spacy.tokens import Span, Token

from allegiance.coder.patterns import Link
from allegiance.coder.predicates import PredicateFinder
from allegiance.coder.syntax import Candidate, conjuncts

MODEL_FILE = "fallback.npz"
HASH_DIM = 1 << 12  # buckets for the sparse word features
NONE = "none"  # the class "this verb is no event between these actors"
SKIP_LEMMAS = {"be", "have", "do", "become", "remain", "seem", "include", "get"}
# prepositions that never introduce the other side of an event ("of", "about" …)
SKIP_PREPS = {"of", "about", "as", "like", "despite", "since", "than"}
FALLBACK_WEIGHT = 0.6  # base confidence of a fallback event (dictionary events start at 0.7–0.9)


@dataclass
class Site:
    """One place the fallback may code: a verb with its actor-like subject(s) and object(s)."""

    verb: Token
    sources: list[Token]
    targets: list[Token]
    link: str  # "dobj", "passive", or the preposition ("with", "to", …)
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- finding sites


def sites(sent: Span, finder: PredicateFinder, could_be_actor, taken: set[int]) -> list[Site]:
    """Verbs of `sent` not in `taken` whose subject and object could both name an actor."""
    speech = finder.p.clauses["speech_verbs"]
    claims = finder.claims
    blocked = set(taken)
    for tok in sent:  # what an accusation claims is not an event (as in the dictionary path)
        if tok.lemma_.lower() in claims:
            blocked.update(finder._claimed(tok))
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in blocked:
            continue
        lemma = verb.lemma_.lower()
        if lemma in SKIP_LEMMAS or lemma in speech or lemma in claims:
            continue
        site = _site(verb, finder, could_be_actor)
        if site is not None:
            out.append(site)
    return out


def _site(verb: Token, finder: PredicateFinder, could_be_actor) -> Site | None:
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        sources = conjuncts(pobj) if pobj is not None else []
        targets = [t for p in passive for t in conjuncts(p)]
        link = "passive"
    else:
        sources = finder.subjects(verb)
        targets, link = _objects(verb, finder, could_be_actor)
    sources = [t for t in sources if could_be_actor(t)]
    targets = [t for t in targets if could_be_actor(t) and t not in sources]
    if not sources or not targets:
        return None
    return Site(verb, sources, targets, link, {"hints": _hints(verb, finder)})


def _hints(verb: Token, finder: PredicateFinder) -> list[str]:
    """What the dictionaries say about these words even though no pattern matched: the roots
    the verb (or its object noun) codes elsewhere, and the frame it belongs to."""
    hints = []
    for key in finder._keys(verb):
        hints += [f"dict={r.code[:2]}" for r in finder.p.verbs.get(key, [])]
        if key in finder.p.frames:
            hints.append(f"frame={finder.p.frames[key]}")
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None:
        hints += [f"objnoun={r.code[:2]}" for r in finder.p.nouns.get(dobj.lemma_.lower(), [])]
    return sorted(set(hints))


def _objects(verb: Token, finder: PredicateFinder, could_be_actor) -> tuple[list[Token], str]:
    """The direct object when it names someone, else the first prepositional object that does
    (on the verb, or one step down on its object: "signed a pact with Hanoi")."""
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lower_ not in finder.reflexive and dobj.lower_ not in finder.relative:
        found = [t for t in conjuncts(dobj) if could_be_actor(t)]
        if found:
            return found, "dobj"
    holders = [verb] + ([dobj] if dobj is not None else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ in SKIP_PREPS:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lower_ in finder.reflexive:
                continue
            found = [t for t in conjuncts(pobj) if could_be_actor(t)]
            if found:
                return found, prep.lower_
    return [], "none"


# ---------------------------------------------------------------- features


def _bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % HASH_DIM


def sparse_names(site: Site) -> list[str]:
    """The word features of a site, as readable names (hashed into buckets for the model)."""
    verb = site.verb
    lemma = verb.lemma_.lower()
    names = [f"lemma={lemma}", f"link={site.link}", f"lemma+link={lemma}+{site.link}",
             f"dep={verb.dep_}", f"tag={verb.tag_}"]
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None:
        names += [f"obj={dobj.lemma_.lower()}", f"lemma+obj={lemma}+{dobj.lemma_.lower()}"]
    for c in verb.children:
        if c.dep_ in ("prt", "prep") and c.lower_ not in SKIP_PREPS:
            names.append(f"lemma+{c.dep_}={lemma}+{c.lower_}")
        if c.dep_ == "neg":
            names.append("negated")
        if c.dep_ == "aux" and c.tag_ == "MD":
            names.append("modal")
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ == "VERB":
        names.append(f"governor={verb.head.lemma_.lower()}")
    names += site.extra.get("hints", [])
    names.append("bias")
    return names


def features(site: Site) -> tuple[np.ndarray, list[int]]:
    """Dense part (the verb's tok2vec row, unit length) and sparse part (bucket indices)."""
    tensor = site.verb.doc.tensor
    if tensor is None or tensor.size == 0:
        dense = np.zeros(0, dtype=np.float32)
    else:
        dense = np.asarray(tensor[site.verb.i], dtype=np.float32)
        norm = float(np.linalg.norm(dense))
        dense = dense / norm if norm else dense
    return dense, sorted({_bucket(n) for n in sparse_names(site)})


def vector(site: Site, dense_dim: int) -> np.ndarray:
    """The full feature vector: dense row followed by a 0/1 indicator per hashed bucket."""
    dense, sparse = features(site)
    x = np.zeros(dense_dim + HASH_DIM, dtype=np.float32)
    x[:min(dense_dim, dense.size)] = dense[:dense_dim]
    x[[dense_dim + i for i in sparse]] = 1.0
    return x


# ---------------------------------------------------------------- the model


@dataclass
class Model:
    """Multinomial logistic regression stored as plain arrays (no pickles)."""

    weights: np.ndarray  # classes × features
    bias: np.ndarray  # classes
    classes: list[str]  # "none", "01" … "20"
    dense_dim: int
    threshold: float
    codes: dict[str, str]  # "lemma|root" or "root" → CAMEO code to emit

    def proba(self, x: np.ndarray) -> np.ndarray:
        scores = self.weights @ x + self.bias
        scores = scores - scores.max()
        e = np.exp(scores)
        return e / e.sum()

    def predict(self, site: Site) -> tuple[str, float]:
        """The most likely class of a site and its probability."""
        p = self.proba(vector(site, self.dense_dim))
        best = int(p.argmax())
        return self.classes[best], float(p[best])

    def code_for(self, lemma: str, root: str) -> str:
        return self.codes.get(f"{lemma}|{root}") or self.codes.get(root) or f"{root}0"

    def save(self, path) -> None:
        meta = {"classes": self.classes, "dense_dim": self.dense_dim, "threshold": self.threshold,
                "codes": self.codes, "hash_dim": HASH_DIM}
        np.savez_compressed(path, weights=self.weights.astype(np.float16), bias=self.bias.astype(np.float32),
                            meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8))

    @classmethod
    def read(cls, path) -> "Model":
        with np.load(path) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if meta.get("hash_dim") != HASH_DIM:
                raise ValueError(f"{path}: trained with {meta.get('hash_dim')} hash buckets, code uses {HASH_DIM}")
            return cls(data["weights"].astype(np.float32), data["bias"].astype(np.float32), meta["classes"],
                       meta["dense_dim"], meta["threshold"], meta["codes"])


def model_path():
    return files("allegiance").joinpath("data").joinpath("models").joinpath(MODEL_FILE)


# ---------------------------------------------------------------- the fallback


class Fallback:
    """Codes the sites the dictionary left alone, when the model is confident enough."""

    def __init__(self, model: Model, threshold: float | None = None):
        self.model = model
        self.threshold = model.threshold if threshold is None else threshold

    @classmethod
    def load(cls, threshold: float | None = None) -> "Fallback | None":
        """The packaged model, or None when it is missing (the coder then runs without it)."""
        model = _packaged_model()
        return None if model is None else cls(model, threshold)

    def candidates(self, sent: Span, finder: PredicateFinder, actors, taken: set[int]) -> list[Candidate]:
        """Fallback candidates for one sentence; `taken` = token indices the dictionary used.
        `actors` is the document's DocumentActors (or just its `could_be_actor` test)."""
        could_be_actor = getattr(actors, "could_be_actor", actors)
        out = []
        for site in sites(sent, finder, could_be_actor, taken):
            label, p = self.model.predict(site)
            if label == NONE or p < self.threshold:
                continue
            lemma = site.verb.lemma_.lower()
            link = Link("obj") if site.link in ("dobj", "passive") else Link("prep", frozenset({site.link}))
            out.append(Candidate(self.model.code_for(lemma, label), f"fallback:{lemma}", site.verb,
                                 sources=site.sources, targets=site.targets, link=link,
                                 inherited_source=not any(c.dep_ == "nsubj" for c in site.verb.children)
                                 and site.link != "passive",
                                 weight=FALLBACK_WEIGHT))
        return out


def taken_tokens(found: list[Candidate]) -> set[int]:
    """Token indices the dictionary path used as triggers or frames."""
    return {t.i for c in found for t in (c.trigger, c.frame) if t is not None}


class FallbackFinder(PredicateFinder):
    """The dictionary finder followed by the fallback: a drop-in `Coder.finder` that adds the
    fallback without touching the coder (used by the training script and the tests)."""

    def __init__(self, finder: PredicateFinder, fallback: Fallback):
        super().__init__(finder.p)
        self.fallback = fallback

    def find(self, sent: Span, could_be_actor=None) -> list[Candidate]:
        found = super().find(sent, could_be_actor)
        return found + self.fallback.candidates(sent, self, self.could_be_actor, taken_tokens(found))


@functools.cache
def _packaged_model() -> Model | None:
    path = model_path()
    try:
        with path.open("rb") as fh:
            return Model.read(fh)
    except FileNotFoundError:
        return None
