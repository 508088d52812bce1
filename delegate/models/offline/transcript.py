"""Reading a request the way the offline policies need it: the task, and what each tool returned.

The offline model is stateless: every decision is recomputed from the transcript, so
the same transcript always yields the same reply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from delegate.models.base import Message, ModelRequest, ToolCall, ToolResult
from delegate.trust import unfence

QUARANTINE_PREFIX = "[quarantined"
_WARNING = re.compile(r"^\[trust warning:[^\n]*\]\n?")
_TAGGED = re.compile(r"<(task|context)>\n?(.*?)\n?</\1>", re.DOTALL)
_HIT = re.compile(r"^\[(?P<id>[^\]\s]+)\] (?P<title>.*?) \(score (?P<score>-?[0-9.]+)\): (?P<passage>.*)$")
_DOC_HEAD = re.compile(r"^\[(?P<id>[^\]\s]+)\] (?P<title>.+)$")


@dataclass(frozen=True, slots=True)
class Turn:
    """The delegated instruction: what to do, and what the caller supplied with it."""

    task: str
    context: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One tool call and its result as readable data: unfenced, warning banner removed."""

    call: ToolCall
    text: str
    error: bool = False
    quarantined: bool = False
    flagged: bool = False

    @property
    def usable(self) -> bool:
        return not (self.error or self.quarantined)


@dataclass(frozen=True, slots=True)
class Passage:
    doc_id: str
    title: str
    score: float
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    doc_id: str
    title: str
    body: str


def user_turn(request: ModelRequest) -> Turn:
    """The first user message, split into task and context when tagged `<task>`/`<context>`."""
    first = next((m.text for m in request.messages if m.role == "user" and m.text.strip()), "")
    text = _WARNING.sub("", first.strip())
    tagged = {name: body.strip() for name, body in _TAGGED.findall(text)}
    if "task" in tagged:
        return Turn(_WARNING.sub("", tagged["task"]), tagged.get("context", ""))
    return Turn(text)


def read_result(call: ToolCall, result: ToolResult) -> Outcome:
    raw = result.content.strip()
    if raw.startswith(QUARANTINE_PREFIX):
        return Outcome(call, raw, error=True, quarantined=True)
    text = unfence(raw).strip()
    flagged = bool(_WARNING.match(text))
    return Outcome(call, _WARNING.sub("", text).strip(), error=result.is_error, flagged=flagged)


def outcomes(messages: Sequence[Message]) -> list[Outcome]:
    """Every answered tool call, in the order the calls were made."""
    results = {r.call_id: r for m in messages if m.role == "user" for r in m.tool_results}
    calls = [c for m in messages if m.role == "assistant" for c in m.tool_calls]
    return [read_result(c, results[c.id]) for c in calls if c.id in results]


def last_round(messages: Sequence[Message]) -> list[Outcome]:
    """The results the newest user message brings back (empty when it brings none)."""
    if not messages or messages[-1].role != "user" or not messages[-1].tool_results:
        return []
    ids = {r.call_id for r in messages[-1].tool_results}
    return [o for o in outcomes(messages) if o.call.id in ids]


def call_id(messages: Sequence[Message], index: int) -> str:
    """A deterministic id, unique within the transcript: the turn number and the call's place."""
    turn = sum(1 for m in messages if m.role == "assistant") + 1
    return f"offline-{turn}-{index + 1}"


def parse_hits(text: str) -> list[Passage]:
    """Passages from a `search_corpus` result, in the order given (best first)."""
    found = (_HIT.match(line.strip()) for line in text.splitlines())
    return [Passage(m["id"], m["title"], float(m["score"]), m["passage"]) for m in found if m]


def parse_document(text: str) -> Source | None:
    """A `read_document` result: `[doc-id] Title`, a blank line, then the body."""
    head, _, body = text.strip().partition("\n")
    m = _DOC_HEAD.match(head.strip())
    return Source(m["id"], m["title"], body.strip()) if m and body.strip() else None
