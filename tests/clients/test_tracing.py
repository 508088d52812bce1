"""The trace of an orchestrated run: every delegation with start and end, progress fed from MCP."""

from __future__ import annotations

import io

import pytest
from mcp import Client

from delegate.clients import Tracer, orchestrate, replay
from delegate.clients.tracing import read_records
from delegate.models.base import Usage
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from tests.clients.workers import agent, echo_model, fan_out

pytestmark = pytest.mark.anyio


async def test_trace_holds_every_delegation_with_start_end_and_usage() -> None:
    worker = echo_model(0.05)
    parent = fan_out("delegate_to_worker", ["a", "b", "c"])
    sink = io.StringIO()
    tracer = Tracer(sink)
    async with Client(build_server([agent("worker", worker)])) as client:
        tracer.run_started("goal", agent="orchestrator", model=parent.name, target="memory")
        result = await orchestrate(client, "goal", parent, observer=tracer, on_event=tracer.on_event)
        tracer.run_ended("ok", answer=result.answer)

    records = read_records(sink.getvalue().splitlines())
    starts = {r["id"]: r for r in records if r["kind"] == "delegation_start"}
    ends = {r["id"]: r for r in records if r["kind"] == "delegation_end"}
    assert sorted(r["task"] for r in starts.values()) == ["a", "b", "c"]
    assert starts.keys() == ends.keys()
    for call_id, end in ends.items():
        assert end["status"] == "ok"
        assert end["t"] >= starts[call_id]["t"]
        assert end["duration"] == pytest.approx(end["t"] - starts[call_id]["t"], abs=1e-3)
    # the server's progress notifications reached the client, one stream per delegation
    progressed = {r["id"] for r in records if r["kind"] == "delegation_progress"}
    assert progressed == starts.keys()

    state = replay(records)
    per_call = Usage(input_tokens=10, output_tokens=5, model_calls=1)  # ScriptedModel's default
    assert all(node.tokens == per_call.total_tokens for node in state.children.values())
    assert state.model_calls == len(parent.calls) + len(worker.calls)
    assert state.tokens == (len(parent.calls) + len(worker.calls)) * per_call.total_tokens
    assert state.finished and state.answer == "merged"
    assert tracer.state == state  # the live state and the replay agree


async def test_failed_delegation_is_traced_as_error() -> None:
    parent = ScriptedModel([tool_call("delegate_to_worker", task=""), "gave up"], name="parent")
    tracer = Tracer()
    async with Client(build_server([agent("worker", echo_model())])) as client:
        await orchestrate(client, "goal", parent, observer=tracer)
    (node,) = tracer.state.children.values()
    assert node.status == "error"
    assert node.ended is not None


async def test_critic_calls_past_the_revision_budget_are_refused() -> None:
    critic = echo_model(name="critic")
    reviews = [tool_call("delegate_to_critic", task=f"review {i}") for i in range(3)]
    parent = ScriptedModel([reviews[0], reviews[1], reviews[2], "final"], name="parent")
    async with Client(build_server([agent("critic", critic)])) as client:
        result = await orchestrate(client, "goal", parent, max_revisions=1)
    assert result.answer == "final"
    assert len(critic.calls) == 2
    refused = parent.calls[3].request.messages[-1].tool_results[0]
    assert refused.is_error
    assert "delegate_to_critic" in refused.content
