"""MCP tools for a hand-written Claude loop: tool params, and a `tool_use` block run on the session.

With the beta tool runner, use the SDK's own `anthropic.lib.tools.mcp.async_mcp_tool`. It has
no progress callback and no per-call timeout, and it is tied to the runner; these two
functions cover a plain `messages.create` loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from mcp import Client, MCPError
from mcp.shared.dispatcher import ProgressFnT
from mcp.types import Tool as MCPTool

from delegate.clients.mcp_tools import result_text

if TYPE_CHECKING:  # (typed dicts only: importing the SDK's types costs a second at every start-up)
    from anthropic.types import ToolParam, ToolResultBlockParam


def anthropic_tool_params(tools: Sequence[MCPTool], *, prefix: str = "") -> list[ToolParam]:
    """The `tools=` list for `messages.create`, from `(await client.list_tools()).tools`."""
    return [
        {"name": t.name, "description": t.description or "", "input_schema": dict(t.input_schema)}
        for t in tools
        if t.name.startswith(prefix)
    ]


async def run_tool_use(
    client: Client,
    block: Any,
    *,
    progress_callback: ProgressFnT | None = None,
    read_timeout_seconds: float | None = None,
) -> ToolResultBlockParam:
    """Run one `tool_use` block (anything with `id`, `name`, `input`) and return its `tool_result`.

    A tool error or a protocol error (a timeout, say) becomes `is_error: true` for Claude to read,
    so one failed call never ends the conversation.
    """
    try:
        result = await client.call_tool(
            block.name,
            dict(block.input),
            read_timeout_seconds=read_timeout_seconds,
            progress_callback=progress_callback,
        )
    except MCPError as exc:
        failed: ToolResultBlockParam = {
            "type": "tool_result",
            "tool_use_id": block.id,
            "content": f"{block.name} failed: {exc}",
            "is_error": True,
        }
        return failed
    done: ToolResultBlockParam = {
        "type": "tool_result",
        "tool_use_id": block.id,
        "content": result_text(result),
        "is_error": result.is_error,
    }
    return done
