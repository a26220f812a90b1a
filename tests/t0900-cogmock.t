#!/bin/sh
# t0900-cogmock: the tenant emulator and the chat generator behave the way
# the other tests rely on.  Uses only curl(1) and python3.

. "${0%/*}/lib.sh"
need curl jq python3

PY=$(command -v python3)
GEN=$TOP/tests/chatgen.py
SCOPES='sessions:read export:manage'

# login [password]: POST a login; body in $T/body, prints the status and
# sets nothing (see take_token).
login() {
	curl -sS -o "$T/body" -D "$T/head" -w '%{http_code}' \
		-H 'Content-Type: application/json' \
		-d "{\"username\":\"demo\",\"password\":\"${1:-demo-password}\",\"scope\":\"$SCOPES\"}" \
		"$MOCK_URL/api/v1/auth/login"
}

take_token() {
	login >/dev/null && TOKEN=$(jf 'd["access_token"]')
}

# api METHOD PATH [curl option ...]: an authorised request; body in $T/body,
# headers in $T/head; prints the status.
api() {
	_m=$1
	_p=$2
	shift 2
	curl -sS -X "$_m" -o "$T/body" -D "$T/head" -w '%{http_code}' \
		-H "Authorization: Bearer $TOKEN" "$@" "$MOCK_URL$_p"
}

# walk QUERY: follow nextCursor over the session list, one id a line.
walk() {
	_c=
	while :; do
		_q=$1
		[ -n "$_c" ] && _q="$_q&cursor=$_c"
		[ "$(api GET "/api/v1/sessions?$_q")" = 200 ] || return 1
		jf '"\n".join(i["id"] for i in d["items"])' | grep .
		_c=$(jf 'd["pagination"]["nextCursor"] or ""')
		[ -n "$_c" ] || return 0
	done
}

# sign SECRET FILE: an X-Cog-Signature value for the body in FILE.
sign() {
	"$PY" -c 'import hashlib, hmac, sys, time
t = str(int(time.time()))
body = open(sys.argv[2], "rb").read()
mac = hmac.new(sys.argv[1].encode(), t.encode() + b"." + body, hashlib.sha256)
print("t=%s,v1=%s" % (t, mac.hexdigest()))' "$1" "$2"
}

# Check that every truth entry's value sits at its offsets of its string
# and that checksummed values validate.  Messages carry session_id/seq, or
# are bare records numbered per session.
cat >"$T/check_truth.py" <<'EOF'
import json, os, re, sys
sys.path.insert(0, os.path.join(os.environ["TOP"], "tests"))
import chatgen as g

def valid(kind, v):
    digits = re.sub(r"[ -]", "", v)
    if kind == "CREDIT_CARD":
        return g.luhn_valid(digits) and len(digits) in (15, 16)
    if kind == "IBAN_CODE":
        return g.iban_valid(v.replace(" ", ""))
    if kind == "UK_NHS":
        return len(digits) == 10 and g.nhs_check_digit(digits[:9]) == digits[9]
    if kind == "CRYPTO":
        return g.bech32_valid(v) if v.startswith("bc1") else \
            g.base58check_decode(v) is not None
    if kind == "US_SSN":
        a, b, c = re.split("[ -]", v)
        return a not in ("000", "666") and a[0] != "9" and b != "00" \
            and c != "0000"
    return True

