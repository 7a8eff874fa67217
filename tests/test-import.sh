#!/bin/sh
# test-import.sh - `tremplin import` on the small fixtures of
# tests/fixtures/import: each kind on good files (counts read back with
# `tremplin data stats`, consistency with `tremplin data check`), each
# malformed file refused with FILE:LINE and the database left byte for
# byte as it was, re-imports giving the same tables, and databases that
# cannot be written or are not databases refused with one clear line.
. "$top_srcdir/tests/lib.sh"

fx=$top_srcdir/tests/fixtures/import
db=$tmp/test.db

# count TABLE: the row count `tremplin data stats` shows for TABLE.
count() {
	"$TREMPLIN" data stats --db "$db" | awk -v t="$1" '$1 == t { print $2 }'
}

# refused WHAT KIND PATH [OPTION...]: the import must fail, say FILE:LINE
# (or FILE: for a file that is missing), and leave $db as it was.
refused() {
	what=$1
	shift
	cp "$db" "$tmp/before.db"
	expect_status "$what: refused" 2 "$TREMPLIN" import "$@" --db "$db"
	expect_match "$what: message" "$(head -n 1 "$tmp/err")" "${want_msg:-[^ ]+:[0-9]+: }"
	checks=$((checks + 1))
	cmp -s "$tmp/before.db" "$db" || fail "$what: the database changed"
}

# --- default: the project's own format ---------------------------------
expect_status "default import" 0 "$TREMPLIN" import default "$fx/default" --db "$db"
expect_match "default report" "$(cat "$tmp/out")" "job_titles.tsv: 5 rows read, 5 kept, 0 skipped"
expect_eq "default domains" "$(count domains)" 3
expect_eq "default job_groups" "$(count job_groups)" 4
expect_eq "default job_titles" "$(count job_titles)" 5
expect_eq "default job_links" "$(count job_links)" 2
expect_eq "default regions" "$(count regions)" 2
expect_eq "default departements" "$(count departements)" 3
expect_eq "default market" "$(count market)" 3
expect_eq "default recruitment" "$(count recruitment)" 2
expect_match "default channels report" "$(cat "$tmp/out")" "channels.tsv: 8 rows read, 8 kept, 0 skipped"
expect_match "default salaries report" "$(cat "$tmp/out")" "salaries.tsv: 4 rows read, 4 kept, 0 skipped"
expect_match "default recruitment report" "$(cat "$tmp/out")" "recruitment.tsv: 2 rows read, 2 kept, 0 skipped"
expect_status "default check" 0 "$TREMPLIN" data check --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats1"
expect_match "default source" "$(cat "$tmp/stats1")" "default +Tremplin default data set, 2025, 36 rows, .* \(example figures\)"

expect_status "default again" 0 "$TREMPLIN" import default "$fx/default/" --db "$db"
expect_status "default again, same path" 0 "$TREMPLIN" import default "$fx/default" --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats2"
checks=$((checks + 1))
# The first re-import named the folder with a trailing slash: one more
# source row; the tables are the same.
grep -v '^  default' "$tmp/stats1" >"$tmp/t1"
grep -v '^  default' "$tmp/stats2" >"$tmp/t2"
cmp -s "$tmp/t1" "$tmp/t2" || fail "default re-import changed the tables"

