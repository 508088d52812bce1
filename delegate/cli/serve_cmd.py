"""`delegate serve`: stdio by default (stdout is the protocol), or `--http` on 127.0.0.1."""

from __future__ import annotations

import argparse
import logging
from typing import Any

import anyio

from delegate import telemetry
from delegate.agents.roster import build_roster
from delegate.cli.common import add_roster_options, model_notice, settings_from, trust_gate
from delegate.server import build_server, configure_logging, serve_http, serve_stdio
from delegate.server.guards import Guards

log = logging.getLogger("delegate.server")


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("serve", help="serve the roster to MCP clients")
    add_roster_options(parser)
    parser.add_argument("--http", action="store_true", help="streamable HTTP instead of stdio")
    parser.add_argument("--host", default="127.0.0.1", help="HTTP host (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="HTTP port (default 8765)")
    parser.add_argument("--otel", action="store_true", help="export OpenTelemetry traces")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    configure_logging()
    settings = settings_from(args)
    agents = build_roster(settings)
    agents = telemetry.setup(agents, args.otel or settings.otel)
    for agent in agents:
        log.info("agent %s: model %s, tools %s", agent.name, agent.model.name, agent.tools.names or "none")
    if notice := model_notice(agents):
        log.warning(notice)
    guards = Guards(settings.server)
    gate = trust_gate(settings)
    log.info("trust verdicts audited to %s", gate.audit.path if gate.audit else "nowhere")
    server = build_server(agents, guards=guards, gate=gate)
    if args.http:
        anyio.run(
            lambda: serve_http(
                server, host=args.host, port=args.port, guards=guards, on_shutdown=[telemetry.flush]
            )
        )
    else:
        anyio.run(lambda: serve_stdio(server, guards=guards, on_shutdown=[telemetry.flush]))
    return 0
