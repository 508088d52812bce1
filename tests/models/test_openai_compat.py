"""OpenAICompatModel against a faked chat-completions API (httpx2.MockTransport, the SDK's HTTP seam)."""

from __future__ import annotations

import sys
from typing import Any

import anyio
import httpx2
import pytest

from delegate.errors import ConfigError, ModelError
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
from delegate.models.openai_compat import INVALID_ARGUMENTS_KEY, OpenAICompatModel
from tests.models.fake_api import FakeAPI

pytest.importorskip("openai")


BASE_URL = "https://llm.test/v1"


def completion(
    content: str | None = "hi",
    *,
    tool_calls: list[dict[str, Any]] | None = None,
    finish_reason: str | None = "stop",
    usage: dict[str, int] | None = None,
    refusal: str | None = None,
) -> httpx2.Response:
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "llama3.2",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
    }
    if usage is not None:
        body["usage"] = usage
    return httpx2.Response(200, json=body)


def call(id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": id, "type": "function", "function": {"name": name, "arguments": arguments}}


def error(status: int, message: str, **headers: str) -> httpx2.Response:
    body = {"error": {"message": message, "type": "invalid_request_error", "code": None}}
    return httpx2.Response(status, json=body, headers={"x-request-id": "req_7", **headers})


def transport(api: FakeAPI) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=httpx2.MockTransport(api))


def make_model(api: FakeAPI, *, max_retries: int = 2, base_url: str = BASE_URL) -> OpenAICompatModel:
    return OpenAICompatModel(
        "llama3.2", base_url=base_url, api_key="sk-test", max_retries=max_retries, http_client=transport(api)
    )


HELLO = ModelRequest(system="", messages=[Message.user("hello")])
OK = completion("hi")


@pytest.mark.anyio
async def test_request_body_is_the_chat_completions_wire_format() -> None:
    api = FakeAPI(OK)
    transcript = [
        Message.user("review this"),
        Message(
            "assistant",
            (
                Text("Looking."),
                ToolCall("call_1", "read", {"path": "a.py"}),
                ToolCall("call_2", "grep", {"pattern": "TODO"}),
            ),
        ),
        Message(
            "user",
            (
                Text("also check tests"),
                ToolResult("call_1", "read", "print(1)"),
                ToolResult("call_2", "grep", "no such file", is_error=True),
            ),
        ),
        Message("assistant", (Text("Done."),)),
    ]
    schema = {"type": "object", "properties": {"path": {"type": "string"}}}
    tools = [ToolSpec("read", "Read a file.", schema)]

    await make_model(api).request(ModelRequest("You review code.", transcript, tools, max_tokens=321))

    assert api.requests[0].url == f"{BASE_URL}/chat/completions"
    assert api.requests[0].headers["authorization"] == "Bearer sk-test"
    assert api.body() == {
        "model": "llama3.2",
        "max_tokens": 321,
        "tools": [
            {
                "type": "function",
                "function": {"name": "read", "description": "Read a file.", "parameters": schema},
            }
        ],
        "messages": [
            {"role": "system", "content": "You review code."},
            {"role": "user", "content": "review this"},
            {
                "role": "assistant",
                "content": "Looking.",
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "read", "arguments": '{"path": "a.py"}'},
                    },
                    {
                        "id": "call_2",
                        "type": "function",
                        "function": {"name": "grep", "arguments": '{"pattern": "TODO"}'},
                    },
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "print(1)"},
            {"role": "tool", "tool_call_id": "call_2", "content": "Error: no such file"},
            {"role": "user", "content": "also check tests"},
            {"role": "assistant", "content": "Done."},
        ],
    }


@pytest.mark.anyio
async def test_official_api_gets_max_completion_tokens() -> None:
    api = FakeAPI(OK)
    await make_model(api, base_url="https://api.openai.com/v1").request(HELLO)
    body = api.body()
    assert body["max_completion_tokens"] == 4096
    assert "max_tokens" not in body
    assert "tools" not in body
    assert body["messages"] == [{"role": "user", "content": "hello"}]


@pytest.mark.anyio
async def test_reply_with_text_and_parallel_tool_calls() -> None:
    api = FakeAPI(
        completion(
            "Let me look.",
            tool_calls=[call("call_1", "read", '{"path": "a.py"}'), call("call_2", "list", "")],
            finish_reason="tool_calls",
            usage={"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150},
        )
    )
    reply = await make_model(api).request(HELLO)
    assert reply.parts == (
        Text("Let me look."),
        ToolCall("call_1", "read", {"path": "a.py"}),
        ToolCall("call_2", "list", {}),
    )
    assert reply.stop_reason == "tool_use"
    assert reply.usage == Usage(input_tokens=120, output_tokens=30, model_calls=1)
    assert reply.model == "llama3.2"


@pytest.mark.anyio
async def test_missing_usage_counts_the_call_only() -> None:
    reply = await make_model(FakeAPI(OK)).request(HELLO)
    assert reply.usage == Usage(model_calls=1)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("wire", "ours"),
    [
        ("stop", "end_turn"),
        ("tool_calls", "tool_use"),
        ("length", "max_tokens"),
        ("content_filter", "refusal"),
        ("function_call", "other"),
        (None, "other"),
    ],
)
async def test_finish_reasons_map_to_ours(wire: str | None, ours: StopReason) -> None:
    reply = await make_model(FakeAPI(completion("x", finish_reason=wire))).request(HELLO)
    assert reply.stop_reason == ours


