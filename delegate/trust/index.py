"""Where to try each rule: a regex scan of every text for every rule would be far too slow.

Each rule says which strings its matches start with, and a rule is tried only where one of
them occurs at the start of a word. Starts that open with a letter or digit are found in one
pass of one compiled regex, a trie of all of them, over a byte copy of the text in which
everything but ASCII letters and digits is a space: the engine jumps from space to space,
and at each word start walks the trie. Symbol starts (`<|`, `[`) are looked up with
`str.find`, starts in other scripts through one alternation run only on non-ASCII text.
Rules without starts are searched when one of their needles occurs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from delegate.trust.rules import Rule

MAX_MATCHES_PER_RULE = 4
Hit = tuple[Rule, int, int]
Candidate = tuple[int, tuple[Rule, ...]]
# Letters and digits stay, every other byte (punctuation, whitespace, UTF-8 of other scripts) is a space.
_WORD_BYTES = bytes(i if chr(i).isascii() and chr(i).isalnum() else 32 for i in range(256))


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


class _Node(dict[int, "_Node"]):
    """A trie node: children by byte; `END` among the keys marks the end of a word."""


_END = -1


def _trie(words: Iterable[bytes]) -> bytes:
    """A regex source matching the longest of `words` that the text continues with."""
    root = _Node()
    for word in words:
        node = root
        for byte in word:
            node = node.setdefault(byte, _Node())
        node[_END] = _Node()
    return _emit(root)


def _emit(node: _Node) -> bytes:
    branches = [re.escape(bytes([b])) + _emit(child) for b, child in sorted(node.items()) if b != _END]
    if not branches:
        return b""
    body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    return b"(?:" + body + b")?" if _END in node else body


class RuleIndex:
    """The rules grouped by the strings their matches start with."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        by_start: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            for start in rule.starts:
                if rule not in by_start[start]:
                    by_start[start].append(rule)
        word_starts = {s: tuple(g) for s, g in by_start.items() if s.isascii() and s[0].isalnum()}
        by_char: dict[str, list[tuple[str, tuple[Rule, ...]]]] = defaultdict(list)
        self._other: dict[str, tuple[Rule, ...]] = {}
        for start, group in by_start.items():
            if not start.isascii():
                self._other[start] = tuple(group)
            elif start not in word_starts:
                by_char[start[0]].append((start, tuple(group)))
        self._by_char = {k: tuple(v) for k, v in by_char.items()}
        alternatives = sorted(self._other, key=len, reverse=True)
        self._other_starts = re.compile("|".join(map(re.escape, alternatives))) if alternatives else None
        self._searched = tuple(r for r in rules if not r.starts)
        # A trie match is the longest start (as word bytes) at that place; the starts that may
        # also begin there are the ones whose word bytes are a prefix of it.
        keys = {_encode(s).translate(_WORD_BYTES): s for s in word_starts}
        shapes: dict[bytes, list[str]] = defaultdict(list)
        for start in word_starts:
            shapes[_encode(start).translate(_WORD_BYTES)].append(start)
        self._closure: dict[bytes, tuple[tuple[bytes, tuple[Rule, ...]], ...]] = {
            key: tuple(
                (_encode(s), word_starts[s]) for shape in keys if key.startswith(shape) for s in shapes[shape]
            )
            for key in keys
        }
        self._word_starts = re.compile(b" (?=(" + _trie(keys) + b"))") if keys else None

    def hits(self, text: str) -> list[Hit]:
        """Every (rule, start, end) match in `text`, the first few of each rule in text order."""
        candidates = self._word_candidates(text)
        for char, group in self._by_char.items():
            at = text.find(char)
            while at >= 0:
                for start, rules in group:
                    if text.startswith(start, at):
                        candidates.append((at, rules))
                at = text.find(char, at + 1)
        if self._other_starts is not None and not text.isascii():
            candidates.extend((m.start(), self._other[m.group(0)]) for m in self._other_starts.finditer(text))
        candidates.sort(key=lambda c: c[0])
        found: dict[tuple[str, int], Hit] = {}
        counts: dict[str, int] = {}
        for at, rules in candidates:
            for rule in rules:
                if (rule.name, at) in found or counts.get(rule.name, 0) >= MAX_MATCHES_PER_RULE:
                    continue
                match = rule.pattern.match(text, at)
                if match and match.end() > at:
                    found[rule.name, at] = (rule, at, match.end())
                    counts[rule.name] = counts.get(rule.name, 0) + 1
        for rule in self._searched:
            if rule.needles and not any(n in text for n in rule.needles):
                continue
            for n, match in enumerate(rule.pattern.finditer(text)):
                if n == MAX_MATCHES_PER_RULE:
                    break
                if match.end() > match.start():
                    found[rule.name, match.start()] = (rule, match.start(), match.end())
        return list(found.values())

    def _word_candidates(self, text: str) -> list[Candidate]:
        """Word starts where a start occurs: the trie proposes, the original bytes confirm."""
        if self._word_starts is None:
            return []
        raw = _encode(text)
        ascii_text = len(raw) == len(text)
        candidates: list[Candidate] = []
        char_at = byte_at = 0
        for match in self._word_starts.finditer(b" " + raw.translate(_WORD_BYTES)):
            at = match.start()  # the padding space shifts the word start back onto `raw`
            for start, rules in self._closure[match.group(1)]:
                if raw.startswith(start, at):
                    if not ascii_text:  # bytes before a word start are whole characters
                        char_at += len(raw[byte_at:at].decode("utf-8", "surrogatepass"))
                        byte_at = at
                    candidates.append((char_at if not ascii_text else at, rules))
        return candidates
