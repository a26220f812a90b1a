#!/bin/sh
# cog-mask --explain: who found each candidate entity, on what evidence,
# and what was done with it or why it was turned down; values only with
# --show-values; --explain-file; --threshold.
. "${0%/*}/lib.sh"
need jq

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

printf '%s\n' \
	'{"text":"Hi, my name is Maria Lopez. Card 4111 1111 1111 1111, SSN 078-05-1120.","note":"Call me on +44 20 7946 0958 or ref 20250117."}' \
	'{"text":"Al here, ask Cogbot","acct":"DE89370400440532013000","code":"ZX-991"}' >in
set -- -R PERSON:redact:3 --allow PERSON=Cogbot --deny CUSTOMER=zx-991 \
	-k acct=ACCOUNT -R ACCOUNT:keep

# --- the masking is the same, the explanations on standard error ----------
cog-mask "$@" in >plain 2>plain.err
cog-mask "$@" --explain in >out 2>ex
is "$?" 0 "--explain: exit 0"
same_file out plain "the masked output does not change"
is "$(jq -s length ex)" 10 "one JSON line per candidate"
is "$(jq -c 'select(.type == "CREDIT_CARD") | [.line, .path, .start, .end, .score, .recognizer, .evidence, .decision, .strategy]' ex)" \
	'[1,".text",33,52,1,"builtin",{"checksum":"luhn","context":"card"},"masked","hash"]' \
	"a card: the checksum and the context word, masked by hash"
is "$(jq -c 'select(.type == "PERSON" and .line == 1) | [.recognizer, .evidence.lexicon, .evidence.cue, .evidence.capitalised, .strategy]' ex)" \
	'["names",["given+surname+english_word","surname"],"name is",true,"redact"]' \
	"a name: the lexicon classes of its words and the cue before it"
is "$(jq -c 'select(.type == "US_SSN") | [.score, .evidence.context, .decision, .reason]' ex)" \
	'[0.85,"ssn","rejected","sample_number"]' \
	"a published sample SSN: turned down, saying so"
is "$(jq -c 'select(.path == ".note" and .decision == "rejected") | [.type, .evidence.context_against, .reason, .threshold]' ex)" \
	'["PHONE_NUMBER","ref","below_threshold",0.5]' \
	"a number after 'ref': below the threshold, the word that lowered it"
is "$(jq -c 'select(.line == 2 and .type == "PERSON") | [.start, .decision, .reason, .min_length]' ex)" \
	'[13,"left","allow_list",null]
[0,"left","min_length",3]' \
	"left in clear: by the allow list, for min_length"
is "$(jq -c 'select(.line == 2 and .type != "PERSON") | [.path, .recognizer, .evidence, .decision, .reason]' ex)" \
	'[".acct","key",{"key":true},"kept","keep_rule"]
[".code","deny_list",{"term":true},"masked",null]' \
	"a --key value kept by its rule; a deny list term masked"
is "$(jq -r 'select(.value) | .value' ex)" "" "no value without --show-values"
unlike "$(cat ex)" "Lopez|4111|078-05|7946|Cogbot|DE89|ZX-991" \
	"... nor any part of one"

# --- --show-values --------------------------------------------------------
cog-mask "$@" --explain --show-values in 2>exv >/dev/null
is "$(jq -r 'select(.type == "PERSON") | .value' exv)" 'Maria Lopez
Cogbot
Al' "--show-values: the values, last"
is "$(jq -c 'del(.value)' exv)" "$(jq -c . ex)" "... and nothing else changes"
fails "--show-values alone is refused" 2 cog-mask --show-values in

# --- --detect, user recognizers --------------------------------------------
is "$(cog-mask "$@" -d --explain in 2>&1 >/dev/null | jq -r .decision | sort | uniq -c | tr -s ' ')" \
	' 5 found
 2 left
 3 rejected' "--detect: found, and what masking would leave"
printf '%s\n' '{"t":"member no 79927398713 and 79927398710, account 79927398713"}' >p
cog-mask -p 'MEMBER=\b\d{11}\b' --validator MEMBER=luhn --context MEMBER=account \
	-T NONE --explain -d p 2>pex >/dev/null
is "$(jq -c '[.start, .recognizer, .evidence.checksum, .decision, .reason]' pex)" \
	'[26,"pattern",null,"rejected","validator"]
[10,"pattern","luhn","found",null]
[47,"pattern","luhn","found",null]' \
	"a --pattern match: its validator passed, or failed"
cat >recs.json <<'EOF'
{"recognizers": [
 {"name": "member number", "entity_type": "MEMBER", "validator": "luhn",
  "patterns": [{"regex": "\\b\\d{11}\\b"}]},
 {"name": "member code", "entity_type": "MEMBER",
  "patterns": [{"regex": "\\bM-[0-9]{4}\\b"}]},
 {"name": "our customers", "entity_type": "PERSON",
  "deny_list": ["Acme Corp"]}]}
