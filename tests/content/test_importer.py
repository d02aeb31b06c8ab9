"""content/ YAML <-> database: lossless, and the seed content is complete and sourced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from bot.content.importer import ContentError, export_directory, import_directory, parse_file
from bot.content.topics import CONTENT_TOPICS
from bot.database import session_scope
from bot.settings import ROOT

CONTENT = ROOT / "content"
FACTS = ROOT.parent / "shared" / "facts.md"


def _load(directory: Path) -> dict[str, dict]:
    return {p.stem: yaml.safe_load(p.read_text()) for p in sorted(directory.glob("*.yml"))}


def test_import_then_export_round_trips_losslessly(content_engine: Engine, tmp_path: Path) -> None:
    with session_scope(content_engine) as session:
        export_directory(session, tmp_path / "once")
    assert _load(tmp_path / "once") == _load(CONTENT)
    with session_scope(content_engine) as session:
        import_directory(session, tmp_path / "once")
    with session_scope(content_engine) as session:
        export_directory(session, tmp_path / "twice")
    for path in (tmp_path / "once").glob("*.yml"):
        assert (tmp_path / "twice" / path.name).read_text() == path.read_text()


def test_changing_a_text_keeps_the_old_version(content_engine: Engine, tmp_path: Path) -> None:
    from bot.content.models import Item

    data = yaml.safe_load((CONTENT / "myth.safe_boat.yml").read_text())
    old = data["items"][0]["text"]
    data["items"][0]["text"] = "A new text."
    (tmp_path / "myth.safe_boat.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
    with session_scope(content_engine) as session:
        import_directory(session, tmp_path)
    with session_scope(content_engine) as session:
        item = session.query(Item).filter_by(topic_id="myth.safe_boat", language="en").one()
        assert item.text == "A new text."
        assert [v.text for v in item.history] == [old]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("topic: route.nowhere\n", "unknown topic id"),
        ("- just a list\n", "expected a mapping"),
        ("topic: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "route.nowhere.yml"
    path.write_text(content)
    with pytest.raises(ContentError, match=message):
        parse_file(path)


def test_every_content_topic_has_a_published_item_in_en_fr_ar() -> None:
    files = _load(CONTENT)
    assert sorted(files) == sorted(CONTENT_TOPICS)
    for topic, data in files.items():
        languages = {i["language"] for i in data["items"] if i["status"] == "published"}
        assert {"en", "fr", "ar"} <= languages, topic
        for item in data["items"]:
            assert len(item["title"]) <= 20, (topic, item["language"], item["title"])
            assert item["review"] == "unreviewed"  # seed content waits for an editor
        assert data["sources"], f"{topic} has no source"


def test_sources_are_facts_that_may_be_published() -> None:
    facts = FACTS.read_text() if FACTS.exists() else ""
    if not facts:
        pytest.fail("shared/facts.md is missing beside the project")
    numbers = {int(n) for n in re.findall(r"^(\d+)\. ", facts, flags=re.M)}
    unverified = {
        int(m.group(1))
        for m in re.finditer(r"^(\d+)\. (.*)$", facts, flags=re.M)
        if "[unverified]" in m.group(2) and "[P]" not in m.group(2) and "[S]" not in m.group(2)
    }
    for topic, data in _load(CONTENT).items():
        for source in data["sources"]:
            assert source["fact"] in numbers, (topic, source["fact"])
            assert source["fact"] not in unverified, (topic, source["fact"])
            assert source["url"].startswith("http"), topic


def test_international_numbers_are_only_the_sourced_one() -> None:
    """facts.md gives one international number (the Alarm Phone); 112 and 116 000 are short."""
    for topic, data in _load(CONTENT).items():
        for item in data["items"]:
            for text in (item["text"], item.get("details") or ""):
                for number in re.findall(r"\+\d[\d \-]{5,}\d", text):
                    assert re.sub(r"[ \-]", "", number) == "+33486517161", (topic, number)
