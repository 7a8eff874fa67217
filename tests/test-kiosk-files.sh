#!/bin/sh
# test-kiosk-files.sh - the kiosk's system files (data/kiosk/, doc/kiosk.md)
# are what the tools that read them accept:
# - getty-autologin.conf, the drop-in for getty@tty2.service: systemd-analyze
#   verify on a minimal getty@.service and on the system's own, and the
#   drop-in is really read (without its empty ExecStart= the unit is
#   refused);
# - sshd-kiosk.conf, the sshd_config.d snippet: sshd -t on a configuration
#   laid out as Debian's (the snippet included first, then global lines
#   that allow what the kiosk must not have), and sshd -T: what the kiosk
#   account gets, and that no other account gets it.
# Each part skips when its tool is absent; the test skips only when both are.
. "$top_srcdir/tests/lib.sh"

kiosk=$top_srcdir/data/kiosk
account=tremplin-kiosk-ssh

analyze=$(command -v systemd-analyze 2>/dev/null)
sshd=$(command -v sshd 2>/dev/null || for d in /usr/sbin /usr/local/sbin /sbin; do
	[ -x "$d/sshd" ] && echo "$d/sshd" && break; done)
keygen=$(command -v ssh-keygen 2>/dev/null)
if [ -z "$analyze" ] && [ -z "$sshd" ]; then
	echo "SKIP: neither systemd-analyze nor sshd is installed"
	exit 77
fi

# verify UNITDIR: systemd-analyze verify of getty@tty2.service, with
# UNITDIR first in the unit path (and the system's folders after it when
# UNITDIR ends with ':'). Output in $tmp/out and $tmp/err.
verify() {
	# --man=no: whether the man pages a unit names are installed is the
	# machine's business, not the drop-in's.
	SYSTEMD_UNIT_PATH=$1 "$analyze" verify --man=no getty@tty2.service >"$tmp/out" 2>"$tmp/err"
}

# The drop-in in UNITDIR/getty@tty2.service.d/, where the doc installs it.
put_dropin() {
	mkdir -p "$1/getty@tty2.service.d"
	cp "$kiosk/getty-autologin.conf" "$1/getty@tty2.service.d/tremplin-kiosk.conf"
}

check_getty() {
	units=$tmp/units
	mkdir -p "$units"
	# What the drop-in needs of Debian's getty@.service, and nothing that
	# would pull other units in.
	cat >"$units/getty@.service" <<'EOF'
[Unit]
Description=Getty on %I
DefaultDependencies=no

[Service]
ExecStart=-/sbin/agetty -o '-p -- \\u' --noclear - $TERM
Type=idle
Restart=always
StandardInput=tty
StandardOutput=tty
TTYPath=/dev/%I
EOF
	put_dropin "$units"
	checks=$((checks + 1))
	verify "$units" || fail "systemd-analyze verify (minimal getty@.service): exit $?"
	checks=$((checks + 1))
	[ -s "$tmp/err" ] && { fail "systemd-analyze verify says something:"; sed 's/^/  | /' "$tmp/err" >&2; }

	# The drop-in is read: its second ExecStart= alone is refused.
	sed '/^ExecStart=$/d' "$kiosk/getty-autologin.conf" \
		>"$units/getty@tty2.service.d/tremplin-kiosk.conf"
	checks=$((checks + 1))
	verify "$units" && fail "a drop-in without 'ExecStart=' passes: the drop-in is not read"

	# The system's own getty@.service, where there is one.
	if [ -f /lib/systemd/system/getty@.service ] || [ -f /usr/lib/systemd/system/getty@.service ]; then
		sys=$tmp/units-sys
		put_dropin "$sys"
		checks=$((checks + 1))
		verify "$sys:" || { fail "systemd-analyze verify (the system's getty@.service): exit $?"; sed 's/^/  | /' "$tmp/err" >&2; }
		checks=$((checks + 1))
		grep -q tremplin-kiosk "$tmp/err" && { fail "systemd-analyze verify on the drop-in:"; sed 's/^/  | /' "$tmp/err" >&2; }
	else
		echo "note: no getty@.service on this system: the minimal one only"
	fi
	expect_match "the drop-in logs the console account in" \
		"$(grep '^ExecStart=.' "$kiosk/getty-autologin.conf")" "-f -- .*--autologin tremplin-kiosk "
}

