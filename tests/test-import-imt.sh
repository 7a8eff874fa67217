#!/bin/sh
# test-import-imt.sh - `tremplin import imt` on the hand-written IMT files
# of tests/fixtures/import/imt2 (one of each kind, recognised by header):
# what lands in the market, channels and salaries tables, the skip counts,
# the crosswalks (FAP-ROME beside the files or given, PCS-ROME given), the
# `sources` rows, re-imports, and every malformed variant of
# tests/fixtures/import/imt2-bad refused with FILE:LINE and the database
# left byte for byte as it was.
. "$top_srcdir/tests/lib.sh"

fx=$top_srcdir/tests/fixtures/import
im=$fx/imt2
pcs=$im/crosswalk-pcs.txt
fap=$im/passage_fap2009_romev3.txt
db=$tmp/imt.db

count() {
	"$TREMPLIN" data stats --db "$db" | awk -v t="$1" '$1 == t { print $2 }'
}
# sql QUERY: one value out of the database.
sql() {
	sqlite3 "$db" "$1"
}
# refused WHAT MESSAGE-REGEX ARG...: the import fails with exit 2, its
# first line matches, and $db is as it was.
refused() {
	what=$1 msg=$2
	shift 2
	cp "$db" "$tmp/before.db"
	expect_status "$what: refused" 2 "$TREMPLIN" import imt "$@" --db "$db"
	expect_match "$what: message" "$(head -n 1 "$tmp/err")" "$msg"
	checks=$((checks + 1))
	cmp -s "$tmp/before.db" "$db" || fail "$what: the database changed"
}

command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: no sqlite3 program"; exit 77; }

# The groups D1102 D1106 K2204 N4101, départements 75 01 69, régions 11
# 84, and example market rows (D1102 D75 and F, N4101 R84).
expect_status "default fixture" 0 "$TREMPLIN" import default "$fx/default" --db "$db"

# --- One file at a time ----------------------------------------------------
# salaries.csv without a crosswalk: refused, naming the option.
refused "salaries without crosswalk" \
	"salaries.csv: the figures are per PCS profession: give a PCS-ROME crosswalk with --crosswalk" \
	"$im/salaries.csv"
# ... and with only the FAP-ROME one.
refused "salaries with the FAP crosswalk" \
	"salaries.csv: .*no --crosswalk file is a PCS-ROME crosswalk" \
	"$im/salaries.csv" --crosswalk "$fap"

# employment_type.csv alone, before any market_score: it makes rows that
# hold only the shares, and replaces the example row N4101 R84.
expect_status "employment_type alone" 0 "$TREMPLIN" import imt "$im/employment_type.csv" --year 2025 --db "$db"
expect_match "employment_type report" "$(cat "$tmp/out")" \
	"employment_type.csv: 10 rows read, 8 kept, 2 skipped"
expect_eq "shares D1102 D75" "$(sql "SELECT cdi_share, cdd_share, interim_share, quote(offers), example FROM market WHERE rome = 'D1102' AND level = 'D' AND area = '75'")" \
	"50.0|30.0|10.0|NULL|0"
expect_eq "N4101 R84 replaced" "$(sql "SELECT cdi_share, quote(tension), source FROM market WHERE rome = 'N4101' AND level = 'R'")" \
	"100.0|NULL|France Travail, IMT (employment_type)"
expect_eq "example row kept elsewhere" "$(sql "SELECT example FROM market WHERE rome = 'D1102' AND level = 'F'")" 1
expect_eq "no 13 row" "$(sql "SELECT count(*) FROM market WHERE area = '13'")" 0
# Again: the same shares, not twice them.
expect_status "employment_type again" 0 "$TREMPLIN" import imt "$im/employment_type.csv" --year 2025 --db "$db"
expect_eq "shares not added twice" "$(sql "SELECT cdi_share FROM market WHERE rome = 'D1102' AND area = '75'")" "50.0"

# market_score.csv then: it takes the shares already there.
expect_status "market_score" 0 "$TREMPLIN" import imt "$im/market_score.csv" --year 2025 --db "$db"
expect_match "market_score report" "$(cat "$tmp/out")" "market_score.csv: 5 rows read, 3 kept, 2 skipped"
expect_eq "D1102 D75 figures and shares" "$(sql "SELECT offers, candidates, tension, seasonal_months, cdi_share, source FROM market WHERE rome = 'D1102' AND level = 'D' AND area = '75'")" \
	"100|200|5.0|1|50.0|France Travail, IMT (market_score)"