msgs, seqs = {}, {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if "session_id" in r:
        key = (r["session_id"], r["seq"])
    else:
        seqs[r["sessionId"]] = seqs.get(r["sessionId"], -1) + 1
        key = (r["sessionId"], seqs[r["sessionId"]])
    msgs[key] = r
types, bad = set(), 0
for line in open(sys.argv[2], encoding="utf-8"):
    t = json.loads(line)
    v = msgs[(t["session_id"], t["seq"])]
    for m in re.finditer(r"\.(\w+)|\[(\d+)\]", t["path"]):
        v = v[m.group(1)] if m.group(1) else v[int(m.group(2))]
    if v[t["start"]:t["end"]] != t["value"]:
        print("mismatch:", t)
        bad += 1
    if not valid(t["type"], t["value"]):
        print("invalid checksum:", t)
        bad += 1
    types.add(t["type"])
print(len(types), "types")
sys.exit(1 if bad else 0)
EOF

# --- the generator ----------------------------------------------------------

ok 'chatgen --help' "$PY" "$GEN" --help
"$PY" "$GEN" --sessions 40 --seed 3 --truth "$T/t1" >"$T/c1"
"$PY" "$GEN" --sessions 40 --seed 3 --truth "$T/t2" >"$T/c2"
same_file "$T/c1" "$T/c2" 'chatgen output is deterministic'
same_file "$T/t1" "$T/t2" 'chatgen truth is deterministic'
"$PY" "$GEN" --sessions 3 --first-session 5 --seed 3 >"$T/c3"
grep -E '"session_id":"sess_0000[567]"' "$T/c1" >"$T/c1part"
same_file "$T/c1part" "$T/c3" 'a session does not depend on the others'
like "$(head -n 1 "$T/c1")" \
	'^\{"session_id":"sess_00001","seq":0,"inputId":"[0-9a-f-]{36}","sessionId":"sess_00001","timestamp":"[0-9T:.-]+Z","source":"(bot|user|agent)","text":' \
	'chatgen lines have the cog-fetch shape'
ok 'every truth value is at its offsets and valid' "$PY" "$T/check_truth.py" \
	"$T/c1" "$T/t1"
"$PY" "$GEN" --sessions 200 --truth "$T/t200" >"$T/c200"
like "$("$PY" "$T/check_truth.py" "$T/c200" "$T/t200")" '^15 types' \
	'200 sessions plant all 15 entity types'
"$PY" "$GEN" --bytes 64K >"$T/c64"
ok '--bytes 64K writes at least 64 KiB' \
	test "$(wc -c <"$T/c64")" -ge 65536
"$PY" "$GEN" --sessions 150 --names tune --truth "$T/ttune" >/dev/null
"$PY" "$GEN" --sessions 150 --names eval --truth "$T/teval" >/dev/null
ok 'tune and eval names are disjoint' "$PY" -c '
import json, sys
def names(path):
    return {w for line in open(path, encoding="utf-8")
            for t in [json.loads(line)] if t["type"] == "PERSON"
            for w in t["value"].lower().split()}
a, b = names(sys.argv[1]), names(sys.argv[2])
print(sorted(a & b)); sys.exit(bool(a & b) or not a or not b)' \
	"$T/ttune" "$T/teval"

# --- the emulator: API --------------------------------------------------------

ok 'cogmock --help' "$PY" "$TOP/tests/cogmock.py" --help
COG_WEBHOOK_SECRET=s3cret
export COG_WEBHOOK_SECRET
start_mock --sessions 30 --seed 7 --truth "$T/mtruth" \
	--webhook-log "$T/hooks.log"
unset COG_WEBHOOK_SECRET

is "$(curl -s -o /dev/null -w '%{http_code}' "$MOCK_URL/_mock/health")" 200 \
	'health answers 200'
is "$(login)" 200 'login with the right password'
is "$(jf 'd["expires_in"], d["token_type"], d["scope"]')" \
	"(3600, 'Bearer', 'sessions:read export:manage')" \
	'login grants both scopes for an hour'
TOKEN=$(jf 'd["access_token"]')
is "$(login wrong)" 401 'login with a wrong password is 401'
is "$(curl -s -o "$T/body" -D "$T/head" -w '%{http_code}' \
	"$MOCK_URL/api/v1/sessions")" 401 'no token is 401'
like "$(hdr WWW-Authenticate)" '^Bearer error="invalid_token"' \
	'401 carries WWW-Authenticate'
is "$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer nope' \
	"$MOCK_URL/api/v1/sessions")" 401 'an unknown token is 401'

walk 'pageSize=7&startId=sess_00001&endId=sess_00030' >"$T/ids"
is "$(wc -l <"$T/ids" | tr -d ' '),$(sort -u "$T/ids" | wc -l | tr -d ' ')" \
	'30,30' 'pagination walks 30 sessions without duplicates'
is "$(head -n 1 "$T/ids") $(tail -n 1 "$T/ids")" 'sess_00001 sess_00030' \
	'pagination keeps id order'
is "$(walk 'pageSize=3&startId=sess_005&endId=sess_012' | tr '\n' ' ')" \
	'sess_00005 sess_00006 sess_00007 sess_00008 sess_00009 sess_00010 sess_00011 sess_00012 ' \
	'the range is inclusive and accepts short ids'
is "$(api GET '/api/v1/sessions?pageSize=1001')" 400 'pageSize over 1000 is 400'
is "$(api GET '/api/v1/sessions?cursor=bogus')" 400 'a bad cursor is 400'

api GET '/api/v1/sessions?startId=sess_00007&endId=sess_00007' >/dev/null
SHA=$(jf 'd["items"][0]["sha256"]')
SIZE=$(jf 'd["items"][0]["bytes"]')
is "$(api GET /api/v1/sessions/sess_00007/transcript)" 200 'transcript is 200'
cp "$T/body" "$T/s7"
is "$(sha256sum <"$T/s7" | cut -d' ' -f1)" "$SHA" \
	'transcript sha256 matches the list item'
is "$(wc -c <"$T/s7" | tr -d ' ')" "$SIZE" 'transcript size matches'
is "$(hdr Repr-Digest)" "sha-256=:$("$PY" -c 'import base64, sys
print(base64.b64encode(bytes.fromhex(sys.argv[1])).decode())' "$SHA"):" \
	'Repr-Digest is the SHA-256 of the transcript'
is "$(hdr Content-Type)" 'application/x-ndjson' 'transcript is NDJSON'
is "$(api GET /api/v1/sessions/sess_00007/transcript -H 'Range: bytes=100-')" \
	206 'Range gives 206'
is "$(hdr Content-Range)" "bytes 100-$((SIZE - 1))/$SIZE" 'Content-Range'
head -c 100 "$T/s7" | cat - "$T/body" >"$T/s7b"
same_file "$T/s7" "$T/s7b" 'prefix plus 206 body is the transcript'
is "$(api GET /api/v1/sessions/sess_00007/transcript \
	-H "Range: bytes=$SIZE-")" 416 'Range at the end is 416'
is "$(hdr Content-Range)" "bytes */$SIZE" '416 names the size'
is "$(api GET /api/v1/sessions/sess_00031/transcript)" 404 \
	'an unknown session is 404'

for i in $(seq 1 30); do
	api GET "/api/v1/sessions/$(printf 'sess_%05d' "$i")/transcript" \
		>/dev/null
	cat "$T/body"
done >"$T/all"
ok 'emulator truth matches its transcripts' "$PY" "$T/check_truth.py" \
	"$T/all" "$T/mtruth"
unlike "$(cat "$MOCK_LOG")" "$TOKEN" 'the request log holds no token'
like "$(grep '"/api/v1/sessions/sess_00007/transcript"' "$MOCK_LOG" | head -n 1)" \
	'"status":200,"range":null,"auth":true,"bytes":[1-9]' \
	'the request log records status, range, auth and bytes'

RULES='"redaction_rules":[{"entity_type":"PERSON","replacement_strategy":"hash","mask_character":"*","min_length":3}]'
job() {	# job EXTRA-JSON: POST an export request for sess_001..sess_010
	api POST /api/v1/export/jobs -H 'Content-Type: application/json' \
		-d "{\"session_id_start\":\"sess_001\",\"session_id_end\":\"sess_010\",$1}"
}
is "$(job "$RULES,\"colour\":\"red\"")" 422 'an unknown field is 422'
like "$(jf 'd["error"] + " " + d["message"]')" \
	'^validation_error colour: extra inputs' '422 names the field'
