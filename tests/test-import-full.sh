#!/bin/sh
# test-import-full.sh - the importers on the real official files of
# ../shared/data (skipped when absent). Expected counts are worked out from
# the files themselves with awk, independently of the program.
. "$top_srcdir/tests/lib.sh"
need_shared rome-v347
need_shared insee
need_shared market-samples

rome=$SHARED_DATA/rome-v347
db=$tmp/full.db
count() {
	"$TREMPLIN" data stats --db "$db" | awk -v t="$1" '$1 == t { print $2 }'
}

# Fields of the ROME export are all quoted and hold no '","' inside.
fields='BEGIN { FS = "\",\"" } { gsub(/^"|"\r?$/, "") }'
awk "$fields"' NR > 1 { print $1 }' "$rome"/unix_referentiel_code_rome_v*_utf8.csv | sort -u >"$tmp/groups"
groups=$(wc -l <"$tmp/groups" | tr -d ' ')
titles=$(awk "$fields"' NR == FNR { g[$0] = 1; next } FNR > 1 && ($4 in g) { print $4 "|" $2 }' \
	"$tmp/groups" "$rome"/unix_referentiel_appellation_v*_utf8.csv | sort -u | wc -l | tr -d ' ')
links=$(awk "$fields"' NR == FNR { g[$0] = 1; next } FNR > 1 && ($1 in g) && ($2 in g) && $1 != $2 && ($5 == 1 || $5 == 2) { print $1, $2, $5 }' \
	"$tmp/groups" "$rome"/unix_rubrique_mobilite_v*_utf8.csv | sort -u | wc -l | tr -d ' ')
texts=$(awk "$fields"' NR == FNR { g[$0] = 1; next } FNR > 1 && ($1 in g) && $4 != "" { print $1, $5, $2 }' \
	"$tmp/groups" "$rome"/unix_texte_v*_utf8.csv | sort -u | wc -l | tr -d ' ')

echo "expected: $groups groups, $titles titles, $links links, $texts texts"
expect_eq "groups in the file" "$groups" 531
expect_status "rome import" 0 "$TREMPLIN" import rome "$rome" --db "$db"
expect_eq "job_groups" "$(count job_groups)" "$groups"
expect_eq "job_titles" "$(count job_titles)" "$titles"
expect_eq "job_links" "$(count job_links)" "$links"
expect_eq "job_texts" "$(count job_texts)" "$texts"
expect_eq "domains" "$(count domains)" 14
expect_match "read as v3" "$(cat "$tmp/out")" "ROME v3 files, release 347\."
if command -v sqlite3 >/dev/null 2>&1; then
	expect_eq "release recorded" \
		"$(sqlite3 -batch "$db" "SELECT release FROM sources WHERE kind = 'rome'")" 347
fi
# The titles of a group missing from the groups file are skipped, counted.
all_titles=$(($(wc -l <"$rome"/unix_referentiel_appellation_v347_utf8.csv) - 1))
expect_match "titles report" "$(cat "$tmp/out")" \
	"appellation_v347_utf8.csv: $all_titles rows read, $titles kept, $((all_titles - titles)) skipped"

expect_status "insee import" 0 "$TREMPLIN" import insee "$SHARED_DATA/insee" --db "$db"
expect_eq "departements" "$(count departements)" 101
expect_eq "regions" "$(count regions)" 18

ms=$SHARED_DATA/market-samples
expect_status "imt import" 0 "$TREMPLIN" import imt "$ms" --year 2024 --db "$db"
# Rows of a known group and a known area (the sample has one bad code).
want=$(awk -F, 'NR == FNR { g[$0] = 1; next } FNR > 1 && ($11 in g) { n++ } END { print n + 0 }' \
	"$tmp/groups" "$ms/market_score.csv")
expect_eq "market" "$(count market)" "$want"
expect_status "bmo import" 0 "$TREMPLIN" import bmo "$ms/bmo.csv" --year 2024 --db "$db"
expect_match "bmo report" "$(cat "$tmp/out")" "bmo.csv: 12 rows read"
recruit=$(count recruitment)
checks=$((checks + 1))
[ "${recruit:-0}" -gt 0 ] || fail "bmo: no recruitment row"
expect_status "data check" 0 "$TREMPLIN" data check --db "$db"

cp "$db" "$tmp/before.db"
expect_status "rome again" 0 "$TREMPLIN" import rome "$rome" --db "$db"
expect_eq "job_titles again" "$(count job_titles)" "$titles"
expect_eq "job_links again" "$(count job_links)" "$links"

done_checks
