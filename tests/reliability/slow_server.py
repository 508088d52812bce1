"""A delegate server whose agents take their time, for disconnect and shutdown tests.

Run as `python -m tests.reliability.slow_server [--http PORT]`; each delegation writes a
`delegation to slow cancelled` line to stderr when it is cancelled.
"""

from __future__ import annotations

import logging
import sys

import anyio

from delegate.models.base import ModelReply, ModelRequest
from delegate.server import build_server, configure_logging, serve_http, serve_stdio
from delegate.server.guards import Guards
from delegate.testing import ScriptedModel
from tests.reliability.helpers import agent

STARTED = "slow model call started"
log = logging.getLogger("tests.slow_server")


class LoggedModel(ScriptedModel):
    """Says when each call starts, so tests wait for the children instead of sleeping."""

    async def request(self, request: ModelRequest) -> ModelReply:
        log.info(STARTED)
        return await super().request(request)


def main(argv: list[str]) -> int:
    configure_logging()
    guards = Guards()
    slow = agent("slow", LoggedModel(lambda request: "finally", delay=float(argv[-1]) if argv else 60.0))
    server = build_server([slow], guards=guards)
    if "--http" in argv:
        port = int(argv[argv.index("--http") + 1])
        anyio.run(lambda: serve_http(server, port=port, guards=guards))
    else:
        anyio.run(lambda: serve_stdio(server, guards=guards))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
