#!/bin/sh
# cog-notify: the payload, its signature as the receiver checks it,
# retries, the spool and --flush (exactly once), https only, no secret out.
. "${0%/*}/lib.sh"
need jq

COG_AUDIT_KEY=audit-key-0123456789abcdef
COG_WEBHOOK_SECRET=hook-secret-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
export COG_AUDIT_KEY COG_WEBHOOK_SECRET

printf '%s\n' '{"session_id":"s1","text":"[EMAIL_ADDRESS_0123456789abcdef]"}' |
    cog-audit --job job_42 >"$T/entry"

# --- refusals --------------------------------------------------------------------

fails 'no --url is a usage error' 2 cog-notify </dev/null
cog-notify --url http://192.0.2.1:9/hooks/x <"$T/entry" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'an http URL is refused'
like "$(head -n 1 "$T/err")" "^cog-notify: --url: refusing plain http to 'http://192.0.2.1:9/hooks/x': use https, or --allow-http$" \
    '... saying how to allow it'
cog-notify --allow-http --url http://192.0.2.1:9/hooks/x --retries 0 \
    --retry-max-time 1 <"$T/entry" >"$T/out" 2>"$T/err"
like "$(head -n 1 "$T/err")" "^cog-notify: warning: --url: sending over plain http to '192.0.2.1'$" \
    '--allow-http lets it through, with a warning'
cog-notify --allow-http --url ftp://x/y <"$T/entry" >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" "^2:cog-notify: --url: 'ftp://x/y' is not an http or https URL" \
    'an ftp URL is refused, even with --allow-http'
env -u COG_WEBHOOK_SECRET cog-notify --url https://x.invalid/h \
    <"$T/entry" >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    '2:cog-notify: no signing secret: set COG_WEBHOOK_SECRET' \
    'no secret exits 2'
COG_WEBHOOK_SECRET=short cog-notify --url https://x.invalid/h <"$T/entry" \
    >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*too short' 'a short secret is refused'
fails '--flush with --spool is a usage error' 2 cog-notify --flush a --spool b
fails '--flush with an operand is a usage error' 2 cog-notify --flush a b
fails '--base-url is no option of cog-notify' 2 cog-notify --base-url x

# --- delivery ----------------------------------------------------------------------

start_mock --webhook-log "$T/hooks" || exit 1
HOOK=$MOCK_URL/hooks/export
cog-notify --allow-http --url "$HOOK" <"$T/entry" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'an audit entry is delivered'
is "$(cat "$T/out")" \
    '{"event":1,"status":"delivered","http_status":200,"attempts":1}' \
    '... one result line'
is "$(jq -c '[.signature_ok, .accepted, .path]' "$T/hooks")" \
    '[true,true,"/hooks/export"]' '... its signature checked by the receiver'
like "$(jq -r '.headers["X-Cog-Signature"]' "$T/hooks")" \
    '^t=[0-9]+,v1=[0-9a-f]{64}$' '... as X-Cog-Signature: t=...,v1=...'
is "$(jq -c '.body | [.eventType, .jobId, .status, .complianceTag]' \
    "$T/hooks")" '["export_status_sync","job_42","COMPLETED","pii_masked_v1"]' \
    "... the seed's payload"
is "$(jq -c .body.metrics "$T/hooks")" "$(jq -c .metrics "$T/entry")" \
    "... with the entry's metrics"
is "$(jq -c '.body.audit | [.entry_hash, .data_sha256]' "$T/hooks")" \
    "$(jq -c '[.entry_hash, .data_sha256]' "$T/entry")" \
    '... and its hashes'
like "$(jq -r .body.timestamp "$T/hooks")" \
    '^20[0-9-]{8}T[0-9:]{8}\.[0-9]{3}Z$' '... and a timestamp'
is "$(jq -r '.body | keys_unsorted | join(" ")' "$T/hooks")" \
    'eventType timestamp jobId status metrics complianceTag audit' \
    '... members in order'

cog-notify --url "$HOOK" <"$T/entry" >"$T/out2" 2>"$T/err"
is "$?:$(cat "$T/err"):$(jq -r .status "$T/out2")" 0::delivered \
    'plain http to the loopback needs no --allow-http, as for the tenant'

# Other events: a status line of cog-export, --status, --raw, bad lines.
: >"$T/hooks"
printf '%s\n' \
    '{"jobId":"job_9","status":"FAILED","progress":40,"errorMessage":"disk full"}' \
    '' 'not json' '[1,2]' '{"jobId":"job_10","status":"COMPLETED"}' |
    cog-notify --allow-http --url "$HOOK" >"$T/out" 2>"$T/err"
is $? 1 'a line that is no event makes the exit status 1'
is "$(jq -c '[.event, .status]' "$T/out" | tr '\n' ' ')" \
    '[1,"delivered"] [2,"failed"] [3,"failed"] [4,"delivered"] ' \
    '... the others are delivered, in order'
