"""What a host's model reads (content) and what a program reads (structured content)."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp.types import TextContent

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
