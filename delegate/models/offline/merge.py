"""Reading what delegated agents returned, and merging research answers into one draft.

A delegation's result may be the bare answer or the structured result as JSON (with an
`answer`, and an `output` for agents with a contract); both are read. Nothing is added
that a child did not say: the draft only regroups the children's cited lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from delegate.models.offline.text import terms
from delegate.models.offline.transcript import Outcome

_SOURCE_LINE = re.compile(r"^[-*•]?\s*\[(?P<id>[^\]\s]+)\]\s*(?P<title>.*)$")
_CITATION = re.compile(r"\[[\w.:-]+\]")
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
MAX_LINES_TIGHT = 4


@dataclass(frozen=True, slots=True)
class Finding:
    """One delegated research answer, as the orchestrator uses it."""

    question: str
    lines: tuple[str, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    failure: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    score: int
    verdict: str
    issues: tuple[str, ...]


def _payload(text: str) -> tuple[str, dict[str, Any] | None]:
    """The answer text and the contract output, whether the result is JSON or plain text."""
    try:
        data = json.loads(text)
    except ValueError:
        return text, None
    if not isinstance(data, dict):
        return text, None
    output = data.get("output")
    answer = data.get("answer")
    return (answer if isinstance(answer, str) else text), (output if isinstance(output, dict) else data)


def read_finding(outcome: Outcome) -> Finding:
    question = str(outcome.call.arguments.get("task", ""))
    if outcome.quarantined:
        return Finding(question, failure="its result was quarantined by the trust layer")
    answer, _ = _payload(outcome.text)
    if outcome.error or not answer.strip():
        reason = answer.strip().splitlines()[0] if answer.strip() else "it returned nothing"
        return Finding(question, failure=reason[:200])
    lines: list[str] = []
    sources: dict[str, str] = {}
    notes: list[str] = []
    in_sources = False
    for raw in answer.splitlines():
        line = raw.strip()
        if not line:
            in_sources = False
        elif line.startswith("(offline model"):
            continue
        elif line.lower().rstrip(":") in ("sources", "references"):
            in_sources = True
        elif in_sources and (m := _SOURCE_LINE.match(line)):
            sources[m["id"]] = m["title"].strip() or m["id"]
        elif line.lower().startswith("note:"):
            notes.append(line)
        else:
            lines.append(line if line.startswith(("- ", "* ", "#")) else f"- {line}")
    return Finding(question, tuple(lines), sources, tuple(notes))


def read_review(outcome: Outcome) -> Review | None:
    """The critic's verdict, from its contract output or the JSON in its answer; None if unreadable."""
    if not outcome.usable:
        return None
    answer, output = _payload(outcome.text)
    data = output if output and "verdict" in output else None
    if data is None and (m := _JSON_OBJECT.search(answer)):
        try:
            loaded = json.loads(m.group(0))
        except ValueError:
            loaded = None
        data = loaded if isinstance(loaded, dict) else None
    if not data or str(data.get("verdict", "")).upper() not in ("SHIP", "REVISE"):
        return None
    issues = data.get("issues") or []
    score = data.get("score", 0)
    return Review(
        int(score) if isinstance(score, int | float) else 0,
        str(data["verdict"]).upper(),
        tuple(str(i) for i in issues) if isinstance(issues, list) else (),
    )


def _key(line: str) -> str:
    return " ".join(_CITATION.sub("", line).lower().lstrip("-*• ").split())


def _placement(findings: Sequence[Finding]) -> dict[str, int]:
    """For a line several children returned, the section whose question it fits best (first on ties)."""
    best: dict[str, tuple[int, int]] = {}
    for index, finding in enumerate(findings):
        asked = set(terms(finding.question))
        for line in finding.lines:
            fit = len(asked & set(terms(line)))
            key = _key(line)
            if key not in best or fit > best[key][0]:
                best[key] = (fit, index)
    return {key: index for key, (_, index) in best.items()}


def _tighten(lines: Sequence[str]) -> list[str]:
    """The cited lines, at most a few; a section with none keeps what it had (it says why)."""
    cited = [line for line in lines if _CITATION.search(line)]
    return cited[:MAX_LINES_TIGHT] if cited else list(lines)


def draft(findings: Sequence[Finding], *, tight: bool = False) -> str:
    """One section per sub-question; a line several children returned appears once, where it fits best."""
    placement = _placement(findings)
    sections: list[str] = []
    sources: dict[str, str] = {}
    for index, finding in enumerate(findings):
        body = [f"Research on this part failed: {finding.failure}."] if finding.failure else []
        own = [line for line in dict.fromkeys(finding.lines) if placement[_key(line)] == index]
        body += _tighten(own) if tight else own
        if not body:
            body.append("- Everything found for this part is in the sections above.")
        sections.append("\n".join([f"## {finding.question}", *body]))
        sources.update(finding.sources)
    listed = [f"- [{d}] {t}" for d, t in sources.items()]
    return "\n\n".join(sections + (["Sources:\n" + "\n".join(listed)] if listed else []))
