"""Shared pieces of the reliability tests: agents on chosen models, and result reading."""

from __future__ import annotations

from mcp.types import CallToolResult

from delegate.agents import Agent, Limits, ToolRegistry
from delegate.models.base import Model
from delegate.testing import ScriptedModel


def agent(name: str, model: Model, **limits: float) -> Agent:
    return Agent(
        name=name,
        description=f"{name} specialist.",
        system_prompt=f"You are {name}.",
        model=model,
        tools=ToolRegistry(),
        limits=Limits(**limits),
    )


def echo(name: str, *, delay: float = 0.0, tokens: tuple[int, int] = (10, 5)) -> Agent:
    """An agent that answers every task at once (after `delay`) with `<name>: done`."""
    return agent(
        name, ScriptedModel(lambda req: f"{name}: done", name=name, delay=delay, tokens_per_call=tokens)
    )


def text(result: CallToolResult) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)
