#!/bin/sh
# --api odata: cog-sessions pages the Sessions collection with keyset paging
# on the time stamp, under each OData switch of the emulator; cog-fetch reads
# Conversations by session; the key in a header or the query; errors as one
# line.
. "${0%/*}/lib.sh"
need jq
. "$TOP/tests/netlib.sh"

api_odata
N=60
ALL='--since 2000-01-01'

# ids FILE: the ids of the session lines of FILE, sorted.
ids() {
	jq -r .id "$1" | sort
}

net_mock --sessions $N --projects 3
cog-sessions $ALL --page-size 1000 >"$T/ref"
is $? 0 'list the sessions'
is "$(wc -l <"$T/ref" | tr -d ' ')" $N "... all $N"
is "$(ids "$T/ref" | uniq | wc -l | tr -d ' ')" $N '... none twice'
is "$(jq -r .startedAt "$T/ref" | sort -c && echo sorted)" sorted \
    '... in the order they started'
like "$(head -n 1 "$T/ref")" '^\{"id":"sess_[0-9]+","goals":null,.*"startedAt":"[0-9T:.-]+Z",.*"sessionId":"sess_[0-9]+",.*"projectId":"[0-9a-f]{24}",' \
    "... each line the session's id, then the row's members"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	curl -sS -H "apikey: $COG_API_KEY" \
	    "$MOCK_URL/v2.4/Sessions?\$filter=sessionId%20eq%20'$(printf sess_%05d $i)'" |
	    jq -c '.value[0] | {startedAt, projectId, stepsCount}'
done >"$T/want"
head -n 20 "$T/ref" | sort -t'"' -k4 |
    jq -c '{startedAt, projectId, stepsCount}' >"$T/got"
sort "$T/want" >"$T/want.s"
sort "$T/got" >"$T/got.s"
same_file "$T/got.s" "$T/want.s" '... with what the server holds'

: >"$MOCK_LOG"
cog-sessions $ALL --page-size 7 >"$T/out"
is $? 0 'pages of 7'
same_file "$T/out" "$T/ref" '... give the same list, in order'
is "$(queries | grep -c .)" "$(queries | grep -c 'orderby=startedAt%20asc,id%20asc')" \
    '... every request with its $orderby'
is "$(queries | grep -c '%24')" 0 '... and $ sent as it is'
is "$(queries | grep -c 'skip')" 0 '... no $skip: time stamps differ'
like "$(queries | sed -n 2p)" 'startedAt%20ge%20' \
    '... a later page starts at the time of the last row'

# Many sessions at one time stamp: $skip only inside it, never growing
# over the listing.
stop_mock
net_mock --sessions $N --mode time-grain=86400
cog-sessions $ALL --page-size 1000 >"$T/ref1"
is "$(jq -r .startedAt "$T/ref1" | sort -u | wc -l | tr -d ' ')" 1 \
    'time-grain: every session at one time stamp'
: >"$MOCK_LOG"
cog-sessions $ALL --page-size 7 >"$T/out"
is $? 0 '... listed in pages of 7'
is "$(ids "$T/out" | uniq | tr '\n' ' ')" "$(ids "$T/ref" | tr '\n' ' ')" \
    '... every session once'
like "$(queries | grep -o 'skip=[0-9]*' | tr '\n' ' ')" \
    '^skip=7 skip=14 skip=21 skip=28 skip=35 skip=42 skip=49 skip=56 skip=60 $' \
    '... $skip inside the one time stamp'
stop_mock
net_mock --sessions $N --mode time-grain=600
cog-sessions $ALL --page-size 5 >"$T/out"
is "$(ids "$T/out" | uniq | tr '\n' ' ')" "$(ids "$T/ref" | tr '\n' ' ')" \
    'time-grain=600: some time stamps shared, every session once'
stop_mock

# The server's own page limit, with and without @odata.nextLink.
for mode in odata-max-top=4 odata-nextlink=on; do
	net_mock --sessions $N --projects 3 --mode $mode --mode odata-max-top=4
	cog-sessions $ALL --page-size 50 >"$T/out"
	is $? 0 "$mode: pages cut short by the server"
	same_file "$T/out" "$T/ref" '... still give the whole list'
	stop_mock
done

