"""Train the learned fallback (src/allegiance/coder/fallback.py) on our own labelled sentences.

    python benchmarks/train_fallback.py                 # train on the tuning sets, write the model
    python benchmarks/train_fallback.py --evaluate      # also score dev and test with/without it
    python benchmarks/train_fallback.py --no-write --evaluate

Training data are the parts we tune on (gold/dev.jsonl, check.jsonl, blind.jsonl); gold/test.jsonl
is read only by --evaluate, to score.

1. Each dev sentence is coded by the dictionary path. The gold events it already matches (root
   level) are set aside: the fallback must not code them a second time.
2. Every *site* the dictionary left alone (a verb with an actor-like subject and object, see
   `fallback.sites`) is labelled with the CAMEO root of a remaining gold event whose source and
   target countries its resolved actors match, else "none".
3. The verbs the dictionary did code are added as extra examples (weight 0.3, label = the
   dictionary's root), so that the model also learns what the dictionaries know (--no-augment
   leaves them out).
4. A multinomial logistic regression over the verb's tok2vec row and hashed word features is
   fitted. The confidence threshold is chosen on cross-validated (by sentence) predictions, so
   that it is not tuned on sites the model has already seen.
5. The code emitted for a root is the most frequent gold code for that lemma and root in the
   training sites, else for that root, else the root's generic code ("190").
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "allegiance" / "data" / "models" / "fallback.npz"
TRAINING = ["dev.jsonl", "check.jsonl", "blind.jsonl"]  # the parts we tune on; test.jsonl is only scored
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]  # 0.30 … 0.90


def collect(sentences, coder):
    """Code `sentences` with the dictionary path; return (dictionary events by id, fallback
    sites, dictionary-coded verb sites already labelled with their code).

    Each site is a dict: id, site, lemma, x (features), and for fallback sites pairs (resolved
    source/target actor dicts)."""
    from allegiance.coder import fallback as fb
    from allegiance.coder.predicates import PredicateFinder

    recorded: list = []
    dictionary: list = []

    class Recorder(PredicateFinder):
        def find(self, sent, could_be_actor=None):
            found = super().find(sent, could_be_actor)
            recorded.append((sent, fb.sites(sent, self, self.could_be_actor, fb.taken_tokens(found)),
                             could_be_actor))
            for cand in found:  # what the dictionary coded: extra (weak) examples, see --augment
                if cand.trigger.pos_ == "VERB" and cand.frame is None and cand.sources and cand.targets:
                    site = fb.Site(cand.trigger, cand.sources, cand.targets,
                                   "dobj" if cand.link.kind == "obj" else min(cand.link.preps or {"none"}),
                                   {"hints": fb._hints(cand.trigger, self)})
                    dictionary.append({"id": None, "site": site, "lemma": cand.trigger.lemma_.lower(),
                                       "x": fb.features(site), "label": cand.code[:2], "code": cand.code})
            return found

    coder.finder = Recorder(coder.patterns)
    from allegiance.model import Document

    docs = (Document(id=s.id, text=s.text, date=s.date) for s in sentences)
    events, out = {}, []
    for document, evs in coder.code(docs):
        events[document.id] = [e.to_dict() for e in evs]
        for sent, found_sites, could_be_actor in recorded:
            actors = could_be_actor.__self__  # the document's DocumentActors
            for site in found_sites:
                sources = [a.to_dict() for t in site.sources for a in actors.resolve_all(t)]
                targets = [a.to_dict() for t in site.targets for a in actors.resolve_all(t)]
                pairs = [(s, t) for s in sources for t in targets if t["code"] not in (s["code"], s["country"])]
                if pairs:  # a site whose actors do not resolve never becomes an event
                    out.append({"id": document.id, "site": site, "lemma": site.verb.lemma_.lower(),
                                "pairs": pairs, "x": fb.features(site)})
        recorded.clear()
    return events, out, dictionary


def label(sentences, events, site_rows):
    """Attach `label` (a root or "none") and `code` (the gold code) to each site row."""
    from allegiance.evaluation.gold import allowed, match, same_country

    remaining = {}
    for s in sentences:
        found = match(s.events, events.get(s.id, []), lambda g, c: allowed(g, c, "root"))
        remaining[s.id] = [g for gi, g in enumerate(s.events) if gi not in found and g.scheme == "CAMEO"]
    for row in site_rows:
        row["label"], row["code"] = "none", None
        for g in remaining[row["id"]]:
            if any(same_country(g.source, s) and same_country(g.target, t) for s, t in row["pairs"]):
                row["label"], row["code"] = g.code[:2], g.code
                break
    return site_rows


def matrix(rows, dense_dim):
    from allegiance.coder.fallback import HASH_DIM

    x = np.zeros((len(rows), dense_dim + HASH_DIM), dtype=np.float32)
    for i, row in enumerate(rows):
        dense, sparse = row["x"]
        x[i, :dense.size] = dense
        x[i, [dense_dim + j for j in sparse]] = 1.0
    return x


def fit(x, y, c, extra=None, weight=0.3):
    """Fit on (x, y), plus `extra` = (x, y) examples from the dictionary at a lower weight."""
    from sklearn.linear_model import LogisticRegression

    w = np.ones(len(y))
    if extra is not None and len(extra[1]):
        x, y = np.vstack([x, extra[0]]), np.concatenate([y, extra[1]])
        w = np.concatenate([w, np.full(len(extra[1]), weight)])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y, sample_weight=w)
    return model


def gain(y, pred, prob, threshold, base):
    """Root-level F1 on dev if the fallback's confident predictions were added to `base`
    (matched, coded, gold counts of the dictionary path)."""
    matched, coded, gold = base
    fire = (pred != "none") & (prob >= threshold)
    tp = int(np.sum(fire & (pred == y)))
    matched, coded = matched + tp, coded + int(fire.sum())
    p, r = matched / coded, matched / gold
    return 2 * p * r / (p + r), tp, int(fire.sum()) - tp


def train(dev, c_values=(1.0, 3.0, 10.0), augment=True):
    from sklearn.model_selection import GroupKFold

    from allegiance.coder.coder import Coder
    from allegiance.coder.fallback import Model
    from allegiance.evaluation.gold import score

    coder = Coder()
    events, rows, aug = collect(dev, coder)
    rows = label(dev, events, rows)
    base_report = score(dev, events).levels["root"]
    base = (base_report.matched, base_report.coded, base_report.gold)
    dense_dim = max(r["x"][0].size for r in rows)
    x, y = matrix(rows, dense_dim), np.array([r["label"] for r in rows])
    groups = [r["id"] for r in rows]
    extra = None
    if augment:
        extra = (matrix(aug, dense_dim), np.array([r["label"] for r in aug]))
        print(f"augmenting with {len(aug)} dictionary-coded verb sites")
    print(f"dev: {len(rows)} sites, {int(np.sum(y != 'none'))} labelled with a root "
          f"({dict(Counter(y[y != 'none']).most_common())})")
    print(f"dictionary path on dev, root level: matched {base[0]}, coded {base[1]}, gold {base[2]}")

    best = None
    for c in c_values:
        pred, prob = np.empty(len(y), dtype=object), np.zeros(len(y))
        for tr, te in GroupKFold(n_splits=5).split(x, y, groups):
            m = fit(x[tr], y[tr], c, extra)
            p = m.predict_proba(x[te])
            pred[te] = m.classes_[p.argmax(1)]
            prob[te] = p.max(1)
        for t in THRESHOLDS:
            f1, tp, fp = gain(y, pred, prob, t, base)
            if best is None or f1 > best[0]:
                best = (f1, c, t, tp, fp)
        print(f"  C={c}: cross-validated dev F1 by threshold: "
              + ", ".join(f"{t}:{gain(y, pred, prob, t, base)[0]:.3f}" for t in THRESHOLDS[::2]))
    f1, c, threshold, tp, fp = best
    base_f1 = 2 * base[0] / (base[1] + base[2])
    print(f"chosen C={c}, threshold={threshold}: cross-validated dev root F1 {base_f1:.3f} → {f1:.3f} "
          f"({tp} right, {fp} wrong firings)")

    m = fit(x, y, c, extra)
    classes = [str(k) for k in m.classes_]
    weights, bias = m.coef_, m.intercept_
    if len(classes) == 2:  # sklearn stores one row for two classes
        weights, bias = np.vstack([-weights, weights]) / 2, np.array([-bias[0], bias[0]]) / 2
    return Model(weights.astype(np.float32), bias.astype(np.float32), classes, dense_dim, threshold,
                 codes(rows))


def codes(rows) -> dict[str, str]:
    """The code to emit: most frequent gold code per lemma+root, and per root."""
    by_lemma, by_root = defaultdict(Counter), defaultdict(Counter)
    for r in rows:
        if r["label"] != "none":
            by_lemma[f"{r['lemma']}|{r['label']}"][r["code"]] += 1
            by_root[r["label"]][r["code"]] += 1
    out = {k: v.most_common(1)[0][0] for k, v in by_root.items()}
    out.update({k: v.most_common(1)[0][0] for k, v in by_lemma.items()})
    return out


def evaluate(model, paths) -> dict:
    """Root-level P/R/F1 per gold file, with and without the fallback, and the coding time."""
    from allegiance.coder.coder import Coder
    from allegiance.coder.fallback import Fallback, FallbackFinder
    from allegiance.evaluation.gold import code_gold, load_gold, score

    plain = Coder()
    with_fb = Coder()
    with_fb.finder = FallbackFinder(with_fb.finder, Fallback(model))
    results = {}
    for path in paths:
        gold = load_gold(path)
        for name, coder in (("without", plain), ("with", with_fb)):
            start = time.perf_counter()
            coded = code_gold(gold, coder)
            seconds = time.perf_counter() - start
            report = score(gold, coded)
            fired = sum(1 for evs in coded.values() for e in evs if (e.get("rule") or "").startswith("fallback:"))
            results[f"{Path(path).stem}/{name}"] = {**report.levels["root"].to_dict(),
                                                    "fallback_events": fired, "seconds": round(seconds, 2)}
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", nargs="+", default=[str(ROOT / "gold" / f) for f in TRAINING],
                    help="gold files to train on (default: every tuning set, never the test part)")
    ap.add_argument("--test", default=str(ROOT / "gold" / "test.jsonl"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--no-write", action="store_true", help="train and report, but keep the packaged model")
    ap.add_argument("--evaluate", action="store_true", help="score dev and test with and without")
    ap.add_argument("--no-augment", dest="augment", action="store_false",
                    help="learn only from gold labels, not also from the verbs the dictionary coded")
    args = ap.parse_args(argv)

    from allegiance.evaluation.gold import load_gold

    model = train([s for path in args.dev for s in load_gold(path)], augment=args.augment)
    if not args.no_write:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        model.save(args.out)
        print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} KiB)")
    if args.evaluate:
        print(json.dumps(evaluate(model, [*args.dev, args.test]), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
