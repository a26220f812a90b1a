#!/bin/sh
# PII written as a JSON number is found, reported and masked like PII in
# a string; a masked number becomes a string.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

printf '%s\n' '{"session_id":"s1","card":4111111111111111,"arr":[[5500000000000004]]}' >in
cog-mask -R CREDIT_CARD:redact in >out
is "$(cat out)" '{"session_id":"s1","card":"[CREDIT_CARD]","arr":[["[CREDIT_CARD]"]]}' \
	"a card number as a number, alone and in arrays, becomes a string token"
ok "the output is valid JSON" jq -e . out
is "$(cog-mask in | jq -r '.card')" \
	"$(printf '{"card":"4111111111111111"}\n' | cog-mask | jq -r .card)" \
	"hashed, the same token as the card written as a string"
is "$(cog-mask -d in | jq -r '"\(.path) \(.type) \(.start) \(.end)"' | tr '\n' ';')" \
	".card CREDIT_CARD 0 16;.arr[0][0] CREDIT_CARD 0 16;" \
	"--detect reports both, with their paths"
cog-mask --stats st.json in >/dev/null
is "$(jq -c '.entities' st.json)" '{"CREDIT_CARD":{"found":2,"masked":2}}' \
	"--stats counts them"
is "$(cog-mask -R CREDIT_CARD:mask:0:4 in | jq -c '[.card, .arr[0][0]]')" \
	'["************1111","************0004"]' "mask: a string of the mask character"
is "$(cog-mask -R CREDIT_CARD:keep in)" "$(cat in)" \
	"keep: the number stays a number"

# Numbers that are no PII are copied as they are, to the byte.
printf '%s\n' '{"seq":0,"n":-12.5e+3,"zip":12345,"count":100000,"x":[1,2,3.0],"t":1.0E-7}' >plain
is "$(cog-mask plain)" "$(cat plain)" "other numbers are copied exactly"
is "$(printf '{"zip":"12345"}\n' | cog-mask -d | jq -r .type)" STREET_ADDRESS \
	"five digits in a string are a postcode"
is "$(cog-mask -d plain | wc -l)" 0 "five digits as a number are no place"

# Field selection and user types apply to numbers too.
printf '%s\n' '{"id":4111111111111111,"text":"card 4111111111111111","acct":12345678}' >sel
is "$(cog-mask -R CREDIT_CARD:redact -s .id sel)" \
	'{"id":4111111111111111,"text":"card [CREDIT_CARD]","acct":12345678}' \
	"--skip leaves a number"
is "$(cog-mask -R CREDIT_CARD:redact -f .id sel)" \
	'{"id":"[CREDIT_CARD]","text":"card 4111111111111111","acct":12345678}' \
	"--field selects a number"
is "$(cog-mask -p 'ACCT=\b[0-9]{8}\b' -R ACCT:redact sel | jq -c .acct)" \
	'"[ACCT]"' "a --pattern type matches a number"
is "$(cog-mask -T NONE -k acct=ACCT -R ACCT:redact sel | jq -c .acct)" \
	'"[ACCT]"' "--key masks a number whole, as before"
is "$(printf '{"n":-4111111111111111}\n' | cog-mask -R CREDIT_CARD:redact)" \
	'{"n":"-[CREDIT_CARD]"}' "the rest of the number stays in the string"

# cog-audit's residual scan reads numbers as cog-mask does.
COG_AUDIT_KEY=audit-key-0123456789abcdef
export COG_AUDIT_KEY
printf '%s\n' '{"session_id":"s1","seq":3,"zip":12345,"card":4111111111111111,"arr":[[5500000000000004]]}' >au
cog-audit --allow-residual au >entry 2>/dev/null
is "$(jq -c '.residual_pii.found' entry)" '{"CREDIT_CARD":2}' \
	"cog-audit finds the card numbers left as numbers, and no postcode"
is "$(jq -r '.residual_pii.examples[] | "\(.path) \(.start) \(.end)"' entry | tr '\n' ';')" \
	".card 0 16;.arr[0][0] 0 16;" "... at their paths"
cog-mask au | cog-audit >entry
is "$(jq -c '.residual_pii.found' entry)" '{}' "none after cog-mask"

# Tokens of encrypt come back as strings.
cog-mask -R CREDIT_CARD:encrypt in >enc
is "$(cog-mask -u enc | jq -c '[.card, .arr[0][0]]')" \
	'["4111111111111111","5500000000000004"]' \
	"encrypted numbers unmask to the digits, as strings"
done_testing
