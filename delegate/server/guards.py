"""Server-side guards on every delegation: run budgets, depth, loops, concurrency, a token window.

`Guards.admit()` decides before any model call whether a delegation may start (a refusal is
a `LimitError` naming the rule), waits for a slot of its agent, and yields the token pools
the loop must draw from: the run's budget and the server's window. Accounts are in memory,
bounded in number and expiring when idle.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field

import anyio

from delegate.agents.budget import PoolLimit, RunMeta, RunReport, TokenPool
from delegate.config import ServerLimits
from delegate.errors import LimitError
from delegate.models.base import Usage

_SPACE = re.compile(r"\s+")
ANONYMOUS_CALLER = "client"


def normalise(text: str) -> str:
    """What makes two tasks 'the same': Unicode form, case, whitespace and edge punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", text).strip(" .!?;:,\"'")


def delegation_key(caller: str, agent: str, task: str, context: str) -> str:
    """A digest of one delegation; the context counts, so a revised draft is a new request."""
    parts = (caller, agent, normalise(task), normalise(context))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class RunAccount:
    """One run's spend, reservations and the delegations it already made."""

    id: str
    max_tokens: int | None
    last_used: float
    used: Usage = field(default_factory=Usage)
    reserved: int = 0
    delegations: int = 0
    by_agent: dict[str, Usage] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    spent_out: bool = False  # a delegation could not afford one more call: the run is done
    limit: PoolLimit = "run_token_limit"

    def available(self) -> int | None:
        if self.max_tokens is None:
            return None
        return self.max_tokens - self.used.total_tokens - self.reserved

    def reserve(self, tokens: int) -> None:
        self.reserved += tokens

    def settle(self, reserved: int, usage: Usage, agent: str) -> None:
        self.reserved -= reserved
        self.used += usage
        self.by_agent[agent] = self.by_agent.get(agent, Usage()) + usage

    def report(self, meta: RunMeta) -> RunReport:
        return RunReport(
            id=self.id,
            depth=meta.level,
            chain=list(meta.chain),
            max_tokens=self.max_tokens,
            usage=self.used,
            delegations=self.delegations,
            by_agent=dict(self.by_agent),
            exhausted=self.spent_out or ((left := self.available()) is not None and left <= 0),
        )


class RunLedger:
    """Run accounts by id: at most `max_runs`, each forgotten `ttl` seconds after its last use."""

    def __init__(self, max_runs: int, ttl: float, clock: Callable[[], float]) -> None:
        self._runs: OrderedDict[str, RunAccount] = OrderedDict()
        self._max, self._ttl, self._clock = max_runs, ttl, clock

    def __len__(self) -> int:
        return len(self._runs)

    def account(self, run_id: str, max_tokens: int | None) -> RunAccount:
        """The run's account, created on first sight; a later, lower budget tightens it."""
        now = self._clock()
        self._expire(now)
        run = self._runs.get(run_id)
        if run is None:
            run = self._runs[run_id] = RunAccount(run_id, max_tokens, now)
            while len(self._runs) > self._max:  # oldest idle first; a live run is rarely that old
                self._runs.popitem(last=False)
        elif max_tokens is not None and (run.max_tokens is None or max_tokens < run.max_tokens):
            run.max_tokens = max_tokens
        run.last_used = now
        self._runs.move_to_end(run_id)
        return run

    def _expire(self, now: float) -> None:
        while self._runs:
            oldest = next(iter(self._runs.values()))
            if now - oldest.last_used < self._ttl or oldest.reserved:
                return
            self._runs.popitem(last=False)


class TokenWindow:
    """The server's token cap per sliding time window, shared by every delegation."""

    limit: PoolLimit = "server_token_limit"

    def __init__(self, capacity: int | None, seconds: float, clock: Callable[[], float]) -> None:
        self.capacity, self.seconds, self._clock = capacity, seconds, clock
        self._spent: deque[tuple[float, int]] = deque()
        self._total = 0
        self.reserved = 0

    def spent(self) -> int:
        cutoff = self._clock() - self.seconds
        while self._spent and self._spent[0][0] <= cutoff:
            self._total -= self._spent.popleft()[1]
        return self._total

    def available(self) -> int | None:
        if self.capacity is None:
            return None
        return self.capacity - self.spent() - self.reserved

    def reserve(self, tokens: int) -> None:
        self.reserved += tokens

    def settle(self, reserved: int, usage: Usage, agent: str) -> None:
        self.reserved -= reserved
        if usage.total_tokens:
            self._spent.append((self._clock(), usage.total_tokens))
            self._total += usage.total_tokens


@dataclass(frozen=True)
class Admission:
    """A delegation let in: the run it belongs to (if any) and the pools it draws from."""

    run: RunMeta | None
    account: RunAccount | None
    pools: tuple[TokenPool, ...]
    key: str = ""

    def report(self) -> RunReport | None:
        if self.run is None or self.account is None:
            return None
        return self.account.report(self.run)

    def forget(self) -> None:
        """Let the same delegation be asked again (after a failure worth retrying)."""
        if self.account is not None:
            self.account.seen.discard(self.key)


