#!/bin/sh
# cog-fetch's input: a session named twice is fetched once, a session
# line whose bytes is not a size fails.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

net_mock --sessions 6
cog-auth >/dev/null
printf 'sess_%05d\n' 1 2 3 >"$T/ids"
cog-fetch <"$T/ids" >"$T/ref"
is $? 0 'reference'

printf '%s\n' sess_00001 sess_00002 sess_00001 '{"id":"sess_00003"}' \
    '{"id":"sess_00002"}' >"$T/dup"
: >"$MOCK_LOG"
cog-fetch -v --failed "$T/failed" <"$T/dup" >"$T/out" 2>"$T/err"
is $? 0 'a session named twice: exit 0'
same_file "$T/out" "$T/ref" '... delivered once, in the place of its first line'
is "$(requests '/api/v1/sessions/sess_00001/transcript')" 1 \
    '... and fetched once'
is "$(grep -c 'already on line' "$T/err")" 2 '... each repeat warned about'
err_like 'input line 3: sess_00001: already on line 1, skipped' \
    '... naming both lines'
err_like '3 sessions delivered .*, 0 failed, 2 duplicates skipped' \
    '... and counted'
is "$(cat "$T/failed")" '' '... and not in --failed'

mkdir -m 700 "$T/raw"
cog-fetch --dir "$T/raw" <"$T/dup" >"$T/out" 2>/dev/null
same_file "$T/out" "$T/ref" 'the same with --dir'

printf '%s\n' '{"id":"sess_00001","bytes":-1}' sess_00002 |
    cog-fetch --failed "$T/failed" >"$T/out" 2>"$T/err"
is $? 1 'a session line with negative bytes fails'
err_like 'input line 1: "bytes" is not a size' '... saying why'
is "$(cat "$T/failed")" '{"id":"sess_00001","bytes":-1}' '... into --failed'
is "$(jq -r .session_id "$T/out" | uniq)" sess_00002 '... the others delivered'
# Sessions from file arguments and -, one input after the other.
printf 'sess_%05d\n' 1 >"$T/f1"
printf 'sess_%05d\n' 3 >"$T/f3"
printf 'sess_00002\nsess_00001\n' |
    cog-fetch -v "$T/f1" - "$T/f3" >"$T/out" 2>"$T/err"
is $? 0 'sessions from files and - together'
same_file "$T/out" "$T/ref" '... delivered in the order of the files'
err_like 'input line 3: sess_00001: already on line 1, skipped' \
    '... line numbers counting on through the files'
cog-fetch "$T/f1" "$T/missing" >"$T/out" 2>"$T/err"
is $? 2 'a file that cannot be opened exits 2'
err_like "cannot open '$T/missing': No such file" '... saying why'
cog-fetch --failed "$T/failed" "$T/missing" >"$T/out" 2>"$T/err"
is $? 2 '... also as the first file'
done_testing
