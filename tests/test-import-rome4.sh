#!/bin/sh
# test-import-rome4.sh - `tremplin import rome` on the hand-written ROME 4.0
# folder of tests/fixtures/import/rome4: counts, parents, title ranks,
# what the access texts gave, the release and year recorded in `sources`,
# the search order by rank; each variant of rome4-bad (one defect each)
# refused with its message and the database left byte for byte as it was;
# a folder without version.txt; a v3 folder still read as v3, with its
# release. Rows are read back with sqlite3 when it is installed, else the
# checks that need it are skipped (with a note).
. "$top_srcdir/tests/lib.sh"

fx=$top_srcdir/tests/fixtures/import
db=$tmp/test.db

count() {
	"$TREMPLIN" data stats --db "$db" | awk -v t="$1" '$1 == t { print $2 }'
}

have_sql=0
command -v sqlite3 >/dev/null 2>&1 && have_sql=1
# sql QUERY: the rows of QUERY on $db, fields split by '|'.
sql() {
	sqlite3 -batch "$db" "$1"
}

# --- the good folder -----------------------------------------------------
expect_status "rome4 import" 0 "$TREMPLIN" import rome "$fx/rome4" --db "$db"
out=$(cat "$tmp/out")
expect_match "4.0 said" "$out" "ROME 4\.0 files, release 499 of 15/01/2027\."
expect_match "year said" "$out" "Figures dated 2027, the year of publication\."
expect_match "domains report" "$out" "grand_domaine_v499_utf8.csv: 6 rows read, 6 kept, 0 skipped"
expect_match "sheets report" "$out" "code_rome_v499_utf8.csv: 8 rows read, 8 kept, 0 skipped"
# A title of a sheet not in the file, a duplicate of a sheet's title.
expect_match "titles report" "$out" "appellation_v499_utf8.csv: 26 rows read, 24 kept, 2 skipped"
# A link to itself, to an unknown sheet, a duplicate.
expect_match "links report" "$out" "mobilite_v499_utf8.csv: 12 rows read, 9 kept, 3 skipped"
# A text of an unknown sheet, an empty text.
expect_match "texts report" "$out" "texte_v499_utf8.csv: 17 rows read, 15 kept, 2 skipped"
expect_eq "job_groups" "$(count job_groups)" 8
expect_eq "job_titles" "$(count job_titles)" 24
expect_eq "job_links" "$(count job_links)" 9
expect_eq "job_texts" "$(count job_texts)" 15
expect_eq "domains" "$(count domains)" 6
expect_status "data check" 0 "$TREMPLIN" data check --db "$db"
expect_match "source row" "$("$TREMPLIN" data stats --db "$db")" \
	"rome +France Travail, ROME release 499, 2027, 62 rows, imported 2026-11-27 from .*/rome4"

if [ "$have_sql" = 1 ]; then
	expect_eq "parents" "$(sql "SELECT code || '<' || parent FROM job_groups WHERE parent IS NOT NULL ORDER BY code" | tr '\n' ' ')" \
		"M1405<M1403 M1811<M1805 "
	expect_eq "a sheet that is its own parent has none" \
		"$(sql "SELECT count(*) FROM job_groups WHERE parent IS NULL")" 6
	expect_eq "ranks" "$(sql "SELECT rank || ':' || count(*) FROM job_titles GROUP BY rank ORDER BY rank" | tr '\n' ' ')" \
		"0:8 1:12 2:4 "
	expect_eq "one principal title per sheet" \
		"$(sql "SELECT count(DISTINCT code) FROM job_titles WHERE rank = 0")" 8
	expect_eq "rarely used titles" \
		"$(sql "SELECT code || ' ' || title FROM job_titles WHERE rank = 2 ORDER BY code" | tr '\n' '|')" \
		"D1102 Mitron / Mitronne|M1403 Data scientist|M1805 Ingénieur / Ingénieure données|N1101 Chariot élévateur (conducteur de)|"
	expect_eq "the first title of a duplicate is kept" \
		"$(sql "SELECT rank FROM job_titles WHERE code = 'D1102' AND title = 'Boulanger / Boulangère'")" 0
	expect_eq "links are close jobs" "$(sql "SELECT DISTINCT kind FROM job_links")" close
	expect_eq "release" "$(sql "SELECT release || ' ' || year FROM sources WHERE kind = 'rome'")" "499 2027"
	# The access texts (acces_metier) through v3's rules: required, level, licence.
	expect_eq "access rules" "$(sql "SELECT code || ':' || diploma_required || ':' || ifnull(diploma_level, '-') || ':' || licence_often FROM job_groups ORDER BY code" | tr '\n' ' ')" \
		"D1102:0:cap_bep:0 J1501:1:-:0 K2204:0:none:0 M1403:1:bac5:0 M1405:1:bac5:0 M1805:1:bac2:0 M1811:1:bac5:0 N1101:0:none:1 "
	expect_eq "texts keep their 4.0 kind" \
		"$(sql "SELECT kind || ':' || count(*) FROM job_texts GROUP BY kind ORDER BY kind" | tr '\n' ' ')" \
		"acces_metier:11 definition:4 "
	expect_eq "domain names" "$(sql "SELECT name FROM domains WHERE code = 'M'")" "Support à l'entreprise"
