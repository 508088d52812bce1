"""Where to try each rule: a regex scan of every text for every rule would be far too slow.

Each rule says which strings its matches start with, and a rule is tried only where one of
them occurs at the start of a word. Starts that open with a letter or digit are found in one
pass of one compiled regex, a trie of all of them, over a byte copy of the text in which
everything but ASCII letters and digits is a space: the engine jumps from space to space,
and at each word start walks the trie. In that copy a start's words may be parted by any run
of spaces, so "you  are" or "you\nare" is a place to try "you are": the rule's own pattern
decides, and a start only proposes. Symbol starts (`<|`, `[`) are found by a trie of their
own, starts in other scripts by three tries run only on non-ASCII text.
Rules without starts are searched when one of their needles occurs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from operator import itemgetter

from delegate.trust.rules import Rule

MAX_MATCHES_PER_RULE = 4
Hit = tuple[Rule, int, int]
Candidate = tuple[int, tuple[Rule, ...]]
# Letters and digits stay, every other byte (punctuation, whitespace, `?` for other scripts) is a space.
_WORD_BYTES = bytes(i if chr(i).isascii() and chr(i).isalnum() else 32 for i in range(256))


class _Node(dict[int, "_Node"]):
    """A trie node: children by byte; `END` among the keys marks the end of a word."""


_END = -1
_position = itemgetter(0)


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
    branches = [_byte(b) + _emit(child) for b, child in sorted(node.items()) if b != _END]
    if not branches:
        return b""
    if _END in node:  # a word ends here: the rest is tried first, so the longest word wins
        return b"(?:" + b"|".join(branches) + b"|)"  # (an empty branch: cheaper in the engine than `?`)
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


def _byte(b: int) -> bytes:
    """One trie step; a space stands for the run of spaces that punctuation and whitespace leave."""
    return b"\\ +" if b == 32 else re.escape(bytes([b]))


_SPACES = re.compile(b" +")


def _shape(data: bytes) -> bytes:
    """Word bytes with each run of spaces made one space: how a trie match is looked up."""
    return _SPACES.sub(b" ", data)


class _RulesByShape(dict[bytes, tuple[Rule, ...]]):
    """The rules to try where the trie matched some bytes, keyed by shape (single spaces).

    A match with wider spacing is looked up by its shape and not stored: text could otherwise
    grow the dict without bound, one entry per spacing.
    """

    def __missing__(self, matched: bytes) -> tuple[Rule, ...]:
        return self[_shape(matched)]


def _any_of(needles: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern found in a text exactly when one of `needles` occurs: a trie, so one pass replaces a scan per needle.

    The engine stops wherever one of the pattern's first characters occurs, and a stop costs far
    more than a skip, so each needle is matched from its rarest character on and checked whole
    behind: "api key" as "key(?<=api key)". English text then stops at each "k" rather than at each
    "a" (the search over the public set takes half the time). The match is found where that
    character is, not where the needle begins: only whether there is one counts.
    """
    behind: dict[str, list[str]] = defaultdict(list)  # each needle by its part from the rarest character on
    for needle in needles:
        rarest = max(range(len(needle)), key=lambda i: _rarity(needle[i]), default=0)
        behind[needle[rarest:]].append(needle)
    return re.compile(_emit_behind(_char_trie(behind), "", behind)) if behind else None


# Letters by how often they occur in English, commonest first: any other character is rarer than all.
_BY_FREQUENCY = " etaoinshrdlcumwfgypbvkjxqz"


def _rarity(char: str) -> int:
    rank = _BY_FREQUENCY.find(char)
    return len(_BY_FREQUENCY) if rank < 0 else rank


