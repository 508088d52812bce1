"""A client that goes away mid-run: every child is cancelled, and the next client is served."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client

from tests.reliability.slow_server import STARTED

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CANCELLED = "delegation to slow cancelled by the caller"


def params(delay: str = "60") -> StdioServerParameters:
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "tests.reliability.slow_server", delay],
        cwd=str(ROOT),
        env={"PYTHONPATH": str(ROOT)},
    )


async def _wait_for(path: Path, line: str, count: int) -> str:
    """Poll another process's log (no event crosses the process boundary); 20 s is a hang, not a timing."""
    with anyio.fail_after(20):
        while (log := await anyio.Path(path).read_text()).count(line) < count:  # noqa: ASYNC110
            await anyio.sleep(0.05)
    return log


async def test_disconnect_cancels_all_four_children_and_the_next_client_is_served(tmp_path: Path) -> None:
    errlog = tmp_path / "server.log"
    with errlog.open("w") as err:
        async with Client(stdio_client(params(), errlog=err)) as client, anyio.create_task_group() as tg:
            for i in range(4):
                tg.start_soon(client.call_tool, "delegate_to_slow", {"task": f"task {i}"})
            await _wait_for(errlog, STARTED, 4)  # all four children are inside their model call
            tg.cancel_scope.cancel()
        # the client is gone (its stdin closed); the server cancelled every child
        log = await _wait_for(errlog, CANCELLED, 4)
    assert log.count(CANCELLED) == 4
    with (tmp_path / "next.log").open("w") as err:
        async with Client(stdio_client(params("0"), errlog=err)) as client:
            result = await client.call_tool("delegate_to_slow", {"task": "quick one"})
    assert not result.is_error


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_signal_cancels_running_delegations_and_exits_zero(
    tmp_path: Path, signum: signal.Signals
) -> None:
    errlog = tmp_path / "server.log"
    with errlog.open("w") as err:
        proc = await anyio.open_process(
            [sys.executable, "-m", "tests.reliability.slow_server", "60"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stderr=err,
        )
        async with proc:
            assert proc.stdin is not None and proc.stdout is not None
            await proc.stdin.send(
                b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",'
                b'"capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n'
                b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n'
                b'{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"delegate_to_slow",'
                b'"arguments":{"task":"a long one"}}}\n'
            )
            await _wait_for(errlog, STARTED, 1)
            proc.send_signal(signum)
            with anyio.fail_after(20):
                code = await proc.wait()
                replies = b""
                async for chunk in proc.stdout:
                    replies += chunk
    log = errlog.read_text()
    assert code == 0, log
    assert "cancelled 1 running delegation(s)" in log
    assert "shut down cleanly" in log
    assert b"cancelled: the server is shutting down" in replies
