#!/bin/sh
# cog-audit: the entry, token counts, the residual scan, the chain, HMAC
# and Ed25519 signatures, tampering, --split-dir, --failed, --merge.
. "${0%/*}/lib.sh"
need jq python3 openssl perl
. "$TOP/tests/pipeline.sh"

COG_MASK_KEY=$(secret)
COG_AUDIT_KEY=audit-key-0123456789abcdef
export COG_MASK_KEY COG_AUDIT_KEY

python3 "$TOP/tests/chatgen.py" --sessions 40 --truth "$T/truth" >"$T/raw"
cog-mask --rules "$PIPELINE_RULES" $(pipeline_mask_args) <"$T/raw" \
    >"$T/masked"

# --- the entry ----------------------------------------------------------------

cog-audit --log "$T/log" <"$T/masked" >"$T/entry" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'an entry for the masked stream'
is "$(wc -l <"$T/entry" | tr -d ' ')" 1 '... one line on stdout'
same_file "$T/entry" "$T/log" '... the line appended to the log'
is "$(jq -r 'keys_unsorted | join(" ")' "$T/entry")" \
    'jobId timestamp metrics residual_pii data_sha256 prev_hash entry_hash signature' \
    '... with its members in order'
is "$(jq -c '.metrics | [.messages, .bytes_processed, .successful_downloads,
    .total_sessions]' "$T/entry")" \
    "[$(wc -l <"$T/masked" | tr -d ' '),$(wc -c <"$T/masked" | tr -d ' '),40,40]" \
    'messages, bytes and sessions'
like "$(jq -r .metrics.duration_seconds "$T/entry")" '^[0-9]+\.?[0-9]*$' \
    'duration_seconds'
like "$(jq -r .timestamp "$T/entry")" \
    '^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$' \
    'timestamp, UTC with milliseconds'
is "$(jq -r .data_sha256 "$T/entry")" \
    "$(sha256sum <"$T/masked" | cut -d' ' -f1)" \
    'data_sha256 is the sha256sum of the stream'
is "$(jq -r .prev_hash "$T/entry")" \
    0000000000000000000000000000000000000000000000000000000000000000 \
    'the first entry of a log chains to 64 zeros'
is "$(jq -r .jobId "$T/entry")" null 'no job id: null'

# Tokens, counted here with grep: hash and redact forms.
grep -oE '\[[A-Z][A-Z0-9_]*(_[0-9a-f]{16})?\]' "$T/masked" |
    sed -E 's/^\[//; s/(_[0-9a-f]{16})?\]$//' |
    grep -xE 'PERSON|LOCATION|STREET_ADDRESS|EMAIL_ADDRESS|PHONE_NUMBER|CREDIT_CARD|IBAN_CODE|US_SSN|IP_ADDRESS|URL|MAC_ADDRESS|CRYPTO|UK_NHS|US_PASSPORT|DATE_OF_BIRTH' |
    sort | uniq -c | awk '{ printf "%s:%s ", $2, $1 }' >"$T/want"
is "$(jq -r '.metrics.redaction_token_count | to_entries |
    map("\(.key):\(.value)") | join(" ")' "$T/entry") " "$(cat "$T/want")" \
    'redaction_token_count per type, as grep counts them'
is "$(jq -c .residual_pii "$T/entry")" \
    "{\"scanned_strings\":$(jq -s '[.[] | [.. | strings] | length] |
    add' "$T/masked"),\"found\":{}}" \
    'no residual PII in the masked stream; every string scanned'

# The residual scan of unmasked data finds it, and gives no values away.
cog-audit --log "$T/rawlog" <"$T/raw" >"$T/rawentry" 2>"$T/err"
is $? 1 'residual PII: exit status 1'
like "$(cat "$T/err")" \
    '^cog-audit: residual PII in the masked stream: ([A-Z_]+ [0-9]+, )*EMAIL_ADDRESS [1-9][0-9]*(, [A-Z_]+ [0-9]+)* \(residual_pii of the entry says where\); exit status 1$' \
    '... the entities counted per type on standard error'
