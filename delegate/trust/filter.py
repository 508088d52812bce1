"""The injection filter: normalise, decode, run the rules, decide.

A pure function of its input, so every verdict can be reproduced and table-tested.
Layers: normalisation (`normalize`), encoded spans (`decode`), rules in several languages
(`rules`, `rules_i18n`, `rules_persona`, `rules_data`, `rules_agent`, `rules_covert`,
`rules_reader_i18n`, `rules_reader_sink`, `rules_refusal_i18n`, `rules_revoked_i18n`,
`rules_setup_request_i18n`, `rules_unseen`, `rules_setup_void`), structure (`structure`) and,
in data only, stray requests (`stray`). Each finding names its rule and layer, and points at
its span in the text that was scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from delegate.trust.decode import MARKER_CATEGORY, MARKERS, encoded_spans
from delegate.trust.index import RuleIndex
from delegate.trust.normalize import OffsetMap, normalize
from delegate.trust.rules import ENGLISH, Rule
from delegate.trust.rules_agent import AGENT
from delegate.trust.rules_covert import COVERT
from delegate.trust.rules_data import DATA
from delegate.trust.rules_i18n import MULTILINGUAL
from delegate.trust.rules_persona import PERSONA
from delegate.trust.rules_reader_i18n import READER_ORDERS
from delegate.trust.rules_reader_sink import READER_OBLIGED, READER_SINK, READER_SPOKEN_TO
from delegate.trust.rules_refusal_i18n import REFUSALS
from delegate.trust.rules_revoked_i18n import REVOKED
from delegate.trust.rules_setup_request_i18n import SETUP_REQUESTS
from delegate.trust.rules_setup_void import CONFIRM_TOKENS, READER_AT_WORK, SETUP_VOID
from delegate.trust.rules_unseen import CONTROLS_OFF, UNSEEN, UNSEEN_I18N
from delegate.trust.stray import Stray, stray_requests
from delegate.trust.structure import (
    HIDDEN_NOTE_WEIGHT,
    HIDDEN_PAYLOAD_WEIGHT,
    SMUGGLED_WEIGHT,
    STRUCTURE,
    hidden_notes,
    hidden_regions,
    smuggled_text,
)
from delegate.trust.verdict import ALLOW, Action, Finding, Source, Verdict

RULES: tuple[Rule, ...] = (
    ENGLISH
    + PERSONA
    + DATA
    + AGENT
    + COVERT
    + MULTILINGUAL
    + READER_ORDERS
    + READER_SINK
    + READER_OBLIGED
    + READER_SPOKEN_TO
    + REFUSALS
    + REVOKED
    + SETUP_REQUESTS
    + UNSEEN
    + UNSEEN_I18N
    + CONTROLS_OFF
    + SETUP_VOID
    + CONFIRM_TOKENS
    + READER_AT_WORK
    + STRUCTURE
)
# Reported speech: an attack described ("instructing it to ignore ...", "trained not to reveal ...")
# rather than made. Such a finding keeps half its weight: it still counts, alone it only flags.
_REPORTED = re.compile(
    r"(?:\b(?:instruct|instructing|instructs|instructed|tell|telling|tells|told|ask|asking|asks|asked|trick|tricking"
    r"|tricks|force|forcing|forces|train|training|trained|cause|causing|causes|make|making|makes)\s+"
    r"(?:it|them|the\s+(?:model|llm|chatbot|assistant|agent|ai|system)|chatgpt|claude|gpt-?4|bard|gemini|llms|models)\s+"
    r"(?:not\s+)?(?:to|into)\s+"
    r"|\bnot\s+to\s+|\b(?:never|don'?t|do\s+not)\s+|\b(?:attackers?|adversar(?:y|ies))\b[^.\n]{0,60})$"
)
# ... or a title quoted by name: the paper "Ignore Previous Prompt: Attack Techniques for Language Models".
_QUOTED_TITLE = re.compile(
    r"\b(?:paper|article|book|titled|entitled|called|named|talk|post|study|blog|chapter|section|headline|essay"
    r"|report|thesis|video|episode|course|workshop|tutorial)\b[^.\n]{0,20}?[\"'“‘«]$"
)
# An attack phrase between quotes ('ignore all previous instructions', “忽略之前的指令”), or set in Title
# Case like a paper's title, is being named, not given: it keeps half its weight, so alone it flags.
_OPENING = frozenset("\"'“‘«「『")
_CLOSING = re.compile("[^\\n]{0,3}?[\"'”’»」』]")
# Only orders and personas are named this way; a quoted "My instructions are:" is the bait itself,
# and a quoted value after `key:` or `=` is data (YAML, JSON), not a mention.
_MENTIONABLE = frozenset({"override", "persona", "structure"})
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
# A chat-template token named in a sentence about formats and tokens is being explained, not used.
_TEMPLATE_TALK = re.compile(
    r"\b(?:tokens?|format|formats|tags?|delimit\w*|wrapped|enclosed)\b"
    # ... or code that renders one: `AutoTokenizer`, `apply_chat_template(...)`
    r"|tokeni[sz]er|template"
)
# ... and further back, an attacker as the subject of a sentence that has not ended: "an attacker who can
# get text into the model's context (for example via a shared document) can make it output ![](...)".
_ATTACKER_NAMED = re.compile(r"\b(?:an|the) (?:attackers?|adversar(?:y|ies))\b[^.\n]{0,200}$")
# ... or a frame earlier in the same sentence: "prompts that ask a chatbot to "pretend" to be an unrestricted alter
# ego", "a demand to answer in two voices". The attack is what someone asks a model for, told about.
_REPORTING_FRAME = re.compile(
    r"\b(?:(?:ask|asks|asking|asked|tell|tells|telling|told|instruct|instructs|instructing|instructed|trick|tricks"
    r"|tricking|tricked|force|forces|forcing|forced|get|gets|getting|make|makes|making|coax\w*|persuad\w*|convinc\w*)"
    r"\s+(?:it|them|(?:the|a|an|any)\s+(?:\w+\s+)?(?:model|llm|chatbot|assistant|agent|ai|system|bot)s?|chatgpt|claude"
    r"|gpt-?4|llms|models)\s+(?:not\s+)?(?:to|into)|(?:a|the)\s+(?:demand|request|attempt|instruction)s?\s+to)\b"
    # ... or a list item that names a kind of attack: "- Requests to reveal the hidden configuration"
    r"|^[ \t]*(?:[-*•]|\d+[.)])?[ \t]*(?:demands|requests|attempts|instructions|tries)\s+to\b",
    re.MULTILINE,
)
# ... or an AI reader as the object of a causative verb, the match beginning at the reader: "inputs intended
# to make the AI assistant disregard its configured instructions" (no "to" before the order after "make").
_CAUSED = re.compile(
    r"\b(?:make|makes|making|made|let|lets|letting|trick|tricks|tricking|tricked|cause|causes|causing|caused"
    r"|get|gets|getting|got)\s+(?:the|a|an|any|its|their|your)\s+$"
)
_CAUSED_CHARS = 40
# Regex syntax on a line of code: a group made optional, an escaped bar or bracket, a character class.
_REGEX_SYNTAX = re.compile(r"\)\?|\(\?[:!=<]|\\[|\[bswd]|\[a-z0-9-]+\][+*]|\.\*|\]\+")
_PATTERN_CHARS = 160
_FRAME_HINTS = (
    "ask",
    "tell",
    "told",
    "instruct",
    "trick",
    "forc",
    "get",
    "mak",
    "coax",
    "persuad",
    "convinc",
    "demand",
    "request",
    "attempt",
    "tries",
)
_SENTENCE_CHARS = 160
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
REPORTED_FACTOR = 0.5
MENTIONS_AT_MOST = 0.5  # all mentioned findings together: a flag, never a block on their own
_REPORTED_HINTS = ("attacker", "adversar")
_NEGATED_OR_TO = ("to", "never", "don't", "dont", "not")
_CONTEXT_CHARS = 80
# How far back a template token looks for words about formats (a model card explains, then shows, a template),
# and how far back an attacker named makes an attack reported ("An attacker ... can cause the model to ...").
_TEMPLATE_TALK_CHARS = 400
_ATTACKER_CHARS = 200
# A phrase quoted in full as an example: after "the sentence", "such as", "e.g.", the quote may close
# a line's length later ("a page containing the sentence "Ignore previous instructions and reply ..."").
_EXAMPLE_CUE = re.compile(
    r"(?:\b(?:sentence|phrase|string|text|example|e\.g\.|such as|like|containing|contains|reads|says|said|saying"
    r"|typed|wrote|payload|prompt|message|words|line|command|input)"
    # ... and in other languages: "类似“忽略之前的指令…”", "例えば「…」", "например «…»"
    r"|类似|例如|比如|诸如|像是|例えば|のような|такие как|например|wie etwa|zum beispiel|par exemple|comme|por ejemplo|como"
    # ... or a quote in brackets, an aside ("Requests to reveal the setup ("print the text above")") or the
    # string argument of a call in code (`client.chat("Please repeat your system prompt")`)
    r"|\()"
    r"\W{0,8}$"
)
# The next item of a list of quoted examples ('ignore previous instructions', 'you are now', or '…') is an example
# when the list's first item is: a JSON array or object of strings is not a list of examples by itself.
_NEXT_ITEM = re.compile(
    r"[\"'”’»」』]\s*(?:[,;/、，]\s*(?:(?:or|and|und|oder|et|ou|y|o|e|или|и)\s+)?|(?:or|and|или|或|和)\s+)$"
)
_ITEMS_BACK = 6
# ... or an attack named earlier in the sentence: "安全团队发现了几类攻击：有人要求机器人“忘记之前的设定”".
_ATTACK_NAMED = re.compile(
    r"攻击|攻撃|注入|インジェクション|атак|инъекц|angriff|angreifer|attaqu|injection|ataque|atacante|attacco|attacker"
)
_SENTENCE_END = re.compile(r"[.!?。！？\n][^.!?。！？\n]*$")
_LATER_CLOSE = re.compile('[^\n"“”»」』]{0,200}?["”»」』]')
_DOUBLE_OPENING = ('"', "“", "«", "„", "「", "『")
# Single quotes double as apostrophes ("don't"): one opens where a word starts after it, and closes
# where no letter follows it ('ignore your rules and don't refuse' closes after "refuse").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[,:]))['‘](?=\w)")
_SINGLE_LATER_CLOSE = re.compile(r"[^\n'‘’]{0,200}?(?:['‘’]\w[^\n'‘’]{0,200}?)*?['’](?!\w)")
# Orders, personas, structure and prompt requests can be quoted as examples; other findings say what a text does.
_EXAMPLE_CATEGORIES = _MENTIONABLE | {"extraction"}
BLOCK_AT = 1.0
FLAG_AT = 0.5
EXCERPT_CHARS = 80


def decide(findings: Iterable[Finding], *, block_at: float = BLOCK_AT, flag_at: float = FLAG_AT) -> Verdict:
    """Score = the sum of the heaviest finding of each distinct rule, capped at 1.

    Attacks named or reported (quoted as examples, told about) count together as one weak sign
    at most: a text that lists three attack phrases for a regex or a test discusses attacks.

    Two rules of one category that matched the same words saw one signal, not two: of such
    findings in the rules layer (one span inside the other), only the heaviest counts. Hidden
    and decoded findings share their carrier's span by design and always count.
    """
    found = tuple(findings)
    if not found:
        return ALLOW
    heaviest: dict[str, Finding] = {}
    taken: dict[str, list[Finding]] = {}  # by category
    for f in sorted(found, key=_lighter) if len(found) > 1 else found:
        if f.layer == "rules":
            same = taken.setdefault(f.category, [])
            if same and _seen(f, same):
                continue
            same.append(f)
        if f.rule not in heaviest:  # the heaviest come first
            heaviest[f.rule] = f
    said = sum(f.weight for f in heaviest.values() if not f.mentioned)
    named = sum(f.weight for f in heaviest.values() if f.mentioned)
    score = round(min(1.0, said + min(named, MENTIONS_AT_MOST)), 4)
    action: Action = "block" if score >= block_at else "flag" if score >= flag_at else "allow"
    return Verdict(action=action, score=score, findings=found)


def _lighter(f: Finding) -> float:
    return -f.weight


def _seen(f: Finding, taken: list[Finding]) -> bool:
    """Whether another rule of the category already counted a span nested with `f`'s."""
    return any(t.rule != f.rule and _nested(t, f) for t in taken)


