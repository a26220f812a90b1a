#!/bin/sh
# --api rest under each REST switch of the emulator with faults that do
# fire, under all faults at once, and with OAuth2 tokens that expire
# during the run: every session listed once, every message delivered
# once, and the list and the records byte for byte those of a fault-free
# run under the same switches.
. "${0%/*}/lib.sh"
COG_API=rest
. "$TOP/tests/dialectfaults.sh"

PG='--mode rest-paging=on'
# The raw answers differ in their order, and so their digests.
NODIGEST=1 check 'rest-shuffle: items out of time order' --retries 8 -- \
    --fault rest-shuffle=1.0 --fault 5xx=.1
FIRED=none check 'hal: Accept: application/json always sent' -- $PG \
    --fault hal
FIRED=none check 'get-body-403: no GET carries a body' -- --fault get-body-403
check 'rest-dates=date' --retries 8 -- --mode rest-dates=date --fault 5xx=.2
check 'rest-dates=date-ms' --retries 8 -- --mode rest-dates=date-ms \
    --fault cut=.2
check 'rest-list-id=_id' --retries 8 -- $PG --mode rest-list-id=_id \
    --fault 5xx=.2
check 'error-code=string' --retries 8 -- --mode error-code=string \
    --fault 5xx=.2 --fault 429=2
check 'key-slot=header' --retries 8 -- --mode key-slot=header --fault cut=.2
check 'time-grain=600: time stamps shared' --retries 8 -- $PG \
    --mode time-grain=600 --fault 5xx=.2

check 'all at once' --retries 12 -- $PG --fault 429=.1 --fault 5xx=.15 \
    --fault cut=.15 --fault drop=.1 --fault slow=.1 --fault hal \
    --fault get-body-403
J=1 check 'all at once, -j 1' --retries 12 -- $PG --fault 429=.1 \
    --fault 5xx=.1 --fault drop=.1 --fault cut=.1 --fault slow=.05

# OAuth2: a token that expires during the run (with and without a
# refresh token), the tools logging in with client credentials.
COG_API_KEY=
COG_CLIENT_ID=client-one
COG_CLIENT_SECRET=client-secret-0123456789
COG_USERNAME=
export COG_CLIENT_ID COG_CLIENT_SECRET COG_USERNAME
J=1 check 'OAuth2, the token expiring, refreshed' -- --latency-ms 60 \
    --fault token-ttl=1 --mode oauth-cc-refresh=on --fault 5xx=.1
ok '... with its refresh token' grep -q 'token refreshed' "$T/err"
J=1 check 'OAuth2, the token expiring, no refresh token' -- --latency-ms 60 \
    --fault token-ttl=1 --fault cut=.1
ok '... logging in again' sh -c \
    "test \$(grep -c '\"path\":\"/auth/oauth2/token\"' '$MOCK_LOG') -gt 1"
# Tokens refused (401, expired) after a few requests, which the client
# cannot see coming: each 401 renews the token, even a second time for
# one session whose retry after a 5xx meets the next expiry.
check 'OAuth2, 401 mid-run, refreshed' --retries 8 -- --fault token-uses=5 \
    --mode oauth-cc-refresh=on --fault 5xx=.3
ok '... 401s answered' grep -q '"status":401' "$MOCK_LOG"
J=1 check 'OAuth2, 401 mid-run, logging in again' --retries 8 -- \
    --fault token-uses=3 --fault 5xx=.2 --fault cut=.1
done_testing
