"""Normalisation: make text look the same to the rules however it was disguised.

Every character is folded on its own (compatibility form, case, accents dropped, invisible
format characters removed), so the fold is a lookup table `str.translate` applies at C speed,
and an offset map back to the original text can be rebuilt when a finding needs one.
Characters smuggled as Unicode tags or variation selectors are decoded and revealed, and
words that mix Latin with Cyrillic or Greek look-alikes are folded to Latin. Whitespace is
left as it is (the rules match `\\s+`), so plain ASCII text keeps its offsets.
Escaped line breaks and tabs (a backslash and `n`, `r` or `t`, as JSON and YAML quote them
in tool results) become two whitespace characters, so words around them stay words and
offsets are kept.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

# Runs of Unicode tag characters (U+E0000 block) or variation selectors: invisible carriers of data.
_HIDDEN_RUN = re.compile("[\U000e0000-\U000e007f]+|[\ufe00-\ufe0f\U000e0100-\U000e01ef]{4,}")
_LATIN_LOOKALIKES = {"ı": "i", "ȷ": "j", "ɑ": "a", "ɡ": "g", "ɩ": "i", "ʀ": "r", "ᴀ": "a", "ꞵ": "b"}
# Letters with a stroke that no decomposition strips: "dosłownie" reads as the "doslownie" a rule writes
_STROKED = {
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ø": "o",
    "Ø": "o",
    "ħ": "h",
    "Ħ": "h",
    "ŧ": "t",
    "Ŧ": "t",
}
# Cyrillic and Greek letters that look like Latin ones, applied only inside mixed-script words.
_HOMOGLYPHS = str.maketrans(
    {
        **dict(zip("авеёзкмнорстухіїјѕԁһӏԛԝьпгд", "abee3kmhopctyxiijsdhlqwbnrd", strict=True)),
        **dict(zip("αβεηικνορτυχωγ", "abenikvoptuxwy", strict=True)),
    }
)
_NON_LATIN_LOOKALIKE = "\u0370-\u03ff\u0400-\u052f"
# (either case: normalised text is folded to lower case already, `masked_words` reads the original)
_MIXED_WORD = re.compile(rf"\b(?=\w*[A-Za-z])(?=\w*[{_NON_LATIN_LOOKALIKE}])\w+")
_HAS_LOOKALIKE = re.compile(f"[{_NON_LATIN_LOOKALIKE}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# The characters of `_HIDDEN_RUN`: one look for them spares the search for runs in a text with emoji or fullwidth forms
_HIDDEN_CHAR = re.compile("[\ufe00-\ufe0f\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
_ESCAPED_SPACE = re.compile(r"\\[nrt]")
# Vowel marks written over or under a letter (and the Arabic stretching stroke): dropped like accents.
_POINTS = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)]  # (not U+0653-0655: madda and hamza are letters' parts)
    + [chr(c) for c in range(0x0656, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x0591, 0x05BE)]
    + ["\u05bf", "\u05c1", "\u05c2", "\u05c4", "\u05c5", "\u05c7"]
)


def decode_hidden(run: str) -> str:
    """The ASCII or UTF-8 a run of tag characters or variation selectors carries."""
    codes = [ord(c) for c in run]
    if codes[0] >= 0xE0000 and codes[0] <= 0xE007F:
        return "".join(chr(c - 0xE0000) for c in codes if 0x20 <= c - 0xE0000 <= 0x7E)
    data = bytes(c - 0xFE00 if c <= 0xFE0F else c - 0xE0100 + 16 for c in codes)
    return data.decode("utf-8", "ignore")


def _fold_char(char: str) -> str:
    if unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f":
        return ""  # zero-width, bidi controls, soft hyphen, stray tags, variation selectors
    if char in _POINTS:
        return ""  # Arabic harakat and tatweel, Hebrew points: the accents of those scripts
    if char in "\u2018\u2019":
        return "'"  # a typeset apostrophe ("I’ll", "don’t") is the one every rule spells
    if char in _LATIN_LOOKALIKES:
        return _LATIN_LOOKALIKES[char]
    if char in _STROKED:
        return _STROKED[char]
    spread = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in spread if not "\u0300" <= c <= "\u036f")
    return unicodedata.normalize("NFC", bare).casefold()


class _FoldTable(dict[int, str]):
    """The per-character fold, computed once per character and then served from the dict."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


class _UnevenTable(dict[int, str]):
    """Each character's mark if it does not fold to exactly one (an expansion, a removal), else nothing: a run that
    translates to nothing maps one to one. Computed once per character, like `_FOLD`."""

    def __missing__(self, code: int) -> str:
        mark = "" if len(_FOLD[code]) == 1 else "x"
        self[code] = mark
        return mark


_UNEVEN = _UnevenTable()


