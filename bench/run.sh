#!/usr/bin/env bash
# Benchmarks for MaGuide: start-up time (with and without a store rebuild) and request throughput and latency
# for the heaviest pages, printed side by side with bench/baseline.tsv. Loopback only; bounded in time.
# Usage: bench/run.sh            (compare with the baseline)
#        bench/run.sh --save     (also write the results as the new baseline)
set -euo pipefail
cd "$(dirname "$0")/.."
port=5390
url="http://127.0.0.1:$port"
work=$(mktemp -d)
store="$work/maguide.db"
out="bench/results/latest.tsv"
mkdir -p bench/results

if ! command -v wrk >/dev/null; then
  echo "installing wrk (load generator) ..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

dotnet build src/MaGuide.Web -c Release -v q -nologo >/dev/null
dll=src/MaGuide.Web/bin/Release/net10.0/MaGuide.Web.dll

pid=""
started_ms=0
start_server() {
  # Search__PermitLimit is raised so the rate-limited pages (search, payback) measure work, not 429s.
  ASPNETCORE_ENVIRONMENT=Production Store__Path="$store" Serilog__MinimumLevel__Default=Warning Search__PermitLimit=1000000 \
    dotnet "$dll" --urls "$url" --contentRoot "$PWD/src/MaGuide.Web" >"$work/server.log" 2>&1 &
  pid=$!
  local t0; t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -fs "$url/healthz" >/dev/null 2>&1; then
      started_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
      return
    fi
    sleep 0.05
  done
  echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1
}
stop_server() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=""; }
trap 'stop_server; rm -rf "$work"' EXIT

printf 'metric\tvalue\n' >"$out"
start_server; cold=$started_ms; stop_server
start_server; warm=$started_ms
printf 'startup_cold_ms (builds the store)\t%s\n' "$cold" >>"$out"
printf 'startup_warm_ms (store unchanged)\t%s\n' "$warm" >>"$out"

# /training/payback?… is computed on every request (never output-cached), so it measures an uncached page.
for path in / /salary /states/ca /scope /compare /guides/salary /data/wages.csv /training /certifications/cma \
  '/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40'; do
  curl -fs "$url$path" >/dev/null   # warm the output cache
  result=$(wrk -t2 -c16 -d5s --latency "$url$path")
  rps=$(echo "$result" | awk '/Requests\/sec/ {print int($2)}')
  p50=$(echo "$result" | awk '$1=="50%" {print $2}')
  p99=$(echo "$result" | awk '$1=="99%" {print $2}')
  printf '%s requests/s\t%s\n%s p50\t%s\n%s p99\t%s\n' "$path" "$rps" "$path" "$p50" "$path" "$p99" >>"$out"
done
stop_server

printf '\n%-40s %14s %14s\n' "metric" "baseline" "now"
while IFS=$'\t' read -r metric value; do
  [ "$metric" = "metric" ] && continue
  base=$(awk -F'\t' -v m="$metric" '$1==m {print $2}' bench/baseline.tsv 2>/dev/null || true)
  printf '%-40s %14s %14s\n' "$metric" "${base:--}" "$value"
done <"$out"
echo "(machine: $(nproc) cores; wrk 2 threads, 16 connections, 5 s per page; results in $out)"
if [ "${1:-}" = "--save" ]; then cp "$out" bench/baseline.tsv; echo "saved as bench/baseline.tsv"; fi
