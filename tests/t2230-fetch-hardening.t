#!/bin/sh
# cog-fetch: the files it writes are written through no planted link,
# its folders are private, and its rerun list is whole after any exit.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

# ---- --failed: a file the user names (see base/file.h).
# A line that names no session fails with no request: no emulator.
nofetch() {	# nofetch --failed FILE ...: one bad line in, its line out
	printf '%s\n' '{"id":"no/id"}' |
	    COG_BASE_URL=http://127.0.0.1:1 COG_TOKEN=t cog-fetch "$@" \
	    >/dev/null 2>&1
}
echo 'IMPORTANT DATA' >"$T/victim"
# The name the temporary file once had: FILE.tmp.<pid>, planted for the
# pid the tool is about to get.
sh -c 'ln -s "$1/victim" "$1/ff.jsonl.tmp.$$"; exec env COG_BASE_URL=http://127.0.0.1:1 COG_TOKEN=t cog-fetch --failed "$1/ff.jsonl"' \
    sh "$T" <<'IN' >/dev/null 2>&1
{"id":"no/id"}
IN
is "$?:$(cat "$T/victim")" '1:IMPORTANT DATA' \
    '--failed: a link at a predictable temporary name is not written through'
ok '... and the list is a regular file, not that link' \
    sh -c 'test -f "$1" && test ! -L "$1"' sh "$T/ff.jsonl"
is "$(cat "$T/ff.jsonl")" '{"id":"no/id"}' '... holding the failed line'
is "$(ls -A "$T" | grep -c '^ff\.jsonl\.tmp\.[A-Za-z0-9]*$')" 1 \
    '... and no temporary file of its own is left'
rm -f "$T"/ff.jsonl*

echo old >"$T/target"
ln -s "$T/target" "$T/link"
nofetch --failed "$T/link"
ok '--failed to a symbolic link: it stays a link' test -L "$T/link"
is "$(cat "$T/target")" '{"id":"no/id"}' '... and its target gets the list'
ln -s "$T/nowhere" "$T/dangling"
nofetch --failed "$T/dangling"
is "$?" 2 '--failed to a dangling link is an error'
ok '... that creates nothing at its target' test ! -e "$T/nowhere"
mkfifo "$T/fifo"
timeout 20 cat "$T/fifo" >"$T/fromfifo" &
nofetch --failed "$T/fifo"
wait $!
is "$(cat "$T/fromfifo")" '{"id":"no/id"}' '--failed to a fifo: the reader gets the list'
ok '... and it stays a fifo' test -p "$T/fifo"
printf '%s\n' '{"id":"no/id"}' | COG_BASE_URL=http://127.0.0.1:1 COG_TOKEN=t \
    cog-fetch --failed - 2>/dev/null >"$T/dash"
is "$(cat "$T/dash")" '{"id":"no/id"}' '--failed -: standard output'
ok '... and no file named -' test ! -e "$T/-"
printf '%s\n' '{"id":"no/id"}' | COG_BASE_URL=http://127.0.0.1:1 COG_TOKEN=t \
    cog-fetch --failed /dev/fd/3 3>"$T/fd3" >/dev/null 2>&1
is "$(cat "$T/fd3")" '{"id":"no/id"}' '--failed /dev/fd/3: the descriptor'

# ---- --dir: nothing is written or trusted through a planted link.
net_mock --sessions 20
cog-auth >/dev/null
echo 'VICTIM ORIGINAL' >"$T/victim"
mkdir -m 700 "$T/d"
ln -s "$T/victim" "$T/d/sess_00012.jsonl.part"
ln -s "$T/outside" "$T/d/sess_00014.jsonl.part"
printf '%s\n' sess_00012 sess_00013 sess_00014 |
    cog-fetch --dir "$T/d" --failed "$T/failed" >"$T/out" 2>"$T/err"
is "$?" 1 'a link at DIR/<id>.jsonl.part fails its session'
is "$(cat "$T/victim")" 'VICTIM ORIGINAL' '... and its target is not appended to'
ok '... a dangling one creates nothing outside the folder' \
    test ! -e "$T/outside" -a ! -L "$T/d/sess_00014.jsonl"
like "$(cat "$T/err")" "sess_00012: cannot open '.*/d/sess_00012.jsonl.part': a symbolic link, not followed" \
    '... saying so'
is "$(tr '\n' ' ' <"$T/failed")" 'sess_00012 sess_00014 ' '... both in --failed'
is "$(jq -r .session_id "$T/out" | sort -u)" sess_00013 \
    '... and the session between them delivered'

