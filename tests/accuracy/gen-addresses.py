#!/usr/bin/env python3
"""gen-addresses.py -- the development set of the street-address recognizer.

usage: gen-addresses.py [--half tune|eval] [--seed S] [--n N] [--out FILE]

Writes labelled texts (the JSONL score.py reads: "text", "entities",
"kind", "lang") of street addresses of 19 countries (US, GB, CA, DE, AT,
CH, FR, ES, PT, IT, NL, BE, PL, SE, NO, DK, FI, BR, MX), written from the
public descriptions of each country's format (the national posts'
addressing guidelines, the UPU's address formats): many street names and
street types with their abbreviations, directionals, house-number forms
(12a, 12-14, 12 bis, 12/4, s/n, No. 5, nº 5), unit designators, c/o
lines, PO boxes in each language, US military and rural-route lines,
postcodes, towns, regions and countries; on one line with commas, as a
block of lines, inside chat and e-mail sentences of eight languages, and
typed in lower case without commas.  The whole block is one
STREET_ADDRESS entity (a c/o name is a PERSON).  Negatives ("page 12",
"Route 66 was fun", "room for improvement", prices, times, order and
version numbers) have no entity.

kind is the format ("street", "unit", "box", "military", "rural",
"co", "chat", "lower", "negative"), lang the country (or the language of
a negative).

--half picks the half of the frames and lists: "tune" (the default) for
tuning, "eval" for a figure the tuning did not see.  The sentence frames,
street-name stems, towns and the longer lists of forms are split by
data/halves.py, so the two halves share no frame.  Python 3 standard
library only.
"""

import argparse
import json
import os
import random
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(TOP, "data"))
import halves  # noqa: E402

WORLD = os.path.join(TOP, "data", "places", "world")
ADDR = os.path.join(TOP, "data", "places", "address")
HALF = "tune"


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def mine(items):
    """The items of this half; all of them when the half would be tiny."""
    got = [x for x in items if halves.keep(x if isinstance(x, str) else
                                           repr(x), HALF)]
    return got if len(got) >= 2 else list(items)


def load_towns():
    """Towns of this half by country."""
    by = {}
    for fn in ("cities-europe.tsv", "cities-americas.tsv"):
        for r in read_tsv(os.path.join(WORLD, fn)):
            if len(r) < 6 or not halves.keep(r[0], HALF):
                continue
            pop = int(r[4]) if r[4].isdigit() else 0
            if pop < 3000 or r[5] != "-" or len(r[0]) > 20:
                continue
            by.setdefault(r[3], []).append(r[0])
    return by


def load_street_words():
    """Street words of data/places/address by language: (word, abbrevs,
    position)."""
    by = {}
    for r in read_tsv(os.path.join(ADDR, "street-words.tsv")):
        if r[0] == "word" or len(r) < 4:
            continue
        ab = [] if r[1] == "-" else r[1].split(",")
        by.setdefault(r[2], []).append((r[0], ab, r[3]))
    return by