like "$(cat "$T/err")" '^cog-notify: <stdin>:3: invalid JSON' '... naming it'
is "$(jq -c '.body | [.jobId, .status, .errorMessage, .metrics]' "$T/hooks" |
    tr '\n' ' ')" '["job_9","FAILED","disk full",{}] ["job_10","COMPLETED",null,{}] ' \
    "cog-export's status lines keep their status and errorMessage"
: >"$T/hooks"
cog-notify --allow-http --url "$HOOK" --status PARTIAL <"$T/entry" >/dev/null
is "$(jq -r .body.status "$T/hooks")" PARTIAL '--status sets the status'
: >"$T/hooks"
printf '%s\n' '{"any":"thing"}' '[1,2]' |
    cog-notify --allow-http --url "$HOOK" --raw >/dev/null
is "$(jq -c .body "$T/hooks" | tr '\n' ' ')" '{"any":"thing"} [1,2] ' \
    '--raw sends the lines as they are'
stop_mock

# The receiver with another secret says the signature is bad.
COG_WEBHOOK_SECRET=another-secret-0123456789 start_mock \
    --webhook-log "$T/hooks2" || exit 1
cog-notify --allow-http --url "$MOCK_URL/hooks/x" <"$T/entry" >"$T/out" \
    2>/dev/null
st=$?
is "$(jq -c '[.signature_ok, .accepted, .refused]' "$T/hooks2")" \
    '[false,false,"bad signature"]' \
    'a signature made with another secret does not check'
is "$st:$(jq -c '[.status, .http_status, .attempts]' "$T/out")" \
    '1:["failed",401,1]' '... the delivery refused with 401, not retried'
stop_mock

# --- the receiver's replay protection ------------------------------------------------

# A receiver takes a signature only while its t is recent: one seen on the
# wire cannot be sent again later.
start_mock --webhook-log "$T/rhooks" || exit 1
jq -c '{eventType:"export_status_sync",jobId:"job_r"}' -n >"$T/revent"
sign_at() {	# sign_at TIME: X-Cog-Signature of $T/revent made at TIME
	python3 -c 'import hashlib, hmac, os, sys
body = open(sys.argv[2], "rb").read()
mac = hmac.new(os.environ["COG_WEBHOOK_SECRET"].encode(),
               sys.argv[1].encode() + b"." + body, hashlib.sha256)
print("t=%s,v1=%s" % (sys.argv[1], mac.hexdigest()))' "$1" "$T/revent"
}
post() {	# post HEADER: POST $T/revent with it, print the status
	curl -sS -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
	    -H "$1" --data-binary @"$T/revent" "$MOCK_URL/hooks/x"
}
now=$(date +%s)
is "$(post "X-Cog-Signature: $(sign_at "$now")")" 200 \
    'a fresh signed delivery is accepted'
is "$(post "X-Cog-Signature: $(sign_at $((now - 600)))")" 401 \
    'the same event signed ten minutes ago is refused'
is "$(post "X-Cog-Signature: $(sign_at $((now + 600)))")" 401 \
    '... and one signed ten minutes ahead'
is "$(post "X-Cog-Signature: t=$now,v1=$(printf '%064d' 0)")" 401 \
    'a fresh t with a bad signature is refused'
is "$(post 'X-Other: 1')" 401 '... and no signature'
is "$(jq -c '[.accepted, .refused]' "$T/rhooks" | tr '\n' ' ')" \
    '[true,null] [false,"stale timestamp"] [false,"timestamp in the future"] [false,"bad signature"] [false,"no signature"] ' \
    '... each logged with the reason'
stop_mock

# --- retries and the spool ----------------------------------------------------------

start_mock --webhook-log "$T/hooks" --fault hook-5xx=2 || exit 1
: >"$T/hooks"
cog-notify --allow-http --url "$MOCK_URL/hooks/x" --retries 3 -v \
    <"$T/entry" >"$T/out" 2>"$T/err"
is "$?:$(jq -c '[.status, .attempts]' "$T/out")" '0:["delivered",3]' \
    '503 answers are retried'
is "$(jq -c '[.accepted, .signature_ok]' "$T/hooks" | tr '\n' ' ')" \
    '[false,true] [false,true] [true,true] ' \
    '... the receiver saw three signed tries'
is "$(grep -c 'HTTP 503; retry [0-9]/3' "$T/err")" 2 '... logged with -v'
stop_mock

start_mock --webhook-log "$T/hooks" --fault hook-5xx=3 || exit 1
: >"$T/hooks"
for j in 1 2 3; do
	cog-audit --job "job_$j" </dev/null
done >"$T/three"
cog-notify --allow-http --url "$MOCK_URL/hooks/x" --retries 0 \
    --spool "$T/spool" <"$T/three" >"$T/out" 2>"$T/err"
is $? 1 'events not delivered exit 1'
is "$(jq -c '[.status, .http_status, .attempts, .error]' "$T/out" |
    sort -u)" '["spooled",503,1,"HTTP 503"]' '... each spooled'
like "$(head -n 1 "$T/err")" '^cog-notify: event 1 not delivered: HTTP 503 \(spooled\)$' \
    '... and named on stderr'
