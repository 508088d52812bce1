"""Claude through the official `anthropic` SDK.

The SDK already retries 408/409/429/5xx and connection failures with bounded, jittered
backoff that honours `retry-after`; this module only configures that (`max_retries`,
`timeout`) and turns whatever is left into one `ModelError` whose `retryable` says whether
trying again later could help.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from typing import Any

import anthropic
import httpx2
from anthropic import AsyncAnthropic
from anthropic.types import (
    AssistantMessageParam,
    ContentBlockParam,
    MessageParam,
    TextBlockParam,
    ToolParam,
    ToolResultBlockParam,
    ToolUseBlockParam,
    UserMessageParam,
)

from delegate.errors import ConfigError, ModelError
from delegate.models._sdk_errors import sdk_error, shorten, typed
from delegate.models.base import (
    Message,
    Model,
    ModelReply,
    ModelRequest,
    Part,
    StopReason,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)

PROVIDER = "anthropic"


_STOP_REASONS: dict[str, StopReason] = {
    "end_turn": "end_turn",
    "tool_use": "tool_use",
    "max_tokens": "max_tokens",
    # The reply was cut off just the same, only by the context window rather than max_tokens.
    "model_context_window_exceeded": "max_tokens",
    "refusal": "refusal",
}

_STATUS_HINTS = {
    400: "bad request",
    401: "authentication failed; check ANTHROPIC_API_KEY",
    403: "permission denied for this key",
    404: "not found; check the model name",
    408: "request timeout",
    409: "conflict",
    413: "request too large",
    429: "rate limited",
    529: "overloaded",
}


class AnthropicModel(Model):
    """A Claude model behind the neutral `Model` interface.

    Pass `client` to reuse a configured `AsyncAnthropic` (it is used as is); otherwise one is
    built from `api_key` (or `ANTHROPIC_API_KEY`), `base_url`, `max_retries`, `timeout` and the
    optional `http_client`, the seam tests fake.
    """

    def __init__(
        self,
        model: str,
        *,
        client: AsyncAnthropic | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        max_retries: int = 2,
        timeout: float = 120.0,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        self.model = model
        self.name = f"{PROVIDER}:{model}"
        if client is None:
            key = api_key or os.environ.get("ANTHROPIC_API_KEY")
            if not key:
                raise ConfigError(
                    f"model {self.name!r} needs an Anthropic API key: set ANTHROPIC_API_KEY "
                    "(or choose the 'offline' model)"
                )
            client = AsyncAnthropic(
                api_key=key,
                base_url=base_url,
                max_retries=max_retries,
                timeout=timeout,
                http_client=http_client,
            )
        self._client = client

    async def request(self, request: ModelRequest) -> ModelReply:
        messages = to_anthropic_messages(request.messages)
        try:
            reply = await self._client.messages.create(
                model=self.model,
                max_tokens=request.max_tokens,
                messages=messages,
                system=request.system or anthropic.omit,
                tools=to_anthropic_tools(request.tools) if request.tools else anthropic.omit,
            )
        except anthropic.AnthropicError as exc:
            raise _model_error(exc, self.name) from exc
        except json.JSONDecodeError as exc:  # a 2xx body that is not JSON; the SDK lets it through
            raise ModelError(
                f"{self.name}: malformed reply, the body is not valid JSON ({exc})", provider=PROVIDER
            ) from exc
        return parse_reply(reply, self.name)


def to_anthropic_tools(tools: Iterable[ToolSpec]) -> list[ToolParam]:
    return [{"name": t.name, "description": t.description, "input_schema": t.input_schema} for t in tools]


def to_anthropic_messages(messages: Sequence[Message]) -> list[MessageParam]:
    """Translate the transcript, merging consecutive same-role turns.

    The API wants roles to alternate and tool results first in their user turn, and it
    rejects empty text blocks and empty turns.
    """
    merged: list[tuple[str, list[ContentBlockParam]]] = []
    for message in messages:
        blocks = [b for part in message.parts if (b := _block(message, part)) is not None]
        if not blocks:
            continue
        if merged and merged[-1][0] == message.role:
            merged[-1][1].extend(blocks)
        else:
            merged.append((message.role, blocks))
    out: list[MessageParam] = []
    for role, blocks in merged:
        if role == "user":
            blocks.sort(key=lambda b: b["type"] != "tool_result")  # stable: keeps order within each kind
            out.append(UserMessageParam(role="user", content=blocks))
        else:
            out.append(AssistantMessageParam(role="assistant", content=blocks))
    return out


def _block(message: Message, part: Part) -> ContentBlockParam | None:
    if isinstance(part, Text):
        return TextBlockParam(type="text", text=part.text) if part.text else None
    if isinstance(part, ToolCall) and message.role == "assistant":
        return ToolUseBlockParam(type="tool_use", id=part.id, name=part.name, input=part.arguments)
    if isinstance(part, ToolResult) and message.role == "user":
        block = ToolResultBlockParam(type="tool_result", tool_use_id=part.call_id, is_error=part.is_error)
        if part.content:
            block["content"] = part.content
        return block
    raise ModelError(
        f"cannot send a {type(part).__name__} in a {message.role} message to Anthropic", provider=PROVIDER
    )


def parse_reply(reply: Any, name: str) -> ModelReply:
    """Read the SDK's `Message`, which the SDK builds without validating it."""
    if not isinstance(reply, anthropic.types.Message):
        raise ModelError(f"{name}: malformed reply, expected a JSON message object", provider=PROVIDER)
    try:
        parts: list[Text | ToolCall] = []
        for block in reply.content:
            if block.type == "text":
                parts.append(Text(typed(block.text, str, "text")))
            elif block.type == "tool_use":
                parts.append(
                    ToolCall(
                        typed(block.id, str, "tool_use id"),
                        typed(block.name, str, "tool_use name"),
                        typed(block.input, dict, "tool_use input"),
                    )
                )
        usage = reply.usage
        input_tokens = (
            typed(usage.input_tokens, int, "usage.input_tokens")
            + (usage.cache_creation_input_tokens or 0)
            + (usage.cache_read_input_tokens or 0)
        )
        output_tokens = typed(usage.output_tokens, int, "usage.output_tokens")
        stop_reason = _STOP_REASONS.get(str(reply.stop_reason), "other")
    except (AttributeError, TypeError) as exc:
        raise ModelError(f"{name}: malformed reply: {exc}", provider=PROVIDER) from exc
    return ModelReply(
        parts=tuple(parts),
        usage=Usage(input_tokens=input_tokens, output_tokens=output_tokens, model_calls=1),
        stop_reason=stop_reason,
        model=str(getattr(reply, "model", "") or ""),
    )


def _model_error(exc: anthropic.AnthropicError, name: str) -> ModelError:
    """One precise `ModelError` for what is left after the SDK's own retries."""
    return sdk_error(
        exc,
        anthropic,
        name=name,
        provider=PROVIDER,
        hints=_STATUS_HINTS,
        detail=lambda e: e.api_message or shorten(e.body),
    )
