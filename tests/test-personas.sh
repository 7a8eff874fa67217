#!/bin/sh
# test-personas.sh - each tests/personas/NAME.answers is diagnosed with
# `tremplin diagnose --json` against a small fixture database built from
# tests/fixtures/diag-db/ (made-up figures at the edges of the thresholds);
# the result must satisfy NAME.expect, one check per line:
#   main ID                 the main challenge
#   status ID STATUS        a challenge's status (need, strength, unknown)
#   topic NAME STATUS       profile, project, search or market
#   action ID [PRIORITY]    the action is in the plan (with that priority)
#   no-action ID            the action is not in the plan
#   first ID                the action comes first in the plan
#   missing KEY             KEY is listed among the missing answers
#   no-missing KEY          KEY is not listed among the missing answers
#   missing-none            no answer is listed as missing
#   self true|false|null    self_diagnosis_match
#   score N                 the 0-100 score
#   data ROME LEVEL AREA    a figure used (AREA "-" for France)
#   step ID TEXT...         a step of action ID starts with TEXT (English)
#   no-step ID TEXT...      no step of action ID starts with TEXT
#   before ID ID            both actions are in the plan, the first one earlier
#   fact ID NAME VALUE      a reason of challenge or action ID has the data
#                           fact NAME with VALUE (related_market D1106...)
#   no-fact ID NAME VALUE   no reason of ID has that data fact
#   text WORDS...           the English text export holds WORDS (its line
#                           breaks and indentation read as one space)
# Then: bad answers files, every file in one batch (one JSON line per
# good file, exit 2 for the bad ones), and the text export (72 columns,
# ASCII mode, French).
. "$top_srcdir/tests/lib.sh"

personas="$top_srcdir/tests/personas"
date=2026-06-15
db="$tmp/diag.db"
if ! "$TREMPLIN" import default "$top_srcdir/tests/fixtures/diag-db" --db "$db" >"$tmp/import.out" 2>&1; then
	sed 's/^/  | /' "$tmp/import.out" >&2
	echo "FAIL: could not build the fixture database" >&2
	exit 1
fi

# has WHAT TEXT: the JSON line of this persona contains TEXT.
has() {
	checks=$((checks + 1))
	case $json in
	*"$2"*) ;;
	*) fail "$name: $1" ;;
	esac
}
hasnt() {
	checks=$((checks + 1))
	case $json in
	*"$2"*) fail "$name: $1" ;;
	esac
}

# The steps of action $1 in this persona's JSON, one per line.
steps_of() {
	printf '%s\n' "$json" | sed 's/{"id":"/\n&/g' | grep "^{\"id\":\"$1\",\"priority\":" |
		sed 's/.*"steps":\[//; s/\],"conditions".*//; s/","/"\n"/g; s/^"//; s/"$//' |
		sed 's/^"//; s/"$//'
}

# The JSON of challenge or action $1 (up to the next one).
item_of() {
	printf '%s\n' "$json" | sed 's/{"id":"/\n&/g' | grep "^{\"id\":\"$1\","
}

# Where action $1 comes in the plan (1 first), empty when absent.
rank_of() {
	printf '%s\n' "${json#*\"actions\":\[}" | sed 's/{"id":"/\n&/g' |
		grep '^{"id":"[^"]*","priority":' | grep -n "^{\"id\":\"$1\"," | cut -d: -f1
}

