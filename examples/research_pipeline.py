"""The research pipeline: three researcher delegations in parallel, a critic, a synthesis.

    python examples/research_pipeline.py

The orchestrator (`delegate.clients.orchestrator_agent`) sends three sub-questions to the
researcher in one reply, so the three run at once; it has the merged draft reviewed by the
critic and answers with the synthesis. The models are scripted so the example runs offline and
its timing shows the overlap; `delegate run` runs the same pattern on real models.
"""

from __future__ import annotations

import json

import anyio

from delegate.agents import Agent, Limits, run_agent
from delegate.clients import connect, mcp_agent_tools, orchestrator_agent
from delegate.models.base import ModelRequest, ToolCall
from delegate.server import build_server
from delegate.testing import ScriptedModel, tool_call
from delegate.trust import unfence

GOAL = "Compare RAG and fine-tuning for keeping an assistant up to date"
FINDINGS = {
    "How does RAG keep answers current?": "RAG retrieves documents at query time, so updating the index "
    "updates answers [rag].",
    "What does fine-tuning change?": "Fine-tuning changes model weights; new facts need a new training run "
    "[fine-tuning].",
    "What do the two cost to keep fresh?": "Re-indexing is cheap and fast; retraining costs compute and "
    "evaluation each time [fine-tuning] [rag].",
}


def researcher_reply(request: ModelRequest) -> str:
    task = request.messages[0].text.split("<task>", 1)[1].split("</task>", 1)[0].strip()
    return FINDINGS.get(task, "The corpus does not answer this.")


def critic_reply(request: ModelRequest) -> str:
    return json.dumps({"score": 4, "verdict": "SHIP", "issues": []})


def orchestrator_reply(request: ModelRequest) -> str | list[ToolCall]:
    """Round 1: research in parallel. Round 2: review the draft. Round 3: the synthesis."""
    rounds = [m.tool_results for m in request.messages if m.role == "user" and m.tool_results]
    if not rounds:
        return [tool_call("delegate_to_researcher", task=q) for q in FINDINGS]
    draft = "\n".join(unfence(r.content).strip() for r in rounds[0])
    if len(rounds) == 1:
        return [tool_call("delegate_to_critic", task=GOAL, context=draft)]
    return f"RAG or fine-tuning to stay current?\n{draft}\nIn short: retrieve what changes; fine-tune how to answer."


def scripted_models(delay: float = 0.5) -> dict[str, ScriptedModel]:
    return {
        "researcher": ScriptedModel(researcher_reply, delay=delay, name="researcher"),
        "critic": ScriptedModel(critic_reply, name="critic"),
        "orchestrator": ScriptedModel(orchestrator_reply, name="orchestrator"),
    }


def roster(models: dict[str, ScriptedModel]) -> list[Agent]:
    limits = Limits(max_turns=3, timeout_seconds=60)
    return [
        Agent("researcher", "Answers one focused question with [doc-id] citations.", "You research.",
              models["researcher"], limits=limits, read_only=True),
        Agent("critic", "Reviews a draft (in `context`) against its task; returns a JSON verdict.",
              "You review drafts.", models["critic"], limits=limits, read_only=True),
    ]  # fmt: skip


async def pipeline(models: dict[str, ScriptedModel]) -> str:
    async with connect(build_server(roster(models))) as client:
        tools = await mcp_agent_tools(client, prefix="delegate_to_")
        result = await run_agent(orchestrator_agent(tools, models["orchestrator"]), GOAL)
    return result.answer


if __name__ == "__main__":
    print(anyio.run(pipeline, scripted_models()))
