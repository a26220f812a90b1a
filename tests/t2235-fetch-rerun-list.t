#!/bin/sh
# cog-fetch --failed after a run that ends early: a fatal error or a
# signal leaves in the rerun list every session it did not deliver.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

N=100
printf 'sess_%05d\n' $(seq $N) >"$T/ids"
# delivered FILE: the sessions of an output, in order.
delivered() {
	jq -r .session_id "$1" | uniq
}

net_mock --sessions $N
cog-fetch -j 4 <"$T/ids" >"$T/ref"
is $? 0 'fault-free reference'
stop_mock

# Each token is good for 5 transcripts; logging in again is refused.
net_mock --sessions $N --fault token-uses=5 --fault auth-fail=99@1
cog-auth >/dev/null
mkdir -m 700 "$T/raw"
cog-fetch -j 2 --dir "$T/raw" --failed "$T/failed" <"$T/ids" >"$T/out" \
    2>"$T/err"
is $? 2 'a login refused mid-run is fatal'
like "$(cat "$T/err")" 'login failed: .*\(401\)' '... and says so'
n=$(wc -l <"$T/failed" | tr -d ' ')
ok "... after which $n sessions are in --failed" test "$n" -ge $((N - 5))
{ delivered "$T/out"; cat "$T/failed"; } >"$T/both"
same_file "$T/both" "$T/ids" \
    '... exactly those not delivered, in input order'
like "$(cat "$T/err")" "$n sessions not delivered added to '.*/failed'" \
    '... saying how many'
stop_mock

net_mock --sessions $N
cog-fetch -j 4 --dir "$T/raw" --failed "$T/failed2" <"$T/failed" \
    >"$T/out2"
is "$?:$(cat "$T/failed2")" 0: 'the rerun of the list fetches the rest'
cat "$T/out" "$T/out2" >"$T/all"
same_file "$T/all" "$T/ref" '... and both runs together are the whole output'
stop_mock

# Input still coming when the error strikes is read to its end.
net_mock --sessions $N --fault token-uses=3 --fault auth-fail=99@1
cog-auth >/dev/null
{ sed 5q "$T/ids"; sleep 1; sed 1,5d "$T/ids"; } |
    cog-fetch -j 1 --failed "$T/failed" >"$T/out" 2>/dev/null
is $? 2 'a fatal error with input still to come'
{ delivered "$T/out"; cat "$T/failed"; } >"$T/both"
same_file "$T/both" "$T/ids" \
    '... has the input not yet read in --failed too'
stop_mock

# A signal: the sessions read and not delivered.
net_mock --sessions 20 --latency-ms 200
sed 20q "$T/ids" >"$T/ids20"
cog-fetch -j 1 --failed "$T/failed.sig" <"$T/ids20" >"$T/out.sig" \
    2>"$T/err" &
pid=$!
i=0
while [ $i -lt 400 ] && [ ! -s "$T/out.sig" ]; do
	sleep 0.05
	i=$((i + 1))
done
kill -TERM $pid
wait $pid 2>/dev/null
is $? 143 'SIGTERM ends the run'
{ delivered "$T/out.sig"; cat "$T/failed.sig"; } >"$T/both"
same_file "$T/both" "$T/ids20" \
    '... with every session not delivered in --failed'
ok '... which names some' test -s "$T/failed.sig"

# The reader of the output gone: what is left is in the list too.
cog-fetch -j 1 --failed "$T/failed.pipe" <"$T/ids20" 2>/dev/null |
    head -n 1 >/dev/null
n=$(wc -l <"$T/failed.pipe" | tr -d ' ')
ok "a reader gone away: $n sessions in --failed" test "$n" -ge 1
tail -n "$n" "$T/ids20" >"$T/tail"
same_file "$T/failed.pipe" "$T/tail" '... the rest of the input, in order'
stop_mock

done_testing
