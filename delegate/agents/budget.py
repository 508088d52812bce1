"""Run budgets: one run id and token budget shared by every delegation of one job.

A caller (our orchestrator, or any MCP client) sends the run in the request `_meta`:

    budget = RunBudget(max_tokens=50_000, caller="orchestrator")
    result = await client.call_tool("delegate_to_researcher", args, meta=budget.meta())
    budget.record(result)       # the child's usage, and the run's total from the result `_meta`
    if budget.exhausted: ...                      # stop planning; the server refuses more anyway

The server keeps the authoritative account (`delegate.server.guards`); this side only
mirrors it so a caller can stop its own loop. Inside a server-side delegation the current
run is in a context variable, so a sub-agent that is itself a coordinator passes it on with
`outgoing_meta()` (depth + 1, its name appended to the chain).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, cast

from mcp.types import CallToolResult, RequestParamsMeta
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delegate.errors import LimitError
from delegate.models.base import Usage

META_KEY = "delegate/run"
REFUSED_RUN_TOKENS = "refused [run_tokens]"  # in the error text of a delegation refused for the run's budget

PoolLimit = Literal["run_token_limit", "server_token_limit"]


class RunMeta(BaseModel):
    """The run a request belongs to, as sent under `_meta["delegate/run"]`."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    depth: int = Field(0, ge=0, le=1000, description="delegations above this one")
    chain: tuple[str, ...] = Field((), max_length=1000, description="the callers, root first")
    max_tokens: int | None = Field(None, ge=1, description="the run's total token budget")

    @property
    def level(self) -> int:
        """Depth as the server counts it: a caller cannot lower it by omitting `depth`."""
        return max(self.depth, len(self.chain))

    def child(self, caller: str) -> RunMeta:
        """The meta for a delegation made by `caller` inside this run."""
        return self.model_copy(update={"depth": self.level + 1, "chain": (*self.chain, caller)})

    def as_meta(self) -> RequestParamsMeta:
        return cast(RequestParamsMeta, {META_KEY: self.model_dump(mode="json", exclude_none=True)})


class RunReport(BaseModel):
    """The run's account as the server saw it when a delegation ended."""

    id: str
    depth: int
    chain: list[str]
    max_tokens: int | None = Field(description="the run's budget; null when unlimited")
    usage: Usage = Field(description="everything the run spent so far, all delegations")
    delegations: int
    by_agent: dict[str, Usage] = Field(default_factory=dict, description="the run's spend per sub-agent")
    exhausted: bool = Field(False, description="the run can afford no further delegation")


def read_run_meta(meta: Mapping[str, Any] | None) -> RunMeta | None:
    """Parse the run from request meta; raise `LimitError` on a malformed one (never guess)."""
    if not meta or META_KEY not in meta:
        return None
    try:
        return RunMeta.model_validate(meta[META_KEY])
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or META_KEY}: {e['msg']}" for e in exc.errors(include_url=False)
        )
        raise LimitError("run_meta", f"malformed _meta[{META_KEY!r}]: {problems}") from None


def run_meta(
    run_id: str,
    *,
    caller: str = "",
    depth: int = 0,
    chain: tuple[str, ...] = (),
    max_tokens: int | None = None,
) -> RequestParamsMeta:
    """`_meta` for one delegation of run `run_id`, made by `caller` (appended to `chain`)."""
    full = (*chain, caller) if caller else chain
    return RunMeta(id=run_id, depth=max(depth, len(full)), chain=full, max_tokens=max_tokens).as_meta()


_current: ContextVar[RunMeta | None] = ContextVar("delegate_current_run", default=None)


def current_run() -> RunMeta | None:
    """The run of the delegation this code runs inside (server side), if any."""
    return _current.get()


@contextmanager
def running_in(run: RunMeta | None) -> Iterator[None]:
    """Make `run` the current run for the duration (tasks started inside inherit it)."""
    token = _current.set(run)
    try:
        yield
    finally:
        _current.reset(token)


def outgoing_meta() -> RequestParamsMeta | None:
    """`_meta` for a delegation made from inside the current one; None outside any run.

    The current run's chain already ends with the agent that is running, so the meta is
    passed on as is: the receiving server counts that agent as the caller.
    """
    run = _current.get()
    return None if run is None else run.as_meta()


@dataclass
class RunBudget:
    """A caller's view of one run: its id, its budget, and what its delegations reported.

    `meta()` is what to pass as `call_tool(..., meta=...)`; `record()` takes each result's
    `structured_content`; `charge()` counts the caller's own model calls; `exhausted` says
    when to stop delegating.
    """

    max_tokens: int | None = None
    caller: str = "orchestrator"
    run_id: str = field(default_factory=lambda: f"run-{uuid.uuid4().hex}")
    depth: int = 0
    chain: tuple[str, ...] = ()
    own: Usage = field(default_factory=Usage)
    delegated: Usage = field(default_factory=Usage)
    by_agent: dict[str, Usage] = field(default_factory=dict)
    spent_out: bool = False

    def meta(self) -> RequestParamsMeta:
        return run_meta(
            self.run_id, caller=self.caller, depth=self.depth, chain=self.chain, max_tokens=self.max_tokens
        )

    @property
    def used(self) -> Usage:
        """The caller's own spend plus everything its delegations spent."""
        return self.own + self.delegated

    @property
    def remaining(self) -> int | None:
        return None if self.max_tokens is None else max(0, self.max_tokens - self.used.total_tokens)

    @property
    def exhausted(self) -> bool:
        """True once the budget is spent, or the server said the run can afford nothing more."""
        return self.spent_out or self.remaining == 0

    def charge(self, usage: Usage) -> None:
        """Count the caller's own spend (its model calls), which the server never sees."""
        self.own += usage

    def record(self, result: CallToolResult) -> None:
        """Take a delegation result; the server's run report in its `_meta`, when present, is authoritative."""
        structured = result.structured_content
        if not structured:
            return
        reported = (result.meta or {}).get(META_KEY)
        try:
            report = RunReport.model_validate(reported) if reported else None
            usage = Usage.model_validate(structured.get("usage") or {})
        except ValidationError:
            return
        if report is not None:  # results may arrive out of order: keep the latest total
            self.spent_out = self.spent_out or report.exhausted
            if report.usage.total_tokens >= self.delegated.total_tokens:
                self.delegated, self.by_agent = report.usage, dict(report.by_agent)
            return
        agent = str(structured.get("agent", ""))
        self.delegated += usage
        self.by_agent[agent] = self.by_agent.get(agent, Usage()) + usage

    def record_error(self, message: str) -> None:
        """Take an `isError` result's text: a `refused [run_tokens]` refusal ends the run."""
        if REFUSED_RUN_TOKENS in message:
            self.spent_out = True

    def check(self) -> None:
        """Raise `LimitError("run_tokens")` once the budget is spent."""
        if self.exhausted:
            raise LimitError(
                "run_tokens",
                f"run {self.run_id} spent its budget: {self.used.total_tokens} of {self.max_tokens} tokens",
            )


class TokenPool(Protocol):
    """Tokens shared by several delegations (a run, the server's window).

    The loop reserves a call's worst case (estimated input + max reply) before the call and
    settles to the real usage after, so concurrent delegations cannot overdraw a pool.
    """

    limit: PoolLimit

    def available(self) -> int | None:
        """Tokens that may still be reserved; None when unlimited."""

    def reserve(self, tokens: int) -> None: ...

    def settle(self, reserved: int, usage: Usage, agent: str) -> None: ...
