#!/bin/sh
# cog-export: the request, its validation, the job's status lines, FAILED,
# --no-wait and --job, the progress bar.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

# --- the request, without a network --------------------------------------------

cog-export -n --from sess_00001 --to sess_00009 -R EMAIL \
    -R PHONE_NUMBER:mask:7:4 -R US_SSN:redact >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--dry-run needs no base URL'
is "$(cat "$T/out")" '{"session_id_start":"sess_00001","session_id_end":"sess_00009","output_format":"jsonl","redaction_rules":[{"entity_type":"EMAIL_ADDRESS","replacement_strategy":"deterministic_hash","mask_character":"*","min_length":4},{"entity_type":"PHONE_NUMBER","replacement_strategy":"mask","mask_character":"*","min_length":7,"keep_last":4},{"entity_type":"US_SSN","replacement_strategy":"redact","mask_character":"*","min_length":4}],"max_storage_mb":500}' \
    '... prints the seed'"'"'s ExportRequest'

cat >"$T/rules.json" <<'EOF'
[{"entity_type": "PERSON", "replacement_strategy": "deterministic_hash",
  "mask_character": "#", "min_length": 3},
 {"entity_type": "EMAIL", "min_length": 5}]
EOF
is "$(cog-export -n --from a --to b -r "$T/rules.json" --format csv \
    --max-storage-mb 20 | jq -c '[.output_format, .max_storage_mb,
    (.redaction_rules[] | [.entity_type, .mask_character, .min_length])]')" \
    '["csv",20,["PERSON","#",3],["EMAIL_ADDRESS","*",5]]' \
    'a rules file, --format and --max-storage-mb'
is "$(cog-export -n --from a --to b -r "$T/rules.json" -R PERSON:redact:1 |
    jq -c '[.redaction_rules[] | [.entity_type, .replacement_strategy]]')" \
    '[["PERSON","redact"],["EMAIL_ADDRESS","deterministic_hash"]]' \
    'a later --rule replaces the file'"'"'s rule for its type'

cat >"$T/request.json" <<'EOF'
{"session_id_start": "sess_00003", "session_id_end": "sess_00007",
 "output_format": "xml", "max_storage_mb": 42,
 "redaction_rules": [{"entity_type": "URL"}]}
EOF
is "$(cog-export -n -r "$T/request.json" | jq -c '[.session_id_start,
    .session_id_end, .output_format, .max_storage_mb]')" \
    '["sess_00003","sess_00007","xml",42]' \
    'a whole export request as the rules file'
is "$(cog-export -n -r "$T/request.json" --to sess_00008 --format jsonl |
    jq -c '[.session_id_end, .output_format]')" '["sess_00008","jsonl"]' \
    '... whose members the options override'

# Each invalid request is refused with one clear message, exit 2.
check() {	# check DESCRIPTION REGEX cog-export-args...
	_d=$1 _re=$2
	shift 2
	cog-export "$@" >"$T/out" 2>"$T/err"
	_s=$?
	is "$_s:$(wc -c <"$T/out" | tr -d ' ')" 2:0 "$_d: exit 2, no output"
	like "$(head -n 1 "$T/err")" "$_re" "$_d: the message"
}
check 'unknown format' \
    "^cog-export: unknown output format 'pdf' \(jsonl, csv or xml\)$" \
    -n --from a --to b -R EMAIL --format pdf
check 'no rule' '^cog-export: no redaction rule: give --rules' \
    -n --from a --to b
check 'unknown type in --rule' \
    "^cog-export: --rule: unknown entity type in 'PASSWORD'$" \
    -n --from a --to b -R PASSWORD
check 'unknown strategy in --rule' \
    "^cog-export: --rule: unknown strategy in 'EMAIL:scramble'" \
    -n --from a --to b -R EMAIL:scramble
echo '[{"entity_type":"PASSWORD"}]' >"$T/r1"
check 'unknown type in a file' \
    "^cog-export: --rules: .*/r1: rule 1: unknown entity type 'PASSWORD'$" \
    -n --from a --to b -r "$T/r1"
echo '[{"entity_type":"EMAIL","replacement_strategy":"rot13"}]' >"$T/r2"
check 'unknown strategy in a file' \
    "rule 1: unknown replacement strategy 'rot13'" -n --from a --to b -r "$T/r2"
echo '[{"entity_type":"EMAIL","colour":"red"}]' >"$T/r3"
check 'unknown rule field (extra="forbid")' "rule 1: unknown field 'colour'$" \
    -n --from a --to b -r "$T/r3"
echo '{"redaction_rules":[{"entity_type":"EMAIL"}],"priority":1}' >"$T/r4"
check 'unknown request field' "unknown field 'priority'$" \
    -n --from a --to b -r "$T/r4"
