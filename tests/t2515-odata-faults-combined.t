#!/bin/sh
# --api odata under each OData switch of the emulator with faults that do
# fire, and under all faults at once: every session listed once, every
# message delivered once, and the list and the records byte for byte
# those of a fault-free run under the same switches.
. "${0%/*}/lib.sh"
COG_API=odata
. "$TOP/tests/dialectfaults.sh"

# The server's own page limit (above a session's message count, at most
# 29, below the list's page size), with and without @odata.nextLink.
L100='--since 2000-01-01 --page-size 100'
LIST=$L100 check 'odata-max-top=32' --retries 8 -- --mode odata-max-top=32 \
    --fault 5xx=.2
like "$(cat "$T/err")" 'page 1: 32 sessions' '... which cut the first page'
LIST=$L100 check 'odata-nextlink=on' --retries 8 -- --mode odata-nextlink=on \
    --mode odata-max-top=32 --fault cut=.2
check 'time-grain=600: time stamps shared' --retries 8 -- \
    --mode time-grain=600 --fault 5xx=.2
check 'time-grain=86400: one time stamp, $skip inside it' --retries 8 -- \
    --mode time-grain=86400 --fault 429=.1 --fault cut=.1
check 'odata-dates=quoted' --retries 8 -- --mode odata-dates=quoted \
    --fault 5xx=.2
COG_ODATA_DATES=unquoted
export COG_ODATA_DATES
check 'odata-dates=unquoted, COG_ODATA_DATES=unquoted' --retries 8 -- \
    --mode odata-dates=unquoted --fault 5xx=.2
unset COG_ODATA_DATES
REFOPTS=--key-in-query check 'key-slot=query, --key-in-query' --retries 8 \
    --key-in-query -- --mode key-slot=query --fault cut=.2
check 'key-slot=header' --retries 8 -- --mode key-slot=header --fault 5xx=.2
check 'error-code=string' --retries 8 -- --mode error-code=string \
    --fault 5xx=.2 --fault 429=2
FIRED=none check 'pct24: query names sent as $' -- --fault pct24
FIRED=none check 'get-body-403: no GET carries a body' -- --fault get-body-403
FIRED=any check 'past-end-500' --retries 8 -- --fault past-end-500 \
    --fault 5xx=.1

LIST=$L100 check 'all at once' --retries 12 -- --mode odata-nextlink=on \
    --mode odata-max-top=32 --fault 429=.1 --fault 5xx=.15 --fault drop=.1 \
    --fault cut=.15 --fault slow=.1 --fault pct24 --fault get-body-403 \
    --fault past-end-500
J=1 check 'all at once, -j 1' --retries 12 -- --fault 429=.1 \
    --fault 5xx=.1 --fault drop=.1 --fault cut=.1 --fault slow=.05
done_testing
