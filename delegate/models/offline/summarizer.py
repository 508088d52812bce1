"""The offline fallback with no tools: an extractive summary of the user turn.

Sentences are ranked by how central they are to the message (BM25 against the whole
message's terms) and returned in their original order.
"""

from __future__ import annotations

from delegate.models.base import ModelRequest
from delegate.models.offline.extract import best_sentences
from delegate.models.offline.transcript import user_turn

BANNER = "(offline model: extractive summary of your message, no LLM configured)"
MAX_SENTENCES = 5


def summarize(request: ModelRequest) -> str:
    turn = user_turn(request)
    text = f"{turn.task}\n\n{turn.context}".strip()
    picked = best_sentences(text, [("message", text)], limit=MAX_SENTENCES)
    if not picked:
        return f"{BANNER}\n\nThe message has no text to summarise."
    return "\n".join([BANNER, "", *(c.sentence for c in picked)])
