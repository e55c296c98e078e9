#!/usr/bin/env bash
# The playground's browser test drives Debian's Chromium (no browser download through npm).
# Installs it when it is missing, so `npm test` works on a fresh Debian machine; elsewhere,
# install Chromium yourself and point CHROMIUM_PATH at it.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no Chromium at $CHROMIUM and no apt-get to install it: install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing Debian's chromium for the browser test"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
