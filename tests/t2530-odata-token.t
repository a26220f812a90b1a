#!/bin/sh
# --api odata: the API key, read by the tools from COG_TOKEN or
# --token-file before COG_API_KEY and sent as the key is (the apikey
# header, or the query with --key-in-query); cog-auth never prints it
# and takes no --token-file.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

COG_API=odata
KEY=odata-hand-over-0123456789
ALL='--since 2000-01-01'
export COG_API
unset COG_API_KEY_FILE COG_TOKEN COG_ODATA_DATES

# mock ARGS: the emulator, taking $KEY; the tools then get no key but
# the one each command gives.
mock() {
	COG_API_KEY=$KEY
	export COG_API_KEY
	net_mock "$@"
	unset COG_API_KEY
}

mock --sessions 8 --projects 2
COG_API_KEY=$KEY cog-sessions $ALL >"$T/ref" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'COG_API_KEY: the reference list'
COG_API_KEY=$KEY cog-auth -p >"$T/out" 2>"$T/err"
is "$?:$(wc -c <"$T/out" | tr -d ' ')" 2:0 'cog-auth -p prints no API key'
like "$(cat "$T/err")" 'API key .*never printed' '... and says so'
unlike "$(cat "$T/err")" "$KEY" '... nor shows it there'
COG_API_KEY=$KEY cog-auth >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-auth checks the key'
unlike "$(cat "$T/out")" "$KEY" '... without printing it'
(umask 077 && printf '%s\n' "$KEY" >"$T/tok")

: >"$MOCK_LOG"
COG_TOKEN=$KEY cog-sessions $ALL >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'COG_TOKEN=KEY cog-sessions'
same_file "$T/out" "$T/ref" '... the same session lines'
is "$(jq -r 'select(.path | startswith("/v2.4/")) | .cred' "$MOCK_LOG" |
    sort -u)" header '... the key sent in the apikey header'
unlike "$(cat "$MOCK_LOG")" '"status":401' '... and never refused'
COG_TOKEN=$KEY COG_API_KEY=wrong cog-sessions $ALL >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'COG_TOKEN before COG_API_KEY'
: >"$MOCK_LOG"
cog-sessions --token-file "$T/tok" $ALL >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-sessions --token-file with a file of the key'
same_file "$T/out" "$T/ref" '... the same session lines'
is "$(jq -r 'select(.path | startswith("/v2.4/")) | .cred' "$MOCK_LOG" |
    sort -u)" header '... the key in the header'
COG_TOKEN=$KEY cog-fetch <"$T/ref" >"$T/recs" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'COG_TOKEN: cog-fetch reads the transcripts'
COG_API_KEY=$KEY cog-fetch <"$T/ref" >"$T/recs.ref" 2>/dev/null
same_file "$T/recs" "$T/recs.ref" '... as with COG_API_KEY'
COG_TOKEN=wrong cog-sessions $ALL >/dev/null 2>"$T/err"
is $? 2 'a wrong key in COG_TOKEN fails'
like "$(cat "$T/err")" 'rejected: .*\(401, code 401\)' '... one line saying so'
COG_TOKEN=$KEY cog-auth --status >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 1: 'cog-auth ignores COG_TOKEN, as under v1 and rest'
stop_mock

# The key in the query, as some tenants want it.
mock --sessions 8 --projects 2 --mode key-slot=query
: >"$MOCK_LOG"
COG_TOKEN=$KEY cog-sessions $ALL --key-in-query -v >"$T/out" 2>"$T/err"
is $? 0 'COG_TOKEN with --key-in-query'
same_file "$T/out" "$T/ref" '... lists the sessions'
is "$(jq -r 'select(.path | startswith("/v2.4/")) | .cred' "$MOCK_LOG" |
    sort -u)" query '... the key in the query'
unlike "$(cat "$T/err" "$T/out")" "$KEY" '... never logged'
cog-sessions --token-file "$T/tok" $ALL --key-in-query >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--token-file with --key-in-query'
same_file "$T/out" "$T/ref" '... lists the sessions'
COG_TOKEN=$KEY cog-sessions $ALL >/dev/null 2>&1
is $? 2 '... and without it the header is refused there'
stop_mock

# cog-auth makes the token file; it reads none, whatever the dialect.
for api in v1 rest odata; do
	COG_BASE_URL=http://127.0.0.1:9 cog-auth --api $api -p \
	    --token-file "$T/tok" >"$T/out" 2>"$T/err"
	is "$?:$(wc -c <"$T/out" | tr -d ' ')" 2:0 \
	    "$api: cog-auth -p --token-file is refused"
	is "$(head -n 1 "$T/err")" \
	    "cog-auth: --token-file: cog-auth reads no token but makes one; 'cog-auth -p >FILE' writes the file that --token-file of the other tools reads" \
	    '... saying what cog-auth does instead'
done
done_testing
