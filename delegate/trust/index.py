"""Where to try each rule: a regex scan of every text for every rule would be far too slow.

Each rule says which strings its matches start with. One pass over the text (bytes-level
`translate` and `split`, at C speed) gives the words present, and the pairs of neighbouring
words; a one-word start is located with `str.find` only when its word occurs, a longer one
only when its first two words occur side by side, and the rule's pattern is tried there.
Starts that are symbols (`<|`, `[`) are looked up directly, starts in other scripts through
one alternation the regex engine skips ASCII with. Rules without starts are searched when one
of their needles occurs.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from itertools import pairwise

from delegate.trust.rules import Rule

MAX_MATCHES_PER_RULE = 4
Hit = tuple[Rule, int, int]
_PUNCTUATION_TO_SPACE = bytes(32 if chr(i) in string.punctuation else i for i in range(256))
Group = tuple[tuple[str, tuple[Rule, ...]], ...]


def _words(text: str) -> list[bytes]:
    return text.encode().translate(_PUNCTUATION_TO_SPACE).split()


class RuleIndex:
    """The rules grouped by the strings their matches start with, keyed by their first word."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        by_start: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            for start in rule.starts:
                by_start[start].append(rule)
        by_word: dict[bytes, list[tuple[str, tuple[Rule, ...]]]] = defaultdict(list)
        by_pair: dict[tuple[bytes, bytes], list[tuple[str, tuple[Rule, ...]]]] = defaultdict(list)
        by_char: dict[str, list[tuple[str, tuple[Rule, ...]]]] = defaultdict(list)
        self._other: dict[str, tuple[Rule, ...]] = {}
        for start, group in by_start.items():
            words = _words(start)
            if not start.isascii():
                self._other[start] = tuple(group)
            elif words and start[0].isalnum() and len(words) > 1:
                by_pair[words[0], words[1]].append((start, tuple(group)))
            elif words and start[0].isalnum():
                by_word[words[0]].append((start, tuple(group)))
            else:
                by_char[start[0]].append((start, tuple(group)))
        self._by_word: dict[bytes, Group] = {k: tuple(v) for k, v in by_word.items()}
        self._by_pair: dict[tuple[bytes, bytes], Group] = {k: tuple(v) for k, v in by_pair.items()}
        self._words = frozenset(self._by_word)
        self._pairs = frozenset(self._by_pair)
        self._by_char: dict[str, Group] = {k: tuple(v) for k, v in by_char.items()}
        alternatives = sorted(self._other, key=len, reverse=True)
        self._other_starts = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None
        self._searched = tuple(r for r in rules if not r.starts)

    def hits(self, text: str) -> list[Hit]:
        """Every (rule, start, end) match in `text`, the first few of each rule in text order."""
        found: dict[tuple[str, int], Hit] = {}
        counts: dict[str, int] = {}
        candidates: list[tuple[int, tuple[Rule, ...]]] = []
        words = _words(text)
        groups = [self._by_word[w] for w in self._words.intersection(words)]
        groups += [self._by_pair[p] for p in self._pairs.intersection(pairwise(words))]
        for group in groups:
            for start, rules in group:
                at = text.find(start)
                while at >= 0:
                    if not at or not text[at - 1].isalnum():  # word starts only: every pattern opens with \b
                        candidates.append((at, rules))
                    at = text.find(start, at + 1)
        for char, group in self._by_char.items():
            at = text.find(char)
            while at >= 0:
                for start, rules in group:
                    if text.startswith(start, at):
                        candidates.append((at, rules))
                at = text.find(char, at + 1)
        if self._other_starts is not None and not text.isascii():
            for m in self._other_starts.finditer(text):
                candidates.append((m.start(), self._other[m.group(0)]))
        candidates.sort(key=lambda c: c[0])
        for at, rules in candidates:
            self._try(text, at, rules, found, counts)
        for rule in self._searched:
            if rule.needles and not any(n in text for n in rule.needles):
                continue
            for n, match in enumerate(rule.pattern.finditer(text)):
                if n == MAX_MATCHES_PER_RULE:
                    break
                if match.end() > match.start():
                    found[rule.name, match.start()] = (rule, match.start(), match.end())
        return list(found.values())

    @staticmethod
    def _try(
        text: str, at: int, rules: tuple[Rule, ...], found: dict[tuple[str, int], Hit], counts: dict[str, int]
    ) -> None:
        for rule in rules:
            if (rule.name, at) in found or counts.get(rule.name, 0) >= MAX_MATCHES_PER_RULE:
                continue
            match = rule.pattern.match(text, at)
            if match and match.end() > at:
                found[rule.name, at] = (rule, at, match.end())
                counts[rule.name] = counts.get(rule.name, 0) + 1
