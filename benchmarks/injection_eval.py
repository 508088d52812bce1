"""Measure the injection filter on a labelled JSONL set: recall, false positives, speed.

    python benchmarks/injection_eval.py [DATA.jsonl] [--errors N] [--rows SUBSET] [--split dev|holdout|all]
    python benchmarks/injection_eval.py [DATA.jsonl] --record VERDICTS.json   # then, after a change:
    python benchmarks/injection_eval.py [DATA.jsonl] --check VERDICTS.json

Each line is `{"text", "label", "source", "subset"}` (label 1 = injection), with an optional
`"channel"` (`instruction` or `tool_result`) where the subset does not say which. A block counts as
a positive; flags are reported in their own columns (block or flag). Figures are given per
trust source (instruction / tool_result), per origin repository and overall. This script
measures; it is not a place to tune rules against the data.

A hash of each text puts about 30% of the cases in a holdout split that is never read while
writing rules (`--errors` refuses to print it); the summary gives both splits, so a rule that
learnt the dev part by heart shows up as a gap between them.

`--record` and `--check` guard a refactor that must not change what the filter decides: the
first saves every text's verdict (action, score and each finding's rule, span and weight) keyed
by a hash of the text, the second reports every text whose verdict differs. Only the dev part's
texts are ever printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing the package
    sys.path.insert(0, str(ROOT))

from delegate.trust import InjectionFilter, Source, Verdict  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "injection" / "dev.jsonl"
# Subsets whose text is something a tool returned (an e-mail, a web page, a code answer), not a request.
_TOOL_RESULT_SUBSETS = ("agentdojo_attack", "agentdojo_tool_output", "bipia_", "garak_whois")
_CHANNELS: dict[str, Source] = {"instruction": "instruction", "tool_result": "tool_result"}
TIMING_ROUNDS = 3
HOLDOUT_PERCENT = 30
SPLITS = ("dev", "holdout", "all")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    label: int
    origin: str
    subset: str
    channel: Source | None = None  # when the row says which

    @property
    def split(self) -> str:
        """`holdout` for a fixed ~30% of texts, chosen by a hash so it never depends on order."""
        bucket = int.from_bytes(hashlib.sha256(self.text.encode("utf-8")).digest()[:4], "big") % 100
        return "holdout" if bucket < HOLDOUT_PERCENT else "dev"

    @property
    def source(self) -> Source:
        if self.channel is not None:
            return self.channel
        return "tool_result" if self.subset.startswith(_TOOL_RESULT_SUBSETS) else "instruction"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    flag_tp: int = 0
    flag_fp: int = 0
    errors: list[tuple[Case, Verdict]] = field(default_factory=list)

    def add(self, case: Case, verdict: Verdict) -> None:
        hit = verdict.action == "block"
        if case.label:
            self.tp += hit
            self.fn += not hit
            self.flag_tp += verdict.action != "allow"
        else:
            self.fp += hit
            self.tn += not hit
            self.flag_fp += verdict.action != "allow"
        if hit != bool(case.label):
            self.errors.append((case, verdict))

    def row(self, name: str) -> str:
        pos, neg = self.tp + self.fn, self.fp + self.tn
        recall = self.tp / pos if pos else float("nan")
        fpr = self.fp / neg if neg else float("nan")
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
        flag_recall = self.flag_tp / pos if pos else float("nan")
        flag_fpr = self.flag_fp / neg if neg else float("nan")
        return (
            f"{name:<40} {pos:>5} {neg:>5} {_pct(recall)} {_pct(fpr)} {_pct(precision)} {_pct(f1)}"
            f" | {_pct(flag_recall)} {_pct(flag_fpr)}"
        )


def _pct(x: float) -> str:
    return "     -" if x != x else f"{100 * x:6.1f}"


HEADER = (
    f"{'group':<40} {'pos':>5} {'neg':>5} {'recall':>6} {'FPR':>6} {'prec':>6} {'F1':>6}"
    f" | {'f-rec':>6} {'f-FPR':>6}   (%; f- = block or flag)"
)


def load(path: Path) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                origin = str(row.get("source", "")).split(":", 1)[0]
                channel = _CHANNELS.get(str(row.get("channel", "")))
                cases.append(
                    Case(row["text"], int(row["label"]), origin, str(row.get("subset", "")), channel)
                )
    return cases


def micros_per_kb(score: Callable[[str, Source], object], cases: Sequence[Case]) -> float:
    """`score`'s cost per KB of text, best of a few rounds so a busy machine does not inflate it."""
    kilobytes = sum(len(c.text.encode("utf-8")) for c in cases) / 1024
    best = float("inf")
    for _ in range(TIMING_ROUNDS):
        started = time.perf_counter()
        for case in cases:
            score(case.text, case.source)
        best = min(best, time.perf_counter() - started)
    return best * 1e6 / kilobytes


