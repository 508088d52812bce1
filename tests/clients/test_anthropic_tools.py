"""Claude-side adapters: tool params from the listing, a tool_use block run against the session."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mcp import Client

from delegate.clients import anthropic_tool_params, run_tool_use
from delegate.server import build_server
from tests.clients.workers import Staller, agent, echo_model

pytestmark = pytest.mark.anyio


async def test_params_and_tool_use_roundtrip() -> None:
    staller = Staller()
    server = build_server([agent("worker", echo_model()), agent("staller", staller.model)])
    async with Client(server) as client:
        listed = (await client.list_tools()).tools
        params = anthropic_tool_params(listed, prefix="delegate_to_")
        assert sorted(p["name"] for p in params) == ["delegate_to_staller", "delegate_to_worker"]
        assert all(p["input_schema"]["required"] == ["task"] for p in params)

        ok = await run_tool_use(
            client, SimpleNamespace(id="tu_1", name="delegate_to_worker", input={"task": "x"})
        )
        assert ok["tool_use_id"] == "tu_1" and not ok["is_error"] and "x" in str(ok["content"])

        slow = SimpleNamespace(id="tu_2", name="delegate_to_staller", input={"task": "stall"})
        timed_out = await run_tool_use(client, slow, read_timeout_seconds=0.2)
        assert timed_out["is_error"]
        await staller.wait_cancelled()
