#!/bin/sh
# cog-sessions: pagination, job lines, retries, a page that keeps failing.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

net_mock --sessions 250
cog-auth >/dev/null

# One page of up to 1000 is the reference.
cog-sessions --from sess_00001 --to sess_00250 --page-size 1000 >"$T/ref"
is $? 0 'one big page'
is "$(wc -l <"$T/ref" | tr -d ' ')" 250 '250 sessions'
is "$(jq -r .id "$T/ref" | sort -u | wc -l | tr -d ' ')" 250 'no duplicate'
like "$(head -n 1 "$T/ref")" '^\{"id":"sess_00001","startedAt":"[^"]*","endedAt":"[^"]*","channel":"[^"]*","messageCount":[0-9]+,"bytes":[0-9]+,"sha256":"[0-9a-f]{64}"\}$' \
    'items are printed as the server sent them'

: >"$MOCK_LOG"
cog-sessions --from sess_00001 --to sess_00250 --page-size 7 >"$T/out"
is $? 0 'pages of 7'
same_file "$T/out" "$T/ref" '... give the same list, in order'
is "$(requests /api/v1/sessions)" 36 '... in 36 requests'
cog-sessions --from sess_00100 --to sess_00109 --page-size 3 >"$T/out"
is "$(jq -r .id "$T/out" | tr '\n' ' ')" \
    "$(printf 'sess_%05d ' 100 101 102 103 104 105 106 107 108 109)" \
    'a range in the middle'
cog-sessions --from sess_00300 --to sess_00400 >"$T/out"
is $? 0 'an empty range is fine'
is "$(cat "$T/out")" '' '... and prints nothing'

printf '%s\n' '{"jobId":"job_1","status":"QUEUED","progress":0}' \
    '{"jobId":"job_1","status":"PROCESSING","progress":50}' \
    '{"jobId":"job_1","status":"COMPLETED","progress":100,"sessionIdStart":"sess_00011","sessionIdEnd":"sess_00020"}' |
    cog-sessions >"$T/out"
is $? 0 'the range from cog-export status lines'
is "$(jq -r .id "$T/out" | head -n 1)-$(jq -r .id "$T/out" | tail -n 1)-$(wc -l <"$T/out" | tr -d ' ')" \
    'sess_00011-sess_00020-10' '... lists that range'
echo '{"from":"sess_00001","to":"sess_00002"}' | cog-sessions >"$T/out"
is "$(wc -l <"$T/out" | tr -d ' ')" 2 'from/to keys work too'
echo '{"jobId":"j","status":"FAILED","errorMessage":"disk full"}' |
    cog-sessions >"$T/out" 2>"$T/err"
is $? 2 'a FAILED job line exits 2'
like "$(cat "$T/err")" 'the export job failed: disk full' \
    '... quoting its errorMessage'
echo '{"jobId":"j","status":"FAILED","errorMessage":""}' |
    cog-sessions >"$T/out" 2>"$T/err"
is $? 2 'a FAILED job line with an empty errorMessage exits 2'
like "$(cat "$T/err")" 'the export job failed: no errorMessage given$' \
    '... and says that none was given'
echo '{"status":"PROCESSING"}' | cog-sessions >"$T/out" 2>"$T/err"
is $? 2 'no COMPLETED line exits 2'
like "$(cat "$T/err")" 'no COMPLETED export job' '... and says so'
echo 'not json' | cog-sessions >"$T/out" 2>"$T/err"
is $? 2 'a line that is not JSON exits 2'
like "$(cat "$T/err")" '<stdin>:1: invalid JSON' '... with its position'

# Job lines from files, and - for standard input, as the siblings take them.
echo '{"jobId":"a","status":"COMPLETED","sessionIdStart":"sess_00001","sessionIdEnd":"sess_00003"}' >"$T/job1"
echo '{"jobId":"b","status":"COMPLETED","sessionIdStart":"sess_00010","sessionIdEnd":"sess_00011"}' >"$T/job2"
echo '{"jobId":"c","status":"PROCESSING"}' >"$T/job3"
echo '{"jobId":"d","status":"COMPLETED","sessionIdStart":"sess_00020","sessionIdEnd":"sess_00020"}' |
    cog-sessions "$T/job1" - "$T/job2" >"$T/out"
