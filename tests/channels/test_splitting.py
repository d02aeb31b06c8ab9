"""Long answers reach users whole, in readable parts."""

from __future__ import annotations

import pytest

from bot.channels.splitting import split_text


def test_a_5000_character_answer_is_split_at_paragraphs_and_nothing_is_lost() -> None:
    paragraphs = [f"Paragraph {n}. " + "word " * 90 for n in range(12)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    assert len(text) > 5000
    parts = split_text(text, 4096)
    assert len(parts) == 2
    assert all(len(part) <= 4096 for part in parts)
    assert parts[1].startswith("Paragraph ")  # cut between paragraphs, not inside one
    assert "\n\n".join(parts) == text


def test_a_paragraph_longer_than_the_limit_is_cut_at_a_sentence_then_a_space() -> None:
    text = "One sentence here. Another one follows and it is long."
    assert split_text(text, 30) == ["One sentence here.", "Another one follows and it is", "long."]


def test_arabic_sentences_end_at_the_arabic_question_mark() -> None:
    assert split_text("هل القارب آمن؟ لا، ليس آمناً.", 16) == ["هل القارب آمن؟", "لا، ليس آمناً."]


def test_an_unbreakable_word_is_cut_hard_and_short_text_is_one_part() -> None:
    assert split_text("x" * 10, 4) == ["xxxx", "xxxx", "xx"]
    assert split_text("  short  ", 4096) == ["short"]
    assert split_text("", 4096) == []
    with pytest.raises(ValueError):
        split_text("text", 0)
