#!/usr/bin/env bash
# Do workers give one ingest's stories at scale? N generated articles (bench/corpus-gen.py, or the first N lines of
# CORPUS) go once through `ingest --postgres` and once through `ingest --enqueue` and two `worker --until-idle`, each in
# a fresh schema; the two `stories --jsonl` outputs are compared byte for byte. Prints the times and SAME or DIFFERENT.
# Usage: bench/workers-match.sh N     Environment: NEWSTRACE_BENCH_POSTGRES (as bench/scale.sh), CORPUS=FILE.jsonl, WINDOW
set -euo pipefail
size=${1:?usage: bench/workers-match.sh N}
root=$(cd "$(dirname "$0")/.." && pwd)
pg=${NEWSTRACE_BENCH_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=newstrace;Password=newstrace;Database=newstrace_test"}
window=${WINDOW:-2000}
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli=(dotnet "$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll")
work=$(mktemp -d /tmp/newstrace-match-XXXXXX)
single="nt_match_single_$$"
workers="nt_match_workers_$$"
# shellcheck source=bench/psql.sh
source "$root/bench/psql.sh"
cleanup() {
    for schema in "$single" "$workers"; do psql_run "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${CORPUS:-}" ]; then
    head -n "$size" "$CORPUS" >"$work/corpus.jsonl"
else
    python3 "$root/bench/corpus-gen.py" "$size" --out "$work/corpus.jsonl" --truth "$work/truth.tsv"
fi

start=$(date +%s)
"${cli[@]}" ingest "$work/corpus.jsonl" --postgres "$pg;Search Path=$single" --window "$window" --quiet
middle=$(date +%s)
"${cli[@]}" ingest "$work/corpus.jsonl" --postgres "$pg;Search Path=$workers" --enqueue --quiet
"${cli[@]}" worker --postgres "$pg;Search Path=$workers" --until-idle --window "$window" --quiet &
first=$!
"${cli[@]}" worker --postgres "$pg;Search Path=$workers" --until-idle --window "$window" --quiet &
second=$!
wait "$first" "$second"
end=$(date +%s)
echo "$size articles, windows of $window: one ingest $((middle - start)) s, enqueue and two workers $((end - middle)) s"

"${cli[@]}" stories --jsonl --postgres "$pg;Search Path=$single" >"$work/single.jsonl"
"${cli[@]}" stories --jsonl --postgres "$pg;Search Path=$workers" >"$work/workers.jsonl"
echo "stories: $(wc -l <"$work/single.jsonl") from one ingest, $(wc -l <"$work/workers.jsonl") from the workers"
if cmp -s "$work/single.jsonl" "$work/workers.jsonl"; then echo "SAME stories"; else echo "DIFFERENT stories"; exit 1; fi
