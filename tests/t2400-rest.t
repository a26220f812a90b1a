#!/bin/sh
# The tools against the Cognigy.AI REST API v2.0 (--api rest) of the
# emulator: an API key or OAuth2, the conversation list of a project,
# the conversations as the records of cog-record(5), and every REST
# switch of the emulator, each ending with the output of a clean run.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"

PY=$(command -v python3)
COG_API=rest
COG_API_KEY=rest-key-0123456789
P1=65a1b2c3d4e5f60718290001
export COG_API COG_API_KEY
ODD='sess_00001 sess_00003 sess_00005 sess_00007 sess_00009 sess_00011'

# field EXPR FILE: a Python expression over the JSON lines of FILE (r).
lines() {
	"$PY" -c 'import json, sys
r = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
v = eval(sys.argv[2])
print(json.dumps(v) if isinstance(v, (dict, list, bool)) or v is None else v)' \
		"$2" "$1"
}

# clean: the list and the records of a fault-free run, the reference.
net_mock --sessions 12 --projects 2 --seed 5
cog-auth >"$T/auth" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-auth with an API key'
is "$(cat "$T/auth")" \
    "{\"base_url\":\"$MOCK_URL\",\"credential\":\"api_key\",\"from\":\"COG_API_KEY\"}" \
    '... names the credential, and where it came from'
is "$(requests /new/v2.0/users/me)" 1 '... checked with users/me'
is "$(cog-auth --status)" "$(cat "$T/auth")" '--status says the same'
cog-auth -p >"$T/out" 2>"$T/err"
is "$?:$(wc -c <"$T/out")" 2:0 'the key is never printed'
like "$(cat "$T/err")" 'an API key \(COG_API_KEY\), which is never printed' \
    '... and cog-auth says so'
ok 'nothing is cached for a key' sh -c "! ls '$XDG_CACHE_HOME'/cog/token-* 2>/dev/null"
COG_API_KEY=wrong cog-auth >/dev/null 2>"$T/err"
is "$?" 2 'a wrong key fails'
like "$(cat "$T/err")" '^cog-auth: token rejected: unauthorized: the API key is not valid \(401, code 401, trace api--[0-9a-f-]+\)' \
    '... with the RFC 7807 answer in one line'

cog-sessions --project $P1 >"$T/list" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-sessions --project'
is "$(lines '" ".join(i["id"] for i in r)' "$T/list")" "$ODD" \
    '... lists the sessions of the project, in order'
is "$(lines 'sorted(set(k for i in r for k in ("id", "projectId", "startedAt", "endedAt", "messageCount") if k in i))' "$T/list")" \
    '["endedAt", "id", "messageCount", "projectId", "startedAt"]' \
    '... with id, project, times and message count'
is "$(lines 'r[0]["messageCount"] == r[0]["messages"] and r[0]["startedAt"] == r[0]["startTime"]' "$T/list")" \
    true '... taken from the item, which is kept'
