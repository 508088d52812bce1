"""OpenTelemetry spans for delegations, model calls and tool calls (opt-in).

One trace per delegation, named and attributed after the GenAI semantic conventions:

    tools/call delegate_to_researcher   (the MCP SDK's server span, parented from `_meta`)
    └── invoke_agent researcher         (`delegation_span` / `traced`)
        ├── chat fake-model             (`TracedModel`, one per model request)
        └── execute_tool search_corpus  (`traced_tool`, one per tool run)

Spans go through `opentelemetry-api`, which the MCP SDK already needs; with no tracer
provider installed they are no-ops. Only `configure` (the exporter) needs the SDK from the
`otel` extra. The MCP SDK itself injects W3C trace context into each request's `_meta` and
opens its server span from it, so a delegation nests under its caller's span across the
stdio/HTTP hop with no code here. Task text and answers are never recorded: they may be
sensitive, and token counts and trust verdicts are what an operator tracks.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec

from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Tracer

from delegate._version import __version__
from delegate.agents.delegation import DelegationResult
from delegate.agents.spec import Agent
from delegate.agents.tools import Tool, ToolRegistry
from delegate.errors import BlockedError, ConfigError, RunError
from delegate.models.base import Model, ModelReply, ModelRequest, Usage

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

__all__ = [
    "TracedModel",
    "configure",
    "delegation_span",
    "enabled",
    "instrument",
    "setup",
    "traced",
    "traced_tool",
]

log = logging.getLogger(__name__)

TRACER_NAME = "delegate"
INSTALL_HINT = "pip install 'delegate-mcp[otel]'"
ENV_FLAG = "DELEGATE_OTEL"
_TRUE = {"1", "true", "yes", "on"}

P = ParamSpec("P")


def _tracer(tracer: Tracer | None) -> Tracer:
    # A proxy until a provider is installed, so instrumenting before `configure` still works.
    return tracer or trace.get_tracer(TRACER_NAME, __version__)


def installed() -> bool:
    """True once any tracer provider is installed (ours via `configure`, or the host's own)."""
    return not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


def _split(spec: str) -> tuple[str, str]:
    """`openai:gpt-x` -> ("openai", "gpt-x"); a bare `offline` is its own provider and model."""
    provider, _, model = spec.partition(":")
    return provider, model or spec


def _usage(span: Span, usage: Usage) -> None:
    span.set_attribute("gen_ai.usage.input_tokens", usage.input_tokens)
    span.set_attribute("gen_ai.usage.output_tokens", usage.output_tokens)


def _failed(span: Span, exc: BaseException) -> None:
    span.set_attribute("error.type", type(exc).__name__)


class TracedModel(Model):
    """A model whose every request runs in a `chat` span carrying its token usage."""

    def __init__(self, inner: Model, *, agent: str = "", tracer: Tracer | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self._agent = agent
        self._tracer = _tracer(tracer)

    @property
    def is_llm(self) -> bool:
        return self.inner.is_llm

    async def request(self, request: ModelRequest) -> ModelReply:
        provider, model = _split(self.name)
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": provider,
            "gen_ai.request.model": model,
            "gen_ai.request.max_tokens": request.max_tokens,
        }
        if self._agent:
            attributes["gen_ai.agent.name"] = self._agent
        with self._tracer.start_as_current_span(
            f"chat {model}", kind=SpanKind.CLIENT, attributes=attributes
        ) as span:
            try:
                reply = await self.inner.request(request)
            except Exception as exc:
                _failed(span, exc)
                raise
            _usage(span, reply.usage)
            span.set_attribute("gen_ai.response.finish_reasons", [reply.stop_reason])
            if reply.model:
                span.set_attribute("gen_ai.response.model", reply.model)
            return reply


def traced_tool(tool: Tool, *, agent: str = "", tracer: Tracer | None = None) -> Tool:
    """`tool`, each run in an `execute_tool` span (a failure marks the span, then propagates)."""
    tracer = _tracer(tracer)
    run = tool.run
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": tool.name,
        "gen_ai.tool.type": "function",
    }
    if agent:
        attributes["gen_ai.agent.name"] = agent

    async def traced_run(arguments: dict[str, Any]) -> str:
        with tracer.start_as_current_span(f"execute_tool {tool.name}", attributes=attributes) as span:
            try:
                return await run(arguments)
            except Exception as exc:
                _failed(span, exc)
                raise

    return dataclasses.replace(tool, run=traced_run)


def instrument(agent: Agent, *, tracer: Tracer | None = None) -> Agent:
    """A copy of `agent` whose model calls and tool runs make spans; the agent loop is untouched."""
    if isinstance(agent.model, TracedModel):
        return agent
    return dataclasses.replace(
        agent,
        model=TracedModel(agent.model, agent=agent.name, tracer=tracer),
        tools=ToolRegistry(traced_tool(t, agent=agent.name, tracer=tracer) for t in agent.tools),
    )


