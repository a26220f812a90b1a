#!/bin/sh
# cog-mask says what it did not do: paths and keys that matched nothing,
# entities left for their min_length, a summary on a terminal; --stats -
# and -o; messages that point at the mistake.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

# Records as a Cognigy tenant serves them: inputText, not text.
printf '%s\n' \
	'{"sessionId":"s1","source":"user","inputText":"Hi, I am Maria Lopez","inputData":{}}' \
	'{"sessionId":"s1","source":"user","inputText":"mail bob@example.org","inputData":{"email":"bob@example.org"}}' >in

cog-mask --field .text --skip .session_id in >out 2>err
is "$?" 0 "a path that matched nothing: exit 0 without --strict"
is "$(cat err)" "cog-mask: --field .text matched nothing in the input
cog-mask: --skip .session_id matched nothing in the input" \
	"but a warning for each path"
same_file out in "and nothing was masked"
cog-mask --strict --field .text in >out 2>err
is "$?" 1 "--strict: exit 1"
same_file out in "... the output still written"
cog-mask --strict --field .inputText --skip .sessionId -k email=EMAIL in >out 2>err
is "$?:$(cat err)" "0:" "paths and keys that matched: no warning, exit 0"
cog-mask -k mail=EMAIL -k email=EMAIL in >/dev/null 2>err
is "$(cat err)" "cog-mask: --key mail matched nothing in the input" \
	"--key names that matched no member are named too"
cog-mask -f . -f '.inputData.email' -f '.inputData.phone' in >/dev/null 2>err
is "$(cat err)" "cog-mask: --field .inputData.phone matched nothing in the input" \
	"a path matches where its last step does; . matches every record"
: >empty
cog-mask --strict --field .text empty >/dev/null 2>err
is "$?:$(cat err)" "0:" "no record read: nothing to report"
cog-mask --field .text --skip .inputText --stats st.json in >/dev/null 2>&1
is "$(jq -c .unmatched st.json)" '["--field .text"]' "--stats lists them"
cog-mask --stats st.json in >/dev/null
is "$(jq -c .unmatched st.json)" null "... and has no such list when all matched"

# An entity left for its min_length is counted and reported.
printf '%s\n' '{"t":"Hi Al, this is Maria Lopez"}' >short
cog-mask -R PERSON:redact:3 --stats st.json short >out
is "$(cat out)" '{"t":"Hi Al, this is [PERSON]"}' "min_length 3 leaves a two-letter name"
is "$(jq -c .entities.PERSON st.json)" '{"found":2,"masked":1,"too_short":1}' \
	"--stats counts it found and too short"
is "$(cog-mask -R PERSON:redact:3 -d short | jq -c '[.start, .end, .kept]')" \
	'[3,5,"min_length"]
[15,26,null]' "--detect shows it, marked"
is "$(cog-mask -R PERSON:redact short)" '{"t":"Hi [PERSON], this is [PERSON]"}' \
	"a rule that gives no min_length has none"
is "$(cog-mask short | jq -r .t | grep -c 'Hi \[PERSON_')" 1 \
	"... as a type without a rule"
printf '[{"entity_type":"PERSON","replacement_strategy":"redact"}]' >r.json
is "$(cog-mask -r r.json short)" '{"t":"Hi [PERSON], this is [PERSON]"}' \
	"nor does a rule of a rules file"
printf '[{"entity_type":"PERSON","replacement_strategy":"redact","min_length":3}]' >r3.json
is "$(cog-mask -r r3.json short)" '{"t":"Hi Al, this is [PERSON]"}' \
	"a min_length given applies"

# A summary on a terminal, nothing with -q or on a file.
if have_pty; then
is "$(tty_err cog-mask -R PERSON:redact:3 --field .t --skip .x short)" \
	"cog-mask: --skip .x matched nothing in the input
cog-mask: 1 record; masked PERSON 1; left 1 (1 too short); matched nothing: --skip .x" \
	"a terminal gets a one-line summary"
