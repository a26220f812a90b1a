# tests/lib.sh -- TAP helpers sourced by every tests/t*.t script.
#
# A test script does:
#	. "${0%/*}/lib.sh"
#	ok 'masks an email' sh -c '...'
#	is "$(cmd)" 'expected' 'cmd prints expected'
#	done_testing
#
# Each script runs in its own scratch directory ($T), removed on exit.
# The binaries under test come first in PATH (set by make check, or
# COG_BIN=dir to point at another build).

set -u

TOP=$(cd "${0%/*}/.." && pwd)
: "${COG_BIN:=$TOP/bin}"
# python3 may be a slow wrapper (pyenv shims): use the interpreter itself.
_py=$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null) &&
	PATH=${_py%/*}:$PATH
PATH=$COG_BIN:$PATH
export PATH TOP COG_BIN
LC_ALL=C.UTF-8
export LC_ALL
unset COG_MASK_KEY COG_TOKEN COG_BASE_URL COG_USERNAME COG_PASSWORD \
	COG_PASSWORD_FILE COG_AUDIT_KEY COG_WEBHOOK_SECRET 2>/dev/null || :

T=$(mktemp -d "${TMPDIR:-/tmp}/cogtest.XXXXXX") || exit 1
_cleanup() {
	for _pf in "$T"/*.pid; do
		[ -f "$_pf" ] && kill "$(cat "$_pf")" 2>/dev/null
	done
	rm -rf "$T"
}
trap _cleanup EXIT
trap 'exit 130' INT TERM
cd "$T" || exit 1
# No key file or other configuration of the user's own.
XDG_CONFIG_HOME=$T/config
export XDG_CONFIG_HOME

# COG_VALGRIND=1: run every tool under valgrind's memcheck; an error
# makes the tool exit 99.
if [ -n "${COG_VALGRIND:-}" ]; then
	mkdir "$T/.vg"
	for _b in "$COG_BIN"/cog-*; do
		printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "%s" "$@"\n' \
			"$_b" >"$T/.vg/${_b##*/}"
		chmod +x "$T/.vg/${_b##*/}"
	done
	PATH=$T/.vg:$PATH
fi

_n=0
_failed=0

_result() {	# _result status description
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then
		printf 'ok %d - %s\n' "$_n" "$2"
	else
		printf 'not ok %d - %s\n' "$_n" "$2"
		_failed=$((_failed + 1))
	fi
}

diag() {
	printf '%s\n' "$@" | sed 's/^/# /'
}

# ok description command [arg ...]: pass when the command exits 0.
ok() {
	_d=$1
	shift
	"$@" >"$T/.out" 2>&1
	_s=$?
	_result $_s "$_d"
	[ $_s -eq 0 ] || diag "command: $*" "exit status: $_s" "$(head -c 2000 "$T/.out")"
	return $_s
}

# fails description status command [arg ...]: pass when the command exits
# with exactly that status.
fails() {
	_d=$1
	_want=$2
	shift 2
	"$@" >"$T/.out" 2>&1
	_s=$?
	[ $_s -eq "$_want" ]
	_r=$?
	_result $_r "$_d"
	[ $_r -eq 0 ] || diag "command: $*" "exit status: $_s, wanted $_want" "$(head -c 2000 "$T/.out")"
	return $_r
}

# is got want description: pass when the two strings are equal.
is() {
	[ "$1" = "$2" ]
	_r=$?
	_result $_r "$3"
	[ $_r -eq 0 ] || diag "got:  $1" "want: $2"
	return $_r
}

# like got regex description: pass when got matches the extended regex.
like() {
	printf '%s\n' "$1" | grep -Eq -- "$2"
	_r=$?
	_result $_r "$3"
	[ $_r -eq 0 ] || diag "got:  $1" "want match of: $2"
	return $_r
}

# unlike got regex description: pass when got does not match.
unlike() {
	! printf '%s\n' "$1" | grep -Eq -- "$2"
	_r=$?
	_result $_r "$3"
	[ $_r -eq 0 ] || diag "got:  $1" "want no match of: $2"
	return $_r
}

# same_file a b description: pass when the files are byte-identical.
same_file() {
	cmp -s "$1" "$2"
	_r=$?
	_result $_r "$3"
	[ $_r -eq 0 ] || diag "files differ: $1 $2" "$(cmp "$1" "$2" 2>&1 | head -3)"
	return $_r
}

# tty_err cmd...: run with standard error on a terminal (a pty), print
# what it wrote there.
tty_err() {
	python3 -c '
import os, pty, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL,
    stdout=subprocess.DEVNULL, stderr=s)
os.close(s)
out = b""
while True:
    try:
        d = os.read(m, 4096)
    except OSError:
        break
    if not d:
        break
    out += d
