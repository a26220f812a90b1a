#!/bin/sh
# cog-audit writes nothing through a link: --split-dir makes its files
# under a folder of its own (0700, or refused when others can write to
# it), exclusively and 0600, and the audit log is never a link.
. "${0%/*}/lib.sh"

COG_AUDIT_KEY=audit-key-0123456789abcdef
export COG_AUDIT_KEY
printf '%s\n' '{"session_id":"s1","t":"a"}' '{"session_id":"s2","t":"b"}' \
    '{"session_id":"s1","t":"c"}' >"$T/in"

# Links planted at the temporary names (predictable: sh's pid becomes
# cog-audit's through exec) and at a final name.
mkdir "$T/sd"
echo 'VICTIM B' >"$T/victimB"
echo 'VICTIM C' >"$T/victimC"
ln -s "$T/victimC" "$T/sd/s2.jsonl"
sh -c 'ln -s "$1/victimB" "$1/sd/.s2.jsonl.tmp.$$"
	ln -s "$1/victimB" "$1/sd/.s1.jsonl.tmp.$$"
	exec cog-audit --split-dir "$1/sd" <"$1/in"' sh "$T" >/dev/null \
    2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'links planted in the split folder: cog-audit runs'
is "$(cat "$T/victimB"):$(cat "$T/victimC")" 'VICTIM B:VICTIM C' \
    '... and writes through none of them'
printf '%s\n' '{"session_id":"s1","t":"a"}' '{"session_id":"s1","t":"c"}' \
    >"$T/want1"
same_file "$T/sd/s1.jsonl" "$T/want1" \
    '... s1.jsonl holds its records, its earlier ones first'
ok '... s2.jsonl is a file of its own, not the link' sh -c \
    'test -f "$1" && ! test -L "$1"' sh "$T/sd/s2.jsonl"
is "$(ls -A "$T/sd" | tr '\n' ' ')" 's1.jsonl s2.jsonl ' \
    '... and nothing else is left'
is "$(stat -c %a "$T/sd/s1.jsonl") $(stat -c %a "$T/sd/s2.jsonl")" \
    '600 600' 'split files are 0600'

# The folder.
cog-audit --split-dir "$T/new/sub/sd" <"$T/in" >/dev/null
is "$?:$(stat -c %a "$T/new/sub/sd")" 0:700 'a new split folder is made 0700'
for m in 777 770 1777 702; do
	mkdir -p "$T/m$m"
	chmod "$m" "$T/m$m"
	cog-audit --split-dir "$T/m$m" <"$T/in" >"$T/out" 2>"$T/err"
	is "$?:$(cat "$T/out")" 2: "a folder of mode $m is refused"
	is "$(ls -A "$T/m$m")" '' '... and nothing is written in it'
done
like "$(cat "$T/err")" "^cog-audit: --split-dir: '.*/m702' can be written by all users" \
    '... saying why'
mkdir "$T/m755"
chmod 755 "$T/m755"
cog-audit --split-dir "$T/m755" <"$T/in" >/dev/null
is "$?:$(ls "$T/m755" | tr '\n' ' ')" '0:s1.jsonl s2.jsonl ' \
    'a folder only its owner can write to is used'

# The audit log.
echo 'IMPORTANT' >"$T/victimL"
ln -s "$T/victimL" "$T/log"
cog-audit --log "$T/log" <"$T/in" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'a log that is a symbolic link is refused'
like "$(cat "$T/err")" "^cog-audit: '.*/log' is a symbolic link: not appending" \
    '... saying so'
is "$(cat "$T/victimL")" IMPORTANT '... and its target is left alone'
ln -s "$T/nowhere" "$T/dlog"
cog-audit --log "$T/dlog" <"$T/in" >/dev/null 2>&1
is "$?" 2 'a dangling link too'
ok '... which creates nothing' test ! -e "$T/nowhere"
mkfifo "$T/flog"
cog-audit --log "$T/flog" <"$T/in" >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" "^2:cog-audit: '.*/flog' is not a regular file" \
    'a log that is a fifo is refused'
cog-audit --log "$T/rlog" <"$T/in" >/dev/null
is "$?:$(wc -l <"$T/rlog" | tr -d ' ')" 0:1 'a new log is created'
done_testing
