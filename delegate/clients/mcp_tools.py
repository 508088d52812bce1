"""The tools of an MCP session as tools of our agent loop.

The orchestrator is an ordinary agent whose tools happen to be `delegate_to_*` calls on a
session, so the loop's concurrency, trust fencing and limits apply to delegations unchanged.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from mcp import Client, MCPError
from mcp.shared.dispatcher import ProgressFnT
from mcp.types import CallToolResult, TextContent
from mcp.types import Tool as MCPTool
from pydantic import ValidationError

from delegate.agents.budget import RunBudget, outgoing_meta
from delegate.agents.tools import Tool, ToolFailure
from delegate.models.base import Usage

CallStatus = Literal["ok", "error", "cancelled"]


@dataclass(frozen=True, slots=True)
class TrustVerdicts:
    """The server's trust verdicts on one delegation, counted so a trace can keep them small."""

    instruction: str = ""
    answer: str = ""
    tool_results: int = 0
    quarantined: int = 0
    flagged: int = 0  # tool results the gate flagged or blocked


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """How one MCP tool call ended, with what the server said it cost."""

    status: CallStatus
    detail: str = ""
    usage: Usage = field(default_factory=Usage)
    turns: int = 0
    stop_reason: str = ""
    model: str = ""
    trust: TrustVerdicts | None = None


class CallObserver(Protocol):
    """Watches calls from the outside (a live view, a trace); it must not block."""

    def call_started(self, call_id: str, tool: str, arguments: dict[str, Any]) -> None: ...

    def call_progress(self, call_id: str, progress: float, message: str | None) -> None: ...

    def call_ended(self, call_id: str, outcome: CallOutcome) -> None: ...


def result_text(result: CallToolResult) -> str:
    """What the calling model reads: a delegation's answer, else the text content, else the JSON."""
    structured = result.structured_content
    if structured is not None and isinstance(structured.get("answer"), str):
        answer: str = structured["answer"]
        stop = structured.get("stop_reason", "end_turn")
        if stop != "end_turn":
            answer += f"\n\n[{structured.get('agent', 'the agent')} stopped early: {stop}; the answer may be partial]"
        return answer
    texts = [c.text for c in result.content if isinstance(c, TextContent)]
    if texts:
        return "\n".join(texts)
    return json.dumps(structured, ensure_ascii=False) if structured is not None else ""


def outcome_of(result: CallToolResult) -> CallOutcome:
    """The observer's view of a result: status, and usage when the server reported it."""
    if result.is_error:
        return CallOutcome("error", result_text(result))
    structured = result.structured_content or {}
    try:
        usage = Usage.model_validate(structured.get("usage") or {})
    except ValidationError:
        usage = Usage()
    turns = structured.get("turns")
    return CallOutcome(
        "ok",
        str(structured.get("answer", ""))[:200],
        usage,
        turns if isinstance(turns, int) else 0,
        str(structured.get("stop_reason", "")),
        str(structured.get("model", "")),
        _trust_of(structured.get("trust")),
    )


def _trust_of(report: Any) -> TrustVerdicts | None:
    """Count a `TrustReport` (as JSON); `None` when the server sent none, as a plain MCP tool won't."""
    if not isinstance(report, dict):
        return None
    checks = [c for c in report.get("tool_results") or [] if isinstance(c, dict)]
    return TrustVerdicts(
        instruction=str(report.get("instruction", "")),
        answer=str(report.get("answer", "")),
        tool_results=len(checks),
        quarantined=sum(1 for c in checks if c.get("quarantined") is True),
        flagged=sum(1 for c in checks if c.get("action") not in (None, "allow")),
    )


def mcp_tool(
    client: Client,
    spec: MCPTool,
    *,
    observer: CallObserver | None = None,
    read_timeout_seconds: float | None = None,
    next_id: Callable[[], str] | None = None,
    budget: RunBudget | None = None,
) -> Tool:
    """One MCP tool as a `Tool`: an `isError` result or a protocol error becomes `ToolFailure`."""
    ids = next_id or _counter()
    name = spec.name

    async def run(arguments: dict[str, Any]) -> str:
        call_id = ids()
        if observer is None:
            return (await _call(client, name, arguments, read_timeout_seconds, None, budget))[1]
        observer.call_started(call_id, name, arguments)

        async def on_progress(progress: float, total: float | None, message: str | None) -> None:
            observer.call_progress(call_id, progress, message)

        outcome = CallOutcome("cancelled", "cancelled by the caller")
        try:
            result, text = await _call(client, name, arguments, read_timeout_seconds, on_progress, budget)
            outcome = outcome_of(result)
            return text
        except ToolFailure as exc:
            outcome = CallOutcome("error", str(exc))
            raise
        finally:
            observer.call_ended(call_id, outcome)

    return Tool(name, spec.description or "", dict(spec.input_schema), run)


async def _call(
    client: Client,
    name: str,
    arguments: dict[str, Any],
    read_timeout: float | None,
    progress: ProgressFnT | None,
    budget: RunBudget | None = None,
) -> tuple[CallToolResult, str]:
    if budget is not None and budget.exhausted:
        raise ToolFailure(f"{name} not called: run {budget.run_id} has spent its token budget")
    # Inside a delegation (a coordinator sub-agent) the current run is passed on; else our own.
    meta = outgoing_meta() or (budget.meta() if budget is not None else None)
    try:
        result = await client.call_tool(
            name,
            arguments,
            read_timeout_seconds=read_timeout,
            progress_callback=progress,
            meta=meta,
        )
    except MCPError as exc:  # a timeout or protocol error fails this call only
        raise ToolFailure(f"{name} failed: {exc}") from exc
    text = result_text(result)
    if result.is_error:
        if budget is not None:
            budget.record_error(text)
        raise ToolFailure(text or f"{name} failed")
    if budget is not None:
        budget.record(result)
    return result, text


def _counter() -> Callable[[], str]:
    count = itertools.count(1)
    return lambda: str(next(count))


async def mcp_agent_tools(
    client: Client,
    *,
    prefix: str = "",
    observer: CallObserver | None = None,
    read_timeout_seconds: float | None = None,
    budget: RunBudget | None = None,
) -> list[Tool]:
    """List the session's tools (those starting with `prefix`) as agent tools sharing one call counter."""
    listed = await client.list_tools()
    ids = _counter()
    return [
        mcp_tool(
            client,
            spec,
            observer=observer,
            read_timeout_seconds=read_timeout_seconds,
            next_id=ids,
            budget=budget,
        )
        for spec in listed.tools
        if spec.name.startswith(prefix)
    ]
