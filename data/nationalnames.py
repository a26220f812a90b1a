#!/usr/bin/env python3
"""nationalnames -- the national name statistics in the names lexicon.

usage: nationalnames.py [--gazetteer DIR] [--exclude-half tune|eval]

The lists of data/names/<lang>/ (written by build-names.py; see
data/names/README.md) give the given names and surnames of Finland,
Spain, France, Czechia, Germany, the Netherlands, Brazil, Hungary and
Denmark by frequency.  The most frequent of each (TOP below) enter
given.tsv and surnames.tsv with a frequency class by rank in their list,
source "nat:<lang>"; a name already there keeps the higher class.  Names
of several words ("de Jong", "María José") are left out: their words
are in the lists one by one; so are the less frequent names that are an
ordinary word of another language (COMMON).

build-gazetteer.py calls add() while it builds the two files.  Run
alone, the script adds the entries to the committed files of DIR
(default data/gazetteer), taking the English level of each new entry
from DIR/english.tsv; it drops the "nat:" entries and sources first, so
that a second run changes nothing.  Python 3 standard library only.
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import halves  # noqa: E402

# How many of the most frequent names of each list enter the lexicon.
TOP = {"given": 3000, "surnames": 6000}


# Above this rank a name that is an ordinary word of another language
# (the words column: "Tenho", pt "I have"; "Bene", it "well") is left
# out: in a text it is that word more often.
COMMON = 100


def foreign(lang, words):
    """Is the name an ordinary word of a language other than lang?"""
    return any(w.split(":")[0] != lang for w in words.split(",")
               if w != "-")


def rank_class(rank):
    """The frequency class (1-7, as build-gazetteer's) of a rank."""
    for cls, top in ((6, 50), (5, 300), (4, 1500)):
        if rank < top:
            return cls
    return 3


def entries(names_dir, kind):
    """(lang, rank, name in lower case) of the lists of one kind."""
    for lang in sorted(os.listdir(names_dir)):
        path = os.path.join(names_dir, lang, kind + ".tsv")
        if not os.path.isfile(path):
            continue
        rank, counted = 0, False
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                name = cols[0].strip()
                if not name or " " in name:
                    continue
                # A list in no order of frequency (Hungary's register):
                # every name at the lowest class; a list whose counts
                # stop (the Netherlands' past its first thousand): no
                # further.
                if cols[2] == "-":
                    if counted:
                        break
                    if not foreign(lang, cols[4]):
                        yield lang, TOP[kind], name.lower()
                    continue
                counted = True
                rank += 1
                if rank > COMMON and foreign(lang, cols[4]):
                    continue
                yield lang, rank - 1, name.lower()
                if rank >= TOP[kind]:
                    break


def add(names_dir, given, surnames, keep):
    """Add the entries to given and surnames (name -> [class, sources])."""
    for kind, table in (("given", given), ("surnames", surnames)):
        for lang, rank, name in entries(names_dir, kind):
            if not keep(name):
                continue
            e = table.setdefault(name, [0, set()])
            e[0] = max(e[0], rank_class(rank))
            e[1].add("nat:" + lang)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gazetteer", default=os.path.join(HERE, "gazetteer"))
    ap.add_argument("--exclude-half", choices=("tune", "eval"))
    a = ap.parse_args()
    drop = {"tune": 0, "eval": 1}.get(a.exclude_half)
    eng = {}
    with open(os.path.join(a.gazetteer, "english.tsv"),
              encoding="utf-8") as f:
        for line in f:
            w, level = line.rstrip("\n").split("\t")
            eng[w] = level
    tables, levels = {}, {}
    for kind in ("given", "surnames"):
        t = tables[kind] = {}
        with open(os.path.join(a.gazetteer, kind + ".tsv"),
                  encoding="utf-8") as f:
            for line in f:
                name, cls, level, src = line.rstrip("\n").split("\t")
                src = {s for s in src.split(",") if not s.startswith("nat:")}
                if not src:
                    continue
                t[name] = [int(cls), src, int(cls)]
                levels[name] = level
    add(os.path.join(HERE, "names"), tables["given"], tables["surnames"],
        lambda n: drop is None or halves.half(n) != drop)
    for kind, t in tables.items():
        with open(os.path.join(a.gazetteer, kind + ".tsv"), "w",
                  encoding="utf-8") as f:
            for name in sorted(t):
                cls, src = t[name][0], t[name][1]
                level = levels.get(name, eng.get(name, "0"))
                f.write("%s\t%d\t%s\t%s\n" % (name, cls, level,
                                              ",".join(sorted(src))))


if __name__ == "__main__":
    main()
