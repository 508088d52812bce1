"""Clients of a delegate server: connect, use its tools from our loop or from Claude, orchestrate."""

from delegate.clients.anthropic_tools import anthropic_tool_params, run_tool_use
from delegate.clients.connect import Target, connect, serve_command
from delegate.clients.mcp_tools import CallObserver, CallOutcome, mcp_agent_tools, mcp_tool, result_text
from delegate.clients.orchestrator import orchestrate, orchestrator_agent
from delegate.clients.tracing import RunState, Tracer, replay

__all__ = [
    "CallObserver",
    "CallOutcome",
    "RunState",
    "Target",
    "Tracer",
    "anthropic_tool_params",
    "connect",
    "mcp_agent_tools",
    "mcp_tool",
    "orchestrate",
    "orchestrator_agent",
    "replay",
    "result_text",
    "run_tool_use",
    "serve_command",
]
