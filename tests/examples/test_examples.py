"""Each example runs as written, on its scripted models, and shows the property it is about."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from delegate.testing import ScriptedCall

pytestmark = pytest.mark.anyio
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seen(call: ScriptedCall) -> str:
    return call.request.system + "".join(repr(p) for m in call.request.messages for p in m.parts)


def overlapped(calls: list[ScriptedCall]) -> bool:
    return max(c.started for c in calls) < min(c.ended or 0.0 for c in calls)


async def test_berlin_brief_two_parent_calls_and_isolated_children() -> None:
    example = load("berlin_brief")
    models = example.scripted_models()
    answer = await example.brief(models)
    assert len(models["concierge"].calls) == 2
    assert example.WEATHER["berlin"] in answer and example.TRANSIT["berlin"] in answer
    first_reply_tools = [t.name for t in models["concierge"].calls[0].request.tools]
    assert sorted(first_reply_tools) == ["delegate_to_transit", "delegate_to_weather"]
    for mine, other in (("weather", example.TRANSIT), ("transit", example.WEATHER)):
        for call in models[mine].calls:
            assert other["berlin"] not in seen(call)
            assert [t.name for t in call.request.tools] == [f"{mine}_lookup"]
    # both specialists were in flight at once
    assert models["weather"].calls[0].started < (models["transit"].calls[-1].ended or 0.0)
    assert models["transit"].calls[0].started < (models["weather"].calls[-1].ended or 0.0)


async def test_research_pipeline_parallel_research_then_critic_then_synthesis() -> None:
    example = load("research_pipeline")
    models = example.scripted_models(delay=0.3)
    answer = await example.pipeline(models)
    research = models["researcher"].calls
    assert len(research) == 3 and overlapped(research)
    (review,) = models["critic"].calls
    assert review.started >= max(c.ended or 0.0 for c in research)
    for finding in example.FINDINGS.values():
        assert finding in seen(review)  # the critic saw the whole draft
        assert finding in answer
    assert len(models["orchestrator"].calls) == 3


async def test_supervisor_revises_once_and_the_critic_ships_the_revision() -> None:
    example = load("supervisor_workers")
    models = example.scripted_models()
    answer = await example.launch_note(models)
    reviews = models["critic"].calls
    assert len(reviews) == 2
    first, second = (json.loads(example.critic_reply(c.request))["verdict"] for c in reviews)
    assert (first, second) == ("REVISE", "SHIP")
    workers = models["worker"].calls
    assert len(workers) == 3 and overlapped(workers[:2])
    assert example.WORK["Add the deprecation date."] in answer
