#!/usr/bin/env bash
# Scale benchmark: N generated articles (bench/corpus-gen.py) ingested end to end on this machine, with SQLite (one
# process) and with PostgreSQL (`ingest --enqueue`, then 1 or 2 `newstrace worker --until-idle` processes). Prints
# documents per second, peak RSS per process, database size, and story page and search latency under `serve`.
# Usage: bench/scale.sh N [sqlite] [pg1] [pg2]        (all three when none is named)
# Environment: NEWSTRACE_BENCH_POSTGRES  a connection string to a database the role may create schemas in
#                (default: the test server's, Host=127.0.0.1;Username=newstrace;Password=newstrace;Database=newstrace_test)
#              KEEP=1  keep the work directory and the PostgreSQL schemas; DURATION (wrk, default 10s); PORT (default 5191)
#              LATENCY=0  skip the serve/wrk part
#              CORPUS=FILE.jsonl  use this corpus (its first N lines) instead of generating one (a 1M corpus takes ~8 min)
set -euo pipefail
size=${1:?usage: bench/scale.sh N [sqlite] [pg1] [pg2]}
shift
configs=("$@")
[ ${#configs[@]} -eq 0 ] && configs=(sqlite pg1 pg2)
root=$(cd "$(dirname "$0")/.." && pwd)
pg=${NEWSTRACE_BENCH_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=newstrace;Password=newstrace;Database=newstrace_test"}
duration=${DURATION:-10s}
port=${PORT:-5191}
dotnet build -c Release "$root/src/NewsTrace.Cli" >/dev/null
cli=(dotnet "$root/src/NewsTrace.Cli/bin/Release/net10.0/newstrace.dll")
work=$(mktemp -d /tmp/newstrace-scale-XXXXXX)
server=""
schemas=()
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ "${KEEP:-0}" != 1 ]; then
        for schema in "${schemas[@]}"; do psql_run "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null || true; done
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# shellcheck source=bench/psql.sh
source "$root/bench/psql.sh"

seconds() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.1f}")' "$1" "$2"; }
peak_rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$1"; }

corpus="$work/corpus.jsonl"
start=$(date +%s.%N)
if [ -n "${CORPUS:-}" ]; then
    head -n "$size" "$CORPUS" >"$corpus"
    echo "corpus: $size articles, $(du -h "$corpus" | cut -f1) JSON Lines, the first $size lines of $CORPUS"
else
    python3 "$root/bench/corpus-gen.py" "$size" --out "$corpus" --truth "$work/truth.tsv"
    echo "corpus: $size articles, $(du -h "$corpus" | cut -f1) JSON Lines, $(cut -f2 "$work/truth.tsv" | sort -u | wc -l) stories, generated in $(seconds "$start" "$(date +%s.%N)") s"
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
case " ${configs[*]} " in
*" pg"*) echo "server: $(psql_run "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'max_wal_size', 'work_mem', 'synchronous_commit')")" ;;
esac
# With the kernel's automatic session groups, every terminal session gets an equal share of the CPU whatever its nice
# value, so `nice -n -10 bench/scale.sh` does not keep another session's build from taking a core. Say so.
if [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo 0)" = 1 ]; then
    echo "note: sched_autogroup_enabled=1: other sessions share the CPU equally regardless of nice (as root: echo 0 > /proc/sys/kernel/sched_autogroup_enabled)"
fi

# shellcheck source=bench/latency.sh
source "$root/bench/latency.sh"

for config in "${configs[@]}"; do
    case $config in
    sqlite)
        db="$work/store.db"
        start=$(date +%s.%N)
        /usr/bin/time -v "${cli[@]}" ingest "$corpus" --db "$db" --quiet 2>"$work/time-sqlite.txt" || true
        wall=$(seconds "$start" "$(date +%s.%N)")
        echo "sqlite: ingest $size in $wall s = $(python3 -c "print(f'{$size / $wall:.1f}')") documents/s, peak RSS $(peak_rss "$work/time-sqlite.txt"), database $(du -h "$db" | cut -f1)"
        latency "$db" sqlite
        ;;
    pg1 | pg2)
        workers=${config#pg}
        schema="nt_scale_${size}_${workers}_$$"
        schemas+=("$schema")
        conn="$pg;Search Path=$schema"
        start=$(date +%s.%N)
        /usr/bin/time -v "${cli[@]}" ingest "$corpus" --postgres "$conn" --enqueue --quiet 2>"$work/time-enqueue-$workers.txt"
        queued=$(date +%s.%N)
        echo "$config: enqueue $size in $(seconds "$start" "$queued") s, peak RSS $(peak_rss "$work/time-enqueue-$workers.txt")"
        pids=()
        for w in $(seq 1 "$workers"); do
            /usr/bin/time -v "${cli[@]}" worker --postgres "$conn" --until-idle --quiet 2>"$work/time-worker-$workers-$w.txt" &
            pids+=($!)
        done
        for pid in "${pids[@]}"; do wait "$pid" || true; done
        done_at=$(date +%s.%N)
        wall=$(seconds "$queued" "$done_at")
        total=$(seconds "$start" "$done_at")
        rss=$(for w in $(seq 1 "$workers"); do peak_rss "$work/time-worker-$workers-$w.txt"; echo -n " "; done)
        size_db=$(psql_run "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$schema' AND c.relkind IN ('r', 'm')")
        queue_db=$(psql_run "SELECT pg_size_pretty(pg_total_relation_size('$schema.work_queue'))")
        articles=$(psql_run "SELECT count(*) FROM $schema.articles")
        echo "$config: $workers worker(s) processed the queue in $wall s = $(python3 -c "print(f'{$size / $wall:.1f}')") documents/s ($(python3 -c "print(f'{$size / $total:.1f}')") with enqueue), peak RSS per worker $rss, $articles articles, database $size_db (queue table $queue_db)"
        latency "$conn" "$config"
        ;;
    *) echo "unknown configuration $config (sqlite, pg1, pg2)" >&2; exit 2 ;;
    esac
done
