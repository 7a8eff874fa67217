#!/bin/sh
# The command line: GNU --help and --version, bad options, the resume-code
# commands and the sessions commands.
. "$top_srcdir/tests/lib.sh"

expect_status "--help" 0 "$TREMPLIN" --help
expect_match "--help usage" "$(head -1 "$tmp/out")" '^Usage: tremplin '
expect_match "--help names the manual" "$(tail -1 "$tmp/out")" 'man tremplin'
checks=$((checks + 1))
grep -q 'example\.org' "$tmp/out" && fail "--help gives an example.org address"
# Write errors are not lost (GNU close_stdout): a full disk is an error.
if [ -w /dev/full ]; then
	for opt in --help --version; do
		expect_status "$opt > /dev/full" 1 sh -c '"$1" "$2" >/dev/full' sh "$TREMPLIN" "$opt"
		expect_match "$opt > /dev/full message" "$(cat "$tmp/err")" '^tremplin: write error: '
	done
	expect_status "diagnose > /dev/full" 1 sh -c '"$1" diagnose "$2" >/dev/full' sh "$TREMPLIN" \
		"$top_srcdir/tests/personas/no-answers.answers"
	expect_match "diagnose > /dev/full message" "$(cat "$tmp/err")" '^tremplin: write error: '
	expect_status "jobs > /dev/full" 1 sh -c '"$1" jobs cuisine >/dev/full' sh "$TREMPLIN"
fi
expect_status "--version" 0 "$TREMPLIN" --version
expect_match "--version first line" "$(head -1 "$tmp/out")" '^tremplin \(Tremplin\) [0-9]+\.[0-9]+'
expect_status "unknown option" 2 "$TREMPLIN" --frobnicate
expect_match "unknown option message" "$(cat "$tmp/err")" "unknown option '--frobnicate'"
expect_status "unknown command" 2 "$TREMPLIN" frobnicate
expect_status "--db without a value" 2 "$TREMPLIN" --db
expect_status "--resume without a value" 2 "$TREMPLIN" --resume
expect_match "--resume message" "$(cat "$tmp/err")" "option '--resume' needs a value"
expect_status "--answers with --resume" 2 "$TREMPLIN" --answers x.answers --resume ABCD
expect_match "--answers with --resume message" "$(cat "$tmp/err")" "cannot be used together"
expect_status "--help" 0 "$TREMPLIN" --help
expect_match "--help names --no-save" "$(cat "$tmp/out")" '^ +--no-save '
expect_match "--help says how to delete" "$(cat "$tmp/out")" 'tremplin sessions purge --older-than DAYS'
expect_status "French help" 0 "$TREMPLIN" --lang fr --help
expect_match "French help text" "$(head -1 "$tmp/out")" '^Usage : tremplin '
LANGUAGE=fr expect_status "LANGUAGE=fr" 0 "$TREMPLIN" --help
expect_match "LANGUAGE=fr text" "$(sed -n 3p "$tmp/out")" 'recherche d.emploi'

# One clock: TREMPLIN_NOW is in --help; a value that is no date or time
# stops every command and the wizard (never replaced by today).
expect_match "--help names TREMPLIN_NOW" "$(cat "$tmp/out")" '^  TREMPLIN_NOW '
for bad in 1795771380 2026-02-30 "2026-11-27 25:00" tomorrow; do
	for cmd in "diagnose $top_srcdir/tests/personas/no-answers.answers" "sessions list" "jobs cuisine" ""; do
		# shellcheck disable=SC2086
		TREMPLIN_NOW=$bad expect_status "TREMPLIN_NOW=$bad $cmd" 2 "$TREMPLIN" $cmd
		expect_eq "TREMPLIN_NOW=$bad $cmd message" "$(cat "$tmp/err")" \
			"tremplin: TREMPLIN_NOW: '$bad' is not a date or a time (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)"
	done
done
# The pinned date is the export's date and the reference of the age.
TREMPLIN_NOW=2031-01-01 expect_status "pinned export date" 0 "$TREMPLIN" diagnose \
	"$top_srcdir/tests/personas/no-answers.answers"
expect_match "export dated by TREMPLIN_NOW" "$(cat "$tmp/out")" '2031-01-01'
printf 'birth_year=2016\n' >"$tmp/young.answers"
TREMPLIN_NOW=2030-01-01 expect_status "born 2016, in 2030" 0 "$TREMPLIN" code encode "$tmp/young.answers"
TREMPLIN_NOW=2029-12-31T23:59:59 expect_status "born 2016, in 2029" 2 "$TREMPLIN" code encode "$tmp/young.answers"
expect_match "born 2016, in 2029: message" "$(cat "$tmp/err")" 'from 1900 to 2015'

