#!/usr/bin/env python3
"""Measure cog-mask --detect on generated chats against their ground truth.

usage: chats.py [--cmd CMD] [--types T,...] [--misses N]
                (--corpus FILE --truth FILE | [--seed S] [--names H]
                 [--sessions N] [--keep DIR])

The corpus is chatgen's JSONL (tests/chatgen.py): each line carries
"session_id" and "seq", and the truth file lists every planted entity as
{"session_id", "seq", "type", "path", "start", "end"} with code-point
offsets.  Without --corpus the script runs chatgen itself with --seed,
--names and --sessions.  CMD (default: bin/cog-mask --detect) reads the
corpus on standard input and prints one JSON object per entity:
{"line", "path", "type", "start", "end", ...}.

Per type: a truth entity is found when a detection of the same type on the
same line and path overlaps it; a detection is a false positive when it
overlaps no truth entity of its type there.  chatgen labels every PII span
of every type, so precision is meaningful.  The table gives truth, found,
recall, detections and precision; --misses N lists up to N missed
entities and N false positives per type with their text.  Exit status 0
once the table is printed, 2 on errors.
"""

import argparse
import collections
import json
import os
import shlex
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
ORDER = ["PERSON", "LOCATION", "STREET_ADDRESS", "EMAIL_ADDRESS",
         "PHONE_NUMBER",
         "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "URL",
         "MAC_ADDRESS", "CRYPTO", "UK_NHS", "US_PASSPORT", "DATE_OF_BIRTH",
         "DATE_TIME"]


def generate(args, where):
    corpus = os.path.join(where, "chats.jsonl")
    truth = os.path.join(where, "truth.jsonl")
    with open(corpus, "wb") as out:
        subprocess.run([sys.executable, os.path.join(TOP, "tests",
                                                     "chatgen.py"),
                        "--seed", args.seed, "--names", args.names,
                        "--sessions", str(args.sessions), "--truth", truth],
                       stdout=out, check=True)
    return corpus, truth


def match(key, ents, others, tally, i, unmatched):
    """Count each entity of ents in tally[type][i], and in [i + 1] when
    one of others of its type overlaps it; list it in unmatched else."""
    for e in ents:
        t = tally[e["type"]]
        t[i] += 1
        if any(o["type"] == e["type"] and overlaps(o, e) for o in others):
            t[i + 1] += 1
        else:
            unmatched[e["type"]].append((key, e))


def load_corpus(path):
    """(session_id, seq) -> line number, and the decoded records."""
    where = {}
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            where[(rec["session_id"], rec["seq"])] = n
            records.append(rec)
    return where, records


def value_at(rec, path):
    """The string at a simple jq path (.a.b[0].c) of rec, or ''."""
    v = rec
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        try:
            v = v[int(part[1:-1])] if part.startswith("[") else v[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return ""
    return v if isinstance(v, str) else ""


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", default=shlex.quote(os.path.join(
        TOP, "bin", "cog-mask")) + " --detect")
    ap.add_argument("--corpus")
    ap.add_argument("--truth")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--names", default="all",
                    choices=("all", "tune", "eval"))
    ap.add_argument("--sessions", type=int, default=300)
    ap.add_argument("--keep", metavar="DIR",
                    help="write the generated corpus and truth to DIR")
    ap.add_argument("--types", help="score only these types")
    ap.add_argument("--misses", type=int, default=0, metavar="N")
    args = ap.parse_args()
    if bool(args.corpus) != bool(args.truth):
        ap.error("--corpus and --truth go together")

    with tempfile.TemporaryDirectory() as tmp:
        corpus, truth_path = args.corpus, args.truth
        if not corpus:
            where = args.keep or tmp
            os.makedirs(where, exist_ok=True)
            corpus, truth_path = generate(args, where)
        lineno, records = load_corpus(corpus)
        truth = collections.defaultdict(list)
        with open(truth_path, encoding="utf-8") as f:
            for line in f:
                e = json.loads(line)
                n = lineno.get((e["session_id"], e["seq"]))
                if n is not None:
                    truth[(n, e["path"])].append(e)
        with open(corpus, "rb") as f:
            p = subprocess.run(args.cmd, shell=True, stdin=f,
                               capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit("chats.py: '%s' exited with status %d"
                 % (args.cmd, p.returncode))
    found = collections.defaultdict(list)
    for line in p.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        found[(d["line"], d["path"])].append(d)

    want = set(args.types.split(",")) if args.types else None
    tally = collections.defaultdict(lambda: [0, 0, 0, 0])
    misses = collections.defaultdict(list)
    falses = collections.defaultdict(list)
    for key in set(truth) | set(found):
        ts, ds = truth.get(key, []), found.get(key, [])
        match(key, ts, ds, tally, 0, misses)
        match(key, ds, ts, tally, 2, falses)

    print("corpus: %s (%d lines)" % (
        args.corpus or "chatgen --seed %s --names %s --sessions %d"
        % (args.seed, args.names, args.sessions), len(records)))
    print("command: %s" % args.cmd)
    print()
    print("  %-15s %6s %6s %7s %6s %9s" % ("type", "truth", "found",
                                           "recall", "dets", "precision"))
    for typ in ORDER + sorted(set(tally) - set(ORDER)):
        if typ not in tally or (want and typ not in want):
            continue
        tr, fo, de, tp = tally[typ]
        print("  %-15s %6d %6d %7s %6d %9s" % (
            typ, tr, fo, "%.3f" % (fo / tr) if tr else "-", de,
            "%.3f" % (tp / de) if de else "-"))
    if args.misses:
        for typ in ORDER + sorted(set(tally) - set(ORDER)):
            if want and typ not in want:
                continue
            for kind, items in (("miss", misses[typ]),
                                ("false", falses[typ])):
                for (n, path), e in sorted(items, key=lambda x: x[0])[
                        :args.misses]:
                    text = value_at(records[n - 1], path)
                    print("%-5s %-13s %d%s %r in %r" % (
                        kind, typ, n, path, text[e["start"]:e["end"]],
                        text if len(text) < 100 else text[:97] + "..."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