EOF
printf '%s\n' '{"t":"member no 79927398713 and 79927398710, code M-1234, from ACME  corp"}' >p
cog-mask -r recs.json -T NONE --explain -d p 2>pex >/dev/null
is "$(jq -c '[.start, .recognizer, .recognizer_name, .decision]' pex)" \
	'[26,"pattern","member number","rejected"]
[10,"pattern","member number","found"]
[44,"pattern","member code","found"]
[57,"deny_list","our customers","found"]' \
	"a user recognizer is named as its rules file names it"
cog-mask -p 'MEMBER=\b\d{11}\b' -T NONE --explain -d p 2>pex >/dev/null
is "$(jq -c 'has("recognizer_name")' pex | sort -u)" false \
	"... and a --pattern, which has no name, has none"

# --- --explain-file --------------------------------------------------------
cog-mask "$@" --explain-file ex.jsonl in >out2 2>err
is "$?:$(cat err)" "0:" "--explain-file: nothing on standard error"
same_file ex.jsonl ex "the same lines in the file"
is "$(stat -c %a ex.jsonl)" 600 "... readable by its owner alone"
fails "--explain-file - with the output on standard output: refused" 2 \
	cog-mask --explain-file - in
cog-mask "$@" -o masked.jsonl --explain-file - in >stdout
same_file stdout ex "-o FILE --explain-file -: the explanations on standard output"
same_file masked.jsonl plain "... the masked lines in the file"
fails "--explain with --unmask is refused" 2 cog-mask -u --explain in

# --- in order, whatever the threads ----------------------------------------
i=0
while [ $i -lt 3000 ]; do
	printf '{"n":%d,"t":"call 415-555-%04d, ref 12345678%d"}\n' $i $((i % 10000)) $((i % 10))
	i=$((i + 1))
done >many
cog-mask -j1 --explain many 2>ex1 >/dev/null
cog-mask -j3 --explain many 2>ex3 >/dev/null
same_file ex3 ex1 "-j 3 writes the explanations of -j 1, in input order"
is "$(jq -s 'map(.line) | . == sort' ex3)" true "... lines in order"

# --- --threshold ----------------------------------------------------------
printf '%s\n' '{"t":"it is 536221234 ok"}' '{"t":"version 10.1.2.3"}' \
	'{"t":"Call +44 20 7946 0958"}' >w
is "$(cog-mask -R US_SSN:redact -R IP_ADDRESS:redact -R PHONE_NUMBER:redact w)" '{"t":"it is 536221234 ok"}
{"t":"version 10.1.2.3"}
{"t":"Call [PHONE_NUMBER]"}' "the default threshold: weak candidates stay"
is "$(cog-mask -R US_SSN:redact -R IP_ADDRESS:redact -R PHONE_NUMBER:redact --threshold 0.3 w)" '{"t":"it is [US_SSN] ok"}
{"t":"version [IP_ADDRESS]"}
{"t":"Call [PHONE_NUMBER]"}' "--threshold 0.3 takes them"
is "$(cog-mask -R US_SSN:redact -R IP_ADDRESS:redact -R PHONE_NUMBER:redact --threshold 0.9 w)" '{"t":"it is 536221234 ok"}
{"t":"version 10.1.2.3"}
{"t":"Call +44 20 7946 0958"}' "--threshold 0.9 leaves a phone number of 0.85"
is "$(cog-mask --threshold 0.9 --explain -d w 2>&1 >/dev/null | jq -c 'select(.type == "PHONE_NUMBER") | [.score, .reason, .threshold]')" \
	'[0.85,"below_threshold",0.9]' "... and --explain says so"
fails "--threshold 1.5 is refused" 2 cog-mask --threshold 1.5 w
fails "--threshold x is refused" 2 cog-mask --threshold x w
cog-mask --threshold -1 w 2>err
like "$(cat err)" "^cog-mask: --threshold: expected a score from 0 to 1, got '-1'" \
	"... saying what is expected"
# --- look-alike characters: the evidence of the text detection read -------
printf '%s\n' '{"t":"my name is \uff2d\uff41\uff52\uff49\uff41 Lopez, \uff43\uff41\uff4c\uff4c 415-555-0133"}' >wide
is "$(cog-mask --explain wide 2>&1 >/dev/null | jq -c '[.type, .start, .end, .evidence.lexicon, .evidence.context]')" \
	'["PERSON",11,22,["given+surname+english_word","surname"],null]
["PHONE_NUMBER",29,41,null,"call"]' \
	"full-width letters: the lexicon and context words as folded"

done_testing
