"""Cancelling a delegation from the client cancels the child's model call; the server carries on."""

from __future__ import annotations

import anyio
import pytest
from mcp import Client, MCPError
from mcp.types import REQUEST_TIMEOUT

from delegate.server import build_server
from tests.clients.workers import Staller, agent

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_cancel_scope_cancels_the_child_model_call(mode: str) -> None:
    staller = Staller()
    async with Client(build_server([agent("staller", staller.model)]), mode=mode) as client:
        async with anyio.create_task_group() as tg:

            async def call() -> None:
                await client.call_tool("delegate_to_staller", {"task": "stall"})

            tg.start_soon(call)
            with anyio.fail_after(3):
                await staller.started.wait()
            tg.cancel_scope.cancel()
        await staller.wait_cancelled()
        after = await client.call_tool("delegate_to_staller", {"task": "next"})
    assert not after.is_error
    assert after.structured_content is not None
    assert after.structured_content["answer"] == "done: next"


async def test_read_timeout_cancels_the_child_model_call() -> None:
    staller = Staller()
    async with Client(build_server([agent("staller", staller.model)])) as client:
        with pytest.raises(MCPError) as raised:
            await client.call_tool("delegate_to_staller", {"task": "stall"}, read_timeout_seconds=0.2)
        assert raised.value.code == REQUEST_TIMEOUT
        await staller.wait_cancelled()
        after = await client.call_tool("delegate_to_staller", {"task": "next"})
    assert after.structured_content is not None
    assert after.structured_content["answer"] == "done: next"
