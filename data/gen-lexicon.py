#!/usr/bin/env python3
"""gen-lexicon -- compile data/gazetteer/ into the C table of lexicon.c.

usage: gen-lexicon.py GAZETTEER-DIR LEXICON.H > lexicon-table.c

Every word of the gazetteer files is folded as cog_lex_fold() folds it
(see common/pii/lexicon.h), hashed (64-bit FNV-1a and a final mix) and put in
an open-addressing table of 2^k 32-bit slots: 21 top bits of the hash as
a fingerprint and the index of the word's 32-bit entry among the few
hundred distinct ones.  The
word classes are read from the enum in LEXICON.H so that the data and the
code cannot disagree.  The script also writes the case and folding tables
for Latin letters beyond ASCII.  Python 3 standard library only.
"""

import os
import re
import sys
import unicodedata

M64 = (1 << 64) - 1
LATIN = (0xC0, 0x250)
LATIN_EXT = (0x1E00, 0x1F00)
SPECIAL = {"ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
           "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
           "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ŋ": "n",
           "Ŋ": "n", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ĸ": "k",
           "ſ": "s", "ƒ": "f", "ɐ": "a"}
ENGLISH = {10: 1, 20: 2, 35: 3, 40: 4, 50: 5}

GIVEN_SHIFT, SURNAME_SHIFT, ENGLISH_SHIFT = 0, 3, 6
FLAGS = {
    "country": 1 << 9, "state": 1 << 10, "region": 1 << 11, "city": 1 << 12,
    "state-abbr": 1 << 13, "country-abbr": 1 << 14, "prefix": 1 << 15,
    "suffix": 1 << 16, "st-prefix": 1 << 17, "box": 1 << 18, "unit": 1 << 19,
    "dir": 1 << 20, "intl": 1 << 21, "unit-after": 1 << 22, "found": 1 << 23,
    "area": 1 << 29, "word-else": 1 << 30, "noun-de": 1 << 31,
}
CLASS_SHIFT, CLASS_MASK = 24, 31 << 24


def latin_fold(cp):
    """(ASCII fold, is letter, is upper, is lower) of a Latin code point."""
    ch = chr(cp)
    if ch in SPECIAL:
        s = SPECIAL[ch]
    else:
        s = "".join(c for c in unicodedata.normalize("NFKD", ch)
                    if c.isascii()).lower()
    letter = ch.isalpha() and s.isalpha() and len(s) <= 3
    return (s if letter else ""), letter, ch.isupper(), ch.islower()


def greek_cyrillic_lower(cp):
    """The lower case of a Greek or Cyrillic capital, as the C code has it."""
    if 0x0410 <= cp <= 0x042F:
        return cp + 0x20
    if 0x0400 <= cp <= 0x040F:
        return cp + 0x50
    if 0x0391 <= cp <= 0x03A9 and cp != 0x03A2:
        return cp + 0x20
    return cp


def fold(word):
    """The lookup key of word, as cog_lex_fold() computes it."""
    out = []
    for ch in word:
        cp = ord(ch)
        if cp < 0x80:
            if ch in "'.":
                continue
            out.append(ch.lower())
        elif cp == 0x2019:
            continue
        elif LATIN[0] <= cp < LATIN[1] or LATIN_EXT[0] <= cp < LATIN_EXT[1]:
            s, letter, _, _ = latin_fold(cp)
            out.append(s if letter else ch)
        else:
            out.append(chr(greek_cyrillic_lower(cp)))
    return "".join(out).encode("utf-8")


def lexhash(key):
    h = 0xCBF29CE484222325
    for b in key:
        h ^= b
        h = (h * 0x100000001B3) & M64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & M64
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & M64
    h ^= h >> 33
    return h


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                yield line.split("\t")


def classes(header):
    with open(header, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("enum cog_lex_class"):]
    body = body[:body.index("};")]
    names = re.findall(r"COG_W_(\w+)", body)
    return {n.lower(): i for i, n in enumerate(names) if n != "NCLASS"}


