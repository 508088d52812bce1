"""Fuzzing every tool's input through a real MCP session: no crash, every bad input a clear error.

Hypothesis runs in a worker thread and sends each example's batch of calls into the event
loop that holds the session, so one session serves all 10,000 calls.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, cast

import anyio
import anyio.from_thread
import anyio.to_thread
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcp import Client, MCPError
from mcp.types import RequestParamsMeta

from delegate.server import build_server
from delegate.testing import ScriptedModel
from tests.reliability.helpers import agent, text

pytestmark = pytest.mark.anyio

EXAMPLES, CALLS_PER_EXAMPLE = 200, 50  # 10,000 calls

SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
odd_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=SURROGATES), max_size=40
) | st.sampled_from(["", " ", "\x00", "\u202e\u2066evil", "🧨" * 9, "ｉｇｎｏｒｅ", "\n" * 50, "漢字" * 20])


class Huge(str):
    """A long string with a short repr, so failing examples stay readable."""

    def __repr__(self) -> str:
        return f"<{len(self)} chars>"


huge = st.sampled_from([100_001, 400_001, 1_000_000]).map(lambda n: Huge("x" * n))
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | odd_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3),
    max_leaves=8,
)
task = odd_text | huge | json_value
arguments = st.one_of(
    st.fixed_dictionaries({"task": task}),
    st.fixed_dictionaries({"task": task, "context": task}),
    st.fixed_dictionaries({"task": odd_text}, optional={"context": odd_text, "extra": json_value}),
    st.dictionaries(odd_text, json_value, max_size=4),
)
run = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {"id": odd_text | st.integers()}, optional={"depth": json_value, "chain": json_value}
    ),
    st.fixed_dictionaries(
        {"id": st.sampled_from(["r1", "r2"]), "max_tokens": st.integers(-5, 10_000)},
        optional={"chain": st.lists(st.sampled_from(["a", "b", "o"]), max_size=4)},
    ),
    json_value,
)
tool = st.sampled_from(["delegate_to_a", "delegate_to_b"]) | odd_text
call = st.tuples(tool, arguments, run)

CLEAR_ERRORS = (
    "validation error",
    "Unknown tool",
    "refused [",
    "blocked by the injection filter",
)


async def test_ten_thousand_fuzzed_calls_no_crash_every_error_clear() -> None:
    model = ScriptedModel(lambda request: "ok", name="fuzz")
    server = build_server([agent("a", model), agent("b", model)])
    seen: Counter[str] = Counter()
    unclear: list[str] = []
    async with Client(server) as client:

        async def batch(calls: list[tuple[str, dict[str, Any], Any]]) -> None:
            async def one(name: str, args: dict[str, Any], meta: Any) -> None:
                try:
                    result = await client.call_tool(
                        name,
                        args,
                        meta=cast(RequestParamsMeta, {"delegate/run": meta}) if meta is not None else None,
                    )
                except MCPError as exc:  # a JSON-RPC error must still explain itself
                    seen["jsonrpc_error"] += 1
                    if not exc.error.message.strip():
                        unclear.append(f"{name}: empty JSON-RPC error {exc.error.code}")
                    return
                except Exception as exc:
                    unclear.append(f"{name} {args!r:.200}: client saw {type(exc).__name__}: {exc}")
                    return
                if result.is_error:
                    seen["is_error"] += 1
                    message = text(result)
                    if "internal error" in message or not any(c in message for c in CLEAR_ERRORS):
                        unclear.append(f"{name} {args!r:.200} {meta!r:.100}: {message[:300]}")
                elif (out := result.structured_content) is None:
                    unclear.append(f"{name} {args!r:.200}: no structured result {result!r:.300}")
                elif out["stop_reason"] == "end_turn" and out["answer"] == "ok":
                    seen["ok"] += 1
                elif out["stop_reason"] != "end_turn" and out["stopped"]:  # a limit, said in words
                    seen["stopped"] += 1
                else:
                    unclear.append(f"{name} {args!r:.200}: unexpected result {out!r:.300}")

            async with anyio.create_task_group() as tg:
                for name, args, meta in calls:
                    tg.start_soon(one, name, args, meta)

        def fuzz(portal: anyio.from_thread.BlockingPortal) -> None:
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(st.lists(call, min_size=CALLS_PER_EXAMPLE, max_size=CALLS_PER_EXAMPLE))
            def examples(calls: list[tuple[str, dict[str, Any], Any]]) -> None:
                portal.call(batch, calls)

            examples()

        async with anyio.from_thread.BlockingPortal() as portal:
            await anyio.to_thread.run_sync(fuzz, portal)

        # still serving after the storm
        after = await client.call_tool("delegate_to_a", {"task": "Are you still there?"})
        assert not after.is_error
    print(f"fuzzed calls: {dict(seen)}")  # shown with -s
    assert unclear == [], f"{len(unclear)} unclear results, e.g. {unclear[:5]}"
    assert sum(seen.values()) >= EXAMPLES * CALLS_PER_EXAMPLE
    assert seen["ok"] > 100 and seen["is_error"] > 1000, seen