# Street-name stems of this file's own, by language; each half keeps its
# own stems (mine()).
STEMS = {
    "en": ["Maple", "Oak", "Pine", "Cedar", "Willow", "Elm", "Chestnut",
           "Harbor", "Mill", "Church", "Station", "Victoria", "Park",
           "Lincoln", "Washington", "Jefferson", "Franklin", "Highland",
           "Sunset", "Lake", "River", "Spring", "Forest", "Meadow",
           "Hillside", "Madison", "Jackson", "Walnut", "Cherry", "Birch",
           "Magnolia", "Dogwood", "Sycamore", "Lakeview", "Ridgeway",
           "King", "Queen", "High", "Union", "Market", "Bridge", "Water",
           "North", "South", "West", "Kingsway", "Greenfield",
           "Fairview", "Prospect", "Academy", "College", "Grant",
           "Adams", "Monroe", "Wilson", "Peachtree", "Cypress", "Laurel",
           "Aspen", "Hawthorn", "Rosewood", "Orchard", "Primrose",
           "Glenwood", "Brookside", "Woodland", "Canal", "Castle"],
    "de": ["Linden", "Birken", "Garten", "Schiller", "Mühlen", "Eichen",
           "Rosen", "Kirch", "Berg", "Wald", "Feld", "Hafen", "Goethe",
           "Bahnhof", "Haupt", "Schul", "Dorf", "Tannen", "Buchen",
           "Ahorn", "Blumen", "Wiesen", "Sonnen", "Brunnen", "Markt",
           "Friedhof", "Kastanien", "Mozart", "Beethoven", "Bismarck",
           "Lessing", "Uhland", "Herder", "Kant", "Luisen", "Wilhelm",
           "Friedrich", "Königs", "Kaiser", "Schloss", "Burg", "Tal",
           "Fichten", "Erlen", "Weiden", "Post", "Rathaus", "Ring",
           "Grenz", "Industrie", "Wein", "Hopfen", "Korn", "Acker"],
    "fr": ["de la Paix", "Victor Hugo", "des Lilas", "Pasteur", "du Port",
           "de la République", "Jean Jaurès", "de la Gare",
           "du Général de Gaulle", "des Écoles", "Gambetta", "Voltaire",
           "de l'Église", "du Moulin", "des Roses", "Émile Zola",
           "Saint-Michel", "de Verdun", "du Château", "des Acacias",
           "Jules Ferry", "de la Liberté", "Carnot", "Foch", "Molière",
           "des Tilleuls", "du Marché", "de Bretagne", "Anatole France",
           "des Peupliers", "Lamartine", "Racine", "de la Fontaine",
           "Louis Pasteur", "du Stade", "des Vignes", "de Provence"],
    "es": ["Mayor", "Real", "Cervantes", "Colón", "de las Flores",
           "San Martín", "Alcalá", "de la Constitución", "Gran Vía",
           "del Sol", "de la Paz", "Goya", "Velázquez", "del Carmen",
           "Nueva", "de Andalucía", "Juárez", "Hidalgo", "Reforma",
           "Insurgentes", "Morelos", "de la Libertad", "San Juan",
           "del Mar", "de Castilla", "Serrano", "Princesa", "Toledo",
           "de los Olivos", "Zaragoza", "Independencia", "del Río"],
    "it": ["Garibaldi", "Verdi", "Mazzini", "Roma", "Dante", "Cavour",
           "Vittorio Emanuele II", "dei Mille", "della Repubblica",
           "XX Settembre", "Manzoni", "Marconi", "Matteotti", "Gramsci",
           "San Francesco", "della Libertà", "dei Fiori", "Nazionale",
           "Torino", "Milano", "del Corso", "Montenapoleone", "Leopardi",
           "Carducci", "Galilei", "Colombo", "IV Novembre", "del Popolo",
           "Trieste", "Venezia", "dei Giardini", "Mameli", "Petrarca"],
    "pt": ["das Flores", "da Liberdade", "do Comércio", "Augusta",
           "da Paz", "São João", "Paulista", "Brasil", "Sete de Setembro",
           "XV de Novembro", "Tiradentes", "Santos Dumont", "do Sol",
           "da Boavista", "de Santa Catarina", "da Igreja", "Dom Pedro II",
           "Getúlio Vargas", "Rio Branco", "dos Andradas", "Marechal Deodoro",
           "da Praia", "do Carmo", "Almirante Reis", "de Camões",
           "das Laranjeiras", "da República", "Barão de Mauá"],
    "nl": ["Kerk", "Molen", "Dorps", "Linden", "Beuken", "Haven", "Prinsen",
           "Keizers", "Heren", "Stations", "School", "Wilhelmina",
           "Juliana", "Beatrix", "Oranje", "Eiken", "Berken", "Rozen",
           "Tulp", "Vondel", "Rembrandt", "Hoofd", "Markt", "Zuid",
           "Noord", "Oost", "West", "Brug", "Water", "Sluis", "Polder",
           "Duin", "Zee", "Veld", "Bos", "Tuin"],
    "pl": ["Długa", "Krótka", "Polna", "Leśna", "Słoneczna", "Ogrodowa",
           "Mickiewicza", "Kościuszki", "Piłsudskiego", "Sienkiewicza",
           "Kolejowa", "Szkolna", "Lipowa", "Łąkowa", "Brzozowa",
           "Kwiatowa", "Jana Pawła II", "Marszałkowska", "Wolności",
           "Słowackiego", "Konopnickiej", "Chopina", "Reymonta",
           "Mostowa", "Zielona", "Parkowa", "Wiejska", "Grunwaldzka",
           "Kopernika", "Żeromskiego", "Prusa", "Batorego"],
    "sv": ["Stor", "Kyrko", "Skol", "Strand", "Park", "Drottning",
           "Kungs", "Tegnér", "Linné", "Björk", "Ek", "Tall", "Sjö",
           "Hamn", "Torg", "Väster", "Öster", "Norra", "Södra", "Mölla",
           "Bergs", "Ängs", "Bäck"],
    "no": ["Stor", "Kirke", "Skole", "Strand", "Park", "Kongens",
           "Dronning", "Bjørke", "Furu", "Sjø", "Havne", "Torg", "Øvre",
           "Nedre", "Bygdøy", "Løkke", "Eike", "Fjell", "Bakke"],
    "da": ["Nørre", "Vester", "Øster", "Søndre", "Kirke", "Skole",
           "Strand", "Park", "Kongens", "Dronning", "Bøge", "Ege", "Birke",
           "Havne", "Mølle", "Enghave", "Amager", "Frederiks", "Christians"],
    "fi": ["Mannerheimin", "Kauppa", "Koulu", "Kirkko", "Ranta", "Puisto",
           "Asema", "Koivu", "Mänty", "Kuusi", "Järven", "Satama",
           "Aleksanterin", "Hämeen", "Keskus", "Tehtaan", "Myllyn",
           "Vaahtera", "Pihlaja"],
}

EN_TYPES = [("Street", ["St", "St."]), ("Avenue", ["Ave", "Ave.", "Av"]),
            ("Road", ["Rd", "Rd."]), ("Lane", ["Ln", "Ln."]),
            ("Drive", ["Dr", "Dr."]), ("Court", ["Ct", "Ct."]),
            ("Boulevard", ["Blvd", "Blvd."]), ("Place", ["Pl", "Pl."]),
            ("Way", []), ("Terrace", ["Ter", "Terr"]),
            ("Circle", ["Cir"]), ("Parkway", ["Pkwy"]),
            ("Highway", ["Hwy"]), ("Trail", ["Trl"]), ("Square", ["Sq"]),
            ("Crescent", ["Cres"]), ("Close", []), ("Grove", []),
            ("Gardens", ["Gdns"]), ("Mews", []), ("Row", []),
            ("Hill", []), ("Walk", []), ("Rise", []), ("Green", []),
            ("Parade", ["Pde"]), ("Loop", []), ("Path", []),
            ("Plaza", ["Plz"]), ("Heights", ["Hts"]), ("Ridge", ["Rdg"])]
US_DIR = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "N.", "S.",
          "North", "South", "East", "West"]
US_STATES = [("IL", "Illinois"), ("TX", "Texas"), ("CA", "California"),
             ("NY", "New York"), ("OH", "Ohio"), ("WA", "Washington"),
             ("GA", "Georgia"), ("FL", "Florida"), ("MI", "Michigan"),
             ("PA", "Pennsylvania"), ("NC", "North Carolina"),
             ("AZ", "Arizona"), ("CO", "Colorado"), ("MA", "Massachusetts"),
             ("VA", "Virginia"), ("OR", "Oregon"), ("MN", "Minnesota"),
             ("WI", "Wisconsin"), ("TN", "Tennessee"), ("MO", "Missouri")]
CA_PROV = [("ON", "Ontario"), ("QC", "Quebec"), ("BC", "British Columbia"),
           ("AB", "Alberta"), ("MB", "Manitoba"), ("NS", "Nova Scotia"),
           ("SK", "Saskatchewan"), ("NB", "New Brunswick")]
