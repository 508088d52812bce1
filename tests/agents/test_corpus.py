from __future__ import annotations

from pathlib import Path

import pytest

from delegate.agents.corpus import Corpus, corpus_tools
from delegate.agents.tools import Tool, ToolRegistry
from delegate.errors import ConfigError
from delegate.models.base import ToolCall
from delegate.models.offline.transcript import parse_document, parse_hits
from delegate.trust import scan


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.bundled()


def test_bundled_corpus_is_a_dozen_short_titled_documents(corpus: Corpus) -> None:
    assert 12 <= len(corpus) <= 14
    for doc_id in corpus.ids:
        document = corpus.read(doc_id)
        words = len(document.text.split())
        assert document.title and document.title != doc_id, doc_id
        assert 250 <= words <= 450, (doc_id, words)
        assert len(document.paragraphs) >= 3, doc_id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("How does retrieval-augmented generation avoid retraining?", "rag"),
        ("LoRA adapters and catastrophic forgetting", "fine-tuning"),
        ("approximate nearest neighbour index for vectors", "embeddings"),
        ("lost in the middle of a long prompt", "context-windows"),
        ("hidden instructions in a retrieved web page", "prompt-injection"),
        ("stdio and streamable HTTP transports", "mcp"),
        ("LLM-as-a-judge rubric bias", "evaluation"),
        ("think step by step", "reasoning"),
        ("orchestrator delegates subtasks to specialist workers", "multi-agent"),
    ],
)
def test_bm25_ranks_the_document_on_the_topic_first(corpus: Corpus, query: str, expected: str) -> None:
    hits = corpus.search(query, limit=5)
    assert hits, query
    assert hits[0].doc_id == expected


def test_search_is_ranked_limited_and_spread_over_documents(corpus: Corpus) -> None:
    hits = corpus.search("retrieval of documents for a language model", limit=6)
    assert len(hits) == 6
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    per_document = {h.doc_id: sum(1 for x in hits if x.doc_id == h.doc_id) for h in hits}
    assert max(per_document.values()) <= 2
    assert corpus.search("zyzzyva quokka", limit=5) == []


def test_unknown_document_names_the_close_ids(corpus: Corpus) -> None:
    with pytest.raises(ValueError) as info:
        corpus.read("fine-tunning")
    assert "fine-tuning" in str(info.value)


def test_load_reads_markdown_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "alpha.md").write_text(
        "# Alpha Centauri\n\nThe nearest star system.\n\nIt has three stars.\n"
    )
    (tmp_path / "beta_notes.txt").write_text("Beta is a plain text note about comets.\n")
    (tmp_path / "ignored.csv").write_text("a,b\n")
    corpus = Corpus.load(tmp_path)
    assert corpus.ids == ["alpha", "beta_notes"]
    assert corpus.read("alpha").title == "Alpha Centauri"
    assert corpus.read("alpha").paragraphs == ("The nearest star system.", "It has three stars.")
    assert "beta" in corpus.read("beta_notes").title.lower()
    assert corpus.search("comets")[0].doc_id == "beta_notes"


def test_load_refuses_a_missing_or_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        Corpus.load(tmp_path / "nowhere")
    (tmp_path / "blank.md").write_text("   \n")
    with pytest.raises(ConfigError, match="no readable documents"):
        Corpus.load(tmp_path)


def test_tools_are_described_from_their_signatures(corpus: Corpus) -> None:
    tools = {t.name: t for t in map(Tool.from_function, corpus_tools(corpus))}
    assert set(tools) == {"search_corpus", "read_document"}
    search = tools["search_corpus"].input_schema
    assert search["required"] == ["query"]
    assert search["properties"]["limit"]["default"] == 5
    assert tools["read_document"].input_schema["required"] == ["doc_id"]
    assert all(t.description for t in tools.values())


@pytest.mark.anyio
async def test_tool_results_parse_back_into_what_the_corpus_holds(corpus: Corpus) -> None:
    """The text format is the contract between the tools and the offline model's parser."""
    registry = ToolRegistry(corpus_tools(corpus))
    found = await registry.call(ToolCall("1", "search_corpus", {"query": "vector search", "limit": 3}))
    passages = parse_hits(found.content)
    expected = corpus.search("vector search", 3)
    assert [(p.doc_id, p.text) for p in passages] == [(h.doc_id, h.passage) for h in expected]
    assert [p.score for p in passages] == pytest.approx([h.score for h in expected], abs=0.01)

    read = await registry.call(ToolCall("2", "read_document", {"doc_id": "mcp"}))
    source = parse_document(read.content)
    assert source is not None
    assert (source.doc_id, source.title, source.body) == (
        "mcp",
        corpus.read("mcp").title,
        corpus.read("mcp").text,
    )


@pytest.mark.anyio
async def test_an_unknown_id_becomes_an_error_result_the_model_can_act_on(corpus: Corpus) -> None:
    registry = ToolRegistry(corpus_tools(corpus))
    result = await registry.call(ToolCall("1", "read_document", {"doc_id": "nope"}))
    assert result.is_error
    assert all(doc_id in result.content for doc_id in corpus.ids)


def test_bundled_documents_pass_the_injection_filter(corpus: Corpus) -> None:
    """A corpus about prompt injection must still reach the researcher unflagged."""
    for doc_id in corpus.ids:
        verdict = scan(corpus.read(doc_id).text, "tool_result")
        assert verdict.action == "allow", (doc_id, verdict.rules)
