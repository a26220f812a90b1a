#!/bin/sh
# The network tools over https: the certificate is verified (--cacert for
# a private CA), a bad one is a clear error, -k warns, and cog-notify
# delivers to an https receiver.
. "${0%/*}/lib.sh"
need jq openssl
. "$TOP/tests/netlib.sh"

# A self-signed certificate for 127.0.0.1, and one for another name.
cert() {
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$1" \
	    -addext "subjectAltName=$2" -keyout "$T/$3.key" -out "$T/$3.pem" \
	    2>/dev/null
}
cert 127.0.0.1 IP:127.0.0.1 good || skip_all "openssl cannot make a certificate"
cert elsewhere.example DNS:elsewhere.example wrong

COG_AUDIT_KEY=audit-key-0123456789abcdef
COG_WEBHOOK_SECRET=hook-secret-0123456789abcdef
export COG_AUDIT_KEY COG_WEBHOOK_SECRET

net_mock --sessions 5 --tls "$T/good.pem" "$T/good.key" \
    --webhook-log "$T/hooks"
COG_BASE_URL=https://127.0.0.1:$(cat "$T/mock.port")
export COG_BASE_URL

cog-auth >"$T/out" 2>"$T/err"
is "$?" 2 'an unknown CA fails the login'
like "$(cat "$T/err")" '^cog-auth: .*(certificate|SSL)' \
    '... saying the certificate is the trouble'
is "$(cat "$T/out")" '' '... and printing nothing'

cog-auth --cacert "$T/good.pem" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'with --cacert the login succeeds'
like "$(cat "$T/out")" '"expires_at":' '... and prints its status line'

cog-sessions --cacert "$T/good.pem" --from sess_00001 --to sess_00005 \
    >"$T/list" 2>"$T/err"
is "$?:$(wc -l <"$T/list" | tr -d ' ')" 0:5 'cog-sessions lists over https'
cog-fetch --cacert "$T/good.pem" --dir "$T/raw" <"$T/list" >"$T/msgs" \
    2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-fetch fetches over https'
is "$(wc -l <"$T/msgs" | tr -d ' ')" \
    "$(jq -s 'map(.messageCount) | add' "$T/list")" \
    '... every message'

cog-fetch --cacert "$T/wrong.pem" --failed "$T/failed" <"$T/list" \
    >"$T/out" 2>"$T/err"
is "$?" 1 'a certificate the CA file does not vouch for fails every session'
like "$(head -n 1 "$T/err")" '^cog-fetch: sess_00001: SSL certificate problem' \
    '... saying why'
is "$(cat "$T/out")" '' '... with nothing written'
same_file "$T/failed" "$T/list" '... and every session listed as failed'

cog-sessions -k --from sess_00001 --to sess_00005 >"$T/list2" 2>"$T/err"
is "$?:$(wc -l <"$T/list2" | tr -d ' ')" 0:5 '-k works without the CA'
like "$(cat "$T/err")" 'warning: --insecure' '... with a warning'

cog-audit --allow-residual --job job_1 <"$T/msgs" >"$T/entry" 2>/dev/null
cog-notify --cacert "$T/good.pem" --url "$COG_BASE_URL/hooks/export" \
    <"$T/entry" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'cog-notify delivers to an https receiver'
is "$(jq -c '[.signature_ok, .accepted]' "$T/hooks")" '[true,true]' \
    '... which checks its signature'
cog-notify --url "$COG_BASE_URL/hooks/export" --spool "$T/spool" \
    <"$T/entry" >"$T/out" 2>"$T/err"
is "$?" 1 'an unknown CA fails the delivery'
is "$(ls "$T/spool" | wc -l | tr -d ' ')" 1 '... and the event is spooled'

stop_mock
done_testing
