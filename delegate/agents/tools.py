"""Tools an agent may call, built from typed Python functions.

The JSON schema a model sees comes from the function's type hints (via pydantic), and the
same model validates the arguments the model sends, so what is advertised is what is run.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, get_type_hints

import anyio.to_thread
from pydantic import BaseModel, ConfigDict, ValidationError, create_model
from pydantic_core import to_jsonable_python

from delegate.errors import ConfigError
from delegate.models.base import ToolCall, ToolResult, ToolSpec

ToolFunction = Callable[..., Any]


class ToolFailure(Exception):
    """Raised by a tool to report a failure whose message the model should read as is."""


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc).strip() if doc else ""


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(to_jsonable_python(value), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Tool:
    """A named, described, schema-checked callable an agent may use."""

    name: str
    description: str
    input_schema: dict[str, Any]
    run: Callable[[dict[str, Any]], Awaitable[str]]

    @classmethod
    def from_function(
        cls, fn: ToolFunction, *, name: str | None = None, description: str | None = None
    ) -> Tool:
        tool_name = name or fn.__name__
        try:
            hints = get_type_hints(fn)
        except Exception as exc:  # unresolvable annotation: the operator's mistake
            raise ConfigError(f"tool {tool_name!r}: cannot read its type hints: {exc}") from exc
        fields: dict[str, Any] = {}
        for param in inspect.signature(fn).parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise ConfigError(f"tool {tool_name!r}: *args/**kwargs cannot be described to a model")
            annotation = hints.get(param.name, Any)
            default = ... if param.default is param.empty else param.default
            fields[param.name] = (annotation, default)
        args_model: type[BaseModel] = create_model(
            f"{tool_name}_arguments", __config__=ConfigDict(extra="forbid"), **fields
        )
        schema = args_model.model_json_schema()
        schema.pop("title", None)
        is_async = inspect.iscoroutinefunction(fn)

        async def run(arguments: dict[str, Any]) -> str:
            parsed = args_model.model_validate(arguments)
            kwargs = {k: getattr(parsed, k) for k in fields}
            if is_async:
                result = await fn(**kwargs)
            else:
                result = await anyio.to_thread.run_sync(lambda: fn(**kwargs))
            return _as_text(result)

        return cls(tool_name, description or _first_line(fn.__doc__), schema, run)

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(self.name, self.description, self.input_schema)


class ToolRegistry:
    """The tools one agent owns. A name outside it is answered with an error, never run."""

    def __init__(self, tools: Iterable[Tool | ToolFunction] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for item in tools:
            tool = item if isinstance(item, Tool) else Tool.from_function(item)
            if tool.name in self._tools:
                raise ConfigError(f"two tools are named {tool.name!r}")
            self._tools[tool.name] = tool

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    @property
    def names(self) -> list[str]:
        return list(self._tools)

    def specs(self) -> list[ToolSpec]:
        return [t.spec for t in self._tools.values()]

    async def call(self, call: ToolCall) -> ToolResult:
        """Run one call; every failure becomes an error result the model can read."""
        tool = self._tools.get(call.name)
        if tool is None:
            allowed = ", ".join(self._tools) or "none"
            return ToolResult(call.id, call.name, f"unknown tool {call.name!r}; your tools: {allowed}", True)
        try:
            return ToolResult(call.id, call.name, await tool.run(call.arguments))
        except ValidationError as exc:
            errors = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'arguments'}: {e['msg']}" for e in exc.errors()
            )
            return ToolResult(call.id, call.name, f"invalid arguments for {call.name}: {errors}", True)
        except ToolFailure as exc:
            return ToolResult(call.id, call.name, str(exc), True)
        except Exception as exc:
            return ToolResult(
                call.id, call.name, f"tool {call.name} failed: {type(exc).__name__}: {exc}", True
            )
