#!/usr/bin/env python3
"""check-lists -- check the world gazetteer, name, address and cue lists.

usage: check-lists.py [--only PART,...] [DATA-DIR]

Checks every file under places/world/, names/<lang>/, places/address/ and
words/intl/ against the shape its README gives: the header line, the
number and kind of columns, UTF-8 text, the ascii column as fold.ascii()
writes it, the values a column may take, the order the builders write,
and no entry twice.  Also checks that data/halves.py splits as
tests/chatgen.py and data/build-gazetteer.py always have, and that each
postal-code pattern matches its own example.  --only checks some of the
parts: world, names, address, cues, halves.  Prints one line per problem
and exits 1 if there is any, else prints a summary and exits 0.
Python 3 standard library only.
"""

import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fold    # noqa: E402
import halves  # noqa: E402

LANG = re.compile(r"^[a-z]{2}$")
WORDS = re.compile(r"^(-|((en:(10|20|35|40|50))|[a-z]{2}:[wn])"
                   r"(,((en:(10|20|35|40|50))|[a-z]{2}:[wn]))*)$")
problems = []


def bad(path, n, what):
    problems.append("%s:%d: %s" % (os.path.relpath(path), n, what))


def table(path, header):
    """The rows of a tab-separated file whose first line is header."""
    rows = []
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad(path, 0, "not UTF-8: %s" % e)
        return rows
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        bad(path, len(lines), "no newline at the end")
    first = None
    for n, line in enumerate(lines, 1):
        if line.startswith("#") and first is None and (
                line.startswith("# ") and "\t" in line):
            first = line[2:].split("\t")
            if first != list(header):
                bad(path, n, "header %s, not %s" % (first, list(header)))
            continue
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if first is None and cells == list(header):
            first = cells
            continue
        if len(cells) != len(header):
            bad(path, n, "%d columns, not %d" % (len(cells), len(header)))
            continue
        rows.append((n, dict(zip(header, cells))))
    if first is None:
        bad(path, 1, "no header line")
    return rows


def check_world(top):
    fields = ("name", "ascii", "kind", "cc", "population", "words", "lang",
              "type", "ref")
    files = sorted(glob.glob(os.path.join(top, "places", "world", "*.tsv")))
    if len(files) < 4:
        bad(os.path.join(top, "places", "world"), 0, "world lists missing")
    count = 0
    for path in files:
        rows = table(path, fields)
        count += len(rows)
        seen, last = set(), None
        for n, r in rows:
            if r["ascii"] != fold.ascii(r["name"]) and not (
                    r["kind"] == "city" and r["ascii"].isascii()):
                bad(path, n, "ascii %r is not the fold of %r"
                    % (r["ascii"], r["name"]))
            if not r["ascii"].isascii():
                bad(path, n, "ascii column not ASCII: %r" % r["ascii"])
            if r["kind"] not in ("city", "region", "country"):
                bad(path, n, "kind %r" % r["kind"])
            if not re.match(r"^[A-Z]{2}$", r["cc"]):
                bad(path, n, "country code %r" % r["cc"])
            if r["population"] != "-" and not r["population"].isdigit():
                bad(path, n, "population %r" % r["population"])
            if not WORDS.match(r["words"]):
                bad(path, n, "words %r" % r["words"])
            if not (r["lang"] in ("-", "local") or LANG.match(r["lang"])):
                bad(path, n, "lang %r" % r["lang"])
            key = (r["name"], r["cc"], r["ref"], r["lang"])
            if key in seen:
                bad(path, n, "%r twice" % (key,))
            seen.add(key)
            order = (fold.key(r["name"]), r["name"], r["cc"], r["ref"],
                     r["lang"])
            if last is not None and order < last:
                bad(path, n, "out of order")
            last = order
    return count


def check_names(top):
    fields = ("name", "ascii", "count", "sex", "words", "source")
    count = 0
    dirs = sorted(d for d in glob.glob(os.path.join(top, "names", "*"))
                  if os.path.isdir(d))
    if len(dirs) < 5:
        bad(os.path.join(top, "names"), 0, "name lists missing")
    for d in dirs:
        if not LANG.match(os.path.basename(d)):
            bad(d, 0, "directory is not a language code")
        for path in sorted(glob.glob(os.path.join(d, "*.tsv"))):
            if os.path.basename(path) not in ("given.tsv", "surnames.tsv"):
                bad(path, 0, "unexpected file")
            rows = table(path, fields)
            count += len(rows)
            seen, last = set(), None
            for n, r in rows:
                if r["ascii"] != fold.ascii(r["name"]):
                    bad(path, n, "ascii %r" % r["ascii"])
                if r["count"] != "-" and not r["count"].isdigit():
                    bad(path, n, "count %r" % r["count"])
                if r["sex"] not in ("m", "f", "mf", "-"):
                    bad(path, n, "sex %r" % r["sex"])
                if not WORDS.match(r["words"]):
                    bad(path, n, "words %r" % r["words"])
                if r["name"] in seen:
                    bad(path, n, "%r twice" % r["name"])
                seen.add(r["name"])
                c = int(r["count"]) if r["count"].isdigit() else 0
                order = (-c, fold.key(r["name"]), r["name"])
                if last is not None and order < last:
                    bad(path, n, "out of order")
                last = order
            if os.path.getsize(path) > 6 * 1024 * 1024:
                bad(path, 0, "larger than 6 MiB")
    return count


