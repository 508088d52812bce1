"""Every error delegate raises, in one tree.

    DelegateError
    ├── ConfigError            the operator's mistake: bad TOML, unknown agent, a tool path that won't import
    └── RunError               a delegation that could not finish
        ├── BlockedError       the trust gate refused the instruction; no model saw it
        ├── ModelError         the provider failed (outage, rate limit after retries, malformed reply)
        ├── OutputError        the agent's output never matched its contract (e.g. the critic's JSON)
        └── LimitError         a budget ran out where no partial result makes sense (run, server, depth)

Limits hit inside one agent's loop (turns, tokens, wall time) are not exceptions: they end
the loop with a typed stop reason and whatever was done so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegate.trust import Verdict


class DelegateError(Exception):
    """Root of every error raised by delegate."""


class ConfigError(DelegateError):
    """The roster or settings are wrong; fix the configuration."""


class RunError(DelegateError):
    """A delegation failed; the message says why in words a caller can act on."""


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
    """A run, server or depth budget was exhausted."""

    def __init__(self, limit: str, message: str) -> None:
        self.limit = limit
        super().__init__(message)
