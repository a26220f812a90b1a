#!/usr/bin/env python3
"""chatgen -- deterministic customer-service chats with planted PII.

Generates contact-centre chat sessions (bot, user and agent turns about
billing, deliveries, password resets, lost cards, address changes,
appointments, travel, home internet, crypto wallets, credit checks and
direct debits) in the message-record shape of the Cognigy tenant, together
with the ground truth of every PII span planted in them.  The tenant
emulator (cogmock.py) serves these sessions; the command line writes
benchmark and accuracy corpora.

Every session depends only on (seed, session index): session 17 is the same
whatever the number of sessions asked for, and the output is byte-identical
for the same arguments.

Message record (one JSON object per transcript line, keys in this order):

    {"inputId":"9f1c...","sessionId":"sess_00042",
     "timestamp":"2026-03-02T09:14:05.120Z","source":"user",
     "text":"...","data":{}}

Truth record (one per planted entity):

    {"session_id":"sess_00042","seq":3,"type":"EMAIL_ADDRESS",
     "value":"maria.lopez@example.com","path":".text","start":17,"end":40}

`path` is the jq path of the string value, `seq` the message index from 0,
`start`/`end` are code-point offsets into the decoded string.  Types:
PERSON EMAIL_ADDRESS PHONE_NUMBER CREDIT_CARD IBAN_CODE US_SSN IP_ADDRESS
URL MAC_ADDRESS CRYPTO UK_NHS US_PASSPORT DATE_OF_BIRTH LOCATION
STREET_ADDRESS.  Any span
of those types in the text is labelled, boilerplate included (the company's
help URLs and support address are labelled too); order numbers, amounts,
times, weekdays, months, products and the last four digits of a card are
ordinary text and are not.

Names come from the lists shipped in data/names/ plus a small built-in
international list.  `names="tune"` or `"eval"` keeps only one of two
disjoint halves of every list (split by a stable hash of the lowercase
name), so a detector tuned on one half can be measured on names it never
saw.  The names mode does not change the random stream: the same seed gives
the same chats with different names.

Command line: see `python3 chatgen.py --help`.  Its output lines are the
records as cog-fetch emits them, with "session_id" and "seq" first.
"""

import argparse
import bisect
import datetime
import functools
import hashlib
import ipaddress
import json
import os
import random
import re
import signal
import sys
import unicodedata

import luhn  # tests/luhn.py, next to this file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES_DIR = os.path.join(ROOT, "data", "names")
# English words (the lower-case words of Debian's wamerican, as shipped in
# the gazetteer), so that the output is the same on every machine.
WORDS_FILE = os.path.join(ROOT, "data", "gazetteer", "english.tsv")

# ---------------------------------------------------------------------------
# Checksummed identifiers

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


luhn_check_digit = luhn.check_digit
luhn_valid = luhn.valid


# Card brands: (IIN prefixes, length, grouping of the printed number).
CARD_BRANDS = (
    (("4",), 16, (4, 4, 4, 4)),                                 # Visa
    (("51", "52", "53", "54", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),                              # Amex
    (("6011", "65", "644"), 16, (4, 4, 4, 4)),                  # Discover
)


def make_card(rng):
    """A Luhn-valid card number and its print grouping."""
    prefixes, length, groups = rng.choice(CARD_BRANDS)
    prefix = rng.choice(prefixes)
    body = prefix + "".join(rng.choice(DIGITS)
                            for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body), groups


# IBAN layouts: BBAN character classes, n = digit, a = letter,
# c = letter or digit; the lengths are the registered ones.
IBAN_BBAN = {
    "DE": "n" * 18,                       # 22
    "GB": "aaaa" + "n" * 14,              # 22
    "FR": "n" * 10 + "c" * 11 + "nn",     # 27
    "ES": "n" * 20,                       # 24
    "NL": "aaaa" + "n" * 10,              # 18
    "IT": "a" + "n" * 10 + "c" * 12,      # 27
    "CH": "n" * 5 + "c" * 12,             # 21
    "BE": "n" * 12,                       # 16
    "AT": "n" * 16,                       # 20
    "IE": "aaaa" + "n" * 14,              # 22
    "PL": "n" * 24,                       # 28
}
IBAN_BANKS = {
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL"),
    "IE": ("AIBK", "BOFI"),
    "NL": ("ABNA", "INGB", "RABO"),
}


def iban_check_digits(country, bban):
    """The two ISO 13616 check digits for country + bban (mod 97-10)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return "%02d" % (98 - number % 97)


def iban_valid(iban):
    """True when the compact IBAN has its country's length and mod 97 = 1."""
    bban = IBAN_BBAN.get(iban[:2])
    if bban is None or len(iban) != len(bban) + 4:
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def make_iban(rng, country):
    """A valid compact IBAN for country."""
    chars = []
    for cls in IBAN_BBAN[country]:
        if cls == "n" or (cls == "c" and rng.random() < 0.9):
            chars.append(rng.choice(DIGITS))
        else:
            chars.append(rng.choice(UPPER))
    bban = "".join(chars)
    if country in IBAN_BANKS:
        bban = rng.choice(IBAN_BANKS[country]) + bban[4:]
    return country + iban_check_digits(country, bban) + bban


def make_ssn(rng):
    """A US SSN outside the never-issued ranges, as (area, group, serial)."""
    area = rng.randrange(1, 900)
    if area == 666:
        area = 665
    return ("%03d" % area, "%02d" % rng.randrange(1, 100),
            "%04d" % rng.randrange(1, 10000))


def nhs_check_digit(nine):
    """The NHS mod-11 check digit for nine digits, or None if there is none."""
    total = sum((10 - i) * (ord(ch) - 48) for i, ch in enumerate(nine))
    check = 11 - total % 11
    if check == 11:
        return "0"
    return None if check == 10 else str(check)


def make_nhs(rng):
    """A valid 10-digit NHS number."""
    while True:
        nine = str(rng.randrange(400000000, 999999999))
        check = nhs_check_digit(nine)
        if check is not None:
            return nine + check


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58check(version, payload):
    """Base58Check text of version byte + payload with its 4-byte checksum."""
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(B58[r])
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def base58check_decode(text):
    """Version byte + payload of a Base58Check string, or None if invalid."""
    n = 0
    for ch in text:
        i = B58.find(ch)
        if i < 0:
            return None
        n = n * 58 + i
    pad = len(text) - len(text.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    body, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] != check:
        return None
    return body


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def bech32_polymod(values):
    """The BIP-173 checksum polynomial over 5-bit values."""
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            if (top >> i) & 1:
                chk ^= BECH32_GEN[i]
    return chk


def bech32_hrp_expand(hrp):
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def bech32_encode(hrp, data):
    """Bech32 string (constant 1) of hrp and 5-bit data values."""
    poly = bech32_polymod(bech32_hrp_expand(hrp) + data + [0] * 6) ^ 1
    checksum = [(poly >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data + checksum)


def bech32_valid(text):
    """True when text is a Bech32 string with a correct checksum."""
    hrp, sep, data = text.lower().rpartition("1")
    if not sep or not hrp or len(data) < 6:
        return False
    values = [BECH32.find(c) for c in data]
    if -1 in values:
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + values) == 1


def to_5bit(data):
    """Regroup bytes into 5-bit values, zero-padding the last group."""
    acc = bits = 0
    out = []
    for byte in data:
        acc = acc << 8 | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append(acc >> bits & 31)
    if bits:
        out.append(acc << (5 - bits) & 31)
    return out


def make_btc(rng):
    """A Bitcoin address: P2PKH (1...), P2SH (3...) or segwit v0 (bc1q...)."""
    kind = rng.random()
    if kind < 0.4:
        return base58check(0x00, rng.randbytes(20))
    if kind < 0.65:
        return base58check(0x05, rng.randbytes(20))
    program = rng.randbytes(20 if kind < 0.9 else 32)
    return bech32_encode("bc", [0] + to_5bit(program))


# ---------------------------------------------------------------------------
# Names


def _half(name):
    """0 (tune) or 1 (eval): a stable split of names by their lowercase form."""
    return hashlib.blake2b(name.lower().encode("utf-8"),
                           digest_size=1).digest()[0] & 1


def _proper(name):
    """Capitalise a list entry: "mcdonald" -> "McDonald"."""
    name = name.capitalize()
    return _mc(name) if name[:2] == "Mc" else name


def _mc(name):
    """The census lists spell "McDonald" as "Mcdonald"; restore the capital."""
    if name[:2] == "Mc" and len(name) > 3:
        return "Mc" + name[2:].capitalize()
    return name


class Weighted:
    """Draw from a list with fixed weights using one random() per draw."""

    def __init__(self, items, weights):
        self.items = items
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rng):
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def _ranked(names, power=1.0, offset=8):
    """A Weighted over a most-frequent-first list: Zipf-like by rank."""
    return Weighted(names, [1.0 / (r + offset) ** power
                            for r in range(len(names))])


