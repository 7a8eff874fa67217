#!/bin/sh
# test-userdb.sh - `tremplin import` without --db writes the user's own
# reference database ($XDG_DATA_HOME/tremplin/reference.db, made from a
# copy of the shipped one), never the shipped one; every command and the
# wizard then read the user's database first; --db and TREMPLIN_DB still
# choose the database, for reading and for imports.
. "$top_srcdir/tests/lib.sh"

fx=$top_srcdir/tests/fixtures/import
shipped=$top_builddir/data/tremplin.db
XDG_DATA_HOME=$tmp/xdg; export XDG_DATA_HOME
user=$tmp/xdg/tremplin/reference.db
unset TREMPLIN_DB
before=$(cksum <"$shipped")

expect_status "stats before any import" 0 "$TREMPLIN" data stats
expect_eq "no user database yet" "$(test -e "$user" && echo yes || echo no)" no
cp "$tmp/out" "$tmp/stats-shipped"

expect_status "import without --db" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025 --replace
expect_eq "shipped database unchanged" "$(cksum <"$shipped")" "$before"
expect_eq "user database made" "$(test -f "$user" && echo yes || echo no)" yes
expect_match "import names the copy" "$(cat "$tmp/out")" "reference.db: your reference database, made from a copy of "
expect_match "import names its target" "$(cat "$tmp/out")" "reference.db: imported into your reference database"
expect_eq "user folder mode" "$(stat -c %a "$tmp/xdg/tremplin")" 700

# The user's database is read first: its régions are the fixture's.
expect_status "stats read the user database" 0 "$TREMPLIN" data stats
expect_eq "user regions" "$(awk '$1 == "regions" { print $2 }' "$tmp/out")" 3
# The copy kept what the import did not replace: the job groups.
expect_eq "job groups kept" "$(awk '$1 == "job_groups" { print $2 }' "$tmp/out" "$tmp/stats-shipped" | sort -u | wc -l)" 1
# (The fixture's four départements leave market figures of other areas:
# the check says so, of the user's database.)
expect_status "check the user database" 1 "$TREMPLIN" data check
expect_match "check names it" "$(head -1 "$tmp/out")" "/xdg/tremplin/reference.db: "

# A second import writes the same file, without a new copy.
expect_status "second import" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025
checks=$((checks + 1))
grep -q "made from a copy" "$tmp/out" && fail "second import copied again"

# --db and TREMPLIN_DB choose, for reading and for imports.
expect_status "stats --db shipped" 0 "$TREMPLIN" data stats --db "$shipped"
expect_eq "--db reads the shipped database" "$(cat "$tmp/out")" "$(cat "$tmp/stats-shipped")"
TREMPLIN_DB=$shipped expect_status "stats TREMPLIN_DB" 0 "$TREMPLIN" data stats
expect_eq "TREMPLIN_DB reads it" "$(cat "$tmp/out")" "$(cat "$tmp/stats-shipped")"
expect_status "import --db" 0 "$TREMPLIN" import insee "$fx/insee" --year 2025 --db "$tmp/other.db"
expect_eq "--db target made" "$(test -f "$tmp/other.db" && echo yes || echo no)" yes
checks=$((checks + 1))
grep -q "your reference database" "$tmp/out" && fail "import --db talks of the user database"
expect_eq "shipped database still unchanged" "$(cksum <"$shipped")" "$before"

# No home at all: the import says where to write instead of guessing.
(unset HOME XDG_DATA_HOME; expect_status "no home" 1 "$TREMPLIN" import insee "$fx/insee"; \
 expect_match "no home message" "$(cat "$tmp/err")" "give --db FILE"; exit "$fails") || fails=$((fails + 1))
checks=$((checks + 2))
done_checks