def build(gaz, header):
    info = {}
    compound = []

    def add(word, bits):
        key = fold(word)
        if not key or len(key) > 64:
            return
        info[key] = info.get(key, 0) | bits | FLAGS["found"]
        parts = word.split(" ")
        for i in range(1, len(parts)):
            add(" ".join(parts[:i]), FLAGS["prefix"])

    def setfield(word, shift, value):
        key = fold(word)
        old = info.get(key, 0)
        if (old >> shift) & 7 < value:
            old = (old & ~(7 << shift)) | (value << shift)
        info[key] = old
        add(word, 0)

    for name, cls, _eng, src in rows(os.path.join(gaz, "given.tsv")):
        setfield(name, GIVEN_SHIFT, int(cls))
        if "intl" in src:
            add(name, FLAGS["intl"])
    for name, cls, _eng, src in rows(os.path.join(gaz, "surnames.tsv")):
        setfield(name, SURNAME_SHIFT, int(cls))
        if "intl" in src:
            add(name, FLAGS["intl"])
    for word, level in rows(os.path.join(gaz, "english.tsv")):
        key = fold(word)
        code = ENGLISH[int(level)]
        old = info.get(key, 0)
        cur = (old >> ENGLISH_SHIFT) & 7
        if cur == 0 or code < cur:
            old = (old & ~(7 << ENGLISH_SHIFT)) | (code << ENGLISH_SHIFT)
        info[key] = old | FLAGS["found"]
    for name, kind, _eng in rows(os.path.join(gaz, "places.tsv")):
        add(name, FLAGS[kind])
    placewords = os.path.join(gaz, "placewords.tsv")
    if os.path.exists(placewords):
        for name, _langs in rows(placewords):
            add(name, FLAGS["word-else"])
    nouns = os.path.join(gaz, "nouns-de.tsv")
    if os.path.exists(nouns):
        for (word,) in rows(nouns):
            add(word, FLAGS["noun-de"])
    for word, kind in rows(os.path.join(gaz, "streets.tsv")):
        if kind == "compound":
            compound.append(fold(word))
        elif kind == "prefix":
            add(word, FLAGS["st-prefix"])
        else:
            add(word, FLAGS[kind])
    cls = classes(header)
    for word, c in rows(os.path.join(gaz, "cues.tsv")):
        key = fold(word)
        if not key:
            continue
        old = info.get(key, 0)
        was = (old & CLASS_MASK) >> CLASS_SHIFT
        if was and was != cls[c] and c == "stop":
            continue
        info[key] = (old & ~CLASS_MASK) | (cls[c] << CLASS_SHIFT) | \
            FLAGS["found"]
    boxes = []
    for (form,) in rows(os.path.join(gaz, "boxes.tsv")):
        boxes.append(b" ".join(fold(w) for w in form.split(" ")))
    return info, sorted(set(compound), key=lambda k: (-len(k), k)), boxes


# Classes that are context for a following name or place: a lower-case
# word of cased text is looked up only when the filter says it may be one.
NOT_CONTEXT = ("stop", "month", "weekday", "org", "company", "suffix")


FILTER_BITS = 14


def filter_bits(word):
    """The two bits of a lower-case ASCII word in the cue filters, as
    cog_lex_filter_bits() computes them."""
    k0 = int.from_bytes(word.encode()[:8].ljust(8, b"\0"), "little")
    h = ((k0 * 0x9E3779B97F4A7C15) ^ (len(word) * 0xC2B2AE3D27D4EB4F)) & M64
    return h >> (64 - FILTER_BITS), (h >> 20) & ((1 << FILTER_BITS) - 1)


# Classes after which a lower-case word of cased text may be a name or
# a place ("my name is maria", "moved to denver").
TRIGGERS = ("title", "name", "is", "am", "im", "me", "this", "greet",
            "thanks", "bye", "speak", "rel", "named", "live", "and", "in",
            "from")
# Of these, the ones whose context reaches the next word only.
NEAR_TRIGGERS = ("and", "in", "from")


