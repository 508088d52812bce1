"""What a host's model reads (content) and what a program reads (structured content)."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from mcp import Client
from mcp.types import TextContent

from delegate.agents.budget import META_KEY, RunReport, run_meta
from delegate.agents.delegation import DelegationResult
from delegate.server import build_server
from delegate.testing import ScriptedModel
from tests.specialists import weather_agent

pytestmark = pytest.mark.anyio


async def test_content_is_the_answer_under_its_provenance_and_structure_is_complete() -> None:
    agent = weather_agent(ScriptedModel(["Berlin: 12 °C and light rain."], name="weather"))
    async with Client(build_server([agent])) as client:
        result = await client.call_tool("delegate_to_weather", {"task": "Weather in Berlin?"})
    assert not result.is_error
    (content,) = result.content
    assert isinstance(content, TextContent)
    first, answer, *_ = content.text.split("\n")
    assert first.startswith("[sub-agent output from 'weather'")
    assert answer == "Berlin: 12 °C and light rain."
    assert "end_turn" in content.text
    data = result.structured_content
    assert data is not None
    assert data["answer"] == answer
    assert data["provenance"] in first
    assert data["trust"]["instruction"] == "allow"


async def test_the_run_report_rides_in_result_meta_under_the_request_key() -> None:
    """The run's account answers the run sent in the request `_meta`, under the same key."""
    agent = weather_agent(ScriptedModel(lambda request: "Sunny.", name="weather", tokens_per_call=(30, 5)))
    async with Client(build_server([agent])) as client:
        lone = await client.call_tool("delegate_to_weather", {"task": "Weather in Oslo?"})
        result = await client.call_tool(
            "delegate_to_weather", {"task": "Weather in Rome?"}, meta=run_meta("run-7", caller="host")
        )
    assert lone.meta is None or META_KEY not in lone.meta  # no run was sent, so none is reported
    assert result.meta is not None
    report = RunReport.model_validate(result.meta[META_KEY])
    assert (report.id, report.delegations, report.chain) == ("run-7", 1, ["host"])
    assert report.usage.total_tokens == 35 == report.by_agent["weather"].total_tokens
    assert result.structured_content is not None and "run" not in result.structured_content


async def test_published_output_schema_has_no_refs_and_accepts_real_results() -> None:
    """The client validates every result against the listed schema: it must be inline and right."""
    agent = weather_agent(ScriptedModel(["Berlin: 12 °C."], name="weather"))
    async with Client(build_server([agent])) as client:
        (tool,) = (await client.list_tools()).tools
        result = await client.call_tool("delegate_to_weather", {"task": "Weather in Berlin?"})
    schema = tool.output_schema
    assert schema is not None
    assert "$ref" not in json.dumps(schema) and "$defs" not in schema
    validator = Draft202012Validator(schema)
    validator.validate(result.structured_content)
    broken = {**(result.structured_content or {}), "usage": {"input_tokens": "many"}}
    assert not validator.is_valid(broken)


async def test_empty_optional_fields_are_left_out_and_read_back_as_their_defaults() -> None:
    agent = weather_agent(ScriptedModel(["Sunny."], name="weather"))
    async with Client(build_server([agent])) as client:
        result = await client.call_tool("delegate_to_weather", {"task": "Weather in Oslo?"})
    data = result.structured_content
    assert data is not None
    assert not {"output", "stopped"} & data.keys()
    assert not {"tool_results", "answer_rules"} & data["trust"].keys()
    parsed = DelegationResult.model_validate(data)
    assert (parsed.output, parsed.stopped, parsed.trust.tool_results, parsed.trust.answer_rules) == (
        None,
        "",
        [],
        [],
    )


async def test_tool_verdicts_are_kept_when_the_agent_read_a_tool_result() -> None:
    async with Client(build_server([weather_agent()])) as client:
        result = await client.call_tool("delegate_to_weather", {"task": "Weather in Oslo?"})
    data = result.structured_content
    assert data is not None
    assert [check["tool"] for check in data["trust"]["tool_results"]] == ["weather_lookup"]
