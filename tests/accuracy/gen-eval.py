#!/usr/bin/env python3
"""gen-eval.py -- labelled held-out text for measuring cog-mask.

usage: gen-eval.py [--seed S] [--chats N] [--prose N] [--negatives N]
                   [--lang L,...] [--out FILE] [--with-values] [--summary]

Writes JSON lines, one text a line:

  {"text": "...", "entities": [{"type": T, "start": S, "end": E,
   "frame": F}, ...], "kind": K, "lang": L, "country": C, "doc": D,
   "session": ID, "role": R}

with start/end offsets in Unicode code points, end exclusive.  kind is
"chat" (one message of a contact-centre chat: role user, agent or bot;
the messages of one chat share a session), "prose" (e-mails, letters,
signature and contact blocks, forms, notes, lists) or "negative" (texts
in which nothing is personal data).  The types are PERSON, LOCATION,
STREET_ADDRESS, PHONE_NUMBER, CREDIT_CARD, EMAIL_ADDRESS, IBAN_CODE and
IP_ADDRESS.  An address is one STREET_ADDRESS from its house number (or
box, or unit) to its last line (postcode, city, state, country), over
several lines when it is written so; a postcode alone is one too.  A
name's span leaves out a title before it and a possessive 's after it.

This generator is written apart from the one used to tune cog-mask
(tests/chatgen.py): its sentence frames, street and town lists and
number formats are its own, in English, German, French, Spanish,
Italian, Dutch, Portuguese and Polish.  Every entry it draws from a list
-- given names, surnames, towns, regions, countries, street names and
street words, the ordinary words and products of the negatives -- is
taken from the "eval" half of that list only (data/halves.py).  From
data/ it reads the name lists (names/*.txt, the census and SSA lists,
and the name statistics of names/<lang>/), places/*.txt, the GeoNames
places and ISO 3166-2 regions of places/world/, and the street words,
flat designators and PO-box forms of places/address/, which it mixes
with its own.  It does not read the cue lists (words/): the words
around the entities are those of its own frames.  Titles, unit words
and the cue words of the frames are used whole.

The output depends only on the seed and the counts: each document draws
from its own generator seeded by "SEED:KIND:INDEX".  Python 3 standard
library only.
"""

import argparse
import json
import os
import random
import re
import signal
import sys
import unicodedata

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
DATA = os.path.join(TOP, "data")

PERSON = "PERSON"
LOCATION = "LOCATION"
ADDRESS = "STREET_ADDRESS"
PHONE = "PHONE_NUMBER"
CARD = "CREDIT_CARD"
EMAIL = "EMAIL_ADDRESS"
IBAN = "IBAN_CODE"
IP = "IP_ADDRESS"


# ---------------------------------------------------------------------
# The split.

sys.path.insert(0, DATA)
import halves  # noqa: E402  (data/halves.py: the split every list shares)
sys.path[0] = os.path.join(TOP, "tests")
import luhn  # noqa: E402  (tests/luhn.py: the check digit of card numbers)
sys.path.pop(0)


def in_eval(entry):
    """Is a list entry in the held-out half?"""
    return halves.keep(entry, "eval")


def evalhalf(entries):
    """The eval half of a list, order kept, duplicates dropped."""
    seen = set()
    out = []
    for e in entries:
        if e and e not in seen and in_eval(e):
            seen.add(e)
            out.append(e)
    return out


def words(s):
    """A list written as a string: entries separated by '|' (a line
    break inside an entry is a space), surrounding blanks dropped."""
    return [w.strip() for w in s.replace("\n", " ").split("|")
            if w.strip()]


# ---------------------------------------------------------------------
# Lists of data/ (read, eval half only).

def _lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [ln.rstrip("\n") for ln in f]
    except OSError:
        return []


def _plain(path):
    return [ln.strip() for ln in _lines(path)
            if ln.strip() and not ln.startswith("#")]


class Lists:
    """Given names and surnames by language, English places."""

    def __init__(self):
        names = os.path.join(DATA, "names")
        places = os.path.join(DATA, "places")
        self.given = {}
        self.surnames = {}
        self._by_lang(os.path.join(names, "intl_given.txt"), self.given)
        self._by_lang(os.path.join(names, "intl_surnames.txt"),
                      self.surnames)
        en_given = (_plain(os.path.join(names, "census1990_first_male.txt"))
                    [:900] +
                    _plain(os.path.join(names,
                                        "census1990_first_female.txt"))
                    [:1500])
        ssa = []
        for ln in _lines(os.path.join(names, "ssa_first_names_freq.tsv")):
            f = ln.split("\t")
            if len(f) >= 2 and f[1].isdigit() and int(f[1]) >= 20000:
                ssa.append(f[0].capitalize())
        self.given["en"] = evalhalf(
            [n.capitalize() for n in en_given] + ssa)
        self.surnames["en"] = evalhalf(
            [n.capitalize() for n in
             _plain(os.path.join(names, "census1990_last.txt"))[:12000]])
        self._more_names(names)
        for d in (self.given, self.surnames):
            for k in [k for k, v in d.items() if not v]:
                del d[k]
        self.langs = sorted(set(self.given) & set(self.surnames))
        self.cities = evalhalf(_plain(os.path.join(places, "cities.txt")))
        self.countries = evalhalf(
            [c for c in _plain(os.path.join(places, "countries.txt"))
             if not c.endswith("=")])
        self.regions = evalhalf(
            [ln.split("\t")[0] for ln in
             _plain(os.path.join(places, "regions.txt"))])

    @staticmethod
    def _by_lang(path, into):
        for ln in _plain(path):
            if "\t" not in ln:
                continue
            lang, rest = ln.split("\t", 1)
            names = [n.replace("_", " ") for n in rest.split()]
            into.setdefault(lang, [])
            into[lang] = evalhalf(into[lang] + names)

    def _more_names(self, names):
        """The name statistics of data/names/<lang>/ (given.tsv and
        surnames.tsv, most frequent first), after the common names of
        intl_*.txt.  top[kind][lang] is how many of a list's first
        entries count as common."""
        self.top = {"given": {}, "surnames": {}}
        for kind, into in (("given", self.given),
                           ("surnames", self.surnames)):
            for lang in list(into):
                self.top[kind][lang] = len(into[lang])
            for lang in sorted(os.listdir(names)):
                path = os.path.join(names, lang, kind + ".tsv")
                if not os.path.isfile(path):
                    continue
                rows = [ln.split("\t") for ln in _plain(path)]
                extra = evalhalf([f[0] for f in rows if len(f) > 2 and
                                  len(f[0]) > 1 and
                                  not re.search(r"[\d.]", f[0])])
                counted = any(f[2].isdigit() for f in rows[:10]
                              if len(f) > 2)
                have = into.get(lang, [])
                seen = set(have)
                extra = [n for n in extra if n not in seen]
                into[lang] = have + extra
                self.top[kind][lang] = len(have) + (
                    min(1500, len(extra)) if counted else len(extra))

    def name(self, r, kind, lang):
        """A given name or surname of lang: a common one two times in
        three, any of the list otherwise."""
        names = (self.given if kind == "given" else self.surnames)[lang]
        top = self.top[kind].get(lang, len(names)) or len(names)
        if r.random() < 0.65:
            return names[r.randrange(top)]
        return names[r.randrange(len(names))]


# ---------------------------------------------------------------------
# Small helpers.

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def ndigits(r, n):
    """n digits, the first not 0."""
    return r.choice("123456789") + digits(r, n - 1)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def wpick(r, pairs):
    """Pick from [(weight, value), ...]."""
    total = sum(w for w, _ in pairs)
    x = r.random() * total
    for w, v in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][1]


def ascii_fold(s):
    s = (s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
         .replace("æ", "ae").replace("Æ", "AE").replace("ł", "l")
         .replace("Ł", "L").replace("đ", "d").replace("ð", "d")
         .replace("þ", "th").replace("Þ", "Th").replace("ı", "i"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def group(s, sizes, sep):
    out = []
    i = 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------------------------------------------------------------
# Cards: IIN ranges and lengths of each brand; numbers pass Luhn.

CARD_BRANDS = [
    # (weight, brand, [(lo, hi) prefix ranges of equal width], lengths)
    (14, "visa", [(4, 4)], [16, 16, 16, 16, 13, 19]),
    (10, "mastercard", [(51, 55)], [16]),
    (6, "mastercard2", [(2221, 2720)], [16]),
    (8, "amex", [(34, 34), (37, 37)], [15]),
    (6, "discover", [(6011, 6011), (644, 649), (65, 65)], [16, 16, 19]),
    (8, "jcb", [(3528, 3589)], [16, 16, 16, 17, 18, 19]),
    (9, "maestro", [(5018, 5018), (5020, 5020), (5038, 5038),
                    (5893, 5893), (6304, 6304), (6759, 6759),
                    (6761, 6763)], [12, 13, 14, 15, 16, 17, 18, 19]),
    (6, "diners", [(300, 305), (36, 36), (38, 39)], [14, 14, 16]),
    (4, "enroute", [(2014, 2014), (2149, 2149)], [15]),
    (7, "unionpay", [(62, 62)], [16, 16, 17, 18, 19]),
    (6, "mir", [(2200, 2204)], [16]),
]


def card_number(r, brand=None):
    if brand is None:
        brand = wpick(r, [(w, b) for w, b, _, _ in CARD_BRANDS])
    for _, b, ranges, lengths in CARD_BRANDS:
        if b == brand:
            break
    lo, hi = pick(r, ranges)
    prefix = str(r.randint(lo, hi))
    n = pick(r, lengths)
    body = prefix + digits(r, n - 1 - len(prefix))
    return brand, body + luhn.check_digit(body)


def card_text(r, brand=None, chat=False):
    brand, num = card_number(r, brand)
    n = len(num)
    sep = wpick(r, [(5, " "), (2, "-"), (3 if chat else 2, ""),
                    (0.4, "  " if chat else " ")])
    if not sep:
        return num
    if n == 15 and brand in ("amex", "enroute"):
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = pick(r, [[4, 6, 4], [4, 4, 4, 2]])
    elif n == 19 and r.random() < 0.4:
        sizes = [6, 13]
    elif n == 13:
        sizes = pick(r, [[4, 4, 5], [4, 3, 3, 3]])
    else:
        sizes = [4] * 5
    return group(num, sizes, sep)


# ---------------------------------------------------------------------
# IBANs: BBAN shapes of ISO 13616 ("n" digits, "a" capitals, "c" both).

IBAN_BBAN = {
    "AT": "16n", "BE": "12n", "CH": "5n12c", "DE": "18n", "DK": "14n",
    "ES": "20n", "FI": "14n", "FR": "10n11c2n", "GB": "4a14n",
    "IE": "4a14n", "IS": "22n", "IT": "1a10n12c", "LU": "3n13c",
    "NL": "4a10n", "NO": "11n", "PL": "24n", "PT": "21n", "SE": "20n",
    "BR": "23n1a1c", "MX": None, "US": None, "CA": None,
}


def iban_text(r, cc, chat=False):
    if IBAN_BBAN.get(cc) is None:
        cc = pick(r, ["DE", "NL", "FR", "ES", "IT", "GB"])
    shape = IBAN_BBAN[cc]
    bban = ""
    for n, k in re.findall(r"(\d+)([nac])", shape):
        for _ in range(int(n)):
            if k == "n":
                bban += r.choice("0123456789")
            elif k == "a":
                bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            else:
                bban += r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    moved = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in moved)
    check = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, check, bban)
    style = wpick(r, [(6, "grouped"), (3, "compact"),
                      (1 if chat else 0, "lower")])
    if style == "grouped":
        return group(iban, [4] * 9, " ")
    if style == "lower":
        return iban.lower()
    return iban


# ---------------------------------------------------------------------
# IP addresses.

def ip_text(r, v6=None):
    if v6 is None:
        v6 = r.random() < 0.3
    if not v6:
        first = wpick(r, [(5, r.randint(1, 223)), (2, 192), (2, 10),
                          (1, 172)])
        if first == 127:
            first = 128
        if first == 192 and r.random() < 0.7:
            return "192.168.%d.%d" % (r.randint(0, 254), r.randint(1, 254))
        return "%d.%d.%d.%d" % (first, r.randint(0, 255),
                                r.randint(0, 255), r.randint(1, 254))
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
    groups[0] = pick(r, ["2001", "2a02", "2a01", "2600", "2804", "fe80",
                         "2003", "2a00"])
    if r.random() < 0.6:
        i = r.randint(2, 6)
        j = r.randint(i + 1, 7)
        return ":".join(groups[:i]) + "::" + ":".join(groups[j:])
    return ":".join(groups)


# ---------------------------------------------------------------------
# Phone numbers in the national formats of each country.  Each maker
# returns (national_groups, area_digits_without_trunk, rest_groups) and
# phone_text() writes it nationally or internationally.

US_AREAS = words("""201|202|203|205|206|207|208|212|213|214|215|216|217|
218|219|224|225|228|229|231|234|239|240|248|251|252|253|254|256|260|262|
267|269|270|281|301|302|303|304|305|307|309|310|312|313|314|315|316|317|
318|319|320|321|323|330|334|336|337|339|347|352|360|361|386|401|402|404|
405|406|407|408|409|410|412|413|414|415|417|419|423|424|425|432|434|435|
440|443|469|478|479|480|484|501|502|503|504|505|507|508|509|510|512|513|
515|516|517|518|520|530|540|541|559|561|562|563|570|571|573|574|580|585|
586|601|602|603|605|606|607|608|609|610|612|614|615|616|617|618|619|620|
623|626|630|631|636|641|646|650|651|660|661|662|678|682|701|702|703|704|
706|707|708|712|713|714|715|716|717|718|719|720|724|727|731|732|734|740|
754|757|760|763|765|770|772|773|774|775|781|785|786|801|802|803|804|805|
806|808|810|812|813|814|815|816|817|818|828|830|831|832|843|845|847|850|
856|857|858|859|860|862|863|864|865|870|901|903|904|906|907|908|909|910|
912|913|914|915|916|917|918|919|920|925|928|931|936|937|940|941|949|951|
952|954|956|970|971|972|973|978|979|980|985|989""")
CA_AREAS = words("""204|226|236|249|250|289|306|343|365|403|416|418|431|
437|438|450|506|514|519|548|579|581|587|604|613|639|647|705|709|778|780|
782|807|819|825|867|873|902|905""")


def _nanp(r, areas):
    ex = str(r.randint(2, 9)) + digits(r, 2)
    if ex[1:] == "11":
        ex = ex[0] + "23"
    return pick(r, areas), ex, digits(r, 4)


def phone_us(r, intl, areas=US_AREAS):
    a, ex, ln = _nanp(r, areas)
    if r.random() < 0.06:
        a = pick(r, ["800", "888", "877", "866"])
    if intl:
        return wpick(r, [(4, "+1 %s %s %s"), (3, "+1 (%s) %s-%s"),
                         (3, "+1-%s-%s-%s"), (1, "+1%s%s%s"),
                         (1, "001 %s %s %s")]) % (a, ex, ln)
    return wpick(r, [(5, "(%s) %s-%s"), (4, "%s-%s-%s"), (2, "%s.%s.%s"),
                     (2, "%s %s %s"), (1, "1-%s-%s-%s"),
                     (1, "%s%s%s")]) % (a, ex, ln)


def phone_ca(r, intl):
    return phone_us(r, intl, CA_AREAS)


def phone_uk(r, intl):
    kind = wpick(r, [(4, "mob"), (2, "lon"), (2, "big"), (2, "town")])
    if kind == "mob":
        a, rest = "7" + pick(r, "123456789") + digits(r, 2), digits(r, 6)
        nat = pick(r, ["0%s %s", "0%s%s", "0%s-%s"]) % (a, rest)
        parts = (a, rest)
    elif kind == "lon":
        a = "20"
        rest = pick(r, "378") + digits(r, 3), digits(r, 4)
        nat = pick(r, ["0%s %s %s", "(0%s) %s %s", "0%s%s%s"]) % (
            (a,) + rest)
        parts = (a,) + rest
    elif kind == "big":
        a = "1" + pick(r, "123456789") + "1"
        rest = ndigits(r, 3), digits(r, 4)
        nat = pick(r, ["0%s %s %s", "0%s-%s-%s", "(0%s) %s %s"]) % (
            (a,) + rest)
        parts = (a,) + rest
    else:
        a = "1" + pick(r, ["223", "865", "904", "392", "603", "273",
                           "872", "242", "482", "524", "743", "332"])
        rest = ndigits(r, 6),
        nat = pick(r, ["0%s %s", "(0%s) %s", "0%s-%s"]) % ((a,) + rest)
        parts = (a,) + rest
    if not intl:
        return nat
    return wpick(r, [(4, "+44 " + " ".join(parts)),
                     (2, "+44 (0)" + " ".join(parts)),
                     (1, "+44" + "".join(parts)),
                     (1, "0044 " + " ".join(parts))])


def phone_ie(r, intl):
    if r.random() < 0.6:
        a, rest = "8" + pick(r, "35679"), (digits(r, 3), digits(r, 4))
    else:
        a = pick(r, ["1", "21", "61", "91", "51", "66", "71", "74"])
        rest = (ndigits(r, 3), digits(r, 4))
    if intl:
        return pick(r, ["+353 %s %s %s", "+353 (0)%s %s %s",
                        "00353 %s %s %s"]) % ((a,) + rest)
    return pick(r, ["0%s %s %s", "0%s %s%s", "(0%s) %s %s"]) % ((a,) + rest)


DE_AREAS = words("""30|40|89|69|221|211|711|341|351|511|911|201|231|421|
228|251|721|621|821|611|761|6221|7071|551|561|361|3641|381|451|431|461|
441|541|5251|941|851|931|951|731|7531|651|261|6131|681|331|355|391|345|
371|375""")
DE_MOBILE = words("151|152|157|159|160|162|163|170|171|172|173|174|175|"
                  "176|177|178|179|1512|1520")


