import datetime as dt

import pytest

from bot.privacy.pseudonyms import rotating_pseudonym, stable_pseudonym


def test_stable_pseudonym_is_keyed_and_hides_the_id() -> None:
    one = stable_pseudonym("key-1", "telegram", "123456")
    assert one == stable_pseudonym("key-1", "telegram", "123456")
    assert one != stable_pseudonym("key-2", "telegram", "123456")
    assert one != stable_pseudonym("key-1", "whatsapp", "123456")
    assert "123456" not in one


def test_rotating_pseudonym_changes_between_periods() -> None:
    day = dt.date(2026, 11, 28)
    same = rotating_pseudonym("k", "web", "u", day=day)
    assert same == rotating_pseudonym("k", "web", "u", day=day + dt.timedelta(days=0))
    assert same != rotating_pseudonym("k", "web", "u", day=day + dt.timedelta(days=60))
    assert same != stable_pseudonym("k", "web", "u")


def test_no_key_is_an_error_not_a_weak_pseudonym() -> None:
    with pytest.raises(ValueError):
        stable_pseudonym("", "web", "u")
