"""The offline critic: a fixed rubric over a draft, replied as the critic's JSON contract.

Grounded (claims carry `[doc-id]` citations), on the subtask (the question's words are
addressed), concise (length bounds), nothing left unanswered. Each failed check costs
points and names a concrete fix; a score of 4 or more ships.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from delegate.models.base import ModelRequest
from delegate.models.offline.text import sentences, stem, terms
from delegate.models.offline.transcript import user_turn

SHIP_AT = 4
MIN_WORDS = 25
MAX_WORDS = 600
CITATION = re.compile(r"\[[\w.:-]+\]")
# Words that frame a request rather than name its subject: a draft need not repeat them.
_FRAMING_WORDS = """
    answer compare comparison contrast describe difference draft explain give list question review
    summarise summarize tell use good help work way ways
"""
FRAMING = frozenset(stem(w) for w in _FRAMING_WORDS.split())
UNANSWERED = re.compile(
    r"nothing that answers|no relevant|not found|could not|couldn't|failed|unanswered|\bTODO\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Check:
    """One rubric item's outcome: points lost and the issue to fix (empty when it passed)."""

    penalty: int
    issue: str = ""


def critique(request: ModelRequest) -> str:
    """The JSON verdict on the draft the user turn carries."""
    question, draft = split_draft(user_turn(request).task, user_turn(request).context)
    return json.dumps(review(question, draft), ensure_ascii=False)


def split_draft(task: str, context: str) -> tuple[str, str]:
    """The question and the draft: the draft is the context, or else what follows the task's first paragraph."""
    if context.strip():
        return task.strip(), context.strip()
    first, _, rest = task.strip().partition("\n\n")
    return first.strip(), rest.strip()


def claims(draft: str) -> list[str]:
    """The draft's sentences that make claims: not headings, notes, or its list of sources."""
    kept: list[str] = []
    in_sources = False
    for raw in draft.splitlines():
        line = raw.strip().lstrip("-*• ").strip()
        if not line:
            in_sources = False
            continue
        if line.lower().rstrip(":") in ("sources", "references") or line.lower().startswith("sources:"):
            in_sources = True
            continue
        if in_sources or line.startswith(("#", "(")) or line.lower().startswith(("note:", "review:")):
            continue
        kept += sentences(line)
    return kept


def review(question: str, draft: str) -> dict[str, object]:
    """Score `draft` against `question`: `{"score", "verdict", "issues"}`, deterministic."""
    if not draft.strip():
        issue = "No draft to review: put the draft in `context` and the question it answers in `task`."
        return {"score": 1, "verdict": "REVISE", "issues": [issue]}
    said = claims(draft)
    checks = [_grounded(said), _on_task(question, draft), _concise(said), *_unanswered(said)]
    score = max(1, 5 - sum(c.penalty for c in checks))
    issues = [c.issue for c in checks if c.issue]
    return {"score": score, "verdict": "SHIP" if score >= SHIP_AT else "REVISE", "issues": issues}


def _grounded(said: list[str]) -> Check:
    if not said:
        return Check(
            2, "The draft makes no claims: add sentences that answer the question, each citing [doc-id]."
        )
    uncited = [i + 1 for i, s in enumerate(said) if not CITATION.search(s)]
    share = 1 - len(uncited) / len(said)
    if share >= 0.85:
        return Check(0)
    where = ", ".join(map(str, uncited[:6])) + (" …" if len(uncited) > 6 else "")
    label = "sentence" if len(uncited) == 1 else "sentences"
    issue = (
        f"{len(uncited)} of {len(said)} sentences cite no source ({label} {where}): "
        "cite a [doc-id] for each claim or drop it."
    )
    return Check(2 if share < 0.5 else 1, issue)


def _on_task(question: str, draft: str) -> Check:
    wanted: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z0-9][\w-]*", question):
        for part in word.lower().split("-"):
            term = stem(part)
            if terms(part) and term not in FRAMING:
                wanted.setdefault(term, word)
    if not wanted:
        return Check(0)
    present = set(terms(draft))
    missing = list(dict.fromkeys(w for t, w in wanted.items() if t not in present))
    share = 1 - sum(1 for t in wanted if t not in present) / len(wanted)
    if share >= 0.8:
        return Check(0)
    listed = ", ".join(f"'{w}'" for w in missing[:6])
    return Check(
        2 if share < 0.5 else 1, f"The draft does not address {listed} from the question: cover them."
    )


def _concise(said: list[str]) -> Check:
    words = sum(len(s.split()) for s in said)
    if words < MIN_WORDS:
        return Check(1, f"Too thin at {words} words: answer the question in at least a few cited sentences.")
    if words > MAX_WORDS:
        return Check(1, f"Too long at {words} words: keep the {MAX_WORDS // 20} most relevant sentences.")
    return Check(0)


def _unanswered(said: list[str]) -> list[Check]:
    # A cited sentence is a source's claim; a gap is the draft's own admission (or open question).
    gaps = [s for s in said if not CITATION.search(s) and (UNANSWERED.search(s) or s.rstrip().endswith("?"))]
    return [
        Check(1, f"Part left unanswered: {s[:100]!r}; research it again or say why it cannot be answered.")
        for s in gaps[:2]
    ]