# Again: the shares stay.
expect_status "market_score again" 0 "$TREMPLIN" import imt "$im/market_score.csv" --year 2025 --db "$db"
expect_eq "shares survive a market_score re-import" "$(sql "SELECT cdi_share, offers FROM market WHERE rome = 'D1102' AND area = '75'")" "50.0|100"
expect_eq "market rows" "$(count market)" 6

# application_modes.csv: the FAP-ROME crosswalk beside it is found.
expect_status "application_modes" 0 "$TREMPLIN" import imt "$im/application_modes.csv" --year 2025 --db "$db"
expect_match "application_modes report" "$(cat "$tmp/out")" "application_modes.csv: 16 rows read, 12 kept, 4 skipped"
expect_match "crosswalk report" "$(cat "$tmp/out")" "passage_fap2009_romev3.txt: 5 rows read, 5 kept"
expect_eq "channels" "$(count channels)" 8
expect_eq "D1106 channels" "$(sql "SELECT group_concat(channel || '=' || share, ' ') FROM (SELECT * FROM channels WHERE rome = 'D1106' ORDER BY channel)")" \
	"intermediaries=30.0 network=20.0 other=10.0 spontaneous=40.0"
# D1102 is in S0Z20 (listed first, two figures) and S0Z42 (four): all
# its shares come from S0Z20.
expect_eq "D1102 channels from one family" "$(sql "SELECT group_concat(channel || '=' || share, ' ') FROM (SELECT * FROM channels WHERE rome = 'D1102' ORDER BY channel)")" \
	"intermediaries=45.0 spontaneous=55.0"
expect_eq "channel origin" "$(sql "SELECT DISTINCT source || '|' || year || '|' || example FROM channels")" \
	"France Travail, IMT (application_modes)|2025|0"
# Without the crosswalk beside it and none given: refused.
mkdir "$tmp/alone"
cp "$im/application_modes.csv" "$tmp/alone/"
refused "application_modes without crosswalk" \
	"application_modes.csv: the figures are per FAP family: give the FAP-ROME crosswalk with --crosswalk" \
	"$tmp/alone/application_modes.csv"
expect_status "application_modes, --crosswalk" 0 "$TREMPLIN" import imt "$tmp/alone/application_modes.csv" \
	--crosswalk "$fap" --year 2025 --db "$db"
expect_eq "channels again" "$(count channels)" 8

# salaries.csv with the PCS-ROME crosswalk.
expect_status "salaries" 0 "$TREMPLIN" import imt "$im/salaries.csv" --crosswalk "$pcs" --year 2025 --db "$db"
expect_match "salaries report" "$(cat "$tmp/out")" "salaries.csv: 10 rows read, 6 kept, 4 skipped"
expect_match "salaries sentinels" "$(cat "$tmp/out")" "2 rows without a published salary"
expect_eq "salaries" "$(count salaries)" 6
expect_eq "D1102 75 under 35" "$(sql "SELECT minimum || '-' || maximum FROM salaries WHERE rome = 'D1102' AND area = '75' AND age_group = 'under35'")" "1800-2500"
# D1106 from 35: its first PCS (554a) is confidential there; the next
# one listed for it (683a) has a figure.
expect_eq "D1106 75 from 35" "$(sql "SELECT minimum || '-' || maximum FROM salaries WHERE rome = 'D1106' AND area = '75' AND age_group = 'from35'")" "1900-2600"
expect_eq "K2204 France" "$(sql "SELECT level || '[' || area || ']' || minimum FROM salaries WHERE rome = 'K2204'")" "F[]1600"
expect_eq "N4101 region" "$(sql "SELECT level || area || ' ' || age_group FROM salaries WHERE rome = 'N4101'")" "R84 under35"
expect_eq "salary origin" "$(sql "SELECT DISTINCT source || '|' || year || '|' || example FROM salaries")" \
	"France Travail, IMT (salaries)|2025|0"
