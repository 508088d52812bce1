"""Rule patterns rewritten for speed match exactly what they matched before.

Each rewrite keeps the old pattern here, as compiled before it: at every position of many strings made of the
words the pattern cares about, old and new must give the same match (or none). Break a rewrite and these fail.
"""

from __future__ import annotations

import itertools
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate.trust.filter import RULES


def _pattern(name: str) -> re.Pattern[str]:
    return next(r.pattern for r in RULES if r.name == name)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    return [m.span() if (m := pattern.match(text, at)) else None for at in range(len(text) + 1)]


_MARKS = [" ", "\n", "\n\n", ",", ": ", "(", ""]
_FILLERS = ["x", " ", "a b ", "\n", "."]


def _text(rng: random.Random, slots: list[list[str]]) -> str:
    """A string that walks `slots` in order, each a word of its own or a filler (of any length up to past a rule's
    window), joined by spaces, newlines or nothing: near misses and matches alike. (Drawn uniformly: hypothesis's
    own strategies favour the first words of a list.)"""

    def part(words: list[str]) -> str:
        kind = rng.random()
        if kind < 0.85:
            return rng.choice(words)
        if kind < 0.92:
            return rng.choice(_MARKS)
        return rng.choice(_FILLERS) * rng.choice([rng.randint(0, 20), rng.randint(150, 320)])

    join = rng.choice([" ", " ", " ", "", "\n"])
    return join.join(part(words) for _ in range(rng.randint(1, 3)) for words in slots)


_OLD_AGENT_TOLD_TO_CALL = re.compile(
    "\\b(?:agents?|assistants?|automation|automated\\s+(?:\\w+\\s+)?(?:tools?|systems?|processes)|bots?|ai|co"
    "pilot|llm|autograder)\\b[^\\n]{0,200}?(?<!to\\x20)(?<!can\\x20)(?<!may\\x20)(?<!will\\x20)(?<!could\\x20)(?"
    "<!would\\x20)(?<!might\\x20)\\b(?:call|execute|invoke|run|trigger|perform)\\s+(?:the\\s+)?(?:function\\s+|"
    "tool\\s+|command\\s+)?[\\\"'`]?[a-z][a-z0-9]*_[a-z0-9_]+[\\\"'`]?\\s*\\(|\\b(?:steps?|actions?)\\s+for\\s+(?:th"
    "e\\s+)?(?:agents?|assistants?|automation|automated\\s+(?:\\w+\\s+)?(?:tools?|systems?|processes)|bots?|a"
    "i|copilot|llm|autograder)\\b[^\\x00]{0,80}?\\b[a-z]+_[a-z_]+\\(|\\b(?:agents?|assistants?|automation|auto"
    "mated\\s+(?:\\w+\\s+)?(?:tools?|systems?|processes)|bots?|ai|copilot|llm|autograder)\\b[^\\n]{0,200}?\\b(?"
    ":run|execute)\\s+(?:this\\s+|the\\s+following\\s+)?(?:sql\\s+|query\\s+)?[\\\"'`]?(?:update\\s+\\w+\\s+set|dele"
    "te\\s+from|drop\\s+table|insert\\s+into|truncate)\\b"
)
_AGENT_SLOTS = [
    [
        "agent",
        "agents",
        "assistant",
        "ai",
        "bot",
        "automated",
        "automated review tools",
        "copilot",
        "steps for",
    ],
    ["the", "to", "can", "may", "will", "could", "would", "might", "please"],
    ["call", "execute", "invoke", "run", "trigger", "perform"],
    ["the", "function", "tool", "command", "this", "the following", "sql", "query", "'", "`"],
    [
        "update_claim_status",
        "set_x",
        "update permits set",
        "delete from",
        "drop table",
        "insert into",
        "truncate",
    ],
    ["(", "'(", " (", "x"],
]


@settings(max_examples=1000, deadline=None)
@given(st.randoms(use_true_random=False))
def test_agent_told_to_call_matches_as_before(rng: random.Random) -> None:
    text = _text(rng, _AGENT_SLOTS)
    assert _spans(_pattern("agent_told_to_call"), text) == _spans(_OLD_AGENT_TOLD_TO_CALL, text)


def test_agent_told_to_call_matches_as_before_at_its_windows_edge() -> None:
    """The verb just inside and just past the 200 characters the reader's line may run before it: random strings
    seldom land a call on the edge, where a shortened look ahead would lose it."""
    new = _pattern("agent_told_to_call")
    for gap in (*range(0, 8), *range(140, 160), *range(190, 212)):
        for reader, modal, call in itertools.product(
            ("agent ", "the ai "), ("", "can ", "please "), ("call update_claim_status(", "run delete from x")
        ):
            text = f"{reader}{'x' * gap} {modal}{call}"
            assert _spans(new, text) == _spans(_OLD_AGENT_TOLD_TO_CALL, text), (gap, reader, modal, call)