def _longest_of(starts: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching the longest of `starts` that occurs: a trie, so the engine branches on each
    character rather than trying hundreds of alternatives at every letter of a Cyrillic or Thai text."""
    return re.compile(_emit_longest(_char_trie(starts)))


class _CharNode(dict[str, "_CharNode"]):
    """A trie node over characters; the key `""` marks the end of a word."""


def _char_trie(words: Iterable[str]) -> _CharNode:
    root = _CharNode()
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, _CharNode())
        node[""] = _CharNode()
    return root


def _emit_behind(node: _CharNode, path: str, behind: dict[str, list[str]]) -> str:
    """The trie of needles' ends: where one ends, the needle whole is looked for behind."""
    ends = [f"(?<={re.escape(needle)})" for needle in behind[path]] if "" in node else []
    branches = [
        re.escape(char) + _emit_behind(child, path + char, behind)
        for char, child in sorted(node.items())
        if char
    ]
    return "(?:" + "|".join(ends + branches) + ")" if len(ends) + len(branches) > 1 else (ends + branches)[0]


def _emit_longest(node: _CharNode) -> str:
    """Like `_emit`, over characters: a word's end makes the rest optional, so the longest word wins."""
    branches = [re.escape(char) + _emit_longest(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_MIN_WORD_PART = 3


def _word_part(start: str) -> str:
    """The ASCII word a start begins with, if the trie of word starts can propose it: the whole of an ASCII
    start, or the letters before the first accent of one such as "pomiń" ("pomi"; the rule's pattern then
    decides). An accent in the first few letters leaves the start to the search of other scripts."""
    if not start[0].isascii() or not start[0].isalnum():
        return ""
    if start.isascii():
        return start
    head = start[: next(i for i, char in enumerate(start) if not char.isascii())].rstrip()
    return head if len(head) >= _MIN_WORD_PART and head[-1].isalnum() else ""


_ALPHABETS = ("\u0370", "\u0e80")  # Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai


def _kind_of_first(start: str) -> str:
    if start[0].isascii():
        return "ascii"
    return "alphabet" if _ALPHABETS[0] <= start[0] < _ALPHABETS[1] else "other"


def _symbol_first(start: str) -> bool:
    return start[0].isascii() and not start[0].isalnum()


class RuleIndex:
    """The rules grouped by the strings their matches start with."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        by_start: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            for start in rule.starts:
                if rule not in by_start[start]:
                    by_start[start].append(rule)
        word_starts: dict[str, tuple[Rule, ...]] = {}
        exact: dict[str, list[Rule]] = {}
        for start, starting in by_start.items():
            word = _word_part(start)
            if word:
                word_starts[word] = tuple(dict.fromkeys((*word_starts.get(word, ()), *starting)))
            else:
                exact[start] = starting
        # Where one exact start occurs, so do those that are its prefixes: their rules are tried too.
        self._exact_rules = {
            s: tuple(dict.fromkeys(r for p, g in exact.items() if s.startswith(p) for r in g)) for s in exact
        }
        symbols = [s for s in exact if _symbol_first(s)]  # ("<|", "[🔒")
        self._symbol_starts = _longest_of(symbols) if symbols else None
        # The engine tries a trie's root branches one by one at each place one of their first characters
        # occurs, so starts are searched in three tries by the kind of character they open with: an ASCII
        # letter ("nævn", "aiへ"), a letter of the alphabets from Greek to Thai ("игнорируй"), anything else
        # (Chinese, Japanese, Korean, accented Latin). In one trie, every "n" of an English text or every
        # letter of a Russian one would cost a pass over hundreds of branches: the Russian texts' search took
        # twice as long. (A first character tells which search can match, so none is proposed twice.)
        groups: dict[str, list[str]] = defaultdict(list)
        for start in exact:
            if not _symbol_first(start):
                groups[_kind_of_first(start)].append(start)
        self._other_starts = tuple(_longest_of(group) for group in groups.values())
        self._searched = tuple(r for r in rules if not r.starts)
        # Most texts hold none of the needles: one search for any of them spares a scan per needle.
        self._any_needle = _any_of(n for r in self._searched for n in r.needles)
        # A trie match is the longest start (as word bytes) at that place; the starts that may
        # also begin there are the ones whose word bytes are a prefix of it.
        shapes: dict[bytes, set[Rule]] = defaultdict(set)
        for word, proposed in word_starts.items():
            shapes[_shape(word.encode("ascii").translate(_WORD_BYTES))].update(proposed)
        order = {rule: i for i, rule in reversed(list(enumerate(rules)))}
        # (each shape's prefixes looked up, not every pair of shapes compared: ten thousand shapes)
        self._rules_by_shape = _RulesByShape(
            {
                key: tuple(
                    sorted(
                        {r for i in range(1, len(key) + 1) for r in shapes.get(key[:i], ())},
                        key=order.__getitem__,
                    )
                )
                for key in shapes
            }
        )
        self._word_starts = re.compile(b" (?=(" + _trie(shapes) + b"))") if shapes else None

    def hits(self, text: str) -> list[Hit]:
        """Every (rule, start, end) match in `text`, the first few of each rule in text order.

        No rule is proposed twice at one place (word, symbol and other-script starts begin with
        different kinds of character), so a match needs no de-duplication.
        """
        candidates = self._word_candidates(text)
        others = self._symbol_candidates(text)
        if others:
            candidates.extend(others)
            candidates.sort(key=_position)
        found: list[Hit] = []
        counts: dict[str, int] = {}
        for at, rules in candidates:
            for rule in rules:
                # counted only when it matches: a rule seldom matches once, let alone four times
                match = rule.pattern.match(text, at)
                if match is not None and (end := match.end()) > at:
                    count = counts.get(rule.name, 0)
                    if count < MAX_MATCHES_PER_RULE:
                        found.append((rule, at, end))
                        counts[rule.name] = count + 1
        needled = self._any_needle is not None and self._any_needle.search(text) is not None
        for rule in self._searched:
            if rule.needles and not (needled and any(n in text for n in rule.needles)):
                continue
            for n, match in enumerate(rule.pattern.finditer(text)):
                if n == MAX_MATCHES_PER_RULE:
                    break
                if match.end() > match.start():
                    found.append((rule, match.start(), match.end()))
        return found

    def _symbol_candidates(self, text: str) -> list[Candidate]:
        """Places where a symbol start (`<|`, `[`) or a start in another script occurs."""
        candidates: list[Candidate] = []
        if self._symbol_starts is not None:
            candidates.extend(self._places(self._symbol_starts, text))
        if not text.isascii():
            for starts in self._other_starts:
                candidates.extend(self._places(starts, text))
        return candidates

    def _places(self, starts: re.Pattern[str], text: str) -> Iterator[Candidate]:
        """Every place where one of `starts` begins, with the rules of the longest one there.

        Overlapping: the next search begins one character after the last match's start, so a start
        inside another's match is found too ("받은" within "지금까지 받은"). (A lookahead would find them
        in one pass but loses the engine's skip to a possible first character: three times slower.)
        """
        exact_rules = self._exact_rules
        match = starts.search(text)
        while match is not None:
            yield match.start(), exact_rules[match.group()]
            match = starts.search(text, match.start() + 1)

    def _word_candidates(self, text: str) -> list[Candidate]:
        """Word starts where a start's words occur; the rules' own patterns then decide.

        The byte copy has one byte per character (ASCII encoding replaces any other character
        with `?`, which becomes a space), so a byte offset is a character offset.
        """
        if self._word_starts is None:
            return []
        padded = b" " + text.encode("ascii", "replace").translate(_WORD_BYTES)
        rules_by_shape = self._rules_by_shape
        # the padding space shifts each match back onto the word it precedes
        return [(m.start(), rules_by_shape[m.group(1)]) for m in self._word_starts.finditer(padded)]
