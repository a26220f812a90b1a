#!/bin/sh
# cog-fetch under the emulator's faults combined, and under faults that
# do not stop: the output is exactly the fault-free one, or failures.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"
. "$TOP/tests/faultlib.sh"

check 'all at once' --retries 10 -- --fault 429=2 --fault 5xx=.2 \
    --fault cut=.2 --fault ignore-range=.5 --fault bad-digest=1 \
    --fault slow=.2
check 'all at once, -j 1' -j 1 --retries 10 -- --fault 429=1 --fault 5xx=3 \
    --fault cut=3 --fault ignore-range=1 --fault bad-digest=1 --fault slow=1

net_mock --sessions $N --fault bad-digest
cog-fetch --dir "$T/bd" --failed "$T/failed" <"$T/list" >"$T/out" 2>"$T/err"
is $? 1 'a digest that never matches: exit 1'
is "$(cat "$T/out")" '' '... nothing unverified is printed'
is "$(grep -c 'does not match Repr-Digest twice' "$T/err")" $N \
    '... every session reported'
same_file "$T/failed" "$T/list" '... and listed in --failed'
is "$(ls "$T/bd" | wc -l | tr -d ' ')" 0 '... with no file kept'
stop_mock
net_mock --sessions $N
cog-fetch --dir "$T/bd" --failed "$T/failed" <"$T/failed" >"$T/out"
is $? 0 'rerunning the --failed file'
same_file "$T/out" "$T/ref" '... delivers everything'
stop_mock

net_mock --sessions $N --fault 5xx
cog-fetch --retries 1 --failed "$T/failed" <"$T/list" >"$T/out" 2>"$T/err"
is $? 1 'a server that keeps failing: exit 1'
like "$(head -n 1 "$T/err")" '^cog-fetch: sess_000[0-9][0-9]: HTTP 50[023]: injected 50[023] \(gave up after 1 retry\)$' \
    '... each session reported with its reason'
same_file "$T/failed" "$T/list" '... and listed in --failed'
done_testing
