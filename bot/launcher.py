"""Starting the three processes of the assistant together, from the Procfile.

`python -m bot run` and the tests both start what the Procfile says, with the
environment built here, so what runs in tests is what a newcomer runs.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from honcho.environ import parse_procfile

from bot.settings import ROOT, Settings
from bot.training.model import VAR_MODEL, rasa_environment, rasa_executable

SECRETS = {"BOT_PSEUDONYM_KEY": "pseudonym.key", "RASA_TOKEN": "rasa.token"}


def ensure_secrets(var: Path = ROOT / "var") -> dict[str, str]:
    """Secrets from the environment, or random ones kept in var/ (never committed).

    Production sets them; the embedded default creates them on first start and keeps
    them, so pseudonyms (and so conversations) survive restarts.
    """
    values = {}
    for name, filename in SECRETS.items():
        value = os.environ.get(name)
        if not value:
            path = var / filename
            if not path.exists():
                var.mkdir(parents=True, exist_ok=True)
                path.write_text(secrets.token_hex(32))
                path.chmod(0o600)
            value = path.read_text().strip()
        values[name] = value
    return values


def stack_environment(
    settings: Settings, secret_values: dict[str, str], model: Path = VAR_MODEL
) -> dict[str, str]:
    rasa_port = urlsplit(settings.rasa_url).port or 5005
    bin_dir = str(Path(sys.executable).parent)
    return {
        **rasa_environment(),
        **_settings_env(settings),
        **secret_values,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        "BOT_MODEL": str(model),
        "RASA_PORT": str(rasa_port),
        "RASA_URL": settings.rasa_url,
        "ACTIONS_PORT": str(settings.actions_port),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{settings.actions_port}/webhook",
        "SANIC_HOST": "127.0.0.1",
        "DATABASE_URL": settings.database_url,
        "TRACKER_DATABASE_URL": settings.tracker_database_url,
        "GATEWAY_PORT": str(settings.gateway_port),
        "GATEWAY_HOST": settings.gateway_host,
    }


def procfile() -> dict[str, str]:
    """Process name -> shell command, as the Procfile says."""
    parsed = parse_procfile((ROOT / "Procfile").read_text())
    return dict(parsed.processes)


class Stack:
    """The three processes of the Procfile, started together and stopped together.

    Used by the tests and by `make eval` when no assistant is running; output goes to
    one log file per process under `log_dir`, so tests can read what was logged.
    """

    def __init__(
        self,
        settings: Settings,
        secret_values: dict[str, str],
        log_dir: Path,
        model: Path = VAR_MODEL,
        only: tuple[str, ...] = (),
    ) -> None:
        self.settings = settings
        self.env = stack_environment(settings, secret_values, model)
        self.log_dir = log_dir
        #: A subset of the Procfile, e.g. a second gateway in front of running Rasa servers.
        self.only = only
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def start(self) -> None:
        rasa_executable()  # fail with a clear message, not "rasa: not found"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for name, command in procfile().items():
            if self.only and name not in self.only:
                continue
            with (self.log_dir / f"{name}.log").open("ab") as log:
                self.processes[name] = subprocess.Popen(
                    command, shell=True, cwd=ROOT, env=self.env,
                    stdout=log, stderr=subprocess.STDOUT,
                    start_new_session=True,
                )  # fmt: skip

    def wait_healthy(self, timeout: float = 240.0) -> None:
        """Poll /healthz until every part answers; fail early if a process dies."""
        url = f"http://127.0.0.1:{self.settings.gateway_port}/healthz"
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    tail = (self.log_dir / f"{name}.log").read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"{name} exited with {process.returncode}:\n{tail}")
            try:
                answer = httpx.get(url, timeout=3)
                if answer.status_code == 200:
                    return
                last = answer.text
            except httpx.HTTPError as exc:
                last = type(exc).__name__
            time.sleep(0.5)  # polling a health endpoint, not synchronising on time
        raise TimeoutError(f"the assistant did not become healthy in {timeout:.0f} s: {last}")

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def __enter__(self) -> Stack:
        self.start()
        try:
            self.wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _settings_env(settings: Settings) -> dict[str, str]:
    """Every setting as the environment variable that sets it, for the child processes."""
    return {
        name.upper(): str(value) for name, value in settings.model_dump().items() if value != ""
    }
