#!/usr/bin/env bash
# Installs the Nu Html Checker (vnu-jar, from npm) into tools/vnu and a Java runtime if there is none,
# for the HTML validity test (tests/MaGuide.Web.Tests/HtmlValidityTests.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v java >/dev/null; then
  sudo_cmd=""; if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq default-jre-headless >/dev/null
fi
if [ ! -f tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  npm install --prefix tools/vnu --no-audit --no-fund --silent vnu-jar@26.9.27 >/dev/null
fi
echo "HTML validator: $(ls tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar); $(java -version 2>&1 | head -1)"