def phone_de(r, intl):
    if r.random() < 0.45:
        a = pick(r, DE_MOBILE)
        rest = [digits(r, r.choice([7, 8]) - max(0, len(a) - 3))]
    else:
        a = pick(r, DE_AREAS)
        n = 10 - len(a) if len(a) <= 3 else r.randint(5, 7)
        rest = [ndigits(r, n)]
        if r.random() < 0.3:
            rest = [rest[0][:-2] + "-" + rest[0][-2:]]
    if r.random() < 0.35 and "-" not in rest[0]:
        s = rest[0]
        rest = [s[:len(s) // 2], s[len(s) // 2:]]
    if intl:
        return wpick(r, [(4, "+49 %s %s"), (2, "+49 (0)%s %s"),
                         (1, "+49-%s-%s"), (1, "0049 %s %s")]) % (
            a, " ".join(rest))
    return wpick(r, [(4, "0%s %s"), (3, "0%s/%s"), (2, "(0%s) %s"),
                     (1, "0%s-%s"), (1, "0%s / %s")]) % (a, " ".join(rest))


def phone_at(r, intl):
    if r.random() < 0.5:
        a = pick(r, ["650", "660", "664", "676", "680", "681", "699",
                     "677", "688"])
        rest = digits(r, r.choice([7, 7, 8]))
    else:
        a = pick(r, ["1", "316", "732", "662", "512", "463", "4242",
                     "7242", "2742", "5572", "2622", "5574"])
        rest = ndigits(r, 8 - len(a) if len(a) < 4 else 6)
    if r.random() < 0.4:
        rest = group(rest, [3, 2, 2, 2], " ")
    if intl:
        return pick(r, ["+43 %s %s", "+43 (0)%s %s", "0043 %s %s",
                        "+43 %s/%s"]) % (a, rest)
    return pick(r, ["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (a, rest)


def phone_ch(r, intl):
    a = pick(r, ["44", "43", "31", "61", "22", "21", "41", "71", "91",
                 "52", "32", "62", "27", "81", "26", "76", "77", "78",
                 "79", "79", "78"])
    rest = [ndigits(r, 3), digits(r, 2), digits(r, 2)]
    if intl:
        return pick(r, ["+41 %s %s %s %s", "+41 (0)%s %s %s %s",
                        "0041 %s %s %s %s", "+41%s%s%s%s"]) % (
            (a,) + tuple(rest))
    return pick(r, ["0%s %s %s %s", "0%s %s %s %s", "0%s/%s %s %s",
                    "0%s%s%s%s"]) % ((a,) + tuple(rest))


def phone_fr(r, intl):
    a = pick(r, "1234567996")
    pairs = [digits(r, 2) for _ in range(4)]
    if intl:
        return wpick(r, [(4, "+33 %s %s %s %s %s"),
                         (2, "+33 (0)%s %s %s %s %s"),
                         (1, "+33%s%s%s%s%s"),
                         (1, "0033 %s %s %s %s %s")]) % ((a,) + tuple(pairs))
    sep = wpick(r, [(6, " "), (2, "."), (1, ""), (1, "-")])
    return ("0" + a + sep + sep.join(pairs))


def phone_be(r, intl):
    kind = r.random()
    if kind < 0.45:
        a = "4" + pick(r, "56789") + digits(r, 1)
        rest = [digits(r, 2), digits(r, 2), digits(r, 2)]
    elif kind < 0.75:
        a = pick(r, ["2", "3", "9", "4"])
        rest = [ndigits(r, 3), digits(r, 2), digits(r, 2)]
    else:
        a = pick(r, ["16", "50", "10", "11", "13", "14", "15", "19", "51",
                     "52", "53", "54", "56", "57", "58", "59", "60", "61",
                     "63", "64", "65", "67", "69", "71", "80", "81", "82",
                     "83", "84", "85", "86", "87", "89"])
        rest = [ndigits(r, 2), digits(r, 2), digits(r, 2)]
    if intl:
        return pick(r, ["+32 %s %s", "+32 (0)%s %s", "0032 %s %s"]) % (
            a, " ".join(rest))
    return pick(r, ["0%s %s", "0%s/%s", "0%s %s"]) % (
        a, pick(r, [" ", "."]).join(rest))


def phone_nl(r, intl):
    if r.random() < 0.45:
        a, rest = "6", digits(r, 8)
        nat = pick(r, ["06 %s", "06-%s", "06 %s %s %s %s", "06%s"])
        if nat.count("%s") == 4:
            nat = nat % tuple(rest[i:i + 2] for i in range(0, 8, 2))
        else:
            nat = nat % rest
        parts = rest
    else:
        a = pick(r, ["20", "10", "70", "30", "40", "50", "13", "15",
                     "23", "24", "26", "35", "38", "43", "45", "53", "58",
                     "71", "72", "73", "76", "77", "79", "118", "162",
                     "172", "229", "294", "313", "341", "413", "481",
                     "495", "513", "570", "591"])
        rest = ndigits(r, 9 - len(a))
        if len(a) == 2:
            nat = pick(r, ["0%s %s %s", "0%s-%s %s", "0%s %s%s"]) % (
                a, rest[:3], rest[3:])
        else:
            nat = pick(r, ["0%s %s" % (a, rest), "0%s-%s" % (a, rest),
                           "0%s %s %s" % (a, rest[:3], rest[3:])])
        parts = rest
    if not intl:
        return nat
    return pick(r, ["+31 %s %s", "+31 (0)%s %s", "+31 %s-%s",
                    "0031 %s %s"]) % (a, parts)


def phone_es(r, intl):
    if r.random() < 0.5:
        first = pick(r, "67")
        num = first + digits(r, 8)
    else:
        num = pick(r, ["91", "93", "96", "95", "94", "98", "97", "92",
                       "88", "87", "86", "85", "83", "82", "81"]) + \
            ndigits(r, 7)
    nat = wpick(r, [(4, group(num, [3, 3, 3], " ")),
                    (3, group(num, [3, 2, 2, 2], " ")),
                    (2, group(num, [2, 3, 2, 2], " ")),
                    (1, num), (1, group(num, [3, 3, 3], "-"))])
    if intl:
        return pick(r, ["+34 ", "+34 ", "0034 ", "(+34) "]) + nat
    return nat


def phone_mx(r, intl):
    a = pick(r, ["55", "33", "81", "222", "442", "998", "999", "664",
                 "477", "614", "656", "662", "667", "722", "744", "833",
                 "871", "951", "961", "981", "984"])
    rest = ndigits(r, 10 - len(a))
    if len(a) == 2:
        body = pick(r, ["%s %s %s", "(%s) %s-%s", "%s-%s-%s", "%s %s%s"]) % (
            a, rest[:4], rest[4:])
    else:
        body = pick(r, ["%s %s %s", "(%s) %s-%s", "%s-%s-%s"]) % (
            a, rest[:3], rest[3:])
    if intl:
        return pick(r, ["+52 ", "+52 ", "+52 1 ", "0052 "]) + body
    return body


def phone_pt(r, intl):
    num = pick(r, ["91", "92", "93", "96", "21", "22", "23", "24", "25",
                   "26", "27", "28", "29"]) + digits(r, 7)
    nat = pick(r, [group(num, [3, 3, 3], " "), num,
                   group(num, [2, 3, 2, 2], " ")])
    if intl:
        return pick(r, ["+351 ", "+351 ", "00351 ", "(+351) "]) + nat
    return nat


def phone_br(r, intl):
    a = pick(r, ["11", "21", "31", "41", "51", "61", "71", "81", "85",
                 "19", "27", "47", "48", "62", "91", "92", "98", "12",
                 "13", "16", "24", "43", "44", "67", "79", "83", "84"])
    if r.random() < 0.65:
        rest = "9" + digits(r, 4), digits(r, 4)
    else:
        rest = pick(r, "2345") + digits(r, 3), digits(r, 4)
    body = pick(r, ["(%s) %s-%s", "%s %s-%s", "(%s) %s %s", "%s %s%s",
                    "(%s)%s-%s"]) % ((a,) + rest)
    if intl:
        return pick(r, ["+55 ", "+55 ", "0055 "]) + body.replace(
            "(", "").replace(")", "")
    if r.random() < 0.15:
        return "0" + body.replace("(", "").replace(")", "")
    return body


def phone_it(r, intl):
    if r.random() < 0.5:
        a = pick(r, ["320", "327", "328", "329", "330", "333", "334", "335",
                     "338", "339", "340", "342", "345", "346", "347", "348",
                     "349", "360", "366", "368", "380", "388", "389", "391",
                     "392", "393"])
        rest = digits(r, 7)
        body = pick(r, ["%s %s", "%s %s %s", "%s-%s", "%s.%s.%s",
                        "%s/%s"])
        n = body.count("%s")
        body = body % ((a, rest) if n == 2 else (a, rest[:3], rest[3:]))
    else:
        a = pick(r, ["02", "06", "011", "055", "081", "051", "041", "010",
                     "091", "070", "080", "045", "049", "050", "030",
                     "035", "039", "0471", "0461", "0522", "0541", "0532",
                     "0577", "0583", "0584", "0733", "0831", "0965"])
        rest = ndigits(r, 10 - len(a) if len(a) <= 3 else 6)
        body = pick(r, ["%s %s", "%s-%s", "%s/%s", "%s %s %s"])
        n = body.count("%s")
        body = body % ((a, rest) if n == 2 else (a, rest[:4], rest[4:]))
    if intl:
        return pick(r, ["+39 ", "+39 ", "0039 ", "(+39) "]) + body
    return body


def phone_pl(r, intl):
    if r.random() < 0.6:
        num = pick(r, ["50", "51", "53", "57", "60", "66", "69", "72",
                       "73", "78", "79", "88"]) + digits(r, 7)
        nat = pick(r, [group(num, [3, 3, 3], " "),
                       group(num, [3, 3, 3], "-"), num])
    else:
        a = pick(r, ["22", "12", "61", "71", "58", "42", "81", "91", "32",
                     "52", "85", "89", "94", "17", "41", "77", "68"])
        rest = ndigits(r, 7)
        nat = pick(r, ["%s %s %s %s", "(%s) %s-%s-%s", "%s %s-%s-%s"]) % (
            a, rest[:3], rest[3:5], rest[5:])
    if intl:
        return pick(r, ["+48 ", "+48 ", "0048 ", "(+48) "]) + nat.replace(
            "(", "").replace(")", "")
    return nat


def phone_se(r, intl):
    if r.random() < 0.5:
        a = pick(r, ["70", "72", "73", "76", "79"])
        rest = [digits(r, 3), digits(r, 2), digits(r, 2)]
    else:
        a = pick(r, ["8", "31", "40", "18", "13", "19", "21", "23", "26",
                     "35", "36", "46", "54", "60", "63", "90", "920"])
        n = 8 - len(a) if a != "8" else r.choice([7, 8])
        s = ndigits(r, n)
        rest = [s[:3], s[3:5], s[5:]] if n == 7 else [s[:3], s[3:6], s[6:]]
        rest = [x for x in rest if x]
    if intl:
        return pick(r, ["+46 %s %s", "+46 (0)%s %s", "0046 %s %s",
                        "+46-%s-%s"]) % (a, " ".join(rest))
    return pick(r, ["0%s-%s", "0%s %s", "0%s-%s"]) % (a, " ".join(rest))


def phone_no(r, intl):
    if r.random() < 0.5:
        num = pick(r, "49") + digits(r, 7)
        nat = pick(r, [group(num, [3, 2, 3], " "), num,
                       group(num, [2, 2, 2, 2], " ")])
    else:
        num = pick(r, ["22", "23", "55", "51", "73", "77", "38", "33",
                       "69", "61", "62", "35", "37", "71", "75"]) + \
            digits(r, 6)
        nat = pick(r, [group(num, [2, 2, 2, 2], " "), num])
    if intl:
        return pick(r, ["+47 ", "+47 ", "0047 "]) + nat
    return nat


def phone_dk(r, intl):
    num = pick(r, "2345678") + digits(r, 7)
    nat = pick(r, [group(num, [2, 2, 2, 2], " "), group(num, [4, 4], " "),
                   num])
    if intl:
        return pick(r, ["+45 ", "+45 ", "0045 "]) + nat
    return nat


def phone_fi(r, intl):
    if r.random() < 0.55:
        a = pick(r, ["40", "41", "44", "45", "46", "50"])
        rest = [digits(r, 3), digits(r, 4)]
    else:
        a = pick(r, ["9", "2", "3", "5", "6", "8", "13", "14", "15",
                     "16", "17", "19"])
        rest = [ndigits(r, 3), digits(r, 4)] if len(a) == 1 else \
            [ndigits(r, 3), digits(r, 3)]
    if intl:
        return pick(r, ["+358 %s %s", "+358 (0)%s %s", "00358 %s %s"]) % (
            a, " ".join(rest))
    return pick(r, ["0%s %s", "0%s-%s", "(0%s) %s"]) % (a, " ".join(rest))


def phone_is(r, intl):
    num = pick(r, "4568") + digits(r, 6)
    nat = pick(r, [group(num, [3, 4], " "), group(num, [3, 4], "-"), num])
    if intl:
        return pick(r, ["+354 ", "00354 "]) + nat
    return nat


PHONE_MAKERS = {
    "US": phone_us, "CA": phone_ca, "UK": phone_uk, "IE": phone_ie,
    "DE": phone_de, "AT": phone_at, "CH": phone_ch, "FR": phone_fr,
    "BE": phone_be, "NL": phone_nl, "ES": phone_es, "MX": phone_mx,
    "PT": phone_pt, "BR": phone_br, "IT": phone_it, "PL": phone_pl,
    "SE": phone_se, "NO": phone_no, "DK": phone_dk, "FI": phone_fi,
    "IS": phone_is,
}

EXTENSIONS = {
    "en": ["x%s", "x %s", "ext. %s", "ext %s", "Ext. %s", "extension %s"],
    "de": ["Durchwahl %s", "DW %s", "App. %s", "ext. %s"],
    "fr": ["poste %s", "p. %s", "ext. %s"],
    "es": ["ext. %s", "extensión %s", "int. %s"],
    "it": ["int. %s", "interno %s", "ext. %s"],
    "nl": ["toestel %s", "tst. %s", "ext. %s"],
    "pt": ["ramal %s", "ext. %s", "extensão %s"],
    "pl": ["wew. %s", "wewn. %s", "ext. %s"],
}


def phone_text(r, cc, lang, intl=None, ext=False):
    if intl is None:
        intl = r.random() < 0.4
    s = PHONE_MAKERS[cc](r, intl)
    if ext:
        x = pick(r, EXTENSIONS.get(lang, EXTENSIONS["en"]) +
                 EXTENSIONS["en"][:3])
        if x == "x%s":
            sep = pick(r, [" ", " ", ""])
        else:
            sep = pick(r, [" ", " ", ", "])
        s += sep + x % digits(r, r.choice([2, 3, 3, 4]))
    return s


# ---------------------------------------------------------------------
# Towns of each country, written for this generator (eval half used).
# "Town;XX" carries a state or province code.

TOWNS = {
    "US": words("""Springfield;IL|Albany;NY|Rochester;NY|Syracuse;NY|
Ithaca;NY|Yonkers;NY|Burlington;VT|Montpelier;VT|Portland;ME|Bangor;ME|
Concord;NH|Nashua;NH|Hartford;CT|Stamford;CT|New Haven;CT|Providence;RI|
Worcester;MA|Cambridge;MA|Lowell;MA|Salem;MA|Newark;NJ|Trenton;NJ|
Hoboken;NJ|Allentown;PA|Scranton;PA|Erie;PA|Pittsburgh;PA|Harrisburg;PA|
Reading;PA|Wilmington;DE|Dover;DE|Baltimore;MD|Annapolis;MD|Richmond;VA|
Norfolk;VA|Roanoke;VA|Raleigh;NC|Durham;NC|Asheville;NC|Charlotte;NC|
Greenville;SC|Charleston;SC|Savannah;GA|Athens;GA|Macon;GA|Tallahassee;FL|
Gainesville;FL|Tampa;FL|Orlando;FL|Pensacola;FL|Sarasota;FL|
Birmingham;AL|Huntsville;AL|Mobile;AL|Jackson;MS|Memphis;TN|Knoxville;TN|
Chattanooga;TN|Louisville;KY|Lexington;KY|Columbus;OH|Dayton;OH|Akron;OH|
Toledo;OH|Cincinnati;OH|Ann Arbor;MI|Lansing;MI|Grand Rapids;MI|
Kalamazoo;MI|Fort Wayne;IN|Bloomington;IN|Peoria;IL|Naperville;IL|
Madison;WI|Green Bay;WI|Duluth;MN|Des Moines;IA|Cedar Rapids;IA|
Omaha;NE|Lincoln;NE|Wichita;KS|Topeka;KS|Tulsa;OK|Norman;OK|
Little Rock;AR|Shreveport;LA|Baton Rouge;LA|Lafayette;LA|Austin;TX|
El Paso;TX|Lubbock;TX|Amarillo;TX|Waco;TX|Laredo;TX|Plano;TX|
Santa Fe;NM|Albuquerque;NM|Tucson;AZ|Flagstaff;AZ|Mesa;AZ|Boulder;CO|
Pueblo;CO|Provo;UT|Ogden;UT|Boise;ID|Billings;MT|Missoula;MT|
Cheyenne;WY|Fargo;ND|Bismarck;ND|Sioux Falls;SD|Reno;NV|Henderson;NV|
Eugene;OR|Salem;OR|Spokane;WA|Tacoma;WA|Olympia;WA|Fresno;CA|Modesto;CA|
Sacramento;CA|Oakland;CA|Pasadena;CA|Riverside;CA|Anaheim;CA|
Santa Barbara;CA|Anchorage;AK|Juneau;AK|Honolulu;HI|Hilo;HI|
Bristol;TN|Paris;TX|Florence;AL|Independence;MO|Joplin;MO|Columbia;MO"""),
    "UK": words("""Harrogate|Bath|Reading|York|Chester|Exeter|Truro|
Plymouth|Norwich|Ipswich|Colchester|Cambridge|Oxford|Swindon|Gloucester|
Hereford|Worcester|Shrewsbury|Stoke-on-Trent|Derby|Nottingham|Leicester|
Coventry|Northampton|Luton|Watford|Guildford|Brighton|Hastings|
Canterbury|Maidstone|Dover|Southampton|Portsmouth|Bournemouth|Salisbury|
Taunton|Cheltenham|Lancaster|Preston|Blackpool|Bolton|Wigan|Stockport|
Huddersfield|Wakefield|Doncaster|Sheffield|Hull|Scarborough|Durham|
Sunderland|Carlisle|Kendal|Cardiff|Swansea|Newport|Wrexham|Bangor|
Aberystwyth|Edinburgh|Glasgow|Aberdeen|Dundee|Inverness|Stirling|Perth|
Belfast|Newry|Lisburn|Milton Keynes|Basingstoke|Crawley|Slough|
Tunbridge Wells|Bury St Edmunds|Stratford-upon-Avon|Kings Lynn|Ely|
Whitby|Keswick|Penzance|Falmouth|Llandudno|Oban|Fort William"""),
    "IE": words("""Dublin|Cork|Limerick|Galway|Waterford|Drogheda|Dundalk|
Swords|Bray|Navan|Kilkenny|Ennis|Tralee|Carlow|Naas|Athlone|Sligo|
Letterkenny|Wexford|Castlebar|Ballina|Killarney|Clonmel|Mullingar|
Portlaoise|Tullamore|Westport|Kinsale|Dingle|Cobh"""),
    "CA": words("""Toronto;ON|Ottawa;ON|Hamilton;ON|Kingston;ON|Guelph;ON|
Waterloo;ON|London;ON|Sudbury;ON|Thunder Bay;ON|Barrie;ON|Mississauga;ON|
Peterborough;ON|Windsor;ON|Oshawa;ON|Montréal;QC|Québec;QC|Laval;QC|
Gatineau;QC|Sherbrooke;QC|Trois-Rivières;QC|Saguenay;QC|Rimouski;QC|
Vancouver;BC|Victoria;BC|Kelowna;BC|Kamloops;BC|Nanaimo;BC|Burnaby;BC|
Calgary;AB|Edmonton;AB|Red Deer;AB|Lethbridge;AB|Saskatoon;SK|Regina;SK|
Winnipeg;MB|Brandon;MB|Halifax;NS|Sydney;NS|Moncton;NB|Fredericton;NB|
Saint John;NB|Charlottetown;PE|St. John's;NL|Whitehorse;YT|
Yellowknife;NT|Iqaluit;NU"""),
    "DE": words("""Berlin|Hamburg|München|Köln|Frankfurt am Main|Stuttgart|
Düsseldorf|Leipzig|Dresden|Hannover|Nürnberg|Bremen|Bochum|Wuppertal|
Bielefeld|Bonn|Münster|Karlsruhe|Mannheim|Augsburg|Wiesbaden|
Freiburg im Breisgau|Heidelberg|Tübingen|Göttingen|Kassel|Erfurt|Jena|
Weimar|Rostock|Lübeck|Kiel|Flensburg|Oldenburg|Osnabrück|Paderborn|
Regensburg|Passau|Würzburg|Bamberg|Ulm|Konstanz|Trier|Koblenz|Mainz|
Saarbrücken|Potsdam|Cottbus|Magdeburg|Halle (Saale)|Chemnitz|Zwickau|
Görlitz|Schwerin|Wismar|Greifswald|Lüneburg|Celle|Hildesheim|Wolfsburg|
Gütersloh|Siegen|Marburg|Gießen|Fulda|Darmstadt|Offenbach am Main|
Ingolstadt|Rosenheim|Kempten|Garmisch-Partenkirchen|Bad Homburg|
Herford|Detmold|Bad Kreuznach|Neustadt an der Weinstraße|Aschaffenburg|
Schweinfurt|Bayreuth|Hof|Plauen|Stralsund|Neubrandenburg|Emden|Aurich"""),
    "AT": words("""Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|
St. Pölten|Dornbirn|Steyr|Feldkirch|Bregenz|Leoben|Krems an der Donau|
Baden|Wolfsberg|Kufstein|Hallein|Bad Ischl|Zell am See|Eisenstadt|
Amstetten|Mödling|Traun|Leonding|Lustenau|Spittal an der Drau|Schwaz|
Kitzbühel|Lienz|Gmunden|Braunau am Inn|Ried im Innkreis"""),
    "CH": words("""Zürich;de|Genève;fr|Basel;de|Lausanne;fr|Bern;de|
Winterthur;de|Luzern;de|St. Gallen;de|Lugano;it|Biel/Bienne;de|Thun;de|
Köniz;de|Fribourg;fr|Schaffhausen;de|Chur;de|Neuchâtel;fr|Sion;fr|
Zug;de|Aarau;de|Uster;de|Olten;de|Solothurn;de|Bellinzona;it|Locarno;it|
Montreux;fr|Davos;de|Frauenfeld;de|Wil;de|Rapperswil-Jona;de|
Mendrisio;it|Yverdon-les-Bains;fr|Vevey;fr|Nyon;fr|Delémont;fr|
La Chaux-de-Fonds;fr|Martigny;fr|Kreuzlingen;de|Baar;de|Emmen;de|
Chiasso;it"""),
    "FR": words("""Paris|Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|
Montpellier|Bordeaux|Lille|Rennes|Reims|Le Havre|Saint-Étienne|Toulon|
Grenoble|Dijon|Angers|Nîmes|Villeurbanne|Clermont-Ferrand|Le Mans|
Aix-en-Provence|Brest|Tours|Amiens|Limoges|Annecy|Perpignan|Besançon|
Metz|Orléans|Rouen|Mulhouse|Caen|Nancy|Avignon|Poitiers|La Rochelle|
Pau|Bayonne|Colmar|Chambéry|Valence|Quimper|Vannes|Lorient|Saint-Malo|
Arles|Carcassonne|Béziers|Albi|Cannes|Antibes|Ajaccio|Bastia|Troyes|
Chartres|Évreux|Niort|Angoulême|Périgueux|Montauban|Tarbes|Agen|Vichy|
Bourges|Auxerre|Saint-Brieuc|Laval|Cholet|Biarritz|Sète|Menton"""),
    "BE": words("""Bruxelles;fr|Brussel;nl|Antwerpen;nl|Gent;nl|Charleroi;fr|
Liège;fr|Brugge;nl|Namur;fr|Leuven;nl|Mons;fr|Aalst;nl|Mechelen;nl|
La Louvière;fr|Kortrijk;nl|Hasselt;nl|Oostende;nl|Sint-Niklaas;nl|
Tournai;fr|Genk;nl|Seraing;fr|Roeselare;nl|Verviers;fr|Mouscron;fr|
Beveren;nl|Dendermonde;nl|Turnhout;nl|Ieper;nl|Arlon;fr|Wavre;fr|
Ottignies-Louvain-la-Neuve;fr|Knokke-Heist;nl|Lier;nl|Geel;nl|
Waterloo;fr|Nivelles;fr|Spa;fr|Dinant;fr|Bastogne;fr|Tienen;nl|
Lokeren;nl"""),
    "NL": words("""Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Groningen|
Tilburg|Almere|Breda|Nijmegen|Apeldoorn|Haarlem|Arnhem|Enschede|
Amersfoort|Zaandam|'s-Hertogenbosch|Zwolle|Leiden|Maastricht|Dordrecht|
Zoetermeer|Delft|Deventer|Alkmaar|Leeuwarden|Hilversum|Venlo|Gouda|
Middelburg|Assen|Emmen|Helmond|Roermond|Hoorn|Purmerend|Schiedam|
Lelystad|Harderwijk|Wageningen|Zeist|Veenendaal|Ede|Sittard|Heerlen|
Kampen|Vlissingen|Den Helder|Alphen aan den Rijn|Oss|Doetinchem"""),
    "ES": words("""Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Murcia|
Palma|Las Palmas de Gran Canaria|Bilbao|Alicante|Córdoba|Valladolid|
Vigo|Gijón|A Coruña|Granada|Vitoria-Gasteiz|Elche|Oviedo|
Santa Cruz de Tenerife|Pamplona|Almería|San Sebastián|Burgos|Santander|
Castellón de la Plana|Albacete|Logroño|Badajoz|Salamanca|Huelva|Lleida|
Tarragona|León|Cádiz|Jaén|Ourense|Girona|Lugo|Cáceres|Segovia|Toledo|
Ávila|Cuenca|Teruel|Soria|Zamora|Huesca|Pontevedra|Marbella|
Jerez de la Frontera|Getafe|Alcalá de Henares|Móstoles|Sabadell|Terrassa|
Reus|Benidorm|Ponferrada"""),
    "MX": words("""Ciudad de México;CDMX|Guadalajara;Jal.|Monterrey;N.L.|
Puebla;Pue.|Tijuana;B.C.|León;Gto.|Ciudad Juárez;Chih.|Zapopan;Jal.|
Mérida;Yuc.|San Luis Potosí;S.L.P.|Aguascalientes;Ags.|Hermosillo;Son.|
Saltillo;Coah.|Mexicali;B.C.|Culiacán;Sin.|Querétaro;Qro.|Morelia;Mich.|
Chihuahua;Chih.|Toluca;Méx.|Cancún;Q.R.|Acapulco;Gro.|Oaxaca;Oax.|
Veracruz;Ver.|Xalapa;Ver.|Tampico;Tamps.|Durango;Dgo.|Torreón;Coah.|
Villahermosa;Tab.|Tuxtla Gutiérrez;Chis.|Cuernavaca;Mor.|Pachuca;Hgo.|
Mazatlán;Sin.|Puerto Vallarta;Jal.|Ensenada;B.C.|La Paz;B.C.S.|
Campeche;Camp.|Colima;Col.|Zacatecas;Zac.|Tepic;Nay.|Tlaxcala;Tlax.|
Chetumal;Q.R.|Guanajuato;Gto.|Celaya;Gto.|Irapuato;Gto.|Ecatepec;Méx."""),
    "PT": words("""Lisboa|Porto|Braga|Coimbra|Funchal|Setúbal|Aveiro|Évora|
Faro|Viseu|Leiria|Guimarães|Viana do Castelo|Vila Nova de Gaia|Amadora|
Almada|Sintra|Cascais|Oeiras|Matosinhos|Barreiro|Odivelas|Portimão|
Lagos|Tavira|Beja|Bragança|Castelo Branco|Covilhã|Guarda|Santarém|
Tomar|Ponta Delgada|Angra do Heroísmo|Póvoa de Varzim|Figueira da Foz|
Loulé|Albufeira|Espinho|Maia|Gondomar|Chaves|Lamego|Elvas|Peniche"""),
    "BR": words("""São Paulo;SP|Rio de Janeiro;RJ|Brasília;DF|Salvador;BA|
Fortaleza;CE|Belo Horizonte;MG|Manaus;AM|Curitiba;PR|Recife;PE|
Goiânia;GO|Belém;PA|Porto Alegre;RS|Guarulhos;SP|Campinas;SP|
São Luís;MA|Maceió;AL|Natal;RN|Teresina;PI|João Pessoa;PB|
Campo Grande;MS|Cuiabá;MT|Florianópolis;SC|Vitória;ES|Aracaju;SE|
Londrina;PR|Joinville;SC|Juiz de Fora;MG|Niterói;RJ|Ribeirão Preto;SP|
Uberlândia;MG|Sorocaba;SP|Santos;SP|Blumenau;SC|Petrópolis;RJ|
Caxias do Sul;RS|Pelotas;RS|Maringá;PR|Olinda;PE|Porto Velho;RO|
Macapá;AP|Boa Vista;RR|Palmas;TO|Rio Branco;AC|Campina Grande;PB|
Feira de Santana;BA|Ouro Preto;MG"""),
    "IT": words("""Roma;RM|Milano;MI|Napoli;NA|Torino;TO|Palermo;PA|
Genova;GE|Bologna;BO|Firenze;FI|Bari;BA|Catania;CT|Venezia;VE|Verona;VR|
Messina;ME|Padova;PD|Trieste;TS|Brescia;BS|Parma;PR|Taranto;TA|Prato;PO|
Modena;MO|Reggio Calabria;RC|Reggio Emilia;RE|Perugia;PG|Ravenna;RA|
Livorno;LI|Cagliari;CA|Foggia;FG|Rimini;RN|Salerno;SA|Ferrara;FE|
Sassari;SS|Latina;LT|Monza;MB|Siracusa;SR|Pescara;PE|Bergamo;BG|
Vicenza;VI|Trento;TN|Bolzano;BZ|Novara;NO|Piacenza;PC|Ancona;AN|
Udine;UD|Arezzo;AR|Lecce;LE|La Spezia;SP|Como;CO|Pisa;PI|Lucca;LU|
Siena;SI|Treviso;TV|Varese;VA|Cremona;CR|Mantova;MN|Asti;AT|Cuneo;CN|
Matera;MT|Potenza;PZ|Aosta;AO|Pordenone;PN|Viterbo;VT|Lodi;LO"""),
    "PL": words("""Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|
Bydgoszcz|Lublin|Białystok|Katowice|Gdynia|Częstochowa|Radom|Toruń|
Sosnowiec|Rzeszów|Kielce|Gliwice|Olsztyn|Zabrze|Bielsko-Biała|Bytom|
Zielona Góra|Rybnik|Ruda Śląska|Opole|Tychy|Gorzów Wielkopolski|Elbląg|
Płock|Wałbrzych|Włocławek|Tarnów|Chorzów|Koszalin|Kalisz|Legnica|
Grudziądz|Słupsk|Jaworzno|Jastrzębie-Zdrój|Nowy Sącz|Jelenia Góra|
Siedlce|Mysłowice|Konin|Piła|Piotrków Trybunalski|Inowrocław|Lubin|
Ostrów Wielkopolski|Suwałki|Gniezno|Zakopane|Sopot|Zamość|Przemyśl"""),
    "SE": words("""Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|
Linköping|Helsingborg|Jönköping|Norrköping|Lund|Umeå|Gävle|Borås|
Södertälje|Eskilstuna|Halmstad|Växjö|Karlstad|Sundsvall|Östersund|
Trollhättan|Luleå|Kalmar|Kristianstad|Falun|Skövde|Kiruna|Visby|Ystad"""),
    "NO": words("""Oslo|Bergen|Trondheim|Stavanger|Drammen|Fredrikstad|
Kristiansand|Sandnes|Tromsø|Sarpsborg|Skien|Ålesund|Sandefjord|
Haugesund|Tønsberg|Moss|Porsgrunn|Bodø|Arendal|Hamar|Larvik|Halden|
Lillehammer|Molde|Harstad|Kongsberg|Gjøvik|Narvik|Alta|Hammerfest"""),
    "DK": words("""København|Aarhus|Odense|Aalborg|Esbjerg|Randers|Kolding|
Horsens|Vejle|Roskilde|Herning|Hørsholm|Silkeborg|Næstved|Fredericia|
Viborg|Køge|Holstebro|Taastrup|Slagelse|Hillerød|Sønderborg|Svendborg|
Hjørring|Frederikshavn|Nyborg|Skagen|Ribe|Helsingør|Ringsted"""),
    "FI": words("""Helsinki|Espoo|Tampere|Vantaa|Oulu|Turku|Jyväskylä|Lahti|
Kuopio|Pori|Kouvola|Joensuu|Lappeenranta|Hämeenlinna|Vaasa|Seinäjoki|
Rovaniemi|Mikkeli|Kotka|Salo|Porvoo|Kokkola|Lohja|Hyvinkää|Järvenpää|
Rauma|Kajaani|Kerava|Savonlinna|Nokia|Ylöjärvi|Kangasala|Raahe|Imatra|
Tornio|Iisalmi|Kemi|Varkaus"""),
    "IS": words("""Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Reykjanesbær|
Garðabær|Mosfellsbær|Akranes|Selfoss|Ísafjörður|Egilsstaðir|Húsavík|
Vestmannaeyjar|Borgarnes|Sauðárkrókur|Grindavík|Hveragerði|Dalvík"""),
}

IE_COUNTIES = words("""Co. Mayo|Co. Kerry|Co. Clare|Co. Cork|Co. Galway|
Co. Donegal|Co. Wexford|Co. Kildare|Co. Meath|Co. Wicklow|Co. Sligo|
Co. Tipperary|Co. Limerick|Co. Louth|Co. Offaly|Co. Westmeath|Co. Laois|
Co. Kilkenny|Co. Waterford|Co. Roscommon|Co. Leitrim|Co. Cavan""")
UK_COUNTIES = words("""North Yorkshire|Somerset|Berkshire|Devon|Cornwall|
Norfolk|Suffolk|Essex|Kent|Surrey|Hampshire|Dorset|Wiltshire|
Gloucestershire|Shropshire|Cheshire|Lancashire|Cumbria|Derbyshire|
Nottinghamshire|Leicestershire|Oxfordshire|Hertfordshire|
West Sussex|East Sussex|Worcestershire|Herefordshire|County Durham|
Northumberland|Lincolnshire|Staffordshire|Warwickshire""")
MX_COLONIAS = words("""Roma Norte|Condesa|Polanco|Del Valle|Narvarte|
Coyoacán|Centro|Juárez|Nápoles|Santa Fe|Lomas de Chapultepec|San Ángel|
Providencia|Chapalita|Americana|Obispado|Cumbres|Jardines del Pedregal|
Escandón|Tlalpan Centro|Anzures|Doctores|Industrial|Reforma|Las Águilas|
Residencial San Agustín|Lindavista|Tabacalera|Vallarta Norte""")
BR_BAIRROS = words("""Bela Vista|Jardins|Pinheiros|Vila Mariana|
Copacabana|Ipanema|Botafogo|Centro|Savassi|Boa Viagem|Moinhos de Vento|
Batel|Barra|Meireles|Asa Sul|Liberdade|Moema|Perdizes|Tijuca|Leblon|
Funcionários|Aldeota|Água Verde|Petrópolis|Itaim Bibi|Santa Cecília|
Vila Madalena|Lapa|Flamengo|Laranjeiras|Trindade|Campo Belo""")

# Regions and countries as written in each language (LOCATION in the
# frames of that language).  Countries: "name" or "name;in;from" with
# the prepositional forms of languages that need them ("Polsce" for
# "w Polsce").

REGIONS = {
    "de": words("""Bayern|Baden-Württemberg|Sachsen|Thüringen|Hessen|
Niedersachsen|Brandenburg|Mecklenburg-Vorpommern|Schleswig-Holstein|
Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen-Anhalt|Tirol|
Kärnten|Steiermark|Vorarlberg|Burgenland|Niederösterreich|
Oberösterreich|Graubünden|Wallis|Tessin|Aargau|Thurgau|Allgäu|
Schwarzwald|Eifel|Ruhrgebiet|Franken|Oberbayern|Ostfriesland|Sauerland|
Emsland|Vogtland|Harz|Breisgau|Bodensee"""),
    "fr": words("""Bretagne|Normandie|Provence|Alsace|Occitanie|Auvergne|
Bourgogne|Savoie|Corse|Lorraine|Picardie|Aquitaine|Vendée|Dordogne|
Wallonie|Flandre|Québec|Valais|Vaud|Hainaut|Ardennes|Jura|Gironde|
Finistère|Morbihan|Haute-Savoie|Isère|Drôme|Ardèche|Gard|Hérault|
Charente|Limousin|Champagne|Franche-Comté|Périgord|Lozère|Vosges"""),
    "es": words("""Andalucía|Cataluña|Galicia|Asturias|Cantabria|Aragón|
Navarra|Extremadura|Castilla y León|Castilla-La Mancha|La Rioja|
Comunidad Valenciana|Canarias|Baleares|País Vasco|Jalisco|Yucatán|
Oaxaca|Chiapas|Sonora|Nuevo León|Veracruz|Michoacán|Guerrero|
Quintana Roo|Sinaloa|Coahuila|Tamaulipas|Hidalgo|Zacatecas|Durango|
Baja California|Chihuahua|Tabasco|Campeche"""),
    "pt": words("""Alentejo|Algarve|Minho|Trás-os-Montes|Beira Alta|Madeira|
Açores|Ribatejo|Douro|Minas Gerais|Bahia|Pernambuco|Ceará|Paraná|
Santa Catarina|Rio Grande do Sul|Goiás|Amazonas|Pará|Maranhão|Piauí|
Paraíba|Alagoas|Sergipe|Espírito Santo|Mato Grosso|Tocantins|Rondônia|
Beira Baixa|Estremadura"""),
    "it": words("""Toscana|Lombardia|Piemonte|Veneto|Liguria|Emilia-Romagna|
Lazio|Campania|Puglia|Calabria|Sicilia|Sardegna|Umbria|Marche|Abruzzo|
Molise|Basilicata|Trentino|Alto Adige|Friuli|Valle d'Aosta|Ticino|
Salento|Maremma|Chianti|Brianza|Langhe|Carnia|Cilento|Irpinia"""),
    "nl": words("""Noord-Holland|Zuid-Holland|Gelderland|Overijssel|Drenthe|
Friesland|Flevoland|Zeeland|Noord-Brabant|Limburg|Vlaanderen|Wallonië|
Oost-Vlaanderen|West-Vlaanderen|Vlaams-Brabant|Twente|Achterhoek|
Veluwe|Betuwe|Kempen|Westland|Salland|Texel|Ameland"""),
    "pl": words("""Mazowsze|Małopolska|Śląsk|Pomorze|Wielkopolska|Podkarpacie|
Kujawy|Podlasie|Warmia|Mazury|Lubelszczyzna|Kaszuby|Podhale|
Dolny Śląsk|Kurpie|Żuławy|Roztocze|Bieszczady|Suwalszczyzna"""),
}

COUNTRIES = {
    "de": words("""Deutschland|Österreich|Frankreich|Italien|Spanien|
Portugal|Polen|Belgien|Dänemark|Schweden|Norwegen|Finnland|
Griechenland|Kroatien|Ungarn|Tschechien|Rumänien|Brasilien|Mexiko|
Kanada|England|Irland|Japan|China|Indien|Marokko|Ägypten|Luxemburg|
Slowenien|Bulgarien|Serbien|Russland|Australien|Argentinien|Chile|
Kolumbien|Peru|Südafrika|Kenia|Vietnam|Thailand|Island|Estland|
Lettland|Litauen|Schottland|Wales|Albanien|Bosnien|Syrien|Tunesien"""),
    "fr": words("""France;en|Belgique;en|Suisse;en|Allemagne;en|
Espagne;en|Italie;en|Pologne;en|Roumanie;en|Algérie;en|Tunisie;en|
Irlande;en|Grèce;en|Suède;en|Norvège;en|Finlande;en|Autriche;en|
Angleterre;en|Écosse;en|Turquie;en|Chine;en|Inde;en|Argentine;en|
Colombie;en|Croatie;en|Hongrie;en|Bulgarie;en|Côte d'Ivoire;en|
Portugal;au|Canada;au|Maroc;au|Brésil;au|Mexique;au|Sénégal;au|
Cameroun;au|Luxembourg;au|Danemark;au|Japon;au|Vietnam;au|Liban;au|
Chili;au|Pérou;au|Congo;au|Mali;au|Québec;au|Pays-Bas;aux"""),
    "es": words("""España|México|Argentina|Colombia|Chile|Perú|Venezuela|
Ecuador|Bolivia|Uruguay|Paraguay|Cuba|Guatemala|Honduras|Nicaragua|
Panamá|Costa Rica|Francia|Alemania|Italia|Portugal|Inglaterra|Irlanda|
Suiza|Austria|Bélgica|Holanda|Polonia|Suecia|Noruega|Marruecos|Rumanía|
Brasil|Canadá|Japón|China|Cataluña|Escocia|Grecia|Turquía"""),
    "it": words("""Italia|Francia|Germania|Spagna|Svizzera|Austria|
Portogallo|Polonia|Belgio|Olanda|Inghilterra|Irlanda|Scozia|Grecia|
Croazia|Slovenia|Albania|Romania|Ungheria|Svezia|Norvegia|Danimarca|
Finlandia|Brasile|Argentina|Messico|Canada|Australia|Giappone|Cina|
India|Marocco|Tunisia|Egitto|Russia|Ucraina|Turchia|Perù|Cile"""),
    "nl": words("""Nederland|België|Duitsland|Frankrijk|Spanje|Portugal|
Italië|Polen|Zweden|Denemarken|Noorwegen|Finland|Turkije|Marokko|
Suriname|Indonesië|Engeland|Ierland|Schotland|Oostenrijk|Zwitserland|
Griekenland|Kroatië|Hongarije|Roemenië|Bulgarije|Brazilië|Canada|
Australië|Japan|China|India|Curaçao|Aruba|Luxemburg|Tsjechië"""),
    "pt": words("""Portugal;em|Angola;em|Moçambique;em|Cabo Verde;em|
Espanha;em|Brasil;no|Canadá;no|Japão;no|Chile;no|Peru;no|Uruguai;no|
Paraguai;no|México;no|Luxemburgo;no|Reino Unido;no|Brasil;no|
França;na|Alemanha;na|Itália;na|Suíça;na|Bélgica;na|Holanda;na|
Irlanda;na|Inglaterra;na|Argentina;na|Colômbia;na|Venezuela;na|
Bolívia;na|Polónia;na|Suécia;na|Noruega;na|China;na|Índia;na|
Guiné-Bissau;na|Austrália;na|Estados Unidos;nos|Países Baixos;nos"""),
    "pl": words("""Polska;Polsce;Polski|Niemcy;Niemczech;Niemiec|
Anglia;Anglii;Anglii|Irlandia;Irlandii;Irlandii|
Holandia;Holandii;Holandii|Francja;Francji;Francji|
Hiszpania;Hiszpanii;Hiszpanii|Włochy;Włoszech;Włoch|
Czechy;Czechach;Czech|Norwegia;Norwegii;Norwegii|
Szwecja;Szwecji;Szwecji|Ukraina;Ukrainie;Ukrainy|Litwa;Litwie;Litwy|
Austria;Austrii;Austrii|Belgia;Belgii;Belgii|Dania;Danii;Danii|
Szkocja;Szkocji;Szkocji|Islandia;Islandii;Islandii|
Kanada;Kanadzie;Kanady|Słowacja;Słowacji;Słowacji|
Węgry;Węgrzech;Węgier|Grecja;Grecji;Grecji|Chorwacja;Chorwacji;Chorwacji|
Portugalia;Portugalii;Portugalii|Finlandia;Finlandii;Finlandii|
Szwajcaria;Szwajcarii;Szwajcarii|Rumunia;Rumunii;Rumunii|
Łotwa;Łotwie;Łotwy|Estonia;Estonii;Estonii|Białoruś;Białorusi;Białorusi"""),
}

# Polish towns with their locative ("w Krakowie") and genitive ("z
# Krakowa") forms, and the prepositions they take.
PL_TOWN_CASES = words("""Kraków;w Krakowie;z Krakowa|
Warszawa;w Warszawie;z Warszawy|Wrocław;we Wrocławiu;z Wrocławia|
Poznań;w Poznaniu;z Poznania|Gdańsk;w Gdańsku;z Gdańska|
Łódź;w Łodzi;z Łodzi|Lublin;w Lublinie;z Lublina|
Szczecin;w Szczecinie;ze Szczecina|Katowice;w Katowicach;z Katowic|
Białystok;w Białymstoku;z Białegostoku|Rzeszów;w Rzeszowie;z Rzeszowa|
Toruń;w Toruniu;z Torunia|Kielce;w Kielcach;z Kielc|
Olsztyn;w Olsztynie;z Olsztyna|Opole;w Opolu;z Opola|
Bydgoszcz;w Bydgoszczy;z Bydgoszczy|Gdynia;w Gdyni;z Gdyni|
Sopot;w Sopocie;z Sopotu|Zakopane;w Zakopanem;z Zakopanego|
Tarnów;w Tarnowie;z Tarnowa|Radom;w Radomiu;z Radomia|
Częstochowa;w Częstochowie;z Częstochowy|Gliwice;w Gliwicach;z Gliwic|
Płock;w Płocku;z Płocka|Elbląg;w Elblągu;z Elbląga|
Koszalin;w Koszalinie;z Koszalina|Kalisz;w Kaliszu;z Kalisza|
Legnica;w Legnicy;z Legnicy|Słupsk;w Słupsku;ze Słupska|
Gniezno;w Gnieźnie;z Gniezna|Zamość;w Zamościu;z Zamościa|
Siedlce;w Siedlcach;z Siedlec|Suwałki;w Suwałkach;z Suwałk|
Nowy Sącz;w Nowym Sączu;z Nowego Sącza|
Zielona Góra;w Zielonej Górze;z Zielonej Góry|Przemyśl;w Przemyślu;z Przemyśla|
Sandomierz;w Sandomierzu;z Sandomierza|Chełm;w Chełmie;z Chełma|
Łomża;w Łomży;z Łomży|Malbork;w Malborku;z Malborka""")


# ---------------------------------------------------------------------
# Street names (stems written for this generator; eval half used).

STEMS = {
    "en": words("""Elm|Oak|Maple|Pine|Cedar|Birch|Willow|Chestnut|Walnut|
Spruce|Main|Church|High|Park|Mill|Station|Market|School|Bridge|King|
Queen|Victoria|Albert|George|Washington|Lincoln|Jefferson|Madison|
Franklin|Lake|River|Hill|Forest|Meadow|Sunset|Highland|Ridge|Spring|
Valley|Green|Orchard|Cherry|Magnolia|Dogwood|Hickory|Poplar|Sycamore|
Laurel|Holly|Primrose|Bluebell|Heather|Acacia|Windsor|York|Cambridge|
Oxford|Manor|Grange|Rectory|Vicarage|Harbor|Bay|Beach|Lakeview|
Hillcrest|Fairview|Woodland|Brookside|Pleasant|Prospect|Union|Liberty|
Central|Commerce|Industrial|Mountain|Canyon|Mesa|Desert|Palm|Ocean|
Sunrise|Mulberry|Juniper|Aspen|Sequoia|Redwood|Cypress|Beech|Rowan|
Hawthorn|Alder|Linden|Larch|Ash|Hazel|Ivy|Clover|Daisy|Foxglove|
Quarry|Kiln|Ferry|Abbey|Castle|Tower|Chapel|Garden|Pond|Brook|Dale|
Mead|Coppice|Spinney|Paddock|Farm|Barn|Orchid|Lilac|Jasmine|Sage"""),
    "de": words("""Linden|Eichen|Birken|Kastanien|Ahorn|Buchen|Tannen|Rosen|
Tulpen|Nelken|Garten|Wiesen|Feld|Wald|Berg|Tal|Bach|See|Mühlen|Schul|
Kirch|Markt|Bahnhof|Haupt|Post|Brunnen|Burg|Schloss|Park|Sonnen|Blumen|
Hafen|Brücken|Dorf|Goethe|Schiller|Mozart|Beethoven|Bismarck|Kant|
Lessing|Herder|Uhland|Heine|Luther|Humboldt|Wilhelm|Friedrich|Karl|
Kloster|Mühl|Wasser|Sand|Stein|Holz|Hopfen|Weiden|Eschen|Erlen|Ulmen|
Akazien|Flieder|Holunder|Rathaus|Kirchhof|Schützen|Jäger|Fischer|
Bäcker|Gärtner|Amsel|Finken|Lerchen|Meisen|Drossel|Falken|Adler|
Hirsch|Fuchs|Dachs|Storchen|Rhein|Main|Elb|Donau|Isar|Neckar|Lahn"""),
    "nl": words("""Kerk|Dorps|School|Molen|Linden|Eiken|Beuken|Berken|Wilgen|
Rozen|Tulpen|Noord|Zuid|Oost|West|Haven|Markt|Stations|Hoofd|Prinsen|
Konings|Keizers|Heren|Brouwers|Bakkers|Vondel|Rembrandt|Vermeer|Spinoza|
Erasmus|Beatrix|Juliana|Wilhelmina|Oranje|Emma|Lange|Korte|Nieuwe|Oude|
Hoog|Laag|Zand|Veen|Bos|Dijk|Weide|Akker|Esdoorn|Kastanje|Populier|
Iepen|Vlier|Zonne|Vogel|Merel|Lijster|Zwaluw|Reiger|Kievit|Duinen|
Polder|Sluis|Brug|Water|Heide|Klaver|Lelie|Narcis|Jasmijn"""),
    "fr": words("""de la Paix|de la République|du Général Leclerc|Victor Hugo|
Jean Jaurès|Pasteur|de la Gare|du Moulin|des Écoles|des Lilas|Voltaire|
Émile Zola|du Château|de l'Église|Nationale|du Faubourg Saint-Antoine|
des Acacias|du Commerce|Saint-Michel|de Verdun|Gambetta|Carnot|Foch|
de la Liberté|des Roses|des Tilleuls|des Peupliers|du Port|de la Mairie|
de Strasbourg|de Paris|de Lyon|Anatole France|Jules Ferry|Louis Pasteur|
Marcel Pagnol|Georges Clemenceau|du Maréchal Joffre|des Vignes|des Prés|
de la Fontaine|du Stade|du Marché|des Jardins|Sainte-Catherine|
Saint-Denis|Saint-Laurent|Mont-Royal|Notre-Dame|des Érables|
des Cerisiers|des Mimosas|des Marronniers|du Four|de la Poste|
des Bleuets|des Coquelicots|Jean Moulin|Charles de Gaulle|Aristide Briand|
Paul Bert|Montesquieu|Lamartine|des Capucins|des Carmes|du Lac"""),
    "es": words("""Mayor|Real|de Alcalá|Gran Vía|del Sol|de la Paz|San Juan|
Santa María|de Cervantes|de Goya|Velázquez|de la Constitución|de Colón|
del Carmen|de las Flores|Nueva|del Mar|de la Castellana|de Andalucía|
Juárez|de la Reforma|de los Insurgentes|Hidalgo|Morelos|Madero|Zaragoza|
Benito Juárez|5 de Mayo|16 de Septiembre|de Serrano|de Atocha|de Toledo|
del Prado|de la Estación|de la Iglesia|del Molino|de los Reyes Católicos|
de Blasco Ibáñez|de Sabino Arana|de Balmes|de Muntaner|Diagonal|
de Sarrià|del Álamo|de los Olivos|de los Pinos|Revolución|Chapultepec|
Universidad|Obregón|Vallarta|Constituyentes|de la Luna|de las Huertas|
del Río|de Goya|de Lope de Vega|de Góngora|de Miguel Hidalgo|Allende|
de los Naranjos|de la Alameda|San Francisco|Santo Domingo"""),
    "pt": words("""das Flores|da Liberdade|Augusta|do Carmo|de Santa Catarina|
Direita|do Comércio|da Prata|dos Clérigos|25 de Abril|da República|
Paulista|Oscar Freire|Sete de Setembro|XV de Novembro|
Barão de Itapetininga|Voluntários da Pátria|Tiradentes|Dom Pedro II|
da Boavista|de Ceuta|Almirante Reis|Fontes Pereira de Melo|da Graça|
do Ouro|dos Fanqueiros|Garrett|de São Bento|da Estrela|
Afonso Henriques|Brigadeiro Faria Lima|Rebouças|da Consolação|Atlântica|
Nossa Senhora de Copacabana|Rio Branco|Getúlio Vargas|Amazonas|
dos Andradas|das Palmeiras|dos Bandeirantes|Marechal Deodoro|
Santos Dumont|Castro Alves|da Alegria|do Sol|das Acácias|dos Pinheiros|
da Misericórdia|do Salitre|de Camões|Luís de Camões|da Saudade"""),
    "it": words("""Roma|Giuseppe Garibaldi|Garibaldi|Mazzini|Giuseppe Mazzini|
Cavour|Dante|Dante Alighieri|Verdi|Giuseppe Verdi|Marconi|
Guglielmo Marconi|Matteotti|XX Settembre|Vittorio Emanuele II|dei Mille|
del Corso|Nazionale|della Repubblica|San Marco|dei Fiori|Manzoni|
Alessandro Manzoni|Leopardi|Gramsci|IV Novembre|Torino|Milano|Napoli|
della Libertà|del Popolo|Cesare Battisti|Nino Bixio|Umberto I|Aldo Moro|
della Stazione|delle Rose|dei Tigli|degli Ulivi|del Mare|Appia Nuova|
Tuscolana|Toledo|dell'Indipendenza|Brera|Montenapoleone|Solferino|
dei Giardini|San Francesco|Santa Lucia|dei Pini|delle Querce|
Galileo Galilei|Leonardo da Vinci|Cristoforo Colombo|Dei Mulini"""),
    "pl": words("""Długa|Krótka|Polna|Leśna|Ogrodowa|Lipowa|Słoneczna|
Kwiatowa|Szkolna|Kościelna|Mickiewicza|Słowackiego|Kościuszki|
Piłsudskiego|Sienkiewicza|Kopernika|Chopina|Jana Pawła II|3 Maja|
Marszałkowska|Piotrkowska|Floriańska|Grunwaldzka|Wolności|Zielona|
Brzozowa|Akacjowa|Sosnowa|Wiejska|Parkowa|Różana|Klonowa|Jasna|
Spacerowa|Wąska|Nowa|Stara|Świętokrzyska|Mazowiecka|Warszawska|
Krakowska|Poznańska|Gdańska|Toruńska|Żeromskiego|Reymonta|Prusa|
Konopnickiej|Orzeszkowej|Moniuszki|Batorego|Sobieskiego|Jagiellońska|
Armii Krajowej|Solidarności|Niepodległości|Kasztanowa|Wierzbowa|
Dębowa|Jarzębinowa|Topolowa|Miodowa|Rzemieślnicza|Fabryczna"""),
    "sv": words("""Stor|Kyrko|Skol|Drottning|Kungs|Sve|Hamn|Strand|Björk|Ek|
Lind|Gran|Tall|Asp|Rönn|Sjö|Ängs|Berg|Skogs|Torg|Järnvägs|Prästgårds|
Mölle|Åker|Bäck|Ström|Norr|Söder|Öster|Väster|Tegnér|Linné"""),
    "no": words("""Stor|Kirke|Skole|Dronning|Kongens|Hav|Strand|Bjørke|Eike|
Linde|Grane|Fjell|Skog|Torg|Jernbane|Prestegårds|Mølle|Åker|Bekke|
Elve|Nord|Sør|Øster|Vester|Tordenskiolds|Ibsens|Bjørnsons|Wergelands"""),
    "da": words("""Vester|Nørre|Øster|Søndre|Kongens|Dronning|Skole|Kirke|
Strand|Mølle|Bøge|Ege|Birke|Linde|Rose|Have|Park|Torve|Hav|Bakke|Skov|
Eng|Sø|Havne|Jernbane|Rådhus|Frederiks|Christians|Amager|Nyhavn"""),
    "fi": words("""Mannerheimin|Aleksanterin|Kauppa|Koulu|Kirkko|Rauhan|
Satama|Puisto|Koivu|Kuusi|Mänty|Järvi|Ranta|Mäki|Metsä|Pelto|Niitty|
Asema|Tori|Myllyn|Sillan|Tehtaan|Linnan|Pohjois|Etelä|Itä|Länsi|
Hämeen|Turun|Tampereen|Runebergin|Sibeliuksen"""),
    "is": words("""Lauga|Skóla|Hverfis|Banka|Kirkju|Hafnar|Strand|Bergstaða|
Sól|Fjólu|Birki|Reyni|Hlíðar|Grundar|Túngötu|Vestur|Austur"""),
}

DE_ADJ = words("""Berliner|Hamburger|Münchner|Frankfurter|Leipziger|
Dresdner|Kölner|Bremer|Lübecker|Potsdamer|Hannoversche|Alte|Neue|Lange|
Kurze|Hohe|Breite|Stuttgarter|Wiener|Grazer|Salzburger|Linzer|Zürcher|
Basler|Berner|Luzerner""")
DE_AM = words("""Markt|Kirchberg|Lindenhof|Mühlbach|Sonnenhang|Weinberg|
Stadtpark|Hafen|Anger|Rain|Hang|Bahndamm|Schlossgarten|Eichenhain|
Mühlenteich|Burgwall|Wasserturm|Galgenberg|Hopfengarten""")

EN_SUFFIX_US = words("""Street|St|St.|Avenue|Ave|Ave.|Road|Rd|Lane|Ln|
Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Circle|Cir|
Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Loop|Pike|Run|Crossing|
Point|Ridge""")
EN_SUFFIX_UK = words("""Road|Street|Lane|Close|Avenue|Crescent|Gardens|
Grove|Drive|Way|Mews|Terrace|Place|Row|Walk|Hill|Green|Rise|Parade|
Court|Square|Road|Street|Lane""")


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class Places:
    """Eval halves of the towns, regions, countries and street stems."""

    def __init__(self, lists):
        self.towns = {}
        for cc, towns in TOWNS.items():
            kept = [t for t in towns if in_eval(t.split(";")[0])]
            self.towns[cc] = [tuple(t.split(";")) + ("",) for t in kept]
        self.stems = {k: evalhalf(v) for k, v in STEMS.items()}
        self.regions = {k: evalhalf(v) for k, v in REGIONS.items()}
        self.countries = {k: [tuple(c.split(";")) for c in v
                              if in_eval(c.split(";")[0])]
                          for k, v in COUNTRIES.items()}
        self.countries["en"] = [(c,) for c in lists.countries]
        self.regions["en"] = lists.regions
        self.pl_towns = [tuple(t.split(";")) for t in PL_TOWN_CASES
                         if in_eval(t.split(";")[0])]
        self.de_adj = evalhalf(DE_ADJ)
        self.de_am = evalhalf(DE_AM)
        self.cities_en = lists.cities
        self.ie_counties = evalhalf(IE_COUNTIES)
        self.uk_counties = evalhalf(UK_COUNTIES)
        self.mx_colonias = evalhalf(MX_COLONIAS)
        self.br_bairros = evalhalf(BR_BAIRROS)
        for cc, t in self.towns.items():
            assert t, "no town of %s in the eval half" % cc
        self._world()

    def _world(self):
        """GeoNames places of each country (data/places/world/), split
        into the larger (10,000 inhabitants or more) and all; the ISO
        3166-2 regions of the countries of each language, by their own
        names and their names in that language."""
        world = os.path.join(DATA, "places", "world")
        iso = {cc: ISO_CC.get(cc, cc) for cc in TOWNS}
        want = {v: k for k, v in iso.items()}
        self.world = {cc: ([], []) for cc in TOWNS}
        for part in ("europe", "americas"):
            for ln in _plain(os.path.join(world, "cities-%s.tsv" % part)):
                f = ln.split("\t")
                if len(f) < 7 or f[3] not in want or f[6] != "local":
                    continue
                name = f[0]
                if re.search(r"[()/,\[\d]", name) or not in_eval(name):
                    continue
                big, every = self.world[want[f[3]]]
                every.append(name)
                if f[4].isdigit() and int(f[4]) >= 10000:
                    big.append(name)
        by_cc = {}
        for ln in _plain(os.path.join(world, "regions.tsv")):
            f = ln.split("\t")
            if len(f) < 7 or f[3] not in want or \
                    re.search(r"[()\[\],]", f[0]):
                continue
            by_cc.setdefault(want[f[3]], []).append((f[6], f[0]))
        for lang, ccs in LANG_COUNTRIES.items():
            extra = [name for _, cc in ccs for l, name in by_cc.get(cc, [])
                     if l in ("local", lang)]
            self.regions[lang] = evalhalf(self.regions[lang] + extra)
        self._address_words()

    def _address_words(self):
        """Street words, unit designators and PO-box forms of
        data/places/address/ (eval half): streets and squares of each
        language where they stand in its own way of writing a street
        (after the name in English; joined to it in German, Dutch and
        the Nordic languages; before it otherwise), flats, and the box
        forms of each country."""
        addr = os.path.join(DATA, "places", "address")
        where = {"en": "after", "de": "joined", "nl": "joined",
                 "sv": "joined", "no": "joined", "da": "joined",
                 "fi": "joined"}
        self.street_words = {}
        for ln in _plain(os.path.join(addr, "street-words.tsv"))[1:]:
            f = ln.split("\t")
            if len(f) < 5 or f[4] not in ("street", "square") or \
                    where.get(f[2], "before") not in f[3].split(",") or \
                    not in_eval(f[0]):
                continue
            ab = [a for a in f[1].split(",") if a != "-"]
            self.street_words.setdefault(f[2], []).append((f[0], ab))
        self.units = {}
        for ln in _plain(os.path.join(addr, "units.tsv"))[1:]:
            f = ln.split("\t")
            if len(f) >= 4 and f[3] == "flat" and in_eval(f[0]):
                ab = [a for a in f[1].split(",") if a not in ("-", "#")]
                self.units.setdefault(f[2], []).append((f[0], ab))
        self.boxes = {}
        for ln in _plain(os.path.join(addr, "po-boxes.tsv"))[1:]:
            f = ln.split("\t")
            toks = f[0].split()
            if len(f) < 4 or f[3] not in ("box", "rural", "bag") or \
                    "N" not in toks or toks[0] in ("N", "L") or \
                    not all(t in ("N", "L") or
                            re.fullmatch(r"[^\W\d_]+\.?", t) for t in toks) \
                    or not in_eval(f[0]):
                continue
            for cc in f[2].split(","):
                self.boxes.setdefault(cc, []).append(f[0])

    def street_word(self, r, lang, abbrev=True):
        """A street word of data/ for lang (a quarter of the time when
        there are some), or None."""
        w = self.street_words.get(lang)
        if not w or r.random() >= 0.25:
            return None
        word, ab = pick(r, w)
        return pick(r, ab) if abbrev and ab and r.random() < 0.3 else word

    def unit(self, r, lang):
        u = self.units.get(lang)
        if not u:
            return None
        word, ab = pick(r, u)
        w = pick(r, ab) if ab and r.random() < 0.4 else word
        return "%s %d" % (w, r.randint(1, 60))

    def box(self, r, cc):
        forms = self.boxes.get(ISO_CC.get(cc, cc))
        if not forms:
            return None
        f = pick(r, forms)
        f = re.sub(r"\bN\b", lambda m: str(r.randint(1, 9999)), f)
        return re.sub(r"\bL\b", lambda m: r.choice("ABCDEFGH"), f)

    def town(self, r, cc, lang=None, code=False):
        """(town, code) of a country: one of the towns above or, half of
        the time, a GeoNames place (larger ones as often as any), with
        no code; with code true, or in Switzerland and Belgium (where
        the town has to be of the language asked), always from above."""
        big, every = self.world.get(cc, ([], []))
        if every and not (code and cc in ("US", "CA", "BR", "MX")) and \
                cc not in ("CH", "BE") and r.random() < 0.5:
            return pick(r, big if big and r.random() < 0.5 else every), ""
        towns = self.towns[cc]
        if cc == "CA" and lang == "fr":
            towns = [t for t in towns if t[1] == "QC"] or towns
        elif cc in ("CH", "BE") and lang:
            same = [t for t in towns if t[1] == lang]
            if same:
                towns = same
        t = pick(r, towns)
        return t[0], t[1]


ISO_CC = {"UK": "GB"}


# ---------------------------------------------------------------------
# Postcodes.

UK_AREAS = words("""AB|B|BA|BB|BD|BH|BL|BN|BR|BS|CA|CB|CF|CH|CM|CO|CR|CT|
CV|CW|DA|DD|DE|DH|DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|HA|HD|HG|HP|HR|
HU|HX|IG|IP|KA|KT|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|N|NE|NG|NN|NP|NR|NW|
OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|
SW|SY|TA|TD|TF|TN|TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|BT""")
IE_ROUTING = words("""A41|A42|A45|A63|A65|A67|A75|A81|A82|A83|A84|A85|A86|
A91|A92|A94|A96|A98|C15|D01|D02|D03|D04|D05|D06|D6W|D07|D08|D09|D10|D11|
D12|D13|D14|D15|D16|D17|D18|D20|D22|D24|E21|E25|E32|E34|E41|E45|E53|E91|
F12|F23|F26|F28|F31|F35|F42|F45|F52|F56|F91|F92|F93|F94|H12|H14|H16|H18|
H23|H53|H54|H62|H65|H71|H91|K32|K34|K36|K45|K56|K67|K78|N37|N39|N41|N91|
P12|P14|P17|P24|P25|P31|P32|P36|P43|P47|P51|P56|P61|P67|P72|P75|P81|P85|
R14|R21|R32|R35|R42|R45|R51|R56|R93|R95|T12|T23|T34|T45|T56|V14|V15|V23|
V31|V35|V42|V92|V93|V94|V95|W12|W23|W34|W91|X35|X42|X91|Y14|Y21|Y25|Y34|
Y35""")


# Postcodes that are a number of a range: format, lowest, highest.
POSTCODE_RANGES = {
    "DE": ("%05d", 1067, 99998),
    "AT": ("%d", 1010, 9992),
    "CH": ("%d", 1000, 9658),
    "BE": ("%d", 1000, 9992),
    "MX": ("%05d", 1000, 99999),
    "IT": ("%05d", 10, 98168),
    "NO": ("%04d", 1, 9991),
    "DK": ("%d", 1000, 9990),
    "FI": ("%05d", 100, 99999),
    "IS": ("%d", 101, 902),
}


def postcode(r, cc):
    if cc in POSTCODE_RANGES:
        fmt, lo, hi = POSTCODE_RANGES[cc]
        return fmt % r.randint(lo, hi)
    if cc == "US":
        z = "%05d" % r.randint(1001, 99950)
        return z + ("-" + digits(r, 4) if r.random() < 0.25 else "")
    if cc == "UK":
        area = pick(r, UK_AREAS)
        if area in ("EC", "WC") or (area in ("SW", "W", "E", "N", "NW",
                                             "SE") and r.random() < 0.2):
            dist = str(r.randint(1, 9)) + pick(
                r, "ABEHMNPRVWXY" if len(area) == 2 else "ABCDEFGHJKPSTUW")
        elif len(area) == 1:
            dist = str(r.randint(1, 99))
        else:
            dist = str(r.randint(1, 30))
        inward = str(r.randint(0, 9)) + "".join(
            r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return area + dist + pick(r, [" ", " ", " ", ""]) + inward
    if cc == "CA":
        a = "ABCEGHJKLMNPRSTVXY"
        b = "ABCEGHJKLMNPRSTVWXYZ"
        return "%s%d%s %d%s%d" % (r.choice(a), r.randint(0, 9), r.choice(b),
                                   r.randint(0, 9), r.choice(b),
                                   r.randint(0, 9))
    if cc == "IE":
        return pick(r, IE_ROUTING) + " " + "".join(
            r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    if cc == "FR":
        return "%02d%03d" % (r.randint(1, 95), r.randint(0, 999))
    if cc == "NL":
        letters = "".join(r.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        return "%d%s%s" % (r.randint(1011, 9999),
                           pick(r, [" ", " ", " ", ""]), letters)
    if cc == "ES":
        return "%02d%03d" % (r.randint(1, 52), r.randint(0, 999))
    if cc == "PT":
        return "%d-%03d" % (r.randint(1000, 9999), r.randint(0, 999))
    if cc == "BR":
        return "%05d-%03d" % (r.randint(1000, 99999), r.randint(0, 999))
    if cc == "PL":
        return "%02d-%03d" % (r.randint(0, 99), r.randint(0, 999))
    if cc == "SE":
        n = r.randint(10000, 98499)
        return pick(r, ["%d %02d", "%d %02d", "%d%02d"]) % (n // 100, n % 100)
    raise KeyError(cc)


POSTCODE_PREFIX = {"DE": "D-", "AT": "A-", "CH": "CH-", "FR": "F-",
                   "BE": "B-", "NL": "NL-", "SE": "SE-", "DK": "DK-",
                   "FI": "FI-", "NO": "N-", "PL": "PL-", "IT": "I-",
                   "ES": "E-", "PT": "P-", "IS": "IS-"}

COUNTRY_LINE = {
    "US": ["USA", "United States", "U.S.A.", "United States of America"],
    "UK": ["United Kingdom", "UK", "England", "Scotland", "Wales"],
    "IE": ["Ireland", "Éire"], "CA": ["Canada"],
    "DE": ["Deutschland", "Germany"], "AT": ["Österreich", "Austria"],
    "CH": ["Schweiz", "Suisse", "Svizzera", "Switzerland"],
    "FR": ["France"], "BE": ["Belgique", "België", "Belgium"],
    "NL": ["Nederland", "The Netherlands", "Netherlands"],
    "ES": ["España", "Spain"], "MX": ["México", "Mexico"],
    "PT": ["Portugal"], "BR": ["Brasil", "Brazil"],
    "IT": ["Italia", "Italy"], "PL": ["Polska", "Poland"],
    "SE": ["Sverige", "Sweden"], "NO": ["Norge", "Norway"],
    "DK": ["Danmark", "Denmark"], "FI": ["Suomi", "Finland"],
    "IS": ["Ísland", "Iceland"],
}


# ---------------------------------------------------------------------
# Addresses.  Each maker returns the lines of one address; the street
# line first, the country line last (when there is one).

# The forms of a P.O. box in each country, "%d" for its number: one of
# a list, or the one string (Addresses.pobox writes CA, DE, AT and CH).
POBOXES = {
    "US": ["PO Box %d", "P.O. Box %d", "P. O. Box %d", "POB %d",
           "Post Office Box %d"],
    "UK": ["PO Box %d", "P.O. Box %d"],
    "IE": ["PO Box %d", "P.O. Box %d"],
    "FR": ["BP %d", "B.P. %d", "CS %d"],
    "BE": ["Postbus %d", "BP %d", "Boîte postale %d"],
    "NL": "Postbus %d",
    "ES": ["Apartado de Correos %d", "Apdo. %d", "Apartado %d"],
    "MX": ["Apartado Postal %d", "Apdo. Postal %d", "A.P. %d"],
    "PT": ["Apartado %d", "Apartado %d"],
    "BR": ["Caixa Postal %d", "C.P. %d"],
    "IT": ["Casella Postale %d", "C.P. %d", "Casella postale n. %d"],
    "PL": ["skr. poczt. %d", "Skrytka pocztowa %d", "skrytka pocztowa nr %d"],
    "SE": "Box %d",
    "NO": "Postboks %d",
    "DK": "Postboks %d",
    "FI": ["PL %d", "PO Box %d"],
    "IS": "Pósthólf %d",
}


class Addresses:

    def __init__(self, places, lists):
        self.p = places
        self.l = lists

    def stem(self, r, lang):
        return pick(r, self.p.stems[lang])

    def person(self, r, lang):
        if lang not in self.l.surnames or lang not in self.l.given:
            lang = "en"
        return (self.l.name(r, "given", lang),
                self.l.name(r, "surnames", lang))

    # -- street lines

    def street_en(self, r, cc):
        num = wpick(r, [(4, str(r.randint(1, 999))),
                        (3, str(r.randint(1000, 9999))),
                        (1, str(r.randint(10000, 29999))),
                        (1, "%d%s" % (r.randint(1, 300), r.choice("AB")))])
        if cc == "UK" or cc == "IE":
            num = str(r.randint(1, 250)) + (r.choice("ab") if
                                            r.random() < 0.05 else "")
            suffix = pick(r, EN_SUFFIX_UK)
        else:
            suffix = pick(r, EN_SUFFIX_US)
        suffix = self.p.street_word(r, "en") or suffix
        kind = r.random()
        if kind < 0.12 and cc in ("US", "CA"):
            name = ordinal(r.randint(1, 120))
        elif kind < 0.3:
            name = self.person(r, "en")[1]
        else:
            name = self.stem(r, "en")
        d = ""
        if cc in ("US", "CA") and r.random() < 0.2:
            d = pick(r, ["N", "S", "E", "W", "North", "South", "East",
                         "West", "N.", "W."]) + " "
        line = "%s %s%s %s" % (num, d, name, suffix)
        if cc in ("US", "CA") and r.random() < 0.08:
            line += " " + pick(r, ["NE", "NW", "SE", "SW"])
        if cc == "US" and r.random() < 0.04:
            line = "%s %s %d" % (num, pick(r, ["Route", "State Route",
                                               "County Road", "Highway"]),
                                 r.randint(1, 399))
        return line

    def unit_en(self, r, cc):
        if r.random() < 0.2:
            u = self.p.unit(r, "en")
            if u:
                return u
        if cc in ("UK", "IE"):
            return wpick(r, [(5, "Flat %d" % r.randint(1, 40)),
                             (1, "Flat %s" % r.choice("ABCD")),
                             (1, "Flat %d/%d" % (r.randint(0, 3),
                                                 r.randint(1, 4))),
                             (1, "Apartment %d" % r.randint(1, 80)),
                             (1, "Unit %d" % r.randint(1, 30))])
        return wpick(r, [(4, "Apt %d%s" % (r.randint(1, 30),
                                           r.choice(["", "", "A", "B", "C"]))),
                         (2, "Apt. %d" % r.randint(1, 999)),
                         (1, "Apartment %d" % r.randint(1, 300)),
                         (3, "Suite %d" % r.choice([100, 110, 200, 210, 300,
                                                    310, 400, 450, 1200])),
                         (2, "Ste %d" % r.randint(100, 900)),
                         (2, "Unit %d" % r.randint(1, 60)),
                         (2, "#%d" % r.randint(1, 999)),
                         (1, "Fl %d" % r.randint(2, 30)),
                         (1, "Floor %d" % r.randint(2, 30)),
                         (1, "Bldg %s" % r.choice("ABCDE")),
                         (1, "Rm %d" % r.randint(100, 999))])

    def street_de(self, r, cc):
        ss = "ss" if cc == "CH" else "ß"
        num = str(r.randint(1, 180))
        if r.random() < 0.15:
            num += pick(r, ["a", "b", "c", " a", " b"])
        elif r.random() < 0.05:
            num += "-%d" % (int(num) + 2)
        k = r.random()
        if k < 0.5:
            suf = wpick(r, [(5, "stra%se" % ss), (3, "str."), (3, "weg"),
                            (2, "gasse"), (2, "allee"), (2, "platz"),
                            (1, "ring"), (1, "damm"), (1, "ufer"),
                            (1, "steig"), (1, "pfad"), (1, "straße"
                                                       if ss == "ß" else
                                                       "strasse")])
            joined = self.p.street_word(r, "de", abbrev=False)
            if joined and " " not in joined:
                suf = joined.lower()
                if cc == "CH":
                    suf = suf.replace("ß", "ss")
            name = self.stem(r, "de") + suf
        elif k < 0.7:
            name = "%s %s" % (pick(r, self.p.de_adj),
                              pick(r, ["Stra%se" % ss, "Str.", "Allee",
                                       "Weg", "Landstra%se" % ss]))
        elif k < 0.85:
            g, s = self.person(r, "de")
            name = "%s-%s-%s" % (g, s, pick(r, ["Stra%se" % ss, "Str.",
                                                "Platz", "Allee", "Ring",
                                                "Weg"]))
        else:
            name = "%s %s" % (pick(r, ["Am", "Am", "Im", "Zum", "Auf dem"]),
                              pick(r, self.p.de_am))
        line = "%s %s" % (name, num)
        if cc == "AT" and r.random() < 0.5:
            line += pick(r, ["/%d" % r.randint(1, 40),
                             "/%d/%d" % (r.randint(1, 9), r.randint(1, 40)),
                             "/Top %d" % r.randint(1, 40),
                             "/Stiege %d/Top %d" % (r.randint(1, 5),
                                                    r.randint(1, 30))])
        return line

    def street_fr(self, r, cc):
        typ = wpick(r, [(8, "rue"), (3, "avenue"), (2, "boulevard"),
                        (1, "bd"), (1, "av."), (2, "place"), (2, "chemin"),
                        (1, "impasse"), (2, "allée"), (1, "quai"),
                        (1, "route"), (1, "cours"), (1, "passage"),
                        (1, "square")])
        typ = self.p.street_word(r, "fr") or typ
        if r.random() < 0.3:
            typ = typ.capitalize()
        name = self.stem(r, "fr")
        if r.random() < 0.15:
            g, s = self.person(r, "fr")
            name = "%s %s" % (g, s)
        num = str(r.randint(1, 180))
        if r.random() < 0.1:
            num += pick(r, [" bis", " ter", "bis", "B"])
        if cc == "CA":
            line = "%s, %s %s" % (r.randint(10, 9999), typ, name)
            if r.random() < 0.3:
                line += pick(r, [" Est", " Ouest", " Nord", " Sud"])
            if r.random() < 0.4:
                line += pick(r, [", app. %d", ", bureau %d",
                                 ", appartement %d"]) % r.randint(1, 900)
            return line
        if cc == "BE" or (cc == "CH" and r.random() < 0.6):
            line = "%s %s %s" % (typ.capitalize(), name, num)
            if cc == "BE" and r.random() < 0.3:
                line += pick(r, [" boîte %d", " bte %d", "/%d"]) % \
                    r.randint(1, 30)
            return line
        sep = pick(r, [" ", " ", ", "])
        return "%s%s%s %s" % (num, sep, typ, name)

    def street_es(self, r, cc):
        if cc == "MX":
            typ = wpick(r, [(6, "Calle"), (4, "Av."), (2, "Avenida"),
                            (1, "Blvd."), (1, "Calz."), (1, "Privada"),
                            (1, "Andador"), (1, "Cerrada")])
            num = str(r.randint(1, 3999))
            line = "%s %s %s" % (typ, self.stem(r, "es"), num)
            if r.random() < 0.3:
                line += pick(r, [" Int. %d", " int. %d", " Depto. %d",
                                 "-%d"]) % r.randint(1, 40)
            return line
        typ = self.p.street_word(r, "es") or wpick(r, [
            (5, "Calle"), (4, "C/"), (3, "Avenida"),
                        (2, "Avda."), (1, "Av."), (2, "Plaza"), (1, "Pza."),
            (2, "Paseo"), (1, "Ronda"), (1, "Travesía"), (1, "Camino"),
            (1, "Carrer")])
        if typ[0].islower() and r.random() < 0.7:
            typ = typ[0].upper() + typ[1:]
        num = str(r.randint(1, 250))
        sep = pick(r, [", ", " ", ", nº ", " n.º "])
        line = "%s %s%s%s" % (typ, self.stem(r, "es"), sep, num)
        if r.random() < 0.55:
            line += pick(r, [", %dº %s", " %dº %s", ", %d.º %s",
                             ", %d-%s", " %d%s"]) % (
                r.randint(1, 12), pick(r, ["A", "B", "C", "D", "izda.",
                                           "dcha.", "1ª", "2ª", "izq."]))
        elif r.random() < 0.1:
            line += pick(r, [", bajo", ", bajo B", ", ático"])
        return line

    def street_pt(self, r, cc):
        if cc == "BR":
            typ = wpick(r, [(7, "Rua"), (2, "R."), (4, "Av."),
                            (2, "Avenida"), (1, "Alameda"), (1, "Travessa"),
                            (1, "Praça"), (1, "Rodovia"), (1, "Estrada")])
            line = "%s %s, %d" % (typ, self.stem(r, "pt"),
                                  r.randint(1, 4999))
            if r.random() < 0.45:
                line += pick(r, [", apto %d", ", apto. %d", ", ap %d",
                                 ", casa %d", " - apto %d",
                                 ", bloco B, apto %d", ", sala %d",
                                 ", conj. %d"]) % r.randint(1, 1800)
            return line
        typ = self.p.street_word(r, "pt") or wpick(r, [
            (7, "Rua"), (2, "R."), (3, "Avenida"), (2, "Av."),
            (1, "Travessa"), (1, "Largo"), (1, "Praça"), (1, "Estrada"),
            (1, "Calçada"), (1, "Alameda")])
        if typ[0].islower() and r.random() < 0.7:
            typ = typ[0].upper() + typ[1:]
        line = "%s %s%s%d" % (typ, self.stem(r, "pt"),
                              pick(r, [", ", " ", ", n.º "]),
                              r.randint(1, 300))
        if r.random() < 0.5:
            line += pick(r, [", %d.º Esq.", ", %d.º Dto.", " %dº Esq",
                             ", %d.º andar", ", %dº Dt.º", ", %d.º A"]) % \
                r.randint(1, 9)
        elif r.random() < 0.1:
            line += pick(r, [", R/C", ", r/c Esq.", ", cave"])
        return line

    def street_it(self, r, cc):
        typ = wpick(r, [(9, "Via"), (2, "V."), (3, "Viale"), (3, "Corso"),
                        (3, "Piazza"), (1, "P.zza"), (1, "Vicolo"),
                        (1, "Largo"), (1, "Strada"), (1, "Piazzale"),
                        (1, "Lungomare"), (1, "Contrada")])
        typ = self.p.street_word(r, "it") or typ
        if r.random() < 0.2:
            typ = typ.lower()
        elif r.random() < 0.7:
            typ = typ[0].upper() + typ[1:]
        num = str(r.randint(1, 220))
        if r.random() < 0.12:
            num += pick(r, ["/A", "/B", "a", "/bis", " bis"])
        line = "%s %s%s%s" % (typ, self.stem(r, "it"),
                              pick(r, [", ", " ", ", n. "]), num)
        if r.random() < 0.2:
            line += pick(r, [", scala %s", ", int. %s", " int. %s",
                             ", piano %s"]) % r.choice(["A", "B", "2", "4",
                                                        "7", "12"])
        return line

    def street_nl(self, r, cc):
        suf = wpick(r, [(6, "straat"), (4, "laan"), (3, "weg"),
                        (2, "gracht"), (2, "plein"), (1, "singel"),
                        (1, "kade"), (1, "dijk"), (1, "hof"),
                        (1, "steeg"), (1, "pad"), (1, "dreef")])
        suf = (self.p.street_word(r, "nl", abbrev=False) or suf).lower()
        name = self.stem(r, "nl") + suf
        if r.random() < 0.15:
            g, s = self.person(r, "nl")
            name = "%s %s%s" % (g, s, pick(r, ["straat", "laan", "plein"]))
            name = name.replace(" straat", "straat")
        num = str(r.randint(1, 350))
        if r.random() < 0.25:
            num += pick(r, ["A", "B", "a", "-1", "-2", "-II", " hs",
                            " bis", "-3hg", " zw"])
        line = "%s %s" % (name, num)
        if cc == "BE" and r.random() < 0.35:
            line += pick(r, [" bus %d", " bus %d", "/%d"]) % r.randint(1, 30)
        return line

    def street_pl(self, r, cc):
        typ = self.p.street_word(r, "pl") or wpick(r, [
            (8, "ul."), (2, "ulica"), (2, "Ul."), (1, "al."), (1, "Al."),
            (1, "os."), (1, "pl."), (1, "")])
        line = ("%s %s %d" % (typ, self.stem(r, "pl"), r.randint(1, 200))
                ).strip()
        if r.random() < 0.5:
            line += pick(r, ["/%d", "/%d", " m. %d", " lok. %d",
                             " m %d"]) % r.randint(1, 120)
        elif r.random() < 0.15:
            line += r.choice("ABC")
        return line

    def street_nordic(self, r, cc):
        lang = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi",
                "IS": "is"}[cc]
        suf = {"sv": ["gatan", "gatan", "vägen", "vägen", "gränd",
                      "torget", "backen", "stigen", "allén"],
               "no": ["gata", "gate", "gaten", "veien", "vei", "veien",
                      "plass", "bakken"],
               "da": ["gade", "gade", "vej", "vej", "allé", "stræde",
                      "torv", "vænget", "parken"],
               "fi": ["katu", "katu", "tie", "tie", "kuja", "polku",
                      "väylä", "rinne", "kaari"],
               "is": ["vegur", "gata", "stígur", "braut", "gata"]}[lang]
        name = self.stem(r, lang) + (
            self.p.street_word(r, lang, abbrev=False) or pick(r, suf))
        if lang in ("fi",) and name[0].islower():
            name = name.capitalize()
        line = "%s %d" % (name, r.randint(1, 150))
        if cc == "SE" and r.random() < 0.3:
            line += pick(r, [" A", " B", ", lgh %d" % r.randint(1001, 1603),
                             " %s" % r.choice("ABC")])
        elif cc == "NO" and r.random() < 0.25:
            line += pick(r, [" A", " B", " C"])
        elif cc == "DK" and r.random() < 0.5:
            line += pick(r, [", %d. th.", ", %d. tv.", ", %d. mf.",
                             ", st. th.", " %d tv"]).replace(
                "%d", str(r.randint(1, 6)))
        elif cc == "FI" and r.random() < 0.5:
            line += pick(r, [" A %d", " B %d", " C %d", " as %d",
                             " A"]).replace("%d", str(r.randint(1, 60)))
        return line

    def street(self, r, cc, lang):
        if cc in ("US", "UK", "IE"):
            return self.street_en(r, cc)
        if cc == "CA":
            return self.street_fr(r, cc) if lang == "fr" else \
                self.street_en(r, cc)
        if cc in ("DE", "AT"):
            return self.street_de(r, cc)
        if cc == "CH":
            if lang == "fr":
                return self.street_fr(r, cc)
            if lang == "it":
                return self.street_it(r, cc)
            return self.street_de(r, cc)
        if cc == "BE":
            return self.street_fr(r, cc) if lang == "fr" else \
                self.street_nl(r, cc)
        if cc == "NL":
            return self.street_nl(r, cc)
        if cc == "FR":
            return self.street_fr(r, cc)
        if cc in ("ES", "MX"):
            return self.street_es(r, cc)
        if cc in ("PT", "BR"):
            return self.street_pt(r, cc)
        if cc == "IT":
            return self.street_it(r, cc)
        if cc == "PL":
            return self.street_pl(r, cc)
        return self.street_nordic(r, cc)

    # -- whole addresses

    def country_line(self, r, cc):
        return pick(r, COUNTRY_LINE[cc])

    def city_line(self, r, cc, lang, town=None):
        t, code = town or self.p.town(r, cc, lang, code=True)
        pc = postcode(r, cc)
        if cc in POSTCODE_PREFIX and r.random() < 0.07:
            pc = POSTCODE_PREFIX[cc] + pc
        if cc == "US":
            return [pick(r, ["%s, %s %s", "%s %s %s", "%s, %s  %s"]) % (
                t, code, pc)]
        if cc == "CA":
            if lang == "fr" and code == "QC":
                return [pick(r, ["%s (Québec)  %s", "%s (Québec) %s",
                                 "%s QC %s"]) % (t, pc)]
            return [pick(r, ["%s %s  %s", "%s, %s %s", "%s %s %s"]) % (
                t, code, pc)]
        if cc == "UK":
            lines = [t]
            if r.random() < 0.3:
                lines.append(pick(r, self.p.uk_counties))
            lines.append(pc)
            return lines
        if cc == "IE":
            lines = [t]
            if r.random() < 0.5:
                lines.append(pick(r, self.p.ie_counties))
            if r.random() < 0.7:
                lines.append(pc)
            return lines
        if cc == "FR":
            city = t.upper() if r.random() < 0.4 else t
            if r.random() < 0.06:
                city += pick(r, [" Cedex", " CEDEX", " Cedex %d" %
                                 r.randint(1, 20)])
            return ["%s %s" % (pc, city)]
        if cc == "IT" and not code:
            return ["%s %s" % (pc, t)]
        if cc == "IT":
            return [pick(r, ["%s %s (%s)" % (pc, t, code),
                             "%s %s %s" % (pc, t, code), "%s %s" % (pc, t),
                             "%s - %s (%s)" % (pc, t, code)])]
        if cc == "ES":
            return ["%s %s" % (pc, t)]
        if cc == "MX":
            lines = []
            if r.random() < 0.75:
                lines.append("Col. " + pick(r, self.p.mx_colonias))
            lines.append(pick(r, ["C.P. %s, %s, %s", "%s %s, %s",
                                  "CP %s %s, %s", "%s, %s, %s"]) % (
                pc, t, code))
            return lines
        if cc == "BR":
            lines = []
            if r.random() < 0.6:
                lines.append(pick(r, self.p.br_bairros))
            lines.append(pick(r, ["%s - %s", "%s/%s", "%s, %s"]) % (t, code))
            lines.append(pick(r, ["CEP %s", "%s", "CEP: %s"]) % pc)
            return lines
        return ["%s %s" % (pc, t)]

    def address(self, r, cc, lang, unit=None, country=None):
        """The lines of one address of cc."""
        st = self.street(r, cc, lang)
        before, after = [], []
        if unit is None:
            unit = r.random() < 0.3
        if cc in ("US", "CA", "UK", "IE") and not (cc == "CA" and
                                                   lang == "fr"):
            if unit:
                u = self.unit_en(r, cc)
                if cc in ("UK", "IE"):
                    if r.random() < 0.5:
                        before.append(u)
                    else:
                        st = u + ", " + st
                elif r.random() < 0.6:
                    st = st + pick(r, [", ", " "]) + u
                else:
                    after.append(u)
            if cc in ("UK", "IE") and r.random() < 0.08:
                before.insert(0, pick(r, ["Rose Cottage", "The Old Rectory",
                                          "Ivy House", "Mill Farm",
                                          "The Coach House", "Hillside"]))
        elif unit and cc in ("DE", "AT", "CH") and lang == "de":
            st += pick(r, [", %d. OG", ", Wohnung %d", ", %d. Stock"]) % \
                r.randint(1, 6)
        elif unit and cc == "FR":
            before.append(pick(r, ["Bâtiment %s", "Bât. %s", "Escalier %s",
                                   "Résidence Les Pins, bât. %s"]) %
                          r.choice("ABCD"))
        elif unit and r.random() < 0.5:
            u = self.p.unit(r, lang if lang != "en" else
                            COUNTRY_NAME_LANG.get(cc, "en"))
            if u:
                st += ", " + u
        lines = before + [st] + after + self.city_line(r, cc, lang)
        if country is None:
            country = r.random() < 0.25
        if country:
            lines.append(self.country_line(r, cc))
        return lines

    def pobox(self, r, cc, lang):
        n = r.randint(1, 9999)
        box = self.p.box(r, cc) if r.random() < 0.3 else None
        if box:
            pass
        elif cc in POBOXES:
            form = POBOXES[cc]
            box = (form if isinstance(form, str) else pick(r, form)) % n
        elif cc == "CA":
            box = (pick(r, ["C.P. %d", "Case postale %d"]) if lang == "fr"
                   else pick(r, ["PO Box %d", "P.O. Box %d"])) % n
            if r.random() < 0.4:
                box += pick(r, [", Stn Main", ", Station A",
                                ", succ. Centre-ville", ", Stn Terminal"])
        elif cc in ("DE", "AT"):
            box = "Postfach " + pick(r, [str(n), "%02d %02d %02d" % (
                r.randint(10, 99), r.randint(0, 99), r.randint(0, 99))])
        elif cc == "CH":
            box = pick(r, ["Postfach %d" % n, "Postfach",
                           "Case postale %d" % n, "Casella postale %d" % n])
        else:
            box = "PO Box %d" % n
        lines = [box] + self.city_line(r, cc, lang)
        if r.random() < 0.2:
            lines.append(self.country_line(r, cc))
        return lines

    def military(self, r):
        region, zip_lo = pick(r, [("AE", 9000), ("AP", 96200),
                                  ("AA", 34000)])
        z = "%05d" % r.randint(zip_lo, zip_lo + 799)
        if r.random() < 0.3:
            z += "-" + digits(r, 4)
        kind = r.random()
        if kind < 0.4:
            first = "PSC %d, Box %d" % (r.randint(1, 9999), r.randint(1, 9999))
            post = "APO"
        elif kind < 0.65:
            first = "Unit %d Box %d" % (r.randint(1000, 9999),
                                        r.randint(1, 9999))
            post = pick(r, ["APO", "FPO", "DPO"])
        elif kind < 0.85:
            first = "CMR %d Box %d" % (r.randint(400, 499),
                                       r.randint(1, 9999))
            post = "APO"
        else:
            first = "USS %s %s" % (pick(r, ["Nimitz", "Ronald Reagan",
                                             "George Washington",
                                             "Carl Vinson", "Eisenhower",
                                             "Harry S. Truman", "Iwo Jima",
                                             "Bataan", "Kearsarge"]),
                                   pick(r, ["CVN %d" % r.randint(68, 78),
                                            "LHD %d" % r.randint(1, 8)]))
            post = "FPO"
        return [first, "%s %s %s" % (post, region, z)]

    def postcode_alone(self, r, cc):
        return postcode(r, cc)


# ---------------------------------------------------------------------
# People, e-mail addresses and the other values of the frames.

# The languages of the names met in the texts of each frame language:
# its own most often, then those of neighbours and of people who moved.
NAME_LANGS = {
    "de": [(60, "de"), (6, "tr"), (5, "pl"), (4, "it"), (4, "el"),
           (4, "ru"), (3, "hu"), (3, "cs"), (3, "ar"), (2, "nl"),
           (2, "sv"), (2, "fi"), (2, "en")],
    "fr": [(60, "fr"), (10, "ar"), (8, "af"), (5, "pt"), (4, "vi"),
           (3, "it"), (3, "es"), (3, "pl"), (2, "de"), (2, "en")],
    "es": [(75, "es"), (5, "pt"), (4, "en"), (4, "it"), (3, "fr"),
           (3, "ar"), (3, "de"), (3, "ru")],
    "pt": [(75, "pt"), (6, "es"), (5, "it"), (4, "af"), (3, "ja"),
           (3, "de"), (2, "ar"), (2, "fr")],
    "it": [(75, "it"), (4, "es"), (4, "ar"), (4, "af"), (3, "pl"),
           (3, "ru"), (3, "de"), (2, "fr"), (2, "zh")],
    "nl": [(62, "nl"), (8, "tr"), (8, "ar"), (4, "pl"), (4, "de"),
           (3, "fr"), (3, "en"), (3, "in"), (3, "zh"), (2, "pt")],
    "pl": [(85, "pl"), (4, "ru"), (3, "cs"), (3, "de"), (3, "en"),
           (2, "hu")],
}
COUNTRY_NAME_LANG = {
    "US": "en", "UK": "en", "CA": "en", "IE": "ga", "SE": "sv",
    "NO": "no", "DK": "da", "FI": "fi", "IS": "is", "DE": "de",
    "AT": "de", "CH": "de", "FR": "fr", "BE": "nl", "NL": "nl",
    "ES": "es", "MX": "es", "PT": "pt", "BR": "pt", "IT": "it",
    "PL": "pl",
}
# Countries whose addresses and phones the texts of each language hold.
LANG_COUNTRIES = {
    "en": [(30, "US"), (18, "UK"), (7, "CA"), (5, "IE"), (4, "SE"),
           (4, "NO"), (4, "DK"), (4, "FI"), (2, "IS"), (2, "DE"),
           (2, "AT"), (2, "CH"), (2, "FR"), (2, "BE"), (2, "NL"),
           (2, "ES"), (2, "MX"), (2, "PT"), (2, "BR"), (2, "IT"),
           (2, "PL")],
    "de": [(62, "DE"), (20, "AT"), (18, "CH")],
    "fr": [(65, "FR"), (15, "BE"), (10, "CH"), (10, "CA")],
    "es": [(55, "ES"), (45, "MX")],
    "pt": [(45, "PT"), (55, "BR")],
    "it": [(88, "IT"), (12, "CH")],
    "nl": [(70, "NL"), (30, "BE")],
    "pl": [(100, "PL")],
}

EMAIL_DOMAINS = {
    "US": "gmail.com|yahoo.com|outlook.com|hotmail.com|aol.com|icloud.com|"
          "comcast.net|protonmail.com|att.net|verizon.net",
    "UK": "gmail.com|btinternet.com|sky.com|yahoo.co.uk|virginmedia.com|"
          "hotmail.co.uk|outlook.com|talktalk.net",
    "IE": "gmail.com|eircom.net|yahoo.ie|hotmail.com",
    "CA": "gmail.com|rogers.com|shaw.ca|sympatico.ca|videotron.ca|"
          "hotmail.ca",
    "DE": "web.de|gmx.de|t-online.de|posteo.de|gmx.net|freenet.de|"
          "mailbox.org|gmail.com",
    "AT": "gmx.at|aon.at|chello.at|gmail.com",
    "CH": "bluewin.ch|gmx.ch|sunrise.ch|hispeed.ch|gmail.com",
    "FR": "orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|gmail.com|"
          "hotmail.fr",
    "BE": "telenet.be|skynet.be|proximus.be|gmail.com",
    "NL": "ziggo.nl|kpnmail.nl|xs4all.nl|planet.nl|gmail.com|hotmail.nl",
    "ES": "telefonica.net|yahoo.es|hotmail.es|gmail.com|movistar.es",
    "MX": "prodigy.net.mx|hotmail.com|gmail.com|yahoo.com.mx|outlook.com",
    "PT": "sapo.pt|gmail.com|netcabo.pt|hotmail.com",
    "BR": "uol.com.br|bol.com.br|terra.com.br|gmail.com|globo.com|"
          "hotmail.com",
    "IT": "libero.it|virgilio.it|tiscali.it|alice.it|gmail.com|tin.it",
    "PL": "wp.pl|onet.pl|o2.pl|interia.pl|gazeta.pl|gmail.com",
    "SE": "telia.com|bredband.net|gmail.com|hotmail.se",
    "NO": "online.no|gmail.com|hotmail.no",
    "DK": "mail.dk|gmail.com|hotmail.dk",
    "FI": "elisa.fi|kolumbus.fi|gmail.com|luukku.com",
    "IS": "simnet.is|gmail.com",
}
WORK_TLD = {"US": "com", "UK": "co.uk", "IE": "ie", "CA": "ca", "DE": "de",
            "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "NL": "nl",
            "ES": "es", "MX": "com.mx", "PT": "pt", "BR": "com.br",
            "IT": "it", "PL": "pl", "SE": "se", "NO": "no", "DK": "dk",
            "FI": "fi", "IS": "is"}
WORK_WORDS = words("""acme|northwind|bluepeak|brightline|corvid|lumen|
vantage|meridian|keystone|pinecrest|silverleaf|tidewater|ironbridge|
clearview|redstone|sunpath|quantis|novalink|arbor|helix|orbital|
stonegate|fernhill|copperfield|oakline|nimbus|polaris|zenith|vertex""")

BIG_CITIES = {
    "en": words("""London|Paris|Berlin|Madrid|Rome|New York|Tokyo|Chicago|
Toronto|Sydney|Amsterdam|Vienna|Warsaw|Lisbon|São Paulo|Mexico City|
Munich|Milan|Barcelona|Dubai|Hamburg|Zurich|Brussels|Los Angeles|
San Francisco|Boston|Seattle|Miami|Dallas|Houston|Montreal|Vancouver|
Dublin|Manchester|Birmingham|Glasgow|Edinburgh|Frankfurt|Cologne|Lyon|
Marseille|Seville|Valencia|Naples|Turin|Rotterdam|Antwerp|Copenhagen|
Stockholm|Oslo|Helsinki|Prague|Budapest|Athens|Istanbul|Singapore|
Hong Kong|Shanghai|Beijing|Mumbai|Delhi|Bangkok|Rio de Janeiro|
Buenos Aires|Bogotá|Lima|Santiago|Cairo|Lagos|Nairobi|Johannesburg|
Cape Town|Melbourne|Auckland|Atlanta|Denver|Phoenix|Philadelphia"""),
    "de": words("""Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Wien|
Zürich|Genf|Basel|Graz|Paris|London|Rom|Mailand|Madrid|Barcelona|Prag|
Warschau|Lissabon|Brüssel|Amsterdam|Kopenhagen|Stockholm|New York|
Istanbul|Dubai|Düsseldorf|Leipzig|Dresden|Hannover|Nürnberg|Bremen|
Salzburg|Innsbruck|Linz|Bern|Luzern"""),
    "fr": words("""Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|
Strasbourg|Bruxelles|Genève|Lausanne|Montréal|Québec|Londres|Berlin|
Rome|Milan|Madrid|Barcelone|Lisbonne|Varsovie|Vienne|Munich|Anvers|
Liège|Casablanca|Dakar|Abidjan|Tunis|Alger|New York|Montpellier|Rennes"""),
    "es": words("""Madrid|Barcelona|Valencia|Sevilla|Bilbao|Málaga|Zaragoza|
Ciudad de México|Guadalajara|Monterrey|Puebla|Londres|Nueva York|Roma|
Milán|Lisboa|Berlín|Múnich|París|Bruselas|Ámsterdam|Varsovia|
Buenos Aires|Bogotá|Lima|Santiago|Caracas|Quito|Miami|Los Ángeles|
Tijuana|Cancún"""),
    "it": words("""Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|
Venezia|Bari|Londra|Parigi|Berlino|Monaco di Baviera|Vienna|Zurigo|
Ginevra|Lugano|Lisbona|Bruxelles|Varsavia|Madrid|Barcellona|New York|
Atene|Catania|Verona"""),
    "nl": words("""Amsterdam|Rotterdam|Den Haag|Utrecht|Eindhoven|Brussel|
Antwerpen|Gent|Londen|Parijs|Berlijn|Keulen|München|Wenen|Rome|
Lissabon|Madrid|Barcelona|Kopenhagen|Stockholm|New York|Istanbul|
Groningen|Maastricht|Luik"""),
    "pt": words("""Lisboa|Porto|Coimbra|Braga|Faro|São Paulo|Rio de Janeiro|
Belo Horizonte|Brasília|Salvador|Recife|Curitiba|Porto Alegre|Londres|
Paris|Berlim|Madrid|Roma|Bruxelas|Luanda|Maputo|Nova Iorque|Miami|
Genebra|Zurique|Fortaleza|Manaus"""),
}

PRODUCTS = words("""iPhone 14|iPhone 15 Pro|Galaxy A54|Galaxy S23|Pixel 8|
ThinkPad X1|Kindle Paperwhite|PlayStation 5|Xbox Series S|AirPods Pro|
Fire TV Stick|Dell XPS 13|HP LaserJet|Canon Pixma|Nokia 3310|
Nespresso Vertuo|Dyson V11|Philips Hue|Sonos One|Garmin Forerunner|
Fitbit Charge|Hyundai Tucson|Seat Ibiza|Kia Sorento|VW Touareg|
Chevrolet Malibu|Toyota Yaris|Nissan Qashqai|Renault Clio|Fiat Panda|
Skoda Octavia|Dacia Sandero|Ford Kuga|Opel Corsa|Jeep Cherokee|
Honda Civic|Mazda CX-5|Lincoln Navigator|Dodge Durango|Chevrolet Tahoe|
Hyundai Santa Fe|Vantor X2 router|Lumio 3 bulb|AquaPure filter|
Kestrel 500 e-bike|Nimbus Pro headset|Orion fibre box|FlexSaver plan|
Premium Plus bundle|Bosch Serie 6|Miele dishwasher|Tado thermostat|
Ring doorbell|Roomba i7|MacBook Air|iPad mini|Surface Pro|Echo Dot|
Moto G54|Xiaomi Redmi Note|Huawei P30|OnePlus Nord|Vodafone GigaCube|
Fritz!Box 7590|Speedport Smart|Livebox 6|Freebox Pop|Sky Q box""")

TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."],
    "de": ["Herr", "Frau", "Dr.", "Prof. Dr.", "Herrn"],
    "fr": ["M.", "Mme", "Madame", "Monsieur", "Dr", "Me", "Mlle"],
    "es": ["Sr.", "Sra.", "Dr.", "Dra.", "Lic.", "Ing.", "D.", "Dña."],
    "it": ["sig.", "sig.ra", "dott.", "dott.ssa", "ing.", "avv.", "Sig.",
           "Dott."],
    "nl": ["dhr.", "mevr.", "mw.", "Dhr.", "Mevr.", "dr.", "mr.", "ir."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng.", "D."],
    "pl": ["Pan", "Pani", "dr", "inż.", "mgr"],
}
CONJ = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e",
        "nl": "en", "pt": "e", "pl": "i"}


def order_id(r):
    return wpick(r, [
        (3, "#%d" % r.randint(100000, 9999999)),
        (3, str(r.randint(1000000, 99999999))),
        (2, "%s-%d" % (pick(r, ["A", "B", "ORD", "INV", "SR", "CS", "RMA",
                                "TCK", "REF", "WO"]),
                       r.randint(10000, 999999))),
        (1, "%d-%06d" % (r.randint(2019, 2026), r.randint(1, 999999))),
        (1, "%s%d%s" % (pick(r, ["DE", "FR", "NL", "ES", "IT", "PL", "US"]),
                        r.randint(10000000, 99999999), pick(r, ["", "X"]))),
        (1, "%d-%d-%d" % (r.randint(100, 999), r.randint(1000, 9999),
                          r.randint(1000, 9999))),
    ])


def amount(r, lang):
    v = r.randint(3, 2500) + r.choice([0, 0.5, 0.99, 0.49, 0.9])
    if lang == "en":
        return pick(r, ["$%.2f", "£%.2f", "€%.2f", "%.2f EUR"]) % v
    s = ("%.2f" % v).replace(".", ",")
    if lang == "pl":
        return s + pick(r, [" zł", " PLN"])
    if lang == "pt" and r.random() < 0.5:
        return "R$ " + s
    if lang == "es" and r.random() < 0.4:
        return "$" + ("%.2f" % v) + " MXN"
    return pick(r, ["%s €", "€%s", "%s EUR"]) % s


def date_text(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2022, 2026)
    if lang == "en":
        return pick(r, ["%d/%d/%d" % (m, d, y), "%d/%d" % (m, d),
                        "%d-%02d-%02d" % (y, m, d)])
    return pick(r, ["%02d.%02d.%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
                    "%02d/%02d" % (d, m), "%d-%02d-%02d" % (y, m, d)])


def errcode(r):
    return pick(r, ["0x%08X" % r.randint(0x80000000, 0x8FFFFFFF),
                    "E%d" % r.randint(100, 999),
                    "ERR_%d" % r.randint(100, 9999),
                    "%d" % r.randint(400, 599)])


def typo(r, word):
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randint(1, len(word) - 2)
    op = r.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    near = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i",
            "n": "m", "m": "n", "t": "r", "l": "k", "d": "s", "u": "y"}
    c = word[i].lower()
    return word[:i] + near.get(c, c) + word[i + 1:]


class Builder:
    """A text being written: literal frame text and entity values, with
    the spans of the entities."""

    values = False

    def __init__(self, r, lower=False, typos=0.0, caps=False):
        self.r = r
        self.lower = lower
        self.caps = caps
        self.typos = typos
        self.parts = []
        self.ents = []
        self.pos = 0

    def _add(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def _case(self, s):
        if self.caps:
            return s.upper()
        if self.lower:
            return s.lower()
        return s

    def lit(self, s):
        if self.typos:
            s = re.sub(r"[^\W\d_]+", lambda m: typo(self.r, m.group(0))
                       if self.r.random() < self.typos else m.group(0), s)
        self._add(self._case(s))

    def value(self, s, typ=None, frame=None):
        s = self._case(s)
        if typ:
            e = {"type": typ, "start": self.pos, "end": self.pos + len(s),
                 "frame": frame}
            if Builder.values:
                e["value"] = s
            self.ents.append(e)
        self._add(s)

    def text(self):
        return "".join(self.parts)


SLOT = re.compile(r"\{(\w+)\}")


class Doc:
    """What one document knows: its language and country, the person
    writing, the agent; fills the slots of the frames."""

    def __init__(self, gen, r, lang, cc=None):
        self.g = gen
        self.r = r
        self.lang = lang
        self.cc = cc or wpick(r, LANG_COUNTRIES[lang])
        self.me = self.person()
        self.agent = self.person()[0]
        self.frame = None
        self.emails = []

    # -- people

    def name_lang(self):
        r = self.r
        if self.lang == "en":
            own = COUNTRY_NAME_LANG.get(self.cc, "en")
            if r.random() < 0.5 and own in self.g.lists.given:
                return own
            if r.random() < 0.4:
                return "en"
            return pick(r, self.g.lists.langs)
        own = COUNTRY_NAME_LANG.get(self.cc)
        if own and own != self.lang and r.random() < 0.3:
            return own
        lang = wpick(r, NAME_LANGS[self.lang])
        return lang if lang in self.g.lists.given else self.lang

    def person(self, lang=None):
        """(given, surname, full name)."""
        r = self.r
        L = self.g.lists
        lang = lang or self.name_lang()
        if lang not in L.given or lang not in L.surnames:
            lang = "en"
        g = L.name(r, "given", lang)
        s = L.name(r, "surnames", lang)
        form = wpick(r, [(62, "gs"), (14, "gMs"), (6, "ggs"),
                         (10 if lang in ("es", "pt") else 1, "gss"),
                         (5 if lang in ("fr", "de") else 1, "g-gs")])
        full = "%s %s" % (g, s)
        if form == "gMs":
            ini = r.choice("ABCDEFGHJKLMNOPRSTVWZ")
            full = "%s %s%s %s" % (g, ini, pick(r, [".", ".", ".", ""]), s)
        elif form == "ggs":
            g2 = L.name(r, "given", lang)
            if g2 != g:
                g = "%s %s" % (g, g2)
                full = "%s %s" % (g, s)
        elif form == "gss":
            s2 = L.name(r, "surnames", lang)
            if s2 != s:
                full = "%s %s %s" % (g, s, s2)
                s = "%s %s" % (s, s2)
        elif form == "g-gs":
            g2 = L.name(r, "given", lang)
            if g2 != g and " " not in g + g2 and "-" not in g + g2:
                g = "%s-%s" % (g, g2)
                full = "%s %s" % (g, s)
        return g, s, full

    def mid_name(self, p):
        g, s, full = p
        if re.search(r" [A-Z]\.? ", full):
            return full
        ini = self.r.choice("ABCDEFGHJKLMNOPRSTVWZ")
        return "%s %s. %s" % (g.split()[0], ini, s)

    def names_list(self, n):
        r = self.r
        names = [self.person()[2] for _ in range(n)]
        conj = CONJ[self.lang]
        out = []
        for i, nm in enumerate(names):
            if i:
                if i == n - 1:
                    comma = "," if (self.lang == "en" and n > 2 and
                                    r.random() < 0.5) else ""
                    out.append((comma + " " + conj + " ", None))
                else:
                    out.append((", ", None))
            out.append((nm, PERSON))
        return out

    # -- places

    def town(self, cc=None):
        return self.g.places.town(self.r, cc or self.cc, self.lang)[0]

    def city(self):
        r = self.r
        if self.lang == "en" and r.random() < 0.35:
            return pick(r, self.g.places.cities_en)
        if self.lang == "pl":
            return pick(r, self.g.places.pl_towns)[0] if r.random() < 0.5 \
                else self.town()
        return self.town()

    def country(self):
        return pick(self.r, self.g.places.countries[self.lang])

    def country_in(self, c):
        lang = self.lang
        if lang == "fr":
            name, prep = c[0], c[1] if len(c) > 1 else "en"
            return prep + " ", name
        if lang == "pt":
            name, prep = c[0], c[1] if len(c) > 1 else "em"
            return prep + " ", name
        if lang == "pl":
            loc = c[1]
            prep = "na" if loc in PL_NA else (
                "we" if loc[:2] in ("Fr", "Wł") else "w")
            return prep + " ", loc
        return {"en": "in ", "de": "in ", "es": "en ", "it": "in ",
                "nl": "in "}[lang], c[0]

    def country_from(self, c):
        lang = self.lang
        if lang == "fr":
            name, prep = c[0], c[1] if len(c) > 1 else "en"
            p = {"en": "de ", "au": "du ", "aux": "des "}[prep]
            if p == "de " and name[0].lower() in "aeiouéèêâîôû":
                p = "d'"
            return p, name
        if lang == "pt":
            name, prep = c[0], c[1] if len(c) > 1 else "em"
            return {"em": "de ", "no": "do ", "na": "da ",
                    "nos": "dos "}[prep], name
        if lang == "pl":
            gen = c[2]
            return ("ze " if gen[:2] in ("Sz", "Sł") else "z "), gen
        return {"en": "from ", "de": "aus ", "es": "de ", "it": "da ",
                "nl": "uit "}[lang], c[0]

    def region(self):
        return pick(self.r, self.g.places.regions[self.lang])

    # -- values

    def address_lines(self, cc=None, **kw):
        return self.g.addr.address(self.r, cc or self.cc, self.lang, **kw)

    def email(self, p=None):
        r = self.r
        g, s, _ = p or self.me
        g = ascii_fold(g.split()[0].split("-")[0]).lower()
        s = re.sub(r"[^a-z]", "", ascii_fold(s.split()[-1]).lower())
        s = s or "mail"
        local = wpick(r, [
            (5, "%s.%s" % (g, s)), (3, "%s%s" % (g, s)),
            (2, "%s_%s" % (g, s)), (3, "%s.%s%d" % (g, s, r.randint(1, 99))),
            (2, "%s%s" % (g[0], s)), (1, "%s.%s" % (s, g)),
            (2, "%s%d" % (g, r.randint(1960, 2008))),
            (1, "%s-%s" % (g, s)), (1, "%s.%s" % (g[0], s)),
            (1, "%s+%s" % (g, pick(r, ["shop", "news", "orders"])))])
        if r.random() < 0.15:
            dom = "%s.%s" % (pick(r, WORK_WORDS), WORK_TLD[self.cc])
        else:
            dom = pick(r, EMAIL_DOMAINS[self.cc].split("|"))
        e = local + "@" + dom
        if r.random() < 0.04:
            e = e.capitalize()
        return e

    def product(self):
        return pick(self.r, self.g.products)

    def bigcity(self):
        return pick(self.r, self.g.bigcities[self.lang])

    # -- slots

    def fill(self, slot, b):
        """Write the value of one slot into builder b."""
        neg = slot.startswith("n_")
        key = slot[2:] if neg else slot
        pieces = getattr(self, "s_" + key)()
        for text, typ in pieces:
            b.value(text, None if neg else typ, self.frame)

    def s_me(self):
        return [(self.me[2], PERSON)]

    def s_myg(self):
        return [(self.me[0], PERSON)]

    def s_mys(self):
        return [(self.me[1], PERSON)]

    def s_mymid(self):
        return [(self.mid_name(self.me), PERSON)]

    def s_myrev(self):
        return [(self.me[1], PERSON), (", ", None), (self.me[0], PERSON)] \
            if self.r.random() < 0.5 else \
            [("%s, %s" % (self.me[1], self.me[0]), PERSON)]

    def s_name(self):
        return [(self.person()[2], PERSON)]

    def s_given(self):
        return [(self.person()[0], PERSON)]

    def s_sur(self):
        return [(self.person()[1], PERSON)]

    def s_mname(self):
        return [(self.mid_name(self.person()), PERSON)]

    def s_agent(self):
        return [(self.agent, PERSON)]

    def s_names2(self):
        return self.names_list(2)

    def s_names3(self):
        return self.names_list(self.r.choice([3, 3, 3, 4]))

    def s_tt(self):
        return [(pick(self.r, TITLES[self.lang]), None)]

    def s_city(self):
        return [(self.city(), LOCATION)]

    def s_town(self):
        return [(self.town(), LOCATION)]

    def s_country(self):
        return [(self.country()[0], LOCATION)]

    def s_region(self):
        return [(self.region(), LOCATION)]

    def s_place(self):
        k = self.r.random()
        if k < 0.6:
            return self.s_city()
        return self.s_region() if k < 0.8 else self.s_country()

    def s_country_in(self):
        p, name = self.country_in(self.country())
        return [(p, None), (name, LOCATION)]

    def s_country_from(self):
        p, name = self.country_from(self.country())
        return [(p, None), (name, LOCATION)]

    def s_country_to(self):
        c = self.country()
        if self.lang == "pl":
            while c[1] in PL_NA:
                c = self.country()
            return [("do ", None), (c[2], LOCATION)]
        return self.s_country_in()

    def _pl_town(self):
        return pick(self.r, self.g.places.pl_towns)

    def _city_case(self, case, prep=None):
        """A city; in Polish a town in a case of PL_TOWN_CASES (1 the
        locative, 2 the genitive) after its preposition or prep."""
        if self.lang != "pl":
            return [(self.city(), LOCATION)]
        p, w = self._pl_town()[case].split(" ", 1)
        return [((prep or p) + " ", None), (w, LOCATION)]

    def s_city_in(self):
        return self._city_case(1)

    def s_city_from(self):
        return self._city_case(2)

    def s_city_to(self):
        return self._city_case(2, "do")

    def s_addr(self):
        return [(", ".join(self.address_lines()), ADDRESS)]

    def s_addrml(self):
        return [("\n".join(self.address_lines()), ADDRESS)]

    def s_addrabroad(self):
        cc = wpick(self.r, LANG_COUNTRIES["en"])
        return [(", ".join(self.g.addr.address(
            self.r, cc, "en" if cc not in ("DE", "AT", "CH", "FR", "BE",
                                           "NL", "ES", "MX", "PT", "BR",
                                           "IT", "PL") else
            {"DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr",
             "NL": "nl", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt",
             "IT": "it", "PL": "pl"}[cc], country=True)), ADDRESS)]

    def s_street(self):
        return [(self.g.addr.street(self.r, self.cc, self.lang), ADDRESS)]

    def s_pobox(self):
        return [(", ".join(self.g.addr.pobox(self.r, self.cc, self.lang)),
                 ADDRESS)]

    def s_mil(self):
        return [(", ".join(self.g.addr.military(self.r)), ADDRESS)]

    def s_milml(self):
        return [("\n".join(self.g.addr.military(self.r)), ADDRESS)]

    def s_postcode(self):
        return [(postcode(self.r, self.cc), ADDRESS)]

    def s_phone(self):
        return [(phone_text(self.r, self.cc, self.lang), PHONE)]

    def s_phonen(self):
        return [(phone_text(self.r, self.cc, self.lang, intl=False), PHONE)]

    def s_phonei(self):
        return [(phone_text(self.r, self.cc, self.lang, intl=True), PHONE)]

    def s_phonex(self):
        return [(phone_text(self.r, self.cc, self.lang, ext=True), PHONE)]

    def s_card(self):
        return [(card_text(self.r), CARD)]

    def s_email(self):
        e = self.email()
        self.emails.append(e)
        return [(e, EMAIL)]

    def s_email2(self):
        return [(self.email(self.person()), EMAIL)]

    def s_iban(self):
        cc = {"UK": "GB", "US": "DE", "CA": "FR", "MX": "ES"}.get(
            self.cc, self.cc)
        return [(iban_text(self.r, cc), IBAN)]

    def s_ip(self):
        return [(ip_text(self.r), IP)]

    def s_order(self):
        return [(order_id(self.r), None)]

    def s_product(self):
        return [(self.product(), None)]

    def s_amount(self):
        return [(amount(self.r, self.lang), None)]

    def s_date(self):
        return [(date_text(self.r, self.lang), None)]

    def s_errcode(self):
        return [(errcode(self.r), None)]

    def s_version(self):
        return [("%d.%d.%d" % (self.r.randint(1, 19), self.r.randint(0, 30),
                               self.r.randint(0, 99)), None)]

    def s_bigcity(self):
        return [(self.bigcity(), LOCATION)]

    def s_brand(self):
        return [(pick(self.r, ["Visa", "Mastercard", "Amex", "Maestro",
                               "JCB", "Discover", "Diners Club",
                               "UnionPay", "Mir", "debit card"]), None)]

    def s_num(self):
        return [(str(self.r.randint(2, 12)), None)]

    def s_year(self):
        return [(str(self.r.randint(1995, 2025)), None)]

    def s_company(self):
        return [(pick(self.r, self.g.companies[self.lang]), None)]

    def s_job(self):
        return [(pick(self.r, JOBS[self.lang]), None)]

    def render(self, frame_id, frame, b):
        self.frame = frame_id
        pos = 0
        for m in SLOT.finditer(frame):
            b.lit(frame[pos:m.start()])
            self.fill(m.group(1), b)
            pos = m.end()
        b.lit(frame[pos:])


PL_NA = {"Ukrainie", "Litwie", "Łotwie", "Węgrzech", "Białorusi",
         "Słowacji", "Islandii"}


# ---------------------------------------------------------------------
# Sentence frames, by language and group: one frame a line, "\n" for a
# line break inside a text.  Slots: {me} {myg} {mys} {mymid} {myrev}
# (the writer), {name} {given} {sur} {mname} {names2} {names3} {agent}
# (others), {city} {town} {country} {region} {place} {city_in}
# {city_from} {city_to} {country_in} {country_from} {country_to},
# {addr} {addrml} {addrabroad} {street} {pobox} {mil} {milml}
# {postcode}, {phone} {phonen} {phonei} {phonex}, {card}, {email}
# {email2}, {iban}, {ip}; no entity: {tt} {order} {product} {amount}
# {date} {errcode} {version} {brand} {num} {year} {company} {job}, and
# any slot with an n_ prefix ({n_country}, {n_bigcity}, ...).

def F(block):
    return [ln.strip().replace("\\n", "\n")
            for ln in block.strip("\n").split("\n") if ln.strip()]


FRAMES = {}

FRAMES["en"] = {
    "intro": F("""
hi, my name is {me}
Hello, this is {me}.
hi it's {me} again
{myg} here, I called yesterday about my bill
my name's {me} and I need help with my account
I'm {me}, the account holder.
Name: {me}
you can call me {myg}
{me} speaking, how do I change my plan?
The account is under {me}.
it's under my name, {me}
hey, {myg} here
This is {mymid} from accounts payable.
I am {me}, I ordered a {product} last week
Good morning, {me} calling about order {order}
my full name is {mymid}
the name on the account is {myrev}
Hi! I'm {myg}. Quick question.
it is {me}
registered under {me} I think
Hi there, {me} here – still waiting on a refund
hello {agent}, it's {me}
im {me} and my internet is down again
Morning! {myg} from flat 2, the one with the broken boiler
{me}. Customer number unknown, sorry
"""),
    "third": F("""
my wife {given} set up the account
My husband, {name}, is the main account holder.
please send the documents to {name}
Can you address the parcel to {name}?
I spoke with {given} yesterday and she said it was sorted
your colleague {given} promised a callback
can I speak to {given} again?
ask for {given} at reception
cc {name} on the reply please
{name}'s card was charged twice
It's for my son, {given}, he's away at uni
the manager, {name}, told me to contact you
my neighbour {name} took the parcel in
{name} will pick it up on Friday
I'm writing for {name}, who can't type right now
add {name} as an authorised user please
the previous owner was {mname}
Delivery was signed for by {sur}?? no idea who that is
my landlord {name} needs a copy of the contract
{given} and {given} both use this account
tell {given} I said thanks
the technician, {given}, never showed up
Dr {sur} referred me to you
Mrs {sur} from the shop next door has my spare key
{names2} are both on the lease
I'm calling on behalf of my mother, {name}.
{given}'s laptop is the one that won't connect
the parcel was addressed to {name} but I live here now
my daughter {given} {sur} is the one who ordered it
it was {name} who picked up the phone last time
"""),
    "loc": F("""
I live in {city}
i'm from {city}
we moved to {city} last month
I just moved to {country} from {city}
currently based in {region}
calling from {city}, {country}
I'm in {city} this week for work
originally from {country} but living in {city} now
we're relocating to {city} in June
I work in {city} but live just outside
my daughter lives in {city}
our office is in {city}
i'm staying with family in {region} until september
back home in {city} now
we live near {city}, about 20 minutes out
I'm a student in {city}
moving from {city} to {city} next week
I was born in {country}
i live in {town}, it's a small place
my parents are in {region}
"""),
    "addr": F("""
my address is {addr}
Please ship it to {addr}.
new address: {addr}
deliver to {street} please, not the old one
billing address is {addr}
send it to my PO box: {pobox}
I'm deployed, please use {mil}
Our office moved to {addr}.
it should go to {addr}, round the back
I'm at {street}, the blue house
my postcode is {postcode}
zip is {postcode}
the parcel went to {addr} instead of my place
I moved from {street} to {addr}
Mailing address: {pobox}
my APO address is {mil}
can you change the delivery address to {addr}?
ship to: {addr}
the old address {addr} is wrong, I moved out in {year}
I'm staying at my sister's, {addr}, until the 20th
"""),
    "phone": F("""
call me at {phone}
my number is {phone}
you can reach me on {phone}
mobile: {phone}
text me at {phone} pls
Please call {phonex} and ask for {given}.
my work number is {phonex}
desk: {phonex}
fax: {phone}
best number is {phone}, after 5pm
ring me on {phone}
I called {phone} three times and nobody answered
new number: {phone}
can you call back at {phone}?
or try my landline {phone}
cell {phone}
reach me at {phonex} during office hours
my number changed to {phone}
the old number {phone} is disconnected
whatsapp me on {phonei}
"""),
    "card": F("""
my card number is {card}
card: {card}
charge it to {card}
it's a {brand}, {card}
use card {card} exp 09/27
please refund to {card}
I was charged twice on {card}
the card I used is {card}
card no. {card}
new card {card}, the old one expired
"""),
    "email": F("""
email me at {email}
my email is {email}
send the invoice to {email}
it's {email}
please cc {email2}
my old email was {email2}, new one is {email}
contact: {email}
you can write to {email}
send the receipt to {email} not the old address
"""),
    "iban": F("""
my IBAN is {iban}
refund to IBAN {iban}
bank details: {iban}
please pay it back into {iban}
IBAN {iban}, the name on the account is {me}
"""),
    "ip": F("""
my IP is {ip}
the router says {ip}
I'm connecting from {ip} and it's blocked
please whitelist {ip}
the server at {ip} isn't responding
my public ip shows as {ip}
"""),
    "neg": F("""
do you ship to {n_country}?
is the service available in {n_country}?
How long does delivery to {n_bigcity} take?
do you have a store in {n_bigcity}?
are your prices the same in {n_country}?
Does the {product} work in {n_country}?
my {product} won't turn on
order {order} still hasn't arrived
nice, thanks!
I was reading the FAQ but it didn't help
that's a good deal, I'll take it
can we split the payment?
Will it arrive before Friday?
May I ask a question about my bill?
bill me later please
mark it as urgent
I need the rose gold version
my mobile keeps dropping calls
the bath towels were the wrong colour
ticket {order} was closed without an answer
invoice {order} shows {amount} but I paid {amount}
reference number is {order}
the tracking says it's in the depot
I paid {amount} on {date}
error code {errcode} when I log in
version {version} of the app crashes
i have 2 accounts, how do i merge them
Orange is my provider, does that matter?
thanks, that's all
what are your opening hours?
Can I pay with Visa?
how do I reset my password
is there a fee for shipping to {n_country}?
what time do you close on Sunday?
do you sell the {product} in {n_country} too?
I'd like to cancel my subscription
the app says I have {num} devices but I only have one
my {product} arrived with a cracked screen
The Chelsea boots are out of stock in size 9?
can I get the Victoria sponge recipe you posted
are deliveries to {n_bigcity} delayed because of the strike?
I saw your ad in the metro
is it cheaper to order from {n_country}?
hi
hello?
anyone there
ok
can you check order {order}
how much is shipping
I want to return the {product}
the charger for the {product} is missing
"""),
    "ask_name": F("""
Can I have your full name, please?
What name is the account under?
Who am I speaking with?
Could you tell me your name?
Please enter your first and last name.
"""),
    "ask_addr": F("""
What's the delivery address?
Could you confirm your billing address?
Where should we send it?
What is your new address?
Please enter the full address, including the postcode.
"""),
    "ask_phone": F("""
What's the best number to reach you?
Could you give me a phone number?
Which number should we call you back on?
Please enter your mobile number.
"""),
    "ask_card": F("""
Please enter the card number.
What's the long number on the card?
Which card should we charge?
"""),
    "ask_email": F("""
What's your email address?
Which email should the receipt go to?
Please enter your email.
"""),
    "ask_iban": F("""
Which IBAN should we refund to?
Please give me your IBAN.
"""),
    "ask_loc": F("""
Where are you located?
Which city are you in?
Where are you calling from?
"""),
    "ask_postcode": F("""
And your postcode?
What's the ZIP code?
Can I have the postal code, please?
"""),
    "ask_ip": F("""
What IP address does the router show?
Can you tell me your IP address?
"""),
    "ans_name": F("""
{me}
it's {me}
{mymid}
{myrev}
sure, {me}
{me} (Mrs)
"""),
    "ans_addr": F("""
{addr}
it's {addr}
{addr} please
sure - {addr}
{street}
{pobox}
"""),
    "ans_phone": F("""
{phone}
it's {phone}
{phonex}
sure {phone}
mobile is {phone}
"""),
    "ans_card": F("""
{card}
here: {card}
it's {card}
"""),
    "ans_email": F("""
{email}
it's {email}
{email} thanks
"""),
    "ans_iban": F("""
{iban}
it's {iban}
"""),
    "ans_loc": F("""
{city}
in {city}
{city}, {country}
near {city}
{region}
"""),
    "ans_postcode": F("""
{postcode}
it's {postcode}
"""),
    "ans_ip": F("""
{ip}
it says {ip}
"""),
    "greet": F("""
Hi! I'm the virtual assistant. How can I help you today?
Welcome to customer support. What can I do for you?
Hello and thanks for getting in touch. Please describe your issue.
Hi there! Ask me anything about your order, billing or account.
"""),
    "agent": F("""
Hi {myg}, thanks for waiting.
Thank you, {myg}. Let me check that for you.
Hello, I'm {agent} and I'll be helping you today.
Thanks {myg}! I've updated the address to {addr}.
I've sent a confirmation to {email}.
Is {phone} still the best number for you?
{agent} here from the billing team.
Sorry for the wait, {myg}.
I'll pass this to my colleague {given} in returns.
Thanks, Mr {mys}, I can see the account now.
Thank you, Ms {mys}. One moment please.
Hi {myg}, my name is {agent}. I can help with that.
"""),
    "agent_neg": F("""
Let me look into that.
One moment please.
I've escalated the ticket.
Is there anything else I can help with?
Our opening hours are 8am to 8pm, Monday to Saturday.
Delivery usually takes 3-5 working days.
I can see order {order} in our system.
The refund of {amount} will take up to 5 days.
Could you try restarting the {product}?
I'm sorry about that. I'll open a case for you.
We do ship to {n_country}, delivery takes about a week.
Yes, we have a store in {n_bigcity}.
"""),
    "close_user": F("""
thanks bye
great, thank you!
ok cheers
perfect, that's all
thank you so much
"""),
    "close_agent": F("""
Have a great day, {myg}!
Thanks for contacting us. Goodbye!
You're welcome, {myg}. Take care.
Glad I could help. Have a nice evening!
"""),
    "prose": F("""
Please send the signed contract to {addr} by {date}.
{name} will join the call on Monday.
I have copied {name} and {name}, who handle our accounts.
Our new office is at:\\n{addrml}
You can reach me on {phone} or at {email}.
My colleague {mname} has the details.
I moved to {city} in {year} and still use the old address.
The delivery for {name} was left at {street}.
Please refund the amount to {iban}.
The payment was taken from card {card}.
The login attempts came from {ip}.
Following my call with {given} this morning, I confirm the changes.
{name}'s order was sent to the wrong address.
I grew up in {city} and now live in {country}.
Please update my details: I now live at {addr}.
Could you ask {given} to call me back on {phonex}?
The parcel should go to my PO box instead: {pobox}.
We are stationed abroad, so please use our military address:\\n{milml}
{name} from your {city} branch was very helpful.
I tried calling {phone} but the line was busy.
Attached is the form signed by {names2}.
The invoice was addressed to {name}, who left the company in {year}.
My husband {given} and I are both on the account.
Since moving to {region} I have had no signal at all.
Please confirm receipt to {email} and to {email2}.
"""),
    "prose_neg": F("""
Our service is available in {n_country} and most of Europe.
Delivery to {n_bigcity} usually takes two working days.
Thank you for your order; it will be dispatched within 48 hours.
Please quote your order number {order} in all correspondence.
The {product} comes with a two-year warranty.
Opening hours: Monday to Friday, 9am to 6pm.
Refunds are processed within 14 days of receiving the return.
Customers in {n_country} can pay by bank transfer.
Nice weather for the time of year, by the way.
Reading through the terms, I could not find anything about returns.
The invoice total is {amount} including VAT.
We have stores in {n_bigcity} and {n_bigcity}.
Will the price go down after the sale?
May we contact you about future offers?
The mobile app is available for iOS and Android.
Error {errcode} means the payment was declined by the bank.
"""),
    "list": F("""
{names3} were on the call.
The award went to {names3}.
Attendees: {names3}.
{names2} will review the draft.
Thanks to {names3} for their help with the move.
Present: {names3}
Apologies were received from {names2}.
The following people have access to the account: {names3}.
"""),
    "note": F("""
cust {name} called re order {order}. wants refund.
spoke w/ {given}, lives in {city}, cb {phone}
new addr {addr} - updated in crm
cx says card {card} charged twice
left vm for {name} on {phone}
email bounced ({email}), asked {given} for a new one
{sur} (account holder) moved to {city}
callback req. {phonex}
verified: {me}, dob ok, addr {addr}
cust in {country} for 3 months, wants roaming
escalated to {given} in tier 2
address mismatch: {street} vs {street}
"""),
    "salut": F("""
Dear {tt} {sur},
Dear {given},
Hi {given},
Hello {given},
Dear {name},
Good morning {given},
To whom it may concern,
Hello,
"""),
    "closing": F("""
Best regards,
Kind regards,
Thanks,
Cheers,
Sincerely,
Yours sincerely,
Best,
Many thanks,
"""),
    "subject": F("""
Subject: Order {order}
Subject: Change of address
Subject: Refund request
Subject: Re: your call today
Subject: Account update
"""),
}

FRAMES["de"] = {
    "intro": F("""
Hallo, mein Name ist {me}.
hallo ich heiße {me}
Hier ist {me}.
{myg} hier, ich hatte gestern schon angerufen
Ich bin {me} und habe eine Frage zu meiner Rechnung.
Guten Tag, {me} am Apparat.
Name: {me}
das Konto läuft auf {me}
Mein Name ist {mymid}, die Kundennummer habe ich gerade nicht zur Hand.
servus, {myg} hier
Moin, {me} hier.
Grüezi, mein Name ist {me}.
Ich rufe im Auftrag von {name} an.
guten morgen, hier spricht {me}
Ich heiße {myg} und mein Internet geht seit gestern nicht.
Vertragsinhaber ist {me}.
"""),
    "third": F("""
meine Frau {given} hat das Konto eröffnet
Mein Mann, {name}, ist der Vertragsinhaber.
Bitte schicken Sie die Unterlagen an {name}.
Ich habe gestern mit {given} gesprochen.
Ihr Kollege {given} hat mir einen Rückruf versprochen.
Können Sie das Paket an {name} adressieren?
Die Bestellung ist für meinen Sohn {given}.
Frau {sur} aus der Buchhaltung hat mich an Sie verwiesen.
Herr {sur} hat das Paket angenommen.
mein Nachbar {name} hat das Paket angenommen
{name} holt das am Freitag ab.
Der Vermieter, {name}, braucht eine Kopie.
Bitte tragen Sie {name} als bevollmächtigte Person ein.
{names2} stehen beide im Vertrag.
Der Techniker, {given}, ist nicht gekommen.
Können Sie mich mit {given} verbinden?
Die Rechnung ging an {name}, der wohnt aber nicht mehr hier.
"""),
    "loc": F("""
Ich wohne in {city}.
ich komme aus {city}
wir sind letzten Monat nach {city} gezogen
Ich lebe seit drei Jahren in {country}.
ich bin gerade in {city} unterwegs
Wir ziehen im Juni nach {city} um.
ursprünglich aus {country}, jetzt wohne ich in {city}
Meine Tochter wohnt in {region}.
Ich arbeite in {city}, wohne aber auf dem Land.
wohnhaft in {city}
wir wohnen in der Nähe von {city}
ich bin in {country} geboren
"""),
    "addr": F("""
Meine Adresse ist {addr}.
Bitte liefern Sie an {addr}.
neue Anschrift: {addr}
Lieferadresse: {addr}
Rechnungsadresse ist {addr}
Schicken Sie es bitte an mein Postfach: {pobox}
Ich wohne jetzt in der {street}.
die PLZ ist {postcode}
Das Paket ging an {addr} statt zu mir.
Wir sind umgezogen, neue Adresse: {addr}
Bitte ändern Sie die Anschrift auf {addr}.
Ich bin von der {street} in die {street} gezogen.
"""),
    "phone": F("""
Rufen Sie mich unter {phone} an.
meine Nummer ist {phone}
Sie erreichen mich unter {phone}.
Handy: {phone}
Mobil: {phone}
Tel.: {phonex}
Fax: {phone}
Bitte rufen Sie {phonex} an und fragen Sie nach {given}.
Festnetz: {phone}
ruf mich kurz an: {phone}
Meine neue Handynummer lautet {phone}.
erreichbar unter {phonex}
"""),
    "card": F("""
Meine Kartennummer ist {card}.
Karte: {card}
Bitte buchen Sie von {card} ab.
Kreditkarte {card}, gültig bis 08/27
Die Abbuchung kam von der Karte {card}.
"""),
    "email": F("""
Meine E-Mail ist {email}.
Schicken Sie die Rechnung an {email}.
mail: {email}
Bitte an {email} senden.
E-Mail-Adresse: {email}
"""),
    "iban": F("""
Meine IBAN lautet {iban}.
Bitte erstatten Sie den Betrag auf {iban}.
IBAN: {iban}
Kontoverbindung: {iban}
"""),
    "ip": F("""
Meine IP-Adresse ist {ip}.
Der Router zeigt {ip} an.
Zugriff von {ip} wird blockiert.
"""),
    "neg": F("""
Liefern Sie auch nach {n_country}?
Gibt es den Tarif auch in {n_country}?
Wie lange dauert der Versand nach {n_bigcity}?
Haben Sie eine Filiale in {n_bigcity}?
Mein {product} geht nicht mehr an.
Die Bestellung {order} ist noch nicht angekommen.
Danke, das war's.
Kann ich die Zahlung aufteilen?
Ich hätte gern einen Berliner und einen Kaffee – sorry, falscher Chat
Die Rechnung {order} zeigt {amount}.
Wann haben Sie geöffnet?
Fehlercode {errcode} beim Login
Kann ich mit Visa zahlen?
Wie setze ich mein Passwort zurück?
Ist der Artikel noch auf Lager?
Die Sendungsnummer {order} funktioniert nicht.
Ich habe am {date} {amount} überwiesen.
Gilt das Angebot auch in {n_country}?
hallo?
ok danke
Wie kündige ich mein Abo?
Der Akku vom {product} hält nur noch zwei Stunden.
"""),
    "ask_name": F("""
Wie ist Ihr vollständiger Name?
Auf welchen Namen läuft das Konto?
Mit wem spreche ich?
"""),
    "ask_addr": F("""
Wie lautet die Lieferadresse?
Können Sie mir Ihre Rechnungsadresse bestätigen?
Wohin sollen wir das schicken?
"""),
    "ask_phone": F("""
Unter welcher Nummer erreichen wir Sie?
Wie lautet Ihre Telefonnummer?
"""),
    "ask_card": F("""
Bitte geben Sie die Kartennummer ein.
"""),
    "ask_email": F("""
Wie lautet Ihre E-Mail-Adresse?
"""),
    "ask_iban": F("""
Auf welche IBAN sollen wir erstatten?
"""),
    "ask_loc": F("""
Wo wohnen Sie?
In welcher Stadt sind Sie?
"""),
    "ask_postcode": F("""
Und Ihre Postleitzahl?
"""),
    "ask_ip": F("""
Welche IP-Adresse zeigt der Router an?
"""),
    "ans_name": F("""
{me}
{myrev}
ich bin {me}
"""),
    "ans_addr": F("""
{addr}
das ist {addr}
an {addr} bitte
"""),
    "ans_phone": F("""
{phone}
die {phone}
"""),
    "ans_loc": F("""
{city}
in {city}
"""),
    "greet": F("""
Hallo! Ich bin Ihr digitaler Assistent. Wie kann ich helfen?
Willkommen beim Kundenservice. Worum geht es?
"""),
    "agent": F("""
Hallo {myg}, danke für Ihre Geduld.
Vielen Dank, Herr {mys}.
Vielen Dank, Frau {mys}, ich schaue nach.
Guten Tag, mein Name ist {agent}, wie kann ich helfen?
Ich habe die Adresse auf {addr} geändert.
Ich habe Ihnen eine Bestätigung an {email} geschickt.
Ist {phone} noch aktuell?
Ich leite das an meinen Kollegen {given} weiter.
"""),
    "agent_neg": F("""
Einen Moment bitte.
Ich schaue mir das an.
Gibt es sonst noch etwas?
Die Lieferung dauert 3-5 Werktage.
Ich sehe die Bestellung {order} im System.
Die Erstattung über {amount} dauert etwa fünf Tage.
Ja, wir liefern auch nach {n_country}.
"""),
    "close_user": F("""
danke, tschüss
super, vielen Dank!
ok danke
alles klar, schönen Tag noch
"""),
    "close_agent": F("""
Schönen Tag noch, {myg}!
Vielen Dank für Ihre Nachricht. Auf Wiederhören!
"""),
    "prose": F("""
Bitte senden Sie den unterschriebenen Vertrag bis {date} an {addr}.
{name} nimmt am Montag an dem Termin teil.
Ich habe {name} und {name} in Kopie gesetzt.
Unsere neue Anschrift lautet:\\n{addrml}
Sie erreichen mich unter {phone} oder per E-Mail an {email}.
Meine Kollegin {mname} hat die Details.
Wir sind im März nach {city} gezogen.
Bitte überweisen Sie den Betrag auf das Konto {iban}.
Die Zahlung wurde von der Karte {card} abgebucht.
Die Anmeldeversuche kamen von {ip}.
Nach meinem Gespräch mit {given} heute Morgen bestätige ich die Änderung.
Ich bin in {city} aufgewachsen und lebe heute in {country}.
Das Paket für {name} wurde in der {street} abgegeben.
Bitte rufen Sie mich unter {phonex} zurück.
Die Lieferung soll an mein Postfach gehen: {pobox}.
"""),
    "prose_neg": F("""
Unser Service ist in {n_country} und ganz Europa verfügbar.
Die Lieferung nach {n_bigcity} dauert in der Regel zwei Werktage.
Bitte geben Sie bei Rückfragen die Bestellnummer {order} an.
Der {product} hat zwei Jahre Garantie.
Öffnungszeiten: Montag bis Freitag, 9 bis 18 Uhr.
Der Rechnungsbetrag beträgt {amount} inklusive MwSt.
Kunden in {n_country} können per Überweisung zahlen.
"""),
    "list": F("""
{names3} waren bei der Besprechung dabei.
Teilnehmer: {names3}
{names2} prüfen den Entwurf.
Vielen Dank an {names3} für die Hilfe.
Zugriff auf das Konto haben {names3}.
"""),
    "note": F("""
Kd. {name} rief an wg. Bestellung {order}.
Rückruf an {given} unter {phone}
neue Adr.: {addr}, im CRM geändert
{sur} (Inhaber) ist nach {city} gezogen
Kunde in {country}, will Roaming
"""),
    "salut": F("""
Sehr geehrte Frau {sur},
Sehr geehrter Herr {sur},
Hallo {given},
Liebe {given},
Lieber {given},
Guten Tag {name},
Moin {given},
Sehr geehrte Damen und Herren,
"""),
    "closing": F("""
Mit freundlichen Grüßen
Viele Grüße
Beste Grüße
Freundliche Grüße
LG
Herzliche Grüße
"""),
    "subject": F("""
Betreff: Bestellung {order}
Betreff: Adressänderung
Betreff: Erstattung
"""),
}

FRAMES["fr"] = {
    "intro": F("""
Bonjour, je m'appelle {me}.
bonjour je suis {me}
Ici {me}.
C'est {me}, j'ai déjà appelé hier.
Mon nom est {me}.
{myg} à l'appareil
Nom : {me}
le compte est au nom de {me}
Je suis {mymid}, cliente depuis 2015.
moi c'est {myg}
J'appelle de la part de {name}.
bonsoir, {me} ici, ma box ne marche plus
Titulaire du contrat : {me}
"""),
    "third": F("""
ma femme {given} a ouvert le compte
Mon mari, {name}, est le titulaire du contrat.
Merci d'envoyer les documents à {name}.
J'ai parlé avec {given} hier.
Votre collègue {given} m'a promis un rappel.
Pouvez-vous adresser le colis à {name} ?
La commande est pour mon fils {given}.
Mme {sur} de la comptabilité m'a dit de vous contacter.
M. {sur} a réceptionné le colis.
mon voisin {name} a pris le colis
{name} passera le chercher vendredi.
Le propriétaire, {name}, a besoin d'une copie.
{names2} sont tous les deux sur le contrat.
Le technicien, {given}, n'est jamais venu.
Pouvez-vous me passer {given} ?
"""),
    "loc": F("""
J'habite à {city}.
je vis à {city}
nous avons déménagé à {city} le mois dernier
J'habite {country_in} depuis trois ans.
je suis à {city} en ce moment
On déménage à {city} en juin.
originaire {country_from}, j'habite maintenant à {city}
Ma fille habite en {region}.
Je travaille à {city}.
domicilié à {city}
nous habitons près de {city}
je suis né {country_in}
"""),
    "addr": F("""
Mon adresse est {addr}.
Merci de livrer à l'adresse suivante : {addr}
Nouvelle adresse : {addr}
Adresse de livraison : {addr}
Adresse de facturation : {addr}
Envoyez-le à ma boîte postale : {pobox}
j'habite {street}
mon code postal est {postcode}
Le colis est parti à l'adresse {addr} au lieu de chez moi.
On a déménagé, nouvelle adresse : {addr}
Pouvez-vous changer l'adresse pour {addr} ?
"""),
    "phone": F("""
Appelez-moi au {phone}.
mon numéro c'est le {phone}
Vous pouvez me joindre au {phone}.
Portable : {phone}
Tél. : {phonex}
Fax : {phone}
Merci d'appeler le {phonex} et de demander {given}.
mon fixe : {phone}
Mon nouveau numéro est le {phone}.
"""),
    "card": F("""
Mon numéro de carte est {card}.
Carte : {card}
Vous pouvez débiter la carte {card}.
carte bancaire {card}, expire 11/26
"""),
    "email": F("""
Mon adresse mail est {email}.
Envoyez la facture à {email}.
courriel : {email}
mon mail : {email}
"""),
    "iban": F("""
Mon IBAN est {iban}.
Merci de rembourser sur {iban}.
IBAN : {iban}
RIB : {iban}
"""),
    "ip": F("""
Mon adresse IP est {ip}.
La box affiche {ip}.
Les connexions depuis {ip} sont bloquées.
"""),
    "neg": F("""
Livrez-vous {n_country_in} ?
Le service est-il disponible {n_country_in} ?
Combien de temps pour une livraison à {n_bigcity} ?
Avez-vous une boutique à {n_bigcity} ?
Mon {product} ne s'allume plus.
La commande {order} n'est toujours pas arrivée.
Merci, c'est tout.
Puis-je payer en plusieurs fois ?
Orange est mon opérateur, ça pose problème ?
La facture {order} indique {amount}.
Quels sont vos horaires d'ouverture ?
Code erreur {errcode} à la connexion
Puis-je payer par Visa ?
Comment réinitialiser mon mot de passe ?
J'ai payé {amount} le {date}.
L'offre est-elle valable {n_country_in} ?
allô ?
ok merci
Comment résilier mon abonnement ?
"""),
    "ask_name": F("""
Pouvez-vous me donner votre nom complet ?
À quel nom est le compte ?
"""),
    "ask_addr": F("""
Quelle est l'adresse de livraison ?
Pouvez-vous confirmer votre adresse ?
"""),
    "ask_phone": F("""
À quel numéro pouvons-nous vous joindre ?
"""),
    "ask_card": F("""
Veuillez saisir le numéro de carte.
"""),
    "ask_email": F("""
Quelle est votre adresse e-mail ?
"""),
    "ask_iban": F("""
Sur quel IBAN devons-nous rembourser ?
"""),
    "ask_loc": F("""
Dans quelle ville habitez-vous ?
"""),
    "ask_postcode": F("""
Et votre code postal ?
"""),
    "ask_ip": F("""
Quelle adresse IP affiche votre box ?
"""),
    "ans_name": F("""
{me}
c'est {me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
c'est {addr}
"""),
    "ans_phone": F("""
{phone}
le {phone}
"""),
    "ans_loc": F("""
{city}
à {city}
"""),
    "greet": F("""
Bonjour ! Je suis l'assistant virtuel. Comment puis-je vous aider ?
Bienvenue au service client. Que puis-je faire pour vous ?
"""),
    "agent": F("""
Bonjour {myg}, merci de votre patience.
Merci, Madame {mys}.
Merci, Monsieur {mys}, je regarde.
Bonjour, je m'appelle {agent}, comment puis-je vous aider ?
J'ai mis à jour l'adresse : {addr}.
Je vous ai envoyé une confirmation à {email}.
Le {phone} est-il toujours votre numéro ?
Je transmets à ma collègue {given}.
"""),
    "agent_neg": F("""
Un instant, s'il vous plaît.
Je regarde cela.
Puis-je vous aider pour autre chose ?
La livraison prend 3 à 5 jours ouvrés.
Je vois la commande {order}.
Le remboursement de {amount} prendra cinq jours.
"""),
    "close_user": F("""
merci, au revoir
super, merci beaucoup !
ok merci
parfait, bonne journée
"""),
    "close_agent": F("""
Bonne journée, {myg} !
Merci de nous avoir contactés. Au revoir !
"""),
    "prose": F("""
Merci d'envoyer le contrat signé à l'adresse suivante :\\n{addrml}
{name} participera à la réunion lundi.
J'ai mis {name} et {name} en copie.
Vous pouvez me joindre au {phone} ou par mail à {email}.
Ma collègue {mname} a tous les détails.
Nous avons déménagé à {city} en mars.
Merci de virer le montant sur le compte {iban}.
Le paiement a été débité de la carte {card}.
Les tentatives de connexion venaient de {ip}.
Suite à mon échange avec {given} ce matin, je vous confirme les changements.
J'ai grandi à {city} et je vis aujourd'hui {country_in}.
Le colis de {name} a été déposé au {street}.
Merci de me rappeler au {phonex}.
"""),
    "prose_neg": F("""
Notre service est disponible {n_country_in} et dans toute l'Europe.
La livraison à {n_bigcity} prend en général deux jours ouvrés.
Merci de rappeler le numéro de commande {order} dans vos échanges.
Le {product} est garanti deux ans.
Horaires : du lundi au vendredi, de 9 h à 18 h.
Le montant de la facture est de {amount} TTC.
"""),
    "list": F("""
{names3} étaient présents à la réunion.
Participants : {names3}
{names2} relisent le document.
Merci à {names3} pour leur aide.
"""),
    "note": F("""
Cliente {name} a appelé pour la commande {order}.
rappeler {given} au {phone}
nouvelle adr. : {addr}, mise à jour
{sur} (titulaire) a déménagé à {city}
"""),
    "salut": F("""
Madame {sur},
Monsieur {sur},
Bonjour {given},
Chère {given},
Cher {given},
Bonjour {name},
Madame, Monsieur,
"""),
    "closing": F("""
Cordialement,
Bien cordialement,
Bien à vous,
Merci d'avance,
Veuillez agréer mes salutations distinguées,
Bonne journée,
"""),
    "subject": F("""
Objet : commande {order}
Objet : changement d'adresse
Objet : demande de remboursement
"""),
}

FRAMES["es"] = {
    "intro": F("""
Hola, me llamo {me}.
hola soy {me}
Buenas, habla {me}.
Mi nombre es {me}.
{myg} al habla
Nombre: {me}
la cuenta está a nombre de {me}
Soy {mymid}, cliente desde hace años.
buenos días, le escribe {me}
Llamo de parte de {name}.
qué tal, soy {myg}, tengo un problema con la factura
Titular: {me}
"""),
    "third": F("""
mi esposa {given} abrió la cuenta
Mi marido, {name}, es el titular.
Envíen los documentos a {name}, por favor.
Hablé con {given} ayer.
Su compañero {given} me prometió una llamada.
¿Pueden poner el paquete a nombre de {name}?
El pedido es para mi hijo {given}.
La Sra. {sur} de contabilidad me dijo que les escribiera.
El Sr. {sur} recogió el paquete.
mi vecino {name} recibió el paquete
{name} pasará a recogerlo el viernes.
El casero, {name}, necesita una copia.
{names2} están los dos en el contrato.
El técnico, {given}, nunca vino.
¿Me puede pasar con {given}?
"""),
    "loc": F("""
Vivo en {city}.
soy de {city}
nos mudamos a {city} el mes pasado
Vivo en {country} desde hace tres años.
ahora mismo estoy en {city}
Nos mudamos a {city} en junio.
soy de {country} pero vivo en {city}
Mi hija vive en {region}.
Trabajo en {city}.
con domicilio en {city}
vivimos cerca de {city}
nací en {country}
"""),
    "addr": F("""
Mi dirección es {addr}.
Envíenlo a {addr}, por favor.
nueva dirección: {addr}
Dirección de entrega: {addr}
Dirección de facturación: {addr}
Mándenlo a mi apartado: {pobox}
Vivo en {street}.
el código postal es {postcode}
El paquete fue a {addr} en vez de a mi casa.
Nos mudamos, la nueva dirección es {addr}
¿Pueden cambiar la dirección a {addr}?
"""),
    "phone": F("""
Llámenme al {phone}.
mi número es {phone}
Me pueden localizar en el {phone}.
Móvil: {phone}
Celular: {phone}
Tel.: {phonex}
Fax: {phone}
Llame al {phonex} y pregunte por {given}.
mi fijo es el {phone}
whatsapp: {phone}
Mi nuevo número es el {phone}.
"""),
    "card": F("""
Mi número de tarjeta es {card}.
Tarjeta: {card}
Cárguenlo a la tarjeta {card}.
tarjeta {card}, vence 04/28
"""),
    "email": F("""
Mi correo es {email}.
Manden la factura a {email}.
correo: {email}
mi email es {email}
"""),
    "iban": F("""
Mi IBAN es {iban}.
Devuélvanlo a la cuenta {iban}.
IBAN: {iban}
cuenta bancaria: {iban}
"""),
    "ip": F("""
Mi dirección IP es {ip}.
El router muestra {ip}.
Bloquean las conexiones desde {ip}.
"""),
    "neg": F("""
¿Hacen envíos a {n_country}?
¿El servicio está disponible en {n_country}?
¿Cuánto tarda el envío a {n_bigcity}?
¿Tienen tienda en {n_bigcity}?
Mi {product} no enciende.
El pedido {order} todavía no ha llegado.
Gracias, eso es todo.
¿Puedo pagar a plazos?
La factura {order} dice {amount}.
¿Cuál es su horario?
Código de error {errcode} al entrar
¿Puedo pagar con Visa?
¿Cómo cambio mi contraseña?
Pagué {amount} el {date}.
Quiero una granada y dos naranjas, perdón, me equivoqué de chat
¿La oferta vale también en {n_country}?
hola?
vale gracias
¿Cómo doy de baja el servicio?
"""),
    "ask_name": F("""
¿Me puede dar su nombre completo?
¿A nombre de quién está la cuenta?
"""),
    "ask_addr": F("""
¿Cuál es la dirección de entrega?
¿Me confirma su dirección?
"""),
    "ask_phone": F("""
¿A qué número le podemos llamar?
"""),
    "ask_card": F("""
Introduzca el número de la tarjeta.
"""),
    "ask_email": F("""
¿Cuál es su correo electrónico?
"""),
    "ask_iban": F("""
¿A qué IBAN hacemos el reembolso?
"""),
    "ask_loc": F("""
¿En qué ciudad vive?
"""),
    "ask_postcode": F("""
¿Y el código postal?
"""),
    "ask_ip": F("""
¿Qué IP muestra el router?
"""),
    "ans_name": F("""
{me}
soy {me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
es {addr}
"""),
    "ans_phone": F("""
{phone}
el {phone}
"""),
    "ans_loc": F("""
{city}
en {city}
"""),
    "greet": F("""
¡Hola! Soy el asistente virtual. ¿En qué puedo ayudarle?
Bienvenido al servicio de atención al cliente.
"""),
    "agent": F("""
Hola {myg}, gracias por esperar.
Gracias, señora {mys}.
Gracias, señor {mys}.
Hola, soy {agent}, ¿en qué le puedo ayudar?
He actualizado la dirección a {addr}.
Le he enviado la confirmación a {email}.
¿El {phone} sigue siendo su número?
Se lo paso a mi compañera {given}.
"""),
    "agent_neg": F("""
Un momento, por favor.
Lo reviso enseguida.
¿Le puedo ayudar en algo más?
La entrega tarda de 3 a 5 días laborables.
Veo el pedido {order} en el sistema.
El reembolso de {amount} tardará unos cinco días.
"""),
    "close_user": F("""
gracias, adiós
genial, ¡muchas gracias!
vale, gracias
perfecto, buen día
"""),
    "close_agent": F("""
¡Que tenga un buen día, {myg}!
Gracias por contactarnos. ¡Hasta pronto!
"""),
    "prose": F("""
Por favor, envíen el contrato firmado a:\\n{addrml}
{name} asistirá a la reunión del lunes.
He puesto en copia a {name} y a {name}.
Pueden contactarme en el {phone} o en {email}.
Mi compañera {mname} tiene los detalles.
Nos mudamos a {city} en marzo.
Por favor, transfieran el importe a la cuenta {iban}.
El cargo se hizo en la tarjeta {card}.
Los intentos de acceso venían de {ip}.
Tras hablar con {given} esta mañana, les confirmo los cambios.
Crecí en {city} y ahora vivo en {country}.
El paquete de {name} se dejó en {street}.
Llámenme al {phonex}, por favor.
"""),
    "prose_neg": F("""
Nuestro servicio está disponible en {n_country} y en toda Europa.
El envío a {n_bigcity} tarda normalmente dos días laborables.
Indique el número de pedido {order} en todas sus consultas.
El {product} tiene dos años de garantía.
Horario: de lunes a viernes, de 9 a 18 h.
El importe de la factura es de {amount} con IVA.
"""),
    "list": F("""
{names3} estuvieron en la reunión.
Asistentes: {names3}
{names2} revisarán el borrador.
Gracias a {names3} por su ayuda.
"""),
    "note": F("""
Cliente {name} llamó por el pedido {order}.
devolver llamada a {given} al {phone}
nueva dir.: {addr}, actualizada
{sur} (titular) se mudó a {city}
"""),
    "salut": F("""
Estimada Sra. {sur}:
Estimado Sr. {sur}:
Hola {given}:
Hola {given},
Querida {given}:
Buenos días, {name}:
Estimados señores:
"""),
    "closing": F("""
Saludos cordiales,
Un saludo,
Atentamente,
Saludos,
Gracias de antemano,
"""),
    "subject": F("""
Asunto: pedido {order}
Asunto: cambio de dirección
Asunto: solicitud de reembolso
"""),
}

FRAMES["it"] = {
    "intro": F("""
Buongiorno, mi chiamo {me}.
ciao sono {me}
Sono {me}, ho già chiamato ieri.
Il mio nome è {me}.
{myg} al telefono
Nome: {me}
il conto è intestato a {me}
Sono {mymid}, cliente da anni.
Chiamo da parte di {name}.
salve, sono {myg} e ho un problema con la bolletta
Intestatario: {me}
"""),
    "third": F("""
mia moglie {given} ha aperto il conto
Mio marito, {name}, è l'intestatario.
Mandate i documenti a {name}, per favore.
Ho parlato con {given} ieri.
Il vostro collega {given} mi ha promesso di richiamarmi.
Potete intestare il pacco a {name}?
L'ordine è per mio figlio {given}.
La sig.ra {sur} dell'amministrazione mi ha detto di scrivervi.
Il sig. {sur} ha ritirato il pacco.
il mio vicino {name} ha preso il pacco
{name} passerà a ritirarlo venerdì.
Il proprietario, {name}, ha bisogno di una copia.
{names2} sono entrambi nel contratto.
Il tecnico, {given}, non si è mai presentato.
Mi può passare {given}?
"""),
    "loc": F("""
Abito a {city}.
vivo a {city}
sono di {city}
ci siamo trasferiti a {city} il mese scorso
Vivo in {country} da tre anni.
adesso sono a {city}
Ci trasferiamo a {city} a giugno.
sono originario di {city} ma vivo in {country}
Mia figlia abita in {region}.
Lavoro a {city}.
residente a {city}
abitiamo vicino a {city}
"""),
    "addr": F("""
Il mio indirizzo è {addr}.
Spedite a {addr}, per favore.
nuovo indirizzo: {addr}
Indirizzo di consegna: {addr}
Indirizzo di fatturazione: {addr}
Inviatelo alla mia casella postale: {pobox}
Abito in {street}.
il CAP è {postcode}
Il pacco è andato a {addr} invece che a casa mia.
Ci siamo trasferiti, il nuovo indirizzo è {addr}
Potete cambiare l'indirizzo in {addr}?
"""),
    "phone": F("""
Chiamatemi al {phone}.
il mio numero è {phone}
Mi trovate al {phone}.
Cellulare: {phone}
cell. {phone}
Tel.: {phonex}
Fax: {phone}
Chiami il {phonex} e chieda di {given}.
il fisso è {phone}
Il mio nuovo numero è {phone}.
"""),
    "card": F("""
Il numero della carta è {card}.
Carta: {card}
Addebitate sulla carta {card}.
carta {card}, scadenza 03/27
"""),
    "email": F("""
La mia email è {email}.
Mandate la fattura a {email}.
e-mail: {email}
scrivetemi a {email}
"""),
    "iban": F("""
Il mio IBAN è {iban}.
Rimborsate sul conto {iban}.
IBAN: {iban}
coordinate bancarie: {iban}
"""),
    "ip": F("""
Il mio indirizzo IP è {ip}.
Il router mostra {ip}.
Gli accessi da {ip} vengono bloccati.
"""),
    "neg": F("""
Spedite anche in {n_country}?
Il servizio è disponibile in {n_country}?
Quanto ci mette la spedizione a {n_bigcity}?
Avete un negozio a {n_bigcity}?
Il mio {product} non si accende.
L'ordine {order} non è ancora arrivato.
Grazie, è tutto.
Posso pagare a rate?
La fattura {order} riporta {amount}.
Che orari avete?
Codice errore {errcode} all'accesso
Posso pagare con Visa?
Come reimposto la password?
Ho pagato {amount} il {date}.
L'offerta vale anche in {n_country}?
pronto?
ok grazie
Come disdico l'abbonamento?
"""),
    "ask_name": F("""
Mi può dire il suo nome completo?
A chi è intestato il conto?
"""),
    "ask_addr": F("""
Qual è l'indirizzo di consegna?
Mi conferma l'indirizzo?
"""),
    "ask_phone": F("""
A che numero possiamo richiamarla?
"""),
    "ask_card": F("""
Inserisca il numero della carta.
"""),
    "ask_email": F("""
Qual è la sua email?
"""),
    "ask_iban": F("""
Su quale IBAN facciamo il rimborso?
"""),
    "ask_loc": F("""
In che città abita?
"""),
    "ask_postcode": F("""
E il CAP?
"""),
    "ask_ip": F("""
Che IP mostra il router?
"""),
    "ans_name": F("""
{me}
sono {me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
è {addr}
"""),
    "ans_phone": F("""
{phone}
il {phone}
"""),
    "ans_loc": F("""
{city}
a {city}
"""),
    "greet": F("""
Ciao! Sono l'assistente virtuale. Come posso aiutarti?
Benvenuto nel servizio clienti.
"""),
    "agent": F("""
Buongiorno {myg}, grazie per l'attesa.
Grazie, signora {mys}.
Grazie, signor {mys}.
Salve, sono {agent}, come posso aiutarla?
Ho aggiornato l'indirizzo: {addr}.
Le ho mandato la conferma a {email}.
Il {phone} è ancora il suo numero?
Passo la richiesta alla collega {given}.
"""),
    "agent_neg": F("""
Un attimo, per favore.
Controllo subito.
Posso aiutarla in altro?
La consegna richiede 3-5 giorni lavorativi.
Vedo l'ordine {order} nel sistema.
Il rimborso di {amount} richiederà circa cinque giorni.
"""),
    "close_user": F("""
grazie, arrivederci
perfetto, grazie mille!
ok grazie
va bene, buona giornata
"""),
    "close_agent": F("""
Buona giornata, {myg}!
Grazie per averci contattato. Arrivederci!
"""),
    "prose": F("""
Vi prego di inviare il contratto firmato a:\\n{addrml}
{name} parteciperà alla riunione di lunedì.
Ho messo in copia {name} e {name}.
Potete contattarmi al {phone} o a {email}.
La mia collega {mname} ha i dettagli.
Ci siamo trasferiti a {city} a marzo.
Vi prego di versare l'importo sul conto {iban}.
L'addebito è avvenuto sulla carta {card}.
I tentativi di accesso provenivano da {ip}.
Dopo la telefonata con {given} stamattina, vi confermo le modifiche.
Sono cresciuto a {city} e ora vivo in {country}.
Il pacco di {name} è stato lasciato in {street}.
Richiamatemi al {phonex}, per favore.
"""),
    "prose_neg": F("""
Il nostro servizio è disponibile in {n_country} e in tutta Europa.
La spedizione a {n_bigcity} richiede di solito due giorni lavorativi.
Indicate il numero d'ordine {order} in ogni comunicazione.
Il {product} ha due anni di garanzia.
Orari: dal lunedì al venerdì, dalle 9 alle 18.
L'importo della fattura è di {amount} IVA inclusa.
"""),
    "list": F("""
{names3} erano presenti alla riunione.
Partecipanti: {names3}
{names2} rivedranno la bozza.
Grazie a {names3} per l'aiuto.
"""),
    "note": F("""
Cliente {name} ha chiamato per l'ordine {order}.
richiamare {given} al {phone}
nuovo ind.: {addr}, aggiornato
{sur} (intestatario) si è trasferito a {city}
"""),
    "salut": F("""
Gentile sig.ra {sur},
Gentile sig. {sur},
Ciao {given},
Buongiorno {given},
Cara {given},
Caro {given},
Egregio dott. {sur},
Spettabile ditta,
"""),
    "closing": F("""
Cordiali saluti,
Distinti saluti,
Un saluto,
Grazie e buona giornata,
A presto,
"""),
    "subject": F("""
Oggetto: ordine {order}
Oggetto: cambio di indirizzo
Oggetto: richiesta di rimborso
"""),
}

FRAMES["nl"] = {
    "intro": F("""
Hallo, mijn naam is {me}.
hoi ik ben {me}
U spreekt met {me}.
Met {me}, ik heb gisteren al gebeld.
Ik heet {me}.
{myg} hier
Naam: {me}
het account staat op naam van {me}
Ik ben {mymid}, al jaren klant.
Ik bel namens {name}.
goedemorgen, met {myg}, mijn internet doet het niet
Contracthouder: {me}
"""),
    "third": F("""
mijn vrouw {given} heeft het account aangemaakt
Mijn man, {name}, is de contracthouder.
Stuur de documenten naar {name}, alstublieft.
Ik heb gisteren met {given} gesproken.
Uw collega {given} zou me terugbellen.
Kunt u het pakket op naam van {name} zetten?
De bestelling is voor mijn zoon {given}.
Mevrouw {sur} van de administratie verwees me naar u.
Meneer {sur} heeft het pakket aangenomen.
mijn buurman {name} heeft het pakket aangenomen
{name} haalt het vrijdag op.
De verhuurder, {name}, heeft een kopie nodig.
{name}'s bestelling is nooit aangekomen.
{names2} staan allebei op het contract.
De monteur, {given}, is nooit gekomen.
Kunt u me doorverbinden met {given}?
"""),
    "loc": F("""
Ik woon in {city}.
ik kom uit {city}
we zijn vorige maand naar {city} verhuisd
Ik woon sinds drie jaar in {country}.
ik zit nu in {city}
We verhuizen in juni naar {city}.
oorspronkelijk uit {country}, nu woon ik in {city}
Mijn dochter woont in {region}.
Ik werk in {city}.
woonachtig te {city}
we wonen vlak bij {city}
"""),
    "addr": F("""
Mijn adres is {addr}.
Graag leveren op {addr}.
nieuw adres: {addr}
Afleveradres: {addr}
Factuuradres: {addr}
Stuur het naar mijn postbus: {pobox}
Ik woon op de {street}.
mijn postcode is {postcode}
Het pakket is naar {addr} gegaan in plaats van naar mij.
We zijn verhuisd, nieuw adres is {addr}
Kunt u het adres wijzigen in {addr}?
"""),
    "phone": F("""
Bel me op {phone}.
mijn nummer is {phone}
U kunt me bereiken op {phone}.
Mobiel: {phone}
Tel.: {phonex}
Fax: {phone}
Bel {phonex} en vraag naar {given}.
vast nummer: {phone}
app me op {phone}
Mijn nieuwe nummer is {phone}.
"""),
    "card": F("""
Mijn kaartnummer is {card}.
Kaart: {card}
Schrijf het af van {card}.
creditcard {card}, geldig tot 06/27
"""),
    "email": F("""
Mijn e-mail is {email}.
Stuur de factuur naar {email}.
mail: {email}
mailen kan naar {email}
"""),
    "iban": F("""
Mijn IBAN is {iban}.
Stort het terug op {iban}.
IBAN: {iban}
rekeningnummer: {iban}
"""),
    "ip": F("""
Mijn IP-adres is {ip}.
De router geeft {ip} aan.
Verbindingen vanaf {ip} worden geblokkeerd.
"""),
    "neg": F("""
Leveren jullie ook in {n_country}?
Is de dienst beschikbaar in {n_country}?
Hoe lang duurt verzending naar {n_bigcity}?
Hebben jullie een winkel in {n_bigcity}?
Mijn {product} gaat niet meer aan.
Bestelling {order} is nog steeds niet binnen.
Bedankt, dat was het.
Kan ik in termijnen betalen?
Factuur {order} vermeldt {amount}.
Wat zijn jullie openingstijden?
Foutcode {errcode} bij inloggen
Kan ik met Visa betalen?
Hoe reset ik mijn wachtwoord?
Ik heb op {date} {amount} betaald.
Geldt de actie ook in {n_country}?
hallo?
ok bedankt
Hoe zeg ik mijn abonnement op?
"""),
    "ask_name": F("""
Mag ik uw volledige naam?
Op welke naam staat het account?
"""),
    "ask_addr": F("""
Wat is het afleveradres?
Kunt u uw adres bevestigen?
"""),
    "ask_phone": F("""
Op welk nummer kunnen we u bereiken?
"""),
    "ask_card": F("""
Voer het kaartnummer in.
"""),
    "ask_email": F("""
Wat is uw e-mailadres?
"""),
    "ask_iban": F("""
Op welke IBAN mogen we terugstorten?
"""),
    "ask_loc": F("""
In welke plaats woont u?
"""),
    "ask_postcode": F("""
En uw postcode?
"""),
    "ask_ip": F("""
Welk IP-adres geeft de router aan?
"""),
    "ans_name": F("""
{me}
met {me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
dat is {addr}
"""),
    "ans_loc": F("""
{city}
in {city}
"""),
    "greet": F("""
Hallo! Ik ben de digitale assistent. Waarmee kan ik helpen?
Welkom bij de klantenservice.
"""),
    "agent": F("""
Hallo {myg}, bedankt voor uw geduld.
Dank u, mevrouw {mys}.
Dank u, meneer {mys}.
Goedemiddag, u spreekt met {agent}, waarmee kan ik helpen?
Ik heb het adres gewijzigd in {addr}.
Ik heb een bevestiging gestuurd naar {email}.
Is {phone} nog steeds uw nummer?
Ik zet het door naar mijn collega {given}.
"""),
    "agent_neg": F("""
Een moment alstublieft.
Ik kijk het even na.
Kan ik u nog ergens anders mee helpen?
Levering duurt 3-5 werkdagen.
Ik zie bestelling {order} in het systeem.
De terugbetaling van {amount} duurt ongeveer vijf dagen.
"""),
    "close_user": F("""
bedankt, doei
top, hartelijk dank!
ok bedankt
prima, fijne dag nog
"""),
    "close_agent": F("""
Fijne dag nog, {myg}!
Bedankt voor uw bericht. Tot ziens!
"""),
    "prose": F("""
Stuur het getekende contract naar:\\n{addrml}
{name} sluit maandag aan bij het overleg.
Ik heb {name} en {name} in de cc gezet.
U kunt me bereiken op {phone} of via {email}.
Mijn collega {mname} heeft de details.
We zijn in maart naar {city} verhuisd.
Gelieve het bedrag over te maken naar {iban}.
De betaling is afgeschreven van kaart {card}.
De inlogpogingen kwamen van {ip}.
Na mijn gesprek met {given} vanochtend bevestig ik de wijzigingen.
Ik ben opgegroeid in {city} en woon nu in {country}.
Het pakket voor {name} is afgegeven op de {street}.
Bel me terug op {phonex}.
"""),
    "prose_neg": F("""
Onze dienst is beschikbaar in {n_country} en de rest van Europa.
Verzending naar {n_bigcity} duurt meestal twee werkdagen.
Vermeld bij vragen altijd het bestelnummer {order}.
De {product} heeft twee jaar garantie.
Openingstijden: maandag tot en met vrijdag, 9 tot 18 uur.
Het factuurbedrag is {amount} inclusief btw.
"""),
    "list": F("""
{names3} waren bij de vergadering.
Aanwezig: {names3}
{names2} lezen het concept na.
Dank aan {names3} voor de hulp.
"""),
    "note": F("""
Klant {name} belde over bestelling {order}.
terugbellen {given} op {phone}
nieuw adres: {addr}, aangepast
{sur} (contracthouder) is verhuisd naar {city}
"""),
    "salut": F("""
Geachte mevrouw {sur},
Geachte heer {sur},
Beste {given},
Hoi {given},
Hallo {name},
Beste {name},
Geachte heer, mevrouw,
"""),
    "closing": F("""
Met vriendelijke groet,
Met vriendelijke groeten,
Groet,
Groetjes,
Hartelijke groet,
Mvg,
"""),
    "subject": F("""
Onderwerp: bestelling {order}
Onderwerp: adreswijziging
Onderwerp: terugbetaling
"""),
}

FRAMES["pt"] = {
    "intro": F("""
Olá, o meu nome é {me}.
oi, meu nome é {me}
Chamo-me {me}.
Sou {me}, já liguei ontem.
Aqui é {me}.
{myg} aqui
Nome: {me}
a conta está em nome de {me}
Sou {mymid}, cliente há anos.
Estou a ligar em nome de {name}.
me chamo {me}
boa tarde, fala {me}
Titular: {me}
"""),
    "third": F("""
a minha mulher {given} abriu a conta
Meu marido, {name}, é o titular.
Enviem os documentos para {name}, por favor.
Falei com {given} ontem.
O vosso colega {given} prometeu ligar-me de volta.
Podem endereçar a encomenda a {name}?
O pedido é para o meu filho {given}.
A Sra. {sur} da contabilidade disse-me para vos contactar.
O Sr. {sur} recebeu a encomenda.
meu vizinho {name} recebeu o pacote
{name} vai buscar na sexta.
O senhorio, {name}, precisa de uma cópia.
{names2} estão os dois no contrato.
O técnico, {given}, nunca apareceu.
"""),
    "loc": F("""
Moro em {city}.
vivo em {city}
sou de {city}
mudámo-nos para {city} no mês passado
a gente se mudou pra {city} mês passado
Vivo {country_in} há três anos.
agora estou em {city}
Vamos mudar para {city} em junho.
sou {country_from} mas moro em {city}
A minha filha vive em {region}.
Trabalho em {city}.
residente em {city}
"""),
    "addr": F("""
A minha morada é {addr}.
Meu endereço é {addr}.
Enviem para {addr}, por favor.
nova morada: {addr}
Endereço de entrega: {addr}
Morada de faturação: {addr}
Enviem para a minha caixa postal: {pobox}
Moro na {street}.
o código postal é {postcode}
o CEP é {postcode}
A encomenda foi para {addr} em vez de vir para mim.
Mudámos, a nova morada é {addr}
"""),
    "phone": F("""
Liguem-me para o {phone}.
meu número é {phone}
Podem contactar-me pelo {phone}.
Telemóvel: {phone}
Celular: {phone}
Tel.: {phonex}
Fax: {phone}
Ligue para {phonex} e pergunte por {given}.
o fixo é {phone}
me chama no zap {phone}
"""),
    "card": F("""
O número do cartão é {card}.
Cartão: {card}
Debitem no cartão {card}.
cartão {card}, validade 05/27
"""),
    "email": F("""
O meu email é {email}.
Enviem a fatura para {email}.
e-mail: {email}
meu e-mail é {email}
"""),
    "iban": F("""
O meu IBAN é {iban}.
Devolvam para o IBAN {iban}.
IBAN: {iban}
NIB/IBAN: {iban}
"""),
    "ip": F("""
O meu endereço IP é {ip}.
O router mostra {ip}.
As ligações a partir de {ip} estão bloqueadas.
"""),
    "neg": F("""
Fazem entregas {n_country_in}?
O serviço está disponível {n_country_in}?
Quanto tempo demora a entrega para {n_bigcity}?
Têm loja em {n_bigcity}?
O meu {product} não liga.
A encomenda {order} ainda não chegou.
Obrigado, é tudo.
Posso pagar em prestações?
A fatura {order} indica {amount}.
Qual é o horário?
Código de erro {errcode} ao entrar
Posso pagar com Visa?
Como altero a senha?
Paguei {amount} no dia {date}.
A promoção vale {n_country_in}?
olá?
ok obrigado
Como cancelo a assinatura?
"""),
    "ask_name": F("""
Pode dizer-me o seu nome completo?
Qual é o seu nome completo?
"""),
    "ask_addr": F("""
Qual é a morada de entrega?
Qual o endereço de entrega?
"""),
    "ask_phone": F("""
Qual o melhor número para contacto?
"""),
    "ask_card": F("""
Introduza o número do cartão.
"""),
    "ask_email": F("""
Qual é o seu e-mail?
"""),
    "ask_iban": F("""
Para que IBAN fazemos o reembolso?
"""),
    "ask_loc": F("""
Em que cidade mora?
"""),
    "ask_postcode": F("""
E o código postal?
"""),
    "ask_ip": F("""
Que IP aparece no router?
"""),
    "ans_name": F("""
{me}
é {me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
é {addr}
"""),
    "ans_loc": F("""
{city}
em {city}
"""),
    "greet": F("""
Olá! Sou o assistente virtual. Em que posso ajudar?
Bem-vindo ao apoio ao cliente.
"""),
    "agent": F("""
Olá {myg}, obrigado pela espera.
Obrigado, Sra. {mys}.
Obrigado, Sr. {mys}.
Olá, sou {agent}, em que posso ajudar?
Atualizei a morada para {addr}.
Enviei a confirmação para {email}.
O {phone} continua a ser o seu número?
Vou passar à minha colega {given}.
"""),
    "agent_neg": F("""
Um momento, por favor.
Vou verificar.
Posso ajudar em mais alguma coisa?
A entrega demora 3 a 5 dias úteis.
Vejo a encomenda {order} no sistema.
O reembolso de {amount} demora cerca de cinco dias.
"""),
    "close_user": F("""
obrigado, adeus
ótimo, muito obrigada!
ok obrigado
valeu, tchau
"""),
    "close_agent": F("""
Tenha um bom dia, {myg}!
Obrigado pelo contacto. Até breve!
"""),
    "prose": F("""
Por favor, enviem o contrato assinado para:\\n{addrml}
{name} vai participar na reunião de segunda.
Coloquei {name} e {name} em cópia.
Podem contactar-me pelo {phone} ou por {email}.
A minha colega {mname} tem os detalhes.
Mudámo-nos para {city} em março.
Por favor, transfiram o valor para o IBAN {iban}.
O débito foi feito no cartão {card}.
As tentativas de acesso vieram de {ip}.
Depois da conversa com {given} esta manhã, confirmo as alterações.
Cresci em {city} e agora vivo {country_in}.
A encomenda de {name} ficou na {street}.
Liguem-me para o {phonex}, por favor.
"""),
    "prose_neg": F("""
O nosso serviço está disponível {n_country_in} e em toda a Europa.
A entrega para {n_bigcity} demora normalmente dois dias úteis.
Indique o número da encomenda {order} em todos os contactos.
O {product} tem dois anos de garantia.
Horário: de segunda a sexta, das 9h às 18h.
O valor da fatura é de {amount} com IVA.
"""),
    "list": F("""
{names3} estiveram na reunião.
Presentes: {names3}
{names2} vão rever o rascunho.
Obrigado a {names3} pela ajuda.
"""),
    "note": F("""
Cliente {name} ligou por causa da encomenda {order}.
ligar de volta a {given} no {phone}
nova morada: {addr}, atualizada
{sur} (titular) mudou-se para {city}
"""),
    "salut": F("""
Exma. Sra. {sur},
Exmo. Sr. {sur},
Olá {given},
Caro {given},
Cara {given},
Bom dia, {name},
Prezado {name},
Exmos. Senhores,
"""),
    "closing": F("""
Com os melhores cumprimentos,
Cumprimentos,
Atenciosamente,
Abraços,
Obrigado,
"""),
    "subject": F("""
Assunto: encomenda {order}
Assunto: alteração de morada
Assunto: pedido de reembolso
"""),
}

FRAMES["pl"] = {
    "intro": F("""
Dzień dobry, nazywam się {me}.
cześć, jestem {me}
Mówi {me}.
Z tej strony {me}, dzwoniłam już wczoraj.
Moje imię i nazwisko to {me}.
{myg} z tej strony
Imię i nazwisko: {me}
konto jest zarejestrowane na nazwisko {mys}
Jestem {mymid}, klientka od lat.
Dzwonię w sprawie konta, nazywam się {me}.
dzień dobry, tu {myg}, nie działa mi internet
Właściciel konta: {me}
"""),
    "third": F("""
Moja żona, {name}, założyła konto.
Mój mąż {name} jest właścicielem umowy.
Adresat: {name}
Wczoraj dzwoniła do mnie {given} z Państwa działu.
Państwa konsultant {given} obiecał oddzwonić.
Paczkę odebrał sąsiad, {name}.
{name} odbierze paczkę w piątek.
Zamówienie jest dla syna, ma na imię {given}.
Pani {sur} z księgowości kazała do Państwa napisać.
Pan {sur} odebrał paczkę.
Właściciel mieszkania, {name}, potrzebuje kopii.
{names2} figurują w umowie.
Technik {given} w ogóle nie przyszedł.
"""),
    "loc": F("""
Mieszkam {city_in}.
jestem {city_from}
w zeszłym miesiącu przeprowadziliśmy się {city_to}
Od trzech lat mieszkam {country_in}.
teraz jestem {city_in}
W czerwcu przeprowadzamy się {city_to}.
pochodzę {country_from}, a mieszkam {city_in}
Pracuję {city_in}.
miejscowość: {city}
miasto: {city}
region: {region}
urodziłem się {country_in}
"""),
    "addr": F("""
Mój adres to {addr}.
Proszę wysłać na adres {addr}.
nowy adres: {addr}
Adres dostawy: {addr}
Adres do faktury: {addr}
Proszę wysłać na skrytkę: {pobox}
Mieszkam pod adresem {street}.
kod pocztowy to {postcode}
Paczka poszła na adres {addr} zamiast do mnie.
Przeprowadziliśmy się, nowy adres: {addr}
Proszę zmienić adres na {addr}.
"""),
    "phone": F("""
Proszę dzwonić pod numer {phone}.
mój numer to {phone}
Można się ze mną skontaktować pod {phone}.
Tel. kom.: {phone}
Komórka: {phone}
Tel.: {phonex}
Faks: {phone}
Proszę zadzwonić na {phonex}.
numer stacjonarny: {phone}
napisz sms na {phone}
Mój nowy numer to {phone}.
"""),
    "card": F("""
Numer mojej karty to {card}.
Karta: {card}
Proszę obciążyć kartę {card}.
karta {card}, ważna do 10/27
"""),
    "email": F("""
Mój e-mail to {email}.
Proszę wysłać fakturę na {email}.
mail: {email}
adres e-mail: {email}
"""),
    "iban": F("""
Mój IBAN to {iban}.
Proszę zwrócić na konto {iban}.
IBAN: {iban}
nr konta: {iban}
"""),
    "ip": F("""
Mój adres IP to {ip}.
Router pokazuje {ip}.
Połączenia z {ip} są blokowane.
"""),
    "neg": F("""
Czy wysyłacie {n_country_to}?
Czy usługa jest dostępna {n_country_in}?
Ile trwa wysyłka {n_city_to}?
Czy macie sklep {n_city_in}?
Mój {product} się nie włącza.
Zamówienie {order} jeszcze nie dotarło.
Dziękuję, to wszystko.
Czy mogę zapłacić w ratach?
Faktura {order} pokazuje {amount}.
Jakie są godziny otwarcia?
Kod błędu {errcode} przy logowaniu
Czy mogę zapłacić Visą?
Jak zresetować hasło?
Zapłaciłem {amount} dnia {date}.
Czy promocja obowiązuje {n_country_in}?
halo?
ok dzięki
Jak wypowiedzieć umowę?
"""),
    "ask_name": F("""
Proszę podać imię i nazwisko.
Na kogo jest zarejestrowane konto?
"""),
    "ask_addr": F("""
Jaki jest adres dostawy?
Proszę potwierdzić adres.
"""),
    "ask_phone": F("""
Pod jakim numerem możemy się skontaktować?
"""),
    "ask_card": F("""
Proszę wpisać numer karty.
"""),
    "ask_email": F("""
Jaki jest Pana/Pani adres e-mail?
"""),
    "ask_iban": F("""
Na jaki numer konta zwrócić pieniądze?
"""),
    "ask_loc": F("""
W jakiej miejscowości Pan/Pani mieszka?
"""),
    "ask_postcode": F("""
A kod pocztowy?
"""),
    "ask_ip": F("""
Jaki adres IP pokazuje router?
"""),
    "ans_name": F("""
{me}
{myrev}
"""),
    "ans_addr": F("""
{addr}
to {addr}
"""),
    "ans_loc": F("""
{city}
"""),
    "greet": F("""
Dzień dobry! Jestem wirtualnym asystentem. W czym mogę pomóc?
Witamy w obsłudze klienta.
"""),
    "agent": F("""
Dzień dobry, {myg}, dziękuję za cierpliwość.
Dziękuję, Pani {mys}.
Dziękuję, Panie {mys}.
Dzień dobry, tu {agent}, w czym mogę pomóc?
Zaktualizowałam adres na {addr}.
Wysłałem potwierdzenie na {email}.
Czy {phone} to nadal aktualny numer?
Przekażę sprawę koleżance, ma na imię {given}.
"""),
    "agent_neg": F("""
Chwileczkę.
Już sprawdzam.
Czy mogę w czymś jeszcze pomóc?
Dostawa trwa 3-5 dni roboczych.
Widzę zamówienie {order} w systemie.
Zwrot {amount} potrwa około pięciu dni.
"""),
    "close_user": F("""
dziękuję, do widzenia
super, dzięki!
ok dzięki
w porządku, miłego dnia
"""),
    "close_agent": F("""
Miłego dnia, {myg}!
Dziękujemy za kontakt. Do widzenia!
"""),
    "prose": F("""
Proszę przesłać podpisaną umowę na adres:\\n{addrml}
{name} dołączy do spotkania w poniedziałek.
Do wiadomości: {name}, {name}.
Można się ze mną kontaktować pod numerem {phone} lub mailowo: {email}.
Szczegóły ma moja koleżanka, {mname}.
W marcu przeprowadziliśmy się {city_to}.
Proszę przelać kwotę na konto {iban}.
Płatność pobrano z karty {card}.
Próby logowania pochodziły z adresu {ip}.
Po rozmowie z konsultantem ({given}) dziś rano potwierdzam zmiany.
Dorastałem {city_in}, a teraz mieszkam {country_in}.
Paczka dla odbiorcy {name} została zostawiona pod adresem {street}.
Proszę o telefon pod numer {phonex}.
"""),
    "prose_neg": F("""
Nasza usługa jest dostępna {n_country_in} i w całej Europie.
Wysyłka {n_city_to} trwa zwykle dwa dni robocze.
Prosimy podawać numer zamówienia {order} w korespondencji.
{product} ma dwa lata gwarancji.
Godziny otwarcia: od poniedziałku do piątku, 9-18.
Kwota faktury wynosi {amount} brutto.
"""),
    "list": F("""
W spotkaniu uczestniczyli: {names3}.
Obecni: {names3}
{names2} przejrzą projekt.
Dziękuję za pomoc: {names3}.
"""),
    "note": F("""
Klient {name} dzwonił w sprawie zamówienia {order}.
oddzwonić: {given}, tel. {phone}
nowy adres: {addr}, zaktualizowany
{sur} (właściciel konta) przeprowadził się {city_to}
"""),
    "salut": F("""
Szanowni Państwo,
Dzień dobry {given},
Cześć {given},
Witam {name},
Szanowny Panie {sur},
Szanowna Pani {sur},
"""),
    "closing": F("""
Pozdrawiam,
Z poważaniem,
Z wyrazami szacunku,
Serdecznie pozdrawiam,
Pozdrawiam serdecznie,
"""),
    "subject": F("""
Temat: zamówienie {order}
Temat: zmiana adresu
Temat: zwrot pieniędzy
"""),
}

# An answer that is the value alone, where a language's frames give no
# other answer of that kind.
for _groups in FRAMES.values():
    for _kind in ("phone", "card", "email", "iban", "postcode", "ip"):
        _groups.setdefault("ans_" + _kind, ["{%s}" % _kind])


# Labels of contact blocks and forms.
LABELS = {
    "en": dict(name="Name|Full name|Contact|Customer", address="Address|"
               "Mailing address|Billing address|Ship to",
               phone="Phone|Tel|Tel.|Telephone|Ph", mobile="Mobile|Cell|M",
               fax="Fax|F", desk="Desk|Direct|Office|Work",
               email="Email|E-mail|E", iban="IBAN|Bank account",
               first="First name", last="Last name|Surname",
               street="Street|Address line 1", postcode="Postcode|ZIP|"
               "Postal code|Zip code", city="City|Town", country="Country"),
    "de": dict(name="Name|Kunde|Ansprechpartner", address="Anschrift|"
               "Adresse|Lieferadresse", phone="Telefon|Tel.|Tel",
               mobile="Mobil|Handy", fax="Fax", desk="Durchwahl|Büro",
               email="E-Mail|Mail", iban="IBAN|Bankverbindung",
               first="Vorname", last="Nachname|Name", street="Straße|"
               "Straße und Hausnummer", postcode="PLZ|Postleitzahl",
               city="Ort|Stadt|Wohnort", country="Land"),
    "fr": dict(name="Nom|Client|Contact", address="Adresse|"
               "Adresse postale", phone="Tél.|Téléphone|Tel",
               mobile="Portable|Mobile", fax="Fax|Télécopie",
               desk="Ligne directe|Bureau", email="Courriel|E-mail|Mail",
               iban="IBAN|RIB", first="Prénom", last="Nom",
               street="Adresse|Rue", postcode="Code postal|CP",
               city="Ville|Localité", country="Pays"),
    "es": dict(name="Nombre|Cliente|Contacto", address="Dirección|"
               "Domicilio", phone="Teléfono|Tel.|Tfno.",
               mobile="Móvil|Celular", fax="Fax", desk="Directo|Oficina",
               email="Correo|E-mail|Correo electrónico",
               iban="IBAN|Cuenta", first="Nombre", last="Apellidos|"
               "Apellido", street="Calle|Dirección", postcode="C.P.|"
               "Código postal", city="Ciudad|Localidad|Población",
               country="País"),
    "it": dict(name="Nome|Cliente|Referente", address="Indirizzo|"
               "Recapito", phone="Tel.|Telefono", mobile="Cellulare|Cell.",
               fax="Fax", desk="Interno|Ufficio", email="E-mail|Email|"
               "Posta elettronica", iban="IBAN|Coordinate bancarie",
               first="Nome", last="Cognome", street="Via|Indirizzo",
               postcode="CAP", city="Città|Comune|Località",
               country="Paese|Nazione"),
    "nl": dict(name="Naam|Klant|Contactpersoon", address="Adres|"
               "Postadres", phone="Telefoon|Tel.|Tel", mobile="Mobiel|GSM",
               fax="Fax", desk="Direct|Kantoor", email="E-mail|Mail",
               iban="IBAN|Rekeningnummer", first="Voornaam",
               last="Achternaam", street="Straat|Straat en huisnummer",
               postcode="Postcode", city="Plaats|Woonplaats",
               country="Land"),
    "pt": dict(name="Nome|Cliente|Contacto", address="Morada|Endereço",
               phone="Telefone|Tel.|Tel", mobile="Telemóvel|Celular|Tlm.",
               fax="Fax", desk="Direto|Escritório", email="E-mail|Email",
               iban="IBAN|NIB", first="Nome", last="Apelido|Sobrenome",
               street="Rua|Morada|Endereço", postcode="Código postal|CEP",
               city="Cidade|Localidade|Município", country="País"),
    "pl": dict(name="Imię i nazwisko|Klient|Osoba kontaktowa",
               address="Adres|Adres korespondencyjny",
               phone="Telefon|Tel.|Tel", mobile="Tel. kom.|Komórka|Kom.",
               fax="Faks|Fax", desk="Wewnętrzny|Biuro", email="E-mail|Mail",
               iban="IBAN|Nr konta", first="Imię", last="Nazwisko",
               street="Ulica|Adres", postcode="Kod pocztowy|Kod",
               city="Miejscowość|Miasto", country="Kraj"),
}

JOBS = {
    "en": words("""Customer Success Manager|Accounts Payable|Head of
Operations|Senior Engineer|Office Manager|Sales Director|HR Coordinator|
Team Lead, Support|Procurement Officer|Legal Counsel"""),
    "de": words("""Leiterin Kundenservice|Sachbearbeiter|Geschäftsführer|
Einkauf|Buchhaltung|Vertriebsleiter|Projektmanagerin|Personalabteilung"""),
    "fr": words("""Responsable commerciale|Chargé de clientèle|Directeur
général|Service comptabilité|Assistante de direction|Chef de projet"""),
    "es": words("""Jefa de ventas|Atención al cliente|Director general|
Departamento de compras|Contabilidad|Responsable de proyectos"""),
    "it": words("""Responsabile amministrativa|Ufficio acquisti|Direttore
commerciale|Assistenza clienti|Contabilità|Project manager"""),
    "nl": words("""Klantenservice|Accountmanager|Directeur|Inkoop|
Financiële administratie|Projectleider"""),
    "pt": words("""Gestora de conta|Apoio ao cliente|Diretor comercial|
Departamento financeiro|Compras|Gestor de projeto"""),
    "pl": words("""Kierownik działu obsługi|Specjalistka ds. sprzedaży|
Dyrektor|Dział księgowości|Zakupy|Kierownik projektu"""),
}
COMPANIES = {
    "en": words("""Brightwater Supplies Ltd|Harbor Point Logistics|
Bluefin Analytics|Northgate Services|Oakridge Dental|Summit Insurance|
Cobalt Print Co.|Greenleaf Catering|Ironclad Security Inc.|
Riverside Veterinary Clinic"""),
    "de": words("""Nordlicht Logistik GmbH|Sonnenhof Energie GmbH|
Blauwal Software AG|Kranich Bau GmbH|Grünfink Versicherung|
Stahlwerk Service KG|Bergkristall Reisen GmbH"""),
    "fr": words("""Atelier Lumière SARL|Transports Rapides SA|
Boulangerie du Coin|Cabinet Horizon|Éditions Plume|Bleu Marine SAS"""),
    "es": words("""Soluciones Globales S.L.|Grupo Altamar|Talleres Rayo S.A.|
Consultoría Faro|Panadería La Espiga|Distribuciones Norte"""),
    "it": words("""Servizi Integrati S.r.l.|Tecnoverde S.p.A.|Studio Aurora|
Officina Meccanica Rapida|Pasticceria Dolce Vita|Gruppo Faro"""),
    "nl": words("""Duinzicht Advies B.V.|Molenwiek Installatie|
Blauwe Reiger Reizen|Tulpenhof Catering|Windkracht Energie B.V."""),
    "pt": words("""Horizonte Digital Lda.|Serviços Estrela S.A.|
Padaria Pão Quente|Consultoria Farol|Transportes Gaivota Ltda."""),
    "pl": words("""Bursztyn Sp. z o.o.|Zielony Dach S.A.|Biuro Rachunkowe
Kompas|Piekarnia Kłos|Transport Sokół Sp. z o.o."""),
}


# ---------------------------------------------------------------------
# Documents.

LANG_WEIGHTS = [(30, "en"), (13, "de"), (11, "fr"), (11, "es"), (9, "it"),
                (8, "nl"), (9, "pt"), (9, "pl")]
CHAT_KINDS = [(12, "name"), (10, "loc"), (16, "addr"), (14, "phone"),
              (9, "card"), (8, "email"), (4, "iban"), (3, "ip"),
              (9, "third"), (14, "neg"), (4, "postcode")]
PROSE_KINDS = [(30, "email"), (12, "letter"), (14, "contact"),
               (8, "signature"), (8, "form"), (12, "note"), (8, "list"),
               (8, "paragraph")]


class Gen:

    def __init__(self):
        self.lists = Lists()
        self.places = Places(self.lists)
        self.addr = Addresses(self.places, self.lists)
        self.products = evalhalf(PRODUCTS)
        self.bigcities = {k: evalhalf(v) for k, v in BIG_CITIES.items()}
        self.companies = {k: evalhalf(v) or v for k, v in COMPANIES.items()}
        self.check_frames()

    def check_frames(self):
        for lang, groups in FRAMES.items():
            for group, frames in groups.items():
                assert frames, (lang, group)
                for f in frames:
                    for slot in SLOT.findall(f):
                        key = slot[2:] if slot.startswith("n_") else slot
                        assert hasattr(Doc, "s_" + key), (lang, group, f)

    # -- helpers

    def say(self, d, b, group, want=None, avoid=None):
        """Render one frame of group into b; want/avoid: a slot that the
        frame must or must not hold."""
        frames = FRAMES[d.lang][group]
        idx = list(range(len(frames)))
        if want:
            idx = [i for i in idx if "{" + want + "}" in frames[i]] or idx
        if avoid:
            idx = [i for i in idx if "{" + avoid + "}" not in frames[i]] \
                or idx
        i = pick(d.r, idx)
        d.render("%s.%s.%d" % (d.lang, group, i), frames[i], b)

    @staticmethod
    def record(b, kind, d, docid, **extra):
        rec = {"text": b.text(), "entities": b.ents, "kind": kind,
               "lang": d.lang, "country": d.cc, "doc": docid}
        rec.update(extra)
        return rec

    # -- chats

    def chat(self, r, idx):
        lang = wpick(r, LANG_WEIGHTS)
        d = Doc(self, r, lang)
        lower = r.random() < 0.55
        typos = 0.04 if r.random() < 0.5 else 0.0
        caps = r.random() < 0.02
        sid = "s%05d" % idx
        out = []

        def msg(role, group, **kw):
            user = role == "user"
            b = Builder(r, lower=lower and user, typos=typos if user else 0,
                        caps=caps and user)
            self.say(d, b, group, **kw)
            if user and lower and b.parts and b.parts[-1].endswith(".") \
                    and (not b.ents or b.ents[-1]["end"] < b.pos) and \
                    r.random() < 0.6:
                b.parts[-1] = b.parts[-1][:-1]
                b.pos -= 1
            out.append(self.record(b, "chat", d, sid, session=sid,
                                   role=role, turn=len(out)))

        if r.random() < 0.55:
            msg("bot", "greet")
        else:
            msg("agent", "agent", want="agent")
        first = wpick(r, [(45, "intro"), (25, "neg"), (10, "third"),
                          (10, "loc"), (5, "addr"), (5, "phone")])
        msg("user", first)
        for _ in range(r.randint(2, 5)):
            kind = wpick(r, CHAT_KINDS)
            asker = "bot" if r.random() < 0.6 else "agent"
            if kind in ("third", "neg"):
                msg("user", kind)
            elif kind == "postcode" or r.random() < 0.45:
                msg(asker, "ask_" + kind)
                msg("user", "ans_" + kind)
            else:
                msg("user", "intro" if kind == "name" else kind)
            if r.random() < 0.35:
                msg("agent", "agent" if r.random() < 0.5 else "agent_neg")
        if r.random() < 0.7:
            msg("user", "close_user")
        if r.random() < 0.6:
            msg("agent", "close_agent")
        return out

    # -- prose

    def body(self, d, b, n):
        r = d.r
        for i in range(n):
            if i and b.ents and b.ents[-1]["end"] == b.pos and \
                    "\n" in b.parts[-1]:
                b.lit("\n\n")
            elif i:
                b.lit(pick(r, [" ", " ", "\n\n", "\n"]))
            if r.random() < 0.2:
                self.say(d, b, "prose_neg")
            else:
                self.say(d, b, "prose")

    def signature(self, d, b, short=False):
        r = d.r
        lab = LABELS[d.lang]
        b.value(d.me[2], PERSON, "%s.sig.name" % d.lang)
        if short:
            return
        d.frame = "%s.sig" % d.lang
        if r.random() < 0.6:
            b.lit("\n" + pick(r, JOBS[d.lang]))
        if r.random() < 0.5:
            b.lit("\n" + pick(r, self.companies[d.lang]))
        if r.random() < 0.5:
            b.lit("\n")
            d.fill("addrml", b)
        for key, slot in (("phone", "phone"), ("mobile", "phonen"),
                          ("desk", "phonex"), ("fax", "phonen"),
                          ("email", "email")):
            if r.random() < {"phone": 0.7, "mobile": 0.4, "desk": 0.15,
                             "fax": 0.15, "email": 0.7}[key]:
                label = pick(r, lab[key].split("|"))
                b.lit("\n" + label + pick(r, [": ", ": ", " ", ":\t"]))
                d.fill(slot, b)

    def prose(self, r, idx):
        lang = wpick(r, LANG_WEIGHTS)
        d = Doc(self, r, lang)
        kind = wpick(r, PROSE_KINDS)
        b = Builder(r)
        docid = "p%05d" % idx
        getattr(self, "p_" + kind)(d, b)
        return [self.record(b, "prose", d, docid, form=kind)]

    def letter_text(self, d, b, subject, most):
        """The subject line (when subject is true), the salutation, 1 to
        most paragraphs and the closing."""
        if subject:
            self.say(d, b, "subject")
            b.lit("\n\n")
        self.say(d, b, "salut")
        b.lit("\n\n")
        self.body(d, b, d.r.randint(1, most))
        b.lit("\n\n")
        self.say(d, b, "closing")
        b.lit("\n")

    def p_email(self, d, b):
        r = d.r
        self.letter_text(d, b, r.random() < 0.4, 4)
        self.signature(d, b, short=r.random() < 0.5)

    def p_letter(self, d, b):
        r = d.r
        b.value(d.me[2], PERSON, "%s.letter.from" % d.lang)
        b.lit("\n")
        d.frame = "%s.letter" % d.lang
        d.fill("addrml", b)
        b.lit("\n\n")
        d.fill("town", b)
        b.lit(", ")
        d.fill("date", b)
        b.lit("\n\n")
        if r.random() < 0.5:
            b.lit(pick(r, self.companies[d.lang]) + "\n")
        else:
            d.fill("name", b)
            b.lit("\n")
        d.fill("addrml", b)
        b.lit("\n\n")
        self.letter_text(d, b, True, 3)
        b.value(d.me[2], PERSON, "%s.letter.sign" % d.lang)

    def p_contact(self, d, b):
        r = d.r
        lab = LABELS[d.lang]
        d.frame = "%s.contact" % d.lang
        fields = [("name", "me"), ("address", "addr"), ("phone", "phone"),
                  ("mobile", "phonen"), ("fax", "phonen"),
                  ("desk", "phonex"), ("email", "email"), ("iban", "iban")]
        keep = [f for f in fields if r.random() < {
            "name": 0.9, "address": 0.7, "phone": 0.7, "mobile": 0.35,
            "fax": 0.1, "desk": 0.12, "email": 0.6, "iban": 0.12}[f[0]]]
        if not keep:
            keep = fields[:2]
        if r.random() < 0.25:
            # one line, fields set off by bars or bullets
            sep = pick(r, [" | ", " · ", " / ", " – "])
            for i, (key, slot) in enumerate(keep):
                if i:
                    b.lit(sep)
                if r.random() < 0.5 and key != "name":
                    b.lit(pick(r, lab[key].split("|")) + ": ")
                d.fill(slot, b)
            return
        for i, (key, slot) in enumerate(keep):
            if i:
                b.lit("\n")
            b.lit(pick(r, lab[key].split("|")) + pick(r, [": ", ":\t", ": "]))
            if key == "address" and r.random() < 0.4:
                b.lit("\n")
                d.fill("addrml", b)
            else:
                d.fill(slot, b)

    def p_signature(self, d, b):
        r = d.r
        if r.random() < 0.3:
            b.lit(pick(r, ["-- \n", "--\n", "___\n"]))
        self.signature(d, b)

    def p_form(self, d, b):
        r = d.r
        lab = LABELS[d.lang]
        d.frame = "%s.form" % d.lang
        first = True
        for key, fill in (("first", "myg"), ("last", "mys"),
                          ("street", "street"), ("postcode", "postcode"),
                          ("city", "town"), ("country", "country"),
                          ("phone", "phone"), ("email", "email")):
            if key in ("country", "phone", "email") and r.random() < 0.4:
                continue
            if not first:
                b.lit("\n")
            first = False
            b.lit(pick(r, lab[key].split("|")) + pick(r, [": ", ":\t"]))
            if key == "country":
                b.value(pick(r, COUNTRY_LINE[d.cc]), LOCATION, d.frame)
            else:
                d.fill(fill, b)

    def p_note(self, d, b):
        r = d.r
        if r.random() < 0.5:
            b.lower = True
        for i in range(r.randint(1, 3)):
            if i:
                b.lit(pick(r, ["; ", "\n", ". ", " - "]))
            self.say(d, b, "note")

    def p_list(self, d, b):
        r = d.r
        self.say(d, b, "list")
        if r.random() < 0.4:
            b.lit(" ")
            self.say(d, b, "prose")

    def p_paragraph(self, d, b):
        self.body(d, b, d.r.randint(2, 4))

    # -- negatives

    def negative(self, r, idx):
        lang = wpick(r, LANG_WEIGHTS)
        d = Doc(self, r, lang)
        docid = "n%05d" % idx
        if r.random() < 0.6:
            b = Builder(r, lower=r.random() < 0.5,
                        typos=0.04 if r.random() < 0.4 else 0.0)
            self.say(d, b, "neg")
            return [self.record(b, "negative", d, docid, role="user")]
        b = Builder(r)
        for i in range(r.randint(1, 3)):
            if i:
                b.lit(" ")
            self.say(d, b, "prose_neg" if r.random() < 0.7 else "agent_neg",
                      avoid=None)
        return [self.record(b, "negative", d, docid)]


def generate(seed, chats, prose, negatives, langs=None):
    """The records, in order: chats, then prose, then negatives."""
    gen = Gen()
    if langs:
        global LANG_WEIGHTS
        LANG_WEIGHTS = [(w, l) for w, l in LANG_WEIGHTS if l in langs]
    for kind, n, make in (("chat", chats, gen.chat),
                          ("prose", prose, gen.prose),
                          ("negative", negatives, gen.negative)):
        for i in range(n):
            r = random.Random("%s:%s:%d" % (seed, kind, i))
            for rec in make(r, i):
                yield rec


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Labelled held-out text for cog-mask, as JSON lines.")
    ap.add_argument("--seed", default="heldout1")
    ap.add_argument("--chats", type=int, default=400,
                    help="chat sessions (several messages each)")
    ap.add_argument("--prose", type=int, default=1200,
                    help="e-mails, letters, blocks, forms, notes, lists")
    ap.add_argument("--negatives", type=int, default=500,
                    help="texts in which nothing is personal data")
    ap.add_argument("--lang", help="only these languages (en,de,...)")
    ap.add_argument("--out", help="write here instead of standard output")
    ap.add_argument("--with-values", action="store_true",
                    help="give each entity the value planted as \"value\" "
                         "(to check the spans)")
    ap.add_argument("--summary", action="store_true",
                    help="print counts by kind, language and type to "
                         "standard error")
    a = ap.parse_args(argv)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    langs = set(a.lang.split(",")) if a.lang else None
    if langs and not langs <= set(FRAMES):
        ap.error("--lang: known languages are " + ",".join(sorted(FRAMES)))
    Builder.values = a.with_values
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    counts = {}
    for rec in generate(a.seed, a.chats, a.prose, a.negatives, langs):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if a.summary:
            for k in ("kind:" + rec["kind"], "lang:" + rec["lang"]):
                counts[k] = counts.get(k, 0) + 1
            for e in rec["entities"]:
                k = "type:" + e["type"]
                counts[k] = counts.get(k, 0) + 1
    if a.out:
        out.close()
    if a.summary:
        for k in sorted(counts):
            sys.stderr.write("%-22s %6d\n" % (k, counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
