#!/bin/sh
# Tokens in cog-sessions and cog-fetch: sources, expiry mid-run, 401, 403.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"

net_mock --sessions 12
printf 'sess_%05d\n' 1 2 3 4 5 6 7 8 9 10 11 12 >"$T/ids"

env -u COG_USERNAME -u COG_PASSWORD cog-sessions --from sess_00001 \
    --to sess_00002 >"$T/out" 2>"$T/err"
is $? 2 'no token and no credentials: exit 2'
like "$(cat "$T/err")" '^cog-sessions: no token for .*run cog-auth' \
    '... telling how to get one'

tok=$(cog-auth --print-token)
ok 'a token from cog-auth -p' test -n "$tok"
logins=$(requests /api/v1/auth/login)
COG_TOKEN=$tok cog-fetch --dir "$T/ref" <"$T/ids" >"$T/ref.out"
is $? 0 'COG_TOKEN is used'
is "$(requests /api/v1/auth/login)" "$logins" '... with no login'
is "$(wc -l <"$T/ref.out" | tr -d ' ')" \
    "$(cat "$T"/ref/*.jsonl | wc -l | tr -d ' ')" 'reference output'
printf '%s\n' "$tok" >"$T/tokfile"
chmod 600 "$T/tokfile"
env -u COG_USERNAME -u COG_PASSWORD cog-sessions --token-file "$T/tokfile" \
    --from sess_00001 --to sess_00003 >"$T/out"
is $? 0 '--token-file is used'
is "$(wc -l <"$T/out" | tr -d ' ')" 3 '... listing three sessions'

# The token expires on request, not after a time that a loaded machine
# could outlast.
is "$(curl -s -X POST "$MOCK_URL/_mock/expire-tokens")" '{"expired":1}' \
    'the emulator expires the token'
: >"$MOCK_LOG"
COG_TOKEN=$tok cog-fetch -v <"$T/ids" >"$T/out" 2>"$T/err"
is $? 0 'an expired COG_TOKEN with credentials: re-authenticated'
same_file "$T/out" "$T/ref.out" '... and the output is complete'
ok '... after a 401' grep -q '"status":401' "$MOCK_LOG"
ok '... logging in again' test "$(requests /api/v1/auth/login)" -ge 1
like "$(cat "$T/err")" 'token rejected \(401\); logging in again' \
    '-v says why it logged in'
unlike "$(cat "$T/err")" "$tok|[Aa]uthorization|Bearer" \
    '-v shows no token or Authorization header'
tok2=$(cached_token)
unlike "$(cat "$T/err" "$T/out")" "$tok2" '... nor the new token'

: >"$MOCK_LOG"
COG_TOKEN=$tok cog-sessions -v --from sess_00001 --to sess_00012 \
    --page-size 5 >"$T/out" 2>"$T/err"
is $? 0 'cog-sessions re-authenticates too'
is "$(wc -l <"$T/out" | tr -d ' ')" 12 '... and lists everything'
is "$(requests /api/v1/auth/login)" 1 '... with one login'
unlike "$(cat "$T/err")" "$tok|[Aa]uthorization|Bearer" \
    'cog-sessions -v shows no token or Authorization header'

env -u COG_USERNAME -u COG_PASSWORD COG_TOKEN=$tok cog-fetch <"$T/ids" \
    >"$T/out" 2>"$T/err"
is $? 2 'an expired token without credentials: exit 2'
like "$(cat "$T/err")" '^cog-fetch: token rejected: token expired \(401\); run cog-auth' \
    '... with the reason'
env -u COG_USERNAME -u COG_PASSWORD COG_TOKEN=$tok cog-sessions \
    --from sess_00001 --to sess_00002 >"$T/out" 2>"$T/err"
is $? 2 'the same for cog-sessions'
is "$(wc -l <"$T/err" | tr -d ' ')" 1 '... in one line'
stop_mock

net_mock --sessions 4 --fault no-scope=sessions:read
cog-sessions --from sess_00001 --to sess_00004 >"$T/out" 2>"$T/err"
is $? 2 'a 403 is fatal for cog-sessions'
is "$(cat "$T/err")" "cog-sessions: token lacks scope 'sessions:read' (403)" \
    '... naming the scope'
is "$(cat "$T/out")" '' '... printing nothing'
printf 'sess_00001\nsess_00002\n' | cog-fetch >"$T/out" 2>"$T/err"
is $? 2 'a 403 is fatal for cog-fetch'
is "$(cat "$T/err")" "cog-fetch: token lacks scope 'sessions:read' (403)" \
    '... naming the scope'
stop_mock

net_mock --sessions 4 --fault token-ttl=1 --fault auth-fail=.999
COG_TOKEN=bogus cog-sessions --from sess_00001 --to sess_00002 \
    >"$T/out" 2>"$T/err"
is $? 2 'a login refused after a 401 is fatal'
like "$(cat "$T/err")" '^cog-sessions: login failed: .*\(401\)$' \
    '... and says so'
stop_mock

# The token file is a secret file: its mode is checked, one line taken.
net_mock --sessions 4
printf '%s\n' "$(cog-auth -p)" >"$T/tokfile"
chmod 600 "$T/tokfile"
env -u COG_USERNAME -u COG_PASSWORD cog-sessions --token-file "$T/tokfile" \
    --from sess_00001 --to sess_00001 >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'a private token file: no warning'
chmod 644 "$T/tokfile"
env -u COG_USERNAME -u COG_PASSWORD cog-sessions --token-file "$T/tokfile" \
    --from sess_00001 --to sess_00001 >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    "0:cog-sessions: token file '$T/tokfile' can be read by other users" \
    'a token file others can read: a warning'
printf '%s\nX-Injected: 1\n' "$(cat "$T/tokfile")" >"$T/tok2"
env -u COG_USERNAME -u COG_PASSWORD cog-sessions --token-file "$T/tok2" \
    --from sess_00001 --to sess_00001 >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'a token file of two lines is refused'
like "$(cat "$T/err")" "token file '$T/tok2' holds more than a token on one line" \
    '... saying so'
done_testing
