#!/bin/sh
# cog-mask on JSON lines: spans replaced, every other byte kept, escapes,
# line endings, UTF-8 edge cases and huge lines.
. "${0%/*}/lib.sh"
need python3

ticket_mask
valid_json() { python3 -c '
import json, sys
for l in open(sys.argv[1], "rb"):
    if l.strip():
        json.loads(l)' "$1"; }

# Nothing to mask: the output is the input, byte for byte.
printf '%s\n' '{ "a" : 1.0e+10 , "b":[true,false,null,-0.5E-3],' \
	'"c":"caf\u00e9 \"q\" \\ \/","d":{}}' | tr -d '\n' >in.jsonl
printf '\n%s\n%s\n' '  [ 1, "x" ]  ' '"top-level string"' >>in.jsonl
printf '%s\n' '{"k\u0041":"v","é":"ü"}' >>in.jsonl
$M in.jsonl >out.jsonl
same_file out.jsonl in.jsonl "lines without entities are copied exactly"

# Only the entity's bytes change.
printf '%s\n' '{"id":"s1","text":"ticket TCK-1234, ok?","n":[1, 2 ,3]}' >in
is "$($M in)" "{\"id\":\"s1\",\"text\":\"ticket $(tok TCK-1234), ok?\",\"n\":[1, 2 ,3]}" \
	"an entity is replaced in place and the rest is kept"
printf '%s\n' '{"t":"TCK-1111 and TCK-2222 and TCK-1111"}' >in
is "$($M in)" "{\"t\":\"$(tok TCK-1111) and $(tok TCK-2222) and $(tok TCK-1111)\"}" \
	"several entities, repeated values give one token"
printf '%s\n' '{"t":"XTCK-1234 TCK-12345"}' >in
is "$($M in)" \
	'{"t":"XTCK-1234 TCK-12345"}' "no replacement inside other words"

# Escapes are decoded for detection; the n of \n never joins a match.
printf '%s\n' '{"t":"a\nTCK-1234\tb","u":"\u0054CK-5678","v":"x\\TCK-9999"}' >in
is "$($M in)" "{\"t\":\"a\\n$(tok TCK-1234)\\tb\",\"u\":\"$(tok TCK-5678)\",\"v\":\"x\\\\$(tok TCK-9999)\"}" \
	"escaped text is decoded for detection and spans map back to raw bytes"
printf '%s\n' '{"t":"nTCK-1234"}' >in
is "$($M in)" '{"t":"nTCK-1234"}' "without the escape the same letters are one word"

# Keys are never masked, only values.
printf '%s\n' '{"TCK-1234":"TCK-1234"}' >in
is "$($M in)" "{\"TCK-1234\":\"$(tok TCK-1234)\"}" "keys are left alone"

# Line endings and blank lines.
printf '{"t":"TCK-1234"}\r\n\r\n\n   \n{"t":"TCK-4321"}' >in
$M in >out
printf '{"t":"%s"}\r\n\r\n\n   \n{"t":"%s"}' "$(tok TCK-1234)" "$(tok TCK-4321)" >want
same_file out want "CRLF, blank lines and a last line without newline are kept"
printf 'TCK-1234\r\nx TCK-4321' | $M --text >out
printf '%s\r\nx %s' "$(tok TCK-1234)" "$(tok TCK-4321)" >want
same_file out want "text mode keeps CR and an unterminated last line"
: >empty
$M empty >out
is "$(wc -c <out)" 0 "empty input gives empty output"

# Several files: a last line without newline is not joined to the next.
printf '{"a":"TCK-1234"}' >f1
printf '{"b":"x"}\n' >f2
printf 'card 4111 1111' >t1
printf ' 1111 1111 ok\n' >t2
is "$($M f1 f2 | tr '\n' '|')" "{\"a\":\"$(tok TCK-1234)\"}|{\"b\":\"x\"}|" \
	"files are not joined at a missing newline"
is "$(cog-mask -t -T CREDIT_CARD t1 t2 | tr '\n' '|')" 'card 4111 1111| 1111 1111 ok|' \
	"nor is text: no entity spans two files"

# Invalid UTF-8 bytes become U+FFFD (the output is strict JSON); NUL
# escapes pass through untouched.
printf '{"t":"\377\376 TCK-1234 \300\257","u":"\\u0000TCK-1234\\u0000"}\n' >in
$M in >out
F=$(printf '\357\277\275')
printf '{"t":"%s%s %s %s%s","u":"\\u0000%s\\u0000"}\n' "$F" "$F" \
	"$(tok TCK-1234)" "$F" "$F" "$(tok TCK-1234)" >want
same_file out want "invalid UTF-8 bytes become U+FFFD and NUL escapes are kept around spans"
printf '{"t":"\\ud83d\\ude00TCK-1234\\udc00"}\n' >in
is "$($M in)" "{\"t\":\"\\ud83d\\ude00$(tok TCK-1234)\\udc00\"}" \
	"surrogate pairs and lone surrogates are kept"

# Output is always valid JSON, whatever the replacement text holds.
printf '%s\n' '{"t":"TCK-1234"}' >in
$M -R TICKET:mask:0 in >out
is "$(cat out)" '{"t":"********"}' "mask strategy"
printf '[{"entity_type":"TICKET","replacement_strategy":"mask","mask_character":"\\"","min_length":0,"keep_last":2}]' >rules.json
$M -r rules.json in >out
is "$(cat out)" '{"t":"\"\"\"\"\"\"34"}' "a quote as mask character is escaped"
ok "that output is valid JSON" valid_json out

# Top-level values of every kind, and deep nesting.
printf '%s\n' '"TCK-1234"' '["TCK-1234",["TCK-1234"]]' 42 >in
is "$($M in | tr '\n' ' ')" "\"$(tok TCK-1234)\" [\"$(tok TCK-1234)\",[\"$(tok TCK-1234)\"]] 42 " \
	"top-level strings, arrays and numbers"
python3 -c 'print("[" * 10000 + "\"TCK-1234\"" + "]" * 10000)' >deep
$M deep >out
ok "10000 nested arrays are handled" grep -qF "$(tok TCK-1234)" out
python3 -c 'print("[" * 10001 + "]" * 10001)' >deeper
$M deeper >out 2>err
is "$?:$(wc -c <out)" "1:0" "10001 levels are invalid JSON"
like "$(cat err)" "nested more than 10000 levels deep at column 10001" "and say why"

# A 50 MB line with entities at the start, middle and end.
python3 -c '
import sys
pad = "x " * (12 * 1024 * 1024)
sys.stdout.write("{\"a\":\"TCK-1111 " + pad + "\",\"b\":\"" + pad +
    " TCK-2222 " + pad + "\",\"c\":\"" + pad + " TCK-3333\"}\n")' >big
$M big >out
ok "a 50 MB line is masked" test "$(grep -o '\[TICKET_[0-9a-f]*\]' out | tr '\n' ' ')" = \
	"$(tok TCK-1111) $(tok TCK-2222) $(tok TCK-3333) "
is "$(($(wc -c <big) - $(wc -c <out)))" "$((3 * (8 - 25)))" \
	"only the three entities changed size"
ok "the 50 MB output is valid JSON" valid_json out

done_testing
