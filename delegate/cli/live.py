"""The run as a tree (orchestrator → delegations), live on stderr or replayed from a trace."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.text import Text
from rich.tree import Tree

from delegate.clients.tracing import Node, RunState

_STATUS = {
    "running": ("…", "yellow"),
    "ok": ("✓", "green"),
    "error": ("✗", "red"),
    "cancelled": ("⊘", "magenta"),
}


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _label(node: Node, now: float, title: str) -> Text:
    mark, style = _STATUS.get(node.status, ("?", "white"))
    label = Text.assemble((f"{mark} ", style), (title, "bold"))
    label.append(f"  {node.status} {node.elapsed(now):.1f}s  {node.tokens} tokens", style="dim")
    if node.note:
        label.append(f"  {_short(node.note, 60)}", style="italic dim")
    return label


def render_tree(state: RunState, now: float | None = None) -> Tree:
    """The orchestrator with one branch per delegation, in the order they were made."""
    at = state.last if now is None else now
    root = state.root
    title = f"{root.name} ({state.model})" if state.model else root.name
    tree = Tree(_label(root, at, f"{title}: {_short(state.goal)}"))
    for node in list(state.children.values()):
        tree.add(_label(node, at, f"{node.name}: {_short(node.task, 50)}"))
    return tree


def render_summary(state: RunState) -> Text:
    """Model calls, tokens, wall time, and the parallel speed-up (sum of child times / wall time)."""
    children = len(state.children)
    connect = f" (+{state.connect_seconds:.2f}s to connect)" if state.connect_seconds else ""
    return Text(
        f"{state.model_calls} model calls · {state.tokens} tokens · wall {state.wall_seconds:.2f}s{connect} · "
        f"{children} delegations, {state.child_seconds:.2f}s in all · "
        f"parallel speed-up {state.speedup:.2f}×"
    )


class LiveView:
    """Redraws the tree a few times a second while a run goes on; prints it once at the end."""

    def __init__(self, state: Callable[[], RunState], now: Callable[[], float], console: Console) -> None:
        self._state, self._now, self.console = state, now, console
        self._live = Live(get_renderable=self._render, console=console, refresh_per_second=8, transient=True)

    def _render(self) -> RenderableType:
        return render_tree(self._state(), self._now())

    def __enter__(self) -> LiveView:
        if self.console.is_terminal:
            self._live.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.console.is_terminal:
            self._live.stop()
        state = self._state()
        self.console.print(Group(render_tree(state), render_summary(state)))
