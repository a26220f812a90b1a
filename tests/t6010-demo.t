#!/bin/sh
# make demo, for each dialect: the summary says every session fetched,
# no planted value left, the audit log verified and the webhook
# delivered.
. "${0%/*}/lib.sh"
need jq python3

for api in v1 rest odata; do
	DEMO_API=$api DEMO_SESSIONS=40 DEMO_OUT=$T/out-$api \
	    sh "$TOP/tests/demo.sh" >"$T/$api.out" 2>"$T/$api.err"
	is "$?:$(cat "$T/$api.err")" 0: "make demo API=$api exits 0, quietly"
	like "$(cat "$T/$api.out")" 'sessions       40 of 40 fetched' \
	    "... $api: 40 of 40 sessions fetched"
	like "$(cat "$T/$api.out")" 'planted PII    0 of [1-9][0-9]* planted values left' \
	    "... $api: no planted value left"
	like "$(cat "$T/$api.out")" ' 0 of [1-9][0-9]* planted names and places left' \
	    "... $api: no planted name or place left in its session"
	like "$(cat "$T/$api.out")" 'audit.log: 1 entry, verified' \
	    "... $api: the audit log verified"
	like "$(cat "$T/$api.out")" 'webhook        1 delivered, 1 of 1 with a good signature' \
	    "... $api: the webhook delivered"
	is "$(ls "$T/out-$api/pii_masked" | wc -l | tr -d ' ')" 40 \
	    "... $api: 40 masked sessions"
done
DEMO_API=soap sh "$TOP/tests/demo.sh" >/dev/null 2>"$T/err"
is "$?" 2 'an unknown DEMO_API is refused (2)'
like "$(cat "$T/err")" 'v1, rest or odata' '... naming the dialects'

done_testing
