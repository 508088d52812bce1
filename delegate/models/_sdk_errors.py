"""What both provider SDKs leave after their own retries, mapped to one precise `ModelError`.

The anthropic and openai SDKs are generated from one template, so their errors share a shape
(`APITimeoutError`, `APIConnectionError`, `APIStatusError`, `APIResponseValidationError`);
only the module, the provider name and the hints differ.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar, cast

import httpx2

from delegate.errors import ModelError

_T = TypeVar("_T")


class _RequestError(Protocol):
    request: httpx2.Request


class _StatusError(Protocol):
    status_code: int
    body: object
    request_id: str | None
    response: httpx2.Response


def retries_note(request: httpx2.Request) -> str:
    """How many retries the SDK made, read from the header it stamps on each attempt."""
    taken = request.headers.get("x-stainless-retry-count", "0")
    return f" (gave up after {taken} retries)" if taken != "0" else ""


def shorten(body: object, limit: int = 300) -> str:
    text = body if isinstance(body, str) else json.dumps(body, default=str)
    return text if len(text) <= limit else text[:limit] + "…"


def typed(value: object, kind: type[_T], what: str) -> _T:
    """Check a field of a reply the SDK did not validate; a wrong type is a malformed reply."""
    if not isinstance(value, kind):
        raise TypeError(f"{what} should be {kind.__name__}, got {type(value).__name__}")
    return value


def sdk_error(
    exc: Exception,
    sdk: Any,
    *,
    name: str,
    provider: str,
    hints: Mapping[int, str],
    detail: Callable[[Any], str],
) -> ModelError:
    """One `ModelError` for an SDK exception; `detail` extracts the server's message from it."""
    if isinstance(exc, sdk.APITimeoutError):
        request = cast(_RequestError, exc).request
        return ModelError(
            f"{name}: request timed out{retries_note(request)}", provider=provider, retryable=True
        )
    if isinstance(exc, sdk.APIConnectionError):
        request = cast(_RequestError, exc).request
        cause = f": {exc.__cause__}" if exc.__cause__ else ""
        return ModelError(
            f"{name}: could not connect to {request.url.host}{cause}{retries_note(request)}",
            provider=provider,
            retryable=True,
        )
    if isinstance(exc, sdk.APIStatusError):
        status_error = cast(_StatusError, exc)
        status = status_error.status_code
        retryable = status in (408, 409, 429) or status >= 500
        hint = hints.get(status, "server error" if status >= 500 else "request rejected")
        request_id = f" [request-id {status_error.request_id}]" if status_error.request_id else ""
        retries = retries_note(status_error.response.request) if retryable else ""
        return ModelError(
            f"{name}: HTTP {status} ({hint}): {detail(exc)}{request_id}{retries}",
            provider=provider,
            retryable=retryable,
        )
    if isinstance(exc, sdk.APIResponseValidationError):
        return ModelError(f"{name}: malformed reply: {getattr(exc, 'message', exc)}", provider=provider)
    return ModelError(f"{name}: {type(exc).__name__}: {exc}", provider=provider)