def cue_filter(gaz, classes=None):
    bits = bytearray((1 << FILTER_BITS) // 8)
    for word, c in rows(os.path.join(gaz, "cues.tsv")):
        if c in NOT_CONTEXT or not word.isascii():
            continue
        if classes is not None and c not in classes:
            continue
        if word.endswith("'s"):
            word = word[:-2]
        for i in filter_bits(word):
            bits[i >> 3] |= 1 << (i & 7)
    return bits


SMALL_BITS = 11
SMALL_MAX = 12


def small_key(word):
    """The two 64-bit words of a short ASCII word, as cog_lex_small() packs
    them (bytes little-endian, zero padded)."""
    b = word.encode().ljust(16, b"\0")
    return int.from_bytes(b[:8], "little"), int.from_bytes(b[8:], "little")


def small_index(word):
    k0, k1 = small_key(word)
    h = ((k0 * 0x9E3779B97F4A7C15) ^ (k1 * 0xC2B2AE3D27D4EB4F) ^
         len(word)) & M64
    return h >> (64 - SMALL_BITS)


def small_table(gaz, info):
    """The words every text is full of, with their entries: the context
    and stop words."""
    words = set()
    for word, _c in rows(os.path.join(gaz, "cues.tsv")):
        if word.endswith("'s"):
            word = word[:-2]
        words.add(word)
    slots = [None] * (1 << SMALL_BITS)
    for word in sorted(words):
        if not word.isascii() or len(word) > SMALL_MAX or not word:
            continue
        entry = info.get(fold(word))
        if entry is None:
            continue
        i = small_index(word)
        while slots[i] is not None:
            i = (i + 1) & ((1 << SMALL_BITS) - 1)
        slots[i] = (word, entry)
    return slots


INFO_BITS = 11


def table(info):
    """The slots of the hash table and the distinct entries they index:
    a slot is a 21-bit fingerprint (the top bits of the hash) and the
    11-bit index of the word's entry."""
    count = {}
    for v in info.values():
        count[v] = count.get(v, 0) + 1
    infos = sorted(count, key=lambda v: (-count[v], v))
    if len(infos) > 1 << INFO_BITS:
        sys.exit("gen-lexicon: %d distinct entries, more than %d"
                 % (len(infos), 1 << INFO_BITS))
    index = {v: i for i, v in enumerate(infos)}
    bits = 10
    while len(info) > 0.7 * (1 << bits):
        bits += 1
    size = 1 << bits
    slots = [0] * size
    for key in sorted(info):
        h = lexhash(key)
        fp = (h >> (64 - 32 + INFO_BITS)) or 1
        i = h & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = (fp << INFO_BITS) | index[info[key]]
    return bits, slots, infos


def cstr(b):
    return '"' + "".join(chr(c) if 32 <= c < 127 and c not in b'"\\'
                         else "\\%03o" % c for c in b) + '"'


def c_array(w, decl, values, per, item="%d,", end="};\n\n"):
    """Write the C array declared decl (up to its size) that holds
    values, per a line, each written with item (a format or a function),
    and then end."""
    w("%s[%d] = {\n" % (decl, len(values)))
    for i in range(0, len(values), per):
        w("\t" + " ".join(item(v) if callable(item) else item % v
                          for v in values[i:i + per]) + "\n")
    w(end)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen-lexicon.py GAZETTEER-DIR LEXICON.H")
    info, compound, boxes = build(sys.argv[1], sys.argv[2])
    bits, slots, infos = table(info)
    cue = cue_filter(sys.argv[1])
    w = sys.stdout.write
    w("/* Generated by data/gen-lexicon.py from %s: do not edit. */\n"
      % sys.argv[1].rstrip("/"))
    w("#include <stdint.h>\n\n#include \"pii/lexicon.h\"\n\n")
    w("/* %d words in %d slots, %d distinct entries. */\n"
      % (len(info), len(slots), len(infos)))
    w("const unsigned cog_lex_bits = %d;\n" % bits)
    c_array(w, "const uint32_t cog_lex_slots", slots, 6,
            lambda s: "0x%xu," % s if s else "0,")
    c_array(w, "const uint32_t cog_lex_infos", infos, 6, "0x%xu,")
    for name, (lo, hi) in (("cog_lex_latin", LATIN),
                           ("cog_lex_latin_ext", LATIN_EXT)):
        w("/* Code points U+%04X to U+%04X: ASCII fold and case "
          "(1 letter, 2 upper, 4 lower). */\n" % (lo, hi - 1))
        w("const struct cog_lex_fold %s[%d] = {\n" % (name, hi - lo))
        for cp in range(lo, hi):
            s, letter, upper, lower = latin_fold(cp)
            f = (1 if letter else 0) | (2 if letter and upper else 0) | \
                (4 if letter and lower else 0)
            w("\t{ %s, %d },\n" % (cstr(s.encode()), f))
        w("};\n\n")
    w("/* Lower-case words that may be context words: see "
      "cog_lex_cuefilter. */\n")
    c_array(w, "const unsigned char cog_lex_cuefilter", cue, 12)
    trig = cue_filter(sys.argv[1], [c for c in TRIGGERS
                                    if c not in NEAR_TRIGGERS])
    near = cue_filter(sys.argv[1], NEAR_TRIGGERS)
    w("/* The same for the words after which a lower-case word may be a "
      "name. */\n")
    c_array(w, "const unsigned char cog_lex_trigger", trig, 12)
    w("/* The same for the triggers whose context reaches one word. */\n")
    c_array(w, "const unsigned char cog_lex_near", near, 12)
    small = small_table(sys.argv[1], info)
    w("/* The commonest words, looked up without hashing: see "
      "cog_lex_small. */\n")
    w("const unsigned cog_lex_small_bits = %d;\n" % SMALL_BITS)
    w("const struct cog_lex_small cog_lex_small_tab[%d] = {\n" % len(small))
    for e in small:
        if e is None:
            w("\t{ 0, 0, 0 },\n")
        else:
            k0, k1 = small_key(e[0])
            w("\t{ 0x%xu, 0x%xu, 0x%xu },\t/* %s */\n" % (k0, k1, e[1],
                                                         e[0]))
    w("};\n\n")
    w("/* PO-box and military forms, folded: # a number, @ a letter, * a "
      "name. */\n")
    w("const char *const cog_lex_boxforms[] = {\n")
    for b in boxes:
        w("\t%s,\n" % cstr(b))
    w("\tNULL\n};\n\n")
    w("/* Endings of one-word street names (Hauptstrasse), by last byte. */\n")
    compound = sorted(compound, key=lambda k: (k[-1], -len(k), k))
    w("const struct cog_lex_ending cog_lex_compound[] = {\n")
    for c in compound:
        w("\t{ %s, %d },\n" % (cstr(c), len(c)))
    w("\t{ 0, 0 }\n};\n")
    w("/* Where the endings of each last byte begin in cog_lex_compound. */\n")
    at = [0] * 257
    for b in range(256):
        at[b + 1] = at[b] + sum(1 for c in compound if c[-1] == b)
    c_array(w, "const unsigned short cog_lex_compound_at", at, 12, end="};\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