# Built-in international names by language, for non-ASCII spellings.
INTL_NAMES = (
    (("Søren", "Mads", "Freja", "Ida", "Rasmus", "Mette"),
     ("Kierkegaard", "Nørgaard", "Østergaard", "Jørgensen", "Bækgaard")),
    (("Åsa", "Björn", "Linnéa", "Göran", "Maja"),
     ("Lindström", "Öberg", "Åkesson", "Sjöberg", "Ekström")),
    (("Ólafur", "Guðrún", "Þórður", "Sigríður"),
     ("Guðmundsson", "Þórsdóttir", "Sigurðsson", "Jónsdóttir")),
    (("Łukasz", "Małgorzata", "Wojciech", "Zofia", "Grzegorz", "Agnieszka"),
     ("Wróblewski", "Szymańska", "Łuczak", "Woźniak", "Kaczmarek",
      "Zieliński")),
    (("Zoltán", "Erzsébet", "Gábor", "Ágnes", "Dániel"),
     ("Szöllösy", "Kovács", "Nagy", "Tóth", "Szőke", "Fehér")),
    (("José", "María", "Sebastián", "Inés", "Ramón", "Begoña"),
     ("Muñoz", "Peña", "Ibáñez", "Núñez", "Fernández", "Gómez")),
    (("Jürgen", "Jörg", "Bärbel", "Günther", "Käthe"),
     ("Müller", "Schröder", "Weiß", "Bäcker", "Jäger")),
    (("François", "Hélène", "Amélie", "Gaël", "Anaïs"),
     ("Lefèvre", "Benoît", "Gauthier", "Bérenger", "Lemaître")),
    (("Jiří", "Tomáš", "Lucie", "Kateřina"),
     ("Dvořák", "Novák", "Černá", "Procházka")),
    (("João", "Conceição", "Luís", "Inês"),
     ("Gonçalves", "Simões", "Magalhães", "Araújo")),
    (("Çağla", "Şule", "Gökhan", "Emre"),
     ("Yılmaz", "Öztürk", "Çelik", "Şahin")),
    (("Siobhán", "Aoife", "Seán", "Niamh"),
     ("O'Sullivan", "Ó Briain", "Mac Giolla", "O'Dónaill")),
)
APOSTROPHE_SURNAMES = ("O'Brien", "O'Connor", "D'Angelo", "O'Neill",
                       "D'Souza", "O'Reilly", "D'Amico", "O'Hara",
                       "O'Donnell", "D'Arcy")
HYPHEN_GIVEN = ("Anne-Marie", "Jean-Luc", "Mary-Kate", "Jean-Pierre",
                "Marie-Claire", "Li-Na", "Ann-Kristin", "Hans-Peter")


def _load_words():
    with open(WORDS_FILE, encoding="utf-8") as f:
        return {w for w in (line.split("\t", 1)[0] for line in f)
                if w.isalpha() and w.islower()}


def _read_lines(name):
    with open(os.path.join(NAMES_DIR, name), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


class Names:
    """Given names and surnames, optionally one half of each list."""

    def __init__(self, half=None):
        keep = (lambda n: True) if half is None else \
            (lambda n: _half(n) == half)
        words = _load_words()
        census = {}
        for fname in ("census1990_first_male.txt",
                      "census1990_first_female.txt"):
            for rank, name in enumerate(_read_lines(fname)):
                name = _mc(name)
                census[name] = census.get(name, 0.0) + 1.0 / (rank + 8)
        given = [n for n in census if keep(n)]
        self.given = Weighted(given, [census[n] for n in given])
        self.given_plain = Weighted(
            *zip(*[(n, census[n]) for n in given if n.lower() not in words]))
        rare = []
        for line in _read_lines("ssa_first_names_freq.tsv"):
            name, count = line.split("\t")
            if len(count) > 3 or int(count) >= 200:
                name = _proper(name)
                if name not in census and keep(name):
                    rare.append(name)
        self.rare = rare
        self.words = words
        self.surname = _ranked([_mc(n) for n in
                                _read_lines("census1990_last.txt")
                                if keep(n)], power=0.9)
        self.apostrophe = [n for n in APOSTROPHE_SURNAMES if keep(n)]
        self.hyphen_given = [n for n in HYPHEN_GIVEN if keep(n)]
        all_given = [g for gs, _ in INTL_NAMES for g in gs if keep(g)]
        all_sur = [s for _, ss in INTL_NAMES for s in ss if keep(s)]
        self.intl = []
        for gs, ss in INTL_NAMES:
            gs = [g for g in gs if keep(g)] or all_given
            ss = [s for s in ss if keep(s)] or all_sur
            self.intl.append((gs, ss))

    def first(self, rng, plain=False):
        """A given name; plain=True avoids names that are English words."""
        r = rng.random()
        if r < 0.12:
            for _ in range(4):
                name = rng.choice(self.rare)
                if not plain or name.lower() not in self.words:
                    return name
        if r < 0.15 and self.hyphen_given:
            return rng.choice(self.hyphen_given)
        return (self.given_plain if plain else self.given)(rng)

    def last(self, rng):
        r = rng.random()
        if r < 0.03 and self.apostrophe:
            return rng.choice(self.apostrophe)
        if r < 0.07:
            return self.surname(rng) + "-" + self.surname(rng)
        return self.surname(rng)

    def person(self, rng, plain=False):
        """(given, surname), international with probability 0.1."""
        if rng.random() < 0.1:
            gs, ss = rng.choice(self.intl)
            return rng.choice(gs), rng.choice(ss)
        return self.first(rng, plain), self.last(rng)


@functools.lru_cache(maxsize=None)
def names_for(mode):
    """The shared Names table for mode "all", "tune" or "eval"."""
    return Names({"all": None, "tune": 0, "eval": 1}[mode])


# ---------------------------------------------------------------------------
# Places

US_PLACES = (
    ("Springfield", "IL", "627"), ("Denver", "CO", "802"),
    ("Austin", "TX", "787"), ("Seattle", "WA", "981"),
    ("Portland", "OR", "972"), ("Boston", "MA", "021"),
    ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"),
    ("Minneapolis", "MN", "554"), ("Sacramento", "CA", "958"),
    ("San Diego", "CA", "921"), ("Nashville", "TN", "372"),
    ("Columbus", "OH", "432"), ("Albuquerque", "NM", "871"),
    ("Raleigh", "NC", "276"), ("Tucson", "AZ", "857"),
    ("Omaha", "NE", "681"), ("Milwaukee", "WI", "532"),
    ("Pittsburgh", "PA", "152"), ("Baltimore", "MD", "212"),
    ("Salt Lake City", "UT", "841"), ("Boise", "ID", "837"),
    ("Des Moines", "IA", "503"), ("Richmond", "VA", "232"),
    ("Louisville", "KY", "402"), ("Tampa", "FL", "336"),
    ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968"),
)
US_STATES = (
    "Alabama", "Arizona", "California", "Colorado", "Connecticut",
    "Florida", "Georgia", "Illinois", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Missouri", "Nebraska", "Nevada", "New Jersey", "New Mexico",
    "New York", "North Carolina", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
    "Washington", "Wisconsin",
)
COUNTRIES = (
    "Canada", "Mexico", "Germany", "France", "Spain", "Italy", "Portugal",
    "Ireland", "the Netherlands", "Belgium", "Switzerland", "Austria",
    "Poland", "Sweden", "Norway", "Denmark", "Iceland", "Hungary",
    "Japan", "Australia", "New Zealand", "Brazil", "Argentina", "India",
    "South Africa", "Turkey", "Greece", "Czechia", "the United Kingdom",
    "the United States",
)
US_STREETS = ("Elm", "Oak", "Maple", "Pine", "Cedar", "Main", "Park",
              "Lake", "Hill", "Walnut", "Chestnut", "Highland", "Sunset",
              "Ridge", "Meadow", "Willow", "Church", "Mill", "River")
US_SUFFIXES = ("Street", "Avenue", "Road", "Drive", "Lane", "Court",
               "Boulevard", "Way", "St", "Ave", "Rd")
UK_PLACES = (("London", "NW1 6XE"), ("Manchester", "M1 2AB"),
             ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR"),
             ("Edinburgh", "EH1 1YZ"), ("Cardiff", "CF10 3NQ"),
             ("Glasgow", "G2 8LU"), ("Liverpool", "L1 8JQ"))
UK_STREETS = ("Baker Street", "High Street", "Station Road", "Church Lane",
              "Victoria Road", "Mill Lane", "Queens Road", "Green Lane")
DE_PLACES = (("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"),
             ("Hamburg", "20095"), ("Düsseldorf", "40213"))
DE_STREETS = ("Hauptstraße", "Schillerstraße", "Goethestraße",
              "Bahnhofstraße", "Lindenallee", "Gartenweg")
FR_PLACES = (("Paris", "75002"), ("Lyon", "69002"), ("Marseille", "13001"),
             ("Toulouse", "31000"), ("Nantes", "44000"))
FR_STREETS = ("rue de la Paix", "avenue Victor Hugo", "rue du Moulin",
              "boulevard Saint-Michel", "place de la République")

# ---------------------------------------------------------------------------
# Ordinary, non-PII vocabulary

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
PRODUCTS = ("Acme Router X200", "SoundPro 3 headphones", "Acme Smart Plug",
            "UltraBlend 500 blender", "Trailrunner jacket", "Acme Pay card",
            "HomeCam Mini", "Acme Fiber 500 plan", "ErgoDesk standing desk",
            "Kettle K2", "AquaPure water filter", "the Premium plan",
            "the Family bundle", "Acme TV box", "PowerBank 20K")
EMOJI = ("🙂", "😊", "👍", "🙏", "😕", "😩", "❤️", "✅")

HELP_PATHS = ("/help/billing", "/help/password-reset", "/help/delivery",
              "/help/cards/lost-or-stolen", "/help/account/address",
              "/support/appointments", "/help/travel/documents",
              "/support/internet/troubleshooting", "/help/refunds")
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                 "icloud.com", "proton.me", "example.com", "mail.de",
                 "orange.fr", "btinternet.com", "fastmail.com")
