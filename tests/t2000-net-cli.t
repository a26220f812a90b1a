#!/bin/sh
# The command line of cog-auth, cog-sessions and cog-fetch.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"

for tool in cog-auth cog-sessions cog-fetch; do
	ok "$tool --help exits 0" $tool --help
	out=$($tool --help 2>"$T/err")
	like "$out" "^usage: $tool " "$tool --help prints usage on stdout"
	is "$(cat "$T/err")" "" "$tool --help leaves stderr empty"
	like "$($tool --version)" "^$tool \(cogtools\) [0-9]" "$tool --version"
	fails "$tool with a bad option exits 2" 2 $tool --no-such-option
	$tool --no-such-option 2>"$T/err" </dev/null
	like "$(tail -n 1 "$T/err")" "^try '$tool --help'" \
	    "$tool bad option hints at --help"
	fails "$tool --help >/dev/full exits 2" 2 sh -c \
	    "$tool --help >/dev/full"
	fails "$tool with no base URL exits 2" 2 sh -c "$tool </dev/null"
	$tool </dev/null 2>"$T/err"
	like "$(head -n 1 "$T/err")" "^$tool: no base URL" \
	    "$tool names the missing base URL"
	fails "$tool rejects a non-http base URL" 2 \
	    $tool --base-url ftp://example.invalid </dev/null
	fails "$tool rejects a bad --retries" 2 \
	    $tool --base-url http://127.0.0.1:9 --retries x </dev/null
	fails "$tool rejects an operand" 2 \
	    $tool --base-url http://127.0.0.1:9 extra </dev/null
	if [ -f "$TOP/man/$tool.1" ]; then
		syn=$(sed -n '/^\.Sh SYNOPSIS/,/^\.Sh/p' "$TOP/man/$tool.1" |
		    grep -c '^\.Nm')
		ok "$tool has a man page with a SYNOPSIS" test "$syn" -ge 1
		for o in $($tool --help | grep -o -- '--[a-z][a-z-]*' |
		    sort -u); do
			grep -q -- "Fl \\\\-${o#--}" "$TOP/man/$tool.1" ||
			    grep -q -- "Fl -${o#--}" "$TOP/man/$tool.1"
			_r=$?
			_result $_r "$tool man page documents $o"
		done
	else
		_result 1 "$tool has a man page"
	fi
done

fails 'cog-sessions --from without --to' 2 \
    cog-sessions --base-url http://127.0.0.1:9 --from sess_1
fails 'cog-sessions rejects a bad session id' 2 \
    cog-sessions --base-url http://127.0.0.1:9 --from ../x --to y
fails 'cog-sessions rejects --page-size 0' 2 \
    cog-sessions --base-url http://127.0.0.1:9 --page-size 0 --from a --to b
fails 'cog-fetch rejects -j 0' 2 cog-fetch --base-url http://127.0.0.1:9 -j 0
fails 'cog-auth: --status and --logout exclude each other' 2 \
    cog-auth --base-url http://127.0.0.1:9 --status --logout
cog-auth --base-url https://127.0.0.1:9 -k --status 2>"$T/err"
like "$(cat "$T/err")" "warning: --insecure" '--insecure warns'
fails 'a connection refused is an error, exit 2' 2 \
    cog-sessions --base-url http://127.0.0.1:9 --retries 0 --from a --to b
# Plain http to a host that is not the loopback: refused before any
# connection, unless --allow-http.
for t in cog-auth "cog-sessions --from a --to b" cog-fetch; do
	echo sess_1 | COG_BASE_URL=http://192.0.2.1:9 COG_USERNAME=u \
	    COG_PASSWORD=p COG_TOKEN=x $t >out 2>err
	is "$?" 2 "$t: plain http to another host is refused"
	like "$(head -1 err)" "^${t%% *}: refusing to send credentials over plain http to '192.0.2.1'" \
	    "$t: and says why"
done
COG_BASE_URL=http://192.0.2.1:9 COG_USERNAME=u COG_PASSWORD=p \
    cog-auth --allow-http --retries 0 --retry-max-time 1 >out 2>err
like "$(cat err)" 'warning: sending credentials over plain http' \
    '--allow-http lets it through, with a warning'