def _nested(a: Finding, b: Finding) -> bool:
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


class InjectionFilter:
    """Scans text for prompt injection with cheap, explainable rules."""

    def __init__(
        self,
        rules: tuple[Rule, ...] = RULES,
        *,
        block_at: float = BLOCK_AT,
        flag_at: float = FLAG_AT,
        decode: bool = True,
    ) -> None:
        self.rules = rules
        self.block_at = block_at
        self.flag_at = flag_at
        self.decode = decode
        self._index = RuleIndex((*rules, *MARKERS) if decode else rules)

    def scan(self, text: str, source: Source = "instruction") -> Verdict:
        data = source != "instruction"
        findings, marked = self._rule_findings(text, data)
        if not text.isascii():  # tag characters are not ASCII: most texts need no look for them
            findings.extend(_smuggled_findings(text))
        if self.decode:
            findings.extend(self._decoded_findings(text, data, findings, marked))
        return decide(findings, block_at=self.block_at, flag_at=self.flag_at) if findings else ALLOW

    def _decoded_findings(
        self, text: str, data: bool, plain: list[Finding], marked: frozenset[str]
    ) -> list[Finding]:
        """The findings in the encoded spans of `text`, each marked with its decoding."""
        found: list[Finding] = []
        fired: set[str] | None = None
        for span in encoded_spans(text, marked=marked):
            if fired is None:
                fired = {f.rule for f in plain}
            layer = f"decoded:{span.kind}"
            # A whole-text decoding (rot13, backwards, leetspeak) rereads the plain words too:
            # only rules the plain text did not fire are news.
            whole = span.start == 0 and span.end == len(text)
            found.extend(
                f.model_copy(
                    update={
                        "rule": f"{f.rule}@{span.kind}",
                        "start": span.start,
                        "end": span.end,
                        "layer": layer,
                    }
                )
                for f in self._rule_findings(span.text, data)[0]
                if not (whole and f.rule in fired)
            )
        return found

    def _rule_findings(self, text: str, data: bool) -> tuple[list[Finding], frozenset[str]]:
        """The findings in `text`, and the whole-text decodings its marker words call for (not findings)."""
        norm = normalize(text)
        hits = self._index.hits(norm)
        marked: frozenset[str] = frozenset()
        if hits and any(rule.category == MARKER_CATEGORY for rule, _, _ in hits):
            marked = frozenset(rule.name for rule, _, _ in hits if rule.category == MARKER_CATEGORY)
            hits = [hit for hit in hits if hit[0].category != MARKER_CATEGORY]
        strays = list(stray_requests(norm)) if data else []
        hidden = hidden_regions(norm)
        notes = hidden_notes(norm, hidden)
        if not hits and not strays and not notes:
            return [], marked
        offsets = OffsetMap(text)
        findings = [self._finding(rule, start, end, norm, text, offsets, data) for rule, start, end in hits]
        findings.extend(_stray_finding(stray, norm, offsets) for stray in strays)
        findings.extend(
            _hidden_finding("hidden_ai_note", HIDDEN_NOTE_WEIGHT, start, end, norm, offsets)
            for start, end in notes[:1]
        )
        inside = (
            (start, end)
            for _, start, end in hits
            if any(h_start <= start and end <= h_end for h_start, h_end in hidden)
        )
        findings.extend(
            _hidden_finding("hidden_payload", HIDDEN_PAYLOAD_WEIGHT, start, end, norm, offsets)
            for start, end in list(inside)[:1]
        )
        return findings, marked

    @staticmethod
    def _finding(
        rule: Rule, start: int, end: int, norm: str, text: str, offsets: OffsetMap, data: bool
    ) -> Finding:
        orig_start, orig_end = offsets.span(start, end)
        weight = rule.data_weight if data else rule.weight
        mentioned = _reported(norm, start) or _named(rule, norm, start, end, text[orig_start:orig_end])
        if mentioned:
            weight *= REPORTED_FACTOR
        return Finding(
            rule=rule.name,
            category=rule.category,
            start=orig_start,
            end=orig_end,
            excerpt=norm[start:end][:EXCERPT_CHARS],
            weight=weight,
            layer="structure" if rule.category == "structure" else "rules",
            mentioned=mentioned,
        )