same_file "$T/rawentry" "$T/rawlog" '... the entry written and appended all the same'
cog-audit --verify "$T/rawlog" >/dev/null
is $? 0 '... a good entry of the log'
cog-audit --allow-residual <"$T/raw" >"$T/allowed" 2>"$T/err"
is $? 0 '--allow-residual: exit status 0'
like "$(cat "$T/err")" '^cog-audit: residual PII in the masked stream: .* \(residual_pii of the entry says where\)$' \
    '... the PII still reported'
is "$(jq -c .residual_pii "$T/allowed")" "$(jq -c .residual_pii "$T/rawentry")" \
    '... and in the entry alike'
like "$(jq -c .residual_pii.found "$T/rawentry")" '"EMAIL_ADDRESS":[1-9]' \
    'the residual scan finds PII left in'
is "$(jq '.residual_pii.examples | length' "$T/rawentry")" 10 \
    '... with ten examples'
is "$(jq -c '.residual_pii.examples[0] | keys_unsorted' "$T/rawentry")" \
    '["session_id","seq","line","path","type","start","end"]' \
    '... of positions'
ok '... and no planted value anywhere in the entry' sh -c '
	jq -r .value "$1" | sort -u | while read -r v; do
		grep -qF -- "$v" "$2" && { echo "found: $v"; exit 1; }
	done; exit 0' sh "$T/truth" "$T/rawentry"
jq -r '.residual_pii.examples[0] | "\(.line) \(.path) \(.start) \(.end)"' \
    "$T/rawentry" >"$T/ex"
read -r line path start end <"$T/ex"
is "$(sed -n "${line}p" "$T/raw" | jq -r "$path | .[$start:$end]" |
    grep -c .)" 1 '... each pointing at an entity (code points)'
printf '%s\n' '["maria@example.com",{"a b":["x@example.org"]}]' |
    cog-audit --allow-residual >"$T/e3" 2>/dev/null
is "$(jq -c '[.residual_pii.examples[].path]' "$T/e3")" \
    '[".[0]",".[1].[\"a b\"][0]"]' \
    '... by jq paths, in a top-level array too'

# Tokens are blanked out before the scan: a hash token holding a valid
# card number, or an IP address, is no PII; a real one next to it is.
ssn=$(echo '{"t":"536-22-8726"}' | cog-mask -R US_SSN:encrypt -k t=US_SSN | jq -r .t)
printf '{"session_id":"s1","text":"[CREDIT_CARD_4111111111111111] [IP_ADDRESS_1921680010010001] [EMAIL_ADDRESS] %s [OK] [NOTE_1234] mail bob@example.com"}\n' "$ssn" |
    cog-audit --allow-residual >"$T/e2" 2>/dev/null
is "$(jq -c '[.metrics.redaction_token_count, .residual_pii.found]' "$T/e2")" \
    '[{"CREDIT_CARD":1,"EMAIL_ADDRESS":1,"IP_ADDRESS":1,"US_SSN":1},{"EMAIL_ADDRESS":1}]' \
    'tokens are counted and never taken for PII; [OK] is no token'
printf '%s\n' '{"t":"[EMPLOYEE_ID] 4111 1111 1111 1111 E-123456"}' |
    cog-audit -p 'EMPLOYEE_ID=E-[0-9]{6}' -T CREDIT_CARD --allow-residual \
    >"$T/e3" 2>/dev/null
is "$(jq -c '[.metrics.redaction_token_count, .residual_pii.found]' "$T/e3")" \
    '[{"EMPLOYEE_ID":1},{"CREDIT_CARD":1,"EMPLOYEE_ID":1}]' \
    '--pattern and --types, as cog-mask takes them'
is "$(cog-audit -j 1 --allow-residual <"$T/raw" 2>/dev/null | jq -c '[.metrics.messages, .residual_pii,
    .data_sha256]')" "$(jq -c '[.metrics.messages, .residual_pii,
    .data_sha256]' "$T/rawentry")" '-j 1 gives the same entry'