expect_status "data check" 0 "$TREMPLIN" data check --db "$db"
# data check sees channels and salaries that do not hold together.
cp "$db" "$tmp/broken.db"
sqlite3 "$tmp/broken.db" "INSERT INTO channels VALUES ('M1607', 'network', 10, 't', 2025, 1);
	INSERT INTO salaries VALUES ('D1102', 'D', '13', 'under35', 1, 2, 't', 2025, 1);
	UPDATE salaries SET minimum = 9999 WHERE rome = 'K2204'"
expect_status "data check, broken" 1 "$TREMPLIN" data check --db "$tmp/broken.db"
expect_match "check channel" "$(cat "$tmp/out")" "hiring channel of an unknown job group: M1607 network"
expect_match "check salary area" "$(cat "$tmp/out")" "salary range of an unknown job group or area: D1102 D13 under35"
expect_match "check salary range" "$(cat "$tmp/out")" "minimum above its maximum: K2204 F under35"

# data stats: one line per IMT source, with year and row count.
"$TREMPLIN" data stats --db "$db" >"$tmp/stats"
expect_match "stats channels" "$(cat "$tmp/stats")" "^  channels +8$"
expect_match "stats salaries" "$(cat "$tmp/stats")" "^  salaries +6$"
expect_match "stats market_score" "$(cat "$tmp/stats")" "imt +France Travail, IMT \(market_score\), 2025, 3 rows"
expect_match "stats employment_type" "$(cat "$tmp/stats")" "imt +France Travail, IMT \(employment_type\), 2025, 4 rows"
expect_match "stats application_modes" "$(cat "$tmp/stats")" "imt +France Travail, IMT \(application_modes\), 2025, 8 rows"
expect_match "stats salaries source" "$(cat "$tmp/stats")" "imt +France Travail, IMT \(salaries\), 2025, 6 rows"
expect_eq "one sources row per IMT source" "$(grep -c '^  imt ' "$tmp/stats")" 4
expect_match "stats example flag" "$(cat "$tmp/stats")" "default +Tremplin default data set, 2025, .*\(example figures\)"
# A release, when the source has one, follows its name (no importer of
# this branch sets one: written here by hand).
cp "$db" "$tmp/rel.db"
sqlite3 "$tmp/rel.db" "UPDATE sources SET release = '461' WHERE kind = 'default'"
expect_match "stats release" "$("$TREMPLIN" data stats --db "$tmp/rel.db")" \
	"default +Tremplin default data set release 461, 2025, [0-9]+ rows"

# --- The folder ------------------------------------------------------------
cp "$db" "$tmp/files.db"
refused "folder without PCS crosswalk" "salaries.csv: the figures are per PCS profession" "$im"
cp -r "$im" "$tmp/nofap"
rm "$tmp/nofap/passage_fap2009_romev3.txt"
refused "folder without FAP crosswalk" \
	"application_modes.csv: the figures are per FAP family: give the FAP-ROME crosswalk" \
	"$tmp/nofap" --crosswalk "$pcs"
expect_status "folder" 0 "$TREMPLIN" import imt "$im" --crosswalk "$pcs" --year 2025 --db "$db"
for f in market_score employment_type application_modes salaries; do
	expect_match "folder reads $f" "$(cat "$tmp/out")" "^$f.csv: "
done
# The same tables as the files one by one (sources paths differ).
for t in market channels salaries; do
	checks=$((checks + 1))
	[ "$(sqlite3 "$db" "SELECT * FROM $t ORDER BY 1, 2, 3, 4")" = \
	  "$(sqlite3 "$tmp/files.db" "SELECT * FROM $t ORDER BY 1, 2, 3, 4")" ] ||
		fail "folder: table $t differs from the files imported one by one"
done
expect_status "folder, both crosswalks" 0 "$TREMPLIN" import imt "$im" --crosswalk "$pcs" \
	--crosswalk "$fap" --year 2024 --db "$db"
expect_eq "year 2024 everywhere" "$(sql "SELECT count(*) FROM salaries WHERE year <> 2024") $(sql "SELECT count(*) FROM channels WHERE year <> 2024")" "0 0"
expect_status "three crosswalks" 2 "$TREMPLIN" import imt "$im" --crosswalk "$pcs" \
	--crosswalk "$fap" --crosswalk "$fap" --db "$db"

