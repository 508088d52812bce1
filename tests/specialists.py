"""Two small specialists used across the suite: a weather bot and a transit bot."""

from __future__ import annotations

from delegate.agents import Agent, Limits, ToolRegistry
from delegate.testing import ScriptedModel, tool_call

WEATHER_DATA = {"berlin": "12 °C, light rain, wind 20 km/h from the west"}
TRANSIT_DATA = {"berlin": "U2 delayed 10 minutes at Alexanderplatz; S-Bahn ring on time"}


async def weather_lookup(city: str) -> str:
    """Current weather for a city."""
    return WEATHER_DATA.get(city.casefold(), "no data")


async def transit_lookup(city: str, line: str = "") -> str:
    """Public transit status for a city, optionally one line."""
    return TRANSIT_DATA.get(city.casefold(), "no data")


def weather_agent(model: ScriptedModel | None = None, *, delay: float = 0.0) -> Agent:
    model = model or ScriptedModel(
        [tool_call("weather_lookup", city="Berlin"), "Berlin: 12 °C with light rain."],
        delay=delay,
        name="weather",
    )
    return Agent(
        name="weather",
        description="Weather specialist.",
        system_prompt="You report the weather using your lookup tool.",
        model=model,
        tools=ToolRegistry([weather_lookup]),
        limits=Limits(max_turns=4),
    )


def transit_agent(model: ScriptedModel | None = None, *, delay: float = 0.0) -> Agent:
    model = model or ScriptedModel(
        [tool_call("transit_lookup", city="Berlin"), "Berlin transit: U2 delayed 10 minutes."],
        delay=delay,
        name="transit",
    )
    return Agent(
        name="transit",
        description="Transit specialist.",
        system_prompt="You report public transit status using your lookup tool.",
        model=model,
        tools=ToolRegistry([transit_lookup]),
        limits=Limits(max_turns=4),
    )
