#!/usr/bin/env python3
"""gen-numbers.py -- labelled phone and card numbers for developing cog-mask.

usage: gen-numbers.py [--seed S] [--count N] [--wide tune|eval] [--out FILE]

Writes JSON lines in the format of gen-eval.py ({"text", "entities":
[{"type", "start", "end"}], "kind", "lang"}, code-point offsets), for
score.py: phone numbers in the national and international formats of
the countries cog-mask(1) lists, with and without trunk prefix and
country code, with extensions, after cue words of eight languages or
alone; card numbers of every brand, grouped as printed; and texts with
order numbers, dates, amounts, times and other numbers that are neither
("kind": "negative").

With --wide, a broader set: the formats of each country's numbering
plan as written (trunk prefix, country code, 00 and 011, parentheses,
dots, slashes), cue words of eight languages and the Nordic ones, two
numbers on a line; every card brand's prefixes and lengths in each
printed layout, in JSON and in lists; negatives (order and ticket
numbers, dates, amounts, IBANs, postcodes, ISBNs, tracking numbers,
numbers failing Luhn, "ending in 4242").  Its lists are split by
position into a "tune" and an "eval" half, chosen by the argument.

This is the development set of the number recognizers: they were tuned
on it.  Its frames and number formats are written from the countries'
numbering plans and the brands' IIN tables, apart from gen-eval.py,
which stays the held-out measure and was not used for tuning.  Python 3
standard library only.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(
    __file__))))
import luhn  # noqa: E402  (tests/luhn.py: the check digit of card numbers)
sys.path.pop(0)


def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789")
                                       for _ in range(n - 1))


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# Each country: calling code, and makers of (national, nsn) pairs: the
# number as written at home (with its trunk prefix) and the national
# significant number, with the groupings used there.
def us(rng):
    a = digits(rng, 3, "23456789")
    e = digits(rng, 3, "23456789")
    x = digits(rng, 4)
    nsn = a + e + x
    nat = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s",
                      "1-%s-%s-%s", "(%s) %s %s"]) % (a, e, x)
    return nat, group(nsn, [3, 3, 4], rng.choice([" ", "-"]))


def gb(rng):
    kind = rng.randrange(4)
    if kind == 0:
        nsn = "20" + digits(rng, 8, "3789")
        return "0" + group(nsn, [2, 4, 4], " "), group(nsn, [2, 4, 4], " ")
    if kind == 1:
        nsn = "1" + digits(rng, 3, "2345689") + digits(rng, 6)
        return "0" + group(nsn, [3, 3, 4], " "), group(nsn, [3, 3, 4], " ")
    if kind == 2:
        nsn = "7" + digits(rng, 9, "12345789")
        return "0" + group(nsn, [4, 6], " "), group(nsn, [4, 6], " ")
    nsn = "1" + digits(rng, 4, "2345689") + digits(rng, 5)
    return "0" + group(nsn, [4, 6], " "), group(nsn, [4, 6], " ")


def de(rng):
    kind = rng.randrange(4)
    if kind == 0:
        area = rng.choice(["30", "40", "89", "69", "221", "211", "711",
                           "341", "351", "511"])
        sub = digits(rng, 10 - len(area) - rng.randrange(2), "123456789")
        nat = rng.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (
            area, sub if rng.random() < 0.5 else group(sub, [3, 2, 2], " "))
        return nat, area + " " + sub
    if kind == 1:
        pre = rng.choice(["151", "160", "170", "171", "176", "157", "162",
                          "172", "173", "152"])
        sub = digits(rng, 8 if pre != "160" else 7, "123456789")
        nat = rng.choice(["0%s %s", "0%s-%s", "0%s/%s", "0%s %s"]) % (
            pre, sub if rng.random() < 0.5 else group(sub, [3, 5], " "))
        return nat, pre + " " + sub
    if kind == 2:
        area = rng.choice(["30", "89", "40"])
        sub = digits(rng, 6, "123456789")
        ext = digits(rng, 2)
        return "0%s %s-%s" % (area, sub, ext), "%s %s-%s" % (area, sub, ext)
    area = rng.choice(["6221", "7071", "4621", "3641"])
    sub = digits(rng, 6, "123456789")
    return "0%s %s" % (area, sub), "%s %s" % (area, sub)


def at(rng):
    if rng.random() < 0.5:
        pre = rng.choice(["664", "676", "650", "699", "660"])
        sub = digits(rng, 7, "123456789")
        return "0%s %s" % (pre, sub), "%s %s" % (pre, sub)
    area = rng.choice(["1", "316", "512", "662", "732"])
    sub = digits(rng, 9 - len(area) + rng.randrange(2), "123456789")
    return "0%s %s" % (area, sub), "%s %s" % (area, sub)


def ch(rng):
    pre = rng.choice(["44", "43", "31", "61", "22", "21", "79", "78", "76",
                      "77"])
    sub = digits(rng, 7, "123456789")
    g = group(sub, [3, 2, 2], " ")
    return "0%s %s" % (pre, g), "%s %s" % (pre, g)


def fr(rng):
    nsn = digits(rng, 1, "1234567") + digits(rng, 8)
    sep = rng.choice([" ", ".", " ", "-"])
    nat = "0" + nsn[0] + sep + group(nsn[1:], [2, 2, 2, 2], sep)
    return nat, nsn[0] + " " + group(nsn[1:], [2, 2, 2, 2], " ")


def es(rng):
    nsn = digits(rng, 1, "6789") + digits(rng, 8)
    if nsn[0] in "89":
        nsn = "9" + nsn[1:]
    g = rng.choice([[3, 2, 2, 2], [3, 3, 3], [2, 3, 2, 2]])
    s = group(nsn, g, " ")
    return s, s


def pt(rng):
    if rng.random() < 0.6:
        nsn = "9" + digits(rng, 1, "1236") + digits(rng, 7)
        s = group(nsn, [3, 3, 3], " ")
    else:
        nsn = "2" + digits(rng, 1, "125") + digits(rng, 7)
        s = group(nsn, [2, 3, 4], " ")
    return s, s


def it(rng):
    if rng.random() < 0.5:
        nsn = "3" + digits(rng, 2, "234789") + digits(rng, 7)
        s = rng.choice([group(nsn, [3, 3, 4], " "), group(nsn, [3, 7], " "),
                        group(nsn, [3, 7], "-"), group(nsn, [3, 7], "/")])
        return s, s
    area = rng.choice(["06", "02", "011", "055", "081"])
    sub = digits(rng, 10 - len(area) - rng.randrange(2), "123456789")
    s = area + " " + group(sub, [4, 4], " ")
    return s, s


def nl(rng):
    if rng.random() < 0.5:
        sub = digits(rng, 8, "123456789")
        nat = rng.choice(["06-%s" % sub, "06 %s" % group(sub, [2, 2, 2, 2],
                                                          " "),
                          "06 %s" % sub])
        return nat, "6 " + sub
    area = rng.choice(["20", "10", "70", "30", "40"])
    sub = digits(rng, 7, "123456789")
    return "0%s-%s" % (area, group(sub, [3, 4], " ")), "%s %s" % (area, sub)


def mobile_or_capital(rng, prefixes, sizes, sep, capital):
    """Half the time a mobile number, one of prefixes and digits in
    groups of sizes, else one of the capital: its area code and 7 digits
    in groups of 3, 2 and 2; sep after the area code or prefix at home."""
    if rng.random() < 0.5:
        sub = digits(rng, sum(sizes))
        pre = rng.choice(prefixes)
        g = group(sub, sizes, " ")
    else:
        sub = digits(rng, 7, "123456789")
        pre = capital
        g = group(sub, [3, 2, 2], " ")
    return "0%s%s%s" % (pre, sep, g), "%s %s" % (pre, g)


def be(rng):
    return mobile_or_capital(rng, ["470", "475", "485", "496"], [2, 2, 2],
                             " ", "2")


def pl(rng):
    if rng.random() < 0.6:
        nsn = digits(rng, 1, "5678") + digits(rng, 8)
        s = group(nsn, [3, 3, 3], rng.choice([" ", "-"]))
        return s, s
    area = rng.choice(["22", "12", "61", "71", "58"])
    sub = digits(rng, 7, "123456789")
    g = group(sub, [3, 2, 2], " ")
    return rng.choice(["%s %s", "(%s) %s"]) % (area, g), "%s %s" % (area, g)


def se(rng):
    return mobile_or_capital(rng, ["70", "72", "73", "76"], [3, 2, 2], "-",
                             "8")


def no(rng):
    nsn = digits(rng, 1, "49") + digits(rng, 7)
    s = rng.choice([group(nsn, [3, 2, 3], " "), group(nsn, [2, 2, 2, 2],
                                                       " ")])
    return s, s


def dk(rng):
    nsn = digits(rng, 1, "23456789") + digits(rng, 7)
    s = group(nsn, [2, 2, 2, 2], " ")
    return s, s


def fi(rng):
    if rng.random() < 0.5:
        sub = digits(rng, 7)
        pre = rng.choice(["40", "44", "45", "50"])
        return "0%s %s" % (pre, group(sub, [3, 4], " ")), pre + " " + sub
    sub = digits(rng, 7, "123456789")
    return "09 %s" % group(sub, [4, 3], " "), "9 " + sub


def br(rng):
    ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85",
                      "92"])
    if rng.random() < 0.6:
        sub = "9" + digits(rng, 8)
        g = sub[:5] + "-" + sub[5:]
    else:
        sub = digits(rng, 1, "2345") + digits(rng, 7)
        g = sub[:4] + "-" + sub[4:]
    nat = rng.choice(["(%s) %s", "%s %s", "(0%s) %s", "0%s %s"]) % (ddd, g)
    return nat, "%s %s" % (ddd, g)


def mx(rng):
    if rng.random() < 0.6:
        area = rng.choice(["55", "33", "81"])
        sub = digits(rng, 8, "123456789")
        g = group(sub, [4, 4], rng.choice([" ", "-"]))
    else:
        area = rng.choice(["222", "442", "664", "998"])
        sub = digits(rng, 7, "123456789")
        g = group(sub, [3, 4], rng.choice([" ", "-"]))
    nat = rng.choice(["%s %s", "(%s) %s"]) % (area, g)
    return nat, "%s %s" % (area, g)


COUNTRIES = {
    "US": ("1", us, "en"), "CA": ("1", us, "en"), "GB": ("44", gb, "en"),
    "DE": ("49", de, "de"), "AT": ("43", at, "de"), "CH": ("41", ch, "de"),
    "FR": ("33", fr, "fr"), "ES": ("34", es, "es"), "PT": ("351", pt, "pt"),
    "IT": ("39", it, "it"), "NL": ("31", nl, "nl"), "BE": ("32", be, "fr"),
    "PL": ("48", pl, "pl"), "SE": ("46", se, "en"), "NO": ("47", no, "en"),
    "DK": ("45", dk, "en"), "FI": ("358", fi, "en"), "BR": ("55", br, "pt"),
    "MX": ("52", mx, "es"),
}

# Cue frames by language: "{}" is the number.
CUES = {
    "en": ["call me at {}", "Mobile: {}", "fax: {}", "desk: {}",
           "you can reach me on {}", "Tel. {}", "my cell is {}",
           "phone {} (office)", "ring me on {} after six",
           "Contact: {}", "please call {} tomorrow", "direct line {}",
           "text me at {}", "call {}", "my number is {}",
           "Phone: {} (work)"],
    "de": ["Tel. {}", "Handy: {}", "Mobil {}", "Telefon: {}",
           "erreichen Sie mich unter {}", "Festnetz {}", "Fax {}",
           "Rufen Sie mich an: {}", "meine Nummer ist {}",
           "Rufnummer {}"],
    "fr": ["portable : {}", "tél. {}", "appelez-moi au {}", "fixe {}",
           "Téléphone : {}", "mon numéro est le {}", "fax : {}"],
    "es": ["móvil: {}", "teléfono {}", "llámame al {}", "Tel: {}",
           "mi número es {}", "fijo {}", "celular {}"],
    "it": ["cellulare {}", "tel. {}", "chiamami al {}", "telefono: {}",
           "il mio numero è {}", "fisso {}"],
    "nl": ["mobiel: {}", "bel me op {}", "telefoon {}", "tel. {}",
           "mijn nummer is {}"],
    "pt": ["telemóvel {}", "celular: {}", "ligue para {}", "telefone {}",
           "o meu número é {}", "Tel.: {}"],
    "pl": ["tel. {}", "komórka: {}", "zadzwoń pod {}", "telefon {}",
           "mój numer to {}"],
}
BARE = ["{}", "It's {}.", "{} - thanks!", "ok {}", "- {}"]
EXT = ["x{}", " x{}", " ext. {}", " ext {}", " extension {}",
       " Durchwahl {}", " poste {}", " int. {}", " ext.{}"]

BRANDS = [  # prefix, length, groups
    ("4", 16, [4, 4, 4, 4]), ("4", 13, [4, 4, 5]), ("51", 16, [4, 4, 4, 4]),
    ("55", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
    ("2720", 16, [4, 4, 4, 4]), ("34", 15, [4, 6, 5]), ("37", 15, [4, 6, 5]),
    ("6011", 16, [4, 4, 4, 4]), ("65", 16, [4, 4, 4, 4]),
    ("644", 16, [4, 4, 4, 4]), ("622126", 16, [4, 4, 4, 4]),
    ("3528", 16, [4, 4, 4, 4]), ("3589", 19, [4, 4, 4, 4, 3]),
    ("6759", 12, [4, 4, 4]), ("5018", 19, [4, 4, 4, 4, 3]),
    ("6304", 16, [4, 4, 4, 4]), ("300", 14, [4, 6, 4]),
    ("36", 14, [4, 6, 4]), ("38", 16, [4, 4, 4, 4]),
    ("62", 16, [4, 4, 4, 4]), ("62", 19, [4, 4, 4, 4, 3]),
    ("2200", 16, [4, 4, 4, 4]), ("2204", 16, [4, 4, 4, 4]),
    ("508", 16, [4, 4, 4, 4]), ("81", 16, [4, 4, 4, 4]),
    ("9792", 16, [4, 4, 4, 4]), ("506099", 16, [4, 4, 4, 4]),
    ("650002", 19, [4, 4, 4, 4, 3]), ("636368", 16, [4, 4, 4, 4]),
    ("509000", 16, [4, 4, 4, 4]), ("606282", 16, [4, 4, 4, 4]),
]
CARD_CUES = {
    "en": ["card {}", "my card number is {}", "Visa {} exp 12/27",
           "credit card: {}", "pay with {}", "{}"],
    "de": ["Kartennummer {}", "Kreditkarte: {}", "meine Karte {}"],
    "fr": ["numéro de carte {}", "carte bancaire {}"],
    "es": ["tarjeta {}", "número de tarjeta: {}"],
    "it": ["carta di credito {}", "numero della carta {}"],
    "nl": ["kaartnummer {}", "creditcard {}"],
    "pt": ["cartão {}", "número do cartão {}"],
    "pl": ["numer karty {}", "karta {}"],
}

NEGATIVES = [
    "order {n9}", "Order number: {n10}", "invoice no. {y}-{n6}",
    "Bestellnummer {n10}", "Rechnung {n8}", "commande n° {n9}",
    "pedido {n9}", "ordine {n10}", "zamówienie nr {n9}",
    "total €{a}", "it costs {t} EUR", "{t} zł", "R$ {a}", "$ {t}",
    "we met on {d}.{m}.{y}", "due {m}/{d}/{y}", "on {y}-{m}-{d}",
    "at {h}:{mi}", "from {h}.{mi} to {h}.{mi} Uhr", "between 9 and 17",
    "tracking {n12}", "ticket #{n6}", "case {n8}", "Kundennummer {n8}",
    "version 10.0.{n5}.{n3}", "ISBN 978-3-16-148410-0", "serial {n10}",
    "PIN {n4}", "reference {y}/{n6}",
    "qty 12, {n3} units", "1.234.567,89 €", "{t} people", "room {n3}",
    "flight LH{n4} at {h}:{mi}", "{n3} {n3} {n3} votes were counted",
    "page {n3} of {n3}", "score {n2}-{n2}", "coordinates 48.{n6}, 2.{n6}",
]


def entity(text, pre, value):
    start = len(pre)
    return {"type": None, "start": start, "end": start + len(value)}


def phone_doc(rng):
    cc = rng.choice(sorted(COUNTRIES))
    code, make, lang = COUNTRIES[cc]
    nat, nsn = make(rng)
    form = rng.randrange(4)
    if form == 0 or form == 1:
        value = nat
    elif form == 2:
        value = "+%s %s" % (code, nsn)
    else:
        value = "00%s %s" % (code, nsn)
    if rng.random() < 0.12:
        value += rng.choice(EXT).format(digits(rng, rng.choice([2, 3, 4])))
    if rng.random() < 0.8:
        frame = rng.choice(CUES[lang] + CUES["en"][:4])
    else:
        frame = rng.choice(BARE)
    pre, post = frame.split("{}")
    return pre + value + post, [("PHONE_NUMBER", len(pre), len(value))], lang


def card_doc(rng):
    pre_, n, groups = rng.choice(BRANDS)
    body = pre_ + digits(rng, n - 1 - len(pre_))
    num = body + luhn.check_digit(body)
    sep = rng.choice([" ", " ", "-", "", ".", " "])
    value = group(num, groups, sep) if sep else num
    if rng.random() < 0.1:
        value = value.translate({ord(c): 0xff10 + int(c)
                                 for c in "0123456789"})
    lang = rng.choice(sorted(CARD_CUES))
    frame = rng.choice(CARD_CUES[lang])
    if n == 12 and frame == "{}":
        frame = "card {}"
    pre, post = frame.split("{}")
    return pre + value + post, [("CREDIT_CARD", len(pre), len(value))], lang


def negative_doc(rng):
    frame = rng.choice(NEGATIVES)
    vals = {
        "n2": digits(rng, 2), "n3": digits(rng, 3, "123456789"),
        "n4": digits(rng, 4), "n5": digits(rng, 5), "n6": digits(rng, 6),
        "n8": digits(rng, 8), "n9": digits(rng, 9, "123456789"),
        "n10": digits(rng, 10, "123456789"), "n12": digits(rng, 12),
        "y": str(rng.randrange(1990, 2030)), "m": "%02d" % rng.randrange(1, 13),
        "d": "%02d" % rng.randrange(1, 29), "h": "%02d" % rng.randrange(24),
        "mi": "%02d" % rng.randrange(60), "p": digits(rng, 5, "1234567"),
        "a": "%d.%03d.%03d,%02d" % (rng.randrange(1, 999), rng.randrange(1000),
                                    rng.randrange(1000), rng.randrange(100)),
        "t": "%d %03d %03d" % (rng.randrange(1, 999), rng.randrange(1000),
                               rng.randrange(1000)),
    }
    out, i = "", 0
    while i < len(frame):
        if frame[i] == "{":
            j = frame.index("}", i)
            out += vals[frame[i + 1:j]]
            vals = dict(vals, **{k: (digits(rng, len(v)) if k.startswith("n")
                                     else v) for k, v in vals.items()})
            i = j + 1
        else:
            out += frame[i]
            i += 1
    return out, [], "en"


# --wide: the broader set.  Number formats are templates: N any digit,
# Z 1-9, M 2-9, other characters as written.  Frames, formats,
# extensions, separators and joiners (not the brands: every brand is
# in both) are split into two halves by their position in each list (even:
# "tune", odd: "eval"), so that a figure on "eval" is one of formats
# and frames the recognizers were not tuned on.
WIDE_PHONES = {
    "US": ["(MNN) MNN-NNNN", "MNN-MNN-NNNN", "MNN.MNN.NNNN", "MNN MNN NNNN",
           "1-MNN-MNN-NNNN", "+1 MNN-MNN-NNNN", "+1 (MNN) MNN-NNNN",
           "+1.MNN.MNN.NNNN", "1 (800) MNN-NNNN", "(888) MNN-NNNN",
           "1-877-MNN-NNNN", "MNNMNNNNNN", "+1MNNMNNNNNN", "(MNN)MNN-NNNN",
           "1.MNN.MNN.NNNN", "+1 MNN MNN NNNN"],
    "CA": ["(416) MNN-NNNN", "604-MNN-NNNN", "+1 514 MNN NNNN",
           "1-800-MNN-NNNN", "613.MNN.NNNN", "+1 (403) MNN-NNNN"],
    "GB": ["020 7NNN NNNN", "+44 20 7NNN NNNN", "+44 (0)20 7NNN NNNN",
           "(020) 8NNN NNNN", "07MNN NNNNNN", "+44 7MNN NNNNNN",
           "07MNN NNN NNN", "+447MNNNNNNNN", "0161 MNN NNNN",
           "01632 MNNNNN", "0800 MNN NNNN", "0044 20 7NNN NNNN",
           "011 44 20 7NNN NNNN", "0113 MNN NNNN", "+44 (0) 161 MNN NNNN",
           "0845 MNN NNNN", "(01632) MNNNNN", "+44 (0)7MNN NNNNNN",
           "0207 NNN NNNN", "07MNNNNNNNN", "+44(0)20 7NNN NNNN"],
    "DE": ["089 MNNNNNN", "089/MNNNNN", "089/MNN NN NN", "(089) MNNNNNN",
           "+49 89 MNNNNNN", "+49 (0)89 MNNNNNN", "0049 89 MNNNNNN",
           "011 49 89 MNNNNNN", "030 MNNNNNNN", "030-MNNNNNNN",
           "0151 NNNNNNNN", "0151/NNNNNNNN", "0171 NNN NNNN",
           "+49 171 NNNNNNN", "+49 1512 NNNNNNN", "0800 MNNNNNN",
           "030 MNNNN-NN", "+49 30 MNNNN-NN", "06221 MNNNNN",
           "+49 (0) 6221 MNNNNN", "0172-NNNNNNN", "+49 (0)171 NNNNNNN",
           "0049 (0)30 MNNNNNNN", "+4917NNNNNNNN", "0176 NN NN NN NN",
           "0221 MNN NN NN", "089 / MNNNNN", "0221 / MNN NN NN"],
    "AT": ["01 MNNNNNN", "+43 1 MNNNNNN", "0664 NNNNNNN", "0664/NNNNNNN",
           "+43 664 NNNNNNN", "0316 MNNNNN", "+43 (0)664 NNN NN NN",
           "0800 MNN NNN", "0043 1 MNN NN NN", "0699 NNN NNNN",
           "+43 (0)1 MNN NN NN", "0512/MNNNNN", "0316 / MNNNNN"],
    "CH": ["044 MNN NN NN", "+41 44 MNN NN NN", "+41 (0)44 MNN NN NN",
           "079 MNN NN NN", "+41 79 MNN NN NN", "0041 79 MNN NN NN",
           "0800 MNN MNN", "044 MNNNNNN", "+4179MNNNNNN", "031 MNN NN NN",
           "076 MNN NN NN", "+41 (0) 22 MNN NN NN"],
    "FR": ["01 NN NN NN NN", "01.NN.NN.NN.NN", "01-NN-NN-NN-NN",
           "06 NN NN NN NN", "07 NN NN NN NN", "06NNNNNNNN",
           "+33 6 NN NN NN NN", "+33 (0)6 NN NN NN NN", "+33 1 NN NN NN NN",
           "0033 6 NN NN NN NN", "+336NNNNNNNN", "0 800 MNN MNN",
           "0800 NN NN NN", "+33 (0)1.NN.NN.NN.NN", "04 NN NN NN NN",
           "+33 7 NN NN NN NN", "09.NN.NN.NN.NN", "0033 (0)1 NN NN NN NN",
           "+33(0)6 NN NN NN NN"],
    "ES": ["6NN NNN NNN", "6NN NN NN NN", "91 NNN NN NN", "91 NNN NNNN",
           "9MN NNN NNN", "+34 6NN NNN NNN", "+34 91 NNN NN NN",
           "0034 6NN NNN NNN", "6NNNNNNNN", "900 MNN MNN", "+34 6NN-NNN-NNN",
           "(+34) 6NN NNN NNN", "7NN NNN NNN", "93 NNN NN NN",
           "+34 93 NNN NNNN", "+346NNNNNNNN"],
    "PT": ["91N NNN NNN", "21 NNN NNNN", "+351 93N NNN NNN",
           "00351 21 NNN NNNN", "800 MNN MNN", "+351 21 NNN NN NN",
           "96NNNNNNN", "22 NNN NNNN", "+351 912 NNN NNN", "92N NNN NNN",
           "(+351) 21 NNN NNNN", "+351 96N NN NN NN"],
    "IT": ["3NN NNN NNNN", "3NN NNNNNNN", "3NN-NNNNNNN", "3NN/NNNNNNN",
           "+39 3NN NNN NNNN", "+39 06 NNNN NNNN", "06 NNNNNNNN",
           "02 NNNN NNNN", "02-NNNNNNNN", "0039 02 NNNNNNNN",
           "800 MNN MNN", "+39 347.NNN.NNNN", "(+39) 3NN NNN NNNN",
           "011 NNN NNNN", "+393NNNNNNNNN", "055 NNN NNN",
           "+39 02 NNNNNNNN", "06.NNNN.NNNN"],
    "NL": ["06-NNNNNNNN", "06 NN NN NN NN", "06 NNNNNNNN", "+31 6 NNNNNNNN",
           "+31 (0)6 NNNN NNNN", "+31 6 NN NN NN NN", "020-NNN NNNN",
           "020 NNN NNNN", "+31 20 NNN NNNN", "010-NNNNNNN", "(020) NNN NNNN",
           "0031 20 NNN NNNN", "+316NNNNNNNN", "070 NNN NN NN",
           "0800-MNNNNNN", "+31 (0)20 NNN NNNN"],
    "BE": ["04NN NN NN NN", "04NN/NN.NN.NN", "0475 NN NN NN",
           "+32 4NN NN NN NN", "+32 (0)475 NN NN NN", "02 NNN NN NN",
           "02/NNN.NN.NN", "+32 2 NNN NN NN", "0032 2 NNN NN NN",
           "09 NNN NN NN", "03/NNN NN NN", "+32 (0)2 NNN NN NN",
           "+324NNNNNNNN", "0800 NN NNN"],
    "PL": ["5NN NNN NNN", "5NN-NNN-NNN", "+48 5NN NNN NNN",
           "+48 22 NNN NN NN", "22 NNN NN NN", "(22) NNN NN NN",
           "0048 6NN NNN NNN", "800 MNN MNN", "+48 (22) NNN-NN-NN",
           "6NNNNNNNN", "+48 5NN-NNN-NNN", "7NN NNN NNN", "+48 6NNNNNNNN",
           "12 NNN NN NN", "(0-22) NNN NN NN", "+48 71 NNN NN NN"],
    "SE": ["070-NNN NN NN", "08-NNN NN NN", "+46 70 NNN NN NN",
           "+46 (0)8 NNN NN NN", "08 NNN NN NN", "070 NNN NN NN",
           "0046 8 NNN NN NN", "073-NNNNNNN", "+46 73 NNN NN NN",
           "031-NN NN NN", "020-NN NN NN", "+4670NNNNNNN"],
    "NO": ["4NN NN NNN", "+47 9NN NN NNN", "+47 2N NN NN NN",
           "0047 4NN NN NNN", "22 NN NN NN", "9NN NN NNN", "+47 4NNNNNNN",
           "800 NN NNN", "4NNNNNNN", "+47 22 NN NN NN"],
    "DK": ["MN NN NN NN", "+45 MN NN NN NN", "+45 MNNNNNNN",
           "0045 MN NN NN NN", "MNNN NNNN", "+45 MNNN NNNN", "80 NN NN NN",
           "+45 MN-NN-NN-NN"],
    "FI": ["040 NNN NNNN", "+358 40 NNN NNNN", "09 MNNN NNN",
           "+358 9 MNNN NNN", "050-NNN NNNN", "0800 NNNNNN",
           "+358 (0)40 NNN NNNN", "045 NNN NNNN", "00358 50 NNN NNNN",
           "+35840NNNNNNN"],
    "BR": ["(11) 9NNNN-NNNN", "(11) 9 NNNN-NNNN", "11 9NNNN-NNNN",
           "+55 11 9NNNN-NNNN", "+55 (11) 9NNNN-NNNN", "(011) 9NNNN-NNNN",
           "(21) 3NNN-NNNN", "0800 NNN NNNN", "11 9NNNN NNNN",
           "(11)9NNNN-NNNN", "+55 21 3NNN-NNNN", "(61) 9NNNN-NNNN",
           "+5511 9NNNN-NNNN", "0055 11 9NNNN NNNN", "(31) 2NNN NNNN",
           "+55 (21) 9 NNNN NNNN"],
    "MX": ["55 NNNN NNNN", "(55) NNNN-NNNN", "+52 55 NNNN NNNN",
           "+52 1 55 NNNN NNNN", "33 NNNN NNNN", "222 NNN NNNN",
           "(222) NNN-NNNN", "800 MNN NNNN", "01 800 MNN NNNN",
           "044 55 NNNN NNNN", "55-NNNN-NNNN", "+52 (55) NNNN-NNNN",
           "+5255NNNNNNNN", "81 NNNN NNNN", "(33) NNNN NNNN",
           "55 NN NN NN NN"],
}
WIDE_PHONE_LANG = {
    "US": "en", "CA": "en", "GB": "en", "DE": "de", "AT": "de", "CH": "de",
    "FR": "fr", "ES": "es", "PT": "pt", "IT": "it", "NL": "nl", "BE": "nl",
    "PL": "pl", "SE": "nordic", "NO": "nordic", "DK": "nordic",
    "FI": "nordic", "BR": "pt", "MX": "es",
}
WIDE_CUES = {
    "en": ["call me at {}", "mobile: {}", "fax: {}", "desk: {}", "Tel. {}",
           "cell {}", "Phone {}", "you can reach me at {} any time",
           "my number's {}", "pls call {}", "T: {}", "M: {}",
           "phone number: {}", "Direct: {}", "call back on {}",
           "Mob. {}", "text {} when you arrive", "landline {}",
           "reach me on {} or email", "Office {} | Mobile",
           "{} (mobile)", "ph {}", "my cell number is {} thanks",
           "Telephone: {}", "hotline {}", "{}", "{} thx", "it's {}",
           "tel: {}", "whatsapp {}"],
    "de": ["Tel. {}", "Handy: {}", "Mobil: {}", "Tel.: {}", "Telefon {}",
           "Fax: {}", "Festnetz: {}", "meine Handynummer ist {}",
           "Sie erreichen mich unter {}", "Rückruf bitte unter {}",
           "T {}", "Telefonnummer: {}", "ruf mich an {}", "Mobiltelefon {}",
           "erreichbar unter {} (tagsüber)", "Nummer {}", "{}"],
    "fr": ["portable : {}", "tél. {}", "Tél : {}", "fixe : {}",
           "téléphone {}", "appelez-moi au {}", "mon portable c'est le {}",
           "joignable au {}", "mobile {}", "fax {}", "numéro : {}",
           "rappelez-moi au {} svp", "GSM {}", "{}"],
    "es": ["móvil: {}", "tel. {}", "teléfono: {}", "llámame al {}",
           "mi móvil es {}", "celular {}", "fijo: {}", "whatsapp {}",
           "puedes llamarme al {}", "número {}", "cel. {}", "{}"],
    "it": ["cellulare {}", "tel. {}", "telefono: {}", "cell. {}",
           "chiamami al {}", "il mio cellulare è {}", "fisso {}",
           "numero di telefono {}", "mi trovi al {}", "fax {}", "{}"],
    "nl": ["mobiel: {}", "tel. {}", "telefoon {}", "bel me op {}",
           "GSM {}", "mijn nummer is {}", "telefoonnummer: {}",
           "bereikbaar op {}", "vast: {}", "tel.nr. {}", "{}"],
    "pt": ["telefone {}", "celular: {}", "telemóvel {}", "tel. {}",
           "ligue para {}", "meu número é {}", "whats {}", "contato {}",
           "fone: {}", "o meu telemóvel é o {}", "{}"],
    "pl": ["tel. kom. {}", "tel. {}", "telefon: {}", "komórka {}",
           "zadzwoń na {}", "mój numer to {}", "nr tel. {}", "kom. {}",
           "proszę dzwonić pod {}", "telefon stacjonarny {}", "{}"],
    "nordic": ["tel. {}", "mobil {}", "ring mig på {}", "telefon: {}",
               "mobiili {}", "puh. {}", "ring {}", "tlf. {}", "mob. {}",
               "puhelin {}", "{}"],
}
WIDE_EXT = ["x{}", " x{}", " ext. {}", " ext {}", " extension {}", " #{}",
            " Durchwahl {}", " poste {}", " int. {}", " wew. {}",
            " ext.{}", " Durchwahl: {}", ", ext. {}", " x {}"]
WIDE_JOIN = [" or ", ", ", " / ", " oder ", " ou ", " o ", " of ", " lub ",
             " and ", " - "]

# Brand rows: prefixes (one drawn), lengths (one drawn), layouts by
# length (None: written in one run only).  Lengths and prefixes as the
# brands publish them (Wikipedia's "Payment card number" collects them).
G4 = {12: [4, 4, 4], 13: [4, 4, 5], 14: [4, 4, 4, 2], 15: [4, 4, 4, 3],
      16: [4, 4, 4, 4], 17: [4, 4, 4, 4, 1], 18: [4, 4, 4, 4, 2],
      19: [4, 4, 4, 4, 3]}
WIDE_BRANDS = [
    ("Visa", ["4"], [13, 16, 19]),
    ("Visa Electron", ["4026", "417500", "4508", "4844", "4913", "4917"],
     [16]),
    ("Mastercard", ["51", "52", "53", "54", "55"], [16]),
    ("Mastercard", ["2221", "2300", "2500", "2700", "2720"], [16]),
    ("American Express", ["34", "37"], [15]),
    ("Diners Club", ["36", "300", "301", "305", "3095", "38", "39"],
     [14, 16, 19]),
    ("Discover", ["6011", "644", "645", "649", "65", "622126", "622925"],
     [16, 19]),
    ("JCB", ["3528", "3540", "3589"], [16, 17, 18, 19]),
    ("Maestro", ["5018", "5020", "5038", "5893", "6304", "6759", "6761",
                 "6762", "6763"], [12, 13, 15, 16, 18, 19]),
    ("UnionPay", ["62"], [16, 17, 18, 19]),
    ("Mir", ["2200", "2201", "2202", "2203", "2204"], [16, 19]),
    ("RuPay", ["60", "65", "81", "82", "508", "353", "356"], [16]),
    ("Troy", ["9792", "65"], [16]),
    ("Verve", ["506099", "506198", "650002", "650027", "507865"],
     [16, 19]),
    ("Dankort", ["5019"], [16]),
    ("InstaPayment", ["637", "638", "639"], [16]),
    ("UATP", ["1"], [15]),
    ("enRoute", ["2014", "2149"], [15]),
]
WIDE_CARD_CUES = {
    "en": ["card {}", "card number: {}", "my visa is {}", "CC: {}",
           "credit card {} exp 08/29", "card no. {}", "Amex {}",
           "debit card {}", "charge it to {}", "Mastercard {}",
           "pan {}", "cc# {}", "the card is {} cvv 123", "{}",
           "card {} please", "use my card {}"],
    "de": ["Kartennummer: {}", "Kreditkarte {}", "meine Visa {}",
           "Karte {} gültig bis 09/28", "Kreditkartennummer {}",
           "EC-Karte {}", "Kartennr. {}", "{}"],
    "fr": ["carte {}", "numéro de carte : {}", "ma carte bleue {}",
           "carte de crédit {}", "CB {}", "{}"],
    "es": ["tarjeta {}", "número de tarjeta {}", "mi tarjeta es {}",
           "tarjeta de crédito: {}", "la tarjeta {} caduca 10/27", "{}"],
    "it": ["carta {}", "numero carta {}", "carta di credito: {}",
           "la mia carta è {}", "bancomat {}", "{}"],
    "nl": ["kaart {}", "kaartnummer: {}", "mijn creditcard is {}",
           "pinpas {}", "{}"],
    "pt": ["cartão {}", "número do cartão: {}", "cartão de crédito {}",
           "meu cartão é {}", "{}"],
    "pl": ["karta {}", "numer karty: {}", "karta kredytowa {}",
           "moja karta to {}", "{}"],
}
WIDE_CARD_SEPS = [" ", "-", "", ".", "  ", " ", "-", " ", " - "]

WIDE_NEG = [
    "order #{n8}", "Order number: {n10}", "invoice {y}-{n5}",
    "Rechnungsnummer {n9}", "Bestellung Nr. {n8}", "ticket {n7}",
    "case number {n9}", "commande n° {n10}", "numéro de dossier {n8}",
    "pedido nº {n9}", "factura {n10}", "ordine n. {n9}", "fattura {n8}",
    "bestelling {n9}", "factuurnummer {n10}", "número do pedido {n9}",
    "nr zamówienia {n10}", "faktura nr {n8}/{y}",
    "on {d}.{m}.{y} at {h}:{mi}", "{m}/{d}/{y}", "{y}-{m}-{d} {h}:{mi}",
    "from {d}.{m}. to {d}.{m}.{y}", "{h}:{mi}-{h}:{mi}", "{y}-{y2}",
    "{y}–{y2}", "between {y} and {y2}", "total {t} EUR", "€ {a}",
    "{a} €", "USD {t}", "{t} zł brutto", "R$ {a}", "kr {t}",
    "1 234 567 people", "population {t}",
    "IBAN {iban}", "ZIP {z5}-{n4}", "Postleitzahl {z5}", "PLZ {z5}",
    "version {n1}.{n2}.{n3}", "v{n1}.{n2}.{n2}.{n4}",
    "ISBN 978-{n1}-{n3}-{n5}-{n1}", "ISBN {n1}-{n3}-{n5}-{n1}",
    "tracking 1Z{n3}AA{n10}", "tracking number {n12}",
    "Sendungsnummer {n12}", "parcel {n4} {n4} {n4} {n4} {n4} {n2}",
    "reference {bad16}", "serial {bad16}", "transaction {bad16}",
    "card ending in {n4}", "the card ends with {n4}", "last four {n4}",
    "Karte endet auf {n4}", "carte se terminant par {n4}",
    "tarjeta terminada en {n4}", "room {n3}, floor {n1}",
    "page {n2} of {n3}", "score {n1}-{n1}", "{n2} x {n2} cm",
    "coordinates 52.{n6}, 13.{n6}", "Kundennummer {n8}",
    "customer id {n7}", "PIN {n4}", "OTP {n6}", "code {n6}",
    "meeting ID {n3} {n4} {n4}", "{n1},{n2} % APR",
    "flight {n4}", "train ICE {n3}", "account {n8}", "sort code {n2}-{n2}-{n2}",
]


def wide_fill(rng, tmpl):
    out = []
    for ch in tmpl:
        if ch == "N":
            out.append(rng.choice("0123456789"))
        elif ch == "Z":
            out.append(rng.choice("123456789"))
        elif ch == "M":
            out.append(rng.choice("23456789"))
        else:
            out.append(ch)
    return "".join(out)


def half(lst, h):
    return [x for i, x in enumerate(lst) if i % 2 == (h == "eval")]


def wide_phone_value(rng, h, cc):
    fmts = half(WIDE_PHONES[cc], h)
    value = wide_fill(rng, rng.choice(fmts))
    if rng.random() < 0.15:
        value += rng.choice(half(WIDE_EXT, h)).format(
            digits(rng, rng.choice([2, 3, 4])))
    return value


def wide_phone_doc(rng, h):
    cc = rng.choice(sorted(WIDE_PHONES))
    lang = WIDE_PHONE_LANG[cc]
    frame = rng.choice(half(WIDE_CUES[lang], h) +
                       half(WIDE_CUES["en"], h)[:3])
    values = [wide_phone_value(rng, h, cc)]
    if rng.random() < 0.15:
        values.append(wide_phone_value(rng, h, cc))
    pre, post = frame.split("{}")
    text, ents = pre, []
    for k, v in enumerate(values):
        if k:
            text += rng.choice(half(WIDE_JOIN, h))
        ents.append(("PHONE_NUMBER", len(text), len(v)))
        text += v
    return text + post, ents, lang if lang != "nordic" else "en"


def wide_card_number(rng, h):
    _, prefixes, lens = rng.choice(WIDE_BRANDS)
    n = rng.choice(lens)
    pre_ = rng.choice(prefixes)
    body = pre_ + digits(rng, n - 1 - len(pre_))
    return body + luhn.check_digit(body)


def wide_card_layout(rng, num):
    n = len(num)
    lay = [G4[n]]
    if n == 15:
        lay.append([4, 6, 5])
    if n == 14:
        lay.append([4, 6, 4])
    return rng.choice(lay)


def wide_card_doc(rng, h):
    num = wide_card_number(rng, h)
    sep = rng.choice(half(WIDE_CARD_SEPS, h) + [" "])
    value = group(num, wide_card_layout(rng, num), sep) if sep else num
    lang = rng.choice(sorted(WIDE_CARD_CUES))
    form = rng.randrange(10)
    if form == 0:       # JSON, a number or a string
        key = rng.choice(half(["card", "cardNumber", "pan", "cc_number",
                               "kartennummer", "numero"], h))
        if rng.random() < 0.5:
            value = num
            pre = '{"%s": ' % key
            post = ', "exp": "12/28"}'
        else:
            pre = '{"%s": "' % key
            post = '"}'
        return pre + value + post, [("CREDIT_CARD", len(pre),
                                     len(value))], lang
    if form == 1:       # two in a list
        other = wide_card_number(rng, h)
        v2 = group(other, wide_card_layout(rng, other), sep) if sep else other
        pre = rng.choice(half(["cards: ", "my cards are ", "Karten: ",
                               "tarjetas: ", "cartes : ", "- "], h))
        join = rng.choice(half([", ", " and ", "; ", " und ", " / ",
                                " e "], h))
        text = pre + value + join + v2
        return text, [("CREDIT_CARD", len(pre), len(value)),
                      ("CREDIT_CARD", len(pre) + len(value) + len(join),
                       len(v2))], lang
    frame = rng.choice(half(WIDE_CARD_CUES[lang], h))
    pre, post = frame.split("{}")
    return pre + value + post, [("CREDIT_CARD", len(pre), len(value))], lang


def iban_de(rng):
    bban = digits(rng, 18)
    s = bban + "131400"     # "DE" as 13 14, check digits 00
    chk = 98 - int(s) % 97
    iban = "DE%02d%s" % (chk, bban)
    return group(iban, [4, 4, 4, 4, 4, 2], " ") if rng.random() < 0.5 \
        else iban


def bad_luhn(rng):
    body = digits(rng, 15, "3456")
    bad = str((int(luhn.check_digit(body)) + rng.randrange(1, 10)) % 10)
    return group(body + bad, [4, 4, 4, 4], rng.choice([" ", "-", ""]))


def wide_negative_doc(rng, h):
    frame = rng.choice(half(WIDE_NEG, h))
    y = rng.randrange(1990, 2026)
    out, ents, i = "", [], 0
    while i < len(frame):
        if frame[i] != "{":
            out += frame[i]
            i += 1
            continue
        j = frame.index("}", i)
        k = frame[i + 1:j]
        i = j + 1
        if k == "iban":
            v = iban_de(rng)
            ents.append(("IBAN_CODE", len(out), len(v)))
        elif k == "bad16":
            v = bad_luhn(rng)
        elif k == "y":
            v = str(y)
        elif k == "y2":
            v = str(y + rng.randrange(1, 9))
        elif k == "m":
            v = "%02d" % rng.randrange(1, 13)
        elif k == "d":
            v = "%02d" % rng.randrange(1, 29)
        elif k == "h":
            v = "%02d" % rng.randrange(24)
        elif k == "mi":
            v = "%02d" % rng.randrange(60)
        elif k == "z5":
            v = digits(rng, 5, "123456789")
        elif k == "a":
            v = "%d.%03d,%02d" % (rng.randrange(1, 999), rng.randrange(1000),
                                  rng.randrange(100))
        elif k == "t":
            v = "%d %03d %03d" % (rng.randrange(1, 999), rng.randrange(1000),
                                  rng.randrange(1000))
        else:
            v = digits(rng, int(k[1:]), "123456789")
        out += v
    return out, ents, "en"


def wide_main(a, out):
    for i in range(a.count):
        rng = random.Random("%s:%s:%d" % (a.seed, a.wide, i))
        kind = ("phone", "phone", "card", "card", "negative")[i % 5]
        text, ents, lang = {"phone": wide_phone_doc, "card": wide_card_doc,
                            "negative": wide_negative_doc}[kind](rng, a.wide)
        rec = {"text": text, "entities": [
            {"type": t, "start": s, "end": s + n} for t, s, n in ents],
            "kind": kind, "lang": lang}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--out")
    ap.add_argument("--wide", choices=["tune", "eval"])
    a = ap.parse_args()
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    if a.wide:
        wide_main(a, out)
        if a.out:
            out.close()
        return
    for i in range(a.count):
        rng = random.Random("%s:%d" % (a.seed, i))
        kind = ("phone", "phone", "card", "negative")[i % 4]
        text, ents, lang = {"phone": phone_doc, "card": card_doc,
                            "negative": negative_doc}[kind](rng)
        rec = {"text": text, "entities": [
            {"type": t, "start": s, "end": s + n} for t, s, n in ents],
            "kind": kind, "lang": lang}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.out:
        out.close()


if __name__ == "__main__":
    main()
