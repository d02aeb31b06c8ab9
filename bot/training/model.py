"""Train the Rasa model only when its inputs changed; keep models in a cache outside the clone."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bot.settings import ROOT
from bot.training.render import fingerprint, render

VAR_MODEL = ROOT / "var" / "model.tar.gz"


def rasa_executable() -> Path:
    home = os.environ.get("RASA_HOME")
    if not home or not (Path(home) / "bin" / "rasa").exists():
        raise SystemExit(
            "RASA_HOME must point at the Rasa virtual environment (make does this for you: "
            "run `make train`, `make run` or `make test`)."
        )
    return Path(home) / "bin" / "rasa"


def rasa_environment() -> dict[str, str]:
    return {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    }


def model_cache() -> Path:
    default = (
        Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "safe-migration" / "models"
    )
    return Path(os.environ.get("BOT_MODEL_CACHE", default))


def ensure_model() -> Path:
    """Render the data, train unless a model of this fingerprint exists, link var/model.tar.gz."""
    data = render()
    key = fingerprint(data)
    cache = model_cache()
    model = cache / f"{key}.tar.gz"
    if not model.exists():
        print(f"Training the Rasa model {key} (about five minutes)...", flush=True)
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                str(rasa_executable()), "train",
                "--data", str(data),
                "--domain", str(ROOT / "domain.yml"),
                "--config", str(ROOT / "config.yml"),
                "--out", str(cache),
                "--fixed-model-name", key,
            ],
            check=True,
            cwd=ROOT,
            env=rasa_environment(),
        )  # fmt: skip
    VAR_MODEL.parent.mkdir(parents=True, exist_ok=True)
    VAR_MODEL.unlink(missing_ok=True)
    VAR_MODEL.symlink_to(model)
    return model