like "$(grep -o '"query":"[^"]*"' "$MOCK_LOG" | tail -n 1)" \
    "^\"query\":\"projectId=$P1&limit=100\"\$" '... asking for the project'
cog-sessions --from sess_00001 --to sess_00001 >/dev/null 2>"$T/err"
like "$(cat "$T/err")" 'this API lists one project: give --project' \
    'the REST list needs a project'

cog-fetch --dir "$T/ref.d" <"$T/list" >"$T/ref" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-fetch'
is "$(lines 'len(r)' "$T/ref")" \
    "$(lines 'sum(i["messageCount"] for i in r)' "$T/list")" \
    '... one record per message'
is "$(lines 'sorted(set(tuple(list(x)[:3]) for x in r))' "$T/ref")" \
    '[["session_id", "seq", "raw_sha256"]]' \
    '... session_id, seq and raw_sha256 first'
ok '... text, data, source and an ISO time, in time order; no inputText' \
    "$PY" -c '
import json, re, sys
r = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
iso = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")
by = {}
for x in r:
    by.setdefault(x["session_id"], []).append(x)
ok = all(isinstance(x["text"], str) and isinstance(x["data"], dict) and
         x["source"] in ("user", "bot", "agent") and iso.match(x["timestamp"])
         and "inputText" not in x and "inputData" not in x and
         x["sessionId"] == x["session_id"] for x in r)
for s in by.values():
    ok = ok and [x["seq"] for x in s] == list(range(len(s))) and \
        [x["timestamp"] for x in s] == sorted(x["timestamp"] for x in s)
sys.exit(not ok)' "$T/ref"
ok '... the raw files are the server answers, in the manifest' \
    sh -c "cd '$T/ref.d' && sha256sum -c --quiet manifest.sha256"
is "$(lines 'sorted(set((x["session_id"], x["raw_sha256"]) for x in r))' "$T/ref")" \
    "$(cd "$T/ref.d" && awk '{ sub(/\.jsonl$/, "", $2); printf "%s %s\n", $2, $1 }' manifest.sha256 |
	sort | "$PY" -c 'import json, sys
print(json.dumps([l.split() for l in sys.stdin]))')" \
    '... whose digests the records carry'
curl -sS -H "X-API-Key: $COG_API_KEY" -H 'Accept: application/json' \
    "$MOCK_URL/new/v2.0/conversations/sess_00003" >"$T/conv3"
same_file "$T/ref.d/sess_00003.jsonl" "$T/conv3" '... as curl gets them'
ok 'the key is in no output, log or raw file' sh -c \
    "! grep -rq '$COG_API_KEY' '$T/ref' '$T/ref.d' '$T/list' '$MOCK_LOG'"
echo sess_00099 | cog-fetch >/dev/null 2>"$T/err"
is "$?" 1 'an unknown session fails'
like "$(cat "$T/err")" "^cog-fetch: session 'sess_00099': not found: no conversation with sessionId 'sess_00099' \\(404, code 1002, trace api--[0-9a-f-]+\\)\$" \
    '... in one line: title, detail, status, code and trace'
echo 'sess_00003' | COG_API_KEY= COG_API_KEY_FILE="$T/ref.d/nokey" \
    cog-fetch >/dev/null 2>"$T/err"
like "$(cat "$T/err")" "cannot read COG_API_KEY_FILE '$T/ref.d/nokey'" \
    'COG_API_KEY_FILE that is not there'
printf '%s\n' "$COG_API_KEY" >"$T/key"
chmod 600 "$T/key"
grep '"sess_00003"' "$T/list" | COG_API_KEY= COG_API_KEY_FILE="$T/key" \
    cog-fetch >"$T/out" 2>"$T/err"
grep '"session_id":"sess_00003"' "$T/ref" >"$T/want"
is "$?:$(cat "$T/err")" 0: 'the key from COG_API_KEY_FILE'
same_file "$T/out" "$T/want" '... the same records, raw_sha256 too, with no --dir'
stop_mock

# same_run WHAT [cogmock option ...]: list and fetch under the switches;
# the list and the records must be those of the clean run.
same_run() {
	_what=$1
	shift
	net_mock --sessions 12 --projects 2 --seed 5 "$@"
	: >"$MOCK_LOG"
	rm -rf "$T/run.d"
	cog-sessions --retries 8 --page-size 4 --project $P1 >"$T/run.list" \
	    2>"$T/run.err"
	_s=$?
	cog-fetch --retries 8 --dir "$T/run.d" <"$T/run.list" >"$T/run" \
	    2>>"$T/run.err"
	is "$_s:$?" 0:0 "$_what: every session listed and delivered"
	same_file "$T/run.list" "$T/list" "$_what: the same session lines"
	check_records "$T/run" "$T/ref" "$_what: the same records"
	stop_mock
}

same_run 'rest-paging=on' --mode rest-paging=on
is "$(grep -c '"path":"/new/v2.0/conversations".*"query":"[^"]*next=' "$MOCK_LOG")" 1 \
    '... following nextCursor to the second page of 4'
same_run 'a nextCursor that starts with /' --mode rest-paging=on \
    --fault rest-cursor-slash
is "$(grep -c '"path":"/new/v2.0/conversations".*"query":"[^"]*next=%2F[^"]*%3D%3D' "$MOCK_LOG")" 1 \
    '... sent as next=, not requested as a path'
same_run 'hal (Accept: application/json always sent)' --fault hal \
    --mode rest-paging=on
unlike "$(cat "$MOCK_LOG")" '"fault":"hal"' '... so no answer was HAL'
same_run 'get-body-403 (no GET carries a body)' --fault get-body-403
is "$(grep -c '"status":403' "$MOCK_LOG")" 0 '... so none was refused'
same_run '429, Retry-After in seconds' --fault 429=3 --mode retry-after=seconds
is "$(grep -c '"status":429' "$MOCK_LOG")" 3 '... after three 429'
same_run '429, Retry-After as an HTTP-date' --fault 429=2@1 \
    --mode retry-after=date
is "$(grep -c '"status":429' "$MOCK_LOG")" 2 '... after two 429'
same_run '5xx bursts' --fault 5xx=.3
like "$(grep -c '"status":50[023]' "$MOCK_LOG")" '^[1-9]' '... after some 5xx'
same_run 'cut bodies' --fault cut=.3
like "$(grep -c '"fault":"cut"' "$MOCK_LOG")" '^[1-9]' '... after cut bodies'
# The raw answers differ in their order, and so their digests.
NODIGEST=1 same_run 'rest-shuffle (items out of time order)' \
    --fault rest-shuffle=1.0
same_run 'slow answers' --fault slow=.2
same_run 'key-slot=header' --mode key-slot=header

# --rate keeps every process of a pipeline together under the tenant's
# limit; without it the tenant throttles, and its Retry-After is waited.
net_mock --sessions 12 --seed 5 --rate-limit 5/1
P0=65a1b2c3d4e5f60718290001
cog-sessions --rate 4/1 --project $P0 |
    cog-fetch --rate 4/1 -j 4 >"$T/r1" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--rate 4/1 against a tenant allowing 5/1'
is "$(grep -c '"fault":"rate-limit"' "$MOCK_LOG")" 0 '... is never throttled'
is "$(lines 'len(set(x["session_id"] for x in r))' "$T/r1")" 12 \
    '... and delivers every session'
: >"$MOCK_LOG"
cog-sessions --rate 0 --project $P0 |
    cog-fetch --rate 0 -j 6 --retries 20 >"$T/r2" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--rate 0: no limit'
like "$(grep -c '"fault":"rate-limit"' "$MOCK_LOG")" '^[1-9]' \
    '... so the tenant throttles'
same_file "$T/r2" "$T/r1" '... yet, waiting as Retry-After says, the same output'
stop_mock
cog-sessions --rate 5 --project $P0 >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" "^2:cog-sessions: --rate: expected N/SECONDS" \
    'a --rate that is not N/S is refused'

# Time stamps as {"$date":...}: the records' times are the same strings.
for form in date date-ms; do
	net_mock --sessions 12 --projects 2 --seed 5 --mode rest-dates=$form
	cog-fetch <"$T/list" >"$T/run" 2>"$T/err"
	is "$?" 0 "rest-dates=$form: delivered"
	is "$(lines '[(x["session_id"], x["seq"], x["timestamp"], x["text"]) for x in r]' "$T/run")" \
	    "$(lines '[(x["session_id"], x["seq"], x["timestamp"], x["text"]) for x in r]' "$T/ref")" \
	    "rest-dates=$form: the same ISO 8601 times, the same order"
	stop_mock
done

net_mock --sessions 12 --projects 2 --seed 5 --mode rest-list-id=_id
cog-sessions --project $P1 >"$T/run.list"
is "$(lines '" ".join(i["id"] for i in r)' "$T/run.list")" "$ODD" \
    'rest-list-id=_id: the session id from _id'
stop_mock

net_mock --sessions 12 --projects 2 --seed 5 --mode error-code=string \
    --mode rest-unknown=404
echo sess_00099 | cog-fetch >/dev/null 2>"$T/err"
like "$(cat "$T/err")" "not found: .* \\(404, code 1002, trace api--" \
    'error-code=string: the code read as well'
stop_mock
net_mock --sessions 12 --projects 2 --seed 5 --mode rest-unknown=empty
echo sess_00099 | cog-fetch >"$T/out" 2>"$T/err"
is "$?:$(wc -c <"$T/out")" 0:0 \
    'rest-unknown=empty: an unknown session has no message'
stop_mock

# --since and --until: the REST list has no time filter; cog-sessions
# keeps to them itself.
T0=$(lines 'r[1]["startedAt"]' "$T/list")
T1=$(lines 'r[4]["startedAt"]' "$T/list")
net_mock --sessions 12 --projects 2 --seed 5
cog-sessions --project $P1 --since "$T0" --until "$T1" >"$T/run.list"
is "$(lines '" ".join(i["id"] for i in r)' "$T/run.list")" \
    'sess_00003 sess_00005 sess_00007' \
    '--since (included) and --until (not), kept to by cog-sessions'
unlike "$(grep conversations "$MOCK_LOG")" 'since|until|startTime' \
    '... asking the server nothing about time'
stop_mock

# cog-export: no export job on a real tenant; the request is checked as
# for API v1, and the line it prints is one cog-sessions reads.
net_mock --sessions 12 --projects 2 --seed 5
cog-export --project $P1 --since "$T0" --until "$T1" --rule PERSON \
    --job-file "$T/job" >"$T/exp" 2>"$T/err"
is "$?" 0 'cog-export --project --since --until'
like "$(cat "$T/exp")" "^\{\"jobId\":\"req_[0-9a-f]{16}\",\"status\":\"COMPLETED\",\"progress\":100,\"projectId\":\"$P1\",\"since\":\"$T0\",\"until\":\"$T1\"\}\$" \
    '... prints the COMPLETED line of the range'
is "$(cat "$T/job")" "$(lines 'r[0]["jobId"]' "$T/exp")" '... and writes its id'
like "$(cat "$T/err")" 'gives no size for 3 of 3 sessions: the quota is not checked' \
    '... the quota listed, but the REST list has no sizes'
is "$(grep -c '"method":"POST"' "$MOCK_LOG")" 0 '... and no job is started'
cog-sessions <"$T/exp" >"$T/run.list"
is "$(lines '" ".join(i["id"] for i in r)' "$T/run.list")" \
    'sess_00003 sess_00005 sess_00007' '... which cog-sessions lists'
cog-export --project $P1 --rule PERSON --from sess_00003 --to sess_00009 \
    --no-quota-check | cog-sessions >"$T/run.list"
is "$(lines '" ".join(i["id"] for i in r)' "$T/run.list")" \
    'sess_00003 sess_00005 sess_00007 sess_00009' \
    '... an id range too, kept to by cog-sessions'
is "$(cog-export --project $P1 --rule PERSON --no-quota-check)" \
    "$(cog-export --project $P1 --rule PERSON --no-quota-check)" \
    'the same request has the same id'
cog-export --project $P1 --rule PERSON --format pdf >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" "^2:cog-export: unknown output format 'pdf'" \
    'a bad request is refused as with API v1'
printf '[{"entity_type":"PERSON","colour":"red"}]' >"$T/bad.json"
cog-export --project $P1 --rules "$T/bad.json" >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:cog-export: --rules: .*colour' \
    '... and so is an unknown field'
cog-export --rule PERSON --from sess_00001 --to sess_00003 >/dev/null \
    2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*this API lists one project: give --project' \
    'the REST API needs a project'
cog-export --job j1 >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*--api rest has no export jobs' \
    '--job does not apply'
stop_mock

# Killed at random points and run again: nothing verified is fetched
# again, and the output is the clean run's.
net_mock --sessions 12 --projects 2 --seed 5 --latency-ms 30 --fault slow=.3
rm -rf "$T/k.d"
for delay in 0.3 0.6 0.9; do
	cog-fetch -j 2 --dir "$T/k.d" <"$T/list" >/dev/null 2>&1 &
	pid=$!
	sleep $delay
	kill -9 $pid
	wait $pid 2>/dev/null
done
had=$(ls "$T/k.d" | grep -c '\.jsonl$')
ok "killed three times: $had of 6 verified" test "$had" -lt 6
ls "$T/k.d" | sed -n 's/\.jsonl$//p' >"$T/had"
sleep 1.5
: >"$MOCK_LOG"
cog-fetch -j 2 --dir "$T/k.d" <"$T/list" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'the rerun delivers every session'
same_file "$T/out" "$T/ref" '... with exactly the output of a clean run'
is "$(requests '/new/v2.0/conversations/[^"]*')" $((6 - had)) \
    '... requesting only what was not verified'
is "$(for id in $(cat "$T/had"); do requests "/new/v2.0/conversations/$id"; done | sort -u | tr '\n' ' ')" \
    "$([ "$had" -gt 0 ] && echo '0 ')" '... and nothing that was'
ok '... and the manifest checks' \
    sh -c "cd '$T/k.d' && sha256sum -c --quiet manifest.sha256"
# A raw file that no longer matches the manifest is fetched again.
printf 'x' >>"$T/k.d/sess_00005.jsonl"
: >"$MOCK_LOG"
cog-fetch --dir "$T/k.d" <"$T/list" >"$T/out" 2>"$T/err"
same_file "$T/out" "$T/ref" 'a raw file changed on disk: the same output'
is "$(requests '/new/v2.0/conversations/[^"]*')" 1 '... fetching it alone again'
stop_mock

