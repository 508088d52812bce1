"""The agent loop: one loop for every agent, the orchestrator included.

Ask the model; run the tool calls it makes (only its own tools, concurrently, results in
call order, each scanned and fenced as untrusted data); repeat until it answers or a limit
stops it. Limits end the loop with a stop reason and whatever was done so far.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio
from pydantic import BaseModel

from delegate.agents.events import Event, EventHandler, EventKind
from delegate.agents.output import OutputInvalid, parse_output, reprompt
from delegate.agents.spec import Agent
from delegate.errors import OutputError
from delegate.models.base import Message, ModelRequest, ToolCall, ToolResult, Usage
from delegate.trust import TrustGate, fence
from delegate.trust.verdict import Action

log = logging.getLogger(__name__)

StopKind = Literal[
    "end_turn", "max_turns", "input_token_limit", "output_token_limit", "timeout", "max_tokens", "refusal"
]


class ToolCheck(BaseModel):
    """The trust verdict on one tool result the agent read."""

    tool: str
    action: Action
    score: float
    rules: list[str]
    quarantined: bool


@dataclass
class AgentResult:
    """What one run produced, and what it cost."""

    agent: str
    answer: str
    stop_reason: StopKind
    turns: int
    usage: Usage
    duration_seconds: float
    tool_calls: int = 0
    tool_checks: list[ToolCheck] = field(default_factory=list)
    output: dict[str, Any] | None = None
    messages: list[Message] = field(default_factory=list)


def estimate_tokens(request: ModelRequest) -> int:
    """A cheap upper-ish estimate (4 characters a token), so input budgets hold before a call."""
    chars = len(request.system) + sum(len(repr(p)) for m in request.messages for p in m.parts)
    chars += sum(len(t.description) + len(str(t.input_schema)) for t in request.tools)
    return chars // 4 + 1


QUARANTINED = "[quarantined: the result of {tool!r} was blocked by the injection filter (rules: {rules})]"


@dataclass
class _Run:
    agent: Agent
    gate: TrustGate
    on_event: EventHandler | None
    messages: list[Message]
    usage: Usage = field(default_factory=Usage)
    turns: int = 0
    tool_calls: int = 0
    answer: str = ""
    output: dict[str, Any] | None = None
    stop: StopKind = "end_turn"
    checks: list[ToolCheck] = field(default_factory=list)

    async def emit(self, kind: EventKind, *, tool: str = "", detail: str = "", **data: Any) -> None:
        if self.on_event is None:
            return
        event = Event(kind, self.agent.name, self.turns, self.usage, tool, detail, data)
        try:
            await self.on_event(event)
        except anyio.get_cancelled_exc_class():
            raise
        except Exception:  # a broken observer must not break the run
            log.exception("event handler failed on %s", kind)

    async def loop(self) -> None:
        agent, limits = self.agent, self.agent.limits
        reprompts = 0
        while True:
            if self.turns >= limits.max_turns:
                self.stop = "max_turns"
                return
            remaining_output = limits.max_output_tokens - self.usage.output_tokens
            if remaining_output <= 0:
                self.stop = "output_token_limit"
                return
            request = ModelRequest(
                agent.system_prompt,
                tuple(self.messages),
                agent.tools.specs(),
                min(limits.max_tokens_per_reply, remaining_output),
            )
            if self.usage.input_tokens + estimate_tokens(request) > limits.max_input_tokens:
                self.stop = "input_token_limit"
                return
            self.turns += 1
            await self.emit("turn")
            reply = await agent.model.request(request)
            self.usage += reply.usage
            self.messages.append(reply.as_message())
            if reply.text:
                self.answer = reply.text
            if reply.tool_calls:
                results = await self.run_tools(reply.tool_calls)
                self.messages.append(Message("user", tuple(results)))
                continue
            if reply.stop_reason in ("max_tokens", "refusal"):
                self.stop = reply.stop_reason
                return
            if agent.output_type is not None:
                try:
                    self.output = parse_output(reply.text, agent.output_type).model_dump(mode="json")
                except OutputInvalid as exc:
                    if reprompts >= agent.output_retries:
                        raise OutputError(
                            f"{agent.name} did not return valid output after {reprompts} re-prompts: {exc}"
                        ) from exc
                    reprompts += 1
                    self.messages.append(Message.user(reprompt(exc, agent.output_type)))
                    continue
            await self.emit("answer", detail=self.answer[:200])
            return

    async def run_tools(self, calls: list[ToolCall]) -> list[ToolResult]:
        results: list[ToolResult | None] = [None] * len(calls)

        async def one(index: int, call: ToolCall) -> None:
            await self.emit("tool_call", tool=call.name, arguments=call.arguments)
            result = await self.agent.tools.call(call)
            results[index] = await self.screen(result)
            await self.emit("tool_result", tool=call.name, is_error=result.is_error)

        self.tool_calls += len(calls)
        async with anyio.create_task_group() as tg:
            for index, call in enumerate(calls):
                tg.start_soon(one, index, call)
        return [r for r in results if r is not None]

    async def screen(self, result: ToolResult) -> ToolResult:
        """Scan a tool result and fence it; a blocked one never reaches the model."""
        gated = await self.gate.check(
            result.content, source="tool_result", policy=self.agent.tool_result_policy, agent=self.agent.name
        )
        verdict = gated.verdict
        self.checks.append(
            ToolCheck(
                tool=result.name,
                action=verdict.action,
                score=verdict.score,
                rules=verdict.rules,
                quarantined=not gated.passed,
            )
        )
        if not gated.passed:
            text = QUARANTINED.format(tool=result.name, rules=", ".join(verdict.rules))
            return ToolResult(result.call_id, result.name, text, True)
        return ToolResult(result.call_id, result.name, fence(gated.text, name=result.name), result.is_error)


_DEFAULT_GATE = TrustGate()


async def run_agent(
    agent: Agent,
    user_turn: str,
    *,
    on_event: EventHandler | None = None,
    gate: TrustGate | None = None,
) -> AgentResult:
    """Run `agent` on one user turn until it answers or a limit stops it.

    Raises `ModelError` when the provider fails and `OutputError` when an output contract
    is never met; every other ending is an `AgentResult` with its stop reason.
    """
    run = _Run(agent, gate or _DEFAULT_GATE, on_event, [Message.user(user_turn)])
    started = anyio.current_time()
    await run.emit("start")
    with anyio.move_on_after(agent.limits.timeout_seconds) as scope:
        await run.loop()
    if scope.cancelled_caught:
        run.stop = "timeout"
    await run.emit("stop", detail=run.stop)
    return AgentResult(
        agent=agent.name,
        answer=run.answer,
        stop_reason=run.stop,
        turns=run.turns,
        usage=run.usage,
        duration_seconds=anyio.current_time() - started,
        tool_calls=run.tool_calls,
        tool_checks=run.checks,
        output=run.output,
        messages=run.messages,
    )
