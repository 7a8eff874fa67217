#!/bin/sh
# test-plain.sh - the plain (line-by-line) interview, driven through a
# pipe like a script or a very slow terminal would.
#
# Each tests/plain/NAME.in is the typed input (lines starting with # are
# comments, not input); NAME.args, when present, holds the program's
# arguments (@plain@ stands for tests/plain). The transcript, that is
# stdout, then any stderr line as "stderr: ...", then "exit N", must
# equal NAME.expect. The expected transcripts are the specification:
# each was read and checked by a person, never regenerated blindly.
# The clock is pinned (TREMPLIN_NOW), so the latest birth year accepted
# (the year minus 14) is the same every day.
#
# Usage: test-plain.sh [NAME...]   (no name: every case)
# Actual transcripts are written to $top_builddir/tests/plain-NAME.out.
. "$top_srcdir/tests/lib.sh"

: "${top_builddir:=$top_srcdir}"
cases=$top_srcdir/tests/plain
out=$top_builddir/tests
[ -x "$TREMPLIN" ] || { echo "FAIL: no program at $TREMPLIN"; exit 99; }
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }
mkdir -p "$out" || exit 99

TREMPLIN_NOW=2026-05-01
export TREMPLIN_NOW
# Nothing is written in the real home: the checks below that save get a
# home of their own (fresh_home), the transcripts one per case.
fresh_home() {
	rm -rf "$tmp/home"
	mkdir -p "$tmp/home/xdg" || exit 99
}
fresh_home
HOME=$tmp/home XDG_DATA_HOME=$tmp/home/xdg
export HOME XDG_DATA_HOME

# run NAME: the transcript of case NAME into $out/plain-NAME.out. Each
# case has its own home folder (HOME and XDG_DATA_HOME: the sessions
# file, the saved plans), empty when it starts. A line "#run ARGS" of
# NAME.in starts the program again with ARGS, in the same home: a
# journey continued later. Each run's transcript ends with "exit N".
run() {
	home=$tmp/home-$1
	rm -rf "$home" "$tmp/$1".run*
	mkdir -p "$home/xdg" || exit 99
	: >"$tmp/$1.run1.args"
	[ -f "$cases/$1.args" ] && cp "$cases/$1.args" "$tmp/$1.run1.args"
	awk -v base="$tmp/$1.run" '
		BEGIN { n = 1 }
		/^#run/ { n++; sub(/^#run ?/, ""); print > (base n ".args"); next }
		/^#/ { next }
		{ print > (base n ".in") }
		END { print n > (base ".count") }' "$cases/$1.in"
	: >"$out/plain-$1.out"
	i=1
	while [ "$i" -le "$(cat "$tmp/$1.run.count")" ]; do
		args=$(sed "s|@plain@|$cases|g" "$tmp/$1.run$i.args" 2>/dev/null)
		[ -f "$tmp/$1.run$i.in" ] || : >"$tmp/$1.run$i.in"
		# shellcheck disable=SC2086
		HOME=$home XDG_DATA_HOME=$home/xdg "$TREMPLIN" --plain $args \
			<"$tmp/$1.run$i.in" >"$tmp/stdout" 2>"$tmp/stderr"
		st=$?
		{
			cat "$tmp/stdout"
			sed 's/^/stderr: /' "$tmp/stderr"
			echo "exit $st"
		} >>"$out/plain-$1.out"
		i=$((i + 1))
	done
}

