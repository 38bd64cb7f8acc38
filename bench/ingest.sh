#!/usr/bin/env bash
# End-to-end ingest benchmark: wall time, throughput and peak memory of `newstrace ingest` on a directory.
# Usage: bench/ingest.sh DIR [THREADS] [POSTGRES_URL]
# A fresh store each run: a temporary SQLite file, or with POSTGRES_URL (postgres://user:password@host/database) a new
# schema in that database, dropped afterwards. The rerun shows the cost of skipping known inputs.
set -euo pipefail
dir=${1:?usage: bench/ingest.sh DIR [THREADS] [POSTGRES_URL]}
threads=${2:-0}
postgres=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli="$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll"
if [ -n "$postgres" ]; then
    schema="nt_bench_$$"
    case "$postgres" in *\?*) db="$postgres&search_path=$schema" ;; *) db="$postgres?search_path=$schema" ;; esac
    trap 'psql -q "$postgres" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1' EXIT
else
    db=$(mktemp -u /tmp/newstrace-bench-XXXXXX.db)
    trap 'rm -f "$db" "$db-wal" "$db-shm"' EXIT
fi
bytes=$(find "$dir" -type f -exec cat {} + | wc -c)
echo "input: $dir ($bytes bytes on disk), threads: ${threads/#0/all}, store: $([ -n "$postgres" ] && echo PostgreSQL || echo SQLite), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in first rerun; do
    /usr/bin/time -f "%e %M" -o /tmp/newstrace-bench-time dotnet "$cli" ingest "$dir" --db "$db" --threads "$threads" --quiet --json >/tmp/newstrace-bench-summary || true
    # time(1) prefixes a line when the command exits non-zero (3 = partial success); the figures are on the last line.
    python3 - "$run" /tmp/newstrace-bench-summary "$(tail -n 1 /tmp/newstrace-bench-time)" <<'PY'
import json, sys
run, summary, figures = sys.argv[1], json.load(open(sys.argv[2])), sys.argv[3].split()
seconds, kb = float(figures[0]), float(figures[1])
print(f"{run:<6} {summary['read']:>7} inputs, {summary['new']:>7} new, {seconds:7.2f} s wall, "
      f"{summary['read'] / seconds:8.1f} inputs/s, peak RSS {kb / 1024:6.0f} MB")
PY
done
if [ -n "$postgres" ]; then
    echo "database: $(psql -Atq "$postgres" -c "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$schema' AND c.relkind = 'r'")"
else
    echo "database: $(du -h "$db" | cut -f1)"
fi
