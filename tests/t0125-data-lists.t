#!/bin/sh
# The world gazetteer, name statistics, address words and cues under data/
# keep the shape data/README.md gives them, and data/halves.py splits every
# list as tests/chatgen.py and data/build-gazetteer.py do.
. "${0%/*}/lib.sh"
need python3

D=$TOP/data

ok 'the lists under data/ pass data/check-lists.py' \
	python3 "$D/check-lists.py"

mkdir -p "$T/data/places" "$T/data/words"
cp -R "$D/names" "$T/data/names"
cp -R "$D/places/address" "$T/data/places/address"
cp -R "$D/words/intl" "$T/data/words/intl"
printf 'hallo\tde\tperson\tsmalltalk\n' >>"$T/data/words/intl/cues.tsv"
fails 'a cue of an unknown kind is caught' 1 \
	python3 "$D/check-lists.py" --only cues "$T/data"

cp "$D/words/intl/cues.tsv" "$T/data/words/intl/cues.tsv"
sed '3s/\t[0-9][0-9]*\t/\tmany\t/' "$D/names/fi/given.tsv" \
	>"$T/data/names/fi/given.tsv"
fails 'a count that is not a number is caught' 1 \
	python3 "$D/check-lists.py" --only names "$T/data"

cp "$D/names/fi/given.tsv" "$T/data/names/fi/given.tsv"
sed 's/^\(DE\tPostleitzahl (PLZ)\t99999\t\)[^\t]*/\1^[0-9]{4}$/' \
	"$D/places/address/postcodes.tsv" >"$T/data/places/address/postcodes.tsv"
fails 'a postcode pattern that misses its example is caught' 1 \
	python3 "$D/check-lists.py" --only address "$T/data"

is "$(python3 - "$TOP" <<'EOF'
import importlib.util, os, sys
top = sys.argv[1]
sys.path[:0] = [os.path.join(top, "data"), os.path.join(top, "tests")]
import chatgen, halves
spec = importlib.util.spec_from_file_location(
    "bg", os.path.join(top, "data", "build-gazetteer.py"))
bg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bg)
names = []
for lang in ("fi", "es", "cs", "da"):
    with open(os.path.join(top, "data", "names", lang, "surnames.tsv"),
              encoding="utf-8") as f:
        names += [line.split("\t")[0] for line in f
                  if not line.startswith("#")][:3000]
differ = [n for n in names
          if not halves.half(n) == chatgen._half(n) == bg.half(n)]
tune, ev = halves.split(names)
print(len(differ), 0.4 < len(ev) / len(names) < 0.6)
EOF
)" '0 True' 'halves.py splits as chatgen and build-gazetteer, about evenly'

done_testing
