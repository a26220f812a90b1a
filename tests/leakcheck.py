#!/usr/bin/env python3
"""leakcheck -- count planted PII values still present in masked files.

Usage: leakcheck.py [--own-session] TRUTH DIR [TYPE ...]

TRUTH is the emulator's --truth file (one planted entity a line, with
"session_id", "type" and "value").  Every file under DIR is searched
twice for each planted value of the given types (all types when none are
given): in its raw bytes, and in every decoded JSON string value of every
line (so that a value written with \\u escapes is still found).  A value
counts where no letter or digit touches it, so that "Sam" is not found
in "Same" nor a zip code in the hex of a token.  With --own-session a
value is searched only in its session's file, DIR/<session_id>.jsonl,
for names and places that are also other sessions' words ("April" the
month, a zip code that is an order number).  Prints one JSON line:

  {"checked":N,"leaked":M,"by_type":{"TYPE":[left,of]},"examples":[...]}

and exits 1 when any value is left.
"""

import json
import os
import re
import sys


def found(value, text):
    """Whether value occurs in text with no letter or digit touching it."""
    if value not in text:
        return False
    if isinstance(text, bytes):
        pattern = rb"(?<![A-Za-z0-9])" + re.escape(value) + \
            rb"(?![A-Za-z0-9])"
    else:
        pattern = r"(?<![^\W_])" + re.escape(value) + r"(?![^\W_])"
    return re.search(pattern, text) is not None


def strings(value, out):
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            out.append(k)
            strings(v, out)
    elif isinstance(value, list):
        for v in value:
            strings(v, out)


def load(path):
    """The raw bytes and the decoded strings of one file."""
    with open(path, "rb") as f:
        data = f.read()
    text = []
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            strings(json.loads(line), text)
        except ValueError:
            text.append(line)
    return data, "\n".join(text)


def main(argv):
    args = argv[1:]
    own = bool(args) and args[0] == "--own-session"
    if own:
        args = args[1:]
    if len(args) < 2:
        sys.stderr.write(__doc__)
        return 2
    truth, top, types = args[0], args[1], set(args[2:])
    planted = {}
    with open(truth, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if not types or e["type"] in types:
                where = e["session_id"] if own else ""
                planted.setdefault((where, e["value"]), e["type"])
    files = {}
    if own:
        for where in {w for w, _ in planted}:
            path = os.path.join(top, where + ".jsonl")
            files[where] = load(path) if os.path.exists(path) else \
                (b"", "")
    else:
        raw, text = [], []
        for root, _dirs, names in os.walk(top):
            for name in sorted(names):
                data, decoded = load(os.path.join(root, name))
                raw.append(data)
                text.append(decoded)
        files[""] = (b"\n".join(raw), "\n".join(text))
    by_type = {}
    examples = []
    leaked = 0
    for (where, value), kind in sorted(planted.items()):
        blob, decoded = files[where]
        left = found(value.encode("utf-8"), blob) or found(value, decoded)
        counts = by_type.setdefault(kind, [0, 0])
        counts[1] += 1
        if left:
            counts[0] += 1
            leaked += 1
            if len(examples) < 10:
                example = {"type": kind, "value": value}
                if own:
                    example["session_id"] = where
                examples.append(example)
    print(json.dumps({"checked": len(planted), "leaked": leaked,
                      "by_type": by_type, "examples": examples},
                     separators=(",", ":")))
    return 1 if leaked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
