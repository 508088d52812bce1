"""Output schemas a client can validate cheaply: pydantic's schema with every `$ref` inlined.

The MCP client re-validates each structured result against the tool's output schema with
`jsonschema`, and that check, not our agent loop, was the largest cost of a fast delegation:
each `$ref` is a registry lookup and each nullable `anyOf` a two-branch search, on every call.
The same constraints written inline (`"type": ["integer", "null"]`) validate in a third less
time and read more easily in a tool listing. Derived from the model, so it cannot drift.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

JsonSchema = dict[str, Any]

_DROPPED = frozenset({"title", "$defs"})


def compact_schema(model: type[BaseModel]) -> JsonSchema:
    """`model`'s JSON schema with `$ref`s inlined, nullable `anyOf`s folded and titles dropped."""
    schema = model.model_json_schema()
    defs: dict[str, JsonSchema] = schema.get("$defs", {})
    return dict(_inline(schema, defs, ()))


def _inline(node: Any, defs: dict[str, JsonSchema], seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_inline(item, defs, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        if name in seen:
            raise ValueError(f"recursive schema at {name!r} cannot be inlined")
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return {**_inline(defs[name], defs, (*seen, name)), **_inline(siblings, defs, seen)}
    out: JsonSchema = {}
    for key, value in node.items():
        if key in _DROPPED:
            continue
        if key == "anyOf" and (folded := _nullable(value, defs, seen)) is not None:
            out.update(folded)
            continue
        out[key] = _inline(value, defs, seen) if key != "properties" else _properties(value, defs, seen)
    return out


def _properties(props: dict[str, Any], defs: dict[str, JsonSchema], seen: tuple[str, ...]) -> JsonSchema:
    """Property names are data, not keywords: a field called `title` must survive."""
    return {name: _inline(sub, defs, seen) for name, sub in props.items()}


def _nullable(branches: list[Any], defs: dict[str, JsonSchema], seen: tuple[str, ...]) -> JsonSchema | None:
    """`anyOf: [{X, type: T}, {type: null}]` as `{X, type: [T, "null"]}`; None if it has another shape."""
    if len(branches) != 2 or {"type": "null"} not in branches:
        return None
    other = _inline(next(b for b in branches if b != {"type": "null"}), defs, seen)
    if not isinstance(other, dict) or not isinstance(other.get("type"), str) or "enum" in other:
        return None
    return {**other, "type": [other["type"], "null"]}