class DelegationSpan:
    """The open `invoke_agent` span of one delegation; `record` adds what the result says."""

    def __init__(self, span: Span) -> None:
        self.span = span

    def record(self, result: DelegationResult) -> None:
        span = self.span
        if not span.is_recording():
            return
        _usage(span, result.usage)
        span.set_attribute("delegate.turns", result.turns)
        span.set_attribute("delegate.stop_reason", result.stop_reason)
        span.set_attribute("gen_ai.response.finish_reasons", [result.stop_reason])
        trust = result.trust
        span.set_attribute("delegate.trust.action", trust.instruction)
        span.set_attribute("delegate.trust.rules", trust.rules)
        span.set_attribute("delegate.trust.score", trust.score)
        span.set_attribute("delegate.trust.answer", trust.answer)
        for check in trust.tool_results:  # the gate runs after the tool span has ended
            span.add_event(
                "delegate.trust.tool_result",
                {
                    "gen_ai.tool.name": check.tool,
                    "delegate.trust.action": check.action,
                    "delegate.trust.rules": check.rules,
                    "delegate.trust.score": check.score,
                    "delegate.trust.quarantined": check.quarantined,
                },
            )

    def failed(self, exc: BaseException) -> None:
        _failed(self.span, exc)
        if isinstance(exc, BlockedError):
            self.span.set_attribute("delegate.trust.action", "block")
            self.span.set_attribute("delegate.trust.rules", exc.verdict.rules)
            self.span.set_attribute("delegate.trust.score", exc.verdict.score)
        if isinstance(exc, RunError) and exc.usage is not None:
            _usage(self.span, exc.usage)


@contextmanager
def delegation_span(agent: Agent, *, tracer: Tracer | None = None) -> Iterator[DelegationSpan]:
    """An `invoke_agent` span around one delegation, current while it runs, so model and tool
    spans nest under it; a failure escaping it is recorded on it."""
    provider, model = _split(agent.model.name)
    attributes: dict[str, Any] = {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": agent.name,
        "gen_ai.agent.description": agent.description,
        "gen_ai.provider.name": provider,
        "gen_ai.request.model": model,
    }
    with _tracer(tracer).start_as_current_span(f"invoke_agent {agent.name}", attributes=attributes) as span:
        handle = DelegationSpan(span)
        try:
            yield handle
        except Exception as exc:
            handle.failed(exc)
            raise


Delegate = Callable[Concatenate[Agent, str, P], Awaitable[DelegationResult]]


def traced(fn: Delegate[P], *, tracer: Tracer | None = None) -> Delegate[P]:
    """`delegate` (or any function of its shape) with each call in a `delegation_span`."""

    async def run(agent: Agent, task: str, /, *args: P.args, **kwargs: P.kwargs) -> DelegationResult:
        if tracer is None and not installed():  # nothing would record the span: skip building it
            return await fn(agent, task, *args, **kwargs)
        with delegation_span(agent, tracer=tracer) as span:
            result = await fn(agent, task, *args, **kwargs)
            span.record(result)
            return result

    return run


def enabled(requested: bool = False, env: Mapping[str, str] | None = None) -> bool:
    """Tracing is on when asked for (`--otel`, `otel = true`) or `DELEGATE_OTEL` is truthy."""
    env = os.environ if env is None else env
    return requested or env.get(ENV_FLAG, "").strip().lower() in _TRUE


def _one_line(span: ReadableSpan) -> str:
    return json.dumps(json.loads(span.to_json()), separators=(",", ":")) + "\n"


def configure(exporter: str | None = None) -> bool:
    """Install an SDK tracer provider exporting to `exporter` (default `OTEL_TRACES_EXPORTER`,
    else `otlp`); `console` writes one JSON span per line to stderr, never to stdout (on
    stdio, that is the protocol). Returns False, changing nothing, when the application
    has installed a provider of its own. Raises `ConfigError` with the install hint when
    the SDK is missing.
    """
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
        from opentelemetry.sdk.trace.export import (
            BatchSpanProcessor,
            ConsoleSpanExporter,
            SimpleSpanProcessor,
        )
    except ImportError as exc:
        raise ConfigError(f"OpenTelemetry tracing needs the SDK: {INSTALL_HINT}") from exc
    if isinstance(trace.get_tracer_provider(), TracerProvider):
        log.info("OpenTelemetry: keeping the tracer provider already installed")
        return False
    kind = (exporter or os.environ.get("OTEL_TRACES_EXPORTER") or "otlp").strip().lower()
    processor: SpanProcessor
    if kind == "console":
        processor = SimpleSpanProcessor(ConsoleSpanExporter(out=sys.stderr, formatter=_one_line))
    elif kind == "otlp":
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError as exc:
            raise ConfigError(f"OTLP export needs the OTLP exporter: {INSTALL_HINT}") from exc
        processor = BatchSpanProcessor(OTLPSpanExporter())  # endpoint from OTEL_EXPORTER_OTLP_*
    else:
        raise ConfigError(f"unknown OTEL_TRACES_EXPORTER {kind!r}; use 'otlp' or 'console'")
    attributes = {} if os.environ.get("OTEL_SERVICE_NAME") else {"service.name": TRACER_NAME}
    provider = TracerProvider(resource=Resource.create(attributes))
    provider.add_span_processor(processor)
    trace.set_tracer_provider(provider)
    log.info("OpenTelemetry: exporting spans via %s", kind)
    return True


def setup(agents: Sequence[Agent], requested: bool = False) -> list[Agent]:
    """The CLI's one call: when tracing is `enabled`, configure it and instrument `agents`."""
    if not enabled(requested):
        return list(agents)
    configure()
    return [instrument(agent) for agent in agents]


def flush() -> None:
    """Export the spans still buffered (a shutdown hook: a batch processor would drop them)."""
    provider = trace.get_tracer_provider()
    force_flush = getattr(provider, "force_flush", None)
    if callable(force_flush):
        force_flush()
