"""The trust package's surface is deliberate: `__all__` is sorted and every name resolves."""

from __future__ import annotations

import delegate.trust as trust


def test_all_is_sorted_and_resolves() -> None:
    assert trust.__all__ == sorted(trust.__all__)
    for name in trust.__all__:
        assert getattr(trust, name) is not None
