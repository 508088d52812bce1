"""delegate: specialist LLM sub-agents as ordinary MCP tools, behind a trust gate.

The public surface, in the order a user meets it: declare agents (or use the built-in
roster), serve them with `build_server`, delegate to them in process with `delegate`,
and test your own specialists with `delegate.testing.ScriptedModel`.
"""

from delegate._version import __version__
from delegate.agents import (
    Agent,
    AgentResult,
    DelegationResult,
    Event,
    Limits,
    Tool,
    ToolFailure,
    ToolRegistry,
    TrustReport,
    delegate,
    run_agent,
)
from delegate.agents.corpus import Corpus, corpus_tools
from delegate.agents.critic import Critique
from delegate.agents.roster import build_roster
from delegate.config import AgentConfig, Settings, load_settings
from delegate.errors import (
    BlockedError,
    ConfigError,
    DelegateError,
    LimitError,
    ModelError,
    OutputError,
    RunError,
)
from delegate.models import (
    Message,
    Model,
    ModelReply,
    ModelRequest,
    Text,
    ToolCall,
    ToolResult,
    ToolSpec,
    Usage,
)
from delegate.models.offline import OfflineModel
from delegate.models.registry import default_model_spec, resolve_model
from delegate.server import build_server
from delegate.trust import InjectionFilter, TrustGate, Verdict, scan

__all__ = [
    "Agent",
    "AgentConfig",
    "AgentResult",
    "BlockedError",
    "ConfigError",
    "Corpus",
    "Critique",
    "DelegateError",
    "DelegationResult",
    "Event",
    "InjectionFilter",
    "LimitError",
    "Limits",
    "Message",
    "Model",
    "ModelError",
    "ModelReply",
    "ModelRequest",
    "OfflineModel",
    "OutputError",
    "RunError",
    "Settings",
    "Text",
    "Tool",
    "ToolCall",
    "ToolFailure",
    "ToolRegistry",
    "ToolResult",
    "ToolSpec",
    "TrustGate",
    "TrustReport",
    "Usage",
    "Verdict",
    "__version__",
    "build_roster",
    "build_server",
    "corpus_tools",
    "default_model_spec",
    "delegate",
    "load_settings",
    "resolve_model",
    "run_agent",
    "scan",
]
