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
pcs=$top_srcdir/tests/fixtures/import/imt2/crosswalk-pcs.txt
expect_status "imt import" 0 "$TREMPLIN" import imt "$ms" --crosswalk "$pcs" --year 2024 --db "$db"
# Rows of a known group and a known area (the sample has one bad code).
want=$(awk -F, 'NR == FNR { g[$0] = 1; next } FNR > 1 && ($11 in g) { n++ } END { print n + 0 }' \
	"$tmp/groups" "$ms/market_score.csv")
expect_eq "market" "$(count market)" "$want"
# employment_type: rows of a known group, a known area and a percent.
want=$(awk -F, 'NR == FNR { g[$0] = 1; next } FNR > 1 && ($9 in g) && $8 != "" { n++ } END { print n + 0 }' \
	"$tmp/groups" "$ms/employment_type.csv")
all=$(($(wc -l <"$ms/employment_type.csv") - 1))
expect_match "employment_type report" "$(cat "$tmp/out")" \
	"employment_type.csv: $all rows read, $want kept, $((all - want)) skipped"

# application_modes through the real FAP-ROME crosswalk: the pairs
# "FAP ROME LINE", a 6-character code standing for its group.
awk '/^ *"/ { split($0, a, "="); fap = a[2]; gsub(/[^A-Z0-9]/, "", fap)
	n = split(a[1], r, ","); for (i = 1; i <= n; i++) { c = r[i]; gsub(/[^A-Z0-9]/, "", c)
	print fap, substr(c, 1, 5), NR } }' "$ms/passage_fap2009_romev3.txt" >"$tmp/fap"
# Each group takes the channels of its family listed first with a figure.
awk -F, 'FNR == 1 { f++ } f == 1 { g[$0] = 1; next }
	f == 2 { split($0, p, " "); if (p[2] in g) { k = p[1] SUBSEP p[2]
		if (!(k in line) || p[3] < line[k]) line[k] = p[3]; fams[p[1]] = fams[p[1]] " " p[2] }; next }
	FNR > 1 && $6 != "" { kept[FNR] = 0; n = split(fams[$4], r, " "); for (i = 1; i <= n; i++) {
		l = line[$4 SUBSEP r[i]]; c = r[i] SUBSEP l; if (!((c, $1) in seen)) { seen[c, $1] = 1; cnt[c]++ }
		if (!(r[i] in best) || l < best[r[i]]) best[r[i]] = l; kept[FNR] = 1 } }
	END { for (j in best) rows += cnt[j SUBSEP best[j]]; for (k in kept) n2 += kept[k]; print rows + 0, n2 + 0 }' \
	"$tmp/groups" "$tmp/fap" "$ms/application_modes.csv" >"$tmp/want"
read channels modes_kept <"$tmp/want"
all=$(($(wc -l <"$ms/application_modes.csv") - 1))
echo "expected: $channels channels rows, $modes_kept application_modes rows kept"
expect_match "application_modes report" "$(cat "$tmp/out")" \
	"application_modes.csv: $all rows read, $modes_kept kept, $((all - modes_kept)) skipped"
expect_eq "channels" "$(count channels)" "$channels"
checks=$((checks + 1))
[ "$channels" -gt 0 ] || fail "application_modes: no channel expected, the check proves nothing"

# salaries through the test PCS-ROME crosswalk: one range per group, area
# and age group that some mapped profession publishes.
awk 'FNR == 1 { f++ } f == 1 { g[$0] = 1; next }
	f == 2 { if ($0 !~ /^#/ && NF) { split($0, p, "\t"); if (p[2] in g) m[p[1]] = m[p[1]] " " p[2] }; next }
	FNR == 1 { next }
	$7 == -1 || $7 == -2 || $8 == -1 || $8 == -2 { sentinel++; next }
	{ n = split(m[$9], r, " "); if (n) kept++; for (i = 1; i <= n; i++) key[r[i] SUBSEP $3 SUBSEP $1] = 1 }
	END { for (k in key) rows++; print rows + 0, kept + 0, sentinel + 0 }' \
	FS=, "$tmp/groups" FS='\t' "$pcs" FS=, "$ms/salaries.csv" >"$tmp/want"
read salaries sal_kept sentinels <"$tmp/want"
all=$(($(wc -l <"$ms/salaries.csv") - 1))
echo "expected: $salaries salaries rows, $sal_kept salaries rows kept, $sentinels sentinels"
expect_match "salaries report" "$(cat "$tmp/out")" \
	"salaries.csv: $all rows read, $sal_kept kept, $((all - sal_kept)) skipped"
expect_match "salaries sentinels" "$(cat "$tmp/out")" "$sentinels rows without a published salary"
expect_eq "salaries" "$(count salaries)" "$salaries"
checks=$((checks + 1))
[ "$salaries" -gt 0 ] || fail "salaries: no range expected, the check proves nothing"

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
