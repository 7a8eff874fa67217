#!/bin/sh
# `tremplin jobs`: the searches the issue names, on the default database
# and, when ../shared/data is there, on the full official referential.
. "$top_srcdir/tests/lib.sh"

# first_code QUERY [DB]: the job group of the best hit.
first_code() {
	"$TREMPLIN" jobs $1 ${2:+--db "$2"} 2>/dev/null | head -1 | cut -f1
}

check_searches() {
	for q in "aide soi" "AIDE-SOIGNANT" "aide soignante" "Aide-Soignante"; do
		expect_eq "'$q' finds J1501${1:+ (full)}" "$(first_code "$q" "$1")" J1501
	done
	expect_eq "'boulang' finds D1102${1:+ (full)}" "$(first_code boulang "$1")" D1102
	expect_eq "'BOULANGÈRE' finds D1102${1:+ (full)}" "$(first_code "BOULANGÈRE" "$1")" D1102
	expect_eq "'cariste' finds N1101${1:+ (full)}" "$(first_code cariste "$1")" N1101
}

check_searches ""
# The output is CODE<TAB>title<TAB>job group name.
expect_status "jobs output" 0 "$TREMPLIN" jobs "aide soi"
expect_eq "first line" "$(head -1 "$tmp/out")" "$(printf 'J1501\tAide-soignant / Aide-soignante\tSoins d%shygiène, de confort du patient' "'")"
expect_status "no match" 1 "$TREMPLIN" jobs zzzzqqq
expect_match "no match message" "$(cat "$tmp/err")" "no job title matches 'zzzzqqq'"
expect_status "no query" 2 "$TREMPLIN" jobs
expect_status "missing database" 1 "$TREMPLIN" jobs boulang --db "$tmp/nope.db"
expect_match "missing database message" "$(cat "$tmp/err")" "nope.db: cannot open the database"
printf 'not a database at all, only some text to fill the first page....' >"$tmp/junk.db"
expect_status "corrupt database" 1 "$TREMPLIN" jobs boulang --db "$tmp/junk.db"
expect_match "corrupt database message" "$(cat "$tmp/err")" "junk.db: not a Tremplin database"
expect_eq "corrupt database untouched" "$(cat "$tmp/junk.db")" 'not a database at all, only some text to fill the first page....'

if [ -d "$SHARED_DATA/rome-v347" ]; then
	"$TREMPLIN" import rome "$SHARED_DATA/rome-v347" --db "$tmp/full.db" >/dev/null ||
		fail "full ROME import"
	check_searches "$tmp/full.db"
else
	echo "note: $SHARED_DATA absent, the full-referential searches were not run"
fi
done_checks
