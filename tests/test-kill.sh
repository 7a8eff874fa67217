#!/bin/sh
# test-kill.sh - kill -9 at any moment loses at most the screen in
# progress and never corrupts the sessions database.
#
# The wizard runs in a private tmux server with a private XDG_DATA_HOME and
# walks the pre-filled interview of tests/screen/walk.answers with Enter.
# A calm walk first maps what each screen shows to the screen id that the
# sessions file records for it (and checks that they agree at every step).
# Then, KILL_RUNS times (50), the program is started (continuing the last
# session when one is unfinished), gets a random number of keys at random
# intervals, is frozen (SIGSTOP) so that its screen can be read, and is
# killed with SIGKILL. After each kill, through the program only:
# `sessions check` (SQLite's integrity check) passes, `sessions list` and
# `sessions show ID` work, and the screen recorded is the one shown at the
# kill or the next one (saved, not yet drawn).
# KILL_SEED=N replays a run.
. "$top_srcdir/tests/lib.sh"

command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }

answers=$top_srcdir/tests/screen/walk.answers
runs=${KILL_RUNS:-50}
seed=${KILL_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
sock=tremplin-kill-$$
XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
echo "seed $seed (KILL_SEED=$seed replays this run)"

tm() { tmux -L "$sock" "$@"; }

# Start the program with ARGS in the pane (a new one, or in place of the
# dead one); the pane's process is the program itself.
start() {
	cmd="exec env TERM=screen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC NO_COLOR= \
		HOME=$tmp XDG_DATA_HOME=$XDG_DATA_HOME TREMPLIN_DB=$TREMPLIN_DB \
		TREMPLIN_LOCALEDIR=$TREMPLIN_LOCALEDIR TREMPLIN_NOW=$TREMPLIN_NOW $TREMPLIN $*"
	if tm has-session -t w 2>/dev/null; then
		tm respawn-pane -k -t w "$cmd"
	else
		printf 'set -g status off\nset -g remain-on-exit on\n' >"$tmp/tmux.conf"
		tm -f "$tmp/tmux.conf" new-session -d -s w -x 80 -y 24 "$cmd"
	fi
}

pid_of() { tm display -p -t w '#{pane_pid}'; }
dead() { [ "$(tm display -p -t w '#{pane_dead}')" = 1 ]; }

# What identifies a screen: its first four rows (chapter bar, step,
# title), without the chapter bar's highlight marks.
signature() {
	tm capture-pane -p -t w | sed -n '1,4p' | tr -d '[]' | tr -s ' ' | tr '\n' '|'
}

# Wait until the screen is not blank and stops changing (3 s at most).
settle() {
	prev="" n=0
	while [ $n -lt 100 ]; do
		cur=$(tm capture-pane -p -t w 2>/dev/null)
		if [ -n "$(printf %s "$cur" | tr -d '[:space:]')" ] && [ "$cur" = "$prev" ]; then
			return 0
		fi
		prev=$cur
		n=$((n + 1))
		sleep 0.03
	done
	return 1
}

# The most recent session: "ID STATE SCREEN" from `sessions list`
# (STATE is "finished" or "progress"); empty when there is none.
latest() {
	"$TREMPLIN" sessions list 2>/dev/null | head -1 |
		awk -F '\t' '{ s = $3 == "finished" ? "finished" : "progress"; print $1, s, $4 }'
}

# ---- The calm walk: signature -> recorded screen id, in order. ----
start --answers "$answers"
settle
i=0
: >"$tmp/map"
while :; do
	sig=$(signature)
	rec=$(latest)
	id=${rec##* }
	[ -n "$rec" ] || id=-
	printf '%s\t%s\n' "$sig" "$id" >>"$tmp/map"
	i=$((i + 1))
	[ $i -gt 60 ] && { fail "the calm walk does not end"; break; }
	tm send-keys -t w Enter
	n=0
	while [ "$(signature)" = "$sig" ] && ! dead && [ $n -lt 100 ]; do
		sleep 0.03
		n=$((n + 1))
	done
	dead && break
	settle
	# The diagnosis ends the walk: the session is finished; the person
	# leaves with Ctrl-C and "y".
	if [ "$(latest | cut -d' ' -f2)" = finished ]; then
		printf '%s\t%s\n' "$(signature)" "$(latest | awk '{ print $3 }')" >>"$tmp/map"
		tm send-keys -t w C-c
		sleep 0.3
		tm send-keys -t w y
		n=0
		while ! dead && [ $n -lt 100 ]; do
			sleep 0.03
			n=$((n + 1))
		done
		break
	fi
done
steps=$(wc -l <"$tmp/map")
expect_match "calm walk length" "$steps" '^[2-9][0-9]$'
expect_eq "calm walk: Welcome records nothing" "$(sed -n 1p "$tmp/map" | cut -f2)" "-"
expect_eq "calm walk: first question recorded" "$(sed -n 2p "$tmp/map" | cut -f2)" "lang"
expect_eq "calm walk ends finished" "$(latest | cut -d' ' -f2)" "finished"
# Every screen of the walk is a new id (the map is one-to-one).
expect_eq "calm walk: one id per screen" "$(cut -f2 "$tmp/map" | sort | uniq -d)" ""

# The position of signature $1 in the map (1-based), or 0.
position() {
	awk -F '\t' -v s="$1" '$1 == s { print NR; found = 1; exit } END { if (!found) print 0 }' "$tmp/map"
}
id_at() { sed -n "${1}p" "$tmp/map" | cut -f2; }

# ---- Random kills. ----
awk -v seed="$seed" -v runs="$runs" 'BEGIN {
	srand(seed)
	for (r = 0; r < runs; r++) {
		keys = int(rand() * 7)
		line = keys
		for (k = 0; k < keys; k++)
			line = line " " sprintf("%.3f", rand() * 0.05)
		print line, sprintf("%.3f", rand() * 0.15)
	}
}' >"$tmp/plan"

unknown=0 on_offer=0 on_welcome=0 on_question=0 ended=0
r=0
while read -r nkeys rest; do
	r=$((r + 1))
	before=$(latest)
	if [ "$(echo "$before" | cut -d' ' -f2)" = progress ]; then
		start
	else
		start --answers "$answers"
	fi
	# The first screen is drawn (keys sent earlier would wait anyway).
	n=0
	until first=$(signature); printf %s "$first" | grep -q Tremplin || [ $n -ge 150 ]; do
		sleep 0.02
		n=$((n + 1))
	done
	set -- $rest
	k=0
	while [ $k -lt "$nkeys" ]; do
		tm send-keys -t w Enter
		sleep "$1"
		shift
		k=$((k + 1))
	done
	sleep "$1"
	pid=$(pid_of)
	if dead; then
		shown=ended
	else
		kill -STOP "$pid" 2>/dev/null
		sleep 0.05
		shown=$(signature)
		kill -KILL "$pid" 2>/dev/null
	fi
	n=0
	while ! dead && [ $n -lt 100 ]; do sleep 0.02; n=$((n + 1)); done

	expect_status "run $r: sessions check" 0 "$TREMPLIN" sessions check
	expect_status "run $r: sessions list" 0 "$TREMPLIN" sessions list
	now=$(latest)
	id=${now%% *}
	rec=${now##* }
	expect_status "run $r: sessions show $id" 0 "$TREMPLIN" sessions show "$id"
	expect_match "run $r: show prints the answers" "$(cat "$tmp/out")" '^job=D1102$'

	case $shown in
	ended)
		expect_eq "run $r: ended on the diagnosis" "$(echo "$now" | cut -d' ' -f2)" finished
		ended=$((ended + 1))
		continue ;;
	*"Continue where you stopped"*)
		# Still on the offer: the session is as the last run left it.
		expect_eq "run $r: offer keeps the session" "$now" "$before"
		on_offer=$((on_offer + 1))
		continue ;;
	esac
	p=$(position "$shown")
	if [ "$p" -eq 0 ]; then
		# A screen caught half drawn: the file is still checked above.
		unknown=$((unknown + 1))
		continue
	fi
	want=$(id_at "$p")
	next=$(id_at $((p + 1)))
	if [ "$want" = - ]; then
		# Welcome: nothing new recorded, or the first question already
		# saved but not drawn.
		[ "$now" = "$before" ] || [ "$rec" = "$next" ] ||
			fail "run $r: on Welcome, the file has '$now' (before: '$before')"
		checks=$((checks + 1))
		on_welcome=$((on_welcome + 1))
		continue
	fi
	checks=$((checks + 1))
	on_question=$((on_question + 1))
	[ "$rec" = "$want" ] || [ "$rec" = "$next" ] ||
		fail "run $r: screen shown '$want', recorded '$rec' (keys $nkeys, start '$first')"
done <"$tmp/plan"

echo "$runs kills: $on_question on a question, the Summary or the diagnosis;" \
	"$on_offer on the offer to continue; $on_welcome on Welcome; $ended after" \
	"the end; $unknown screens caught half drawn"
[ "$unknown" -le $((runs / 5)) ] || fail "too many screens caught half drawn: $unknown"
done_checks
