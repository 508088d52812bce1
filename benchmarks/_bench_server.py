"""The server the latency benchmark talks to: one delegation tool and a bare echo tool on one MCPServer.

    python benchmarks/_bench_server.py --agent scripted            # stdio
    python benchmarks/_bench_server.py --agent researcher --http --port 8799

`scripted` is an agent whose model answers "ok" at once, so a call costs only our stack;
`researcher` is the offline researcher from the default roster. Both are exposed as
`delegate_to_<name>` by `build_server`, exactly as `delegate serve` does, with `echo` beside them.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

import anyio
from mcp.server import MCPServer

from delegate.agents import Agent
from delegate.agents.roster import build_roster
from delegate.server import build_server, configure_logging, serve_http, serve_stdio
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
    """`build_server([agent])` plus `echo(text) -> text`, the baseline on the same stack."""
    server = build_server([bench_agent(kind)])

    @server.tool()
    async def echo(text: str) -> str:
        """Return the text unchanged."""
        return text

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
