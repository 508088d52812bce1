"""Delegations through an MCP session: parallel, in call order, failures contained."""

from __future__ import annotations

import pytest
from mcp import Client

from delegate.agents import run_agent
from delegate.clients import mcp_agent_tools, orchestrator_agent
from delegate.errors import ModelError
from delegate.models.base import ModelRequest
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from tests.clients.workers import Staller, agent, echo_model, fan_out, task_of

pytestmark = pytest.mark.anyio


async def test_three_delegations_overlap() -> None:
    worker = echo_model(0.5)
    parent = fan_out("delegate_to_worker", ["a", "b", "c"])
    async with Client(build_server([agent("worker", worker)])) as client:
        tools = await mcp_agent_tools(client, prefix="delegate_to_")
        result = await run_agent(orchestrator_agent(tools, parent), "goal")
    assert result.answer == "merged"
    calls = worker.calls
    assert len(calls) == 3
    ends = [c.ended for c in calls]
    assert all(e is not None for e in ends)
    # every call started before any call ended: all three were in flight together
    assert max(c.started for c in calls) < min(e for e in ends if e is not None)


async def test_results_come_back_in_call_order_not_finish_order() -> None:
    delays = {"slow": 0.4, "medium": 0.2, "fast": 0.0}
    worker = echo_model(lambda task: delays[task])
    parent = fan_out("delegate_to_worker", list(delays))
    async with Client(build_server([agent("worker", worker)])) as client:
        tools = await mcp_agent_tools(client)
        await run_agent(orchestrator_agent(tools, parent), "goal")

    finished = sorted(worker.calls, key=lambda c: c.ended or 0.0)
    finish_order = [task_of(c.request) for c in finished]
    assert finish_order != list(delays)  # the scenario really finished out of order

    second = parent.calls[1].request.messages
    calls = second[1].tool_calls
    results = second[2].tool_results
    assert [r.call_id for r in results] == [c.id for c in calls]
    for task, result in zip(delays, results, strict=True):
        assert task in result.content
        assert not any(other in result.content for other in delays if other != task)


async def test_a_failing_and_a_timed_out_child_leave_the_sibling_intact() -> None:
    async def broken(request: ModelRequest) -> str:
        raise ModelError("provider down", provider="scripted")

    ok, boom, slow = echo_model(), ScriptedModel(broken, name="boom"), Staller()
    server = build_server([agent("ok", ok), agent("boom", boom), agent("slow", slow.model)])
    parent = ScriptedModel(
        [
            [
                tool_call("delegate_to_ok", task="one"),
                tool_call("delegate_to_boom", task="two"),
                tool_call("delegate_to_slow", task="stall"),
            ],
            "merged",
        ],
        name="parent",
    )
    async with Client(server) as client:
        tools = await mcp_agent_tools(client, read_timeout_seconds=1.0)
        result = await run_agent(orchestrator_agent(tools, parent), "goal")

    assert result.answer == "merged"
    ok_result, boom_result, slow_result = parent.calls[1].request.messages[2].tool_results
    assert "one" in ok_result.content and not ok_result.is_error
    assert boom_result.is_error and "provider" in boom_result.content
    assert slow_result.is_error
    await slow.wait_cancelled()  # the client's timeout reached the child's model call
