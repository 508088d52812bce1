"""Reading finished spans."""

from __future__ import annotations

from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


def named(exporter: InMemorySpanExporter, prefix: str) -> list[ReadableSpan]:
    """Finished spans whose name starts with `prefix`, in the order they ended."""
    return [s for s in exporter.get_finished_spans() if s.name.startswith(prefix)]


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent else None
