#!/bin/sh
# Behaviour every cogtools binary shares: help, version, misuse, write
# errors, and --help, man page and completions listing the same options.
. "${0%/*}/lib.sh"
need man

tools=$(cd "$COG_BIN" && ls cog-* 2>/dev/null)
[ -n "$tools" ] || skip_all "no binaries in $COG_BIN"

for t in $tools; do
	"$t" --help >help.out 2>help.err
	is "$?:$(cat help.err)" "0:" "$t --help exits 0 with nothing on stderr"
	like "$(head -1 help.out)" "^usage: $t " "$t --help starts with usage"
	ok "$t -h is --help" cmp -s help.out "$(
		"$t" -h >h.out 2>&1; echo h.out)"
	like "$("$t" --version)" "^$t \(cogtools\) [0-9]" "$t --version"
	"$t" --no-such-option >out 2>err </dev/null
	is "$?:$(wc -c <out)" "2:0" "$t: bad option exits 2, nothing on stdout"
	like "$(cat err)" "try '$t --help'" "$t: bad option hints at --help"
	fails "$t --help >/dev/full exits 2" 2 sh -c "$t --help >/dev/full"
	like "$(sh -c "$t --help >/dev/full" 2>&1)" "^$t: .*write error" \
		"$t: write error is reported"

	# The SYNOPSIS of the man page is the usage line.
	page=$TOP/man/$t.1
	ok "$t has a man page" test -f "$page"
	syn=$(LC_ALL=C MANWIDTH=200 man -l "$page" 2>/dev/null |
		sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' |
		tr -s ' \n' '  ' | sed 's/^ *//;s/ *$//')
	use=$(sed -n '/^usage:/,/^$/p' help.out | sed 's/^usage: //' |
		tr -s ' \n' '  ' | sed 's/^ *//;s/ *$//')
	is "$syn" "$use" "$t: man SYNOPSIS equals the usage line"

	# Every long option of --help is in the man page and completions,
	# and every option of the man page is in --help.
	opts=$(grep -o -- '--[a-z][a-z0-9-]*' help.out | sort -u)
	manopts=$(grep -o 'Fl \\-[a-z][a-z0-9-]*' "$page" |
		sed 's/^Fl \\-/--/' | sort -u)
	is "$(echo $manopts)" "$(echo $opts)" \
		"$t: man page and --help list the same long options"
	# Ask the bash completion for the options, as bash would.
	bashopts=$(bash -c '. "$1"; COMP_WORDS=("$2" --); COMP_CWORD=1
		_cog "$2"; printf "%s\n" "${COMPREPLY[@]}"' _ \
		"$TOP/completions/cog.bash" "$t" 2>&1 | sort -u)
	zshblock=$(sed -n "/^$t)/,/;;/p" "$TOP/completions/_cog")
	case $zshblock in
	*'$net'*) zshblock="$zshblock
$(sed -n '/^net=(/,/^)/p' "$TOP/completions/_cog")" ;;
	esac
	missing=
	for o in $opts; do
		printf '%s\n' "$bashopts" | grep -qx -- "$o" ||
			missing="$missing bash:$o"
		printf '%s\n' "$zshblock" | grep -qF -e "'$o[" -e "'$o=[" \
			-e "'*$o[" -e "'*$o=[" \
			-e ",$o}" -e ",$o=}" -e ")$o[" -e ")$o=[" ||
			missing="$missing zsh:$o"
	done
	is "$missing" "" "$t: completions list every option"
done

done_testing
