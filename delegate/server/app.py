"""The MCP server: one `delegate_to_<name>` tool per roster agent, and the roster as a resource."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated, Any

import anyio
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.tools import Tool
from mcp.server.session import ServerSession
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field

from delegate import telemetry
from delegate._version import __version__
from delegate.agents.budget import META_KEY, RunReport, read_run_meta, running_in
from delegate.agents.delegation import DelegationResult, delegate
from delegate.agents.events import Event
from delegate.agents.spec import Agent
from delegate.config import ServerLimits
from delegate.errors import BlockedError, LimitError, ModelError, OutputError, RunError
from delegate.server.guards import Guards
from delegate.server.schema import compact_schema
from delegate.trust import TrustGate

log = logging.getLogger("delegate.server")
_traced_delegate = telemetry.traced(delegate)  # an invoke_agent span when OpenTelemetry is configured

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

DelegationTool = Callable[..., Awaitable[CallToolResult]]
# Published with `$ref`s inlined (see schema.py). The SDK does not re-validate a `CallToolResult`
# against a schema set this way: ours is a `DelegationResult` dump, valid by construction.
OUTPUT_SCHEMA = compact_schema(DelegationResult)


def _progress_reporter(session: ServerSession) -> Callable[[Event], Awaitable[None]]:
    """Turn agent events into MCP progress notifications (a no-op without a progress token)."""
    steps = 0

    async def report(event: Event) -> None:
        nonlocal steps
        if event.kind not in ("turn", "tool_call", "tool_result", "answer"):
            return
        steps += 1
        tokens = event.usage.total_tokens
        what = f"{event.kind} {event.tool}".strip()
        await session.report_progress(
            steps, None, f"{event.agent}: turn {event.turn}, {what}, {tokens} tokens"
        )

    return report


def _kind(exc: BaseException) -> str:
    """The type that failed, looking through task-group wrappers of a single error."""
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return type(exc).__name__


def failure_message(agent: Agent, exc: RunError) -> str:
    """One sentence per failure kind: who failed, which rule or fault, and what it cost."""
    if isinstance(exc, BlockedError):
        return str(exc)
    if isinstance(exc, LimitError):
        return f"{agent.name}: refused [{exc.limit}]: {exc}"
    spent = ""
    if exc.usage is not None:
        spent = (
            f" (spent {exc.usage.total_tokens} tokens in {exc.usage.model_calls} model calls "
            f"over {exc.seconds:.1f} s)"
        )
    if isinstance(exc, ModelError):
        retry = "; transient, try again later" if exc.retryable else ""
        return f"{agent.name}: model failure ({agent.model.name}): {exc}{retry}{spent}"
    if isinstance(exc, OutputError):
        return f"{agent.name}: invalid output: {exc}{spent}"
    return f"{agent.name}: {exc}{spent}"


def result_text(result: DelegationResult) -> str:
    """What a host's model reads (`content`): the answer under its provenance, and how it ended.

    Programmatic clients read `structuredContent`; hosts such as Claude Desktop show `content`
    to their model, so it carries the answer itself rather than a JSON dump of every field.
    """
    usage = result.usage
    ending = f"{result.turns} turns, {usage.total_tokens} tokens, trust: {result.trust.instruction}"
    if result.stopped:
        ending = f"stopped early: {result.stopped}; {ending}"
    return f"[{result.provenance}]\n{result.answer}\n\n[{result.agent}: {result.stop_reason}; {ending}]"


def _as_call_result(result: DelegationResult, run: RunReport | None) -> CallToolResult:
    """The result as sent: readable text, the structured content, and the run's account in `_meta`.

    The run report answers the run sent in the request `_meta` under the same key: it is
    bookkeeping for the caller's budget, not part of what the agent produced.
    """
    return CallToolResult(
        content=[TextContent(type="text", text=result_text(result))],
        structured_content=result.model_dump(mode="json", exclude=_unset(result)),
        meta={META_KEY: run.model_dump(mode="json")} if run is not None else None,
    )


def _unset(result: DelegationResult) -> dict[str, Any]:
    """Optional fields left out when empty: a smaller result that the client validates faster.

    The schema gives each a default (none, or an empty list), so an absent field reads the same.
    """
    unset: dict[str, Any] = {name: True for name in ("output", "stopped") if not getattr(result, name)}
    empty_checks = {
        name: True for name in ("tool_results", "answer_rules") if not getattr(result.trust, name)
    }
    if empty_checks:
        unset["trust"] = empty_checks
    return unset


def _delegation_tool(agent: Agent, gate: TrustGate, guards: Guards) -> DelegationTool:
    async def delegate_tool(ctx: Context, task: TaskArg, context: ContextArg = "") -> CallToolResult:
        with guards.tracked():
            return await guarded(ctx, task, context)
        log.info("delegation to %s cancelled: the server is shutting down", agent.name)
        raise ToolError(f"{agent.name}: cancelled: the server is shutting down")

    async def guarded(ctx: Context, task: str, context: str) -> CallToolResult:
        admission = None
        try:
            # Looked up once: each look at `ctx.request_context` goes through pydantic's private attributes.
            request = ctx.request_context
            run = read_run_meta(request.meta)
            async with guards.admit(agent.name, task, context, run) as admission:
                with running_in(run.child(agent.name) if run else None):
                    result = await _traced_delegate(
                        agent,
                        task,
                        context,
                        gate=gate,
                        on_event=_progress_reporter(request.session),
                        pools=admission.pools,
                        request_id=str(request.request_id),
                    )
                if result.stop_reason == "run_token_limit" and admission.account is not None:
                    admission.account.spent_out = True
                return _as_call_result(result, admission.report())
        except anyio.get_cancelled_exc_class():
            log.info("delegation to %s cancelled by the caller", agent.name)
            if admission is not None:
                admission.forget()
            raise
        except RunError as exc:
            if admission is not None:
                admission.forget()  # a failed delegation may be asked again
            if isinstance(exc, BlockedError):
                log.warning("blocked instruction to %s: rules %s", agent.name, exc.verdict.rules)
            raise ToolError(failure_message(agent, exc)) from exc
        except Exception as exc:  # contained: this call fails, the server goes on
            log.exception("delegation to %s crashed", agent.name)
            if admission is not None:
                admission.forget()
            raise ToolError(f"{agent.name}: internal error ({_kind(exc)}); see the server log") from exc

    return delegate_tool


def _tool(agent: Agent, gate: TrustGate, guards: Guards) -> Tool:
    """`delegate_to_<name>`: its arguments checked by the SDK, its output schema ours."""
    tool = Tool.from_function(
        _delegation_tool(agent, gate, guards),
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
    tool.fn_metadata.output_schema = OUTPUT_SCHEMA
    return tool


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
    agents: Sequence[Agent],
    *,
    gate: TrustGate | None = None,
    name: str = "delegate",
    limits: ServerLimits | None = None,
    guards: Guards | None = None,
) -> MCPServer:
    """An MCP server exposing each agent as `delegate_to_<name>`, every call behind the guards.

    Pass your own `guards` to share them with the transport (graceful shutdown cancels the
    delegations they track); otherwise they are built from `limits`.
    """
    gate = gate or TrustGate()
    guards = guards or Guards(limits)
    tools = [_tool(agent, gate, guards) for agent in agents]
    server = MCPServer(name, instructions=INSTRUCTIONS, version=__version__, tools=tools)
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
