#!/bin/sh
# cog-mask's allow lists: values of a type, or of every type, never
# masked; exact or by regex; on the command line and in rules files;
# counted apart and shown by --detect.
. "${0%/*}/lib.sh"
need jq

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

printf '%s\n' '{"t":"Hi Maria Lopez, Cogbot here. Mail help@acme.example.com or maria@example.org"}' >in
printf '%s\n' '{"t":"COGBOT  HERE? No: Cogbot Jones"}' >in2

# --- exact values ----------------------------------------------------------
out=$(cog-mask -R PERSON:redact -R EMAIL:redact in)
is "$out" '{"t":"Hi [PERSON], [PERSON] here. Mail [EMAIL_ADDRESS] or [EMAIL_ADDRESS]"}' \
	"without an allow list the bot's name is masked as a person"
out=$(cog-mask -R PERSON:redact -R EMAIL:redact --allow PERSON=cogbot in)
is "$out" '{"t":"Hi [PERSON], Cogbot here. Mail [EMAIL_ADDRESS] or [EMAIL_ADDRESS]"}' \
	"--allow PERSON=VALUE leaves that value, whatever its case"
out=$(cog-mask -R PERSON:redact --allow 'PERSON=maria   LOPEZ ' -T PERSON in)
is "$out" '{"t":"Hi Maria Lopez, [PERSON] here. Mail help@acme.example.com or maria@example.org"}' \
	"runs of white space and case do not count"
out=$(cog-mask -R PERSON:redact --allow PERSON=Cogbot -T PERSON in2)
is "$out" '{"t":"COGBOT  HERE? No: [PERSON]"}' \
	"the whole entity must be the value: 'Cogbot Jones' is masked"
out=$(cog-mask -R EMAIL:redact --allow EMAIL=help@acme.example.com -T EMAIL in)
is "$out" '{"t":"Hi Maria Lopez, Cogbot here. Mail help@acme.example.com or [EMAIL_ADDRESS]"}' \
	"a type's alias names it"
out=$(cog-mask -R PERSON:redact --allow EMAIL=cogbot -T PERSON in)
like "$out" '\[PERSON\] here' "a value allowed for another type is masked"

# --- every type ------------------------------------------------------------
out=$(cog-mask -R PERSON:redact -R EMAIL:redact --allow cogbot \
	--allow ALL=help@acme.example.com in)
is "$out" '{"t":"Hi [PERSON], Cogbot here. Mail help@acme.example.com or [EMAIL_ADDRESS]"}' \
	"--allow VALUE and --allow ALL=VALUE allow it for every type"
printf '%s\n' '{"t":"ref a=b@example.org"}' >eq
is "$(cog-mask -R EMAIL:redact --allow 'ref a=b@example.org' eq)" \
	'{"t":"ref a=[EMAIL_ADDRESS]"}' \
	"a value with '=' after no type name is one value for every type"
is "$(cog-mask -R EMAIL:redact --allow 'a=b@example.org' eq)" \
	'{"t":"ref a=[EMAIL_ADDRESS]"}' \
	"... and 'a' is no type, so 'a=b@example.org' is the whole value"

# --- regular expressions ---------------------------------------------------
out=$(cog-mask -R EMAIL:redact --allow 'EMAIL=/[a-z]+@acme\.example\.com/' in)
like "$out" 'Mail help@acme\.example\.com or \[EMAIL_ADDRESS\]' \
	"/REGEX/ allows the entities it matches"
out=$(cog-mask -R EMAIL:redact --allow 'EMAIL=/acme/' in)
like "$out" 'Mail \[EMAIL_ADDRESS\] or' "... only when it matches the whole entity"
out=$(cog-mask -R EMAIL:redact --allow 'EMAIL=/HELP@ACME\.EXAMPLE\.COM/' in)
like "$out" 'Mail \[EMAIL_ADDRESS\] or' "... as written: case counts"
out=$(cog-mask -R EMAIL:redact --allow 'EMAIL=/HELP@ACME\.EXAMPLE\.COM/i' in)
like "$out" 'Mail help@acme\.example\.com or' "... unless /REGEX/i"
out=$(cog-mask -R PERSON:redact -R EMAIL:redact --allow '/.*@acme\..*|Cogbot/' in)
is "$out" '{"t":"Hi [PERSON], Cogbot here. Mail help@acme.example.com or [EMAIL_ADDRESS]"}' \
	"a regex without a type is for every type"

# --- what is counted and shown ---------------------------------------------
cog-mask --allow PERSON=cogbot --allow EMAIL=/help@.*/ --stats st.json in >/dev/null
is "$(jq -c .entities st.json)" \
	'{"PERSON":{"found":2,"masked":1,"allowed":1},"EMAIL_ADDRESS":{"found":2,"masked":1,"allowed":1}}' \
	"--stats counts the allowed entities apart, among those found"
is "$(jq -c '.redaction_map | keys | length' st.json)" 2 \
	"... and no replacement is written for them"
is "$(cog-mask -d --allow PERSON=cogbot -T PERSON in | jq -c '[.start, .end, .kept]')" \
	'[3,14,null]
[16,22,"allow_list"]' "--detect shows an allowed entity, marked"
if have_pty; then
is "$(tty_err cog-mask -R PERSON:redact:3 --allow PERSON=cogbot -T PERSON in)" \
	"cog-mask: 1 record; masked PERSON 1; left 1 (0 too short, 1 allowed)" \
	"the summary on a terminal says how many were allowed"
