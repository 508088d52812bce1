"""`delegate run` end to end: a real stdio server, offline models, an answer with citations, a trace."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from delegate.cli.main import main
from delegate.clients.tracing import read_records, replay

ROOT = Path(__file__).resolve().parents[2]
GOAL = "Compare RAG and fine-tuning for keeping an assistant up to date"


@pytest.mark.slow
def test_run_over_stdio_prints_a_cited_answer_and_writes_a_trace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "delegate", "run", GOAL, "--traces", str(tmp_path), "--no-live"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"\[[\w-]+\]", done.stdout), done.stdout  # citations reach the answer
    assert "delegate_to_" not in done.stdout  # the tree stays on stderr
    assert "delegate_to_researcher" in done.stderr

    (trace,) = tmp_path.glob("*.jsonl")
    records = read_records(trace.read_text(encoding="utf-8").splitlines())
    starts = [r["id"] for r in records if r["kind"] == "delegation_start"]
    ends = [r["id"] for r in records if r["kind"] == "delegation_end"]
    assert len(starts) >= 2 and sorted(starts) == sorted(ends)
    state = replay(records)
    assert state.finished and state.answer.strip() == done.stdout.strip()

    capsys.readouterr()
    assert main(["trace", str(trace)]) == 0
    shown = capsys.readouterr().out
    assert all(node.name in shown for node in state.children.values())


def test_trace_of_a_missing_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err
