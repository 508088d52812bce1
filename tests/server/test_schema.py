"""`compact_schema`: the model's schema with `$ref`s inlined, meaning unchanged."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel, Field

from delegate.server.schema import compact_schema


class Inner(BaseModel):
    """An inner part."""

    count: int = 0
    title: str = Field("", description="a field named like a keyword")


class Outer(BaseModel):
    inner: Inner
    parts: list[Inner] = Field(default_factory=list)
    maybe: Inner | None = None
    limit: int | None = Field(None, description="null when unlimited")
    kind: str


class Node(BaseModel):
    children: list[Node] = Field(default_factory=list)


GOOD: list[dict[str, Any]] = [
    {"inner": {"count": 1}, "kind": "a"},
    {"inner": {}, "parts": [{"count": 2, "title": "t"}], "maybe": None, "limit": None, "kind": "b"},
    {"inner": {}, "maybe": {"count": 3}, "limit": 5, "kind": "c"},
]
BAD: list[dict[str, Any]] = [
    {"kind": "missing inner"},
    {"inner": {"count": "x"}, "kind": "a"},
    {"inner": {}, "parts": [{"count": 1.5}], "kind": "a"},
    {"inner": {}, "maybe": "not an object", "kind": "a"},
    {"inner": {}, "limit": "none", "kind": "a"},
    {"inner": {}, "kind": None},
]


def test_refs_are_inlined_and_nullables_folded() -> None:
    schema = compact_schema(Outer)
    assert "$defs" not in schema and "$ref" not in str(schema)
    props = schema["properties"]
    assert props["inner"]["properties"]["count"] == {"default": 0, "type": "integer"}
    assert "title" in props["inner"]["properties"]  # a property's name is kept, only the keyword goes
    assert props["limit"] == {
        "default": None,
        "description": "null when unlimited",
        "type": ["integer", "null"],
    }
    assert props["maybe"]["type"] == ["object", "null"] and "count" in props["maybe"]["properties"]
    assert props["inner"]["description"] == "An inner part."


@pytest.mark.parametrize("instance", GOOD + BAD)
def test_the_compact_schema_accepts_and_rejects_exactly_what_the_original_does(
    instance: dict[str, Any],
) -> None:
    original = Draft202012Validator(Outer.model_json_schema())
    compact = Draft202012Validator(compact_schema(Outer))
    assert compact.is_valid(instance) == original.is_valid(instance)
    assert original.is_valid(instance) == (instance in GOOD)


def test_a_recursive_model_is_refused_rather_than_inlined_forever() -> None:
    with pytest.raises(ValueError, match="recursive schema at 'Node'"):
        compact_schema(Node)
