#!/bin/sh
# cog-mask: PERSON, LOCATION and STREET_ADDRESS in every mode, and what they
# must not take.
. "${0%/*}/lib.sh"
need jq

names_mask

# mask: JSON, in the decoded text, bytes outside the spans untouched.
# The lines of in, each followed by what it is masked to (want).
cat >pairs <<'X'
{"text":"Hi, this is Maria Lopez. I live at 12 Baker Street, London NW1 6XE.","n":1}
{"text":"Hi, this is [PERSON]. I live at [STREET_ADDRESS].","n":1}
{"text":"my name is maria lopez and i moved to denver"}
{"text":"my name is [PERSON] and i moved to [LOCATION]"}
{"text":"Can it be left with my neighbour Jean-Luc O'Brien?"}
{"text":"Can it be left with my neighbour [PERSON]?"}
{"text":"There's a slot on Monday at 10:30 with Dr. Szöllösy."}
{"text":"There's a slot on Monday at 10:30 with Dr. [PERSON]."}
{"text":"Hi \u0141ukasz, thanks!","data":{"user":{"firstName":"Søren","lastName":"Nørgaard"},"address":{"city":"Berlin"}}}
{"text":"Hi [PERSON], thanks!","data":{"user":{"firstName":"[PERSON]","lastName":"[PERSON]"},"address":{"city":"[LOCATION]"}}}
X
sed -n 'p;n' pairs >in
sed -n 'n;p' pairs >want
cog-mask $R in >out
same_file out want "names, places and addresses are masked in JSON"
cog-mask in >out
like "$(sed -n 1p out)" '^\{"text":"Hi, this is \[PERSON_[0-9a-f]{16}\]\. I live at \[STREET_ADDRESS_[0-9a-f]{16}\]\.","n":1\}$' \
	"the default strategy hashes them"
is "$(cog-mask -R PERSON:mask:0:0 -T PERSON in | sed -n 3p)" \
	'{"text":"Can it be left with my neighbour ****************?"}' \
	"mask keeps the length of a hyphen and apostrophe name"

# detect: types, code-point offsets, paths.
cog-mask -d in >out
is "$(sed -n 1p out)" '{"line":1,"path":".text","type":"PERSON","start":12,"end":23,"score":1}' \
	"--detect reports a full name after 'this is'"
like "$(grep '"line":1,' out | sed -n 2p)" '"type":"STREET_ADDRESS","start":35,"end":66,' \
	"--detect reports the address with its city and postcode"
like "$(grep '"line":4,' out)" '"start":43,"end":51,' \
	"offsets count code points of a non-ASCII name"
like "$(grep '"line":5,' out | head -1)" '"path":".text","type":"PERSON","start":3,"end":9,' \
	"an escaped name is found in the decoded text"
is "$(grep -c '"path":".data.user' out)" 2 "names alone in their fields"
like "$(grep '"path":".data.address.city"' out)" '"type":"LOCATION"' \
	"a city alone in its field is a place"
for s in $(sed 's/.*"score":\([0-9.]*\)}/\1/' out); do
	awk "BEGIN { exit !($s >= 0.5 && $s <= 1) }" || echo "bad score $s"
done >bad
is "$(cat bad)" "" "scores are between 0.5 and 1"

# text mode: each line is one text.
printf '%s\n' 'Regards, Åsa Lindström' 'I was travelling in the Netherlands' \
	'ship to 221B Baker Street' >t
cog-mask -t $R t >out
is "$(cat out)" 'Regards, [PERSON]
I was travelling in the [LOCATION]
ship to [STREET_ADDRESS]' "--text masks names, places and addresses"
cog-mask -t -d t >out
like "$(sed -n 1p out)" '^\{"line":1,"path":".","type":"PERSON","start":9,"end":22,"score":' \
	"--text --detect offsets are code points of the line"

# fields: --field and --skip apply to names as to any type.
is "$(cog-mask $R -f .data in | sed -n 5p)" \
	'{"text":"Hi \u0141ukasz, thanks!","data":{"user":{"firstName":"[PERSON]","lastName":"[PERSON]"},"address":{"city":"[LOCATION]"}}}' \
	"--field limits names to the field"
is "$(cog-mask $R -s .text in | sed -n 2p)" '{"text":"my name is maria lopez and i moved to denver"}' \
	"--skip leaves the field alone"

# --types: on by default, off on request, alone on request.
is "$(cog-mask -T -PERSON,-LOCATION,-STREET_ADDRESS -d in |
	grep -c 'PERSON\|LOCATION\|ADDRESS')" 0 \
	"-T -PERSON,-LOCATION,-STREET_ADDRESS turns all three off"
