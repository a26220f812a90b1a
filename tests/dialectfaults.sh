# tests/dialectfaults.sh -- the fault matrix of cog-sessions and cog-fetch
# for --api rest and odata, sourced after lib.sh with COG_API set (it
# sources netlib.sh): N sessions, listed by LIST (the cog-sessions
# options that list all N), each fetched by a request matching FETCHES
# (fetch_of ID: that of one session).
#
# check NAME [tool option ...] -- [cogmock option ...]
#	lists and fetches under the cogmock options; the tool options go to
#	cog-sessions and cog-fetch alike.  The session list and the records
#	must be byte for byte those of a fault-free run under the same
#	--mode options (made once for each), every message once.
#	FIRED=none asks that no fault fired, FIRED=any that it need not
#	have; by default some must have.  J is cog-fetch's -j (4);
#	NODIGEST=1 compares the records but for raw_sha256; FETCHOPTS are
#	options of cog-fetch alone (those of its fault-free run too).
# kill_rerun NAME [cogmock option ...]
#	kills cog-fetch three times at random points under the cogmock
#	options (and slow answers), then runs it again with the same
#	directory, without faults: the rerun's output is the fault-free
#	one, and nothing verified before is fetched again (not counted
#	with FETCHOPTS, a scan).  COG_TEST_SEED=S repeats the kill points
#	that a failing run names.
# kill_reruns WHAT [cogmock option ...]
#	kill_rerun three ways: without faults, under 5xx and cut bodies,
#	and as WHAT under the cogmock options and some 429s.

. "$TOP/tests/netlib.sh"

N=40
case $COG_API in
rest)
	COG_API_KEY=rest-key-0123456789
	P1=65a1b2c3d4e5f60718290001
	LIST="--project $P1 --page-size 7"
	FETCHES='"path":"/new/v2.0/conversations/'
	fetch_of() {
		printf '"path":"/new/v2.0/conversations/%s"' "$1"
	}
	;;
odata)
	api_odata
	LIST="--since 2000-01-01 --page-size 7"
	# Links on one host, so that every emulator answers the same bytes.
	MOCK_ORIGIN="--origin https://odata.example.test"
	FETCHES='"path":"/v2.4/Conversations"'
	fetch_of() {
		printf '"path":"/v2.4/Conversations","query":"[^"]*%s' "'$1'"
	}
	;;
esac
export COG_API COG_API_KEY

PY=$(command -v python3)
MOCK_BASE="--sessions $N --seed 3 ${MOCK_ORIGIN:-}"
# No client-side rate limit unless a check asks for one: the default
# spaces requests as a real tenant needs, too slowly for a test.
RATE="--rate 0"

# mock [cogmock option ...]: the emulator with a fresh request log.
mock() {
	rm -f "$T/mock.log"
	# shellcheck disable=SC2086
	net_mock $MOCK_BASE "$@"
}