p.wait()
sys.stdout.write(out.decode().replace("\r", ""))
' "$@"
}

skip_all() {
	printf '1..0 # SKIP %s\n' "$1"
	exit 0
}

# need command ...: skip the whole script, in one line, when a command it
# calls is not installed (make deps installs them all).
need() {
	for _c in "$@"; do
		command -v "$_c" >/dev/null 2>&1 ||
			skip_all "needs $_c, which is not installed (make deps)"
	done
}

# skip n reason: count the next n tests as skipped, saying why once each.
skip() {
	_i=0
	while [ $_i -lt "$1" ]; do
		_n=$((_n + 1))
		printf 'ok %d # skip %s\n' "$_n" "$2"
		_i=$((_i + 1))
	done
}

# have_pty: can a pseudo-terminal be opened here (a chroot may have no
# /dev/pts)?
have_pty() {
	python3 -c 'import os, pty; m, s = pty.openpty()' 2>/dev/null
}

done_testing() {
	printf '1..%d\n' "$_n"
	[ "$_failed" -eq 0 ]
	exit $?
}

# mask_key: the mask key of the tests of cog-mask.
mask_key() {
	COG_MASK_KEY=0123456789abcdef-test
	export COG_MASK_KEY
}

# ticket_mask: the mask key, and in M a cog-mask whose only type is TICKET
# (TCK- and four digits), a user type that keeps a test independent of the
# built-in recognizers; tok TEXT: TEXT's hash token.
ticket_mask() {
	mask_key
	M='cog-mask -T TICKET -p TICKET=\bTCK-[0-9]{4}\b'
	tok() { python3 "$TOP/tests/token.py" TICKET "$1"; }
}

# names_mask: the mask key, and in R the options of cog-mask that redact
# PERSON, LOCATION and STREET_ADDRESS; names_case TEXT WANT DESCRIPTION:
# cog-mask -t $R makes the line TEXT into WANT.
names_mask() {
	mask_key
	R='-R PERSON:redact -R LOCATION:redact -R STREET_ADDRESS:redact'
}
names_case() {
	printf '%s\n' "$1" >t
	is "$(cog-mask -t $R t)" "$2" "$3"
}

# err_like REGEX DESCRIPTION: what was written to $T/err matches REGEX.
err_like() {
	like "$(cat "$T/err")" "$1" "$2"
}

# bad_rules INPUT JSON MESSAGE DESCRIPTION: cog-mask -r with JSON as its
# rules file (bad.json) exits 2 on INPUT, saying first MESSAGE about it.
bad_rules() {
	printf '%s' "$2" >bad.json
	cog-mask -r bad.json "$1" >/dev/null 2>err
	is "$?:$(head -1 err)" "2:cog-mask: --rules: bad.json: $3" "$4"
}

# start_mock [cogmock option ...]: start the tenant emulator in the
# background; sets MOCK_URL and MOCK_LOG.  Stopped by the exit trap.
start_mock() {
	need python3
	MOCK_LOG=$T/mock.log
	rm -f "$T/mock.port"
	python3 "$TOP/tests/cogmock.py" --port-file "$T/mock.port" \
		--log "$MOCK_LOG" "$@" 2>"$T/mock.err" &
	echo $! >"$T/mock.pid"
	_i=0
	while [ ! -s "$T/mock.port" ]; do
		_i=$((_i + 1))
		if [ $_i -gt 200 ]; then
			diag "emulator did not start:" "$(cat "$T/mock.err")"
			return 1
		fi
		sleep 0.05
	done
	MOCK_URL=http://127.0.0.1:$(cat "$T/mock.port")
	export MOCK_URL MOCK_LOG
}

stop_mock() {
	[ -f "$T/mock.pid" ] && kill "$(cat "$T/mock.pid")" 2>/dev/null
	rm -f "$T/mock.pid"
}

# The emulator's own tests, which talk to it with curl(1):
# jf EXPR [FILE]: a Python expression over d, the JSON in FILE ($T/body).
jf() {
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
v = eval(sys.argv[2])
print(json.dumps(v) if isinstance(v, (dict, list, bool)) or v is None else v)' \
		"${2:-$T/body}" "$1"
}

# hdr NAME: the value of response header NAME in $T/head.
hdr() {
	grep -i "^$1:" "$T/head" | head -n 1 | cut -d' ' -f2- | tr -d '\r'
}

# mock_key KEY: the emulator accepts KEY (also in $KEY) and the demo login.
mock_key() {
	KEY=$1
	COG_API_KEY=$KEY
	COG_USERNAME=demo
	COG_PASSWORD=demo-password
	export COG_API_KEY COG_USERNAME COG_PASSWORD
}
