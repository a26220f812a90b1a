"""halves -- the stable split of every cogtools list into two halves.

Each entry of a name, place or word list belongs to one half, decided by
its lower-case form alone: the first byte of its BLAKE2b digest (digest
size 1) of the UTF-8 bytes, bit 0.  Half 0 ("tune") is for building and
tuning, half 1 ("eval") is held out to measure on entries the lists lack.
The split is the one tests/chatgen.py (_half) and data/build-gazetteer.py
(half) have always used; generators import it from here so that tuning
and evaluation can never disagree:

    sys.path.insert(0, os.path.join(TOP, "data"))
    import halves
    if halves.half("Müller") == halves.TUNE: ...
    tune = [n for n in names if halves.keep(n, "tune")]

Python 3 standard library only.
"""

import hashlib

TUNE = 0
EVAL = 1
NAMES = {"tune": TUNE, "eval": EVAL}


def half(entry):
    """0 (tune) or 1 (eval) for a list entry (any case, any script)."""
    return hashlib.blake2b(entry.lower().encode("utf-8"),
                           digest_size=1).digest()[0] & 1


def which(entry):
    """"tune" or "eval" for a list entry."""
    return "eval" if half(entry) else "tune"


def keep(entry, part):
    """True when entry is in part: "tune", "eval", 0, 1, or None (all)."""
    if part is None:
        return True
    if isinstance(part, str):
        part = NAMES[part]
    return half(entry) == part


def split(entries):
    """(tune, eval): the entries of an iterable, in order, by half."""
    out = ([], [])
    for e in entries:
        out[half(e)].append(e)
    return out
