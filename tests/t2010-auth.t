#!/bin/sh
# cog-auth: login, the token cache, --status, --logout, refresh.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

net_mock --sessions 3

COG_PASSWORD=wrong cog-auth >"$T/out" 2>"$T/err"
is $? 2 'a wrong password exits 2'
is "$(cat "$T/out")" '' '... printing nothing on stdout'
is "$(wc -l <"$T/err" | tr -d ' ')" 1 '... and one line on stderr'
like "$(cat "$T/err")" '^cog-auth: login failed: .*\(401\)$' \
    '... naming the failure and the status'
env -u COG_PASSWORD cog-auth >/dev/null 2>"$T/err"
is $? 2 'no password exits 2'
is "$(cat "$T/err")" 'cog-auth: COG_USERNAME is set but no password: set COG_PASSWORD or COG_PASSWORD_FILE (a file holding it)' \
    '... saying in one line which variables give it'
echo sess_00001 | env -u COG_PASSWORD cog-fetch >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" '2:cog-fetch: COG_USERNAME is set but no password: set COG_PASSWORD or COG_PASSWORD_FILE (a file holding it)' \
    '... as cog-fetch does when it needs to log in'
env -u COG_USERNAME -u COG_PASSWORD cog-auth >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*set COG_USERNAME and COG_PASSWORD' \
    'no credentials at all: which variables to set'

cog-auth -v >"$T/status" 2>"$T/verbose"
is $? 0 'login exits 0'
st=$(cat "$T/status")
is "$(wc -l <"$T/status" | tr -d ' ')" 1 'one status line'
like "$st" "^\{\"base_url\":\"$MOCK_URL\",\"expires_at\":\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z\",\"expires_in\":(3600|3599),\"scopes\":\[\"sessions:read\",\"export:manage\"\],\"cached\":false\}$" \
    'status line: base_url, expires_at, expires_in, scopes, cached'
jq -e . "$T/status" >/dev/null 2>&1
is $? 0 'status line is JSON'
cache=$(ls "$XDG_CACHE_HOME"/cog/token-*.json)
ok 'one cache file' test -f "$cache"
is "$(stat -c %a "$cache")" 600 'cache file mode 0600'
cog-sessions --from sess_00001 --to sess_00001 >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'a private cache file: no warning'
chmod 640 "$cache"
cog-sessions --from sess_00001 --to sess_00001 >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    "0:cog-sessions: token cache '$cache' can be read by other users" \
    'a cache file its group can read: a warning'
chmod 600 "$cache"
is "$(stat -c %a "$XDG_CACHE_HOME/cog")" 700 'cache dir mode 0700'
tok=$(cached_token)
ok 'the cache holds the token' test -n "$tok"
unlike "$(cat "$T/status" "$T/verbose" "$MOCK_LOG")" "$tok" \
    'no token in the status line, -v output or server log'
unlike "$(cat "$T/verbose")" 'demo-password|[Aa]uthorization|Bearer' \
    'no password or Authorization in -v output'
like "$(cat "$T/verbose")" 'POST /api/v1/auth/login -> 200' \
    '-v logs the request'

is "$(requests /api/v1/auth/login)" 2 'two logins so far'
st=$(cog-auth)
like "$st" '"cached":true\}$' 'a second run uses the cache'
is "$(requests /api/v1/auth/login)" 2 '... without a request'
is "$(cog-auth --print-token)" "$tok" '--print-token prints the cached token'
is "$(requests /api/v1/auth/login)" 2 '... without a request'
st=$(cog-auth --force)
like "$st" '"cached":false' '--force logs in again'
tok2=$(cached_token)
ok '... with a new token' test "$tok" != "$tok2"
is "$(cog-auth -p)" "$tok2" '-p prints the new token'

st=$(cog-auth --status)
is $? 0 '--status exits 0 with a fresh token'
like "$st" '"cached":true,"expired":false\}$' '--status reports it'
n=$(requests /api/v1/auth/login)
# Near expiry: 30 s left is within the 60 s margin, so a login is due.
exp=$(($(date +%s) + 30))
sed "s/\"expires_at\":[0-9]*/\"expires_at\":$exp/" "$cache" >"$T/c" &&
    cat "$T/c" >"$cache"
