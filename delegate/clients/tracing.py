"""A run's trace: timestamped JSONL records, and the state (a tree) they fold into.

The live view and `delegate trace FILE` both draw `RunState`; the live one is fed the records
as they are written, the replay reads them back, so the two trees cannot disagree.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from delegate.agents.events import Event
from delegate.clients.mcp_tools import CallOutcome, TrustVerdicts

Record = dict[str, Any]
_TOKENS = re.compile(r"(\d+) tokens")


@dataclass
class Node:
    """The orchestrator, or one delegation it made. Times are seconds since the run started."""

    id: str
    name: str
    task: str = ""
    status: str = "running"
    started: float = 0.0
    ended: float | None = None
    tokens: int = 0
    model_calls: int = 0
    turns: int = 0
    steps: int = 0
    note: str = ""
    model: str = ""
    stop_reason: str = ""
    trust: TrustVerdicts | None = None

    def elapsed(self, now: float) -> float:
        return (self.ended if self.ended is not None else now) - self.started


@dataclass
class RunState:
    """Everything the tree and the summary need, folded from records."""

    goal: str = ""
    model: str = ""
    root: Node = field(default_factory=lambda: Node("root", "orchestrator"))
    children: dict[str, Node] = field(default_factory=dict)
    last: float = 0.0
    answer: str = ""
    connect_seconds: float = 0.0

    @property
    def finished(self) -> bool:
        return self.root.ended is not None

    @property
    def wall_seconds(self) -> float:
        return self.root.elapsed(self.last)

    @property
    def child_seconds(self) -> float:
        return sum(c.elapsed(self.last) for c in self.children.values())

    @property
    def speedup(self) -> float:
        """Sum of delegation times over wall time: above 1 only when delegations overlapped."""
        return self.child_seconds / self.wall_seconds if self.wall_seconds > 0 else 0.0

    @property
    def tokens(self) -> int:
        return self.root.tokens + sum(c.tokens for c in self.children.values())

    @property
    def model_calls(self) -> int:
        return self.root.model_calls + sum(c.model_calls for c in self.children.values())

    def apply(self, record: Record) -> None:
        at = float(record.get("t", self.last))
        self.last = max(self.last, at)
        kind = record.get("kind")
        if kind == "run_start":
            self.goal, self.model = record.get("goal", ""), record.get("model", "")
            self.connect_seconds = float(record.get("connect_seconds", 0.0))
            self.root = Node("root", record.get("agent", "orchestrator"), self.goal, started=at)
        elif kind == "event":
            self.root.tokens = int(record.get("tokens", self.root.tokens))
            self.root.model_calls = int(record.get("model_calls", self.root.model_calls))
            self.root.turns = int(record.get("turn", self.root.turns))
            self.root.note = (
                f"turn {self.root.turns}: {record.get('event', '')} {record.get('tool', '')}".strip()
            )
        elif kind == "delegation_start":
            call_id = str(record["id"])
            self.children[call_id] = Node(call_id, record.get("tool", ""), record.get("task", ""), started=at)
        elif kind in ("delegation_progress", "delegation_end"):
            node = self.children.get(str(record.get("id")))
            if node is not None:
                _update(node, record, at)
        elif kind == "run_end":
            self.root.status, self.root.ended = record.get("status", "ok"), at
            self.answer = record.get("answer", "")


def _update(node: Node, record: Record, at: float) -> None:
    if record["kind"] == "delegation_progress":
        node.steps += 1
        node.note = record.get("message") or node.note
        node.tokens = max(node.tokens, int(record.get("tokens", 0)))
        return
    node.status, node.ended = record.get("status", "ok"), at
    node.tokens = int(record.get("tokens", node.tokens)) or node.tokens
    node.model_calls = int(record.get("model_calls", 0))
    node.turns = int(record.get("turns", 0))
    node.note = record.get("detail", "")
    node.model = record.get("model", "")
    node.stop_reason = record.get("stop_reason", "")
    node.trust = _trust(record.get("trust"))


def _trust(found: Any) -> TrustVerdicts | None:
    """Read back what `Tracer.call_ended` wrote, ignoring fields this version does not know."""
    if not isinstance(found, dict):
        return None
    known = {f.name for f in fields(TrustVerdicts)}
    return TrustVerdicts(**{k: v for k, v in found.items() if k in known})


class Tracer:
    """Writes the records of one run (to `sink`, if any) and keeps its `RunState` current.

    It is both the orchestrator's event handler and the `CallObserver` of its MCP tools.
    """

    def __init__(self, sink: TextIO | None = None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.sink = sink
        self.state = RunState()
        self._clock = clock
        self._start = clock()

    def now(self) -> float:
        return self._clock() - self._start

    def write(self, kind: str, **fields: Any) -> None:
        record: Record = {"kind": kind, "t": round(self.now(), 6), "ts": time.time(), **fields}
        self.state.apply(record)
        if self.sink is not None:
            self.sink.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            self.sink.flush()

    def run_started(self, goal: str, *, agent: str, model: str, target: str, **fields: Any) -> None:
        self.write("run_start", goal=goal, agent=agent, model=model, target=target, **fields)

    def run_ended(self, status: str, *, answer: str = "", detail: str = "") -> None:
        state = self.state
        self.write(
            "run_end",
            status=status,
            answer=answer,
            detail=detail,
            duration=round(self.now() - state.root.started, 6),
            tokens=state.tokens,
            model_calls=state.model_calls,
        )

    async def on_event(self, event: Event) -> None:
        self.write(
            "event",
            agent=event.agent,
            event=event.kind,
            turn=event.turn,
            tool=event.tool,
            detail=event.detail,
            tokens=event.usage.total_tokens,
            model_calls=event.usage.model_calls,
        )

    def call_started(self, call_id: str, tool: str, arguments: dict[str, Any]) -> None:
        self.write("delegation_start", id=call_id, tool=tool, task=str(arguments.get("task", arguments)))

    def call_progress(self, call_id: str, progress: float, message: str | None) -> None:
        found = _TOKENS.search(message or "")
        tokens = int(found.group(1)) if found else 0
        self.write("delegation_progress", id=call_id, progress=progress, message=message or "", tokens=tokens)

    def call_ended(self, call_id: str, outcome: CallOutcome) -> None:
        node = self.state.children.get(call_id)
        self.write(
            "delegation_end",
            id=call_id,
            tool=node.name if node else "",
            status=outcome.status,
            detail=outcome.detail,
            tokens=outcome.usage.total_tokens,
            model_calls=outcome.usage.model_calls,
            turns=outcome.turns,
            duration=round(node.elapsed(self.now()), 6) if node else None,
            stop_reason=outcome.stop_reason,
            model=outcome.model,
            trust=asdict(outcome.trust) if outcome.trust else None,
        )


def trace_path(folder: Path) -> Path:
    """A new, unique file name in `folder` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"run-{stamp}-{os.getpid()}.jsonl"


def read_records(lines: Iterable[str]) -> list[Record]:
    """Parse JSONL, skipping blank lines; a broken line raises `ValueError` naming it."""
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number} is not JSON: {exc}") from None
    return records


def replay(records: Iterable[Record]) -> RunState:
    state = RunState()
    for record in records:
        state.apply(record)
    return state
