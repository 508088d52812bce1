"""Plain text processing for the offline model and the corpus index: terms, sentences, BM25.

Kept free of any model or agent notion so the corpus search and the offline model's
sentence scoring rank text the same way.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[a-z0-9]+")
# A sentence ends at . ! ? (plus any [doc-id] citations right after it) before a capital or the end.
_SENTENCE = re.compile(r"\S.*?[.!?](?:\s*\[[\w.:-]+\])*(?=\s+[\"'(]?[A-Z0-9]|\s*$)|\S.*$")

_STOPWORD_LIST = """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing done down during each else few for from
    further get gets had has have having he her here hers him his how however i if in into is it its
    itself just let me more most much must my no nor not now of off on once one only or other our
    ours out over own per same she should so some such than that the their them then there these
    they this those through thus to too under until up us very via was we were what when where
    whether which while who whom why will with within without would you your yours
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

_PLURALS = (("ies", "y"), ("sses", "ss"), ("s", ""))
_ENDINGS = ("ing", "ed", "ly", "al")


def stem(word: str) -> str:
    """A light suffix stripper: enough that 'retrieves', 'retrieval' and 'retrieving' meet."""
    for suffix, replacement in _PLURALS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(suffix)] + replacement
            break
    for suffix in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix != "ly" and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # running -> run, embedded -> embed
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def terms(text: str) -> list[str]:
    """The index terms of a text: lower-cased words minus stopwords, stemmed."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def sentences(text: str) -> list[str]:
    """Split prose into sentences; good enough for well-punctuated documents."""
    flat = " ".join(text.split())
    return [m.group(0).strip() for m in _SENTENCE.finditer(flat)]


def estimate_tokens(text: str) -> int:
    """About four characters a token: the same rule of thumb budgets use for real models."""
    return (len(text) + 3) // 4


def overlap(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard similarity of two term collections (0 when both are empty)."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


class BM25:
    """Okapi BM25 over pre-tokenised units (passages or sentences).

    Scores reward query terms that are frequent in a unit and rare across units, with
    saturation (`k1`) and a length normalisation (`b`) so long units do not win by size.
    """

    def __init__(self, units: Sequence[Sequence[str]], *, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._counts = [Counter(unit) for unit in units]
        self._lengths = [len(unit) for unit in units]
        self._average = (sum(self._lengths) / len(units)) if units else 0.0
        document_frequency: Counter[str] = Counter()
        for counts in self._counts:
            document_frequency.update(counts.keys())
        n = len(units)
        self._idf = {t: math.log(1 + (n - df + 0.5) / (df + 0.5)) for t, df in document_frequency.items()}

    def __len__(self) -> int:
        return len(self._counts)

    def score(self, query: Sequence[str], index: int) -> float:
        counts = self._counts[index]
        norm = self.k1 * (1 - self.b + self.b * self._lengths[index] / (self._average or 1.0))
        total = 0.0
        for term in set(query):
            tf = counts.get(term, 0)
            if tf:
                total += self._idf[term] * tf * (self.k1 + 1) / (tf + norm)
        return total

    def scores(self, query: Sequence[str]) -> list[float]:
        return [self.score(query, i) for i in range(len(self._counts))]
