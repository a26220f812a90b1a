#!/bin/sh
# cog-mask --conversation: a line answers the question of the line before
# it in the same session, and the output still does not depend on how
# the threads cut the input.
. "${0%/*}/lib.sh"
need jq python3

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

q='Can you confirm your date of birth?'
cat >qa <<X
{"session_id":"a","text":"$q"}
{"session_id":"a","text":"It's 1978-09-27."}
X
types() { jq -r '"\(.line) \(.type)"' | tr '\n' ' ' | sed 's/ $//'; }

is "$(cog-mask --detect qa | types)" "" \
	"without --conversation an answer alone has no context"
is "$(cog-mask --conversation --detect qa | types)" "2 DATE_OF_BIRTH" \
	"with it the date answering the question is a birth date"
cog-mask --conversation --rule DATE_OF_BIRTH:redact qa >out
is "$(sed -n 2p out)" '{"session_id":"a","text":"It'"'"'s [DATE_OF_BIRTH]."}' \
	"and is masked as one"
is "$(sed -n 1p out)" "$(sed -n 1p qa)" "the question is copied as it is"
printf '%s\n' "{\"text\":\"$q\"}" \
	'{"timestamp":"2026-03-02T09:03:08.548Z","text":"1978-09-27"}' >ts
is "$(cog-mask --conversation --detect ts | jq -r .path)" ".text" \
	"the answer's timestamp is no birth date, the bare answer is"

cat >other <<X
{"session_id":"a","text":"$q"}
{"session_id":"b","text":"It's 1978-09-27."}
{"sessionId":"c","text":"For the booking I need your passport number and date of birth."}
{"sessionId":"c","text":"It's P51608096, valid until 2031."}
{"session_id":"d","text":"My date of birth is 12 May 1980, can you confirm your date of birth?"}
{"session_id":"d","text":"It's 1978-09-27."}
{"session_id":"e","text":"$q"}
{"session_id":"e","text":"Sorry, let me look for the paperwork first: 1978-09-27."}
{"session_id":"f","text":"$q"}

{"session_id":"f","text":"It's 1978-09-27."}
X
is "$(cog-mask --conversation --detect other | types)" \
	"4 US_PASSPORT 5 DATE_OF_BIRTH" \
	"only in the same session, near the start, when not answered already"
is "$(cog-mask --conversation --detect --text other | types)" \
	"2 DATE_OF_BIRTH 4 US_PASSPORT 5 DATE_OF_BIRTH" \
	"--text: every line is one conversation, but a blank line ends it"

cat >key <<X
{"about":"session_id","session_id":"g","text":"$q"}
{"about":"session_id","session_id":"g","text":"It's 1978-09-27."}
{"about":"session_id","session_id":"h","text":"It's 1978-09-27."}
X
is "$(cog-mask --conversation --detect key | types)" "2 DATE_OF_BIRTH" \
	"a value \"session_id\" is not the key"

printf '%s\n' "Please give me your passport number." "M05497575" >text
is "$(cog-mask --conversation --detect --text text | types)" "2 US_PASSPORT" \
	"plain text lines answer too"

# An invalid line between them ends the exchange, in every --bad-lines mode.
printf '%s\n' "{\"text\":\"$q\"}" '{"x":' '{"text":"It'"'"'s 1978-09-27."}' >bad
is "$(cog-mask --conversation --detect --bad-lines=skip bad 2>/dev/null | types)" \
	"" "a skipped line ends the exchange"
is "$(cog-mask --conversation --detect --bad-lines=text bad 2>/dev/null | types)" \
	"" "so does a line masked as text"

# A question too long to be remembered (over 64 KiB) asks nothing.
python3 -c '
import json
print(json.dumps({"text": "x " * 40000 + "your date of birth?"}))
print(json.dumps({"text": "It'"'"'s 1978-09-27."}))' >long
is "$(cog-mask --conversation --detect long | types)" "" \
	"a line over 64 KiB is not answered"

# Many questions and answers, cut into blocks at every possible place.
python3 - >many <<'X'
import json, random
r = random.Random(5)
for s in range(3000):
    sid = "s%d" % (s // 3)
    dob = r.random() < 0.7
    print(json.dumps({"session_id": sid, "text": "Can you confirm your date "
                      "of birth?" if dob else "Please give me your passport "
                      "number.", "pad": "y" * r.randint(0, 2000)}))
    print(json.dumps({"session_id": sid, "text": "It's %d-0%d-1%d." % (
        r.randint(1930, 2005), r.randint(1, 9), r.randint(0, 9))
        if dob else "It's %09d." % r.randint(10**8, 10**9 - 1)}))
X
C='cog-mask --conversation --rule DATE_OF_BIRTH:redact --rule US_PASSPORT:redact'
$C -j 1 many >one
is "$(grep -c '\[DATE_OF_BIRTH\]\|\[US_PASSPORT\]' one)" 3000 \
	"every answer is found"
$C -j 3 many >three
same_file three one "three threads give the output of one"
$C --unbuffered many >unbuf
same_file unbuf one "--unbuffered gives the same output"
$C --detect -j 1 many >d1
$C --detect -j 4 many >d4
same_file d4 d1 "and --detect with four threads the lines of one"
split -l 1234 many pair.
for p in pair.*; do $C "$p"; done >pairs
same_file pairs one "cut between the exchanges, the pieces give the same output"

done_testing