LINK_HOSTS = ("bit.ly", "tinyurl.com", "acme-deals.net", "track-parcel.info",
              "secure-login-acme.com", "drive.example.org",
              "photos.example.net")

# ---------------------------------------------------------------------------
# Per-session facts: the customer, the agent and their identifiers


_FOLD = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "ð": "d", "þ": "th",
                       "æ": "ae", "ı": "i", "đ": "d"})


def ascii_fold(text):
    """Spell text in ASCII the way people do in e-mail addresses."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in text if ch.isascii())


class Persona:
    """Everything about one session's customer, drawn lazily and cached."""

    def __init__(self, rng, names):
        self.rng = rng
        self.names = names
        self.cache = {}
        self.locale = rng.choice(("US", "US", "US", "US", "US", "US", "US",
                                  "UK", "UK", "DE", "FR"))

    def get(self, key):
        value = self.cache.get(key)
        if value is None:
            value = self.cache[key] = getattr(self, "_" + key)()
        return value

    def _name(self):
        return self.names.person(self.rng)

    def _other(self):
        return self.names.person(self.rng)

    def _agent(self):
        return self.names.person(self.rng, plain=True)

    def _email(self):
        rng = self.rng
        first, last = self.get("name")
        first = ascii_fold(first.lower())
        last = ascii_fold(last.lower().replace("'", "").replace(" ", ""))
        style = rng.randrange(5)
        if style == 0:
            local = first + "." + last
        elif style == 1:
            local = first[0] + last
        elif style == 2:
            local = first + "_" + last + str(rng.randrange(1, 99))
        elif style == 3:
            local = first + str(rng.randrange(1960, 2005))
        else:
            local = last + "." + first[0]
        return local + "@" + rng.choice(EMAIL_DOMAINS)

    def _phone(self):
        rng = self.rng
        if self.locale == "UK":
            if rng.random() < 0.5:
                return ("UK", "20", "%04d" % rng.randrange(7000, 8999),
                        "%04d" % rng.randrange(10000))
            return ("UKM", "7700", "%06d" % rng.randrange(900000, 900999))
        if self.locale == "DE":
            return ("DE", rng.choice(("30", "89", "40", "221")),
                    "%08d" % rng.randrange(20000000, 99999999))
        if self.locale == "FR":
            return ("FR", str(rng.randrange(1, 8)),
                    "%08d" % rng.randrange(10000000, 99999999))
        area = "%d%02d" % (rng.randrange(2, 10), rng.randrange(0, 100))
        if area[1:] == "11":
            area = area[0] + "12"
        exchange = "555" if rng.random() < 0.5 else \
            "%d%02d" % (rng.randrange(2, 10), rng.randrange(100))
        return ("US", area, exchange, "%04d" % rng.randrange(10000))

    def _card(self):
        return make_card(self.rng)

    def _iban(self):
        country = {"UK": "GB", "DE": "DE", "FR": "FR"}.get(self.locale)
        return make_iban(self.rng, country or self.rng.choice(
            tuple(IBAN_BBAN)))

    def _ssn(self):
        return make_ssn(self.rng)

    def _nhs(self):
        return make_nhs(self.rng)

    def _passport(self):
        rng = self.rng
        if rng.random() < 0.6:
            return str(rng.randrange(100000000, 999999999))
        return rng.choice(UPPER) + "%08d" % rng.randrange(100000000)

    def _dob(self):
        rng = self.rng
        return (rng.randrange(1940, 2006), rng.randrange(1, 13),
                rng.randrange(1, 29))

    def _ipv4(self):
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return "192.168.%d.%d" % (rng.randrange(0, 3),
                                      rng.randrange(2, 255))
        if r < 0.35:
            return "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256),
                                    rng.randrange(1, 255))
        first = rng.randrange(1, 224)
        if first in (10, 127):
            first += 1
        return "%d.%d.%d.%d" % (first, rng.randrange(256),
                                rng.randrange(256), rng.randrange(1, 255))

    def _ipv6(self):
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            groups = [0x2001, 0xDB8] + [0] * 5 + [rng.randrange(1, 0x100)]
        elif r < 0.6:
            groups = [0x2001, 0xDB8, rng.randrange(0x10000),
                      rng.randrange(0x10000), 0, 0, rng.randrange(0x10000),
                      rng.randrange(1, 0x10000)]
        else:
            groups = [0x2600 + rng.randrange(0x200)] + \
                [rng.randrange(0x10000) for _ in range(7)]
        addr = ipaddress.IPv6Address(
            b"".join(g.to_bytes(2, "big") for g in groups))
        return addr.exploded if r > 0.85 else addr.compressed

    def _mac(self):
        return self.rng.randbytes(6)

    def _btc(self):
        return make_btc(self.rng)

    def _address(self):
        """(street line, city, region, postcode) in the customer's locale."""
        rng = self.rng
        if self.locale == "UK":
            city, postcode = rng.choice(UK_PLACES)
            return ("%d %s" % (rng.randrange(1, 250), rng.choice(UK_STREETS)),
                    city, "", postcode)
        if self.locale == "DE":
            city, postcode = rng.choice(DE_PLACES)
            return ("%s %d" % (rng.choice(DE_STREETS), rng.randrange(1, 120)),
                    city, "", postcode)
        if self.locale == "FR":
            city, postcode = rng.choice(FR_PLACES)
            return ("%d %s" % (rng.randrange(1, 90), rng.choice(FR_STREETS)),
                    city, "", postcode)
        city, state, zip3 = rng.choice(US_PLACES)
        street = "%d %s %s" % (rng.randrange(1, 9999), rng.choice(US_STREETS),
                               rng.choice(US_SUFFIXES))
        if rng.random() < 0.3:
            street += ", Apt %d" % rng.randrange(1, 40)
        return street, city, state, zip3 + "%02d" % rng.randrange(100)


