#!/bin/sh
# cog-mask's user recognizers as Presidio's pattern recognizers: context
# words that raise a match's score, validators that a match must pass,
# scores, on the command line and in rules files.
. "${0%/*}/lib.sh"
need jq

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

det() {	# det cog-mask-args...: "TYPE start-end score" of each detection
	cog-mask -d "$@" | jq -r '"\(.type) \(.start)-\(.end) \(.score)"' |
		tr '\n' ';'
}

# --- context words -----------------------------------------------------------
printf '%s\n' '{"t":"Order 12345678 went out to you last week, thank you; your Account: 87654321"}' >ctx
is "$(det -p 'ACCT=\b[0-9]{8}\b' ctx)" "ACCT 6-14 1;ACCT 67-75 1;" \
	"a --pattern without context words scores 1 wherever it matches"
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context ACCT=account ctx)" "ACCT 67-75 0.75;" \
	"with --context, a match alone scores 0.4, under the threshold; near a word 0.75"
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context ACCT=ACCT,account ctx)" "ACCT 67-75 0.75;" \
	"the words are matched without regard to case"
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context ACCT=acct --context ACCT=order ctx)" \
	"ACCT 6-14 0.75;" "--context is repeatable; its words add up"
printf '%s\n' '{"t":"Accounts: 87654321, and then later on in the subaccount: 12345678"}' >pre
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context ACCT=account pre)" "ACCT 10-18 0.75;" \
	"a word that begins with one counts; one inside a word does not"
printf '%s\n' '{"t":"Account-Number 87654321"}' >multi
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context 'ACCT=account number' multi)" "ACCT 15-23 0.75;" \
	"a space of a context word stands for any run of other bytes"
printf '%s\n' '{"t":"account, and then a long, long while of nothing at all, 87654321"}' >far
is "$(det -T NONE -p 'ACCT=\b[0-9]{8}\b' --context ACCT=account far)" "" \
	"a word further than 48 bytes before counts not"
printf '%s\n' '{"t":"87654321 is my account"}' >after
is "$(det -p 'ACCT=\b[0-9]{8}\b' --context ACCT=account after)" "ACCT 0-8 0.75;" \
	"... and one just after counts"
is "$(cog-mask -p 'ACCT=\b[0-9]{8}\b' --context ACCT=account -R ACCT:redact ctx)" \
	'{"t":"Order 12345678 went out to you last week, thank you; your Account: [ACCT]"}' \
	"so only that match is masked"

# --- validators ----------------------------------------------------------------
printf '%s\n' '{"t":"member 79927398713 and 79927398710"}' >luhn
is "$(det -T NONE -p 'MEMBER=\b[0-9]{11}\b' --validator MEMBER=luhn luhn)" "MEMBER 7-18 1;" \
	"--validator luhn: a match that fails is no entity"
is "$(det -T NONE -p 'MEMBER=\b[0-9]{11}\b' --validator MEMBER=luhn --context MEMBER=zzz luhn)" \
	"MEMBER 7-18 1;" "... one that passes scores 1, context words or not"
printf '%s\n' '{"t":"GB82WEST12345698765432 GB82WEST12345698765433"}' >iban
is "$(det -T NONE -p 'ACCNO=\b[A-Z]{2}[0-9]{2}[A-Z0-9]{18}\b' --validator ACCNO=mod97 iban)" \
	"ACCNO 0-22 1;" "--validator mod97 (iban)"
printf '%s\n' '{"t":"nhs 943 476 5919 or 943 476 5918"}' >nhs
is "$(det -T NONE -p 'PATIENT=\b[0-9]{3} [0-9]{3} [0-9]{4}\b' --validator PATIENT=NHS nhs)" \
	"PATIENT 4-16 1;" "--validator nhs (any case)"
printf '%s\n' '{"t":"w 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"}' >btc
is "$(det -T NONE -p 'WALLET=\b1[1-9A-HJ-NP-Za-km-z]{25,34}\b' --validator WALLET=bitcoin btc)" \
	"WALLET 2-36 1;" "--validator bitcoin"