is "$(job "$RULES,\"output_format\":\"pdf\"")" 422 'an unknown format is 422'
is "$(job '"redaction_rules":[]')" 422 'no rule is 422'
is "$(job "$RULES,\"max_storage_mb\":0")" 413 'a range over quota is 413'
is "$(job "$RULES,\"output_format\":\"csv\",\"max_storage_mb\":5")" 202 \
	'a valid export request is 202'
JOB=$(jf 'd["jobId"]')
like "$JOB" '^job_[0-9a-f]+$' 'the job id'
STATES=
for i in 1 2 3 4; do
	api GET "/api/v1/export/jobs/$JOB" >/dev/null
	STATES="$STATES $(jf 'd["status"]'):$(jf 'd["progress"]')"
done
like "$STATES" '^ QUEUED:0 PROCESSING:([1-9][0-9]) PROCESSING:([1-9][0-9]) COMPLETED:100$' \
	'job goes QUEUED, PROCESSING, COMPLETED'
is "$(jf 'd["sessionCount"]')" 10 'job counts its sessions'

printf '{"eventType":"export_status_sync","jobId":"%s","status":"COMPLETED"}' \
	"$JOB" >"$T/event"
hook() {	# hook SECRET: deliver $T/event signed with SECRET
	curl -sS -o "$T/body" -w '%{http_code}' \
		-H 'Content-Type: application/json' \
		-H "X-Cog-Signature: $(sign "$1" "$T/event")" \
		--data-binary @"$T/event" "$MOCK_URL/hooks/export"
}
is "$(hook s3cret)" 200 'webhook delivery is 200'
is "$(jf 'd')" '{"received": true}' 'webhook answers received'
hook wrong >/dev/null
is "$("$PY" -c 'import json, sys
print(" ".join(str(json.loads(l)["signature_ok"]) for l in open(sys.argv[1])))' \
	"$T/hooks.log")" 'True False' \
	'signature_ok is true with the secret and false without'
