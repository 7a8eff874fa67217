#!/bin/sh
# test-screens.sh - headless screen tests of the interview wizard.
#
# Each tests/screen/NAME.scr drives the real program in a private tmux
# server (a terminal of a pinned size, TERM, locale and time zone) with
# named keys, and compares what the screen shows with the dumps of
# tests/screen/NAME.expect. The dumps are the specification: they were
# read and checked by a person, never regenerated blindly.
#
# Script commands, one per line (# starts a comment):
#   size COLS LINES       terminal size at start (default 80 24)
#   args ARG...           program arguments; @screen@ is tests/screen,
#                         @work@ the test's own folder (its home)
#   fifo NAME             make NAME in the home a FIFO that nobody reads
#   symlink NAME          make NAME in the home a link to the file kept.txt
#                         there, which holds the line "kept"
#   db-without TABLE      make nodata.db in @work@, the database without
#                         TABLE (data that opens but cannot be read), and
#                         run the program in @work@ (messages show the
#                         file name as given: --db nodata.db)
#   env VAR=VALUE...      extra environment of the program
#   keys KEY...           tmux key names: Enter Escape Up Down BSpace F1 C-c ...
#   type TEXT             literal text
#   snap LABEL            the screen must become the dump "=== LABEL" of
#                         NAME.expect (waits for it by polling, 5 s at most)
#   snap-sgr LABEL        the same with attributes shown as <SGR> marks
#   shows TEXT            the screen shows TEXT (waits 5 s at most): for a
#                         screen that changes by itself each second, such
#                         as the kiosk's countdown, where a snap would race
#   cursor TEXT           the hardware cursor is on TEXT: the screen's text
#                         from the cursor on starts with TEXT (what a braille
#                         display shows; waits for it, 5 s at most)
#   resize COLS LINES     resize the terminal (SIGWINCH in the program)
#   signal SIG            send SIG to the program
#   exit STATUS           the program must end with STATUS (128+N: signal N)
#   file PATH LABEL       the file PATH of the program's home folder must
#                         become the dump "=== LABEL" of NAME.expect
#                         (an export; waits 5 s at most)
#   paste BYTES           paste BYTES letters x at once (tmux's paste buffer)
#   wait SECONDS          let SECONDS pass without a key (the kiosk's idle)
#   lacks TEXT            neither the screen nor the terminal's scrollback
#                         shows TEXT, and no file of the home holds it
#   unseen TEXT           neither the screen nor the scrollback shows TEXT
#                         (for a character that a binary file such as the
#                         sessions file's WAL can hold by chance: '«' is
#                         two bytes, C2 AB, that its random salts can hold)
#   written-only [DIR]    the program wrote no file in its home but in DIR
#   contains PATH TEXT    the home's file PATH holds TEXT
#   exists PATH           the home holds a file PATH
#   absent PATH           the home holds no file PATH (after 1 s)
#   again [ARG...]        once the program has ended, run it again with ARGS
#                         in the same terminal, home and XDG_DATA_HOME (a
#                         command such as "sessions list" shows its output)
#
# Usage: test-screens.sh [NAME...]   (no name: every script)
# Actual dumps are written to $top_builddir/tests/screen-NAME.out.

: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${TREMPLIN:=$top_builddir/tremplin}"
: "${TREMPLIN_DB:=$top_builddir/data/tremplin.db}"
: "${TREMPLIN_LOCALEDIR:=$top_builddir/locale}"
screens=$top_srcdir/tests/screen
out=$top_builddir/tests

command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }
[ -x "$TREMPLIN" ] || { echo "FAIL: no program at $TREMPLIN"; exit 99; }
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }
mkdir -p "$out" || exit 99

# Print the screen of socket $sock: the pane's lines without trailing
# spaces, then the hardware cursor position.
dump() {
	tmux -L "$sock" capture-pane -p -t w "$@" | sed 's/[[:space:]]*$//;'
	tmux -L "$sock" display -p -t w 'cursor #{cursor_x},#{cursor_y}'
}

