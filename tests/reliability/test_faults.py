"""Provider faults: each ends its own delegation with a precise result; siblings and the server go on."""

from __future__ import annotations

import anyio
import pytest
from mcp import Client
from pydantic import BaseModel

from delegate.agents import Agent, Limits, ToolRegistry, delegate
from delegate.agents.retry import RetryingModel, backoff
from delegate.errors import ModelError
from delegate.server import build_server
from delegate.testing import FAULTS, FaultyModel, ScriptedModel, tool_call
from delegate.trust import TrustGate
from tests.reliability.helpers import agent, echo, text

pytestmark = pytest.mark.anyio

# How each fault must end, as the caller reads it.
EXPECTED = {
    "rate_limit": ("is_error", "model failure (faulty): faulty: HTTP 429 rate limited"),
    "server_error": ("is_error", "HTTP 500 internal server error"),
    "timeout": ("is_error", "request timed out"),
    "connection_reset": ("is_error", "connection reset by peer"),
    "malformed": ("is_error", "malformed reply"),
    "mid_stream": ("is_error", "internal error (ConnectionResetError) in the model"),
    "crash": ("is_error", "internal error (RuntimeError) in the model"),
    "truncated": ("max_tokens", "its last reply was cut off"),
    "hang": ("timeout", "it ran out of time (0.2 s)"),
}


@pytest.mark.parametrize("fault", FAULTS)
async def test_each_fault_ends_its_delegation_alone(fault: str) -> None:
    faulty = FaultyModel([fault], then="recovered after the fault")  # type: ignore[list-item]
    sibling = echo("sibling", delay=0.05)
    server = build_server([agent("flaky", faulty, timeout_seconds=0.2), sibling])
    outcome, phrase = EXPECTED[fault]
    results = {}
    async with Client(server) as client:

        async def call(name: str) -> None:
            results[name] = await client.call_tool(f"delegate_to_{name}", {"task": "Summarise the report."})

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "flaky")
            tg.start_soon(call, "sibling")
        flaky = results["flaky"]
        if outcome == "is_error":
            assert flaky.is_error
            assert phrase in text(flaky)
            assert "spent 0 tokens in 1 model calls" in text(flaky)
        else:
            assert not flaky.is_error
            assert flaky.structured_content is not None
            assert flaky.structured_content["stop_reason"] == outcome
            assert phrase in flaky.structured_content["stopped"]
        assert not results["sibling"].is_error
        assert results["sibling"].structured_content is not None
        assert results["sibling"].structured_content["answer"] == "sibling: done"
        # the server answers the next call, and the model recovered
        again = await client.call_tool("delegate_to_flaky", {"task": "Summarise the report."})
        assert not again.is_error, text(again)
        assert again.structured_content is not None
        assert again.structured_content["answer"] == "recovered after the fault"


async def test_retryable_faults_are_retried_then_succeed_with_every_attempt_counted() -> None:
    faulty = FaultyModel(["rate_limit", "server_error", "timeout"], then="fine")
    model = RetryingModel(faulty, attempts=4, base_delay=0.001)
    result = await delegate(agent("a", model), "go")
    assert result.answer == "fine"
    assert len(faulty.calls) == 4
    assert result.usage.model_calls == 4


async def test_retries_are_bounded_then_a_typed_failure() -> None:
    faulty = FaultyModel(["rate_limit"] * 10)
    with pytest.raises(ModelError, match=r"429.*gave up after 3 attempts") as caught:
        await delegate(agent("a", RetryingModel(faulty, attempts=3, base_delay=0.001)), "go")
    assert caught.value.retryable
    assert len(faulty.calls) == 3


async def test_non_retryable_faults_are_not_retried() -> None:
    faulty = FaultyModel(["malformed", "malformed"], then="never")
    with pytest.raises(ModelError, match="malformed"):
        await delegate(agent("a", RetryingModel(faulty, attempts=5, base_delay=0.001)), "go")
    assert len(faulty.calls) == 1


def test_backoff_is_jittered_exponential_and_capped() -> None:
    assert [backoff(n, 0.5, 8.0, lambda: 1.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff(3, 0.5, 8.0, lambda: 0.25) == 1.0


class Verdict(BaseModel):
    score: int
    ship: bool


def critic(model: FaultyModel | ScriptedModel) -> Agent:
    return Agent(
        name="critic", description="d", system_prompt="s", model=model, output_type=Verdict, output_retries=2
    )


async def test_malformed_json_is_reprompted_then_accepted() -> None:
    model = ScriptedModel(['{"score": 7, "ship": tru', '{"score": "high"}', '{"score": 7, "ship": true}'])
    result = await delegate(critic(model), "Review this.")
    assert result.output == {"score": 7, "ship": True}
    assert "cut off" in model.calls[1].request.messages[-1].text
    assert "score" in model.calls[2].request.messages[-1].text


async def test_json_never_valid_is_an_output_error_over_mcp_with_spend() -> None:
    model = ScriptedModel(["not json"] * 3)
    async with Client(build_server([critic(model)])) as client:
        result = await client.call_tool("delegate_to_critic", {"task": "Review this."})
    assert result.is_error
    assert "critic: invalid output: critic did not return valid output after 2 re-prompts" in text(result)
    assert "spent 45 tokens in 3 model calls" in text(result)


async def test_truncated_json_counts_as_truncation_not_as_output() -> None:
    faulty = FaultyModel(["truncated"], then='{"score": 7, "ship": true}')
    result = await delegate(critic(faulty), "Review this.")
    assert result.stop_reason == "max_tokens"
    assert result.output is None


async def test_exception_in_a_tool_is_read_by_the_model_and_the_run_goes_on() -> None:
    async def broken(x: int) -> str:
        """Always fails."""
        raise KeyError("no such record")

    model = ScriptedModel([tool_call("broken", x=1), "carried on"])
    a = Agent(name="t", description="d", system_prompt="s", model=model, tools=ToolRegistry([broken]))
    result = await delegate(a, "go")
    assert result.answer == "carried on"
    seen = model.calls[1].request.messages[-1].tool_results[0]
    assert seen.is_error and "KeyError" in seen.content


class ExplodingGate(TrustGate):
    async def check(self, text: str, **kw: object) -> object:  # type: ignore[override]
        if kw.get("source") == "tool_result":
            raise RuntimeError("filter bug")
        return await super().check(text, **kw)  # type: ignore[arg-type]


async def test_exception_in_the_filter_ends_that_delegation_alone() -> None:
    async def lookup() -> str:
        """A lookup."""
        return "data"

    bad = Agent(
        name="bad",
        description="d",
        system_prompt="s",
        model=ScriptedModel([tool_call("lookup"), "never"], name="bad"),
        tools=ToolRegistry([lookup]),
        limits=Limits(max_turns=3),
    )
    server = build_server([bad, echo("sibling", delay=0.05)], gate=ExplodingGate())
    async with Client(server) as client:
        results = {}

        async def call(name: str) -> None:
            results[name] = await client.call_tool(f"delegate_to_{name}", {"task": "go"})

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "bad")
            tg.start_soon(call, "sibling")
        assert results["bad"].is_error
        assert "bad: internal error (RuntimeError); see the server log" in text(results["bad"])
        assert not results["sibling"].is_error
        assert not (await client.call_tool("delegate_to_sibling", {"task": "again"})).is_error
