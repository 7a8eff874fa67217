#!/bin/sh
# run.sh [SECONDS] [TARGET...] - build and run the libFuzzer targets of
# tests/fuzz for SECONDS each (default 60); all when no TARGET is named
# (answers, rescode, csv, fold, config, and the importers' row readers:
# import-rome, import-rome4, import-imt, import-bmo, import-insee,
# import-default, each a build of fuzz-import.c).
#
# FUZZ_RUNS=N (environment): stop each target after N runs too, SECONDS
# being then the cap; the bounded run of README.md is
# `FUZZ_RUNS=10000000 sh tests/fuzz/run.sh 3600 TARGET`. FUZZ_CHECK_EVERY=N:
# the importers' targets run store_check() on one accepted input in N
# (default 16; 1: every one).
#
# Run it from a configured build tree (the folder where ./configure wrote
# config.h), e.g. `sh tests/fuzz/run.sh 120` or `make fuzz`. Everything is
# built and run in a temporary folder; the seed corpus is copied there, so
# the source tree is never written to. Prints, per target, the runs, the
# coverage (cov: of libFuzzer's final line) and whether it crashed. A crash
# keeps the temporary folder and prints the crash file: exit 1.
# Exit 77 when clang or libFuzzer is missing.
set -u

secs=${1:-60}
[ $# -gt 0 ] && shift
runs_max=${FUZZ_RUNS:-}
case $runs_max in
*[!0-9]*) echo "run.sh: FUZZ_RUNS must be a whole number, not \"$runs_max\"" >&2; exit 2 ;;
esac
case ${FUZZ_CHECK_EVERY:-16} in
''|0|*[!0-9]*) echo "run.sh: FUZZ_CHECK_EVERY must be a number from 1, not \"$FUZZ_CHECK_EVERY\"" >&2; exit 2 ;;
esac
case $secs in
''|*[!0-9]*) echo "run.sh: SECONDS must be a whole number, not \"$secs\"" >&2; exit 2 ;;
esac
targets=${*:-answers rescode csv fold config import-rome import-rome4 import-imt import-bmo import-insee import-default}

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
build=$(pwd)
CLANG=${CLANG:-clang}

if [ ! -f "$build/config.h" ]; then
	echo "run.sh: no config.h in $build: run this script from a configured build tree" >&2
	echo "run.sh: (cd to where you ran ./configure, then: sh $here/run.sh [SECONDS])" >&2
	exit 2
fi
if ! command -v "$CLANG" >/dev/null 2>&1; then
	echo "run.sh: SKIP: $CLANG not found (set CLANG=...); libFuzzer needs clang" >&2
	exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/tremplin-fuzz.XXXXXX") || exit 2
keep=0
cleanup() { [ "$keep" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Can this clang link a fuzzer at all?
printf '%s\n' '#include <stdint.h>' '#include <stddef.h>' \
	'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
	'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
	> "$work/probe.c"
if ! "$CLANG" -fsanitize=fuzzer "$work/probe.c" -o "$work/probe" >"$work/probe.log" 2>&1; then
	echo "run.sh: SKIP: $CLANG cannot link with -fsanitize=fuzzer (libclang_rt.fuzzer missing?)" >&2
	sed 's/^/  /' "$work/probe.log" >&2
	exit 77
fi

CFLAGS="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Wall -Wextra"
CPPFLAGS="-I$build -I$srcdir/core"
# The importers need SQLite, as configure found it.
SQLITE_LIBS=$(sed -n 's/^SQLITE_LIBS = *//p' "$build/Makefile" 2>/dev/null)
SQLITE_LIBS=${SQLITE_LIBS:--lsqlite3}
IMPORT_SOURCES="import.c import-rows.c import-default.c import-default-figures.c
	import-rome.c import-rome-access.c import-rome4.c import-crosswalk.c import-imt.c
	import-imt-channels.c import-imt-salaries.c import-bmo.c import-insee.c
	store.c stats.c clock.c err.c text.c csv.c situation.c situation-keys.c
	situation-file.c i18n.c"

# The core/ sources each target needs.
sources() {
	case $1 in
	answers) echo "situation.c situation-keys.c situation-file.c clock.c text.c err.c" ;;
	rescode) echo "rescode.c situation.c situation-keys.c situation-file.c clock.c text.c err.c" ;;
	csv) echo "csv.c err.c" ;;
	fold) echo "text.c err.c" ;;
	config) echo "config.c config-file.c text.c err.c" ;;
	import-rome | import-rome4 | import-imt | import-bmo | import-insee | import-default)
		echo "$IMPORT_SOURCES" ;;
	*) return 1 ;;
	esac
}

