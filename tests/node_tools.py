"""Helpers for tests that drive real MCP clients: the npm tools, and `delegate serve` in a subprocess.

`.ci/run` installs the MCP Inspector CLI, the conformance suite and a node >= 22 under `.ci/node/`
and points `DELEGATE_NODE_TOOLS` there; `$DELEGATE_NODE_TOOLS/bin` holds `node`, `mcp-inspector`
and `conformance`. Without them a developer's plain `pytest` skips these tests with the reason;
under CI (`CI` set) they fail, so a broken install step cannot pass as green.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODE_TOOLS_ENV = "DELEGATE_NODE_TOOLS"
TOOLS = ("node", "mcp-inspector", "conformance")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@dataclass(frozen=True)
class NodeTools:
    bin: Path

    def env(self, home: Path) -> dict[str, str]:
        """The environment for a tool: our node first on PATH, a private HOME, no keychain."""
        env = dict(os.environ)
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["HOME"] = str(home)
        env["MCP_INSPECTOR_SECRET_STORE"] = "memory"
        env["NO_COLOR"] = "1"
        return env

    def command(self, tool: str) -> str:
        return str(self.bin / tool)


def node_tools() -> NodeTools:
    """The installed tools, or skip (fail under CI) with what is missing."""
    where = os.environ.get(NODE_TOOLS_ENV)
    if not where:
        problem = f"{NODE_TOOLS_ENV} is not set; run ./.ci/run once to install the npm tools"
    else:
        missing = [t for t in TOOLS if not (Path(where) / "bin" / t).exists()]
        if not missing:
            return NodeTools(Path(where) / "bin")
        problem = f"{NODE_TOOLS_ENV}={where} lacks bin/{', bin/'.join(missing)}; re-run ./.ci/run"
    if in_ci():
        pytest.fail(f"npm tools required under CI: {problem}")
    pytest.skip(problem)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} within {timeout} s")


@contextmanager
def running(args: list[str], port: int, log: Path) -> Iterator[str]:
    """Run `python <args>` (which must listen on `port`); yield its MCP URL; stop it after."""
    with log.open("wb") as errors:
        process = subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, stdin=subprocess.DEVNULL, stdout=errors, stderr=errors
        )
        try:
            wait_for_port(port, process)
            yield f"http://127.0.0.1:{port}/mcp"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def delegate_http(log: Path) -> Iterator[str]:
    """`delegate serve --http` on a free loopback port, run from the source tree."""
    port = free_port()
    with running(["-m", "delegate", "serve", "--http", "--port", str(port)], port, log) as url:
        yield url