# ---------------------------------------------------------------------------
# Rendering of PII values (one persona fact, many spellings)


def fmt_phone(rng, phone):
    kind = phone[0]
    if kind == "US":
        a, e, n = phone[1:]
        return rng.choice(("(%s) %s-%s", "%s-%s-%s", "%s.%s.%s",
                           "+1 %s %s %s")) % (a, e, n)
    if kind == "UK":
        a, b, c = phone[1:]
        return rng.choice(("+44 %s %s %s", "0%s %s %s")) % (a, b, c)
    if kind == "UKM":
        a, b = phone[1:]
        return rng.choice(("+44 %s %s", "0%s %s")) % (a, b)
    if kind == "DE":
        a, b = phone[1:]
        return rng.choice(("+49 %s %s", "0%s %s")) % (a, b)
    a, b = phone[1:]
    pairs = " ".join(b[i:i + 2] for i in range(0, 8, 2))
    return rng.choice(("+33 %s %s", "0%s %s")) % (a, pairs)


def fmt_card(rng, card):
    number, groups = card
    sep = rng.choice((" ", " ", "-", ""))
    if not sep:
        return number
    out, i = [], 0
    for g in groups:
        out.append(number[i:i + g])
        i += g
    return sep.join(out)


def fmt_iban(rng, iban):
    if rng.random() < 0.5:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def fmt_ssn(rng, ssn):
    return (" " if rng.random() < 0.2 else "-").join(ssn)


def fmt_nhs(rng, nhs):
    r = rng.random()
    if r < 0.6:
        return "%s %s %s" % (nhs[:3], nhs[3:6], nhs[6:])
    if r < 0.8:
        return "%s-%s-%s" % (nhs[:3], nhs[3:6], nhs[6:])
    return nhs


def fmt_dob(rng, dob):
    y, m, d = dob
    style = rng.randrange(7)
    if style == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if style == 1:
        return "%02d/%02d/%d" % (m, d, y)
    if style == 2:
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if style == 3:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if style == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 5:
        return "%02d.%02d.%d" % (d, m, y)
    return "%d/%d/%d" % (m, d, y)


def fmt_mac(rng, mac):
    h = mac.hex()
    r = rng.random()
    if r < 0.5:
        return ":".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    if r < 0.8:
        return "-".join(h[i:i + 2] for i in range(0, 12, 2))
    return ".".join(h[i:i + 4] for i in range(0, 12, 4))


def fmt_address(rng, address):
    street, city, region, postcode = address
    if region:
        return "%s, %s, %s %s" % (street, city, region, postcode)
    if postcode[0].isdigit():
        return "%s, %s %s" % (street, postcode, city)
    return "%s, %s %s" % (street, city, postcode)


# ---------------------------------------------------------------------------
# Templates
#
# A template is text with {SLOT} markers.  A slot renders to pieces
# (text, type): type None for ordinary text, else the entity type of the
# span.  Pieces of type PERSON, LOCATION or STREET_ADDRESS follow a
# lowercase message.


class Ctx:
    """Render state of one session: its RNG, persona and phase."""

    def __init__(self, rng, persona):
        self.rng = rng
        self.p = persona


def _person_full(c):
    first, last = c.p.get("name")
    return ((first + " " + last, "PERSON"),)


def _person_first(c):
    return ((c.p.get("name")[0], "PERSON"),)


def _person_titled(c):
    rng = c.rng
    first, last = c.p.get("name")
    title = rng.choice(("Mr ", "Mr. ", "Ms ", "Ms. ", "Mrs. ", "Dr. ", "Dr "))
    if rng.random() < 0.3:
        return ((title, None), (first + " " + last, "PERSON"))
    return ((title, None), (last, "PERSON"))


def _other_first(c):
    return ((c.p.get("other")[0], "PERSON"),)


def _other_full(c):
    first, last = c.p.get("other")
    return ((first + " " + last, "PERSON"),)


def _agent_name(c):
    first, last = c.p.get("agent")
    if c.rng.random() < 0.25:
        return ((first + " " + last, "PERSON"),)
    return ((first, "PERSON"),)


def _agent_first(c):
    return ((c.p.get("agent")[0], "PERSON"),)


def _email(c):
    return ((c.p.get("email"), "EMAIL_ADDRESS"),)


def _support_email(c):
    return ((c.rng.choice(("support@acme.com", "help@acme.com",
                           "billing@acme.com", "privacy@acme.com")),
             "EMAIL_ADDRESS"),)


def _phone(c):
    return ((fmt_phone(c.rng, c.p.get("phone")), "PHONE_NUMBER"),)


def _support_phone(c):
    return ((c.rng.choice(("1-800-555-0199", "(800) 555-0142",
                           "+44 20 7946 0000")), "PHONE_NUMBER"),)


def _card(c):
    return ((fmt_card(c.rng, c.p.get("card")), "CREDIT_CARD"),)


def _iban(c):
    return ((fmt_iban(c.rng, c.p.get("iban")), "IBAN_CODE"),)


def _ssn(c):
    return ((fmt_ssn(c.rng, c.p.get("ssn")), "US_SSN"),)


def _nhs(c):
    return ((fmt_nhs(c.rng, c.p.get("nhs")), "UK_NHS"),)


def _passport(c):
    return ((c.p.get("passport"), "US_PASSPORT"),)


def _dob(c):
    return ((fmt_dob(c.rng, c.p.get("dob")), "DATE_OF_BIRTH"),)


def _ip(c):
    key = "ipv6" if c.rng.random() < 0.3 else "ipv4"
    return ((c.p.get(key), "IP_ADDRESS"),)


def _mac(c):
    return ((fmt_mac(c.rng, c.p.get("mac")), "MAC_ADDRESS"),)


def _btc(c):
    return ((c.p.get("btc"), "CRYPTO"),)


def _help_url(c):
    rng = c.rng
    path = rng.choice(HELP_PATHS)
    r = rng.random()
    if r < 0.5:
        url = "https://www.acme.com" + path
    elif r < 0.8:
        url = "https://help.acme.com%s?src=chat&lang=en" % path
    else:
        url = "www.acme.com" + path
    return ((url, "URL"),)


def _user_url(c):
    rng = c.rng
    host = rng.choice(LINK_HOSTS)
    token = "%x" % rng.getrandbits(28)
    r = rng.random()
    if r < 0.4:
        url = "https://%s/%s" % (host, token)
    elif r < 0.7:
        url = "http://%s/login?session=%s&next=%%2Faccount" % (host, token)
    else:
        url = "www.%s/promo/%s" % (host, token)
    return ((url, "URL"),)


def _address(c):
    return ((fmt_address(c.rng, c.p.get("address")), "STREET_ADDRESS"),)


def _city(c):
    rng = c.rng
    r = rng.random()
    if r < 0.6:
        return ((rng.choice(US_PLACES)[0], "LOCATION"),)
    if r < 0.8:
        return ((rng.choice(UK_PLACES)[0], "LOCATION"),)
    return ((rng.choice(DE_PLACES + FR_PLACES)[0], "LOCATION"),)


def _state(c):
    return ((c.rng.choice(US_STATES), "LOCATION"),)


