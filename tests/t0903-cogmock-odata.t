#!/bin/sh
# t0903-cogmock-odata: the emulator's OData v2.4 (Conversations, Sessions,
# $filter, $orderby, $top, $skip, $select, $count, keyset paging), its
# errors and API-key checks, and each of its OData modes and faults.

. "${0%/*}/lib.sh"
need curl python3

PY=$(command -v python3)
mock_key odata-key-0123456789
P2=65a1b2c3d4e5f60718290002

# od PATH-AND-QUERY [curl option ...]: a GET under /v2.4 with the key in
# the apikey header (the query is sent as written: spaces as %20); body in
# $T/body, headers in $T/head; prints the status.
od() {
	_p=$1
	shift
	curl -sS -g -o "$T/body" -D "$T/head" -w '%{http_code}' \
		-H "apikey: $KEY" "$@" "$MOCK_URL/v2.4/$_p"
}

bare() {
	_p=$1
	shift
	curl -sS -g -o "$T/body" -D "$T/head" -w '%{http_code}' "$@" \
		"$MOCK_URL/v2.4/$_p"
}

# n: the number of rows in $T/body.
n() {
	jf 'len(d["value"])'
}

# scan.py URL KEY COLLECTION TIME TOP [BASE-FILTER]: a keyset scan,
# $filter=<base> and <time> ge <last>&$orderby=<time> asc,id asc&$top=TOP,
# dropping the ids already seen, until a page adds none; when one time
# stamp fills a page, $skip pages inside it.  Writes the rows as JSON
# lines on stdout and "pages N" on stderr.
cat >"$T/scan.py" <<'EOF'
import json, sys, urllib.parse, urllib.request
url, key, coll, field, top = sys.argv[1:6]
base = sys.argv[6] if len(sys.argv) > 6 else None
top = int(top)

def get(filt, skip):
    q = "$orderby=%s%%20asc,id%%20asc&$top=%d" % (field, top)
    if filt:
        q += "&$filter=" + urllib.parse.quote(filt, safe="'(),:")
    if skip:
        q += "&$skip=%d" % skip
    req = urllib.request.Request("%s/v2.4/%s?%s" % (url, coll, q),
                                 headers={"apikey": key})
    return json.load(urllib.request.urlopen(req))["value"]

seen, rows, last, skip, pages = set(), [], None, 0, 0
while True:
    parts = [p for p in (base, last and "%s ge %s" % (field, last)) if p]
    page = get(" and ".join(parts), skip)
    pages += 1
    new = [r for r in page if r["id"] not in seen]
    if not new and not skip:
        break
    for r in new:
        seen.add(r["id"])
        rows.append(r)
    if page and all(r[field] == page[0][field] for r in page) and \
            len(page) == top:
        skip = skip + top if last == page[0][field] else top
        last = page[0][field]
    elif not page:
        break
    else:
        skip, last = 0, page[-1][field]
    if pages > 10000:
        sys.exit("no end")
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
print("pages", pages, file=sys.stderr)
EOF

# same_as_v1 ROWS: the Conversations rows in file ROWS, grouped by session
# in the order they come, are the messages of the v1 transcripts.
cat >"$T/v1.py" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
by = {}
for r in rows:
    by.setdefault(r["sessionId"], []).append(
        (r["inputId"], r["timestamp"], r["source"], r["inputText"],
         json.loads(r["inputData"])))
bad = 0
for i in range(1, int(sys.argv[3]) + 1):
    sid = "sess_%05d" % i
    v1 = [json.loads(l) for l in open("%s/v1.%d" % (sys.argv[2], i),
                                      encoding="utf-8")]
    want = [(r["inputId"], r["timestamp"], r["source"], r["text"], r["data"])
            for r in v1]
    if by.pop(sid, None) != want:
        print(sid, "differs"); bad += 1
if by:
    print("rows of unknown sessions:", sorted(by)); bad += 1
sys.exit(bad)
EOF

start_mock --sessions 30 --projects 2 --seed 7
curl -sS -o "$T/login" -H 'Content-Type: application/json' \
	-d '{"username":"demo","password":"demo-password"}' \
	"$MOCK_URL/api/v1/auth/login"
