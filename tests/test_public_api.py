"""The public surface is deliberate: `__all__` is sorted, complete and importable."""

from __future__ import annotations

import delegate


def test_all_is_sorted_and_importable() -> None:
    assert delegate.__all__ == sorted(delegate.__all__)
    for name in delegate.__all__:
        assert getattr(delegate, name) is not None


def test_every_public_attribute_is_listed() -> None:
    public = {
        n for n, v in vars(delegate).items() if not n.startswith("_") and not isinstance(v, type(delegate))
    }
    assert public == set(delegate.__all__) - {"__version__"}
