"""Serving over stdio (stdout is the protocol) or streamable HTTP on 127.0.0.1, until a signal.

SIGTERM or SIGINT shuts down gracefully: running delegations are cancelled (each caller gets
an `isError` result saying so), new ones are refused, the transport stops, the `on_shutdown`
callbacks run (flush traces, close the audit log) and logs are flushed; the serve call then
returns normally, so `delegate serve` exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator, Sequence

import anyio
import uvicorn
from mcp.server import MCPServer

from delegate.server.guards import Guards

log = logging.getLogger("delegate.server")

KEEP_ALIVE_SECONDS = 60  # a stale pooled connection can kill a client session at uvicorn's 5 s default
GRACE_SECONDS = 2  # for cancelled delegations to send their error results before the transport stops

ShutdownHook = Callable[[], object]


def configure_logging(level: int = logging.INFO) -> None:
    """Logs go to stderr; quieten the HTTP libraries that log every request at INFO."""
    logging.basicConfig(
        stream=sys.stderr, level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    for noisy in ("httpx2", "httpx", "anthropic", "openai", "mcp", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def serve_stdio(
    server: MCPServer, *, guards: Guards | None = None, on_shutdown: Sequence[ShutdownHook] = ()
) -> None:
    log.info("serving over stdio")

    def leave() -> None:
        # The SDK reads stdin in a worker thread that no cancel can interrupt: once the
        # delegations are drained and the callbacks have run, leave without waiting for input.
        _finish(on_shutdown)
        sys.stdout.flush()
        os._exit(0)

    await _serve_until_signal(server.run_stdio_async, leave, guards)
    _finish(on_shutdown)


async def serve_http(
    server: MCPServer,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    guards: Guards | None = None,
    on_shutdown: Sequence[ShutdownHook] = (),
) -> None:
    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        timeout_graceful_shutdown=GRACE_SECONDS,
        lifespan="on",
    )
    http = _Uvicorn(config)
    log.info("serving streamable HTTP on http://%s:%d/mcp", host, port)

    def stop() -> None:
        http.should_exit = True  # uvicorn finishes the responses, then `serve()` returns

    await _serve_until_signal(http.serve, stop, guards)
    _finish(on_shutdown)


class _Uvicorn(uvicorn.Server):
    """uvicorn without its own signal handlers: ours cancel the delegations first."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def _serve_until_signal(
    serve: Callable[[], Awaitable[None]], stop: Callable[[], None], guards: Guards | None
) -> None:
    """Run `serve` until it returns; on SIGTERM/SIGINT drain the delegations, then `stop()`."""
    async with anyio.create_task_group() as tg:

        async def watch() -> None:
            with anyio.open_signal_receiver(signal.SIGTERM, signal.SIGINT) as signals:
                async for signum in signals:
                    log.info("%s: shutting down", signal.Signals(signum).name)
                    await _drain(guards)
                    stop()
                    return

        async def run() -> None:
            await serve()
            tg.cancel_scope.cancel()

        tg.start_soon(watch)
        tg.start_soon(run)


async def _drain(guards: Guards | None) -> None:
    """Cancel running delegations and give their error results a moment to reach the callers."""
    if guards is None:
        return
    cancelled = guards.cancel_all()
    log.info("cancelled %d running delegation(s)", cancelled)
    with anyio.move_on_after(GRACE_SECONDS):
        await guards.wait_idle()
        await anyio.sleep(0.05)  # the results are written after the tool returns


def _finish(on_shutdown: Sequence[ShutdownHook]) -> None:
    for hook in on_shutdown:
        try:
            hook()
        except Exception:  # one failing hook must not stop the others
            log.exception("shutdown hook %r failed", hook)
    log.info("shut down cleanly")
    for handler in logging.getLogger().handlers:
        handler.flush()