class Guards:
    """Every server-wide rule a delegation passes before it starts."""

    def __init__(self, limits: ServerLimits | None = None, clock: Callable[[], float] | None = None) -> None:
        self.limits = limits or ServerLimits()
        clock = self._clock = clock or time.monotonic
        self.runs = RunLedger(self.limits.max_runs, self.limits.run_ttl_seconds, clock)
        self.window = TokenWindow(self.limits.window_tokens, self.limits.window_seconds, clock)
        self._slots: dict[str, anyio.Semaphore] = {}
        self._running: set[anyio.CancelScope] = set()
        self._idle: anyio.Event | None = None
        self.closing = False

    @property
    def running(self) -> int:
        return len(self._running)

    @contextmanager
    def tracked(self) -> Iterator[anyio.CancelScope]:
        """Run a delegation in a scope `cancel_all()` can cancel (check `cancelled_caught` after)."""
        with anyio.CancelScope() as scope:
            self._running.add(scope)
            try:
                yield scope
            finally:
                self._running.discard(scope)
                if not self._running and self._idle is not None:
                    self._idle.set()

    async def wait_idle(self) -> None:
        """Return once no delegation is running."""
        while self._running:
            self._idle = anyio.Event()
            await self._idle.wait()

    def cancel_all(self) -> int:
        """Shutting down: cancel every running delegation and refuse new ones; returns how many."""
        self.closing = True
        scopes = list(self._running)
        for scope in scopes:
            scope.cancel()
        return len(scopes)

    def slots(self, agent: str) -> anyio.Semaphore:
        if agent not in self._slots:
            self._slots[agent] = anyio.Semaphore(self.limits.max_concurrent_per_agent)
        return self._slots[agent]

    def check(self, agent: str, task: str, context: str, run: RunMeta | None) -> Admission:
        """Refuse with a `LimitError` naming the rule, or return what the delegation draws from."""
        if self.closing:
            raise LimitError("shutdown", "the server is shutting down; no new delegations")
        available = self.window.available()
        if available is not None and available <= 0:
            raise LimitError(
                "server_tokens",
                f"the server's token cap ({self.window.capacity} per {self.window.seconds:g} s) is spent; "
                "try again later",
            )
        cap = self.limits.max_run_tokens
        if run is None:  # a lone call is a run of its own, held to the server's run cap
            lone = RunAccount("", cap, self._clock()) if cap is not None else None
            return Admission(None, lone, (self.window,) if lone is None else (lone, self.window))
        if run.level > self.limits.max_depth:
            raise LimitError(
                "depth",
                f"delegation depth {run.level} exceeds the limit of {self.limits.max_depth} "
                f"(chain: {' → '.join((*run.chain, agent))})",
            )
        if agent in run.chain:
            raise LimitError(
                "ping_pong",
                f"delegation loop: {agent!r} is already in the chain {' → '.join((*run.chain, agent))}",
            )
        budgets = [b for b in (run.max_tokens, cap) if b is not None]
        account = self.runs.account(run.id, min(budgets) if budgets else None)
        left = account.available()
        if account.spent_out or (left is not None and left <= 0):
            raise LimitError(
                "run_tokens",
                f"run {run.id} has spent its budget ({account.used.total_tokens} of {account.max_tokens} "
                f"tokens over {account.delegations} delegations); no further delegations",
            )
        caller = run.chain[-1] if run.chain else ANONYMOUS_CALLER
        key = delegation_key(caller, agent, task, context)
        if key in account.seen:
            raise LimitError(
                "repeat",
                f"{caller} already delegated this same task to {agent!r} in run {run.id}; "
                "use the earlier answer or change the task",
            )
        account.seen.add(key)
        account.delegations += 1
        return Admission(run, account, (account, self.window), key)

    @asynccontextmanager
    async def admit(
        self, agent: str, task: str, context: str, run: RunMeta | None
    ) -> AsyncIterator[Admission]:
        """Check, then hold one of the agent's slots (waiting in line) for the delegation."""
        admission = self.check(agent, task, context, run)
        slots = self.slots(agent)
        try:
            slots.acquire_nowait()  # the common case: a free slot, no wait and no timer
        except anyio.WouldBlock:
            await self._wait_for_slot(agent, slots, admission)
        try:
            yield admission
        finally:
            slots.release()

    async def _wait_for_slot(self, agent: str, slots: anyio.Semaphore, admission: Admission) -> None:
        with anyio.move_on_after(self.limits.queue_timeout_seconds) as waited:
            await slots.acquire()
        if waited.cancelled_caught:
            admission.forget()
            raise LimitError(
                "queue",
                f"{agent!r} is busy ({self.limits.max_concurrent_per_agent} delegations running); "
                f"no slot freed within {self.limits.queue_timeout_seconds:g} s",
            )
