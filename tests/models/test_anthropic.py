"""AnthropicModel against a faked Messages API (httpx2.MockTransport): nothing leaves the process."""

from __future__ import annotations

from typing import Any

import anyio
import httpx2
import pytest
from anthropic import AsyncAnthropic

from delegate.errors import ConfigError, ModelError
from delegate.models.anthropic import AnthropicModel
from delegate.models.base import (
    Message,
    ModelRequest,
    StopReason,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)
from tests.models.fake_api import FakeAPI

BASE_URL = "https://anthropic.test"


def message(
    content: list[dict[str, Any]], stop_reason: str | None = "end_turn", **usage: int
) -> httpx2.Response:
    return httpx2.Response(
        200,
        json={
            "id": "msg_01",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-5-5",
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {"input_tokens": 10, "output_tokens": 5, **usage},
        },
    )


def error(status: int, message: str, **headers: str) -> httpx2.Response:
    kind = {429: "rate_limit_error", 529: "overloaded_error"}.get(status, "api_error")
    body = {"type": "error", "error": {"type": kind, "message": message}}
    return httpx2.Response(status, json=body, headers={"request-id": "req_42", **headers})


def make_model(api: FakeAPI, *, max_retries: int = 2) -> AnthropicModel:
    return AnthropicModel(
        "claude-sonnet-5-5",
        api_key="sk-test",
        base_url=BASE_URL,
        max_retries=max_retries,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(api)),
    )


HELLO = ModelRequest(system="", messages=[Message.user("hello")])
OK = message([{"type": "text", "text": "hi"}])


@pytest.mark.anyio
async def test_request_body_is_the_anthropic_wire_format() -> None:
    api = FakeAPI(OK)
    transcript = [
        Message.user("review this"),
        Message.user("carefully"),
        Message(
            "assistant",
            (
                Text("Looking."),
                ToolCall("toolu_1", "read", {"path": "a.py"}),
                ToolCall("toolu_2", "grep", {"pattern": "TODO"}),
            ),
        ),
        Message(
            "user",
            (
                Text("also check tests"),
                ToolResult("toolu_1", "read", "print(1)"),
                ToolResult("toolu_2", "grep", "no such file", is_error=True),
            ),
        ),
        Message("assistant", (Text(""),)),  # empty: dropped, the API rejects empty turns
    ]
    tools = [ToolSpec("read", "Read a file.", {"type": "object", "properties": {"path": {"type": "string"}}})]

    await make_model(api).request(ModelRequest("You review code.", transcript, tools, max_tokens=321))

    assert api.requests[0].url == f"{BASE_URL}/v1/messages"
    assert api.body() == {
        "model": "claude-sonnet-5-5",
        "max_tokens": 321,
        "system": "You review code.",
        "tools": [
            {
                "name": "read",
                "description": "Read a file.",
                "input_schema": {"type": "object", "properties": {"path": {"type": "string"}}},
            }
        ],
        "messages": [
            {
                "role": "user",
                "content": [{"type": "text", "text": "review this"}, {"type": "text", "text": "carefully"}],
            },
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Looking."},
                    {"type": "tool_use", "id": "toolu_1", "name": "read", "input": {"path": "a.py"}},
                    {"type": "tool_use", "id": "toolu_2", "name": "grep", "input": {"pattern": "TODO"}},
                ],
            },
            {
                "role": "user",
                "content": [
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_1",
                        "is_error": False,
                        "content": "print(1)",
                    },
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_2",
                        "is_error": True,
                        "content": "no such file",
                    },
                    {"type": "text", "text": "also check tests"},
                ],
            },
        ],
    }


@pytest.mark.anyio
async def test_no_system_prompt_or_tools_sends_neither() -> None:
    api = FakeAPI(OK)
    await make_model(api).request(HELLO)
    body = api.body()
    assert "system" not in body
    assert "tools" not in body
    assert body["max_tokens"] == 4096


