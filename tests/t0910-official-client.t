#!/bin/sh
# t0910-official-client: the official Cognigy.AI client, npm's
# @cognigy/rest-api-client (pinned in tests/package-lock.json, installed by
# `npm ci` under tests/), reads what the emulator answers: API-key and
# OAuth2 authentication, the conversation list (paged and not) and one
# conversation, its errors, its retries.  If the client cannot read an
# answer, the emulator is wrong.

. "${0%/*}/lib.sh"
need curl python3
command -v node >/dev/null 2>&1 ||
	skip_all "needs node, which is not installed (apt-get install nodejs npm)"
[ -f "$TOP/tests/node_modules/@cognigy/rest-api-client/package.json" ] ||
	skip_all "the official client is not installed (run npm ci in tests/)"

PY=$(command -v python3)
CLIENT=$TOP/tests/official-client.js
COG_API_KEY=official-key-0123456789
COG_CLIENT_ID=official-client
COG_CLIENT_SECRET=official-secret-0123456789
COG_USERNAME=ana
COG_PASSWORD=ana-password-0123456789
export COG_API_KEY COG_CLIENT_ID COG_CLIENT_SECRET COG_USERNAME COG_PASSWORD
P1=65a1b2c3d4e5f60718290001
P2=65a1b2c3d4e5f60718290002

is "$(node -p 'require(process.argv[1] + "/package.json").version' \
	"$TOP/tests/node_modules/@cognigy/rest-api-client")" 0.19.0 \
	'the pinned client, 0.19.0'

