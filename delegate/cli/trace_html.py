"""A run as one self-contained HTML page: the fan-out as a timeline, then the answer.

It is drawn from the same `RunState` as `delegate trace`, so the picture and the tree agree.
Everything that came from the trace is escaped (tool results can put hostile text into an
answer or a task), and the page loads nothing: its CSS and SVG are inline and a
Content-Security-Policy forbids every other source, so it stays quiet when opened offline.
"""

from __future__ import annotations

import html
import math
import re

from delegate.clients.mcp_tools import TrustVerdicts
from delegate.clients.tracing import Node, RunState

WIDTH = 960
LABEL_WIDTH = 300
ROW = 30
INDENT = 18
AXIS = 28
OUTCOMES = ("ok", "error", "cancelled", "limit", "running")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1000px;padding:0 16px;color:#1d2330}
h1{font-size:20px;margin:0 0 6px}
.stats{color:#4b5566;margin:0 0 16px}.stats b{color:#1d2330}
svg{display:block;max-width:100%;height:auto}
.warn{color:#d64545;font-weight:bold}
.legend span{display:inline-block;margin-right:14px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
i.ok{background:#2e9d5b}i.error{background:#d64545}i.cancelled{background:#9a5bd6}
i.limit{background:#e0a100}i.running{background:#9aa4b5}
table{border-collapse:collapse;width:100%;margin:8px 0 20px;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e3e6ec;vertical-align:top}
td.n{text-align:right;white-space:nowrap}
pre{white-space:pre-wrap;background:#f6f7f9;border:1px solid #e3e6ec;border-radius:6px;padding:12px}
"""
# Inside the <svg>, so the picture keeps its colours when it is cut out of the page.
SVG_CSS = """
text{font:12px system-ui,sans-serif;fill:#1d2330}.dim{fill:#6b7485}
.axis line{stroke:#e3e6ec}.link{stroke:#b8bfcc;fill:none}
.band{fill:#f1f4f9;fill-opacity:0}.row:hover .band{fill-opacity:1}
.bar{stroke:#000;stroke-opacity:.2}.ok{fill:#2e9d5b}.error{fill:#d64545}.cancelled{fill:#9a5bd6}
.limit{fill:#e0a100}.running{fill:#9aa4b5}.warn{fill:#d64545;font-weight:bold}
"""


def render_html(state: RunState) -> str:
    """The whole page for one run, as a string (write it with UTF-8)."""
    rows = [(state.root, 0), *((node, 1) for node in state.children.values())]
    title = f"delegate run: {_clip(state.goal, 80)}" if state.goal else "delegate run"
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
            f"<h1>{_e(state.goal or '(no goal recorded)')}</h1>",
            _stats(state),
            _legend(),
            _timeline(state, rows),
            _table(state),
            "<h2>Answer</h2>",
            f'<pre class="answer">{_e(state.answer or "(no answer recorded)")}</pre>',
            "</body></html>",
        ]
    )


def outcome(node: Node) -> str:
    """One of `OUTCOMES`: a delegation that answered because a limit stopped it counts as `limit`."""
    if node.status == "ok" and node.stop_reason not in ("", "end_turn"):
        return "limit"
    return node.status if node.status in OUTCOMES else "error"


def _hover(node: Node, state: RunState) -> str:
    """What a bar's tooltip says, unescaped: task, outcome, time, cost, model, trust, detail."""
    t0, root = state.root.started, node is state.root
    what = outcome(node) + (f" ({node.stop_reason})" if outcome(node) == "limit" else "")
    lines = [
        f"{node.name}{'' if root else f' #{node.id}'}",
        f"{'goal' if root else 'task'}: {_clip(node.task, 300)}",
        f"{what} · {node.elapsed(state.last):.2f} s "
        f"(from {node.started - t0:.2f} s to {node.elapsed(state.last) + node.started - t0:.2f} s)",
        f"{node.tokens} tokens · {node.model_calls} model calls · {node.turns} turns",
        f"model: {(state.model if root else node.model) or 'not recorded'}",
    ]
    if not root:
        lines.append(f"trust: {_trust_line(node.trust)}")
    if node.note:
        lines.append(_clip(node.note, 300))
    return "\n".join(lines)


def _trust_line(trust: TrustVerdicts | None) -> str:
    if trust is None:
        return "not recorded"
    results = f"{trust.tool_results} tool results ({trust.quarantined} quarantined, {trust.flagged} flagged)"
    return f"instruction {trust.instruction or '?'} · answer {trust.answer or '?'} · {results}"


def _trust_cell(trust: TrustVerdicts | None) -> str:
    if trust is None:
        return "not recorded"
    return f"{trust.instruction or '?'} / {trust.answer or '?'}; {trust.tool_results} results, {trust.flagged} flagged"


def _suspect(trust: TrustVerdicts | None) -> bool:
    """Whether the gate objected to anything in this delegation: worth a mark on the bar."""
    if trust is None:
        return False
    return trust.flagged > 0 or trust.instruction not in ("", "allow") or trust.answer not in ("", "allow")


def _stats(state: RunState) -> str:
    connect = f" (+{state.connect_seconds:.2f} s to connect)" if state.connect_seconds else ""
    parts = [
        f"run <b>{_e(outcome(state.root))}</b>",
        f"wall <b>{state.wall_seconds:.2f} s</b>{connect}",
        f"<b>{state.tokens}</b> tokens",
        f"<b>{state.model_calls}</b> model calls",
        f"<b>{len(state.children)}</b> delegations, {state.child_seconds:.2f} s in all",
        f"parallel speed-up <b>{state.speedup:.2f}×</b>",
        f"orchestrator model <b>{_e(state.model or '?')}</b>",
    ]
    return f'<p class="stats">{" · ".join(parts)}</p>'


def _legend() -> str:
    names = {"limit": "stopped by a limit"}
    spans = "".join(f'<span><i class="{o}"></i>{names.get(o, o)}</span>' for o in OUTCOMES)
    return f'<p class="legend">{spans}<span><b class="warn">⚑</b> the trust gate flagged or blocked something</span></p>'


def _timeline(state: RunState, rows: list[tuple[Node, int]]) -> str:
    t0 = state.root.started
    span = max([state.last - t0, *(n.elapsed(state.last) + n.started - t0 for n, _ in rows), 1e-3])
    plot = WIDTH - LABEL_WIDTH - 130  # room on the right for the figures after the last bar
    height = AXIS + ROW * len(rows) + 8

    def x(at: float) -> float:
        return LABEL_WIDTH + (at - t0) / span * plot

    parts = [
        f'<svg viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="timeline of the run">',
        f"<style>{SVG_CSS}</style>",
        '<g class="axis">',
    ]
    for tick in _ticks(span):
        at = LABEL_WIDTH + tick / span * plot
        parts.append(f'<line x1="{at:.1f}" y1="{AXIS - 6}" x2="{at:.1f}" y2="{height}"/>')
        parts.append(
            f'<text class="dim" x="{at:.1f}" y="{AXIS - 10}" text-anchor="middle">{_tick(tick, span)}</text>'
        )
    parts.append("</g>")
    for index, (node, depth) in enumerate(rows):
        top = AXIS + index * ROW
        mid = top + ROW / 2
        left, width = x(node.started), max(node.elapsed(state.last) / span * plot, 2.0)
        name = node.name.removeprefix("delegate_to_")
        label = _clip(f"{name}: {node.task}" if node.task else name, (LABEL_WIDTH - 20 - INDENT * depth) // 7)
        mark = ' <tspan class="warn">⚑</tspan>' if _suspect(node.trust) else ""
        parts += [
            f'<g class="row depth-{depth}" data-id="{_e(node.id)}">',
            f"<title>{_e(_hover(node, state))}</title>",
            f'<rect class="band" x="0" y="{top}" width="{WIDTH}" height="{ROW}"/>',
        ]
        if depth:
            elbow = 6 + INDENT * (depth - 1)
            parts.append(f'<path class="link" d="M{elbow} {top - ROW / 2 + 8}V{mid}H{elbow + INDENT - 6}"/>')
        parts += [
            f'<text x="{6 + INDENT * depth}" y="{mid + 4}">{_e(label)}</text>',
            f'<rect class="bar {outcome(node)}" x="{left:.1f}" y="{top + 7}" width="{width:.1f}" '
            f'height="{ROW - 14}" rx="3"/>',
            f'<text class="dim" x="{left + width + 5:.1f}" y="{mid + 4}">'
            f"{node.elapsed(state.last):.2f} s · {node.tokens} tok{mark}</text>",
            "</g>",
        ]
    parts.append("</svg>")
    return "\n".join(parts)


def _table(state: RunState) -> str:
    """The same details as the tooltips, visible without hovering (and in print)."""
    t0 = state.root.started
    head = "<tr><th>#</th><th>agent</th><th>task</th><th>outcome</th><th>start</th><th>time</th>"
    head += "<th>tokens</th><th>turns</th><th>model</th><th>trust: task / answer; tool results</th></tr>"
    rows = [
        f"<tr><td>{_e(n.id)}</td><td>{_e(n.name.removeprefix('delegate_to_'))}</td>"
        f"<td>{_e(_clip(n.task, 160))}</td><td>{_e(outcome(n))}</td>"
        f'<td class="n">{n.started - t0:.2f} s</td><td class="n">{n.elapsed(state.last):.2f} s</td>'
        f'<td class="n">{n.tokens}</td><td class="n">{n.turns}</td><td>{_e(n.model)}</td>'
        f"<td>{_e(_trust_cell(n.trust))}</td></tr>"
        for n in state.children.values()
    ]
    return f"<table>{head}{''.join(rows)}</table>" if rows else "<p>No delegations.</p>"


def _ticks(span: float) -> list[float]:
    """Round times from 0 to `span`, five to ten of them."""
    step = 10 ** math.floor(math.log10(span / 5))
    for factor in (1, 2, 5, 10):
        if span / (step * factor) <= 10:
            step *= factor
            break
    return [i * step for i in range(int(span / step + 1e-9) + 1)]


def _tick(at: float, span: float) -> str:
    return f"{at * 1000:.0f} ms" if span < 1 else f"{at:g} s"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _e(text: str) -> str:
    """Escaped for HTML text and attributes, minus control characters XML would refuse."""
    return html.escape(_CONTROL.sub("", text), quote=True)
