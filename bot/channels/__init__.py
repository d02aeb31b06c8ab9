"""Messaging platforms' wire formats. Every channel hands text to `Conversations.turn`."""