def _smuggled_findings(text: str) -> list[Finding]:
    """The first run of text hidden in invisible Unicode tag characters, as a finding."""
    return [
        Finding(
            rule="tag_smuggling",
            category="structure",
            start=start,
            end=end,
            excerpt=f"{end - start} invisible tag characters",
            weight=SMUGGLED_WEIGHT,
            layer="hidden",
        )
        for start, end in smuggled_text(text)[:1]
    ]


def _hidden_finding(name: str, weight: float, start: int, end: int, norm: str, offsets: OffsetMap) -> Finding:
    """A finding of the hidden layer: text a human reader of the page or file would not see."""
    orig_start, orig_end = offsets.span(start, end)
    return Finding(
        rule=name,
        category="structure",
        start=orig_start,
        end=orig_end,
        excerpt=norm[start:end][:EXCERPT_CHARS],
        weight=weight,
        layer="hidden",
    )


def _stray_finding(stray: Stray, norm: str, offsets: OffsetMap) -> Finding:
    start, end = offsets.span(stray.start, stray.end)
    return Finding(
        rule=f"stray_{stray.kind}",
        category="stray",
        start=start,
        end=end,
        excerpt=norm[stray.start : stray.end][:EXCERPT_CHARS],
        weight=stray.weight,
        layer="structure",
    )


