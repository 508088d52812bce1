"""`delegate trace FILE`: a recorded run drawn as the same tree the live view showed."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.console import Console, Group

from delegate.cli.live import render_summary, render_tree
from delegate.cli.trace_html import render_html
from delegate.clients.tracing import read_records, replay
from delegate.errors import ConfigError


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("trace", help="show a run's trace as a tree")
    parser.add_argument("file", type=Path, help="a JSONL trace written by `delegate run`")
    parser.add_argument("--answer", action="store_true", help="also print the run's answer")
    parser.add_argument(
        "--html", type=Path, metavar="OUT", help="also write the run as a self-contained HTML timeline"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        records = read_records(args.file.read_text(encoding="utf-8").splitlines())
    except OSError as exc:
        raise ConfigError(f"cannot read trace {str(args.file)!r}: {exc.strerror}") from None
    except ValueError as exc:
        raise ConfigError(f"{str(args.file)!r} is not a delegate trace: {exc}") from None
    state = replay(records)
    console = Console()
    if args.html is not None:
        try:
            args.html.write_text(render_html(state), encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot write {str(args.html)!r}: {exc.strerror}") from None
    console.print(Group(render_tree(state), render_summary(state)))
    if args.answer and state.answer:
        console.print()
        console.print(state.answer, markup=False, highlight=False)
    return 0
