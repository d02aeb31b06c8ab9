"""The action server serves exactly the actions the domain names, and the domain knows
every intent the topics map (so Rasa and the project cannot drift apart)."""

from __future__ import annotations

import yaml
from rasa_sdk.executor import ActionExecutor

from bot.content.topics import TYPED_INTENTS
from bot.settings import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())


def test_the_action_server_registers_every_domain_action() -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    assert sorted(executor.actions) == sorted(DOMAIN["actions"])


def test_every_typed_intent_is_in_the_domain() -> None:
    assert set(TYPED_INTENTS) <= set(DOMAIN["intents"])
