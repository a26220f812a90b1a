#!/bin/sh
# cog-mask at the edges: a keep_last as long as the value, masked keys
# that would collide, invalid UTF-8, and characters that stand for ASCII.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

# A mask rule never leaves a value whole.
echo '{"t":"bob@example.org"}' >e
is "$(cog-mask -R EMAIL:mask:0:999 e)" '{"t":"***************"}' \
	"keep_last longer than the value masks all of it"
is "$(cog-mask -R EMAIL:mask:0:15 e)" '{"t":"***************"}' \
	"keep_last as long as the value masks all of it"
is "$(cog-mask -R EMAIL:mask:0:14 e)" '{"t":"*ob@example.org"}' \
	"one character less than the value keeps that many"

# Masked keys stay distinct in their object.
strict() {	# every line is strict JSON with as many keys as in $1
	python3 -c '
import json, sys
def count(v):
    if isinstance(v, dict):
        return len(v) + sum(count(x) for x in v.values())
    if isinstance(v, list):
        return sum(count(x) for x in v)
    return 0
def pairs(p):
    keys = [k for k, _ in p]
    if len(set(keys)) != len(keys):
        sys.exit("duplicate key")
    return dict(p)
a = [json.loads(l, object_pairs_hook=pairs) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l, object_pairs_hook=pairs) for l in open(sys.argv[2], encoding="utf-8")]
sys.exit(0 if [count(x) for x in a] == [count(x) for x in b] else "keys lost")
' "$1" "$2"
}
printf '%s\n' '{"a@example.org":1,"b@example.org":2}' \
	'{"a@example.org":1,"[EMAIL_ADDRESS]":2}' \
	'{"a@example.org":1,"[EMAIL_ADDRESS]":2,"[EMAIL_ADDRESS]#2":3,"c@example.org":4}' \
	'{"x":{"a@example.org":1,"b@example.org":{"c@example.org":[{"d@example.org":0}]}}}' \
	'{"a\u0040example.org":1,"\u005bEMAIL_ADDRESS]":2}' >keys
cog-mask --mask-keys -R EMAIL:redact keys >out
is "$(sed -n 1p out)" '{"[EMAIL_ADDRESS]":1,"[EMAIL_ADDRESS]#2":2}' \
	"redact: two keys of one object stay two keys"
is "$(sed -n 2p out)" '{"[EMAIL_ADDRESS]#2":1,"[EMAIL_ADDRESS]":2}' \
	"a masked key gives way to a key after it that reads like a token"
is "$(sed -n 3p out)" \
	'{"[EMAIL_ADDRESS]#3":1,"[EMAIL_ADDRESS]":2,"[EMAIL_ADDRESS]#2":3,"[EMAIL_ADDRESS]#4":4}' \
	"however many there are"
is "$(sed -n 4p out)" \
	'{"x":{"[EMAIL_ADDRESS]":1,"[EMAIL_ADDRESS]#2":{"[EMAIL_ADDRESS]":[{"[EMAIL_ADDRESS]":0}]}}}' \
	"keys of different objects may be equal"
is "$(sed -n 5p out)" '{"[EMAIL_ADDRESS]#2":1,"\u005bEMAIL_ADDRESS]":2}' \
	"keys are compared decoded"
ok "every output line is strict JSON with every key" strict keys out
echo '{"a@example.org":1,"b@example.org":2}' >k2
ok "mask: distinct too" sh -c 'cog-mask --mask-keys -R EMAIL:mask k2 >o2 && python3 -c "import json,sys; assert len(json.load(open(\"o2\")))==2"'
is "$(printf '{"Bob@example.org":1,"bob@example.org":2}\n' | cog-mask --mask-keys | jq -r 'keys_unsorted | map(sub("^\\[EMAIL_ADDRESS_[0-9a-f]{16}\\]"; "T")) | join(" ")')" \
	"T T#2" "hash: one value written two ways gives one token, then a suffix"
