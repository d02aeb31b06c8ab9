"""The FastAPI gateway: web chat, /api/chat, /healthz (and, later, channel webhooks)."""
