#!/bin/sh
# cog-mask's deny lists: terms always masked as the type given, without
# regard to case or spacing, one token per term; on the command line and
# as the recognizers of a rules file.
. "${0%/*}/lib.sh"
need jq

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

tok() {	# tok: the hash tokens of standard input, one a line
	grep -o '\[[A-Z_]*_[0-9a-f]\{16\}\]'
}

printf '%s\n' '{"t":"Acme Corp, ACME  CORP. and acme\u00a0corp; not acme corporation nor AcmeCorp"}' >in

# --- terms -------------------------------------------------------------------
out=$(cog-mask --deny 'CUSTOMER=Acme Corp' in)
is "$(printf '%s\n' "$out" | tok | sort -u | wc -l)" 1 \
	"one token for the term, whatever its case and spacing"
is "$(printf '%s\n' "$out" | tok | wc -l)" 3 "... found three times"
like "$out" 'not acme corporation nor AcmeCorp"' \
	"only as whole words, with white space between them"
t=$(printf '%s\n' "$out" | tok | head -1)
is "$(echo '{"t":"acme corp"}' | cog-mask --deny 'CUSTOMER=ACME   Corp' | tok)" "$t" \
	"the token is the normalised term's, however the term was written"
printf '%s\n' '{"customer":"ACME corp "}' >key
is "$(cog-mask --deny 'CUSTOMER=Acme Corp' -k customer=CUSTOMER key | tok)" "$t" \
	"a --key value of the type has the token of the term too"
a=$(cog-mask -k customer=CUSTOMER key | tok)
b=$(echo '{"customer":"Acme Corp"}' | cog-mask -k customer=CUSTOMER | tok)
ok "... which a type without a deny list does not: its values are hashed as written" \
	test -n "$a" -a -n "$b" -a "$a" != "$b"
is "$(cog-mask --deny 'CUSTOMER=Acme Corp' -R CUSTOMER:redact in)" \
	'{"t":"[CUSTOMER], [CUSTOMER]. and [CUSTOMER]; not acme corporation nor AcmeCorp"}' \
	"a rule of the type applies"

printf '%s\n' '{"t":"Acme Corp International and Acme"}' >long
is "$(cog-mask --deny CUSTOMER=Acme --deny 'CUSTOMER=Acme Corp International' -R CUSTOMER:redact long)" \
	'{"t":"[CUSTOMER] and [CUSTOMER]"}' "the longest term wins where several begin"

printf '%s\n' '{"t":"codes AC-1234, XAC-1234, AC-12345 and (AC-1234). a.b (c) a-b"}' >codes
is "$(cog-mask --deny ACCOUNT=ac-1234 --deny 'ACCOUNT=a.b (c)' -R ACCOUNT:redact codes)" \
	'{"t":"codes [ACCOUNT], XAC-1234, AC-12345 and ([ACCOUNT]). [ACCOUNT] a-b"}' \
	"punctuation in a term is literal, and its ends are word boundaries"
printf '%s\n' '{"t":"order#4711 and 4711"}' >hash
is "$(cog-mask --deny 'ORDER=#4711' -R ORDER:redact hash)" \
	'{"t":"order[ORDER] and 4711"}' "a term that begins with no letter needs no boundary there"

# A built-in type: the token is that of the same name found otherwise.
printf '%s\n' '{"t":"i think quorvin tzalek called"}' >lower
printf '%s\n' '{"t":"Hi Quorvin Tzalek, thanks"}' >greet
is "$(cog-mask lower)" '{"t":"i think quorvin tzalek called"}' \
	"a lower-case name without context is not found"
is "$(cog-mask --deny 'PERSON=Quorvin Tzalek' lower | tok)" "$(cog-mask greet | tok)" \
	"--deny PERSON=... finds it, with the token the names recognizer gives"

is "$(cog-mask -T NONE --deny 'CUSTOMER=acme corp' -R CUSTOMER:redact in 2>/dev/null | grep -c '\[CUSTOMER\]')" 1 \
	"a deny list's type is found whatever --types"
printf '%s\n' '{"acct":4711,"n":47110}' >num
is "$(cog-mask --deny ACCOUNT=4711 -R ACCOUNT:redact num)" '{"acct":"[ACCOUNT]","n":47110}' \
	"a term in a number: the number becomes a string"
cog-mask --deny 'CUSTOMER=Acme Corp' --stats st.json in >/dev/null
is "$(jq -c .entities st.json)" '{"CUSTOMER":{"found":3,"masked":3}}' "--stats counts them"
is "$(cog-mask -d --deny 'CUSTOMER=Acme Corp' in | jq -c '[.start, .end, .score]' | tr '\n' ' ')" \
	'[0,9,1] [11,21,1] [27,36,1] ' "--detect shows them, score 1"
