"""What the injection filter decides about one text: plain data, easy to table-test."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Action = Literal["allow", "flag", "block"]
Source = Literal["instruction", "tool_result", "agent_output"]


class Finding(BaseModel):
    """One rule that fired, where, and how much it weighs."""

    model_config = ConfigDict(frozen=True)

    rule: str
    category: str
    start: int = Field(description="offset in the scanned (original) text")
    end: int
    excerpt: str = Field(description="the matched text after normalisation (or decoding)")
    weight: float
    layer: str = Field(default="rules", description="rules, structure, decoded:<kind>, hidden or model")
    mentioned: bool = Field(
        default=False,
        description="the words are named or reported (quoted, an example, told about), not said",
    )


class Verdict(BaseModel):
    """The filter's decision: an action, a score in [0, 1], and the findings behind it."""

    model_config = ConfigDict(frozen=True)

    action: Action
    score: float = 0.0
    findings: tuple[Finding, ...] = ()

    @property
    def rules(self) -> list[str]:
        return sorted({f.rule for f in self.findings})

    @property
    def blocked(self) -> bool:
        return self.action == "block"

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The findings' spans in the scanned text, overlapping ones merged."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted((f.start, f.end) for f in self.findings if f.end > f.start):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


ALLOW = Verdict(action="allow")
