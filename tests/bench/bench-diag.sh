#!/bin/sh
# bench-diag.sh - run by tests/bench/run.sh (`make bench`) from the build
# tree: the diagnosis benchmark on the default database, then the same
# batch through the command line (10000 answers files in one process).
set -eu
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
db=${DIAG_BENCH_DB:-data/tremplin.db}
tests/bench/bench-diag "$db" 10000
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
for f in "$top_srcdir"/tests/personas/*.answers; do
	content=$(cat "$f")
	n=0
	while [ $n -lt 200 ]; do
		printf '%s\n' "$content" >"$tmp/p$i-$n.answers"
		n=$((n + 1))
	done
	i=$((i + 1))
done
count=$(ls "$tmp" | wc -l | tr -d ' ')
start=$(date +%s.%N)
./tremplin diagnose --json --date 2026-06-15 --db "$db" "$tmp"/*.answers >/dev/null
end=$(date +%s.%N)
echo "$count $start $end" | awk '{ printf "tremplin diagnose --json, %d files (each in its own lang): %.2f s, %.0f per second\n", $1, $3 - $2, $1 / ($3 - $2) }'
start=$(date +%s.%N)
./tremplin diagnose --json --lang fr --date 2026-06-15 --db "$db" "$tmp"/*.answers >/dev/null
end=$(date +%s.%N)
echo "$count $start $end" | awk '{ printf "tremplin diagnose --json --lang fr, %d files: %.2f s, %.0f per second\n", $1, $3 - $2, $1 / ($3 - $2) }'
