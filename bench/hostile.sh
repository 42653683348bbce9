#!/usr/bin/env bash
# Hostile requests against a running site, counted by answer: methods, hosts, paths, queries, ranges, headers.
# Usage: bench/hostile.sh http://127.0.0.1:PORT   (the site started in Production with Site:HttpsRedirection=false)
# Prints one line per kind with the status codes seen; exits 1 if any answer was a 5xx.
set -uo pipefail
base=${1:?usage: bench/hostile.sh http://127.0.0.1:PORT}
hostport=${base#http://}
pages=(/ /salary /salary?sort=pay /guides/faq /states /states/ca /states/CA /scope /scope/injections /compare /compare/rn /sources /data /data/quality /search?q=texas /sitemap.xml /feed.xml /robots.txt /data/wages.csv /data/wages.json /healthz /errors/500 /errors/404)
total=0; fives=0
tally() { # tally <kind> <curl args...> : one request per remaining argument group separated by ---
  local kind=$1; shift
  declare -A seen=()
  local args=()
  for a in "$@" ---; do
    if [ "$a" = "---" ]; then
      [ ${#args[@]} -gt 0 ] || continue
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${args[@]}")
      seen[$code]=$(( ${seen[$code]:-0} + 1 )); total=$((total + 1))
      [[ $code == 5* || $code == 000 ]] && fives=$((fives + 1))
      args=()
    else
      args+=("$a")
    fi
  done
  local summary=""
  for c in $(printf '%s\n' "${!seen[@]}" | sort); do summary+="$c×${seen[$c]} "; done
  printf '%-52s %s\n' "$kind" "$summary"
}

reqs=(); for m in TRACE PUT DELETE PATCH POST FOO; do for p in "${pages[@]}"; do reqs+=(-X "$m" "$base$p" ---); done; done
tally "unsupported methods on every kind of page" "${reqs[@]}"
reqs=(); for p in "${pages[@]}"; do reqs+=(-I "$base$p" ---); done
tally "HEAD on every kind of page" "${reqs[@]}"
reqs=(); for p in "${pages[@]}"; do reqs+=(-X OPTIONS "$base$p" ---); done
tally "OPTIONS on every kind of page" "${reqs[@]}"
reqs=(); for h in evil.example "localhost.evil.example" "LOCALHOST:${hostport#*:}" "" "$(printf 'a%.0s' {1..300})" "127.0.0.1:1" "[::1]"; do for p in / /sitemap.xml /feed.xml /robots.txt; do reqs+=(-H "Host: $h" "$base$p" ---); done; done
tally "forged, empty, long and odd Host headers" "${reqs[@]}"
reqs=(); for p in "/guides/..%2f..%2fetc%2fpasswd" "/guides/%3Cscript%3E" "/guides/a/b/c" "/%00" "/guides/%ff%fe" "/states/zz" "/states/$(printf 'x%.0s' {1..3000})" "/compare/../../etc/passwd" "/scope/%2e%2e" "/data/x.exe" "/data/wages.xml" "/data/..%2fwages.csv" "/search?q=$(printf 'y%.0s' {1..500})" "/search?q=%22%20OR%20*" "/search?q=NEAR(a%20b)" "/guides/$(printf 'word-%.0s' {1..200})"; do reqs+=("$base$p" ---); done
tally "odd, long and traversal paths and queries" "${reqs[@]}"
reqs=(); for i in $(seq 1 40); do reqs+=("$base/salary?u=$i$RANDOM" ---); done
tally "cache-busting query strings on /salary" "${reqs[@]}"
css=$(curl -s "$base/" | grep -o '/css/site\.[a-z0-9]*\.css' | head -1)
reqs=(); for r in "bytes=0-9" "bytes=-10" "bytes=100-" "bytes=0-0,5-9" "bytes=999999-" "bytes=abc" "bytes=5-1"; do reqs+=(-H "Range: $r" "$base$css" --- -H "Range: $r" "$base/salary" ---); done
tally "Range requests on the stylesheet and a page" "${reqs[@]}"
reqs=(); for e in "br" "gzip" "gzip, deflate, br, zstd" "*" "identity;q=0" "br;q=0, gzip;q=0" "x$(printf 'z%.0s' {1..2000})"; do reqs+=(-H "Accept-Encoding: $e" "$base/compare" --- -H "Accept-Encoding: $e" "$base$css" ---); done
tally "Accept-Encoding variants" "${reqs[@]}"
reqs=(); for h in "X-Forwarded-Proto: https" "X-Forwarded-Proto: gopher" "X-Forwarded-For: 1.2.3.4, 5.6.7.8" "X-Forwarded-Host: evil.example" "If-None-Match: *" "If-None-Match: W/\"x\"" "If-Modified-Since: garbage" "Cookie: $(printf 'c%.0s' {1..4000})"; do reqs+=(-H "$h" "$base/salary" ---); done
tally "proxy, conditional and oversized headers" "${reqs[@]}"
echo "$total requests, $fives answered 5xx or not at all"
[ "$fives" -eq 0 ]
