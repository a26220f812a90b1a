#!/bin/sh
# cog-mask is deterministic: any split of the input gives the same output,
# and statistics add up.
. "${0%/*}/lib.sh"
need python3

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
M='cog-mask -T ALL,TICKET -p TICKET=\bTCK-[0-9]{4}\b'
python3 - >in <<'X'
import json, random
r = random.Random(7)
words = "the order TCK- is on its way please call back thanks".split()
for i in range(3000):
    text = " ".join(r.choice(words) + (str(r.randint(1000, 9999))
                    if r.random() < 0.1 else "") for _ in range(12))
    rec = {"session_id": "s%d" % (i // 10), "seq": i % 10, "text": text,
           "data": {"note": "TCK-%04d" % r.randint(0, 50)}}
    print(json.dumps(rec, ensure_ascii=r.random() < 0.5))
X
$M --stats whole.st in >whole
ok "the input has entities" grep -q TICKET_ whole
split -l 777 in part.
for p in part.*; do $M --stats "$p.st" "$p"; done >joined
same_file joined whole "masking the pieces gives the output of the whole"
split -n l/2 in half.
cat half.* | $M >again
same_file again whole "and so does masking the halves concatenated"
$M -j 1 in >j1
$M -j 3 in >j3
same_file j1 whole "one thread gives the output of several"
same_file j3 whole "three threads give the output of two"
$M --unbuffered in >unbuf
same_file unbuf whole "--unbuffered gives the same output"

# A bad line far into the input stops the run exactly there, whatever
# the blocks other threads already finished.
big=$(python3 -c 'print("x" * 200)')
awk -v pad="$big" '{ print } END { for (i = 0; i < 6000; i++)
	printf "{\"t\":\"%s TCK-1234\"}\n", pad }' in >more
printf '{"bad":}\n' >>more
awk -v pad="$big" 'END { for (i = 0; i < 6000; i++)
	printf "{\"t\":\"%s TCK-1234\"}\n", pad }' </dev/null >>more
$M -j 3 more >out 2>err
is "$?" 1 "a bad line after many blocks: exit 1"
is "$(wc -l <out)" 9000 "everything before the bad line is written, nothing after"
is "$(cat err)" "cog-mask: more:9001: invalid JSON: unexpected character at column 8" \
	"and the line number counts across blocks"
$M -j 1 --stats st1 more >/dev/null 2>&1
$M -j 3 --stats st3 more >/dev/null 2>&1
same_file st3 st1 "statistics count only what was written, whatever the threads"
like "$(cat st3)" '^\{"lines":9001,"records":9000,"bad_lines":1,' \
	"up to and including the bad line"

sum() { python3 -c '
import json, sys
tot = {}
for f in sys.argv[1:]:
    for t, c in json.load(open(f))["redaction_map"].items():
        tot[t] = tot.get(t, 0) + c
print(json.dumps(tot, sort_keys=True))' "$@"; }
is "$(sum part.*.st)" "$(sum whole.st)" "the redaction maps of the pieces add up to the whole's"

done_testing
