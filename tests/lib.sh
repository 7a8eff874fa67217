# lib.sh - shared helpers for the shell tests. Source it:  . "$top_srcdir/tests/lib.sh"
# The harness exports TREMPLIN, TREMPLIN_DB, SHARED_DATA, top_srcdir and
# top_builddir, and pins TZ, LC_ALL and TERM.

fails=0
checks=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tremplin-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

# expect_eq WHAT GOT WANT
expect_eq() {
	checks=$((checks + 1))
	[ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"
}

# expect_match WHAT TEXT EXTENDED-REGEX
expect_match() {
	checks=$((checks + 1))
	printf '%s\n' "$2" | grep -Eq -- "$3" || fail "$1: '$2' does not match /$3/"
}

# expect_status WHAT WANT COMMAND...   (runs COMMAND, output in $tmp/out, $tmp/err)
expect_status() {
	what=$1 want=$2
	shift 2
	checks=$((checks + 1))
	"$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	[ "$st" = "$want" ] || { fail "$what: exit $st, want $want"; sed 's/^/  | /' "$tmp/err" >&2; }
}

# need_shared SUBDIR: skip the test when ../shared/data/SUBDIR is absent.
need_shared() {
	[ -d "$SHARED_DATA/$1" ] || { echo "SKIP: $SHARED_DATA/$1 absent"; exit 77; }
}

done_checks() {
	echo "$checks checks, $fails failed"
	[ "$checks" -gt 0 ] || exit 99
	[ "$fails" -eq 0 ]
}
