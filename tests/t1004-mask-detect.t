#!/bin/sh
# cog-mask --detect: one JSON line per entity.
. "${0%/*}/lib.sh"
need jq

D='cog-mask -d -T TICKET -p TICKET=\bTCK-[0-9]{4}\b'
printf '%s\n' '{"a":{"b c":["x","é😀 TCK-0001"]},"k\u00e9y":"\ud83d\ude00TCK-0002"}' >in
cat >want <<'X'
{"line":1,"path":".a.[\"b c\"][1]","type":"TICKET","start":3,"end":11,"score":1}
{"line":1,"path":".[\"kéy\"]","type":"TICKET","start":1,"end":9,"score":1}
X
$D in >out
same_file out want "paths in jq syntax, offsets in code points of the decoded string"
while IFS='|' read -r p left; do
	is "$(cog-mask -T TICKET -p 'TICKET=\bTCK-[0-9]{4}\b' -R TICKET:redact \
	    -f "$p" in | grep -o 'TCK-[0-9]*')" "$left" \
	    "--field takes the path $p that --detect gave"
done <<'X'
.a.["b c"][1]|TCK-0002
.["kéy"]|TCK-0001
X
printf '%s\n' '[["TCK-0005",{"x y":"TCK-0006"}]]' | $D >out
is "$(grep -o '"path":"[^"]*\(\\"[^"]*\)*"' out | tr '\n' ' ')" \
	'"path":".[0][0]" "path":".[0][1].[\"x y\"]" ' \
	"the path of an element of a top-level array starts with a dot"
printf '\n%s\n' '"TCK-0003"' >in2
$D in in2 >out
is "$(sed -n 3p out)" '{"file":"in2","line":2,"path":".","type":"TICKET","start":0,"end":8,"score":1}' \
	"with several files each line names its file"
printf 'x TCK-0004\r\n' | $D -t >out
is "$(cat out)" '{"line":1,"path":".","type":"TICKET","start":2,"end":10,"score":1}' "--text --detect"
ok "--detect needs no secret" test -s out
printf '%s\n' '{"t":"TCK-0001 TCK-0001"}' | $D --stats st.json >/dev/null
like "$(cat st.json)" '"entities":\{"TICKET":\{"found":2,"masked":0\}\}' "--detect counts what it found"
printf '%s\n' '{"t":"TCK-0001"}' | $D -f .nothing >out
is "$(wc -c <out)" 0 "--detect honours --field"

done_testing
