"""The one interface every model provider implements.

A model takes a system prompt, a transcript and the tools it may call, and returns one
reply: text and/or tool calls, with token usage. Providers translate this neutral shape to
their wire format; nothing above this module knows which provider is in use.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Role = Literal["user", "assistant"]
StopReason = Literal["end_turn", "tool_use", "max_tokens", "refusal", "other"]


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ToolResult:
    call_id: str
    name: str
    content: str
    is_error: bool = False


Part = Text | ToolCall | ToolResult


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    parts: tuple[Part, ...]

    @classmethod
    def user(cls, text: str) -> Message:
        return cls("user", (Text(text),))

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts if isinstance(p, Text))

    @property
    def tool_calls(self) -> list[ToolCall]:
        return [p for p in self.parts if isinstance(p, ToolCall)]

    @property
    def tool_results(self) -> list[ToolResult]:
        return [p for p in self.parts if isinstance(p, ToolResult)]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """What a model is told about a tool: never the callable itself."""

    name: str
    description: str
    input_schema: dict[str, Any]


class Usage(BaseModel):
    """Tokens and calls spent; adds up across turns and across delegations."""

    model_config = ConfigDict(frozen=True)

    input_tokens: int = 0
    output_tokens: int = 0
    model_calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            model_calls=self.model_calls + other.model_calls,
        )


@dataclass(frozen=True, slots=True)
class ModelRequest:
    system: str
    messages: Sequence[Message]
    tools: Sequence[ToolSpec] = ()
    max_tokens: int = 4096


@dataclass(frozen=True, slots=True)
class ModelReply:
    parts: tuple[Text | ToolCall, ...]
    usage: Usage = field(default_factory=lambda: Usage(model_calls=1))
    stop_reason: StopReason = "end_turn"
    model: str = ""

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.parts if isinstance(p, Text))

    @property
    def tool_calls(self) -> list[ToolCall]:
        return [p for p in self.parts if isinstance(p, ToolCall)]

    def as_message(self) -> Message:
        return Message("assistant", tuple(self.parts))


class Model(ABC):
    """A language model behind one coroutine.

    `name` is the `provider:model` string the roster used to choose it.
    """

    name: str

    @abstractmethod
    async def request(self, request: ModelRequest) -> ModelReply:
        """Return the model's next reply; raise `ModelError` when the provider fails."""

    @property
    def is_llm(self) -> bool:
        """False for models that are not language models (offline, scripted)."""
        return True
