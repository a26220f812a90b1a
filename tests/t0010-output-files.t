#!/bin/sh
# A file the user names is written without harm to what the path is:
# a regular file is replaced atomically, a link is written through and
# stays a link, a fifo and /dev/fd/N get the bytes, a dangling link
# creates nothing.  (cog-mask --stats stands for every such option; the
# function behind them all is tested in tests/unit/file.c.)
. "${0%/*}/lib.sh"

COG_MASK_KEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export COG_MASK_KEY
echo '{"t":"mail bob@example.com"}' >"$T/in"
stats() {	# stats FILE: cog-mask --stats FILE, its output dropped
	cog-mask --stats "$1" <"$T/in" >/dev/null
}

stats "$T/new"
is "$?:$(jq -r .records "$T/new")" 0:1 'a new file'
ls -i "$T/new" >"$T/ino1"
stats "$T/new"
ls -i "$T/new" >"$T/ino2"
ok '... a regular file is replaced by a new one' sh -c \
    '! cmp -s "$1" "$2"' sh "$T/ino1" "$T/ino2"
is "$(ls -A "$T" | grep -c '^new')" 1 '... and no temporary file is left'

echo old >"$T/target"
ln -s "$T/target" "$T/link"
stats "$T/link"
ok 'a symbolic link stays a link' test -L "$T/link"
is "$(jq -r .records "$T/target")" 1 '... and its target gets the stats'

ln -s "$T/nowhere" "$T/dangling"
stats "$T/dangling" 2>"$T/err"
is "$?" 2 'a dangling link is an error'
like "$(cat "$T/err")" "^cog-mask: cannot write '.*/dangling': No such file" \
    '... saying so'
ok '... and nothing is created at its target' test ! -e "$T/nowhere"

mkfifo "$T/fifo"
timeout 20 cat "$T/fifo" >"$T/fromfifo" &
stats "$T/fifo"
wait $!
is "$(jq -r .records "$T/fromfifo")" 1 'a fifo: the reader gets the stats'
ok '... and it stays a fifo' test -p "$T/fifo"

cog-mask --stats /dev/fd/3 <"$T/in" 3>"$T/fd3" >/dev/null
is "$(jq -r .records "$T/fd3")" 1 '/dev/fd/N: the descriptor gets them'
{ echo first; cog-mask --stats /dev/fd/3 <"$T/in" 3>&1 >/dev/null; } \
    >>"$T/log"
{ echo last; } >>"$T/log"
is "$(head -n 1 "$T/log"):$(sed -n 2p "$T/log" | jq -r .records):$(tail -n 1 "$T/log")" \
    first:1:last '... written where it is, not reopened and truncated'
done_testing
