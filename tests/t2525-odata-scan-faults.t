#!/bin/sh
# cog-fetch --scan (--api odata) under the emulator's faults, the scan cut
# into pages by the server's own page limit so that its pages meet the
# faults, and killed at random points and run again: every message
# delivered once, byte for byte as a fault-free scan.
. "${0%/*}/lib.sh"
COG_API=odata
. "$TOP/tests/dialectfaults.sh"
FETCHOPTS=--scan

M='--mode odata-max-top=50'
check 'scan: 429' --retries 8 -- $M --fault 429=3@2
check 'scan: 5xx' --retries 8 -- $M --fault 5xx=.2
check 'scan: dropped connections' --retries 8 -- $M --fault drop=.2
check 'scan: cut bodies' --retries 8 -- $M --fault cut=.2
check 'scan: slow answers' -- $M --fault slow=.2
check 'scan: @odata.nextLink, shared time stamps' --retries 8 -- $M \
    --mode odata-nextlink=on --mode time-grain=600 --fault 5xx=.2
FIRED=any check 'scan: a 500 past the last row' --retries 8 -- $M \
    --fault past-end-500 --fault cut=.1
check 'scan: all at once' --retries 12 -- $M --mode odata-nextlink=on \
    --fault 429=.1 --fault 5xx=.1 --fault drop=.1 --fault cut=.1 \
    --fault slow=.1 --fault pct24 --fault get-body-403 --fault past-end-500
kill_rerun 'scan: killed' $M
kill_rerun 'scan: killed under 5xx and cut bodies' $M --fault 5xx=.2 \
    --fault cut=.2
done_testing
