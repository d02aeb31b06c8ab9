"""Cutting long replies to a platform's message size without breaking what users read."""

from __future__ import annotations

import re

#: From the coarsest break to the finest: paragraph, line, sentence end, space.
_BREAKS = tuple(re.compile(pattern) for pattern in (r"\n\s*\n", r"\n", r"(?<=[.!?؟。])\s+", r"\s+"))


def split_text(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` characters, cut at paragraph boundaries where possible.

    Falls back to line breaks, then sentence ends, then spaces; a single word longer
    than `limit` (a link, say) is cut hard. Nothing is dropped but the whitespace at a cut.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut(text: str, limit: int) -> int:
    """Where to cut: the end of the last break that fits, at the coarsest level that has one."""
    window = text[: limit + 1]
    for pattern in _BREAKS:
        ends = [m.start() for m in pattern.finditer(window) if 0 < m.start() <= limit]
        if ends:
            return ends[-1]
    return limit