names=$*
[ -n "$names" ] || names=$(cd "$cases" && ls ./*.in | sed 's|^\./||; s|\.in$||')
for name in $names; do
	run "$name"
	checks=$((checks + 1))
	if ! cmp -s "$cases/$name.expect" "$out/plain-$name.out"; then
		fail "transcript $name differs from tests/plain/$name.expect"
		diff -u "$cases/$name.expect" "$out/plain-$name.out" | head -40 >&2
	fi
done

# The plans the journeys saved (export_ui_save, the wizard's): the marks
# and the note are in the file.
for name in $names; do
	plan=$tmp/home-$name/tremplin-plan-2026-05-01.txt
	case $name in
	journey)
		expect_match "journey: plan saved" "$(tr '\n' ' ' <"$plan")" \
			'Apply to companies without an ad +I will do it: this week +Note: Call the agency on Monday'
		expect_match "journey: done and extra action" "$(tr '\n' ' ' <"$plan")" \
			'\[x\]  2\. Follow up.*\[ \] 11\. Try seasonal work +I will do it\.' ;;
	journey-fr)
		expect_match "journey-fr: plan saved in French" "$(tr '\n' ' ' <"$plan")" \
			'Reprendre confiance en vous +Je le ferai : ce mois-ci +Note : Appeler la Mission Locale lundi' ;;
	esac
done

# Our lines are at most 72 columns (the echoed input and the export,
# which keeps its own width, aside) and carry no escape sequence.
for f in "$out"/plain-*.out; do
	checks=$((checks + 1))
	# Columns, not bytes: UTF-8 continuation bytes take no column.
	wide=$(LC_ALL=C sed 's/[\x80-\xbf]//g' "$f" | awk 'length($0) > 72' | head -1)
	[ -z "$wide" ] || fail "$f: a line over 72 columns: $wide"
	checks=$((checks + 1))
	if grep -q "$(printf '\033')" "$f"; then
		fail "$f: an escape sequence"
	fi
done

# Every line the program wrote reads aloud: no escape byte, no box
# drawing, no word that is a bare symbol a speech synthesizer does not
# say (tests/plain-speech.py says which lines and why).
if command -v python3 >/dev/null 2>&1; then
	set --
	for name in $names; do
		set -- "$@" "$out/plain-$name.out" "$cases/$name.in"
	done
	checks=$((checks + 1))
	python3 "$top_srcdir/tests/plain-speech.py" "$@" >&2 ||
		fail "a transcript has a line a speech synthesizer cannot read well"
else
	echo "SKIP: no python3 for the speech check"
fi

# --ascii: nothing but ASCII.
fresh_home
grep -v '^#' "$cases/french.in" | "$TREMPLIN" --plain --ascii --lang fr \
	--answers "$cases/walk.answers" >"$tmp/ascii" 2>&1
checks=$((checks + 1))
LC_ALL=C grep -q '[^ -~]' "$tmp/ascii" && fail "--ascii wrote a byte outside ASCII"
expect_match "--ascii still French" "$(grep -c 'Bienvenue' "$tmp/ascii")" '^[1-9]'

# Data that opens but cannot be read (a table gone): no diagnosis made
# without it; what failed, the resume code of the answers, exit 1.
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'import shutil, sqlite3, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
db = sqlite3.connect(sys.argv[2])
db.execute("DROP TABLE salaries")
db.commit()' "$TREMPLIN_DB" "$tmp/nodata.db" || exit 99
	fresh_home
	yes '' | head -100 | "$TREMPLIN" --plain --db "$tmp/nodata.db" \
		--answers "$cases/walk.answers" >"$tmp/nodata" 2>&1
	expect_eq "unreadable data: exit" "$?" 1
	expect_match "unreadable data: what failed" "$(tr '\n' ' ' <"$tmp/nodata")" 'no such table: salaries'
	expect_match "unreadable data: the answers kept" "$(tr '\n' ' ' <"$tmp/nodata")" 'resume code: *[0-9A-Z]{4}-[0-9A-Z]{4}-'
	checks=$((checks + 1))
	grep -q 'Your diagnosis\|Main challenge' "$tmp/nodata" && fail "unreadable data: a diagnosis was shown"
else
	echo "SKIP: no python3 for the unreadable-data test"
fi

# An input that says the same unusable thing forever (yes x): after 3
# lines in a row that answer nothing, the run stops, says so on stderr
# and exits 2; the output stays small. What was answered is saved
# (nothing with --no-save).
for line in x '?' q '<'; do
	fresh_home
	yes "$line" | timeout 10 "$TREMPLIN" --plain >"$tmp/forever" 2>"$tmp/forever.err"
	expect_eq "yes '$line': exit" "$?" 2
	expect_match "yes '$line': said why" "$(cat "$tmp/forever.err")" \
		"no usable answer to 'In which language do you want your action plan\\?' 3 times: stopped \\(your answers are saved\\)"
	expect_match "yes '$line': bounded output" "$(wc -c <"$tmp/forever")" '^ *[0-9]{1,4}$'
done
yes x | timeout 10 "$TREMPLIN" --plain --no-save >"$tmp/forever" 2>"$tmp/forever.err"
expect_match "yes x --no-save: said why" "$(cat "$tmp/forever.err")" \
	"3 times: stopped \\(nothing was kept\\)"
fresh_home
# ... at the Summary too, and for the same search typed again and again.
{ yes '' | head -30; yes 99; } | timeout 10 "$TREMPLIN" --plain \
	--answers "$cases/walk.answers" >"$tmp/forever" 2>"$tmp/forever.err"
expect_eq "Summary refused forever: exit" "$?" 2
expect_match "Summary refused forever: said why" "$(cat "$tmp/forever.err")" "'Summary' 3 times"
{ yes '' | head -9; yes cuisi; } | timeout 10 "$TREMPLIN" --plain \
	>"$tmp/forever" 2>"$tmp/forever.err"
expect_eq "the same search forever: exit" "$?" 2

# Ctrl-\ (SIGQUIT) does nothing in plain mode: no core, the run goes on
# and ends at the end of its input.
fresh_home
mkfifo "$tmp/fifo" || exit 99
(cd "$tmp" && exec "$TREMPLIN" --plain <"$tmp/fifo" >"$tmp/quit" 2>&1) &
pid=$!
exec 9>"$tmp/fifo"
printf '1\n' >&9
sleep 1
kill -QUIT "$pid" 2>/dev/null
sleep 1
checks=$((checks + 1))
kill -0 "$pid" 2>/dev/null || fail "SIGQUIT ended plain mode"
exec 9>&-
wait "$pid"
expect_eq "SIGQUIT: ends at the end of the input" "$?" 1
expect_match "SIGQUIT: the interview went on" "$(cat "$tmp/quit")" 'End of the input'
checks=$((checks + 1))
ls "$tmp" | grep -q '^core' && fail "SIGQUIT left a core file"

# Without --plain and without a terminal (DESIGN.md section 1): plain
# mode, which ends at the end of the input.
fresh_home
expect_status "no terminal, no --plain" 1 "$TREMPLIN" </dev/null
expect_match "no terminal: plain welcome" "$(head -1 "$tmp/out")" '^Part 1 of 6: Welcome$'
expect_match "no terminal: how to continue" "$(tail -1 "$tmp/out")" 'offers to continue|stopped'
checks=$((checks + 1))
grep -q "$(printf '\033')" "$tmp/out" && fail "no terminal: an escape sequence"
# ... and when only standard output is not one.
if command -v python3 >/dev/null 2>&1; then
	fresh_home
	python3 -c 'import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.dup2(os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.execv(sys.argv[1], [sys.argv[1]])
os.write(fd, b"q\nyes\n")
while True:
    try:
        if not os.read(fd, 1024):
            break
    except OSError:
        break
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))' "$TREMPLIN" "$tmp/piped" 2>/dev/null
	st=$?
	if [ $st != 77 ]; then
		expect_eq "stdout piped, stdin a terminal: exit" "$st" 0
		expect_match "stdout piped: plain mode" "$(head -1 "$tmp/piped")" '^Part 1 of 6: Welcome$'
	fi
fi

# TERM=dumb (or unset) on a real terminal starts plain mode by itself.
if command -v python3 >/dev/null 2>&1; then
	for term in dumb "" unset; do
		fresh_home
		python3 "$top_srcdir/tests/plain/pty-run.py" "$term" "$TREMPLIN" \
			>"$tmp/pty" 2>&1
		st=$?
		if [ $st = 77 ]; then
			echo "SKIP: no pseudo-terminal for TERM=$term"
			continue
		fi
		expect_eq "TERM=$term on a terminal: exit" "$st" 0
		expect_match "TERM=$term: plain welcome" "$(head -1 "$tmp/pty")" '^Part 1 of 6: Welcome$'
		expect_match "TERM=$term: first question" "$(cat "$tmp/pty")" 'Your choice \(1 to 2\):'
		checks=$((checks + 1))
		grep -q "$(printf '\033')" "$tmp/pty" && fail "TERM=$term: an escape sequence"
	done
	# At a terminal, a person may be refused as often as it takes.
	fresh_home
	python3 "$top_srcdir/tests/plain/pty-run.py" dumb "$TREMPLIN" 5 >"$tmp/pty" 2>&1
	st=$?
	if [ $st != 77 ]; then
		expect_eq "refused 5 times at a terminal: exit" "$st" 0
		expect_eq "refused 5 times at a terminal: asked again" \
			"$(grep -c 'Please type a number from 1 to 2' "$tmp/pty")" 5
		checks=$((checks + 1))
		grep -q 'no usable answer' "$tmp/pty" && fail "a terminal was stopped"
	fi
	# A long text at a terminal pauses when a page is full; Enter gives
	# the next page. Piped, nothing pauses.
	fresh_home
	python3 "$top_srcdir/tests/plain/pty-page.py" "$TREMPLIN" >"$tmp/pty" 2>&1
	st=$?
	if [ $st != 77 ]; then
		expect_eq "pager at a 12-row terminal: exit" "$st" 0
		expect_eq "pager: two pauses before the first question" \
			"$(grep -c 'Enter for more, or q to stop:' "$tmp/pty")" 2
		expect_match "pager: the text goes on after Enter" "$(cat "$tmp/pty")" \
			'Type back to go back'
	fi
else
	echo "SKIP: no python3 for the TERM=dumb test"
fi
checks=$((checks + 1))
grep -l 'Enter for more' "$out"/plain-*.out >&2 && fail "a piped run paused"

done_checks
