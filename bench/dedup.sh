#!/usr/bin/env bash
# End-to-end dedup benchmark: generates a deterministic news-like JSON Lines corpus with planted near-duplicates
# (once; reused when present), runs `newstrace dedup` on it, and reports documents/s, peak RSS and recall on the planted pairs.
# Usage: bench/dedup.sh [DOCUMENTS] [DIR] [RUNS]   (defaults: 100000, /tmp/newstrace-dedup-bench, 3)
set -euo pipefail
documents=${1:-100000}
dir=${2:-/tmp/newstrace-dedup-bench}
runs=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli="$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll"
mkdir -p "$dir"
corpus="$dir/corpus-$documents.jsonl"
truth="$dir/truth-$documents.tsv"
if [[ ! -s "$corpus" || ! -s "$truth" ]]; then
    dotnet run -c Release --project "$root/bench/NewsTrace.Benchmarks" -- dedup-corpus "$corpus" "$truth" "$documents"
fi
echo "corpus: $corpus ($(stat -c %s "$corpus") bytes, $documents documents), cores: $(nproc)"
for run in $(seq 1 "$runs"); do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    /usr/bin/time -v -o "$dir/time.txt" dotnet "$cli" dedup "$corpus" --jsonl >"$dir/groups.jsonl"
    python3 - "$dir/time.txt" "$dir/groups.jsonl" "$truth" "$corpus" "$load" <<'PY'
import json, re, sys
time_file, groups_file, truth_file, corpus_file, load = sys.argv[1:6]
figures = {}
for line in open(time_file):
    key, _, value = line.strip().rpartition(": ")
    figures[key] = value
wall = figures["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
rss_mb = int(figures["Maximum resident set size (kbytes)"]) / 1024
cpu = float(figures["User time (seconds)"]) + float(figures["System time (seconds)"])
group = {}
for line in open(groups_file):
    record = json.loads(line)
    group[record["id"]] = record["group"]
pairs = [line.rstrip("\n").split("\t") for line in list(open(truth_file))[1:]]
needed = {doc for pair in pairs for doc in pair[:2]}
texts = {}
for line in open(corpus_file):
    record = json.loads(line)
    if record["id"] in needed:
        texts[record["id"]] = record["text"]
def shingles(text, width=5):
    words = re.findall(r"[^\W_]+", text.lower())
    return {" ".join(words[i:i + width]) for i in range(max(1, len(words) - width + 1))}
planted = found = above = found_above = 0
by_kind = {}
duplicates = set()
for doc, original, kind in pairs:
    duplicates.add(doc)
    hit = group[doc] == group[original]
    first, second = shingles(texts[doc]), shingles(texts[original])
    jaccard = len(first & second) / len(first | second)
    planted += 1
    found += hit
    if jaccard >= 0.8:
        above += 1
        found_above += hit
    total, hits = by_kind.get(kind, (0, 0))
    by_kind[kind] = (total + 1, hits + hit)
# Originals are unrelated to each other: one grouped with another is a false merge.
false_merges = sum(1 for doc, g in group.items() if doc not in duplicates and g != doc)
kinds = ", ".join(f"{kind} {hits}/{total}" for kind, (total, hits) in sorted(by_kind.items()))
print(f"{len(group)} records in {seconds:.2f} s wall = {len(group) / seconds:,.0f} docs/s; {cpu:.2f} CPU s = {len(group) / cpu:,.0f} docs per CPU-second; "
      f"peak RSS {rss_mb:,.0f} MB; CPU {figures['Percent of CPU this job got']}; load average before: {load}")
print(f"  recall on planted duplicates: {found}/{planted} = {found / planted:.4f} ({kinds}); "
      f"on those with true 5-shingle Jaccard >= 0.8: {found_above}/{above} = {found_above / max(1, above):.4f}; originals wrongly merged: {false_merges}")
PY
done