# default_says NAME: what the refusal of default-bad/NAME says after
# FILE:LINE (empty: only FILE:LINE is checked).
default_says() {
	case $1 in
	channels.tsv.bad-share) echo "2: share '140' is not a percent between 0 and 100" ;;
	channels.tsv.duplicate) echo "3: duplicate hiring channel" ;;
	channels.tsv.missing-column) echo "1: missing column share" ;;
	channels.tsv.not-example) echo "3: example must be 1: the project writes no official figures" ;;
	channels.tsv.unknown-channel) echo "3: channel 'email' is not spontaneous, intermediaries, network or other" ;;
	channels.tsv.unknown-group | recruitment.tsv.unknown-group) echo "2: unknown job group D9999" ;;
	job_titles.tsv.no-letter) echo "7: title ':: · —' has no letter or digit to search it by" ;;
	job_titles.tsv.nul-byte) echo "3: not a UTF-8 text file (a NUL byte)" ;;
	recruitment.tsv.bad-number) echo "2: projects '12x' is not a count" ;;
	recruitment.tsv.bad-share) echo "2: hard_share '101' is not a percent between 0 and 100" ;;
	recruitment.tsv.missing-column) echo "1: missing column departement" ;;
	recruitment.tsv.not-example) echo "2: example must be 0 or 1, not '2'" ;;
	recruitment.tsv.unknown-departement) echo "3: unknown département 13" ;;
	salaries.tsv.bad-age-group) echo "3: age_group 'over60' is not under35 or from35" ;;
	salaries.tsv.bad-number) echo "2: minimum '1850€' is not an amount in whole euros" ;;
	salaries.tsv.empty-minimum) echo "2: minimum '' is not an amount in whole euros" ;;
	salaries.tsv.min-above-max) echo "2: minimum 2400 is above maximum 2100" ;;
	salaries.tsv.not-example) echo "2: example must be 1: the project writes no official figures" ;;
	salaries.tsv.unknown-area) echo "2: unknown area 13" ;;
	esac
}

# Each bad variant of one file refuses the whole load.
for bad in "$fx"/default-bad/*; do
	name=$(basename "$bad")
	file=${name%.*}
	rm -rf "$tmp/dflt"
	cp -r "$fx/default" "$tmp/dflt"
	cp "$bad" "$tmp/dflt/$file"
	refused "default $name" default "$tmp/dflt"
	expect_match "default $name: file named" "$(head -n 1 "$tmp/err")" "/$file:[0-9]+: "
	says=$(default_says "$name")
	[ -z "$says" ] || expect_eq "default $name: says" \
		"$(head -n 1 "$tmp/err" | sed 's,^.*/,,')" "$file:$says"
done
for file in market.tsv channels.tsv salaries.tsv recruitment.tsv; do
	rm -rf "$tmp/dflt"
	cp -r "$fx/default" "$tmp/dflt"
	rm "$tmp/dflt/$file"
	want_msg="$file: cannot open" refused "default without $file" default "$tmp/dflt"
done

# --- insee --------------------------------------------------------------
expect_status "insee import" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025 --db "$db"
expect_match "insee report" "$(cat "$tmp/out")" "departements.csv: 5 rows read, 4 kept, 1 skipped"
expect_eq "insee regions" "$(count regions)" 3
expect_eq "insee departements" "$(count departements)" 4
for bad in "$fx"/insee-bad/*; do
	name=$(basename "$bad")
	rm -rf "$tmp/in"
	cp -r "$fx/insee" "$tmp/in"
	cp "$bad" "$tmp/in/${name%.*}"
	refused "insee $name" insee "$tmp/in"
done
# Files holding only their header row must not empty the referential.
for f in regions departements; do
	rm -rf "$tmp/in"
	cp -r "$fx/insee" "$tmp/in"
	head -n 1 "$fx/insee/$f.csv" >"$tmp/in/$f.csv"
	want_msg="^tremplin: no row in .*/$f.csv: refused" refused "insee $f.csv header only" insee "$tmp/in"
done
expect_eq "insee departements kept" "$(count departements)" 4
# A name of spaces is no name: the row is skipped, as an empty one, and
# the data check stays clean (found by tests/fuzz import-insee).
rm -rf "$tmp/in"
cp -r "$fx/insee" "$tmp/in"
printf '"%s","%s","%s",%s,%s,%s\n' 28 76540 0 X X " " >>"$tmp/in/regions.csv"
printf '%s,%s,%s,%s,%s,%s,%s\n' 976 11 97611 0 X X "  " >>"$tmp/in/departements.csv"
expect_status "insee blank names" 0 "$TREMPLIN" import insee "$tmp/in" --year 2025 --db "$db"
expect_match "insee blank region skipped" "$(cat "$tmp/out")" "regions.csv: 4 rows read, 3 kept, 1 skipped"
expect_match "insee blank departement skipped" "$(cat "$tmp/out")" "departements.csv: 6 rows read, 4 kept, 2 skipped"
expect_status "insee blank names, check" 0 "$TREMPLIN" data check --db "$db"

