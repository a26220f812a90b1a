#!/bin/sh
# --api rest: cog-fetch killed at random points and run again delivers
# every message once, the output byte for byte a fault-free run's, and
# fetches nothing it had verified.
. "${0%/*}/lib.sh"
COG_API=rest
. "$TOP/tests/dialectfaults.sh"

kill_reruns 'the list paged' --mode rest-paging=on
done_testing
