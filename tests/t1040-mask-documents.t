#!/bin/sh
# cog-mask on JSON texts laid out over several lines, as jq reads them.
. "${0%/*}/lib.sh"
need jq

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

cat >doc.json <<'E'

{
  "sessionId": "s1",
  "inputText": "I am Dennis Miller, mail dennis.miller@example.org",
  "inputData": {
    "card": 4111111111111111,
    "notes": [ "call 555-123-4567", "ok" ]
  }
}
E
cog-mask doc.json >out 2>err
is "$?" 0 "a pretty-printed document is masked"
is "$(cat err)" "" "... without a complaint"
is "$(grep -c 'Dennis\|dennis\|4111\|555-123' out)" 0 "... every value in it"
is "$(jq -c . out)" "$(jq -c . doc.json | cog-mask)" \
	"... as the same document on one line is"
is "$(sed 's/"[^"]*"//g; s/[0-9][0-9]*//g' out)" \
	"$(sed 's/"[^"]*"//g; s/[0-9][0-9]*//g' doc.json)" \
	"... keeping its layout: blank line, indents, line breaks"

printf '[\n  {"t": "mail maria.lopez@example.com"},\n  {"t": "ok"}\n]\n' >arr.json
cog-mask arr.json >out
is "$(sed -n 1p out; sed -n 3,4p out)" "$(printf '[\n  {"t": "ok"}\n]')" \
	"a top-level array keeps its lines"
is "$(grep -c maria out)" 0 "... and its members are masked"

printf '{\n "a": "maria.lopez@example.com"\n}\n{\n "b": 1\n}\n"x" 2\n' >many.json
cog-mask many.json >out
is "$(jq -c . out | wc -l)" 4 "several documents in one file, and scalars, as jq reads them"
is "$(grep -c maria out)" 0 "... each masked"

cog-mask --detect doc.json >det
is "$(jq -r '[.line, .path, .type] | join(" ")' det | sort -u | head -3)" \
"2 .inputData.card CREDIT_CARD
2 .inputData.notes[0] PHONE_NUMBER
2 .inputText EMAIL_ADDRESS" "--detect gives the paths inside the document, at the line it starts on"
cog-mask --detect many.json >det
is "$(jq -r .line det)" 1 "--detect numbers a document by the line it starts on"
printf '{"x": 0}\n{\n "a": "maria.lopez@example.com"\n}\n' >m2.json
is "$(cog-mask --detect m2.json 2>/dev/null | wc -l)" 0 \
	"a file whose first line is a whole value is JSON lines"
fails "... where a later document over several lines is invalid" 1 \
	cog-mask m2.json

printf '{\n "a": "maria.lopez@example.com",\n "b": tru\n}\n' >bad.json
cog-mask bad.json >out 2>err
is "$?" 1 "an invalid document: exit 1"
is "$(cat err)" "cog-mask: bad.json:3: invalid JSON: invalid literal at column 7" \
	"... with the line and column of the error in the file"
is "$(grep -c maria out)" 0 "... and nothing of it written"
cog-mask --bad-lines=skip bad.json >out 2>/dev/null
is "$(cat out)" "" "--bad-lines=skip drops it"
cog-mask --bad-lines=text bad.json >out 2>/dev/null
is "$(grep -c maria out)" 0 "--bad-lines=text masks it as text"

printf '{"t":"x"}\n{"t":"maria.lopez@example.com"}\n' >l.jsonl
cog-mask l.jsonl >a
cog-mask -j1 l.jsonl >b
same_file a b "JSON lines stay JSON lines"
is "$(wc -l <a)" 2 "... one output line for each"

cog-mask --field .inputText doc.json >out
is "$(grep -c 4111 out)" 1 "--field picks inside a document"
is "$(grep -c Dennis out)" 0 "... and masks the field"

done_testing
