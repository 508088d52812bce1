"""`delegate ask AGENT "task"`: one delegation, in process, printed for a human."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import anyio

from delegate.agents.delegation import delegate
from delegate.agents.roster import build_roster
from delegate.cli.common import add_roster_options, model_notice, settings_from, trust_gate, warn
from delegate.errors import ConfigError


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("ask", help="delegate one task to one agent")
    add_roster_options(parser)
    parser.add_argument("agent", help="agent name, e.g. researcher")
    parser.add_argument("task", help="the task to delegate")
    parser.add_argument("--context", default="", help="material for the task (e.g. a draft for the critic)")
    parser.add_argument("--json", action="store_true", help="print the structured result as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    agents = {a.name: a for a in build_roster(settings)}
    agent = agents.get(args.agent)
    if agent is None:
        raise ConfigError(f"no agent named {args.agent!r}; the roster has: {', '.join(agents)}")
    if notice := model_notice([agent]):
        warn(notice)
    gate = trust_gate(settings)
    result = anyio.run(lambda: delegate(agent, args.task, args.context, gate=gate))
    if args.json:
        print(result.model_dump_json(indent=2))
        return 0
    print(result.answer)
    usage = result.usage
    print(
        f"\n[{result.agent} on {result.model}: {result.turns} turns, {usage.total_tokens} tokens, "
        f"{result.duration_seconds:.2f}s, stop: {result.stop_reason}, trust: {result.trust.instruction}]",
        file=sys.stderr,
    )
    return 0