def _country(c):
    country = c.rng.choice(COUNTRIES)
    if country.startswith("the "):
        return (("the ", None), (country[4:], "LOCATION"))
    return ((country, "LOCATION"),)


def _order(c):
    return (("ORD-%05d" % c.rng.randrange(10000, 100000), None),)


def _amount(c):
    rng = c.rng
    cur = rng.choice(("$", "$", "$", "£", "€"))
    return (("%s%d.%02d" % (cur, rng.randrange(3, 480), rng.randrange(100)),
             None),)


def _time(c):
    rng = c.rng
    if rng.random() < 0.5:
        return (("%d:%02d" % (rng.randrange(8, 19), rng.choice((0, 15, 30,
                                                                45))), None),)
    return (("%d:%02d %s" % (rng.randrange(1, 13), rng.choice((0, 15, 30, 45)),
                             rng.choice(("am", "pm", "AM", "PM"))), None),)


def _weekday(c):
    return ((c.rng.choice(WEEKDAYS), None),)


def _date(c):
    rng = c.rng
    month = rng.choice(MONTHS)
    day = rng.randrange(1, 29)
    if rng.random() < 0.5:
        return (("%s %d" % (month, day), None),)
    return (("%d %s" % (day, month), None),)


def _product(c):
    return ((c.rng.choice(PRODUCTS), None),)


def _days(c):
    return ((c.rng.choice(("2", "3", "3-5", "5", "5-7", "7", "10")), None),)


def _ticket(c):
    return (("CASE-%06d" % c.rng.randrange(100000, 1000000), None),)


def _last4(c):
    return (("%04d" % c.rng.randrange(10000), None),)


def _code(c):
    return (("%06d" % c.rng.randrange(1000000), None),)


def _emoji(c):
    return ((c.rng.choice(EMOJI), None),)


SLOTS = {
    "NAME": _person_full, "FIRST": _person_first, "TITLED": _person_titled,
    "OTHER": _other_full, "OTHERFIRST": _other_first,
    "AGENT": _agent_name, "AGENTFIRST": _agent_first,
    "EMAIL": _email, "SUPPORTEMAIL": _support_email,
    "PHONE": _phone, "SUPPORTPHONE": _support_phone,
    "CARD": _card, "IBAN": _iban, "SSN": _ssn, "NHS": _nhs,
    "PASSPORT": _passport, "DOB": _dob, "IP": _ip, "MAC": _mac, "BTC": _btc,
    "HELPURL": _help_url, "URL": _user_url, "ADDRESS": _address,
    "CITY": _city, "STATE": _state, "COUNTRY": _country,
    "ORDER": _order, "AMOUNT": _amount, "TIME": _time, "WEEKDAY": _weekday,
    "DATE": _date, "PRODUCT": _product, "DAYS": _days, "TICKET": _ticket,
    "LAST4": _last4, "CODE": _code, "EMOJI": _emoji,
}
_SLOT_RE = re.compile(r"\{([A-Z0-9]+)\}")


def compile_template(text):
    """Split template text into (literal, slot function or None) pairs."""
    out = []
    pos = 0
    for m in _SLOT_RE.finditer(text):
        out.append((text[pos:m.start()], SLOTS[m.group(1)]))
        pos = m.end()
    if pos < len(text) or not out:
        out.append((text[pos:], None))
    return tuple(out)


def compile_step(role, alternatives):
    return role, tuple(compile_template(t) for t in alternatives)


def render(ctx, template, lower):
    """Render a compiled template: (text, [(type, value, start, end)])."""
    parts = []
    spans = []
    pos = 0
    for lit, slot in template:
        if lit:
            if lower:
                lit = lit.lower()
            parts.append(lit)
            pos += len(lit)
        if slot is not None:
            for text, typ in slot(ctx):
                if typ is not None:
                    if lower and typ in ("PERSON", "LOCATION",
                                         "STREET_ADDRESS"):
                        low = text.lower()
                        if len(low) == len(text):
                            text = low
                    spans.append((typ, text, pos, pos + len(text)))
                parts.append(text)
                pos += len(text)
    return "".join(parts), spans


# Dialogue material.  Each exchange is a list of steps (role, alternatives)
# with role U (customer) or S (service: the bot, or the agent after the
# hand-over).  Alternatives are drawn uniformly, so repeating plain ones
# lowers the share of PII.

GREETINGS = (
    "Hi! I'm the Acme virtual assistant. How can I help you today?",
    "Welcome to Acme Support. What can I do for you?",
    "Hello and thank you for contacting Acme Support. How can I help?",
    "Hi there 👋 You're chatting with the Acme assistant. What brings you "
    "here today?",
    "Good day! Thank you for contacting Acme Support. Please tell me how I "
    "can help.",
)

