#!/usr/bin/env python3
"""gen-places.py -- the development set of the places and address recognizers.

usage: gen-places.py [--seed S] [--n N] [--out FILE] [--wide tune|eval]

Writes labelled texts (the JSONL score.py reads: "text", "entities",
"kind", "lang") from frames of its own in English, German, French,
Spanish, Italian, Dutch, Portuguese and Polish, and only the "tune" half
of the place lists (data/halves.py):

  cue       a town, region or country where someone lives, comes from or
            moves to (LOCATION)
  form      a town as the value of a form's field ("City: ...")
  general   a country or a large city named in a question about the
            service ("Do you deliver to Austria?"): no personal data
  word      words that are places too, used as ordinary words ("Nice to
            hear", "Reading the manual", "Mobile app"): nothing
  org       organisations and products with a place in their name
            ("Air France", "Bank of America"): nothing
  address   a street address of one of 19 countries (US, GB, CA, DE, AT,
            CH, FR, ES, PT, IT, NL, BE, PL, SE, NO, DK, FI, BR, MX), on
            one line or several, with its unit, postcode, town and
            country lines (STREET_ADDRESS, the whole block)

--wide tune|eval writes instead the wide frame groups (WIDE below): towns
of every country of the gazetteer, towns of several words, the cue after
the town, lower-case chat, birthplaces and workplaces, "near", regions
and countries of origin, trips, a person's places in a list, persons'
names that are towns too, and the negatives (organisations, products,
company lists, ordinary words).  Each group's frames are split by
position, tune and eval, and so are the places (by the lists' halves):
a figure on --wide eval is one of frames the tuning did not see.

The recognizers are tuned on it, so its figures are development
figures, no measure of unseen text (that is gen-eval.py --seed
heldout1).  Python 3 standard library only.
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
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"]
LANG_CC = {"en": ["GB", "US", "IE", "CA"], "de": ["DE", "AT", "CH"],
           "fr": ["FR", "BE", "CH"], "es": ["ES", "MX"], "it": ["IT"],
           "nl": ["NL", "BE"], "pt": ["PT", "BR"], "pl": ["PL"]}


def read_tsv(name):
    with open(os.path.join(WORLD, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def load_cities():
    """Towns of the tune half by country: (name, population)."""
    by = {}
    for fn in ("cities-europe.tsv", "cities-americas.tsv"):
        for r in read_tsv(fn):
            if len(r) < 6 or not halves.keep(r[0], "tune"):
                continue
            pop = int(r[4]) if r[4].isdigit() else 0
            if pop < 2000 or r[5] != "-" or " " in r[0] and len(r[0]) > 20:
                continue
            by.setdefault(r[3], []).append((r[0], pop))
    return by


def load_countries():
    """Short country names of the tune half by language."""
    by = {}
    for r in read_tsv("countries.tsv"):
        if len(r) > 7 and r[7] == "short" and halves.keep(r[0], "tune"):
            by.setdefault(r[6], []).append(r[0])
    return by


# Frames: {P} is the place.
CUE = {
    "en": ["I live in {P}.", "We moved to {P} last year.",
           "I'm originally from {P}, so the time zone is odd.",
           "my sister lives in {P} now", "I am based in {P}.",
           "Hi, writing from {P}: the app will not load."],
    "de": ["Ich wohne in {P}.", "Wir sind letztes Jahr nach {P} gezogen.",
           "ich komme aus {P}", "Meine Mutter lebt in {P}.",
           "Ich bin in {P} geboren."],
    "fr": ["J'habite à {P}.", "Je viens de {P}.",
           "nous avons déménagé à {P} en mai", "Ma fille vit à {P}."],
    "es": ["Vivo en {P}.", "Soy de {P}.", "me mudé a {P} hace poco",
           "Mi hermano vive en {P}."],
    "it": ["Abito a {P}.", "Sono di {P}.", "mi sono trasferito a {P}",
           "Vivo a {P} da due anni."],
    "nl": ["Ik woon in {P}.", "Ik kom uit {P}.",
           "we zijn verhuisd naar {P}", "Mijn zus woont in {P}."],
    "pt": ["Moro em {P}.", "Sou de {P}.", "mudei-me para {P} no ano passado",
           "Vivo em {P}."],
    "pl": ["Mieszkam w {P}.", "Jestem z {P}.",
           "przeprowadziłem się do {P}", "Moja siostra mieszka w {P}."],
}

# Fields of a form whose value is a town.
FORM = {
    "en": ["City: {P}", "Town: {P}", "Place of birth: {P}"],
    "de": ["Wohnort: {P}", "Stadt: {P}", "Geburtsort: {P}"],
    "fr": ["Ville : {P}", "Lieu de naissance : {P}"],
    "es": ["Ciudad: {P}", "Localidad: {P}"],
    "it": ["Città: {P}", "Comune: {P}"],
    "nl": ["Woonplaats: {P}", "Plaats: {P}"],
    "pt": ["Cidade: {P}", "Localidade: {P}"],
    "pl": ["Miasto: {P}", "Miejscowość: {P}"],
}

GENERAL = {
    "en": ["Do you deliver to {P}?", "Is the service available in {P}?",
           "Do you have an office in {P}?", "Can I use the card in {P}?",
           "What are the shipping costs to {P}?",
           "Does roaming work in {P}?"],
    "de": ["Liefert ihr auch nach {P}?", "Gibt es den Dienst in {P}?",
           "Was kostet der Versand nach {P}?"],
    "fr": ["Livrez-vous en {P} ?", "Le service est-il disponible en {P} ?",
           "Combien coûte la livraison vers {P} ?"],
    "es": ["¿Hacéis envíos a {P}?", "¿El servicio funciona en {P}?",
           "¿Cuánto cuesta el envío a {P}?"],
    "it": ["Spedite anche in {P}?", "Il servizio è disponibile in {P}?"],
    "nl": ["Leveren jullie ook in {P}?", "Werkt de app ook in {P}?"],
    "pt": ["Vocês entregam em {P}?", "O serviço funciona em {P}?"],
    "pl": ["Czy wysyłacie do {P}?", "Czy usługa działa w {P}?"],
}
BIG = {"en": ["London", "Paris", "Berlin", "New York", "Madrid", "Rome",
              "Tokyo", "Sydney", "Toronto", "Chicago"],
       "de": ["Berlin", "Wien", "Zürich", "München", "Hamburg"],
       "fr": ["Paris", "Lyon", "Bruxelles", "Genève", "Marseille"],
       "es": ["Madrid", "Barcelona", "México", "Sevilla", "Valencia"],
       "it": ["Roma", "Milano", "Napoli", "Torino"],
       "nl": ["Amsterdam", "Rotterdam", "Brussel", "Utrecht"],
       "pt": ["Lisboa", "Porto", "São Paulo", "Rio de Janeiro"],
       "pl": ["Warszawa", "Kraków", "Gdańsk", "Wrocław"]}
GENERAL_CC = {"en": ["Germany", "France", "Spain", "Italy", "Canada",
                     "Mexico", "Austria", "Poland", "Japan", "Brazil"],
              "de": ["Österreich", "Frankreich", "Italien", "Polen"],
              "fr": ["Allemagne", "Espagne", "Italie", "Suisse"],
              "es": ["Francia", "Alemania", "Portugal", "Chile"],
              "it": ["Francia", "Germania", "Svizzera", "Spagna"],
              "nl": ["Duitsland", "België", "Frankrijk", "Spanje"],
              "pt": ["Espanha", "França", "Angola", "Brasil"],
              "pl": ["Niemczech", "Czechach", "Francji", "Polsce"]}

# Ordinary words that are places too, and organisations with a place.
WORD = {
    "en": ["Nice to hear that, thanks.", "Reading the manual did not help.",
           "Mobile data is off on my phone.", "Split the payment in two?",
           "Bath towels were missing from the order.",
           "Orange is the colour I picked.", "Worthing a try, I suppose.",
           "Marks on the screen after delivery.",
           "Commerce settings show an error.", "Florence and the Machine "
           "tickets are what I ordered.", "Victoria sponge recipe in the "
           "newsletter was wrong.", "Buffalo wings were cold.",
           "Phoenix mode keeps restarting.", "Independence day sale?",
           "Normal delivery is fine.", "Of course, Hope that helps.",
           "Colombo is my favourite series.", "Eagle eye, thanks!",
           "China plates arrived broken.", "Turkey for Christmas, please.",
           "Jersey size L, not M.", "Cork came out of the bottle."],
    "de": ["Essen war kalt.", "Bitte Mobile Daten einschalten.",
           "Nett, danke!", "Kalt und nass, das Paket.",
           "Ober- und Unterteil fehlen.", "Halle der Filiale war zu."],
    "fr": ["Nice, merci beaucoup !", "Orange ne répond pas.",
           "Tours de manège gratuits ?", "Grasse matinée, désolé."],
    "es": ["Granada de mano no, es una fruta.", "Mérida? No, quise decir "
           "merienda.", "Vale, gracias.", "Como dije, no llegó."],
    "it": ["Bene, grazie.", "Salve, ho un problema.", "Come posso pagare?"],
    "nl": ["Best, dank je.", "Goed, ik wacht wel.", "Echt waar?"],
    "pt": ["Bem, obrigado.", "Sal e pimenta faltavam.", "Tudo bem."],
    "pl": ["Dobrze, dziękuję.", "Koło zapasowe nie dotarło.",
           "Zielona Góra? Nie, to pomyłka w nazwie produktu."],
}
ORG = {
    "en": ["I bank with Bank of America.", "My flight was with Air France.",
           "The parcel came with Royal Mail.", "Is Deutsche Bank supported?",
           "I have a Virgin Media router.", "I paid with American Express.",
           "We use Hong Kong Airlines for freight.", "My Swiss Re invoice.",
           "The New York Times subscription renews today.",
           "Orlando Bloom was in the ad, lol."],
    "de": ["Ich bin bei der Berliner Sparkasse.", "Die Deutsche Bahn war "
           "zu spät.", "Kunde der Wiener Städtische."],
    "fr": ["Mon vol Air France est annulé.", "Je suis client de la "
           "Banque de France ?"],
    "es": ["Pagué con Banco Santander.", "Volé con Iberia Express."],
    "it": ["Ho un conto Banca di Roma.", "Il treno Italo è in ritardo."],
    "nl": ["Ik heb een rekening bij ING Nederland."],
    "pt": ["Voei com a TAP Portugal.", "Tenho conta no Banco do Brasil."],
    "pl": ["Mam konto w Banku Polskim.", "Leciałem LOT-em z Polskimi "
           "Liniami."],
}

# Street stems of this file's own.
STEM = ["Linden", "Birken", "Garten", "Schiller", "Mühlen", "Eichen",
        "Rosen", "Kirch", "Berg", "Wald", "Feld", "Hafen"]
EN_ST = ["Maple", "Oak", "Pine", "Cedar", "Willow", "Elm", "Chestnut",
         "Harbour", "Mill", "Church", "Station", "Victoria", "Park"]
EN_SUF = ["Street", "St", "Road", "Rd.", "Avenue", "Ave", "Lane", "Drive",
          "Close", "Way", "Crescent", "Boulevard"]
ROM = ["Garibaldi", "Verdi", "Mazzini", "Cervantes", "Colón", "Flores",
       "Liberdade", "Pasteur", "Victor Hugo", "San Martín", "Alcalá"]
PL_ST = ["Długa", "Krótka", "Polna", "Leśna", "Słoneczna", "Ogrodowa",
         "Mickiewicza", "Kościuszki"]
NL_ST = ["Kerk", "Molen", "Dorps", "Linden", "Beuken", "Haven"]
NORD = ["Stor", "Kyrko", "Skol", "Strand", "Park", "Kongens", "Nørre",
        "Vester"]
US_ST = ["IL", "TX", "CA", "NY", "OH", "WA", "GA", "FL"]
ADDR_INTRO = {
    "en": ["My address is {A}", "Please send it to:\n{A}", "Ship to {A}.",
           "{A}", "New address: {A}", "Address:\n{A}"],
    "de": ["Meine Adresse ist {A}", "Bitte an:\n{A}", "Lieferadresse: {A}",
           "{A}"],
    "fr": ["Mon adresse : {A}", "Livrez à :\n{A}", "{A}"],
    "es": ["Mi dirección es {A}", "Enviar a:\n{A}", "{A}"],
    "it": ["Il mio indirizzo è {A}", "Spedire a:\n{A}", "{A}"],
    "nl": ["Mijn adres is {A}", "Graag sturen naar:\n{A}", "{A}"],
    "pt": ["A minha morada é {A}", "Meu endereço: {A}", "{A}"],
    "pl": ["Mój adres to {A}", "Proszę wysłać na:\n{A}", "{A}"],
}
CC_LANG = {"US": "en", "GB": "en", "CA": "en", "DE": "de", "AT": "de",
           "CH": "de", "FR": "fr", "BE": "nl", "ES": "es", "MX": "es",
           "PT": "pt", "BR": "pt", "IT": "it", "NL": "nl", "PL": "pl",
           "SE": "en", "NO": "en", "DK": "en", "FI": "en"}
COUNTRY = {"US": ["USA", "United States"], "GB": ["United Kingdom", "UK"],
           "CA": ["Canada"], "DE": ["Deutschland", "Germany"],
           "AT": ["Österreich", "Austria"], "CH": ["Schweiz", "Switzerland"],
           "FR": ["France"], "BE": ["Belgique", "België", "Belgium"],
           "ES": ["España", "Spain"], "MX": ["México", "Mexico"],
           "PT": ["Portugal"], "BR": ["Brasil", "Brazil"],
           "IT": ["Italia", "Italy"], "NL": ["Nederland", "Netherlands"],
           "PL": ["Polska", "Poland"], "SE": ["Sverige", "Sweden"],
           "NO": ["Norge", "Norway"], "DK": ["Danmark", "Denmark"],
           "FI": ["Suomi", "Finland"]}


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def street_and_post(r, cc, town):
    """(street line, extra lines, postcode and town line) of cc."""
    n = str(r.randint(1, 240))
    unit = []
    if cc in ("US", "CA"):
        st = "%s %s %s" % (n, r.choice(EN_ST), r.choice(EN_SUF))
        if r.random() < 0.5:
            unit = [r.choice(["Apt 4B", "Suite 200", "Unit 12", "#305",
                              "Apt. 7", "Ste. 110"])]
        if cc == "US":
            pt = "%s, %s %s" % (town, r.choice(US_ST), digits(r, 5))
        else:
            pt = "%s ON %s" % (town, r.choice(["K1A 0B1", "M5V 2T6",
                                                "H2X 1Y4"]))
    elif cc == "GB":
        st = "%s %s %s" % (n, r.choice(EN_ST), r.choice(EN_SUF))
        if r.random() < 0.4:
            unit = [r.choice(["Flat 3", "Flat 12B", "Unit 4"])]
        pt = "%s\n%s" % (town.upper() if r.random() < 0.5 else town,
                         r.choice(["SW1A 2AA", "M1 1AE", "B33 8TH",
                                   "CR2 6XH", "LS1 4AP"]))
    elif cc in ("DE", "AT", "CH"):
        suf = r.choice(["straße", "strasse", "weg", "gasse", "platz"])
        st = "%s%s %s" % (r.choice(STEM), suf, n)
        if cc == "AT" and r.random() < 0.5:
            st += "/%d" % r.randint(1, 20)
        pt = "%s %s" % (digits(r, 5 if cc == "DE" else 4), town)
        if r.random() < 0.3:
            unit = [r.choice(["3. Stock", "2. OG", "Hinterhaus"])]
    elif cc == "FR":
        st = "%s, %s %s" % (n, r.choice(["rue", "avenue", "boulevard",
                                         "impasse", "place"]),
                            r.choice(["de la Paix", "Victor Hugo",
                                      "des Lilas", "Pasteur", "du Port"]))
        if r.random() < 0.3:
            unit = [r.choice(["Bât. B", "Appt 12", "Escalier C"])]
        pt = "%s %s" % (digits(r, 5), town)
    elif cc in ("ES", "MX"):
        st = "%s %s %s" % (r.choice(["Calle", "C/", "Avenida", "Av.",
                                     "Paseo"]), r.choice(ROM), n)
        if r.random() < 0.5:
            st += ", " + r.choice(["3º B", "2º izq.", "piso 4", "1ºA"])
        if cc == "MX":
            unit = ["Col. " + r.choice(["Centro", "Del Valle", "Roma"])]
            pt = "%s %s, %s" % (digits(r, 5), town,
                                r.choice(["CDMX", "Jal.", "N.L."]))
        else:
            pt = "%s %s" % (digits(r, 5), town)
    elif cc in ("PT", "BR"):
        st = "%s %s%s %s" % (r.choice(["Rua", "Avenida", "Travessa"]),
                             r.choice(["", "da ", "das ", "do "]),
                             r.choice(ROM), n)
        if r.random() < 0.5:
            st += ", " + r.choice(["2º Esq.", "apto 12", "3º Dto",
                                   "sala 4"])
        if cc == "PT":
            pt = "%s-%s %s" % (digits(r, 4), digits(r, 3), town)
        else:
            pt = "%s - %s\n%s-%s" % (town, r.choice(["SP", "RJ", "MG"]),
                                     digits(r, 5), digits(r, 3))
    elif cc == "IT":
        st = "%s %s %s" % (r.choice(["Via", "Viale", "Piazza", "Corso"]),
                           r.choice(ROM), n)
        pt = "%s %s (%s)" % (digits(r, 5), town,
                             r.choice(["RM", "MI", "TO", "NA"]))
        if r.random() < 0.3:
            unit = [r.choice(["Scala B", "int. 5", "piano 3"])]
    elif cc in ("NL", "BE"):
        st = "%s%s %s" % (r.choice(NL_ST), r.choice(["straat", "weg",
                                                     "laan", "plein"]), n)
        if cc == "BE" and r.random() < 0.5:
            st += " bus " + str(r.randint(1, 9))
        elif r.random() < 0.3:
            st += r.choice(["-2", " A", "-bis"])
        pc = digits(r, 4).replace("0", "1", 1)
        pt = "%s %s%s" % (pc, "" if cc == "BE" else
                          r.choice(["AB ", "NX ", "KL "]), town)
    elif cc == "PL":
        st = "ul. %s %s" % (r.choice(PL_ST), n)
        if r.random() < 0.5:
            st += r.choice([" m. 5", "/12", " lok. 3"])
        pt = "%s-%s %s" % (digits(r, 2), digits(r, 3), town)
    else:
        suf = {"SE": "gatan", "NO": "veien", "DK": "vej", "FI": "katu"}[cc]
        st = "%s%s %s" % (r.choice(NORD), suf, n)
        if cc == "DK" and r.random() < 0.5:
            st += ", 2. tv"
        if cc == "FI" and r.random() < 0.5:
            st += " A 5"
        if cc == "SE" and r.random() < 0.4:
            unit = ["lgh 1102"]
        pc = {"SE": "%s %s" % (digits(r, 3), digits(r, 2)),
              "FI": digits(r, 5)}.get(cc, digits(r, 4))
        pt = "%s %s" % (pc, town)
    return st, unit, pt


def address(r, cc, towns):
    town = r.choice(towns)[0]
    st, unit, pt = street_and_post(r, cc, town)
    parts = [st] + unit + [pt]
    if r.random() < 0.5:
        parts.append(r.choice(COUNTRY[cc]))
    sep = "\n" if r.random() < 0.6 else ", "
    return sep.join(parts)


def emit(out, text, spans, kind, lang):
    ents = []
    for t, s, e in spans:
        ents.append({"type": t, "start": s, "end": e})
    out.append({"text": text, "entities": ents, "kind": kind,
                "lang": lang})


def fill(frame, val):
    s = frame.index("{")
    key = frame[s:frame.index("}", s) + 1]
    text = frame.replace(key, val, 1)
    return text, s, s + len(val)


# ---------------------------------------------------------------------------
# Wide frames (--wide tune|eval): how chats and prose name places beyond
# the frames above.  Every group's frames are split in two by position
# (even: tune, odd: eval), so that a figure on the eval frames is one the
# tuning did not see; the places of tune frames come from the tune half of
# the lists, those of eval frames from the eval half.  {P} and {Q} are
# places (LOCATION), {T} a place of many words, {R} a region or state,
# {C} a country, {N} a person's name that is a town too (PERSON), {W} a
# town that is an ordinary word too (LOCATION in its frame).  A group
# whose name begins with "neg" labels nothing.
#
# Decided: places in a list of where a company has offices, ships or
# operates ("we have offices in X and Y") are no one's personal data and
# are labelled nothing; a list of where a person has lived or travelled is
# labelled place by place.  A trip or a flight of the writer's ("I'm
# flying to X next week") says where someone will be: LOCATION.

WIDE = {
    # Towns of every country of the gazetteer after the usual cues.
    "world": {
        "en": ["I live in {P}.", "I'm from {P} originally.",
               "We moved to {P} in 2019.", "my parents still live in {P}",
               "I grew up in {P}, so winters don't scare me.",
               "Currently living in {P} with my wife.",
               "I relocated to {P} for work last spring.",
               "He's from {P}, I think.",
               "She lives in {P} now and the parcel went to the old flat.",
               "I'm based out of {P}."],
        "de": ["Ich lebe seit drei Jahren in {P}.", "Ich komme aus {P}.",
               "Meine Eltern wohnen in {P}.", "Ich wohne jetzt in {P}.",
               "Wir leben in {P}.", "Er kommt ursprünglich aus {P}."],
        "fr": ["J'habite à {P} depuis mai.", "Je suis originaire de {P}.",
               "Mes parents habitent à {P}.", "Je vis à {P}.",
               "On a emménagé à {P} l'an dernier.", "Il vient de {P}."],
        "es": ["Vivo en {P} desde hace años.", "Soy de {P}.",
               "Mis padres viven en {P}.", "Ahora vivo en {P}.",
               "Nos mudamos a {P} en marzo.", "Ella es de {P}."],
        "it": ["Abito a {P} da poco.", "Sono originario di {P}.",
               "I miei genitori vivono a {P}.", "Vivo a {P}.",
               "Ci siamo trasferiti a {P}.", "Lui è di {P}."],
        "nl": ["Ik woon sinds kort in {P}.", "Ik kom oorspronkelijk uit {P}.",
               "Mijn ouders wonen in {P}.", "Wij wonen in {P}.",
               "We zijn naar {P} verhuisd.", "Hij komt uit {P}."],
        "pt": ["Moro em {P} há dois anos.", "Sou natural de {P}.",
               "Os meus pais vivem em {P}.", "Vivo em {P}.",
               "Mudámo-nos para {P}.", "Ela é de {P}."],
        "pl": ["Mieszkam w {P} od roku.", "Pochodzę z {P}.",
               "Moi rodzice mieszkają w {P}.", "Mieszkamy w {P}.",
               "Przeprowadziliśmy się do {P}.", "On jest z {P}."],
    },
    # Towns of several words, hyphens and apostrophes.
    "multi": {
        "en": ["I live in {T}.", "I moved to {T} last year.",
               "I'm from {T}.", "We live just in {T} now.",
               "born and raised in {T}"],
        "de": ["Ich wohne in {T}.", "Ich komme aus {T}.",
               "Wir sind nach {T} gezogen.", "Ich lebe in {T}."],
        "fr": ["J'habite à {T}.", "Je viens de {T}.", "Je vis à {T}.",
               "Nous avons déménagé à {T}."],
        "es": ["Vivo en {T}.", "Soy de {T}.", "Me mudé a {T}.",
               "Vivimos en {T}."],
        "it": ["Abito a {T}.", "Sono di {T}.", "Vivo a {T}.",
               "Mi sono trasferita a {T}."],
        "nl": ["Ik woon in {T}.", "Ik kom uit {T}.", "We wonen in {T}.",
               "Ik ben verhuisd naar {T}."],
        "pt": ["Moro em {T}.", "Sou de {T}.", "Vivo em {T}.",
               "Mudei-me para {T}."],
        "pl": ["Mieszkam w {T}.", "Jestem z {T}.", "Mieszkamy w {T}.",
               "Pochodzę z {T}."],
    },
    # The cue after the town, or far from it.
    "after": {
        "en": ["originally I'm from a small town called {P}",
               "{P} is where I live now.", "{P} is my home town.",
               "I was living in a village near the coast, {P}, until May.",
               "{P}, that's where I grew up.",
               "The town I live in is {P}."],
        "de": ["Ich bin nach {P} gezogen.", "Ich bin letzten Monat nach {P} "
               "umgezogen.", "{P} ist meine Heimatstadt.",
               "Ich bin in {P} aufgewachsen.",
               "Meine Familie ist vor zwei Jahren nach {P} gezogen."],
        "fr": ["{P}, c'est là que j'habite.", "Je suis né à {P}.",
               "{P} est ma ville natale.", "J'ai grandi à {P}."],
        "es": ["{P} es mi ciudad.", "Nací en {P}.",
               "Crecí en {P}.", "{P} es donde vivo ahora."],
        "it": ["{P} è la mia città.", "Sono nato a {P}.",
               "Sono cresciuta a {P}.", "{P} è dove vivo."],
        "nl": ["{P} is mijn woonplaats.", "Ik ben geboren in {P}.",
               "Ik ben opgegroeid in {P}.", "{P} is waar ik nu woon."],
        "pt": ["{P} é a minha cidade.", "Nasci em {P}.",
               "Cresci em {P}.", "{P} é onde moro."],
        "pl": ["{P} to moje miasto.", "Urodziłem się w {P}.",
               "Wychowałam się w {P}.", "{P} to moja rodzinna miejscowość."],
    },
    # Lower-case chat: the place in lower case too.
    "lower": {
        "en": ["i live in {p}", "im from {p}", "moved to {p} last month",
               "i'm in {p} atm", "we live in {p} now lol",
               "just moved to {p} so pls update"],
        "de": ["ich wohne in {p}", "bin aus {p}", "wohne jetzt in {p}",
               "komme aus {p}"],
        "fr": ["j'habite à {p}", "je viens de {p}", "je vis à {p} mtn",
               "on habite à {p}"],
        "es": ["vivo en {p}", "soy de {p}", "ahora vivo en {p}",
               "me mudé a {p}"],
        "it": ["abito a {p}", "sono di {p}", "vivo a {p}", "abitiamo a {p}"],
        "nl": ["ik woon in {p}", "kom uit {p}", "woon nu in {p}",
               "wij wonen in {p}"],
        "pt": ["moro em {p}", "sou de {p}", "vivo em {p}", "moramos em {p}"],
        "pl": ["mieszkam w {p}", "jestem z {p}", "mieszkamy w {p}",
               "pochodzę z {p}"],
    },
    # Birthplaces and workplaces.
    "birthwork": {
        "en": ["I was born in {P}.", "I work in {P}.",
               "born in {P} in 1984", "My office is in {P}.",
               "I commute to {P} every day.", "I work at the hospital in {P}.",
               "Place of birth is {P}."],
        "de": ["Ich bin in {P} geboren.", "Ich arbeite in {P}.",
               "Geboren in {P}.", "Ich pendle jeden Tag nach {P}."],
        "fr": ["Je suis née à {P}.", "Je travaille à {P}.",
               "Né à {P} en 1990.", "Je bosse à {P}."],
        "es": ["Nací en {P}.", "Trabajo en {P}.", "Nacido en {P}.",
               "Trabajo en un hospital de {P}."],
        "it": ["Sono nata a {P}.", "Lavoro a {P}.", "Nato a {P}.",
               "Lavoro in un ufficio a {P}."],
        "nl": ["Ik ben geboren in {P}.", "Ik werk in {P}.",
               "Geboren te {P}.", "Ik werk in een ziekenhuis in {P}."],
        "pt": ["Nasci em {P}.", "Trabalho em {P}.", "Nascido em {P}.",
               "Trabalho num hospital em {P}."],
        "pl": ["Urodziłam się w {P}.", "Pracuję w {P}.",
               "Urodzony w {P}.", "Pracuję w szpitalu w {P}."],
    },
    # Near, outside, the area of.
    "near": {
        "en": ["I live near {P}.", "We're just outside {P}.",
               "I'm in the {P} area.", "a village close to {P}",
               "We live about ten miles from {P}.",
               "I'm on the outskirts of {P}."],
        "de": ["Ich wohne bei {P}.", "Wir wohnen in der Nähe von {P}.",
               "Ich wohne im Raum {P}.", "ein Dorf nahe {P}"],
        "fr": ["J'habite près de {P}.", "On vit dans la région de {P}.",
               "un village à côté de {P}", "J'habite aux environs de {P}."],
        "es": ["Vivo cerca de {P}.", "Vivimos a las afueras de {P}.",
               "un pueblo cerca de {P}", "Vivo en la zona de {P}."],
        "it": ["Abito vicino a {P}.", "Viviamo fuori {P}.",
               "un paese vicino a {P}", "Abito in provincia di {P}."],
        "nl": ["Ik woon vlakbij {P}.", "We wonen in de buurt van {P}.",
               "een dorp bij {P}", "Ik woon in de regio {P}."],
        "pt": ["Moro perto de {P}.", "Vivemos nos arredores de {P}.",
               "uma aldeia perto de {P}", "Moro na zona de {P}."],
        "pl": ["Mieszkam pod {P}.", "Mieszkamy niedaleko {P}.",
               "wieś koło {P}", "Mieszkam w okolicach {P}."],
    },
    # Regions, states and countries of origin.
    "region": {
        "en": ["I live in {R}.", "We moved to {R} from {C}.",
               "I'm originally from {C}.", "My family is from {C}.",
               "I grew up in {R}.", "I'm a {C} citizen living in {R}."],
        "de": ["Ich lebe in {R}.", "Ich komme aus {C}.",
               "Meine Familie stammt aus {C}.", "Wir wohnen in {R}."],
        "fr": ["J'habite en {R}.", "Je viens de {C}.",
               "Ma famille est originaire de {C}.", "On vit en {R}."],
        "es": ["Vivo en {R}.", "Soy de {C}.", "Mi familia es de {C}.",
               "Vivimos en {R}."],
        "it": ["Vivo in {R}.", "Vengo dalla {C}.", "La mia famiglia è "
               "originaria della {C}.", "Abitiamo in {R}."],
        "nl": ["Ik woon in {R}.", "Ik kom uit {C}.",
               "Mijn familie komt uit {C}.", "We wonen in {R}."],
        "pt": ["Moro em {R}.", "Sou de {C}.", "A minha família é de {C}.",
               "Vivemos em {R}."],
        "pl": ["Mieszkam w {R}.", "Jestem z {C}.", "Moja rodzina jest z {C}.",
               "Mieszkamy w {R}."],
    },
    # Trips and travel of the writer.
    "travel": {
        "en": ["I'm flying to {P} next week.", "I'll be in {P} from Monday.",
               "We're going to {P} for the holidays.",
               "I'm travelling to {P} on Friday, can I use roaming?",
               "I'm staying in {P} until the 12th.",
               "Just landed in {P} and the card was declined."],
        "de": ["Ich fliege nächste Woche nach {P}.",
               "Ich bin ab Montag in {P}.", "Wir fahren im Urlaub nach {P}.",
               "Ich bin gerade in {P} im Urlaub."],
        "fr": ["Je pars à {P} la semaine prochaine.",
               "Je serai à {P} lundi.", "On part en vacances à {P}.",
               "Je suis en déplacement à {P}."],
        "es": ["Vuelo a {P} la semana que viene.", "Estaré en {P} el lunes.",
               "Nos vamos de vacaciones a {P}.", "Estoy de viaje en {P}."],
        "it": ["Volo a {P} la settimana prossima.", "Sarò a {P} lunedì.",
               "Andiamo in vacanza a {P}.", "Sono in viaggio a {P}."],
        "nl": ["Ik vlieg volgende week naar {P}.", "Ik ben maandag in {P}.",
               "We gaan op vakantie naar {P}.", "Ik zit nu in {P}."],
        "pt": ["Vou voar para {P} na próxima semana.",
               "Vou estar em {P} na segunda.", "Vamos de férias para {P}.",
               "Estou de viagem em {P}."],
        "pl": ["W przyszłym tygodniu lecę do {P}.",
               "W poniedziałek będę w {P}.", "Jedziemy na wakacje do {P}.",
               "Jestem teraz w {P}."],
    },
    # A person's places in a list.
    "list": {
        "en": ["I've lived in {P}, {Q} and now here.",
               "We split our time between {P} and {Q}.",
               "I moved from {P} to {Q}.", "born in {P}, raised in {Q}"],
        "de": ["Ich habe in {P} und {Q} gewohnt.",
               "Wir sind von {P} nach {Q} gezogen."],
        "fr": ["J'ai vécu à {P} puis à {Q}.",
               "On a déménagé de {P} à {Q}."],
        "es": ["He vivido en {P} y en {Q}.", "Me mudé de {P} a {Q}."],
        "it": ["Ho vissuto a {P} e a {Q}.", "Mi sono trasferito da {P} a {Q}."],
        "nl": ["Ik heb in {P} en {Q} gewoond.", "We verhuisden van {P} naar {Q}."],
        "pt": ["Já morei em {P} e em {Q}.", "Mudei de {P} para {Q}."],
        "pl": ["Mieszkałem w {P} i w {Q}.", "Przeprowadziłam się z {P} do {Q}."],
    },
    # Names of persons that are towns too, typed by their frame.
    "nametown": {
        "en": ["{N} called me yesterday about the refund.",
               "I live in {W}.", "Thanks {N}, that worked!",
               "My daughter {N} set up the account.",
               "We moved to {W} last year.",
               "Please ask {N} Smith to call me back.",
               "Hi {N}, the order is late again.",
               "I'm from {W} originally."],
        "de": ["{N} hat mich gestern angerufen.", "Ich wohne in {W}.",
               "Danke {N}, das hat geklappt.", "Wir sind nach {W} gezogen."],
        "fr": ["{N} m'a appelé hier.", "J'habite à {W}.",
               "Merci {N}, ça marche.", "Je viens de {W}."],
        "es": ["{N} me llamó ayer.", "Vivo en {W}.",
               "Gracias {N}, ya funciona.", "Soy de {W}."],
        "it": ["{N} mi ha chiamato ieri.", "Abito a {W}.",
               "Grazie {N}, funziona.", "Sono di {W}."],
        "nl": ["{N} belde me gisteren.", "Ik woon in {W}.",
               "Bedankt {N}, het werkt.", "Ik kom uit {W}."],
        "pt": ["A {N} ligou-me ontem.", "Moro em {W}.",
               "Obrigado {N}, já funciona.", "Sou de {W}."],
        "pl": ["{N} dzwoniła wczoraj.", "Mieszkam w {W}.",
               "Dzięki {N}, działa.", "Jestem z {W}."],
    },
    # Company lists, organisations, streets, products: nothing personal.
    "negorg": {
        "en": ["We have offices in London, Berlin and Madrid.",
               "Our stores in Chicago and Boston are open on Sunday.",
               "We ship to Canada, Mexico and most of Europe.",
               "The parcel is with Deutsche Post now.",
               "I watched Manchester United last night.",
               "Real Madrid won again, lol.",
               "I bought a Paris Saint-Germain shirt.",
               "My Toyota Camry needs a service.",
               "Do you sell Champagne glasses?",
               "The Oxford Street store was closed.",
               "I had Brussels sprouts for dinner.",
               "Is Boston Consulting Group a customer?",
               "Danish pastries were in the box.",
               "Our Paris team will answer in the morning."],
        "de": ["Wir haben Filialen in Berlin, Hamburg und München.",
               "Die Sparkasse Köln hat angerufen.",
               "Ich trinke gern Berliner Weiße.",
               "Der Hamburger war kalt.",
               "Bayern München hat verloren.",
               "Unsere Büros in Wien und Graz sind geschlossen."],
        "fr": ["Nous avons des agences à Lyon et à Lille.",
               "Le PSG a gagné hier soir.", "J'ai acheté du Camembert.",
               "La Société Générale m'a écrit.",
               "Nos boutiques de Nantes et Rennes ferment à 19h."],
        "es": ["Tenemos oficinas en Madrid y Barcelona.",
               "El Atlético de Madrid perdió.", "Compré jamón de Jabugo.",
               "Banco de Sabadell me llamó.",
               "Nuestras tiendas de Sevilla abren el domingo."],
        "it": ["Abbiamo sedi a Milano e Torino.", "La Juventus ha vinto.",
               "Ho comprato il Parmigiano.", "Banca di Roma ha chiamato.",
               "I nostri negozi di Napoli sono aperti."],
        "nl": ["We hebben kantoren in Amsterdam en Utrecht.",
               "Ajax Amsterdam won gisteren.", "Ik heb Goudse kaas gekocht.",
               "Onze winkels in Rotterdam zijn open."],
        "pt": ["Temos lojas em Lisboa e no Porto.", "O Benfica ganhou.",
               "Comprei vinho do Porto.", "O Banco de Portugal ligou.",
               "As nossas lojas de Braga abrem às 9h."],
        "pl": ["Mamy biura w Warszawie i Krakowie.", "Legia Warszawa wygrała.",
               "Kupiłem kiełbasę krakowską.", "Bank Pekao zadzwonił.",
               "Nasze sklepy w Gdańsku są otwarte."],
    },
    # Ordinary words that are towns too, in sentences of their own.
    "negword": {
        "en": ["Nice one, thanks!", "I'm reading the terms now.",
               "The mobile app crashes.", "Can we split the bill?",
               "I'll deal with it tomorrow.", "That's a real battle.",
               "My eye hurts after the screen time.",
               "I hope it arrives soon.", "The sale ends on Monday?",
               "Wells Fargo blocked my card.", "nice, that worked",
               "reading your email now", "Bath or shower?",
               "Speed is too slow on the mobile network.",
               "Independence is great.", "The orange one, please.",
               "Normal shipping is fine.", "Victory!", "Marathon training "
               "app keeps crashing."],
        "de": ["Essen ist fertig.", "Halle 3 ist geschlossen.",
               "Nett von dir.", "Wels ist ein Fisch.", "Hof und Garten "
               "sind sauber.", "Bergen die Kisten Risiken?",
               "Marl und Kies sind im Garten."],
        "fr": ["Nice, c'est parfait.", "Tours de magie ?",
               "Sens unique dans la rue.", "Vienne ou pas, tant pis."],
        "es": ["Mérida es bonita? No, la merienda.", "Como quieras.",
               "Vale, perfecto.", "León de peluche para mi hijo."],
        "it": ["Bene, grazie.", "Come va?", "Pace e bene.",
               "Prato fiorito nel giardino."],
        "nl": ["Best wel goed.", "Echt waar.", "Ede? Nee, Ede was een typfout.",
               "Goes het goed?"],
        "pt": ["Tudo bem.", "Sal e pimenta.", "Mafra? Não sei.",
               "Ponte partida na estrada."],
        "pl": ["Dobrze, dziękuję.", "Koło roweru pękło.",
               "Piła nie działa.", "Ruda farba się skończyła."],
    },
}

# Persons' names that are towns too ("Florence called").
NAMETOWN = ["Florence", "Austin", "Chester", "Lincoln", "Regina", "Victoria",
            "Paris", "Eugene", "Jackson", "Denver", "Adelaide", "Beatrice",
            "Valencia", "Sofia", "Marion", "Salem", "Orlando", "Charlotte",
            "Georgia", "Madison", "Alexandria", "Lourdes", "Mercedes",
            "Santiago", "Logan", "Clifton", "Lorraine", "Odessa", "Irving",
            "Troy", "Leon", "Carmen", "Dolores", "Trinidad", "Vienna",
            "Kent", "Bradford", "Preston", "Ashley", "Beverly"]


def _read_rows(name):
    for r in read_tsv(name):
        if len(r) >= 9:
            yield r


def load_wide(part):
    """The places of the wide frames, of the half part of the lists:
    towns of every country (of any size, and of 15,000 or more), towns
    of several words, regions and countries by language."""
    bad = set("()[]/,;:0123456789.")
    towns, big, multi = [], [], []
    for fn in ("cities-europe.tsv", "cities-americas.tsv", "cities-asia.tsv",
               "cities-other.tsv"):
        for r in _read_rows(fn):
            n = r[0]
            if bad & set(n) or not halves.keep(n, part) or len(n) > 30:
                continue
            pop = int(r[4]) if r[4].isdigit() else 0
            if pop < 1000:
                continue
            if r[5] == "-":
                towns.append(n)
                if pop >= 15000:
                    big.append(n)
            if (" " in n or "-" in n or "'" in n) and len(n.split()) <= 5:
                multi.append(n)
    regions = {}
    for r in _read_rows("regions.tsv"):
        if r[6] == "local" and not bad & set(r[0]) and r[5] == "-" and \
                halves.keep(r[0], part) and len(r[0]) <= 30:
            regions.setdefault(r[3], []).append(r[0])
    countries = {}
    for r in _read_rows("countries.tsv"):
        if r[7] == "short" and halves.keep(r[0], part) and \
                not bad & set(r[0]):
            countries.setdefault(r[6], []).append(r[0])
    return towns, big, multi, regions, countries


def wide(r, part, n):
    """n labelled texts of the wide frames of part (tune or eval)."""
    towns, big, multi, regions, countries = load_wide(part)
    side = 0 if part == "tune" else 1
    allreg = [x for v in regions.values() for x in v]
    names = [x for i, x in enumerate(NAMETOWN) if i % 2 == side]
    ccl = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it",
           "nl": "nl", "pt": "pt", "pl": "pl"}
    out = []
    groups = sorted(WIDE)
    for _ in range(n):
        g = r.choice(groups)
        lang = r.choice(LANGS)
        frames = WIDE[g][lang][side::2] or WIDE[g][lang]
        frame = r.choice(frames)

        def town():
            return r.choice(big if r.random() < 0.5 else towns)

        def region():
            home = [x for c in LANG_CC[lang] for x in regions.get(c, [])]
            return r.choice(home if home and r.random() < 0.5 else allreg)

        def country():
            return r.choice(countries.get(ccl[lang]) or countries["en"])
        vals = {"P": (town, "LOCATION"), "Q": (town, "LOCATION"),
                "T": (lambda: r.choice(multi), "LOCATION"),
                "R": (region, "LOCATION"), "C": (country, "LOCATION"),
                "N": (lambda: r.choice(names), "PERSON"),
                "W": (lambda: r.choice(names), "LOCATION"),
                "p": (lambda: town().lower(), "LOCATION")}
        text, spans, k = "", [], 0
        while True:
            s = frame.find("{", k)
            if s < 0:
                text += frame[k:]
                break
            text += frame[k:s]
            key = frame[s + 1]
            fn, typ = vals[key]
            v = fn()
            spans.append((typ, len(text), len(text) + len(v)))
            text += v
            k = s + 3
        if g == "lower":
            text = text.lower()
        emit(out, text, [] if g.startswith("neg") else spans, g, lang)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--out")
    ap.add_argument("--wide", choices=("tune", "eval"))
    a = ap.parse_args()
    r = random.Random(a.seed)
    if a.wide:
        write(a.out, wide(r, a.wide, a.n))
        return
    cities = load_cities()
    countries = load_countries()
    out = []
    ccs = list(COUNTRY)
    for k in range(a.n):
        kind = r.choice(["cue", "cue", "general", "word", "org",
                         "address", "address", "address", "form"])
        lang = r.choice(LANGS)
        if kind in ("cue", "form"):
            if (kind == "cue" and r.random() < 0.15 and
                    countries.get(lang) and lang != "pl"):
                p = r.choice(countries[lang])
            else:
                towns = cities.get(r.choice(LANG_CC[lang]))
                p = r.choice(towns)[0]
            text, s, e = fill(r.choice((CUE if kind == "cue" else
                                        FORM)[lang]), p)
            emit(out, text, [("LOCATION", s, e)], kind, lang)
        elif kind == "general":
            p = r.choice(BIG[lang] + GENERAL_CC[lang])
            text, s, e = fill(r.choice(GENERAL[lang]), p)
            emit(out, text, [], kind, lang)
        elif kind in ("word", "org"):
            emit(out, r.choice((WORD if kind == "word" else ORG)[lang]), [],
                 kind, lang)
        else:
            cc = r.choice(ccs)
            lang = CC_LANG[cc]
            towns = cities.get(cc) or cities["DE"]
            text, s, e = fill(r.choice(ADDR_INTRO[lang]),
                              address(r, cc, towns))
            emit(out, text, [("STREET_ADDRESS", s, e)], kind, cc)
    write(a.out, out)


def write(path, out):
    f = open(path, "w", encoding="utf-8") if path else sys.stdout
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if path:
        f.close()


if __name__ == "__main__":
    main()
