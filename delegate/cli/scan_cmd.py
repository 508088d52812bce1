"""`delegate scan`: the injection filter's verdict on a text, a file or stdin; exit 1 if it would block."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import anyio

from delegate.trust import ClassifierJudge, TrustGate, scan


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser("scan", help="run the injection filter on a text")
    parser.add_argument("text", nargs="?", help="the text; '-' or nothing reads stdin")
    parser.add_argument("--file", type=Path, help="read the text from a file")
    parser.add_argument(
        "--source", choices=["instruction", "tool_result", "agent_output"], default="instruction"
    )
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")
    parser.add_argument(
        "--classifier",
        action="store_true",
        help='also ask the bundled classifier, as `judge = "classifier"` does',
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.file is not None:
        text = args.file.read_text(encoding="utf-8", errors="replace")
    elif args.text is None or args.text == "-":
        text = sys.stdin.read()
    else:
        text = args.text
    if args.classifier:
        verdict = anyio.run(TrustGate(judge=ClassifierJudge()).scan, text, args.source)
    else:
        verdict = scan(text, args.source)
    if args.json:
        print(verdict.model_dump_json(indent=2))
    else:
        print(f"{verdict.action} (score {verdict.score:.2f})")
        for f in verdict.findings:
            print(f"  {f.rule} [{f.category}] at {f.start}-{f.end}: {f.excerpt!r}")
    return 1 if verdict.blocked else 0
