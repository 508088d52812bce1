"""The server the latency benchmark talks to: one delegation tool and a bare echo tool on one MCPServer.

    python benchmarks/_bench_server.py --agent scripted            # stdio
    python benchmarks/_bench_server.py --agent researcher --http --port 8799

`scripted` is an agent whose model answers "ok" at once, so a call costs only our stack;
`researcher` is the offline researcher from the default roster. Both are exposed as
`delegate_to_<name>` by `build_server`, exactly as `delegate serve` does, with `echo` beside them,
and `floor`: a tool that, after its first call, does no work but returns that call's delegation
result under the same output schema. `floor` is the least any tool with that result can cost on this stack: the MCP
client validates every structured result against the tool's output schema.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

import anyio
from mcp.server import MCPServer
from mcp.types import CallToolResult

from delegate.agents import Agent
from delegate.agents.delegation import delegate
from delegate.agents.roster import build_roster
from delegate.server import build_server, configure_logging, serve_http, serve_stdio
from delegate.server.app import OUTPUT_SCHEMA, _as_call_result
from delegate.testing import ScriptedModel

AGENTS = ("scripted", "researcher")


def scripted_agent() -> Agent:
    return Agent(
        name="scripted",
        description="Answers 'ok' at once.",
        system_prompt="Answer ok.",
        model=ScriptedModel(lambda request: "ok", name="instant"),
    )


def bench_agent(kind: str) -> Agent:
    if kind == "scripted":
        return scripted_agent()
    if kind == "researcher":
        return next(a for a in build_roster() if a.name == "researcher")
    raise ValueError(f"unknown agent kind {kind!r}; use one of {AGENTS}")


def build_bench_server(kind: str) -> MCPServer:
    """`build_server([agent])` plus the baselines on the same stack: `echo(text) -> text` and `floor`."""
    agent = bench_agent(kind)
    server = build_server([agent])

    @server.tool()
    async def echo(text: str) -> str:
        """Return the text unchanged."""
        return text

    first: list[CallToolResult] = []

    async def floor(task: str, context: str = "") -> CallToolResult:
        """Return what the first call's delegation returned, doing no work from then on."""
        if not first:  # a real delegation, serialised as the delegation tool does: the shape cannot drift
            first.append(_as_call_result(await delegate(agent, task, context), None))
        return first[0]

    server.add_tool(floor, structured_output=True)
    tool = server._tool_manager.get_tool("floor")  # pyright: ignore[reportPrivateUsage]
    assert tool is not None
    tool.fn_metadata.output_schema = OUTPUT_SCHEMA  # as `delegate_to_<name>` publishes it
    return server


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agent", choices=AGENTS, default="scripted")
    parser.add_argument("--http", action="store_true")
    parser.add_argument("--port", type=int, default=8799)
    args = parser.parse_args(argv)
    configure_logging(logging.WARNING)
    server = build_bench_server(args.agent)
    if args.http:
        anyio.run(lambda: serve_http(server, port=args.port))
    else:
        anyio.run(serve_stdio, server)


if __name__ == "__main__":
    main()