else
	echo "note: sqlite3 absent, parents, ranks, access rules and release not read back"
fi

# --- the search: every sheet by its principal title; rank breaks ties ----
# hits QUERY: the codes of the hits, in order, on one line.
hits() {
	"$TREMPLIN" jobs "$1" --db "$db" 2>/dev/null | cut -f1 | tr '\n' ' '
}
for t in "Boulanger" "Aide-soignant" "Agent de nettoyage de locaux" \
	"Chargé d'études socio-économiques" "Data scientist" "Développeur informatique" \
	"Data engineer" "Cariste"; do
	expect_match "'$t' finds a sheet" "$(hits "$t")" "^[A-N][0-9]{4} "
done
expect_eq "'cariste'" "$(hits cariste)" "N1101 "
# The same title in two sheets: the principal one first, then a synonym,
# a rarely used one last (the rarer titles were written first, so a search
# that ignored the rank would list them first).
expect_eq "principal before rare" "$(hits "data scientist")" "M1405 M1403 "
expect_eq "principal before synonym" "$(hits "data engineer")" "M1811 M1805 "
expect_eq "synonym before rare" "$(hits "ingenieur donnees")" "M1811 M1805 "
expect_status "jobs output" 0 "$TREMPLIN" jobs "data scientist" --db "$db"
expect_eq "first line" "$(head -n 1 "$tmp/out")" "$(printf 'M1405\tData scientist\tData scientist')"

# --- importing again gives the same tables --------------------------------
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats1"
expect_status "rome4 again" 0 "$TREMPLIN" import rome "$fx/rome4" --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats2"
checks=$((checks + 1))
cmp -s "$tmp/stats1" "$tmp/stats2" || fail "rome4 re-import changed data stats"

# --- bad variants: refused whole, the database as it was ------------------
# want NAME: the message a variant must give (after "tremplin: ").
want() {
	case $1 in
	*code_rome_v499*.bad-parent) echo "unix_referentiel_code_rome_v499_utf8.csv:6: code_rome_parent 'M14' is not a ROME code" ;;
	*code_rome_v499*.bad-code) echo "unix_referentiel_code_rome_v499_utf8.csv:5: code_rome 'M140' is not a ROME code" ;;
	*code_rome_v499*.header-only) echo "no job group in .*/unix_referentiel_code_rome_v499_utf8.csv" ;;
	*code_rome_v499*.missing-column) echo "unix_referentiel_code_rome_v499_utf8.csv:1: missing column code_rome_parent" ;;
	*code_rome_v499*.unknown-domain) echo "unix_referentiel_code_rome_v499_utf8.csv:4: job sheet E1101: grand domaine E has no row in unix_grand_domaine_v499_utf8.csv" ;;
	*appellation*.bad-classification) echo "unix_referentiel_appellation_v499_utf8.csv:7: classification 'SYNONYM' is neither PRINCIPALE nor SYNONYME" ;;
	*appellation*.bad-peu-usite) echo "unix_referentiel_appellation_v499_utf8.csv:9: peu_usite 'X' is neither O nor N" ;;
	*appellation*.header-only) echo "no job title in .*/unix_referentiel_appellation_v499_utf8.csv" ;;
	*appellation*.unclosed-quote) echo "unix_referentiel_appellation_v499_utf8.csv:1[23]: " ;;
	*mobilite*.bad-number) echo "unix_rubrique_mobilite_v499_utf8.csv:5: numero_ordre 'un' is not a number" ;;
	*texte*.bad-number) echo "unix_texte_v499_utf8.csv:4: position_phrase 'deux' is not a number" ;;
	*texte*.wrong-header) echo "unix_texte_v499_utf8.csv:1: missing column position_phrase" ;;
	*grand_domaine*.bad-code) echo "unix_grand_domaine_v499_utf8.csv:4: code_grand_domaine 'JK' is not a letter A to N" ;;
	*grand_domaine*.header-only) echo "no grand domaine in .*/unix_grand_domaine_v499_utf8.csv" ;;
	version.txt.bad-date) echo "version.txt:2: publication date '2027-13-01' is not a date" ;;
	version.txt.bad-release) echo "version.txt:1: release 'quatre' is not a number" ;;
	version.txt.no-colon) echo "version.txt:2: expected a line 'Key : value'" ;;
	version.txt.no-release) echo "version.txt: no release number" ;;
	version.txt.other-release) echo "version.txt: release 498, but the files are release 499" ;;
	*) echo "no message written in the test for $1" ;;
	esac
}

