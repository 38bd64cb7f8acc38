#!/usr/bin/env bash
# The million-article benchmark of issue 9: 1,000,000 generated articles end to end with SQLite, and with PostgreSQL
# and 1 and 2 workers (bench/scale.sh does the work). On the 2-core machine this takes several hours in all; see
# docs/benchmarks.md for the measured 10,000 and 100,000 runs and the extrapolation. Needs ~6 GB in /tmp for the corpus.
set -euo pipefail
exec "$(dirname "$0")/scale.sh" 1000000 "$@"
