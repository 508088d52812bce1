"""delegate: specialist LLM sub-agents as ordinary MCP tools, behind a trust gate."""

from delegate._version import __version__

__all__ = ["__version__"]
