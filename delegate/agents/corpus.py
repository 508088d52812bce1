"""A folder of documents, a BM25 index over its paragraphs, and the two tools that read it.

The researcher's tools return plain text in a fixed shape, easy for an LLM to read and
for the offline model to parse:

    search_corpus  ->  3 passages for "query", best first:
                       [doc-id] Title (score 3.21): the passage on one line
                       ...
    read_document  ->  [doc-id] Title
                       <blank line>
                       the document's paragraphs, separated by blank lines
"""

from __future__ import annotations

import difflib
import importlib.resources
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from delegate.errors import ConfigError
from delegate.models.offline.text import BM25, terms

SUFFIXES = (".md", ".txt")
PER_DOCUMENT = 2  # passages one document may place in a result, so one long file cannot crowd out the rest


@dataclass(frozen=True, slots=True)
class Document:
    """One file of the corpus: its id is the file stem, its title the first `# ` line."""

    doc_id: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @classmethod
    def parse(cls, doc_id: str, raw: str) -> Document:
        lines = raw.strip().splitlines()
        title = doc_id.replace("-", " ").replace("_", " ").capitalize()
        if lines and lines[0].startswith("# "):
            title, lines = lines[0][2:].strip(), lines[1:]
        blocks = "\n".join(lines).split("\n\n")
        paragraphs = tuple(" ".join(b.split()) for b in blocks if b.strip())
        return cls(doc_id, title, paragraphs)


@dataclass(frozen=True, slots=True)
class Hit:
    """One passage that matched a search, with its BM25 score."""

    doc_id: str
    title: str
    score: float
    passage: str

    def line(self) -> str:
        return f"[{self.doc_id}] {self.title} (score {self.score:.2f}): {self.passage}"


class Corpus:
    """Documents by id plus a paragraph-level BM25 index; built once, read-only after."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = {d.doc_id: d for d in sorted(documents, key=lambda d: d.doc_id)}
        self._passages = [(d, p) for d in self._documents.values() for p in d.paragraphs]
        # The title joins every passage's terms: a passage about "it" still belongs to its topic.
        self._index = BM25([terms(f"{d.title} {p}") for d, p in self._passages])

    @classmethod
    def load(cls, folder: Path) -> Corpus:
        """Every *.md and *.txt file directly in `folder`; `ConfigError` if there is none."""
        if not folder.is_dir():
            raise ConfigError(f"corpus folder {str(folder)!r} does not exist or is not a folder")
        files = sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file())
        return cls._build(str(folder), ((p.stem, p.read_text(encoding="utf-8")) for p in files))

    @classmethod
    def bundled(cls) -> Corpus:
        """The short documents on agent and LLM concepts that ship with delegate."""
        folder = importlib.resources.files("delegate").joinpath("corpus")
        files = sorted((f for f in folder.iterdir() if f.name.endswith(SUFFIXES)), key=lambda f: f.name)
        return cls._build("bundled corpus", ((f.name.rsplit(".", 1)[0], f.read_text("utf-8")) for f in files))

    @classmethod
    def _build(cls, where: str, sources: Iterable[tuple[str, str]]) -> Corpus:
        documents = [d for d in (Document.parse(stem, raw) for stem, raw in sources) if d.paragraphs]
        if not documents:
            raise ConfigError(f"{where!r} holds no readable documents (*.md or *.txt with some text)")
        return cls(documents)

    def __len__(self) -> int:
        return len(self._documents)

    @property
    def ids(self) -> list[str]:
        return list(self._documents)

    def read(self, doc_id: str) -> Document:
        """The document with this id; `ValueError` naming close ids (a model can correct itself)."""
        document = self._documents.get(doc_id.strip().strip("[]"))
        if document is None:
            close = difflib.get_close_matches(doc_id, self.ids, n=3)
            hint = f"did you mean {', '.join(close)}? " if close else ""
            raise ValueError(f"unknown document id {doc_id!r}; {hint}known ids: {', '.join(self.ids)}")
        return document

    def search(self, query: str, limit: int = 5) -> list[Hit]:
        """The best passages for `query`, at most `PER_DOCUMENT` from any one document."""
        scores = self._index.scores(terms(query))
        ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
        hits: list[Hit] = []
        taken: dict[str, int] = {}
        for i in ranked:
            document, passage = self._passages[i]
            if scores[i] <= 0 or len(hits) >= limit:
                break
            if taken.get(document.doc_id, 0) < PER_DOCUMENT:
                taken[document.doc_id] = taken.get(document.doc_id, 0) + 1
                hits.append(Hit(document.doc_id, document.title, round(scores[i], 4), passage))
        return hits


def format_hits(query: str, hits: Sequence[Hit], corpus: Corpus) -> str:
    if not hits:
        return f'no passages match "{query}". Try other words, or read one of: {", ".join(corpus.ids)}'
    lines = [f'{len(hits)} passages for "{query}", best first:']
    return "\n".join(lines + [hit.line() for hit in hits])


def format_document(document: Document) -> str:
    return f"[{document.doc_id}] {document.title}\n\n{document.text}"


def corpus_tools(corpus: Corpus) -> list[Callable[..., Any]]:
    """The researcher's two tools, bound to one corpus."""

    async def search_corpus(query: str, limit: int = 5) -> str:
        """Search the document corpus; returns the best-matching passages with their document ids.

        Args:
            query: What to look for, in a few words or a question.
            limit: How many passages to return (1-10).
        """
        limit = max(1, min(limit, 10))
        return format_hits(query, corpus.search(query, limit), corpus)

    async def read_document(doc_id: str) -> str:
        """Read a whole document of the corpus by its id (the [doc-id] shown in search results).

        Args:
            doc_id: The document id, e.g. "rag".
        """
        return format_document(corpus.read(doc_id))

    return [search_corpus, read_document]


__all__ = ["Corpus", "Document", "Hit", "corpus_tools"]
