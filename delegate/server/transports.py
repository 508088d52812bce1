"""Serving over stdio (stdout is the protocol) or streamable HTTP on 127.0.0.1."""

from __future__ import annotations

import logging
import sys

import uvicorn
from mcp.server import MCPServer

log = logging.getLogger("delegate.server")

KEEP_ALIVE_SECONDS = 60  # a stale pooled connection can kill a client session at uvicorn's 5 s default


def configure_logging(level: int = logging.INFO) -> None:
    """Logs go to stderr; quieten the HTTP libraries that log every request at INFO."""
    logging.basicConfig(
        stream=sys.stderr, level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    for noisy in ("httpx2", "httpx", "anthropic", "openai", "mcp", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def serve_stdio(server: MCPServer) -> None:
    log.info("serving over stdio")
    await server.run_stdio_async()


async def serve_http(server: MCPServer, *, host: str = "127.0.0.1", port: int = 8765) -> None:
    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(
        app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_SECONDS, lifespan="on"
    )
    log.info("serving streamable HTTP on http://%s:%d/mcp", host, port)
    await uvicorn.Server(config).serve()