is $? 0 'job lines from files and - together'
is "$(jq -r .id "$T/out" | tr '\n' ' ')" \
    'sess_00001 sess_00002 sess_00003 sess_00020 sess_00010 sess_00011 ' \
    '... list each range in the order of the files'
cog-sessions "$T/job3" >"$T/out" 2>"$T/err" </dev/null
is $? 2 'files with no COMPLETED line exit 2'
like "$(cat "$T/err")" 'no COMPLETED export job in the input' '... and say so'
echo 'not json' >"$T/bad"
cog-sessions "$T/job1" "$T/bad" >"$T/out" 2>"$T/err"
is $? 2 'a bad line in a file exits 2'
like "$(cat "$T/err")" "$T/bad:1: invalid JSON" '... naming the file and line'
cog-sessions "$T/missing" >"$T/out" 2>"$T/err"
is $? 2 'a file that cannot be opened exits 2'
like "$(cat "$T/err")" "cannot open '$T/missing': No such file" '... and says why'
cog-sessions --from sess_00001 --to sess_00002 "$T/job1" >"$T/out" 2>"$T/err"
is $? 2 'a range by options and by files is a usage error'
like "$(cat "$T/err")" 'not both' '... and says so'
cog-sessions --from sess_00001 --to sess_00250 >/dev/full 2>/dev/null
is $? 2 '>/dev/full exits 2'
stop_mock

net_mock --sessions 250 --fault 429=2 --fault 5xx=2
: >"$T/empty"
cog-sessions -v --from sess_00001 --to sess_00250 --page-size 7 --retries 8 \
    >"$T/out" 2>"$T/err"
is $? 0 '429 and 5xx are retried'
same_file "$T/out" "$T/ref" '... and the list is the same'
is "$(grep -c 'retry [0-9]/8' "$T/err")" 4 'each retry is logged with -v'
like "$(cat "$T/err")" 'HTTP 429; retry 1/8 in [0-9.]+ s \(Retry-After\)' \
    '... with Retry-After honoured'
like "$(grep Retry-After "$T/err" | sed -n 2p)" 'in [12]\.0 s' \
    '... also as an HTTP-date'
unlike "$(cat "$T/err")" '[Aa]uthorization|Bearer' 'no Authorization in -v'
stop_mock

net_mock --sessions 250 --fault 5xx=.4
cog-sessions --from sess_00001 --to sess_00250 --page-size 25 --retries 20 \
    >"$T/out" 2>"$T/err"
is $? 0 'many pages under random faults'
same_file "$T/out" "$T/ref" '... without loss or duplication'
stop_mock

net_mock --sessions 250 --fault 5xx
cog-sessions --from sess_00001 --to sess_00250 --retries 2 \
    >"$T/out" 2>"$T/err"
is $? 2 'a page that keeps failing exits 2'
is "$(cat "$T/out")" '' '... printing nothing after it'
like "$(cat "$T/err")" '^cog-sessions: cannot list sessions sess_00001..sess_00250 \(page 1\): HTTP 50[023]: injected 50[023] after 2 retries$' \
    '... with a clear message'
stop_mock

# The first pages succeed, then every request fails: no silent truncation.
net_mock --sessions 250 --fault 5xx=.3
cog-sessions --from sess_00001 --to sess_00250 --page-size 5 --retries 0 \
    >"$T/out" 2>"$T/err"
is $? 2 'a later page failing exits 2'
n=$(wc -l <"$T/out" | tr -d ' ')
ok '... after printing only whole pages' test $((n % 5)) -eq 0
head -n "$n" "$T/ref" >"$T/prefix"
same_file "$T/out" "$T/prefix" '... that are a prefix of the list'
like "$(cat "$T/err")" "\(page $((n / 5 + 1))\)" '... naming the page'
done_testing