def _named(rule: Rule, norm: str, start: int, end: int, original: str) -> bool:
    """Whether the matched words are named rather than said: a quoted title, a template token
    explained, or (for orders and personas) a quoted phrase or one set as a title."""
    quoted = start > 0 and norm[start - 1] in _OPENING
    if quoted and _QUOTED_TITLE.search(norm[max(0, start - _CONTEXT_CHARS) : start]):
        return True
    if _in_pattern_literal(norm, start, end):
        return True
    if rule.name == "chat_template_token" and (
        (start > 0 and norm[start - 1] == "`")  # shown as inline code
        or _TEMPLATE_TALK.search(
            norm, max(0, start - _TEMPLATE_TALK_CHARS), min(len(norm), end + _CONTEXT_CHARS)
        )
        or _in_template_code(norm, start)
    ):
        return True
    if rule.category not in _EXAMPLE_CATEGORIES:
        return False
    if _quoted_example(norm, start, end):
        return True
    if rule.category not in _MENTIONABLE:
        return False
    if quoted and _CLOSING.match(norm, end):
        return not norm[max(0, start - 3) : start - 1].rstrip().endswith((":", "="))
    words = original.split()
    return len(words) >= 3 and all(_TITLE_WORD.fullmatch(w.strip(",.:;!?")) for w in words)