# The same with SGR attributes as readable marks: ESC[7m -> <7>.
dump_sgr() {
	dump -e | sed 's/\x1b\[\([0-9;]*\)m/<\1>/g; s/\x1b([B0]//g'
}

# The dump labelled $1 in the expected file $2.
expected() {
	awk -v want="=== $1" '
		$0 == want { on = 1; next }
		/^=== / { if (on) exit }
		on { print }' "$2"
}

# Wait until the screen has not changed for 150 ms (5 s at most): the
# keys sent before are handled. A resize waits for it, so that typed-ahead
# keys are not handled while the window is too small (they would be
# ignored there, as a person's keys are).
still() {
	n=0 same=0 prev=""
	while [ $n -lt 100 ] && [ $same -lt 3 ]; do
		cur=$(tmux -L "$sock" capture-pane -p -t w 2>/dev/null)
		if [ "$cur" = "$prev" ]; then same=$((same + 1)); else same=0; fi
		prev=$cur
		n=$((n + 1))
		sleep 0.05
	done
}

# The text of the screen from the hardware cursor to the end of its row.
cursor_text() {
	pos=$(tmux -L "$sock" display -p -t w '#{cursor_x} #{cursor_y}')
	tmux -L "$sock" capture-pane -p -t w | python3 -c 'import sys
x, y = int(sys.argv[1]), int(sys.argv[2])
rows = sys.stdin.buffer.read().decode("utf-8", "replace").split("\n")
print(rows[y][x:].rstrip() if y < len(rows) else "")' "${pos% *}" "${pos#* }"
}

# Wait until the screen holds the text $1 (5 s at most).
on_screen() {
	n=0
	while [ $n -lt 100 ]; do
		tmux -L "$sock" capture-pane -p -t w | grep -qF -- "$1" && return 0
		n=$((n + 1))
		sleep 0.05
	done
	return 1
}

# Wait until the text at the cursor starts with $1 (5 s at most).
at_cursor() {
	n=0
	while [ $n -lt 100 ]; do
		case $(cursor_text) in
		"$1"*) return 0 ;;
		esac
		n=$((n + 1))
		sleep 0.05
	done
	return 1
}

# Wait until the screen equals the expected dump $1 (a file); leave the
# last dump in $2. Polls every 50 ms, 5 s at most.
settle() {
	n=0
	: >"$2"
	while :; do
		cp "$2" "$2.prev"
		$dumper >"$2"
		cmp -s "$1" "$2" && return 0
		# No dump to wait for (a new script): wait until the screen is still.
		[ -s "$1" ] || { [ $n -gt 3 ] && cmp -s "$2" "$2.prev" && return 1; }
		n=$((n + 1))
		[ $n -ge 100 ] && return 1
		sleep 0.05
	done
}

# Wait until the program shows something and its screen stops changing.
first_screen() {
	prev="" n=0
	while [ $n -lt 100 ]; do
		cur=$(tmux -L "$sock" capture-pane -p -t w 2>/dev/null)
		if [ -n "$(printf %s "$cur" | tr -d '[:space:]')" ] && [ "$cur" = "$prev" ]; then
			return 0
		fi
		prev=$cur
		n=$((n + 1))
		sleep 0.05
	done
}

# The command the pane runs: the program in the pinned environment, then
# its exit status into $work/status.
command_line() {
	printf '%s' "${chdir:+cd $chdir && }env TERM=screen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC NO_COLOR= \
		HOME=$work XDG_DATA_HOME=$work/xdg TREMPLIN_DB=$TREMPLIN_DB \
		TREMPLIN_LOCALEDIR=$TREMPLIN_LOCALEDIR TREMPLIN_NOW=$TREMPLIN_NOW $envs $TREMPLIN $args; \
		echo \$? >$work/status; exec sleep 600"
}