echo '[]' >"$T/r5"
check 'an empty rules list' 'r5: no rules$' -n --from a --to b -r "$T/r5"
echo '{"redaction_rules":[{"entity_type":"EMAIL"}],"max_storage_mb":"big"}' \
    >"$T/r6"
check 'a request member of the wrong type' "'max_storage_mb' is not a whole" \
    -n --from a --to b -r "$T/r6"
check 'no range' '^cog-export: no session range: give --from and --to' \
    -n -R EMAIL
check 'a bad session id' "^cog-export: not a valid session id: '../x'$" \
    -n --from ../x --to b -R EMAIL
check 'a bad --max-storage-mb' '^cog-export: --max-storage-mb: expected' \
    -n --from a --to b -R EMAIL --max-storage-mb 0
check 'a bad --poll-interval' '^cog-export: --poll-interval: expected' \
    -n --from a --to b -R EMAIL --poll-interval soon
check '--job with request options' '^cog-export: --job follows a job' \
    --job job_1 -R EMAIL
check 'an operand' "^cog-export: unexpected argument 'x'" -n x
check 'a missing option argument' "missing argument for option '--from'" \
    --from

# --- against the emulator ------------------------------------------------------

net_mock --sessions 300 --job-polls 3
cog-auth >/dev/null

# The quota: listed before the POST; nothing is started when it is over.
: >"$MOCK_LOG"
cog-export --from sess_00001 --to sess_00300 -R EMAIL --max-storage-mb 1 \
    >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'a range over the quota exits 2'
like "$(cat "$T/err")" '^cog-export: over quota: the range sess_00001..sess_00300 holds 300 sessions, [0-9.]+ MB of transcripts, over --max-storage-mb 1 \(raise it, or narrow the range\)$' \
    '... saying how big the range is'
is "$(requests /api/v1/sessions):$(requests /api/v1/export/jobs)" 1:0 \
    '... after listing the range, and before any POST'
: >"$MOCK_LOG"
cog-export --from sess_00001 --to sess_00300 -R EMAIL --max-storage-mb 1 \
    --no-quota-check >"$T/out" 2>"$T/err"
is "$?:$(requests /api/v1/sessions)" 2:0 \
    '--no-quota-check does not list; the server refuses instead'
like "$(cat "$T/err")" '^cog-export: cannot start the export job: HTTP 413: the range holds [0-9.]+ MB' \
    '... with its message'

# A job that completes.
: >"$MOCK_LOG"
cog-export --from sess_00011 --to sess_00040 -R EMAIL --poll-interval 0.05 \
    >"$T/lines" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'a completed job exits 0, quietly'
JOB=$(jq -r .jobId "$T/lines" | sort -u)
like "$JOB" '^job_[0-9a-f]+$' '... every line names the job'
is "$(jq -r '"\(.status):\(.progress)"' "$T/lines" | tr '\n' ' ')" \
    'QUEUED:0 PROCESSING:33 PROCESSING:66 COMPLETED:100 ' \
    '... one line per change, to COMPLETED'
is "$(tail -n 1 "$T/lines" | jq -c '[.sessionIdStart, .sessionIdEnd]')" \
    '["sess_00011","sess_00040"]' '... the last one with the range'
is "$(requests /api/v1/export/jobs):$(requests "/api/v1/export/jobs/$JOB")" \
    1:4 '... one POST and four polls'
is "$(cog-sessions <"$T/lines" | jq -r .id | sed -n '1p;$p' | tr '\n' ' ')" \
    'sess_00011 sess_00040 ' 'the lines feed cog-sessions'

# A job that fails.
stop_mock
net_mock --sessions 30 --job-polls 1 --fault export-fail
cog-export --from sess_00001 --to sess_00030 -R EMAIL --poll-interval 0.05 \
    >"$T/lines" 2>"$T/err"
is $? 1 'a FAILED job exits 1'
like "$(cat "$T/err")" '^cog-export: export job job_[0-9a-f]+ failed: export worker crashed while writing the archive \(injected\)$' \
    '... with the errorMessage on stderr'
is "$(tail -n 1 "$T/lines" | jq -r '"\(.status): \(.errorMessage)"')" \
    'FAILED: export worker crashed while writing the archive (injected)' \
    '... and in the last line'
cog-sessions <"$T/lines" >/dev/null 2>"$T/err"
is $? 2 '... which cog-sessions refuses'
stop_mock

# --no-wait, --job-file and --job.
net_mock --sessions 30 --job-polls 2
: >"$MOCK_LOG"
cog-export --from sess_00001 --to sess_00005 -R EMAIL --no-wait \
    --job-file "$T/job.id" >"$T/out"
