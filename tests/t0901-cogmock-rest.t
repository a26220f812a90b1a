#!/bin/sh
# t0901-cogmock-rest: the emulator's REST API v2.0 (conversation list, one
# conversation, users/me, projects), its RFC 7807 errors and API-key
# checks, and each of its REST modes and faults.

. "${0%/*}/lib.sh"
need curl python3

PY=$(command -v python3)
mock_key rest-key-0123456789
P1=65a1b2c3d4e5f60718290001
P2=65a1b2c3d4e5f60718290002

# rest PATH [curl option ...]: a GET with the key and Accept:
# application/json; body in $T/body, headers in $T/head; prints the status.
rest() {
	_p=$1
	shift
	curl -sS -o "$T/body" -D "$T/head" -w '%{http_code}' \
		-H "X-API-Key: $KEY" -H 'Accept: application/json' "$@" \
		"$MOCK_URL$_p"
}

# bare PATH [curl option ...]: a GET without key or Accept.
bare() {
	_p=$1
	shift
	curl -sS -o "$T/body" -D "$T/head" -w '%{http_code}' "$@" \
		"$MOCK_URL$_p"
}

# ids: the session ids of the list in $T/body, space-separated.
ids() {
	jf '" ".join(i.get("sessionId") or i["_id"] for i in d["items"])'
}

# walk LIMIT [PROJECT]: follow nextCursor over the paged list; prints
# "ids|pages".
walk() {
	_next=
	_pages=0
	_all=
	while :; do
		_q="projectId=${2:-$P1}&limit=$1"
		[ -n "$_next" ] && _q="$_q&next=$_next"
		[ "$(rest "/new/v2.0/conversations?$_q")" = 200 ] || return 1
		_pages=$((_pages + 1))
		_all="$_all $(ids)"
		_next=$(jf 'd["nextCursor"] or ""')
		[ -n "$_next" ] || break
	done
	echo "${_all# }|$_pages"
}

ODD='sess_00001 sess_00003 sess_00005 sess_00007 sess_00009 sess_00011 sess_00013 sess_00015 sess_00017 sess_00019 sess_00021 sess_00023 sess_00025 sess_00027 sess_00029'

# --- the list -------------------------------------------------------------

start_mock --sessions 30 --projects 2 --seed 7
is "$(rest "/new/v2.0/conversations?projectId=$P1")" 200 'list is 200'
is "$(hdr Content-Type)" application/json 'list is JSON'
is "$(ids)" "$ODD" 'project 1 holds the odd sessions, in order'
is "$(jf 'd["total"], sorted(d)')" "(15, ['items', 'total'])" \
	'one answer with every item and the total'
is "$(jf 'list(d["items"][0])')" \
	'["_id", "sessionId", "contactId", "channel", "projectId", "projectName", "flowName", "flowReferenceId", "messages", "startTime", "endTime", "ratings", "ratingComments", "endpointName"]' \
	'a list item has the documented fields'
like "$(jf 'd["items"][0]["_id"], d["items"][0]["projectId"], d["items"][0]["projectName"]')" \
	"^\('[0-9a-f]{24}', '$P1', 'Support'\)$" '_id is a 24-hex id; project id and name'
ok 'start and end times are ISO 8601 UTC, in order' "$PY" -c '
import json, re, sys
d = json.load(open(sys.argv[1]))
iso = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")
s = [i["startTime"] for i in d["items"]]
sys.exit(not all(iso.match(i["startTime"]) and iso.match(i["endTime"]) and
                 i["startTime"] <= i["endTime"] for i in d["items"])
         or s != sorted(s))' "$T/body"
cp "$T/body" "$T/list1"
C=$(jf 'd["items"][0]["contactId"]')
M3=$(jf 'd["items"][1]["messages"]')
is "$(rest "/v2.0/conversations?projectId=$P1")" 200 '/v2.0 without /new'
same_file "$T/body" "$T/list1" '... gives the same list'
is "$(rest "/new/v2.0/conversations?projectId=$P2" && ids | cut -d' ' -f1-2)" \
	'200sess_00002 sess_00004' 'project 2 holds the even sessions'
