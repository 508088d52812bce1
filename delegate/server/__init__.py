"""The MCP server and its transports."""

from delegate.server.app import ROSTER_URI, build_server
from delegate.server.transports import configure_logging, serve_http, serve_stdio

__all__ = ["ROSTER_URI", "build_server", "configure_logging", "serve_http", "serve_stdio"]
