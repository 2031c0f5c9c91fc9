#!/usr/bin/env bash
# Make sure Debian's headless Chromium and its driver are installed (for the page tests).
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "browser.sh: installing chromium and chromium-driver from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
