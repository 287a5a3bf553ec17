#!/usr/bin/env bash
# ensure-synapse-venv.sh — make sure <repo>/.venv holds the pinned Synapse the test suite runs, and
# the end-to-end encrypting chat client the encryption tests talk to the bot with (matrix-nio[e2e]
# with python-olm; scripts/e2ee-chat-client.py).
#
# Usage:   scripts/ensure-synapse-venv.sh            (from any directory; `make venv` runs it)
# Env:     PYTHON=python3.11   interpreter used to create the venv (default: python3, needs >= 3.10)
#
# Idempotent: when `.venv/bin/python -c 'import synapse'` works and reports SYNAPSE_VERSION, and
# nio and olm import at NIO_VERSION, it exits 0 in ~0.5 s without touching anything. Otherwise it
# creates .venv/ (python3 -m venv) and pip-installs matrix-synapse==SYNAPSE_VERSION and
# matrix-nio[e2e]==NIO_VERSION from PyPI, binary wheels only (every dependency, python-olm
# included, has a manylinux wheel for CPython 3.10+ on x86_64, so no compiler or -dev packages
# are needed; a fresh install takes ~40 s). Without a python-olm wheel it builds it from source
# against libolm-dev. Missing system packages (python3-venv; build tools if a
# wheel were ever missing) are installed with apt-get when root, otherwise the exact command is
# printed and the script exits 1. Progress goes to stderr; stdout stays empty.
# Then start test servers with:  .venv/bin/python scripts/synapse-testserver.py start --dir DIR
set -euo pipefail

# Newest release at the time of pinning that installs from wheels on CPython 3.11 (needs >= 3.10).
SYNAPSE_VERSION=1.163.2
# The last matrix-nio whose [e2e] extra is python-olm (libolm's own Python binding); 0.26 moved to vodozemac.
NIO_VERSION=0.25.2

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$root/.venv"
py="${PYTHON:-python3}"

say() { echo "ensure-synapse-venv: $*" >&2; }

# Synapse computes synapse.__version__ by running `git describe --dirty` etc. in its package dir,
# which is inside this repo (and may refresh .git/index); SYNAPSE_VERSION_STRING short-circuits that.
synapse_ok() {
    [ -x "$venv/bin/python" ] &&
        SYNAPSE_VERSION_STRING="$SYNAPSE_VERSION" GIT_OPTIONAL_LOCKS=0 "$venv/bin/python" -c \
            "import sys, synapse, importlib.metadata as m; sys.exit(m.version('matrix-synapse') != '$SYNAPSE_VERSION')" \
            >/dev/null 2>&1
}

nio_ok() {
    [ -x "$venv/bin/python" ] &&
        "$venv/bin/python" -c \
            "import sys, nio, olm, importlib.metadata as m; sys.exit(m.version('matrix-nio') != '$NIO_VERSION')" \
            >/dev/null 2>&1
}

# Fast path: nothing to do.
if synapse_ok && nio_ok; then
    exit 0
fi

# Serialise concurrent runs (e.g. two `make test` at once) on a lock outside the repo.
if command -v flock >/dev/null 2>&1; then
    lock="${TMPDIR:-/tmp}/flowlearn-venv-$(printf '%s' "$root" | cksum | cut -d' ' -f1).lock"
    exec 9>"$lock"
    flock 9
    if synapse_ok && nio_ok; then exit 0; fi   # another run finished it while we waited
fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# apt_need PKG...: install those not yet installed when root (never upgrading installed ones),
# otherwise print the command and exit 1.
apt_need() {
    local p missing=()
    for p in "$@"; do installed "$p" || missing+=("$p"); done
    set -- "${missing[@]}"
    [ $# -gt 0 ] || return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "installing $* with apt-get"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-upgrade "$@" >/dev/null
    else
        say "missing system packages: $*"
        say "install them with:  sudo apt-get install -y $*"
        exit 1
    fi
}

if ! command -v "$py" >/dev/null 2>&1; then
    say "$py not found; install Python 3.10+ (sudo apt-get install -y python3 python3-venv) or set PYTHON="
    exit 1
fi
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
    say "Synapse $SYNAPSE_VERSION needs Python >= 3.10; $py is $("$py" -V 2>&1). Set PYTHON=python3.11"
    exit 1
fi
# Debian/Ubuntu split venv/ensurepip into python3-venv (python3.X-venv on some releases).
if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    pyver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if [ "$(command -v "$py")" != "/usr/bin/python$pyver" ] && [ "$(command -v "$py")" != /usr/bin/python3 ]; then
        say "$(command -v "$py") (not Debian's python) has no venv/ensurepip; rebuild it or set PYTHON=/usr/bin/python3"
        exit 1
    fi
    apt_need python3-venv "python$pyver-venv"
    if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        say "$py still cannot import venv/ensurepip after installing python3-venv python$pyver-venv"
        exit 1
    fi
fi

start=$(date +%s)

# A venv whose interpreter no longer runs (Python upgraded/removed, half-finished create) is rebuilt.
if [ -e "$venv" ] && ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -m pip --version >/dev/null 2>&1; }; then
    say "removing the broken venv $venv"
    rm -rf "$venv"
fi
if [ ! -e "$venv" ]; then
    say "creating $venv with $("$py" -V 2>&1)"
    "$py" -m venv "$venv"
fi

pip=("$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q)
if ! nio_ok; then
    say "installing matrix-nio[e2e]==$NIO_VERSION (with python-olm) from PyPI (wheels only)"
    if ! "${pip[@]}" --only-binary=:all: "matrix-nio[e2e]==$NIO_VERSION" >&2; then
        say "no wheel for python-olm here; building it against libolm-dev"
        apt_need build-essential python3-dev libffi-dev libolm-dev pkg-config cmake
        "${pip[@]}" --prefer-binary "matrix-nio[e2e]==$NIO_VERSION" >&2
    fi
fi
if synapse_ok; then
    say "matrix-nio $NIO_VERSION ready in $venv ($(( $(date +%s) - start )) s)"
    exit 0
fi
say "installing matrix-synapse==$SYNAPSE_VERSION from PyPI (wheels only)"
if ! "${pip[@]}" --only-binary=:all: "matrix-synapse==$SYNAPSE_VERSION" >&2; then
    # Not expected on x86_64/aarch64 glibc: some dependency has no wheel here, so allow building
    # from source with the C toolchain and headers (Synapse's own Rust module would also need a
    # recent Rust from rustup — Debian's rustc is too old — but it ships abi3 wheels).
    say "a binary-only install failed; retrying with source builds allowed"
    apt_need build-essential python3-dev libffi-dev libssl-dev pkg-config
    "${pip[@]}" --prefer-binary "matrix-synapse==$SYNAPSE_VERSION" >&2
fi

if ! synapse_ok; then
    say "matrix-synapse==$SYNAPSE_VERSION installed but '$venv/bin/python -c \"import synapse\"' fails"
    SYNAPSE_VERSION_STRING="$SYNAPSE_VERSION" "$venv/bin/python" -c 'import synapse' >&2 || true
    exit 1
fi
if ! nio_ok; then
    say "matrix-nio[e2e]==$NIO_VERSION installed but '$venv/bin/python -c \"import nio, olm\"' fails"
    "$venv/bin/python" -c 'import nio, olm' >&2 || true
    exit 1
fi
say "synapse $SYNAPSE_VERSION and matrix-nio $NIO_VERSION ready in $venv ($(( $(date +%s) - start )) s)"
