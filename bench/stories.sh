#!/usr/bin/env bash
# Incremental story clustering benchmark: generates a deterministic story-structured stream of news-like articles
# (topics of 1-4 events, events of 2-8 articles, about ten new events a day; once, reused when present), feeds it in
# batches through the incremental path into a temporary SQLite store (`newstrace eval stories --incremental`), and
# reports the clustering time per article at each 10,000 documents (writing the articles excluded), peak RSS, and
# BCubed against the generator's own events and topics.
# Usage: bench/stories.sh [DOCUMENTS] [BATCH] [DIR]   (defaults: 100000, 1000, /tmp/newstrace-stories-bench)
set -euo pipefail
documents=${1:-100000}
batch=${2:-1000}
dir=${3:-/tmp/newstrace-stories-bench}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli="$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll"
mkdir -p "$dir"
corpus="$dir/stories-$documents.jsonl"
if [[ ! -s "$corpus" ]]; then
    dotnet run -c Release --project "$root/bench/NewsTrace.Benchmarks" -- stories-corpus "$corpus" "$documents"
fi
echo "corpus: $corpus ($(stat -c %s "$corpus") bytes, $documents documents), batch $batch, cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v -o "$dir/time.txt" dotnet "$cli" eval stories "$corpus" --incremental "$batch" --timings 10000 2>"$dir/timings.txt" | tee "$dir/scores.txt"
grep '^timing:' "$dir/timings.txt" | sed 's/^timing: //'
python3 - "$dir/time.txt" <<'PY'
import sys
figures = {}
for line in open(sys.argv[1]):
    key, _, value = line.strip().rpartition(": ")
    figures[key] = value
print(f"wall {figures['Elapsed (wall clock) time (h:mm:ss or m:ss)']}, cpu {float(figures['User time (seconds)']) + float(figures['System time (seconds)']):.0f} s, "
      f"peak RSS {int(figures['Maximum resident set size (kbytes)']) / 1024:.0f} MiB, load after: {open('/proc/loadavg').read().split()[:3]}")
PY