# bmo takes the FAP-ROME one of two crosswalks, in either order: the
# same report as with that one alone.
"$TREMPLIN" import bmo "$fx/bmo/bmo.csv" --crosswalk "$fx/bmo/passage_fap2009_romev3.txt" \
	--year 2025 --db "$db" | grep '^bmo.csv' >"$tmp/bmo1"
for order in "$pcs $fx/bmo/passage_fap2009_romev3.txt" "$fx/bmo/passage_fap2009_romev3.txt $pcs"; do
	set -- $order
	expect_status "bmo, two crosswalks ($1 first)" 0 "$TREMPLIN" import bmo "$fx/bmo/bmo.csv" \
		--crosswalk "$1" --crosswalk "$2" --year 2025 --db "$db"
	expect_eq "bmo, two crosswalks: report" "$(grep '^bmo.csv' "$tmp/out")" "$(cat "$tmp/bmo1")"
done
expect_status "bmo, two PCS crosswalks" 2 "$TREMPLIN" import bmo "$fx/bmo/bmo.csv" \
	--crosswalk "$pcs" --crosswalk "$pcs" --db "$db"
expect_match "bmo, two PCS crosswalks: message" "$(cat "$tmp/err")" "none of the --crosswalk files is a FAP-ROME crosswalk"

# A folder with no IMT file; a file that is none.
mkdir "$tmp/empty"
cp "$fx/bmo/bmo.csv" "$tmp/empty/"
refused "folder without IMT file" "no IMT file in this folder" "$tmp/empty"
refused "not an IMT file" "bmo.csv:1: not an IMT file" "$fx/bmo/bmo.csv"
# Two files of one kind.
cp -r "$im" "$tmp/two"
cp "$im/salaries.csv" "$tmp/two/salaries-2.csv"
refused "two salaries files" "two salaries.csv files" "$tmp/two" --crosswalk "$pcs"
# Recognised by the header, not the name.
cp "$im/salaries.csv" "$tmp/renamed.csv"
expect_status "renamed salaries" 0 "$TREMPLIN" import imt "$tmp/renamed.csv" --crosswalk "$pcs" --year 2024 --db "$db"
expect_match "renamed salaries report" "$(cat "$tmp/out")" "renamed.csv: 10 rows read, 6 kept, 4 skipped"

# --- Malformed files -------------------------------------------------------
# Each variant replaces its file in a copy of the folder; the import of
# the whole folder is refused, the message names the file and its line.
for bad in "$top_srcdir"/tests/fixtures/import/imt2-bad/*; do
	name=$(basename "$bad")
	file=${name%.*}
	rm -rf "$tmp/bad"
	cp -r "$im" "$tmp/bad"
	cp "$bad" "$tmp/bad/$file"
	# The line each variant breaks.
	case $name in
	*.missing-column) line=1 ;;
	market_score.csv.bad-tension|salaries.csv.bad-number) line=3 ;;
	application_modes.csv.percent-negative) line=5 ;;
	salaries.csv.min-above-max|salaries.csv.bad-age) line=7 ;;
	passage_fap2009_romev3.txt.bad-line) line=7 ;;
	salaries.csv.negative) line=8 ;;
	crosswalk-pcs.txt.bad-rome) line=9 ;;
	employment_type.csv.percent-over-100) line=10 ;;
	application_modes.csv.bad-quote|crosswalk-pcs.txt.bad-pcs) line=11 ;;
	crosswalk-pcs.txt.space) line=12 ;;
	application_modes.csv.bad-channel) line=14 ;;
	*) line='[0-9]+' ;;
	esac
	case $name in
	*.header-only) pattern="no row in .*/$file" ;;
	*) pattern="/$file:$line: " ;;
	esac
	refused "imt2-bad $name" "$pattern" "$tmp/bad" --crosswalk "$tmp/bad/crosswalk-pcs.txt"
	case $file in
	*.csv)
		refused "imt2-bad $name alone" "$pattern" "$tmp/bad/$file" \
			--crosswalk "$tmp/bad/crosswalk-pcs.txt" ;;
	esac
done
# The header-only files leave the old rows: still 6 salaries.
expect_eq "salaries kept after refusals" "$(count salaries)" 6

done_checks
