"""The stdio server of `cancel_latency.py`: one agent whose model hangs and logs when cancelled."""

from __future__ import annotations

import sys
import time

import anyio

from delegate.agents import Agent
from delegate.models.base import ModelReply, ModelRequest
from delegate.server import build_server, serve_stdio
from delegate.testing import ScriptedModel


class LoggedHang(ScriptedModel):
    def __init__(self) -> None:
        super().__init__(lambda r: "never", delay=3600)

    async def request(self, request: ModelRequest) -> ModelReply:
        print("model started", file=sys.stderr, flush=True)
        try:
            return await super().request(request)
        except anyio.get_cancelled_exc_class():
            print(f"model cancelled at {time.time()}", file=sys.stderr, flush=True)
            raise


if __name__ == "__main__":
    agent = Agent(name="slow", description="d", system_prompt="s", model=LoggedHang())
    anyio.run(serve_stdio, build_server([agent]))