echo '{"planted":"not a transcript"}' >"$T/planted"
mkdir -m 700 "$T/d2"
ln -s "$T/planted" "$T/d2/sess_00003.jsonl"
echo sess_00003 | cog-fetch --dir "$T/d2" >"$T/out" 2>"$T/err"
is "$?" 1 'a link at DIR/<id>.jsonl is not trusted'
unlike "$(cat "$T/out")" planted '... its target is not printed as the session'
like "$(cat "$T/err")" "'.*/d2/sess_00003.jsonl' is a symbolic link: not used" \
    '... saying so'

# ---- The folders that hold raw transcripts are private.
mkdir -m 775 "$T/gw"
echo sess_00001 | cog-fetch --dir "$T/gw" >"$T/out" 2>"$T/err"
is "$?:$(ls -A "$T/gw")" 2: 'a group-writable --dir is refused, nothing written'
like "$(cat "$T/err")" "'.*/gw' can be written by its group" '... saying so'
mkdir -m 777 "$T/ww"
echo sess_00001 | cog-fetch --dir "$T/ww" >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" "^2:.*can be written by all users" \
    '... and so is a world-writable one'
(umask 000 && echo sess_00001 | cog-fetch --dir "$T/new/raw" >/dev/null)
is "$(stat -c %a "$T/new" "$T/new/raw" "$T/new/raw/sess_00001.jsonl" |
    tr '\n' ' ')" '700 700 600 ' '--dir made under umask 000: 0700, files 0600'

# ---- A 404 leaves no empty part file.
mkdir -m 700 "$T/d404"
echo sess_00999 | cog-fetch --dir "$T/d404" >/dev/null 2>&1
is "$?:$(ls -A "$T/d404")" 1: 'a session not found leaves no part file'

# ---- Part files of a run killed outright are cleaned by the next run.
stop_mock
net_mock --sessions 20 --fault slow=1.
mkdir -m 700 "$T/tmp"
printf 'sess_%05d\n' $(seq 20) >"$T/ids"
TMPDIR=$T/tmp cog-fetch -j 4 <"$T/ids" >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 200 ] && ! find "$T/tmp" -name '*.part' -size +0 |
    grep -q .; do
	sleep 0.05
	i=$((i + 1))
done
kill -9 $pid
wait $pid 2>/dev/null
left=$(ls -A "$T/tmp")
like "$left" '^cog-fetch\.' 'SIGKILL leaves a folder in TMPDIR'
stop_mock
net_mock --sessions 20
TMPDIR=$T/tmp cog-fetch -j 4 <"$T/ids" >"$T/ref"
is "$?:$(ls -A "$T/tmp")" 0: '... which the next run removes'

# A live run's folder is left alone by another run.
stop_mock
net_mock --sessions 20 --latency-ms 150
TMPDIR=$T/tmp cog-fetch -j 1 <"$T/ids" >"$T/slow" 2>"$T/slow.err" &
pid=$!
i=0
while [ $i -lt 200 ] && [ -z "$(ls -A "$T/tmp")" ]; do
	sleep 0.05
	i=$((i + 1))
done
echo sess_00001 | TMPDIR=$T/tmp cog-fetch >/dev/null
is "$?:$(ls -A "$T/tmp" | wc -l | tr -d ' ')" 0:1 \
    'another run ends with the live run'"'"'s folder in place'
wait $pid
is "$?:$(cat "$T/slow.err")" 0: '... and the live run finishes'
same_file "$T/slow" "$T/ref" '... with every session'
is "$(ls -A "$T/tmp")" '' '... and removes its folder'

# ---- A message that carries its own session_id or seq: each key once.
mkdir -m 700 "$T/own"
printf '%s\n' '{"session_id":"other","seq":99,"t":"x"}' \
    '{"session_\u0069d":"other2","t":"y"}' >"$T/own/s_dupsid.jsonl"
echo s_dupsid | COG_BASE_URL=http://127.0.0.1:1 COG_TOKEN=t \
    cog-fetch --dir "$T/own" >"$T/dup"
is "$(jq -r '[.session_id, .seq, ._session_id, ._seq] | @tsv' "$T/dup" |
    tr '\t\n' ', ')" 's_dupsid,0,other,99 s_dupsid,1,other2, ' \
    "the message's own members are renamed _session_id and _seq"
is "$(jq -c 'to_entries | map(.key)' "$T/dup" | tr '\n' ' ')" \
    '["session_id","seq","_session_id","_seq","t"] ["session_id","seq","_session_id","t"] ' \
    '... so the record has each key once'
COG_AUDIT_KEY=auditkey-0123456789abcdef cog-audit --split-dir "$T/sd" \
    <"$T/dup" >/dev/null
is "$(ls "$T/sd")" s_dupsid.jsonl '... and the audit files it under its session'

done_testing
