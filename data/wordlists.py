"""wordlists -- how common a name is as an ordinary word, language by language.

A place or a person's name that is also a word ("Nice", "Reading", "Split",
"Como", "Mark", "Rosa") needs more evidence in text than one that is not.
This module looks every name up in Debian's word lists, as cog_lex_fold()
would (lower case, diacritics folded), and says in which languages it is
an ordinary word:

    en:10   an English word; the number is its SCOWL level (10 = among the
            commonest words, 50 = the largest size wamerican/wbritish hold)
    de:w    a lower-case entry of that language's list (any language)
    de:n    German only: a capitalised entry of wngerman that FreeDict's
            German-English dictionary gives as a noun ("Essen", "Halle");
            German capitalises nouns, so a capitalised entry alone could be
            a proper name ("Berlin") and says nothing
    fi:w    Finnish: a word that Voikko (voikko-fi) accepts in lower case

A name of several words (split at spaces, hyphens and apostrophes) counts
in a language only when every one of its words does ("La Paz" es:w, "Long
Beach" en:10); its English level is that of its rarest word.  Entries that
begin with a capital (names of people and places in the lists) never count.

Only these derived facts leave this module; the lists are read from the
installed packages (see data/fetch-world.sh for the apt-get line).
Python 3 standard library only; Voikko is called through ctypes.
"""

import ctypes
import gzip
import os
import re

import fold

DICT = "/usr/share/dict"
LISTS = (
    ("en", "wamerican", "american-english"),
    ("en", "wbritish", "british-english"),
    ("de", "wngerman", "ngerman"),
    ("fr", "wfrench", "french"),
    ("es", "wspanish", "spanish"),
    ("it", "witalian", "italian"),
    ("nl", "wdutch", "dutch"),
    ("pt", "wportuguese", "portuguese"),
    ("pt", "wbrazilian", "brazilian"),
    ("pl", "wpolish", "polish"),
    ("sv", "wswedish", "swedish"),
    ("no", "wnorwegian", "bokmaal"),
    ("no", "wnorwegian", "nynorsk"),
    ("da", "wdanish", "danish"),
)
LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "no", "da",
         "fi")
SCOWL = "/usr/share/dict/scowl"
SCOWL_LEVELS = (10, 20, 35, 40, 50)
FREEDICT_DE = "/usr/share/dictd/freedict-deu-eng.dict.dz"
_SPLIT = re.compile(r"[\s\-'’]+")
_NOUN = re.compile(r"\n\n([^\n/<]+?) (?:/[^/\n]*/ )?<((?:masc|fem|neut)"
                   r"[^>]*|pl[^>]*)>")


def words_of(name):
    """The words of a name, as keys: "Saint-Étienne" -> ["saint", "etienne"]."""
    return [fold.key(w) for w in _SPLIT.split(name) if fold.key(w)]


def _lines(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.splitlines()


class _Voikko:
    def __init__(self):
        lib = ctypes.CDLL("libvoikko.so.1")
        lib.voikkoInit.restype = ctypes.c_void_p
        lib.voikkoInit.argtypes = [ctypes.POINTER(ctypes.c_char_p),
                                   ctypes.c_char_p, ctypes.c_char_p]
        lib.voikkoSpellCstr.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        err = ctypes.c_char_p()
        self.h = lib.voikkoInit(ctypes.byref(err), b"fi", None)
        if not self.h:
            raise OSError("voikko: %s" % (err.value or b"no fi dictionary"))
        self.lib = lib

    def ok(self, word):
        return self.lib.voikkoSpellCstr(self.h, word.encode("utf-8")) == 1


class Words:
    """Word-list evidence for a known set of words (keys of words_of())."""

    def __init__(self, keys, dictdir=DICT, scowl=SCOWL,
                 freedict=FREEDICT_DE, voikko=True):
        keys = set(keys)
        self.tab = {lang: {} for lang in LANGS}
        self.sources = []
        for lang, pkg, fname in LISTS:
            path = os.path.join(dictdir, fname)
            if not os.path.exists(path):
                raise FileNotFoundError("%s (apt-get install %s)"
                                        % (path, pkg))
            self.sources.append(pkg)
            caps = {}
            for w in _lines(path):
                w = w.strip()
                if not w:
                    continue
                k = fold.key(w)
                if k not in keys:
                    continue
                if w == w.lower():
                    self.tab[lang][k] = 50 if lang == "en" else "w"
                elif lang == "de":
                    caps.setdefault(k, set()).add(w)
            if lang == "de" and caps:
                self._german_nouns(caps, freedict)
        self._scowl(scowl)
        if voikko:
            v = _Voikko()
            self.sources.append("voikko-fi")
            for k in keys:
                if k.isalpha() and v.ok(k):
                    self.tab["fi"][k] = "w"

    def _german_nouns(self, caps, freedict):
        if not os.path.exists(freedict):
            raise FileNotFoundError("%s (apt-get install "
                                    "dict-freedict-deu-eng)" % freedict)
        self.sources.append("dict-freedict-deu-eng")
        with gzip.open(freedict, "rt", encoding="utf-8") as f:
            text = f.read()
        nouns = {h for h, _ in _NOUN.findall(text)}
        de = self.tab["de"]
        for k, forms in caps.items():
            if k not in de and forms & nouns:
                de[k] = "n"

    def _scowl(self, scowl):
        en = self.tab["en"]
        if not os.path.isdir(scowl):
            raise FileNotFoundError("%s (apt-get install scowl)" % scowl)
        self.sources.append("scowl")
        for level in reversed(SCOWL_LEVELS):
            for kind in ("english", "american", "british"):
                p = os.path.join(scowl, "%s-words.%d" % (kind, level))
                if not os.path.exists(p):
                    continue
                for w in _lines(p):
                    k = fold.key(w)
                    if w == w.lower() and k in en:
                        en[k] = min(en[k], level)

    def tag(self, name):
        """"en:10,de:w" or "-" for a name."""
        ws = words_of(name)
        if not ws or not fold.is_latin(name):
            return "-"
        out = []
        for lang in LANGS:
            t = self.tab[lang]
            vals = [t.get(w) for w in ws]
            if any(v is None for v in vals):
                continue
            if lang == "en":
                out.append("en:%d" % max(vals))
            else:
                out.append("%s:%s" % (lang, "n" if "n" in vals else "w"))
        return ",".join(out) or "-"