@pytest.mark.anyio
async def test_tool_calls_with_finish_reason_stop_still_mean_tool_use() -> None:
    api = FakeAPI(completion(None, tool_calls=[call("c1", "read", "{}")], finish_reason="stop"))
    reply = await make_model(api).request(HELLO)
    assert reply.stop_reason == "tool_use"
    assert reply.parts == (ToolCall("c1", "read", {}),)


@pytest.mark.anyio
async def test_a_refusal_is_text_with_stop_reason_refusal() -> None:
    reply = await make_model(FakeAPI(completion(None, refusal="I can't help with that."))).request(HELLO)
    assert reply.text == "I can't help with that."
    assert reply.stop_reason == "refusal"


@pytest.mark.anyio
@pytest.mark.parametrize("raw", ['{"path": "a.py"', "[1, 2]", "null"])
async def test_malformed_arguments_reach_the_registry_as_an_error_the_model_reads(raw: str) -> None:
    api = FakeAPI(completion(None, tool_calls=[call("c1", "read", raw)], finish_reason="tool_calls"), OK)
    model = make_model(api)
    reply = await model.request(HELLO)
    (tool_call,) = reply.tool_calls
    assert tool_call.arguments == {INVALID_ARGUMENTS_KEY: raw}

    from delegate.agents.tools import ToolRegistry  # here, so only this test needs the agents package

    def read(path: str) -> str:
        return f"contents of {path}"

    result = await ToolRegistry([read]).call(tool_call)
    assert result.is_error
    assert "invalid arguments for read" in result.content

    # Sent back, the call shows exactly what the model wrote.
    await model.request(
        ModelRequest("", [Message.user("hello"), reply.as_message(), Message("user", (result,))])
    )
    assert api.body()["messages"][1]["tool_calls"][0]["function"]["arguments"] == raw


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
    assert caught.value.provider == "openai"
    assert str(caught.value) == (
        "openai:llama3.2: HTTP 500 (server error): boom [request-id req_7] (gave up after 2 retries)"
    )


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "hint"),
    [(400, "bad request"), (401, "check OPENAI_API_KEY"), (404, "check the model name")],
)
async def test_client_errors_are_not_retried_nor_retryable(status: int, hint: str) -> None:
    api = FakeAPI(error(status, "model 'llama3.2' not found"))
    with pytest.raises(ModelError) as caught:
        await make_model(api).request(HELLO)
    assert len(api.requests) == 1
    assert caught.value.retryable is False
    assert f"HTTP {status} (" in str(caught.value)
    assert hint in str(caught.value)
    assert "model 'llama3.2' not found" in str(caught.value)


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
    assert str(caught.value) == "openai:llama3.2: could not connect to llm.test: Connection reset by peer"
    assert caught.value.retryable is True


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "detail"),
    [
        (
            httpx2.Response(200, content=b'{"choices": [', headers={"content-type": "application/json"}),
            "not valid JSON",
        ),
        (httpx2.Response(200, text="<html>502 Bad Gateway</html>"), "expected a JSON chat completion"),
        (httpx2.Response(200, json={"object": "chat.completion", "choices": []}), "no choices"),
        (httpx2.Response(200, json={"choices": [{"message": {"content": 7}}]}), "content should be str"),
    ],
    ids=["truncated-json", "html", "no-choices", "content-not-a-string"],
)
async def test_malformed_reply_is_a_model_error(response: httpx2.Response, detail: str) -> None:
    with pytest.raises(ModelError, match=detail) as caught:
        await make_model(FakeAPI(response)).request(HELLO)
    assert caught.value.retryable is False


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
    with anyio.move_on_after(0.1) as scope:
        await model.request(HELLO)
    assert scope.cancelled_caught
    assert seen == ["cancelled"]


@pytest.mark.anyio
async def test_a_local_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://ollama.test:11434/v1")
    api = FakeAPI(OK)
    model = OpenAICompatModel("llama3.2", http_client=transport(api))
    await model.request(HELLO)
    assert str(api.requests[0].url) == "http://ollama.test:11434/v1/chat/completions"
    assert api.requests[0].headers["authorization"] == "Bearer unused"
    assert model.name == "openai:llama3.2"


def test_no_key_and_no_base_url_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY, or OPENAI_BASE_URL"):
        OpenAICompatModel("gpt-5")


def test_missing_openai_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)
    with pytest.raises(ConfigError, match=r"pip install 'delegate-mcp\[openai\]'"):
        OpenAICompatModel("gpt-5", api_key="sk-test")
