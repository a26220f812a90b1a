#!/bin/sh
# cog-mask on lines that are not valid JSON.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
M='cog-mask -T TICKET -p TICKET=\bTCK-[0-9]{4}\b -R TICKET:redact'
printf '%s\n' '{"t":"TCK-0001"}' '{"t":"TCK-0002"}' '{"t":"TCK-0003",}' '{"t":"TCK-0004"}' >in

$M in >out 2>err
is "$?" 1 "fail: exit 1"
is "$(cat err)" "cog-mask: in:3: invalid JSON: expected a string as object key at column 17" \
	"fail: one line naming file, line, reason and column"
is "$(cat out)" "$(printf '%s\n' '{"t":"[TICKET]"}' '{"t":"[TICKET]"}')" \
	"fail: the lines before are written, nothing of the bad one"
$M <in 2>&1 >/dev/null | grep -q '^cog-mask: <stdin>:3: invalid JSON'
is "$?" 0 "fail: standard input is called <stdin>"

$M --bad-lines=text in >out 2>err
is "$?" 0 "text: exit 0"
is "$(sed -n 3p out)" '{"t":"[TICKET]",}' "text: the bad line is masked as text"
is "$(sed -n 4p out)" '{"t":"[TICKET]"}' "text: later lines are masked"
is "$(cat err)" "cog-mask: 1 invalid JSON line masked as text" "text: counted"

$M --bad-lines=skip --stats st.json in >out 2>err
is "$?" 1 "skip: exit 1"
is "$(wc -l <out)" 3 "skip: the bad line is dropped"
is "$(cat err)" "cog-mask: 1 invalid JSON line skipped" "skip: counted"
like "$(cat st.json)" '"bad_lines":1,"skipped_lines":1' "skip: in the statistics"
fails "--bad-lines with an unknown mode" 2 $M --bad-lines=maybe in

# Masked as text, a bad line still has its JSON escapes decoded for
# detection, and a backslash that starts no escape is kept.
printf '%s\n' '{"t":"x TCK\u002d1234", }' '{"t":"\q TCK-1234 \u12' >esc
is "$($M --bad-lines=text esc 2>/dev/null | tr '\n' ' ')" \
	'{"t":"x [TICKET]", } {"t":"\q [TICKET] \u12 ' \
	"text: escaped entities in a bad line are found"

# Each of these is rejected, never passed through.
n=0
while IFS= read -r line; do
	n=$((n + 1))
	printf '%s\n' "$line" >bad
	$M bad >out 2>err
	is "$?:$(wc -c <out)" "1:0" "invalid JSON #$n is rejected: $line"
done <<'X'
{"a":1,}
{'a':1}
{a:1}
{"a":1} {"b":2}
{"a":"tab	inside"}
{"a":"\q"}
{"a":"\u12"}
{"a":NaN}
{"a":01}
{"a":1.}
{"a":-}
{"a":tru}
{"a":1
["a",]
"unterminated
}
X
printf '{"a":"\000"}\n' >bad
$M bad >out 2>err
is "$?:$(wc -c <out)" "1:0" "a raw NUL byte in a string is rejected"
like "$(cat err)" "unescaped control character in string at column 7" "and named"

done_testing
