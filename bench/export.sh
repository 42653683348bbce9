#!/usr/bin/env bash
# Export size and time (docs/deploy.md): the `export` verb over the real content, then over the real content plus
# 1,000 generated guides (copies of the real ones under new slugs and titles, as bench/run.sh makes them).
# Prints files, bytes (and du) and wall-clock seconds for each, with the machine's load, so figures can be compared.
# Usage: bench/export.sh   (BENCH_NO_BUILD=1 uses the Release build already in bin/)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "${BENCH_NO_BUILD:-}" = 1 ] || dotnet build src/MaGuide.Web -c Release -v q -nologo >/dev/null
dll=src/MaGuide.Web/bin/Release/net10.0/MaGuide.Web.dll
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

# export_once <label> <content folder>
export_once() {
  local label=$1 content=$2 out="$work/$1"
  local t0 t1
  t0=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning dotnet "$dll" export "$out" \
    --Site:BaseUrl=https://maguide.example --Content:Root="$content" --Store:Path="$work/store-$label/maguide.db" >"$work/$label.log" 2>&1 \
    || { echo "$label: export failed"; tail -5 "$work/$label.log"; exit 1; }
  t1=$(date +%s%N)
  printf '%-22s %6d files  %9d bytes (%s on disk)  %6.1f s  %s\n' "$label" "$(find "$out" -type f | wc -l)" \
    "$(find "$out" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')" "$(du -sh "$out" | cut -f1)" \
    "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(grep -o 'export: wrote.*' "$work/$label.log")"
}

export_once "site" "$PWD/content"

cp -r content "$work/content"
i=0
while [ $i -lt 1000 ]; do
  for guide in content/guides/*.md; do
    [ "$(basename "$guide")" = "what-is-a-medical-assistant.md" ] && continue
    [ $i -ge 1000 ] && break
    # Each copy needs its own title (check refuses repeated titles, which would leave the copies out).
    sed "s/^title: .*/title: Generated guide $i/" "$guide" >"$work/content/guides/generated-$i-$(basename "$guide")"
    i=$((i + 1))
  done
done
export_once "site+1000 guides" "$work/content"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
