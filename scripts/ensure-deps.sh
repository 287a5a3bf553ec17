#!/usr/bin/env bash
# Makes sure the system packages Flowlearn builds against and reads are installed:
# libcurl (OpenSSL flavour), SQLite and libolm (Matrix end-to-end encryption) development files,
# and pkg-config to find them; the Snowball stemmers and zlib; and the FreeDict Dutch<->English
# dictionaries the matcher reads at start (GPL data: read where Debian installs them, never
# copied into the repo or the binary).
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
set -euo pipefail

packages=(libcurl4-openssl-dev libsqlite3-dev libolm-dev pkg-config libstemmer-dev zlib1g-dev dict-freedict-nld-eng dict-freedict-eng-nld)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ! command -v swift >/dev/null 2>&1; then
    if [ -x /opt/swift/usr/bin/swift ]; then
        echo "ensure-deps: swift is at /opt/swift/usr/bin but not on PATH; the Makefile adds it" >&2
    else
        echo "ensure-deps: the Swift toolchain (6.0 or later) is not installed; see https://www.swift.org/install/linux/" >&2
        exit 1
    fi
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    echo "ensure-deps: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${missing[@]}" >&2
else
    echo "ensure-deps: missing system packages: ${missing[*]}" >&2
    echo "ensure-deps: install them with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
