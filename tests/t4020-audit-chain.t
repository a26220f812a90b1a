#!/bin/sh
# The audit log's chain: an empty log does not verify, cog-audit appends
# only to a log that verifies whole, and --expect-last catches the newest
# entries dropped, which the log alone cannot show.
. "${0%/*}/lib.sh"

COG_AUDIT_KEY=audit-key-0123456789abcdef
export COG_AUDIT_KEY
echo '{"session_id":"s1","t":"hello"}' >"$T/in"
entry() {	# entry LOG [option ...]: append one entry to LOG
	_l=$1
	shift
	cog-audit --log "$_l" "$@" <"$T/in" >/dev/null
}

# --- an empty log ---------------------------------------------------------------
: >"$T/empty"
cog-audit --verify "$T/empty" >"$T/v" 2>"$T/err"
is "$?:$(jq -c '[.entries, .verified, .error, has("line")]' "$T/v")" \
    '1:[0,false,"the log holds no entries",false]' \
    'an empty log does not verify'
like "$(cat "$T/err")" '^cog-audit: .*/empty: the log holds no entries$' \
    '... and says so'
cog-audit --verify </dev/null >/dev/null 2>&1
is $? 1 '... nor does empty standard input'
entry "$T/empty"
is "$?:$(jq -r .prev_hash "$T/empty")" \
    0:0000000000000000000000000000000000000000000000000000000000000000 \
    'an empty log is appended to: the chain starts'

# --- appending only to a log that verifies ----------------------------------------
for i in 1 2 3; do entry "$T/log" --job "job_$i"; done
refused() {	# refused DESCRIPTION LINE REASON: appending to $T/bad fails
	cp "$T/bad" "$T/bad.before"
	cog-audit --log "$T/bad" <"$T/in" >"$T/out" 2>"$T/err"
	is "$?:$(cat "$T/out")" 2: "$1: not appended to"
	like "$(cat "$T/err")" "^cog-audit: '.*/bad' does not verify \\(line $2: $3.*\\): not appending" \
	    "... saying where it breaks"
	same_file "$T/bad" "$T/bad.before" '... and the log is left as it was'
}
sed '1s/"messages":\([0-9]\)/"messages":9\1/' "$T/log" >"$T/bad"
refused 'the first of three entries changed' 1 'entry_hash does not match'
sed 2d "$T/log" >"$T/bad"
refused 'an entry in the middle removed' 2 "prev_hash is not the previous entry's hash"
{ sed -n 1p "$T/log"; echo; sed -n '2,$p' "$T/log"; } >"$T/bad"
refused 'a blank line in the middle' 2 'blank line'
{ sed -n 1p "$T/log"; COG_AUDIT_KEY=another-key-0123456789abcdef \
    cog-audit --log "$T/other" <"$T/in"; } >"$T/bad"
refused 'an entry signed by another key' 2 'signed by another key'
cp "$T/other" "$T/bad"
refused 'a log of another key' 1 'signed by another key'
entry "$T/log"
cog-audit --verify "$T/log" >"$T/v"
is "$?:$(jq .entries "$T/v")" 0:4 'a log that verifies is appended to'

if openssl genpkey -algorithm ed25519 -out "$T/ed.pem" 2>/dev/null; then
	chmod 600 "$T/ed.pem"
	env -u COG_AUDIT_KEY cog-audit --key-file "$T/ed.pem" --log "$T/log" \
	    <"$T/in" >/dev/null 2>"$T/err"
	is "$?:$(cat "$T/err")" 0: \
	    'Ed25519 appends to a log of HMAC entries without their key'
	sed -i '2s/"messages":\([0-9]\)/"messages":9\1/' "$T/log"
	env -u COG_AUDIT_KEY cog-audit --key-file "$T/ed.pem" --log "$T/log" \
	    <"$T/in" >/dev/null 2>"$T/err"
	like "$?:$(cat "$T/err")" '^2:.*does not verify \(line 2: entry_hash' \
	    '... but not when one of them does not match its hash'
else
	_result 0 '# SKIP no Ed25519 in openssl'
	_result 0 '# SKIP no Ed25519 in openssl'
fi

# --- --expect-last ----------------------------------------------------------------
rm -f "$T/log"
for i in 1 2 3; do entry "$T/log" --job "job_$i"; done
h2=$(sed -n 2p "$T/log" | jq -r .entry_hash)
h3=$(sed -n 3p "$T/log" | jq -r .entry_hash)
cog-audit --verify --expect-last "$h3" "$T/log" >"$T/v" 2>"$T/err"
is "$?:$(jq -c '[.entries, .verified]' "$T/v"):$(cat "$T/err")" \
    '0:[3,true]:' '--expect-last the newest entry: verified'
cog-audit --verify --expect-last "$h2" "$T/log" >/dev/null
is $? 0 '... an older one too: entries appended since are no fault'
is "$(cog-audit --verify --expect-last "$(printf %s "$h3" | tr a-f A-F)" \
    <"$T/log" | jq .verified)" true '... in capitals, on standard input'
head -n 2 "$T/log" >"$T/cut"
cog-audit --verify "$T/cut" >"$T/v"
is "$?:$(jq .verified "$T/v")" 0:true \
    'the newest entry dropped: the log alone still verifies'
cog-audit --verify --expect-last "$h3" "$T/cut" >"$T/v" 2>"$T/err"
is "$?:$(jq -c '[.entries, .verified]' "$T/v")" '1:[2,false]' \
    '... --expect-last the hash kept of it: it does not'
like "$(jq -r .error "$T/v")" '^no entry has the expected entry_hash' \
    '... saying why'
like "$(cat "$T/err")" '^cog-audit: .*/cut: no entry has the expected entry_hash' \
    '... on standard error too'
sed '3s/"messages":\([0-9]\)/"messages":9\1/' "$T/log" >"$T/bad"
cog-audit --verify --expect-last "$h3" "$T/bad" >"$T/v" 2>/dev/null
is "$?:$(jq -c '[.verified, .line]' "$T/v")" '1:[false,3]' \
    '... and a bad entry is named as before'
fails '--expect-last without --verify is a usage error' 2 \
    cog-audit --expect-last "$h3"
fails '--expect-last of 63 digits is a usage error' 2 \
    cog-audit --verify --expect-last "${h3%?}" "$T/log"
fails '--expect-last of a non-hex digit is a usage error' 2 \
    cog-audit --verify --expect-last "${h3%?}g" "$T/log"
fails '--expect-last with two logs is a usage error' 2 \
    cog-audit --verify --expect-last "$h3" "$T/log" "$T/log"
done_testing
