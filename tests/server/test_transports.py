"""Real transports: the SDK client spawns `delegate serve` over stdio, and talks HTTP on 127.0.0.1."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

QUESTION = "How does retrieval-augmented generation avoid retraining?"
CITATION = re.compile(r"\[[a-z0-9-]+\]")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def _round_trip(client: Client) -> None:
    names = {t.name for t in (await client.list_tools()).tools}
    assert {"delegate_to_researcher", "delegate_to_critic"} <= names

    research = await client.call_tool("delegate_to_researcher", {"task": QUESTION})
    assert not research.is_error, research.content
    data = research.structured_content
    assert data is not None
    assert data["agent"] == "researcher"
    assert data["model"].startswith("offline")
    assert data["stop_reason"] == "end_turn"
    assert data["turns"] >= 2
    assert CITATION.search(data["answer"])
    assert data["trust"]["instruction"] == "allow"

    critique = await client.call_tool("delegate_to_critic", {"task": QUESTION, "context": data["answer"]})
    assert not critique.is_error, critique.content
    verdict = critique.structured_content
    assert verdict is not None and verdict["output"] is not None
    assert verdict["output"]["verdict"] in ("SHIP", "REVISE")
    assert 1 <= verdict["output"]["score"] <= 5


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_stdio_round_trip(mode: str, tmp_path: Path) -> None:
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "delegate", "serve"], env=_env(), cwd=str(tmp_path)
    )
    errlog = (tmp_path / "stderr.log").open("w")
    try:
        async with Client(stdio_client(params, errlog=errlog), mode=mode) as client:
            expected = "2026-07-28" if mode == "auto" else "2025-11-25"
            assert client.protocol_version == expected
            await _round_trip(client)
    finally:
        errlog.close()
    log = (tmp_path / "stderr.log").read_text()
    assert "offline" in log  # the server's log says which model it uses


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "delegate", "serve", "--http", "--port", str(port)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server died") from None
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}/mcp"
    proc.terminate()
    proc.wait(timeout=10)
    assert proc.stdout is not None
    assert proc.stdout.read() == b""  # nothing but logs, and logs go to stderr


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_http_round_trip(mode: str, http_url: str) -> None:
    async with Client(http_url, mode=mode) as client:
        await _round_trip(client)
