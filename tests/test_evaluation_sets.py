"""The held-out and development sets stay usable: valid labels, and never trained on.

A message that also sits in the training data or in the safety net's own examples (after
the gateway's normalisation) would make `make eval` report a memorised answer as
understanding.
"""

from __future__ import annotations

import pytest
import yaml

from bot.content.topics import ALL_TOPICS
from bot.conversation.normalize import normalize
from bot.evaluation import Case, load_set
from bot.settings import ROOT
from bot.training.render import examples_in

SETS = ("eval", "dev")
LANGUAGES = ("en", "fr", "ar")


def _cases(name: str) -> list[Case]:
    cases = load_set(ROOT / "tests" / name)
    assert {case.language for case in cases} == set(LANGUAGES)
    return cases


def _training_texts() -> set[str]:
    texts = set()
    for path in (ROOT / "nlu_data").glob("*/*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            texts.update(normalize(example) for example in examples_in(block.get("examples", "")))
    for path in (ROOT / "tests" / "conversation" / "safety_examples").glob("*.yml"):
        examples = yaml.safe_load(path.read_text(encoding="utf-8"))
        for messages in [*examples["emergency"].values(), examples["not_emergency"]]:
            texts.update(normalize(message) for message in messages)
    return texts


@pytest.mark.parametrize("name", SETS)
def test_each_file_says_the_language_it_is_named_after(name: str) -> None:
    for path in (ROOT / "tests" / name).glob("*.yml"):
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["language"] == path.stem


@pytest.mark.parametrize("name", SETS)
def test_every_message_has_a_known_topic(name: str) -> None:
    unknown = {case.expected for case in _cases(name)} - set(ALL_TOPICS)
    assert not unknown


@pytest.mark.parametrize("name", SETS)
def test_no_message_is_in_the_training_data(name: str) -> None:
    training = _training_texts()
    leaked = [case.text for case in _cases(name) if normalize(case.text) in training]
    assert leaked == []


def test_the_development_set_does_not_repeat_the_held_out_set() -> None:
    held_out = {normalize(case.text) for case in _cases("eval")}
    repeated = [case.text for case in _cases("dev") if normalize(case.text) in held_out]
    assert repeated == []
