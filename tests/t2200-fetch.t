#!/bin/sh
# cog-fetch: output shape, input forms, order, --dir reruns, --failed.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

net_mock --sessions 60 --latency-ms 5
cog-auth >/dev/null
cog-sessions --from sess_00001 --to sess_00060 >"$T/list"

cog-fetch --dir "$T/raw" <"$T/list" >"$T/ref" 2>"$T/err"
is $? 0 'fetch 60 sessions'
is "$(cat "$T/err")" '' '... quietly'
is "$(ls "$T/raw" | grep -c '\.jsonl$')" 60 '... keeping 60 transcripts'
is "$(ls "$T/raw" | grep -c '\.part$')" 0 '... and no part file'
ok 'each raw file has the listed sha256' sh -c '
	jq -r "\"\(.sha256)  $1/\(.id).jsonl\"" "$2" | sha256sum -c --quiet' \
	sh "$T/raw" "$T/list"
is "$(wc -l <"$T/ref" | tr -d ' ')" "$(jq -s 'map(.messageCount) | add' \
    "$T/list")" 'one line per message'
for id in sess_00001 sess_00037; do
	grep "^{\"session_id\":\"$id\"," "$T/ref" |
	    sed 's/^{"session_id":"[^"]*","seq":[0-9]*,/{/' >"$T/strip"
	same_file "$T/strip" "$T/raw/$id.jsonl" \
	    "$id: the rest of each line is as the server sent it"
done
is "$(grep '"session_id":"sess_00002"' "$T/ref" | sed -n '1p;$p' |
    sed 's/^\({"session_id":"[^"]*","seq":[0-9]*\),.*/\1/' | tr '\n' ' ')" \
    "{\"session_id\":\"sess_00002\",\"seq\":0 {\"session_id\":\"sess_00002\",\"seq\":$(jq -r 'select(.id == "sess_00002") | .messageCount - 1' "$T/list") " \
    'session_id and seq come first, seq counting from 0'
is "$(jq -r .session_id "$T/ref" | uniq | tr '\n' ' ')" \
    "$(jq -r .id "$T/list" | tr '\n' ' ')" 'sessions in input order'

# Without --dir: the same output, and no directory left behind.
mkdir "$T/tmp"
TMPDIR=$T/tmp cog-fetch <"$T/list" >"$T/out"
same_file "$T/out" "$T/ref" 'without --dir: the same output'
is "$(ls -A "$T/tmp")" '' '... and the private directory is gone'

# Input order whatever the concurrency, and whatever the order.
sort -r "$T/list" >"$T/rlist"
for j in 1 50; do
	TMPDIR=$T/tmp cog-fetch -j $j <"$T/rlist" >"$T/out"
	is "$(jq -r .session_id "$T/out" | uniq | tr '\n' ' ')" \
	    "$(jq -r .id "$T/rlist" | tr '\n' ' ')" "-j $j keeps input order"
done
TMPDIR=$T/tmp cog-fetch -j 1 <"$T/list" >"$T/out"
same_file "$T/out" "$T/ref" '-j 1 gives the same bytes'

# Input forms: items, session_id lines, bare ids, blank lines.
printf '%s\n' sess_00003 '' '{"session_id":"sess_00001"}' \
    "$(sed -n 2p "$T/list")" '  sess_00004  ' >"$T/mixed"
TMPDIR=$T/tmp cog-fetch <"$T/mixed" >"$T/out"
is $? 0 'mixed input forms'
is "$(jq -r .session_id "$T/out" | uniq | tr '\n' ' ')" \
    'sess_00003 sess_00001 sess_00002 sess_00004 ' '... in their order'
printf 'sess_00005\nsess_00005\n' | TMPDIR=$T/tmp cog-fetch >"$T/out" \
    2>/dev/null
is "$(grep -c '"seq":0,' "$T/out")" 1 'a session named twice comes once'
printf 'sess_00005\nsess_00005\n' | cog-fetch --dir "$T/raw" >"$T/out2" \
    2>/dev/null
same_file "$T/out2" "$T/out" '... also with --dir'

# A rerun with --dir makes no transcript request.
: >"$MOCK_LOG"
cog-fetch --dir "$T/raw" <"$T/list" >"$T/out"
same_file "$T/out" "$T/ref" 'a rerun gives the same output'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" 0 \
    '... without a transcript request'
jq -r .id "$T/list" | cog-fetch --dir "$T/raw" >"$T/out"
same_file "$T/out" "$T/ref" 'bare ids trust verified files'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" 0 \
    '... without a request either'
# A damaged file is caught by the listed sha256 and fetched again.
printf 'tampered\n' >>"$T/raw/sess_00009.jsonl"
cog-fetch -v --dir "$T/raw" <"$T/list" >"$T/out" 2>"$T/err"
same_file "$T/out" "$T/ref" 'a damaged file is fetched again'
is "$(requests '/api/v1/sessions/[^"]*/transcript')" 1 '... alone'
like "$(cat "$T/err")" "sess_00009: '.*' differs from the list" \
    '... saying why'

# A line that is not a JSON object fails its session, not the others.
mkdir "$T/bad"
cp "$T/raw/sess_00001.jsonl" "$T/raw/sess_00003.jsonl" "$T/bad/"
{ head -n 2 "$T/raw/sess_00002.jsonl"; echo '[1,2]';
    tail -n +3 "$T/raw/sess_00002.jsonl"; } >"$T/bad/sess_00002.jsonl"
