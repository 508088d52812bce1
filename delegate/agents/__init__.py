"""Agents: the loop, specs, tools and delegation. (The roster lives in `delegate.agents.roster`.)"""

from delegate.agents.delegation import DelegationResult, TrustReport, delegate, user_turn
from delegate.agents.events import Event, EventHandler
from delegate.agents.loop import AgentResult, ToolCheck, run_agent
from delegate.agents.spec import Agent, Limits
from delegate.agents.tools import Tool, ToolFailure, ToolRegistry

__all__ = [
    "Agent",
    "AgentResult",
    "DelegationResult",
    "Event",
    "EventHandler",
    "Limits",
    "Tool",
    "ToolCheck",
    "ToolFailure",
    "ToolRegistry",
    "TrustReport",
    "delegate",
    "run_agent",
    "user_turn",
]
