"""Extractive answering: pick the source sentences that best answer a question.

Sentences are ranked by BM25 against the question, plus a share of their paragraph's
score (a sentence that explains "it" lives next to the one that names it) and a small
preference for the better-ranked source; near-duplicates are dropped, and the survivors
are returned in reading order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from delegate.models.offline.text import BM25, overlap, sentences, terms

MAX_SENTENCES = 6
RELATIVE_FLOOR = 0.3  # a sentence scoring under this share of the best one is off the question
DUPLICATE = 0.6  # term overlap above which two sentences say the same thing
SENTENCE_WEIGHT = 0.5  # against 1.0 for the sentence's paragraph
SOURCE_BONUS = 0.3  # the best-ranked source gets this much more, the next half of it, ...


@dataclass(frozen=True, slots=True)
class Cited:
    """A sentence taken from a source, with where it came from."""

    sentence: str
    doc_id: str
    rank: int  # the source's place in the ranking given
    position: int  # the sentence's place in its source

    def render(self) -> str:
        return f"{self.sentence} [{self.doc_id}]"


def _units(sources: Sequence[tuple[str, str]]) -> tuple[list[Cited], list[int], list[str]]:
    """Every sentence of every source, the paragraph each belongs to, and the paragraphs."""
    units: list[Cited] = []
    owners: list[int] = []
    paragraphs: list[str] = []
    for rank, (doc_id, body) in enumerate(sources):
        position = 0
        for paragraph in (p for p in body.split("\n\n") if p.strip()):
            for sentence in sentences(paragraph):
                units.append(Cited(sentence, doc_id, rank, position))
                owners.append(len(paragraphs))
                position += 1
            paragraphs.append(paragraph)
    return units, owners, paragraphs


def _normalised(scores: Sequence[float]) -> list[float]:
    top = max(scores, default=0.0)
    return [s / top if top > 0 else 0.0 for s in scores]


def best_sentences(
    question: str,
    sources: Sequence[tuple[str, str]],
    limit: int = MAX_SENTENCES,
    *,
    passages: Mapping[str, float] | None = None,
) -> list[Cited]:
    """The sentences of `sources` (doc id, body; best source first) that best answer `question`.

    `passages` maps paragraphs a search already ranked to their scores: ranked over the
    whole corpus, they are better evidence of relevance than these few sources give.
    """
    units, owners, paragraphs = _units(sources)
    query = terms(question)
    if not units or not query:
        return []
    by_sentence = _normalised(BM25([terms(c.sentence) for c in units]).scores(query))
    if passages:
        by_paragraph = _normalised([passages.get(" ".join(p.split()), 0.0) for p in paragraphs])
    else:
        by_paragraph = _normalised(BM25([terms(p) for p in paragraphs]).scores(query))
    scored = []
    for i, cited in enumerate(units):
        # A sentence in the paragraph that answers the question counts even without the question's words.
        relevance = SENTENCE_WEIGHT * by_sentence[i] + by_paragraph[owners[i]]
        if relevance > 0:
            scored.append((relevance * (1 + SOURCE_BONUS / (1 + cited.rank)), i, cited))
    if not scored:
        return []
    scored.sort(key=lambda s: (-s[0], s[1]))
    floor = scored[0][0] * RELATIVE_FLOOR
    chosen: list[Cited] = []
    for score, _, cited in scored:
        if score < floor or len(chosen) >= limit:
            break
        if all(overlap(terms(cited.sentence), terms(c.sentence)) < DUPLICATE for c in chosen):
            chosen.append(cited)
    return sorted(chosen, key=lambda c: (c.rank, c.position))
