"""Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, LM Studio, …).

`openai` is an optional dependency, imported only when this model is built. Its SDK retries
408/409/429/5xx and connection failures with bounded backoff honouring `retry-after`; this
module configures that and maps what is left to one `ModelError`.

Tool-call arguments arrive as a JSON string the model wrote. When that string is not a JSON
object, the call is still returned, with arguments `{INVALID_ARGUMENTS_KEY: <raw string>}`:
no tool accepts that key, so the agent's tool registry answers with an "invalid arguments"
error result and the model can try again, instead of one typo ending the whole run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import httpx2

from delegate.errors import ConfigError, ModelError
from delegate.models._sdk_errors import sdk_error, shorten, typed
from delegate.models.base import (
    Message,
    Model,
    ModelReply,
    ModelRequest,
    StopReason,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)

if TYPE_CHECKING:
    import openai
    from openai.types.chat import (
        ChatCompletionFunctionToolParam,
        ChatCompletionMessageFunctionToolCallParam,
        ChatCompletionMessageParam,
    )

PROVIDER = "openai"
INVALID_ARGUMENTS_KEY = "__invalid_json_arguments__"
LOCAL_API_KEY = "unused"  # local servers ignore the key, but the SDK insists on one

_STOP_REASONS: dict[str, StopReason] = {
    "stop": "end_turn",
    "tool_calls": "tool_use",
    "length": "max_tokens",
    "content_filter": "refusal",
}

_STATUS_HINTS = {
    400: "bad request",
    401: "authentication failed; check OPENAI_API_KEY",
    403: "permission denied for this key",
    404: "not found; check the model name and OPENAI_BASE_URL",
    408: "request timeout",
    409: "conflict",
    413: "request too large",
    422: "unprocessable request",
    429: "rate limited",
}


def _import_openai() -> Any:
    try:
        import openai
    except ImportError as exc:
        raise ConfigError(
            "the 'openai' model provider needs the openai package: pip install 'delegate-mcp[openai]'"
        ) from exc
    return openai


class OpenAICompatModel(Model):
    """A chat-completions model behind the neutral `Model` interface.

    `base_url`/`api_key` default to `OPENAI_BASE_URL`/`OPENAI_API_KEY`; with a base URL and
    no key (a local server) a placeholder key is sent. A given `client` is used as is.
    """

    def __init__(
        self,
        model: str,
        *,
        client: openai.AsyncOpenAI | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        max_retries: int = 2,
        timeout: float = 120.0,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        self.model = model
        self.name = f"{PROVIDER}:{model}"
        sdk = _import_openai()
        base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        if client is None:
            key = api_key or os.environ.get("OPENAI_API_KEY") or (LOCAL_API_KEY if base_url else None)
            if not key:
                raise ConfigError(
                    f"model {self.name!r} needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local server"
                )
            client = sdk.AsyncOpenAI(
                api_key=key,
                base_url=base_url,
                max_retries=max_retries,
                timeout=timeout,
                http_client=http_client,
            )
        self._client: openai.AsyncOpenAI = client
        # OpenAI's own API wants max_completion_tokens; compatible servers know max_tokens.
        self._official = client.base_url.host == "api.openai.com"

    async def request(self, request: ModelRequest) -> ModelReply:
        import openai

        limit = request.max_tokens
        try:
            completion = await self._client.chat.completions.create(
                model=self.model,
                messages=to_openai_messages(request.system, request.messages),
                tools=to_openai_tools(request.tools) if request.tools else openai.omit,
                max_completion_tokens=limit if self._official else openai.omit,
                max_tokens=openai.omit if self._official else limit,
            )
        except openai.OpenAIError as exc:
            raise _model_error(exc, self.name) from exc
        except json.JSONDecodeError as exc:  # a 2xx body that is not JSON; the SDK lets it through
            raise ModelError(
                f"{self.name}: malformed reply, the body is not valid JSON ({exc})", provider=PROVIDER
            ) from exc
        return parse_reply(completion, self.name)


def to_openai_tools(tools: Iterable[ToolSpec]) -> list[ChatCompletionFunctionToolParam]:
    return [
        {
            "type": "function",
            "function": {"name": t.name, "description": t.description, "parameters": t.input_schema},
        }
        for t in tools
    ]


def to_openai_messages(system: str, messages: Sequence[Message]) -> list[ChatCompletionMessageParam]:
    """Translate the transcript; a user turn's tool results become `tool` messages, sent first."""
    out: list[ChatCompletionMessageParam] = [{"role": "system", "content": system}] if system else []
    for message in messages:
        bad = [
            p for p in message.parts if isinstance(p, ToolResult if message.role == "assistant" else ToolCall)
        ]
        if bad:
            raise ModelError(
                f"cannot send a {type(bad[0]).__name__} in a {message.role} message", provider=PROVIDER
            )
        if message.role == "user":
            for result in message.tool_results:
                content = f"Error: {result.content}" if result.is_error else result.content
                out.append({"role": "tool", "tool_call_id": result.call_id, "content": content})
            if message.text:
                out.append({"role": "user", "content": message.text})
        elif message.tool_calls:
            calls = [_call_param(c) for c in message.tool_calls]
            out.append({"role": "assistant", "content": message.text or None, "tool_calls": calls})
        elif message.text:
            out.append({"role": "assistant", "content": message.text})
    return out


