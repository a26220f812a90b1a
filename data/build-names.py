#!/usr/bin/env python3
"""build-names -- clean name lists of data/names/<lang>/ from name statistics.

usage: build-names.py [--src DIR] [--out DIR]

Reads the files that data/fetch-names.sh puts under DIR (default
$COG_NAMES_SRC or /tmp/cogtools-names-src) and writes, for each language,
given.tsv and surnames.tsv, tab-separated, most frequent first, with a
header line:

    name  ascii  count  sex  words  source

    name    as the statistics write it, in the usual case ("María del
            Carmen", "de Jong", "Nováková"); lists that are in capitals
            without accents (Spain, Brazil) stay without accents
    ascii   the name with Latin diacritics folded (fold.ascii)
    count   the source's own figure: people who bear the name (fi, es,
            cs, da, nl), children given it over the years the source
            covers (fr, de, br), or - when the source gives none
    sex     m, f or mf (given to both), - when the source does not say
    words   in which languages the name is also an ordinary word
            (wordlists.py: "en:10,de:w", or -)
    source  which statistics the entry comes from (see data/names/README.md)

Entries below a source's minimum count are left out (MIN below) to keep
each file to a few MB; data/names/README.md gives the figures.  The split
into tuning and evaluation halves is data/halves.py's, on the name.
Python 3 standard library only.
"""

import csv
import glob
import io
import lzma
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fold       # noqa: E402
import listfile   # noqa: E402
import wordlists  # noqa: E402

# Minimum counts kept, per source and list.
MIN = {"dvv": 5, "dvv-s": 20, "ine": 20, "ine-s": 20, "insee": 20,
       "mvcr": 5, "mvcr-s": 20, "labo": 5, "ibge": 50, "ku": 5,
       "ku-s": 20}
PARTICLES = {"de", "del", "la", "las", "los", "y", "i", "da", "das", "do",
             "dos", "e", "van", "von", "der", "den", "ter", "te", "du",
             "di", "le", "zu", "af", "al", "el"}
NOT_NAMES = {"SOUČET", "NEUVEDENO", "JMÉNO NEZJIŠTĚNO"}   # total, not stated
FIELDS = ("name", "ascii", "count", "sex", "words", "source")


def proper(name, particles=True):
    """"MARIA DEL CARMEN" -> "Maria del Carmen", "O'BRIEN" -> "O'Brien"."""
    words = []
    for i, w in enumerate(name.strip().split()):
        low = w.lower()
        if particles and i and low in PARTICLES:
            words.append(low)
            continue
        words.append(re.sub(r"(^|[-'’])(\w)",
                            lambda m: m.group(1) + m.group(2).upper(), low))
    return " ".join(words)


def number(s):
    s = s.strip().replace("\u00a0", "").replace(" ", "")
    if not s:
        return 0
    return int(float(s.replace(",", ".")))


# ----------------------------------------------------------------------
# Readers of the source formats


def xlsx(path):
    """{sheet name: [[cell text, ...], ...]} of an .xlsx workbook."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/"
               "relationships"}
    z = zipfile.ZipFile(path)
    strings = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(
                "m:si", ns):
            strings.append("".join(t.text or "" for t in
                                   si.iter("{%s}t" % ns["m"])))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", ns):
        t = target[s.get("{%s}id" % ns["r"])].lstrip("/")
        t = t if t.startswith("xl/") else "xl/" + t
        rows = []
        for row in ET.fromstring(z.read(t)).iter("{%s}row" % ns["m"]):
            cells = []
            for c in row.findall("m:c", ns):
                v = c.find("m:v", ns)
                if c.get("t") == "s":
                    cells.append(strings[int(v.text)])
                else:
                    cells.append(v.text if v is not None else "")
            rows.append(cells)
        out[s.get("name")] = rows
    return out


class _RData:
    """Enough of R's XDR serialisation to read a data frame of vectors."""

    def __init__(self, data):
        self.b, self.p, self.refs = data, 0, []

    def int(self):
        v = struct.unpack_from(">i", self.b, self.p)[0]
        self.p += 4
        return v

    def top(self):
        if self.b[:7] not in (b"RDX2\nX\n", b"RDX3\nX\n"):
            raise ValueError("not an XDR RData file")
        self.p = 7
        version = self.int()
        self.int()
        self.int()
        if version == 3:
            self.p += 4 + self.int()
        return self.item()

    def item(self):
        flags = self.int()
        t = flags & 0xFF
        if t == 254 or t in (241, 242, 251, 252, 253):
            return None
        if t == 255:
            i = flags >> 8 or self.int()
            return self.refs[i - 1]
        if t == 1:
            s = ("sym", self.item())
            self.refs.append(s)
            return s
        if t == 2:
            if flags & (1 << 9):
                self.item()
            tag = self.item() if flags & (1 << 10) else None
            car = self.item()
            cdr = self.item()
            return [(tag[1] if tag else None, car)] + (cdr or [])
        if t == 9:
            n = self.int()
            if n < 0:
                return None
            s = self.b[self.p:self.p + n].decode("utf-8", "replace")
            self.p += n
            return s
        if t in (10, 13):
            n = self.int()
            v = list(struct.unpack_from(">%di" % n, self.b, self.p))
            self.p += 4 * n
        elif t == 14:
            n = self.int()
            v = list(struct.unpack_from(">%dd" % n, self.b, self.p))
            self.p += 8 * n
        elif t in (16, 19):
            v = [self.item() for _ in range(self.int())]
        elif t == 238:
            info, state = self.item(), self.item()
            self.item()
            if info and info[0][1] == ("sym", "compact_intseq"):
                n, start, step = (int(x) for x in state[:3])
                return [start + i * step for i in range(n)]
            return state
        else:
            raise ValueError("R type %d not read" % t)
        if flags & (1 << 9):
            attrs = dict(self.item() or [])
            if "names" in attrs and t == 19:
                return dict(zip(attrs["names"], v))
        return v


