#!/bin/sh
# tests/t0140-accuracy-tools.t -- the held-out generator and the scorer
# of make accuracy: the generator is deterministic and its spans hold
# what it planted; the scorer computes known figures on hand-made
# detections.  (Not a test of cog-mask's accuracy: that is make accuracy.)
. "${0%/*}/lib.sh"
need python3

GEN=$TOP/tests/accuracy/gen-eval.py
SCORE=$TOP/tests/accuracy/score.py
small='--chats 60 --prose 120 --negatives 40'

# shellcheck disable=SC2086
ok 'generator runs' python3 "$GEN" --seed t1 $small --out a.jsonl
# shellcheck disable=SC2086
ok 'generator runs again' python3 "$GEN" --seed t1 $small --out b.jsonl
same_file a.jsonl b.jsonl 'same seed, same texts'
# shellcheck disable=SC2086
python3 "$GEN" --seed t2 $small --out c.jsonl
fails 'another seed, other texts' 1 cmp -s a.jsonl c.jsonl
# shellcheck disable=SC2086
python3 "$GEN" --seed t1 --chats 30 --prose 0 --negatives 0 --out d.jsonl
ok 'a document does not depend on how many follow it' \
	sh -c 'n=$(wc -l <d.jsonl); head -n "$n" a.jsonl | cmp -s - d.jsonl'
# shellcheck disable=SC2086
python3 "$GEN" --seed t1 $small --with-values --out v.jsonl

cat >check.py <<'EOF'
import ipaddress, json, re, sys
kinds, langs, types, bad = set(), set(), set(), []
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    rec = json.loads(line)
    text = rec["text"]
    kinds.add(rec["kind"])
    langs.add(rec["lang"])
    last = 0
    for e in sorted(rec["entities"], key=lambda e: e["start"]):
        n += 1
        s, t, v = text[e["start"]:e["end"]], e["type"], e["value"]
        types.add(t)
        if s != v or not s or s != s.strip() or e["start"] < last:
            bad.append(("span", t, s, v))
        last = e["end"]
        if rec["kind"] == "negative":
            bad.append(("entity in a negative", t, s))
        d = re.sub(r"\D", "", s)
        if t == "CREDIT_CARD":
            total = sum(int(c) if i % 2 == 0 else
                        (2 * int(c) - 9 if int(c) > 4 else 2 * int(c))
                        for i, c in enumerate(reversed(d)))
            if not 12 <= len(d) <= 19 or total % 10 or \
                    re.search(r"[^\d -]", s):
                bad.append(("card", s))
        elif t == "IBAN_CODE":
            c = s.replace(" ", "").upper()
            num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
            if int(num) % 97 != 1:
                bad.append(("iban", s))
        elif t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(s)
            except ValueError:
                bad.append(("ip", s))
        elif t == "EMAIL_ADDRESS":
            if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s, re.A):
                bad.append(("email", s))
        elif t == "PHONE_NUMBER" and len(d) < 7:
            bad.append(("phone", s))
print("bad", bad[:5])
print("kinds", ",".join(sorted(kinds)))
print("langs", ",".join(sorted(langs)))
print("types", ",".join(sorted(types)))
print("entities", n > 500)
EOF
python3 check.py v.jsonl >check.out 2>&1
is "$(sed -n 1p check.out)" 'bad []' \
	'every span holds the value planted; cards, IBANs, IPs, e-mails valid'
is "$(sed -n 2p check.out)" 'kinds chat,negative,prose' \
	'chats, prose, negatives'
is "$(sed -n 3p check.out)" 'langs de,en,es,fr,it,nl,pl,pt' 'eight languages'
is "$(sed -n 4p check.out)" \
	'types CREDIT_CARD,EMAIL_ADDRESS,IBAN_CODE,IP_ADDRESS,LOCATION,PERSON,PHONE_NUMBER,STREET_ADDRESS' \
	'every type'
is "$(sed -n 5p check.out)" 'entities True' 'enough entities'
ok 'without --with-values the texts are the same' python3 -c '
import json, sys
a = [json.loads(l) for l in open("a.jsonl")]
v = [json.loads(l) for l in open("v.jsonl")]
for x in v:
    for e in x["entities"]:
        del e["value"]
sys.exit(a != v)'

