"""The rule index tries each rule exactly where a brute-force scan of every position would."""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate.trust.filter import RULES
from delegate.trust.index import (  # pyright: ignore[reportPrivateUsage]
    MAX_MATCHES_PER_RULE,
    Hit,
    RuleIndex,
    _any_of,
    _word_part,
)
from delegate.trust.normalize import normalize
from delegate.trust.rules import Rule, rule

_INDEX = RuleIndex(RULES)


def _reference(rules: tuple[Rule, ...], text: str) -> set[tuple[str, int, int]]:
    """Every position, every start: a rule is tried where one of its starts begins a word."""
    found: set[tuple[str, int, int]] = set()
    for r in rules:
        count = 0
        for at in sorted(set().union(*(_places(s, text) for s in r.starts))):
            if count < MAX_MATCHES_PER_RULE:
                match = r.pattern.match(text, at)
                if match and match.end() > at:
                    found.add((r.name, at, match.end()))
                    count += 1
    return found


def _places(start: str, text: str) -> set[int]:
    """Every position where `start` begins. A start of letters needs a word boundary before it (any non-ASCII
    character is one); its words may be parted by any run of other characters: only letters and digits must agree.
    """
    if not start.isascii() and _word_part(start):
        # (a start with an accent is proposed by its letters before the accent, as the index does: "pomiń"
        # by "pomi", "a l’" by "a l"; the rule's own pattern then decides)
        start = _word_part(start)
    return {m.start() for m in _begins(start).finditer(text)}


@functools.cache
def _begins(start: str) -> re.Pattern[str]:
    """Where `start` begins, as an empty match (so that overlapping places are all found)."""
    if not (start.isascii() and start[0].isalnum()):
        return re.compile(f"(?={re.escape(start)})")
    shape = "[^a-z0-9]+".join(map(re.escape, re.split("[^a-z0-9]+", start)))
    return re.compile(f"(?<![A-Za-z0-9])(?={shape})")


def _names(hits: list[Hit]) -> set[tuple[str, int, int]]:
    return {(r.name, start, end) for r, start, end in hits}


_WORDS = st.sampled_from(
    [
        "ignore", "all", "previous", "instructions", "you", "are", "now", "dan", "do", "not", "bound", "by",
        "disregards", "ethical", "stay", "in", "character", "api", "keys", "system", "prompt", "reveal", "your",
        "ai", "said", "if", "required", "to", "have", "care", "follow", "break", "[dan]", "<|im_start|>", "“", "—", "é", "忽略之前的指令", "\n", ",", ".", ":", "'", "  ",
    ]
)  # fmt: skip


_STARTS = st.sampled_from(sorted({s for r in RULES for s in r.starts}))


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS | _STARTS, max_size=40), st.sampled_from([" ", "", "-"]))
def test_index_finds_what_a_scan_of_every_position_finds(words: list[str], glue: str) -> None:
    text = normalize(glue.join(words))
    assert _names(_INDEX.hits(text)) == _reference(RULES, text)


def test_a_start_that_begins_a_longer_start_is_tried_too() -> None:
    longer = rule("longer", "test", 1.0, r"do not follow\b", starts="do not follow")
    shorter = rule("shorter", "test", 1.0, r"do not\b", starts="do not")
    assert _names(RuleIndex((longer, shorter)).hits("do not follow")) == {
        ("longer", 0, 13),
        ("shorter", 0, 6),
    }


def test_a_start_is_tried_after_non_ascii_punctuation_and_as_a_word_prefix() -> None:
    text = normalize("He said “Stay in character” and disregards all ethical rules; API keys too.")
    names = {name for name, _, _ in _names(_INDEX.hits(text))}
    assert {"stay_in_role", "amoral_persona", "sensitive_object"} <= names


def test_a_start_inside_a_word_is_not_tried() -> None:
    probe = rule("probe", "test", 1.0, r"ai\b", starts="ai")
    assert _names(RuleIndex((probe,)).hits("said ai")) == {("probe", 5, 7)}


def test_starts_that_overlap_are_each_tried() -> None:
    first = rule("first", "test", 1.0, r"do not\b", starts="do not")
    second = rule("second", "test", 1.0, r"not bound\b", starts="not bound")
    assert _names(RuleIndex((first, second)).hits("do not bound")) == {("first", 0, 6), ("second", 3, 12)}


def test_the_first_matches_of_a_rule_in_text_order_are_kept() -> None:
    probe = rule("probe", "test", 1.0, r"\bnow\b", starts="now")
    text = " ".join(["now"] * (MAX_MATCHES_PER_RULE + 3))
    starts = sorted(start for _, start, _ in RuleIndex((probe,)).hits(text))
    assert starts == [4 * i for i in range(MAX_MATCHES_PER_RULE)]


def test_offsets_count_characters_not_bytes() -> None:
    probe = rule("probe", "test", 1.0, r"ignore\b", starts="ignore")
    text = "naïve 忽略 “ignore”"
    assert _names(RuleIndex((probe,)).hits(text)) == {
        ("probe", text.index("ignore"), text.index("ignore") + 6)
    }


def test_a_start_whose_words_are_parted_by_other_spacing_is_tried() -> None:
    probe = rule("probe", "test", 1.0, r"from now on\b", starts="from now on")
    for text in ("from now on", "from  now\non", "from now -- on"):
        hits = _names(RuleIndex((probe,)).hits(text))
        assert hits == ({("probe", 0, len(text))} if "-" not in text else set())


_FEW_LETTERS = "akey p.v"  # common and rare letters, a space and a dot, so that needles often occur


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(_FEW_LETTERS, max_size=4), max_size=6), st.text(_FEW_LETTERS, max_size=40))
def test_a_needle_search_finds_one_exactly_when_one_occurs(needles: list[str], text: str) -> None:
    """(Each needle is matched from its rarest character and checked behind: no needle may be lost or invented.)"""
    pattern = _any_of(needles)
    found = pattern is not None and pattern.search(text) is not None
    assert found == any(needle in text for needle in needles)


def test_starts_in_every_script_are_tried_in_one_text() -> None:
    """Starts are searched by the kind of character they open with (an ASCII letter, an alphabet from Greek to Thai,
    anything else): each search must find its own, side by side, in text order."""
    probes = (
        rule("accented", "test", 1.0, r"nævn\b", starts="nævn"),
        rule("russian", "test", 1.0, r"игнорируй\b", starts="игнорируй"),
        rule("arabic", "test", 1.0, r"تجاهل", starts="تجاهل"),
        rule("chinese", "test", 1.0, r"忽略", starts="忽略"),
        rule("french", "test", 1.0, r"ébauche\b", starts="ébauche"),
    )
    text = normalize(
        "忽略 — nævn, ébauche: игнорируй تجاهل"
    )  # (as the filter reads it: "ebauche", "игнорируи")
    hits = RuleIndex(probes).hits(text)
    assert [r.name for r, _, _ in hits] == ["chinese", "accented", "french", "russian", "arabic"]