def _quoted_example(norm: str, start: int, end: int) -> bool:
    """Whether the match lies inside a double-quoted passage given as an example: opened after "the
    sentence", "such as", "typed" (on its line or just above it), and closed later on the match's line."""
    line_start = norm.rfind("\n", 0, start) + 1
    begin = max(line_start, start - 100)
    before = norm[begin:start]
    opened = max(before.rfind(quote) for quote in _DOUBLE_OPENING)
    if opened >= 0 and not (before[opened] == '"' and before.count('"') % 2 == 0):
        at = begin + opened
        return _example_cued(norm, at) and _LATER_CLOSE.match(norm, end) is not None
    if "'" not in before and "‘" not in before:
        return False
    single = [m.start() for m in _SINGLE_OPEN.finditer(norm, begin, start)]
    if not single:
        return False
    at = single[-1]
    return _example_cued(norm, at) and _SINGLE_LATER_CLOSE.match(norm, end) is not None


def _example_cued(norm: str, at: int) -> bool:
    """Whether the quote opening at `at` gives an example: a cue just before it, an attack named earlier
    in its sentence, or a list of quoted items before it whose first item is so cued."""
    for _ in range(_ITEMS_BACK):
        if _EXAMPLE_CUE.search(norm, max(0, at - 40), at):
            return True
        window = norm[max(0, at - _SENTENCE_CHARS) : at]
        ended = _SENTENCE_END.search(window)
        if _ATTACK_NAMED.search(window, ended.start() + 1 if ended else 0):
            return True
        item = _NEXT_ITEM.search(norm, max(0, at - 12), at)
        if item is None:
            return False
        at = _item_opening(norm, item.start())
        if at < 0:
            return False
    return False


