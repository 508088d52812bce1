"""The seed invariants: two specialists side by side, each isolated, the caller gets both answers."""

from __future__ import annotations

from collections.abc import Sequence

import anyio
import pytest
from mcp import Client

from delegate.models.base import Message, ToolResult
from delegate.server import build_server
from delegate.testing import ScriptedModel
from delegate.trust import unfence
from tests.specialists import TRANSIT_DATA, WEATHER_DATA, transit_agent, weather_agent

pytestmark = pytest.mark.anyio


def _all_text(messages: Sequence[Message], system: str) -> str:
    """Everything a model saw, with fenced tool results read back as the raw data they carry."""
    parts = [unfence(p.content) if isinstance(p, ToolResult) else repr(p) for m in messages for p in m.parts]
    return system + "".join(parts)


async def test_children_are_isolated_and_caller_gets_both_answers() -> None:
    weather, transit = weather_agent(), transit_agent()
    server = build_server([weather, transit])
    answers: dict[str, dict[str, object]] = {}
    async with Client(server) as client:

        async def call(name: str, task: str) -> None:
            result = await client.call_tool(name, {"task": task})
            assert not result.is_error, result.content
            assert result.structured_content is not None
            answers[name] = result.structured_content

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "delegate_to_weather", "What is the weather in Berlin tonight?")
            tg.start_soon(call, "delegate_to_transit", "How are Berlin's trains tonight?")

    assert answers["delegate_to_weather"]["answer"] == "Berlin: 12 °C with light rain."
    assert answers["delegate_to_transit"]["answer"] == "Berlin transit: U2 delayed 10 minutes."

    for agent, own_tool, own_data, other_data in (
        (weather, "weather_lookup", WEATHER_DATA["berlin"], TRANSIT_DATA["berlin"]),
        (transit, "transit_lookup", TRANSIT_DATA["berlin"], WEATHER_DATA["berlin"]),
    ):
        model = agent.model
        assert isinstance(model, ScriptedModel)
        assert len(model.calls) == 2
        for seen_call in model.calls:
            assert [t.name for t in seen_call.request.tools] == [own_tool]
            seen = _all_text(seen_call.request.messages, seen_call.request.system)
            assert other_data not in seen
        # the second call saw its own tool's data, fenced as untrusted
        final_seen = _all_text(model.calls[1].request.messages, "")
        assert own_data in final_seen
        fenced = model.calls[1].request.messages[-1].tool_results[0].content
        assert "UNTRUSTED-" in fenced and own_data not in fenced  # fenced and datamarked


async def test_delegated_task_goes_in_user_turn_never_system_prompt() -> None:
    weather = weather_agent()
    async with Client(build_server([weather])) as client:
        await client.call_tool(
            "delegate_to_weather", {"task": "Weather in Berlin?", "context": "for a picnic"}
        )
    model = weather.model
    assert isinstance(model, ScriptedModel)
    first = model.calls[0].request
    assert first.system == weather.system_prompt
    assert first.messages[0].role == "user"
    assert "Weather in Berlin?" in first.messages[0].text
    assert "for a picnic" in first.messages[0].text
    assert "Weather in Berlin?" not in first.system
