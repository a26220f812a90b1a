#!/bin/sh
# cog-mask strategies, secrets and rules files.
. "${0%/*}/lib.sh"
need python3

ticket_mask
printf '%s\n' '{"t":"see TCK-1234 now"}' >in

# hash: documented HMAC scheme, stable across runs, keyed.
is "$($M in)" "{\"t\":\"see $(tok TCK-1234) now\"}" "hash token is the documented HMAC"
$M in >a; $M in >b
same_file a b "the same input and key give the same output"
is "$(COG_MASK_KEY=another-secret-0123 $M in | grep -cF "$(tok TCK-1234)")" 0 \
	"another key gives another token"
is "$($M -R TICKET:deterministic_hash:0 in)" "{\"t\":\"see $(tok TCK-1234) now\"}" \
	"deterministic_hash is hash"

# Secrets: env, file, missing, short, demo.
printf '%s\n' "$COG_MASK_KEY" >key
chmod 600 key
is "$(COG_MASK_KEY= $M --key-file key in 2>err)" "$($M in)" \
	"--key-file reads the secret (final newline ignored)"
is "$(cat err)" "" "no warning for a private key file"
chmod 644 key
COG_MASK_KEY= $M --key-file key in >/dev/null 2>err
like "$(cat err)" "key file 'key' can be read by other users" \
	"a key file others can read is warned about"
fails "no secret: exit 2" 2 env -u COG_MASK_KEY $M in
like "$(env -u COG_MASK_KEY $M in 2>&1)" '^cog-mask: no masking key: set COG_MASK_KEY' \
	"no secret: the message says what to do"
is "$(env -u COG_MASK_KEY $M in 2>/dev/null | wc -c)" 0 "no secret: nothing written"
fails "a short secret is refused" 2 env COG_MASK_KEY=short $M in
fails "a missing key file is an error" 2 $M --key-file nonexistent in
env -u COG_MASK_KEY $M --insecure-demo-key in >out 2>err
like "$(cat out)" 'TICKET_[0-9a-f]{16}' "--insecure-demo-key masks"
like "$(cat err)" 'NOT private' "--insecure-demo-key warns"
is "$(env -u COG_MASK_KEY $M -R TICKET:redact in)" '{"t":"see [TICKET] now"}' \
	"no secret is needed when no rule hashes or encrypts"

# The key file's default place, read when COG_MASK_KEY is unset.
mkdir -p config/cog home/.config/cog
printf '%s\n' "$COG_MASK_KEY" >config/cog/mask.key
chmod 600 config/cog/mask.key
is "$(env -u COG_MASK_KEY $M in 2>err)" "$($M in)" \
	"\$XDG_CONFIG_HOME/cog/mask.key is read when COG_MASK_KEY is unset"
is "$(cat err)" "" "... without a warning"
is "$(COG_MASK_KEY=another-secret-0123 $M in)" \
	"$(COG_MASK_KEY=another-secret-0123 $M in)" "COG_MASK_KEY comes first"
is "$(COG_MASK_KEY=another-secret-0123 $M in | grep -cF "$(tok TCK-1234)")" 0 \
	"... and the file is then not used"
cp config/cog/mask.key home/.config/cog/mask.key
is "$(env -u COG_MASK_KEY -u XDG_CONFIG_HOME HOME=$T/home $M in)" "$($M in)" \
	"without XDG_CONFIG_HOME, ~/.config/cog/mask.key"
chmod 640 config/cog/mask.key
fails "a default key file that others may read is refused" 2 \
	env -u COG_MASK_KEY $M in
like "$(env -u COG_MASK_KEY $M in 2>&1)" "mask.key' can be read by other users: chmod 600" \
	"... saying what to do"
is "$(env -u COG_MASK_KEY $M in 2>/dev/null | wc -c)" 0 "... and writing nothing"
rm config/cog/mask.key

# mask, redact, keep, min_length.
is "$($M -R TICKET:mask:0:4 in)" '{"t":"see ****1234 now"}' "mask keeps the last N"
printf '[{"entity_type":"TICKET","replacement_strategy":"mask","mask_character":"•","min_length":0}]' >r.json
is "$($M -r r.json in)" '{"t":"see •••••••• now"}' "a multibyte mask character"
is "$($M -R TICKET:redact in)" '{"t":"see [TICKET] now"}' "redact"
is "$($M -R TICKET:keep in)" '{"t":"see TCK-1234 now"}' "keep leaves the value"
is "$($M -R TICKET:keep -d in | grep -c TICKET)" 1 "keep is still detected"
is "$($M -R TICKET:hash:9 in)" '{"t":"see TCK-1234 now"}' "shorter than min_length is kept"
is "$($M -R TICKET:hash:8 in)" "{\"t\":\"see $(tok TCK-1234) now\"}" "min_length counts characters"

