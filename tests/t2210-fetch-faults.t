#!/bin/sh
# cog-fetch under each fault of the emulator alone: the output is always
# exactly the fault-free one.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"
. "$TOP/tests/faultlib.sh"

check '429' -- --fault 429=4
like "$(cat "$T/err")" 'HTTP 429: too many requests; retry 1/5 in [0-9.]+ s \(Retry-After\)' \
    '429: Retry-After is honoured and logged'
like "$(grep 'Retry-After' "$T/err" | sed -n 2p)" 'in [12]\.0 s' \
    '429: an HTTP-date Retry-After is honoured'
check '5xx' -- --fault 5xx=6
like "$(cat "$T/err")" 'HTTP 50[023]: injected 50[023]; retry 1/5' \
    '5xx: each retry is logged'
check 'cut' -- --fault cut=6
like "$(cat "$T/err")" 'GET /api/v1/sessions/sess_[0-9]*/transcript \(Range: bytes=[1-9][0-9]*-\)' \
    'cut: the download resumes with a Range'
ok 'cut: the emulator answered 206' grep -q '"status":206' "$MOCK_LOG"
check 'ignore-range' -- --fault cut=4 --fault ignore-range
like "$(cat "$T/err")" 'the server ignored the Range; starting over' \
    'ignore-range: a 200 to a Range starts over'
check 'bad-digest' -- --fault bad-digest=1
is "$(grep -c 'does not match Repr-Digest; fetching it again' "$T/err")" 1 \
    'bad-digest: each mismatch is fetched again once'
check 'slow' -- --fault slow=.3

# The end of the input seen with lines still unread (200 sessions, more
# than cog-fetch's window of 64), then the head of the window held up by
# a 429 while the rest of the window finishes: every session must still
# come.  The 71st transfer is the head of the second window with -j 4.
net_mock --sessions 200
cog-sessions --from sess_00001 --to sess_00200 >"$T/list200"
cog-fetch <"$T/list200" >"$T/ref200"
stop_mock
net_mock --sessions 200 --fault 429=1@70
cog-fetch -j 4 --failed "$T/failed" <"$T/list200" >"$T/out" 2>"$T/err"
is $? 0 'a head-of-line 429 after the end of the input: exit 0'
same_file "$T/out" "$T/ref200" \
    'a head-of-line 429 after the end of the input: every session comes'
is "$(wc -c <"$T/failed" | tr -d ' ')" 0 'and none is reported failed'
ok 'the emulator did answer 429' grep -q '"status":429' "$MOCK_LOG"
stop_mock
done_testing
