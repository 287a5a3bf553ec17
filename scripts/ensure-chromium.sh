#!/usr/bin/env bash
# ensure-chromium.sh — make sure Debian's headless-capable Chromium and a font it draws the
# report with are installed: the report tests render `flowlearn report` pages with it.
# As root it installs what is missing with apt-get; otherwise it prints the exact command.
# Idempotent and quiet when everything is there (`make test` runs it every time).
set -euo pipefail

packages=(chromium fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing ${missing[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "ensure-chromium: missing system packages: ${missing[*]}" >&2
    echo "ensure-chromium: install them with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
