"""Render the training data Rasa trains on into build/, in the gateway's normal form.

Training data are written naturally in nlu_data/ (accents, Persian letters, stretched
letters...). Rasa must learn from text exactly as the gateway will send it, so every
example goes through bot.conversation.normalize, and the ``place`` lookup table and
synonyms are generated from CLDR names (bot/content/places.py).
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bot.content.places import place_names
from bot.conversation.normalize import normalize
from bot.i18n import SUPPORTED_LANGUAGES
from bot.settings import ROOT

SOURCE = ROOT / "nlu_data"
BUILD = ROOT / "build"
MODEL_INPUTS = ("domain.yml", "config.yml")


class TrainingDataError(ValueError):
    pass


def examples_in(block: str) -> list[str]:
    return [line[2:].strip() for line in block.splitlines() if line.strip().startswith("- ")]


def _block(examples: list[str]) -> str:
    return "".join(f"- {example}\n" for example in examples)


#: Intents whose examples get their place names annotated (see _annotate_places).
PLACE_INTENTS = ("ask_route",)


def _place_pattern() -> re.Pattern[str]:
    every = {name for names in place_names(SUPPORTED_LANGUAGES).values() for name in names}
    longest_first = sorted(every, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in longest_first) + r")\b")


def _annotate_places(text: str, pattern: re.Pattern[str]) -> str:
    """Mark place names as `place` entities: Rasa's RegexEntityExtractor only uses a lookup
    table whose entity appears annotated somewhere in the training data."""
    return pattern.sub(lambda m: f"[{m.group(1)}](place)", text)


def _render_nlu(path: Path, seen: dict[str, str], places: re.Pattern[str]) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for entry in data.get("nlu", []):
        if "intent" not in entry:
            raise TrainingDataError(f"{path}: only intents belong here (places are generated)")
        normalised: list[str] = []
        for example in examples_in(entry["examples"]):
            text = normalize(example)
            owner = seen.setdefault(text, entry["intent"])
            if not text:
                continue
            if owner != entry["intent"]:
                raise TrainingDataError(
                    f"{path}: {example!r} is an example of both {owner} and {entry['intent']}"
                )
            if entry["intent"] in PLACE_INTENTS:
                text = _annotate_places(text, places)
            if text not in normalised:
                normalised.append(text)
        entry["examples"] = _block(normalised)
    return data


def _places() -> dict[str, Any]:
    names = place_names(SUPPORTED_LANGUAGES)
    owner: dict[str, str] = {}
    for place, surface in names.items():
        for name in surface:
            if owner.setdefault(name, place) != place:
                raise TrainingDataError(f"place name {name!r} means {owner[name]} and {place}")
    everything = sorted(owner)
    return {
        "version": "3.1",
        "nlu": [
            {"lookup": "place", "examples": _block(everything)},
            *(
                {"synonym": place, "examples": _block(sorted(surface))}
                for place, surface in sorted(names.items())
            ),
        ],
    }


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    str,
    lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None),
)


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False))


def render(build: Path = BUILD) -> Path:
    """Write build/data (NLU per language, places, rules, stories); return that folder."""
    data_dir = build / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    seen: dict[str, str] = {}
    places = _place_pattern()
    counts: dict[str, int] = defaultdict(int)
    for language in SUPPORTED_LANGUAGES:
        for path in sorted((SOURCE / language).glob("*.yml")):
            rendered = _render_nlu(path, seen, places)
            for entry in rendered.get("nlu", []):
                counts[language] += len(examples_in(entry["examples"]))
            _write(data_dir / "nlu" / language / path.name, rendered)
    _write(data_dir / "nlu" / "places.yml", _places())
    for folder in ("rules", "stories"):
        for path in sorted((SOURCE / folder).glob("*.yml")):
            target = data_dir / folder / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return data_dir


def fingerprint(data_dir: Path) -> str:
    """Hash of everything a trained model depends on: rendered data, domain, config."""
    digest = hashlib.sha256()
    files = sorted(p for p in data_dir.rglob("*.yml")) + [ROOT / name for name in MODEL_INPUTS]
    for path in files:
        digest.update(
            str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).encode()
        )
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