# %24top refused: the option names go as they are.
net_mock --sessions $N --projects 3 --fault pct24
cog-sessions $ALL --page-size 9 >"$T/out"
is $? 0 'pct24: a server refusing %24top'
same_file "$T/out" "$T/ref" '... is served'
curl -sS -o /dev/null -w '%{http_code}' -H "apikey: $COG_API_KEY" \
    "$MOCK_URL/v2.4/Sessions?%24top=1" >"$T/code"
is "$(cat "$T/code")" 400 '... (which refuses %24top)'
stop_mock

# Date literals: quoted by default, unquoted by COG_ODATA_DATES.
net_mock --sessions $N --projects 3 --mode odata-dates=unquoted --mode error-code=string
cog-sessions $ALL >"$T/out" 2>"$T/err"
is $? 2 'odata-dates=unquoted: a quoted literal is refused'
like "$(cat "$T/err")" "^cog-sessions: cannot list the sessions since 2000-01-01T00:00:00.000Z \(page 1\): .*Edm.DateTimeOffset.* \(400, code 400\)$" \
    "... in one line, with the server's message and code"
COG_ODATA_DATES=unquoted cog-sessions $ALL --page-size 8 >"$T/out"
is $? 0 '... COG_ODATA_DATES=unquoted'
same_file "$T/out" "$T/ref" '... gives the whole list'
like "$(grep -o 'startedAt%20ge%20[^&"]*' "$MOCK_LOG" | tail -n 1)" \
    '^startedAt%20ge%20[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$' \
    '... whole seconds, no quotes'
COG_ODATA_DATES=bare cog-sessions $ALL >/dev/null 2>"$T/err"
is $? 2 'COG_ODATA_DATES=bare is refused'
like "$(cat "$T/err")" "COG_ODATA_DATES: expected 'quoted' or 'unquoted'" \
    '... saying what it takes'
stop_mock
net_mock --sessions $N --projects 3 --mode odata-dates=quoted
COG_ODATA_DATES=unquoted cog-sessions $ALL >/dev/null 2>"$T/err"
is $? 2 'odata-dates=quoted: an unquoted literal is refused'
stop_mock

# A 500 once the keyset cursor passes the last record ends the listing.
net_mock --sessions $N --projects 3 --fault past-end-500
: >"$MOCK_LOG"
cog-sessions --since 2030-01-01 -v --retries 1 >"$T/out" 2>"$T/err"
is $? 0 'past-end-500: a range after the last session'
is "$(cat "$T/out")" '' '... is empty'
like "$(cat "$T/err")" 'the page lies past the last row: the list ends' \
    '... once the last row says so'
like "$(jq -r .status "$MOCK_LOG" | tr '\n' ' ')" '^(500 )+200 $' \
    '... asked with $top=1 after the 500s'
cog-sessions $ALL --page-size 7 >"$T/out"
same_file "$T/out" "$T/ref" '... and a whole list is the same'
stop_mock
net_mock --sessions $N --projects 3 --fault 5xx=2@1
cog-sessions $ALL --page-size 7 --retries 1 >"$T/out" 2>"$T/err"
is $? 2 'a 500 with rows after the cursor'
like "$(cat "$T/err")" 'cannot list the sessions since .* \(page 2\): .*500' \
    '... fails: it is not the end'
stop_mock

# Project and time: the server narrows, the listing keeps to them.
net_mock --sessions $N --projects 3
P2=65a1b2c3d4e5f60718290002
: >"$MOCK_LOG"
cog-sessions --project $P2 >"$T/out"
is $? 0 '--project'
is "$(jq -r .id "$T/out" | tr '\n' ' ')" \
    "$(jq -r "select(.projectId == \"$P2\") | .id" "$T/ref" | tr '\n' ' ')" \
    '... its sessions'
like "$(queries | head -n 1)" "filter=projectId%20eq%20'$P2'" \
    '... asked of the server'
since=$(sed -n 11p "$T/ref" | jq -r .startedAt)
until=$(sed -n 41p "$T/ref" | jq -r .startedAt)
cog-sessions --since "$since" --until "$until" --page-size 6 >"$T/out"
sed -n 11,40p "$T/ref" >"$T/want"
same_file "$T/out" "$T/want" '--since and --until: since included, until not'
cog-sessions --from sess_00005 --to sess_00009 --page-size 6 >"$T/out"
is "$(ids "$T/out" | tr '\n' ' ')" \
    'sess_00005 sess_00006 sess_00007 sess_00008 sess_00009 ' \
    '--from and --to: that id range'
stop_mock

# The key: in the apikey header, or the query with --key-in-query.
net_mock --sessions $N --projects 3 --mode key-slot=query
cog-sessions $ALL -v >"$T/out" 2>"$T/err"
is $? 2 'key-slot=query: the key in the header is refused'
like "$(cat "$T/err")" 'rejected: .*\(401, code 401\)' '... one line saying so'
: >"$MOCK_LOG"
cog-sessions $ALL -v --key-in-query >"$T/out" 2>"$T/err"
is $? 0 '--key-in-query'
same_file "$T/out" "$T/ref" '... lists the sessions'
is "$(jq -r .cred "$MOCK_LOG" | grep -c query)" \
    "$(jq -r .cred "$MOCK_LOG" | grep -c .)" '... the key in the query'
unlike "$(cat "$T/err" "$T/out")" "$COG_API_KEY" '... never logged'
unlike "$(grep -v REDACTED "$MOCK_LOG" | grep -c apikey)" '^[1-9]' \
    '... (the emulator hides it)'
stop_mock
net_mock --sessions $N --projects 3 --mode key-slot=header
cog-sessions $ALL --key-in-query >/dev/null 2>&1
is $? 2 'key-slot=header: the key in the query is refused'
cog-sessions $ALL >"$T/out"
same_file "$T/out" "$T/ref" '... in the header it is taken'
COG_API_KEY= cog-sessions $ALL >/dev/null 2>"$T/err"
is $? 2 'no key'
like "$(cat "$T/err")" 'set COG_API_KEY' '... says where it goes'
printf '%s\n' "$COG_API_KEY" >"$T/key"
chmod 600 "$T/key"
COG_API_KEY= COG_API_KEY_FILE=$T/key cog-sessions $ALL >"$T/out"
same_file "$T/out" "$T/ref" '... COG_API_KEY_FILE gives it'
COG_API=v1 cog-sessions --from a --to b --key-in-query >/dev/null 2>"$T/err"
is $? 2 '--key-in-query with API v1'
like "$(cat "$T/err")" 'API v1 takes no key in the URL' '... is refused'
stop_mock

# cog-fetch, one request a session: the same messages as API v1.
net_mock --sessions $N --projects 3
: >"$MOCK_LOG"
cog-fetch --dir "$T/raw" <"$T/ref" >"$T/recs"
is $? 0 'cog-fetch: the transcripts of the sessions'
is "$(requests '/v2.4/Conversations')" $N '... one request each'
like "$(queries | head -n 1)" "^\\\$filter=sessionId%20eq%20'sess_[0-9]+'&\\\$orderby=timestamp%20asc,id%20asc&\\\$count=true$" \
    '... Conversations of the session, in order, counted'
COG_API=v1 cog-auth >/dev/null 2>&1
COG_API=v1 cog-fetch <"$T/ref" >"$T/v1" 2>/dev/null
jq -c '{session_id, seq, inputId, timestamp, source, text, data}' "$T/v1" >"$T/v1.k"
jq -c '{session_id, seq, inputId, timestamp, source, text, data}' "$T/recs" >"$T/od.k"
same_file "$T/od.k" "$T/v1.k" '... the same messages as API v1: text, data parsed, times'
like "$(head -n 1 "$T/recs")" '^\{"session_id":"sess_[0-9]+","seq":0,"raw_sha256":"[0-9a-f]{64}","id":"[0-9a-f]+","projectId":' \
    '... session_id and seq first, then the row as it came'
is "$(jq -r '.inputText // .inputData // empty' "$T/recs" | wc -l | tr -d ' ')" 0 \
    '... inputText and inputData renamed, not copied'
stop_mock

# The server's page limit below a session's size: refused, not cut.
net_mock --sessions 5 --mode odata-max-top=3
printf 'sess_00001\n' | cog-fetch >"$T/out" 2>"$T/err"
is $? 1 'a transcript cut short by the server fails'
like "$(cat "$T/err")" "session 'sess_00001': not a whole transcript, twice: the answer holds 3 of [0-9]+ messages" \
    '... saying so'
is "$(cat "$T/out")" '' '... and prints none of it'
stop_mock

done_testing