# Extra libFuzzer options: the resume code ends with a CRC that plain
# coverage cannot see; value profiling guides the fuzzer through it.
options() {
	case $1 in
	rescode) echo "-use_value_profile=1" ;;
	import-*) echo "-max_len=4096" ;;
	*) echo "" ;;
	esac
}

# The main file of a target, its defines and libraries: the importers'
# targets are one file built per kind, reading tests/fixtures/import and
# the schema that the build generated.
main_of() {
	case $1 in
	import-*)
		kind=$(echo "${1#import-}" | tr a-z0-9 A-Z0-9)
		echo "$here/fuzz-import.c $here/fuzz-sqlmem.c $build/core/schema-sql.c -DFUZZ_KIND=FUZZ_$kind" \
			"${FUZZ_CHECK_EVERY:+-DFUZZ_CHECK_EVERY=$FUZZ_CHECK_EVERY}" \
			"-DFUZZ_FIXTURES=\"$srcdir/tests/fixtures/import\" $SQLITE_LIBS" ;;
	*) echo "$here/fuzz-$1.c" ;;
	esac
}

status=0
printf '%-14s %10s %8s %9s %7s  %s\n' target runs runs/s cov seconds result
for t in $targets; do
	srcs=$(sources "$t") || { echo "run.sh: unknown target $t" >&2; status=2; continue; }
	files=""
	for s in $srcs; do files="$files $srcdir/core/$s"; done
	# shellcheck disable=SC2086
	if ! "$CLANG" $CFLAGS $CPPFLAGS $(main_of "$t") $files -o "$work/fuzz-$t" \
		>"$work/build-$t.log" 2>&1; then
		echo "run.sh: cannot build fuzz-$t:" >&2
		cat "$work/build-$t.log" >&2
		status=1
		continue
	fi
	mkdir -p "$work/corpus-$t" "$work/crash-$t"
	[ -d "$here/corpus/$t" ] && cp "$here/corpus/$t"/* "$work/corpus-$t/" 2>/dev/null
	log="$work/fuzz-$t.log"
	start=$(date +%s)
	# shellcheck disable=SC2046
	(cd "$work" && "./fuzz-$t" -max_total_time="$secs" -print_final_stats=1 \
		${runs_max:+-runs=$runs_max} \
		-artifact_prefix="$work/crash-$t/" $(options "$t") "corpus-$t") >"$log" 2>&1
	rc=$?
	took_s=$(($(date +%s) - start))
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	took=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
	# The coverage of the seeds alone (libFuzzer's INITED line) first.
	cov0=$(grep -m 1 'INITED' "$log" | grep -o 'cov: [0-9]*' | sed 's/cov: //')
	[ -n "$cov0" ] && [ -n "$cov" ] && cov="$cov0->$cov"
	crash=$(ls "$work/crash-$t" 2>/dev/null | head -n 1)
	if [ -n "$crash" ] || [ "$rc" -ne 0 ]; then
		keep=1
		status=1
		printf '%-14s %10s %8s %9s %7s  %s\n' "$t" "${runs:-?}" "${took:-?}" "${cov:-?}" \
			"$took_s" "CRASH (exit $rc): ${crash:+$work/crash-$t/$crash}"
		echo "  log: $log"
		grep -m 1 -A 12 'ERROR\|runtime error\|deadly signal' "$log" | sed 's/^/  /'
	else
		printf '%-14s %10s %8s %9s %7s  %s\n' "$t" "${runs:-?}" "${took:-?}" "${cov:-?}" \
			"$took_s" "ok${runs_max:+, at most $runs_max runs} in ${secs}s"
	fi
done
[ "$keep" = 1 ] && echo "run.sh: crash files and logs kept in $work"
exit $status
