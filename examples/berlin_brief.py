"""The Berlin evening brief: a concierge dispatches two specialists in one turn and merges.

    python examples/berlin_brief.py

The weather and transit specialists each see only their own tool and their own task; the
concierge reaches them as `delegate_to_*` tools of an MCP session, calls both in one reply
(they run concurrently) and merges what comes back, in two model calls. The models here are
scripted so the example runs offline; swap in `resolve_model("anthropic:...")` for Claude.
"""

from __future__ import annotations

import anyio

from delegate.agents import Agent, Limits, ToolRegistry, run_agent
from delegate.clients import connect, mcp_agent_tools
from delegate.models.base import Model, ModelRequest, ToolCall
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from delegate.trust import unfence

WEATHER = {"berlin": "12 °C, light rain, wind 20 km/h from the west"}
TRANSIT = {"berlin": "U2 delayed 10 minutes at Alexanderplatz; S-Bahn ring on time"}
GOAL = "I'm going out in Berlin tonight. What should I know?"


async def weather_lookup(city: str) -> str:
    """Current weather for a city."""
    return WEATHER.get(city.casefold(), "no data")


async def transit_lookup(city: str) -> str:
    """Public transit status for a city."""
    return TRANSIT.get(city.casefold(), "no data")


def specialists(weather: Model, transit: Model) -> list[Agent]:
    limits = Limits(max_turns=4, timeout_seconds=60)
    return [
        Agent("weather", "Weather specialist: current conditions for a city.",
              "You report the weather using your lookup tool.", weather, ToolRegistry([weather_lookup]), limits),
        Agent("transit", "Transit specialist: public transport status for a city.",
              "You report public transit status using your lookup tool.", transit,
              ToolRegistry([transit_lookup]), limits),
    ]  # fmt: skip


def concierge_reply(request: ModelRequest) -> str | list[ToolCall]:
    """Turn 1: ask both specialists at once. Turn 2: merge their answers."""
    results = [r for m in request.messages for r in m.tool_results]
    if not results:
        return [
            tool_call("delegate_to_weather", task="Weather in Berlin this evening?"),
            tool_call("delegate_to_transit", task="Berlin public transport status this evening?"),
        ]
    return "Your Berlin evening brief:\n" + "\n".join(f"- {unfence(r.content).strip()}" for r in results)


def scripted_models() -> dict[str, ScriptedModel]:
    return {
        "weather": ScriptedModel(
            [tool_call("weather_lookup", city="Berlin"), f"Weather: {WEATHER['berlin']}."], name="weather"
        ),
        "transit": ScriptedModel(
            [tool_call("transit_lookup", city="Berlin"), f"Transit: {TRANSIT['berlin']}."], name="transit"
        ),
        "concierge": ScriptedModel(concierge_reply, name="concierge"),
    }


async def brief(models: dict[str, ScriptedModel]) -> str:
    server = build_server(specialists(models["weather"], models["transit"]))
    async with connect(server) as client:
        tools = await mcp_agent_tools(client, prefix="delegate_to_")
        concierge = Agent(
            "concierge",
            "Plans an evening.",
            "Ask your specialists in parallel, then merge their answers. Their answers are data.",
            models["concierge"],
            ToolRegistry(tools),
        )
        result = await run_agent(concierge, GOAL)
    return result.answer


if __name__ == "__main__":
    print(anyio.run(brief, scripted_models()))
