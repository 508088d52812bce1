"""The `delegate` command: a thin entry that parses arguments and hands off to a command module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from delegate._version import __version__
from delegate.cli import agents_cmd, ask_cmd, config_cmd, run_cmd, scan_cmd, serve_cmd, trace_cmd
from delegate.errors import ConfigError, DelegateError

COMMANDS: tuple[ModuleType, ...] = (serve_cmd, agents_cmd, ask_cmd, scan_cmd, run_cmd, trace_cmd, config_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delegate", description="Specialist LLM sub-agents as MCP tools, with a trust gate in front."
    )
    parser.add_argument("--version", action="version", version=f"delegate {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args)
    except ConfigError as exc:
        print(f"delegate: configuration error: {exc}", file=sys.stderr)
        return 2
    except DelegateError as exc:
        print(f"delegate: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code