# OAuth2: client credentials, the password grant, expiry and refresh.
unset COG_API_KEY
COG_CLIENT_ID=client-one
COG_CLIENT_SECRET=client-secret-0123456789
export COG_CLIENT_ID COG_CLIENT_SECRET
net_mock --sessions 12 --projects 2 --seed 5 --latency-ms 150 \
    --fault token-ttl=2 --mode oauth-cc-refresh=on
COG_USERNAME= cog-auth >"$T/auth" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-auth: OAuth2 client credentials'
like "$(cat "$T/auth")" "^\{\"base_url\":\"$MOCK_URL\",\"credential\":\"oauth2\",\"refresh_token\":true,\"expires_at\":\"[0-9T:-]+Z\",\"expires_in\":[0-2],\"scopes\":\[\],\"cached\":false\}\$" \
    '... says it is OAuth2 and when it expires'
like "$(grep auth/oauth2/token "$MOCK_LOG")" '"method":"POST".*"status":200' \
    '... POSTed to /auth/oauth2/token'
ok '... and caches it 0600' sh -c \
    "ls -l '$XDG_CACHE_HOME'/cog/token-*.json | grep -q '^-rw------- '"
like "$(cog-auth --status)" '"credential":"oauth2",.*"cached":true' \
    '--status: the cached token'
