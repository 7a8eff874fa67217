#!/bin/sh
# test-completion.sh - completion/tremplin in bash: commands, options,
# kinds of import, and file and folder arguments (with bash-completion's
# helpers when they are installed, and without them).
. "$top_srcdir/tests/lib.sh"

command -v bash >/dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
mkdir "$tmp/dir" "$tmp/dir/rome" && : >"$tmp/dir/a.answers" && : >"$tmp/dir/b.txt"

# complete LINE: the words bash offers for LINE (the last word is
# completed; a trailing space starts a new word), sorted, one line.
complete_line() {
	bash -c '
		[ "$2" = with ] && [ -f /usr/share/bash-completion/bash_completion ] &&
			. /usr/share/bash-completion/bash_completion
		. "$1"
		cd "$3" || exit 1
		line=$4
		read -ra COMP_WORDS <<<"$line"
		[ "${line% }" != "$line" ] && COMP_WORDS+=("")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		COMP_LINE=$line COMP_POINT=${#line}
		_tremplin tremplin "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "
	' sh "$top_srcdir/completion/tremplin" "$1" "$tmp/dir" "$2"
}

for mode in with without; do
	expect_eq "$mode: commands" "$(complete_line $mode 'tremplin ')" \
		"code data diagnose import jobs sessions "
	expect_eq "$mode: d" "$(complete_line $mode 'tremplin d')" "data diagnose "
	expect_eq "$mode: --no" "$(complete_line $mode 'tremplin --no')" "--no-color --no-save "
	expect_eq "$mode: --lang" "$(complete_line $mode 'tremplin --lang ')" "en fr "
	expect_eq "$mode: import kinds" "$(complete_line $mode 'tremplin import ')" \
		"bmo default imt insee rome "
	expect_eq "$mode: import rome folder" "$(complete_line $mode 'tremplin import rome ')" "rome "
	expect_eq "$mode: diagnose files" "$(complete_line $mode 'tremplin diagnose a')" "a.answers "
	expect_eq "$mode: diagnose options" "$(complete_line $mode 'tremplin diagnose x.answers --j')" "--json "
	expect_eq "$mode: --db file" "$(complete_line $mode 'tremplin --db b')" "b.txt "
	expect_eq "$mode: data" "$(complete_line $mode 'tremplin --db x.db data ')" "check stats "
	expect_eq "$mode: sessions purge" "$(complete_line $mode 'tremplin sessions purge ')" "--older-than "
	expect_eq "$mode: code" "$(complete_line $mode 'tremplin code ')" "decode encode "
done
done_checks