printf 'sess_00001\nsess_00002\nsess_00003\n' >"$T/three"
: >"$MOCK_LOG"
cog-fetch --dir "$T/bad" --failed "$T/failed" <"$T/three" >"$T/out" \
    2>"$T/err"
is $? 1 'a transcript with a non-object line: exit 1'
is "$(jq -r .session_id "$T/out" | uniq | tr '\n' ' ')" \
    'sess_00001 sess_00003 ' '... its messages are all left out'
like "$(cat "$T/err")" '^cog-fetch: sess_00002: message 3: not a JSON object$' \
    '... with the reason on stderr'
is "$(cat "$T/failed")" sess_00002 '... and its line in --failed'

# Bad input lines fail in their place; the rest is delivered.
printf 'sess_00001\n../etc/passwd\n{"id":42}\nsess_00002\n' >"$T/in"
TMPDIR=$T/tmp cog-fetch --failed "$T/failed" <"$T/in" >"$T/out" 2>"$T/err"
is $? 1 'bad input lines: exit 1'
is "$(jq -r .session_id "$T/out" | uniq | tr '\n' ' ')" \
    'sess_00001 sess_00002 ' '... the good ones are delivered'
is "$(cat "$T/failed")" "$(sed -n 2,3p "$T/in")" \
    '... the bad ones go to --failed'
is "$(wc -l <"$T/err" | tr -d ' ')" 2 '... one stderr line each'

# An unknown session fails; --failed then reruns it.
printf 'sess_00001\nsess_00999\nsess_00002\n' >"$T/in"
TMPDIR=$T/tmp cog-fetch --failed "$T/failed" <"$T/in" >"$T/out" 2>"$T/err"
is $? 1 'an unknown session: exit 1'
like "$(cat "$T/err")" '^cog-fetch: sess_00999: HTTP 404: no session sess_00999$' \
    '... reported with its id and reason'
is "$(cat "$T/failed")" sess_00999 '... and listed in --failed'
cp "$T/failed" "$T/f2"
TMPDIR=$T/tmp cog-fetch --failed "$T/f2" <"$T/f2" >"$T/out" 2>/dev/null
is "$(cat "$T/f2")" sess_00999 '--failed may be the file being read'
TMPDIR=$T/tmp cog-fetch --failed "$T/failed" <"$T/list" >"$T/out"
is $? 0 'a clean run exits 0'
is "$(cat "$T/failed")" '' '... and leaves --failed empty'

TMPDIR=$T/tmp cog-fetch --progress <"$T/list" >"$T/out" 2>"$T/err"
same_file "$T/out" "$T/ref" '--progress changes no output'
like "$(tr '\r' '\n' <"$T/err")" '^cog-fetch: 60/60 sessions, [0-9.]+ [kM]?B, [0-9.]+ [kM]?B/s' \
    '--progress shows sessions done out of the total on stderr'
TMPDIR=$T/tmp cog-fetch <"$T/list" >"$T/out" 2>"$T/err"
is "$(cat "$T/err")" '' 'no progress line when stderr is not a terminal'
TMPDIR=$T/tmp cog-fetch <"$T/list" >/dev/full 2>"$T/err"
is $? 2 '>/dev/full exits 2'
is "$(ls -A "$T/tmp")" '' '... cleaning up its directory'
TMPDIR=$T/tmp cog-fetch <"$T/list" | head -n 1 >/dev/null
is "$(ls -A "$T/tmp")" '' 'a closed pipe also cleans up'

# Unmasked transcripts are private, whatever the umask.
(umask 022 && cog-fetch --dir "$T/priv/raw" <"$T/list" >/dev/null)
is "$(stat -c %a "$T/priv" "$T/priv/raw" | tr '\n' ' ')" "700 700 " \
    '--dir creates private directories'
is "$(stat -c %a "$T/priv/raw"/*.jsonl | sort -u)" 600 \
    'and private transcript files'

# A message line starting with white space and a CR is still one object.
mkdir "$T/crdir"
printf '\r {"text":"hi"}\n' >"$T/crdir/sess_x.jsonl"
echo sess_x | COG_TOKEN=x COG_BASE_URL=http://127.0.0.1:9 \
    cog-fetch --dir "$T/crdir" >"$T/crout"
is "$(cat "$T/crout")" '{"session_id":"sess_x","seq":0,"text":"hi"}' \
    'a CR before the object is skipped, not copied into it'

# More sessions than the window (64 with -j 1), all on disk already: they
# finish at once, after the input has ended, and none may be left behind.
mkdir -m 700 "$T/many"
i=1
while [ $i -le 100 ]; do
	printf '{"text":"m%d"}\n' $i >"$T/many/s_$i.jsonl"
	echo "s_$i"
	i=$((i + 1))
done >"$T/many.ids"
COG_TOKEN=x COG_BASE_URL=http://127.0.0.1:9 cog-fetch -j 1 --dir "$T/many" \
    <"$T/many.ids" >"$T/out"
is "$(jq -r .text "$T/out" | tr '\n' ' ')" \
    "$(sed 's/^s_/m/' "$T/many.ids" | tr '\n' ' ')" \
    'a rerun of more sessions than the window delivers them all'
done_testing
