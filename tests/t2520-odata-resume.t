#!/bin/sh
# --api odata: cog-fetch killed at random points and run again delivers
# every message once, the output byte for byte a fault-free run's, and
# fetches nothing it had verified.
. "${0%/*}/lib.sh"
COG_API=odata
. "$TOP/tests/dialectfaults.sh"

kill_reruns 'time stamps shared' --mode time-grain=600
done_testing
