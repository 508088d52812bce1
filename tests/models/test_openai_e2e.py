"""`delegate serve` on an OpenAI-compatible endpoint, end to end: a real stdio subprocess, a fake
chat-completions server on 127.0.0.1, and the MCP SDK client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegate.trust.fence import MARK, unfence
from tests.fakes.openai_server import COMPLETION_TOKENS, ERROR_MESSAGE, PROMPT_TOKENS, FakeOpenAI
from tests.fakes.serve import serving, text_of

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

TASK = "How does retrieval-augmented generation avoid retraining?"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI().running() as server:
        yield server


async def test_researcher_runs_on_the_openai_endpoint_with_tool_calls(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    async with serving(fake, tmp_path) as client:
        result = await client.call_tool("delegate_to_researcher", {"task": TASK})

    assert not result.is_error, text_of(result)
    data = result.structured_content
    assert data is not None
    assert data["model"] == "openai:fake-model"
    assert data["stop_reason"] == "end_turn"
    assert data["turns"] == 3
    assert data["usage"] == {
        "input_tokens": 3 * PROMPT_TOKENS,
        "output_tokens": 3 * COMPLETION_TOKENS,
        "model_calls": 3,
    }
    assert [c["tool"] for c in data["trust"]["tool_results"]] == ["search_corpus", "read_document"]

    search, read, answer = fake.requests
    assert {r["model"] for r in fake.requests} == {"fake-model"}
    # The tool schemas the roster advertises, in OpenAI's function format.
    functions = {t["function"]["name"]: t["function"] for t in search["tools"]}
    assert set(functions) == {"search_corpus", "read_document"}
    assert functions["search_corpus"]["parameters"]["required"] == ["query"]
    assert functions["read_document"]["parameters"]["properties"]["doc_id"]["type"] == "string"
    assert search["messages"][0]["role"] == "system"
    assert TASK in search["messages"][-1]["content"]

    # Each tool result comes back as a `role: tool` message, fenced and datamarked.
    searched = read["messages"][-1]
    assert searched["role"] == "tool" and searched["tool_call_id"] == "call_search_corpus"
    assert "<<UNTRUSTED-" in searched["content"] and MARK in searched["content"]
    assert unfence(searched["content"]).startswith("5 passages for")
    read_call = answer["messages"][-2]["tool_calls"][0]["function"]
    assert read_call["name"] == "read_document"
    document = answer["messages"][-1]
    assert document["role"] == "tool" and document["tool_call_id"] == "call_read_document"
    assert "<<UNTRUSTED-" in document["content"]
    doc_id = unfence(document["content"]).split("]")[0].lstrip("[")
    assert read_call["arguments"] == f'{{"doc_id": "{doc_id}"}}'

    assert data["answer"].endswith(f"[{doc_id}].")


async def test_provider_500s_end_the_call_with_a_clear_error_and_the_server_keeps_serving(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    fake.fail_status = 500
    async with serving(fake, tmp_path) as client:
        failed = await client.call_tool("delegate_to_researcher", {"task": TASK})
        assert len(fake.requests) == 3  # the first try and the SDK's two retries

        fake.fail_status = None
        recovered = await client.call_tool("delegate_to_researcher", {"task": TASK})

    assert failed.is_error
    message = text_of(failed)
    assert "researcher: model failure (openai:fake-model)" in message
    assert "HTTP 500 (server error)" in message
    assert ERROR_MESSAGE in message
    assert "gave up after 2 retries" in message
    assert "transient, try again later" in message
    assert not recovered.is_error, text_of(recovered)
    assert recovered.structured_content is not None
    assert recovered.structured_content["stop_reason"] == "end_turn"
