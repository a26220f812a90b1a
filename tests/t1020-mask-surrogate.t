#!/bin/sh
# A lone surrogate escape in a string is one U+FFFD: the escape after it
# is decoded on its own, so no word after it is hidden from cog-mask or
# from cog-audit's residual scan.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
COG_AUDIT_KEY=audit-key-0123456789abcdef
export COG_MASK_KEY COG_AUDIT_KEY

printf '%s\n' '{"t":"thanks \ud83d\nDennis Miller here"}' \
	'{"t":"mail \ud83d\ndustin.smith@example.org"}' \
	'{"t":"thanks \ufffd\nDennis Miller here"}' \
	'{"t":"mail \ufffd\ndustin.smith@example.org"}' >in
cog-mask -R PERSON:redact -R EMAIL:redact in >out
is "$(sed -n 1p out)" '{"t":"thanks \ud83d\n[PERSON] here"}' \
	"a lone high surrogate before \\n: the whole name is masked"
is "$(sed -n 2p out)" '{"t":"mail \ud83d\n[EMAIL_ADDRESS]"}' \
	"and the whole address"
is "$(cog-mask in | sed -n 1p | sed 's/\\ud83d/\\ufffd/')" \
	"$(cog-mask in | sed -n 3p)" \
	"the same token as after a written U+FFFD"
is "$(cog-mask -d in | jq -r '"\(.line):\(.start):\(.end)"' | tr '\n' ' ')" \
	"1:9:22 2:7:31 3:9:22 4:7:31 " \
	"--detect: the surrogate is one code point, the newline another"
printf '%s\n' '{"t":"x\ud83d\tJohn Smith\ud83d\u0041 Mary Jones"}' |
	cog-mask -R PERSON:redact >o2
is "$(cat o2)" '{"t":"x\ud83d\t[PERSON]\ud83d\u0041 [PERSON]"}' \
	"after \\t, and before a \\u escape that is no low surrogate"
printf '%s\n' '{"t":"\ud83d\ude00 Dennis Miller"}' | cog-mask -R PERSON:redact >o3
is "$(cat o3)" '{"t":"\ud83d\ude00 [PERSON]"}' "a real pair is still one character"
printf '%s\n' '{"Dennis\ud83d\nMiller@example.org":1}' |
	cog-mask --mask-keys -T EMAIL -R EMAIL:redact >o4
is "$(cat o4)" '{"Dennis\ud83d\n[EMAIL_ADDRESS]":1}' "in keys too"

# cog-audit scans with the same decoder.
head -2 in | cog-audit --allow-residual >entry 2>/dev/null
is "$(jq -c '.residual_pii.found' entry)" '{"EMAIL_ADDRESS":1,"PERSON":1}' \
	"cog-audit finds the name and the address after the surrogate"
is "$(jq -c '[.residual_pii.examples[] | [.start, .end]]' entry)" \
	'[[9,22],[7,31]]' "at their whole spans"

# --field paths decode the same way.
printf '%s\n' '{"a\ud83d\nb":"Dennis Miller","x":"Mary Jones"}' >k
is "$(cog-mask -R PERSON:redact -f '."a\ud83d\nb"' k)" \
	'{"a\ud83d\nb":"[PERSON]","x":"Mary Jones"}' \
	"a --field path with a lone surrogate selects that key"

done_testing
