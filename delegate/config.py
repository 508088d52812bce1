"""Settings and the roster from `delegate.toml`, validated by pydantic.

model = "offline"              # default model for agents that name none
corpus = "docs"                # the researcher's folder (default: the bundled corpus)
judge = "classifier"           # also screen texts with the bundled classifier, or an LLM judge
                               # by model spec ("anthropic:<model>"); default "none"

[agents.weather]
description = "Current weather for a city."
system_prompt = "You answer weather questions with your lookup tool."
model = "anthropic:claude-sonnet-5-5"
tools = ["my_tools.weather:lookup"]
limits = { max_turns = 4, timeout_seconds = 30 }
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from delegate.agents.spec import Limits
from delegate.errors import ConfigError
from delegate.trust import Policy

CONFIG_FILE = "delegate.toml"


class AgentConfig(BaseModel):
    """One roster entry as written in the TOML file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str = ""
    system_prompt: str = ""
    model: str | None = Field(default=None, description="provider:model; default from settings")
    tools: list[str] = Field(
        default_factory=list, description="built-in tool names or 'package.module:function'"
    )
    limits: Limits = Field(default_factory=Limits)
    instruction_policy: Policy = "block"
    tool_result_policy: Policy = "block"
    output_policy: Policy = "sanitize"
    output: str | None = Field(default=None, description="'package.module:Model', a pydantic output contract")
    read_only: bool = Field(default=False, description="the agent's tools change nothing (an MCP tool hint)")


class ServerLimits(BaseModel):
    """Server-wide budgets (`[server]` in the TOML): they hold whatever callers send."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_depth: int = Field(3, ge=1, le=20, description="nesting of delegations (a coordinator's children)")
    max_run_tokens: int | None = Field(
        None, ge=1, description="cap on any run's total tokens; also the budget of runs that send none"
    )
    window_tokens: int | None = Field(None, ge=1, description="tokens all delegations may spend per window")
    window_seconds: float = Field(60.0, gt=0)
    max_concurrent_per_agent: int = Field(64, ge=1, description="delegations one agent runs at once")
    queue_timeout_seconds: float = Field(30.0, gt=0, description="how long a delegation waits for a slot")
    max_runs: int = Field(10_000, ge=1, description="run accounts kept in memory")
    run_ttl_seconds: float = Field(3600.0, gt=0, description="an idle run account expires after this")


class Settings(BaseModel):
    """Everything the server and CLI are configured with."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = None
    corpus: Path | None = None
    traces: Path | None = None
    audit_log: Path | None = Field(
        default=None, description="JSONL audit of every trust verdict (default: state dir)"
    )
    otel: bool = Field(default=False, description="export OpenTelemetry traces (needs delegate-mcp[otel])")
    judge: str = Field(
        default="none",
        description="a model layer after the injection rules: 'none', 'classifier', or an LLM's "
        "model spec such as 'anthropic:<model>'",
    )
    server: ServerLimits = Field(default_factory=ServerLimits)
    agents: dict[str, AgentConfig] = Field(default_factory=dict)


def default_audit_path(env: Mapping[str, str] | None = None) -> Path:
    """Where verdicts are audited unless `audit_log` says otherwise: the user's state folder."""
    env = os.environ if env is None else env
    state = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "delegate" / "audit.jsonl"


def _describe(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors(include_url=False)
    )


def load_settings(path: Path | None = None, *, cwd: Path | None = None) -> Settings:
    """Read `path`, or `delegate.toml` in `cwd` if it exists; otherwise the defaults.

    Relative folders in the file are resolved against the file's own folder.
    """
    if path is None:
        candidate = (cwd or Path.cwd()) / CONFIG_FILE
        if not candidate.is_file():
            return Settings()
        path = candidate
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {str(path)!r} does not exist") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {str(path)!r} is not valid TOML: {exc}") from None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"config file {str(path)!r}: {_describe(exc)}") from None
    base = path.parent
    updates = {
        key: base / value
        for key in ("corpus", "traces", "audit_log")
        if isinstance(value := getattr(settings, key), Path) and not value.is_absolute()
    }
    return settings.model_copy(update=updates)
