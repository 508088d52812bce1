"""Connecting to a delegate server: a URL, a command to spawn over stdio, or a server in this process."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import TextIO

import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.server import MCPServer

import delegate

Target = str | Sequence[str] | StdioServerParameters | MCPServer
"""`http(s)://…/mcp`, a command line (`["delegate", "serve"]`), stdio parameters, or an `MCPServer`."""

# One session may fan out to many calls at once; httpx's default pool of 100 would queue them.
HTTP_CONNECTIONS = 1024
PASSED_ENV = ("ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "PYTHONPATH")


def serve_command(
    *,
    config: Path | None = None,
    corpus: Path | None = None,
    model: str | None = None,
    env: Mapping[str, str] | None = None,
) -> StdioServerParameters:
    """`python -m delegate serve` as stdio parameters, with the settings and secrets it needs.

    The SDK gives a child only an allow-listed environment, so model credentials are passed on
    explicitly.
    """
    args = ["-m", "delegate", "serve"]
    for flag, value in (("--config", config), ("--corpus", corpus), ("--model", model)):
        if value is not None:
            args += [flag, str(value)]
    source = os.environ if env is None else env
    passed = {key: source[key] for key in PASSED_ENV if source.get(key)}
    passed.update({k: v for k, v in source.items() if k.startswith("DELEGATE_")})
    # the child must import the same `delegate` we run, installed or not
    here = str(Path(delegate.__file__).resolve().parent.parent)
    passed["PYTHONPATH"] = os.pathsep.join(p for p in (here, passed.get("PYTHONPATH", "")) if p)
    return StdioServerParameters(command=sys.executable, args=args, env=passed)


def http_client(connections: int = HTTP_CONNECTIONS) -> httpx2.AsyncClient:
    """An HTTP client for MCP: no read timeout (a delegation may run long), a large pool."""
    return httpx2.AsyncClient(
        timeout=httpx2.Timeout(30.0, read=None),
        limits=httpx2.Limits(max_connections=connections, max_keepalive_connections=connections),
    )


@asynccontextmanager
async def connect(
    target: Target,
    *,
    read_timeout_seconds: float | None = None,
    errlog: TextIO | None = None,
) -> AsyncIterator[Client]:
    """An open `mcp.Client` to a delegate server, whatever the transport.

    `errlog` receives a spawned server's stderr (its logs); by default it is ours.
    """
    async with AsyncExitStack() as stack:
        if isinstance(target, str):
            if not target.startswith(("http://", "https://")):
                raise ValueError(f"not an MCP URL: {target!r} (give a command as a list of arguments)")
            http = await stack.enter_async_context(http_client())
            client = Client(
                streamable_http_client(target, http_client=http), read_timeout_seconds=read_timeout_seconds
            )
        elif isinstance(target, MCPServer):
            client = Client(target, read_timeout_seconds=read_timeout_seconds)
        else:
            params = target if isinstance(target, StdioServerParameters) else _command(target)
            transport = stdio_client(params, errlog=errlog or sys.stderr)
            client = Client(transport, read_timeout_seconds=read_timeout_seconds)
        yield await stack.enter_async_context(client)


def _command(argv: Sequence[str]) -> StdioServerParameters:
    if not argv:
        raise ValueError("empty server command")
    return StdioServerParameters(command=argv[0], args=list(argv[1:]))