# oc [VAR=VALUE ...] OP ARG ...: run the client against the emulator; its
# JSON line goes to $T/out; prints the exit status.
oc() {
	_e=
	while [ $# -gt 0 ] && case $1 in *=*) true ;; *) false ;; esac; do
		_e="$_e $1"
		shift
	done
	# shellcheck disable=SC2086
	env $_e node "$CLIENT" "$MOCK_URL" "$@" >"$T/out" 2>"$T/err"
	echo $?
}

jo() {	# jo EXPR: a Python expression over d, the JSON line in $T/out
	"$PY" -c 'import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").read())
v = eval(sys.argv[2])
print(json.dumps(v) if isinstance(v, (dict, list, bool)) or v is None else v)' \
		"$T/out" "$1"
}

# same_json A B: the files hold equal JSON.
same_json() {
	"$PY" -c 'import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:])
sys.exit(a != b)' "$1" "$2"
}

ODD='["sess_00001", "sess_00003", "sess_00005", "sess_00007", "sess_00009", "sess_00011", "sess_00013", "sess_00015", "sess_00017", "sess_00019"]'

start_mock --sessions 20 --projects 2 --seed 5
: >"$MOCK_LOG"
is "$(oc COG_AUTH=apikey list $P1)" 0 'API key: the client lists conversations'
is "$(jo 'd["ids"]')|$(jo 'd["total"]')" "$ODD|10" '... every session of the project'
like "$(head -n 1 "$MOCK_LOG")" '"path":"/new/v2.0/conversations".*"status":200.*"cred":"header"' \
	'... sending the key in its header'
is "$(oc COG_AUTH=apikey read sess_00003 $P1)" 0 \
	'API key: the client reads a conversation'
cp "$T/out" "$T/read3"

# The same messages as the v1 transcript of the same emulator.
curl -sS -o "$T/login" -H 'Content-Type: application/json' \
	-d "{\"username\":\"$COG_USERNAME\",\"password\":\"$COG_PASSWORD\"}" \
	"$MOCK_URL/api/v1/auth/login"
TOKEN=$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$T/login")
curl -sS -H "Authorization: Bearer $TOKEN" \
	"$MOCK_URL/api/v1/sessions/sess_00003/transcript" >"$T/v1"
ok '... and gets the messages of the v1 transcript' "$PY" -c '
import json, sys
got = json.load(open(sys.argv[1]))
v1 = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
a = [(i["inputId"], i["timestamp"], i["source"], i["inputText"],
      i["inputData"], i["type"]) for i in got["items"]]
b = [(r["inputId"], r["timestamp"], r["source"], r["text"], r["data"],
      "input" if r["source"] == "user" else "output") for r in v1]
sys.exit(not (a == b and got["total"] == len(b) and b))' "$T/read3" "$T/v1"

is "$(oc COG_AUTH=apikey read sess_00004 $P1)" 3 \
	'a session of another project: the client throws'
is "$(jo 'd["error"], d["status"], d["code"]')" \
	"('Resource Not Found Error', 404, 1002)" \
	'... its ResourceNotFoundError, read from the RFC 7807 body'
like "$(jo 'd["traceId"]')" '^api--' '... with the traceId'
is "$(oc COG_AUTH=apikey COG_API_KEY=wrong list $P1)" 3 'a wrong key: it throws'
is "$(jo 'd["error"], d["status"]')" "('Unauthorized Error', 401)" \
	'... UnauthorizedError'
unlike "$(cat "$MOCK_LOG")" "$COG_API_KEY" 'the key is in no log line'

: >"$MOCK_LOG"
is "$(oc COG_AUTH=client list $P2)" 0 \
	'OAuth2 client credentials: the client logs in and lists'
is "$(jo 'd["ids"][:2], d["total"]')" "(['sess_00002', 'sess_00004'], 10)" \
	'... the sessions of project 2'
like "$(head -n 1 "$MOCK_LOG")" '"method":"POST","path":"/auth/oauth2/token".*"status":200' \
	'... after a token request'
like "$(sed -n 2p "$MOCK_LOG")" '"cred":"bearer"' '... then a bearer token'
is "$(oc COG_AUTH=client COG_CLIENT_SECRET=wrong list $P2)" 3 \
	'a wrong client secret: login throws'
is "$(oc COG_AUTH=password read sess_00003)" 0 \
	'OAuth2 password grant: the client reads a conversation'
ok '... the same one' same_json "$T/out" "$T/read3"
stop_mock

# Paged lists: the client follows nextCursor.
start_mock --sessions 20 --projects 2 --seed 5 --mode rest-paging=on
is "$(oc COG_AUTH=apikey list $P1 3)" 0 'rest-paging=on: the client pages'
is "$(jo 'd["ids"]')|$(jo 'd["pages"]')" "$ODD|4" \
	'... through every session in 4 pages of 3'
stop_mock

# Token expiry: with expires_in 9 the client (which renews 8 s early)
# refreshes with the refresh token before its second call.
start_mock --sessions 20 --projects 2 --seed 5 --fault token-ttl=9
: >"$MOCK_LOG"
is "$(oc COG_AUTH=password again sess_00003 1500)" 0 \
	'token-ttl: the client reads, waits, reads again'
is "$(jo 'd["first"], d["second"]')" '(7, 7)' '... both times the conversation'
is "$(grep -c '"path":"/auth/oauth2/token".*"status":200' "$MOCK_LOG")" 2 \
	'... renewing its token once in between'
stop_mock

# Retries: the client retries a 429 and 5xx answers and reads the result.
start_mock --sessions 20 --projects 2 --seed 5 --fault 429=1 --fault 5xx=1 \
	--mode retry-after=seconds
: >"$MOCK_LOG"
is "$(oc COG_AUTH=apikey read sess_00003 $P1)" 0 \
	'429 and 503: the client retries and reads'
ok '... the same conversation' same_json "$T/out" "$T/read3"
is "$(grep -c '"status":429\|"status":503' "$MOCK_LOG")" 2 \
	'... after the two injected answers'
stop_mock

# The client asks for application/json, and its GETs carry a Content-Type
# but no body: neither hal nor get-body-403 fires for it.
start_mock --sessions 20 --projects 2 --seed 5 --fault hal \
	--fault get-body-403 --mode rest-dates=date
is "$(oc COG_AUTH=apikey list $P1)" 0 'hal, get-body-403: the client still reads'
is "$(jo 'd["total"]')" 10 '... JSON'
unlike "$(cat "$MOCK_LOG")" '"fault":"(hal|get-body-403)"' \
	'... the faults did not fire'
is "$(oc COG_AUTH=apikey read sess_00003 $P1)" 0 \
	'rest-dates=date: the client reads {"$date": ...} time stamps'
is "$(jo 'd["items"][0]["timestamp"]')" \
	"{\"\$date\": \"$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))["items"][0]["timestamp"])' "$T/read3")\"}" \
	'... and passes them on as objects'
stop_mock

# What the shared notes say of the client's Retry-After parsing: "120"
# reads as a date (the year 120), a negative wait; an HTTP-date works.
is "$(oc retry-after 120)$(jo 'd["delay"] < 0')" '0true' \
	'the client reads Retry-After: 120 as a date (a negative wait)'
is "$(oc retry-after "$("$PY" -c 'import email.utils, time
print(email.utils.formatdate(time.time() + 600, usegmt=True))')")$(jo \
	'300000 < d["delay"] <= 601000')" '0true' \
	'... and an HTTP-date as a wait'
done_testing
