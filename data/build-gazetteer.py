#!/usr/bin/env python3
"""build-gazetteer -- derive data/gazetteer/ from the source lists.

usage: build-gazetteer.py [--dict FILE] [--scowl DIR] [--exclude-half H]
                          [--out DIR]

Reads the public-domain name lists in data/names/, the hand-written lists
in data/names/intl_*.txt, data/places/ and data/words/, and an English
word list (Debian's wamerican, /usr/share/dict/american-english, with the
commonness levels of the SCOWL lists in /usr/share/dict/scowl when that
package is installed), and writes the tab-separated files that the build
turns into the names table (see data/README.md):

    given.tsv     name  class  english  sources
    surnames.tsv  name  class  english  sources
    places.tsv    name  kind   english
    streets.tsv   word  kind
    boxes.tsv     form
    english.tsv   word  level
    cues.tsv      word  class
    placewords.tsv  name  languages

class is a frequency class from 1 (rare) to 7 (very common); english is
the SCOWL level of the word in lower case (10 = among the most common
English words, 50 = the largest list wamerican holds) or 0 when it is not
an English word.  The output is sorted and deterministic.

--exclude-half tune|eval leaves out the names that chatgen (tests/chatgen.py)
puts in that half, to measure the detector on names its lists lack.
Python 3 standard library only.
"""

import argparse
import hashlib
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nationalnames  # noqa: E402

LEVELS = (10, 20, 35, 40, 50)


