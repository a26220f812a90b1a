#!/usr/bin/env python3
"""score.py -- token- and entity-level recall and precision of cog-mask.

usage: score.py [--cmd CMD | --pred FILE] [--misses N] [--json]
                [--by kind|lang|form] GOLD.jsonl|-

GOLD holds one labelled text a line, {"text": ..., "entities": [{"type",
"start", "end"}, ...]} with code-point offsets (as tests/accuracy/
gen-eval.py writes them; other members are ignored, "kind" and "lang"
are used for the breakdowns).  The texts are given to CMD as JSON lines
{"text": ...} (with "session_id" when the record has a session), and CMD
prints one JSON object per entity found, {"line": N, "path": ".text",
"type": T, "start": S, "end": E, ...}, as "cog-mask --detect --field
.text" does; the default CMD is that, run from bin/ of this tree.  With
--pred, FILE holds that output already and nothing is run.

Types: PERSON, LOCATION, STREET_ADDRESS, PHONE_NUMBER, CREDIT_CARD,
EMAIL_ADDRESS, IBAN_CODE and IP_ADDRESS are scored; ADDRESS counts as
STREET_ADDRESS, PHONE as PHONE_NUMBER and EMAIL as EMAIL_ADDRESS.
Detections of other types are listed as "other": they mask, so they
count in the type-agnostic token figures, but match no entity.

Token level.  The word tokens of a text are its runs of letters and
digits (an apostrophe between two runs joins them: "O'Brien", "Anna's").
A token is PII of type T when it overlaps an entity of type T, and is
masked when it overlaps a detection.
  tokR any   PII tokens of T masked by any detection / PII tokens of T
  tokP any   tokens masked by a detection of T that are PII of any type /
             tokens masked by a detection of T
  tokR type  PII tokens of T masked by a detection of type T / PII
             tokens of T
  tokP type  tokens masked by a detection of T that are PII of T /
             tokens masked by a detection of T
so an address masked as LOCATION counts for the type-agnostic figures
only.  The "all" row counts each token once.

Entity level, types compared: an entity is found exactly when a
detection of its type has its start and end, found by overlap when a
detection of its type overlaps it; a detection is right exactly or by
overlap in the same way.  entR/entP are recall and precision of those.

--misses N prints, per type, up to N entities left partly or wholly in
the clear and N detections that overlap no entity, with their text.
These texts are held-out data: they are there to see which kinds of
text fail (a language, a format, a cue), not to be fitted one by one.
Tuning cog-mask must not look at them in detail or copy them into
tests or lists; what it is tuned on comes from other generators.

Exit status: 0 when the figures are printed, 2 on bad input or when the
command fails.
"""

import argparse
import json
import os
import random
import re
import shlex
import signal
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TYPES = ["PERSON", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER",
         "CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS"]
ALIAS = {"ADDRESS": "STREET_ADDRESS", "PHONE": "PHONE_NUMBER",
         "EMAIL": "EMAIL_ADDRESS"}
OTHER = "other"
TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")


def die(msg):
    sys.stderr.write("score.py: %s\n" % msg)
    sys.exit(2)


def norm(t):
    t = ALIAS.get(t, t)
    return t if t in TYPES else OTHER


def read_gold(path):
    f = sys.stdin if path == "-" else open(path, encoding="utf-8")
    recs = []
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            text = rec["text"]
            ents = [(norm(e["type"]), int(e["start"]), int(e["end"]),
                     e.get("frame")) for e in rec.get("entities", [])]
        except (ValueError, KeyError, TypeError) as e:
            die("%s:%d: not a labelled text: %s" % (path, n, e))
        for t, s, e, _ in ents:
            if not 0 <= s < e <= len(text) or t == OTHER:
                die("%s:%d: bad entity %s %d-%d" % (path, n, t, s, e))
        rec["_ents"] = ents
        recs.append(rec)
    if f is not sys.stdin:
        f.close()
    return recs