is "$(ls "$T/spool" | tr '\n' ' ')" \
    "$(jq -r .spool "$T/out" | tr '\n' ' ')" '... one file per event'
is "$(stat -c %a "$T/spool") $(stat -c %a "$T/spool"/* | sort -u)" '700 600' \
    '... private: the directory 0700, the files 0600'
is "$(ls -A "$T/spool" | grep -c '^\.')" 0 '... no temporary file left'
cog-notify --flush "$T/spool" --allow-http >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--flush delivers them'
is "$(jq -c '[.event, .status]' "$T/out" | tr '\n' ' ')" \
    '[1,"delivered"] [2,"delivered"] [3,"delivered"] ' '... one line each'
is "$(ls "$T/spool")" '' '... and empties the spool'
is "$(jq -r 'select(.accepted) | .body.jobId' "$T/hooks" | tr '\n' ' ')" \
    'job_1 job_2 job_3 ' '... each event accepted once, in order'
is "$(jq -r 'select(.accepted) | .signature_ok' "$T/hooks" | sort -u)" true \
    '... signed anew'
cog-notify --flush "$T/spool" --allow-http >"$T/out"
is "$?:$(cat "$T/out")" 0: 'a second flush sends nothing'
stop_mock

# Two flushes at once never send an event twice.
start_mock --webhook-log "$T/hooks" --latency-ms 20 --fault hook-5xx || exit 1
for j in $(seq 1 12); do
	cog-audit --job "job_$j" </dev/null
done | cog-notify --allow-http --url "$MOCK_URL/hooks/x" --retries 0 \
    --spool "$T/spool" >/dev/null 2>&1
is "$(ls "$T/spool" | wc -l | tr -d ' ')" 12 'twelve events spooled'
stop_mock
start_mock --webhook-log "$T/hooks3" --latency-ms 20 || exit 1
cog-notify --flush "$T/spool" --allow-http --url "$MOCK_URL/hooks/x" \
    >"$T/f1" 2>&1 &
p1=$!
cog-notify --flush "$T/spool" --allow-http --url "$MOCK_URL/hooks/x" \
    >"$T/f2" 2>&1 &
p2=$!
wait $p1 $p2
is "$(jq -r .body.jobId "$T/hooks3" | sort | uniq -d)" '' \
    'two flushes at once: no event delivered twice'
is "$(jq -r .body.jobId "$T/hooks3" | wc -l | tr -d ' ')" 12 \
    '... and every one delivered'
is "$(jq -r .body.jobId "$T/hooks3" | tr '\n' ' ')" \
    "$(seq 1 12 | sed 's/^/job_/' | tr '\n' ' ')" '... in the order spooled'
stop_mock

# A flush that still fails leaves the events; a dead receiver is retried.
start_mock --webhook-log "$T/hooks" --fault hook-5xx || exit 1
cog-audit --job job_x </dev/null | cog-notify --allow-http --retries 0 \
    --url "$MOCK_URL/hooks/x" --spool "$T/spool" >/dev/null 2>&1
cog-notify --flush "$T/spool" --allow-http --retries 1 >"$T/out" 2>"$T/err"
is "$?:$(jq -c '[.status, .http_status, .attempts]' "$T/out")" \
    '1:["failed",503,2]' 'a flush that fails exits 1'
is "$(ls "$T/spool" | wc -l | tr -d ' ')" 1 '... and keeps the event'
like "$(cat "$T/err")" 'not delivered: HTTP 503 \(left in the spool\)$' \
    '... saying so'
stop_mock
cog-notify --allow-http --url "http://127.0.0.1:1/hooks/x" --retries 1 \
    --retry-max-time 5 <"$T/entry" >"$T/out" 2>"$T/err"
is "$?:$(jq -c '[.status, .http_status, .attempts]' "$T/out")" \
    '1:["failed",null,2]' 'a refused connection is retried, then failed'
echo '{"url":"http://192.0.2.1:1/x","body":{}}' \
    >"$T/spool/00000000000000000001-1-000001.json"
cog-notify --flush "$T/spool" >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:cog-notify: 00000000000000000001-1-000001.json: refusing plain http' \
    'a flush to a spooled http URL needs --allow-http too'

# No secret in any output, log or spool file.
start_mock --webhook-log "$T/hooks" --fault hook-5xx=1 || exit 1
cog-notify -v --allow-http --url "$MOCK_URL/hooks/x" --retries 0 \
    --spool "$T/spool2" <"$T/entry" >"$T/out" 2>"$T/err"
cog-notify -v --flush "$T/spool2" --allow-http >>"$T/out" 2>>"$T/err"
ok 'the secret is in no output, log or spool file' sh -c '
	! grep -rqF -- "$COG_WEBHOOK_SECRET" "$1" "$2" "$3" "$4" "$5"' sh \
    "$T/out" "$T/err" "$T/spool2" "$T/hooks" "$MOCK_LOG"
stop_mock
done_testing
