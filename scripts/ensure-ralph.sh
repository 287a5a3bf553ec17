#!/usr/bin/env bash
# ensure-ralph.sh — make sure <repo>/.venv holds the pinned Ralph LRS (ralph-malph with its LRS
# server and command line) and `requests`, which the xAPI tests start as a real learning record
# store (scripts/ralph-testserver.py). Runs after scripts/ensure-synapse-venv.sh made the venv.
# Idempotent: exits at once when the pinned version imports. Progress goes to stderr.
set -euo pipefail

RALPH_VERSION=5.1.0

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$root/.venv"
say() { echo "ensure-ralph: $*" >&2; }

ralph_ok() {
    [ -x "$venv/bin/python" ] && "$venv/bin/python" -c \
        "import sys, ralph.backends.lrs.fs, fastapi, uvicorn, requests, importlib.metadata as m; sys.exit(m.version('ralph-malph') != '$RALPH_VERSION')" >/dev/null 2>&1
}
ralph_ok && exit 0

if [ ! -x "$venv/bin/python" ]; then
    "$here/ensure-synapse-venv.sh"
fi
if command -v flock >/dev/null 2>&1; then
    exec 9>"${TMPDIR:-/tmp}/flowlearn-venv-$(printf '%s' "$root" | cksum | cut -d' ' -f1).lock"
    flock 9
    ralph_ok && exit 0
fi
say "installing ralph-malph[lrs,cli]==$RALPH_VERSION and requests from PyPI"
"$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q --prefer-binary \
    "ralph-malph[lrs,cli]==$RALPH_VERSION" requests >&2
if ! ralph_ok; then
    say "ralph-malph==$RALPH_VERSION installed but does not import:"
    "$venv/bin/python" -c "import ralph.backends.lrs.fs, fastapi, uvicorn" >&2 || true
    exit 1
fi
say "ralph $RALPH_VERSION ready in $venv"
