"""The classifier's thresholds bound the false alarms it adds, not the rules' own.

Fresh benign rounds can put the rules alone near the false-positive target; a bound on the gate's total
would then leave the classifier no room and switch it off (thresholds of 1.0), as a retraining once did.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from injection_eval import Case
from train_classifier import ADDED_BLOCK_FPR, FOLDS, Example, choose_thresholds, learnt, out_of_fold, train


def _example(label: int, rules_score: float, split: str = "test") -> Example:
    return Example(buckets=[], label=label, rules_score=rules_score, fold=0, split=split)


def test_rules_near_the_target_leave_the_classifier_switched_on() -> None:
    benign = [(0.1 + i / 2000, _example(0, 1.0 if i < 10 else 0.0)) for i in range(1000)]  # rules block 1%
    attacks = [(0.99, _example(1, 0.0)) for _ in range(200)]
    choice = choose_thresholds(benign + attacks)
    assert choice.block_p < 1.0
    assert choice.recall == 1.0


def test_the_false_alarms_it_adds_stay_within_the_bound() -> None:
    # benign texts the classifier scores as high as the attacks: it may add at most the bound's share of them
    benign = [(0.995 if i < 30 else 0.1, _example(0, 0.0)) for i in range(1000)]
    attacks = [(0.99 + (i % 10) / 1000, _example(1, 0.0)) for i in range(200)]
    choice = choose_thresholds(benign + attacks)
    added = sum(1 for p, ex in benign if p >= choice.block_p and ex.rules_score < 1.0)
    assert added / len(benign) <= ADDED_BLOCK_FPR


def test_the_bound_holds_on_each_split_not_only_pooled() -> None:
    # 2% of a small split's benign texts score above the attacks: pooled with a large clean split that is
    # under the bound (0.1%), on its own split ten times over it, so nothing may block at the attacks' 0.9
    small = [(0.95 if i < 10 else 0.1, _example(0, 0.0, "small")) for i in range(500)]
    large = [(0.5 if i < 5 else 0.1, _example(0, 0.0, "large")) for i in range(10_000)]
    attacks = [(0.9, _example(1, 0.0, "large")) for _ in range(100)]
    choice = choose_thresholds(small + large + attacks)
    assert choice.block_p > 0.95 and choice.recall == 0.0


def test_examples_not_learnt_are_scored_but_teach_nothing() -> None:
    """A subset whose attacks are its own benign texts plus an injection is scored out of fold, never learnt from:
    its texts' buckets keep no weight, so it scores as a text of buckets never seen."""
    learnt = [
        Example(buckets=[1, 10 + fold], label=1, rules_score=0.0, fold=fold, split="w")
        for fold in range(FOLDS)
        for _ in range(5)
    ] + [
        Example(buckets=[2, 10 + fold], label=0, rules_score=0.0, fold=fold, split="w")
        for fold in range(FOLDS)
        for _ in range(5)
    ]
    shared = [
        Example(buckets=[3], label=1, rules_score=0.0, fold=0, split="p", learnt=False) for _ in range(30)
    ]
    unseen = Example(buckets=[4], label=0, rules_score=0.0, fold=0, split="p", learnt=False)
    scored = dict((id(e), p) for p, e in out_of_fold([*learnt, *shared, unseen]))
    assert all(id(e) in scored for e in (*learnt, *shared, unseen))
    assert scored[id(shared[0])] == scored[id(unseen)]
    assert train([e for e in [*learnt, *shared] if e.learnt]).table[3] == 0


def test_subsets_whose_attacks_are_their_benign_texts_teach_their_benign_texts_only() -> None:
    """BIPIA's attacks are its own e-mails with an injection appended: the attacks are not learnt, the e-mails are."""

    def case(label: int, subset: str) -> Case:
        return Case(text="Dear customer, your statement is ready.", label=label, origin="o", subset=subset)

    assert not learnt(case(1, "bipia_email_with_text_attack"))
    assert learnt(case(0, "bipia_email_context"))
    assert learnt(case(1, "round12_exfiltration")) and learnt(case(0, "round12_benign"))


def test_a_small_split_is_not_traded_away_for_a_large_one() -> None:
    """The recall maximised is each split's, averaged: pooled, the many written attacks would outvote the few public ones.

    One false-alarm budget, two ways to spend it: a block threshold low enough for the large split's last
    fifth, or a flag band wide enough to lift the small split's rule-flagged half. Pooled, the first blocks
    105 of 110 attacks; split by split, the second blocks 80% and 100% against 100% and 50%.
    """
    large_benign = (
        [(0.9, _example(0, 0.0, "large"))] * 3  # blocked by a block threshold under 0.9
        + [(0.6, _example(0, 0.5, "large"))] * 3  # blocked by a flag band reaching 0.6
        + [(0.85, _example(0, 0.0, "large")), (0.55, _example(0, 0.0, "large"))]  # the thresholds' candidates
        + [(0.1, _example(0, 0.0, "large"))] * 992
    )
    small_benign = [(0.1, _example(0, 0.0, "small"))] * 100
    large_attacks = [(0.99, _example(1, 0.0, "large"))] * 80 + [(0.88, _example(1, 0.0, "large"))] * 20
    small_attacks = [(0.99, _example(1, 0.0, "small"))] * 5 + [(0.6, _example(1, 0.5, "small"))] * 5
    choice = choose_thresholds(large_benign + small_benign + large_attacks + small_attacks)
    assert choice.flag_p < 0.6 < 0.9 < choice.block_p
    assert choice.split_recall == 0.9