def _call_param(call: ToolCall) -> ChatCompletionMessageFunctionToolCallParam:
    raw = call.arguments.get(INVALID_ARGUMENTS_KEY)
    # Send a malformed call back exactly as the model wrote it.
    arguments = raw if len(call.arguments) == 1 and isinstance(raw, str) else json.dumps(call.arguments)
    return {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": arguments}}


def parse_arguments(raw: str) -> dict[str, Any]:
    """The model's JSON arguments, or the marker dict described in the module docstring."""
    if not raw.strip():
        return {}  # some servers send "" for a call without arguments
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return {INVALID_ARGUMENTS_KEY: raw}
    return value if isinstance(value, dict) else {INVALID_ARGUMENTS_KEY: raw}


def parse_reply(completion: Any, name: str) -> ModelReply:
    """Read the SDK's `ChatCompletion`, which the SDK builds without validating it."""
    import openai

    if not isinstance(completion, openai.types.chat.ChatCompletion):
        raise ModelError(f"{name}: malformed reply, expected a JSON chat completion", provider=PROVIDER)
    try:
        if not completion.choices:
            raise TypeError("no choices in the reply")
        choice = completion.choices[0]
        message = choice.message
        parts: list[Text | ToolCall] = []
        text = message.content or message.refusal
        if text:
            parts.append(Text(typed(text, str, "message.content")))
        for call in message.tool_calls or ():
            if call.type == "function":
                parts.append(
                    ToolCall(
                        typed(call.id, str, "tool call id"),
                        typed(call.function.name, str, "tool call name"),
                        parse_arguments(typed(call.function.arguments or "", str, "tool call arguments")),
                    )
                )
        usage = completion.usage
        input_tokens = typed(usage.prompt_tokens, int, "usage.prompt_tokens") if usage else 0
        output_tokens = typed(usage.completion_tokens, int, "usage.completion_tokens") if usage else 0
        stop_reason = _STOP_REASONS.get(str(choice.finish_reason), "other")
    except (AttributeError, TypeError) as exc:
        raise ModelError(f"{name}: malformed reply: {exc}", provider=PROVIDER) from exc
    if message.refusal and not message.content:
        stop_reason = "refusal"
    # Some compatible servers say "stop" even when the reply is tool calls.
    if stop_reason == "end_turn" and any(isinstance(p, ToolCall) for p in parts):
        stop_reason = "tool_use"
    return ModelReply(
        parts=tuple(parts),
        usage=Usage(input_tokens=input_tokens, output_tokens=output_tokens, model_calls=1),
        stop_reason=stop_reason,
        model=str(getattr(completion, "model", "") or ""),
    )


def _model_error(exc: openai.OpenAIError, name: str) -> ModelError:
    """One precise `ModelError` for what is left after the SDK's own retries."""
    import openai

    return sdk_error(
        exc, openai, name=name, provider=PROVIDER, hints=_STATUS_HINTS, detail=lambda e: _detail(e.body)
    )


def _detail(body: object, limit: int = 300) -> str:
    """The server's own error message when it sent one, else the body, shortened."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if isinstance(message, str) and message:
            return message
    return shorten(body, limit)
