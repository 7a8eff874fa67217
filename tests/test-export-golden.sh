#!/bin/sh
# test-export-golden.sh - the text export, byte for byte. Each
# tests/export/PERSONA.LANG[.ascii].txt is what
#   tremplin diagnose tests/personas/PERSONA.answers --date 2026-11-27 \
#       --lang LANG [--ascii]
# prints with the default data set. The golden files were read by a person
# and are the specification of the export: never regenerate them blindly.
# Every line is at most 72 columns; the .ascii files are ASCII only.
#
# To see a difference: tests/test-export-golden.sh shows it as a diff.
. "$top_srcdir/tests/lib.sh"

golden="$top_srcdir/tests/export"
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }
n=0
for gold in "$golden"/*.txt; do
	[ -f "$gold" ] || continue
	n=$((n + 1))
	name=$(basename "$gold" .txt)
	persona=${name%%.*}
	rest=${name#*.}
	lang=${rest%%.*}
	ascii=
	case $rest in *.ascii) ascii=--ascii ;; esac
	expect_status "$name: diagnose" 0 env LANGUAGE= "$TREMPLIN" diagnose \
		"$top_srcdir/tests/personas/$persona.answers" --date 2026-11-27 \
		--lang "$lang" $ascii --db "$TREMPLIN_DB"
	checks=$((checks + 1))
	if ! cmp -s "$gold" "$tmp/out"; then
		fail "$name: the export differs from $gold"
		diff -u "$gold" "$tmp/out" | head -40 >&2
	fi
	# Columns: UTF-8 continuation bytes removed, one byte per character.
	wide=$(LC_ALL=C tr -d '\200-\277' <"$gold" | LC_ALL=C awk 'length > 72 { print NR; exit }')
	expect_eq "$name: first line over 72 columns" "$wide" ""
	if [ -n "$ascii" ]; then
		bytes=$(LC_ALL=C tr -d '\n\040-\176' <"$gold" | wc -c | tr -d ' ')
		expect_eq "$name: bytes outside printable ASCII" "$bytes" 0
	fi
done
expect_eq "golden files found" "$([ $n -ge 6 ] && echo yes)" yes
done_checks
