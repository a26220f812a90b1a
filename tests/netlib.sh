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