# getopt_long: unique prefixes, bundled short options, --opt=value and
# --opt value, -- before operands that start with '-'.
expect_status "--vers" 0 "$TREMPLIN" --vers
expect_match "--vers is --version" "$(head -1 "$tmp/out")" '^tremplin \(Tremplin\) '
expect_status "-hV" 0 "$TREMPLIN" -hV
expect_match "-hV is -h" "$(head -1 "$tmp/out")" '^Usage: tremplin '
expect_status "ambiguous prefix" 2 "$TREMPLIN" --no
expect_match "ambiguous message" "$(cat "$tmp/err")" "option '--no' is ambiguous"
expect_status "--version=X" 2 "$TREMPLIN" --version=2
expect_match "--version=X message" "$(cat "$tmp/err")" "option '--version' takes no value"
expect_status "-- alone" 2 "$TREMPLIN" -- --help
expect_match "-- then --help is an operand" "$(cat "$tmp/err")" "unknown command '--help'"
persona=$top_srcdir/tests/personas/no-answers.answers
cp "$persona" "$tmp/-dash.answers"
expect_status "-- then an operand" 0 sh -c 'cd "$1" && "$2" diagnose --json -- -dash.answers' sh "$tmp" "$TREMPLIN"
expect_match "-- then an operand: diagnosed" "$(cat "$tmp/out")" '^\{"file":"-dash\.answers","main_challenge"'
expect_status "jobs -- -x" 1 "$TREMPLIN" jobs -- -x
expect_match "jobs -- -x is a query" "$(cat "$tmp/err")" "no job title matches '-x'"
expect_status "--db=FILE" 1 "$TREMPLIN" --db="$tmp/nope.db" jobs cuisine
expect_match "--db=FILE is read" "$(cat "$tmp/err")" 'nope\.db'
expect_status "--db=FILE after the query" 1 "$TREMPLIN" jobs cuisine --db="$tmp/nope.db"
expect_status "--db FILE before the query" 1 "$TREMPLIN" jobs --db "$tmp/nope.db" cuisine
expect_status "--db=FILE, the default" 0 "$TREMPLIN" jobs cuisine --db="$TREMPLIN_DB"
POSIXLY_CORRECT=1 expect_status "POSIXLY_CORRECT, --db last" 1 "$TREMPLIN" jobs cuisine --db "$tmp/nope.db"
expect_status "--lang after the query" 0 "$TREMPLIN" jobs cuisine --lang en
for date in --date=2031-01-01 "--date 2031-01-01" "--da 2031-01-01"; do
	# shellcheck disable=SC2086
	expect_status "diagnose $date" 0 "$TREMPLIN" diagnose "$persona" $date
	expect_match "diagnose $date: dated" "$(cat "$tmp/out")" '2031-01-01'
done
expect_status "--date without a value" 2 "$TREMPLIN" diagnose "$persona" --date
expect_match "--date message" "$(cat "$tmp/err")" "option '--date' needs a value"
expect_status "import --year without a value" 2 "$TREMPLIN" import rome "$tmp" --year
expect_match "--year message" "$(cat "$tmp/err")" "option '--year' needs a value"
XDG_DATA_HOME=$tmp/xdg-opts expect_status "sessions purge --older=N" 2 "$TREMPLIN" sessions purge --older=x
expect_match "sessions purge --older=N usage" "$(cat "$tmp/err")" 'usage: sessions '

# Every command has its --help (and -h), on stdout, exit 0; an unknown
# option of a command is a usage error that names the command's --help.
for cmd in diagnose jobs code sessions import data; do
	expect_status "$cmd --help" 0 "$TREMPLIN" "$cmd" --help
	expect_match "$cmd --help usage" "$(head -1 "$tmp/out")" "^Usage: tremplin $cmd "
	expect_match "$cmd --help names --help" "$(cat "$tmp/out")" '^  -h, --help +show this help'
	expect_eq "$cmd --help: no error" "$(cat "$tmp/err")" ""
	expect_status "$cmd -h" 0 "$TREMPLIN" "$cmd" -h
	expect_match "$cmd -h usage" "$(head -1 "$tmp/out")" "^Usage: tremplin $cmd "
	expect_status "$cmd --frobnicate" 2 "$TREMPLIN" "$cmd" --frobnicate
	expect_match "$cmd --frobnicate message" "$(cat "$tmp/err")" "unknown option '--frobnicate'"
	expect_match "$cmd --frobnicate help" "$(cat "$tmp/err")" "Try 'tremplin $cmd --help'"
