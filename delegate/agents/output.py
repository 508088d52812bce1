"""Output contracts: an agent that must answer in JSON is held to a pydantic model."""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


class OutputInvalid(ValueError):
    """The reply did not parse or validate; the message is fed back to the model."""


def parse_output(text: str, output_type: type[T]) -> T:
    """Find the JSON object in a reply (bare or in a code fence) and validate it."""
    fenced = _FENCE.search(text)
    candidate = fenced.group(1) if fenced else text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start >= 0 and end <= start:
        raise OutputInvalid("the JSON object is cut off (it never closes); send the complete object")
    if start < 0:
        raise OutputInvalid("the reply contains no JSON object")
    try:
        data = json.loads(candidate[start : end + 1])
    except json.JSONDecodeError as exc:
        raise OutputInvalid(f"the JSON does not parse: {exc.msg} at position {exc.pos}") from exc
    try:
        return output_type.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'object'}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise OutputInvalid(f"the JSON does not match the schema: {problems}") from exc


def reprompt(error: OutputInvalid, output_type: type[BaseModel]) -> str:
    schema = json.dumps(output_type.model_json_schema())
    return (
        f"Your previous reply was rejected: {error}. Reply again with only a JSON object "
        f"matching this JSON schema, and nothing else:\n{schema}"
    )