def run_cmd(cmd, recs):
    lines = []
    for rec in recs:
        o = {"text": rec["text"]}
        if rec.get("session") is not None:
            o = {"session_id": rec["session"], "text": rec["text"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        p = subprocess.run(shlex.split(cmd), input=data,
                           stdout=subprocess.PIPE, cwd=TOP)
    except OSError as e:
        die("%s: %s" % (cmd, e))
    if p.returncode != 0:
        die("%s: exit status %d" % (cmd, p.returncode))
    return p.stdout.decode("utf-8").splitlines()


def parse_pred(lines, nrec):
    pred = [[] for _ in range(nrec)]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            i = int(d["line"]) - 1
            s, e, t = int(d["start"]), int(d["end"]), d["type"]
        except (ValueError, KeyError, TypeError) as e:
            die("detections line %d: %s" % (n, e))
        if d.get("path", ".text") != ".text":
            continue
        if not 0 <= i < nrec:
            die("detections line %d: no text %d" % (n, i + 1))
        pred[i].append((norm(t), s, e))
    return pred


def overlaps(a, b):
    return a[1] < b[2] and b[1] < a[2]


class Counts:
    """Token and entity counts of one group of texts."""

    KEYS = ("gold_tok", "rec_any", "rec_type", "pred_tok", "pt_any",
            "pt_type", "gold_ent", "ent_ex", "ent_ov", "pred_ent",
            "pe_ex", "pe_ov")

    def __init__(self):
        self.c = {k: {} for k in self.KEYS}
        self.texts = 0
        self.flagged = 0

    def add(self, key, t, n=1):
        self.c[key][t] = self.c[key].get(t, 0) + n

    def get(self, key, t):
        return self.c[key].get(t, 0)


def entity_counts(ents, others, keys):
    """The counts of the entities ents against others: under keys[0]
    each entity, under keys[1] one that an entity of others of its type
    has exactly and under keys[2] one it overlaps, by type and "all"."""
    adds = []
    for x in ents:
        same = [y for y in others if y[0] == x[0]]
        for key, hit in zip(keys, (
                True, any(y[1] == x[1] and y[2] == x[2] for y in same),
                any(overlaps(y, x) for y in same))):
            if hit:
                adds += [(key, x[0]), (key, "all")]
    return adds


def score_text(text, gold, pred, groups):
    """Add one text's counts to every Counts in groups."""
    toks = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    adds = []
    for s, e in toks:
        tok = (None, s, e)
        g = next((x[0] for x in gold if overlaps(tok, x)), None)
        ps = {x[0] for x in pred if overlaps(tok, x)}
        if g:
            adds += [("gold_tok", g), ("gold_tok", "all")]
            if ps:
                adds += [("rec_any", g), ("rec_any", "all")]
            if g in ps:
                adds += [("rec_type", g), ("rec_type", "all")]
        if ps:
            adds.append(("pred_tok", "all"))
            if g:
                adds.append(("pt_any", "all"))
            if g in ps:
                adds.append(("pt_type", "all"))
            for p in ps:
                adds.append(("pred_tok", p))
                if g:
                    adds.append(("pt_any", p))
                if g == p:
                    adds.append(("pt_type", p))
    adds += entity_counts(gold, pred, ("gold_ent", "ent_ex", "ent_ov"))
    adds += entity_counts(pred, gold, ("pred_ent", "pe_ex", "pe_ov"))
    for c in groups:
        c.texts += 1
        if pred:
            c.flagged += 1
        for k, t in adds:
            c.add(k, t)


def ratio(a, b):
    return None if b == 0 else a / b


def figures(c):
    """The figures of one Counts, by type and for "all"."""
    out = {}
    for t in TYPES + [OTHER, "all"]:
        f = {
            "gold_tokens": c.get("gold_tok", t),
            "tok_recall_any": ratio(c.get("rec_any", t), c.get("gold_tok", t)),
            "tok_precision_any": ratio(c.get("pt_any", t),
                                       c.get("pred_tok", t)),
            "tok_recall_type": ratio(c.get("rec_type", t),
                                     c.get("gold_tok", t)),
            "tok_precision_type": ratio(c.get("pt_type", t),
                                        c.get("pred_tok", t)),
            "pred_tokens": c.get("pred_tok", t),
            "gold_entities": c.get("gold_ent", t),
            "ent_recall_exact": ratio(c.get("ent_ex", t),
                                      c.get("gold_ent", t)),
            "ent_recall_overlap": ratio(c.get("ent_ov", t),
                                        c.get("gold_ent", t)),
            "pred_entities": c.get("pred_ent", t),
            "ent_precision_exact": ratio(c.get("pe_ex", t),
                                         c.get("pred_ent", t)),
            "ent_precision_overlap": ratio(c.get("pe_ov", t),
                                           c.get("pred_ent", t)),
        }
        if f["gold_tokens"] or f["pred_tokens"] or f["gold_entities"] or \
                f["pred_entities"]:
            out[t] = f
    return out


def fmt(x):
    return "    -" if x is None else "%5.3f" % x


def print_table(title, c, out):
    f = figures(c)
    out.write("%s\n" % title)
    out.write("%-15s %6s %5s %5s %5s %5s %6s | %5s %5s %5s %6s %5s %5s\n" % (
        "type", "tokens", "R-any", "P-any", "R-typ", "P-typ", "masked",
        "ents", "R-ex", "R-ovl", "found", "P-ex", "P-ovl"))
    for t in TYPES + [OTHER, "all"]:
        if t not in f:
            continue
        x = f[t]
        out.write("%-15s %6d %s %s %s %s %6d | %5d %s %s %6d %s %s\n" % (
            t, x["gold_tokens"], fmt(x["tok_recall_any"]),
            fmt(x["tok_precision_any"]), fmt(x["tok_recall_type"]),
            fmt(x["tok_precision_type"]), x["pred_tokens"],
            x["gold_entities"], fmt(x["ent_recall_exact"]),
            fmt(x["ent_recall_overlap"]), x["pred_entities"],
            fmt(x["ent_precision_exact"]), fmt(x["ent_precision_overlap"])))


def print_by(name, groups, out):
    out.write("by %s: %-10s %6s %6s %5s %5s %5s %5s\n" % (
        name, "", "texts", "tokens", "R-any", "P-any", "R-typ", "P-typ"))
    for key in sorted(groups):
        c = groups[key]
        a = figures(c).get("all", {})
        out.write("   %-14s %6d %6d %s %s %s %s" % (
            key, c.texts, a.get("gold_tokens", 0),
            fmt(a.get("tok_recall_any")), fmt(a.get("tok_precision_any")),
            fmt(a.get("tok_recall_type")), fmt(a.get("tok_precision_type"))))
        if key == "negative":
            out.write("   %d of %d texts flagged" % (c.flagged, c.texts))
        out.write("\n")


def context(text, s, e, width=60):
    a = max(0, s - width)
    b = min(len(text), e + width)
    return (("..." if a else "") + text[a:s] + "[[" + text[s:e] + "]]" +
            text[e:b] + ("..." if b < len(text) else "")).replace("\n", "\\n")


def print_misses(recs, pred, n, out):
    rng = random.Random(0)
    misses = {t: [] for t in TYPES}
    alarms = {t: [] for t in TYPES + [OTHER]}
    for i, rec in enumerate(recs):
        text = rec["text"]
        toks = [(None, m.start(), m.end()) for m in TOKEN.finditer(text)]
        for g in rec["_ents"]:
            gt = [t for t in toks if overlaps(t, g)]
            bare = [t for t in gt if not any(overlaps(t, p)
                                             for p in pred[i])]
            if bare:
                how = "missed" if len(bare) == len(gt) else "partly"
                misses[g[0]].append((i, g, how))
        for p in pred[i]:
            if not any(overlaps(p, g) for g in rec["_ents"]):
                alarms[p[0]].append((i, p))
    out.write("\nMisses and false alarms: held-out data, to find the kinds "
              "of text that fail,\nnot to be fitted one by one.\n")
    for t in TYPES:
        if misses[t]:
            out.write("\n%s: %d entities left in the clear (wholly or "
                      "partly)\n" % (t, len(misses[t])))
            for i, g, how in sorted(rng.sample(misses[t],
                                               min(n, len(misses[t])))):
                rec = recs[i]
                found = ", ".join("%s %r" % (p[0], rec["text"][p[1]:p[2]])
                                  for p in pred[i] if overlaps(p, g))
                out.write("  %-6s %s/%s %s: %s%s\n" % (
                    how, rec.get("kind", "?"), rec.get("lang", "?"),
                    g[3] or "", context(rec["text"], g[1], g[2]),
                    ("  {found: %s}" % found) if found else ""))
    for t in TYPES + [OTHER]:
        if alarms[t]:
            out.write("\n%s: %d detections of no entity\n" % (
                t, len(alarms[t])))
            for i, p in sorted(rng.sample(alarms[t], min(n, len(alarms[t])))):
                rec = recs[i]
                out.write("  %s/%s: %s\n" % (rec.get("kind", "?"),
                                             rec.get("lang", "?"),
                                             context(rec["text"], p[1], p[2])))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Token- and entity-level recall and precision.")
    ap.add_argument("gold", help="labelled texts, JSON lines ('-': stdin)")
    ap.add_argument("--cmd", default="bin/cog-mask --detect --field .text",
                    help="detector to run on the texts (from the top of "
                         "the tree)")
    ap.add_argument("--pred", help="detections already made, instead of "
                    "running --cmd")
    ap.add_argument("--title", default="held-out (independent generator)")
    ap.add_argument("--by", action="append", default=[],
                    choices=["kind", "lang", "form", "country"],
                    help="also a line per kind, language, prose form or "
                         "country (repeatable)")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print up to N misses and false alarms per type")
    ap.add_argument("--json", action="store_true",
                    help="print the figures as JSON instead of a table")
    a = ap.parse_args(argv)

    recs = read_gold(a.gold)
    if a.pred:
        try:
            with open(a.pred, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except OSError as e:
            die("%s: %s" % (a.pred, e))
    else:
        lines = run_cmd(a.cmd, recs)
    pred = parse_pred(lines, len(recs))
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    total = Counts()
    by = {k: {} for k in a.by}
    for i, rec in enumerate(recs):
        groups = [total]
        for k in a.by:
            key = str(rec.get(k) or "-")
            groups.append(by[k].setdefault(key, Counts()))
        score_text(rec["text"], rec["_ents"], pred[i], groups)

    out = sys.stdout
    if a.json:
        doc = {"texts": total.texts, "all": figures(total)}
        for k in a.by:
            doc["by_" + k] = {key: figures(c) for key, c in by[k].items()}
        out.write(json.dumps(doc, indent=1, sort_keys=True) + "\n")
        return 0
    print_table("%s: %d texts, %d entities" % (
        a.title, total.texts, total.get("gold_ent", "all")), total, out)
    for k in a.by:
        print_by(k, by[k], out)
    if a.misses:
        print_misses(recs, pred, a.misses, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
