#!/bin/sh
# cog-fetch sessions/s for each dialect at a fixed emulator latency (API
# v1, the REST API v2.0, OData one request a session and OData --scan),
# beside the ceiling the dialect's rate limit puts on it, and peak memory
# at two session counts.  One emulator serves the three dialects over the
# same sessions.  The runs are unthrottled (--rate 0) and timed; the
# ceiling is the limit in requests/s times the sessions a request brings
# (counted in the emulator's log); one --scan run under OData's own limit
# shows it kept.  COG_BENCH_SESSIONS (2000), COG_BENCH_LATENCY_MS (20),
# COG_BENCH_RUNS (3).
set -eu
. tests/bench/lib.sh
D=$COG_BENCH_DIR/dialects
N=${COG_BENCH_SESSIONS:-2000}
SMALL=$((N / 4))
LAT=${COG_BENCH_LATENCY_MS:-20}
RUNS=${COG_BENCH_RUNS:-3}
PROJECT=65a1b2c3d4e5f60718290001
mkdir -p "$D"
rm -rf "$D/port" "$D/cache"
export XDG_CACHE_HOME="$D/cache" COG_USERNAME=demo COG_PASSWORD=demo-password \
	COG_API_KEY=bench-api-key-0123456789
unset COG_API COG_ODATA_DATES COG_TOKEN

trap '[ -n "${MOCK_PID:-}" ] && kill "$MOCK_PID" 2>/dev/null || :' EXIT
bench_mock tests/cogmock.py "$D" --sessions "$N" --latency-ms "$LAT" \
	--log "$D/requests.log"

last=$(printf 'sess_%05d' "$N")
bin/cog-auth >/dev/null
bin/cog-sessions --from sess_00001 --to "$last" --page-size 1000 >"$D/v1.list"
bin/cog-sessions --api rest --rate 0 --project "$PROJECT" --from sess_00001 \
	--to "$last" >"$D/rest.list"
bin/cog-sessions --api odata --rate 0 --since 2000-01-01 >"$D/odata.list"
for api in v1 rest odata; do
	head -n "$SMALL" "$D/$api.list" >"$D/$api.small"
done
# Warm the emulator's cache of generated transcripts (not measured).
bin/cog-fetch -j 20 --no-progress <"$D/v1.list" >"$D/warm.jsonl"
msgs=$(wc -l <"$D/warm.jsonl" | tr -d ' ')

# fetch MODE LIST: the cog-fetch command of a mode ("v1", "rest",
# "odata", "scan") for the sessions of LIST.
fetch() {
	case $1 in
	v1) echo "bin/cog-fetch -j 10 --no-progress <'$2'" ;;
	rest|odata) echo "bin/cog-fetch --api $1 --rate 0 -j 10 --no-progress <'$2'" ;;
	scan) echo "bin/cog-fetch --api odata --rate 0 --scan --no-progress <'$2'" ;;
	esac
}

# list MODE: the session list of a mode.
list() {
	case $1 in
	scan) echo odata ;;
	*) echo "$1" ;;
	esac
}

printf '%d sessions (%d messages), emulator latency %d ms, medians of %d runs\n' \
	"$N" "$msgs" "$LAT" "$RUNS"
printf '%-20s %8s %11s %10s %12s %11s %11s\n' mode seconds sessions/s \
	'req/sess' 'rate limit' 'ceiling/s' 'peak RSS'
for mode in v1 rest odata scan; do
	l=$(list "$mode")
	: >"$D/requests.log"
	sh -c "$(fetch "$mode" "$D/$l.list")" >"$D/$mode.out"
	reqs=$(grep -c . "$D/requests.log")
	secs=$(median_time "$RUNS" "$(fetch "$mode" "$D/$l.list")")
	rss_small=$(peak_rss "$(fetch "$mode" "$D/$l.small")")
	rss=$(peak_rss "$(fetch "$mode" "$D/$l.list")")
	case $mode in
	v1) limit=none; ceiling=- ;;
	*) limit=900/300
	   ceiling=$(calc "900 / 300 * $N / $reqs") ;;
	esac
	case $mode in
	v1) name='v1, -j 10' ;;
	rest) name='rest, -j 10' ;;
	odata) name='odata, -j 10' ;;
	scan) name='odata --scan' ;;
	esac
	printf '%-20s %8.2f %11.0f %10.3f %12s %11s %5s/%s KiB\n' "$name" \
		"$secs" "$(calc "$N / $secs")" "$(calc "$reqs / $N")" "$limit" \
		"$(printf %s "$ceiling" | awk '$1 == "-" { print; next } { printf "%.1f", $1 }')" \
		"$rss_small" "$rss"
done
printf 'peak RSS: for %d sessions / for %d (target: flat)\n' "$SMALL" "$N"

# The same records whichever way OData is read.
sed 's/"raw_sha256":"[0-9a-f]*",//' "$D/odata.out" >"$D/odata.bare"
sed 's/"raw_sha256":"[0-9a-f]*",//' "$D/scan.out" >"$D/scan.bare"
if cmp -s "$D/odata.bare" "$D/scan.bare"; then
	echo 'odata and odata --scan: the same records (but for raw_sha256)'
else
	echo 'odata and odata --scan: the records DIFFER'
fi

# --scan under OData's own limit (900 requests in 300 s, none spent yet).
rm -f "$D/cache/cog/rate-"*
s=$(date +%s.%N)
bin/cog-fetch --api odata --scan --no-progress <"$D/odata.list" >/dev/null
e=$(date +%s.%N)
printf 'odata --scan under --rate 900/300: %.1f s, %.0f sessions/s (one request a session: at most 3)\n' \
	"$(calc "$e - $s")" "$(calc "$N / ($e - $s)")"