def check_address(top):
    d = os.path.join(top, "places", "address")
    spec = {
        "street-words.tsv": (("word", "abbrevs", "lang", "position", "kind"),
                             {"position": {"before", "after", "joined"},
                              "kind": {"street", "square", "area", "prep"}}),
        "units.tsv": (("word", "abbrevs", "lang", "kind", "position"),
                      {"kind": {"flat", "floor", "building", "side",
                                "number", "room", "other"},
                       "position": {"before", "after", "alone"}}),
        "po-boxes.tsv": (("form", "lang", "cc", "kind", "example"),
                         {"kind": {"box", "delivery", "rural", "military",
                                   "bag"}}),
    }
    count = 0
    for fname, (fields, allowed) in spec.items():
        path = os.path.join(d, fname)
        if not os.path.exists(path):
            bad(path, 0, "missing")
            continue
        rows = table(path, fields)
        count += len(rows)
        seen = set()
        for n, r in rows:
            if not LANG.match(r["lang"]):
                bad(path, n, "lang %r" % r["lang"])
            for col, ok in allowed.items():
                for v in r[col].split(","):
                    if v not in ok:
                        bad(path, n, "%s %r" % (col, v))
            key = tuple(r[f] for f in fields[:3])
            if key in seen:
                bad(path, n, "%r twice" % (key,))
            seen.add(key)
    path = os.path.join(d, "postcodes.tsv")
    rows = table(path, ("cc", "name", "format", "regex", "position",
                        "prefix", "example", "notes", "source"))
    count += len(rows)
    for n, r in rows:
        try:
            rx = re.compile(r["regex"])
        except re.error as e:
            bad(path, n, "regex: %s" % e)
            continue
        toks = [t.strip(",") for t in r["example"].split()]
        codes = toks + [" ".join(toks[i:i + 2]) for i in range(len(toks))]
        if not any(rx.match(c) for c in codes):
            bad(path, n, "regex matches nothing of the example %r"
                % r["example"])
        if r["position"] not in ("before-city", "after-region", "own-line",
                                 "after-city"):
            bad(path, n, "position %r" % r["position"])
    return count


def check_cues(top):
    path = os.path.join(top, "words", "intl", "cues.tsv")
    rows = table(path, ("cue", "lang", "introduces", "kind"))
    seen = set()
    langs = set()
    for n, r in rows:
        langs.add(r["lang"])
        if r["introduces"] not in ("person", "place", "address", "postcode",
                                   "phone"):
            bad(path, n, "introduces %r" % r["introduces"])
        if r["kind"] not in ("intro", "mention", "title", "greeting",
                             "signoff", "label", "live", "origin", "move",
                             "near"):
            bad(path, n, "kind %r" % r["kind"])
        key = (r["cue"], r["lang"], r["introduces"])
        if key in seen:
            bad(path, n, "%r twice" % (key,))
        seen.add(key)
    for lang in ("de", "fr", "es", "it", "nl", "pt", "pl"):
        if lang not in langs:
            bad(path, 0, "no cues in %s" % lang)
    return len(rows)


def check_halves(top):
    """halves.half() is the split the generators have always made."""
    def old(name):
        return hashlib.blake2b(name.lower().encode("utf-8"),
                               digest_size=1).digest()[0] & 1
    sample = ["Müller", "NICE", "de Jong", "Łódź", "São Paulo", "x", ""]
    path = os.path.join(top, "gazetteer", "given.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            sample += [line.split("\t", 1)[0] for _, line in zip(range(5000),
                                                                 f)]
    for s in sample:
        if halves.half(s) != old(s) or halves.which(s) != (
                "eval" if old(s) else "tune"):
            bad(path, 0, "halves.half(%r) differs" % s)
    tune, ev = halves.split(sample)
    if len(tune) + len(ev) != len(sample) or not tune or not ev:
        bad(path, 0, "halves.split does not split")
    if not (halves.keep("Müller", None) and
            halves.keep("Müller", halves.which("müller"))):
        bad(path, 0, "halves.keep")
    return len(sample)


def main():
    args = sys.argv[1:]
    parts = ("world", "names", "address", "cues", "halves")
    if args[:1] == ["--only"] and len(args) > 1:
        parts = tuple(args[1].split(","))
        args = args[2:]
    top = os.path.abspath(args[0]) if args else HERE
    checks = {"world": check_world, "names": check_names,
              "address": check_address, "cues": check_cues,
              "halves": check_halves}
    unknown = [p for p in parts if p not in checks]
    if unknown or len(args) > 1:
        sys.exit("usage: check-lists.py [--only PART,...] [DATA-DIR]")
    n = {p: checks[p](top) for p in parts}
    for p in problems[:50]:
        print(p)
    if problems:
        print("check-lists: %d problems" % len(problems), file=sys.stderr)
        return 1
    print("check-lists: %s entries, no problems"
          % ", ".join("%s %d" % kv for kv in n.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
