#!/usr/bin/env bash
# Story page and search latency under `newstrace serve`: the first story list (built once per store version), then the
# first request and a wrk run (p50, p99) for the largest story's page and two searches.
# Sourced by bench/scale.sh (which sets cli, port, duration, work and server); run directly on an existing store:
#   bench/latency.sh STORE [LABEL]      (STORE: a SQLite file or a PostgreSQL connection; DURATION, PORT as in scale.sh)

latency() {
    local store=$1 label=$2
    [ "${LATENCY:-1}" = 0 ] && return 0
    "${cli[@]}" serve --db "$store" --urls "http://127.0.0.1:$port" 2>"$work/serve.log" &
    server=$!
    local base="http://127.0.0.1:$port"
    for _ in $(seq 1 240); do curl -sf "$base/api/articles?limit=1" >/dev/null && break; sleep 0.5; done
    local begin
    begin=$(date +%s.%N)
    curl -sf "$base/" >/dev/null
    echo "$label: first story list $(seconds "$begin" "$(date +%s.%N)") s (built once per store version, then cached)"
    local story
    story=$(curl -sf "$base/api/stories?limit=500" | python3 -c 'import json,sys; s=json.load(sys.stdin)["items"]; print(max(s, key=lambda x: x["articleCount"])["id"])')
    for path in "/stories/$story" "/search?q=bridge%20repairs" "/api/search?q=evacuated"; do
        local first
        first=$(curl -sf -o /dev/null -w '%{time_total}' "$base$path")
        wrk -t2 -c4 -d"$duration" --latency "$base$path" >"$work/wrk.txt"
        python3 - "$label" "$path" "$work/wrk.txt" "$first" <<'PY'
import re, sys
label, path, text, first = sys.argv[1], sys.argv[2], open(sys.argv[3]).read(), float(sys.argv[4])
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
pct = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", text, re.M))
print(f"{label}: {path[:40]:<40} first {first * 1000:7.1f} ms  {float(rps):8.1f} req/s  p50 {pct.get('50')}  p99 {pct.get('99')}")
PY
    done
    kill "$server"; wait "$server" 2>/dev/null || true; server=""
}


if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    root=$(cd "$(dirname "$0")/.." && pwd)
    duration=${DURATION:-10s}
    port=${PORT:-5191}
    dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
    cli=(dotnet "$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll")
    work=$(mktemp -d /tmp/newstrace-latency-XXXXXX)
    server=""
    trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
    seconds() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.1f}")' "$1" "$2"; }
    latency "${1:?usage: bench/latency.sh STORE [LABEL]}" "${2:-store}"
fi
