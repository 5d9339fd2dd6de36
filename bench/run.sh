#!/usr/bin/env bash
# Folio benchmark, one command: bench/run.sh small|medium [run.py options]
# Makes bench/.venv, installs the tools it compares against (skipping any that
# cannot be had), generates the corpus if needed, builds folio and folio-bench
# in release mode, runs everything and writes bench/out/.
set -euo pipefail
size="${1:-}"
case "$size" in small|medium) shift ;; *) echo "usage: bench/run.sh small|medium [run.py options]" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
apt_install() {  # apt_install PACKAGE COMMAND
    command -v "$2" >/dev/null 2>&1 && return 0
    echo "installing $1 with apt-get ..." >&2
    { as_root apt-get update -qq && as_root apt-get install -y -qq "$1"; } >/dev/null 2>&1 \
        || echo "could not install $1 (not root, or no package source); continuing without it" >&2
}
apt_install ripgrep rg
[ -x /usr/bin/time ] || apt_install time /usr/bin/time

if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
fi
bench/.venv/bin/pip install -q --disable-pip-version-check jieba==0.42.1
# The comparison tools are optional: the runner skips (and says why) what is missing.
bench/.venv/bin/pip install -q --disable-pip-version-check sqlite-utils \
    || echo "could not install sqlite-utils; it will be skipped" >&2
bench/.venv/bin/pip install -q --disable-pip-version-check tantivy \
    || echo "could not install tantivy; it will be skipped" >&2

# The Swift runtime and Foundation linked in: a folio process starts in about
# 4.5 ms instead of 10 (no 20 shared libraries to map), most of a one-off
# search; the binary is 92 MB instead of 21 (README, Performance).
swift build -c release --static-swift-stdlib --product folio
swift build -c release --static-swift-stdlib --product folio-bench

exec bench/.venv/bin/python bench/run.py "$size" "$@"