like "$(head -n 1 "$T/hooks.log")" \
	'"path":"/hooks/export","headers":\{"X-Cog-Signature":"t=[0-9]+,v1=[0-9a-f]{64}","Content-Type":"application/json"\},"body":\{"eventType":"export_status_sync"' \
	'the webhook log records headers and body'

stop_mock
start_mock --sessions 30 --seed 7
take_token
api GET /api/v1/sessions/sess_00007/transcript >/dev/null
same_file "$T/s7" "$T/body" 'the same seed serves the same transcript'
stop_mock
start_mock --sessions 30 --seed 8
take_token
api GET '/api/v1/sessions?startId=sess_00007&endId=sess_00007' >/dev/null
unlike "$(jf 'd["items"][0]["sha256"]')" "$SHA" \
	'another seed serves other transcripts'

# --- the emulator: faults ---------------------------------------------------

stop_mock
start_mock --fault no-scope=export:manage --fault 429=2 --fault 5xx=3
take_token
CODES=
AFTER=
for i in 1 2 3 4 5 6; do
	CODES="$CODES $(api GET /api/v1/sessions)"
	AFTER="$AFTER|$(hdr Retry-After)"
done
is "$CODES" ' 429 429 503 500 502 200' 'counted 429 and 5xx faults'
like "$AFTER" '^\|1\|[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT\|\|\|\|$' \
	'Retry-After alternates seconds and an HTTP-date'
like "$(grep '"status":429' "$MOCK_LOG" | head -n 1)" '"fault":"429"' \
	'the log names the injected fault'
take_token
is "$(jf 'd["scope"]')" 'sessions:read' 'no-scope withholds the scope'
is "$(job "$RULES")" 403 'a call needing the withheld scope is 403'
is "$(jf 'd["error"], d["scope"], d["message"]')" \
	"('insufficient_scope', 'export:manage', 'token lacks scope export:manage')" \
	'403 names the missing scope'
is "$(api GET /api/v1/sessions)" 200 'the granted scope still works'

stop_mock
start_mock --fault 5xx=0.5 --seed 4
take_token
for i in $(seq 1 20); do api GET /api/v1/sessions; echo; done >"$T/codes"
ok 'a 5xx rate fails some requests and passes others' \
	sh -c "grep -q '^200' '$T/codes' && grep -q '^50[023]' '$T/codes'"

stop_mock
start_mock --fault cut=1
take_token
api GET '/api/v1/sessions?startId=sess_00002&endId=sess_00002' >/dev/null
SIZE=$(jf 'd["items"][0]["bytes"]')
fails 'cut closes the connection mid-body (curl exit 18)' 18 \
	curl -sS -o "$T/cut" -H "Authorization: Bearer $TOKEN" \
	"$MOCK_URL/api/v1/sessions/sess_00002/transcript"
ok 'cut sends about half the body' \
	test "$(wc -c <"$T/cut")" -lt "$SIZE" -a "$(wc -c <"$T/cut")" -gt 0
is "$(api GET /api/v1/sessions/sess_00002/transcript)" 200 \
	'the next request is whole'

stop_mock
start_mock --fault ignore-range --latency-ms 1500
take_token
is "$(api GET /api/v1/sessions/sess_00002/transcript -H 'Range: bytes=10-')" \
	200 'ignore-range answers a Range request with 200'
is "$(hdr Content-Range)" '' 'and without Content-Range'
"$PY" -c 'import time; print(time.time())' >"$T/t0"
PIDS=
for i in 1 2 3 4; do
	curl -s -o /dev/null -w '%{time_total}\n' \
		-H "Authorization: Bearer $TOKEN" \
		"$MOCK_URL/api/v1/sessions/sess_0000$i/transcript" >"$T/lat$i" &
	PIDS="$PIDS $!"
done
wait $PIDS
ok 'latency delays each response and requests run concurrently' \
	"$PY" -c 'import sys, time