@pytest.mark.anyio
async def test_reply_with_text_and_parallel_tool_calls() -> None:
    api = FakeAPI(
        message(
            [
                {"type": "text", "text": "Let me look."},
                {"type": "thinking", "thinking": "hmm", "signature": "s"},
                {"type": "tool_use", "id": "toolu_1", "name": "read", "input": {"path": "a.py"}},
                {"type": "tool_use", "id": "toolu_2", "name": "read", "input": {"path": "b.py"}},
            ],
            stop_reason="tool_use",
            cache_creation_input_tokens=100,
            cache_read_input_tokens=1000,
        )
    )
    reply = await make_model(api).request(HELLO)
    assert reply.parts == (
        Text("Let me look."),
        ToolCall("toolu_1", "read", {"path": "a.py"}),
        ToolCall("toolu_2", "read", {"path": "b.py"}),
    )
    assert reply.stop_reason == "tool_use"
    # Cached prompt tokens were still read by the model: they count as input.
    assert reply.usage == Usage(input_tokens=1110, output_tokens=5, model_calls=1)
    assert reply.model == "claude-sonnet-5-5"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("wire", "ours"),
    [
        ("end_turn", "end_turn"),
        ("tool_use", "tool_use"),
        ("max_tokens", "max_tokens"),
        ("model_context_window_exceeded", "max_tokens"),
        ("refusal", "refusal"),
        ("stop_sequence", "other"),
        ("pause_turn", "other"),
        (None, "other"),
    ],
)
async def test_stop_reasons_map_to_ours(wire: str | None, ours: StopReason) -> None:
    reply = await make_model(FakeAPI(message([], stop_reason=wire))).request(HELLO)
    assert reply.stop_reason == ours
    assert reply.parts == ()


@pytest.mark.anyio
async def test_rate_limit_is_retried_by_the_sdk_honouring_retry_after() -> None:
    api = FakeAPI(error(429, "slow down", **{"retry-after-ms": "10"}), OK)
    reply = await make_model(api, max_retries=2).request(HELLO)
    assert reply.text == "hi"
    assert api.retry_counts == ["0", "1"]


@pytest.mark.anyio
async def test_persistent_server_error_is_a_retryable_model_error() -> None:
    api = FakeAPI(error(500, "boom", **{"retry-after-ms": "1"}))
    with pytest.raises(ModelError) as caught:
        await make_model(api, max_retries=2).request(HELLO)
    assert len(api.requests) == 3
    assert caught.value.retryable is True
    assert caught.value.provider == "anthropic"
    assert str(caught.value) == (
        "anthropic:claude-sonnet-5-5: HTTP 500 (server error): boom [request-id req_42] (gave up after 2 retries)"
    )


@pytest.mark.anyio
async def test_overloaded_is_retryable() -> None:
    api = FakeAPI(error(529, "Overloaded"))
    with pytest.raises(ModelError, match=r"HTTP 529 \(overloaded\): Overloaded") as caught:
        await make_model(api, max_retries=0).request(HELLO)
    assert caught.value.retryable is True
    assert len(api.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "hint"),
    [(400, "bad request"), (401, "check ANTHROPIC_API_KEY"), (404, "check the model name")],
)
async def test_client_errors_are_not_retried_nor_retryable(status: int, hint: str) -> None:
    api = FakeAPI(error(status, "messages: field required"))
    with pytest.raises(ModelError) as caught:
        await make_model(api).request(HELLO)
    assert len(api.requests) == 1
    assert caught.value.retryable is False
    assert f"HTTP {status} (" in str(caught.value)
    assert hint in str(caught.value)
    assert "messages: field required" in str(caught.value)


@pytest.mark.anyio
async def test_timeout_is_a_retryable_model_error() -> None:
    api = FakeAPI(httpx2.ReadTimeout("read timed out"))
    with pytest.raises(ModelError, match="request timed out") as caught:
        await make_model(api, max_retries=0).request(HELLO)
    assert caught.value.retryable is True