is "$(tty_err cog-mask -d in)" "cog-mask: 2 records; found PERSON 1, EMAIL_ADDRESS 2" \
	"--detect: what was found"
is "$(tty_err cog-mask -T NONE in)" "cog-mask: no type to detect: the input is copied unchanged
cog-mask: 2 records; no entity" "nothing found"
is "$(tty_err cog-mask -q -R PERSON:redact:3 short)" "" "-q: no summary"
else
	skip 4 "no pseudo-terminal to be had here"
fi
cog-mask -R PERSON:redact:3 short >/dev/null 2>err
is "$(cat err)" "" "standard error on a file: no summary"

# --stats - goes to standard output only when the output goes elsewhere.
cog-mask --stats - in >out 2>err
is "$?:$(wc -c <out)" "2:0" "--stats - with the output on standard output: refused"
like "$(cat err)" "^cog-mask: --stats -: standard output takes the masked output; give it a file, or give -o FILE" \
	"... saying why"
fails "--stats /dev/stdout too" 2 cog-mask --stats /dev/stdout in
fails "... and with -o -" 2 cog-mask -o - --stats - in
cog-mask -o masked.jsonl --stats - in >stdout 2>err
is "$?:$(jq -r .records stdout)" "0:2" "-o FILE --stats -: the stats on standard output"
is "$(wc -l <masked.jsonl)" 2 "... the masked lines in the file"
cog-mask -d -o det.jsonl --stats - in >stdout
is "$(wc -l <det.jsonl):$(jq -r .records stdout)" "3:2" "--detect -o FILE too"
cog-mask -o - in >out2
is "$(wc -l <out2)" 2 "-o - is standard output"
echo keep >old.jsonl
cog-mask -o old.jsonl missing-file 2>err
is "$?:$(cat old.jsonl)" "2:keep" "a fatal error leaves -o's file as it was"
is "$(ls -A | grep -c '^old')" 1 "... and no temporary file"
cog-mask -j 2 -o old.jsonl in missing-file 2>err
is "$?:$(cat old.jsonl)" "2:keep" "... also when an input before it was masked"
is "$(cat err)" "cog-mask: cannot open 'missing-file': No such file or directory" \
	"... saying which input is missing, and nothing more"
printf '%s\n' '{"t":"bob@example.org"}' '{"t":' >bad
cog-mask -o part.jsonl bad 2>/dev/null
is "$?:$(cat part.jsonl)" '1:{"t":"[EMAIL_ADDRESS_'"$(cog-mask bad 2>/dev/null | sed 's/.*_\([0-9a-f]*\)].*/\1/')"']"}' \
	"a bad line: exit 1, the lines before it in the file"

# Messages that say what is wrong.
cog-mask --field text in 2>err
like "$(cat err)" "^cog-mask: --field: invalid path 'text': a path starts with '\.', as in '\.text'" \
	"--field text: a path starts with ."
cog-mask --skip inputText in 2>err
like "$(cat err)" "as in '\.inputText'" "--skip too"
cog-mask --detect=yes in 2>err
is "$?:$(head -1 err)" "2:cog-mask: option '--detect' takes no value" "--detect=yes"
cog-mask --mask-keys=1 in 2>err
is "$(head -1 err)" "cog-mask: option '--mask-keys' takes no value" "any option without a value"
printf '{"entity_type":"PERSON","replacement_strategy":"redact"}' >one.json
cog-mask -r one.json in 2>err
like "$(cat err)" "one rule where a list of rules is expected: put it in \[ \]" \
	"a rule alone, not in a list"
printf '{"session_id_start":"a","session_id_end":"b"}' >req.json
cog-mask -r req.json in 2>err
like "$(cat err)" 'an export request without "redaction_rules", its list of rules' \
	"an export request without rules"
printf '{"redaction_rules":{"entity_type":"PERSON"}}' >req2.json
cog-mask -r req2.json in 2>err
like "$(cat err)" '"redaction_rules" is not a list of rules' \
	"rules that are no list"
done_testing