check_line() {
	set -- $1
	case $1 in
	before)
		checks=$((checks + 1))
		r1=$(rank_of "$2") r2=$(rank_of "$3")
		if [ -z "$r1" ] || [ -z "$r2" ] || [ "$r1" -ge "$r2" ]; then
			fail "$name: $2 (${r1:-absent}) not before $3 (${r2:-absent})"
		fi ;;
	fact|no-fact)
		checks=$((checks + 1))
		case $(item_of "$2") in
		*"{\"data\":\"$3\",\"value\":\"$4\"}"*)
			[ "$1" = fact ] || fail "$name: $2 has the fact $3 $4" ;;
		*) [ "$1" = no-fact ] || fail "$name: $2 has no fact $3 $4" ;;
		esac ;;
	text)
		shift
		checks=$((checks + 1))
		if [ ! -f "$tmp/text-$name" ]; then
			"$TREMPLIN" diagnose --lang en --date $date --db "$db" "$answers" 2>/dev/null |
				tr '\n' ' ' | tr -s ' ' >"$tmp/text-$name"
		fi
		grep -qF -- "$*" "$tmp/text-$name" || fail "$name: the text export does not say '$*'" ;;
	step|no-step)
		kind=$1 id=$2
		shift 2
		checks=$((checks + 1))
		if steps_of "$id" | grep -qF -- "$*"; then
			[ "$kind" = step ] || fail "$name: action $id has a step '$*'"
		else
			[ "$kind" = no-step ] || fail "$name: action $id has no step '$*'"
		fi ;;
	main) has "main challenge is not $2" "\"main_challenge\":\"$2\"" ;;
	status) has "$2 is not $3" "{\"id\":\"$2\",\"status\":\"$3\"" ;;
	topic)
		topics=${json#*\"topics\":\{}
		topics=${topics%%\}*}
		checks=$((checks + 1))
		case $topics in *"\"$2\":\"$3\""*) ;; *) fail "$name: topic $2 is not $3 ($topics)" ;; esac ;;
	action)
		if [ -n "$3" ]; then
			has "action $2 missing or not priority $3" "{\"id\":\"$2\",\"priority\":$3,"
		else
			has "action $2 missing" "{\"id\":\"$2\",\"priority\":"
		fi ;;
	no-action) hasnt "action $2 should not be proposed" "{\"id\":\"$2\",\"priority\":" ;;
	first) has "first action is not $2" "\"actions\":[{\"id\":\"$2\"," ;;
	missing)
		m=${json#*\"missing\":\[}
		m=${m%%\]*}
		checks=$((checks + 1))
		case ",$m," in *",\"$2\","*) ;; *) fail "$name: $2 not among missing ($m)" ;; esac ;;
	no-missing)
		m=${json#*\"missing\":\[}
		m=${m%%\]*}
		checks=$((checks + 1))
		case ",$m," in *",\"$2\","*) fail "$name: $2 among missing ($m)" ;; esac ;;
	missing-none) has "missing is not empty" "\"missing\":[]" ;;
	self) has "self_diagnosis_match is not $2" "\"self_diagnosis_match\":$2," ;;
	score) has "score is not $2" "\"score\":$2," ;;
	data)
		area=$4
		[ "$area" = - ] && area=
		has "figure $2 $3 $4 not used" "{\"rome\":\"$2\",\"level\":\"$3\",\"area\":\"$area\"," ;;
	'#'*|'') ;;
	*) fail "$name.expect: unknown check '$1'" ;;
	esac
}

count=0
for answers in "$personas"/*.answers; do
	name=$(basename "$answers" .answers)
	expect="$personas/$name.expect"
	count=$((count + 1))
	if [ ! -f "$expect" ]; then
		fail "$name: no $name.expect"
		continue
	fi
	expect_status "$name: exit" 0 \
		"$TREMPLIN" diagnose --json --date $date --db "$db" "$answers"
	json=$(cat "$tmp/out")
	expect_eq "$name: one JSON line" "$(wc -l <"$tmp/out" | tr -d ' ')" 1
	while IFS= read -r line; do
		check_line "$line"
	done <"$expect"
done
checks=$((checks + 1))
[ "$count" -ge 80 ] || fail "only $count personas, want at least 80"

# Bad answers files (kept apart: they are not personas): each is refused
# with "FILE:LINE: what is wrong" on stderr, exit status 2.
bad="$top_srcdir/tests/fixtures/bad-answers"
expect_status "bad value" 2 "$TREMPLIN" diagnose --json --date $date --db "$db" "$bad/bad-value.answers"
expect_match "bad value: message" "$(cat "$tmp/err")" '^.*/bad-value\.answers:3: .*pets'
expect_eq "bad value: its error line" "$(cat "$tmp/out")" \
	"{\"file\":\"$bad/bad-value.answers\",\"error\":\"$(sed 's/"/\\"/g' "$tmp/err")\"}"
