#!/usr/bin/env python3
"""leakcheck -- count planted PII values still present in masked files.

Usage: leakcheck.py TRUTH DIR [TYPE ...]

TRUTH is the emulator's --truth file (one planted entity a line, with
"type" and "value").  Every file under DIR is searched twice for each
planted value of the given types (all types when none are given): in its
raw bytes, and in every decoded JSON string value of every line (so that
a value written with \\u escapes is still found).  A value counts where
no letter or digit touches it, so that "Sam" is not found in "Same" nor
a zip code in the hex of a token.  Prints one JSON line:

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


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    truth, top, types = argv[1], argv[2], set(argv[3:])
    planted = {}
    with open(truth, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            if not types or e["type"] in types:
                planted.setdefault(e["value"], e["type"])
    raw = []
    text = []
    for root, _dirs, files in os.walk(top):
        for name in sorted(files):
            with open(os.path.join(root, name), "rb") as f:
                data = f.read()
            raw.append(data)
            for line in data.decode("utf-8", "replace").splitlines():
                try:
                    strings(json.loads(line), text)
                except ValueError:
                    text.append(line)
    blob = b"\n".join(raw)
    decoded = "\n".join(text)
    by_type = {}
    examples = []
    leaked = 0
    for value, kind in sorted(planted.items()):
        left = found(value.encode("utf-8"), blob) or found(value, decoded)
        counts = by_type.setdefault(kind, [0, 0])
        counts[1] += 1
        if left:
            counts[0] += 1
            leaked += 1
            if len(examples) < 10:
                examples.append({"type": kind, "value": value})
    print(json.dumps({"checked": len(planted), "leaked": leaked,
                      "by_type": by_type, "examples": examples},
                     separators=(",", ":")))
    return 1 if leaked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
