"""Model specs to models: parsing, defaults, descriptions and the lazy provider imports."""

from __future__ import annotations

import subprocess
import sys

import pytest

from delegate.errors import ConfigError
from delegate.models.anthropic import AnthropicModel
from delegate.models.openai_compat import OpenAICompatModel
from delegate.models.registry import (
    DEFAULT_ANTHROPIC_MODEL,
    default_model_spec,
    describe_model,
    parse_model_spec,
    resolve_model,
)
from delegate.models.scripted import ScriptedModel


@pytest.mark.parametrize(
    ("spec", "parsed"),
    [
        ("offline", ("offline", "")),
        ("offline:summarize", ("offline", "summarize")),
        ("anthropic:claude-sonnet-5-5", ("anthropic", "claude-sonnet-5-5")),
        (" OpenAI:llama3.2:8b ", ("openai", "llama3.2:8b")),
    ],
)
def test_parse_model_spec(spec: str, parsed: tuple[str, str]) -> None:
    assert parse_model_spec(spec) == parsed


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("", "unknown model provider"),
        ("gemini:pro", "unknown model provider in 'gemini:pro'.*'offline', 'anthropic', 'openai'"),
        ("claude-sonnet-5-5", "unknown model provider"),
        ("anthropic", "names no model; write 'anthropic:<model>'"),
        ("openai: ", "names no model; write 'openai:<model>'"),
        ("offline:", "names no skill"),
    ],
)
def test_bad_specs_are_config_errors_naming_the_providers(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        resolve_model(spec)


def test_resolve_anthropic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    model = resolve_model("anthropic:claude-sonnet-5-5")
    assert isinstance(model, AnthropicModel)
    assert model.name == "anthropic:claude-sonnet-5-5"
    assert model.is_llm


def test_resolve_anthropic_without_a_key_says_how_to_fix_it() -> None:
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        resolve_model("anthropic:claude-sonnet-5-5")


def test_resolve_openai_for_a_local_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    model = resolve_model("openai:llama3.2")
    assert isinstance(model, OpenAICompatModel)
    assert model.name == "openai:llama3.2"


@pytest.mark.parametrize(("spec", "skill"), [("offline", None), ("offline:summarize", "summarize")])
def test_resolve_offline_passes_the_skill(
    spec: str, skill: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    offline = pytest.importorskip("delegate.models.offline")

    class FakeOffline(ScriptedModel):
        def __init__(self, skill: str | None = None) -> None:
            super().__init__(["ok"])
            self.skill = skill

    monkeypatch.setattr(offline, "OfflineModel", FakeOffline, raising=False)
    model = resolve_model(spec)
    assert isinstance(model, FakeOffline)
    assert model.skill == skill


def test_resolve_offline_is_not_an_llm() -> None:
    offline = pytest.importorskip("delegate.models.offline")
    if not hasattr(offline, "OfflineModel"):
        pytest.skip("OfflineModel is not written yet")
    assert not resolve_model("offline").is_llm


def test_default_spec_follows_the_anthropic_key() -> None:
    assert default_model_spec({"ANTHROPIC_API_KEY": "sk-test"}) == f"anthropic:{DEFAULT_ANTHROPIC_MODEL}"
    assert default_model_spec({"ANTHROPIC_API_KEY": ""}) == "offline"
    assert default_model_spec({"OPENAI_API_KEY": "sk-test"}) == "offline"
    assert DEFAULT_ANTHROPIC_MODEL == "claude-sonnet-5-5"


def test_default_spec_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_model_spec() == "offline"
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    assert default_model_spec() == "anthropic:claude-sonnet-5-5"


@pytest.mark.parametrize(
    ("spec", "env", "line"),
    [
        ("offline", {}, "offline (deterministic, no LLM configured)"),
        ("offline:summarize", {}, "offline, skill 'summarize' (deterministic, no LLM configured)"),
        (
            "anthropic:claude-sonnet-5-5",
            {"ANTHROPIC_API_KEY": "sk-secret"},
            "Anthropic claude-sonnet-5-5 via the Anthropic API",
        ),
        ("openai:gpt-5", {"OPENAI_API_KEY": "sk-secret"}, "OpenAI-compatible gpt-5 at the OpenAI API"),
        (
            "openai:llama3.2",
            {"OPENAI_BASE_URL": "http://localhost:11434/v1"},
            "OpenAI-compatible llama3.2 at http://localhost:11434/v1",
        ),
    ],
)
def test_describe_model(spec: str, env: dict[str, str], line: str) -> None:
    assert describe_model(spec, env) == line


def test_describe_rejects_bad_specs() -> None:
    with pytest.raises(ConfigError, match="unknown model provider"):
        describe_model("nope:x", {})


def test_provider_sdks_are_imported_only_when_chosen() -> None:
    code = (
        "import sys\n"
        "from delegate.models.registry import default_model_spec, describe_model\n"
        "describe_model(default_model_spec({}), {})\n"
        "print(sorted(m for m in ('anthropic', 'openai') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
