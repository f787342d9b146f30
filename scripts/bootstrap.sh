#!/usr/bin/env bash
# Sets up a fresh Debian machine: system packages (when missing), then .venv with parlbrief.
#   bootstrap.sh          what demo and tests need
#   bootstrap.sh bench    plus the benchmarks' competitors (ocrmypdf with unpaper and ghostscript, spell checkers)
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(tesseract-ocr tesseract-ocr-deu wngerman hunspell-de-de hunspell poppler-utils fonts-liberation fonts-dejavu-core fonts-crosextra-carlito fonts-crosextra-caladea chromium)
EXTRAS="dev"
if [ "${1:-}" = "bench" ]; then
    DEBIAN_PACKAGES+=(unpaper ghostscript)
    EXTRAS="dev,bench"
fi

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[$EXTRAS]"
