#!/usr/bin/env bash
# MaGuide load and start-up bench, measured against the limit in the same run: the same bytes of a guide page served
# as a static file by nginx and by a bare Kestrel static-file app, then the site's pages cached, uncached (output cache
# off), 404s (unique addresses), search (unique queries), and a cached page while 404s flood in. Prints req/s, p50,
# p99, errors and each figure's ratio to both static baselines, then RSS after load and start-up times.
# wrk and nginx come from Debian packages, installed here when missing. Loopback only.
# Usage: bench/run.sh [seconds-per-run]   (default 5; use 1-2 while developing the script)
#        BENCH_WARMUP=N (default 30) seconds of warm-up load per process before it is measured; BENCH_NO_BUILD=1 skips the publish
#        bench/hostile.sh URL                (hostile requests against a running site; see docs/reliability.md)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-5}"
conns=32
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} ..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

echo "publishing (Release) ..."
# The site is measured as production runs it: the published app (ReadyToRun, see the project file), in bench/bin/app.
# BENCH_NO_BUILD=1 uses the app published there by an earlier run.
[ "${BENCH_NO_BUILD:-}" = 1 ] || dotnet publish src/MaGuide.Web -c Release -v q -nologo -o bench/bin/app >/dev/null
dotnet build bench/StaticKestrel -c Release -v q -nologo >/dev/null
site_dll=bench/bin/app/MaGuide.Web.dll
static_dll=bench/StaticKestrel/bin/Release/net10.0/StaticKestrel.dll

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
# wait_for <url> [seconds]: polls until the URL answers 2xx (default 120 s: a start-up over its target is still
# measured and printed, so the table can show it failing; only a site that never answers stops the bench).
wait_for() {
  local deadline=$(( $(date +%s) + ${2:-120} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do curl -fs -m 10 -o /dev/null "$1" && return 0; sleep 0.02; done
  echo "no answer from $1 within ${2:-120} s" >&2; tail -n 20 "$work"/*.log >&2 2>/dev/null; return 1
}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_site <name> <extra env...>: starts the site, sets site_url, site_pid and started_ms.
start_site() {
  local name=$1; shift
  local port; port=$(free_port)
  site_url="http://127.0.0.1:$port"
  local t0; t0=$(now_ms)
  env ASPNETCORE_ENVIRONMENT=Production Store__Path="$work/store/maguide.db" Site__HttpsRedirection=false \
    Serilog__MinimumLevel__Default=Warning Search__PermitLimit=100000000 "$@" \
    dotnet "$site_dll" --urls "$site_url" >"$work/$name.log" 2>&1 &
  site_pid=$!; pids+=("$site_pid")
  wait_for "$site_url/healthz"
  started_ms=$(( $(now_ms) - t0 ))
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

rows="$work/rows.tsv"
# measure <label> <url> [lua script]: a 1 s warm-up run (discarded: the first requests of a fresh process pay for JIT
# and tiered compilation, which no steady-state figure should include), then the measured wrk run; appends label,
# req/s, p50, p99, errors.
measure() {
  local label=$1 url=$2 script=${3:-}
  local out
  wrk -t2 -c"$conns" -d1s ${script:+-s "$script"} "$url" >/dev/null
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency ${script:+-s "$script"} "$url")
  record "$label" "$out"
}
record() {
  local label=$1 out=$2
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  # For 404 runs a 404 is the expected answer, so only socket errors count.
  errors=$(awk -v skip="$([[ $label == *404* ]] && echo 1 || echo 0)" '/Socket errors/ {gsub(",","");n=$4+$6+$8+$10} /Non-2xx/ && !skip {m=$5} END {print n+m+0}' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "$p50" "$p99" "$errors" >>"$rows"
  printf '  %-44s %8s req/s  p50 %-9s p99 %-9s errors %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
}

cat >"$work/unique404.lua" <<'LUA'
local made = 0
function setup(thread) made = made + 1; thread:set("tid", made) end
function init(args) math.randomseed(os.time() + 7919 * tid) end
local words = {"salary","state","texas","injections","phlebotomist","nurse","exam","training","pay","scope","board","license","ohio","cma","rma","vs","duties"}
counter = 0
request = function()
  counter = counter + 1
  local a, b = words[math.random(#words)], words[math.random(#words)]
  return wrk.format("GET", "/guides/" .. a .. "-" .. b .. "-" .. counter .. "x" .. math.random(1, 1e9))
end
LUA
cat >"$work/uniquesearch.lua" <<'LUA'
local made = 0
function setup(thread) made = made + 1; thread:set("tid", made) end
function init(args) math.randomseed(os.time() + 7919 * tid) end
local words = {"salary","state","texas","injections","phlebotomist","nurse","exam","training","pay","scope","board","license","ohio","cma"}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/search?q=" .. words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. counter)
end
LUA

# warm.lua: cycles through every address measured below and the readers' questions, so each process's code paths are
# compiled to their final tier before anything is measured (search takes ~25 s of load to get there: in a 60 s run
# with the output cache off it went 695 → 1,178 → 1,252 → 1,535 → ~1,850 req/s in 5 s steps).
cat >"$work/warm.lua" <<'LUA'
local paths = {"/guides/salary", "/", "/salary", "/states", "/states/ca", "/scope", "/scope/injections", "/compare", "/compare/rn",
  "/sources", "/data", "/data/quality", "/data/wages.csv", "/sitemap.xml", "/training", "/certifications", "/certifications/cma",
  "/guides/no-such-guide", "/search?q=can+mas+give+shots+in+texas", "/search?q=phlebotemy", "/search?q=how+much+do+medical+assistants+make+in+florida",
  "/search?q=cna+vs+ma", "/search?q=blood+draw+ohio", "/search?q=vacines+in+nj", "/search?q=delegation", "/search?q=medical+secretary"}
local n = 0
request = function() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end
LUA
warm_secs="${BENCH_WARMUP:-30}"
# warm_up: BENCH_WARMUP seconds (default 30) of mixed load on a fresh process; nothing is recorded.
warm_up() { wrk -t2 -c"$conns" -d"${warm_secs}s" -s "$work/warm.lua" "$site_url" >/dev/null; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg) at start; wrk 2 threads, $conns connections, ${secs}s per run"

# 1. Start-up, then the page everyone compares against, saved as a file.
start_site cold; cold_ms=$started_ms; stop "$site_pid"
start_site warm; warm_ms=$started_ms
mkdir -p "$work/static"
curl -fs "$site_url/guides/salary" -o "$work/static/guide.html"
bytes=$(wc -c <"$work/static/guide.html")
# Started as root, nginx runs its workers as another user, which must be able to read the page (mktemp -d is 0700).
chmod a+rx "$work" "$work/static"; chmod a+r "$work/static/guide.html"

# 2. Static baselines: nginx and bare Kestrel serving those bytes.
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx-tmp; proxy_temp_path $work/nginx-tmp; fastcgi_temp_path $work/nginx-tmp; uwsgi_temp_path $work/nginx-tmp; scgi_temp_path $work/nginx-tmp;
  types { text/html html; }
  server { listen 127.0.0.1:$nginx_port; root $work/static; }
}
CONF
mkdir -p "$work/nginx-tmp"
"$nginx_bin" -c "$work/nginx.conf" -g 'daemon off;' & nginx_pid=$!; pids+=("$nginx_pid")
kestrel_port=$(free_port)
dotnet "$static_dll" --root "$work/static" --urls "http://127.0.0.1:$kestrel_port" >"$work/kestrel-static.log" 2>&1 & kestrel_pid=$!; pids+=("$kestrel_pid")
wait_for "http://127.0.0.1:$nginx_port/guide.html"; wait_for "http://127.0.0.1:$kestrel_port/guide.html"
echo "static baselines ($bytes bytes of /guides/salary):"
measure "nginx static file" "http://127.0.0.1:$nginx_port/guide.html"
stop "$nginx_pid"
# The static app is warmed as long as the site is, so the ratios compare steady states.
wrk -t2 -c"$conns" -d"${warm_secs}s" "http://127.0.0.1:$kestrel_port/guide.html" >/dev/null
measure "Kestrel static file" "http://127.0.0.1:$kestrel_port/guide.html"
stop "$kestrel_pid"

# 3. The site with its output cache.
echo "site, output cache on (after a ${warm_secs} s warm-up):"
warm_up
for path in /guides/salary / /salary /states/ca /compare /scope /data/wages.csv; do
  curl -fs -o /dev/null "$site_url$path"
  measure "cached $path" "$site_url$path"
done
measure "404 (unique addresses)" "$site_url" "$work/unique404.lua"
measure "search (unique queries)" "$site_url" "$work/uniquesearch.lua"
# The payback answer is computed on every request (never output-cached, rate-limited like search).
measure "payback (computed per request)" "$site_url/training/payback?state=CA&cost=3015&months=9&hourly=16&hours=40"
echo "a cached page while 404s flood in (two wrk at once, 16 connections each):"
wrk -t1 -c16 -d"${secs}s" --latency -s "$work/unique404.lua" "$site_url" >"$work/flood.txt" &
flood=$!
out=$(wrk -t1 -c16 -d"${secs}s" --latency "$site_url/guides/salary")
wait "$flood"
record "cached /guides/salary during 404 flood" "$out"
record "404 flood beside it" "$(cat "$work/flood.txt")"
rss_mb=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$site_pid/status")
stop "$site_pid"

# 4. Every page kind rendered afresh (output cache off).
echo "site, output cache off (every request renders; after a ${warm_secs} s warm-up):"
start_site uncached Site__OutputCache=false
warm_up
for path in / /guides/salary /salary /states /states/ca /scope /scope/injections /compare /compare/rn /sources /data /data/quality /data/wages.csv /sitemap.xml \
  /training /certifications /certifications/cma; do
  measure "uncached $path" "$site_url$path"
done
# Readers' questions (typos, whole questions, state + task) with the output cache off, so every request searches
# (with it on, the two wrk threads sent the same sequence and short queries ran out of unseen case patterns, so some
# answers came from the cache).
wrk -t2 -c"$conns" -d"${warm_secs}s" -s bench/search.lua "$site_url" >/dev/null
measure "search (questions, uncached)" "$site_url" bench/search.lua
stop "$site_pid"

# 5. Start-up with 1,000 generated guides (copies of the real ones under new slugs).
cp -r content "$work/content"
i=0
while [ $i -lt 1000 ]; do
  for guide in content/guides/*.md; do
    [ "$(basename "$guide")" = "what-is-a-medical-assistant.md" ] && continue
    [ $i -ge 1000 ] && break
    # Each copy gets a title of its own: copies sharing a title are errors, and would be left out of the catalog.
    sed "0,/^title:.*/s//title: Generated guide $i/" "$guide" >"$work/content/guides/generated-$i-$(basename "$guide")"
    i=$((i + 1))
  done
done
start_site many-guides Content__Root="$work/content" Store__Path="$work/store2/maguide.db"; stop "$site_pid"
start_site many-guides-warm Content__Root="$work/content" Store__Path="$work/store2/maguide.db"; many_ms=$started_ms; stop "$site_pid"
echo "start-up with 1,000 generated guides: ${many_ms} ms (target ≤ 2,000 ms)"

# 6. The table, with each figure's ratio to the static baselines.
nginx_rps=$(awk -F'\t' '$1=="nginx static file" {print $2}' "$rows")
kestrel_rps=$(awk -F'\t' '$1=="Kestrel static file" {print $2}' "$rows")
echo
echo "| measurement | req/s | p50 | p99 | errors | × nginx | × Kestrel |"
echo "|---|---:|---:|---:|---:|---:|---:|"
awk -F'\t' -v n="$nginx_rps" -v k="$kestrel_rps" '{printf "| %s | %d | %s | %s | %s | %.2f | %.2f |\n", $1, $2, $3, $4, $5, $2/n, $2/k}' "$rows"
echo
cached=$(awk -F'\t' '$1=="cached /guides/salary" {print $2}' "$rows")
notfound=$(awk -F'\t' '$1=="404 (unique addresses)" {print $2}' "$rows")
during=$(awk -F'\t' '$1=="cached /guides/salary during 404 flood" {print $2}' "$rows")
slowest=$(awk -F'\t' '$1 ~ /^uncached/ {if (min=="" || $2<min) {min=$2; name=$1}} END {print min " (" name ")"}' "$rows")
echo "| figure | now | target |"
echo "|---|---:|---|"
echo "| cached guide ÷ Kestrel static | $(awk -v a="$cached" -v b="$kestrel_rps" 'BEGIN {printf "%.2f", a/b}') | ≥ 0.9 |"
echo "| 404 ÷ cached guide | $(awk -v a="$notfound" -v b="$cached" 'BEGIN {printf "%.2f", a/b}') | ≥ 0.5 |"
echo "| slowest uncached page, req/s | $slowest | ≥ 1,000 |"
echo "| uncached searches (readers' questions), req/s | $(awk -F'\t' '$1=="search (questions, uncached)" {print $2}' "$rows") | ≥ 2,000 |"
echo "| start-up, store built (ms) | $cold_ms | — |"
echo "| start-up, real content (ms) | $warm_ms | — |"
echo "| start-up, 1,000 generated guides (ms) | $many_ms | ≤ 2,000 |"
echo "| RSS after the cached and 404 load (MB) | $rss_mb | ≤ 200 |"
echo "| load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) | — |"
