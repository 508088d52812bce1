from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable

import pytest

from delegate.agents.corpus import Corpus, corpus_tools
from delegate.agents.critic import Critique
from delegate.agents.delegation import user_turn
from delegate.agents.tools import ToolRegistry
from delegate.errors import ConfigError
from delegate.models.base import Message, ModelReply, ModelRequest, ToolCall, ToolResult, ToolSpec
from delegate.models.offline import OfflineModel, infer_skill
from delegate.models.offline.plan import sub_questions
from delegate.trust import fence

RAG_QUESTION = "How does retrieval-augmented generation avoid retraining?"
COMPARE_GOAL = "Compare RAG and fine-tuning for keeping an assistant up to date"
CRITIC_SYSTEM = (
    'Review the draft. Reply with only JSON: {"score": 1-5, "verdict": "SHIP" or "REVISE", "issues": []}'
)
DELEGATES = [
    ToolSpec("delegate_to_researcher", "research", {"type": "object"}),
    ToolSpec("delegate_to_critic", "review", {"type": "object"}),
]
CITATION = re.compile(r"\[([\w.:-]+)\]")
Runner = Callable[[ToolCall], Awaitable[ToolResult]]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.bundled()


@pytest.fixture(scope="module")
def registry(corpus: Corpus) -> ToolRegistry:
    return ToolRegistry(corpus_tools(corpus))


def fenced(result: ToolResult) -> ToolResult:
    """What the agent loop hands a model: every result fenced as untrusted data."""
    return ToolResult(result.call_id, result.name, fence(result.content, name=result.name), result.is_error)


async def drive(
    model: OfflineModel, system: str, turn: str, tools: list[ToolSpec], run: Runner, max_turns: int = 8
) -> tuple[list[ModelReply], list[Message]]:
    """A minimal agent loop: ask, run the calls, feed the fenced results back, until plain text."""
    messages = [Message.user(turn)]
    replies: list[ModelReply] = []
    for _ in range(max_turns):
        reply = await model.request(ModelRequest(system, list(messages), tools))
        replies.append(reply)
        messages.append(reply.as_message())
        if not reply.tool_calls:
            break
        messages.append(Message("user", tuple([fenced(await run(c)) for c in reply.tool_calls])))
    return replies, messages


async def research(registry: ToolRegistry, question: str) -> tuple[list[ModelReply], list[Message]]:
    return await drive(
        OfflineModel(), "You are a researcher.", user_turn(question), registry.specs(), registry.call
    )


@pytest.mark.anyio
async def test_researcher_searches_then_reads_in_parallel_then_answers(registry: ToolRegistry) -> None:
    replies, _ = await research(registry, RAG_QUESTION)
    assert [r.stop_reason for r in replies] == ["tool_use", "tool_use", "end_turn"]
    (search,) = replies[0].tool_calls
    assert search.name == "search_corpus"
    assert search.arguments["query"] == RAG_QUESTION
    reads = replies[1].tool_calls
    assert 2 <= len(reads) <= 3
    assert {c.name for c in reads} == {"read_document"}
    assert len({c.arguments["doc_id"] for c in reads}) == len(reads)
    assert len({c.id for r in replies for c in r.tool_calls}) == 1 + len(reads)
    assert reads[0].arguments["doc_id"] == "rag"


@pytest.mark.anyio
async def test_researcher_answer_is_extractive_and_cites_only_what_it_read(
    registry: ToolRegistry, corpus: Corpus
) -> None:
    replies, _ = await research(registry, RAG_QUESTION)
    read = {c.arguments["doc_id"] for c in replies[1].tool_calls}
    answer = replies[-1].text
    assert "offline" in answer.splitlines()[0].lower()
    claims = [line for line in answer.split("Sources:")[0].splitlines() if line.startswith("- ")]
    assert 4 <= len(claims) <= 7
    for claim in claims:
        (doc_id,) = CITATION.findall(claim)
        assert doc_id in read
        sentence = CITATION.sub("", claim[2:]).strip()
        assert sentence in corpus.read(doc_id).text  # quoted, never invented
    assert set(CITATION.findall(answer)) <= read
    cited = [CITATION.findall(c)[0] for c in claims]
    assert cited.count("rag") > len(cited) / 2
    assert any("retrain" in c or "weights" in c for c in claims)


@pytest.mark.anyio
async def test_researcher_says_so_when_the_corpus_has_nothing(registry: ToolRegistry) -> None:
    replies, _ = await research(registry, "Which xylophone brands do quokkas prefer?")
    assert len(replies) == 2
    assert not replies[-1].tool_calls
    assert not CITATION.search(replies[-1].text)
    assert "offline" in replies[-1].text.lower()


