"""`delegate run "goal"`: the orchestrator over a delegate server, with a live tree and a trace.

Without `--url` it spawns `delegate serve` over stdio. stdout gets the answer only; the tree,
the summary and the server's logs stay off it (stderr and a log file beside the trace).
"""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import anyio
from rich.console import Console

from delegate.agents.budget import RunBudget
from delegate.agents.loop import AgentResult
from delegate.cli.common import add_roster_options, settings_from, warn
from delegate.cli.live import LiveView
from delegate.clients.connect import Target, connect, serve_command
from delegate.clients.orchestrator import orchestrate
from delegate.clients.tracing import Tracer, trace_path
from delegate.models.base import Model
from delegate.models.registry import default_model_spec, describe_model, resolve_model

DEFAULT_TRACES = Path("traces")


def add_parser(commands: Any) -> None:
    parser: argparse.ArgumentParser = commands.add_parser(
        "run", help="orchestrate a goal: delegate parts in parallel, review, merge"
    )
    parser.add_argument("goal", help="what to find out or produce")
    add_roster_options(parser)
    parser.add_argument("--url", help="a running server (http://HOST:PORT/mcp) instead of spawning one")
    parser.add_argument(
        "--orchestrator-model", help="model for the orchestrator (default: Claude with a key, else offline)"
    )
    parser.add_argument("--max-revisions", type=int, default=1, help="revision rounds allowed (default 1)")
    parser.add_argument("--timeout", type=float, help="seconds before one delegation is abandoned")
    parser.add_argument(
        "--max-run-tokens", type=int, help="token budget for the whole run, delegations included"
    )
    parser.add_argument("--traces", type=Path, help="folder for the JSONL trace (default ./traces)")
    parser.add_argument("--no-live", action="store_true", help="no live tree, only the final one")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    spec = args.orchestrator_model or default_model_spec()
    model = resolve_model(spec)
    if not model.is_llm:
        warn(f"No LLM configured for the orchestrator: using {describe_model(spec)}.")
    target: Target = args.url or serve_command(config=args.config, corpus=args.corpus, model=args.model)
    path = trace_path(args.traces or settings.traces or DEFAULT_TRACES)
    console = Console(stderr=True, force_terminal=None if not args.no_live else False)
    server_log = path.with_suffix(".server.log")
    logs: Any = nullcontext(sys.stderr) if args.url else server_log.open("w", encoding="utf-8")
    with path.open("w", encoding="utf-8") as sink, logs as errlog:
        tracer = Tracer(sink)
        with LiveView(lambda: tracer.state, tracer.now, console):
            try:
                result = anyio.run(_run, target, args, model, tracer, errlog)
            except Exception as exc:
                if not tracer.state.finished:
                    tracer.run_ended("error", detail=f"{type(exc).__name__}: {exc}")
                where = "" if args.url else f"\nserver log: {server_log}"
                warn(f"delegate: the run failed: {_reason(exc)}\ntrace: {path}{where}")
                return 1
    print(result.answer)
    sys.stdout.flush()
    warn(f"trace: {path}")
    return 0 if result.stop_reason == "end_turn" else 1


async def _run(
    target: Target, args: argparse.Namespace, model: Model, tracer: Tracer, errlog: Any
) -> AgentResult:
    """Connect, then orchestrate; the run's clock covers the orchestration, not the spawn or the close."""
    async with connect(target, errlog=errlog) as client:
        tracer.run_started(
            args.goal,
            agent="orchestrator",
            model=model.name,
            target=_describe(target),
            connect_seconds=round(tracer.now(), 6),
        )
        result = await orchestrate(
            client,
            args.goal,
            model,
            observer=tracer,
            on_event=tracer.on_event,
            max_revisions=args.max_revisions,
            read_timeout_seconds=args.timeout,
            budget=RunBudget(max_tokens=args.max_run_tokens),
        )
        ok = result.stop_reason == "end_turn"
        tracer.run_ended("ok" if ok else "error", answer=result.answer, detail=result.stop_reason)
        return result


def _reason(exc: BaseException) -> str:
    """The first real error inside task-group wrappers, in one line."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return f"{type(exc).__name__}: {exc}"


def _describe(target: Target) -> str:
    return target if isinstance(target, str) else "stdio: delegate serve"