# The job id.
is "$(cog-audit --job job_7 </dev/null | jq -r .jobId)" job_7 '--job'
echo job_8 >"$T/job.id"
is "$(cog-audit --job-file "$T/job.id" </dev/null | jq -r .jobId)" job_8 \
    '--job-file'
is "$(COG_JOB_ID=job_9 cog-audit </dev/null | jq -r .jobId)" job_9 \
    'COG_JOB_ID'

# --- the chain and the signature ----------------------------------------------

cog-audit --log "$T/log" --job job_2 <"$T/masked" >"$T/entry2"
is "$(wc -l <"$T/log" | tr -d ' ')" 2 'a second run appends'
is "$(jq -r .prev_hash "$T/entry2")" "$(jq -r .entry_hash "$T/entry")" \
    '... chained to the first entry'
is "$(sed -n 2p "$T/log")" "$(cat "$T/entry2")" '... the line it printed'
cog-audit --verify "$T/log" >"$T/v" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: '--verify passes'
is "$(jq -c '[.entries, .verified, .last_hash]' "$T/v")" \
    "[2,true,\"$(jq -r .entry_hash "$T/entry2")\"]" '... and says so'
ok 'entry_hash is the SHA-256 of the line up to "entry_hash", and "}"' sh -c '
	line=$(tail -n 1 "$1")
	h=$(printf "%s}" "${line%%,\"entry_hash\":*}" | sha256sum | cut -c1-64)
	test "$h" = "$(printf "%s" "$line" | jq -r .entry_hash)"' sh "$T/log"
ok '... and the signature their HMAC-SHA256 under COG_AUDIT_KEY' sh -c '
	line=$(tail -n 1 "$1")
	m=$(printf "%s}" "${line%%,\"entry_hash\":*}" | python3 -c "
import hashlib, hmac, os, sys
print(hmac.new(os.environb[b\"COG_AUDIT_KEY\"], sys.stdin.buffer.read(),
	hashlib.sha256).hexdigest())")
	test "$m" = "$(printf "%s" "$line" | jq -r .signature.value)"' sh "$T/log"

# Tampering: every kind of change is caught, naming the line.
bad() {	# bad DESCRIPTION LINE REGEX: the copy in $T/bad fails to verify
	cog-audit --verify "$T/bad" >"$T/v" 2>"$T/err"
	is "$?:$(jq -r '"\(.verified):\(.line)"' "$T/v")" "1:false:$2" \
	    "$1: --verify exits 1, naming line $2"
	like "$(cat "$T/err")" "^cog-audit: .*/bad:$2: $3" "$1: the reason"
}
sed '2s/"messages":\([0-9]\)/"messages":9\1/' "$T/log" >"$T/bad"
bad 'a count changed' 2 'entry_hash does not match the entry$'
sed '1s/"value":"\(.\)/"value":"f\1/; 1s/"value":"f\(.\)/"value":"\1/' \
    "$T/log" >"$T/bad"
awk 'NR == 1 { sub(/"value":"[0-9a-f]/, "\"value\":\"0") } 1' "$T/log" \
    >"$T/bad"
cmp -s "$T/bad" "$T/log" && awk 'NR == 1 {
    sub(/"value":"[0-9a-f]/, "\"value\":\"1") } 1' "$T/log" >"$T/bad"
bad 'a signature changed' 1 'bad signature$'
sed -n 2p "$T/log" >"$T/bad"
bad 'the first entry removed' 1 'prev_hash is not the start of a log'
{ sed -n 2p "$T/log"; sed -n 1p "$T/log"; } >"$T/bad"
bad 'entries swapped' 1 'prev_hash is not the start'
cog-audit --job job_3 --log "$T/log" <"$T/masked" >/dev/null
sed 2d "$T/log" >"$T/bad"
bad 'an entry in the middle removed' 2 "prev_hash is not the previous entry's hash"
head -c -1 "$T/log" >"$T/bad"
bad 'a cut last line' 3 'incomplete last line$'
{ cat "$T/log"; echo; } >"$T/bad"
bad 'a blank line added' 4 'blank line$'
sed '1s/}}$/}} /' "$T/log" >"$T/bad"
bad 'a byte after the signature' 1 'something follows the signature$'

# One changed byte anywhere breaks it: flip bytes across the whole log.
mkdir "$T/flips"
python3 -c 'import sys
p, out = sys.argv[1], sys.argv[2]
data = open(p, "rb").read()
step = len(data) // 150 + 1
for n in range(0, len(data), step):
    b = bytearray(data)
    b[n] ^= 0x01 if b[n] != 0x0b else 0x02
    open("%s/%06d" % (out, n), "wb").write(b)' "$T/log" "$T/flips"
failed=
for f in "$T/flips"/*; do
	cog-audit --verify "$f" >/dev/null 2>&1 && failed="$failed ${f##*/}"
