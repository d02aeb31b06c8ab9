#!/usr/bin/env bash
# Create a cached virtual environment: make-venv.sh DIR PYTHON_VERSION (--app | PIP_ARGS...)
#
# The environment is complete only when DIR/.complete exists, so an interrupted install is
# thrown away and redone instead of leaving a half-built cache behind.
set -euo pipefail

dir=$1
version=$2
shift 2

find_python() {
    local want=$1 candidate prefix pyenv
    # A bare python3.10 may be a pyenv shim that refuses to run: check it really starts.
    for candidate in "python$want" "/usr/bin/python$want" "/usr/local/bin/python$want"; do
        if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c '' >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    pyenv="${PYENV_ROOT:-$HOME/.pyenv}/bin/pyenv"
    [ -x "$pyenv" ] || pyenv=$(command -v pyenv || true)
    if [ -n "$pyenv" ] && prefix=$("$pyenv" prefix "$want" 2>/dev/null); then
        prefix=${prefix%%:*}
        if [ -x "$prefix/bin/python$want" ]; then
            echo "$prefix/bin/python$want"
            return 0
        fi
    fi
    return 1
}

if ! python=$(find_python "$version"); then
    echo "error: Python $version is needed but was not found." >&2
    echo "       Looked for python$version on PATH and for 'pyenv prefix $version'" >&2
    echo "       (pyenv in \$PYENV_ROOT/bin, default ~/.pyenv/bin)." >&2
    echo "       Install it, e.g. 'pyenv install $version', and run make again." >&2
    exit 1
fi

rm -rf "$dir"
mkdir -p "$(dirname "$dir")"
echo "Creating $dir with $python"
"$python" -m venv "$dir"
"$dir/bin/pip" install --quiet --upgrade "pip==26.3" "setuptools==70.3.0" "wheel==0.45.1"
if [ "${1:-}" = "--app" ]; then
    # The project itself is not installed (the cached environment outlives any one clone):
    # only its dependencies are, and PYTHONPATH points at the clone.
    "$dir/bin/python" - <<'EOF' > "$dir/requirements.txt"
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["test"]))
EOF
    "$dir/bin/pip" install --quiet -r "$dir/requirements.txt"
else
    "$dir/bin/pip" install --quiet "$@"
fi
touch "$dir/.complete"
