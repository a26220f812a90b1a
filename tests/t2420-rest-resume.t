#!/bin/sh
# --api rest: cog-fetch killed at random points and run again delivers
# every message once, the output byte for byte a fault-free run's, and
# fetches nothing it had verified.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"
COG_API=rest
. "$TOP/tests/dialectfaults.sh"

kill_rerun 'killed'
kill_rerun 'killed under 5xx and cut bodies' --fault 5xx=.2 --fault cut=.2
kill_rerun 'killed, the list paged' --mode rest-paging=on --fault 429=.1
done_testing
