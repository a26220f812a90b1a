#!/bin/sh
# cog-fetch sessions/s against the emulator with a fixed latency, beside
# the concurrency limit (connections / latency), and peak memory for 500
# and 2000 sessions.  A run at 0 ms shows what the emulator itself can
# serve.  COG_BENCH_MOCK names another emulator script to measure with.
set -eu
. tests/bench/lib.sh
D=$COG_BENCH_DIR/fetch
N=${COG_BENCH_SESSIONS:-2000}
LAT=${COG_BENCH_LATENCY_MS:-20}
mkdir -p "$D"
rm -f "$D/port"
export XDG_CACHE_HOME="$D/cache" COG_USERNAME=demo COG_PASSWORD=demo-password

# mock LATENCY_MS: start the emulator, set COG_BASE_URL and MOCK_PID.
mock() {
	[ -n "${MOCK_PID:-}" ] && kill "$MOCK_PID" 2>/dev/null && wait "$MOCK_PID" 2>/dev/null || :
	bench_mock "${COG_BENCH_MOCK:-tests/cogmock.py}" "$D" --sessions "$N" \
		--latency-ms "$1" --log /dev/null
}
trap '[ -n "${MOCK_PID:-}" ] && kill "$MOCK_PID" 2>/dev/null || :' EXIT

mock "$LAT"
bin/cog-auth >/dev/null
bin/cog-sessions --from sess_00001 --to "$(printf 'sess_%05d' "$N")" \
	--page-size 1000 >"$D/list"
head -n 500 "$D/list" >"$D/list500"
# Warm the emulator's cache of generated transcripts (not measured).
bin/cog-fetch -j 50 --no-progress <"$D/list" >/dev/null

# run J LIST: print "seconds peak-KiB cpu-seconds" of one cog-fetch run.
run() {
	/usr/bin/time -f '%e %M %U %S' bin/cog-fetch -j "$1" --no-progress \
		<"$2" 2>&1 >/dev/null | tail -n 1
}

printf '%d sessions, emulator latency %d ms\n' "$N" "$LAT"
printf '%-8s %9s %11s %11s %7s %9s %13s\n' connections seconds sessions/s \
	limit/s ratio 'client CPU' 'peak RSS'
for j in 10 50; do
	set -- $(run "$j" "$D/list")
	limit=$(calc "$j * 1000 / $LAT")
	rate=$(calc "$N / $1")
	printf '%-11s %9.2f %11.0f %11.0f %6.0f%% %8.2f s %9s KiB\n' \
		"-j $j" "$1" "$rate" "$limit" "$(calc "100 * $rate / $limit")" \
		"$(calc "$3 + $4")" "$2"
done

# What the emulator itself can serve: no latency, many connections.
mock 0
bin/cog-fetch -j 50 --no-progress <"$D/list" >/dev/null
set -- $(run 50 "$D/list")
printf '%-11s %9.2f %11.0f %11s %7s %8.2f s %9s KiB   (0 ms: the emulator'"'"'s ceiling)\n' \
	"-j 50" "$1" "$(calc "$N / $1")" - - "$(calc "$3 + $4")" "$2"

mock "$LAT"
bin/cog-fetch -j 10 --no-progress <"$D/list" >/dev/null
set -- $(run 10 "$D/list500")
r500=$2
set -- $(run 10 "$D/list")
printf 'peak RSS, -j 10: %s KiB for 500 sessions, %s KiB for %d (target: flat)\n' \
	"$r500" "$2" "$N"