@pytest.mark.anyio
async def test_connection_reset_is_a_retryable_model_error() -> None:
    api = FakeAPI(httpx2.ReadError("Connection reset by peer"))
    with pytest.raises(ModelError) as caught:
        await make_model(api, max_retries=0).request(HELLO)
    assert str(caught.value) == (
        "anthropic:claude-sonnet-5-5: could not connect to anthropic.test: Connection reset by peer"
    )
    assert caught.value.retryable is True


@pytest.mark.anyio
async def test_connection_reset_then_success_is_retried_by_the_sdk() -> None:
    api = FakeAPI(httpx2.ReadError("Connection reset by peer"), OK)
    reply = await make_model(api, max_retries=1).request(HELLO)
    assert reply.text == "hi"
    assert api.retry_counts == ["0", "1"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "detail"),
    [
        (
            httpx2.Response(
                200, content=b'{"id": "msg_01", "content": [', headers={"content-type": "application/json"}
            ),
            "not valid JSON",
        ),
        (httpx2.Response(200, text="<html>502 Bad Gateway</html>"), "expected a JSON message object"),
        (httpx2.Response(200, json={"type": "message", "content": "hi"}), "malformed reply"),
        (
            httpx2.Response(200, json={"type": "message", "content": [{"type": "text", "text": 3}]}),
            "text should be str",
        ),
        (httpx2.Response(200, json={"type": "message", "content": []}), "malformed reply"),
    ],
    ids=["truncated-json", "html", "content-not-a-list", "text-not-a-string", "no-usage"],
)
async def test_malformed_reply_is_a_model_error(response: httpx2.Response, detail: str) -> None:
    with pytest.raises(ModelError, match=detail) as caught:
        await make_model(FakeAPI(response)).request(HELLO)
    assert caught.value.retryable is False
    assert caught.value.provider == "anthropic"


@pytest.mark.anyio
async def test_cancellation_propagates_and_is_not_turned_into_an_error() -> None:
    seen: list[str] = []

    async def slow(request: httpx2.Request) -> httpx2.Response:
        try:
            await anyio.sleep(30)
        except anyio.get_cancelled_exc_class():
            seen.append("cancelled")
            raise
        return OK

    model = make_model(FakeAPI(slow))
    start = anyio.current_time()
    with anyio.move_on_after(0.1) as scope:
        await model.request(HELLO)
    assert scope.cancelled_caught
    assert seen == ["cancelled"]
    assert anyio.current_time() - start < 5


def test_missing_key_is_a_config_error_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    with pytest.raises(ConfigError, match="set ANTHROPIC_API_KEY"):
        AnthropicModel("claude-sonnet-5-5")


@pytest.mark.anyio
async def test_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-from-env")
    api = FakeAPI(OK)
    model = AnthropicModel(
        "claude-sonnet-5-5",
        base_url=BASE_URL,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(api)),
    )
    await model.request(HELLO)
    headers = api.requests[0].headers
    assert "sk-from-env" in (headers.get("x-api-key") or headers.get("authorization") or "")
    assert model.name == "anthropic:claude-sonnet-5-5"


@pytest.mark.anyio
async def test_a_given_client_is_used_as_is() -> None:
    api = FakeAPI(OK)
    client = AsyncAnthropic(
        api_key="sk-own",
        base_url=BASE_URL,
        http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(api)),
    )
    reply = await AnthropicModel("claude-sonnet-5-5", client=client).request(HELLO)
    assert reply.text == "hi"
    assert len(api.requests) == 1


@pytest.mark.anyio
async def test_a_tool_call_in_a_user_message_is_refused_before_sending() -> None:
    api = FakeAPI(OK)
    bad = Message("user", (ToolCall("t1", "read", {}),))
    with pytest.raises(ModelError, match="cannot send a ToolCall in a user message"):
        await make_model(api).request(ModelRequest("", [bad]))
    assert api.requests == []
