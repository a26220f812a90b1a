#!/bin/sh
# cog-audit's residual scan takes for a token only what cog-mask could have
# written under the run's key: anything else in a token's form is scanned
# as text, and the PII in it is found.
. "${0%/*}/lib.sh"
need jq

COG_AUDIT_KEY=audit-key-0123456789abcdef
COG_MASK_KEY=mask-key-0123456789abcdef
export COG_AUDIT_KEY
audit() {	# audit TEXT [option ...]: tokens and found, as JSON
	_t=$1
	shift
	jq -cn --arg t "$_t" '{session_id:"s1",t:$t}' |
	    cog-audit "$@" 2>"$T/err" |
	    jq -c '[.metrics.redaction_token_count, .residual_pii.found]'
}

# A real encrypt token, and one of another key.
echo '{"t":"DE89370400440532013000"}' |
    COG_MASK_KEY=$COG_MASK_KEY cog-mask -R IBAN_CODE:encrypt | jq -r .t >"$T/tok"
echo '{"t":"DE89370400440532013000"}' |
    COG_MASK_KEY=another-key-0123456789abcdef cog-mask -R IBAN_CODE:encrypt |
    jq -r .t >"$T/other"
like "$(cat "$T/tok")" '^\[IBAN_CODE:[A-Za-z0-9_-]{22,}\]$' 'an encrypt token'

# --- without a masking key -------------------------------------------------------
is "$(audit 'iban [IBAN:DE89370400440532013000]')" '[{},{"IBAN_CODE":1}]' \
    'an IBAN in the form of an encrypt token is found, not counted as one'
is "$(audit 'iban DE89370400440532013000')" '[{},{"IBAN_CODE":1}]' \
    '... as it is when written plainly'
is "$(audit "iban $(cat "$T/tok")")" '[{"IBAN_CODE":1},{}]' \
    'a real encrypt token is counted'
err_like '^cog-audit: 1 encrypt token checked by form only: no masking key' \
    '... and said to be checked by its form only'
is "$(audit '[IBAN_CODE_DE89370400440532013000] [PERSON_4111111111111111x]')" \
    '[{},{"IBAN_CODE":1}]' 'the look-alike of a hash token is scanned as text'
is "$(audit 'Name: [PERSON_Dennis]')" '[{},{"PERSON":1}]' \
    '... a name in one too'
is "$(audit 'card [X4111111111111111_0123456789abcdef]')" '[{},{}]' \
    'a hash token of a type unknown here, with digits, is not counted'
err_like '^cog-audit: 1 token-shaped string not written by cog-mask' \
    '... and said so'
is "$(audit '[PERSON_0123456789abcdef] [CUSTOMER_ID_0123456789abcdef] [SURNAME] [PERSON]')" \
    '[{"CUSTOMER_ID":1,"PERSON":2},{}]' \
    'hash tokens of any type name, and redact tokens, are tokens'
is "$(cat "$T/err")" '' '... with nothing to say'

# --- with the masking key --------------------------------------------------------
export COG_MASK_KEY
is "$(audit "iban $(cat "$T/tok")")" '[{"IBAN_CODE":1},{}]' \
    'with COG_MASK_KEY, a real encrypt token decrypts: counted'
is "$(cat "$T/err")" '' '... with nothing to say'
is "$(audit 'iban [IBAN:DE89370400440532013000]')" '[{},{"IBAN_CODE":1}]' \
    '... the IBAN in the form of one is still found'
is "$(audit "iban $(cat "$T/other")")" '[{},{}]' \
    'an encrypt token of another key is not counted'
err_like '^cog-audit: 1 token-shaped string not written by cog-mask under this key' \
    '... and said so'
printf %s "$COG_MASK_KEY" >"$T/mask.key"
chmod 600 "$T/mask.key"
jq -cn --arg t "x $(cat "$T/other")" '{t:$t}' >"$T/other.jsonl"
env -u COG_MASK_KEY cog-audit --mask-key-file "$T/mask.key" \
    <"$T/other.jsonl" >/dev/null 2>"$T/err"
err_like 'not written by cog-mask' '--mask-key-file names the key'
mkdir -p "$XDG_CONFIG_HOME/cog"
cp "$T/mask.key" "$XDG_CONFIG_HOME/cog/mask.key"
env -u COG_MASK_KEY cog-audit <"$T/other.jsonl" >/dev/null 2>"$T/err"
err_like 'not written by cog-mask' \
    '... and the key file of cog-mask is read by default'
rm -r "$XDG_CONFIG_HOME/cog"
fails 'a --mask-key-file that cannot be read is an error' 2 \
    cog-audit --mask-key-file "$T/none" </dev/null
fails '--mask-key-file does not go with --verify' 2 \
    cog-audit --verify --mask-key-file "$T/mask.key" </dev/null

# --- the text after a token ------------------------------------------------------
# A token is text that was there: the words after one do not start the
# value, where two capitalised words alone would read as a name.
for tok in PERSON:'[PERSON_0123456789abcdef]' PERSON:'[PERSON]' \
    IBAN_CODE:"$(cat "$T/tok")"; do
	is "$(audit "${tok#*:} möchte Rückruf")" "[{\"${tok%%:*}\":1},{}]" \
	    "a German sentence after a token is no name (${tok%%:*})"
done
is "$(audit '[PERSON_0123456789abcdef] hat gestern angerufen und möchte Rückruf')" \
    '[{"PERSON":1},{}]' '... nor a longer one'
is "$(audit '[PERSON_0123456789abcdef] Frau Becker möchte Rückruf')" \
    '[{"PERSON":1},{"PERSON":1}]' '... but a name after a token is found'
is "$(jq -cn '{session_id:"s1",t:"Dennis Miller möchte Rückruf"}' |
    cog-mask | cog-audit | jq -c .residual_pii.found)" '{}' \
    'what cog-mask leaves of a German sentence holds no name'

# The reproducer of the finding, as it was filed.
printf '%s\n' '{"session_id":"s","t":"iban [IBAN:DE89370400440532013000]"}' \
    '{"session_id":"s","t":"iban DE89370400440532013000"}' >"$T/in.jsonl"
for key in "$COG_MASK_KEY" ''; do
	is "$(head -1 "$T/in.jsonl" | COG_MASK_KEY=$key cog-audit --allow-residual 2>/dev/null |
	    jq -c '{tokens:.metrics.redaction_token_count, residual:.residual_pii.found}')" \
	    "$(tail -1 "$T/in.jsonl" | COG_MASK_KEY=$key cog-audit --allow-residual 2>/dev/null |
	    jq -c '{tokens:.metrics.redaction_token_count, residual:.residual_pii.found}')" \
	    "a fake token is audited as the plain value${key:+ (with a key)}"
done
done_testing
