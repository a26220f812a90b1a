#!/bin/sh
# cog-fetch: a run killed halfway, part files, 416, local verification.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"

N=40
net_mock --sessions $N
cog-auth >/dev/null
cog-sessions --from sess_00001 --to sess_000$N >"$T/list"
cog-fetch --dir "$T/ref.d" <"$T/list" >"$T/ref"
is $? 0 'fault-free reference'
stop_mock

net_mock --sessions $N --latency-ms 20 --fault slow=.5
cog-fetch -j 4 --dir "$T/raw" <"$T/list" >"$T/out1" 2>/dev/null &
pid=$!
i=0
while [ $i -lt 300 ]; do
	nfinal=$(ls "$T/raw" 2>/dev/null | grep -c 'jsonl$')
	npart=$(find "$T/raw" -name '*.part' -size +0 2>/dev/null | wc -l)
	[ "$nfinal" -ge 3 ] && [ "$npart" -ge 1 ] && break
	sleep 0.05
	i=$((i + 1))
done
kill -9 $pid
wait $pid 2>/dev/null
nfinal=$(ls "$T/raw" | grep -c 'jsonl$')
npart=$(find "$T/raw" -name '*.part' -size +0 | wc -l)
ok "killed halfway: $nfinal verified, $npart partial" \
    test "$nfinal" -lt $N -a "$nfinal" -ge 1
ls "$T/raw" | sed -n 's/\.jsonl$//p' >"$T/had"
sleep 2	# let the emulator finish and log the killed run's slow answers
: >"$MOCK_LOG"
cog-fetch -j 4 --dir "$T/raw" <"$T/list" >"$T/out2"
is $? 0 'the rerun exits 0'
same_file "$T/out2" "$T/ref" '... with exactly the fault-free output'
is "$(ls "$T/raw" | grep -c part)" 0 '... and no part file left'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" $((N - nfinal)) \
    '... requesting only what was not verified'
is "$(for id in $(cat "$T/had"); do requests "/api/v1/sessions/$id/transcript"; done | sort -u | tr '\n' ' ')" \
    '0 ' '... and nothing that was'
if [ "$npart" -gt 0 ]; then
	ok '... resuming part files with a Range' \
	    grep -q '"range":"bytes=[1-9][0-9]*-"' "$MOCK_LOG"
fi
stop_mock

net_mock --sessions $N
# A complete part file: verified locally when the item gives sha256 and
# bytes, else confirmed by a 416 to its Range.
mkdir "$T/p1"
cp "$T/ref.d/sess_00005.jsonl" "$T/p1/sess_00005.jsonl.part"
: >"$MOCK_LOG"
grep '"sess_00005"' "$T/list" | cog-fetch --dir "$T/p1" >"$T/out"
grep '"session_id":"sess_00005"' "$T/ref" >"$T/want"
same_file "$T/out" "$T/want" 'a complete part file with an item'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" 0 '... needs no request'
ok '... and is renamed into place' test -f "$T/p1/sess_00005.jsonl"
mv "$T/p1/sess_00005.jsonl" "$T/p1/sess_00005.jsonl.part"
echo sess_00005 | cog-fetch -v --dir "$T/p1" >"$T/out" 2>"$T/err"
same_file "$T/out" "$T/want" 'a complete part file with a bare id'
ok '... is confirmed by a 416' grep -q '"status":416' "$MOCK_LOG"

# Parts that are wrong: the digests catch them.
mkdir "$T/p2"
size=$(wc -c <"$T/ref.d/sess_00006.jsonl")
head -c "$size" /dev/zero >"$T/p2/sess_00006.jsonl.part"
head -c 100 /dev/zero >"$T/p2/sess_00007.jsonl.part"
head -c $((size * 2)) /dev/zero >"$T/p2/sess_00008.jsonl.part"
grep -e '"sess_0000[678]"' "$T/list" >"$T/in"
cog-fetch --dir "$T/p2" <"$T/in" >"$T/out"
is $? 0 'wrong part files with items'
grep -e '"session_id":"sess_0000[678]"' "$T/ref" >"$T/want"
same_file "$T/out" "$T/want" '... are fetched again whole'
rm -r "$T/p2"
mkdir "$T/p2"
head -c 100 /dev/zero >"$T/p2/sess_00007.jsonl.part"
: >"$MOCK_LOG"
echo sess_00007 | cog-fetch -v --dir "$T/p2" >"$T/out" 2>"$T/err"
grep '"session_id":"sess_00007"' "$T/ref" >"$T/want"
same_file "$T/out" "$T/want" 'a wrong part with a bare id is fetched again'
like "$(cat "$T/err")" 'does not match Repr-Digest; fetching it again' \
    '... after its resumed digest failed'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" 2 '... in two requests'
stop_mock

# The server ignores the Range of a resumed download: start over.
net_mock --sessions $N --fault ignore-range
mkdir "$T/p3"
head -c 300 "$T/ref.d/sess_00009.jsonl" >"$T/p3/sess_00009.jsonl.part"
echo sess_00009 | cog-fetch -v --dir "$T/p3" >"$T/out" 2>"$T/err"
grep '"session_id":"sess_00009"' "$T/ref" >"$T/want"
same_file "$T/out" "$T/want" 'a 200 to a Range does not append'
same_file "$T/p3/sess_00009.jsonl" "$T/ref.d/sess_00009.jsonl" \
    '... and the kept file is right'
like "$(cat "$T/err")" 'the server ignored the Range; starting over' \
    '... saying so with -v'
done_testing
