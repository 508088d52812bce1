"""Budgets at every level: agent, run, server window, concurrency, depth and loops."""

from __future__ import annotations

from typing import Any, cast

import anyio
import pytest
from mcp import Client
from mcp.types import RequestParamsMeta

from delegate.agents import Agent, Limits, Tool, ToolRegistry, delegate, run_agent
from delegate.agents.budget import RunBudget, run_meta
from delegate.config import ServerLimits
from delegate.models.base import ModelRequest
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from tests.reliability.helpers import agent, echo, text

pytestmark = pytest.mark.anyio


async def test_input_budget_is_checked_before_the_call_never_after() -> None:
    model = ScriptedModel(["never"])
    result = await delegate(agent("a", model, max_input_tokens=1000), "x" * 8000)
    assert result.stop_reason == "input_token_limit"
    assert model.calls == []
    assert "input token budget (1000)" in result.stopped


async def test_non_ascii_text_is_not_underestimated() -> None:
    model = ScriptedModel(["never"])
    result = await delegate(agent("a", model, max_input_tokens=1500), "漢" * 1200)  # ~1 token a character
    assert result.stop_reason == "input_token_limit"
    assert model.calls == []


async def test_run_budget_holds_under_concurrency_then_refuses_the_run() -> None:
    def spender(name: str) -> Agent:
        model = ScriptedModel(lambda req: f"{name}: done", name=name, delay=0.01, tokens_per_call=(50, 100))
        return agent(name, model, max_tokens_per_reply=100)

    server = build_server([spender("a"), spender("b")])
    budget = RunBudget(max_tokens=1000)
    async with Client(server) as client:
        results: list[Any] = []

        async def call(name: str, task: str) -> None:
            result = await client.call_tool(f"delegate_to_{name}", {"task": task}, meta=budget.meta())
            budget.record(result)
            if result.is_error:
                budget.record_error(text(result))
            results.append(result)

        async with anyio.create_task_group() as tg:
            for i in range(5):
                tg.start_soon(call, "a", f"task {i}")
                tg.start_soon(call, "b", f"task {i}")
        finished = [r.structured_content for r in results if not r.is_error]
        answered = [r for r in finished if r["stop_reason"] == "end_turn"]
        stopped = [r for r in finished if r["stop_reason"] == "run_token_limit"]
        refused = [r for r in results if r.is_error]
        assert len(answered) >= 2
        assert len(answered) + len(stopped) + len(refused) == 10
        assert all("the run's token budget is spent" in r["stopped"] for r in stopped)
        assert all("refused [run_tokens]" in text(r) for r in refused)
        assert budget.used.total_tokens == 150 * len(answered) <= 1000
        assert sum(u.total_tokens for u in budget.by_agent.values()) == budget.used.total_tokens
        assert budget.exhausted
        # the run is spent: the next delegation is refused before any model call
        nxt = await client.call_tool("delegate_to_a", {"task": "one more"}, meta=budget.meta())
        assert nxt.is_error and "refused [run_tokens]" in text(nxt)
        # other runs are unaffected
        fresh = await client.call_tool("delegate_to_a", {"task": "one more"}, meta=RunBudget(1000).meta())
        assert not fresh.is_error


async def test_server_token_window_holds_across_runs() -> None:
    limits = ServerLimits(window_tokens=400, window_seconds=3600)
    model = ScriptedModel(lambda req: "ok", tokens_per_call=(20, 100))
    server = build_server([agent("a", model, max_tokens_per_reply=150)], limits=limits)
    outcomes = []
    async with Client(server) as client:
        for i in range(6):
            result = await client.call_tool("delegate_to_a", {"task": f"task {i}"}, meta=run_meta(f"run {i}"))
            outcomes.append("refused" if result.is_error else result.structured_content["stop_reason"])
            if result.is_error:
                assert "refused [server_tokens]" in text(result)
    answered = outcomes.count("end_turn")
    assert 120 * answered <= 400 < 120 * (answered + 1)  # every call that fitted, and no more
    assert outcomes[:answered] == ["end_turn"] * answered
    assert set(outcomes[answered:]) <= {"server_token_limit", "refused"}


async def test_per_agent_concurrency_queues_and_never_exceeds_the_cap() -> None:
    running = peak = 0

    async def reply(request: ModelRequest) -> str:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await anyio.sleep(0.01)
        running -= 1
        return "ok"

    server = build_server([agent("a", ScriptedModel(reply))], limits=ServerLimits(max_concurrent_per_agent=2))
    async with Client(server) as client:
        results = []

        async def call(i: int) -> None:
            results.append(await client.call_tool("delegate_to_a", {"task": f"t{i}"}))

        async with anyio.create_task_group() as tg:
            for i in range(8):
                tg.start_soon(call, i)
    assert peak == 2
    assert not any(r.is_error for r in results)


