#!/bin/sh
# Every built-in type end to end through cog-mask: found in JSON strings
# (plain, nested, escaped), masked, and one value written two ways gives
# one token.
. "${0%/*}/lib.sh"
need python3

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
tok() { python3 "$TOP/tests/token.py" "$1" "$2"; }
M='cog-mask -T -PERSON,-LOCATION,-STREET_ADDRESS'

# type|before|value|after|canonical value
while IFS='|' read -r type pre val post canon; do
	printf '{"text":"%s%s%s"}\n' "$pre" "$val" "$post" >in
	is "$($M in)" "{\"text\":\"$pre$(tok "$type" "$canon")$post\"}" \
		"$type in text is masked: $pre$val$post"
done <<'X'
EMAIL_ADDRESS|write to |maria.lopez@example.com| today|maria.lopez@example.com
PHONE_NUMBER|call me on |(415) 555-0132|, thanks|+14155550132
PHONE_NUMBER|desk: |(415) 555-0132 ext. 12|, thanks|+14155550132;ext=12
PHONE_NUMBER|Handy: |+49 176 1234 5678| bitte|+4917612345678
PHONE_NUMBER|móvil: |+34 612 34 56 78|, gracias|+34612345678
CREDIT_CARD|card |4111 1111 1111 1111| please|4111111111111111
CREDIT_CARD|Karte |４５２６ ０１８１ ５９０８ ３０１２| bitte|4526018159083012
CREDIT_CARD|JCB |3530.1113.3330.0000| ok|3530111333300000
CREDIT_CARD|enRoute |2014 2808414 8527| ok|201428084148527
CREDIT_CARD|tarjeta UnionPay |6263 3875 0047 4391| gracias|6263387500474391
CREDIT_CARD|Maestro |6759 2685 9959| ok|675926859959
IBAN_CODE|iban |DE89370400440532013000| thanks|DE89370400440532013000
US_SSN|my ssn is |219-09-9998| ok|219099998
IP_ADDRESS|from |203.0.113.9| today|203.0.113.9
URL|see |https://example.com/help?a=1| now|https://example.com/help?a=1
MAC_ADDRESS|mac |00:1a:2b:3c:4d:5e| here|001a2b3c4d5e
UK_NHS|nhs number |943 476 5919| ok|9434765919
CRYPTO|send to |1BoatSLRHtKNngkdXEeobR76b53LETtpyT| now|1BoatSLRHtKNngkdXEeobR76b53LETtpyT
X

# Context-only types appear with their words, and not without them.
printf '%s\n' '{"t":"my passport number is 912803456"}' '{"t":"order 912803456"}' \
	'{"t":"date of birth: 14/03/1985"}' '{"t":"delivered on 14/03/1985"}' >ctx
is "$($M -d ctx | python3 -c 'import json,sys
print(" ".join("%d:%s" % (d["line"], d["type"]) for d in map(json.loads, sys.stdin)))')" \
	"1:US_PASSPORT 3:DATE_OF_BIRTH" "passport and birth dates need their context words"

# One value written two ways gives one token.
same() {	# description type json-a json-b
	printf '%s\n' "$3" "$4" | $M | grep -o "\[$2_[0-9a-f]*\]" | sort -u >toks
	is "$(wc -l <toks | tr -d ' ')" 1 "$1"
}
same "a phone in national and international form" PHONE_NUMBER \
	'{"t":"call (415) 555-0132"}' '{"t":"call +1 415 555 0132"}'
same "an email in any case" EMAIL_ADDRESS \
	'{"t":"Maria.Lopez@Example.COM"}' '{"t":"maria.lopez@example.com"}'
same "an IBAN spaced or not" IBAN_CODE \
	'{"t":"DE89 3704 0044 0532 0130 00"}' '{"t":"DE89370400440532013000"}'
same "a phone's extension written two ways" PHONE_NUMBER \
	'{"t":"call 415-555-0132 x12"}' '{"t":"call (415) 555-0132, ext. 12"}'
same "a card with dashes or spaces" CREDIT_CARD \
	'{"t":"4111-1111-1111-1111"}' '{"t":"4111 1111 1111 1111"}'
same "a MAC in colon and dash form" MAC_ADDRESS \
	'{"t":"00:1A:2B:3C:4D:5E"}' '{"t":"00-1a-2b-3c-4d-5e"}'
same "an escaped email and a plain one" EMAIL_ADDRESS \
	'{"t":"maria\u0040example.com"}' '{"t":"maria@example.com"}'
printf '%s\n' '{"t":"call 020 7946 0958"}' '{"t":"call +44 20 7946 0958"}' |
	$M --region GB | grep -o '\[PHONE_NUMBER_[0-9a-f]*\]' | sort -u >toks
is "$(wc -l <toks | tr -d ' ')" 1 "--region GB makes a UK national number international"
fails "--region with an unknown code" 2 $M --region XX in

# Nested and escaped values, and what must not be found.
printf '%s\n' '{"data":{"form":{"contact":"a\nbob@example.org\tc"}},"list":["x","4111111111111111"]}' >n
is "$($M -d n | python3 -c 'import json,sys
print(" ".join("%s:%s:%d-%d" % (d["path"], d["type"], d["start"], d["end"]) for d in map(json.loads, sys.stdin)))')" \
	".data.form.contact:EMAIL_ADDRESS:2-17 .list[1]:CREDIT_CARD:0-16" \
	"nested and escaped values, offsets in the decoded string"
printf '%s\n' '{"t":"order ORD-58213 costs $42.50, version 1.2.3.4 at 10:30 on 2024-05-01"}' \
	'{"id":"d62896a8-9cb4-eb95-4a3a-28e2c41634f0","ts":"2026-03-02T08:56:41.974Z"}' \
	'{"t":"4111111111111112 is not a card, 123-45-6789 is not an SSN"}' \
	'{"t":"ref 2014 2808414 8527, 6263 3875 0047 4391 and 6759 2685 9959"}' \
	'{"t":"Bestellnummer 0176 1234 5678, total 612 345 678 EUR, on 12 05 2021"}' >neg
is "$($M -d neg)" "" "order numbers, amounts, versions, times, ids and bad checksums are not PII"

done_testing
