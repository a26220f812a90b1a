"""listfile -- what data/build-names.py and data/build-world.py share.

Both read statistics that a data/fetch-*.sh script downloaded and write
lists under data/ as tab-separated files whose header line is "# " and
the names of the fields.  Python 3 standard library only.
"""

import argparse
import os
import sys


def parser(doc, what, out):
    """The arguments of build-WHAT.py: --src, the folder fetch-WHAT.sh
    fills (default $COG_WHAT_SRC or /tmp/cogtools-WHAT-src), and --out
    (default out); doc is the script's docstring."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[1])
    ap.add_argument("--src", default=os.environ.get(
        "COG_%s_SRC" % what.upper(), "/tmp/cogtools-%s-src" % what))
    ap.add_argument("--out", default=out)
    return ap


def need_sources(what, src, probe):
    """Exit with a message unless src holds the folder probe."""
    if not os.path.isdir(os.path.join(src, probe)):
        sys.exit("build-%s: no sources in %s (run data/fetch-%s.sh)"
                 % (what, src, what))


def write(what, path, fields, rows, cell=str):
    """Write rows to path under a header of fields, each value written
    by cell, and say on standard error how many there are."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + "\t".join(fields) + "\n")
        for r in rows:
            f.write("\t".join(cell(x) for x in r) + "\n")
    print("build-%s: %s: %d names" % (what, os.path.relpath(path),
                                       len(rows)), file=sys.stderr)