TOPICS = {
    "billing": {
        "open": (
            "Hi, I was charged twice for order {ORDER}.",
            "hello, my bill this month is {AMOUNT} but it's normally less",
            "I need a copy of my invoice for {DATE}.",
            "Why was I charged {AMOUNT} on {WEEKDAY}?",
            "Hi, this is {NAME}. I have a question about a charge of {AMOUNT}.",
            "my name is {NAME} and i think i was overcharged",
        ),
        "steps": (
            (("S", ("I'm sorry about that. Can you tell me the order number?",
                    "Let me look into that charge for you.",
                    "I can help with billing questions. Which order is it?")),
             ("U", ("It's {ORDER}.", "Order {ORDER}, placed on {WEEKDAY}.",
                    "{ORDER} I think", "The order number is {ORDER} {EMOJI}"))),
            (("S", ("I can see two charges of {AMOUNT} on {DATE}. I've "
                    "refunded the duplicate; it takes {DAYS} business days.",
                    "The extra {AMOUNT} is a one-off activation fee for "
                    "{PRODUCT}.",
                    "Your invoice is available at {HELPURL}.")),
             ("U", ("OK, thanks.", "That makes sense.",
                    "Can you send it to {EMAIL} as well?",
                    "Please refund it to my card {CARD}.",
                    "Great, thank you!"))),
            (("U", ("Can I pay the rest by direct debit? My IBAN is {IBAN}.",
                    "I'd like to pay with the card ending in {LAST4}.",
                    "Can I split the {AMOUNT} into two payments?")),
             ("S", ("Sure, I've set that up for you.",
                    "Of course. The first payment will be taken on {DATE}.",
                    "Yes, that works."))),
        ),
    },
    "delivery": {
        "open": (
            "Where is my order {ORDER}? It was due on {WEEKDAY}.",
            "hi my parcel hasn't arrived yet",
            "I received the wrong item, I ordered the {PRODUCT}.",
            "My {PRODUCT} arrived damaged {EMOJI}",
            "Hello, I'm {NAME}, my delivery is late.",
        ),
        "steps": (
            (("S", ("Let me track that for you. What's the order number?",
                    "Sorry to hear that! Could you give me the order number?")),
             ("U", ("{ORDER}", "It's {ORDER}.", "order {ORDER}",
                    "Here it is:\n{ORDER}"))),
            (("S", ("Your parcel is at the local depot and will be delivered "
                    "on {WEEKDAY} between {TIME} and {TIME}.",
                    "It looks like the courier tried to deliver it at {TIME}.",
                    "I can see it was shipped on {DATE}.")),
             ("U", ("Can you deliver it to {ADDRESS} instead?",
                    "I'm at work in {CITY} that day, can it go to a neighbour?",
                    "OK, I'll be home.", "That's too late, I need it by "
                    "{WEEKDAY}.", "Fine, thanks."))),
            (("U", ("Can it be left with my neighbour {OTHER}?",
                    "Please call me on {PHONE} before delivering.",
                    "Is there a pickup point near me?")),
             ("S", ("I've added that note to the delivery.",
                    "Done. The courier will see it.",
                    "There's a pickup point open until {TIME}."))),
        ),
    },
    "password": {
        "open": (
            "I forgot my password and can't log in.",
            "I clicked \"Forgot password\" but nothing happened.",
            "hi i'm locked out of my account",
            "The reset link says it expired.",
            "Hi, I'm {NAME} and I can't sign in.",
        ),
        "steps": (
            (("S", ("I can help with that. What email address is on the "
                    "account?", "Which email do you use to sign in?")),
             ("U", ("{EMAIL}", "It's {EMAIL}", "my email is {EMAIL}",
                    "I think it's:\n{EMAIL}", "Probably {EMAIL} or my old one"))),
            (("S", ("I've sent a reset link to {EMAIL}. It's valid for 30 "
                    "minutes.", "I've sent a one-time code to your phone.",
                    "Please follow the steps at {HELPURL}.")),
             ("U", ("Got it, the code is {CODE}.", "Nothing arrived yet.",
                    "It worked, thanks!", "I don't have access to that email "
                    "anymore.", "Hmm, this link looks odd: {URL}"))),
            (("S", ("For security, please never share your password with us.",
                    "Was the last successful sign-in from {CITY}?",
                    "I can see a sign-in from IP address {IP} on {WEEKDAY}. "
                    "Was that you?")),
             ("U", ("No, that wasn't me!", "Yes that was me.",
                    "I was travelling in {COUNTRY} last week.", "Not sure."))),
        ),
    },
    "card": {
        "open": (
            "I lost my Acme Pay card.",
            "My card was stolen this morning {EMOJI}",
            "I need to block my card ending in {LAST4}.",
            "hi i think i left my card at a shop in {CITY}",
        ),
        "steps": (
            (("S", ("I'm sorry to hear that. I'll block it right away. Can you "
                    "confirm the card number?", "Let's freeze the card first. "
                    "Which card is it?")),
             ("U", ("It's {CARD}.", "The number is {CARD}",
                    "The one ending in {LAST4}.", "{CARD}"))),
            (("S", ("The card is blocked. A replacement will arrive in {DAYS} "
                    "days.", "Done. Were there any payments you don't "
                    "recognise?")),
             ("U", ("Yes, a payment of {AMOUNT} on {WEEKDAY}.",
                    "No, I don't think so.",
                    "Can the new card go to {ADDRESS}?",
                    "Please send it to my address on file."))),
        ),
    },
    "address": {
        "open": (
            "I've moved and need to update my address.",
            "Can I change my billing address?",
            "hi i moved to {CITY} last month",
            "We're relocating to {COUNTRY}, what happens to my plan?",
        ),
        "steps": (
            (("S", ("Sure. What's the new address?",
                    "No problem. Please give me the full new address.")),
             ("U", ("{ADDRESS}", "It's {ADDRESS}.",
                    "New address:\n{ADDRESS}", "We're now at {ADDRESS}"))),
            (("S", ("Thanks, I've updated it. Should I update the phone "
                    "number too?", "Done. Is your phone number still the "
                    "same?")),
             ("U", ("Yes, it's now {PHONE}.", "No, it's the same.",
                    "The new one is {PHONE}", "Same as before, thanks."))),
        ),
    },
    "appointment": {
        "open": (
            "I'd like to book an appointment for next {WEEKDAY}.",
            "Can I move my appointment on {DATE}?",
            "I need to cancel my appointment at {TIME}.",
            "Hi, I'm calling for my mum, {OTHER}.",
        ),
        "steps": (
            (("S", ("Of course. Can I have your NHS number, please?",
                    "To find your record I need your NHS number.")),
             ("U", ("It's {NHS}.", "My NHS number is {NHS}",
                    "NHS no. {NHS}", "I don't have it with me."))),
            (("S", ("There's a slot on {WEEKDAY} at {TIME} with {TITLED}.",
                    "I can offer {DATE} at {TIME}.")),
             ("U", ("Perfect, I'll take it.", "Is there anything earlier?",
                    "That works. Can you text me on {PHONE}?",
                    "Could it be at the {CITY} clinic instead?"))),
        ),
    },
    "travel": {
        "open": (
            "I need to add my passport details to a booking.",
            "My flight on {DATE} was cancelled, can you rebook me?",
            "Hi, I'm travelling to {COUNTRY} on {WEEKDAY}.",
        ),
        "steps": (
            (("S", ("Please give me your passport number.",
                    "For the booking I need your passport number and date "
                    "of birth.")),
             ("U", ("My passport number is {PASSPORT}.",
                    "passport number: {PASSPORT}",
                    "Passport no. {PASSPORT}, date of birth {DOB}.",
                    "It's {PASSPORT}, valid until 2031."))),
            (("S", ("Thanks. Your booking reference is {TICKET}.",
                    "I've rebooked you on the {TIME} flight on {WEEKDAY}.")),
             ("U", ("Thank you!", "Can you email it to {EMAIL}?",
                    "Great. Is the hotel in {CITY} still booked?"))),
        ),
    },
    "internet": {
        "open": (
            "My internet keeps dropping since {WEEKDAY}.",
            "The {PRODUCT} won't connect.",
            "wifi is really slow today {EMOJI}",
        ),
        "steps": (
            (("S", ("Let's run some checks. Can you read me the MAC address on "
                    "the back of the router?", "What's the MAC address of "
                    "the device that can't connect?")),
             ("U", ("It's {MAC}.", "MAC: {MAC}", "{MAC}",
                    "I can't find it, sorry."))),
            (("S", ("And what IP address does it show?",
                    "I can see your line is up. What IP address do you get?")),
             ("U", ("{IP}", "It says {IP}", "IP is {IP}, gateway {IP}",
                    "No idea, how do I check?"))),
            (("S", ("Please restart the router and wait 5 minutes. Steps are "
                    "at {HELPURL}.", "I've reset the line from our side.")),
             ("U", ("Restarted, it's working now.", "Still nothing.",
                    "OK, trying now."))),
        ),
    },
    "crypto": {
        "open": (
            "I sent bitcoin to the wrong address.",
            "My withdrawal hasn't arrived after 2 days.",
            "How do I add a new withdrawal wallet?",
        ),
        "steps": (
            (("S", ("Which wallet address did you send it to?",
                    "Please give me the destination address.")),
             ("U", ("{BTC}", "It was {BTC}", "to this one:\n{BTC}",
                    "The address is {BTC}, amount {AMOUNT}."))),
            (("S", ("I can see the withdrawal is pending review. It should "
                    "complete by {WEEKDAY}.", "Blockchain transfers can't "
                    "be reversed, I'm afraid.")),
             ("U", ("OK, please let me know.", "That's really frustrating.",
                    "Can you send the refund to {BTC} instead?"))),
        ),
    },
    "credit": {
        "open": (
            "I'm applying for the Acme credit line.",
            "Why was my credit application declined?",
            "I want to check my application status, reference {TICKET}.",
        ),
        "steps": (
            (("S", ("For the credit check we need your Social Security number.",
                    "Please confirm your SSN so I can find the application.")),
             ("U", ("It's {SSN}.", "My SSN is {SSN}",
                    "social security number {SSN}",
                    "Do I have to? I'd rather not."))),
            (("S", ("Thanks. Your application is under review and you'll hear "
                    "back within {DAYS} days.", "The application was declined "
                    "because we couldn't verify your address.")),
             ("U", ("I live at {ADDRESS}.", "OK, thanks.",
                    "I've lived in {STATE} for 10 years."))),
        ),
    },
    "debit": {
        "open": (
            "I'd like to pay by direct debit.",
            "My direct debit failed this month.",
            "I changed banks, how do I update my payment details?",
        ),
        "steps": (
            (("S", ("Sure. Please give me the IBAN of the account.",
                    "What's the IBAN of the new account?")),
             ("U", ("{IBAN}", "IBAN: {IBAN}", "It's {IBAN}.",
                    "Here:\n{IBAN}"))),
            (("S", ("And the account holder's name?",
                    "Is the account in your name?")),
             ("U", ("{NAME}", "Yes, {NAME}.", "It's my husband's, {OTHER}.",
                    "It's a joint account with {OTHERFIRST}."))),
        ),
    },
}

