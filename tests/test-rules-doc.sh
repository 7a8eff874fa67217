#!/bin/sh
# test-rules-doc.sh - doc/rules.md must be what tools/gen-rules-doc writes
# from the rule table today.
. "$top_srcdir/tests/lib.sh"

gen="$top_builddir/tools/gen-rules-doc"
checks=$((checks + 1))
if ! "$gen" >"$tmp/rules.md"; then
	fail "tools/gen-rules-doc failed"
elif ! diff -u "$top_srcdir/doc/rules.md" "$tmp/rules.md" >"$tmp/diff"; then
	sed 's/^/  | /' "$tmp/diff" | head -40 >&2
	fail "doc/rules.md is stale: regenerate it with 'make update-rules-doc' and commit it"
fi
done_checks
