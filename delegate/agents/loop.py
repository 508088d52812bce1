"""The agent loop: one loop for every agent, the orchestrator included.

Ask the model; run the tool calls it makes (only its own tools, concurrently, results in
call order, each scanned and fenced as untrusted data); repeat until it answers or a limit
stops it. Limits end the loop with a stop reason and whatever was done so far.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

import anyio
from pydantic import BaseModel

from delegate.agents.budget import TokenPool
from delegate.agents.events import Event, EventHandler, EventKind
from delegate.agents.output import OutputInvalid, parse_output, reprompt
from delegate.agents.spec import Agent
from delegate.errors import DelegateError, ModelError, OutputError, RunError
from delegate.models.base import (
    Message,
    ModelReply,
    ModelRequest,
    Part,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)
from delegate.trust import TrustGate, fence
from delegate.trust.verdict import Action

log = logging.getLogger(__name__)

StopKind = Literal[
    "end_turn",
    "max_turns",
    "input_token_limit",
    "output_token_limit",
    "timeout",
    "max_tokens",
    "refusal",
    "run_token_limit",
    "server_token_limit",
]

MIN_REPLY_TOKENS = 16  # a pool with less room than this left cannot buy a useful reply


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


def _text_tokens(text: str) -> int:
    # 4 ASCII characters a token; non-ASCII (CJK, emoji) runs near a token a character, so
    # each extra UTF-8 byte counts half a token and such text is not underestimated.
    extra = len(text.encode("utf-8", "surrogatepass")) - len(text)
    return len(text) // 4 + extra // 2 + 1


PART_TOKENS = 8  # a part's framing on the wire (ids, names, quoting), counted high
MESSAGE_TOKENS = 4


def _part_tokens(part: Part) -> int:
    if isinstance(part, Text):
        body = part.text
    elif isinstance(part, ToolResult):
        body = f"{part.name}{part.content}"
    else:
        body = f"{part.name}{json.dumps(part.arguments, default=str)}"
    return _text_tokens(body) + PART_TOKENS


def message_tokens(message: Message) -> int:
    return sum(_part_tokens(p) for p in message.parts) + MESSAGE_TOKENS


def fixed_tokens(system: str, tools: Sequence[ToolSpec]) -> int:
    """What every request of a run carries: the system prompt and the tool specs."""
    return _text_tokens(system) + sum(_text_tokens(t.description + str(t.input_schema)) for t in tools)


QUARANTINED = "[quarantined: the result of {tool!r} was blocked by the injection filter (rules: {rules})]"


@dataclass
class _Run:
    agent: Agent
    gate: TrustGate
    on_event: EventHandler | None
    pools: Sequence[TokenPool] = ()
    request_id: str = ""
    messages: list[Message] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    turns: int = 0
    tool_calls: int = 0
    answer: str = ""
    output: dict[str, Any] | None = None
    stop: StopKind = "end_turn"
    checks: list[ToolCheck] = field(default_factory=list)
    tools: list[ToolSpec] = field(init=False)
    input_estimate: int = field(init=False)  # of the next request, kept as the transcript grows

    def __post_init__(self) -> None:
        self.tools = self.agent.tools.specs()  # a run's tools never change: counted once
        self.input_estimate = fixed_tokens(self.agent.system_prompt, self.tools)

    def add(self, message: Message) -> None:
        self.messages.append(message)
        self.input_estimate += message_tokens(message)

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
            estimate = self.input_estimate
            if self.usage.input_tokens + estimate > limits.max_input_tokens:
                self.stop = "input_token_limit"
                return
            max_tokens = min(limits.max_tokens_per_reply, remaining_output)
            for pool in self.pools:
                available = pool.available()
                if available is not None:
                    max_tokens = min(max_tokens, available - estimate)
                    if max_tokens < MIN_REPLY_TOKENS:
                        self.stop = pool.limit
                        return
            self.turns += 1
            await self.emit("turn")
            request = ModelRequest(agent.system_prompt, tuple(self.messages), self.tools, max_tokens)
            reply = await self.ask(request, estimate)
            self.usage += reply.usage
            self.add(reply.as_message())
            if reply.text:
                self.answer = reply.text
            if reply.tool_calls:
                results = await self.run_tools(reply.tool_calls)
                self.add(Message("user", tuple(results)))
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
                    self.add(Message.user(reprompt(exc, agent.output_type)))
                    continue
            await self.emit("answer", detail=self.answer[:200])
            return

    async def ask(self, request: ModelRequest, estimate: int) -> ModelReply:
        """One model call, its worst case reserved in every pool and settled to what it cost."""
        reserved = estimate + request.max_tokens
        for pool in self.pools:
            pool.reserve(reserved)
        spent = Usage(model_calls=1)  # a failed call still counts as a call
        try:
            reply = await self.agent.model.request(request)
            spent = reply.usage
            return reply
        except DelegateError:
            self.usage += spent
            raise
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as exc:  # a provider bug ends this delegation as a typed model failure
            log.exception("model %s raised", self.agent.model.name)
            self.usage += spent
            raise ModelError(
                f"{self.agent.model.name}: internal error ({type(exc).__name__}) in the model; "
                "see the server log",
                provider=self.agent.model.name,
            ) from exc
        finally:
            for pool in self.pools:
                pool.settle(reserved, spent, self.agent.name)

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
        if result.name not in self.agent.tools:  # our own refusal, not data from a tool
            return result
        gated = await self.gate.check(
            result.content,
            source="tool_result",
            policy=self.agent.tool_result_policy,
            agent=self.agent.name,
            request_id=self.request_id,
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


@cache
def _default_gate() -> TrustGate:
    """The gate of runs given none, built on first use (its filter's index takes half a second)."""
    return TrustGate()


async def run_agent(
    agent: Agent,
    user_turn: str,
    *,
    on_event: EventHandler | None = None,
    gate: TrustGate | None = None,
    pools: Sequence[TokenPool] = (),
    request_id: str = "",
) -> AgentResult:
    """Run `agent` on one user turn until it answers or a limit stops it.

    `pools` are token budgets shared with other delegations (the run's, the server's); when
    one runs dry the loop stops with its limit as the stop reason. Raises `ModelError` when
    the provider fails and `OutputError` when an output contract is never met, each carrying
    the usage and partial answer so far; every other ending is an `AgentResult`.
    """
    run = _Run(agent, gate or _default_gate(), on_event, pools, request_id)
    run.add(Message.user(user_turn))
    started = time.perf_counter()
    await run.emit("start")
    try:
        with anyio.move_on_after(agent.limits.timeout_seconds) as scope:
            await run.loop()
    except RunError as exc:
        exc.record(run.usage, run.answer, time.perf_counter() - started)
        raise
    if scope.cancelled_caught:
        run.stop = "timeout"
    await run.emit("stop", detail=run.stop)
    return AgentResult(
        agent=agent.name,
        answer=run.answer,
        stop_reason=run.stop,
        turns=run.turns,
        usage=run.usage,
        duration_seconds=time.perf_counter() - started,
        tool_calls=run.tool_calls,
        tool_checks=run.checks,
        output=run.output,
        messages=run.messages,
    )
