"""`delegate agents`: the roster, each agent's tools and the model it will use."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from delegate.cli.common import add_roster_options, model_notice, roster_from
from delegate.models.registry import describe_model


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("agents", help="list the roster")
    add_roster_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    agents = roster_from(args)
    for a in agents:
        print(f"delegate_to_{a.name}")
        print(f"  model:  {describe_model(a.model.name)}")
        print(f"  tools:  {', '.join(a.tools.names) or 'none'}")
        print(
            f"  limits: {a.limits.max_turns} turns, {a.limits.timeout_seconds:g}s, "
            f"{a.limits.max_output_tokens} output tokens; policy: instructions {a.instruction_policy}, "
            f"tool results {a.tool_result_policy}"
        )
        print(textwrap.fill(a.description, width=96, initial_indent="  ", subsequent_indent="  "))
        print()
    if notice := model_notice(agents):
        print(notice)
    return 0
