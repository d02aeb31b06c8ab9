"""The setup a newcomer runs: a missing Python says so clearly, and leaves no broken cache."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bot.settings import ROOT


def test_a_missing_python_fails_with_a_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "venv"
    result = subprocess.run(
        [str(ROOT / "scripts" / "make-venv.sh"), str(target), "3.99", "--app"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYENV_ROOT": str(tmp_path / "no-pyenv"), "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "Python 3.99 is needed but was not found" in result.stderr
    assert "pyenv install 3.99" in result.stderr
    assert not (target / ".complete").exists()
