"""`delegate serve` over stdio, configured for the fake OpenAI server, as an SDK client."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from mcp import Client, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.types import TextContent

from tests.fakes.openai_server import FakeOpenAI

_DROP = {"ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "DELEGATE_OTEL"}


def server_env(fake: FakeOpenAI, **extra: str) -> dict[str, str]:
    """The parent's environment without keys or proxies, pointed at the fake."""
    env = {k: v for k, v in os.environ.items() if k not in _DROP and "proxy" not in k.lower()}
    return env | {"OPENAI_BASE_URL": fake.base_url, "NO_PROXY": "127.0.0.1", "PYTHONUNBUFFERED": "1"} | extra


@asynccontextmanager
async def serving(
    fake: FakeOpenAI, folder: Path, *args: str, env: dict[str, str] | None = None
) -> AsyncIterator[Client]:
    """A client of `delegate serve ARGS` run in `folder` with `model = "openai:fake-model"`;
    the server's stderr is kept in `folder/stderr.log`."""
    (folder / "delegate.toml").write_text('model = "openai:fake-model"\n')
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "delegate", "serve", *args],
        env=env or server_env(fake),
        cwd=str(folder),
    )
    with (folder / "stderr.log").open("w") as errlog:
        async with Client(stdio_client(params, errlog=errlog)) as client:
            yield client


def text_of(result: object) -> str:
    content = getattr(result, "content", [])
    return "".join(c.text for c in content if isinstance(c, TextContent))