@pytest.mark.anyio
async def test_researcher_skips_a_quarantined_source_and_says_so(registry: ToolRegistry) -> None:
    async def run(call: ToolCall) -> ToolResult:
        if call.arguments.get("doc_id") == "rag":
            notice = (
                "[quarantined: the result of 'read_document' was blocked by the injection filter (rules: x)]"
            )
            return ToolResult(call.id, call.name, notice, True)
        return await registry.call(call)

    replies, _ = await drive(OfflineModel(), "", user_turn(RAG_QUESTION), registry.specs(), run)
    answer = replies[-1].text
    read = {c.arguments["doc_id"] for c in replies[1].tool_calls}
    assert "rag" in read
    assert "rag" not in CITATION.findall(answer)
    assert "quarantined" in answer.lower()


@pytest.mark.anyio
async def test_same_transcript_same_reply(registry: ToolRegistry) -> None:
    first, messages = await research(registry, COMPARE_GOAL)
    second, _ = await research(registry, COMPARE_GOAL)
    assert [r.parts for r in first] == [r.parts for r in second]
    request = ModelRequest("sys", messages[:-1], registry.specs())
    assert (await OfflineModel().request(request)) == (await OfflineModel().request(request))


@pytest.mark.anyio
async def test_usage_is_an_estimate_that_grows_with_the_transcript(registry: ToolRegistry) -> None:
    replies, _ = await research(registry, RAG_QUESTION)
    inputs = [r.usage.input_tokens for r in replies]
    assert inputs == sorted(inputs) and inputs[0] < inputs[-1]
    assert all(r.usage.output_tokens > 0 and r.usage.model_calls == 1 for r in replies)
    assert replies[-1].usage.output_tokens == pytest.approx(len(replies[-1].text) / 4, abs=2)


async def critique(task: str, draft: str) -> Critique:
    request = ModelRequest(CRITIC_SYSTEM, [Message.user(user_turn(task, draft))])
    reply = await OfflineModel().request(request)
    assert reply.model == "offline"
    return Critique.model_validate(json.loads(reply.text))  # only JSON, in the contract's shape


@pytest.mark.anyio
async def test_critic_prefers_a_grounded_draft(registry: ToolRegistry) -> None:
    replies, _ = await research(registry, RAG_QUESTION)
    grounded = replies[-1].text
    ungrounded = CITATION.sub("", grounded)
    good = await critique(RAG_QUESTION, grounded)
    bad = await critique(RAG_QUESTION, ungrounded)
    assert good.verdict == "SHIP" and good.score >= 4
    assert bad.score < good.score
    assert bad.verdict == "REVISE" and bad.issues


@pytest.mark.anyio
async def test_critic_flags_an_off_topic_or_empty_draft(registry: ToolRegistry) -> None:
    replies, _ = await research(registry, "How do MCP transports work?")
    on_topic = await critique("How do MCP transports work?", replies[-1].text)
    off_topic = await critique(RAG_QUESTION, replies[-1].text)
    assert off_topic.score < on_topic.score
    assert any("retrieval" in issue.lower() or "retraining" in issue.lower() for issue in off_topic.issues)
    empty = await critique(RAG_QUESTION, "")
    assert (empty.score, empty.verdict) == (1, "REVISE")


async def delegation_runner(registry: ToolRegistry, critics: list[str]) -> Runner:
    """Research runs the real offline researcher; the critic answers from `critics` in order."""

    async def run(call: ToolCall) -> ToolResult:
        if call.name == "delegate_to_researcher":
            replies, _ = await research(registry, call.arguments["task"])
            payload = json.dumps({"agent": "researcher", "answer": replies[-1].text})
            return ToolResult(call.id, call.name, payload)
        return ToolResult(call.id, call.name, critics.pop(0))

    return run


@pytest.mark.anyio
async def test_orchestrator_delegates_in_parallel_then_asks_the_critic(registry: ToolRegistry) -> None:
    ship = json.dumps({"score": 5, "verdict": "SHIP", "issues": []})
    run = await delegation_runner(registry, [ship])
    replies, messages = await drive(
        OfflineModel(), "You orchestrate.", user_turn(COMPARE_GOAL), DELEGATES, run
    )
    assert len(replies) == 3
    plan = replies[0].tool_calls
    assert 2 <= len(plan) <= 4
    assert {c.name for c in plan} == {"delegate_to_researcher"}
    tasks = [c.arguments["task"] for c in plan]
    assert len(set(tasks)) == len(tasks)
    assert any("RAG" in t for t in tasks) and any("fine-tuning" in t for t in tasks)
    (review,) = replies[1].tool_calls
    assert review.name == "delegate_to_critic"
    assert review.arguments["task"] == COMPARE_GOAL
    children = {
        d for m in messages if m.role == "user" for r in m.tool_results for d in CITATION.findall(r.content)
    }
    draft_cites = set(CITATION.findall(review.arguments["context"]))
    assert {"rag", "fine-tuning"} <= draft_cites <= children
    answer = replies[-1].text
    assert "offline" in answer.lower() and "SHIP" in answer
    assert set(CITATION.findall(answer)) == draft_cites


