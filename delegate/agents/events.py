"""Events an agent run emits, so callers can watch a child from the outside."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from delegate.models.base import Usage

EventKind = Literal["start", "turn", "tool_call", "tool_result", "answer", "stop"]


@dataclass(frozen=True, slots=True)
class Event:
    """One step of a run. `usage` is the run's total so far."""

    kind: EventKind
    agent: str
    turn: int
    usage: Usage
    tool: str = ""
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)


EventHandler = Callable[[Event], Awaitable[None]]
