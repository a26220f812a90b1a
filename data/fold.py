"""fold -- ASCII folding of names as cogtools writes and looks them up.

ascii(s) keeps case, spaces, hyphens and apostrophes and turns Latin
letters with diacritics into plain ones ("Łódź" -> "Lodz", "Straße" ->
"Strasse", "Þórshöfn" -> "Thorshofn"); key(s) is the lookup form of
common/pii's cog_lex_fold(): lower case, no diacritics, no apostrophes or
full stops.  Letters of other scripts pass through unchanged, so a caller
can tell a name that does not fold to ASCII by ascii(s).isascii().
Python 3 standard library only.
"""

import unicodedata

SPECIAL = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
           "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
           "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ŋ": "n",
           "Ŋ": "N", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ĸ": "k",
           "ſ": "s", "ƒ": "f", "ɐ": "a", "’": "'", "ʻ": "'", "ʼ": "'",
           "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-"}


def _latin(ch):
    cp = ord(ch)
    return 0xC0 <= cp < 0x250 or 0x1E00 <= cp < 0x1F00


def ascii(s):
    """s with Latin diacritics removed, case kept."""
    out = []
    for ch in s:
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif ord(ch) < 0x80 or not _latin(ch):
            out.append(ch)
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if c.isascii())
            out.append(base or ch)
    return "".join(out)


def key(s):
    """The lookup key of s: ascii(s) in lower case without ' and ."""
    return "".join(c for c in ascii(s).lower() if c not in "'.")


def is_latin(s):
    """True when every letter of s is a Latin (or ASCII) letter."""
    return all(ord(c) < 0x80 or _latin(c) or not c.isalpha() for c in s)
