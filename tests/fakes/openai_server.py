"""A fake OpenAI-compatible `POST /v1/chat/completions` server on 127.0.0.1.

It plays a researcher as a real model would, reading only what arrives on the wire: first it
calls `search_corpus` with the task, then `read_document` for the top document in that
search's tool result, then answers citing it. Without tools offered it answers as a critic
(JSON). Every request body is kept in `requests`; set `fail_status` to make it fail.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from delegate.trust.fence import unfence

PROMPT_TOKENS = 50
COMPLETION_TOKENS = 7
ERROR_MESSAGE = "the fake upstream is down"
CRITIQUE = '{"score": 4, "verdict": "SHIP", "issues": []}'
_TASK = re.compile(r"<task>\s*(.*?)\s*</task>", re.DOTALL)
_DOC_ID = re.compile(r"^\[([A-Za-z0-9_-]+)\]", re.MULTILINE)

Body = dict[str, Any]


class FakeOpenAI:
    """The fake server: start it with `running()`, point `OPENAI_BASE_URL` at `base_url`."""

    def __init__(self) -> None:
        self.requests: list[Body] = []
        self.fail_status: int | None = None
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @contextmanager
    def running(self) -> Iterator[FakeOpenAI]:
        thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)

    def respond(self, body: Body) -> tuple[int, Body]:
        """The status and JSON reply for one request (recorded first, even when failing)."""
        with self._lock:
            self.requests.append(body)
            call = next(self._ids)
        if self.fail_status is not None:
            return self.fail_status, {"error": {"message": ERROR_MESSAGE, "type": "server_error"}}
        message = _next_message(body["messages"], {t["function"]["name"] for t in body.get("tools", [])})
        finish = "tool_calls" if message.get("tool_calls") else "stop"
        return 200, {
            "id": f"chatcmpl-{call}",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": PROMPT_TOKENS,
                "completion_tokens": COMPLETION_TOKENS,
                "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS,
            },
        }


def _tool_call(name: str, **arguments: Any) -> Body:
    call_id = f"call_{name}"
    function = {"name": name, "arguments": json.dumps(arguments)}
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": call_id, "type": "function", "function": function}],
    }


def _next_message(messages: list[Body], tools: set[str]) -> Body:
    """The researcher's script, driven by the last message and which tool its result is from."""
    if "search_corpus" not in tools:
        return {"role": "assistant", "content": CRITIQUE}
    called = {
        call["id"]: call["function"]["name"]
        for m in messages
        if m["role"] == "assistant"
        for call in m.get("tool_calls") or ()
    }
    last = messages[-1]
    if last["role"] == "user":
        found = _TASK.search(last["content"])
        return _tool_call("search_corpus", query=found.group(1) if found else last["content"])
    data = unfence(last["content"])
    doc = _DOC_ID.search(data)
    if doc is None:
        return {"role": "assistant", "content": "The corpus does not answer this."}
    if called.get(last["tool_call_id"]) == "search_corpus":
        return _tool_call("read_document", doc_id=doc.group(1))
    title = data.splitlines()[0].removeprefix(doc.group(0)).strip()
    return {"role": "assistant", "content": f"The answer is in {title} [{doc.group(1)}]."}


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if self.path != "/v1/chat/completions":
                self._send(404, {"error": {"message": f"no route {self.path}"}})
                return
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
            status, reply = fake.respond(body)
            self._send(status, reply)

        def _send(self, status: int, reply: Body) -> None:
            data = json.dumps(reply).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("retry-after-ms", "1")  # the SDK's retries wait 1 ms, not seconds
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler
