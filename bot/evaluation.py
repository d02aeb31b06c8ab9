"""`make eval`: the held-out set through /api/chat, the path users take.

Prints topic accuracy per language and per topic, emergency recall, emergency false
alarms and the out-of-scope false-answer rate; writes build/eval/report.json. When
no assistant answers at --url, it starts one (the Procfile's processes) for the run.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import tempfile
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

from bot.settings import ROOT

CONCURRENCY = 4


@dataclass
class Case:
    language: str
    text: str
    expected: str
    got: str = ""


def load_set(directory: Path) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases += [Case(data["language"], m["text"], m["topic"]) for m in data["messages"]]
    return cases


async def _run_cases(url: str, cases: list[Case]) -> None:
    limit = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:

        async def one(case: Case) -> None:
            async with limit:
                answer = await client.post(
                    "/api/chat", json={"user_id": f"eval-{uuid.uuid4().hex}", "text": case.text}
                )
                answer.raise_for_status()
                case.got = answer.json()["topic"]

        await asyncio.gather(*(one(case) for case in cases))


def _rate(hits: int, total: int) -> str:
    return f"{100 * hits / total:5.1f}% ({hits}/{total})" if total else "   n/a"


def report(cases: list[Case]) -> dict[str, object]:
    by_language: dict[str, list[Case]] = defaultdict(list)
    by_topic: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        by_language[case.language].append(case)
        by_topic[case.expected].append(case)
    emergencies = [c for c in cases if c.expected.startswith("emergency.")]
    others = [c for c in cases if not c.expected.startswith("emergency.")]
    out_of_scope = [c for c in cases if c.expected == "meta.out_of_scope"]
    result = {
        "accuracy": {
            lang: sum(c.got == c.expected for c in group) / len(group)
            for lang, group in sorted(by_language.items())
        },
        "emergency_recall": sum(c.got.startswith("emergency.") for c in emergencies)
        / max(len(emergencies), 1),
        "emergency_false_alarms": sum(c.got.startswith("emergency.") for c in others)
        / max(len(others), 1),
        "out_of_scope_false_answers": sum(not c.got.startswith("meta.") for c in out_of_scope)
        / max(len(out_of_scope), 1),
        "per_topic": {
            topic: sum(c.got == c.expected for c in group) / len(group)
            for topic, group in sorted(by_topic.items())
        },
        "errors": [
            {"language": c.language, "text": c.text, "expected": c.expected, "got": c.got}
            for c in cases
            if c.got != c.expected
        ],
    }
    print("\nTopic accuracy per language")
    for lang, group in sorted(by_language.items()):
        print(f"  {lang}: {_rate(sum(c.got == c.expected for c in group), len(group))}")
    print("\nTopic accuracy per topic")
    for topic, group in sorted(by_topic.items()):
        print(f"  {topic:28} {_rate(sum(c.got == c.expected for c in group), len(group))}")
    alarms = sum(c.got.startswith("emergency.") for c in others)
    answered = sum(not c.got.startswith("meta.") for c in out_of_scope)
    recalled = sum(c.got.startswith("emergency.") for c in emergencies)
    print(f"\nEmergency recall:           {_rate(recalled, len(emergencies))}")
    print(f"Emergency false alarms:     {_rate(alarms, len(others))}")
    print(f"Out-of-scope false answers: {_rate(answered, len(out_of_scope))}")
    return result


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


def evaluate(url: str, directory: Path, *, cross_validation: bool = False) -> dict[str, object]:
    cases = load_set(directory)
    if _healthy(url):
        asyncio.run(_run_cases(url, cases))
    else:
        from bot.content.importer import import_directory
        from bot.database import engine_for, session_scope
        from bot.launcher import Stack, ensure_secrets
        from bot.migrations import upgrade
        from bot.settings import Settings

        print(f"No assistant answers at {url}: starting one for this evaluation.", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                database_url=f"sqlite:///{tmp}/bot.db",
                tracker_database_url=f"sqlite:///{tmp}/tracker.db",
                rasa_url="http://127.0.0.1:5105",
                actions_port=5155,
                gateway_port=8100,
            )
            upgrade(settings.database_url)
            with session_scope(engine_for(settings.database_url)) as session:
                import_directory(session, ROOT / "content")
            with Stack(settings, ensure_secrets(), Path(tmp) / "logs"):
                asyncio.run(_run_cases("http://127.0.0.1:8100", cases))
    result = report(cases)
    out = ROOT / "build" / "eval"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(result, ensure_ascii=False, indent=2))
    print(f"\nReport: {out / 'report.json'}")
    if cross_validation:
        _nlu_cross_validation(out / "nlu-cross-validation")
    return result


def _nlu_cross_validation(out: Path) -> None:
    """Rasa's NLU-only view (training data, not the held-out set)."""
    from bot.training.model import rasa_environment, rasa_executable
    from bot.training.render import render

    data = render()
    subprocess.run(
        [str(rasa_executable()), "test", "nlu", "--nlu", str(data / "nlu"),
         "--config", "config.yml",
         "--cross-validation", "--folds", "3", "--out", str(out)],
        check=True, cwd=ROOT, env=rasa_environment(),
    )  # fmt: skip
    print(f"NLU cross-validation reports: {out}")


def terminal_chat(url: str) -> None:
    """A terminal chat with a running assistant (buttons shown with their payloads)."""
    user = f"terminal-{uuid.uuid4().hex[:8]}"
    print("Type a message (or a button payload shown in [brackets]); Ctrl-D to quit.")
    with httpx.Client(base_url=url, timeout=60) as client:
        while True:
            try:
                text = input("> ").strip()
            except EOFError:
                print()
                return
            if not text:
                continue
            answer = client.post("/api/chat", json={"user_id": user, "text": text})
            if answer.status_code != 200:
                print(f"! {answer.status_code}: {answer.text}")
                continue
            reply = answer.json()
            for message in reply["messages"]:
                print(message["text"])
                for b in message["buttons"]:
                    print(f"  [{b['payload']}] {b['title']}")
            print(f"  ({reply['topic']}, {reply['language']})")
