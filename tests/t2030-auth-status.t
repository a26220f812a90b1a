#!/bin/sh
# cog-auth --status: which credential is in use (a key, and where it came
# from; an OAuth2 token, and when it expires), without a request and
# without the secret.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

KEY=status-key-0123456789abcdef
COG_API_KEY=$KEY
export COG_API_KEY
net_mock --sessions 3
printf '%s\n' "$KEY" >"$T/key"
chmod 600 "$T/key"

for api in odata rest; do
	case $api in
	odata) cred=apikey ;;
	rest) cred=api_key ;;
	esac
	: >"$MOCK_LOG"
	cog-auth --api $api --rate 0 --status >"$T/st" 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: "$api, COG_API_KEY: --status exits 0"
	is "$(cat "$T/st")" \
	    "{\"base_url\":\"$MOCK_URL\",\"credential\":\"$cred\",\"from\":\"COG_API_KEY\"}" \
	    '... names the key and where it came from'
	is "$(grep -c . "$MOCK_LOG")" 0 '... without a request'
	COG_API_KEY= COG_API_KEY_FILE=$T/key cog-auth --api $api --rate 0 \
	    --status >"$T/st2"
	like "$(cat "$T/st2")" "\"credential\":\"$cred\",\"from\":\"COG_API_KEY_FILE\"}\$" \
	    "$api, COG_API_KEY_FILE: --status names the file's variable"
	cog-auth --api $api --rate 0 >"$T/login" 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: "$api: cog-auth checks the key"
	same_file "$T/login" "$T/st" '... and prints the same line'
	unlike "$(cat "$T/st" "$T/st2" "$T/login" "$MOCK_LOG")" "$KEY" \
	    '... the key nowhere in the output or the server log'
done
COG_API_KEY= cog-auth --api odata --rate 0 --status >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 1: 'odata without a key: --status exits 1'
stop_mock

# OAuth2: the token's expiry, as the cache holds it; expired is 1.
unset COG_API_KEY
COG_CLIENT_ID=client-one
COG_CLIENT_SECRET=client-secret-0123456789
export COG_CLIENT_ID COG_CLIENT_SECRET
net_mock --sessions 3 --fault token-ttl=600
COG_USERNAME= cog-auth --api rest --rate 0 >/dev/null
: >"$MOCK_LOG"
COG_USERNAME= cog-auth --api rest --rate 0 --status >"$T/st" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'OAuth2: --status exits 0 with a fresh token'
like "$(cat "$T/st")" '^\{"base_url":"[^"]*","credential":"oauth2","refresh_token":(true|false),"expires_at":"[0-9T:-]+Z","expires_in":[0-9]+,"scopes":\[.*\],"cached":true,"expired":false\}$' \
    '... says OAuth2, when it expires and that it has not'
cache=$(ls "$XDG_CACHE_HOME"/cog/token-*.json)
exp=$(sed -n 's/.*"expires_at":\([0-9]*\).*/\1/p' "$cache")
is "$(jq -r .expires_at "$T/st")" "$(date -u -d "@$exp" +%Y-%m-%dT%H:%M:%SZ)" \
    '... expires_at the time the cache holds'
ok '... expires_in about the lifetime given (600 s)' \
    test "$(jq .expires_in "$T/st")" -gt 500 -a "$(jq .expires_in "$T/st")" -le 600
is "$(grep -c . "$MOCK_LOG")" 0 '... without a request'
unlike "$(cat "$T/st")" "$(cached_token)" '... and without the token'
sed "s/\"expires_at\":[0-9]*/\"expires_at\":1000/" "$cache" >"$T/c" &&
    cat "$T/c" >"$cache"
COG_USERNAME= cog-auth --api rest --rate 0 --status >"$T/st"
is $? 1 'an expired OAuth2 token: --status exits 1'
like "$(cat "$T/st")" '"expires_at":"1970-01-01T00:16:40Z","expires_in":0,.*"expired":true' \
    '... and says when it expired'
stop_mock

done_testing
