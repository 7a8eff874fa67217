#!/bin/sh
# bench-import.sh - time the full ROME import (goal: 1.5 s at most).
# Run from the build tree:  sh tests/bench/bench-import.sh [RUNS]
# Uses ../shared/data/rome-v347 beside the source tree (or $SHARED_DATA).
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
TREMPLIN=${TREMPLIN:-./tremplin}
SHARED_DATA=${SHARED_DATA:-$top_srcdir/../shared/data}
runs=${1:-7}
rome=$SHARED_DATA/rome-v347
[ -d "$rome" ] || { echo "SKIP: $rome absent"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tremplin-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

i=0
while [ "$i" -lt "$runs" ]; do
	rm -f "$tmp/bench.db"
	t0=$(date +%s%N)
	"$TREMPLIN" import rome "$rome" --db "$tmp/bench.db" >/dev/null || exit 1
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000)) >>"$tmp/times"
	i=$((i + 1))
done
# A new database each run: the time includes creating the schema.
median=$(sort -n "$tmp/times" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "full ROME import, $runs runs (ms): $(sort -n "$tmp/times" | tr '\n' ' ')"
echo "median: $median ms (goal: 1500 ms)"
[ "$median" -le 1500 ]