def rdata(path):
    """{object name: object} of an .rda file (xz-compressed, XDR)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:6] == b"\xfd7zXZ\x00":
        data = lzma.decompress(data)
    return dict(_RData(data).top())


def rows_csv(path, delim=",", encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as f:
        yield from csv.reader(f, delimiter=delim)


# ----------------------------------------------------------------------
# One function per source: each returns {name: [count, sexes]}


def add(table, name, count, sex=None):
    name = name.strip()
    if not name:
        return
    e = table.setdefault(name, [0, set()])
    e[0] += count
    if sex:
        e[1].add(sex)


def finland(src):
    given, sur = {}, {}
    wb = xlsx(os.path.join(src, "fi", "etunimitilasto-2023-08-01-dvv.xlsx"))
    for sheet, sex in (("Miehet kaikki", "m"), ("Naiset kaikki", "f")):
        for row in wb[sheet][1:]:
            if len(row) >= 2 and number(row[1]) >= MIN["dvv"]:
                add(given, row[0], number(row[1]), sex)
    wb = xlsx(os.path.join(src, "fi", "sukunimitilasto-2023-08-01-dvv.xlsx"))
    for row in wb["Nimet"][1:]:
        if len(row) >= 2 and number(row[1]) >= MIN["dvv-s"]:
            add(sur, row[0], number(row[1]))
    return {"given": (given, "dvv2023"), "surnames": (sur, "dvv2023")}


def spain(src):
    given, sur = {}, {}
    for fname, sex in (("hombres.csv", "m"), ("mujeres.csv", "f")):
        for row in list(rows_csv(os.path.join(src, "es", fname)))[1:]:
            if number(row[1]) >= MIN["ine"]:
                add(given, proper(row[0]), number(row[1]), sex)
    for fname in ("apellidos.csv", "apellidos-20.csv"):
        for row in list(rows_csv(os.path.join(src, "es", fname)))[1:]:
            # people with it as first or second surname, counted once
            n = number(row[1]) + number(row[2]) - number(row[3])
            if number(row[1]) >= MIN["ine-s"]:
                add(sur, proper(row[0]), n)
    return {"given": (given, "ine"), "surnames": (sur, "ine")}


def france(src):
    df = rdata(os.path.join(src, "fr", "prenoms_france.rda"))["prenoms_france"]
    given = {}
    for name, sex, n in zip(df["name"], df["sex"], df["n"]):
        if name:
            add(given, name, n, sex.lower())
    given = {k: v for k, v in given.items() if v[0] >= MIN["insee"]}
    return {"given": (given, "insee")}


def czechia(src):
    given, sur = {}, {}
    with open(os.path.join(src, "cs", "jmena.tsv"), encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            name = cells[0].strip().strip('"')
            nums = [c for c in cells[1:] if c.strip()]
            if (not nums or name.startswith("JMÉNO") or name in NOT_NAMES
                    or not any(ch.isalpha() for ch in name)):
                continue
            total = number(nums[-1])
            if total >= MIN["mvcr"]:
                add(given, proper(name, particles=False), total)
    data = zipfile.ZipFile(os.path.join(src, "cs", "zcpr.zip")).read(
        "zcpr.csv").decode("cp1250")
    for line in data.splitlines():
        cells = line.split(";")
        if (len(cells) < 2 or cells[0] in NOT_NAMES
                or not any(ch.isalpha() for ch in cells[0])):
            continue
        try:
            n = number(cells[1])
        except ValueError:
            continue
        if n >= MIN["mvcr-s"]:
            add(sur, proper(cells[0]), n)
    return {"given": (given, "mvcr"), "surnames": (sur, "mvcr")}


def germany(src):
    given = {}
    for path in sorted(glob.glob(os.path.join(src, "de", "berlin", "*",
                                              "*.csv"))):
        rows = list(rows_csv(path))
        head = [h.strip().lower() for h in rows[0]]
        iname, icount, isex = (head.index("vorname"), head.index("anzahl"),
                               head.index("geschlecht"))
        for row in rows[1:]:
            if len(row) <= max(iname, icount, isex):
                continue
            name = row[iname].strip()
            sex = {"m": "m", "w": "f"}.get(row[isex].strip())
            if name and any(c.isalpha() for c in name):
                add(given, name, number(row[icount]), sex)
    given = {k: v for k, v in given.items() if v[0] >= MIN["labo"]}
    return {"given": (given, "labo")}


def netherlands(src):
    sur = {}
    top = list(rows_csv(os.path.join(
        src, "nl", "top_1000_last_names_in_the_netherlands_2007.csv")))
    counted = set()
    for row in top[1:]:
        add(sur, row[0], number(row[3]))
        counted.add(row[0])
    with open(os.path.join(src, "nl", "family_names_freq_5_or_more.lst"),
              encoding="utf-8") as f:
        for line in f:
            name = line.strip()
            if name and name not in counted:
                sur.setdefault(name, [None, set()])
    return {"surnames": (sur, "meertens")}


def brazil(src):
    given = {}
    rows = list(rows_csv(os.path.join(src, "br", "nomes-censos-ibge.csv")))
    for row in rows[1:]:
        n = sum(number(x) for x in row[1:])
        if n >= MIN["ibge"]:
            add(given, proper(row[0]), n)
    return {"given": (given, "ibge2010")}


def hungary(src):
    given = {}
    for fname, sex in (("osszesffi.txt", "m"), ("osszesnoi.txt", "f")):
        with open(os.path.join(src, "hu", fname), encoding="iso-8859-2") as f:
            lines = f.read().splitlines()
        for name in lines[1:]:          # the first line is the title
            if name.strip():
                e = given.setdefault(name.strip(), [None, set()])
                e[1].add(sex)
    return {"given": (given, "nytud2015")}


def denmark(src):
    given, sur = {}, {}
    for fname, sex in (("male_first_names.csv", "m"),
                       ("female_first_names.csv", "f")):
        for row in list(rows_csv(os.path.join(src, "da", fname)))[1:]:
            if number(row[-1]) >= MIN["ku"]:
                add(given, row[0], number(row[-1]), sex)
    for row in list(rows_csv(os.path.join(src, "da", "all_last_names.csv")))[1:]:
        if number(row[-1]) >= MIN["ku-s"]:
            add(sur, row[0], number(row[-1]))
    return {"given": (given, "ku2005"), "surnames": (sur, "ku2005")}


SOURCES = (("fi", finland), ("es", spain), ("fr", france), ("cs", czechia),
           ("de", germany), ("nl", netherlands), ("pt", brazil),
           ("hu", hungary), ("da", denmark))


def write(path, table, source, words):
    rows = []
    for name, (count, sexes) in table.items():
        if not fold.is_latin(name):
            continue
        sex = "mf" if len(sexes) > 1 else (sexes.pop() if sexes else "-")
        rows.append((name, fold.ascii(name), count, sex, words.tag(name),
                     source))
    rows.sort(key=lambda r: (-(r[2] or 0), fold.key(r[0]), r[0]))
    listfile.write("names", path, FIELDS, rows,
                   lambda x: "-" if x is None else str(x))


def main():
    args = listfile.parser(__doc__, "names",
                           os.path.join(HERE, "names")).parse_args()
    listfile.need_sources("names", args.src, "fi")
    lists = {}
    for lang, reader in SOURCES:
        for kind, value in reader(args.src).items():
            lists[(lang, kind)] = value
    need = set()
    for table, _ in lists.values():
        for name in table:
            need.update(wordlists.words_of(name))
    words = wordlists.Words(need)
    for (lang, kind), (table, source) in sorted(lists.items()):
        os.makedirs(os.path.join(args.out, lang), exist_ok=True)
        write(os.path.join(args.out, lang, kind + ".tsv"), table, source,
              words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