# The postcodes planted match the formats of data/places/address/
# postcodes.tsv, written apart from the generator.
cat >postcodes.py <<'EOF'
import importlib.util, random, re, sys
spec = importlib.util.spec_from_file_location("gen", sys.argv[1])
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
r = random.Random(1)
bad = []
for line in open(sys.argv[2], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if line.startswith("#") or f[0] == "cc":
        continue
    rx = re.compile(f[3])
    cc = {"GB": "UK"}.get(f[0], f[0])
    bad += [(cc, p) for p in (gen.postcode(r, cc) for _ in range(2000))
            if not rx.match(p.upper())]
print(len(bad), bad[:5])
EOF
is "$(python3 postcodes.py "$GEN" "$TOP/data/places/address/postcodes.tsv")" \
	'0 []' 'postcodes of 19 countries in their published formats'

# The scorer on hand-made detections.  Tokens of the gold entities:
# PERSON Anna Novak (2), LOCATION Kraków (1), STREET_ADDRESS 12 Elm Street
# Springfield IL 62704 (6), PHONE_NUMBER 555 0100 (2): 11.  Detected:
# the name exactly, the address as two LOCATIONs over 5 of its 6 tokens,
# "Canada" in a negative, the phone exactly as the alias PHONE, and a URL
# over nothing.
cat >gold.jsonl <<'EOF'
{"text": "Hi, I am Anna Novak and I live in Kraków.", "entities": [{"type": "PERSON", "start": 9, "end": 19}, {"type": "LOCATION", "start": 34, "end": 40}], "kind": "chat"}
{"text": "Ship to 12 Elm Street, Springfield, IL 62704 please", "entities": [{"type": "STREET_ADDRESS", "start": 8, "end": 44}], "kind": "chat"}
{"text": "Do you ship to Canada? See example.org", "entities": [], "kind": "negative"}
{"text": "call 555 0100 now", "entities": [{"type": "PHONE_NUMBER", "start": 5, "end": 13}], "kind": "prose"}
EOF
cat >pred.jsonl <<'EOF'
{"line":1,"path":".text","type":"PERSON","start":9,"end":19,"score":1}
{"line":2,"path":".text","type":"LOCATION","start":8,"end":21,"score":0.9}
{"line":2,"path":".text","type":"LOCATION","start":23,"end":38,"score":0.9}
{"line":3,"path":".text","type":"LOCATION","start":15,"end":21,"score":0.8}
{"line":3,"path":".text","type":"URL","start":27,"end":38,"score":1}
{"line":4,"path":".text","type":"PHONE","start":5,"end":13,"score":1}
{"line":4,"path":".session_id","type":"PERSON","start":0,"end":3,"score":1}
EOF
# Masked: 2 + 5 + 1 + 2 ("example", "org" as other) + 2 = 12 tokens, 9
# of them PII, 4 of the type detected; 6 detections, 2 exact.
cat >want.txt <<'EOF'
all 11 9/11 3/4 4/11 1/3 12 | 4 1/2 1/2 6 1/3 1/3
PERSON 2 1 1 1 1 2 | 1 1 1 1 1 1
LOCATION 1 0 5/6 0 0 6 | 1 0 0 3 0 0
STREET_ADDRESS 6 5/6 - 0 - 0 | 1 0 0 0 - -
PHONE_NUMBER 2 1 1 1 1 2 | 1 1 1 1 1 1
other 0 - 0 - 0 2 | 0 - - 1 0 0
kind chat 9 7/9 1
kind negative 0 - 0
kind prose 2 1 1
EOF
cat >show.py <<'EOF'
import json, sys
from fractions import Fraction
d = json.load(sys.stdin)
def f(x, den=None):
    if x is None:
        return "-"
    q = Fraction(x).limit_denominator(100)
    return str(q.numerator) if q.denominator == 1 else str(q)
keys = ["gold_tokens", "tok_recall_any", "tok_precision_any",
        "tok_recall_type", "tok_precision_type", "pred_tokens", "|",
        "gold_entities", "ent_recall_exact", "ent_recall_overlap",
        "pred_entities", "ent_precision_exact", "ent_precision_overlap"]
for t in ["all", "PERSON", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER",
          "other"]:
    x = d["all"][t]
    print(t, " ".join("|" if k == "|" else f(x[k]) for k in keys))
for k, x in sorted(d["by_kind"].items()):
    a = x.get("all", {"gold_tokens": 0, "tok_recall_any": None,
                      "tok_precision_any": 0})
    print("kind", k, f(a["gold_tokens"]), f(a["tok_recall_any"]),
          f(a["tok_precision_any"]))
EOF
ok 'scorer reads hand-made detections' sh -c \
	"python3 '$SCORE' --pred pred.jsonl --by kind --json gold.jsonl >fig.json"
python3 show.py <fig.json >got.txt 2>&1
ok 'scorer: known token and entity figures' diff want.txt got.txt
ok 'scorer runs a command for the detections' sh -c \
	"python3 '$SCORE' --cmd 'cat $T/pred.jsonl' --by kind --json \
	gold.jsonl >fig2.json"
same_file fig.json fig2.json 'command and file give the same figures'
out=$(python3 "$SCORE" --pred pred.jsonl --misses 5 gold.jsonl)
like "$out" '^all +11 0\.818 0\.750 0\.364 0\.333 +12 \|' 'the table'
like "$out" 'missed +chat/\? : .*\[\[Kraków\]\]' '--misses shows a missed entity'
like "$out" 'partly +chat/\? : .*\[\[12 Elm Street, Springfield, IL 62704\]\]' \
	'--misses shows an entity left partly in the clear'
like "$out" 'negative/\?: Do you ship to \[\[Canada\]\]' '--misses shows a false alarm'

printf '%s\n' '{"text": "abc", "entities": [{"type": "PERSON", "start": 2, "end": 9}]}' >badgold.jsonl
fails 'a span outside its text is an error' 2 \
	python3 "$SCORE" --pred pred.jsonl badgold.jsonl
fails 'a failing command is an error' 2 \
	python3 "$SCORE" --cmd false gold.jsonl

done_testing
