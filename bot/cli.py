"""`python -m bot ...`: set up, run, train, serve, chat, content import/export, evaluate."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import ROOT, get_settings


def _setup(_: argparse.Namespace) -> None:
    from bot.content.importer import import_directory
    from bot.content.models import Topic
    from bot.database import engine_for, session_scope
    from bot.launcher import ensure_secrets
    from bot.migrations import upgrade
    from bot.training.model import ensure_model

    settings = get_settings()
    ensure_secrets()
    upgrade(settings.database_url)
    with session_scope(engine_for(settings.database_url)) as session:
        if session.query(Topic).first() is None:
            topics = import_directory(session, ROOT / "content")
            print(f"Imported {len(topics)} content topics from content/.")
    model = ensure_model()
    print(f"Model ready: {model.name}")


def _train(_: argparse.Namespace) -> None:
    from bot.training.model import ensure_model

    print(f"Model ready: {ensure_model().name}")


def _run(_: argparse.Namespace) -> None:
    from bot.launcher import ensure_secrets, stack_environment

    settings = get_settings()
    env = stack_environment(settings, ensure_secrets())
    print(
        f"Starting the assistant. Web chat: http://{settings.gateway_host}:{settings.gateway_port}/"
        " "
        f"- JSON: POST http://{settings.gateway_host}:{settings.gateway_port}/api/chat "
        "(ready when /healthz answers 200, about a minute). Ctrl-C stops everything.",
        flush=True,
    )
    honcho = Path(sys.executable).parent / "honcho"
    os.execve(
        str(honcho), [str(honcho), "-f", str(ROOT / "Procfile"), "-d", str(ROOT), "start"], env
    )


def _serve(_: argparse.Namespace) -> None:
    import uvicorn

    from bot.gateway.app import create_app

    settings = get_settings()
    uvicorn.run(
        create_app(settings),
        host=settings.gateway_host,
        port=settings.gateway_port,
        access_log=False,
        log_config=None,
    )


def _content(args: argparse.Namespace) -> None:
    from bot.content.importer import ContentError, export_directory, import_directory
    from bot.database import engine_for, session_scope
    from bot.migrations import upgrade

    settings = get_settings()
    upgrade(settings.database_url)
    directory = Path(args.directory)
    try:
        with session_scope(engine_for(settings.database_url)) as session:
            if args.action == "import":
                topics = import_directory(session, directory)
            else:
                topics = export_directory(session, directory)
    except ContentError as exc:
        raise SystemExit(f"error: {exc}") from None
    print(f"{args.action}ed {len(topics)} topics ({directory})")


def _validate(_: argparse.Namespace) -> None:
    """Rasa's own checks: the training data and domain agree; test stories pass."""
    from bot.training.model import VAR_MODEL, rasa_environment, rasa_executable
    from bot.training.render import BUILD, render

    rasa = str(rasa_executable())
    data = render()
    env = rasa_environment()
    common = ["--domain", "domain.yml"]
    subprocess.run(
        [rasa, "data", "validate", "--data", str(data), *common, "--config", "config.yml"],
        check=True,
        cwd=ROOT,
        env=env,
    )
    subprocess.run(
        [rasa, "test", "core", "--stories", "tests/rasa", "--model", str(VAR_MODEL),
         "--fail-on-prediction-errors", "--out", str(BUILD / "results")],
        check=True, cwd=ROOT, env=env,
    )  # fmt: skip


def _chat(args: argparse.Namespace) -> None:
    from bot.evaluation import terminal_chat

    terminal_chat(args.url)


def _eval(args: argparse.Namespace) -> None:
    from bot.evaluation import evaluate

    evaluate(args.url, Path(args.set), cross_validation=args.cross_validation)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("setup", help="database, content, secrets, model").set_defaults(func=_setup)
    commands.add_parser("train", help="train the Rasa model if its inputs changed").set_defaults(
        func=_train
    )
    commands.add_parser("run", help="start Rasa, the action server and the gateway").set_defaults(
        func=_run
    )
    commands.add_parser("serve", help="the gateway alone").set_defaults(func=_serve)
    commands.add_parser("validate", help="rasa data validate + test stories").set_defaults(
        func=_validate
    )
    content = commands.add_parser("content", help="import or export content/ YAML")
    content.add_argument("action", choices=["import", "export"])
    content.add_argument("directory", nargs="?", default=str(ROOT / "content"))
    content.set_defaults(func=_content)
    url = f"http://127.0.0.1:{get_settings().gateway_port}"
    chat = commands.add_parser("chat", help="chat in the terminal with a running assistant")
    chat.add_argument("--url", default=url)
    chat.set_defaults(func=_chat)
    evaluation = commands.add_parser("eval", help="evaluate the held-out set through /api/chat")
    evaluation.add_argument("--url", default=url)
    evaluation.add_argument("--set", default=str(ROOT / "tests" / "eval"))
    evaluation.add_argument(
        "--cross-validation", action="store_true", help="also Rasa NLU cross-validation"
    )
    evaluation.set_defaults(func=_eval)
    args = parser.parse_args(argv)
    args.func(args)