# The sshd configuration of this test: Debian's layout (the snippet first:
# for each keyword sshd keeps the first value it reads), then global
# lines that the snippet must override for the kiosk account only.
sshd_config() {
	cat <<EOF
Include $kiosk/sshd-kiosk.conf
Port 2222
ListenAddress 127.0.0.1
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
UsePAM no
StrictModes no
AuthorizedKeysFile $tmp/authorized_keys
AcceptEnv LANG LC_*
X11Forwarding yes
AllowTcpForwarding yes
AllowAgentForwarding yes
Subsystem sftp internal-sftp
EOF
}

# effective USER: what sshd -T says the account USER gets.
effective() {
	"$sshd" -T -f "$tmp/sshd_config" -C "user=$1,host=terminal,addr=127.0.0.1" 2>"$tmp/err"
}

# has KEYWORD VALUE: the settings in $tmp/eff hold exactly that line.
has() {
	checks=$((checks + 1))
	grep -qxF "$1 $2" "$tmp/eff" ||
		fail "$account: want '$1 $2', sshd -T says: $(grep "^$1 " "$tmp/eff" | tr '\n' ' ')"
}

check_sshd() {
	if [ -z "$keygen" ]; then
		echo "SKIP part: sshd: ssh-keygen is not installed"
		return
	fi
	# Run as root, sshd wants its privilege separation folder, which the
	# ssh service makes when it starts (this machine may never start it).
	if [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ]; then
		mkdir -m 0755 /run/sshd && echo "note: made /run/sshd (sshd run as root)"
	fi
	"$keygen" -q -t ed25519 -N '' -C test-host -f "$tmp/host_key" || { fail "ssh-keygen"; return; }
	sshd_config >"$tmp/sshd_config"
	expect_status "sshd -t with the snippet" 0 "$sshd" -t -f "$tmp/sshd_config"
	checks=$((checks + 1))
	[ -s "$tmp/err" ] && { fail "sshd -t says something:"; sed 's/^/  | /' "$tmp/err" >&2; }

	effective "$account" >"$tmp/eff" || { fail "sshd -T: exit $?"; sed 's/^/  | /' "$tmp/err" >&2; return; }
	has forcecommand '[ -t 0 ] && exec /usr/bin/tremplin --kiosk'
	has permittty yes
	has permituserrc no
	has permituserenvironment no
	has disableforwarding yes
	has allowtcpforwarding no
	has allowstreamlocalforwarding no
	has allowagentforwarding no
	has x11forwarding no
	has permittunnel no
	has permitopen none
	has permitlisten none
	has gatewayports no
	has authenticationmethods publickey
	has passwordauthentication no
	has kbdinteractiveauthentication no
	has authorizedkeysfile /etc/tremplin/kiosk_authorized_keys
	has maxsessions 1
	expect_eq "$account: the client's variables" "$(grep '^acceptenv ' "$tmp/eff" | tr '\n' ' ')" "acceptenv none "

	# The Match block ends with the snippet: another account keeps the
	# global lines.
	effective someone-else >"$tmp/eff" || { fail "sshd -T (another account): exit $?"; return; }
	has forcecommand none
	has x11forwarding yes
	has allowtcpforwarding yes
	has authorizedkeysfile "$tmp/authorized_keys"
}

# The guide installs the files under the names it gives them.
check_doc() {
	doc=$top_srcdir/doc/kiosk.md
	for want in getty@tty2.service.d/tremplin-kiosk.conf \
		sshd_config.d/tremplin-kiosk.conf /etc/tremplin/kiosk_authorized_keys \
		"--shell /usr/bin/tremplin tremplin-kiosk" "--shell /bin/sh $account"; do
		checks=$((checks + 1))
		grep -qF -- "$want" "$doc" || fail "doc/kiosk.md does not name '$want'"
	done
}

if [ -n "$analyze" ]; then check_getty; else echo "SKIP part: systemd-analyze is not installed"; fi
if [ -n "$sshd" ]; then check_sshd; else echo "SKIP part: sshd is not installed"; fi
check_doc
done_checks