printf '%s\n' '{"t":"ids 123-45-6789 and 536-90-4399"}' >ssn
is "$(det -T NONE -p 'TAXID=\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b' --validator TAXID=ssn ssn)" \
	"TAXID 20-31 1;" "--validator ssn: a published example number fails"
printf '%s\n' '{"t":"4111111111111111 and 4111111111111112"}' >card
is "$(det -T NONE -p 'PAN=\b[0-9]{16}\b' --validator PAN=card card)" "PAN 0-16 1;" \
	"--validator card"

# --- rules files -------------------------------------------------------------------
cat >rules.json <<'EOF'
{"recognizers": [
  {"name": "accounts", "entity_type": "ACCT",
   "patterns": [{"name": "8 digits", "regex": "\\b[0-9]{8}\\b", "score": 0.2}],
   "context": ["account", "acct"]},
  {"entity_type": "MEMBER",
   "patterns": [{"regex": "\\b[0-9]{11}\\b"}], "validator": "luhn"},
  {"entity_type": "TICKET", "patterns": [{"regex": "\\bT-[0-9]{3}\\b"}],
   "context": ["ticket"]}],
 "redaction_rules": [{"entity_type": "ACCT", "replacement_strategy": "redact"}]}
EOF
printf '%s\n' '{"t":"T-456 was fine for a long time now; Order 12345678 of the last long week was sent; acct 87654321; member 79927398713 79927398710; ticket T-123"}' >r.in
is "$(det -T NONE -r rules.json r.in)" "ACCT 88-96 0.55;MEMBER 105-116 1;TICKET 137-142 0.75;" \
	"a rules file's recognizers: a score and context words, a validator, the default score with context"
is "$(cog-mask -T NONE -r rules.json r.in | jq -r .t)" \
	"T-456 was fine for a long time now; Order 12345678 of the last long week was sent; acct [ACCT]; member $(cog-mask -T NONE -r rules.json r.in | jq -r .t | grep -o '\[MEMBER_[0-9a-f]*\]') 79927398710; ticket $(cog-mask -T NONE -r rules.json r.in | jq -r .t | grep -o '\[TICKET_[0-9a-f]*\]')" \
	"... and what they find is masked"

ex=$TOP/data/examples/rules.json
printf '%s\n' '{"t":"Order 12345678 left our store three long weeks ago; acct 87654321; member 79927398713 79927398710"}' >ex.in
is "$(det -T NONE -r "$ex" ex.in)" "ACCOUNT_ID 57-65 0.65;MEMBER_ID 74-85 1;" \
	"the example rules file has a recognizer with context words, one with a validator"

bad_rules r.in '{"recognizers": [{"entity_type": "X", "patterns": [{"regex": "a"}], "validator": "crc"}]}' \
	"recognizer 1: unknown validator 'crc' (luhn, card, iban (mod97), nhs (mod11), ssn or bitcoin)" \
	"an unknown validator names those there are"
bad_rules r.in '{"recognizers": [{"entity_type": "X", "patterns": [{"regex": "a"}], "context": "a"}]}' \
	'recognizer 1: "context" is not a list of strings' "context words that are no list"
bad_rules r.in '{"recognizers": [{"entity_type": "X", "deny_list": ["a"], "context": ["b"]}]}' \
	'recognizer 1: "context" and "validator" are for "patterns"' "context words of a deny list alone"

# --- mistakes on the command line ---------------------------------------------------
cog-mask --context ACCT=account r.in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --context ACCT: no --pattern of the type" \
	"--context needs a --pattern of its type"
cog-mask -p 'X=a' --validator X=crc r.in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --validator X: unknown validator 'crc' (luhn, card, iban (mod97), nhs (mod11), ssn or bitcoin)" \
	"an unknown validator"
cog-mask -p 'X=a' --validator luhn r.in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --validator: expected TYPE=NAME, got 'luhn'" \
	"--validator without a type"
cog-mask -p 'X=a(' r.in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --pattern X: bad regex at offset 2: missing closing parenthesis" \
	"a bad regex is named by its option"

done_testing
