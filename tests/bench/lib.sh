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