# A rule applies to its own entities only: a URL kept, or masked but for
# its tail, never shelters what it contains.
tokE() { python3 "$TOP/tests/token.py" EMAIL_ADDRESS "$1"; }
printf '%s\n' 'see https://crm.example.com/c?email=maria@example.com&id=7 now' >u
is "$(cog-mask -t -T -PERSON,-LOCATION,-STREET_ADDRESS -R URL:keep u)" \
	"see https://crm.example.com/c?email=$(tokE maria@example.com)&id=7 now" \
	"a kept URL still has the email in it masked"
like "$(cog-mask -t -T -PERSON,-LOCATION,-STREET_ADDRESS -R URL:mask:0:40 u)" '^see \*+ now$' \
	"merged entities are masked whole, keep_last notwithstanding"
is "$(cog-mask -t -T -PERSON,-LOCATION,-STREET_ADDRESS -R URL:hash:200 u)" \
	"see https://crm.example.com/c?email=$(tokE maria@example.com)&id=7 now" \
	"a URL too short for its rule still has the email in it masked"

# encrypt and --unmask.
printf '%s\n' '{"t":"TCK-1234 \u00e9 TCK-5678","n":"x"}' >in2
$M -R TICKET:encrypt:0 in2 >enc
like "$(cat enc)" '^\{"t":"\[TICKET:[A-Za-z0-9_-]{30,}\] \\u00e9 \[TICKET:[A-Za-z0-9_-]{30,}\]","n":"x"\}$' \
	"encrypt gives [TYPE:ciphertext] tokens"
$M -R TICKET:encrypt:0 in2 >enc2
same_file enc enc2 "encryption is deterministic"
is "$($M --unmask enc)" '{"t":"TCK-1234 \u00e9 TCK-5678","n":"x"}' "--unmask restores the values"
printf '%s\n' '{"t":"a \"q\" TCK-1234"}' >in3
cog-mask -T QUOTED -p 'QUOTED="q" TCK' -R QUOTED:encrypt:0 in3 >enc3
is "$(cog-mask -u enc3)" '{"t":"a \"q\" TCK-1234"}' "unmasked text is escaped again"
COG_MASK_KEY=another-secret-0123 cog-mask -u enc >out 2>err
is "$?" 1 "--unmask with another key exits 1"
same_file out enc "tokens that do not decrypt are left as they are"
like "$(cat err)" "2 tokens could not be decrypted" "and they are counted"
sed 's/\[TICKET:./[TICKET:Z/' enc >tampered
cog-mask -u tampered >/dev/null 2>&1
is "$?" 1 "a tampered token does not decrypt"
$M -R TICKET:encrypt:0 --text <<'X' >tenc
a TCK-1234 b
X
is "$(cog-mask -u --text tenc)" "a TCK-1234 b" "--unmask --text"

# Rules files: the seed's list, an export request, and their errors.
cat >rules.json <<'X'
[{"entity_type": "TICKET", "replacement_strategy": "redact", "mask_character": "*", "min_length": 3}]
X
is "$($M -r rules.json in)" '{"t":"see [TICKET] now"}' "a rules list"
cat >req.json <<'X'
{"session_id_start": "sess_001", "session_id_end": "sess_999",
 "output_format": "jsonl", "max_storage_mb": 500,
 "redaction_rules": [{"entity_type": "TICKET", "replacement_strategy": "mask"}]}
X
is "$($M -r req.json in)" '{"t":"see ******** now"}' "an export request object"
is "$($M -r rules.json -R TICKET:mask:0 in)" '{"t":"see ******** now"}' "--rule wins over --rules"
bad() {	# bad description json expected-message
	printf '%s' "$2" >bad.json
	$M -r bad.json in >out 2>err
	is "$?:$(wc -c <out)" "2:0" "$1: exit 2, no output"
	like "$(cat err)" "$3" "$1: message"
}
bad "unknown field" '[{"entity_type":"TICKET","colour":"red"}]' "rule 1: unknown field 'colour'"
bad "unknown type" '[{"entity_type":"FOO"}]' "rule 1: unknown entity type 'FOO'"
bad "unknown strategy" '[{"entity_type":"TICKET","replacement_strategy":"shred"}]' "unknown replacement strategy 'shred'"
bad "no rules" '[]' "no rules"
bad "missing type" '[{"min_length":2}]' "missing entity_type"
bad "bad min_length" '[{"entity_type":"TICKET","min_length":-1}]' "invalid value for 'min_length'"
bad "bad mask character" '[{"entity_type":"TICKET","mask_character":"ab"}]' "invalid value for 'mask_character'"
bad "invalid JSON" '[{' "invalid JSON"
bad "unknown request field" '{"redaction_rules":[],"extra":1}' "unknown field 'extra'"
fails "--rule with an unknown type" 2 $M -R NOPE in
fails "--rule with an unknown strategy" 2 $M -R TICKET:shred in
fails "--rule with a bad number" 2 $M -R TICKET:hash:x in
fails "--rule with too many fields" 2 $M -R TICKET:mask:1:2:3 in
is "$(cog-mask -T TICKET -p 'TICKET=\bTCK-[0-9]{4}\b' -R EMAIL:redact -R PHONE:mask in)" \
	"{\"t\":\"see $(tok TCK-1234) now\"}" "EMAIL and PHONE are accepted as aliases"

done_testing
