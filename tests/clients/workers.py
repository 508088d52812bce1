"""Small agents for client tests: workers that echo their task after a delay, and a parent script."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import anyio

from delegate.agents import Agent, Limits
from delegate.models.base import ModelRequest
from delegate.testing import ScriptedModel, tool_call


def task_of(request: ModelRequest) -> str:
    """The delegated task, from the `<task>` block of the user turn."""
    text = request.messages[0].text
    return text.split("<task>", 1)[1].split("</task>", 1)[0].strip()


def echo_model(delay: float | Callable[[str], float] = 0.0, *, name: str = "worker") -> ScriptedModel:
    """Answers `done: <task>` after `delay` seconds (or `delay(task)`)."""

    async def reply(request: ModelRequest) -> str:
        task = task_of(request)
        await anyio.sleep(delay(task) if callable(delay) else delay)
        return f"done: {task}"

    return ScriptedModel(reply, name=name)


def agent(name: str, model: ScriptedModel, *, timeout: float = 30.0) -> Agent:
    return Agent(
        name=name,
        description=f"The {name} test agent.",
        system_prompt=f"You are {name}.",
        model=model,
        limits=Limits(max_turns=2, timeout_seconds=timeout),
    )


def fan_out(tool: str, tasks: Sequence[str], final: str = "merged") -> ScriptedModel:
    """A parent that delegates every task in one reply, then answers `final`."""
    return ScriptedModel([[tool_call(tool, task=t) for t in tasks], final], name="parent")


class Staller:
    """A model that hangs on the task `stall` (answering others at once) and signals when cancelled."""

    def __init__(self) -> None:
        self.started = anyio.Event()
        self.cancelled = anyio.Event()
        self.model = ScriptedModel(self.reply, name="staller")

    async def reply(self, request: ModelRequest) -> str:
        task = task_of(request)
        if task == "stall":
            self.started.set()
            try:
                await anyio.sleep(60)
            except anyio.get_cancelled_exc_class():
                self.cancelled.set()
                raise
        return f"done: {task}"

    async def wait_cancelled(self) -> None:
        with anyio.fail_after(3):
            await self.cancelled.wait()
        assert self.model.calls[0].cancelled