done
is "$failed" '' "every one of $(ls "$T/flips" | wc -l | tr -d ' ') single-byte changes fails --verify"

# Keys.
COG_AUDIT_KEY=another-key-0123456789abcdef cog-audit --verify "$T/log" \
    >/dev/null 2>"$T/err"
is $? 1 'another key fails'
like "$(cat "$T/err")" ':1: signed by another key \(key_id [0-9a-f]{16}; this key is [0-9a-f]{16}\)$' \
    '... naming both key ids'
env -u COG_AUDIT_KEY cog-audit --verify "$T/log" >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    '2:cog-audit: no key to check signatures with: set COG_AUDIT_KEY or give --key-file' \
    '--verify without a key exits 2'
env -u COG_AUDIT_KEY cog-audit </dev/null >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'no signing key exits 2'
like "$(cat "$T/err")" '^cog-audit: no signing key: COG_AUDIT_KEY is not set' \
    '... and says so'
COG_AUDIT_KEY=short cog-audit </dev/null >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*too short \(at least 16 bytes\)' \
    'a short secret is refused'
printf 'file-secret-0123456789\n' >"$T/hmac.key"
chmod 600 "$T/hmac.key"
cog-audit --key-file "$T/hmac.key" --log "$T/flog" </dev/null >/dev/null
COG_AUDIT_KEY=file-secret-0123456789 cog-audit --verify "$T/flog" >/dev/null
is $? 0 '--key-file with an HMAC secret (its newline dropped)'
chmod 644 "$T/hmac.key"
cog-audit --key-file "$T/hmac.key" </dev/null 2>"$T/err" >/dev/null
like "$(cat "$T/err")" "key file '.*hmac.key' can be read by other users" \
    '... warned about when others can read it'