# Wait (5 s at most) until the program has ended; print its exit status.
wait_status() {
	n=0
	while [ ! -s "$work/status" ] && [ $n -lt 100 ]; do
		sleep 0.05
		n=$((n + 1))
	done
	cat "$work/status" 2>/dev/null
}

run_one() {
	name=$1 scr=$screens/$1.scr exp=$screens/$1.expect
	actual=$out/screen-$1.out
	sock=tremplin-screen-$$-$1
	cols=80 lines=24 args="" envs="" chdir="" started=0 status=0
	work=$(mktemp -d "${TMPDIR:-/tmp}/tremplin-screen.XXXXXX") || return 99
	: >"$actual"
	[ -f "$exp" ] || { echo "FAIL $name: no $exp"; status=1; }
	while IFS= read -r line || [ -n "$line" ]; do
		set -f
		# shellcheck disable=SC2086
		set -- $line
		set +f
		[ $# -eq 0 ] && continue
		cmd=$1
		shift
		case $cmd in
		\#*) continue ;;
		size) cols=$1 lines=$2; continue ;;
		args) args=$(printf '%s' "$*" | sed "s|@screen@|$screens|g; s|@work@|$work|g"); continue ;;
		env) envs="$envs $*"; continue ;;
		fifo) mkfifo "$work/$1"; continue ;;
		symlink) echo kept >"$work/kept.txt"; ln -s kept.txt "$work/$1"; continue ;;
		db-without)
			python3 -c 'import shutil, sqlite3, sys