is "$(tty_err cog-mask -d --allow PERSON=cogbot -T PERSON in)" \
	"cog-mask: 1 record; found PERSON 2; 1 allowed" "... with --detect too"
else
	skip 2 "no pseudo-terminal to be had here"
fi
printf '%s\n' '{"t":"Hi Maria Lopez", "name":"Cogbot"}' >key
is "$(cog-mask -k name=PERSON -R PERSON:redact --allow PERSON=cogbot key)" \
	'{"t":"Hi [PERSON]", "name":"Cogbot"}' "a --key value allowed is left too"

# An allowed entity shelters no other: the overlapping email is masked.
printf '%s\n' '{"t":"write to www.acme.example.com/maria@example.org"}' >ov
out=$(cog-mask -R URL:redact -R EMAIL:redact --allow 'URL=/www\..*/' ov)
like "$out" 'EMAIL_ADDRESS' "an entity overlapping an allowed one is still masked"

# --- rules files -----------------------------------------------------------
cat >rules.json <<'EOF'
[{"entity_type": "PERSON", "replacement_strategy": "redact",
  "allow_list": ["Cogbot", "/Ada( Bot)?/"]},
 {"entity_type": "EMAIL", "replacement_strategy": "redact"}]
EOF
is "$(cog-mask -r rules.json in)" \
	'{"t":"Hi [PERSON], Cogbot here. Mail [EMAIL_ADDRESS] or [EMAIL_ADDRESS]"}' \
	"a rule's allow_list is for its type"
cat >req.json <<'EOF'
{"redaction_rules": [{"entity_type": "EMAIL", "replacement_strategy": "redact"}],
 "allow_list": ["help@acme.example.com", "/maria/"]}
EOF
is "$(cog-mask -r req.json -T EMAIL,PERSON -R PERSON:redact in)" \
	'{"t":"Hi [PERSON], [PERSON] here. Mail help@acme.example.com or [EMAIL_ADDRESS]"}' \
	"a request object's allow_list is for every type"
printf '{"allow_list": ["Cogbot"]}' >lists.json
is "$(cog-mask -r rules.json -r lists.json -R EMAIL:keep -T PERSON,EMAIL in2)" \
	'{"t":"COGBOT  HERE? No: [PERSON]"}' \
	"a file of lists alone adds to the other files"

# cog-export reads the same file and sends no allow list.
cat >exp.json <<'EOF'
{"session_id_start": "sess_00001", "session_id_end": "sess_00002",
 "redaction_rules": [{"entity_type": "PERSON", "allow_list": ["Cogbot"]}],
 "allow_list": ["Acme"]}
EOF
is "$(cog-export -n -r exp.json | jq -c '[keys, [.redaction_rules[] | keys]]')" \
	'[["max_storage_mb","output_format","redaction_rules","session_id_end","session_id_start"],[["entity_type","mask_character","min_length","replacement_strategy"]]]' \
	"cog-export takes the file and sends no allow list"

# The example rules file shows them.
ex=$TOP/data/examples/rules.json
printf '%s\n' '{"t":"Hi Maria Lopez, Cogbot here: call +1 800 555 0123 or help@acme.example.com"}' >sup
out=$(cog-mask -r "$ex" sup)
like "$out" '^\{"t":"Hi \[PERSON_[0-9a-f]{16}\], Cogbot here: call \+1 800 555 0123 or help@acme\.example\.com"\}$' \
	"the example rules allow the bot, the help line and the help address"
ok "... and cog-export takes the example" cog-export -n --from a --to b -r "$ex"

# --- mistakes --------------------------------------------------------------
cog-mask --allow PERSN=Cogbot in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --allow: unknown entity type 'PERSN' (ALL=VALUE allows a value for every type)" \
	"a misspelt type is an error, not a value"
cog-mask --allow 'PERSON=/x(/' in >/dev/null 2>err
like "$?:$(head -1 err)" "^2:cog-mask: --allow: bad regex '/x\(/': missing closing parenthesis at offset 2" \
	"a bad regex is an error that shows it"
cog-mask --allow 'PERSON=  ' in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --allow: an empty allowed value" "an empty value"
printf '[{"entity_type":"PERSON","allow_list":"Cogbot"}]' >bad.json
cog-mask -r bad.json in >/dev/null 2>err
is "$?:$(head -1 err)" '2:cog-mask: --rules: bad.json: rule 1: "allow_list" is not a list of strings' \
	"an allow_list that is no list"
printf '{"allow_list":["/(/"]}' >bad2.json
cog-mask -r bad2.json in >/dev/null 2>err
like "$?:$(head -1 err)" "^2:cog-mask: --rules: bad2.json: \"allow_list\": bad regex '/\(/'" \
	"a bad regex in a file names the file"

# --detect: a value with entities allowed and too short, in order.
printf '%s\n' '{"t":"Al here, ask Cogbot"}' >short
is "$(cog-mask -R PERSON:redact:3 --allow PERSON=Cogbot -d short | jq -c '[.start, .kept]')" \
	'[0,"min_length"]
[13,"allow_list"]' "--detect: the entities left, in order of position"

done_testing
