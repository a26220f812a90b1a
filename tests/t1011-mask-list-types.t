#!/bin/sh
# cog-mask --list-types is the one list of entity types: --types takes
# every name and alias it prints, and the man page, the README and both
# completions list exactly those types.
. "${0%/*}/lib.sh"

cog-mask --list-types >list 2>err
is "$?:$(cat err)" "0:" "--list-types exits 0 with nothing on stderr"
like "$(wc -l <list)" '^ *[1-9][0-9]*$' "--list-types prints types"
is "$(awk 'NF < 4 || ($2 != "on" && $2 != "off") { print NR }' list)" "" \
	"each line: name, on or off, alias or -, what it finds"
is "$(awk '{ print $1 }' list | sort | uniq -d)" "" "no type twice"
fails "--list-types >/dev/full exits 2" 2 sh -c 'cog-mask --list-types >/dev/full'

names=$(awk '{ print $1 }' list | sort)
aliases=$(awk '$3 != "-" { print $1 "=" $3 }' list | sort)
defaults=$(awk '{ print $1 "=" $2 }' list | sort)

# Each name and alias is a type of --types and of the rules.
bad=
for t in $(awk '{ print $1; if ($3 != "-") print $3 }' list); do
	echo '{"a":"x"}' | cog-mask -T "$t" --insecure-demo-key >/dev/null \
		2>&1 || bad="$bad $t"
	echo '{"a":"x"}' | cog-mask -R "$t:redact" --insecure-demo-key \
		>/dev/null 2>&1 || bad="$bad $t:redact"
done
is "$bad" "" "--types and --rule take every name and alias"
fails "a type that is not listed is refused" 2 cog-mask -T NO_SUCH_TYPE

# The on column is the default set: ALL less the ones that are off.
off=$(awk '$2 == "off" { printf ",-%s", $1 }' list)
printf '%s\n' '{"a":"the meeting is on 2024-01-02, mail a@example.com"}' >in
cog-mask -d in >d.default
cog-mask -d -T "ALL$off" in >d.on
cog-mask -d -T ALL in >d.all
same_file d.default d.on "the types marked on are the default set"
like "$(cat d.all)" DATE_TIME "... which leaves out a type that is off"

# The man page: an .It Dv line for each type in "Entity types", an
# alias as "(alias Dv X)" in its entry.
man=$TOP/man/cog-mask.1
sed -n '/^\.Ss Entity types/,/^\.El/p' "$man" >man.list
is "$(sed -n 's/^\.It Dv //p' man.list | sort)" "$names" \
	"the man page lists every type and no other"
is "$(awk '/^\.It Dv / { t = $3 } /^\.Pq alias Dv / { print t "=" $4 }' \
	man.list | sort)" "$aliases" "the man page gives every alias"

# The README: the table of types, with its default and alias.
readme=$TOP/README.md
sed -n '/^| type | by default | alias | finds |$/,/^$/p' "$readme" |
	sed '1,2d;/^$/d' >readme.list
is "$(sed 's/^| `\([A-Z0-9_]*\)`.*/\1/' readme.list | sort)" "$names" \
	"the README's table lists every type and no other"
is "$(awk -F' *[|] *' '{ gsub(/`/, ""); print $2 "=" $3 }' readme.list |
	sort)" "$defaults" "the README's table marks the defaults"
is "$(awk -F' *[|] *' '$4 != "" { gsub(/`/, ""); print $2 "=" $4 }' \
	readme.list | sort)" "$aliases" "the README's table gives every alias"

# The completions offer the types, ALL and NONE after --types.
want=$(printf '%s\nALL\nNONE\n' "$names" | sort)
got=$(bash -c '. "$1"; COMP_WORDS=(cog-mask --types ""); COMP_CWORD=2
	_cog cog-mask; printf "%s\n" "${COMPREPLY[@]}"' _ \
	"$TOP/completions/cog.bash" 2>&1 | sort)
is "$got" "$want" "bash completion offers the types after --types"
got=$(sed -n '/^types=(/,/)/p' "$TOP/completions/_cog" |
	sed 's/^types=(//;s/)$//' | tr -s ' \t' '\n\n' | sed '/^$/d' | sort)
is "$got" "$want" "zsh completion lists the types"

done_testing
