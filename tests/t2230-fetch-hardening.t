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

done_testing
