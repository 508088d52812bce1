"""What an agent is: a name, a model, a system prompt, its own tools and its limits."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from delegate.agents.tools import ToolRegistry
from delegate.models.base import Model
from delegate.trust import Policy


class Limits(BaseModel):
    """Per-delegation budgets. Each one ends the loop with a stop reason, never silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_turns: int = Field(8, ge=1, le=100, description="model calls in one delegation")
    max_input_tokens: int = Field(200_000, ge=1)
    max_output_tokens: int = Field(16_000, ge=1)
    max_tokens_per_reply: int = Field(4096, ge=1)
    timeout_seconds: float = Field(120.0, gt=0)


@dataclass(frozen=True)
class Agent:
    """A runnable specialist. Built from the roster; a caller can change none of it."""

    name: str
    description: str
    system_prompt: str
    model: Model
    tools: ToolRegistry = field(default_factory=ToolRegistry)
    limits: Limits = field(default_factory=Limits)
    instruction_policy: Policy = "block"
    tool_result_policy: Policy = "block"
    output_policy: Policy = "sanitize"
    output_type: type[BaseModel] | None = None
    output_retries: int = 2
    read_only: bool = False