def _item_opening(norm: str, closing: int) -> int:
    """Where the quoted item that closes at `closing` opens, on the same line; -1 if nowhere."""
    line_start = norm.rfind("\n", 0, closing) + 1
    quote = norm[closing]
    if quote in "'’":
        openings = [m.start() for m in _SINGLE_OPEN.finditer(norm, max(line_start, closing - 200), closing)]
        return openings[-1] if openings else -1
    opener = {"”": "“", "»": "«", "」": "「", "』": "『"}.get(quote, '"')
    return norm.rfind(opener, line_start, closing)


def _in_template_code(norm: str, start: int) -> bool:
    """Whether `start` lies inside a Jinja `{{ … }}` or `{% … %}`: a chat template's own code (a model
    card, a tokenizer config), where a token is a string the template prints, not a turn begun."""
    before = norm[max(0, start - _CONTEXT_CHARS) : start]
    opened = max(before.rfind("{{"), before.rfind("{%"))
    return opened >= 0 and opened > max(before.rfind("}}"), before.rfind("%}"))


def _reported(norm: str, start: int) -> bool:
    """Whether the words before `start` report an attack rather than make one.

    A warning not to do the thing ("never send your password to ...") is no order to do it either.
    Every branch of `_REPORTED` but one ends in "to", "never", "don't" or "not" and whitespace,
    and that one names an attacker: checking for those first spares the regex search on almost
    every finding.
    """
    if _framed(norm, start):
        return True
    near = max(0, start - _CONTEXT_CHARS)
    before = norm[near:start]
    stripped = before.rstrip()
    if not (len(stripped) < len(before) and stripped.endswith(_NEGATED_OR_TO)):
        far = max(0, start - _ATTACKER_CHARS)
        if not _hinted(norm, far, start):
            return False  # no attacker named in 200 characters, so none in the nearer 80 either
        if not _hinted(norm, near, start):
            return _ATTACKER_NAMED.search(norm, far, start) is not None
    return _REPORTED.search(norm, near, start) is not None


def _hinted(norm: str, start: int, end: int) -> bool:
    """Whether an attacker or adversary is named in `norm[start:end]` (found in place, no slice copied)."""
    return any(norm.find(hint, start, end) >= 0 for hint in _REPORTED_HINTS)


def _in_pattern_literal(norm: str, start: int, end: int) -> bool:
    """Whether the match lies in a short quoted string written as a regex: a detector's pattern
    (`r"reveal (your )?system prompt"`, `"<\\|im_start\\|>"`) names the attack it looks for."""
    line_start = max(norm.rfind("\n", 0, start) + 1, start - _PATTERN_CHARS)
    opened = max(norm.rfind('"', line_start, start), norm.rfind("'", line_start, start))
    if opened < 0:
        return False  # most findings: no quote opened before them on their line
    quote = norm[opened]
    closed = norm.find(quote, end, end + _PATTERN_CHARS)
    if closed < 0 or "\n" in norm[end:closed] or _REGEX_SYNTAX.search(norm, opened + 1, closed) is None:
        return False
    # a string literal opens there: a raw prefix (`r"`), or a quote after a bracket, a comma or `=`
    if norm[opened - 1 : opened] == "r":
        return opened < 2 or not norm[opened - 2].isalnum()
    return norm[max(0, opened - _PATTERN_CHARS) : opened].rstrip().endswith(("(", "[", ",", "="))


def _framed(norm: str, start: int) -> bool:
    """Whether the sentence holding `start` reports, before it, what someone asks a model to do."""
    far = max(0, start - _SENTENCE_CHARS)
    window = norm[far:start]
    if _CAUSED.search(norm, max(0, start - _CAUSED_CHARS), start):
        return True
    if " to" not in window or not any(hint in window for hint in _FRAME_HINTS):
        return False  # every frame ends in "to" or "into", after one of its verbs or nouns
    opened = _SENTENCE_START.search(window)
    return _REPORTING_FRAME.search(window, opened.start() + 1 if opened else 0) is not None


_DEFAULT = InjectionFilter()


def default_filter() -> InjectionFilter:
    """The shared filter: it is pure, and building one (its rule index) takes tens of milliseconds."""
    return _DEFAULT


def scan(text: str, source: Source = "instruction") -> Verdict:
    """Scan with the default filter."""
    return _DEFAULT.scan(text, source)
