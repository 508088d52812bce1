"""The MCP conformance suite against `delegate serve --http`, for both spec versions.

Every scenario runs (`--suite all`); `.ci/conformance-expected-failures.yml` lists those that only
the SDK's sample server can pass, with the reason. The suite fails on a failure not listed there and
on a listed one that now passes. On top, the generic scenarios must pass in full, so an entry added
to the baseline cannot quietly hide them.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.node_tools import ROOT, NodeTools, delegate_http, node_tools

pytestmark = pytest.mark.slow

TIMESTAMP = re.compile(r"-\d{4}-\d{2}-\d{2}T[\d-]+Z$")
BASELINE = ROOT / ".ci" / "conformance-expected-failures.yml"
GENERIC = ["tools-list", "tools-call-error", "resources-list", "prompts-list", "dns-rebinding-protection"]
MUST_PASS = {
    "2025-11-25": ["server-initialize", "server-session-lifecycle", "ping", *GENERIC],
    "2026-07-28": [*GENERIC, "caching", "http-header-validation", "sep-2164-resource-not-found"],
}


@pytest.fixture(scope="module")
def tools() -> NodeTools:
    return node_tools()


@pytest.fixture(scope="module")
def url(tools: NodeTools, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with delegate_http(tmp_path_factory.mktemp("http") / "server.log") as url:
        yield url


def scenario_checks(output: Path) -> dict[str, list[dict[str, str]]]:
    """scenario name -> its checks, from the `-o` folder (`server-<scenario>-<timestamp>/checks.json`)."""
    found: dict[str, list[dict[str, str]]] = {}
    for checks in output.glob("*/checks.json"):
        name = TIMESTAMP.sub("", checks.parent.name.removeprefix("server-"))
        found[name] = json.loads(checks.read_text())
    return found


@pytest.mark.parametrize("spec_version", sorted(MUST_PASS))
def test_conformance(tools: NodeTools, url: str, spec_version: str, tmp_path: Path) -> None:
    output = tmp_path / "results"
    done = subprocess.run(
        [
            tools.command("conformance"), "server", "--url", url, "--suite", "all",
            "--spec-version", spec_version, "--expected-failures", str(BASELINE), "-o", str(output),
        ],
        env=tools.env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    summary = done.stdout[done.stdout.find("=== SUMMARY ===") :]
    assert done.returncode == 0, f"conformance {spec_version} against the baseline:\n{summary}\n{done.stderr}"
    checks = scenario_checks(output)
    for scenario in MUST_PASS[spec_version]:
        assert scenario in checks, f"{scenario} did not run; ran {sorted(checks)}"
        bad = [c for c in checks[scenario] if c["status"] in ("FAILURE", "WARNING")]
        assert not bad, f"{scenario}: {bad}"
