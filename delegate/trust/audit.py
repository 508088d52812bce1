"""The audit log: every verdict, one JSON line each, flushed as it is written.

A line holds what is needed to explain a decision later (who, when, which rules, the score)
without keeping the text itself: its SHA-256 and a short excerpt. Each record is written
with its own open/write/flush/fsync, so a crash loses at most the record being written.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

from delegate.trust.verdict import Source, Verdict

EXCERPT_CHARS = 160


class AuditLog:
    """Appends verdicts to a JSONL file."""

    def __init__(self, path: str | os.PathLike[str], *, fsync: bool = True) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self._lock = threading.Lock()

    def record(
        self,
        verdict: Verdict,
        *,
        text: str,
        source: Source,
        agent: str = "",
        request_id: str = "",
        policy: str = "",
        passed: bool = True,
    ) -> dict[str, object]:
        """Append one record and return it."""
        entry: dict[str, object] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "agent": agent,
            "request_id": request_id,
            "source": source,
            "policy": policy,
            "action": verdict.action,
            "passed": passed,
            "score": verdict.score,
            "rules": verdict.rules,
            "sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "excerpt": text[:EXCERPT_CHARS],
        }
        line = json.dumps(entry) + "\n"
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line)
            out.flush()
            if self.fsync:
                os.fsync(out.fileno())
        return entry
