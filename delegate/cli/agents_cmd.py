"""`delegate agents`: the roster, each agent's tools and the model it will use."""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console
from rich.table import Table

from delegate.cli.common import add_roster_options, model_notice, roster_from


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("agents", help="list the roster")
    add_roster_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    agents = roster_from(args)
    table = Table(title="delegate roster")
    for column in ("tool", "model", "tools", "limits", "description"):
        table.add_column(column, overflow="fold")
    for a in agents:
        limits = f"{a.limits.max_turns} turns, {a.limits.timeout_seconds:g}s"
        table.add_row(
            f"delegate_to_{a.name}", a.model.name, ", ".join(a.tools.names) or "-", limits, a.description
        )
    console = Console()
    console.print(table)
    if notice := model_notice(agents):
        console.print(notice)
    return 0
