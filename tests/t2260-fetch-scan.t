#!/bin/sh
# cog-fetch --scan (--api odata): the messages of every listed session from
# one keyset scan of Conversations, a request a page, each session delivered
# once and its records those of fetching it alone (but for raw_sha256, the
# digest of the raw file each way wrote); under the OData switches of the
# emulator, faults, a rerun and SIGKILL.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

api_odata
N=40

# bare FILE: the records of FILE without their raw_sha256.
bare() {
	sed 's/"raw_sha256":"[0-9a-f]*",//' "$1"
}

# same_records GOT WANT NAME: the records are the same but for raw_sha256.
same_records() {
	bare "$1" >"$1.bare"
	bare "$2" >"$2.bare"
	same_file "$1.bare" "$2.bare" "$3"
}

net_mock --sessions $N --projects 3
cog-sessions --rate 0 --since 2000-01-01 >"$T/list"
is "$(wc -l <"$T/list" | tr -d ' ')" $N "the list holds $N sessions"
cog-fetch --rate 0 --dir "$T/per" <"$T/list" >"$T/ref"
is $? 0 'fetched one request a session'

# A session named twice is scanned and delivered once, as without --scan.
sed 3q "$T/list" >"$T/three"
cog-fetch --rate 0 --scan <"$T/three" >"$T/three.ref"
cat "$T/three" "$T/three" | cog-fetch --rate 0 --scan >"$T/out" 2>"$T/err"
is "$?:$(grep -c 'already on line' "$T/err")" 0:3 \
    '--scan: sessions named twice are skipped, with a warning each'
same_records "$T/out" "$T/three.ref" '... delivered once'

: >"$MOCK_LOG"
cog-fetch --rate 0 --scan --dir "$T/scan" <"$T/list" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--scan exits 0, quietly'
same_records "$T/out" "$T/ref" \
    '... the records of fetching each session alone, in input order'
is "$(jq -r .session_id "$T/out" | uniq | sort | uniq -d | wc -l | tr -d ' ')" 0 \
    '... each session once'
is "$(jq -r .session_id "$T/out" | sort -u | wc -l | tr -d ' ')" $N \
    "... all $N of them"
pages=$(queries | grep -c .)
is "$(queries | grep -c 'sessionId')" 0 '... no request for one session'
is "$(queries | grep -c 'orderby=timestamp%20asc,id%20asc')" "$pages" \
    '... every page ordered by time, then id'
like "$(queries | sed -n 2p)" 'timestamp%20ge%20' \
    '... a later page starts at the time of the last row'
is "$(queries | grep -c 'skip')" 0 '... never a $skip'
msgs=$(wc -l <"$T/ref" | tr -d ' ')
ok "... $pages requests for $msgs messages: one a page of 1000" \
    test "$pages" -eq $((msgs / 1000 + 2))
is "$(head -c 10 "$T/scan/sess_00001.jsonl")" '{"value":[' \
    'a raw file is {"value":[...]}'
is "$(cd "$T/scan" && sha256sum -c --quiet manifest.sha256 2>&1 &&
    echo ok)" ok '... listed in manifest.sha256'
is "$(jq -r .session_id "$T/out" | sort -u | wc -l | tr -d ' ')" \
    "$(grep -c '\.jsonl$' "$T/scan/manifest.sha256")" '... every one'
is "$(jq -r '"\(.raw_sha256)  \(.session_id).jsonl"' "$T/out" | sort -u)" \
    "$(sort "$T/scan/manifest.sha256")" \
    '... with the digest the records carry'
is "$(ls "$T/scan" | grep -c part)" 0 '... and no part file left'

# A rerun: nothing fetched, the same output.
: >"$MOCK_LOG"
cog-fetch --rate 0 --scan --dir "$T/scan" <"$T/list" >"$T/out2"
is $? 0 'a rerun'
same_file "$T/out2" "$T/out" '... prints the same'
is "$(grep -c . "$MOCK_LOG")" 0 '... with no request'
# A raw file changed on disk is fetched again.
printf '{"value":[]}' >"$T/scan/sess_00003.jsonl"
cog-fetch --rate 0 --scan --dir "$T/scan" <"$T/list" >"$T/out2"
same_file "$T/out2" "$T/out" 'a raw file that differs from the manifest: scanned again'
# A dir filled one session at a time serves a scan, and the other way.
: >"$MOCK_LOG"
cog-fetch --rate 0 --scan --dir "$T/per" <"$T/list" >"$T/out2"
same_file "$T/out2" "$T/ref" 'a dir fetched one session at a time serves --scan'
is "$(grep -c . "$MOCK_LOG")" 0 '... with no request'

# Without --dir: the same records, nothing left behind.
mkdir "$T/tmp"
TMPDIR=$T/tmp cog-fetch --rate 0 --scan <"$T/list" >"$T/out2"
same_file "$T/out2" "$T/out" 'without --dir: the same records'
is "$(ls "$T/tmp" | wc -l | tr -d ' ')" 0 '... and no folder left'

# Some of the sessions, one twice, a bare id and a line that is no session.
{ sed -n '3p;17p;29p' "$T/list"; echo sess_00011; echo 'no id!'; sed -n 3p "$T/list"; } \
    >"$T/some"
cog-fetch --rate 0 --failed "$T/f1" <"$T/some" >"$T/want" 2>/dev/null
is $? 1 'some sessions and a bad line, one at a time: 1'
cog-fetch --rate 0 --scan --failed "$T/f2" <"$T/some" >"$T/got" 2>"$T/err"
is $? 1 '... with --scan: 1 too'
same_records "$T/got" "$T/want" '... the same records, the repeated session once'
same_file "$T/f2" "$T/f1" '... the same failed line'
like "$(cat "$T/err")" 'input line 5: ' '... named'
like "$(queries | tail -n 1)" 'orderby' '... (a bare id: scanned from the start)'
stop_mock