shutil.copyfile(sys.argv[1], sys.argv[2])
db = sqlite3.connect(sys.argv[2])
db.execute("DROP TABLE " + sys.argv[3])
db.commit()' "$TREMPLIN_DB" "$work/nodata.db" "$1" || status=99
			chdir=$work
			continue ;;
		esac
		if [ $started = 0 ]; then
			started=1
			printf 'set -g status off\n' >"$work/tmux.conf"
			tmux -L "$sock" -f "$work/tmux.conf" new-session -d -c "$screens" -s w -x "$cols" -y "$lines" \
				"$(command_line)" || { status=99; break; }
			first_screen
		fi
		case $cmd in
		keys) tmux -L "$sock" send-keys -t w "$@" ;;
		type) tmux -L "$sock" send-keys -t w -l "$*" ;;
		snap|snap-sgr)
			dumper=dump
			[ $cmd = snap-sgr ] && dumper=dump_sgr
			expected "$1" "$exp" >"$work/want"
			if ! settle "$work/want" "$work/got"; then
				echo "FAIL $name: screen '$1' differs from $exp:"
				diff -u "$work/want" "$work/got" | sed 's/^/  /'
				status=1
			fi
			{ echo "=== $1"; cat "$work/got"; } >>"$actual" ;;
		shows)
			if ! on_screen "$*"; then
				echo "FAIL $name: the screen does not show '$*'"
				status=1
			fi ;;
		cursor)
			if ! at_cursor "$*"; then
				echo "FAIL $name: the cursor is not on '$*' but on '$(cursor_text)'"
				status=1
			fi ;;
		resize) still; tmux -L "$sock" resize-window -t w -x "$1" -y "$2" ;;
		again)
			wait_status >/dev/null
			args=$(printf '%s' "$*" | sed "s|@screen@|$screens|g")
			rm -f "$work/status"
			tmux -L "$sock" respawn-pane -k -t w "printf '\\033[H\\033[2J'; $(command_line)"
			first_screen ;;
		signal)
			# The pane runs sh, which runs env, which runs the program.
			pid=$(tmux -L "$sock" display -p -t w '#{pane_pid}')
			kill -s "$1" $(pgrep -P "$pid") ;;
		exit)
			got=$(wait_status)
			if [ "$got" != "$1" ]; then
				echo "FAIL $name: exit status '$got', want '$1'"
				status=1
			fi ;;
		wait) sleep "$1" ;;
		paste)
			head -c "$1" /dev/zero | tr '\0' x | tmux -L "$sock" load-buffer -
			tmux -L "$sock" paste-buffer -t w ;;
		unseen)
			still
			if tmux -L "$sock" capture-pane -p -t w -S - | grep -qF -- "$*"; then
				echo "FAIL $name: the terminal still shows '$*'"
				status=1
			fi ;;
		lacks)
			still
			if tmux -L "$sock" capture-pane -p -t w -S - | grep -qF -- "$*"; then
				echo "FAIL $name: the terminal still shows '$*'"
				status=1
			fi
			# The files the program holds open, but the reference data.
			pid=$(pgrep -P "$(tmux -L "$sock" display -p -t w '#{pane_pid}')" | head -1)
			for fd in /proc/$pid/fd/*; do
				f=$(readlink "$fd" 2>/dev/null) || continue
				[ -f "$f" ] && [ "$f" != "$(readlink -f "$TREMPLIN_DB")" ] || continue
				if grep -qF -- "$*" "$f"; then
					echo "FAIL $name: the open file $f holds '$*'"
					status=1
				fi
			done
			if grep -rqF --exclude=want --exclude=got -- "$*" "$work" 2>/dev/null; then
				echo "FAIL $name: a file of the home holds '$*': $(grep -rlF --exclude=want --exclude=got -- "$*" "$work")"
				status=1
			fi ;;
		written-only)
			still
			new=$(find "$work" -type f -newer "$work/tmux.conf" ! -name want ! -name got \
				! -name status ! -name got.prev ${1:+! -path "$work/$1/*"} | sed "s|^$work/||")
			if [ -n "$new" ]; then
				echo "FAIL $name: files written: $new"
				status=1
			fi ;;
		contains)
			f=$1
			shift
			if ! grep -qF -- "$*" "$work/$f" 2>/dev/null; then
				echo "FAIL $name: $f does not hold '$*'"
				status=1
			fi ;;
		exists)
			still
			if [ ! -f "$work/$1" ]; then
				echo "FAIL $name: no file $1"
				status=1
			fi ;;
		absent)
			sleep 1
			if [ -e "$work/$1" ]; then
				echo "FAIL $name: $1 exists"
				status=1
			fi ;;
		file)
			expected "$2" "$exp" >"$work/want"
			n=0
			until cmp -s "$work/want" "$work/$1" 2>/dev/null || [ $n -ge 100 ]; do
				sleep 0.05
				n=$((n + 1))
			done
			if ! cmp -s "$work/want" "$work/$1" 2>/dev/null; then
				echo "FAIL $name: file '$1' differs from '$2' of $exp:"
				diff -u "$work/want" "$work/$1" 2>&1 | sed 's/^/  /'
				status=1
			fi
			{ echo "=== $2"; cat "$work/$1" 2>/dev/null; } >>"$actual" ;;
		*) echo "FAIL $name: unknown command '$cmd'"; status=99 ;;
		esac
	done <"$scr"
	tmux -L "$sock" kill-server 2>/dev/null
	rm -rf "$work"
	[ $status = 0 ] && echo "PASS $name"
	return $status
}

if [ "${1:-}" = --one ]; then
	run_one "$2"
	exit $?
fi
if [ $# -gt 0 ]; then
	names=$*
else
	names=$(cd "$screens" && ls ./*.scr | sed 's|^\./||; s|\.scr$||')
fi
[ -n "$names" ] || { echo "FAIL: no screen scripts in $screens"; exit 99; }
export top_srcdir top_builddir TREMPLIN TREMPLIN_DB TREMPLIN_LOCALEDIR
results=$(printf '%s\n' $names | xargs -P 4 -n 1 sh "$0" --one)
printf '%s\n' "$results"
total=$(printf '%s\n' $names | wc -l)
passed=$(printf '%s\n' "$results" | grep -c '^PASS ')
echo "$passed of $total screen tests passed"
[ "$passed" -eq "$total" ]