GENERIC_STEPS = (
    (("S", ("Can I take your name, please?", "Who am I speaking with?",
            "May I have your full name?")),
     ("U", ("{NAME}", "It's {NAME}.", "My name is {NAME}",
            "my name is {NAME}", "This is {TITLED}.",
            "{FIRST} {EMOJI}"))),
    (("S", ("For security, can you confirm your date of birth?",
            "Please confirm your date of birth.")),
     ("U", ("It's {DOB}.", "My date of birth is {DOB}", "DOB: {DOB}",
            "I was born on {DOB}.", "born {DOB}",
            "Why do you need that?"))),
    (("S", ("What's the best phone number to reach you?",
            "Can I have a contact number?")),
     ("U", ("{PHONE}", "You can call me on {PHONE}.",
            "My number is {PHONE}", "Mobile: {PHONE}",
            "I'd prefer email."))),
    (("S", ("Thanks for waiting.", "One moment while I check that for you.",
            "Let me look into this.", "I'm just checking with my team.")),
     ("U", ("Sure.", "No problem.", "ok", "Take your time.",
            "Thanks {EMOJI}"))),
    (("U", ("Can you also update my email to {EMAIL}?",
            "Is my account still registered to {EMAIL}?",
            "Also, my wife {OTHERFIRST}'s card was charged too.",
            "By the way, the last payment was {AMOUNT} on {WEEKDAY}.",
            "Is your office open on {WEEKDAY}?", "How long will this take?",
            "Do you have a reference number for this?")),
     ("S", ("Done.", "I've noted that on your account.",
            "Yes, until {TIME}.", "Your reference is {TICKET}.",
            "Usually {DAYS} business days."))),
    (("S", ("Could you describe the problem in a bit more detail?",
            "Thanks. Have you tried this before?",
            "I see. When did this start?")),
     ("U", ("It started on {WEEKDAY} around {TIME}.",
            "Yes, twice, it didn't help.", "Since last {WEEKDAY} I think.",
            "It's been like this for a week.", "Not really, no."))),
    (("S", ("Is this about the {PRODUCT}?", "Just to confirm, this is for "
            "order {ORDER}?")),
     ("U", ("Yes.", "Yes, exactly.", "No, the other one.", "correct",
            "Yes, bought on {DATE} for {AMOUNT}."))),
    (("U", ("This is the third time I've contacted you about this!",
            "I've been waiting for {DAYS} days.",
            "ok thanks", "Great.", "That's fine.",
            "Could you write to me at {SUPPORTEMAIL} instead? Oh wait, "
            "that's yours.")),
     ("S", ("I completely understand, and I'm sorry for the trouble.",
            "I appreciate your patience.",
            "You can also reach us at {SUPPORTEMAIL} or {SUPPORTPHONE}."))),
)

SMALL_TALK = (
    (("U", ("Hello?", "Are you still there?", "hi?", "Any update?")),
     ("S", ("Yes, I'm here. Thanks for waiting.",
            "Still here, just a moment longer.", "Sorry for the delay!"))),
    (("S", ("Did that help?", "Does that answer your question?",
            "Is that OK for you?")),
     ("U", ("Yes, thanks.", "Kind of.", "Not really.", "yes", "Perfect!",
            "I think so {EMOJI}"))),
    (("U", ("What are your opening hours?", "Do you have an app for this?",
            "Is there a fee for that?")),
     ("S", ("We're open from 8:00 to 20:00, Monday to Saturday.",
            "Yes, the Acme app can do this under Settings > Account.",
            "No, there's no fee."))),
)

HANDOVER = (
    ("S", ("Let me connect you with a colleague who can help.",
           "I'm transferring you to a live agent now.",
           "One moment, I'll hand you over to our support team.")),
    ("A", ("Hi, this is {AGENT} from Acme Support. I'm reading the "
           "conversation now.",
           "Hello, my name is {AGENT} and I'll be helping you today.",
           "Hi {FIRST}, {AGENTFIRST} here. Let me take a look.",
           "Good afternoon {TITLED}, I'm {AGENT}.",
           "Hi there, I'm {AGENTFIRST} from the Acme team.")),
)

CLOSING = (
    ("S", ("Is there anything else I can help you with?",
           "Thank you for contacting Acme Support. Have a great day!",
           "Thanks for your patience, {FIRST}. Anything else?",
           "Glad I could help. You can rate this chat at {HELPURL}.")),
    ("U", ("No, that's all. Thanks!", "That's everything, bye.",
           "no thanks", "All good, thank you {AGENTFIRST}!",
           "Nope, have a nice day {EMOJI}")),
)


def _compile_exchange(steps):
    return tuple(compile_step(role, alts) for role, alts in steps)


C_GREETINGS = tuple(compile_template(t) for t in GREETINGS)
C_TOPICS = tuple(
    (name, tuple(compile_template(t) for t in spec["open"]),
     tuple(_compile_exchange(ex) for ex in spec["steps"]))
    for name, spec in TOPICS.items())
C_GENERIC = tuple(_compile_exchange(ex) for ex in GENERIC_STEPS)
C_SMALL_TALK = tuple(_compile_exchange(ex) for ex in SMALL_TALK)
C_HANDOVER = _compile_exchange(HANDOVER)
C_CLOSING = _compile_exchange(CLOSING)
CHANNELS = ("webchat", "webchat", "webchat", "whatsapp", "messenger", "sms",
            "app")

# ---------------------------------------------------------------------------
# Structured "data" payloads


def _data_form(c):
    return {"form": {"email": c.p.get("email"),
                     "phone": fmt_phone(c.rng, c.p.get("phone"))}}


def _data_user(c):
    first, last = c.p.get("name")
    return {"user": {"firstName": first, "lastName": last}}


def _data_address(c):
    street, city, _region, postcode = c.p.get("address")
    return {"address": {"street": street, "city": city, "zip": postcode}}


def _data_payment(c):
    return {"payment": {"method": "card",
                        "cardNumber": fmt_card(c.rng, c.p.get("card"))}}


def _data_device(c):
    return {"device": {"os": c.rng.choice(("Android 14", "iOS 17.3",
                                           "Windows 11")),
                       "ip": c.p.get("ipv4"),
                       "mac": fmt_mac(c.rng, c.p.get("mac"))}}


def _data_contacts(c):
    first, last = c.p.get("other")
    return {"contacts": [{"name": first + " " + last,
                          "relation": "spouse"},
                         {"name": c.p.get("name")[0],
                          "email": c.p.get("email")}]}


def _data_patient(c):
    y, m, d = c.p.get("dob")
    return {"patient": {"nhsNumber": fmt_nhs(c.rng, c.p.get("nhs")),
                        "dob": "%d-%02d-%02d" % (y, m, d)}}


DATA_MAKERS = (_data_form, _data_user, _data_address, _data_payment,
               _data_device, _data_contacts, _data_patient)
# The entity type of each PII-bearing key in a data payload.
DATA_KEY_TYPES = {
    "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
    "firstName": "PERSON", "lastName": "PERSON", "name": "PERSON",
    "street": "STREET_ADDRESS", "city": "LOCATION",
    "zip": "STREET_ADDRESS",
    "cardNumber": "CREDIT_CARD", "ip": "IP_ADDRESS", "mac": "MAC_ADDRESS",
    "nhsNumber": "UK_NHS", "dob": "DATE_OF_BIRTH",
}


def data_spans(value, path, out):
    """Append (type, value, path) for every PII string inside value."""
    if isinstance(value, dict):
        for key, v in value.items():
            if isinstance(v, str):
                typ = DATA_KEY_TYPES.get(key)
                if typ is not None:
                    out.append((typ, v, "%s.%s" % (path, key)))
            else:
                data_spans(v, "%s.%s" % (path, key), out)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            data_spans(v, "%s[%d]" % (path, i), out)


# ---------------------------------------------------------------------------
# Sessions

BASE_MS = 1772441640000          # 2026-03-02T08:54:00Z
_ENC_UTF8 = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_ENC_ASCII = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode
_DAYS = {}