: >"$MOCK_LOG"
COG_USERNAME= cog-fetch -v -j 1 <"$T/list" >"$T/out" 2>"$T/err"
is "$?" 0 'a run longer than the token lives'
same_file "$T/out" "$T/ref" '... the same records'
like "$(grep -c 'token refreshed' "$T/err")" '^[1-9]' \
    '... the token refreshed with the refresh token as it nears expiry'
is "$(grep -c '"status":401' "$MOCK_LOG")" 0 \
    '... before the server refuses it'
unlike "$(cat "$T/err" "$MOCK_LOG")" "$COG_CLIENT_SECRET" \
    'the client secret is in no log'
stop_mock

net_mock --sessions 12 --projects 2 --seed 5
cog-auth -f >"$T/auth" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-auth: the OAuth2 password grant'
like "$(cat "$T/auth")" '"credential":"oauth2","refresh_token":true,' \
    '... with a refresh token'
COG_CLIENT_SECRET=wrong cog-auth -f >/dev/null 2>"$T/err"
is "$(cat "$T/err")" \
    'cog-auth: login failed: invalid_client: client authentication failed (401)' \
    'a wrong client secret: the OAuth2 error, in one line'
env -u COG_PASSWORD cog-auth -f >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'a user without a password: no client-credentials login instead'
is "$(cat "$T/err")" \
    'cog-auth: COG_USERNAME is set but no password: set COG_PASSWORD or COG_PASSWORD_FILE (a file holding it)' \
    '... but the variables that give a password'