@pytest.mark.anyio
async def test_orchestrator_revises_once_on_a_revise_verdict(registry: ToolRegistry) -> None:
    revise = json.dumps(
        {"score": 3, "verdict": "REVISE", "issues": ["The draft does not address 'caching'."]}
    )
    again = json.dumps({"score": 3, "verdict": "REVISE", "issues": ["Still thin."]})
    run = await delegation_runner(registry, [revise, again])
    replies, _ = await drive(OfflineModel(), "", user_turn(COMPARE_GOAL), DELEGATES, run)
    names = [[c.name for c in r.tool_calls] for r in replies]
    assert names[1] == ["delegate_to_critic"]
    assert names[2] and set(names[2]) == {"delegate_to_researcher"}
    assert any("caching" in c.arguments["task"] for c in replies[2].tool_calls)
    assert names[3] == ["delegate_to_critic"]
    assert names[4] == []  # one revision only: the second REVISE ends the run
    assert "REVISE" in replies[-1].text


@pytest.mark.anyio
async def test_a_failed_delegation_is_reported_not_fatal(registry: ToolRegistry) -> None:
    ship = json.dumps({"score": 4, "verdict": "SHIP", "issues": []})
    working = await delegation_runner(registry, [ship])

    async def run(call: ToolCall) -> ToolResult:
        if call.name == "delegate_to_researcher" and "fine-tuning, and" in call.arguments["task"]:
            return ToolResult(call.id, call.name, "researcher failed: ModelError: provider down", True)
        return await working(call)

    replies, _ = await drive(OfflineModel(), "", user_turn(COMPARE_GOAL), DELEGATES, run)
    answer = replies[-1].text
    assert not replies[-1].tool_calls
    assert "provider down" in answer
    assert "rag" in CITATION.findall(answer)


@pytest.mark.parametrize(
    ("tools", "system", "skill"),
    [
        (["search_corpus", "read_document"], "", "researcher"),
        (["delegate_to_researcher", "delegate_to_critic"], "", "orchestrator"),
        ([], CRITIC_SYSTEM, "critic"),
        ([], "You are a helpful assistant.", "summarizer"),
        (["lookup_weather"], CRITIC_SYSTEM, "summarizer"),
    ],
)
def test_skill_follows_the_request(tools: list[str], system: str, skill: str) -> None:
    request = ModelRequest(system, [Message.user("hi")], [ToolSpec(n, "", {}) for n in tools])
    assert infer_skill(request) == skill


def test_an_explicit_skill_names_the_model_and_a_wrong_one_is_refused() -> None:
    assert OfflineModel().name == "offline"
    assert OfflineModel("critic").name == "offline:critic"
    assert not OfflineModel().is_llm
    with pytest.raises(ConfigError):
        OfflineModel("poet")


@pytest.mark.anyio
async def test_summary_without_tools_quotes_the_message_and_respects_max_tokens() -> None:
    text = (
        "Embeddings map text to vectors. Vector search finds the nearest vectors to a query vector. "
        "The weather was pleasant. Approximate indexes make vector search fast on millions of vectors."
    )
    reply = await OfflineModel().request(ModelRequest("", [Message.user(text)]))
    body = reply.text.split("\n", 2)[-1]
    assert body and all(line in text for line in body.splitlines())
    short = await OfflineModel().request(ModelRequest("", [Message.user(text)], max_tokens=5))
    assert short.stop_reason == "max_tokens" and len(short.text) <= 20


@pytest.mark.parametrize(
    ("goal", "count", "mentions"),
    [
        (COMPARE_GOAL, 3, ["RAG", "fine-tuning", "up to date"]),
        ("What is the difference between BM25 and embeddings?", 3, ["BM25", "embeddings"]),
        ("What are embeddings? How does prompt caching cut costs?", 2, ["embeddings", "caching"]),
        ("What are embeddings and how does vector search scale?", 2, ["embeddings", "vector search"]),
        (RAG_QUESTION, 1, ["retraining"]),
    ],
)
def test_goals_split_into_focused_questions(goal: str, count: int, mentions: list[str]) -> None:
    questions = sub_questions(goal)
    assert len(questions) == count
    assert all(q.endswith("?") for q in questions)
    for word in mentions:
        assert any(word in q for q in questions), word
