#!/usr/bin/env bash
# Installs Debian's Chromium headless shell for the browser tests (tests/MaGuide.Browser.Tests), which drive
# /usr/bin/chromium-headless-shell (the full /usr/bin/chromium when only it is installed). Playwright's own browser
# download is not used. The full browser is only needed for scripts/screenshots.sh: pass --full to install it too.
set -euo pipefail
packages=()
[ -x /usr/bin/chromium-headless-shell ] || packages+=(chromium-headless-shell)
if [ "${1:-}" = "--full" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if [ ${#packages[@]} -eq 0 ]; then
  echo "Chromium is already installed: $(/usr/bin/chromium-headless-shell --version 2>/dev/null || echo /usr/bin/chromium-headless-shell)"
  exit 0
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${packages[@]}" fonts-dejavu-core >/dev/null
echo "Installed: $(/usr/bin/chromium-headless-shell --version 2>/dev/null)"