def fingerprint(verdict: Verdict) -> dict[str, object]:
    """What a verdict-preserving change must keep: the action, the score and every finding."""
    findings = sorted((f.rule, f.start, f.end, f.layer, round(f.weight, 6)) for f in verdict.findings)
    return {"action": verdict.action, "score": verdict.score, "findings": [list(f) for f in findings]}


def _key(case: Case) -> str:
    return hashlib.sha256(f"{case.source}\0{case.text}".encode()).hexdigest()[:20]


def record(scanner: InjectionFilter, cases: Sequence[Case], path: Path) -> int:
    saved = {_key(c): fingerprint(scanner.scan(c.text, c.source)) for c in cases}
    path.write_text(json.dumps(saved, sort_keys=True), encoding="utf-8")
    print(f"recorded {len(saved)} verdicts")
    return 0


def check(scanner: InjectionFilter, cases: Sequence[Case], path: Path) -> int:
    """Every text whose verdict changed, worst first (a changed action before a changed finding)."""
    saved = json.loads(path.read_text(encoding="utf-8"))
    changed: list[tuple[bool, Case, object, dict[str, object]]] = []
    for case in cases:
        now = fingerprint(scanner.scan(case.text, case.source))
        before = saved.get(_key(case))
        if before != now:
            action_changed = not isinstance(before, dict) or before.get("action") != now["action"]
            changed.append((action_changed, case, before, now))
    changed.sort(key=lambda c: not c[0])
    for action_changed, case, before, now in changed:
        kind = "ACTION" if action_changed else "findings"
        text = repr(case.text[:200]) if case.split == "dev" else "(holdout text not shown)"
        print(f"{kind} [{case.subset}/{case.split}] {text}\n  before: {before}\n  now:    {now}")
    actions = sum(c[0] for c in changed)
    print(f"{len(cases) - len(changed)} of {len(cases)} verdicts unchanged; {actions} actions changed")
    return 1 if changed else 0


def report(groups: dict[str, Tally], order: Iterable[str]) -> None:
    print(HEADER)
    for name in order:
        print(groups[name].row(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    parser.add_argument("--rows", default="", help="only print errors of subsets starting with this")
    parser.add_argument("--split", choices=SPLITS, default="all", help="which cases the tables cover")
    parser.add_argument("--record", type=Path, help="save every verdict to this file and stop")
    parser.add_argument("--check", type=Path, help="compare every verdict with a --record file and stop")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    every = load(args.data)
    if args.record:
        return record(InjectionFilter(), every, args.record)
    if args.check:
        return check(InjectionFilter(), every, args.check)
    cases = [c for c in every if args.split in ("all", c.split)]
    scanner = InjectionFilter()
    groups: dict[str, Tally] = defaultdict(Tally)
    splits: dict[str, Tally] = defaultdict(Tally)
    for case in every:
        verdict = scanner.scan(case.text, case.source)
        splits[f"{case.split} overall"].add(case, verdict)
        splits[f"{case.split} origin={case.origin}"].add(case, verdict)
        if args.split not in ("all", case.split):
            continue
        for name in ("overall", f"source={case.source}", f"origin={case.origin}", f"subset={case.subset}"):
            groups[name].add(case, verdict)
    print(f"split: {args.split} ({len(cases)} of {len(every)} cases)")
    names = sorted(groups)
    report(
        groups,
        [
            "overall",
            *(n for n in names if n.startswith("source=")),
            *(n for n in names if n.startswith("origin=")),
        ],
    )
    print()
    report(groups, [n for n in names if n.startswith("subset=")])
    print()
    report(splits, sorted(splits, key=lambda n: (not n.startswith("dev"), "origin=" in n, n)))
    print(
        f"\nspeed: {micros_per_kb(scanner.scan, cases):.1f} µs per KB (normalise, decode, rules and structure)"
    )
    shown = 0
    for case, verdict in groups["overall"].errors:
        if shown >= args.errors or not case.subset.startswith(args.rows) or case.split == "holdout":
            continue
        shown += 1
        kind = "MISS" if case.label else "FALSE ALARM"
        print(
            f"\n{kind} [{case.subset}] {verdict.action} {verdict.score} {verdict.rules}\n  {case.text[:300]!r}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
