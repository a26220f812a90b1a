#!/bin/sh
# t0902-cogmock-oauth: the emulator's OAuth2 token endpoint (client
# credentials, password and refresh grants, RFC 6749 errors, expiry) and
# its bearer tokens on the REST API v2.0.

. "${0%/*}/lib.sh"
need curl python3

COG_CLIENT_ID=client-one
COG_CLIENT_SECRET=client-secret-0123456789
COG_USERNAME=ana
COG_PASSWORD=pass-0123456789
COG_API_KEY=key-0123456789
export COG_CLIENT_ID COG_CLIENT_SECRET COG_USERNAME COG_PASSWORD COG_API_KEY
CLIENT="client_id=$COG_CLIENT_ID&client_secret=$COG_CLIENT_SECRET"
P1=65a1b2c3d4e5f60718290001

# grant BODY [curl option ...]: POST BODY as a form to the token endpoint;
# prints the status.
grant() {
	_b=$1
	shift
	curl -sS -o "$T/body" -D "$T/head" -w '%{http_code}' \
		-H 'Content-Type: application/x-www-form-urlencoded' \
		--data-raw "$_b" "$@" "$MOCK_URL/auth/oauth2/token"
}

# bearer TOKEN: list project 1 with the token; prints the status.
bearer() {
	curl -sS -o "$T/list" -w '%{http_code}' -H "Authorization: Bearer $1" \
		-H 'Accept: application/json' \
		"$MOCK_URL/new/v2.0/conversations?projectId=$P1"
}

start_mock --sessions 6
is "$(grant "grant_type=client_credentials&scope=api&$CLIENT")" 200 \
	'client_credentials with the client in the form'
is "$(jf 'sorted(d), d["token_type"], d["expires_in"], d["scope"]')" \
	"(['access_token', 'expires_in', 'scope', 'token_type'], 'Bearer', 3600, 'api')" \
	'a Bearer token for an hour, the scope echoed, no refresh token'
is "$(hdr Cache-Control)" no-store 'the answer is not to be cached'
A=$(jf 'd["access_token"]')
: >"$MOCK_LOG"
is "$(bearer "$A")" 200 'the access token reads the REST API'
is "$(jf 'd["total"]' "$T/list")" 6 '... the list'
like "$(cat "$MOCK_LOG")" '"auth":true.*"cred":"bearer"' \
	'the log says a bearer token was used'
unlike "$(cat "$MOCK_LOG")" "$A" '... and holds no token'
is "$(bearer nope)" 401 'an unknown token is 401'
is "$(jf 'd["code"], d["status"]' "$T/list")" '(401, 401)' \
	'... in the REST error shape'
is "$(grant 'grant_type=client_credentials' -u "$COG_CLIENT_ID:$COG_CLIENT_SECRET")" \
	200 'client_credentials with the client in HTTP Basic'
: >"$MOCK_LOG"
is "$(grant "grant_type=client_credentials&client_id=$COG_CLIENT_ID&client_secret=wrong")" \
	401 'a wrong client secret is 401'
is "$(jf 'd')" '{"error": "invalid_client", "error_description": "client authentication failed"}' \
	'... invalid_client, as RFC 6749 says'
like "$(hdr WWW-Authenticate)" '^Basic ' '... with WWW-Authenticate'
unlike "$(cat "$MOCK_LOG")" "$COG_CLIENT_SECRET|wrong" 'no secret in the log'
is "$(grant 'grant_type=client_credentials')" 401 'no client is 401'
is "$(grant "scope=api&$CLIENT")" 400 'no grant_type is 400'
is "$(jf 'd["error"]')" invalid_request '... invalid_request'
is "$(grant "grant_type=authorization_code&code=x&$CLIENT")" 400 \
	'another grant type is 400'
is "$(jf 'd["error"]')" unsupported_grant_type '... unsupported_grant_type'
is "$(curl -sS -o "$T/body" -w '%{http_code}' -H 'Content-Type: application/json' \
	-d "{\"grant_type\":\"client_credentials\",\"client_id\":\"$COG_CLIENT_ID\"}" \
	"$MOCK_URL/auth/oauth2/token")" 400 'a JSON body is 400'
is "$(jf 'd["error"]')" invalid_request '... invalid_request'
is "$(curl -sS -o "$T/body" -w '%{http_code}' "$MOCK_URL/auth/oauth2/token")" \
	405 'GET on the token endpoint is 405'

is "$(grant "grant_type=password&username=$COG_USERNAME&password=$COG_PASSWORD&$CLIENT&rememberMe=&organisationId=")" \
	200 'the password grant (with the empty fields the official client adds)'
is "$(jf 'sorted(d)')" \
	'["access_token", "expires_in", "refresh_token", "token_type"]' \
	'... gives a refresh token'
R1=$(jf 'd["refresh_token"]')
is "$(grant "grant_type=password&username=$COG_USERNAME&password=wrong&$CLIENT")" \
	400 'a wrong password is 400'
is "$(jf 'd["error"]')" invalid_grant '... invalid_grant'
is "$(grant "grant_type=refresh_token&refresh_token=$R1&$CLIENT")" 200 \
	'the refresh grant'
A2=$(jf 'd["access_token"]')
R2=$(jf 'd["refresh_token"]')
is "$(bearer "$A2")" 200 '... gives a working access token'
ok '... and a new refresh token' test "$R2" != "$R1"
is "$(grant "grant_type=refresh_token&refresh_token=$R1&$CLIENT")" 400 \
	'a spent refresh token is 400'
is "$(jf 'd["error"]')" invalid_grant '... invalid_grant'
is "$(grant "grant_type=refresh_token&refresh_token=$R2" -u other:$COG_CLIENT_SECRET)" \
	401 'a refresh token needs its client'
is "$(grant "grant_type=refresh_token&refresh_token=$R2&$CLIENT")" 200 \
	'the new refresh token works'
stop_mock

# The token expires on request: a lifetime short enough to wait for
# could run out before its first use on a loaded machine.
start_mock --sessions 6 --fault token-ttl=60 --fault auth-fail=1 \
	--mode oauth-cc-refresh=on
is "$(grant "grant_type=client_credentials&$CLIENT")" 401 \
	'auth-fail: the token request fails'
is "$(jf 'd["error"]')" invalid_client '... with invalid_client'
like "$(grep auth/oauth2 "$MOCK_LOG")" '"fault":"auth-fail"' \
	'... and the log names the fault'
is "$(grant "grant_type=client_credentials&$CLIENT")" 200 'the next one works'
is "$(jf 'd["expires_in"], "refresh_token" in d')" '(60, True)' \
	'token-ttl=60; oauth-cc-refresh=on gives client_credentials a refresh token'
A=$(jf 'd["access_token"]')
R=$(jf 'd["refresh_token"]')
is "$(bearer "$A")" 200 'the token works at first'
curl -s -o /dev/null -X POST "$MOCK_URL/_mock/expire-tokens"
is "$(bearer "$A")" 401 'the token really expires'
is "$(jf 'd["detail"]' "$T/list")" 'the access token has expired' \
	'... and the answer says so'
is "$(grant "grant_type=refresh_token&refresh_token=$R&$CLIENT")" 200 \
	'the refresh token renews it'
is "$(bearer "$(jf 'd["access_token"]')")" 200 '... and the new one works'
stop_mock
done_testing