is $? 0 '--no-wait exits 0'
JOB=$(cat "$T/job.id")
is "$(cat "$T/out")" "{\"jobId\":\"$JOB\"}" '... printing the job id'
is "$(requests "/api/v1/export/jobs/$JOB")" 0 '... without polling'
cog-export --job "$JOB" --poll-interval 0.05 >"$T/lines"
is $? 0 '--job follows the job to the end'
is "$(jq -r .status "$T/lines" | tr '\n' ' ')" \
    'QUEUED PROCESSING COMPLETED ' '... printing its lines'
is "$(tail -n 1 "$T/lines" | jq -r .sessionIdEnd)" sess_00005 \
    '... with the range the server gives'
cog-export --job job_0000 >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" "2:cog-export: no export job 'job_0000' (404)" \
    'an unknown job exits 2'

# Polls are retried; a poll that keeps failing says how to resume.
stop_mock
net_mock --sessions 30 --job-polls 2 --fault 5xx=2
cog-export --from sess_00001 --to sess_00005 -R EMAIL --poll-interval 0.05 \
    -v >"$T/lines" 2>"$T/err"
is "$?:$(tail -n 1 "$T/lines" | jq -r .status)" 0:COMPLETED \
    '5xx answers are retried'
is "$(grep -c 'retry [0-9]/5' "$T/err")" 2 '... each retry logged with -v'
unlike "$(cat "$T/err")" 'Bearer|access_token' '... and no token'
stop_mock
net_mock --sessions 30 --job-polls 2 --fault 5xx
cog-export --from sess_00001 --to sess_00005 -R EMAIL --no-quota-check \
    --retries 1 >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: '--retries 1: a POST that keeps failing exits 2'
like "$(cat "$T/err")" '^cog-export: cannot start the export job: HTTP 50[023]: injected 50[023] after 1 retry$' \
    '... after one retry'
stop_mock
net_mock --sessions 30 --job-polls 1
cog-auth -p >"$T/token"
COG_USERNAME= cog-export --from sess_00001 --to sess_00005 -R EMAIL \
    --token-file "$T/token" --poll-interval 0.05 >"$T/out" 2>"$T/err"
is "$?:$(tail -n 1 "$T/out" | jq -r .status)" 0:COMPLETED \
    '--token-file gives the token'
cog-export --from sess_00001 --to sess_00005 -R EMAIL --base-url http://127.0.0.1:1 \
    --retries 1 --retry-max-time 1 >"$T/out" 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:cog-export: .*(connect|Connect)' \
    '--base-url: an unreachable tenant exits 2'
stop_mock
net_mock --sessions 30 --job-polls 100
cog-export --from sess_00001 --to sess_00005 -R EMAIL --poll-interval 0.05 \
    --max-time 0.3 >"$T/lines" 2>"$T/err"
is $? 2 '--max-time gives up on a job that does not end'
like "$(cat "$T/err")" "^cog-export: job job_[0-9a-f]+ is still PROCESSING after 0.3 s: resume with 'cog-export --job job_[0-9a-f]+'" \
    '... saying how to resume'
stop_mock
net_mock --sessions 30 --fault no-scope=export:manage
cog-auth --force >/dev/null 2>&1
cog-export --from sess_00001 --to sess_00005 -R EMAIL --no-quota-check \
    >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" "2:cog-export: token lacks scope 'export:manage' (403)" \
    'a 403 names the missing scope'
stop_mock

# The progress bar: on a terminal only, or with --progress.
net_mock --sessions 30 --job-polls 3
cog-auth --force >/dev/null
cog-export --from sess_00001 --to sess_00005 -R EMAIL --poll-interval 0.2 \
    >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" '' 'no progress bar when stderr is not a terminal'
if have_pty; then
script -qec "cog-export --from sess_00001 --to sess_00005 -R EMAIL \
    --poll-interval 0.2 >'$T/out'" /dev/null >"$T/tty" 2>&1 </dev/null
like "$(tr '\r' '\n' <"$T/tty")" \
    '^cog-export: job_[0-9a-f]+ PROCESSING +\[#+\.+\] + [0-9]+%' \
    'a progress bar on a terminal'
is "$(jq -r .status "$T/out" | uniq | tr '\n' ' ')" \
    'QUEUED PROCESSING COMPLETED ' '... and standard output the same lines'
else
	skip 2 "no pseudo-terminal to be had here"
fi
cog-export --from sess_00001 --to sess_00005 -R EMAIL --poll-interval 0.2 \
    --progress >"$T/out" 2>"$T/err"
like "$(tr '\r' '\n' <"$T/err")" 'QUEUED +\[\.+\] + 0%' \
    '--progress draws it anyway'
if have_pty; then
script -qec "cog-export --from sess_00001 --to sess_00005 -R EMAIL \
    --poll-interval 0.2 --no-progress >'$T/out'" /dev/null >"$T/tty" 2>&1 \
    </dev/null
is "$(cat "$T/tty")" '' '--no-progress draws none on a terminal'
else
	skip 1 "no pseudo-terminal to be had here"
fi
stop_mock
done_testing
