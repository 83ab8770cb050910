#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/e2e/dashboard.test.ts) when it is missing.
# A small CJK font (WenQuanYi Micro Hei) comes along so Chinese text renders in screenshots.
# Needs apt-get and root (or passwordless sudo). Never downloads a browser through npm.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "chromium: already installed ($("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM"))"
  exit 0
fi

if [ ! -x "$(command -v apt-get || true)" ]; then
  echo "chromium: $CHROMIUM is missing and apt-get is not available; install Debian's chromium package by hand." >&2
  exit 2
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "chromium: $CHROMIUM is missing; installing it needs root (run: apt-get update && apt-get install -y chromium)." >&2
    exit 2
  fi
fi

started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null
echo "chromium: installed $("$CHROMIUM" --version) in $(( $(date +%s) - started )) s"
