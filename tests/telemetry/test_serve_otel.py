"""`delegate serve --otel` in a real subprocess: its spans (console exporter, one JSON object
per stderr line) join the trace of the client that called it, across stdio."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from tests.fakes.openai_server import COMPLETION_TOKENS, PROMPT_TOKENS, FakeOpenAI
from tests.fakes.serve import server_env, serving, text_of
from tests.telemetry.helpers import named

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI().running() as server:
        yield server


def exported(log: Path) -> list[dict[str, Any]]:
    spans = []
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            if "context" in record:
                spans.append(record)
    return spans


def hex_id(value: int, width: int) -> str:
    return f"0x{value:0{width}x}"


@pytest.mark.parametrize(("args", "env"), [(["--otel"], {}), ([], {"DELEGATE_OTEL": "1"})])
async def test_server_spans_join_the_callers_trace(
    args: list[str], env: dict[str, str], fake: FakeOpenAI, tmp_path: Path, spans: InMemorySpanExporter
) -> None:
    environment = server_env(fake, OTEL_TRACES_EXPORTER="console", **env)
    async with serving(fake, tmp_path, *args, env=environment) as client:
        with trace.get_tracer("orchestrator").start_as_current_span("orchestrator turn") as caller:
            result = await client.call_tool("delegate_to_researcher", {"task": "What is RAG?"})
    assert not result.is_error, text_of(result)

    [send] = named(spans, "MCP send tools/call delegate_to_researcher")
    trace_id = hex_id(caller.get_span_context().trace_id, 32)
    remote = [s for s in exported(tmp_path / "stderr.log") if s["context"]["trace_id"] == trace_id]
    by_name: dict[str, list[dict[str, Any]]] = {}
    for span in remote:
        by_name.setdefault(span["name"], []).append(span)

    [server_span] = by_name["tools/call delegate_to_researcher"]
    assert server_span["parent_id"] == hex_id(send.context.span_id, 16)
    chats = by_name["chat fake-model"]
    assert len(chats) == 3
    for chat in chats:
        assert chat["attributes"]["gen_ai.provider.name"] == "openai"
        assert chat["attributes"]["gen_ai.agent.name"] == "researcher"
        assert chat["attributes"]["gen_ai.usage.input_tokens"] == PROMPT_TOKENS
        assert chat["attributes"]["gen_ai.usage.output_tokens"] == COMPLETION_TOKENS
    tools = sorted(n for n in by_name if n.startswith("execute_tool"))
    assert tools == ["execute_tool read_document", "execute_tool search_corpus"]


async def test_without_otel_the_server_exports_nothing(fake: FakeOpenAI, tmp_path: Path) -> None:
    environment = server_env(fake, OTEL_TRACES_EXPORTER="console")
    async with serving(fake, tmp_path, env=environment) as client:
        result = await client.call_tool("delegate_to_researcher", {"task": "What is RAG?"})
    assert not result.is_error, text_of(result)
    assert exported(tmp_path / "stderr.log") == []