TOKEN=$(jf 'd["access_token"]' "$T/login")
TOTAL=0
for i in $(seq 1 30); do
	curl -sS -H "Authorization: Bearer $TOKEN" \
		"$MOCK_URL/api/v1/sessions/$(printf 'sess_%05d' "$i")/transcript" \
		>"$T/v1.$i"
	TOTAL=$((TOTAL + $(wc -l <"$T/v1.$i")))
done

# --- collections, credentials ---------------------------------------------

is "$(bare Conversations)" 401 'no key is 401'
is "$(jf 'sorted(d), sorted(d["error"]), d["error"]["code"]')" \
	"(['error'], ['code', 'message'], 401)" '... an OData error body'
is "$(bare Conversations -H 'apikey: wrong')" 401 'a wrong key is 401'
: >"$MOCK_LOG"
is "$(bare "Conversations?\$top=1&apikey=$KEY")" 200 'the key in the query'
is "$(bare 'Conversations?$top=1' -H "ApiKey: $KEY")" 200 \
	'the key in the apikey header (any case)'
unlike "$(cat "$MOCK_LOG")" "$KEY" 'the log holds no key'
like "$(head -n 1 "$MOCK_LOG")" 'apikey=REDACTED.*"cred":"query"' \
	'... a key in the query shows as REDACTED'
is "$(od '')" 200 'the service document'
is "$(jf '[c["name"] for c in d["value"]]')" '["Conversations", "Sessions"]' \
	'... lists Conversations and Sessions'
is "$(od Analytics)" 404 'a collection not served is 404'
is "$(od Conversations/\$count)" 200 '/$count'
is "$(hdr Content-Type):$(cat "$T/body")" "text/plain:$TOTAL" \
	'... is the number of messages, as text'
is "$(od 'Conversations%2F%24count')" 404 'a %-encoded slash is no path'
is "$(od Conversations)" 200 'the whole collection'
is "$(jf 'sorted(d), len(d["value"]), d["@odata.context"].endswith("/v2.4/$metadata#Conversations")')" \
	"(['@odata.context', 'value'], $TOTAL, True)" '{"value": [...]}, every row'
is "$(jf 'list(d["value"][0])')" \
	'["id", "projectId", "projectName", "inputId", "sessionId", "contactId", "organisation", "inputText", "inputData", "type", "source", "timestamp", "flowName", "flowParentId", "channel", "inHandoverRequest", "inHandoverConversation", "outputId", "inputAttachments", "reference", "localeReferenceId", "endpointUrlToken", "endpointName", "snapshotId", "snapshotName", "rating", "ratingComment", "isMasked"]' \
	'a Conversations row has the documented fields'
ok 'rows come in time order; inputData is a JSON string' "$PY" -c '
import json, sys
v = json.load(open(sys.argv[1]))["value"]
t = [(r["timestamp"], r["id"]) for r in v]
sys.exit(not (t == sorted(t) and len({r["id"] for r in v}) == len(v) and
              all(isinstance(json.loads(r["inputData"]), dict) for r in v)))' \
	"$T/body"
is "$(od 'Conversations?$count=true&$top=2')" 200 '$count=true'
is "$(jf 'list(d), d["@odata.count"], len(d["value"])')" \
	"(['@odata.context', '@odata.count', 'value'], $TOTAL, 2)" \
	'... gives @odata.count before value'
is "$(od Sessions)" 200 'Sessions'
is "$(jf 'len(d["value"]), list(d["value"][0])')" \
	"(30, ['id', 'goals', 'stepPath', 'stepsCount', 'handoverEscalations', 'startedAt', 'userId', 'sessionId', 'localeReferenceId', 'localeName', 'endpointReferenceId', 'endpointName', 'projectName', 'projectId', 'organisationId', 'snapshotId', 'snapshotName', 'endpointUrlToken', 'rating', 'ratingComment', 'isMasked'])" \
	'one row a session with the documented fields'
is "$(jf '[r["stepsCount"] for r in d["value"]][:3], d["value"][0]["sessionId"]')" \
	"([$(wc -l <"$T/v1.1" | tr -d ' '), $(wc -l <"$T/v1.2" | tr -d ' '), $(wc -l <"$T/v1.3" | tr -d ' ')], 'sess_00001')" \
	'stepsCount is the message count'

# --- keyset paging --------------------------------------------------------

"$PY" "$T/scan.py" "$MOCK_URL" "$KEY" Conversations timestamp 25 \
	>"$T/scan" 2>"$T/scan.err"