stop_mock
# A token of cog-auth -p, in COG_TOKEN or --token-file: a bearer token.
net_mock --sessions 12 --projects 2 --seed 5
COG_USERNAME= cog-auth -p >"$T/tok" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-auth -p: the OAuth2 token'
chmod 600 "$T/tok"
mkdir -p "$T/nocache"
: >"$MOCK_LOG"
env -u COG_CLIENT_ID -u COG_CLIENT_SECRET -u COG_USERNAME \
    XDG_CACHE_HOME="$T/nocache" COG_TOKEN="$(cat "$T/tok")" \
    cog-sessions --project $P1 >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'COG_TOKEN=$(cog-auth -p) cog-sessions'
same_file "$T/out" "$T/list" '... the same session lines'
like "$(grep /new/v2.0/conversations "$MOCK_LOG")" '"cred":"bearer"' \
    '... sent as Authorization: Bearer'
unlike "$(cat "$MOCK_LOG")" '"status":401' '... and never refused'
: >"$MOCK_LOG"
env -u COG_CLIENT_ID -u COG_CLIENT_SECRET -u COG_USERNAME \
    XDG_CACHE_HOME="$T/nocache" \
    cog-sessions --token-file "$T/tok" --project $P1 >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-sessions --token-file with that token'
like "$(grep /new/v2.0/conversations "$MOCK_LOG")" '"cred":"bearer"' \
    '... sent as Authorization: Bearer too'
env -u COG_CLIENT_ID -u COG_CLIENT_SECRET -u COG_USERNAME \
    XDG_CACHE_HOME="$T/nocache" cog-sessions --project $P1 >/dev/null \
    2>"$T/err"
is "$(cat "$T/err")" \
    "cog-sessions: no token for '$MOCK_URL': run cog-auth, or set COG_API_KEY, or COG_CLIENT_ID and COG_CLIENT_SECRET" \
    'no credential: the variables named once'
stop_mock
done_testing