printf '{"k":1,"k":2}\n' >dup
is "$(cog-mask --mask-keys dup)" '{"k":1,"k":2}' "keys that are not masked are left as they are"
is "$(cog-mask --mask-keys -d keys | wc -l)" 10 "--detect still reports each key"

# Invalid UTF-8 becomes U+FFFD: the output is strict JSON.
printf '{"t":"bob@example.org \377\376 x","\300\257":"\355\240\200 \357\277\275"}\n' >bad
cog-mask -R EMAIL:redact bad >out 2>err
is "$?" 0 "invalid UTF-8: exit 0"
is "$(od -An -c out | tr -s ' ' | tr -d '\n')" \
	"$(printf '{"t":"[EMAIL_ADDRESS] \357\277\275\357\277\275 x","\357\277\275\357\277\275":"\357\277\275\357\277\275\357\277\275 \357\277\275"}\n' | od -An -c | tr -s ' ' | tr -d '\n')" \
	"every invalid byte, overlong or surrogate, becomes U+FFFD; a real one stays"
ok "the output is strict UTF-8 JSON" python3 -c 'import json; json.loads(open("out", "rb").read().decode("utf-8"))'
printf '{"t":"\377 bob@example.org"}\n' >bad2
is "$(cog-mask -d bad2 | jq -c '[.start, .end]')" '[2,17]' \
	"--detect: an invalid byte counts as one character"
printf '{"t":"\377\377\377", x}\n' >bad3
cog-mask bad3 >out 2>err
is "$(cat err)" "cog-mask: bad3:1: invalid JSON: expected a string as object key at column 13" \
	"an invalid line's column counts the bytes read"
is "$(cog-mask --bad-lines=text bad3 2>/dev/null | od -An -tx1 | tr -d ' \n')" \
	"$(od -An -tx1 bad3 | tr -d ' \n')" \
	"a line masked as text is no JSON and is copied as it is"
is "$(printf '{"t":"[EMAIL_ADDRESS:\377]"}\n' | cog-mask -u | od -An -c | tr -s ' ' | tr -d '\n')" \
	"$(printf '{"t":"[EMAIL_ADDRESS:\357\277\275]"}\n' | od -An -c | tr -s ' ' | tr -d '\n')" \
	"--unmask writes strict JSON too"

# Full-width forms, no-break spaces and hyphens are read as ASCII.
ascii=$(printf '%s\n' '{"t":"card 4111111111111111, call 212-555-0187, mail bob@example.org"}' | cog-mask)
printf '%s\n' '{"t":"card ４１１１１１１１１１１１１１１１, call 212‑555‑0187, mail bob＠example.org"}' \
	'{"t":"card \uff14\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11\uff11, call 212\u2011555\u20110187, mail bob\uff20example.org"}' >wide
cog-mask wide >out
is "$(sed -n 1p out)" "$ascii" "full-width digits and @, non-breaking hyphens: the tokens of ASCII"
is "$(sed -n 2p out)" "$ascii" "written as escapes too"
is "$(cog-mask -d wide | jq -r '"\(.type) \(.start) \(.end)"' | head -3 | tr '\n' ';')" \
	"CREDIT_CARD 5 21;PHONE_NUMBER 28 40;EMAIL_ADDRESS 47 62;" \
	"--detect: offsets of the characters as written"
is "$(head -1 wide | cog-mask -R CREDIT_CARD:mask:0:4 -T CREDIT_CARD | jq -r .t)" \
	"card ************１１１１, call 212‑555‑0187, mail bob＠example.org" \
	"mask keeps the characters as written"
is "$(head -1 wide | cog-mask -T CREDIT_CARD,EMAIL -R CREDIT_CARD:encrypt -R EMAIL:encrypt | cog-mask -u)" \
	"$(head -1 wide)" "encrypt restores them as written"
printf '{"t":"Call 212\302\240555\302\2400187"}\n' >nbsp
is "$(cog-mask -d nbsp | jq -r .type)" PHONE_NUMBER "no-break spaces in a phone number"
done_testing
