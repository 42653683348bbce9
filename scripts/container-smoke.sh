#!/usr/bin/env bash
# Builds the container image and smoke-tests it (docs/deploy.md) when a container tool and the base images are
# available; otherwise prints one line saying why it skipped and exits 0. Never waits long: each probe has a timeout.
# Usage: scripts/container-smoke.sh   (CI runs it; CONTAINER_TOOL=podman|docker picks the tool)
set -uo pipefail
cd "$(dirname "$0")/.."
sdk=mcr.microsoft.com/dotnet/sdk:10.0
runtime=mcr.microsoft.com/dotnet/aspnet:10.0

tool=""
for candidate in ${CONTAINER_TOOL:-podman docker}; do
  if command -v "$candidate" >/dev/null && timeout 10 "$candidate" info >/dev/null 2>&1; then tool=$candidate; break; fi
done
if [ -z "$tool" ]; then
  echo "container: skipped: no podman, and no docker with a running daemon (docker info failed or timed out)"
  exit 0
fi
for image in "$sdk" "$runtime"; do
  if ! "$tool" image inspect "$image" >/dev/null 2>&1 && ! timeout 30 "$tool" pull -q "$image" >/dev/null 2>&1; then
    echo "container: skipped: $tool cannot pull $image here (no access to the registry within 30 s)"
    exit 0
  fi
done

tag=maguide:ci-$$
name=maguide-ci-$$
cleanup() { "$tool" rm -f "$name" >/dev/null 2>&1; "$tool" rmi -f "$tag" >/dev/null 2>&1; }
trap cleanup EXIT
echo "container: building $tag with $tool ..."
if ! timeout 480 "$tool" build -q -t "$tag" . >/dev/null; then echo "container: FAILED: image build"; exit 1; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
# As compose.yaml runs it: read-only root, a tmpfs /tmp, no capabilities, production settings.
"$tool" run -d --name "$name" --read-only --tmpfs /tmp --cap-drop ALL -p "127.0.0.1:$port:8080" \
  -e Site__BaseUrl=https://maguide.example -e "AllowedHosts=maguide.example;localhost" -e Site__HttpsRedirection=true \
  "$tag" >/dev/null || { echo "container: FAILED: run"; exit 1; }
ok=""
for _ in $(seq 1 60); do curl -fs -o /dev/null -H "Host: localhost" "http://127.0.0.1:$port/healthz" && { ok=1; break; }; sleep 1; done
[ -n "$ok" ] || { echo "container: FAILED: /healthz never answered 200"; "$tool" logs "$name" | tail -20; exit 1; }
fail=0
check() { # check <expected status> <path> [curl args...]
  local want=$1 path=$2; shift 2
  local got; got=$(curl -s -o /dev/null -w '%{http_code}' "$@" "http://127.0.0.1:$port$path")
  [ "$got" = "$want" ] || { echo "container: FAILED: $path answered $got, expected $want"; fail=1; }
}
check 200 /guides/faq -H "Host: maguide.example" -H "X-Forwarded-Proto: https"
check 200 /states/ca -H "Host: maguide.example" -H "X-Forwarded-Proto: https"
check 308 /guides/faq -H "Host: maguide.example"
check 400 / -H "Host: elsewhere.example"
[ "$("$tool" exec "$name" id -u)" != 0 ] || { echo "container: FAILED: runs as root"; fail=1; }
"$tool" exec "$name" sh -c 'touch /app/x' 2>/dev/null && { echo "container: FAILED: /app is writable"; fail=1; }
for _ in $(seq 1 40); do [ "$("$tool" inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null)" = healthy ] && break; sleep 1; done
health=$("$tool" inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null)
[ "$health" = healthy ] || { echo "container: FAILED: HEALTHCHECK says '$health'"; fail=1; }
"$tool" stop -t 30 "$name" >/dev/null
code=$("$tool" inspect -f '{{.State.ExitCode}}' "$name")
[ "$code" = 0 ] || { echo "container: FAILED: exit code $code after stop (not a graceful shutdown)"; fail=1; }
[ $fail = 0 ] && echo "container: image built and smoke-tested with $tool (health, pages, redirect, host filter, non-root, read-only, graceful stop)"
exit $fail
