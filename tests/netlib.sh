# tests/netlib.sh -- helpers for the tests of the network tools, sourced
# after lib.sh: a private token cache, the emulator's credentials, and
# counts over the emulator's request log.

XDG_CACHE_HOME=$T/cache
COG_USERNAME=demo
COG_PASSWORD=demo-password
export XDG_CACHE_HOME COG_USERNAME COG_PASSWORD

# net_mock [cogmock option ...]: start the emulator and point the tools
# at it.
net_mock() {
	start_mock "$@" || exit 1
	COG_BASE_URL=$MOCK_URL
	export COG_BASE_URL
}

# requests REGEX: how many logged requests have a path matching REGEX.
requests() {
	grep -c "\"path\":\"$1\"" "$MOCK_LOG" 2>/dev/null || :
}

# cached_token: the token in the cache file, for leak checks.
cached_token() {
	sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$XDG_CACHE_HOME"/cog/token-*.json 2>/dev/null
}

# api_odata: the tools speak OData (--api odata) with the emulator's key,
# date literals in their default form.
api_odata() {
	COG_API=odata
	COG_API_KEY=odata-key-0123456789
	export COG_API COG_API_KEY
	unset COG_ODATA_DATES
}

# queries: the query strings of the logged OData requests, one a line.
queries() {
	jq -r 'select(.path | startswith("/v2.4/")) | .query' "$MOCK_LOG"
}

# check_records GOT WANT WHAT: one assertion that the files of records are
# the same; with NODIGEST set, the same but for raw_sha256.
check_records() {
	if [ -n "${NODIGEST:-}" ]; then
		sed 's/,"raw_sha256":"[0-9a-f]*"//' "$1" >"$T/got.x"
		sed 's/,"raw_sha256":"[0-9a-f]*"//' "$2" >"$T/want.x"
		same_file "$T/got.x" "$T/want.x" "$3, but for raw_sha256"
	else
		same_file "$1" "$2" "$3"
	fi
}

# check_args NAME [tool option ...] -- [cogmock option ...]: what a check
# of a fault matrix is called with; sets NAME, OPTS (the tool options,
# each after a space) and ARGC, how many arguments to shift to keep only
# the cogmock options.
check_args() {
	NAME=$1
	OPTS=
	ARGC=2
	shift
	while [ "$1" != -- ]; do
		OPTS="$OPTS $1"
		ARGC=$((ARGC + 1))
		shift
	done
}
