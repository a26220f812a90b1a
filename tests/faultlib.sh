# tests/faultlib.sh -- what the tests of cog-fetch under faults share,
# sourced after lib.sh and netlib.sh: the fault-free reference output of
# N sessions, and check(), which runs cog-fetch under a fault and asserts
# that the output is exactly the reference.

N=40
net_mock --sessions $N
cog-auth >/dev/null
cog-sessions --from sess_00001 --to sess_000$N >"$T/list"
cog-fetch <"$T/list" >"$T/ref"
is $? 0 'fault-free reference'
stop_mock

# check NAME [cog-fetch option ...] -- [cogmock option ...]
run=0
check() {
	check_args "$@"
	shift $ARGC
	run=$((run + 1))
	net_mock --sessions $N "$@"
	cog-fetch -v --dir "$T/raw$run" $OPTS <"$T/list" >"$T/out" \
	    2>"$T/err"
	s=$?
	is $s 0 "$NAME: exit 0"
	[ $s -eq 0 ] || diag "$(grep -v ' GET \| -> 20' "$T/err" | head -20)"
	same_file "$T/out" "$T/ref" "$NAME: exactly the fault-free output"
	is "$(ls "$T/raw$run" | grep -c part)" 0 "$NAME: no part file left"
	unlike "$(cat "$T/err")" '[Aa]uthorization|Bearer' \
	    "$NAME: no Authorization in -v output"
	fired=$(grep -c '"fault":"' "$MOCK_LOG")
	ok "$NAME: the emulator did inject faults ($fired)" test "$fired" -gt 0
	stop_mock
}
