#!/bin/sh
# test-man.sh - doc/tremplin.1: its KEYS section is what tools/gen-man-keys
# writes from the table of actions today; it names every command, option
# and environment variable of --help; man and lexgrog read it cleanly.
. "$top_srcdir/tests/lib.sh"

page=$top_srcdir/doc/tremplin.1
gen=$top_builddir/tools/gen-man-keys
checks=$((checks + 1))
sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$page" | sed '1d;$d' >"$tmp/keys.page"
if ! "$gen" >"$tmp/keys.gen"; then
	fail "tools/gen-man-keys failed"
elif ! diff -u "$tmp/keys.page" "$tmp/keys.gen" >"$tmp/diff"; then
	sed 's/^/  | /' "$tmp/diff" | head -40 >&2
	fail "doc/tremplin.1 KEYS is stale: regenerate it with 'make update-man' and commit it"
fi
expect_match "keys generated" "$(wc -l <"$tmp/keys.gen")" '^ *[4-9][0-9]$'

# Every option and command of --help is in the page.
LANGUAGE= "$TREMPLIN" --help >"$tmp/help"
for word in $(grep -oE -- '--[a-z][a-z-]+' "$tmp/help" | sort -u) \
	$(sed -n '/^Commands:/,/^$/p' "$tmp/help" | awk 'NR > 1 && /^  [a-z]/ { print $1 }'); do
	checks=$((checks + 1))
	pat=$(printf '%s' "$word" | sed 's/-/\\\\-/g')
	grep -q -- "$pat" "$page" || fail "doc/tremplin.1 does not name '$word' of --help"
done
for var in TREMPLIN_NOW TREMPLIN_DB TREMPLIN_LOCALEDIR LANGUAGE NO_COLOR XDG_DATA_HOME; do
	checks=$((checks + 1))
	grep -q "^\.B.* $var" "$page" || grep -q "^\.B $var" "$page" ||
		fail "doc/tremplin.1 ENVIRONMENT does not name $var"
done

# groff and man read it without a warning; lexgrog finds its NAME line.
if command -v groff >/dev/null 2>&1; then
	checks=$((checks + 1))
	LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" >"$tmp/groff" 2>&1
	[ ! -s "$tmp/groff" ] || { sed 's/^/  | /' "$tmp/groff" >&2; fail "groff warns on doc/tremplin.1"; }
fi
if command -v man >/dev/null 2>&1 && man -l /dev/null >/dev/null 2>&1; then
	checks=$((checks + 1))
	MANWIDTH=80 MAN_KEEP_FORMATTING= man --warnings -l "$page" >"$tmp/man" 2>"$tmp/manerr" ||
		fail "man -l failed"
	[ ! -s "$tmp/manerr" ] || { sed 's/^/  | /' "$tmp/manerr" >&2; fail "man -l warns"; }
	expect_match "man -l renders the keys" "$(cat "$tmp/man")" 'Ctrl-C'
fi
if command -v lexgrog >/dev/null 2>&1; then
	checks=$((checks + 1))
	out=$(lexgrog "$page" 2>&1) || fail "lexgrog: $out"
	expect_match "lexgrog NAME" "$out" 'tremplin - a terminal wizard'
fi
done_checks