async def test_a_full_queue_refuses_with_the_queue_limit() -> None:
    limits = ServerLimits(max_concurrent_per_agent=1, queue_timeout_seconds=0.05)
    server = build_server([agent("a", ScriptedModel(lambda r: "ok", delay=5))], limits=limits)
    async with Client(server) as client:
        with anyio.move_on_after(10):
            async with anyio.create_task_group() as tg:
                tg.start_soon(client.call_tool, "delegate_to_a", {"task": "slow"})
                await anyio.sleep(0.01)
                second = await client.call_tool("delegate_to_a", {"task": "queued"})
                tg.cancel_scope.cancel()
    assert (
        second.is_error
        and "refused [queue]" in text(second)
        and "no slot freed within 0.05 s" in text(second)
    )


async def test_depth_limit() -> None:
    server = build_server([echo("x")], limits=ServerLimits(max_depth=2))
    async with Client(server) as client:
        ok = await client.call_tool("delegate_to_x", {"task": "t"}, meta=run_meta("r", chain=("o", "a")))
        deep = await client.call_tool(
            "delegate_to_x", {"task": "t"}, meta=run_meta("r", chain=("o", "a", "b"))
        )
    assert not ok.is_error
    assert deep.is_error and "refused [depth]: delegation depth 3 exceeds the limit of 2" in text(deep)


async def test_repeat_and_ping_pong_are_refused_before_any_model_call() -> None:
    x = echo("x")
    server = build_server([x])
    meta = run_meta("r1", caller="orchestrator")
    async with Client(server) as client:
        first = await client.call_tool("delegate_to_x", {"task": "Find the  report."}, meta=meta)
        repeat = await client.call_tool("delegate_to_x", {"task": "find the report"}, meta=meta)
        revised = await client.call_tool(
            "delegate_to_x", {"task": "find the report", "context": "v2"}, meta=meta
        )
        other_run = await client.call_tool("delegate_to_x", {"task": "find the report"}, meta=run_meta("r2"))
        pong = await client.call_tool("delegate_to_x", {"task": "t"}, meta=run_meta("r1", chain=("x", "y")))
        bad = await client.call_tool(
            "delegate_to_x", {"task": "t"}, meta=cast(RequestParamsMeta, {"delegate/run": {"id": 7}})
        )
    assert not first.is_error and not revised.is_error and not other_run.is_error
    assert repeat.is_error and "refused [repeat]: orchestrator already delegated this same task" in text(
        repeat
    )
    assert pong.is_error and "refused [ping_pong]" in text(pong) and "x → y → x" in text(pong)
    assert bad.is_error and "refused [run_meta]: malformed _meta['delegate/run']: id" in text(bad)
    assert isinstance(x.model, ScriptedModel) and len(x.model.calls) == 3


async def test_orchestrator_delegating_forever_is_stopped_by_the_run_budget() -> None:
    """A scripted orchestrator calls delegate_to_x over MCP in a loop; the run budget ends it."""
    server = build_server([echo("x", tokens=(40, 110))])
    budget = RunBudget(max_tokens=1000, caller="orchestrator")
    async with Client(server) as client:

        async def delegate_to_x(task: str) -> str:
            result = await client.call_tool("delegate_to_x", {"task": task}, meta=budget.meta())
            budget.record(result)
            if result.is_error:
                budget.record_error(text(result))
            answers.append(text(result) if result.is_error else str(result.structured_content["stop_reason"]))
            return text(result) if result.is_error else str(result.structured_content["answer"])

        answers: list[str] = []
        counter = iter(range(10_000))
        forever = ScriptedModel(
            lambda req: tool_call("delegate_to_x", task=f"step {next(counter)}"), tokens_per_call=(0, 0)
        )
        spec = await client.list_tools()
        tool = Tool(
            "delegate_to_x", "x", dict(spec.tools[0].input_schema), lambda args: delegate_to_x(**args)
        )
        orchestrator = Agent(
            name="orchestrator",
            description="d",
            system_prompt="s",
            model=forever,
            tools=ToolRegistry([tool]),
            limits=Limits(max_turns=100),
        )
        result = await run_agent(orchestrator, "Plan forever.")
    assert result.stop_reason == "max_turns"
    assert budget.exhausted
    assert budget.used.total_tokens <= 1000
    done = answers.count("end_turn")
    assert done >= 5 and answers[:done] == ["end_turn"] * done  # 150 tokens each, until the budget ran dry
    assert budget.used.total_tokens > 150 * (done - 1)  # the last one may have had a shrunk reply
    assert all("run_token_limit" in a or "refused [run_tokens]" in a for a in answers[done:])
    assert "refused [run_tokens]" in answers[-1]
