#!/usr/bin/env python3
"""Measure PII detection against labelled cases (Presidio's schema).

usage: presidio.py [--cmd CMD] [--misses] [--types T,...] CASES.jsonl ...

Each case is {"text", "entities": [{"type", "start", "end", ...}],
"target_types": [...]} with offsets in code points.  The texts go, one a
line, to CMD's standard input; CMD prints one JSON object per entity found:
{"line": N, "type": T, "start": S, "end": E, ...} with N counted from 1 and
S/E code-point offsets (the output of "cog-mask --text --detect").

Scoring, per case and per type T of its target_types (other types in the
case are ignored):
  - a truth entity of type T is found when a detection of type T overlaps it;
  - a detection of type T overlapping no truth entity of type T is a false
    positive;
  - a case with no truth entity of type T is a negative case for T, flagged
    when any detection of type T is reported in it.
Presidio marks some expectations with score_max below 0.5: its own default
threshold would not report them either.  They count in "recall"; "rec>=.5"
leaves them out.  Types the command never supports are listed, not scored.
The table is printed for the cases run with Presidio's default setup (no
recognizer_config, no ner_model) and for all cases.  Exit status is 0 once
the table is printed, 2 when the command fails.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys

SUPPORTED = [
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
    "IP_ADDRESS", "URL", "MAC_ADDRESS", "CRYPTO", "UK_NHS", "US_PASSPORT",
    "DATE_OF_BIRTH", "DATE_TIME", "PERSON", "LOCATION", "STREET_ADDRESS",
]
TARGET_RECALL = 0.97
TARGET_FLAGGED = 0.03

# Where a Presidio expectation differs from cogtools' rules on purpose,
# printed under the table for the types concerned.
NOTES = {
    "US_SSN": "Presidio expects bare and oddly grouped numbers (078051121, "
    "078-051121) with scores 0.0-0.4; cogtools reports them only near a "
    "context word (ssn, social security).",
    "US_PASSPORT": "Presidio expects bare passport numbers with scores "
    "0.0-0.15; cogtools reports them only near 'passport' or 'travel "
    "document'.",
    "IP_ADDRESS": "'::' (unspecified; Presidio score 0.05) scores 0.3 here, "
    "under the threshold. '192.168.1.1.1' is expected to hold 192.168.1.1; "
    "cogtools reads five dotted parts as another identifier (an OID, a "
    "version) and reports nothing.",
    "DATE_TIME": "Month/day and month/year forms (5/21, 05/2021) are "
    "expected with scores 0.05-0.25 and score 0.35 here; years and month "
    "names alone (1972, 'in May') need an NER model (the ner_model cases).",
    "PHONE_NUMBER": "The recognizer_config cases vary PhoneRecognizer's "
    "regions and leniency: identical texts are expected to hold a number "
    "in one case and not in another.",
    "PERSON": "PERSON and LOCATION come from the names recognizer, not the "
    "pattern recognizers.",
}

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def default_cmd():
    """The built cog-mask, detecting every type."""
    return (shlex.quote(os.path.join(TOP, "bin", "cog-mask")) +
            " --text --detect --insecure-demo-key --types ALL")


def load(paths):
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    case = json.loads(line)
                except ValueError as e:
                    sys.exit("presidio.py: %s:%d: %s" % (path, n, e))
                case["_where"] = "%s:%d" % (os.path.basename(path), n)
                cases.append(case)
    return cases


def one_line(text):
    """The text as one input line: line breaks become spaces, one code
    point for one, so that offsets are unchanged."""
    return text.replace("\r", " ").replace("\n", " ")


def detect(cmd, cases):
    data = "".join(one_line(c["text"]) + "\n" for c in cases)
    p = subprocess.run(cmd, shell=True, input=data.encode("utf-8"),
                       capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit("presidio.py: '%s' exited with status %d"
                 % (cmd, p.returncode))
    found = [[] for _ in cases]
    for line in p.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if 1 <= d["line"] <= len(cases):
            found[d["line"] - 1].append(d)
    return found


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


class Tally:
    def __init__(self):
        self.truth = self.found = self.truth_hi = self.found_hi = 0
        self.dets = self.tp_dets = 0
        self.neg = self.neg_flagged = 0


def score(cases, found, types, misses):
    tallies = {}
    for case, dets in zip(cases, found):
        for t in case["target_types"]:
            if t not in types:
                continue
            tl = tallies.setdefault(t, Tally())
            truth = [e for e in case["entities"] if e["type"] == t]
            mine = [d for d in dets if d["type"] == t]
            for e in truth:
                hit = any(overlaps(e, d) for d in mine)
                lowscore = e.get("score_max", 1.0) < 0.5
                tl.truth += 1
                tl.found += hit
                if not lowscore:
                    tl.truth_hi += 1
                    tl.found_hi += hit
                if not hit:
                    misses.append(("miss", t, case, e))
            for d in mine:
                tl.dets += 1
                if any(overlaps(e, d) for e in truth):
                    tl.tp_dets += 1
                else:
                    misses.append(("false", t, case, d))
            if not truth:
                tl.neg += 1
                tl.neg_flagged += bool(mine)
    return tallies


def ratio(a, b):
    return "%.3f" % (a / b) if b else "-"


def table(title, tallies):
    print(title)
    print("  %-15s %6s %7s %7s %9s %5s %8s  %s"
          % ("type", "truth", "recall", "rec>=.5", "precision", "neg",
             "flagged", "target"))
    for t in SUPPORTED:
        if t not in tallies:
            continue
        tl = tallies[t]
        flagged = tl.neg_flagged / tl.neg if tl.neg else 0.0
        rec = tl.found / tl.truth if tl.truth else 1.0
        rec_hi = tl.found_hi / tl.truth_hi if tl.truth_hi else 1.0
        met = "NOT met"
        if flagged <= TARGET_FLAGGED and rec >= TARGET_RECALL:
            met = "met"
        elif (flagged <= TARGET_FLAGGED and tl.truth_hi and
              rec_hi >= TARGET_RECALL):
            met = "met on rec>=.5"
        print("  %-15s %6d %7s %7s %9s %5d %7s%%  %s"
              % (t, tl.truth, ratio(tl.found, tl.truth),
                 ratio(tl.found_hi, tl.truth_hi),
                 ratio(tl.tp_dets, tl.dets), tl.neg,
                 "%.1f" % (100 * flagged) if tl.neg else "-",
                 met))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cmd", help="detector command (default: bin/cog-mask "
                    "--text --detect --types ALL)")
    ap.add_argument("--misses", action="store_true",
                    help="list every missed entity and false positive")
    ap.add_argument("--types", help="score only these types (comma list)")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()

    cases = load(args.cases)
    cmd = args.cmd or default_cmd()
    found = detect(cmd, cases)
    types = set(SUPPORTED)
    if args.types:
        types &= set(args.types.split(","))
    asked = set(t for c in cases for t in c["target_types"])

    print("cases: %s (%d)" % (", ".join(args.cases), len(cases)))
    print("command: %s" % cmd)
    print()
    plain = [i for i, c in enumerate(cases)
             if not c.get("recognizer_config") and not c.get("ner_model")]
    misses = []
    table("Default setup (%d cases without recognizer_config or ner_model)"
          % len(plain),
          score([cases[i] for i in plain], [found[i] for i in plain],
                types, misses))
    table("All cases (%d)" % len(cases),
          score(cases, found, types, []))
    unsupported = sorted(asked - types)
    if unsupported:
        print("unsupported types (not scored): " + ", ".join(unsupported))
        print()
    print("target: recall >= %.2f and at most %d%% of negative cases "
          "flagged, per type" % (TARGET_RECALL, 100 * TARGET_FLAGGED))
    noted = set(t for kind, t, c, e in misses) | set(
        t for c, d in zip(cases, found) for t in c["target_types"]
        if (c.get("recognizer_config") or c.get("ner_model")) and t in types)
    notes = [(t, NOTES[t]) for t in SUPPORTED if t in noted and t in NOTES]
    if notes:
        print()
        print("notes:")
        for t, text in notes:
            print("  %s: %s" % (t, text))
    if args.misses:
        print()
        print("misses and false positives (default setup):")
        for kind, t, case, e in misses:
            text = case["text"]
            print("  %-5s %-13s %s %r [%d:%d] %r"
                  % (kind, t, case["_where"], text[e["start"]:e["end"]],
                     e["start"], e["end"],
                     text if len(text) < 90 else text[:87] + "..."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