# --api and COG_API choose the dialect, on every tool that talks to the
# tenant; an unknown one is a usage error before anything else.
for t in cog-auth cog-sessions cog-fetch cog-export; do
	$t --api nope --base-url http://127.0.0.1:9 </dev/null >out 2>err
	like "$?:$(head -n 1 err)" \
	    "^2:$t: --api: unknown API 'nope' \\(known: v1, rest or odata\\)\$" \
	    "$t --api nope is a usage error naming the dialects"
	COG_API=nope $t --base-url http://127.0.0.1:9 </dev/null >out 2>err
	like "$?:$(head -n 1 err)" "^2:$t: COG_API: unknown API 'nope'" \
	    "$t: COG_API too"
	COG_API=nope $t --api v1 </dev/null >out 2>err
	unlike "$(cat err)" "unknown API" "$t: --api v1 goes before COG_API"
done
fails 'cog-sessions --project with API v1 is a usage error' 2 \
    cog-sessions --base-url http://127.0.0.1:9 --project p --from a --to b
cog-sessions --base-url http://127.0.0.1:9 --project p --from a \
    --to b 2>err
is "$(cat err | head -n 1)" \
    "cog-sessions: --api v1: --project: this API has no projects" '... saying so'
cog-sessions --base-url http://127.0.0.1:9 --since 2026-03-01 2>err
is "$(head -n 1 err)" \
    "cog-sessions: --api v1: this API lists an id range: give --from and --to" \
    'API v1 lists an id range, --since alone is not one'
cog-sessions --base-url http://127.0.0.1:9 --since 2026-03-01T09:00 \
    --from a --to b 2>err
like "$(head -n 1 err)" "^cog-sessions: --since: expected an ISO 8601 time with its zone" \
    'a time without its zone is refused'
cog-sessions --base-url http://127.0.0.1:9 --from a --to b \
    --since 2026-03-02 --until 2026-03-01T23:00:00+00:00 2>err
is "$(head -n 1 err)" \
    "cog-sessions: --api v1: --since must come before --until" \
    '--until before --since is refused'
# The userinfo of a URL (user:password@) is in nothing a tool prints.
COG_WEBHOOK_SECRET=whsecret-0123456789abcdef
export COG_WEBHOOK_SECRET
echo '{"jobId":"j"}' | cog-notify -v --allow-http --retries 0 \
    --url 'http://user:S3CRETPW@127.0.0.1:1/hooks/x?token=QTOKEN' >out 2>err
like "$(cat err)" 'POST http://127.0.0.1:1/hooks/x' \
    'cog-notify -v: the URL is logged'
unlike "$(cat out err)" 'S3CRETPW|QTOKEN|user' '... without its userinfo or query'
echo '{}' | cog-notify --url 'http://user:S3CRETPW@example.com/x' 2>err
like "$(cat err)" "refusing plain http to 'http://example.com/x'" \
    'cog-notify: a refused URL is named'
unlike "$(cat err)" 'S3CRETPW' '... without its password'
cog-auth --retries 0 --base-url 'http://u:S3CRETPW@127.0.0.1:1' 2>err
like "$(cat err)" "cannot log in to 'http://127.0.0.1:1'" \
    'cog-auth: the tenant is named'
unlike "$(cat err)" 'S3CRETPW' '... without its password'
for t in "cog-auth --status" "cog-fetch" "cog-sessions --from a --to b"; do
	echo sess_1 | COG_TOKEN= $t --retries 0 \
	    --base-url 'ftp://u:S3CRETPW@127.0.0.1:1' >out 2>err
	like "$(cat err)" "bad base URL 'ftp://127.0.0.1:1'" \
	    "${t%% *}: a bad base URL is named"
	unlike "$(cat out err)" 'S3CRETPW' '... without its password'
done
net_mock
url=http://u:S3CRETPW@${MOCK_URL#http://}
cog-auth --base-url "$url" >out 2>err
cog-auth --base-url "$url" --status >>out 2>>err
is "$(sed -n 's/.*"base_url":"\([^"]*\)".*/\1/p' out | sort -u)" "$MOCK_URL" \
    'cog-auth: the status line names the tenant'
unlike "$(cat out err)" 'S3CRETPW' '... without its password'
echo sess_999 | COG_TOKEN=t cog-fetch -v --base-url "$url" >out 2>err
unlike "$(cat out err)" 'S3CRETPW' 'cog-fetch -v and its errors: no password'
stop_mock

done_testing
