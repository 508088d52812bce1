"""A model whose replies are written in advance: how tests pin down what each model saw."""

from __future__ import annotations

import itertools
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import anyio

from delegate.models.base import Model, ModelReply, ModelRequest, Text, ToolCall, Usage

Reply = str | ModelReply | ToolCall | Sequence[ToolCall]
ReplyFunction = Callable[[ModelRequest], Reply | Awaitable[Reply]]


@dataclass
class ScriptedCall:
    """One request the model received, with when it started and ended (monotonic seconds)."""

    request: ModelRequest
    started: float
    ended: float | None = None
    cancelled: bool = False


class ScriptedModel(Model):
    """Answers from a list of replies (in order) or a function of the request.

    A reply may be plain text, a tool call, several tool calls, or a full `ModelReply`.
    `delay` seconds pass before each reply, so parallelism and cancellation can be tested.
    Every request is recorded in `calls`, including ones that were cancelled.
    """

    def __init__(
        self,
        replies: Sequence[Reply] | ReplyFunction,
        *,
        delay: float = 0.0,
        name: str = "scripted",
        tokens_per_call: tuple[int, int] = (10, 5),
    ) -> None:
        self.name = name
        self.delay = delay
        self.calls: list[ScriptedCall] = []
        self._tokens = tokens_per_call
        self._function = replies if callable(replies) else None
        self._replies = list(replies) if not callable(replies) else []
        self._ids = itertools.count(1)

    @property
    def is_llm(self) -> bool:
        return False

    async def request(self, request: ModelRequest) -> ModelReply:
        call = ScriptedCall(request, time.perf_counter())
        self.calls.append(call)
        try:
            if self.delay:
                await anyio.sleep(self.delay)
            reply = await self._next(request)
        except anyio.get_cancelled_exc_class():
            call.cancelled = True
            raise
        finally:
            call.ended = time.perf_counter()
        return self._as_reply(reply, request.max_tokens)

    async def _next(self, request: ModelRequest) -> Reply:
        if self._function is not None:
            result = self._function(request)
            if isinstance(result, Awaitable):
                return await result
            return result
        index = len(self.calls) - 1
        if index >= len(self._replies):
            raise AssertionError(f"{self.name}: no scripted reply left for call {index + 1}")
        return self._replies[index]

    def _as_reply(self, reply: Reply, max_tokens: int) -> ModelReply:
        if isinstance(reply, ModelReply):
            return reply
        # like a real provider, never more output than the request allowed
        usage = Usage(
            input_tokens=self._tokens[0], output_tokens=min(self._tokens[1], max_tokens), model_calls=1
        )
        if isinstance(reply, str):
            return ModelReply((Text(reply),), usage, "end_turn", self.name)
        calls = [reply] if isinstance(reply, ToolCall) else list(reply)
        calls = [c if c.id else ToolCall(f"call_{next(self._ids)}", c.name, c.arguments) for c in calls]
        return ModelReply(tuple(calls), usage, "tool_use", self.name)

    def assert_complete(self) -> None:
        """Fail if scripted replies were left unused."""
        if self._function is None and len(self.calls) != len(self._replies):
            raise AssertionError(
                f"{self.name}: {len(self._replies) - len(self.calls)} scripted replies unused"
            )


def tool_call(name: str, **arguments: object) -> ToolCall:
    """A tool call for a script; its id is filled in when the reply is built."""
    return ToolCall("", name, dict(arguments))


__all__ = ["ScriptedCall", "ScriptedModel", "tool_call"]
