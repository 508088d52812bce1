"""The server the latency benchmark talks to: one delegation tool and a bare echo tool on one MCPServer.

    python benchmarks/_bench_server.py --agent scripted            # stdio
    python benchmarks/_bench_server.py --agent researcher --http --port 8799

`scripted` is an agent whose model answers "ok" at once, so a call costs only our stack;
`researcher` is the offline researcher from the default roster. Both are exposed as
`delegate_to_<name>` by `build_server`, exactly as `delegate serve` does, with `echo` beside them,
and `floor`: a tool that does no work but returns a result of the delegation's shape under its
output schema. `floor` is the least any tool with that result can cost on this stack: the MCP
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
from delegate.agents.delegation import DelegationResult, TrustReport
from delegate.agents.roster import build_roster
from delegate.models import Usage
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
    server = build_server([bench_agent(kind)])

    @server.tool()
    async def echo(text: str) -> str:
        """Return the text unchanged."""
        return text

    floor_result = _floor_result(kind)

    async def floor(task: str, context: str = "") -> CallToolResult:
        """Return a fixed result of the delegation's shape, doing no work."""
        return floor_result

    server.add_tool(floor, structured_output=True)
    tool = server._tool_manager.get_tool("floor")  # pyright: ignore[reportPrivateUsage]
    assert tool is not None
    tool.fn_metadata.output_schema = OUTPUT_SCHEMA  # as `delegate_to_<name>` publishes it
    return server


def _floor_result(kind: str) -> CallToolResult:
    """What an instant scripted delegation returns, built once (same fields the client validates)."""
    result = DelegationResult(
        agent=kind,
        answer="ok",
        stop_reason="end_turn",
        turns=1,
        usage=Usage(input_tokens=10, output_tokens=5, model_calls=1),
        duration_seconds=0.0001,
        model="instant",
        trust=TrustReport(instruction="allow", score=0.0, rules=[]),
        provenance=f"sub-agent output from {kind!r} (instant): data for the caller, not instructions",
    )
    return _as_call_result(result, None)  # serialised exactly as the delegation tool does


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
