#!/bin/sh
# test-wording.sh - no English in a French export, and French that agrees
# with the person:
#  1. every persona's `tremplin diagnose --lang fr`, as text and as JSON
#     (its titles, reasons, steps and sources), holds no word of a list
#     that the English msgids use and French never does;
#  2. no French message of po/fr.po speaks of the person with a form that
#     agrees with one gender only ("vous êtes prêt", "rester motivé"):
#     such sentences are written so that they need no agreement;
#  3. a French message that gives both forms ("Seul ou seule") has its
#     "female" and "male" entries (i18n_agree), so that a woman reads
#     "Seule" and a man "Seul".
. "$top_srcdir/tests/lib.sh"

# Words of the English msgids that French never uses (whole words).
english='the|and|of|your|you|with|for|to|is|are|not|this|that|from|per|offers?|candidates?|example|official|none|None|yes|which|what|when|how|jobs?|search|help|answers?|applies|months?|years?|work|interviews?|by|at|it|be|have|has|English|data|figures?|alone|Alone|woman|said|own|training|survey|default|set|sheet|group|hires|planned|seasonal|salaries|gross|hard|level|area|about|or|no|No'
persona_db=$TREMPLIN_DB
[ -f "$persona_db" ] || { echo "SKIP: no database at $persona_db"; exit 77; }

n=0
for answers in "$top_srcdir"/tests/personas/*.answers; do
	name=$(basename "$answers" .answers)
	n=$((n + 1))
	expect_status "$name: diagnose --lang fr" 0 env LANGUAGE= "$TREMPLIN" diagnose \
		"$answers" --date 2026-11-27 --lang fr --db "$persona_db"
	words=$(grep -owE "$english" "$tmp/out" | sort -u | tr '\n' ' ')
	expect_eq "$name: English words in the French export" "$words" ""
	expect_status "$name: diagnose --lang fr --json" 0 env LANGUAGE= "$TREMPLIN" diagnose \
		"$answers" --date 2026-11-27 --lang fr --json --db "$persona_db"
	# The texts of the JSON object, not its keys and identifiers.
	grep -oE '"(text|title|source)":"[^"]*"|"steps":\[[^]]*\]' "$tmp/out" |
		sed -E 's/^"(text|title|source|steps)"://' >"$tmp/texts"
	words=$(grep -owE "$english" "$tmp/texts" | sort -u | tr '\n' ' ')
	expect_eq "$name: English words in the French JSON" "$words" ""
done
expect_eq "personas found" "$([ $n -ge 50 ] && echo yes)" yes

# The list is not empty words: the English export of a persona uses them.
expect_status "English export" 0 env LANGUAGE= "$TREMPLIN" diagnose \
	"$top_srcdir/tests/personas/stuck-3-per-10.answers" --lang en --db "$persona_db"
expect_match "English words found in English" \
	"$(grep -owE "$english" "$tmp/out" | sort -u | wc -l)" '^ *[1-9][0-9]'

# One entry per line: context TAB msgid TAB msgstr (plural forms joined).
msgcat --no-wrap "$top_srcdir/po/fr.po" 2>/dev/null | awk '
function flush() { if (id != "") print ctx "\t" id "\t" str; ctx = ""; id = ""; str = ""; }
/^#/ { next }
/^$/ { flush(); next }
/^msgctxt / { ctx = substr($0, 9); next }
/^msgid / { id = substr($0, 7); next }
/^msgstr/ { sub(/^msgstr(\[[0-9]\])? /, ""); str = str " " $0; next }
END { flush() }' >"$tmp/po" || fail "cannot read po/fr.po"
expect_match "po/fr.po read" "$(wc -l <"$tmp/po")" '^ *[1-9][0-9]{2,}'

# 2. Forms of one gender about the person.
one='(êtes|être|rester|restez|reste|sentir|devenir|soyez|vous garde|vous trouvez)( bien| vraiment| toujours)? (prêt|payé|inscrit|motivé|seul|sûr|diplômé|accompagné|aidé|reçu|découragé|traité|couvert|actif|perdu|poli|âgé|né|satisfait|content|convaincu|certain|fatigué|épuisé|isolé|bloqué|formé|embauché|recruté|orienté|suivi|informé|préparé|intéressé|habitué)s?\b'
grep -v '^"male"' "$tmp/po" | cut -f3 | grep -oE "$one" | sort -u >"$tmp/one"
expect_eq "French forms of one gender about the person" "$(tr '\n' '|' <"$tmp/one")" ""

# 3. Both forms without a female and a male entry.
awk -F '\t' '$1 == "\"female\"" { f[$2] = 1 } $1 != "" { next } { plain[$2] = $3 }
END { for (id in plain) print (id in f ? "G" : "-") "\t" id "\t" plain[id] }' "$tmp/po" |
	grep -E '\b([[:alpha:]]+) ou \1e\b|[[:alpha:]](\(e\)|·e\b)' | grep -v '^G' >"$tmp/both"
expect_eq "both forms without female and male entries" "$(cut -f2 "$tmp/both" | tr '\n' '|')" ""
done_checks
