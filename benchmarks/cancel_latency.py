"""Time from a client cancelling a delegation to the child model call being cancelled.

In memory the child's `ScriptedModel` records when it saw the cancellation. Over stdio the
server runs in another process, so the clock is the server's log line for the cancellation
(both processes use the same monotonic-enough wall clock on one machine).

    python benchmarks/cancel_latency.py [--runs 50]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from delegate.agents import Agent
from delegate.models.base import ModelReply, ModelRequest
from delegate.server import build_server
from delegate.testing import ScriptedModel

ROOT = Path(__file__).resolve().parents[1]


class CancelClock(ScriptedModel):
    """A model that hangs and notes the moment it is cancelled."""

    def __init__(self) -> None:
        super().__init__(lambda r: "never", delay=3600)
        self.cancelled_at: list[float] = []
        self.started = self.gone = anyio.Event()

    async def request(self, request: ModelRequest) -> ModelReply:
        self.started.set()
        try:
            return await super().request(request)
        except anyio.get_cancelled_exc_class():
            self.cancelled_at.append(time.perf_counter())
            self.gone.set()
            raise


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


async def in_memory(runs: int) -> list[float]:
    model = CancelClock()
    agent = Agent(name="slow", description="d", system_prompt="s", model=model)
    latencies = []
    async with Client(build_server([agent])) as client:
        for i in range(runs):
            model.started, model.gone = anyio.Event(), anyio.Event()
            async with anyio.create_task_group() as tg:
                tg.start_soon(client.call_tool, "delegate_to_slow", {"task": f"task {i}"})
                await model.started.wait()
                cancelled = time.perf_counter()
                tg.cancel_scope.cancel()
            await model.gone.wait()
            latencies.append(model.cancelled_at[i] - cancelled)
    return latencies


async def over_stdio(runs: int) -> list[float]:
    """Cancel `runs` delegations in turn; the server logs each cancellation with a timestamp."""
    latencies = []
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "server.log"
        params = StdioServerParameters(
            command=sys.executable,
            args=["-m", "benchmarks._cancel_server"],
            cwd=str(ROOT),
            env={"PYTHONPATH": str(ROOT)},
        )
        with log.open("w") as err:
            async with Client(stdio_client(params, errlog=err)) as client:
                for i in range(runs):
                    async with anyio.create_task_group() as tg:
                        tg.start_soon(client.call_tool, "delegate_to_slow", {"task": f"task {i}"})
                        await _lines(log, "model started", i + 1)
                        cancelled = time.time()
                        tg.cancel_scope.cancel()
                    lines = await _lines(log, "model cancelled at", i + 1)
                    latencies.append(float(lines[i].rsplit(" ", 1)[1]) - cancelled)
    return latencies


async def _lines(path: Path, marker: str, count: int) -> list[str]:
    while True:
        found = [line for line in (await anyio.Path(path).read_text()).splitlines() if marker in line]
        if len(found) >= count:
            return found
        await anyio.sleep(0.0005)  # another process writes the file


async def main(runs: int) -> None:
    logging.getLogger("delegate.server").setLevel(logging.WARNING)  # one line per cancel otherwise
    for name, measure in (("in-memory", in_memory), ("stdio", over_stdio)):
        samples = await measure(runs)
        print(
            f"{name:10s} cancel → child cancelled: p50 {_pct(samples, 0.5):.2f} ms, "
            f"p95 {_pct(samples, 0.95):.2f} ms, max {max(samples) * 1000:.2f} ms ({runs} runs)"
        )
        print(f"{'':10s} mean {statistics.mean(samples) * 1000:.2f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    anyio.run(main, parser.parse_args().runs)