is "$(rest /new/v2.0/conversations)" 400 'no projectId is 400'
is "$(jf 'sorted(d), d["code"], d["status"], d["title"], d["type"]')" \
	"(['code', 'detail', 'details', 'instance', 'status', 'title', 'traceId', 'type'], 1000, 400, 'Bad Request', 'about:blank')" \
	'an RFC 7807 body with code 1000'
like "$(jf 'd["traceId"] + " " + d["instance"]')" \
	'^api--[0-9a-f-]{36} /new/v2.0/conversations$' 'with traceId and instance'
is "$(rest '/new/v2.0/conversations?projectId=nope')" 400 \
	'a malformed projectId is 400'
is "$(jf 'd["code"]')" 1005 '... code 1005'
is "$(rest "/new/v2.0/conversations?projectId=65a1b2c3d4e5f607182900ff")" 200 \
	'an unknown project is 200'
is "$(jf 'd')" '{"items": [], "total": 0}' '... with no item'
rest "/new/v2.0/conversations?projectId=$P1&contactIds%5B%5D=$C&contactIds%5B%5D=c-0" >/dev/null
ok 'contactIds[] keeps the sessions of those contacts' "$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
got = [i["sessionId"] for i in d["items"]]
sys.exit(not ("sess_00001" in got and
              all(i["contactId"] == sys.argv[2] for i in d["items"])))' \
	"$T/body" "$C"
rest "/new/v2.0/conversations?projectId=$P1&sort=startTime:desc" >/dev/null
is "$(ids | cut -d' ' -f1-2)" 'sess_00029 sess_00027' 'sort=startTime:desc'
is "$(rest "/new/v2.0/conversations?projectId=$P1&sort=colour:asc")" 400 \
	'sorting by an unknown field is 400'

# --- one conversation -----------------------------------------------------

is "$(rest "/new/v2.0/conversations/sess_00003?projectId=$P1")" 200 \
	'a conversation is 200'
cp "$T/body" "$T/conv3"
is "$(jf 'sorted(d), d["total"] == len(d["items"]), d["total"]')" \
	"(['items', 'total'], True, $M3)" '{items,total} with one item a message'
is "$(jf 'list(d["items"][0])')" \
	'["projectId", "projectName", "inputId", "sessionId", "contactId", "organisation", "inputText", "inputData", "type", "source", "flowName", "flowReferenceId", "channel", "timestamp", "inHandoverRequest", "inHandoverConversation", "outputId", "expiresAt", "endpointUrlToken", "endpointName", "localeReferenceId", "localeName", "snapshotId", "snapshotName", "rating", "ratingComment"]' \
	'an item has the documented fields'
ok 'type is input for the user, output otherwise; times ascend' "$PY" -c '
import json, sys
items = json.load(open(sys.argv[1]))["items"]
t = [i["timestamp"] for i in items]
sys.exit(not (t == sorted(t) and all(
    (i["type"] == "input") == (i["source"] == "user") and
    i["source"] in ("user", "bot", "agent") and
    isinstance(i["inputData"], dict) and i["sessionId"] == "sess_00003"
    for i in items)))' "$T/body"
is "$(rest /new/v2.0/conversations/sess_00003)" 200 'projectId is optional'
same_file "$T/body" "$T/conv3" '... and changes nothing'
is "$(rest "/new/v2.0/conversations/sess%5F00003?projectId=$P1")" 200 \
	'a %-encoded session id'
same_file "$T/body" "$T/conv3" '... is decoded'
is "$(rest "/new/v2.0/conversations/sess_00004?projectId=$P1")" 404 \
	'a session of another project is 404'
is "$(jf 'd["code"], d["status"], d["title"]')" "(1002, 404, 'Not Found')" \
	'... code 1002'
is "$(rest /new/v2.0/conversations/sess_00031)" 404 'an unknown session is 404'
is "$(rest /new/v2.0/conversations/sess_00003 -X POST)" 405 'POST is 405'
is "$(jf 'd["code"]')" 1013 '... code 1013'
is "$(rest /new/v2.0/nothing-here)" 404 'an unknown REST path is 404'
is "$(jf 'd["code"]')" 1002 '... in the REST error shape'