def _reveal(match: re.Match[str]) -> str:
    decoded = decode_hidden(match.group(0))
    # on a line of its own: smuggled text is a message apart, and line-start rules (role markers) must see it
    return f"\n{decoded}\n" if decoded.strip() else ""


def _fold_lookalikes(text: str) -> str:
    if not _HAS_LOOKALIKE.search(text):
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_HOMOGLYPHS), text)


def masked_words(text: str) -> list[tuple[int, int]]:
    """Spans of words that mix Latin letters with Cyrillic or Greek look-alikes ("Аssistаnt"): no writer
    mixes scripts inside a word except to slip words past a filter (none of 2,900 benign texts does)."""
    if not _HAS_LOOKALIKE.search(text):
        return []
    return [m.span() for m in _MIXED_WORD.finditer(text)]


def _fold_run(match: re.Match[str]) -> str:
    return match.group(0).translate(_FOLD)


def normalize(text: str) -> str:
    """The text the rules read: folded, invisible characters removed, smuggled ones revealed.

    Equal to folding every character with `_FOLD` (what `OffsetMap` replays); the ASCII
    parts are case-folded in one call instead, which is the same thing, only faster.
    """
    if text.isascii():
        return _unescape_space(text.casefold())
    if _HIDDEN_CHAR.search(text):
        text = _HIDDEN_RUN.sub(_reveal, text)
    return _unescape_space(_fold_lookalikes(_NON_ASCII.sub(_fold_run, text).casefold()))


def _unescape_space(text: str) -> str:
    """A literal `\\n` (two characters) becomes a space and a line break: same length, real words."""
    return _ESCAPED_SPACE.sub(" \n", text) if "\\" in text else text


class OffsetMap:
    """Maps offsets in `normalize(text)` back to offsets in `text`.

    Kept as pieces: in a linear piece each folded character came from one original character
    (ASCII stretches, one-to-one folds); any other piece (an expansion, a revealed hidden run)
    maps all its output to where it began.
    """

    def __init__(self, text: str) -> None:
        self.identity = text.isascii()
        self._length = len(text)
        self._norm: list[int] = []
        self._orig: list[int] = []
        self._linear: list[bool] = []
        if not self.identity:
            self._build(text)

    def _piece(self, norm_at: int, orig_at: int, linear: bool) -> None:
        if (
            linear
            and self._linear
            and self._linear[-1]
            and norm_at - self._norm[-1] == orig_at - self._orig[-1]
        ):
            return  # continues the previous linear piece
        self._norm.append(norm_at)
        self._orig.append(orig_at)
        self._linear.append(linear)

    def _build(self, text: str) -> None:
        norm_at = orig_at = 0
        for match in _HIDDEN_RUN.finditer(text) if _HIDDEN_CHAR.search(text) else ():
            norm_at = self._fold_plain(text, orig_at, match.start(), norm_at)
            self._piece(norm_at, match.start(), False)
            norm_at += len(_reveal(match).translate(_FOLD))
            orig_at = match.end()
        self._fold_plain(text, orig_at, len(text), norm_at)

    def _fold_plain(self, text: str, start: int, end: int, norm_at: int) -> int:
        at = start
        for match in _NON_ASCII.finditer(text, start, end):
            self._piece(norm_at, at, True)
            norm_at += match.start() - at
            at = match.end()
            if not match.group(0).translate(_UNEVEN):
                # every character of the run folds to one (Chinese, Cyrillic): one linear piece, as a piece for each
                # character would make (the first adds one or continues the last, the rest continue it)
                self._piece(norm_at, match.start(), True)
                norm_at += at - match.start()
                continue
            for index in range(match.start(), match.end()):
                width = len(_FOLD[ord(text[index])])
                self._piece(norm_at, index, width == 1)
                norm_at += width
        if at < end:
            self._piece(norm_at, at, True)
            norm_at += end - at
        return norm_at

    def original(self, norm_offset: int) -> int:
        """The offset in the original text where the character at `norm_offset` came from."""
        if self.identity:
            return norm_offset
        i = bisect_right(self._norm, norm_offset) - 1
        if i < 0:
            return 0
        if self._linear[i]:
            return min(self._orig[i] + norm_offset - self._norm[i], self._length)
        return self._orig[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """An original span covering the normalised span `[start, end)`."""
        if self.identity or start >= end:
            return self.original(start), self.original(end)
        last = end - 1
        i = bisect_right(self._norm, last) - 1
        if i >= 0 and self._linear[i]:
            return self.original(start), self.original(last) + 1
        following = bisect_right(self._norm, last)
        return self.original(start), self._orig[following] if following < len(self._orig) else self._length


def fold_pattern(pattern: str) -> str:
    """Fold the non-ASCII letters of a rule's pattern the way `normalize` folds text."""
    return "".join(c if c.isascii() else _FOLD[ord(c)] for c in pattern)
