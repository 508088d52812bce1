"""A bounded retry, with exponential backoff and full jitter, around any model.

The Anthropic and OpenAI SDKs already retry HTTP faults (honouring `retry-after`), so their
providers need no wrapper: wrapping them would multiply the attempts. This is for models
whose transport does not retry (an MCP sampling bridge, a local server, a custom client)
and, with `retry_on`, for retrying faults the SDK cannot see, such as a malformed reply.
Only `ModelError`s marked `retryable` are retried by default; a model call has no side
effects (tools run only after a valid reply), so retrying it is safe.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import anyio

from delegate.errors import ModelError
from delegate.models.base import Model, ModelReply, ModelRequest, Usage


def backoff(attempt: int, base: float, cap: float, rand: Callable[[], float]) -> float:
    """Full jitter: a uniform wait up to `base * 2**attempt`, never above `cap`."""
    return rand() * min(cap, base * 2.0**attempt)


class RetryingModel(Model):
    """`model`, retried up to `attempts` times in all; the last failure is raised as is."""

    def __init__(
        self,
        model: Model,
        *,
        attempts: int = 3,
        base_delay: float = 0.5,
        max_delay: float = 8.0,
        retry_on: Callable[[ModelError], bool] = lambda exc: exc.retryable,
        rand: Callable[[], float] = random.random,
    ) -> None:
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self.inner = model
        self.name = model.name
        self.attempts, self.base_delay, self.max_delay = attempts, base_delay, max_delay
        self._retry_on, self._rand = retry_on, rand

    @property
    def is_llm(self) -> bool:
        return self.inner.is_llm

    async def request(self, request: ModelRequest) -> ModelReply:
        failed = 0
        while True:
            try:
                reply = await self.inner.request(request)
            except ModelError as exc:
                failed += 1
                if not self._retry_on(exc):
                    raise
                if failed >= self.attempts:
                    raise ModelError(
                        f"{exc} (gave up after {failed} attempts)",
                        provider=exc.provider,
                        retryable=exc.retryable,
                    ) from exc
                await anyio.sleep(backoff(failed - 1, self.base_delay, self.max_delay, self._rand))
                continue
            # failed attempts are calls too: count them so usage tells the truth
            return replace(reply, usage=reply.usage + Usage(model_calls=failed)) if failed else reply