each = [float(open(f).read()) for f in sys.argv[2:]]
total = time.time() - float(open(sys.argv[1]).read())
print(each, total)
# Served one after another, four answers would take 6 s or more; the
# bound leaves a busy machine room without timing anything closely.
sys.exit(not (min(each) >= 1.49 and total < 5.0))' "$T/t0" "$T"/lat?

stop_mock
start_mock --fault auth-fail=1 --fault bad-digest=1 --fault slow=1 \
	--fault export-fail=1 --fault hook-5xx=1 --job-polls 1 \
	--webhook-log "$T/hooks2.log"
is "$(login)" 401 'auth-fail makes the login fail'
is "$(login)" 200 'the next login works'
TOKEN=$(jf 'd["access_token"]')
TIME=$(curl -sS -o "$T/body" -D "$T/head" -w '%{time_total}' \
	-H "Authorization: Bearer $TOKEN" \
	"$MOCK_URL/api/v1/sessions/sess_00003/transcript")
unlike "$(hdr Repr-Digest)" "$("$PY" -c 'import base64, hashlib, sys
print(base64.b64encode(hashlib.sha256(open(sys.argv[1], "rb").read()).digest()).decode())' \
	"$T/body")" 'bad-digest sends a wrong Repr-Digest'
ok 'slow trickles the body over about a second' \
	"$PY" -c 'import sys; sys.exit(float(sys.argv[1]) < 0.8)' "$TIME"

is "$(job "$RULES")" 202 'export job accepted'
JOB=$(jf 'd["jobId"]')
api GET "/api/v1/export/jobs/$JOB" >/dev/null
api GET "/api/v1/export/jobs/$JOB" >/dev/null
is "$(jf 'd["status"]')" FAILED 'export-fail ends the job FAILED'
like "$(jf 'd["errorMessage"]')" . 'with an errorMessage'
CODES="$(hook x) $(hook x)"
is "$CODES" '503 200' 'hook-5xx makes the receiver fail once'
is "$("$PY" -c 'import json, sys
print(" ".join(str(json.loads(l)["accepted"]) for l in open(sys.argv[1])))' \
	"$T/hooks2.log")" 'False True' 'both deliveries are logged, one refused'

stop_mock
start_mock --fault token-ttl=1
is "$(login)" 200 'login under token-ttl'
is "$(jf 'd["expires_in"]')" 1 'token-ttl sets expires_in'
TOKEN=$(jf 'd["access_token"]')
sleep 1.1
is "$(api GET /api/v1/sessions)" 401 'the token really expires'
is "$(jf 'd["message"]')" 'token expired' 'expiry is reported as such'

# Expiry that needs no clock: on request, or after a number of uses.
stop_mock
start_mock --fault token-uses=2
take_token
is "$(api GET /api/v1/sessions) $(api GET /api/v1/sessions)" '200 200' \
	'token-uses=2: a token is good twice'
is "$(api GET /api/v1/sessions)" 401 '... and expired the third time'
is "$(jf 'd["message"]')" 'token expired' '... reported as such'
take_token
is "$(api GET /api/v1/sessions)" 200 '... while a new token is good'
is "$(curl -sS -o "$T/body" -w '%{http_code}' -X POST \
	"$MOCK_URL/_mock/expire-tokens")" 200 'POST /_mock/expire-tokens'
is "$(api GET /api/v1/sessions)" 401 '... expires every token at once'
take_token
is "$(api GET /api/v1/sessions)" 200 '... but not those issued after'

# The log line of an answer is there before the answer: read the head of a
# slow transcript (its body takes about a second) and look at the log
# before reading on.
stop_mock
start_mock --fault slow
take_token
: >"$MOCK_LOG"
ok 'a request is logged before its answer is sent' "$PY" -c '
import socket, sys, time
port, token, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
s = socket.create_connection(("127.0.0.1", port))
s.sendall(("GET /api/v1/sessions/sess_00004/transcript HTTP/1.1\r\n"
           "Host: x\r\nAuthorization: Bearer %s\r\n\r\n" % token).encode())
head = b""
while b"\r\n\r\n" not in head:
    head += s.recv(1)
lines = [l for l in open(log) if "sess_00004/transcript" in l]
print(head.split(b"\r\n")[0], lines)
sys.exit(not (head.startswith(b"HTTP/1.1 200") and len(lines) == 1 and
              "\"status\":200" in lines[0]))' \
	"${MOCK_URL##*:}" "$TOKEN" "$MOCK_LOG"

stop_mock
done_testing
