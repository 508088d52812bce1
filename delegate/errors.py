"""Every error delegate raises, in one tree.

    DelegateError
    ├── ConfigError            the operator's mistake: bad TOML, unknown agent, a tool path that won't import
    └── RunError               a delegation that could not finish
        ├── BlockedError       the trust gate refused the instruction; no model saw it
        ├── ModelError         the provider failed (outage, rate limit after retries, malformed reply)
        ├── OutputError        the agent's output never matched its contract (e.g. the critic's JSON)
        └── LimitError         a delegation refused before it started: run budget spent, server
                               busy, too deep, or a loop (a repeat or a ping-pong between agents)

Limits hit inside one agent's loop (turns, tokens, wall time, the run's or the server's
tokens running dry mid-way) are not exceptions: they end the loop with a typed stop reason
and whatever was done so far. A `RunError` raised mid-run carries what was spent before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegate.models.base import Usage
    from delegate.trust import Verdict


class DelegateError(Exception):
    """Root of every error raised by delegate."""


class ConfigError(DelegateError):
    """The roster or settings are wrong; fix the configuration."""


class RunError(DelegateError):
    """A delegation failed; the message says why in words a caller can act on.

    `usage`, `partial` and `seconds` say what was spent and done before the failure, so a
    failed delegation is still charged to its run.
    """

    usage: Usage | None = None
    partial: str = ""
    seconds: float = 0.0

    def record(self, usage: Usage, partial: str, seconds: float) -> None:
        self.usage, self.partial, self.seconds = usage, partial, seconds


class BlockedError(RunError):
    """The trust gate blocked a delegated instruction before any model saw it."""

    def __init__(self, agent: str, verdict: Verdict) -> None:
        self.agent = agent
        self.verdict = verdict
        rules = ", ".join(verdict.rules) or "policy"
        super().__init__(f"instruction to {agent!r} blocked by the injection filter (rules: {rules})")


class ModelError(RunError):
    """The model provider failed and retrying did not help (or was not safe)."""

    def __init__(self, message: str, *, provider: str = "", retryable: bool = False) -> None:
        self.provider = provider
        self.retryable = retryable
        super().__init__(message)


class OutputError(RunError):
    """The agent's reply never matched its output contract within the allowed re-prompts."""


class LimitError(RunError):
    """A delegation was refused before any model call: `limit` names the rule.

    Limits: `run_tokens`, `depth`, `repeat`, `ping_pong`, `queue` (no slot in time),
    `server_tokens`, `run_meta` (malformed run meta).
    """

    def __init__(self, limit: str, message: str) -> None:
        self.limit = limit
        super().__init__(message)
