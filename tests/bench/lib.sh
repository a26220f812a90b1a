# tests/bench/lib.sh -- helpers for the benchmark scripts.

# median_time N cmd...: run the shell command N times, print the median
# wall-clock seconds.
median_time() {
	_n=$1
	shift
	_i=0
	while [ $_i -lt "$_n" ]; do
		_s=$(date +%s.%N)
		sh -c "$*" >/dev/null
		_e=$(date +%s.%N)
		awk "BEGIN { print $_e - $_s }"
		_i=$((_i + 1))
	done | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f\n", v[int((NR + 1) / 2)] }'
}

# peak_rss cmd...: the command's peak resident set size in KiB.
peak_rss() {
	/usr/bin/time -f %M sh -c "exec $* >/dev/null" 2>&1 >/dev/null | tail -1
}

# calc EXPR: evaluate an arithmetic expression with awk.
calc() {
	awk "BEGIN { print $* }"
}

# corpus SIZE FILE: a generated transcript corpus of at least SIZE bytes,
# made once and kept.
corpus() {
	[ -s "$2" ] || python3 tests/chatgen.py --bytes "$1" --seed 1 >"$2"
}

# unique_corpus SIZE FILE: the same, but no user message recurs (as in
# real chats, where caches of recurring texts do not help).
unique_corpus() {
	[ -s "$2" ] || python3 tests/chatgen.py --bytes "$1" --seed 1 --unique \
		>"$2"
}

# bench_mock SCRIPT DIR [cogmock option ...]: start the emulator SCRIPT
# in the background with its port file in DIR; once it listens, set
# MOCK_PID and export COG_BASE_URL.  Exits 1 when it does not start.
bench_mock() {
	_script=$1
	_dir=$2
	shift 2
	rm -f "$_dir/port"
	python3 "$_script" --port-file "$_dir/port" "$@" 2>"$_dir/mock.err" &
	MOCK_PID=$!
	_i=0
	while [ ! -s "$_dir/port" ]; do
		if ! kill -0 "$MOCK_PID" 2>/dev/null || [ $_i -ge 600 ]; then
			echo "the emulator did not start:" >&2
			tail -n 5 "$_dir/mock.err" >&2
			exit 1
		fi
		sleep 0.05
		_i=$((_i + 1))
	done
	export COG_BASE_URL="http://127.0.0.1:$(cat "$_dir/port")"
}
