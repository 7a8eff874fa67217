#!/bin/sh
# test-plain-espeak.sh - the plain journeys read aloud by espeak-ng (the
# Debian package espeak-ng), as a screen reader would: every line the
# program writes that is not blank says something, and none rests on a
# symbol the synthesizer does not say (tests/plain-speech.py --speak).
# Skipped (77) when espeak-ng or python3 is not installed.
. "$top_srcdir/tests/lib.sh"

cases=$top_srcdir/tests/plain
command -v espeak-ng >/dev/null 2>&1 || { echo "SKIP: no espeak-ng"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
[ -x "$TREMPLIN" ] || { echo "FAIL: no program at $TREMPLIN"; exit 99; }
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }
TREMPLIN_NOW=2026-05-01
export TREMPLIN_NOW

for name in journey journey-fr; do
	voice=en
	[ "$name" = journey-fr ] && voice=fr
	mkdir -p "$tmp/$name/xdg" || exit 99
	grep -v '^#' "$cases/$name.in" >"$tmp/$name.in"
	# shellcheck disable=SC2046
	HOME=$tmp/$name XDG_DATA_HOME=$tmp/$name/xdg "$TREMPLIN" --plain \
		$(cat "$cases/$name.args" 2>/dev/null) <"$tmp/$name.in" >"$tmp/$name.out" 2>&1
	checks=$((checks + 1))
	# espeak-ng's sound library writes its runtime files under HOME and
	# XDG_CONFIG_HOME: the test's own folder, not the source tree.
	mkdir -p "$tmp/$name/cfg" "$tmp/$name/run" || exit 99
	chmod 700 "$tmp/$name/run"
	HOME=$tmp/$name XDG_CONFIG_HOME=$tmp/$name/cfg XDG_RUNTIME_DIR=$tmp/$name/run \
		python3 "$top_srcdir/tests/plain-speech.py" --speak "$voice" \
		"$tmp/$name.out" "$tmp/$name.in" >&2 ||
		fail "$name: a line espeak-ng does not read well"
done

done_checks
