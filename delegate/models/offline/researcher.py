"""The offline researcher: search the corpus, read the best documents, answer extractively.

Turn by turn, recomputed from the transcript: no search yet -> `search_corpus(task)`;
search results only -> `read_document` on the best two or three distinct documents, in
one reply so they run in parallel; documents read -> the answer, each sentence cited.
"""

from __future__ import annotations

from collections.abc import Sequence

from delegate.models.base import ModelRequest, Text, ToolCall
from delegate.models.offline.extract import best_sentences
from delegate.models.offline.transcript import (
    Outcome,
    Passage,
    Source,
    call_id,
    last_round,
    outcomes,
    parse_document,
    parse_hits,
    user_turn,
)

SEARCH = "search_corpus"
READ = "read_document"
BANNER = "(offline model: extractive answer from the corpus, no LLM configured)"
MAX_READS = 3
READ_FLOOR = 0.4  # read a document only if its best passage scores this share of the top hit
SEARCH_LIMIT = 6
MAX_QUERY_CHARS = 400


def research(request: ModelRequest) -> list[Text | ToolCall]:
    messages = request.messages
    task = user_turn(request).task
    tools = {t.name for t in request.tools}
    done = outcomes(messages)
    searches = [o for o in done if o.call.name == SEARCH]
    if not searches:
        return [
            ToolCall(call_id(messages, 0), SEARCH, {"query": task[:MAX_QUERY_CHARS], "limit": SEARCH_LIMIT})
        ]
    hits = [p for o in searches if o.usable for p in parse_hits(o.text)]
    reads = [o for o in done if o.call.name == READ]
    latest = last_round(messages)
    if not reads and READ in tools and latest and all(o.call.name == SEARCH for o in latest):
        chosen = _documents_to_read(hits)
        if chosen:
            return [ToolCall(call_id(messages, i), READ, {"doc_id": d}) for i, d in enumerate(chosen)]
    return [Text(answer(task, hits, reads, searches))]


def _documents_to_read(hits: Sequence[Passage]) -> list[str]:
    if not hits:
        return []
    top = max(h.score for h in hits)
    chosen: list[str] = []
    for hit in hits:
        if hit.doc_id not in chosen and hit.score >= top * READ_FLOOR and len(chosen) < MAX_READS:
            chosen.append(hit.doc_id)
    return chosen


def answer(task: str, hits: Sequence[Passage], reads: Sequence[Outcome], searches: Sequence[Outcome]) -> str:
    """The final text: cited sentences, the sources, and what could not be used."""
    documents = [s for o in reads if o.usable for s in [parse_document(o.text)] if s is not None]
    sources: list[Source] = documents or _passages_as_sources(hits)
    ranked = {" ".join(h.text.split()): h.score for h in hits}
    cited = best_sentences(task, [(s.doc_id, s.body) for s in sources], passages=ranked)
    lines = [BANNER, ""]
    if cited:
        lines += [f"- {c.render()}" for c in cited]
        used = list(dict.fromkeys(c.doc_id for c in cited))
        titles = {s.doc_id: s.title for s in sources}
        lines += ["", "Sources:"] + [f"- [{d}] {titles[d]}" for d in used]
    else:
        searched = "; ".join(str(o.call.arguments.get("query", "")) for o in searches)
        lines.append(
            f'The corpus has nothing that answers this: searching for "{searched}" found no relevant passage.'
        )
    lines += _notes([*searches, *reads])
    return "\n".join(lines)


def _passages_as_sources(hits: Sequence[Passage]) -> list[Source]:
    """Without documents read, answer from the search passages (one source per document)."""
    merged: dict[str, Source] = {}
    for hit in hits:
        prior = merged.get(hit.doc_id)
        body = f"{prior.body}\n\n{hit.text}" if prior else hit.text
        merged[hit.doc_id] = Source(hit.doc_id, hit.title, body)
    return list(merged.values())


def _notes(done: Sequence[Outcome]) -> list[str]:
    quarantined = sum(o.quarantined for o in done)
    failed = [o for o in done if o.error and not o.quarantined]
    flagged = sum(o.flagged for o in done)
    notes: list[str] = []
    if quarantined:
        notes.append(f"Note: {quarantined} source(s) were quarantined by the trust layer and not used.")
    if flagged:
        notes.append(f"Note: {flagged} source(s) were flagged by the injection filter; read them with care.")
    for o in failed:
        notes.append(f"Note: {o.call.name} failed: {o.text.splitlines()[0] if o.text else 'no detail'}")
    return ["", *notes] if notes else []