# once LIST RECORDS: every listed session once, every message of each
# once, in order (seq 0..n-1, n the messageCount where the list has one).
once() {
	"$PY" -c '
import json, sys
ids = [json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8")]
counts = {}
for l in open(sys.argv[1], encoding="utf-8"):
    i = json.loads(l)
    if isinstance(i.get("messageCount"), int):
        counts[i["id"]] = i["messageCount"]
by = {}
for l in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(l)
    by.setdefault(r["session_id"], []).append(r["seq"])
bad = []
if len(ids) != int(sys.argv[3]) or len(set(ids)) != len(ids):
    bad.append("%d ids listed, %d distinct" % (len(ids), len(set(ids))))
if set(by) != set(ids):
    bad.append("listed, not delivered: %s; delivered, not listed: %s"
               % (sorted(set(ids) - set(by)), sorted(set(by) - set(ids))))
for s, seqs in by.items():
    if seqs != list(range(len(seqs))):
        bad.append("%s: seq %s" % (s, seqs))
    if s in counts and counts[s] != len(seqs):
        bad.append("%s: %d messages, listed %d" % (s, len(seqs), counts[s]))
print("\n".join(bad[:10]))
sys.exit(1 if bad else 0)' "$1" "$2" "$N"
}

# modes ARG...: the --mode options among cogmock options.
modes() {
	_m=
	while [ $# -gt 0 ]; do
		if [ "$1" = --mode ]; then
			_m="$_m --mode $2"
			shift
		fi
		shift
	done
	printf '%s' "$_m"
}

# reference TOOLOPTS MOCKOPTS: sets REFL and REFR, the list and records
# of a fault-free run, made once for each set of --mode options (the tool
# options are those of the fault-free run; REFOPTS may add some).
reference() {
	_key=$(printf '%s|%s' "$2" "${FETCHOPTS:-}" | cksum | cut -d' ' -f1)
	REFL=$T/ref.$_key.list
	REFR=$T/ref.$_key.recs
	REFD=$T/ref.$_key.d
	[ -f "$REFR" ] && return 0
	# shellcheck disable=SC2086
	mock $2
	# shellcheck disable=SC2086
	cog-sessions $RATE $LIST ${REFOPTS:-} >"$REFL" 2>"$T/ref.err" &&
	    cog-fetch $RATE ${REFOPTS:-} ${FETCHOPTS:-} --dir "$REFD" \
	    <"$REFL" >"$REFR" 2>>"$T/ref.err"
	_s=$?
	is "$_s" 0 "fault-free reference${2:+ under$2}"
	[ $_s -eq 0 ] || diag "$(head -n 5 "$T/ref.err")"
	ok '... every session listed once, every message delivered once' \
	    once "$REFL" "$REFR"
	stop_mock
}

run=0
check() {
	check_args "$@"
	shift $ARGC
	reference "$OPTS" "$(modes "$@")"
	run=$((run + 1))
	mock "$@"
	# shellcheck disable=SC2086
	cog-sessions -v $RATE $LIST $OPTS >"$T/list$run" 2>"$T/err" &&
	    cog-fetch -v -j "${J:-4}" $RATE $OPTS ${FETCHOPTS:-} --dir "$T/raw$run" \
	    <"$T/list$run" >"$T/out$run" 2>>"$T/err"
	_s=$?
	is "$_s" 0 "$NAME: listed and fetched, exit 0"
	[ $_s -eq 0 ] || diag "$(grep -v ' GET \| -> 20' "$T/err" | tail -n 20)"
	same_file "$T/list$run" "$REFL" "$NAME: the fault-free session list"
	check_records "$T/out$run" "$REFR" "$NAME: the fault-free records"
	ok "$NAME: every message once" once "$T/list$run" "$T/out$run"
	is "$(find "$T/raw$run" -name '*.part' | wc -l | tr -d ' ')" 0 \
	    "$NAME: no part file left"
	ok "$NAME: the raw files are in the manifest" \
	    sh -c "cd '$T/raw$run' && sha256sum -c --quiet manifest.sha256"
	_secrets="${COG_API_KEY:-no key}|${COG_CLIENT_SECRET:-no secret}"
	unlike "$(cat "$T/err")" "$_secrets|[Aa]uthorization|Bearer [A-Za-z0-9]" \
	    "$NAME: no credential in the -v output"
	_fired=$(grep -c '"fault":"' "$MOCK_LOG")
	case ${FIRED:-some} in
	none)	is "$_fired" 0 "$NAME: no fault fired" ;;
	any)	;;
	*)	ok "$NAME: the emulator did inject faults ($_fired)" \
		    test "$_fired" -gt 0 ;;
	esac
	stop_mock
}

# delays SEED: three random delays in seconds, 0.1 to 0.6: together
# shorter than a whole run, which half the answers slow to a second.
delays() {
	awk -v s="$1" 'BEGIN { srand(s); for (i = 0; i < 3; i++)
		printf "%.2f ", 0.1 + rand() * 0.5 }'
}

kill_rerun() {
	_name=$1
	shift
	_modes=$(modes "$@")
	reference '' "$_modes"
	mock --latency-ms 50 --fault slow=.5 "$@"
	rm -rf "$T/k.d"
	_seed=${COG_TEST_SEED:-$(date +%s)}
	_d=$(delays "$_seed")
	diag "$_name: killed after $_d s (COG_TEST_SEED=$_seed)"
	for _t in $_d; do
		cog-fetch $RATE -j 4 ${FETCHOPTS:-} --dir "$T/k.d" <"$REFL" \
		    >/dev/null 2>&1 &
		_pid=$!
		sleep "$_t"
		kill -9 $_pid 2>/dev/null
		wait $_pid 2>/dev/null
	done
	ls "$T/k.d" 2>/dev/null | sed -n 's/\.jsonl$//p' >"$T/had"
	_had=$(wc -l <"$T/had" | tr -d ' ')
	ok "$_name: killed three times, $_had of $N verified" test "$_had" -lt $N
	stop_mock
	sleep 1		# let the killed runs' slow answers end
	# shellcheck disable=SC2086
	mock $_modes
	cog-fetch $RATE -j 4 ${FETCHOPTS:-} --dir "$T/k.d" <"$REFL" \
	    >"$T/kout" 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: "$_name: the rerun exits 0"
	same_file "$T/kout" "$REFR" "$_name: ... with the fault-free records"
	ok "$_name: ... every message once" once "$REFL" "$T/kout"
	if [ -z "${FETCHOPTS:-}" ]; then
		is "$(grep -c "$FETCHES" "$MOCK_LOG")" $((N - _had)) \
		    "$_name: ... fetching only what was not verified"
		_again=0
		for _id in $(cat "$T/had"); do
			_again=$((_again + $(grep -c "$(fetch_of "$_id")" \
			    "$MOCK_LOG")))
		done
		is "$_again" 0 "$_name: ... and nothing that was"
	fi
	is "$(find "$T/k.d" -name '*.part' | wc -l | tr -d ' ')" 0 \
	    "$_name: ... no part file left"
	ok "$_name: ... the manifest checks" \
	    sh -c "cd '$T/k.d' && sha256sum -c --quiet manifest.sha256"
	stop_mock
}

kill_reruns() {
	_kw=$1
	shift
	kill_rerun 'killed'
	kill_rerun 'killed under 5xx and cut bodies' --fault 5xx=.2 --fault cut=.2
	kill_rerun "killed, $_kw" "$@" --fault 429=.1
}
