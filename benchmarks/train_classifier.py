"""Train the injection classifier and write the weights the package ships.

    pip install -e '.[train]'
    python benchmarks/train_classifier.py [--public DEV.jsonl] [--out PATH] [--dry-run]

L2-regularised logistic regression (scikit-learn's liblinear, deterministic with a fixed seed)
over the package's hashed features; the package reads the result as int8 weights in pure
Python, so numpy and scikit-learn are needed to train, never to run. Before quantising, the
weights are clipped at the 99.9th percentile of their magnitudes: a few n-grams that only
ever appeared in attacks get huge weights, and held out (train on rounds up to 83 or 99,
measure on the rounds after) the clipped model blocked 2-4 points more at the same false
positives than the unclipped one.

It learns only from the training side (`classifier_data.TRAIN_SPLITS`) and never reads the
held-out splits. Both thresholds are chosen by cross-validation on the training side alone:
each fold holds whole written rounds (every ninth round, so a fold's rounds are ones its model
never saw, as the next round will be) and the public dev cases are spread over the folds by a
hash.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from classifier_data import TRAIN_SPLITS, WRITTEN_TRAIN, round_of, splits
from injection_eval import DEFAULT_DATA, ROOT, Case
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from delegate.trust import InjectionFilter
from delegate.trust.classifier import FEATURE_BITS, WEIGHTS_FILE, ClassifierJudge, Weights, features
from delegate.trust.filter import BLOCK_AT, FLAG_AT

OUT = ROOT / "delegate" / "trust" / WEIGHTS_FILE
SEED = 20240611
FOLDS = 9  # whole written rounds per fold (a fold per round cost three times as long for the same thresholds)
# Targets for the thresholds, on out-of-fold scores: block at most this share of benign texts that the
# rules alone let through (the classifier's own false positives: the rules' are theirs, and fresh benign
# rounds put them near the 1% already, 0.7-2.0% by wave), and alone flag at most that share. A 0.7%
# share (95.1% recall out of fold on rounds 1-171, against 92.9%) took fresh rounds 180-187 to 95.6% at 2.25%
# false positives and the public holdout to 1.60%; at 0.4%, 93.6% at 1.88% and 0.91%.
ADDED_BLOCK_FPR = 0.004
FLAG_FPR = 0.03
# Public subsets whose attacks are their own benign texts with an injection added (BIPIA's e-mails and code answers):
# learnt from, the model takes the shared text for a sign of attack (out of fold, such e-mails were most of the
# false alarms it added on the public set). Their attacks are scored, never learnt; their benign texts are learnt
# (the e-mails and code answers as they are), since unseen they were the model's commonest public false alarm.
NOT_LEARNT = ("bipia_",)
C = 300.0  # inverse L2 strength: 100-1000 scored alike held out; the clipping below does the rest
CLIP_QUANTILE = 0.999  # held out, 0.998-0.9995 scored alike, 0.99 and no clipping worse


@dataclass(frozen=True, slots=True)
class Example:
    buckets: list[int]
    label: int
    rules_score: float  # the rules' verdict score, for choosing thresholds as the gate combines
    fold: int
    split: str
    # False: scored out of fold (its false alarms bound the thresholds), never learnt from (`NOT_LEARNT`)
    learnt: bool = True


def learnt(case: Case) -> bool:
    """Whether the model learns from `case`: everything but the attacks of `NOT_LEARNT` subsets."""
    return not (case.label and case.subset.startswith(NOT_LEARNT))


def fold_of(case: Case, written: bool) -> int:
    if written:
        return (round_of(case) - 1) % FOLDS
    return int.from_bytes(hashlib.sha256(case.text.encode("utf-8")).digest()[4:8], "big") % FOLDS


def train(examples: Sequence[Example]) -> Weights:
    """Fit on `examples` and quantise: the model as the package will read it, thresholds still open."""
    # One entry per bucket of each text, a colliding bucket twice: summed, it is what `Weights.probability`
    # computes (the weights of the text's buckets over the square root of their number).
    indptr = np.cumsum([0, *(len(e.buckets) for e in examples)])
    indices = np.fromiter((b for e in examples for b in e.buckets), dtype=np.int64, count=int(indptr[-1]))
    values = np.repeat([1 / np.sqrt(max(len(e.buckets), 1)) for e in examples], np.diff(indptr))
    x = csr_matrix((values, indices, indptr), shape=(len(examples), 1 << FEATURE_BITS))
    x.sum_duplicates()
    y = np.array([e.label for e in examples])
    model = LogisticRegression(C=C, solver="liblinear", random_state=SEED, max_iter=500).fit(x, y)
    weights = model.coef_[0]
    touched = np.abs(weights[weights != 0])
    scale = float(np.quantile(touched, CLIP_QUANTILE)) / 127 if touched.size else 1.0
    table = array("b", np.clip(np.round(weights / scale), -127, 127).astype(np.int8).tobytes())
    return Weights(float(model.intercept_[0]), scale, table, 0.5, 0.9, {})


def combined_blocks(p: float, rules_score: float, judge: ClassifierJudge) -> bool:
    """Whether `TrustGate` would block, given the rules' score and this judge's probability."""
    return rules_score >= judge.block_at or rules_score + judge.weight(p) >= judge.block_at


@dataclass(frozen=True, slots=True)
class Choice:
    flag_p: float
    block_p: float
    recall: float  # out of fold, with the rules, as the gate combines them
    fpr: float
    alone_flag_fpr: float  # benign texts the classifier alone flags or blocks
    split_recall: float  # the mean of each training split's recall: what the choice maximises


def choose_thresholds(oof: Sequence[tuple[float, Example]]) -> Choice:
    """The (flag_p, block_p) with the best mean of the splits' combined recall within both false-positive targets.

    The bound on added false alarms holds on each training split, not only pooled: the public benign
    texts are everyday requests, the written ones hard cases, and pooled the written ones outnumber
    them thirteen to one (a pooled bound let the classifier add 1.3% false alarms on the public ones).
    For the same reason the recall maximised is each split's, averaged: pooled, thirty written attacks
    to each public one chose a flag band 0.001 wide on rounds 1-235, and the public dev split's recall
    out of fold fell from 95.5% to 94.6% for 0.1 point on the written rounds.
    """
    p = np.array([q for q, _ in oof])
    label = np.array([ex.label for _, ex in oof], dtype=bool)
    split = np.array([ex.split for _, ex in oof])
    names = dict.fromkeys(split.tolist())
    benign_by_split = [(split == name) & ~label for name in names]
    attacks_by_split = [m for m in ((split == name) & label for name in names) if m.any()]
    rules = np.array([ex.rules_score for _, ex in oof])
    ruled = rules >= BLOCK_AT
    negatives = np.sort(p[~label])[::-1]
    pos, neg = int(label.sum()), len(negatives)
    # Candidates: just above each of the highest benign probabilities (so that one passes).
    candidates = sorted({float(q) + 1e-9 for q in negatives[: int(neg * FLAG_FPR) + 2]}, reverse=True)
    best = Choice(1.0, 1.0, 0.0, 0.0, 0.0, 0.0)
    for block_p in candidates:
        for flag_p in [c for c in candidates if c < block_p]:
            # `ClassifierJudge.weight`, vectorised: block_at from block_p, a share of the way up from flag_p
            share = (p - flag_p) / (block_p - flag_p)
            middle = np.round(FLAG_AT + share * 0.99 * (BLOCK_AT - FLAG_AT), 4)
            weight = np.where(p >= block_p, BLOCK_AT, np.where(p < flag_p, 0.0, middle))
            blocked = ruled | (rules + weight >= BLOCK_AT)
            added = max((blocked & ~ruled & benign).sum() / benign.sum() for benign in benign_by_split)
            alone = int(((p >= flag_p) & ~label).sum())
            if added > ADDED_BLOCK_FPR or alone / neg > FLAG_FPR:
                continue
            split_recall = float(
                np.mean([(blocked & attacks).sum() / attacks.sum() for attacks in attacks_by_split])
            )
            if split_recall > best.split_recall:
                tp, fp = int((blocked & label).sum()), int((blocked & ~label).sum())
                best = Choice(flag_p, block_p, tp / pos, fp / neg, alone / neg, split_recall)
    return best


def out_of_fold(examples: Sequence[Example]) -> list[tuple[float, Example]]:
    scored: list[tuple[float, Example]] = []
    for fold in range(FOLDS):
        model = train([e for e in examples if e.fold != fold and e.learnt])
        scored += [(model.probability(e.buckets), e) for e in examples if e.fold == fold]
    return scored


def report_by_split(oof: Sequence[tuple[float, Example]], choice: Choice) -> None:
    """Out-of-fold block recall and FPR per training split at the chosen thresholds: alone and with the rules."""
    judge = ClassifierJudge(Weights(0.0, 1.0, array("b"), choice.flag_p, choice.block_p, {}))
    for name in dict.fromkeys(e.split for _, e in oof):
        rows = [(p, e) for p, e in oof if e.split == name]
        pos = sum(e.label for _, e in rows)
        neg = len(rows) - pos
        alone = [(p >= choice.block_p, e.label) for p, e in rows]
        both = [(combined_blocks(p, e.rules_score, judge), e.label) for p, e in rows]
        rules = [(e.rules_score >= judge.block_at, e.label) for _, e in rows]
        cells = [
            f"{layer} {100 * sum(b and y for b, y in got) / pos:.1f}% / {100 * sum(b and not y for b, y in got) / neg:.2f}%"
            for layer, got in (("rules", rules), ("classifier", alone), ("both", both))
        ]
        print(f"  out of fold, {name} ({pos} injections, {neg} benign), recall / FPR: " + ", ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--public", type=Path, default=DEFAULT_DATA, help="the public set (its dev split is used)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dry-run", action="store_true", help="cross-validate only, write nothing")
    args = parser.parse_args(argv)
    data = splits(args.public)
    rules = InjectionFilter()
    examples = [
        Example(
            features(c.text, c.source),
            c.label,
            rules.scan(c.text, c.source).score,
            fold_of(c, name.startswith("written")),
            name,
            learnt(c),
        )
        for name in TRAIN_SPLITS
        for c in data[name]
    ]
    print(f"training on {len(examples)} cases ({sum(e.label for e in examples)} injections), {FOLDS} folds")
    oof = out_of_fold(examples)
    choice = choose_thresholds(oof)
    rules_tp = sum(e.rules_score >= 1.0 for e in examples if e.label)
    rules_fp = sum(e.rules_score >= 1.0 for e in examples if not e.label)
    pos = sum(e.label for e in examples)
    print(
        f"rules alone on the training side: recall {100 * rules_tp / pos:.1f}% FPR {100 * rules_fp / (len(examples) - pos):.2f}%"
    )
    print(
        f"C={C} clip={CLIP_QUANTILE}; flag_p={choice.flag_p:.4f} block_p={choice.block_p:.4f}: out of fold, with the rules,"
        f" recall {100 * choice.recall:.1f}% (the splits' mean {100 * choice.split_recall:.1f}%) FPR {100 * choice.fpr:.2f}%;"
        f" alone it flags {100 * choice.alone_flag_fpr:.1f}% of benign"
    )
    report_by_split(oof, choice)
    if args.dry_run:
        return 0
    fitted = train([e for e in examples if e.learnt])
    meta: dict[str, object] = {
        "trained_on": f"public dev split + {WRITTEN_TRAIN}",
        "model": "logistic regression (liblinear, L2)",
        "C": C,
        "clip_quantile": CLIP_QUANTILE,
        "seed": SEED,
    }
    model = replace(fitted, flag_p=round(choice.flag_p, 6), block_p=round(choice.block_p, 6), meta=meta)
    data_bytes = model.encode()
    args.out.write_bytes(data_bytes)
    nonzero = sum(1 for w in model.table if w)
    print(f"wrote {args.out.name}: {len(data_bytes)} bytes, {nonzero} nonzero buckets of {1 << FEATURE_BITS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