done
expect_status "diagnose --help" 0 "$TREMPLIN" diagnose --help
expect_match "diagnose --help names --date" "$(cat "$tmp/out")" '^      --date YYYY-MM-DD '
expect_status "import --help" 0 "$TREMPLIN" import x --help
expect_match "import --help kinds" "$(cat "$tmp/out")" '^  insee '
expect_status "French import --help" 0 "$TREMPLIN" import --help --lang fr
expect_match "French import --help text" "$(head -1 "$tmp/out")" '^Usage ?: tremplin import TYPE CHEMIN '
if [ -w /dev/full ]; then
	expect_status "import --help > /dev/full" 1 sh -c '"$1" import --help >/dev/full' sh "$TREMPLIN"
	expect_match "import --help > /dev/full message" "$(cat "$tmp/err")" '^tremplin: write error: '
fi

# Resume codes: every answers file of the tests round-trips.
for f in "$top_srcdir"/tests/answers/*.answers "$top_srcdir"/tests/personas/*.answers; do
	[ -f "$f" ] || continue
	expect_status "encode $f" 0 "$TREMPLIN" code encode "$f"
	code=$(cat "$tmp/out")
	expect_match "code shape" "$code" '^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{1,4})*$'
	expect_status "decode $code" 0 "$TREMPLIN" code decode "$code"
	cp "$tmp/out" "$tmp/decoded"
	expect_status "re-encode" 0 "$TREMPLIN" code encode "$tmp/decoded"
	expect_eq "round trip of $f" "$(cat "$tmp/out")" "$code"
done
# One wrong character: refused, never decoded into other answers.
expect_status "typo" 2 "$TREMPLIN" code decode "${code%?}$( [ "${code#"${code%?}"}" = 2 ] && echo 3 || echo 2)"
expect_match "typo message" "$(cat "$tmp/err")" 'typo'
expect_status "impossible character" 2 "$TREMPLIN" code decode "ABCD-0OI1"
expect_status "code without argument" 2 "$TREMPLIN" code decode
printf 'job=D1102\nfoo=bar\n' >"$tmp/bad.answers"
expect_status "encode a bad file" 2 "$TREMPLIN" code encode "$tmp/bad.answers"
expect_match "bad file message" "$(cat "$tmp/err")" 'bad.answers:2: '

# The configuration files (doc/config.md): the user's, then --config FILE,
# then the command line, each winning over the one before. The system's
# file cannot be written here (its place in the order is
# tests/test-config.c's). The interview shows which db won: it stops on a
# database that does not exist, before any question; with a good one it
# reads the end of its (empty) input.
conf=$tmp/conf
mkdir -p "$conf/tremplin" "$tmp/home/.config/tremplin"
interview() { TREMPLIN_DB= XDG_CONFIG_HOME=$conf "$TREMPLIN" --plain --no-save "$@" </dev/null; }
expect_status "--help" 0 "$TREMPLIN" --help
expect_match "--help names --kiosk" "$(cat "$tmp/out")" '^ +--kiosk +an agency.s self-service terminal'
expect_match "--help names --config" "$(cat "$tmp/out")" '^ +--config FILE '
expect_match "--help names the system's file" "$(cat "$tmp/out")" '^  /.*/tremplin/tremplin\.conf$'
expect_match "--help names the user's file" "$(cat "$tmp/out")" '^  \$XDG_CONFIG_HOME/tremplin/tremplin\.conf '
expect_match "--help says TREMPLIN_DB wins over the files" "$(cat "$tmp/out")" '^  TREMPLIN_DB +'
expect_status "no configuration file" 1 interview
expect_match "no configuration file: the interview ran" "$(cat "$tmp/out")" 'End of the input'
printf '# the user'"'"'s\nmode = kiosk\r\ndb = %s\n' "$tmp/user.db" >"$conf/tremplin/tremplin.conf"
expect_status "the user's db" 1 interview
expect_match "the user's db is read" "$(cat "$tmp/err")" 'user\.db: cannot open the database'
expect_eq "the user's db: nothing asked" "$(cat "$tmp/out")" ""
printf 'db=%s\n' "$tmp/explicit.db" >"$tmp/explicit.conf"
expect_status "--config wins" 1 interview --config "$tmp/explicit.conf"
expect_match "--config wins: its db" "$(cat "$tmp/err")" 'explicit\.db: cannot open'
printf 'idle_timeout=60\n' >"$tmp/other.conf"
expect_status "--config without db" 1 interview --config "$tmp/other.conf"
expect_match "--config without db: the user's kept" "$(cat "$tmp/err")" 'user\.db: cannot open'
expect_status "--db wins over the files" 1 interview --config="$tmp/explicit.conf" --db "$tmp/cli.db"
expect_match "--db wins: its db" "$(cat "$tmp/err")" 'cli\.db: cannot open'
TREMPLIN_DB=$tmp/env.db expect_status "TREMPLIN_DB wins over the files" 1 \
	env XDG_CONFIG_HOME="$conf" "$TREMPLIN" --plain --no-save --config "$tmp/explicit.conf"