def read(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line


def half(name):
    """chatgen's split of names into halves: 0 tune, 1 eval."""
    return hashlib.blake2b(name.lower().encode("utf-8"),
                           digest_size=1).digest()[0] & 1


def english_levels(dict_path, scowl):
    """{lowercase word: SCOWL level} for the lowercase words of the list."""
    words = {}
    for w in read(dict_path):
        if w.islower() and w.isalpha() and "'" not in w:
            words[w] = 50
    if scowl and os.path.isdir(scowl):
        for level in reversed(LEVELS):
            for kind in ("english", "american"):
                p = os.path.join(scowl, "%s-words.%d" % (kind, level))
                if not os.path.exists(p):
                    continue
                for w in read(p):
                    if w in words:
                        words[w] = min(words[w], level)
    return words


def given_class(births):
    for cls, floor in ((7, 1000000), (6, 200000), (5, 30000), (4, 5000),
                       (3, 1000), (2, 250)):
        if births >= floor:
            return cls
    return 1


def surname_class(rank):
    for cls, top in ((7, 100), (6, 1000), (5, 5000), (4, 15000),
                     (3, 40000)):
        if rank < top:
            return cls
    return 2


def tsv(path):
    """The rows of a tab-separated list with a header line, as dicts."""
    lines = read(path)
    head = next(lines).split("\t")
    for line in lines:
        yield dict(zip(head, line.split("\t")))


def forms(row, column="word"):
    """A word of an address list and its abbreviations, in lower case."""
    out = [row[column]]
    if row.get("abbrevs", "-") != "-":
        out += row["abbrevs"].split(",")
    return [w.lower() for w in out if w]


def street_words(path):
    """(word, kind) of places/address/street-words.tsv: a word that comes
    before the street's name is a prefix, after it a suffix, at the end
    of a one-word name a compound ending; a district word (Colonia,
    Bairro) is an area.  Words of more than one word, and abbreviations
    with a character that is no letter or dot (c/), are left out."""
    for row in tsv(path):
        pos = row["position"].split(",")
        for i, w in enumerate(forms(row)):
            if " " in w or not all(c.isalpha() or c == "." for c in w):
                continue
            if row["kind"] == "area":
                yield w, "area"
                continue
            if "before" in pos:
                yield w, "prefix"
            if "after" in pos:
                yield w, "suffix"
            if "joined" in pos and i == 0:
                yield w, "compound"


def unit_words(path):
    """(word, kind) of places/address/units.tsv: a unit word that stands
    before its number (Apt 4B) is a unit, one that follows it (3. Stock,
    12 bis) or stands alone (links, izq.) a unit-after.  Words of more
    than one word and one-letter abbreviations of the latter are left
    out."""
    for row in tsv(path):
        pos = row["position"].split(",")
        for w in forms(row):
            bare = w.replace(".", "")
            if " " in w or not bare.isalpha():
                continue
            if "before" in pos:
                yield w, "unit"
            if ("after" in pos or "alone" in pos) and len(bare) > 1:
                yield w, "unit-after"


def box_forms(path):
    """The forms of places/address/po-boxes.tsv that hold a number or a
    name (PO Box N, PSC N Box N, USS name FPO AP), in lower case, with N
    written # and a name *; poste restante and the like, which stand
    without one, are left out."""
    out = set()
    for row in tsv(path):
        words = row["form"].split(" ")
        if "N" not in words and "name" not in words:
            continue
        out.add(" ".join("#" if w == "N" else "*" if w == "name" else
                         "@" if w == "L" else w.lower() for w in words))
    return sorted(out)


WORLD_SKIP = set("()[]/,;:0123456789")
HAND_KINDS = ("country", "country-abbr", "state", "state-abbr", "region",
              "city")


def world_places(places, given, surnames, keep, city_pop, words):
    """Add to places the towns, regions and countries of places/world/:
    every GeoNames town of city_pop inhabitants or more, or a capital or
    the seat of a first-order division (PPLC, PPLA), by its own name and
    its other names (city-names.tsv); every ISO 3166-2 subdivision; every
    country by its short names.  A one-word name of a region, a country
    or a town of fewer than a million inhabitants that is a given name or
    a surname of class 3 or more is left out (alone, as in a name field,
    it is a name more often: Hamm, Mendoza, Maurice); the hand-written
    lists keep theirs.  A name of several words whose first word is in
    words (the cue words and the English words of SCOWL level 20 or
    less), as written or in ASCII ("Cần Thơ", "Alsó Zsolca"), is left
    out.  Return
    {lower-case one-word name: languages}: the names that are an
    ordinary word of a language other than English (the words column),
    which need more evidence to be a place; but not the names of a town
    of 200,000 or more or of the hand-written lists (Berlin is a word in
    Polish and Norwegian lists, but a capital first)."""
    world = os.path.join(HERE, "places", "world")
    common = {}
    big_names = set()           # names of a large town or a hand list

    def tsv(path):
        """The rows of a places/world/ list, whose header is its first
        line, after '# '."""
        with open(path, encoding="utf-8") as f:
            head = f.readline().lstrip("# ").rstrip("\n").split("\t")
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    yield dict(zip(head, line.split("\t")))

    def add(row, kind):
        name = row["name"]
        if WORLD_SKIP & set(name) or len(name) < 2 or not keep(name):
            return
        low = name.lower()
        # "A Coruña", "Can Tho", "To Kwa Wan": a name of several words
        # whose first is a function word or a common English word would
        # make every such word the start of a place to look up.
        first = row["ascii"].lower().split(" ")[0]    # "Cần Thơ": can
        if " " in name and (first in words or low.split(" ")[0] in words):
            return
        if " " not in name:
            pop = int(row["population"]) if row["population"] != "-" else 0
            if pop < 1000000 and max(given.get(low, [0])[0],
                                     surnames.get(low, [0])[0]) >= 3:
                return
        hand = any((name, k) in places for k in HAND_KINDS)
        places[(name, kind)] = 1
        if kind != "region" and row["population"] != "-" and \
                int(row["population"]) >= 200000:
            big_names.add(low)
        if hand:
            big_names.add(low)
        if row["words"] != "-" and " " not in name:
            langs = {w.split(":")[0] for w in row["words"].split(",")
                     if not w.startswith("en:")}
            if langs:
                common.setdefault(low, set()).update(langs)

    def big(row):
        pop = int(row["population"]) if row["population"] != "-" else 0
        return pop >= city_pop or row["type"] in ("PPLC", "PPLA")

    for part in ("europe", "americas", "asia", "other"):
        for row in tsv(os.path.join(world, "cities-%s.tsv" % part)):
            if big(row):
                add(row, "city")
    for row in tsv(os.path.join(world, "city-names.tsv")):
        if big(row):
            add(row, "city")
    for row in tsv(os.path.join(world, "regions.tsv")):
        add(row, "region")
    for row in tsv(os.path.join(world, "countries.tsv")):
        if row["type"] == "short":
            add(row, "country")
    return {n: ls for n, ls in common.items() if n not in big_names}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--scowl", default="/usr/share/dict/scowl")
    ap.add_argument("--exclude-half", choices=("tune", "eval"))
    ap.add_argument("--out", default=os.path.join(HERE, "gazetteer"))
    ap.add_argument("--min-births", type=int, default=100,
                    help="SSA names with fewer births are left out")
    ap.add_argument("--city-pop", type=int, default=15000,
                    help="GeoNames towns with fewer inhabitants are left "
                    "out, but for capitals and seats of first-order "
                    "divisions")
    args = ap.parse_args()

    if not os.path.exists(args.dict):
        sys.exit("build-gazetteer: no word list '%s' (apt-get install "
                 "wamerican)" % args.dict)
    drop = {"tune": 0, "eval": 1}.get(args.exclude_half)

    def keep(name):
        return drop is None or half(name) != drop

    eng = english_levels(args.dict, args.scowl)
    names = os.path.join(HERE, "names")

    given = {}                  # name -> [class, sources]
    for fname in ("census1990_first_male.txt", "census1990_first_female.txt"):
        for rank, name in enumerate(read(os.path.join(names, fname))):
            name = name.strip().lower()
            if keep(name):
                cls = 6 if rank < 100 else 5 if rank < 500 else 4
                g = given.setdefault(name, [0, set()])
                g[0] = max(g[0], cls)
                g[1].add("census")
    for line in read(os.path.join(names, "ssa_first_names_freq.tsv")):
        name, births = line.split("\t")
        births = int(births)
        if births < args.min_births or not keep(name):
            continue
        g = given.setdefault(name, [0, set()])
        g[0] = max(g[0], given_class(births))
        g[1].add("ssa")

    surnames = {}
    for rank, name in enumerate(read(os.path.join(names,
                                                  "census1990_last.txt"))):
        name = name.strip().lower()
        if keep(name):
            surnames[name] = [surname_class(rank), {"census"}]

    for fname, table in (("intl_given.txt", given),
                         ("intl_surnames.txt", surnames)):
        for line in read(os.path.join(names, fname)):
            lang, _, rest = line.partition("\t")
            for name in rest.split():
                name = name.replace("_", " ")
                low = name.lower()
                if not keep(name):
                    continue
                e = table.setdefault(low, [4, set()])
                e[0] = max(e[0], 4)
                e[1].add("intl:" + lang)
    nationalnames.add(names, given, surnames, keep)

    places = {}                 # (name, kind)
    for line in read(os.path.join(HERE, "places", "countries.txt")):
        if line.startswith("AB="):
            places[(line[3:], "country-abbr")] = 1
        else:
            places[(line, "country")] = 1
    for line in read(os.path.join(HERE, "places", "regions.txt")):
        name, _, ab = line.partition("\t")
        if ab:
            places[(name, "state")] = 1
            places[(ab, "state-abbr")] = 1
        else:
            places[(name, "region")] = 1
    for line in read(os.path.join(HERE, "places", "cities.txt")):
        places[(line, "city")] = 1

    streets = {}
    for line in read(os.path.join(HERE, "places", "streets.txt")):
        kind, *words = line.split("\t")
        for w in words:
            streets[(w.lower(), kind)] = 1
    address = os.path.join(HERE, "places", "address")
    for word, kind in street_words(os.path.join(address,
                                                "street-words.tsv")):
        streets[(word, kind)] = 1
    for word, kind in unit_words(os.path.join(address, "units.tsv")):
        streets[(word, kind)] = 1
    boxes = box_forms(os.path.join(address, "po-boxes.tsv"))
    for form in boxes:
        streets[(form.split(" ")[0], "box")] = 1

    cues = {}
    for line in read(os.path.join(HERE, "words", "cues.txt")):
        cls, _, words = line.partition("\t")
        for w in words.split():
            if w in cues and cues[w] != cls and "stop" not in (cues[w], cls):
                sys.exit("build-gazetteer: '%s' is in classes %s and %s"
                         % (w, cues[w], cls))
            if cls != "stop" or w not in cues:
                cues[w] = cls

    common = world_places(places, given, surnames, keep, args.city_pop,
                          set(cues) | {w for w, lv in eng.items()
                                       if lv <= 20})
    os.makedirs(args.out, exist_ok=True)

    def level(word):
        return eng.get(word.lower(), 0)

    def write(fname, rows):
        with open(os.path.join(args.out, fname), "w", encoding="utf-8",
                  newline="\n") as f:
            for row in rows:
                f.write("\t".join(str(x) for x in row) + "\n")

    write("given.tsv", sorted((n, c, level(n), ",".join(sorted(s)))
                              for n, (c, s) in given.items()))
    write("surnames.tsv", sorted((n, c, level(n), ",".join(sorted(s)))
                                 for n, (c, s) in surnames.items()))
    write("places.tsv", sorted((n, k, level(n)) for n, k in places))
    write("placewords.tsv", sorted((n, ",".join(sorted(ls)))
                                   for n, ls in common.items()))
    write("streets.tsv", sorted(streets))
    write("boxes.tsv", sorted((f,) for f in boxes))
    write("english.tsv", sorted(eng.items()))
    write("cues.tsv", sorted(cues.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
