"""Fan-out benchmark: N delegations whose model takes 1.0 s, issued by one orchestrator turn.

    python benchmarks/fanout.py [--n 1 4 16 64] [--transports memory stdio http]

The orchestrator (our agent loop over `delegate_to_worker`, as `delegate run` uses it) emits N
tool calls in one reply; each delegation's scripted model sleeps 1.0 s. Perfect parallelism
takes 1.0 s, so wall / 1.0 s is the overhead factor (goal: at most 1.10 at N = 16). The server
runs in this process (memory) or as a subprocess of this script (stdio, HTTP on 127.0.0.1),
with the per-agent concurrency cap lifted so it does not queue the fan-out.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import time
from pathlib import Path

import anyio
from _ports import free_port, wait_for_port  # beside this script, on sys.path when it runs
from mcp.server import MCPServer

from delegate.agents import Agent, Limits, run_agent
from delegate.clients import connect, mcp_agent_tools, orchestrator_agent
from delegate.clients.connect import Target
from delegate.config import ServerLimits
from delegate.models.base import ModelRequest, ToolCall
from delegate.server import build_server, configure_logging, serve_http, serve_stdio
from delegate.testing import ScriptedModel, tool_call

MODEL_SECONDS = 1.0
ROOT = Path(__file__).resolve().parent.parent


def worker() -> Agent:
    model = ScriptedModel(lambda request: "done", delay=MODEL_SECONDS, name="sleeper")
    return Agent("worker", "Sleeps 1 s, then answers.", "You work.", model, limits=Limits(max_turns=2))


def server() -> MCPServer:
    """The server's per-agent concurrency cap (8 by default) lifted: this measures the fan-out path."""
    return build_server([worker()], limits=ServerLimits(max_concurrent_per_agent=256))


def parent(n: int) -> ScriptedModel:
    def reply(request: ModelRequest) -> str | list[ToolCall]:
        if len(request.messages) == 1:
            return [tool_call("delegate_to_worker", task=f"job {i}") for i in range(n)]
        return "all done"

    return ScriptedModel(reply, name="parent")


async def fan_out(target: Target, n: int) -> float:
    """Wall seconds of one orchestrator run of N delegations (connection set up beforehand)."""
    async with connect(target) as client:
        tools = await mcp_agent_tools(client, prefix="delegate_to_")
        agent = orchestrator_agent(tools, parent(n), limits=Limits(max_turns=3, timeout_seconds=120))
        started = time.perf_counter()
        result = await run_agent(agent, "fan out")
        wall = time.perf_counter() - started
    failed = sum(r.is_error for m in result.messages for r in m.tool_results)
    if failed:
        raise SystemExit(f"{failed} of {n} delegations failed")
    return wall


def measure(transport: str, sizes: list[int]) -> list[float]:
    script = [sys.executable, str(Path(__file__).resolve()), "--serve"]
    env = {"PYTHONPATH": str(ROOT)}
    if transport == "memory":
        return [anyio.run(fan_out, server(), n) for n in sizes]
    if transport == "stdio":
        params = connect_params([*script, "stdio"], env)
        return [anyio.run(fan_out, params, n) for n in sizes]
    port = free_port()
    with subprocess.Popen(
        [*script, "http", "--port", str(port)], env=env, stderr=subprocess.DEVNULL
    ) as process:
        try:
            wait_for_port(port, exited=process.poll)
            return [anyio.run(fan_out, f"http://127.0.0.1:{port}/mcp", n) for n in sizes]
        finally:
            process.terminate()


def connect_params(argv: list[str], env: dict[str, str]) -> Target:
    from mcp import StdioServerParameters

    return StdioServerParameters(command=argv[0], args=argv[1:], env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, nargs="+", default=[1, 4, 16, 64])
    parser.add_argument("--transports", nargs="+", default=["memory", "stdio", "http"])
    parser.add_argument("--serve", choices=["stdio", "http"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    configure_logging(logging.WARNING)  # the figures, not every HTTP request, on the terminal
    if args.serve == "stdio":
        anyio.run(serve_stdio, server())
        return
    if args.serve == "http":
        anyio.run(lambda: serve_http(server(), port=args.port))
        return
    print(f"{'transport':<10}" + "".join(f"{'N=' + str(n):>16}" for n in args.n))
    for transport in args.transports:
        walls = measure(transport, args.n)
        cells = "".join(f"{w:>8.3f}s {w / MODEL_SECONDS:>5.2f}×" for w in walls)
        print(f"{transport:<10}{cells}", flush=True)


if __name__ == "__main__":
    main()