expect_match "TREMPLIN_DB wins: its db" "$(cat "$tmp/err")" 'env\.db: cannot open'
printf 'db=%s\n' "$TREMPLIN_DB" >"$tmp/good.conf"
# The user's file says mode = kiosk: a kiosk ends well at the end of its
# input (the visitor's link closed), exit 0.
expect_status "--config with a good db" 0 interview --config "$tmp/good.conf"
expect_match "--config with a good db: the interview ran" "$(cat "$tmp/out")" 'End of the input'
# XDG_CONFIG_HOME that is not absolute: ~/.config.
printf 'db=%s\n' "$tmp/home.db" >"$tmp/home/.config/tremplin/tremplin.conf"
expect_status "~/.config" 1 env TREMPLIN_DB= HOME="$tmp/home" XDG_CONFIG_HOME=relative \
	"$TREMPLIN" --plain --no-save
expect_match "~/.config: its db" "$(cat "$tmp/err")" 'home\.db: cannot open'
# A bad file stops the interview with FILE:LINE, before any screen, with
# exit status 2, whatever the command line sets; not the commands, nor --help.
printf 'mode=kiosk\n\nidle_timeout = 3m\n' >"$conf/tremplin/tremplin.conf"
expect_status "bad user's file" 2 interview --idle-timeout 5
expect_eq "bad user's file message" "$(cat "$tmp/err")" \
	"tremplin: $conf/tremplin/tremplin.conf:3: idle_timeout must be a whole number of seconds from 0 to 86400 (0: never)"
expect_eq "bad user's file: no screen" "$(cat "$tmp/out")" ""
expect_status "bad user's file, --help" 0 env XDG_CONFIG_HOME="$conf" "$TREMPLIN" --help
expect_status "bad user's file, a command" 0 env XDG_CONFIG_HOME="$conf" "$TREMPLIN" jobs cuisine
printf 'mode=kiosk\nmode=adviser\n' >"$tmp/twice.conf"
expect_status "a key twice" 2 interview --config "$tmp/twice.conf"
expect_match "the user's file is read first" "$(cat "$tmp/err")" "tremplin.conf:3: "
rm "$conf/tremplin/tremplin.conf"
expect_status "a key twice" 2 interview --config "$tmp/twice.conf"
expect_eq "a key twice message" "$(cat "$tmp/err")" "tremplin: $tmp/twice.conf:2: duplicate key \"mode\""
printf 'kiosk=yes\n' >"$tmp/unknown.conf"
expect_status "unknown key" 2 interview --config "$tmp/unknown.conf"
expect_eq "unknown key message" "$(cat "$tmp/err")" "tremplin: $tmp/unknown.conf:1: unknown key \"kiosk\""
expect_status "--config FILE missing" 2 interview --config "$tmp/nope.conf"
expect_eq "--config FILE missing message" "$(cat "$tmp/err")" \
	"tremplin: $tmp/nope.conf: cannot open: No such file or directory"
ln -s "$tmp/good.conf" "$tmp/link.conf"
expect_status "--config a link" 2 interview --config "$tmp/link.conf"
expect_eq "--config a link message" "$(cat "$tmp/err")" \
	"tremplin: $tmp/link.conf: a symbolic link, which is not followed"
ln -s "$tmp/good.conf" "$conf/tremplin/tremplin.conf"
expect_status "the user's file a link" 2 interview
expect_match "the user's file a link message" "$(cat "$tmp/err")" 'tremplin\.conf: a symbolic link'
rm "$conf/tremplin/tremplin.conf"
# An answer the interview would not ask with the others is not diagnosed,
# and stderr names it: a diploma from abroad with no diploma.
printf '%s\n' lang=en diploma=none foreign_diploma=yes job=J1501 departement=75 \
	search_months=0 interviews=5 >"$tmp/unasked.answers"
