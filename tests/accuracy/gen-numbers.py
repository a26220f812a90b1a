#!/usr/bin/env python3
"""gen-numbers.py -- labelled phone and card numbers for developing cog-mask.

usage: gen-numbers.py [--seed S] [--count N] [--out FILE]

Writes JSON lines in the format of gen-eval.py ({"text", "entities":
[{"type", "start", "end"}], "kind", "lang"}, code-point offsets), for
score.py: phone numbers in the national and international formats of
the countries cog-mask(1) lists, with and without trunk prefix and
country code, with extensions, after cue words of eight languages or
alone; card numbers of every brand, grouped as printed; and texts with
order numbers, dates, amounts, times and other numbers that are neither
("kind": "negative").

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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--out")
    a = ap.parse_args()
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
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
