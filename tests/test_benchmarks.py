"""The latency benchmark's baseline stays faithful: `floor` returns what a delegation returns."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from mcp import Client

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _bench_server import build_bench_server

pytestmark = pytest.mark.anyio


async def test_floor_has_the_delegation_schema_and_result_shape() -> None:
    """A floor with fewer fields or another schema would make the delegation look dearer than it is."""
    async with Client(build_bench_server("scripted")) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        real = await client.call_tool("delegate_to_scripted", {"task": "Say ok."})
        floor = await client.call_tool("floor", {"task": "Say ok."})
    assert tools["floor"].output_schema == tools["delegate_to_scripted"].output_schema
    assert not real.is_error and not floor.is_error  # the client validated both against that schema
    assert real.structured_content is not None and floor.structured_content is not None
    assert floor.structured_content.keys() == real.structured_content.keys()
    assert floor.structured_content["trust"].keys() == real.structured_content["trust"].keys()
    assert floor.structured_content["usage"] == real.structured_content["usage"]