# The same messages as the v1 transcripts, session by session.
curl -sS -o "$T/login" -H 'Content-Type: application/json' \
	-d '{"username":"demo","password":"demo-password"}' \
	"$MOCK_URL/api/v1/auth/login"
TOKEN=$(jf 'd["access_token"]' "$T/login")
for i in $(seq 1 30); do
	s=$(printf 'sess_%05d' "$i")
	curl -sS -H "Authorization: Bearer $TOKEN" \
		"$MOCK_URL/api/v1/sessions/$s/transcript" >"$T/v1.$i"
	rest "/new/v2.0/conversations/$s" >/dev/null
	cp "$T/body" "$T/rest.$i"
done
ok 'every conversation holds the messages of its v1 transcript' "$PY" -c '
import json, sys
d = sys.argv[1]
for i in range(1, 31):
    v1 = [json.loads(l) for l in open("%s/v1.%d" % (d, i), encoding="utf-8")]
    rest = json.load(open("%s/rest.%d" % (d, i), encoding="utf-8"))["items"]
    a = [(r["inputId"], r["sessionId"], r["timestamp"], r["source"],
          r["text"], r["data"]) for r in v1]
    b = [(r["inputId"], r["sessionId"], r["timestamp"], r["source"],
          r["inputText"], r["inputData"]) for r in rest]
    if a != b or not a:
        print("session", i, "differs"); sys.exit(1)' "$T"

# --- credentials ----------------------------------------------------------

is "$(bare "/new/v2.0/conversations?projectId=$P1")" 401 'no key is 401'
is "$(jf 'd["code"], d["title"]')" "(401, 'Unauthorized')" '... code 401'
is "$(bare "/new/v2.0/conversations?projectId=$P1" -H 'X-API-Key: wrong')" \
	401 'a wrong key is 401'
is "$(bare "/new/v2.0/conversations?projectId=$P1" -H "x-api-key: $KEY")" \
	200 'the header name in lower case (as the official client sends it)'
: >"$MOCK_LOG"
is "$(bare "/new/v2.0/conversations?projectId=$P1&api_key=$KEY")" 200 \
	'the key as the api_key query parameter'
is "$(bare "/new/v2.0/conversations?projectId=$P1" -H "X-API-Key: $KEY")" \
	200 'the key in X-API-Key'
unlike "$(cat "$MOCK_LOG")" "$KEY" 'the log holds no key'
like "$(head -n 1 "$MOCK_LOG")" '"query":"projectId=[0-9a-f]+&api_key=REDACTED".*"auth":true.*"cred":"query"' \
	'the log shows a query key as REDACTED'
like "$(sed -n 2p "$MOCK_LOG")" '"auth":true.*"cred":"header"' \
	'... and where the key came from'
is "$(rest /new/v2.0/users/me)" 200 'users/me'
is "$(jf 'd["id"], d["name"], "odata" in d["roles"], d["projects"]')" \
	"('demo@example.com', 'demo', True, ['$P1', '$P2'])" \
	'... names the user, its roles and projects'
is "$(rest /new/v2.0/projects)" 200 'projects'
is "$(jf '[(p["_id"], p["name"]) for p in d["items"]], d["total"], d["nextCursor"]')" \
	"([('$P1', 'Support'), ('$P2', 'Sales')], 2, None)" '... lists both'
is "$(bare /_mock/health && jf 'd["projects"]')" "200[\"$P1\", \"$P2\"]" \
	'the health probe lists the project ids'
stop_mock

# --- modes ----------------------------------------------------------------

start_mock --sessions 30 --projects 2 --seed 7 --mode rest-paging=on
is "$(walk 4)" "$ODD|4" 'rest-paging=on: nextCursor walks the list in 4 pages'
rest "/new/v2.0/conversations?projectId=$P1&limit=4" >/dev/null
is "$(jf 'sorted(d), d["total"], len(d["items"]), d["previousCursor"]')" \
	"(['items', 'nextCursor', 'previousCursor', 'total'], 15, 4, None)" \
	'rest-paging=on: {items,total,nextCursor,previousCursor}'
