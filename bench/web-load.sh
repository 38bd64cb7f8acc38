#!/usr/bin/env bash
# Web benchmark: requests/s and latency percentiles of `newstrace serve` on loopback, measured with wrk (a bounded
# load generator: fixed connections, fixed duration).
# Usage: bench/web-load.sh samples          the sample corpus
#        bench/web-load.sh N                N synthetic small articles, ingested as JSON Lines
# Environment: DURATION (default 15s), CONNECTIONS (default 16), THREADS (wrk threads, default 2), PORT (default 5189).
set -euo pipefail
size=${1:?usage: bench/web-load.sh samples|N}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
wrk_threads=${THREADS:-2}
port=${PORT:-5189}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli="$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll"
work=$(mktemp -d /tmp/newstrace-web-bench-XXXXXX)
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
db="$work/store.db"

if [ "$size" = samples ]; then
    dotnet "$cli" ingest "$root/samples/corpus" --db "$db" --quiet || true
    query="Lesna bridge"
else
    # Synthetic articles: 40 events, each told by several of 25 outlets in ~6 sentences of shared and own words,
    # so search has common and rare terms and no two texts are identical.
    python3 - "$size" >"$work/articles.jsonl" <<'PY'
import json, random, sys
n = int(sys.argv[1]); rnd = random.Random(7)
common = "minister council river bridge talks water protocol harbour port crossing agreement border trade ministry envoy".split()
filler = "the a said on in of to and for with after before during while that this was were will would could".split()
names = ["Velichko", "Orlan", "Kostandin", "Varga", "Marsh", "Calloway", "Zelenko", "Sorokan", "Anselm", "Petrova"]
places = ["Dorvan", "Velgrad", "Lesna", "Kesmaria", "Marovia", "Tevania", "Brenna", "Ostrava", "Halden", "Korvo"]
for i in range(n):
    event = i % 40
    rnd_event = random.Random(event)
    topic = rnd_event.sample(common, 5) + [rnd_event.choice(names), rnd_event.choice(places)]
    sentences = []
    for s in range(6):
        words = [rnd.choice(topic) if rnd.random() < 0.35 else rnd.choice(filler) for _ in range(rnd.randint(10, 18))]
        words.append(f"w{rnd.randint(0, 50000)}")
        sentences.append(" ".join(words).capitalize() + ".")
    day = 1 + (event % 28) + (i // 40) % 2
    print(json.dumps({"id": f"syn-{i}", "url": f"https://outlet{i % 25}.example/news/{i}",
                      "title": f"{topic[5]} and the {topic[0]} {topic[1]} in {topic[6]} ({i})",
                      "text": " ".join(sentences), "published": f"2024-10-{day:02d}", "site": f"Outlet {i % 25}"}))
PY
    start=$(date +%s.%N)
    dotnet "$cli" ingest "$work/articles.jsonl" --db "$db" --quiet || true
    echo "ingested $size synthetic articles in $(echo "$(date +%s.%N) - $start" | bc) s ($(du -h "$db" | cut -f1) database)"
    query="bridge"
fi

dotnet "$cli" serve --db "$db" --urls "http://127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/api/articles?limit=1" >/dev/null && break; sleep 0.5; done
start=$(date +%s.%N)
curl -sf "$base/" >/dev/null
echo "first story list (clustering or grouping the whole store, then cached): $(echo "$(date +%s.%N) - $start" | bc) s"
story=$(curl -sf "$base/api/stories?limit=500" | python3 -c 'import json,sys; s=json.load(sys.stdin)["items"]; print(max(s, key=lambda x: x["articleCount"])["id"])')
articles=$(curl -sf "$base/api/stories/$story" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["articles"]))')
echo "store: $(curl -sf "$base/api/stories?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') stories; story page measured: $story ($articles articles); load average $(cut -d' ' -f1-3 /proc/loadavg)"
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")
printf '%-34s %10s %12s %9s %9s %9s\n' "page" "first" "requests/s" "p50" "p90" "p99"
for path in "/" "/stories/$story" "/search?q=$encoded" "/api/search?q=$encoded" "/search?q=w4242" "/api/stories/$story"; do
    # The first request pays for what the app then caches per store version (story articles, the page, the ranking).
    first=$(curl -sf -o /dev/null -w '%{time_total}' "$base$path")
    wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency "$base$path" >"$work/wrk.txt"
    python3 - "$path" "$work/wrk.txt" "$first" <<'PY'
import re, sys
path, text, first = sys.argv[1], open(sys.argv[2]).read(), float(sys.argv[3])
rps = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
pct = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", text, re.M))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{path[:34]:<34} {first * 1000:8.1f}ms {float(rps):12.1f} {pct.get('50'):>9} {pct.get('90'):>9} {pct.get('99'):>9}" + (f"  ({errors.group(1)} errors)" if errors else ""))
PY
done
