"""Command-line interface: `delegate serve | agents | ask | scan`."""

from delegate.cli.main import main

__all__ = ["main"]