is $? 0 'a keyset scan of Conversations, 25 rows a page'
is "$(wc -l <"$T/scan" | tr -d ' ')" "$TOTAL" '... finds every row once'
ok '... and the rows are the v1 messages, session by session' \
	"$PY" "$T/v1.py" "$T/scan" "$T" 30
"$PY" "$T/scan.py" "$MOCK_URL" "$KEY" Conversations timestamp 40 \
	"projectId eq '$P2'" >"$T/scan2" 2>/dev/null
ok 'a keyset scan of one project' "$PY" -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
sys.exit(not (len({r["sessionId"] for r in rows}) == 15 and
              all(r["projectId"] == sys.argv[2] for r in rows)))' \
	"$T/scan2" "$P2"
"$PY" "$T/scan.py" "$MOCK_URL" "$KEY" Sessions startedAt 7 >"$T/sscan" \
	2>/dev/null
is "$(wc -l <"$T/sscan" | tr -d ' ')" 30 'a keyset scan of Sessions'

# --- $filter ---------------------------------------------------------------

od "Conversations?\$filter=sessionId%20eq%20'sess_00003'" >/dev/null
is "$(n) $(jf '{r["sessionId"] for r in d["value"]}')" \
	"$(wc -l <"$T/v1.3" | tr -d ' ') {'sess_00003'}" 'sessionId eq'
cp "$T/body" "$T/s3"
T0=$(jf 'd["value"][2]["timestamp"]' "$T/s3")
T0S=$(jf 'd["value"][2]["timestamp"][:19]' "$T/s3")
SEC=$(od "Conversations/\$count?\$filter=sessionId%20eq%20'sess_00003'%20and%20timestamp%20ge%20${T0S}Z" && cat "$T/body")
Q=$(od "Conversations/\$count?\$filter=sessionId%20eq%20'sess_00003'%20and%20timestamp%20ge%20'$T0'" && cat "$T/body")
U=$(od "Conversations/\$count?\$filter=sessionId%20eq%20'sess_00003'%20and%20timestamp%20ge%20$T0" && cat "$T/body")
is "$Q $U" "200$(( $(wc -l <"$T/v1.3") - 2 )) 200$(( $(wc -l <"$T/v1.3") - 2 ))" \
	'a date literal quoted and unquoted gives the same rows'
is "$SEC" "200$(( $(wc -l <"$T/v1.3") - 2 ))" \
	'... and so does an unquoted literal to the second'
