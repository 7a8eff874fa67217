#!/bin/sh
# test-kiosk-ssh.sh - the remote kiosk end to end, over a real sshd.
#
# A private sshd runs as the current user on 127.0.0.1 (its own host key,
# UsePAM no, StrictModes no), with data/kiosk/sshd-kiosk.conf included as
# shipped except three names: the Match user is the current user, the keys
# file is the test's, and ForceCommand's /usr/bin/tremplin is the program
# just built, in the pinned environment given on the ForceCommand line
# itself (a kiosk account gets no SetEnv or AcceptEnv). It records its pid,
# then execs the program. A client logs in with a generated key under
# `ssh -tt` in a tmux pane; the same program runs beside it in a second
# pane without ssh, and every step compares the two screens.
#
# Steps (one function each, run in order by the list at the end):
#   welcome      the first screen comes through ssh (the Summary of the
#                visitor's resume code)
#   printout     the visitor goes on to the export and prints: the print
#                command gets the plan, the screen says so
#   idle         the visitor leaves: after the countdown their answers are
#                wiped and Welcome comes back, nothing of them on the screen
#   walk         a few keys, the same screens as without ssh
#   kiosk_keys   (kiosk) Ctrl-C, Ctrl-Z, Ctrl-\ leave the program running
#   no_command   a command or a subsystem (sftp) without a terminal runs
#                nothing; remote forwarding is refused
#   hangup       the link ends: the program ends, no sessions file is left
#                in the account's data folder
# It skips (exit 77) only when sshd cannot run (not installed, cannot
# bind, the account cannot log in).
#
# The current user's login shell runs the ForceCommand line (sh -c; bash
# reads ~/.bashrc there, so a .bashrc that prints breaks the screens).
. "$top_srcdir/tests/lib.sh"

snippet=$top_srcdir/data/kiosk/sshd-kiosk.conf
sock=tremplin-kiosk-ssh-$$
sshd_pid=""
kiosk_skipped=""

for tool in tmux ssh ssh-keygen; do
	command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
sshd=$(command -v sshd 2>/dev/null || for d in /usr/sbin /usr/local/sbin /sbin; do
	[ -x "$d/sshd" ] && echo "$d/sshd" && break; done)
[ -n "$sshd" ] || { echo "SKIP: sshd is not installed (openssh-server)"; exit 77; }
[ -x "$TREMPLIN" ] || { echo "FAIL: no program at $TREMPLIN"; exit 99; }
[ -f "$TREMPLIN_DB" ] || { echo "SKIP: no database at $TREMPLIN_DB"; exit 77; }
user=$(id -un)
case $(getent passwd "$user" | cut -d: -f7) in
*/nologin|*/false) echo "SKIP: $user has no login shell: sshd cannot run ForceCommand"; exit 77 ;;
esac

# The visitor brings the code of walk.answers; the printer is a script
# that keeps what it is sent.
code=3lr2fd5tmgv6eask9daxmltq5v3lt8244r2k
printf '#!/bin/sh\ncat >"%s/printed.$$"\n' "$tmp" >"$tmp/print.sh"
chmod +x "$tmp/print.sh"
kiosk=1
mode="--kiosk --idle-timeout 8 --print-command $tmp/print.sh --resume $code"

cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null
	[ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT

tm() { tmux -L "$sock" "$@"; }

# The pinned environment of both panes: the account's home is $1 (its data
# folder is $1/.local/share/tremplin).
program_env() {
	printf "env -u XDG_DATA_HOME HOME='%s' TERM=screen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC NO_COLOR= TREMPLIN_LOCALEDIR='%s' TREMPLIN_NOW='%s'" \
		"$1" "$TREMPLIN_LOCALEDIR" "$TREMPLIN_NOW"
}

# The shipped snippet, with the test's user, keys and program.
kiosk_snippet() {
	run="echo \$\$ >'$tmp/pid' && exec $(program_env "$tmp/home") '$TREMPLIN' $mode --db '$TREMPLIN_DB'"
	run=$(printf '%s' "$run" | sed 's/[\\|&]/\\&/g')
	sed -e "s|^Match User tremplin-kiosk-ssh\$|Match User $user|" \
		-e "s|^\([[:space:]]*AuthorizedKeysFile\) /etc/tremplin/kiosk_authorized_keys\$|\1 $tmp/authorized_keys|" \
		-e "s|exec /usr/bin/tremplin --kiosk\$|$run|" "$snippet"
}

# Debian's layout: the snippet first (sshd keeps the first value it reads
# for each keyword), then global lines, Debian's sftp subsystem among them.
sshd_config() {
	cat <<EOF
Include $tmp/kiosk.conf
Port $1
ListenAddress 127.0.0.1
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
UsePAM no
StrictModes no
AllowUsers $user
LogLevel VERBOSE
Subsystem sftp internal-sftp
EOF
}

# Start sshd on a free port (five tries); sets $port and $sshd_pid.
# Exit 77 when it cannot bind, fail when it cannot start.
start_sshd() {
	if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
		mkdir -m 0755 /run/sshd && echo "note: made /run/sshd (sshd run as root)"
	fi
	ssh-keygen -q -t ed25519 -N '' -C test-host -f "$tmp/host_key" &&
		ssh-keygen -q -t ed25519 -N '' -C test-terminal -f "$tmp/id" || exit 99
	# The key alone, no restrict: what the client may do is the snippet's.
	cp "$tmp/id.pub" "$tmp/authorized_keys"
	kiosk_snippet >"$tmp/kiosk.conf"
	for want in "Match User $user" "$tmp/authorized_keys" "$tmp/pid"; do
		grep -qF -- "$want" "$tmp/kiosk.conf" ||
			{ echo "FAIL: sshd-kiosk.conf changed shape: cannot set '$want'"; exit 99; }
	done
	try=0
	while [ $try -lt 5 ]; do
		try=$((try + 1))
		port=$(($(od -An -N2 -tu2 /dev/urandom) % 40000 + 20000))
		sshd_config $port >"$tmp/sshd_config"
		: >"$tmp/sshd.log"
		"$sshd" -D -e -f "$tmp/sshd_config" 2>"$tmp/sshd.log" &
		sshd_pid=$!
		n=0
		while [ $n -lt 100 ]; do
			grep -q "Server listening on 127.0.0.1 port $port" "$tmp/sshd.log" && return 0
			kill -0 $sshd_pid 2>/dev/null || break
			sleep 0.05
			n=$((n + 1))
		done
		kill $sshd_pid 2>/dev/null
		wait $sshd_pid 2>/dev/null
		sshd_pid=""
		grep -Eq "Address already in use|Cannot bind" "$tmp/sshd.log" && continue
		echo "FAIL: sshd did not start:"
		sed 's/^/  | /' "$tmp/sshd.log"
		exit 1
	done
	echo "SKIP: sshd cannot bind a port on 127.0.0.1:"
	sed 's/^/  | /' "$tmp/sshd.log"
	exit 77
}

# The client, as an agency's terminal runs it (-e none: no escapes).
ssh_client() {
	printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$tmp/host_key.pub")" >"$tmp/known_hosts"
	echo "ssh -F /dev/null -e none -p $port -i $tmp/id -o IdentitiesOnly=yes -o BatchMode=yes \
		-o UserKnownHostsFile=$tmp/known_hosts -o GlobalKnownHostsFile=/dev/null \
		-o StrictHostKeyChecking=yes -o ConnectTimeout=5 -o LogLevel=ERROR"
}

# The two panes at 80x24: "ssh" logs in, "local" runs the same program.
start_panes() {
	printf 'set -g status off\nset -g remain-on-exit on\n' >"$tmp/tmux.conf"
	mkdir -p "$tmp/home" "$tmp/local-home"
	tm -f "$tmp/tmux.conf" new-session -d -s ssh -x 80 -y 24 \
		"$(ssh_client) -tt $user@127.0.0.1" || exit 99
	tm new-session -d -s local -x 80 -y 24 \
		"exec $(program_env "$tmp/local-home") '$TREMPLIN' $mode --db '$TREMPLIN_DB'" || exit 99
	n=0
	while [ ! -s "$tmp/pid" ] && [ $n -lt 200 ]; do
		sleep 0.05
		n=$((n + 1))
	done
	if [ ! -s "$tmp/pid" ]; then
		grep -q "account is locked" "$tmp/sshd.log" &&
			{ echo "SKIP: $user is locked: sshd (UsePAM no) lets no key in"; exit 77; }
		# Not root, sshd gives the terminal to the group tty, which only
		# devpts can do when it is mounted with gid=5 (as Debian does).
		grep -q "chown(/dev/pts/.*Operation not permitted" "$tmp/sshd.log" &&
			{ echo "SKIP: sshd run as $user cannot set up a terminal here (devpts without gid=5)"; exit 77; }
		echo "FAIL: ForceCommand did not run; the ssh pane and sshd say:"
		tm capture-pane -p -t ssh | sed '/^$/d; s/^/  | /'
		sed 's/^/  | /' "$tmp/sshd.log"
		exit 1
	fi
	pid=$(cat "$tmp/pid")
}

# A pane's screen and cursor.
screen_of() {
	tm capture-pane -p -t "$1" | sed 's/[[:space:]]*$//'
	tm display -p -t "$1" 'cursor #{cursor_x},#{cursor_y}'
}

# same WHAT: the two screens become equal, not blank, and stay so for
# 150 ms (the keys sent before are handled); 10 s at most.
same() {
	checks=$((checks + 1))
	n=0 still=0
	: >"$tmp/ssh.scr"
	while [ $n -lt 200 ] && [ $still -lt 3 ]; do
		cp "$tmp/ssh.scr" "$tmp/ssh.prev"
		screen_of ssh >"$tmp/ssh.scr"
		screen_of local >"$tmp/local.scr"
		if cmp -s "$tmp/ssh.scr" "$tmp/local.scr" && cmp -s "$tmp/ssh.scr" "$tmp/ssh.prev" &&
			grep -q '[^[:space:]]' "$tmp/ssh.scr"; then
			still=$((still + 1))
		else
			still=0
		fi
		sleep 0.05
		n=$((n + 1))
	done
	[ $still -ge 3 ] && return 0
	fail "$1: the screen over ssh differs from the one without ssh:"
	diff -u "$tmp/local.scr" "$tmp/ssh.scr" | sed 's/^/  /' >&2
	return 1
}

keys() {
	tm send-keys -t ssh "$@"
	tm send-keys -t local "$@"
}

alive() { kill -0 "$pid" 2>/dev/null; }

step_welcome() {
	same "welcome" || return
	expect_match "welcome names the program" "$(head -3 "$tmp/ssh.scr")" "Tremplin"
}

step_printout() {
	for k in Enter p e; do
		keys $k
		same "to the export: $k" || return
	done
	keys 1
	same "printed" || return
	expect_match "the screen says it prints" "$(cat "$tmp/ssh.scr")" 'Your plan is printing'
	expect_match "the printer got the plan" "$(cat "$tmp"/printed.* 2>/dev/null)" 'Resume code'
}

# 8 s without a key: the countdown, then Welcome; nothing of the visitor
# (their job, their code) on either screen.
step_idle() {
	sleep 9
	same "wiped" || return
	expect_match "Welcome after the wipe" "$(cat "$tmp/ssh.scr")" 'Press Enter to start'
	checks=$((checks + 1))
	grep -q 'Boulangerie\|4LR2' "$tmp/ssh.scr" && fail "the visitor's answers are still on the screen"
	checks=$((checks + 1))
	alive || fail "the program ended at the wipe"
}

step_walk() {
	for k in Enter Enter Down Enter; do
		keys $k
		same "after $k" || return
	done
}

step_kiosk_keys() {
	if [ $kiosk = 0 ]; then
		kiosk_skipped="$kiosk_skipped kiosk_keys"
		return
	fi
	for k in C-c C-z "C-\\"; do
		keys "$k"
		same "after $k"
		checks=$((checks + 1))
		alive || fail "$k over ssh ended the program"
	done
}

# No terminal: ForceCommand runs instead of what the client asks, and its
# test of the terminal stops it before the program.
step_no_command() {
	client=$(ssh_client)
	# shellcheck disable=SC2086
	expect_status "a command without a terminal" 1 $client -T "$user@127.0.0.1" touch "$tmp/escaped"
	expect_eq "the client's command did not run" "$(test -e "$tmp/escaped" && echo ran || echo no)" no
	# shellcheck disable=SC2086
	expect_status "the sftp subsystem" 1 $client -T -s "$user@127.0.0.1" sftp </dev/null
	# shellcheck disable=SC2086
	expect_status "remote forwarding" 255 timeout 10 $client -N -o ExitOnForwardFailure=yes \
		-R 127.0.0.1:0:127.0.0.1:"$port" "$user@127.0.0.1"
}

# The terminal closes (tmux hangs up the client): the program ends within
# 5 s and leaves nothing in the account's data folder.
step_hangup() {
	alive || { fail "the program ended before the hangup"; return; }
	tm kill-session -t ssh
	n=0
	while alive && [ $n -lt 100 ]; do
		sleep 0.05
		n=$((n + 1))
	done
	checks=$((checks + 1))
	alive && fail "the program (pid $pid) still runs 5 s after the link ended"
	expect_eq "no sessions file" "$(test -e "$tmp/home/.local/share/tremplin/sessions.db" && echo kept || echo none)" none
	expect_eq "the data folder is empty" "$(ls -A "$tmp/home/.local/share/tremplin" 2>/dev/null)" ""
}

start_sshd
start_panes
for step in welcome printout idle walk kiosk_keys no_command hangup; do
	step_$step
done
if [ $fails -gt 0 ]; then
	echo "sshd's log:"
	sed 's/^/  | /' "$tmp/sshd.log"
fi
if [ -n "$kiosk_skipped" ] && [ $fails -eq 0 ]; then
	echo "$checks checks passed"
	echo "SKIP:$kiosk_skipped: tremplin --help does not list --kiosk"
	exit 77
fi
done_checks
