"""Model specs (`provider:model` strings) to `Model` objects.

Provider modules are imported only when chosen, so an offline server never loads an SDK
and the optional `openai` package is needed only by those who use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from delegate.errors import ConfigError
from delegate.models.base import Model

DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5"
PROVIDERS = ("offline", "anthropic", "openai")


def parse_model_spec(spec: str) -> tuple[str, str]:
    """Split `provider:model`; only `offline` may stand alone (its part is a skill)."""
    provider, sep, rest = spec.strip().partition(":")
    provider, rest = provider.strip().lower(), rest.strip()
    valid = ", ".join(f"'{p}'" for p in PROVIDERS)
    if provider not in PROVIDERS:
        raise ConfigError(
            f"unknown model provider in {spec!r}; use 'offline', 'offline:<skill>', "
            f"'anthropic:<model>' or 'openai:<model>' (providers: {valid})"
        )
    if provider != "offline" and not rest:
        raise ConfigError(f"model spec {spec!r} names no model; write '{provider}:<model>'")
    if provider == "offline" and sep and not rest:
        raise ConfigError(f"model spec {spec!r} names no skill; write 'offline' or 'offline:<skill>'")
    return provider, rest


def resolve_model(spec: str) -> Model:
    """Build the model a spec names; credentials come from the environment."""
    provider, rest = parse_model_spec(spec)
    if provider == "anthropic":
        from delegate.models.anthropic import AnthropicModel

        return AnthropicModel(rest)
    if provider == "openai":
        from delegate.models.openai_compat import OpenAICompatModel

        return OpenAICompatModel(rest)
    from delegate.models.offline import OfflineModel

    return OfflineModel(skill=rest or None)


def default_model_spec(env: Mapping[str, str] | None = None) -> str:
    """Claude when a key is configured, else the offline model, so the server always starts."""
    env = os.environ if env is None else env
    return f"anthropic:{DEFAULT_ANTHROPIC_MODEL}" if env.get("ANTHROPIC_API_KEY") else "offline"


def describe_model(spec: str, env: Mapping[str, str] | None = None) -> str:
    """One line for humans (logs, `--help`, status tools); never shows a key."""
    env = os.environ if env is None else env
    provider, rest = parse_model_spec(spec)
    if provider == "offline":
        skill = f", skill {rest!r}" if rest else ""
        return f"offline{skill} (deterministic, no LLM configured)"
    if provider == "anthropic":
        return f"Anthropic {rest} via the Anthropic API"
    base_url = env.get("OPENAI_BASE_URL") or "the OpenAI API"
    return f"OpenAI-compatible {rest} at {base_url}"