expect_status "unasked answers" 0 "$TREMPLIN" diagnose "$tmp/unasked.answers"
expect_eq "unasked answers named" "$(cat "$tmp/err")" "$tmp/unasked.answers: foreign_diploma: not used, the interview does not ask it with the other answers
$tmp/unasked.answers: interviews: not used, the interview does not ask it with the other answers"
case $(cat "$tmp/out") in
*"foreign diploma recognised"*|*"Job interviews:"*) fail "unasked answers: diagnosed all the same" ;;
esac
checks=$((checks + 1))
# An answers file a person names: not through a link, not a FIFO.
ln -s "$top_srcdir/tests/answers/julien-first-job.answers" "$tmp/link.answers"
expect_status "answers file a link" 2 "$TREMPLIN" diagnose "$tmp/link.answers"
expect_eq "answers file a link message" "$(cat "$tmp/err")" \
	"$tmp/link.answers: a symbolic link, which is not followed"
mkfifo "$tmp/fifo.answers"
expect_status "answers file a FIFO" 2 "$TREMPLIN" diagnose "$tmp/fifo.answers"
expect_match "answers file a FIFO message" "$(cat "$tmp/err")" 'fifo\.answers: not a regular file'
expect_status "--config a folder" 2 interview --config "$tmp"
expect_eq "--config a folder message" "$(cat "$tmp/err")" "tremplin: $tmp: not a regular file"
# Bad values on the command line: the words of the files, the option's name.
expect_status "--idle-timeout bad" 2 interview --idle-timeout 1h
expect_eq "--idle-timeout message" "$(cat "$tmp/err")" \
	"tremplin: --idle-timeout must be a whole number of seconds from 0 to 86400 (0: never)"
expect_status "--idle-timeout too long" 2 interview --idle-timeout=86401
expect_status "--mode bad" 2 interview --mode pilot
expect_eq "--mode message" "$(cat "$tmp/err")" \
	"tremplin: \"pilot\" is not a value of --mode (default, kiosk, adviser)"
expect_status "--exit-key Ctrl-H" 2 interview --exit-key ctrl-h
expect_eq "--exit-key message" "$(cat "$tmp/err")" \
	"tremplin: --exit-key cannot be Ctrl-H: terminals send it for Backspace"
expect_status "--exit-key Alt-X" 2 interview --exit-key Alt-X
expect_status "--languages de" 2 interview --languages fr,de
expect_eq "--languages message" "$(cat "$tmp/err")" \
	"tremplin: \"de\" is not a value of --languages (en, fr)"
expect_status "--export-folder relative" 2 interview --export-folder exports
expect_match "--export-folder message" "$(cat "$tmp/err")" '^tremplin: --export-folder must be an absolute path'
expect_status "--agency too long" 2 interview --agency "$(printf '%061d' 0)"
expect_match "--agency message" "$(cat "$tmp/err")" 'more than 60 characters'
expect_status "--print-command empty" 2 interview --print-command ''
expect_eq "--print-command message" "$(cat "$tmp/err")" "tremplin: --print-command has no value"
expect_status "good options" 1 interview --kiosk --adviser --mode default --idle-timeout 0 \
	--export-folder /tmp --languages 'fr, en' --exit-key F12 --agency "Agence de Liévin" \
	--print-command lp --config "$tmp/good.conf"
expect_match "good options: the interview ran" "$(cat "$tmp/out")" 'End of the input'

# Sessions, in a private XDG_DATA_HOME.
XDG_DATA_HOME=$tmp/xdg; export XDG_DATA_HOME
expect_status "sessions list (none)" 0 "$TREMPLIN" sessions list
expect_eq "no sessions" "$(cat "$tmp/out")" ""
expect_eq "sessions file mode" "$(stat -c %a "$tmp/xdg/tremplin/sessions.db")" 600
expect_status "sessions show missing" 1 "$TREMPLIN" sessions show 42
expect_match "missing session message" "$(cat "$tmp/err")" 'no session 42'
expect_status "sessions purge" 0 "$TREMPLIN" sessions purge --older-than 30
expect_eq "purge count" "$(cat "$tmp/out")" "0 sessions deleted"
expect_status "sessions bad id" 2 "$TREMPLIN" sessions show abc
expect_status "sessions bad verb" 2 "$TREMPLIN" sessions frob
expect_status "sessions check (sound)" 0 "$TREMPLIN" sessions check
expect_match "sessions check message" "$(cat "$tmp/out")" 'sessions.db: no problem found$'
# A damaged page (the third of the file) is found by the check.
head -c 4096 /dev/zero | tr '\0' x |
	dd of="$tmp/xdg/tremplin/sessions.db" bs=4096 seek=2 conv=notrunc 2>/dev/null
expect_status "sessions check (damaged)" 1 "$TREMPLIN" sessions check
expect_match "damaged message" "$(cat "$tmp/err")" 'problem'

done_checks
