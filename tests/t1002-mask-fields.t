#!/bin/sh
# cog-mask --field, --skip and --key.
. "${0%/*}/lib.sh"
need jq python3

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
M='cog-mask -T TICKET -p TICKET=\bTCK-[0-9]{4}\b -R TICKET:redact'
cat >in <<'X'
{"id":"TCK-0001","text":"TCK-0002","data":{"user":{"name":"TCK-0003","tags":["TCK-0004","TCK-0005"]},"note":"TCK-0006"},"messages":[{"text":"TCK-0007","id":"TCK-0008"},{"text":"TCK-0009"}],"first name":"TCK-0010","k\u0065y":"TCK-0011"}
X
masked() { "$@" in | grep -o 'TCK-00[0-9][0-9]' | tr '\n' ' '; }

is "$(masked $M)" "" "every string value by default"
is "$(masked $M -f .text)" "TCK-0001 TCK-0003 TCK-0004 TCK-0005 TCK-0006 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"--field .text selects one value"
is "$(masked $M -f .data.user)" "TCK-0001 TCK-0002 TCK-0006 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"--field selects a whole subtree"
is "$(masked $M -f '.messages[].text')" "TCK-0001 TCK-0002 TCK-0003 TCK-0004 TCK-0005 TCK-0006 TCK-0008 TCK-0010 TCK-0011 " \
	"--field with []"
is "$(masked $M -f '.data.user.tags[1]')" "TCK-0001 TCK-0002 TCK-0003 TCK-0004 TCK-0006 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"--field with an index"
is "$(masked $M -f '.["first name"]' -f '."key"')" "TCK-0001 TCK-0002 TCK-0003 TCK-0004 TCK-0005 TCK-0006 TCK-0007 TCK-0008 TCK-0009 " \
	"--field with quoted keys, matched against decoded keys"
is "$(masked $M -f '.data[]')" "TCK-0001 TCK-0002 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"[] also iterates objects"
is "$(masked $M -f .)" "" "--field . is everything"
is "$(masked $M -s .id -s '.messages[].id')" "TCK-0001 TCK-0008 " "--skip"
is "$(masked $M -f .data -s .data.user.tags)" "TCK-0001 TCK-0002 TCK-0004 TCK-0005 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"--skip wins inside --field"
is "$(masked $M -f .nothing)" "TCK-0001 TCK-0002 TCK-0003 TCK-0004 TCK-0005 TCK-0006 TCK-0007 TCK-0008 TCK-0009 TCK-0010 TCK-0011 " \
	"a path that matches nothing masks nothing"

# Keys are copied unless --mask-keys, which follows --field and --skip.
printf '%s\n' '{"TCK-0001":{"TCK-0002":"TCK-0003"},"x":{"TCK-0004":1}}' >keys
kmasked() { "$@" keys | grep -o 'TCK-00[0-9][0-9]' | tr '\n' ' '; }
is "$(kmasked $M)" "TCK-0001 TCK-0002 TCK-0004 " "keys are copied by default"
is "$(kmasked $M --mask-keys)" "" "--mask-keys masks them too"
is "$(kmasked $M --mask-keys -s .x)" "TCK-0004 " "--mask-keys follows --skip"
is "$(kmasked $M --mask-keys -f .x)" "TCK-0001 TCK-0002 TCK-0003 " \
	"--mask-keys follows --field"
is "$($M -d --mask-keys keys | sed -n 2p)" \
	'{"line":1,"path":".[\"TCK-0001\"].[\"TCK-0002\"]","type":"TICKET","start":0,"end":8,"score":1}' \
	"--detect reports a key at its member's path"

# Paths are checked at start-up.
for p in 'text' '.a |' '.[' '.a b'; do
	cog-mask -f "$p" in >out 2>err
	is "$?:$(wc -c <out)" "2:0" "bad path '$p': exit 2 before any output"
	like "$(cat err)" "^cog-mask: --field: invalid path '" "bad path '$p': jq's reason"
done
for p in '..' '.a[1:2]' '.a[-1]' '.a | .b' '.[]?.x.y[0:]'; do
	cog-mask --insecure-demo-key -s "$p" in >/dev/null 2>err
	like "$(cat err)" "^cog-mask: --skip: unsupported path '" "jq path '$p' is rejected as unsupported"
done
ok "an optional ? after a step is accepted" $M -f '.messages[]?.text?' in

# --key: whole values by key name, at any depth, any case.
printf '%s\n' '{"email":"Maria@Example.com","user":{"EMAIL":"x","phone":5551234,"ok":true,"more":{"a":"b","c":[1,"d"]}},"name":"TCK-0001"}' >k
tokE() { python3 "$TOP/tests/token.py" EMAIL_ADDRESS "$1"; }
tokP() { python3 "$TOP/tests/token.py" PHONE_NUMBER "$1"; }
is "$(cog-mask -T NONE -k email=EMAIL -k phone=PHONE_NUMBER -k more=REF -R REF:redact:0 k)" \
	"{\"email\":\"$(tokE maria@example.com)\",\"user\":{\"EMAIL\":\"$(tokE x)\",\"phone\":\"$(tokP +15551234)\",\"ok\":true,\"more\":{\"a\":\"[REF]\",\"c\":[\"[REF]\",\"[REF]\"]}},\"name\":\"TCK-0001\"}" \
	"--key masks strings, numbers and subtrees, any case, any depth"
is "$(cog-mask -T NONE -k email=EMAIL -s .user k | grep -o '"EMAIL":"x"')" '"EMAIL":"x"' "--skip wins over --key"
is "$(cog-mask -T NONE -k email=EMAIL -f .nothing k | grep -c EMAIL_ADDRESS_)" 1 "--key applies whatever --field selects"
tokR() { python3 "$TOP/tests/token.py" PERSON "$1"; }
is "$(echo '{"Name":"Bob"}' | cog-mask -T NONE -k name=PERSON -R PERSON:hash)" \
	"{\"Name\":\"$(tokR bob)\"}" "--key masks whole values, however short (min_length is for detected entities)"
fails "--key needs NAME=TYPE" 2 cog-mask -k email in
fails "--key with a bad type name" 2 cog-mask -k 'email=bad type' in
fails "--pattern with a bad regex" 2 cog-mask -p 'X=(' in
like "$(cog-mask -p 'X=(' in 2>&1)" "^cog-mask: --pattern X: bad regex at offset 1: missing closing parenthesis" \
	"--pattern names the regex error"
fails "--types with an unknown type" 2 cog-mask -T NOPE in
fails "--types with an empty list" 2 cog-mask -T '' in

done_testing
