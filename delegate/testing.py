"""Test doubles for your own specialists: script a model, break it on command, assert on what it saw.

from delegate.testing import FaultyModel, ScriptedModel, tool_call

model = ScriptedModel([tool_call("lookup", city="Berlin"), "It is 12 °C in Berlin."])
agent = Agent(name="weather", ..., model=model, tools=ToolRegistry([lookup]))
result = await delegate(agent, "Weather in Berlin?")
assert model.calls[0].request.tools[0].name == "lookup"

flaky = FaultyModel(["rate_limit", "server_error"], then="fine")   # two faults, then answers
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

import anyio

from delegate.errors import ModelError
from delegate.models.base import Model, ModelReply, ModelRequest, Text, Usage
from delegate.models.scripted import ScriptedCall, ScriptedModel, tool_call

Fault = Literal[
    "rate_limit",
    "server_error",
    "timeout",
    "connection_reset",
    "malformed",
    "truncated",
    "mid_stream",
    "crash",
    "hang",
]
FAULTS: tuple[Fault, ...] = get_args(Fault)

# What a provider raises for each fault once its SDK has given up retrying.
_PROVIDER_ERRORS: dict[str, tuple[str, bool]] = {
    "rate_limit": ("HTTP 429 rate limited (retry-after 1 s), still limited after 2 retries", True),
    "server_error": ("HTTP 500 internal server error after 2 retries", True),
    "timeout": ("request timed out after 2 retries", True),
    "connection_reset": ("connection reset by peer after 2 retries", True),
    "malformed": ("malformed reply, the body is not valid JSON (Expecting value at 0)", False),
}


@dataclass
class FaultyCall:
    """One request: the fault injected (None: it answered) and whether it was cancelled."""

    fault: Fault | None
    cancelled: bool = False


class FaultyModel(Model):
    """Fails on command, as a real provider would after its own retries, then optionally succeeds.

    `faults` are consumed one per request (`None` answers normally); once they run out every
    request answers with `then` (a reply text or another model). Faults: `rate_limit`,
    `server_error`, `timeout`, `connection_reset` (retryable `ModelError`s), `malformed` (a
    non-retryable `ModelError`), `truncated` (a reply cut off at the token cap), `mid_stream`
    (an untyped `ConnectionResetError` after `delay`), `crash` (a `RuntimeError`), `hang`
    (never answers; only a timeout or a cancel ends it).
    """

    def __init__(
        self,
        faults: Sequence[Fault | None],
        *,
        then: str | Model = "recovered",
        name: str = "faulty",
        delay: float = 0.0,
        tokens_per_call: tuple[int, int] = (10, 5),
    ) -> None:
        unknown = [f for f in faults if f is not None and f not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; choose from {', '.join(FAULTS)}")
        self.name = name
        self.delay = delay
        self.calls: list[FaultyCall] = []
        self._faults = list(faults)
        self._then = then
        self._usage = Usage(input_tokens=tokens_per_call[0], output_tokens=tokens_per_call[1], model_calls=1)

    @property
    def is_llm(self) -> bool:
        return False

    async def request(self, request: ModelRequest) -> ModelReply:
        fault = self._faults[len(self.calls)] if len(self.calls) < len(self._faults) else None
        call = FaultyCall(fault)
        self.calls.append(call)
        try:
            if self.delay:
                await anyio.sleep(self.delay)
            return await self._answer(fault, request)
        except anyio.get_cancelled_exc_class():
            call.cancelled = True
            raise

    async def _answer(self, fault: Fault | None, request: ModelRequest) -> ModelReply:
        if fault in _PROVIDER_ERRORS:
            message, retryable = _PROVIDER_ERRORS[fault]
            raise ModelError(f"{self.name}: {message}", provider="faulty", retryable=retryable)
        if fault == "mid_stream":
            raise ConnectionResetError("stream closed after 37 of ~120 chunks")
        if fault == "crash":
            raise RuntimeError("provider bug: unexpected content block 'thinking_v9'")
        if fault == "hang":
            await anyio.sleep_forever()
        if isinstance(self._then, Model):
            reply = await self._then.request(request)
        else:
            reply = ModelReply((Text(self._then),), self._usage, "end_turn", self.name)
        if fault == "truncated":
            return ModelReply(
                (Text(reply.text[: len(reply.text) // 2]),), reply.usage, "max_tokens", self.name
            )
        return reply

    @property
    def faults_left(self) -> int:
        return max(0, len(self._faults) - len(self.calls))


__all__ = ["FAULTS", "Fault", "FaultyCall", "FaultyModel", "ScriptedCall", "ScriptedModel", "tool_call"]