# --- rome ---------------------------------------------------------------
expect_status "rome import" 0 "$TREMPLIN" import rome "$fx/rome" --year 2025 --db "$db"
expect_match "rome titles report" "$(cat "$tmp/out")" "appellation_v999_utf8.csv: 7 rows read, 5 kept, 2 skipped"
expect_match "rome links report" "$(cat "$tmp/out")" "mobilite_v999_utf8.csv: 5 rows read, 3 kept, 2 skipped"
expect_match "rome domain note" "$(cat "$tmp/out")" "11 domains had no name"
expect_eq "rome job_groups" "$(count job_groups)" 4
expect_eq "rome job_titles" "$(count job_titles)" 5
expect_eq "rome job_links" "$(count job_links)" 3
expect_eq "rome job_texts" "$(count job_texts)" 8
expect_eq "rome domains" "$(count domains)" 14
expect_status "rome check" 0 "$TREMPLIN" data check --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats1"
expect_status "rome again" 0 "$TREMPLIN" import rome "$fx/rome" --year 2025 --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats2"
checks=$((checks + 1))
cmp -s "$tmp/stats1" "$tmp/stats2" || fail "rome re-import changed data stats"

for bad in "$fx"/rome-bad/*; do
	name=$(basename "$bad")
	rm -rf "$tmp/rm"
	cp -r "$fx/rome" "$tmp/rm"
	cp "$bad" "$tmp/rm/${name%.*}"
	refused "rome $name" rome "$tmp/rm"
done
# A title with no letter or digit (found by fuzz-import-default) would be
# in no search: skipped, counted, and the database stays consistent.
rm -rf "$tmp/rm"
cp -r "$fx/rome" "$tmp/rm"
printf '"8","::  / \302\267","x","D1102","1","PRINCIPALE","1"\n' \
	>>"$tmp/rm/unix_referentiel_appellation_v999_utf8.csv"
expect_status "rome title without letter" 0 "$TREMPLIN" import rome "$tmp/rm" --year 2025 --db "$db"
expect_match "rome title without letter: skipped" "$(cat "$tmp/out")" \
	"appellation_v999_utf8.csv: 8 rows read, 5 kept, 3 skipped"
expect_status "rome title without letter: check" 0 "$TREMPLIN" data check --db "$db"
rm -rf "$tmp/rm"
cp -r "$fx/rome" "$tmp/rm"
rm "$tmp/rm/unix_texte_v999_utf8.csv"
want_msg="no file named unix_texte_v\*_utf8.csv" refused "rome without texts" rome "$tmp/rm"
cp "$fx/rome/unix_texte_v999_utf8.csv" "$tmp/rm/unix_texte_v998_utf8.csv"
cp "$fx/rome/unix_texte_v999_utf8.csv" "$tmp/rm/"
want_msg="2 files match unix_texte" refused "rome with two releases" rome "$tmp/rm"
want_msg="not a folder" refused "rome on a file" rome "$fx/rome/unix_texte_v999_utf8.csv"

# --- imt ----------------------------------------------------------------
expect_status "imt import" 0 "$TREMPLIN" import imt "$fx/imt" --year 2025 --db "$db"
expect_match "imt report" "$(cat "$tmp/out")" "market_score.csv: 6 rows read, 3 kept, 3 skipped"
# The Rhône row has no market_score row: it makes one with only its share.
expect_match "imt contracts" "$(cat "$tmp/out")" "employment_type.csv: 6 rows read, 6 kept, 0 skipped"
expect_match "imt year note" "$(cat "$tmp/out")" "2025"
expect_status "imt check" 0 "$TREMPLIN" data check --db "$db"
expect_status "imt file alone" 0 "$TREMPLIN" import imt "$fx/imt/market_score.csv" --db "$db"
expect_match "imt current year" "$(cat "$tmp/out")" "the current year"
for bad in "$fx"/imt-bad/*; do
	name=$(basename "$bad")
	refused "imt $name" imt "$bad"
done

# --- bmo ----------------------------------------------------------------
expect_status "bmo import" 0 "$TREMPLIN" import bmo "$fx/bmo/bmo.csv" --year 2025 --db "$db"
expect_match "bmo report" "$(cat "$tmp/out")" "bmo.csv: 8 rows read, 6 kept, 2 skipped"
expect_eq "bmo recruitment" "$(count recruitment)" 4
expect_status "bmo check" 0 "$TREMPLIN" data check --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' >"$tmp/stats1"
expect_status "bmo again, folder" 0 "$TREMPLIN" import bmo "$fx/bmo" --year 2025 \
	--crosswalk "$fx/bmo/passage_fap2009_romev3.txt" --db "$db"
"$TREMPLIN" data stats --db "$db" | grep -v '^Database' | grep -v '^  bmo' >"$tmp/stats2"
grep -v '^  bmo' "$tmp/stats1" >"$tmp/t1"
checks=$((checks + 1))
cmp -s "$tmp/t1" "$tmp/stats2" || fail "bmo re-import changed the tables"
for bad in "$fx"/bmo-bad/*; do
	name=$(basename "$bad")
	rm -rf "$tmp/bm"
	cp -r "$fx/bmo" "$tmp/bm"
	cp "$bad" "$tmp/bm/${name%.*}"
	refused "bmo $name" bmo "$tmp/bm/bmo.csv"
done
want_msg="cannot open the FAP-ROME crosswalk" refused "bmo without crosswalk" \
	bmo "$fx/bmo/bmo.csv" --crosswalk "$tmp/nothing.txt"

# --- an import that would shrink a table by more than half --------------
# Refused, the database as it was, unless --replace is given.
sdb=$tmp/shrink.db
expect_status "shrink: rome" 0 "$TREMPLIN" import rome "$fx/rome" --year 2025 --db "$sdb"
expect_status "shrink: insee" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025 --db "$sdb"
expect_status "shrink: bmo" 0 "$TREMPLIN" import bmo "$fx/bmo/bmo.csv" --year 2025 --db "$sdb"
db=$sdb
# shrunk WHAT TABLE NOW AFTER KIND PATH [OPTION...]: refused without
# --replace, saying both counts; with it, TABLE holds AFTER rows.
shrunk() {
	what=$1 table=$2 now=$3 after=$4
	shift 4
	want_msg="^tremplin: $table: $now rows now, $after after this import; nothing was changed \(give --replace to replace them anyway\)$" \
		refused "$what" "$@"
	expect_eq "$what: $table kept" "$(count "$table")" "$now"
	expect_status "$what, --replace" 0 "$TREMPLIN" import "$@" --replace --db "$db"
	expect_eq "$what, --replace: $table" "$(count "$table")" "$after"
}
shrunk "insee halved" regions 3 1 insee "$fx/shrink/insee-half" --year 2025
expect_eq "insee halved, --replace: departements" "$(count departements)" 2
shrunk "bmo emptied" recruitment 4 0 bmo "$fx/shrink/bmo-empty/bmo.csv" --year 2025 \
	--crosswalk "$fx/bmo/passage_fap2009_romev3.txt"
# Half exactly is not more than half.
expect_status "shrink: insee again" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025 --db "$db"
rm -rf "$tmp/in"
cp -r "$fx/insee" "$tmp/in"
grep -v '^13,\|^75,' "$fx/insee/departements.csv" >"$tmp/in/departements.csv"
expect_status "departements halved exactly" 0 "$TREMPLIN" import insee "$tmp/in" --year 2025 --db "$db"
expect_eq "departements halved exactly: count" "$(count departements)" 2
db=$tmp/test.db

# --- files that are not regular, lines without end ----------------------
# Each run bounded in time (timeout) and, when the build allows it (not
# under the address sanitizer, which reserves much address space), in
# memory (ulimit -v, 1 GiB).
limit=
(ulimit -v 1048576 && "$TREMPLIN" --version) >/dev/null 2>&1 && limit="ulimit -v 1048576;"
printf '#!/bin/sh\n%s exec timeout 20 "%s" "$@"\n' "$limit" "$TREMPLIN" >"$tmp/bounded"
chmod +x "$tmp/bounded"
real=$TREMPLIN
TREMPLIN=$tmp/bounded
want_msg="^tremplin: /dev/zero: not a regular file$" refused "imt /dev/zero" imt /dev/zero
mkfifo "$tmp/fifo.csv"
want_msg="^tremplin: $tmp/fifo.csv: not a regular file$" refused "imt FIFO" imt "$tmp/fifo.csv"
ln -s "$fx/imt/market_score.csv" "$tmp/link.csv"
want_msg="^tremplin: $tmp/link.csv: a symbolic link, which is not followed$" \
	refused "imt symbolic link" imt "$tmp/link.csv"
rm -rf "$tmp/bm"
cp -r "$fx/bmo" "$tmp/bm"
ln -sf /dev/zero "$tmp/bm/passage_fap2009_romev3.txt"
want_msg="passage_fap2009_romev3.txt: a symbolic link, which is not followed$" \
	refused "bmo crosswalk linked to /dev/zero" bmo "$tmp/bm/bmo.csv"
# A line of 2 MiB, without and with quotes.
{ head -n 1 "$fx/imt/market_score.csv"; head -c 2097152 /dev/zero | tr '\0' x; echo; } >"$tmp/long.csv"
want_msg="^tremplin: $tmp/long.csv:2: line too long \(more than 1 MiB\)$" \
	refused "imt 2 MiB line" imt "$tmp/long.csv"
{ head -n 1 "$fx/imt/market_score.csv"; printf '"'; head -c 2097152 /dev/zero | tr '\0' '\n'; } >"$tmp/long.csv"
want_msg="^tremplin: $tmp/long.csv:2: line too long \(more than 1 MiB\)$" \
	refused "imt 2 MiB quoted field" imt "$tmp/long.csv"
# A ROME folder whose job groups file is a FIFO.
rm -rf "$tmp/rm"
cp -r "$fx/rome" "$tmp/rm"
rm "$tmp/rm/unix_referentiel_code_rome_v999_utf8.csv"
mkfifo "$tmp/rm/unix_referentiel_code_rome_v999_utf8.csv"
want_msg="unix_referentiel_code_rome_v999_utf8.csv: not a regular file$" \
	refused "rome FIFO" rome "$tmp/rm"
TREMPLIN=$real

# --- databases that cannot take an import -------------------------------
head -c 8192 /dev/urandom >"$tmp/noise.db"
cp "$tmp/noise.db" "$tmp/noise0.db"
expect_status "random bytes refused" 1 "$TREMPLIN" import insee "$fx/insee" --db "$tmp/noise.db"
expect_eq "random bytes: one line" "$(wc -l <"$tmp/err" | tr -d ' ')" 1
expect_match "random bytes: message" "$(cat "$tmp/err")" "noise.db: not a Tremplin database"
checks=$((checks + 1))
cmp -s "$tmp/noise.db" "$tmp/noise0.db" || fail "random bytes: the file changed"

cp "$db" "$tmp/ro.db"
chmod a-w "$tmp/ro.db"
if [ -w "$tmp/ro.db" ]; then
	# root writes anything: the check cannot be made here.
	echo "note: running as root, read-only database not checked"
else
	expect_status "read-only refused" 1 "$TREMPLIN" import insee "$fx/insee" --db "$tmp/ro.db"
	expect_match "read-only: message" "$(cat "$tmp/err")" "ro.db: the database is read-only"
	expect_eq "read-only: one line" "$(wc -l <"$tmp/err" | tr -d ' ')" 1
fi

expect_status "unknown kind" 2 "$TREMPLIN" import nothing "$fx/insee" --db "$db"

done_checks
