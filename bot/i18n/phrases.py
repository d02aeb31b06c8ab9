"""Phrases said by more than one part of the assistant (the actions and the gateway).

Kept here once so the degraded gateway says exactly what the action server would.
Numbers only from shared/facts.md: 112 (fact 91) and the Alarm Phone (fact 93).
"""

from __future__ import annotations

#: Leads the reply to a voice note, photo or location: it may come from someone in
#: danger who cannot type.
EMERGENCY_LINES = (
    "If you are in danger now: at sea, call the Alarm Phone +33 4 86 51 71 61, or 112 near a "
    "European coast. Inside the EU, call 112: it is free. Elsewhere, call the local emergency "
    "number. If you are lost in the desert, send your location to someone you trust."
)
TEXT_ONLY = "I can only read text messages. Please write your question."