def iso_ms(ms):
    """ISO 8601 UTC timestamp with milliseconds for epoch milliseconds."""
    day, rest = divmod(ms, 86400000)
    prefix = _DAYS.get(day)
    if prefix is None:
        d = datetime.date(1970, 1, 1) + datetime.timedelta(days=day)
        prefix = _DAYS[day] = d.isoformat() + "T"
    s, milli = divmod(rest, 1000)
    h, s = divmod(s, 3600)
    m, s = divmod(s, 60)
    return "%s%02d:%02d:%02d.%03dZ" % (prefix, h, m, s, milli)


def session_id(index):
    return "sess_%05d" % index


class Session:
    """One generated session: its record lines, truth and list metadata."""

    __slots__ = ("id", "lines", "truth", "channel", "started_at",
                 "ended_at")

    def __init__(self, sid, lines, truth, channel, started_at, ended_at):
        self.id = sid
        self.lines = lines          # JSON text of each message record
        self.truth = truth          # dicts in truth-record key order
        self.channel = channel
        self.started_at = started_at
        self.ended_at = ended_at


class ChatGen:
    """Generator of sessions for one seed and names mode."""

    def __init__(self, seed=1, names="all", unique=False):
        self.seed = seed
        self.names = names_for(names)
        self.tail_words = sorted(_load_words()) if unique else None

    def session(self, index):
        """The session with 1-based index, a function of (seed, index) only."""
        sid = session_id(index)
        rng = random.Random("chatgen/%s/%d" % (self.seed, index))
        ctx = Ctx(rng, Persona(rng, self.names))
        script = self._script(rng)
        clock = BASE_MS + (index - 1) * 173000 + rng.randrange(170000)
        started = clock
        lines = []
        truth = []
        agent = False
        for seq, (role, alternatives) in enumerate(script):
            if role == "A":
                agent = True
            if role == "U":
                source = "user"
                clock += rng.randrange(4000, 60000)
            elif agent:
                source = "agent"
                clock += rng.randrange(8000, 90000)
            else:
                source = "bot"
                clock += rng.randrange(600, 3000)
            lower = source == "user" and rng.random() < 0.15
            text, spans = render(ctx, rng.choice(alternatives), lower)
            if self.tail_words and source == "user":
                text += self._tail(index, seq)
            data = {}
            found = []
            if rng.random() < 0.15:
                data = rng.choice(DATA_MAKERS)(ctx)
                data_spans(data, ".data", found)
            uid = "%032x" % rng.getrandbits(128)
            record = {
                "inputId": "%s-%s-%s-%s-%s" % (uid[:8], uid[8:12], uid[12:16],
                                               uid[16:20], uid[20:]),
                "sessionId": sid,
                "timestamp": iso_ms(clock),
                "source": source,
                "text": text,
                "data": data,
            }
            line = (_ENC_ASCII if rng.random() < 0.1 else _ENC_UTF8)(record)
            if rng.random() < 0.1:
                line = self._escape_more(line, rng)
            lines.append(line)
            for typ, value, start, end in spans:
                truth.append({"session_id": sid, "seq": seq, "type": typ,
                              "value": value, "path": ".text",
                              "start": start, "end": end})
            for typ, value, path in found:
                truth.append({"session_id": sid, "seq": seq, "type": typ,
                              "value": value, "path": path,
                              "start": 0, "end": len(value)})
        return Session(sid, lines, truth, rng.choice(CHANNELS),
                       iso_ms(started), iso_ms(clock))

    def _tail(self, index, seq):
        """Words that make a user message unlike any other (--unique)."""
        rng = random.Random("chatgen/unique/%s/%d/%d" % (self.seed, index,
                                                          seq))
        words = rng.sample(self.tail_words, rng.randrange(4, 12))
        return " Also %s, ref %d." % (" ".join(words), rng.randrange(10**6))

    @staticmethod
    def _escape_more(line, rng):
        """Spell one character of the line with a JSON escape.

        Only '@' and '/' are rewritten: both occur in this record only inside
        string values and never inside an escape, so the decoded values (and
        the truth offsets) stay the same.
        """
        if "@" in line and rng.random() < 0.6:
            return line.replace("@", "\\u0040", 1)
        return line.replace("/", "\\/")

    @staticmethod
    def _script(rng):
        """The session's steps: a list of (role, compiled alternatives)."""
        length = min(40, max(2, int(rng.triangular(2, 40, 12))))
        _name, openings, exchanges = rng.choice(C_TOPICS)
        steps = [("S", C_GREETINGS), ("U", openings)]
        handed_over = False
        used = set()
        while len(steps) < length - 2:
            if not handed_over and len(steps) >= 4 and rng.random() < 0.3:
                steps.extend(C_HANDOVER)
                handed_over = True
                continue
            r = rng.random()
            pool = exchanges if r < 0.4 else \
                C_GENERIC if r < 0.8 else C_SMALL_TALK
            exchange = rng.choice(pool)
            if exchange in used:        # one retry keeps repeats rare
                exchange = rng.choice(pool)
            used.add(exchange)
            steps.extend(exchange)
        del steps[max(2, length - 2):]
        steps.extend(C_CLOSING[:length - len(steps)])
        return steps


# ---------------------------------------------------------------------------
# Command line


def parse_size(text):
    """Bytes from '200M', '64K', '1G' (powers of 1024) or a plain number."""
    m = re.fullmatch(r"\s*(\d+)\s*([KMG]?)i?B?\s*", text, re.IGNORECASE)
    if not m:
        raise argparse.ArgumentTypeError("invalid size: %r" % text)
    return int(m.group(1)) * 1024 ** " KMG".index(m.group(2).upper() or " ")


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="chatgen.py",
        description="Write deterministic customer-service chat messages "
        "with planted PII as JSONL on stdout, one message a line, with "
        "\"session_id\" and \"seq\" first (the shape cog-fetch emits).",
        epilog="Sessions are sess_K, sess_K+1, ...; each depends only on the "
        "seed and its index. Without --sessions or --bytes, 50 sessions.")
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--sessions", type=int, metavar="N",
                      help="write N sessions")
    size.add_argument("--bytes", type=parse_size, metavar="SIZE",
                      help="write whole sessions until at least SIZE bytes "
                      "(suffix K, M or G: powers of 1024)")
    ap.add_argument("--seed", default="1", metavar="S",
                    help="random seed (any string; default 1)")
    ap.add_argument("--names", choices=("all", "tune", "eval"),
                    default="all",
                    help="name half to draw from (default: all names)")
    ap.add_argument("--truth", metavar="FILE",
                    help="write the planted entities as JSONL to FILE")
    ap.add_argument("--first-session", type=int, default=1, metavar="K",
                    help="index of the first session (default 1)")
    ap.add_argument("--unique", action="store_true",
                    help="end every user message with ordinary words drawn "
                    "at random, so that no message recurs (as in real chats)")
    args = ap.parse_args(argv)
    if args.first_session < 1:
        ap.error("--first-session must be at least 1")
    if args.sessions is not None and args.sessions < 0:
        ap.error("--sessions must not be negative")

    # Like any filter, die quietly when the reader goes away (`| head`).
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    gen = ChatGen(args.seed, args.names, args.unique)
    stop = args.first_session + (50 if args.sessions is None else args.sessions)
    truth = open(args.truth, "w", encoding="utf-8") if args.truth else None
    out = sys.stdout.buffer
    written = 0
    index = args.first_session

    def more():
        return index < stop if args.bytes is None else written < args.bytes

    while more():
        chunk = []                      # written 256 sessions at a time
        truth_chunk = []
        while more() and len(chunk) < 256:
            s = gen.session(index)
            head = '{"session_id":"%s","seq":' % s.id
            data = "".join(["%s%d,%s\n" % (head, seq, line[1:])
                            for seq, line in enumerate(s.lines)]).encode()
            written += len(data)
            chunk.append(data)
            truth_chunk.extend(_ENC_UTF8(t) + "\n" for t in s.truth)
            index += 1
        out.write(b"".join(chunk))
        if truth is not None:
            truth.write("".join(truth_chunk))
    out.flush()
    if truth is not None:
        truth.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