od "Conversations/\$count?\$filter=timestamp%20ge%20'${T0%Z}%2B01:00'" >/dev/null
A=$(cat "$T/body")
od "Conversations/\$count?\$filter=timestamp%20ge%20'$(printf '%s' "$T0" | "$PY" -c 'import sys, datetime
t = datetime.datetime.strptime(sys.stdin.read(), "%Y-%m-%dT%H:%M:%S.%fZ")
print((t - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z")')'" >/dev/null
is "$A" "$(cat "$T/body")" 'a literal with an offset is converted to UTC'

count() {	# count FILTER: the /$count of Conversations
	od "Conversations/\$count?\$filter=$1" >/dev/null && cat "$T/body"
}
pycount() {	# pycount EXPR: how many rows r of the whole collection
	od Conversations >/dev/null
	jf "sum(1 for r in d['value'] if $1)"
}
is "$(count "source%20eq%20'user'")" "$(pycount 'r["source"] == "user"')" \
	'eq on a string'
is "$(count "source%20ne%20'user'")" "$(pycount 'r["source"] != "user"')" 'ne'
is "$(count "outputId%20eq%20null")" "$(pycount 'r["outputId"] is None')" \
	'eq null'
is "$(count "outputId%20ne%20null%20and%20type%20eq%20'input'")" 0 \
	'ne null and eq'
is "$(count "inHandoverConversation%20eq%20true")" \
	"$(pycount 'r["source"] == "agent"')" 'a boolean'
is "$(count "source%20eq%20'agent'%20or%20(source%20eq%20'user'%20and%20channel%20eq%20'sms')")" \
	"$(pycount 'r["source"] == "agent" or (r["source"] == "user" and r["channel"] == "sms")')" \
	'or, and, parentheses'
is "$(count "contains(inputText,'card')")" "$(pycount '"card" in r["inputText"]')" \
	'contains'
is "$(count "startswith(inputText,'Welcome')%20and%20endswith(sessionId,'7')")" \
	"$(pycount 'r["inputText"].startswith("Welcome") and r["sessionId"].endswith("7")')" \
	'startswith, endswith'
is "$(count "sessionId%20gt%20'sess_00025'%20and%20sessionId%20le%20'sess_00027'")" \
	"$(pycount '"sess_00025" < r["sessionId"] <= "sess_00027"')" 'gt and le on strings'
is "$(count "timestamp%20lt%20'$T0'")" "$(pycount "r['timestamp'] < '$T0'")" \
	'lt on a date'
is "$(count "'sess_00003'%20eq%20sessionId")" "$(wc -l <"$T/v1.3" | tr -d ' ')" \
	'the literal on the left'
is "$(count "inputText%20eq%20'It''s%20ORD-76143.'")" \
	"$(pycount 'r["inputText"] == "It'"'"'s ORD-76143."')" "'' is a quote"
od "Sessions?\$filter=stepsCount%20gt%2020" >/dev/null
is "$(n)" "$(od Sessions >/dev/null; jf 'sum(1 for r in d["value"] if r["stepsCount"] > 20)')" \
	'a number'

for bad in "sessionId%20EQ%20'x'" "not%20isMasked" "Sessionid%20eq%20'x'" \
	"sessionId%20eq%20x" "sessionId%20eq%203" "timestamp%20eq%20'soon'" \
	"sessionId%20eq%20'x'%20And%20isMasked%20eq%20false" \
	"timestamp+ge+'$T0'" "contains(timestamp,'2')" "(sessionId%20eq%20'x'"; do
	is "$(od "Conversations?\$filter=$bad")" 400 "a bad \$filter is 400: $bad"
done
is "$(jf 'd["error"]["code"]')" 400 '... an OData error body'
od "Conversations?\$filter=sessionId%20EQ%20'x'" >/dev/null
like "$(jf 'd["error"]["message"]')" 'case-sensitive' '... that says why'

# --- $orderby, $top, $skip, $select -----------------------------------------

od 'Conversations?$orderby=timestamp%20desc' >/dev/null
ok '$orderby=timestamp desc' "$PY" -c '
import json, sys
t = [r["timestamp"] for r in json.load(open(sys.argv[1]))["value"]]
sys.exit(t != sorted(t, reverse=True) or not t)' "$T/body"
od 'Conversations?$orderby=sessionId%20desc,timestamp' >/dev/null
ok '$orderby with two fields, asc by default' "$PY" -c '
import json, sys
v = json.load(open(sys.argv[1]))["value"]
k = [(r["sessionId"], r["timestamp"]) for r in v]
want = sorted(k, key=lambda x: x[1])
want.sort(key=lambda x: x[0], reverse=True)
sys.exit(k != want)' "$T/body"
od 'Conversations?$orderby=timestamp%20asc,id%20asc' >/dev/null
cp "$T/body" "$T/all"
od 'Conversations?$orderby=timestamp%20asc,id%20asc&$skip=5&$top=3' >/dev/null
is "$(jf '[r["id"] for r in d["value"]]')" \
	"$(jf '[r["id"] for r in d["value"][5:8]]' "$T/all")" '$skip=5&$top=3'
is "$(od 'Conversations?$top=0')|$(n)" '200|0' '$top=0'
is "$(od "Conversations?\$skip=$TOTAL")|$(n)" '200|0' '$skip past the end'
od 'Conversations?$select=sessionId,id,timestamp&$top=2' >/dev/null
is "$(jf '[list(r) for r in d["value"]]')" \
	'[["sessionId", "id", "timestamp"], ["sessionId", "id", "timestamp"]]' \
	'$select keeps those fields'
is "$(od 'Conversations?%24top=3&%24select=id')|$(n)" '200|3' \
	'%24top is accepted by default'
for bad in 'timestamp+asc' 'timestamp%20up' 'Timestamp' ; do
	is "$(od "Conversations?\$orderby=$bad")" 400 "a bad \$orderby is 400: $bad"
done
for bad in '$top=-1' '$top=x' '$skip=1.5' '$count=yes' '$select=id,colour' \
	'$expand=x' '$top=1&$top=2'; do
	is "$(od "Conversations?$bad")" 400 "a bad query option is 400: $bad"
done
is "$(od 'Conversations?colour=red&$top=1')|$(n)" '200|1' \
	'a custom query option is ignored'
is "$(od Conversations -X GET -d x)" 200 'a GET with a body is fine by default'
is "$(od Conversations -X POST)" 405 'POST is 405'
LAST=$(jf 'd["value"][-1]["timestamp"]' "$T/all")
is "$(od "Conversations?\$filter=timestamp%20gt%20'$LAST'")|$(n)" '200|0' \
	'a keyset cursor past the last row gives no row'
stop_mock

# --- modes -----------------------------------------------------------------

start_mock --sessions 30 --projects 2 --seed 7 --mode odata-dates=quoted \
	--mode error-code=string --mode key-slot=header
is "$(od "Conversations/\$count?\$filter=timestamp%20ge%20'$T0'")" 200 \
	'odata-dates=quoted: a quoted literal'
is "$(od "Conversations/\$count?\$filter=timestamp%20ge%20$T0")" 400 \
	'... an unquoted one is 400'
like "$(jf 'd["error"]["message"]')" 'must be quoted' '... and says why'
is "$(jf 'repr(d["error"]["code"])')" "'400'" 'error-code=string'
is "$(bare "Conversations?\$top=1&apikey=$KEY")" 401 \
	'key-slot=header: the key in the query is 401'
stop_mock
start_mock --sessions 30 --projects 2 --seed 7 --mode odata-dates=unquoted \
	--mode key-slot=query
is "$(bare "Conversations/\$count?\$filter=timestamp%20ge%20$T0&apikey=$KEY")" \
	200 'odata-dates=unquoted: an unquoted literal'
is "$(bare "Conversations/\$count?\$filter=timestamp%20ge%20'$T0'&apikey=$KEY")" \
	400 '... a quoted one is 400'
is "$(od 'Conversations?$top=1')" 401 \
	'key-slot=query: the key in the header is 401'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode odata-max-top=7
od 'Conversations?$top=50&$count=true' >/dev/null
is "$(n) $(jf 'd["@odata.count"]') $(jf '"@odata.nextLink" in d')" \
	"7 $TOTAL false" 'odata-max-top=7: at most 7 rows a page, no nextLink'
"$PY" "$T/scan.py" "$MOCK_URL" "$KEY" Conversations timestamp 25 \
	>"$T/scan7" 2>/dev/null
same_file "$T/scan7" "$T/scan" '... and a keyset scan asking 25 still finds every row'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode odata-nextlink=on \
	--mode odata-max-top=40
: >"$T/linked"
NEXT="$MOCK_URL/v2.4/Conversations?\$orderby=timestamp%20asc,id%20asc&apikey=$KEY"
PAGES=0
while [ -n "$NEXT" ] && [ $PAGES -lt 50 ]; do
	curl -sS -g -o "$T/body" -H "apikey: $KEY" "$NEXT"
	jf '"\n".join(r["id"] for r in d["value"])' >>"$T/linked"
	NEXT=$(jf 'd.get("@odata.nextLink", "")')
	PAGES=$((PAGES + 1))
done
is "$PAGES $(sort -u "$T/linked" | wc -l | tr -d ' ')" \
	"$(( (TOTAL + 39) / 40 )) $TOTAL" \
	'odata-nextlink=on: @odata.nextLink pages through every row'
is "$(jf '[r["id"] for r in d["value"]]' "$T/all" | tr -d '[]" ' | tr , '\n')" \
	"$(cat "$T/linked")" '... in order'
unlike "$(grep -o 'nextLink[^,]*' "$T/body" || :)" "$KEY" \
	'... without the key in the link'
od 'Conversations?$top=10' >/dev/null
is "$(jf '"@odata.nextLink" in d')" false '... not when $top asked for less'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --mode time-grain=3600
od Conversations >/dev/null
is "$(jf 'len({r["timestamp"] for r in d["value"]}) < 5, all(r["timestamp"].endswith(":00:00.000Z") for r in d["value"])')" \
	'(True, True)' 'time-grain=3600: the rows share a few whole hours'
"$PY" "$T/scan.py" "$MOCK_URL" "$KEY" Conversations timestamp 10 \
	>"$T/scang" 2>/dev/null
is "$(wc -l <"$T/scang" | tr -d ' ')" "$TOTAL" \
	'... a keyset scan still finds every row once'
ok '... and id order keeps each session in message order' "$PY" -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
by = {}
for r in rows:
    by.setdefault(r["sessionId"], []).append(r["inputId"])
for i in range(1, 31):
    v1 = [json.loads(l)["inputId"] for l in open("%s/v1.%d" % (sys.argv[2], i))]
    if by["sess_%05d" % i] != v1:
        sys.exit(1)' "$T/scang" "$T"
stop_mock

# --- faults ----------------------------------------------------------------

start_mock --sessions 30 --projects 2 --seed 7 --fault pct24 \
	--fault past-end-500=1 --fault get-body-403
: >"$MOCK_LOG"
is "$(od 'Conversations?%24top=3')" 400 'pct24: %24top is 400'
like "$(jf 'd["error"]["message"]')" '%24top' '... naming the option'
like "$(cat "$MOCK_LOG")" '"fault":"pct24"' '... logged as pct24'
is "$(od 'Conversations?$top=3')|$(n)" '200|3' '... $top is fine'
is "$(od "Conversations?\$filter=timestamp%20gt%20'$LAST'")" 500 \
	'past-end-500: a cursor past the last row is 500'
is "$(jf 'd["error"]["code"]')" 500 '... an OData error'
is "$(od "Conversations?\$filter=timestamp%20ge%20'$LAST'")|$(n)" '200|1' \
	'... a cursor on the last row is not'
is "$(od "Conversations?\$filter=timestamp%20gt%20'$LAST'")|$(n)" '200|0' \
	'... and the count runs out'
is "$(od 'Conversations?$top=1' -X GET -d x)" 403 \
	'get-body-403: an OData GET with a body is 403'
stop_mock

start_mock --sessions 30 --projects 2 --seed 7 --fault 429=1 --fault 5xx=1 \
	--fault cut=1@1
CODES="$(od 'Conversations?$top=5') $(od 'Conversations?$top=5')"
is "$CODES" '429 503' '429 and 5xx on OData reads'
is "$(jf 'd["error"]["code"]')" 503 '... OData error bodies'
is "$(od 'Conversations?$top=5')" 200 '... then 200'
cp "$T/body" "$T/top5"
fails 'cut: an OData answer is cut mid-body (curl exit 18)' 18 \
	curl -sS -g -o "$T/cut" -H "apikey: $KEY" \
	"$MOCK_URL/v2.4/Conversations?\$top=5"
ok '... after about half of it' \
	test "$(wc -c <"$T/cut")" -lt "$(wc -c <"$T/top5")" -a -s "$T/cut"
stop_mock
# --origin: the links name the tenant's public host, not the request's,
# so that two emulators answer the same bytes.
start_mock --sessions 30 --seed 7 --mode odata-nextlink=on \
	--mode odata-max-top=10 --origin https://odata.example.test/
od 'Conversations?$filter=sessionId%20eq%20%27sess_00002%27' >/dev/null
is "$(jf 'd["@odata.context"]')" \
	'https://odata.example.test/v2.4/$metadata#Conversations' \
	'--origin: @odata.context on its host'
like "$(jf 'd.get("@odata.nextLink", "")')" \
	'^https://odata.example.test/v2.4/Conversations\?.*\$skip=10' \
	'... and @odata.nextLink'
cp "$T/body" "$T/origin1"
stop_mock
start_mock --sessions 30 --seed 7 --mode odata-nextlink=on \
	--mode odata-max-top=10 --origin https://odata.example.test
od 'Conversations?$filter=sessionId%20eq%20%27sess_00002%27' >/dev/null
same_file "$T/body" "$T/origin1" '... the same bytes from another emulator'
stop_mock
fails '--origin that is not http[s]://HOST' 2 python3 "$TOP/tests/cogmock.py" \
	--port-file "$T/no.port" --origin odata.example.test
# drop: the connection closed with no answer, then the next is served.
start_mock --sessions 30 --seed 7 --fault drop=1
fails 'drop=1: an OData read gets no answer at all (curl exit 52)' 52 \
	curl -sS -g -o "$T/body" -H "apikey: $KEY" \
	"$MOCK_URL/v2.4/Conversations?\$top=5"
like "$(tail -n 1 "$MOCK_LOG")" '"status":0,.*"fault":"drop"' \
	'... logged with status 0'
is "$(od 'Conversations?$top=5')" 200 '... the next is served'
stop_mock
done_testing