nbad=0
for bad in "$fx"/rome4-bad/*; do
	name=$(basename "$bad")
	rm -rf "$tmp/r4"
	cp -r "$fx/rome4" "$tmp/r4"
	cp "$bad" "$tmp/r4/${name%.*}"
	cp "$db" "$tmp/before.db"
	expect_status "$name: refused" 2 "$TREMPLIN" import rome "$tmp/r4" --db "$db"
	expect_match "$name: message" "$(head -n 1 "$tmp/err")" "^tremplin: (.*/)?$(want "$name")"
	expect_match "$name: nothing imported" "$(sed -n 2p "$tmp/err")" "nothing was imported"
	checks=$((checks + 1))
	cmp -s "$tmp/before.db" "$db" || fail "$name: the database changed"
	nbad=$((nbad + 1))
done
expect_eq "bad variants tried" "$nbad" 19
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats3"
checks=$((checks + 1))
cmp -s "$tmp/stats1" "$tmp/stats3" || fail "data stats changed after the refused imports"

# --- no version.txt: imported, and the note says where the release is from
rm -rf "$tmp/r4"
cp -r "$fx/rome4" "$tmp/r4"
rm "$tmp/r4/version.txt"
expect_status "without version.txt" 0 "$TREMPLIN" import rome "$tmp/r4" --db "$db"
expect_match "without version.txt: note" "$(cat "$tmp/out")" \
	"release 499; no version.txt in the folder, so the release comes from the file names"
expect_match "without version.txt: year" "$(cat "$tmp/out")" "Figures dated 2026, the current year"
if [ "$have_sql" = 1 ]; then
	expect_eq "without version.txt: release" \
		"$(sql "SELECT release || ' ' || year FROM sources WHERE path LIKE '%/r4'")" "499 2026"
fi
# version.txt may give the release as the NN of the files' v4NN.
printf 'Version : 99\nDate de publication : 2027-01-15\n' >"$tmp/r4/version.txt"
expect_status "release NN" 0 "$TREMPLIN" import rome "$tmp/r4" --db "$db"
expect_match "release NN: note" "$(cat "$tmp/out")" "ROME 4\.0 files, release 499 of 2027-01-15\. Figures dated 2027,"
printf 'Version : 98\nDate de publication : 2027-01-15\n' >"$tmp/r4/version.txt"
cp "$db" "$tmp/before.db"
expect_status "release NN, another one" 2 "$TREMPLIN" import rome "$tmp/r4" --db "$db"
expect_match "release NN, another one: message" "$(head -n 1 "$tmp/err")" "release 98, but the files are release 499"
checks=$((checks + 1))
cmp -s "$tmp/before.db" "$db" || fail "release NN, another one: the database changed"
rm "$tmp/r4/version.txt"
expect_status "--year" 0 "$TREMPLIN" import rome "$fx/rome4" --year 2025 --db "$db"
expect_match "--year wins over version.txt" "$(cat "$tmp/out")" "Figures dated 2025 \(from --year\)"
if [ "$have_sql" = 1 ]; then
	expect_eq "release NN: release" \
		"$(sql "SELECT release || ' ' || year FROM sources WHERE path LIKE '%/r4'")" "499 2027"
	expect_eq "--year: year" \
		"$(sql "SELECT release || ' ' || year FROM sources WHERE path LIKE '%/rome4'")" "499 2025"
fi

# --- v3 after 4.0: read as v3, parents and ranks gone with the old rows ---
# The small v3 fixture holds fewer than half the titles: --replace.
cp "$db" "$tmp/before.db"
expect_status "v3 import without --replace" 2 "$TREMPLIN" import rome "$fx/rome" --year 2025 --db "$db"
expect_match "v3 import without --replace: says" "$(head -n 1 "$tmp/err")" \
	"job_titles: [0-9]+ rows now, 5 after this import; nothing was changed \(give --replace"
checks=$((checks + 1))
cmp -s "$tmp/before.db" "$db" || fail "v3 import without --replace: the database changed"
expect_status "v3 import" 0 "$TREMPLIN" import rome "$fx/rome" --year 2025 --replace --db "$db"
expect_match "v3 said" "$(cat "$tmp/out")" "ROME v3 files, release 999\."
expect_eq "v3 job_groups" "$(count job_groups)" 4
if [ "$have_sql" = 1 ]; then
	expect_eq "v3: no parent" "$(sql "SELECT count(*) FROM job_groups WHERE parent IS NOT NULL")" 0
	expect_eq "v3: every title ranked 'other'" "$(sql "SELECT DISTINCT rank FROM job_titles")" 1
	expect_eq "v3 release" "$(sql "SELECT release FROM sources WHERE path LIKE '%/import/rome'")" 999
fi
# A v3 folder whose job groups file has only its header row.
rm -rf "$tmp/r3"
cp -r "$fx/rome" "$tmp/r3"
head -n 1 "$fx/rome/unix_referentiel_code_rome_v999_utf8.csv" >"$tmp/r3/unix_referentiel_code_rome_v999_utf8.csv"
cp "$db" "$tmp/before.db"
expect_status "v3 header only: refused" 2 "$TREMPLIN" import rome "$tmp/r3" --db "$db"
expect_match "v3 header only: message" "$(head -n 1 "$tmp/err")" "no job group in .*/unix_referentiel_code_rome_v999_utf8.csv"
checks=$((checks + 1))
cmp -s "$tmp/before.db" "$db" || fail "v3 header only: the database changed"

done_checks
