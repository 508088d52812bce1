"""Which cases the classifier may learn from, and which it is measured on. One place, so the
training script and the evaluation cannot disagree.

Training: the public set's `dev` split (the hash split `injection_eval.Case.split` defines)
and `TRAIN_ROUNDS` of the separately written set. Never trained on: the public `holdout` split
and `HELD_OUT_ROUNDS`, written blind and never read, which are only ever measured.
"""

from __future__ import annotations

import re
from pathlib import Path

from injection_eval import DEFAULT_DATA, ROOT, Case, load

WRITTEN = ROOT / "benchmarks" / "data" / "written_separately.jsonl"
TRAIN_ROUNDS = tuple(range(1, 308))  # (no round 156: its writer was given no brief)
HELD_OUT_ROUNDS = tuple(range(308, 324))
WRITTEN_TRAIN = f"written r{TRAIN_ROUNDS[0]}-{TRAIN_ROUNDS[-1]}"
ROUND_PREFIX = re.compile(r"round(\d+)_")


def round_of(case: Case) -> int:
    """The written set's round, from the subset's `roundN_` prefix."""
    match = ROUND_PREFIX.match(case.subset)
    if match is None:
        raise ValueError(f"no round in subset {case.subset!r}")
    return int(match.group(1))


def splits(public: Path = DEFAULT_DATA, written: Path = WRITTEN) -> dict[str, list[Case]]:
    """Every case by split: `public dev` and the written training rounds (trained on), `public holdout` and
    each held-out written round."""
    pub = load(public)
    rounds = load(written)
    return {
        "public dev": [c for c in pub if c.split == "dev"],
        WRITTEN_TRAIN: [c for c in rounds if round_of(c) in TRAIN_ROUNDS],
        "public holdout": [c for c in pub if c.split == "holdout"],
        **{f"written r{n}": [c for c in rounds if round_of(c) == n] for n in HELD_OUT_ROUNDS},
    }


TRAIN_SPLITS = ("public dev", WRITTEN_TRAIN)
WRITTEN_HELD_OUT = tuple(f"written r{n}" for n in HELD_OUT_ROUNDS)
HELD_OUT_SPLITS = ("public holdout", *WRITTEN_HELD_OUT)