# The OData switches: server page limits (which fail a transcript of more
# rows fetched alone, not a scan), ties on one time stamp, the other date
# literal, a nextLink, a 500 past the last row, 5xx bursts, cut answers.
# Each is compared with fetching one session at a time from a server with
# the same data (SHAPE) and none of the switch (SW).
for c in ':--mode odata-max-top=7' '--mode time-grain=600:' \
    '--mode time-grain=86400:--mode odata-max-top=50' \
    ':--mode odata-nextlink=on --mode odata-max-top=30' \
    ':--mode odata-dates=unquoted' ':--fault past-end-500' \
    ':--fault 5xx=3@2' ':--fault cut=2@1'; do
	shape=${c%%:*}
	sw=${c#*:}
	net_mock --sessions $N --projects 3 $shape
	cog-sessions --rate 0 --since 2000-01-01 >"$T/list"
	cog-fetch --rate 0 <"$T/list" >"$T/want"
	stop_mock
	net_mock --sessions $N --projects 3 $shape $sw
	case $sw in
	*unquoted*) COG_ODATA_DATES=unquoted; export COG_ODATA_DATES ;;
	esac
	cog-fetch --rate 0 --retries 8 --scan <"$T/list" >"$T/got" 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: "${shape:+$shape, }$sw: --scan exits 0, quietly"
	same_records "$T/got" "$T/want" "... the records of one at a time"
	is "$(jq -r .session_id "$T/got" | uniq | wc -l | tr -d ' ')" $N \
	    "... each session once"
	unset COG_ODATA_DATES
	stop_mock
done

# SIGKILL at some point of the scan, then a rerun: the same output.
net_mock --sessions $N --projects 3 --mode odata-max-top=20 --latency-ms 20
cog-sessions --rate 0 --since 2000-01-01 >"$T/list"
cog-fetch --rate 0 --scan <"$T/list" >"$T/want"
for pause in 0.1 0.3 0.6; do
	rm -rf "$T/k"
	cog-fetch --rate 0 --scan --dir "$T/k" <"$T/list" >/dev/null 2>&1 &
	pid=$!
	sleep $pause
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	cog-fetch --rate 0 --scan --dir "$T/k" <"$T/list" >"$T/got" 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: "killed after ${pause}s: a rerun exits 0"
	same_file "$T/got" "$T/want" '... with the output of an uninterrupted run'
	is "$(ls "$T/k" | grep -c part)" 0 '... and no part file left'
done
# SIGTERM: what was not printed is in the --failed list, nothing twice.
rm -rf "$T/k"
cog-fetch --rate 0 --scan --dir "$T/k" --failed "$T/left" <"$T/list" \
    >"$T/got" 2>/dev/null &
pid=$!
sleep 0.3
kill -TERM $pid 2>/dev/null
wait $pid
{ jq -r .session_id "$T/got" | uniq; jq -r .id "$T/left"; } | sort >"$T/seen"
jq -r .id "$T/list" | sort >"$T/all"
same_file "$T/seen" "$T/all" \
    'SIGTERM: every session printed or in the --failed list, none in both'
cog-fetch --rate 0 --scan --dir "$T/k" <"$T/left" >>"$T/got"
jq -r .session_id "$T/got" | uniq | sort >"$T/seen"
same_file "$T/seen" "$T/all" '... and a rerun of the list completes the run'
stop_mock

# Failures: a scan that fails fails every session; a planted link fails
# its own.
net_mock --sessions 5 --fault 5xx
cog-sessions --rate 0 --retries 0 --since 2000-01-01 >"$T/list" 2>/dev/null ||
	printf 'sess_%05d\n' 1 2 3 4 5 >"$T/list"
cog-fetch --rate 0 --retries 1 --scan --failed "$T/failed" <"$T/list" \
    >"$T/out" 2>"$T/err"
is $? 1 'a scan that keeps failing: 1'
is "$(cat "$T/out")" '' '... nothing printed'
same_file "$T/failed" "$T/list" '... every session in the failed file'
like "$(cat "$T/err")" "session 'sess_00001': the scan failed \\(page 1\\): injected 50" \
    '... each named, with the reason'
stop_mock
net_mock --sessions 5
cog-sessions --rate 0 --since 2000-01-01 >"$T/list"
mkdir -m 700 "$T/ln"
ln -s "$T/elsewhere" "$T/ln/sess_00002.jsonl.part"
cog-fetch --rate 0 --scan --dir "$T/ln" <"$T/list" >"$T/out" 2>"$T/err"
is $? 1 'a link planted at a part file: 1'
like "$(cat "$T/err")" "session 'sess_00002': cannot open '.*sess_00002.jsonl.part': a symbolic link, not followed" \
    '... that session fails, named'
ok '... the link not followed' test ! -e "$T/elsewhere"
is "$(jq -r .session_id "$T/out" | sort -u | tr '\n' ' ')" \
    'sess_00001 sess_00003 sess_00004 sess_00005 ' '... the others delivered'
stop_mock

# A dialect that cannot scan.
cog-fetch --api rest --scan </dev/null >/dev/null 2>"$T/err"
is $? 2 '--scan with --api rest: a usage error'
like "$(cat "$T/err")" '--scan needs .*--api odata' '... saying which can'

done_testing