like "$(jf 'd["nextCursor"]')" '^[0-9a-f]{24}$' 'a cursor is 24 hex digits'
N1=$(jf 'd["nextCursor"]')
rest "/new/v2.0/conversations?projectId=$P1&limit=4&next=$N1" >/dev/null
like "$(jf 'd["previousCursor"]')" '^[0-9a-f]{24}$' \
	'the second page has a previousCursor'
P0=$(jf 'd["previousCursor"]')
rest "/new/v2.0/conversations?projectId=$P1&limit=4&previous=$P0" >/dev/null
is "$(ids)" 'sess_00001 sess_00003 sess_00005 sess_00007' \
	'previous goes back a page'
rest "/new/v2.0/conversations?projectId=$P1" >/dev/null
is "$(jf 'len(d["items"]), d["nextCursor"]')" '(15, None)' \
	'limit defaults to 25'
rest "/new/v2.0/conversations?projectId=$P1&limit=4&skip=10" >/dev/null
is "$(ids)" 'sess_00021 sess_00023 sess_00025 sess_00027' 'skip'
is "$(rest "/new/v2.0/conversations?projectId=$P1&limit=101")" 400 \
	'limit over 100 is 400'
is "$(rest "/new/v2.0/conversations?projectId=$P1&limit=4&skip=4&next=$N1")" \
	400 'skip with a cursor is 400'
is "$(rest "/new/v2.0/conversations?projectId=$P1&next=0123456789abcdef01234567")" \
	400 'a cursor the server did not issue is 400'
is "$(rest "/new/v2.0/conversations?projectId=$P2&limit=4&next=$N1")" 400 \
	'a cursor of another query is 400'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode rest-list-id=_id \
	--mode rest-dates=date --mode rest-unknown=empty --mode error-code=string
rest "/new/v2.0/conversations?projectId=$P1" >/dev/null
is "$(jf '"sessionId" in d["items"][0], d["items"][0]["_id"]')" \
	"(False, 'sess_00001')" 'rest-list-id=_id: _id is the session, no sessionId'
rest /new/v2.0/conversations/sess_00003 >/dev/null
is "$(jf 'd["items"][0]["timestamp"] == {"$date": json.load(open(sys.argv[1].replace("body", "conv3")))["items"][0]["timestamp"]}')" \
	true 'rest-dates=date: {"$date": "...Z"}'
like "$(jf 'd["items"][0]["expiresAt"]')" '^\{"\$date": "2026-' \
	'... expiresAt too'
is "$(rest /new/v2.0/conversations/sess_00031)" 200 \
	'rest-unknown=empty: an unknown session is 200'
is "$(jf 'd')" '{"items": [], "total": 0}' '... with no item'
is "$(rest /new/v2.0/conversations)" 400 'error-code=string'
is "$(jf 'repr(d["code"])')" "'1000'" '... makes code a string'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode rest-dates=date-ms \
	--mode time-grain=60 --mode key-slot=header
rest /new/v2.0/conversations/sess_00003 >/dev/null
ok 'rest-dates=date-ms: {"$date": epoch ms}, here on whole minutes' \
	"$PY" -c '
import json, sys
items = json.load(open(sys.argv[1]))["items"]
sys.exit(not all(isinstance(i["timestamp"]["$date"], int) and
                 i["timestamp"]["$date"] % 60000 == 0 for i in items))' \
	"$T/body"
is "$(bare "/new/v2.0/conversations?projectId=$P1&api_key=$KEY")" 401 \
	'key-slot=header: a key in the query is 401'
like "$(jf 'd["detail"]')" 'not accepted in the query' '... and says why'
is "$(bare "/new/v2.0/conversations?projectId=$P1" -H "X-API-Key: $KEY")" \
	200 '... in the header it is 200'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode time-grain=60 \
	--mode key-slot=query
bare "/new/v2.0/conversations?projectId=$P1&api_key=$KEY" >/dev/null
like "$(jf 'd["items"][0]["startTime"] + " " + d["items"][0]["endTime"]')" \
	'^[0-9-]{10}T[0-9]{2}:[0-9]{2}:00\.000Z [0-9-]{10}T[0-9]{2}:[0-9]{2}:00\.000Z$' \
	'time-grain=60: list times on whole minutes'
