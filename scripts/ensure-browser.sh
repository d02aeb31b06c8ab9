#!/usr/bin/env bash
# The web chat's browser test drives a real Chromium. Install Debian's package when it is
# missing and we may (root with apt); otherwise say exactly what to do.
set -euo pipefail

browser=${BROWSER_PATH:-}
for candidate in "$browser" chromium chromium-browser google-chrome; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1; then
        exit 0
    fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the web chat's browser test (Debian package 'chromium')"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q chromium >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
    exit 0
fi

echo "error: the browser test needs Chromium. Install it (Debian/Ubuntu: 'sudo apt-get install" >&2
echo "       chromium') or set BROWSER_PATH to a Chromium or Chrome executable." >&2
exit 1
