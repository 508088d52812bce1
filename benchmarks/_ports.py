"""Ports for the benchmarks' HTTP servers: a free one, and waiting until the server listens on it."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_for_port(
    port: int, *, exited: Callable[[], int | None] | None = None, timeout: float = 60.0
) -> None:
    """Until a server listens on `port`: a busy machine may take many seconds to import it.

    `exited` gives the server's exit code once it has stopped, so a crash is reported at once.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if exited is not None and (code := exited()) is not None:
            raise RuntimeError(f"the HTTP server exited with {code} before listening on port {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the HTTP server never listened on port {port} within {timeout:g} s")