is "$(rest "/new/v2.0/conversations?projectId=$P1")" 401 \
	'key-slot=query: a key in the header is 401'
is "$(bare "/new/v2.0/conversations?projectId=$P1&api_key=$KEY")" 200 \
	'... in the query it is 200'
stop_mock

# --- faults ---------------------------------------------------------------

start_mock --sessions 30 --projects 2 --seed 7 --mode rest-paging=on \
	--fault hal --fault get-body-403 --fault rest-shuffle=1
is "$(rest /new/v2.0/conversations/sess_00003)" 200 'rest-shuffle=1'
ok '... serves the items out of time order, the same ones' "$PY" -c '
import json, sys
a = json.load(open(sys.argv[1]))["items"]
b = json.load(open(sys.argv[2]))["items"]
sys.exit(not (a != b and sorted(a, key=lambda i: i["timestamp"]) == b))' \
	"$T/body" "$T/conv3"
rest /new/v2.0/conversations/sess_00003 >/dev/null
same_file "$T/body" "$T/conv3" '... once'
is "$(rest "/new/v2.0/conversations?projectId=$P1&limit=4")" 200 \
	'hal: Accept: application/json still gets JSON'
is "$(hdr Content-Type) $(jf '"items" in d')" 'application/json true' \
	'... with items'
is "$(bare "/new/v2.0/conversations?projectId=$P1&limit=4" -H "X-API-Key: $KEY")" \
	200 'hal: without Accept: application/json'
is "$(hdr Content-Type)" application/hal+json '... the answer is HAL'
is "$(jf 'sorted(d), len(d["_embedded"]["conversations"]), d["total"]')" \
	"(['_embedded', '_links', 'total'], 4, 15)" '... _embedded, _links, total'
HAL=
NEXT="/new/v2.0/conversations?projectId=$P1&limit=4"
PAGES=0
while [ -n "$NEXT" ]; do
	bare "$NEXT" -H "X-API-Key: $KEY" >/dev/null || break
	HAL="$HAL $(jf '" ".join(i["sessionId"] for i in d["_embedded"]["conversations"])')"
	NEXT=$(jf 'd["_links"].get("next", {}).get("href", "")')
	PAGES=$((PAGES + 1))
	[ $PAGES -lt 10 ] || break
done
is "${HAL# }|$PAGES" "$ODD|4" 'hal: _links.next.href walks the list'
bare "/new/v2.0/conversations?projectId=$P1&limit=4&api_key=$KEY" >/dev/null
like "$(jf 'd["_links"]')" 'api_key=REDACTED' 'hal: a key in the query is not echoed'
unlike "$(jf 'd["_links"]')" "$KEY" '... in any link'
is "$(bare /new/v2.0/conversations/sess_00005 -H "X-API-Key: $KEY" -H 'Accept: application/hal+json')" \
	200 'hal: a conversation asked as application/hal+json'
is "$(jf 'sorted(d), d["total"] == len(d["_embedded"]["messages"])')" \
	"(['_embedded', '_links', 'total'], True)" '... is _embedded.messages'
: >"$MOCK_LOG"
is "$(rest "/new/v2.0/conversations?projectId=$P1" -X GET -d '{}')" 403 \
	'get-body-403: a GET with a body is 403'
like "$(hdr Content-Type) $(head -c 60 "$T/body")" '^text/html <html>' \
	'... with an HTML page'
like "$(cat "$MOCK_LOG")" '"status":403.*"fault":"get-body-403"' \
	'... and the log names the fault'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --fault 429=2 --fault 5xx=3
CODES=
AFTER=
for i in 1 2 3 4 5 6; do
	CODES="$CODES $(rest /new/v2.0/conversations/sess_00003)"
	AFTER="$AFTER|$(hdr Retry-After)"
	[ "$i" = 1 ] && cp "$T/body" "$T/429"
	[ "$i" = 3 ] && cp "$T/body" "$T/503"
