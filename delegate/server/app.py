"""The MCP server: one `delegate_to_<name>` tool per roster agent, and the roster as a resource."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated

import anyio
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import Field

from delegate._version import __version__
from delegate.agents.delegation import DelegationResult, delegate
from delegate.agents.events import Event
from delegate.agents.spec import Agent
from delegate.errors import BlockedError, ModelError, OutputError, RunError
from delegate.trust import TrustGate

log = logging.getLogger("delegate.server")

MAX_TASK_CHARS = 100_000
MAX_CONTEXT_CHARS = 400_000
ROSTER_URI = "delegate://roster"

INSTRUCTIONS = """Each tool delegates a task to a specialist sub-agent with its own model, system prompt, \
tools and budget, and returns its answer. Write the task as a self-contained instruction; put material \
the specialist needs (a draft to review, facts to use) in `context`. Calls are independent: a \
specialist remembers nothing between calls. Several calls may run at once."""

TaskArg = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_TASK_CHARS,
        description="What the specialist should do, as a self-contained instruction.",
    ),
]
ContextArg = Annotated[
    str,
    Field(
        max_length=MAX_CONTEXT_CHARS,
        description="Optional material for the task (a draft, facts, constraints).",
    ),
]

DelegationTool = Callable[..., Awaitable[DelegationResult]]


def _progress_reporter(ctx: Context) -> Callable[[Event], Awaitable[None]]:
    """Turn agent events into MCP progress notifications (a no-op without a progress token)."""
    steps = 0

    async def report(event: Event) -> None:
        nonlocal steps
        if event.kind not in ("turn", "tool_call", "tool_result", "answer"):
            return
        steps += 1
        tokens = event.usage.total_tokens
        what = f"{event.kind} {event.tool}".strip()
        await ctx.report_progress(steps, None, f"{event.agent}: turn {event.turn}, {what}, {tokens} tokens")

    return report


def _delegation_tool(agent: Agent, gate: TrustGate) -> DelegationTool:
    async def delegate_tool(ctx: Context, task: TaskArg, context: ContextArg = "") -> DelegationResult:
        try:
            return await delegate(agent, task, context, gate=gate, on_event=_progress_reporter(ctx))
        except anyio.get_cancelled_exc_class():
            log.info("delegation to %s cancelled by the caller", agent.name)
            raise
        except BlockedError as exc:
            log.warning("blocked instruction to %s: rules %s", agent.name, exc.verdict.rules)
            raise ToolError(str(exc)) from exc
        except ModelError as exc:
            raise ToolError(f"{agent.name}: model failure ({agent.model.name}): {exc}") from exc
        except (OutputError, RunError) as exc:
            raise ToolError(f"{agent.name}: {exc}") from exc
        except Exception as exc:  # contained: this call fails, the server goes on
            log.exception("delegation to %s crashed", agent.name)
            raise ToolError(
                f"{agent.name}: internal error ({type(exc).__name__}); see the server log"
            ) from exc

    return delegate_tool


def roster_json(agents: Sequence[Agent]) -> str:
    return json.dumps(
        [
            {
                "name": a.name,
                "tool": f"delegate_to_{a.name}",
                "description": a.description,
                "model": a.model.name,
                "tools": a.tools.names,
                "limits": a.limits.model_dump(),
                "instruction_policy": a.instruction_policy,
                "tool_result_policy": a.tool_result_policy,
            }
            for a in agents
        ],
        indent=2,
    )


def build_server(
    agents: Sequence[Agent], *, gate: TrustGate | None = None, name: str = "delegate"
) -> MCPServer:
    """An MCP server exposing each agent as `delegate_to_<name>`."""
    gate = gate or TrustGate()
    server = MCPServer(name, instructions=INSTRUCTIONS, version=__version__)
    for agent in agents:
        server.add_tool(
            _delegation_tool(agent, gate),
            name=f"delegate_to_{agent.name}",
            title=f"Delegate to {agent.name}",
            description=agent.description,
            annotations=ToolAnnotations(
                read_only_hint=agent.read_only,
                destructive_hint=not agent.read_only,
                idempotent_hint=False,
                open_world_hint=agent.model.is_llm or not agent.read_only,
            ),
            structured_output=True,
        )
    roster = roster_json(agents)

    @server.resource(
        ROSTER_URI,
        name="roster",
        description="The agents this server delegates to.",
        mime_type="application/json",
    )
    def read_roster() -> str:
        return roster

    return server
