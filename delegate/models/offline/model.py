"""`OfflineModel`: the embedded default, a deterministic policy behind the `Model` interface.

It reads the transcript and replies with text and/or tool calls like an LLM would; the
work itself (searching, reading, delegating) happens through the agent's tools. Which
policy runs is the explicit skill, or else inferred from the request's tools and prompt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Literal, get_args

from delegate.errors import ConfigError
from delegate.models.base import Model, ModelReply, ModelRequest, Text, ToolCall, Usage
from delegate.models.offline.critic import critique
from delegate.models.offline.orchestrator import PREFIX, orchestrate
from delegate.models.offline.researcher import SEARCH, research
from delegate.models.offline.summarizer import summarize
from delegate.models.offline.text import estimate_tokens

Skill = Literal["researcher", "critic", "orchestrator", "summarizer"]
SKILLS: tuple[str, ...] = get_args(Skill)
_ASKS_FOR_VERDICT = re.compile(r"\b(verdict|score|critique|critic|review)\b", re.IGNORECASE)
Policy = Callable[[ModelRequest], Sequence[Text | ToolCall]]
_POLICIES: dict[str, Policy] = {
    "researcher": research,
    "critic": lambda r: [Text(critique(r))],
    "orchestrator": orchestrate,
    "summarizer": lambda r: [Text(summarize(r))],
}


def infer_skill(request: ModelRequest) -> Skill:
    """Researcher if it can search, orchestrator if it can delegate, critic if asked for a JSON verdict."""
    names = [t.name for t in request.tools]
    if SEARCH in names:
        return "researcher"
    if any(n.startswith(PREFIX) for n in names):
        return "orchestrator"
    if not names and "json" in request.system.lower() and _ASKS_FOR_VERDICT.search(request.system):
        return "critic"
    return "summarizer"


class OfflineModel(Model):
    """A deterministic stand-in for an LLM that does real work with the agent's tools.

    Same request, same reply: no randomness, no clock, no network.
    """

    def __init__(self, skill: str | None = None) -> None:
        if skill is not None and skill not in SKILLS:
            raise ConfigError(f"unknown offline skill {skill!r}; choose one of: {', '.join(SKILLS)}")
        self.skill = skill
        self.name = f"offline:{skill}" if skill else "offline"

    @property
    def is_llm(self) -> bool:
        return False

    async def request(self, request: ModelRequest) -> ModelReply:
        skill = self.skill or infer_skill(request)
        parts = list(_POLICIES[skill](request))
        calls = [p for p in parts if isinstance(p, ToolCall)]
        stop: Literal["end_turn", "tool_use", "max_tokens"] = "tool_use" if calls else "end_turn"
        budget = request.max_tokens * 4
        if not calls and sum(len(p.text) for p in parts if isinstance(p, Text)) > budget:
            parts, stop = [Text("".join(p.text for p in parts if isinstance(p, Text))[:budget])], "max_tokens"
        usage = Usage(input_tokens=_input_tokens(request), output_tokens=_output_tokens(parts), model_calls=1)
        return ModelReply(tuple(parts), usage, stop, self.name)


def _input_tokens(request: ModelRequest) -> int:
    chars = [request.system]
    for message in request.messages:
        for part in message.parts:
            chars.append(part.text if isinstance(part, Text) else _json(part))
    chars += [f"{t.name} {t.description} {json.dumps(t.input_schema)}" for t in request.tools]
    return estimate_tokens("\n".join(chars))


def _output_tokens(parts: Sequence[Text | ToolCall]) -> int:
    return estimate_tokens("".join(p.text if isinstance(p, Text) else _json(p) for p in parts))


def _json(part: object) -> str:
    if isinstance(part, ToolCall):
        return json.dumps({"name": part.name, "arguments": part.arguments}, sort_keys=True)
    return str(getattr(part, "content", part))