done
is "$CODES" ' 429 429 503 500 502 200' '429 and 5xx on REST reads'
like "$AFTER" '^\|1\|[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT\|\|\|\|$' \
	'Retry-After alternates seconds and an HTTP-date'
is "$(jf 'd["status"], d["code"], d["title"]' "$T/429")" \
	"(429, 429, 'Too Many Requests')" '429 is an RFC 7807 body'
is "$(jf 'd["status"], d["code"]' "$T/503")" '(503, 503)' '... and so is 503'
stop_mock

# after2 N MODE: the Retry-After of two reads of one conversation under
# --fault 429=N --mode retry-after=MODE, "first|second" in AFTER2.
after2() {
	start_mock --sessions 30 --projects 2 --seed 7 --fault "429=$1" \
		--mode "retry-after=$2"
	rest /new/v2.0/conversations/sess_00003 >/dev/null
	AFTER2=$(hdr Retry-After)
	rest /new/v2.0/conversations/sess_00003 >/dev/null
	AFTER2="$AFTER2|$(hdr Retry-After)"
	stop_mock
}
after2 3 date
like "$AFTER2" '^[A-Z][a-z]{2}, .* GMT\|[A-Z][a-z]{2}, .* GMT$' \
	'retry-after=date: always an HTTP-date'
start_mock --sessions 30 --projects 2 --seed 7 --fault 429=2 \
	--mode retry-after=none
is "$(rest /new/v2.0/conversations/sess_00003)|$(hdr Retry-After)" '429|' \
	'retry-after=none: 429 without Retry-After'
stop_mock
after2 2 seconds
is "$AFTER2" '1|1' 'retry-after=seconds: always seconds'

start_mock --sessions 30 --projects 2 --seed 7 --fault cut=1 --fault slow=1
fails 'cut: a REST answer is cut mid-body (curl exit 18)' 18 \
	curl -sS -o "$T/cut" -H "X-API-Key: $KEY" \
	"$MOCK_URL/new/v2.0/conversations/sess_00003"
ok '... after about half of it' \
	test "$(wc -c <"$T/cut")" -lt "$(wc -c <"$T/conv3")" -a -s "$T/cut"
TIME=$(curl -sS -o "$T/body" -w '%{time_total}' -H "X-API-Key: $KEY" \
	"$MOCK_URL/new/v2.0/conversations/sess_00003")
ok 'slow: a REST answer trickles over about a second' \
	"$PY" -c 'import sys; sys.exit(float(sys.argv[1]) < 0.8)' "$TIME"
same_file "$T/body" "$T/conv3" '... and is whole'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --rate-limit 3/2
: >"$MOCK_LOG"
bare /_mock/health >/dev/null
CODES=
for i in 1 2 3 4; do
	CODES="$CODES $(rest /new/v2.0/conversations/sess_00003)"
done
is "$CODES" ' 200 200 200 429' '--rate-limit 3/2: the fourth request is 429'
like "$(hdr Retry-After)" '^[12]$' '... with Retry-After in seconds'
is "$(jf 'd["code"]')" 429 '... in the REST error shape'
like "$(tail -n 1 "$MOCK_LOG")" '"status":429.*"fault":"rate-limit"' \
	'... logged as rate-limit'
sleep "$(hdr Retry-After)"
is "$(rest /new/v2.0/conversations/sess_00003)" 200 \
	'after Retry-After the window has room again'
stop_mock
# drop: the connection closed with no answer, then the next is served.
start_mock --sessions 30 --projects 2 --seed 7 --fault drop=1@1
is "$(rest /new/v2.0/conversations/sess_00003)" 200 'drop=1@1: the first passes'
fails '... the second gets no answer at all (curl exit 52)' 52 \
	curl -sS -o "$T/body" -H "X-API-Key: $KEY" \
	-H 'Accept: application/json' "$MOCK_URL/new/v2.0/conversations/sess_00003"
like "$(tail -n 1 "$MOCK_LOG")" '"status":0,.*"fault":"drop"' \
	'... logged with status 0'
is "$(rest /new/v2.0/conversations/sess_00003)" 200 '... the third is served'
stop_mock
done_testing
