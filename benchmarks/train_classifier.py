"""Train the injection classifier and write the weights the package ships.

    python benchmarks/train_classifier.py [--public DEV.jsonl] [--out PATH] [--dry-run]

Pure Python, deterministic (fixed seed, fixed order): FTRL-proximal logistic regression
(per-bucket learning rates, L1 so most buckets stay exactly zero and the file stays small).
It learns only from the training side (`classifier_data.TRAIN_SPLITS`) and never reads the
held-out splits. Hyperparameters and both thresholds are chosen by cross-validation on the
training side alone: each fold holds whole written rounds (every third round of 27, so a fold's
rounds are ones its model never saw, as the next round will be) and the public dev cases are
spread over the folds by a hash.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from classifier_data import TRAIN_SPLITS, WRITTEN_TRAIN, round_of, splits
from injection_eval import DEFAULT_DATA, ROOT, Case

from delegate.trust import InjectionFilter
from delegate.trust.classifier import (
    FEATURE_BITS,
    WEIGHTS_FILE,
    ClassifierJudge,
    Weights,
    features,
    sigmoid,
)

OUT = ROOT / "delegate" / "trust" / WEIGHTS_FILE
SEED = 20240611
FOLDS = 9  # whole written rounds per fold (a fold per round cost three times as long for the same thresholds)
# Targets for the thresholds, on out-of-fold scores: block at most this share of benign texts that the
# rules alone let through (the classifier's own false positives: the rules' are theirs, and fresh benign
# rounds put them near the 1% already), and alone flag at most that share.
ADDED_BLOCK_FPR = 0.004
FLAG_FPR = 0.03
SELECT_AT_FPR = 0.008  # hyperparameters are chosen by the classifier's own recall at this false-positive rate
# (alpha, l1, l2, epochs): the point the last wider search chose (rounds 1-10; its weights' header records it),
# against (2.0, 0.1, 0.1, 15) and (4.0, 0.03, 0.01, 20). Each point costs a quarter of an hour of cross-validation,
# so the search is one point until a round changes the picture.
GRID = ((2.0, 0.3, 0.1, 15),)


@dataclass(frozen=True, slots=True)
class Example:
    buckets: list[int]
    label: int
    rules_score: float  # the rules' verdict score, for choosing thresholds as the gate combines
    fold: int
    split: str


def fold_of(case: Case, written: bool) -> int:
    if written:
        return (round_of(case) - 1) % FOLDS
    return int.from_bytes(hashlib.sha256(case.text.encode("utf-8")).digest()[4:8], "big") % FOLDS


def train(
    examples: Sequence[Example], alpha: float, l1: float, l2: float, epochs: int
) -> tuple[float, dict[int, float]]:
    """FTRL-proximal over `examples` in a seeded order; the bias (unregularised) and the weights."""
    beta = 1.0
    z: dict[int, float] = {}
    n: dict[int, float] = {}
    zb = nb = 0.0
    order = list(range(len(examples)))
    rng = random.Random(SEED)

    def weight(i: int) -> float:
        zi = z.get(i, 0.0)
        if abs(zi) <= l1:
            return 0.0
        return -(zi - math.copysign(l1, zi)) / ((beta + math.sqrt(n.get(i, 0.0))) / alpha + l2)

    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            ex = examples[k]
            v = 1.0 / math.sqrt(len(ex.buckets))
            ws = [weight(i) for i in ex.buckets]
            bias = -zb / ((beta + math.sqrt(nb)) / alpha)
            g = sigmoid(bias + v * sum(ws)) - ex.label
            gb = g
            sigma = (math.sqrt(nb + gb * gb) - math.sqrt(nb)) / alpha
            zb += gb - sigma * bias
            nb += gb * gb
            gi = g * v
            gg = gi * gi
            for i, wi in zip(ex.buckets, ws, strict=True):
                ni = n.get(i, 0.0)
                sigma = (math.sqrt(ni + gg) - math.sqrt(ni)) / alpha
                z[i] = z.get(i, 0.0) + gi - sigma * wi
                n[i] = ni + gg
    weights = {i: w for i in z if (w := weight(i)) != 0.0}
    return -zb / ((beta + math.sqrt(nb)) / alpha), weights


def quantise(
    bias: float, weights: dict[int, float], flag_p: float, block_p: float, meta: dict[str, object]
) -> Weights:
    """int8 weights with one scale: what ships, and what cross-validation scores with."""
    top = max((abs(w) for w in weights.values()), default=1.0)
    scale = top / 127
    table = array("b", bytes(1 << FEATURE_BITS))
    for i, w in weights.items():
        table[i] = max(-127, min(127, round(w / scale)))
    return Weights(bias=bias, scale=scale, table=table, flag_p=flag_p, block_p=block_p, meta=meta)


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


def choose_thresholds(oof: Sequence[tuple[float, Example]]) -> Choice:
    """The (flag_p, block_p) with the best combined recall within both false-positive targets."""
    negatives = sorted((p for p, ex in oof if not ex.label), reverse=True)
    pos = sum(ex.label for _, ex in oof)
    neg = len(negatives)
    # Candidates: just above each of the highest benign probabilities (so that one passes).
    candidates = sorted({p + 1e-9 for p in negatives[: int(neg * FLAG_FPR) + 2]}, reverse=True)
    best = Choice(1.0, 1.0, 0.0, 0.0, 0.0)
    for block_p in candidates:
        for flag_p in [c for c in candidates if c < block_p]:
            judge = ClassifierJudge(Weights(0.0, 1.0, array("b"), flag_p, block_p, {}))
            tp = fp = added = alone = 0
            for p, ex in oof:
                blocked = combined_blocks(p, ex.rules_score, judge)
                tp += blocked and ex.label == 1
                fp += blocked and ex.label == 0
                added += blocked and ex.label == 0 and ex.rules_score < judge.block_at
                alone += p >= flag_p and ex.label == 0
            if added / neg <= ADDED_BLOCK_FPR and alone / neg <= FLAG_FPR and tp / pos > best.recall:
                best = Choice(flag_p, block_p, tp / pos, fp / neg, alone / neg)
    return best


def out_of_fold(
    examples: Sequence[Example], params: tuple[float, float, float, int]
) -> list[tuple[float, Example]]:
    alpha, l1, l2, epochs = params
    scored: list[tuple[float, Example]] = []
    for fold in range(FOLDS):
        bias, weights = train([e for e in examples if e.fold != fold], alpha, l1, l2, epochs)
        model = quantise(bias, weights, 0.5, 0.9, {})
        scored += [(model.probability(e.buckets), e) for e in examples if e.fold == fold]
    return scored


def alone_recall_at(oof: Sequence[tuple[float, Example]], fpr: float) -> float:
    """The classifier's own out-of-fold recall at a false-positive rate: what picks the grid point."""
    negatives = sorted((p for p, e in oof if not e.label), reverse=True)
    cut = negatives[int(len(negatives) * fpr)] + 1e-9
    positives = [p for p, e in oof if e.label]
    return sum(p >= cut for p in positives) / len(positives)


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
        )
        for name in TRAIN_SPLITS
        for c in data[name]
    ]
    print(f"training on {len(examples)} cases ({sum(e.label for e in examples)} injections), {FOLDS} folds")
    best: tuple[float, tuple[float, float, float, int], list[tuple[float, Example]]] | None = None
    for params in GRID:
        oof = out_of_fold(examples, params)
        score = alone_recall_at(oof, SELECT_AT_FPR)
        print(
            f"  alpha={params[0]} l1={params[1]} l2={params[2]} epochs={params[3]}: out-of-fold recall {100 * score:.1f}% at {100 * SELECT_AT_FPR}% FPR (classifier alone)"
        )
        if best is None or score > best[0]:
            best = (score, params, oof)
    assert best is not None
    _, params, oof = best
    choice = choose_thresholds(oof)
    rules_tp = sum(e.rules_score >= 1.0 for e in examples if e.label)
    rules_fp = sum(e.rules_score >= 1.0 for e in examples if not e.label)
    pos = sum(e.label for e in examples)
    print(
        f"rules alone on the training side: recall {100 * rules_tp / pos:.1f}% FPR {100 * rules_fp / (len(examples) - pos):.2f}%"
    )
    print(
        f"chosen alpha={params[0]} l1={params[1]} l2={params[2]} epochs={params[3]};"
        f" flag_p={choice.flag_p:.4f} block_p={choice.block_p:.4f}: out of fold, with the rules,"
        f" recall {100 * choice.recall:.1f}% FPR {100 * choice.fpr:.2f}%; alone it flags {100 * choice.alone_flag_fpr:.1f}% of benign"
    )
    report_by_split(oof, choice)
    if args.dry_run:
        return 0
    bias, weights = train(examples, *params)
    meta: dict[str, object] = {
        "trained_on": f"public dev split + {WRITTEN_TRAIN}",
        "alpha": params[0],
        "l1": params[1],
        "l2": params[2],
        "epochs": params[3],
        "seed": SEED,
    }
    model = quantise(bias, weights, round(choice.flag_p, 6), round(choice.block_p, 6), meta)
    data_bytes = model.encode()
    args.out.write_bytes(data_bytes)
    nonzero = sum(1 for w in model.table if w)
    print(f"wrote {args.out.name}: {len(data_bytes)} bytes, {nonzero} nonzero buckets of {1 << FEATURE_BITS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