IT_PROV = ["RM", "MI", "TO", "NA", "FI", "BO", "VE", "GE", "PA", "BA",
           "VR", "PD", "BG", "BS", "CT", "TS"]
ES_PROV = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga",
           "Asturias", "Navarra", "Cantabria", "Murcia", "Zaragoza"]
MX_STATE = ["CDMX", "Jal.", "N.L.", "Jalisco", "Nuevo León", "Puebla",
            "Edo. Méx.", "Yucatán", "Qro.", "Gto.", "Sonora", "Chihuahua"]
BR_UF = ["SP", "RJ", "MG", "RS", "PR", "BA", "SC", "PE", "CE", "GO", "DF"]
CH_CANTON = ["ZH", "BE", "LU", "SG", "AG", "TI", "VD", "GE", "BS"]
AT_LAND = ["Wien", "Tirol", "Steiermark", "Kärnten", "Salzburg"]
COUNTRY = {"US": ["USA", "United States", "U.S.A.", "US"],
           "GB": ["United Kingdom", "UK", "England", "Scotland"],
           "CA": ["Canada"], "DE": ["Deutschland", "Germany"],
           "AT": ["Österreich", "Austria"],
           "CH": ["Schweiz", "Switzerland", "Suisse"],
           "FR": ["France"], "BE": ["Belgique", "België", "Belgium"],
           "ES": ["España", "Spain"], "MX": ["México", "Mexico"],
           "PT": ["Portugal"], "BR": ["Brasil", "Brazil"],
           "IT": ["Italia", "Italy"], "NL": ["Nederland", "Netherlands"],
           "PL": ["Polska", "Poland"], "SE": ["Sverige", "Sweden"],
           "NO": ["Norge", "Norway"], "DK": ["Danmark", "Denmark"],
           "FI": ["Suomi", "Finland"]}
CC_LANG = {"US": "en", "GB": "en", "CA": "en", "DE": "de", "AT": "de",
           "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es",
           "PT": "pt", "BR": "pt", "IT": "it", "NL": "nl", "PL": "pl",
           "SE": "en", "NO": "en", "DK": "en", "FI": "en"}
SURNAMES = ["Smith", "Miller", "Schmidt", "Meyer", "Dubois", "Martin",
            "García", "López", "Rossi", "Bianchi", "de Vries", "Jansen",
            "Silva", "Santos", "Kowalski", "Nowak", "Andersson",
            "Hansen", "Nielsen", "Virtanen", "Wagner", "Becker", "Moreau",
            "Ferrari", "Bakker", "Oliveira", "Wiśniewski", "Johansson"]


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def num(r):
    """A house number, mostly short."""
    x = r.random()
    if x < 0.5:
        return str(r.randint(1, 99))
    if x < 0.85:
        return str(r.randint(100, 999))
    return str(r.randint(1000, 19999))


def house(r, forms):
    """A house number of one of forms: plain, 12a, 12-14, 12 bis, 12/4."""
    n = num(r)
    f = r.choice(forms)
    if f == "a":
        return n + r.choice("abcAB")
    if f == "range":
        k = int(n) if len(n) < 4 else 10
        return "%d-%d" % (k, k + r.choice([2, 4]))
    if f == "bis":
        return n + " " + r.choice(["bis", "ter"])
    if f == "slash":
        return "%s/%d" % (n, r.randint(1, 40))
    if f == "dash":
        return "%s-%d" % (n, r.randint(1, 4))
    return n


def pick_type(r, words, lang, pos):
    """A street word of lang at pos (before, after, joined): the word or
    one of its abbreviations."""
    cand = [w for w in words.get(lang, []) if pos in w[2]]
    w, ab, _ = r.choice(mine(cand))
    if ab and r.random() < 0.35:
        return r.choice(ab)
    return w


def en_street(r, cc):
    n = house(r, ["n"] * 6 + ["a", "range"])
    t, ab = r.choice(mine(EN_TYPES))
    t = r.choice(ab) if ab and r.random() < 0.5 else t
    stem = r.choice(mine(STEMS["en"]))
    if r.random() < 0.15:
        k = r.randint(1, 99)
        suf = "th" if k % 100 in (11, 12, 13) else {1: "st", 2: "nd",
                                                     3: "rd"}.get(k % 10,
                                                                 "th")
        stem = "%d%s" % (k, suf)
    name = stem
    if r.random() < 0.2:
        name = r.choice(mine(STEMS["en"])) + " " + stem
    s = "%s %s %s" % (n, name, t)
    if cc == "US" and r.random() < 0.3:
        d = r.choice(US_DIR)
        s = ("%s %s %s %s" % (n, d, name, t) if r.random() < 0.5 else
             s + " " + d)
    return s


def en_unit(r):
    u = r.choice(mine(["Apt", "Apt.", "Apartment", "#", "Suite", "Ste",
                       "Ste.", "Unit", "Fl", "Floor", "Rm", "Room",
                       "Bldg", "Flat", "Dept"]))
    v = r.choice([str(r.randint(1, 40)), "%d%s" % (r.randint(1, 20),
                  r.choice("ABCD")), str(r.randint(100, 2400))])
    return u + v if u == "#" else u + " " + v


def us(r, towns, words):
    st = en_street(r, "US")
    unit = en_unit(r) if r.random() < 0.4 else None
    ab, full = r.choice(US_STATES)
    zipc = digits(r, 5) + ("-" + digits(r, 4) if r.random() < 0.2 else "")
    state = ab if r.random() < 0.75 else full
    town = r.choice(towns)
    last = "%s, %s %s" % (town, state, zipc) if r.random() < 0.8 else \
        "%s %s %s" % (town, state, zipc)
    lines = [st + (", " + unit if unit and r.random() < 0.5 else "")]
    if unit and lines[0] == st:
        lines.append(unit)
    return lines, [last]


