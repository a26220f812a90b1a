#!/usr/bin/env python3
"""gen-places.py -- the development set of the places and address recognizers.

usage: gen-places.py [--seed S] [--n N] [--out FILE]

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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--out")
    a = ap.parse_args()
    r = random.Random(a.seed)
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
    f = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.out:
        f.close()


if __name__ == "__main__":
    main()
