"""Fake platform servers for integration tests, speaking the real wire formats."""