def gb(r, towns, words):
    st = en_street(r, "GB")
    lines = []
    if r.random() < 0.35:
        lines.append(r.choice(mine(["Flat %d", "Flat %dB", "Unit %d",
                                    "Apartment %d", "Suite %d"])) %
                     r.randint(1, 40))
    if r.random() < 0.2:
        lines.append(r.choice(mine(["Rose Cottage", "The Old Rectory",
                                    "Ivy House", "Mill Farm",
                                    "Oak Lodge"])))
    lines.append(st)
    town = r.choice(towns)
    pc = r.choice(["%s%d %d%s", "%s%d%s %d%s"])
    a = r.choice(["SW", "M", "B", "CR", "LS", "EH", "G", "NW", "E", "W",
                  "BS", "CF", "RH", "OX", "CB", "L", "N", "SE"])
    if pc.count("%") == 4:
        pc = pc % (a, r.randint(1, 29), r.randint(0, 9),
                   r.choice("ABDEFGHJLNPQRSTUWXYZ") +
                   r.choice("ABDEFGHJLNPQRSTUWXYZ"))
    else:
        pc = pc % (a, r.randint(1, 9), r.choice("ABCDEFGHJKMNPRSTUVWXY"),
                   r.randint(0, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ") +
                   r.choice("ABDEFGHJLNPQRSTUWXYZ"))
    t = town.upper() if r.random() < 0.4 else town
    if r.random() < 0.5:
        return lines, [t, pc]
    return lines, ["%s %s" % (t, pc)]


def ca(r, towns, words):
    st = en_street(r, "CA")
    if r.random() < 0.3:
        st = "%s-%s" % (r.randint(1, 40), st)
    ab, full = r.choice(CA_PROV)
    L = "ABCEGHJKLMNPRSTVXY"
    pc = "%s%d%s %d%s%d" % (r.choice(L), r.randint(0, 9), r.choice(L),
                            r.randint(0, 9), r.choice(L), r.randint(0, 9))
    town = r.choice(towns)
    lines = [st]
    if r.random() < 0.3:
        lines.append(en_unit(r))
    sep = r.choice([" ", "  ", ", "])
    return lines, ["%s %s%s%s" % (town, ab if r.random() < 0.8 else full,
                                  sep, pc)]


def de_street(r, words, lang="de"):
    n = house(r, ["n"] * 6 + ["a", "range", "slash"])
    x = r.random()
    if x < 0.55:
        suf = r.choice(mine(["straße", "strasse", "str.", "weg", "gasse",
                             "platz", "allee", "ring", "damm", "graben",
                             "ufer", "steig", "pfad", "markt", "hof",
                             "berg", "Straße"]))
        stem = r.choice(mine(STEMS["de"]))
        s = stem + (" " + suf if suf == "Straße" else suf)
    elif x < 0.75:
        s = "%s %s" % (r.choice(mine(["Berliner", "Hamburger", "Frankfurter",
                                      "Münchner", "Leipziger", "Dresdner",
                                      "Kölner", "Potsdamer", "Bremer",
                                      "Hannoversche", "Alte", "Neue"])),
                       r.choice(["Straße", "Str.", "Allee", "Weg", "Platz",
                                 "Ring"]))
    elif x < 0.9:
        s = "%s %s" % (r.choice(["Am", "An der", "Auf dem", "Im", "Zum",
                                 "Zur", "In der", "Unter den"]),
                       r.choice(mine(["Markt", "Mühlbach", "Kirchberg",
                                      "Steinbruch", "Lindenhof", "Anger",
                                      "Sonnenhang", "Eichwald",
                                      "Hopfengarten", "Weinberg"])))
    else:
        s = "%s-%s-%s" % (r.choice(["Karl", "Konrad", "Heinrich", "Otto",
                                    "Friedrich"]),
                          r.choice(["Marx", "Adenauer", "Heine", "Hahn",
                                    "Ebert"]), r.choice(["Straße", "Platz",
                                                         "Allee", "Str."]))
    return "%s %s" % (s, n)


def de_like(r, towns, words, cc):
    st = de_street(r, words)
    if cc == "AT" and r.random() < 0.5:
        st += "/%d" % r.randint(1, 20) + (
            "/%d" % r.randint(1, 12) if r.random() < 0.4 else "")
    lines = [st]
    if r.random() < 0.3:
        lines.append(r.choice(mine(["%d. Stock", "%d. OG", "Whg. %d",
                                    "Wohnung %d", "Top %d", "Stiege %d",
                                    "%d. Etage", "App. %d"])) %
                     r.randint(1, 9))
    if r.random() < 0.1:
        lines = ["Postfach %s" % r.choice([digits(r, 4), "%s %s %s" % (
            digits(r, 2), digits(r, 2), digits(r, 2))])]
    town = r.choice(towns)
    pc = digits(r, 5 if cc == "DE" else 4).replace("0", "1", 1)
    if r.random() < 0.15:
        pc = {"DE": "D-", "AT": "A-", "CH": "CH-"}[cc] + pc
    last = "%s %s" % (pc, town)
    if cc == "CH" and r.random() < 0.3:
        last += " " + r.choice(CH_CANTON)
    if cc == "AT" and r.random() < 0.15:
        last += ", " + r.choice(AT_LAND)
    return lines, [last]


def fr(r, towns, words, cc="FR"):
    n = house(r, ["n"] * 5 + ["bis", "a"])
    t = pick_type(r, words, "fr", "before")
    name = r.choice(mine(STEMS["fr"]))
    st = "%s%s %s %s" % (n, r.choice([",", "", ""]), t, name)
    lines = []
    if r.random() < 0.3:
        u = r.choice(mine(["Bât. %s", "Appt %d", "Escalier %s",
                           "Résidence les Pins, bât. %s", "%de étage",
                           "Apt %d", "Porte %d"]))
        lines.append(u.replace("%s", r.choice("ABCD")).replace(
            "%d", str(r.randint(1, 12))))
    if cc == "BE":
        st = "%s %s %s" % (t.capitalize(), name, n)
        if r.random() < 0.5:
            st += " " + r.choice(["bte %d", "bus %d", "boîte %d"]) % \
                r.randint(1, 20)
    lines.append(st)
    if r.random() < 0.1:
        lines = [r.choice(["BP %d", "B.P. %d", "CS %d",
                           "Boîte postale %d"]) % r.randint(10, 9000)]
    town = r.choice(towns)
    pc = digits(r, 5 if cc == "FR" else 4).replace("0", "1", 1)
    last = "%s %s" % (pc, town.upper() if r.random() < 0.3 else town)
    if cc == "FR" and r.random() < 0.1:
        last += " CEDEX %d" % r.randint(1, 20)
    if cc == "BE" and r.random() < 0.2:
        last = "B-" + last
    return lines, [last]


def es_like(r, towns, words, cc):
    t = r.choice(mine(["Calle", "C/", "c/", "Avenida", "Avda.", "Av.",
                       "Paseo", "Plaza", "Pza.", "Camino", "Carretera",
                       "Ronda", "Travesía", "Glorieta", "Calzada",
                       "Privada", "Cerrada", "Callejón", "Bulevar"]))
    name = r.choice(mine(STEMS["es"]))
    n = r.choice([num(r), num(r), num(r), "s/n", "nº %s" % num(r),
                  "núm. %s" % num(r), "No. %s" % num(r), "#%s" % num(r)])
    st = "%s %s%s %s" % (t, name, r.choice(["", ","]), n)
    if cc == "ES" and r.random() < 0.5:
        st += ", " + r.choice(mine(["%dº %dª", "%dº %s", "%d.º Esq.",
                                    "%dº izq.", "%dº dcha.",
                                    "piso %d, puerta %d", "%d-%s",
                                    "Bajo %s", "Esc. %s, %dº %s"])).replace(
            "%s", r.choice("ABCD"), 1).replace("%s", r.choice("ABCD")) \
            .replace("%d", str(r.randint(1, 9)), 1).replace(
                "%d", str(r.randint(1, 9)))
    lines = [st]
    if cc == "MX":
        if r.random() < 0.3:
            lines[0] += " " + r.choice(["Int. %d", "Depto. %d",
                                        "Int. %s"]).replace(
                "%s", r.choice("ABC")).replace("%d", str(r.randint(1, 30)))
        lines.append(r.choice(["Col. ", "Colonia ", "Fracc. "]) +
                     r.choice(mine(["Centro", "Del Valle", "Roma Norte",
                                    "Condesa", "Polanco", "Juárez",
                                    "Las Águilas", "Jardines del Sur",
                                    "San Ángel", "Narvarte"])))
        pc = digits(r, 5)
        town = r.choice(towns)
        last = r.choice(["%s %s, %s", "C.P. %s %s, %s", "%s, %s, %s"]) % (
            pc, town, r.choice(MX_STATE)) if r.random() < 0.8 else \
            "%s, %s C.P. %s" % (town, r.choice(MX_STATE), pc)
        if r.random() < 0.1:
            lines = ["Apartado Postal %d" % r.randint(10, 999)]
        return lines, [last]
    pc = digits(r, 5).replace("0", "1", 1)
    town = r.choice(towns)
    last = "%s %s" % (pc, town)
    if r.random() < 0.3:
        last += r.choice([" (%s)", ", %s"]) % r.choice(ES_PROV)
    if r.random() < 0.1:
        lines = ["Apartado de Correos %d" % r.randint(10, 9999)]
    return lines, [last]


def pt_like(r, towns, words, cc):
    t = r.choice(mine(["Rua", "R.", "Avenida", "Av.", "Travessa", "Tv.",
                       "Praça", "Largo", "Alameda", "Estrada", "Rodovia",
                       "Calçada", "Beco"]))
    name = r.choice(mine(STEMS["pt"]))
    n = r.choice([num(r), num(r), "nº %s" % num(r), "n.º %s" % num(r),
                  "s/n"])
    st = "%s %s, %s" % (t, name, n) if r.random() < 0.7 else \
        "%s %s %s" % (t, name, n)
    if r.random() < 0.5:
        st += r.choice([", ", " - ", " "]) + r.choice(mine(
            ["%dº Esq.", "%dº Dto", "%dº andar", "apto %d", "apto. %d",
             "ap. %d", "sala %d", "bloco %s", "casa %d", "%d.º Dt.º",
             "loja %d", "cj. %d"])).replace(
            "%s", r.choice("ABC")).replace("%d", str(r.randint(1, 120)))
    lines = [st]
    town = r.choice(towns)
    if cc == "PT":
        last = "%s-%s %s" % (digits(r, 4).replace("0", "1", 1),
                             digits(r, 3), town)
        if r.random() < 0.1:
            lines = ["Apartado %d" % r.randint(10, 9999)]
        return lines, [last]
    if r.random() < 0.5:
        lines.append(r.choice(["Bairro ", "Jardim ", "Vila ", ""]) +
                     r.choice(mine(["Centro", "Bela Vista", "Copacabana",
                                    "Pinheiros", "Boa Viagem",
                                    "Santa Cecília", "Moema"])))
    uf = r.choice(BR_UF)
    cep = "%s-%s" % (digits(r, 5), digits(r, 3))
    if r.random() < 0.1:
        lines = ["Caixa Postal %d" % r.randint(10, 9999)]
    if r.random() < 0.5:
        return lines, ["%s - %s" % (town, uf), cep]
    f = r.choice(["%s - %s, %s", "%s/%s, CEP %s", "%s, %s %s"])
    return lines, [f % (town, uf, cep)]


def it(r, towns, words):
    t = r.choice(mine(["Via", "V.", "Viale", "V.le", "Piazza", "P.za",
                       "Corso", "C.so", "Largo", "Vicolo", "Piazzale",
                       "Strada", "Lungomare", "Contrada", "Borgo"]))
    name = r.choice(mine(STEMS["it"]))
    n = r.choice([num(r), num(r), "%s/%s" % (num(r), r.choice("ABC")),
                  "n. %s" % num(r), "%s%s" % (num(r), r.choice("abc"))])
    st = "%s %s%s %s" % (t, name, r.choice(["", ","]), n)
    lines = [st]
    if r.random() < 0.3:
        lines[0] += ", " + r.choice(mine(["Scala %s", "int. %d", "piano %d",
                                          "Int. %d", "sc. %s int. %d",
                                          "interno %d"])).replace(
            "%s", r.choice("ABC")).replace("%d", str(r.randint(1, 30)))
    if r.random() < 0.08:
        lines = ["Casella Postale %d" % r.randint(10, 999)]
    pv = r.choice(IT_PROV)
    town = r.choice(towns)
    last = r.choice(["%s %s (%s)", "%s %s %s", "%s - %s (%s)"]) % (
        digits(r, 5), town, pv)
    return lines, [last]


def nl_like(r, towns, words, cc):
    suf = r.choice(mine(["straat", "weg", "laan", "plein", "gracht",
                         "kade", "dijk", "singel", "hof", "steeg",
                         "dreef", "pad", "markt", "steenweg", "lei"]))
    stem = r.choice(mine(STEMS["nl"]))
    n = house(r, ["n"] * 5 + ["a", "dash"])
    st = "%s%s %s" % (stem, suf, n)
    if r.random() < 0.2:
        st = "%s %s %s" % (r.choice(["Laan van", "Plein", "Burgemeester"]),
                           r.choice(["Meerdervoort", "Nieuw Oost-Indië",
                                     "de Vrieslaan", "1813"]), n)
    if cc == "BE" and r.random() < 0.5:
        st += " bus " + str(r.randint(1, 30))
    elif r.random() < 0.3:
        st += r.choice(["-2", " A", "-bis", " hs", " III", "A"])
    lines = [st]
    if r.random() < 0.08:
        lines = ["Postbus %d" % r.randint(10, 9999)]
    town = r.choice(towns)
    pc = digits(r, 4).replace("0", "1", 1)
    if cc == "NL":
        L = "ABCEGHJKLMNPRSTVWXZ"
        pc += r.choice([" ", ""]) + r.choice(L) + r.choice(L)
    return lines, ["%s %s" % (pc, town.upper() if cc == "NL" and
                              r.random() < 0.3 else town)]


def pl(r, towns, words):
    t = r.choice(mine(["ul.", "ul.", "al.", "Al.", "pl.", "os.",
                       "ulica", "aleja", "plac", "os."]))
    name = r.choice(mine(STEMS["pl"]))
    n = house(r, ["n"] * 4 + ["a", "slash"])
    st = "%s %s %s" % (t, name, n)
    if r.random() < 0.4:
        st += r.choice([" m. %d", "/%d", " lok. %d", " m %d",
                        " lok %d"]) % r.randint(1, 120)
    lines = [st]
    if r.random() < 0.08:
        lines = [r.choice(["Skrytka pocztowa %d", "skr. poczt. %d"]) %
                 r.randint(1, 999)]
    town = r.choice(towns)
    return lines, ["%s-%s %s" % (digits(r, 2), digits(r, 3), town)]


def nordic(r, towns, words, cc):
    lang = {"SE": "sv", "NO": "no", "DK": "da", "FI": "fi"}[cc]
    suf = {"SE": ["gatan", "vägen", "gränd", "torget", "backen", "allén",
                  "stigen", "g.", "v."],
           "NO": ["gata", "gate", "veien", "vegen", "vei", "gt.", "plass",
                  "allé", "bakken"],
           "DK": ["vej", "gade", "allé", "plads", "stræde", "vænget",
                  "torv", "boulevard"],
           "FI": ["katu", "tie", "kuja", "polku", "tori", "ranta", "väylä",
                  "aukio"]}[cc]
    st = "%s%s %s" % (r.choice(mine(STEMS[lang])), r.choice(mine(suf)),
                      house(r, ["n"] * 4 + ["a"]))
    if cc == "DK" and r.random() < 0.5:
        st += r.choice([", %d. tv.", ", %d. th.", ", %d. sal", " %d tv",
                        ", st. tv."]).replace("%d", str(r.randint(1, 6)))
    if cc == "FI" and r.random() < 0.5:
        st += r.choice([" A %d", " B %d", " as %d", " C %d"]) % \
            r.randint(1, 60)
    if cc == "NO" and r.random() < 0.3:
        st += ", H0%d0%d" % (r.randint(1, 5), r.randint(1, 9))
    lines = [st]
    if cc == "SE" and r.random() < 0.4:
        lines.append("lgh %d" % r.randint(1001, 1603))
    if r.random() < 0.08:
        lines = ["%s %d" % ({"SE": "Box", "NO": "Postboks", "DK": "Postboks",
                             "FI": "PL"}[cc], r.randint(10, 9999))]
    town = r.choice(towns)
    pc = {"SE": "%s %s" % (digits(r, 3), digits(r, 2)),
          "FI": digits(r, 5)}.get(cc, digits(r, 4)).replace("0", "1", 1)
    if r.random() < 0.15:
        pc = cc + "-" + pc if cc != "FI" else "FI-" + pc
    return lines, ["%s %s" % (pc, town.upper() if r.random() < 0.3 else
                              town)]


def military(r):
    """A US military address: PSC, Unit, ship, with APO/FPO/DPO."""
    x = r.random()
    pos = r.choice([("AE", "09"), ("AP", "96"), ("AA", "34")])
    code = pos[1] + digits(r, 3)
    kind = r.choice(["APO", "FPO", "DPO"])
    if x < 0.35:
        first = "PSC %d, Box %d" % (r.randint(1, 9999), r.randint(1, 9999))
    elif x < 0.65:
        first = "Unit %d Box %d" % (r.randint(1000, 9999),
                                    r.randint(1, 9999))
    elif x < 0.85:
        first = "USS %s" % r.choice(mine(["Nimitz", "Enterprise",
                                          "Ronald Reagan", "Carl Vinson",
                                          "Harry S. Truman", "Bataan",
                                          "George Washington"]))
        kind = "FPO"
    else:
        first = "CMR %d Box %d" % (r.randint(100, 999), r.randint(1, 9999))
    return [first], ["%s %s %s" % (kind, pos[0], code)]


def rural(r, towns):
    ab, _ = r.choice(US_STATES)
    first = r.choice(["RR %d Box %d", "Rural Route %d Box %d",
                      "HC %d Box %d", "RR %d, Box %d"]) % (
        r.randint(1, 9), r.randint(1, 300))
    return [first], ["%s, %s %s" % (r.choice(towns), ab, digits(r, 5))]


def pobox(r, towns, cc):
    first = r.choice(["PO Box %d", "P.O. Box %d", "Post Office Box %d",
                      "POB %d", "P. O. Box %d"]) % r.randint(1, 99999)
    if cc == "CA":
        ab, _ = r.choice(CA_PROV)
        return [first], ["%s %s  K1A 0B1" % (r.choice(towns), ab)]
    ab, _ = r.choice(US_STATES)
    return [first], ["%s, %s %s" % (r.choice(towns), ab, digits(r, 5))]


FORMAT = {"US": us, "GB": gb, "CA": ca, "IT": it, "PL": pl}


def build(r, cc, towns, words):
    """(kind, lines) of an address of cc."""
    kind = "street"
    x = r.random()
    if cc == "US" and x < 0.2:
        first, last = military(r)
        kind = "military"
    elif cc == "US" and x < 0.3:
        first, last = rural(r, towns)
        kind = "rural"
    elif cc in ("US", "CA") and x < 0.4:
        first, last = pobox(r, towns, cc)
        kind = "box"
    elif cc in FORMAT:
        first, last = FORMAT[cc](r, towns, words)
    elif cc in ("DE", "AT", "CH"):
        first, last = de_like(r, towns, words, cc)
    elif cc in ("FR", "BE") and (cc == "FR" or r.random() < 0.5):
        first, last = fr(r, towns, words, cc)
    elif cc in ("NL", "BE"):
        first, last = nl_like(r, towns, words, cc)
    elif cc in ("ES", "MX"):
        first, last = es_like(r, towns, words, cc)
    elif cc in ("PT", "BR"):
        first, last = pt_like(r, towns, words, cc)
    else:
        first, last = nordic(r, towns, words, cc)
    if kind == "street" and any(
            w in first[0] for w in ("Box", "Postfach", "BP", "B.P.", "CS ",
                                    "Apartado", "Caixa", "Skrytka",
                                    "skr.", "Postbus", "Postboks",
                                    "Casella", "PL ", "Boîte")):
        kind = "box"
    lines = first + last
    if kind != "military" and r.random() < 0.35:
        lines.append(r.choice(COUNTRY[cc]))
    if kind == "street" and len(first) > 1:
        kind = "unit"
    return kind, lines


# Sentence frames by language: {A} is the address.  mine() splits them.
INTRO = {
    "en": ["My address is {A}", "Please send it to:\n{A}", "Ship to {A}.",
           "{A}", "New address: {A}", "Address:\n{A}",
           "you can send it to {A}", "i live at {A} now",
           "Can you update my address to {A}? Thanks",
           "The delivery address should be {A}.",
           "Hi,\n\nplease use this address for the invoice:\n\n{A}\n\nBest "
           "regards", "Shipping address: {A}",
           "We moved! The new place is {A}.", "deliver to {A} pls",
           "billing address is {A}, same as shipping",
           "Send the replacement to {A} and not to my old address.",
           "I'm at {A} during the week.", "Mailing address\n{A}",
           "It's {A}", "the parcel went to {A} instead",
           "> Address: {A}\n> Phone: see above",
           "correct address: {A}"],
    "de": ["Meine Adresse ist {A}", "Bitte an:\n{A}", "Lieferadresse: {A}",
           "{A}", "meine adresse ist {A}", "Ich wohne jetzt in der {A}.",
           "Schicken Sie es bitte an {A}.", "Rechnungsanschrift:\n{A}",
           "Neue Anschrift: {A}, gültig ab Montag",
           "Hallo,\nbitte liefern Sie an folgende Adresse:\n{A}\nDanke!",
           "wir sind umgezogen nach {A}", "Die Adresse lautet {A}."],
    "fr": ["Mon adresse : {A}", "Livrez à :\n{A}", "{A}",
           "j'habite au {A}", "Mon adresse est {A}.",
           "Vous pouvez l'envoyer au {A} ?",
           "Adresse de livraison : {A}",
           "Bonjour,\nvoici ma nouvelle adresse :\n{A}\nCordialement",
           "nouvelle adresse {A} merci", "Facturation : {A}"],
    "es": ["Mi dirección es {A}", "Enviar a:\n{A}", "{A}",
           "vivo en {A}", "Dirección de envío: {A}",
           "¿Me lo podéis mandar a {A}?",
           "Hola,\nmi nueva dirección es:\n{A}\nSaludos",
           "mándalo a {A} porfa", "La dirección correcta es {A}.",
           "Domicilio: {A}"],
    "it": ["Il mio indirizzo è {A}", "Spedire a:\n{A}", "{A}",
           "abito in {A}", "Indirizzo di consegna: {A}",
           "potete spedirlo a {A}?",
           "Buongiorno,\nil nuovo indirizzo è:\n{A}\nGrazie",
           "mandatelo a {A} grazie", "Residenza: {A}"],
    "nl": ["Mijn adres is {A}", "Graag sturen naar:\n{A}", "{A}",
           "ik woon op {A}", "Afleveradres: {A}",
           "Kunnen jullie het naar {A} sturen?",
           "Hallo,\nmijn nieuwe adres is:\n{A}\nGroeten",
           "stuur maar naar {A}", "Factuuradres: {A}"],
    "pt": ["A minha morada é {A}", "Meu endereço: {A}", "{A}",
           "moro na {A}", "Endereço de entrega: {A}",
           "podem enviar para {A}?",
           "Olá,\no meu novo endereço é:\n{A}\nObrigado",
           "manda pra {A} por favor", "Morada: {A}"],
    "pl": ["Mój adres to {A}", "Proszę wysłać na:\n{A}", "{A}",
           "mieszkam przy {A}", "Adres dostawy: {A}",
           "Czy możecie wysłać na {A}?",
           "Dzień dobry,\nmój nowy adres:\n{A}\nPozdrawiam",
           "wyślijcie na {A} dzięki", "Adres: {A}"],
}

# Text that looks like an address and is none, by language.
NEGATIVE = {
    "en": ["I ordered 12 boxes and 3 arrived.", "See page 12, line 4.",
           "Route 66 was fun last summer.", "Main Street is a song I like.",
           "Order 12345 is late.", "Version 2.14 fixed it.",
           "It costs 15 dollars per month.", "Call me at 5 pm.",
           "There is room for improvement.", "Flat rate is 9.99.",
           "I waited 45 minutes on hold.", "Step 3 of 5 failed.",
           "Suite 16 by Bach was on the radio.", "We need 2 units, not 1.",
           "Box 3 of 4 was damaged.", "My unit test failed twice.",
           "Park Avenue is a great TV show.", "I live on the 5th floor",
           "The meeting is at 10 in room B.", "Invoice 2024-118 is wrong.",
           "Chapter 7 of the manual", "I paid 120 in March.",
           "Apt to happen again, I think.", "Court date is 12 May."],
    "de": ["Ich habe 12 Stück bestellt.", "Seite 12 im Handbuch.",
           "Bestellung 45678 fehlt.", "Das kostet 15 Euro im Monat.",
           "Um 17 Uhr bin ich da.", "Version 3.2 hat den Fehler.",
           "Die Hauptstraße war gesperrt, deshalb kam ich spät.",
           "Ich warte seit 3 Wochen.", "Schritt 2 von 5 klappt nicht."],
    "fr": ["J'ai commandé 12 articles.", "Voir page 12.",
           "La commande 45678 est en retard.", "Ça coûte 15 euros.",
           "Rendez-vous à 15 h.", "La rue était bloquée hier.",
           "Il reste 3 places.", "Version 2.1 installée."],
    "es": ["Pedí 12 unidades.", "Ver página 12.",
           "El pedido 45678 no llegó.", "Cuesta 15 euros al mes.",
           "A las 5 de la tarde.", "La calle estaba cortada.",
           "Esperé 40 minutos."],
    "it": ["Ho ordinato 12 pezzi.", "Vedi pagina 12.",
           "L'ordine 45678 è in ritardo.", "Costa 15 euro al mese.",
           "Alle 17 sono libero.", "La via era chiusa per lavori."],
    "nl": ["Ik heb 12 stuks besteld.", "Zie pagina 12.",
           "Bestelling 45678 is te laat.", "Het kost 15 euro per maand.",
           "Om 17 uur ben ik thuis.", "De straat was afgesloten."],
    "pt": ["Pedi 12 unidades.", "Veja a página 12.",
           "O pedido 45678 atrasou.", "Custa 15 reais por mês.",
           "Às 17 horas estou livre.", "A rua estava fechada."],
    "pl": ["Zamówiłem 12 sztuk.", "Zobacz stronę 12.",
           "Zamówienie 45678 się spóźnia.", "Kosztuje 15 zł miesięcznie.",
           "O 17 jestem w domu.", "Ulica była zamknięta."],
}


def lower_chat(text):
    """As people type it in a chat: lower case, no commas, one line."""
    return " ".join(text.lower().replace(",", " ").split())


def emit(out, text, spans, kind, lang):
    out.append({"text": text, "entities": [
        {"type": t, "start": s, "end": e} for t, s, e in spans],
        "kind": kind, "lang": lang})


def main():
    global HALF
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["tune", "eval"], default="tune")
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--out")
    a = ap.parse_args()
    HALF = a.half
    r = random.Random(a.seed + "/" + a.half)
    towns = load_towns()
    words = load_street_words()
    intro = {k: mine(v) for k, v in INTRO.items()}
    neg = {k: mine(v) for k, v in NEGATIVE.items()}
    out = []
    ccs = list(COUNTRY)
    for _ in range(a.n):
        if r.random() < 0.12:
            lang = r.choice(list(neg))
            emit(out, r.choice(neg[lang]), [], "negative", lang)
            continue
        cc = r.choice(ccs)
        lang = CC_LANG[cc]
        if r.random() < 0.25:
            lang = "en"
        kind, lines = build(r, cc, towns.get(cc) or towns["DE"], words)
        style = r.random()
        if style < 0.45:
            addr = "\n".join(lines)
        elif style < 0.8:
            addr = ", ".join(lines)
        else:
            addr = lower_chat(", ".join(lines))
            kind = "lower"
        frame = r.choice(intro[lang])
        if style >= 0.8:
            frame = lower_chat(frame).replace("{a}", "{A}")
        pre = ""
        spans = []
        if r.random() < 0.08 and kind != "lower":
            name = r.choice(SURNAMES)
            given = r.choice(["Anna", "Peter", "Marie", "Jan", "Lucia"])
            pre = "c/o %s %s\n" % (given, name)
            kind = "co"
        if frame != "{A}" and kind not in ("lower",) and r.random() < 0.2 \
                and "\n" not in frame:
            kind = "chat" if kind == "street" else kind
        s = frame.index("{A}")
        text = frame[:s] + pre + addr + frame[s + 3:]
        if pre:
            spans.append(("PERSON", s + 4, s + len(pre) - 1))
        spans.append(("STREET_ADDRESS", s + len(pre),
                      s + len(pre) + len(addr)))
        emit(out, text, spans, kind, cc)
    f = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.out:
        f.close()


if __name__ == "__main__":
    main()
