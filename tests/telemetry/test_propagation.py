"""Trace context across the orchestrator -> server hop.

The MCP SDK injects W3C `traceparent` into each request's `_meta` (client) and opens its
server span from it (server); these tests pin that our spans hang off that chain. The legacy
in-memory transport is real JSON-RPC over streams, and the client is connected before the
caller's span starts, so the server's tasks cannot inherit it ambiently: only `_meta` links them.
"""

from __future__ import annotations

import pytest
from mcp import Client
from mcp.server import MCPServer
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from delegate import telemetry
from delegate.agents import Agent
from delegate.agents.delegation import DelegationResult, delegate
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from tests.specialists import weather_agent
from tests.telemetry.helpers import named, parent_of

pytestmark = pytest.mark.anyio


def agent() -> Agent:
    model = ScriptedModel(
        [tool_call("weather_lookup", city="Berlin"), "Berlin: 12 °C."], name="scripted:tiny"
    )
    return telemetry.instrument(weather_agent(model))


def chain(span: ReadableSpan, spans: list[ReadableSpan]) -> list[str]:
    """Names from `span` up to its root."""
    by_id = {s.context.span_id: s for s in spans}
    names = [span.name]
    while (parent := parent_of(span)) is not None and parent in by_id:
        span = by_id[parent]
        names.append(span.name)
    return names


async def test_the_delegation_span_is_a_child_of_the_callers_span(spans: InMemorySpanExporter) -> None:
    server = MCPServer("probe")
    traced_delegate = telemetry.traced(delegate)
    weather = agent()

    @server.tool()
    async def delegate_to_weather(task: str) -> DelegationResult:
        return await traced_delegate(weather, task)

    async with Client(server, mode="legacy") as client:
        with trace.get_tracer("orchestrator").start_as_current_span("orchestrator turn") as caller:
            result = await client.call_tool("delegate_to_weather", {"task": "Weather in Berlin?"})
    assert not result.is_error

    finished = list(spans.get_finished_spans())
    [tool] = named(spans, "execute_tool")
    assert chain(tool, finished) == [
        "execute_tool weather_lookup",
        "invoke_agent weather",
        "tools/call delegate_to_weather",  # the SDK's server span, parented from _meta
        "MCP send tools/call delegate_to_weather",  # the SDK's client span, which injected it
        "orchestrator turn",
    ]
    [invoke] = named(spans, "invoke_agent")
    assert invoke.context.trace_id == caller.get_span_context().trace_id


async def test_build_server_model_spans_join_the_callers_trace(spans: InMemorySpanExporter) -> None:
    async with Client(build_server([agent()]), mode="legacy") as client:
        with trace.get_tracer("orchestrator").start_as_current_span("orchestrator turn") as caller:
            result = await client.call_tool("delegate_to_weather", {"task": "Weather in Berlin?"})
    assert not result.is_error

    finished = list(spans.get_finished_spans())
    chats = named(spans, "chat")
    assert len(chats) == 2
    for chat in chats:
        assert chat.context.trace_id == caller.get_span_context().trace_id
        names = chain(chat, finished)
        assert names[0] == "chat tiny" and names[-3:] == [
            "tools/call delegate_to_weather",
            "MCP send tools/call delegate_to_weather",
            "orchestrator turn",
        ]


async def test_build_server_opens_a_delegation_span(spans: InMemorySpanExporter) -> None:
    async with Client(build_server([agent()])) as client:
        await client.call_tool("delegate_to_weather", {"task": "Weather in Berlin?"})
    [invoke] = named(spans, "invoke_agent")
    [server_span] = named(spans, "tools/call delegate_to_weather")
    assert parent_of(invoke) == server_span.context.span_id
    assert {parent_of(c) for c in named(spans, "chat")} == {invoke.context.span_id}