st=$(cog-auth)
like "$st" '"cached":false' 'a token 30 s from expiry is refreshed'
is "$(requests /api/v1/auth/login)" $((n + 1)) '... with one login'
like "$(cat "$cache")" "\"expires_at\":$(($(date +%s) + 3600))|\"expires_at\":$(($(date +%s) + 3599))" \
    '... and the cache gets the new expiry'
# Expired: --status exits 1, without a request.
sed "s/\"expires_at\":[0-9]*/\"expires_at\":1000/" "$cache" >"$T/c" &&
    cat "$T/c" >"$cache"
n=$(requests /api/v1/auth/login)
st=$(cog-auth --status)
is $? 1 '--status exits 1 with an expired token'
like "$st" '"expires_in":0,.*"expired":true' '... and says so'
is "$(requests /api/v1/auth/login)" "$n" '--status makes no request'

ok '--logout exits 0' cog-auth --logout
ok '... removing the cache file' test ! -e "$cache"
ok '--logout again is fine' cog-auth --logout
cog-auth --status >"$T/out" 2>"$T/err"
is $? 1 '--status with no token exits 1'
like "$(cat "$T/err")" 'no cached token' '... and says so'

printf 'demo-password\n' >"$T/pw"
chmod 600 "$T/pw"
env -u COG_PASSWORD COG_PASSWORD_FILE="$T/pw" cog-auth >"$T/out"
is $? 0 'COG_PASSWORD_FILE logs in'
env -u COG_PASSWORD COG_PASSWORD_FILE="$T/nope" cog-auth -f >/dev/null \
    2>"$T/err"
is $? 2 'a missing password file exits 2'
like "$(cat "$T/err")" "cannot read password file '$T/nope'" \
    '... naming the file'
chmod 600 "$T/pw"
env -u COG_PASSWORD COG_PASSWORD_FILE="$T/pw" cog-auth -f >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'a private password file: no warning'
chmod 644 "$T/pw"
env -u COG_PASSWORD COG_PASSWORD_FILE="$T/pw" cog-auth -f >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    "0:cog-auth: password file '$T/pw' can be read by other users" \
    'a password file others can read logs in, with a warning'
printf 'demo-password\n\n' >"$T/pw2"
chmod 600 "$T/pw2"
env -u COG_PASSWORD COG_PASSWORD_FILE="$T/pw2" cog-auth -f >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:cog-auth: login failed' \
    'only one trailing newline is taken off a password file'

# Another base URL gets another cache entry.
XDG_CACHE_HOME=$T/cache2 cog-auth >/dev/null
XDG_CACHE_HOME=$T/cache2 cog-auth --base-url "$MOCK_URL/" >"$T/out"
like "$(cat "$T/out")" '"cached":true' 'a trailing slash is the same URL'
XDG_CACHE_HOME=$T/cache2 cog-auth --base-url "http://localhost:${MOCK_URL##*:}" \
    >"$T/out"
like "$(cat "$T/out")" '"cached":false' 'another URL, another cache entry'
is "$(ls "$T/cache2/cog" | wc -l | tr -d ' ')" 2 '... in another file'

cog-auth >/dev/full 2>/dev/null
is $? 2 'cog-auth >/dev/full exits 2'
stop_mock

net_mock --sessions 3 --fault auth-fail=1 --fault no-scope=export:manage
XDG_CACHE_HOME=$T/cache3 cog-auth >"$T/out" 2>"$T/err"
is $? 2 'an injected 401 on login exits 2'
XDG_CACHE_HOME=$T/cache3 cog-auth >"$T/out" 2>"$T/err"
is $? 0 'the next login works'
like "$(cat "$T/out")" '"scopes":\["sessions:read"\]' \
    'the status shows the scopes granted'
like "$(cat "$T/err")" "warning: the token lacks scope 'export:manage'" \
    '... and a missing scope is reported'
stop_mock

done_testing
