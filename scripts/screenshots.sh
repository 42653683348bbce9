#!/usr/bin/env bash
# Screenshots of the main pages at 360 px (a phone) and 1280 px (a laptop), first screen (800 px tall), light theme,
# plus the pay pages in dark, into docs/screenshots/. Runs the built site on a free loopback port with Debian's Chromium.
# Usage: bash scripts/screenshots.sh   (builds src/MaGuide.Web in Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
chromium=/usr/bin/chromium
[ -x "$chromium" ] || { echo "Chromium is not installed: run scripts/install-browser.sh --full" >&2; exit 1; }
dotnet build src/MaGuide.Web -c Release -nologo -v q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
store=$(mktemp -d)
ASPNETCORE_ENVIRONMENT=Production Store__Path="$store/maguide.db" \
  dotnet src/MaGuide.Web/bin/Release/net10.0/MaGuide.Web.dll --urls "http://127.0.0.1:$port" --Site:HttpsRedirection=false >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
mkdir -p "$out"
shot() { # name width path [extra chromium flag]
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars ${4:-} --window-size="$2,800" \
    --screenshot="$out/$1.png" "http://127.0.0.1:$port$3" >/dev/null 2>&1
}
for page in "home /" "salary /salary" "salary-states /salary/states" "salary-trend /salary/trend" "state-ca /states/ca" \
            "state-pair /states/tx/vs/wa" "salary-states-adjusted /salary/states?view=adjusted&sort=adjusted" \
            "scope-injections /scope/injections" "compare /compare" "sources /sources" \
            "training /training" "certifications /certifications"; do
  set -- $page
  shot "$1-360" 360 "$2"
  shot "$1-1280" 1280 "$2"
done
shot "salary-states-360-dark" 360 /salary/states --force-dark-mode
shot "salary-trend-360-dark" 360 /salary/trend --force-dark-mode
shot "state-pair-360-dark" 360 /states/tx/vs/wa --force-dark-mode
shot "state-pair-1280-dark" 1280 /states/tx/vs/wa --force-dark-mode
echo "Screenshots written to $out/"
