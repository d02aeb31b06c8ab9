"""The held-out and development sets stay usable: valid labels, and never trained on.

A message that also sits in the training data or in the safety net's own examples (after
the gateway's normalisation) would make `make eval` report a memorised answer as
understanding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.content.topics import ALL_TOPICS
from bot.conversation.normalize import normalize
from bot.settings import ROOT

SETS = ("eval", "dev")
LANGUAGES = ("en", "fr", "ar")


def _messages(name: str, language: str) -> list[dict[str, str]]:
    path = ROOT / "tests" / name / f"{language}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["language"] == language
    return data["messages"]


def _training_texts() -> set[str]:
    texts = set()
    for path in Path(ROOT / "nlu_data").glob("*/*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    texts.add(normalize(line.strip()[2:]))
    for path in Path(ROOT / "tests" / "conversation" / "safety_examples").glob("*.yml"):
        examples = yaml.safe_load(path.read_text(encoding="utf-8"))
        for messages in [*examples["emergency"].values(), examples["not_emergency"]]:
            texts.update(normalize(message) for message in messages)
    return texts


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_known_topic(name: str, language: str) -> None:
    unknown = {m["topic"] for m in _messages(name, language)} - set(ALL_TOPICS)
    assert not unknown


@pytest.mark.parametrize("name", SETS)
def test_no_message_is_in_the_training_data(name: str) -> None:
    training = _training_texts()
    leaked = [
        m["text"]
        for language in LANGUAGES
        for m in _messages(name, language)
        if normalize(m["text"]) in training
    ]
    assert leaked == []


def test_the_development_set_does_not_repeat_the_held_out_set() -> None:
    held_out = {normalize(m["text"]) for lang in LANGUAGES for m in _messages("eval", lang)}
    repeated = [
        m["text"]
        for lang in LANGUAGES
        for m in _messages("dev", lang)
        if normalize(m["text"]) in held_out
    ]
    assert repeated == []
