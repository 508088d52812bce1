"""The critic's output contract: a score, a verdict and the issues behind it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Critique(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: int = Field(ge=1, le=5, description="1 = unusable, 5 = ready to ship")
    verdict: Literal["SHIP", "REVISE"]
    issues: list[str] = Field(default_factory=list, description="specific, actionable problems")
