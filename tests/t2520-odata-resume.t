#!/bin/sh
# --api odata: cog-fetch killed at random points and run again delivers
# every message once, the output byte for byte a fault-free run's, and
# fetches nothing it had verified.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"
COG_API=odata
. "$TOP/tests/dialectfaults.sh"

kill_rerun 'killed'
kill_rerun 'killed under 5xx and cut bodies' --fault 5xx=.2 --fault cut=.2
kill_rerun 'killed, time stamps shared' --mode time-grain=600 --fault 429=.1
done_testing