is "$(cog-mask -T PERSON -d in | grep -c LOCATION)" 0 "-T PERSON finds no places"
like "$(cog-mask -T PERSON -d in | grep -c PERSON)" '^[1-9]' "-T PERSON finds persons"
is "$(cog-mask -T LOCATION -d in | grep -c PERSON)" 0 "-T LOCATION finds no persons"
is "$(printf '%s\n' '{"c":"Berlin"}' | cog-mask -T PERSON -d)" "" \
	"a city is no person when only persons are wanted"

# What must not be taken.
cat >neg <<'X'
May I have your full name, please?
Will do. I bought it in May and it broke on Monday.
Thanks! The Acme Smart Plug arrived in March.
Hi! I'm the Acme virtual assistant. How can I help you today?
You're chatting with the Acme assistant.
I'm sorry, I'm locked out and I'm travelling.
My SoundPro 3 headphones and the HomeCam Mini won't connect.
Please write to maria.lopez@example.com or see https://example.com/Maria/Lopez
Reset it at www.acme.com/help/Maria_Lopez?user=MariaLopez
The bell rang for a long time; we may come back and will call.
This is the third time I've contacted you about this!
Order ORD-12345 ships on Friday, 3 days from now.
Settings > Account > Privacy
X
cog-mask -t -d neg >out
is "$(grep -E 'PERSON|LOCATION' out)" "" \
	"no false names: sentence starts, months, weekdays, products, boilerplate, URLs, e-mails"
is "$(grep '"line":8,' out | sed 's/.*"type":"\([A-Z_]*\)".*/\1/' | tr '\n' ' ')" \
	"EMAIL_ADDRESS URL " "a name in an e-mail address or URL goes with it as a whole"
printf '%s\n' '{"id":"sess_00042","ts":"2026-03-02T09:14:05.120Z","u":"d62896a8-9cb4-eb95-4a3a-28e2c41634f0","s":"user"}' |
	cog-mask -d >out
is "$(cat out)" "" "ids, timestamps and sources are left alone"

# Lower-case and non-ASCII chat.
printf '%s\n' 'hi its jürgen müller here' "call me siobhán" 'i live in são paulo' >lc
cog-mask -t $R lc >out
is "$(cat out)" 'hi its [PERSON] here
call me [PERSON]
i live in [LOCATION]' "lower-case chat with non-ASCII names and places"

# Invalid UTF-8 and NUL bytes do not break the scan.
printf '{"t":"Hi Maria \\u0000 \377 Lopez"}\n' | cog-mask -d >out
like "$(cat out)" '"type":"PERSON","start":3,"end":8,' "NUL and invalid bytes are words apart"

# Labels, key=value pairs and escapes left in the text do not hide names.
printf '%s\n' 'Name:Maria Lopez' 'customer_name=Maria Lopez' \
	'Regards,\nJohn Smith' >glued
is "$(cog-mask -t $R glued | tr '\n' ' ')" \
	'Name:[PERSON] customer_name=[PERSON] Regards,\n[PERSON] ' \
	"a label, a key=value pair and a \\n escape separate words"
# Names that are common words too, where a greeting or a vocative says so.
cat >voc <<'X'
Hi Bill, Maria here. Let me take a look.
Thanks for your patience, April. Anything else?
Thanks, Bill.
Hi, I have a question about my bill.
Thanks, bill me later.
We can deliver it in May, June.
See you in April.
Hello Support, my order is late.
Thanks, Order received.
all good, thank you april!
Hi, June 5 works for me.
Hi Maria, April here.
The delivery in April here was late.
X
is "$(cog-mask -t -d -T PERSON voc | jq -r '"\(.line):\(.start)-\(.end)"' | tr '\n' ' ')" \
	"1:3-7 1:9-14 2:26-31 3:8-12 10:20-25 12:3-8 12:10-15 " \
	"a greeted or addressed name that is also a word; no bill, month or team"

# Names of the national statistics (data/nationalnames.py) with no cue.
cat >national <<'X'
Tuija Aaltonen approved the change last week.
Bitte leiten Sie das an Jiřina Bartošová weiter.
Krešimir Kovačević approved the change last week.
X
is "$(cog-mask -t $R national | tr '\n' ' ')" \
	'[PERSON] approved the change last week. Bitte leiten Sie das an [PERSON] weiter. [PERSON] approved the change last week. ' \
	"a Finnish and a Czech name that only the national lists hold; a given name in no list before a surname"

done_testing