expect_status "bad key" 2 "$TREMPLIN" diagnose --json --date $date --db "$db" "$bad/bad-key.answers"
expect_match "bad key: message" "$(cat "$tmp/err")" '^.*/bad-key\.answers:3: .*favourite_colour'

# One batch: a JSON line per file, in order, each naming its file; the
# bad files among them are reported (on stderr, and as an error line in
# their place), the others still diagnosed, and the status is 2.
good=$(ls "$personas"/*.answers | wc -l | tr -d ' ')
expect_status "batch" 2 "$TREMPLIN" diagnose --json --date $date --db "$db" \
	"$bad/bad-value.answers" "$personas"/*.answers "$bad/bad-key.answers"
expect_eq "batch: lines" "$(wc -l <"$tmp/out" | tr -d ' ')" "$((good + 2))"
expect_eq "batch: errors" "$(grep -c '/bad-[a-z]*\.answers:3: ' "$tmp/err")" 2
expect_eq "batch: files in order" "$(sed 's/^{"file":"\([^"]*\)",.*/\1/' "$tmp/out")" \
	"$(printf '%s\n' "$bad/bad-value.answers" "$personas"/*.answers "$bad/bad-key.answers")"
expect_eq "batch: error lines" "$(grep -c '^{"file":"[^"]*","error":"[^"]*/bad-[a-z]*\.answers:3: ' "$tmp/out")" 2
expect_eq "batch: diagnosed lines" "$(grep -c '^{"file":"[^"]*","main_challenge":' "$tmp/out")" "$good"
expect_status "batch of good files" 0 "$TREMPLIN" diagnose --json --date $date --db "$db" "$personas"/*.answers
expect_eq "batch of good files: lines" "$(wc -l <"$tmp/out" | tr -d ' ')" "$good"

# Lines wider than 72 columns in $tmp/out (UTF-8 continuation bytes
# dropped first, so that awk counts characters even where it counts bytes).
too_wide() {
	LC_ALL=C sed 's/[\x80-\xBF]//g' "$tmp/out" | awk 'length($0) > 72' | head -3
}

# The text export: pinned date, checkboxes, the disclaimer, 72 columns.
expect_status "text" 0 "$TREMPLIN" diagnose --lang en --date $date --db "$db" \
	"$personas"/stuck-3-per-10.answers "$personas"/barriers-many.answers "$personas"/no-answers.answers
expect_match "text: date" "$(cat "$tmp/out")" "Date: $date"
expect_match "text: checkbox" "$(cat "$tmp/out")" '^\[ \]  1\. '
expect_match "text: disclaimer" "$(cat "$tmp/out")" "This is advice, not a decision"
expect_match "text: example figure" "$(cat "$tmp/out")" "example figure"
expect_eq "text: lines over 72 columns" "$(too_wide)" ""
expect_status "ascii" 0 "$TREMPLIN" diagnose --ascii --lang fr --date $date --db "$db" "$personas"/*-[0-9]*.answers
expect_eq "ascii: bytes outside ASCII" "$(LC_ALL=C grep -c '[^ -~]' "$tmp/out")" 0
expect_match "ascii: French" "$(cat "$tmp/out")" "Ceci est un conseil, pas une decision"
expect_eq "ascii: lines over 72 columns" "$(too_wide)" ""
expect_status "french" 0 "$TREMPLIN" diagnose --lang fr --date $date --db "$db" "$personas"/stuck-3-per-10.answers
expect_match "french: accents kept" "$(cat "$tmp/out")" "décision"
expect_eq "french: lines over 72 columns" "$(too_wide)" ""
expect_status "bad date" 2 "$TREMPLIN" diagnose --date 2026-13-01 --db "$db" "$personas"/no-answers.answers
done_checks
