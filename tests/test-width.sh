#!/bin/sh
# test-width.sh - every line of --help (the program's and each command's)
# fits in 80 columns in every language of po/LINGUAS, and so does every
# line of the screen dumps of tests/screen made in an 80-column terminal.
. "$top_srcdir/tests/lib.sh"

command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }

# too_wide WHAT FILE: a failure for each line of FILE wider than 80
# columns (a character is one column: Latin-script text).
too_wide() {
	checks=$((checks + 1))
	python3 -c 'import sys
bad = 0
for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if len(line) > 80:
        print("%s:%d is %d columns: %s" % (sys.argv[1], n, len(line), line))
        bad = 1
sys.exit(bad)' "$1" "$2" >"$tmp/wide" || { fail "lines wider than 80 columns"; cat "$tmp/wide" >&2; }
}

for lang in en $(sed 's/#.*//' "$top_srcdir/po/LINGUAS"); do
	LANGUAGE=$lang "$TREMPLIN" --help >"$tmp/help" 2>&1
	expect_eq "$lang: --help exit status" $? 0
	too_wide "$lang: --help" "$tmp/help"
	for cmd in diagnose jobs code sessions import data; do
		LANGUAGE=$lang "$TREMPLIN" $cmd --help >"$tmp/help" 2>&1
		expect_eq "$lang: $cmd --help exit status" $? 0
		too_wide "$lang: $cmd --help" "$tmp/help"
	done
done

# The dumps of scripts that keep the default size (80 columns).
for scr in "$top_srcdir"/tests/screen/*.scr; do
	grep -q '^size \|^resize ' "$scr" && continue
	name=$(basename "$scr" .scr)
	grep -v '^=== ' "$top_srcdir/tests/screen/$name.expect" | sed 's/<[0-9;]*>//g' >"$tmp/dump"
	too_wide "screen/$name" "$tmp/dump"
done
done_checks
