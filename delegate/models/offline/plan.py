"""Splitting a goal into sub-questions a researcher can answer one at a time, in parallel.

Rules, tried in order: a comparison ("Compare A and B for Z", "A vs B", "the difference
between A and B") becomes what-is-A, what-is-B and the trade-offs; several questions
become one each; "X and how/why ... Y" becomes two. Anything else stays one question:
padding it with invented sub-questions would only spend tokens.
"""

from __future__ import annotations

import re

MAX_PARTS = 4
_PURPOSE = r"(?:\s+(?:for|in|when|regarding|with respect to)\s+(?P<z>.+?))?"
_COMPARISONS = (
    re.compile(
        rf"^(?:please\s+)?(?:compare|contrast)\s+(?P<a>.+?)\s+(?:and|with|to|against|versus|vs\.?)\s+"
        rf"(?P<b>.+?){_PURPOSE}\s*[.?!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:what\s+(?:is|are)\s+)?(?:the\s+)?differences?\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
        rf"{_PURPOSE}\s*[.?!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:should\s+i\s+use\s+)?(?P<a>.+?)\s+(?:vs\.?|versus)\s+(?P<b>.+?){_PURPOSE}\s*[.?!]*$", re.I
    ),
)
_QUESTION = re.compile(r"[^?]+\?")
_JOINED = re.compile(r",?\s+and\s+(?=(?:how|why|what|when|where|which|who|whether)\b)", re.IGNORECASE)


def _comparison(goal: str) -> list[str]:
    for pattern in _COMPARISONS:
        m = pattern.match(goal)
        if m:
            a, b, z = m["a"].strip(), m["b"].strip(), (m["z"] or "").strip()
            if z:
                return [
                    f"What is {a}, and how does it help with {z}?",
                    f"What is {b}, and how does it help with {z}?",
                    f"What are the trade-offs between {a} and {b} for {z}?",
                ]
            return [
                f"What is {a}, and what is it good for?",
                f"What is {b}, and what is it good for?",
                f"What are the trade-offs between {a} and {b}?",
            ]
    return []


def _question(text: str) -> str:
    text = text.strip().rstrip(".,;")
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith("?") else f"{text}?"


def sub_questions(goal: str) -> list[str]:
    """The goal as 1-4 focused questions, in the order an answer would take them up."""
    flat = " ".join(goal.split())
    if not flat:
        return []
    compared = _comparison(flat)
    if compared:
        return compared
    asked = [q.strip() for q in _QUESTION.findall(flat) if len(q.split()) > 2]
    if len(asked) >= 2:
        return [_question(q) for q in asked[:MAX_PARTS]]
    halves = _JOINED.split(flat)
    if len(halves) >= 2 and all(len(h.split()) > 2 for h in halves):
        return [_question(h) for h in halves[:MAX_PARTS]]
    return [flat]
