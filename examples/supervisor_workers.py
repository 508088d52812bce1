"""Supervisor, workers and a critic, with one REVISE round.

    python examples/supervisor_workers.py

The supervisor splits a launch note between two workers (in parallel), sends the merged draft
to the critic, gets REVISE with an issue, has a worker fix it, gets SHIP on the second review
and answers. `orchestrator_agent(max_revisions=1)` refuses a third review whatever the model
does, so a supervisor cannot loop on its critic.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import anyio

from delegate.agents import Agent, Limits, run_agent
from delegate.clients import connect, mcp_agent_tools, orchestrator_agent
from delegate.models.base import ModelRequest, ToolCall, ToolResult
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from delegate.trust import unfence

GOAL = "Write a two-part launch note for the v2 API: what changed, and how to migrate."
WORK = {
    "What changed in v2?": "v2 replaces sessions with stateless calls.",
    "How do users migrate?": "Upgrade the client; no server change is needed.",
    "Add the deprecation date.": "v1 stops answering on 1 March.",
}


def worker_reply(request: ModelRequest) -> str:
    task = request.messages[0].text.split("<task>", 1)[1].split("</task>", 1)[0].strip()
    return WORK.get(task, "I cannot do that.")


def critic_reply(request: ModelRequest) -> str:
    draft = request.messages[0].text
    if "1 March" in draft:
        return json.dumps({"score": 5, "verdict": "SHIP", "issues": []})
    return json.dumps({"score": 2, "verdict": "REVISE", "issues": ["missing: the v1 deprecation date"]})


def _texts(results: Sequence[ToolResult]) -> list[str]:
    return [unfence(r.content).strip() for r in results]


def supervisor_reply(request: ModelRequest) -> str | list[ToolCall]:
    rounds = [m.tool_results for m in request.messages if m.role == "user" and m.tool_results]
    parts = [text for results in rounds for r, text in zip(results, _texts(results), strict=True)
             if r.name == "delegate_to_worker"]  # fmt: skip
    draft = " ".join(parts)
    if not rounds:
        return [tool_call("delegate_to_worker", task=t) for t in list(WORK)[:2]]
    last = rounds[-1]
    if last[0].name == "delegate_to_worker":
        return [tool_call("delegate_to_critic", task=GOAL, context=draft)]
    verdict = json.loads(_texts(last)[0]).get("verdict")
    if verdict == "REVISE" and len(rounds) == 2:
        return [tool_call("delegate_to_worker", task="Add the deprecation date.")]
    return f"Launch note (critic: {verdict}): {draft}"


def scripted_models() -> dict[str, ScriptedModel]:
    return {
        "worker": ScriptedModel(worker_reply, delay=0.2, name="worker"),
        "critic": ScriptedModel(critic_reply, name="critic"),
        "supervisor": ScriptedModel(supervisor_reply, name="supervisor"),
    }


async def launch_note(models: dict[str, ScriptedModel]) -> str:
    limits = Limits(max_turns=3, timeout_seconds=60)
    server = build_server(
        [
            Agent("worker", "Writes one part of a document.", "You write.", models["worker"], limits=limits),
            Agent("critic", "Reviews a draft; JSON verdict.", "You review.", models["critic"], limits=limits),
        ]
    )
    async with connect(server) as client:
        tools = await mcp_agent_tools(client, prefix="delegate_to_")
        supervisor = orchestrator_agent(tools, models["supervisor"], max_revisions=1)
        result = await run_agent(supervisor, GOAL)
    return result.answer


if __name__ == "__main__":
    print(anyio.run(launch_note, scripted_models()))