# Ed25519.
if openssl genpkey -algorithm ed25519 -out "$T/ed.pem" 2>/dev/null; then
	chmod 600 "$T/ed.pem"
	openssl pkey -in "$T/ed.pem" -pubout -out "$T/ed.pub"
	openssl genpkey -algorithm ed25519 -out "$T/ed2.pem"
	openssl pkey -in "$T/ed2.pem" -pubout -out "$T/ed2.pub"
	cog-audit --key-file "$T/ed.pem" --log "$T/elog" <"$T/masked" \
	    >"$T/eentry"
	is "$(jq -c '[.signature.alg, (.signature.value | length)]' \
	    "$T/eentry")" '["ed25519",128]' 'an Ed25519 signature'
	is "$(jq -r .signature.key_id "$T/eentry")" "$(openssl pkey -pubin \
	    -in "$T/ed.pub" -outform DER | tail -c 32 | sha256sum |
	    cut -c1-16)" '... whose key_id starts the public key'"'"'s SHA-256'
	cog-audit --key-file "$T/ed.pem" --log "$T/elog" <"$T/masked" \
	    >/dev/null
	env -u COG_AUDIT_KEY cog-audit --verify --key-file "$T/ed.pub" \
	    "$T/elog" >/dev/null
	is $? 0 '--verify with the public key alone'
	env -u COG_AUDIT_KEY cog-audit --verify --key-file "$T/ed2.pub" \
	    "$T/elog" >/dev/null 2>"$T/err"
	like "$?:$(cat "$T/err")" '^1:.*:1: signed by another key' \
	    'another public key fails'
	ok 'openssl verifies the signature of the signed bytes' sh -c '
		line=$(tail -n 1 "$1")
		printf "%s}" "${line%%,\"entry_hash\":*}" >"$1.signed"
		printf "%s" "$line" | jq -r .signature.value |
		    perl -ne "chomp; print pack \"H*\", \$_" >"$1.sig"
		openssl pkeyutl -verify -pubin -inkey "$2" -rawin \
		    -in "$1.signed" -sigfile "$1.sig"' sh "$T/elog" "$T/ed.pub"
	cog-audit --key-file "$T/ed.pub" </dev/null >/dev/null 2>"$T/err"
	like "$?:$(cat "$T/err")" "^2:cog-audit: '.*ed.pub' is a public key" \
	    'a public key cannot sign'
	# A log signed with both algorithms needs both keys.
	cog-audit --log "$T/mlog" </dev/null >/dev/null
	cog-audit --key-file "$T/ed.pem" --log "$T/mlog" </dev/null >/dev/null
	cog-audit --verify --key-file "$T/ed.pub" "$T/mlog" >/dev/null
	is $? 0 'HMAC and Ed25519 entries in one log, both keys given'
	env -u COG_AUDIT_KEY cog-audit --verify --key-file "$T/ed.pub" \
	    "$T/mlog" >/dev/null 2>"$T/err"
	like "$?:$(cat "$T/err")" '^2:.*mlog:1: the entry is signed with hmac-sha256: set COG_AUDIT_KEY' \
	    '... and a missing one is named'
	openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:1024 \
	    -out "$T/rsa.pem" 2>/dev/null
	cog-audit --key-file "$T/rsa.pem" </dev/null >/dev/null 2>"$T/err"
	like "$?:$(cat "$T/err")" "^2:.*is not an Ed25519 key" \
	    'an RSA key is refused'
else
	for i in 1 2 3 4 5 6 7 8 9 10; do
		_result 0 '# SKIP no Ed25519 in openssl'
	done
fi

# --- --split-dir ----------------------------------------------------------------

cog-audit --split-dir "$T/split/a" <"$T/masked" >/dev/null
is "$(ls "$T/split/a" | wc -l | tr -d ' ')" 40 '--split-dir: one file a session'
is "$(ls -A "$T/split/a" | grep -c '^\.')" 0 '... and no temporary file left'
for id in sess_00001 sess_00023; do
	grep "^{\"session_id\":\"$id\"," "$T/masked" >"$T/want"
	same_file "$T/split/a/$id.jsonl" "$T/want" "... $id.jsonl holds its records"
