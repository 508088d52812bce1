"""What several commands share: loading the roster from `--config` / `--corpus`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delegate.agents.roster import build_roster
from delegate.agents.spec import Agent
from delegate.config import Settings, default_audit_path, load_settings
from delegate.errors import ConfigError
from delegate.models.registry import describe_model, parse_model_spec, resolve_model
from delegate.trust import AuditLog, ClassifierJudge, Judge, ModelJudge, TrustGate


def add_roster_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="roster TOML file (default: ./delegate.toml if present)")
    parser.add_argument("--corpus", type=Path, help="folder of documents for the researcher")
    parser.add_argument(
        "--model", help="default model for agents that name none, e.g. offline, anthropic:NAME"
    )


def settings_from(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.config)
    updates: dict[str, object] = {}
    if args.corpus is not None:
        updates["corpus"] = args.corpus
    if args.model:
        updates["model"] = args.model
    return settings.model_copy(update=updates) if updates else settings


def trust_gate(settings: Settings) -> TrustGate:
    """The gate every delegation of this process shares, auditing each verdict to a JSONL file."""
    path = settings.audit_log or default_audit_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # flushed per record: a crash loses nothing
    return TrustGate(audit=AuditLog(path, fsync=False), judge=judge_from(settings.judge))


def judge_from(spec: str) -> Judge | None:
    """The model layer `judge =` names: none, the bundled classifier, or an LLM by model spec."""
    if spec == "none":
        return None
    if spec == "classifier":
        return ClassifierJudge()
    if parse_model_spec(spec)[0] == "offline":
        raise ConfigError(
            f"judge = {spec!r}: the offline model cannot judge text; "
            "use 'classifier' or an LLM spec such as 'anthropic:<model>'"
        )
    return ModelJudge(resolve_model(spec))


def roster_from(args: argparse.Namespace) -> list[Agent]:
    return build_roster(settings_from(args))


def model_notice(agents: list[Agent]) -> str | None:
    """A plain sentence when any agent runs on a non-LLM model, so nobody mistakes it for Claude."""
    offline = sorted({a.model.name for a in agents if not a.model.is_llm})
    if not offline:
        return None
    return f"No LLM configured for some agents: using {', '.join(describe_model(m) for m in offline)}."


def warn(message: str) -> None:
    print(message, file=sys.stderr)