is "$(cog-mask --deny 'CUSTOMER=Acme Corp' --allow 'CUSTOMER=ACME  CORP' -R CUSTOMER:redact in)" \
	"$(cat in)" "an allow list wins over a deny list"

# --- rules files -------------------------------------------------------------
cat >rules.json <<'EOF'
{"recognizers": [
  {"name": "customers", "entity_type": "CUSTOMER",
   "deny_list": ["Acme Corp", "Globex"]},
  {"supported_entity": "TICKET",
   "patterns": [{"name": "tickets", "regex": "\\bTCK-[0-9]{4}\\b", "score": 0.9}]}],
 "redaction_rules": [{"entity_type": "CUSTOMER", "replacement_strategy": "redact"}]}
EOF
printf '%s\n' '{"t":"GLOBEX and acme corp, TCK-1234, TCK-12345"}' >r.in
is "$(cog-mask -r rules.json r.in | sed 's/_[0-9a-f]\{16\}\]/_H]/')" \
	'{"t":"[CUSTOMER] and [CUSTOMER], [TICKET_H], TCK-12345"}' \
	"a rules file's recognizers: a deny list, and a pattern of a new type"
is "$(cog-mask -r rules.json -d r.in | jq -c '[.type, .score]' | tr '\n' ' ')" \
	'["CUSTOMER",1] ["CUSTOMER",1] ["TICKET",0.9] ' "... with the pattern's score"
cat >exp.json <<'EOF'
{"recognizers": [{"entity_type": "CUSTOMER", "deny_list": ["Acme Corp"]}],
 "redaction_rules": [{"entity_type": "PERSON"}]}
EOF
is "$(cog-export -n --from a --to b -r exp.json | jq -c '[keys, [.redaction_rules[].entity_type]]')" \
	'[["max_storage_mb","output_format","redaction_rules","session_id_end","session_id_start"],["PERSON"]]' \
	"cog-export takes a file with recognizers and sends none"

ex=$TOP/data/examples/rules.json
printf '%s\n' '{"t":"a note on GLOBEX  industries"}' >ex.in
like "$(cog-mask -r "$ex" ex.in)" '^\{"t":"a note on \[CUSTOMER_[0-9a-f]{16}\]"\}$' \
	"the example rules file has a deny list of customers"

bad_rules in '{"recognizers": [{"deny_list": ["x"]}]}' 'recognizer 1: missing entity_type' \
	"a recognizer without a type"
bad_rules in '{"recognizers": [{"entity_type": "X"}]}' \
	'recognizer 1: neither "patterns" nor "deny_list"' "a recognizer of nothing"
bad_rules in '{"recognizers": [{"entity_type": "X", "deny": ["x"]}]}' \
	"recognizer 1: unknown field 'deny' (name, entity_type, patterns, context, validator or deny_list)" \
	"an unknown field names those it takes"
bad_rules in '{"recognizers": [{"entity_type": "X", "deny_list": "x"}]}' \
	'recognizer 1: "deny_list" is not a list of strings' "a deny list that is no list"
bad_rules in '{"recognizers": [{"entity_type": "X", "patterns": [{"regex": "a", "score": 2}]}]}' \
	"recognizer 1: pattern 1: invalid value for 'score' (a number from 0 to 1)" "a score above 1"
bad_rules in '{"recognizers": [{"entity_type": "X", "patterns": [{"score": 1}]}]}' \
	'recognizer 1: pattern 1: no "regex"' "a pattern without a regex"
bad_rules in '{"recognizers": [{"entity_type": "bad name", "deny_list": ["x"]}]}' \
	"recognizer 1: bad type name 'bad name' (use A-Z, 0-9 and _)" "a bad type name"
bad_rules in '{"recognizers": [{"entity_type": "X", "deny_list": ["ok"]}, {"entity_type": "X", "patterns": [{"regex": "a("}]}]}' \
	'recognizer 2: bad regex at offset 2: missing closing parenthesis' "a bad regex names its recognizer"
bad_rules in '{"recognizers": [{"entity_type": "X", "deny_list": [" "]}]}' \
	'recognizer 1: an empty term' "an empty term"

# --- mistakes on the command line ---------------------------------------------
cog-mask --deny Acme in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --deny: expected TYPE=TERM, got 'Acme'" "--deny without a type"
cog-mask --deny 'X=  ' in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --deny X: an empty term" "--deny with an empty term"
cog-mask --deny 'bad type=x' in >/dev/null 2>err
is "$?:$(head -1 err)" "2:cog-mask: --deny: bad type name 'bad type' (use A-Z, 0-9 and _)" \
	"--deny with a bad type name"

done_testing
