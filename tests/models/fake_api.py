"""A scripted HTTP API for provider tests: each attempt gets the next step, and is recorded."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2

Handler = Callable[[httpx2.Request], Awaitable[httpx2.Response]]
Step = httpx2.Response | Exception | Handler


class FakeAPI:
    """Answers each attempt with the next scripted step (the last one repeats) and records it."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx2.Request] = []

    async def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx2.Response):
            return step
        return await step(request)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)

    @property
    def retry_counts(self) -> list[str | None]:
        return [r.headers.get("x-stainless-retry-count") for r in self.requests]