done
cat "$T/split/a"/*.jsonl >"$T/cat"
same_file "$T/cat" "$T/masked" '... and together they are the stream'
cog-audit --split-dir "$T/split/a" <"$T/masked" >/dev/null
cat "$T/split/a"/*.jsonl >"$T/cat"
same_file "$T/cat" "$T/masked" 'a rerun replaces the files whole'
# A session that comes back gets its earlier records first.
grep -E '"session_id":"sess_0000[12]"' "$T/masked" >"$T/two"
{ grep sess_00001 "$T/two" | head -n 2; grep sess_00002 "$T/two";
  grep sess_00001 "$T/two" | tail -n +3; } >"$T/again"
cog-audit --split-dir "$T/split/b" <"$T/again" >"$T/e4"
grep sess_00001 "$T/two" >"$T/want"
same_file "$T/split/b/sess_00001.jsonl" "$T/want" \
    'a session that comes back keeps all its records, in order'
is "$(jq .metrics.successful_downloads "$T/e4")" 2 '... counted once'
# Atomic: a session's file appears whole, once the next one has started;
# till then only its temporary file is there.  (Input is read in blocks
# of 256 kB, read ahead by the threads: with one thread, session B is
# made big enough to be read in two.)
awk 'BEGIN { for (i = 0; i < 3000; i++)
	printf "{\"session_id\":\"sess_big\",\"seq\":%d,\"text\":\"%0200d\"}\n", i, i }' \
    >"$T/big"
mkfifo "$T/fifo"
cog-audit -j 1 --split-dir "$T/split/c" <"$T/fifo" >"$T/e5" &
pid=$!
exec 7>"$T/fifo"
grep sess_00001 "$T/masked" >&7
head -n 1500 "$T/big" >&7
i=0
while [ ! -f "$T/split/c/sess_00001.jsonl" ] && [ $i -lt 200 ]; do
	sleep 0.05; i=$((i + 1))
done
grep sess_00001 "$T/masked" >"$T/want"
same_file "$T/split/c/sess_00001.jsonl" "$T/want" \
    'a session'"'"'s file appears whole when the next session starts'
is "$(ls -A "$T/split/c" | tr '\n' ' ')" \
    ".sess_big.jsonl.tmp.$pid sess_00001.jsonl " \
    '... while the next one is only a temporary file'
tail -n +1501 "$T/big" >&7
exec 7>&-
wait $pid 2>/dev/null
is "$?:$(ls -A "$T/split/c" | tr '\n' ' ')" \
    '0:sess_00001.jsonl sess_big.jsonl ' '... the last one renamed at the end'
same_file "$T/split/c/sess_big.jsonl" "$T/big" '... whole'
# Killed mid-session: the temporary file goes too.
rm -f "$T/fifo"
mkfifo "$T/fifo"
cog-audit -j 1 --split-dir "$T/split/k" <"$T/fifo" >/dev/null &
pid=$!
exec 7>"$T/fifo"
head -n 1500 "$T/big" >&7
i=0
while [ -z "$(ls -A "$T/split/k" 2>/dev/null)" ] && [ $i -lt 200 ]; do
	sleep 0.05; i=$((i + 1))
done
kill -TERM $pid
wait $pid 2>/dev/null
is "$?:$(ls -A "$T/split/k")" 143: 'SIGTERM mid-session leaves no temporary file'
exec 7>&-
# A bad line stops the run: no entry, no temporary file.
{ head -n 30 "$T/masked"; echo '{"session_id":"sess_00099",'; } >"$T/badin"
cp "$T/log" "$T/log.before"
cog-audit --log "$T/log" --split-dir "$T/split/d" <"$T/badin" >"$T/out" \
    2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'invalid JSON exits 2 with no entry'
like "$(cat "$T/err")" '^cog-audit: <stdin>:31: invalid JSON: .* at column' \
    '... naming the line'
same_file "$T/log" "$T/log.before" '... and nothing appended to the log'
is "$(ls -A "$T/split/d" | grep -c '^\.')" 0 '... nor a temporary file left'
echo '{"text":"no session"}' | cog-audit --split-dir "$T/split/e" \
    >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:cog-audit: <stdin>:1: no "session_id": --split-dir needs one' \
    'a record without session_id cannot be split'
echo '{"session_id":"../etc"}' | cog-audit --split-dir "$T/split/e" \
    >/dev/null 2>"$T/err"
like "$?:$(cat "$T/err")" '^2:.*the session_id cannot name a file' \
    '... nor one whose id is no file name'

# --failed: the sessions cog-fetch could not deliver.
printf '%s\n' '{"id":"sess_00077"}' sess_00078 sess_00001 sess_00077 \
    >"$T/failed"
is "$(cog-audit --failed "$T/failed" <"$T/masked" |
    jq -c '[.metrics.successful_downloads, .metrics.total_sessions]')" \
    '[40,42]' '--failed counts the sessions that never came'

# --- --merge -------------------------------------------------------------------

for k in 1 2 3; do
	awk -F'"session_id":"sess_' -v k=$k \
	    '(substr($2, 1, 5) + 0) % 3 == k % 3' "$T/masked" >"$T/shard$k"
done
cog-audit --job job_m <"$T/masked" >"$T/single"
for k in 1 2 3; do
	cog-audit --job job_m --split-dir "$T/split/m" <"$T/shard$k"
done >"$T/shards"
cog-audit --merge --log "$T/mergelog" <"$T/shards" >"$T/merged"
is $? 0 '--merge of three shard entries'
same_file "$T/merged" "$T/mergelog" '... appended to the log'
cog-audit --verify "$T/mergelog" >/dev/null
is $? 0 '... and it verifies'
is "$(jq -c 'del(.metrics.duration_seconds) | [.jobId, .metrics,
    .residual_pii.found, .residual_pii.scanned_strings]' "$T/merged")" \
    "$(jq -c 'del(.metrics.duration_seconds) | [.jobId, .metrics,
    .residual_pii.found, .residual_pii.scanned_strings]' "$T/single")" \
    '... with the counts of a single run'
is "$(jq -r '.shards | map(.entry_hash) | join(" ")' "$T/merged")" \
    "$(jq -r .entry_hash "$T/shards" | tr '\n' ' ' | sed 's/ $//')" \
    '... listing the shards'
is "$(jq -r .data_sha256 "$T/merged")" \
    "$(jq -r .data_sha256 "$T/shards" | sha256sum | cut -d' ' -f1)" \
    '... data_sha256 over the shards'"'"' data_sha256 lines'
cat "$T/split/m"/*.jsonl >"$T/cat"
same_file "$T/cat" "$T/masked" '... whose split files make the stream'
sed '2s/"messages":\([0-9]\)/"messages":9\1/' "$T/shards" >"$T/badshards"
cog-audit --merge --log "$T/mergelog2" <"$T/badshards" >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 1: 'a tampered shard entry stops the merge'
like "$(cat "$T/err")" '<stdin>:2: entry_hash does not match the entry: nothing merged$' \
    '... naming it'
ok '... and nothing is written' test ! -s "$T/mergelog2"
{ head -n 1 "$T/shards"; cog-audit --job job_other <"$T/shard2"; } \
    >"$T/mixed"
cog-audit --merge <"$T/mixed" >/dev/null 2>"$T/err"
is "$?:$(cat "$T/err")" \
    '2:cog-audit: the entries are of different jobs: give --job' \
    'shards of different jobs need --job'
is "$(cog-audit --merge --job job_x <"$T/mixed" | jq -r .jobId)" job_x \
    '... which settles it'

# The residual PII of a shard makes the merge's exit status 1 too.
{ head -n 1 "$T/shards"; cog-audit --allow-residual --job job_m \
    <"$T/raw" 2>/dev/null; } >"$T/leaky"
cog-audit --merge <"$T/leaky" >"$T/out" 2>"$T/err"
is "$?:$(jq -r '.residual_pii.found.EMAIL_ADDRESS > 0' "$T/out")" 1:true \
    '--merge of a shard with residual PII: exit status 1, the entry written'
like "$(cat "$T/err")" '^cog-audit: residual PII in the masked stream: .*; exit status 1$' \
    '... and said so'
cog-audit --merge --allow-residual <"$T/leaky" >/dev/null 2>&1
is $? 0 '... 0 with --allow-residual'

# Concurrent appends to one log are chained one after the other.
pids=
for k in 1 2 3 4 5 6; do
	cog-audit --log "$T/clog" <"$T/shard$((k % 3 + 1))" >/dev/null &
	pids="$pids $!"
done
wait $pids
cog-audit --verify "$T/clog" >"$T/v"
is "$?:$(jq .entries "$T/v")" 0:6 'six runs appending at once make one chain'

# Options.
fails '--verify with --log is a usage error' 2 cog-audit --verify --log x
fails '--merge with --split-dir is a usage error' 2 cog-audit --merge \
    --split-dir x
fails '--verify and --merge together are a usage error' 2 cog-audit \
    --verify --merge
fails '--verify with --allow-residual is a usage error' 2 cog-audit --verify \
    --allow-residual
fails 'a bad --parallel' 2 cog-audit -j 0
fails 'a bad --types' 2 cog-audit -T NOPE </dev/null
fails 'a missing file' 2 cog-audit "$T/nope"
done_testing
