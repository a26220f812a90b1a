#!/usr/bin/env python3
"""build-nouns -- the ordinary German nouns, for data/gazetteer/nouns-de.tsv.

German capitalises every noun, so "Termin", "Hilfe" or "Rechnung" look
like names to a recognizer that trusts capitals.  This writes the
capitalised entries of Debian's German word list (wngerman,
/usr/share/dict/ngerman) that are nouns: those FreeDict's German-English
dictionary (dict-freedict-deu-eng) gives as a noun, and the inflected
forms of them in the word list ("Terminen", "Rechnungen": the noun plus
-e, -en, -n, -s, -es, -er, -ern or -nen), and FreeDict's nouns of up to
ten letters that the word list lacks ("Anfrage"; the longer ones, most
of them compounds, would fill the lexicon's table), and the capitalised
entries of the word list with an ending that only nouns have
("Wohnung", "Sicherheit", "Kundschaft", "Ergebnis": -ung, -heit, -keit,
-schaft, -tion, -ität, -nis, -tum, -ismus and their plurals), which
FreeDict lacks as words of their own.  One word a line, sorted; names
are not taken out (a noun may be a name too: "Fischer", "Wolf"), the
lexicon keeps both facts and the scorer weighs them.  The pronouns of
polite address, capitalised in letters and chat ("bei Ihnen", "Ihre
Bestellung"), and the names of the days and months go in with them.

    apt-get install wngerman dict-freedict-deu-eng
    python3 data/build-nouns.py > data/gazetteer/nouns-de.tsv

Python 3 standard library only.
"""

import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wordlists  # noqa: E402

ENDINGS = ("e", "en", "n", "s", "es", "er", "ern", "nen")
# The days and months, which FreeDict gives in a form the pattern above
# does not take ("Montag /.../ (Mo /.../) <masc, n, sg>").
CALENDAR = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonnabend", "Sonntag", "Januar", "Jänner", "Februar",
            "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember")
PRONOUNS = ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer",
            "Ihres", "Euch", "Euer", "Eure", "Eurem", "Euren", "Eurer",
            "Dich", "Dir", "Dein", "Deine", "Deinem", "Deinen", "Deiner")
SHORT = 10
NOUN_ENDINGS = re.compile(r".{3,}(?:ung|ungen|heit|heiten|keit|keiten|schaft|"
                          r"schaften|tion|tionen|ität|itäten|nis|nisse|"
                          r"nissen|tum|tümer|ismus)$")
WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}$")


def main():
    with gzip.open(wordlists.FREEDICT_DE, "rt", encoding="utf-8") as f:
        nouns = {h for h, _ in wordlists._NOUN.findall(f.read())}
    path = os.path.join(wordlists.DICT, "ngerman")
    caps = {w.strip() for w in wordlists._lines(path)}
    caps = {w for w in caps if WORD.match(w)}
    out = set(PRONOUNS) | set(CALENDAR)
    for w in caps:
        if w in nouns or NOUN_ENDINGS.match(w):
            out.add(w)
            continue
        for e in ENDINGS:
            if w.endswith(e) and len(w) > len(e) + 2 and w[:-len(e)] in nouns:
                out.add(w)
                break
    out.update(w for w in nouns if WORD.match(w) and len(w) <= SHORT)
    for w in sorted(out):
        sys.stdout.write(w + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
