"""Measure the classifier layer: rules alone, classifier alone, and both as `TrustGate` combines them.

    python benchmarks/classifier_eval.py [--public DEV.jsonl]               # training side only
    python benchmarks/classifier_eval.py [--public DEV.jsonl] --held-out    # also the held-out splits
    python benchmarks/classifier_eval.py --cases NEW.jsonl                  # your own labelled cases

The training side (public dev split, the written `TRAIN_ROUNDS`) is what the classifier learnt from,
so its figures there are optimistic and shown only for contrast. The held-out splits (public
holdout, the written `HELD_OUT_ROUNDS`) were never trained on; they are measured only when asked for with
`--held-out`, so they are not looked at while the classifier is being built. No text is printed.

`--cases` measures the three on any labelled file in `injection_eval.py`'s format, in total and by family:
cases written after the classifier, by someone who never saw ours, are the fair test. It says how many of
them the classifier was trained on (the same text in a training split), since those would flatter it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from classifier_data import HELD_OUT_SPLITS, ROUND_PREFIX, TRAIN_SPLITS, WRITTEN_HELD_OUT, splits
from injection_eval import DEFAULT_DATA, HEADER, Case, Tally, load, micros_per_kb

from delegate.trust import InjectionFilter, TrustGate, Verdict
from delegate.trust.classifier import ClassifierJudge


async def verdicts(cases: Sequence[Case]) -> dict[str, list[Verdict]]:
    """Each case's verdict from the rules, the classifier, and the gate with the classifier as judge."""
    rules = InjectionFilter()
    judge = ClassifierJudge()
    gate = TrustGate(rules, judge=judge)
    return {
        "rules": [rules.scan(c.text, c.source) for c in cases],
        "classifier": [judge.verdict(c.text, c.source) for c in cases],
        "rules + classifier": [await gate.scan(c.text, c.source) for c in cases],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--public", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--held-out", action="store_true", help="also measure the never-trained-on splits")
    parser.add_argument("--cases", type=Path, help="measure this labelled JSONL file instead")
    args = parser.parse_args(argv)
    data = splits(args.public)
    if args.cases:
        return measure_cases(load(args.cases), data)
    names = [*TRAIN_SPLITS, *(HELD_OUT_SPLITS if args.held_out else ())]
    judge = ClassifierJudge()
    meta = judge.weights
    print(f"classifier: flag from p={meta.flag_p:.4f}, block from p={meta.block_p:.4f}; {meta.meta}")
    print(HEADER)
    pooled: dict[str, Tally] = {}  # the held-out written rounds together: one round is 200 texts
    for name in names:
        cases = data[name]
        found = asyncio.run(verdicts(cases))
        for layer, layer_verdicts in found.items():
            tally = Tally()
            pool = pooled.setdefault(layer, Tally()) if name in WRITTEN_HELD_OUT else None
            for case, verdict in zip(cases, layer_verdicts, strict=True):
                tally.add(case, verdict)
                if pool is not None:
                    pool.add(case, verdict)
            print(tally.row(f"{name}: {layer}"))
        print()
    for layer, tally in pooled.items():
        print(tally.row(f"written held out: {layer}"))
    every = [c for name in names for c in data[name]]
    print(
        f"classifier speed: {micros_per_kb(judge.probability, every):.1f} µs per KB (normalise, n-grams, hash, sum)"
    )
    return 0


def family(case: Case) -> str:
    """An attack's family (its subset without a written round's `roundN_`), a benign text's channel."""
    if not case.label:
        return f"benign {case.source}"
    written = ROUND_PREFIX.match(case.subset)
    return case.subset[written.end() :] if written else case.subset


def measure_cases(cases: Sequence[Case], data: dict[str, list[Case]]) -> int:
    """Rules, classifier and both on `cases`, after saying how many of them were trained on; then by family.

    Overall figures hide where a layer fails: the families show which attacks each layer misses, and
    the channels where its false alarms fall (a blocked task stops a delegation, a blocked tool result
    one document).
    """
    trained = {c.text for name in TRAIN_SPLITS for c in data[name]}
    seen = sum(c.text in trained for c in cases)
    print(f"{len(cases)} cases; {seen} of them in the classifier's training data")
    print(HEADER)
    found = asyncio.run(verdicts(cases))
    by_family: dict[str, dict[str, Tally]] = {}
    for layer, layer_verdicts in found.items():
        tally = Tally()
        groups = by_family[layer] = defaultdict(Tally)
        for case, verdict in zip(cases, layer_verdicts, strict=True):
            tally.add(case, verdict)
            groups[family(case)].add(case, verdict)
        print(tally.row(layer))
    for layer, families in by_family.items():
        print(f"\n{layer}, by family")
        for name in sorted(families):
            print(families[name].row(f"  {name}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
