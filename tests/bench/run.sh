#!/bin/sh
# Run the benchmarks against the full official referential when
# ../shared/data is there, else against the default database.
# Usage: tests/bench/run.sh   (from the build tree, after make)
set -eu
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${SHARED_DATA:-$top_srcdir/../shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=data/tremplin.db
if [ -d "$shared/rome-v347" ]; then
	db=$tmp/full.db
	./tremplin import insee "$shared/insee" --db "$db" >/dev/null
	./tremplin import rome "$shared/rome-v347" --db "$db" >/dev/null
	./tremplin import imt "$shared/market-samples/market_score.csv" --db "$db" >/dev/null
	echo "database: the full official ROME referential ($db)"
else
	echo "database: the default data set ($db)"
fi
tests/bench/bench-search "$db" "$top_srcdir/tests/bench/queries.txt"
tests/bench/bench-market "$db"
if [ "$db" != data/tremplin.db ]; then
	echo "database: the default data set (a figure for every job group)"
	tests/bench/bench-search data/tremplin.db "$top_srcdir/tests/bench/queries.txt"
fi
for b in "$top_srcdir"/tests/bench/bench-*.sh; do
	[ -f "$b" ] && top_srcdir=$top_srcdir SHARED_DATA=$shared sh "$b"
done
exit 0
