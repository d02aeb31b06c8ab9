"""Deterministic emergency safety net (placeholder until the full lists land)."""

from __future__ import annotations

import re

_SEA = re.compile(r"\b(sinking|boat is sinking|taking water|bateau coule|القارب يغرق)\b")


def detect_emergency(text: str) -> str | None:
    if _SEA.search(text):
        return "emergency.sea"
    return None
