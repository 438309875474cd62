"""Errors the repositories raise and their callers catch, shared to avoid import cycles."""

from __future__ import annotations


class StaleError(Exception):
    """The row changed since it was read (another worker or the scheduler): try again."""
