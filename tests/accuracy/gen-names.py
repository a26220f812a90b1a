#!/usr/bin/env python3
"""gen-names.py -- development texts of person names, with and without cues.

usage: gen-names.py [--seed S] [--per N] [--part tune|eval|all]
                    [--out FILE]

Writes JSONL for tests/accuracy/score.py: {"text", "entities": [{"start",
"end", "type"}], "kind", "lang", "frame"}.  Every text comes from a frame
written here: names of many languages with no cue word, names in lists,
signature and contact blocks, forwarded mail headers, middle initials,
titles (not part of the name), possessives, lower-case chat, names after
a role word set off by commas, in English, German, French, Spanish,
Italian, Dutch, Portuguese and Polish; and negatives: weekdays and months,
brands, capitalised sentence starts, German nouns, job titles, greetings
and places (LOCATION, not PERSON, where a place is labelled).

The names are drawn from the "tune" half (data/halves.py) of the shipped
lists (data/names/, data/gazetteer/) and a few names written here for
languages the lists lack (Slovak, Croatian, Serbian, Romanian).  The
frames themselves are split in two by the same hash of their text:
--part tune gives the frames to tune on, --part eval the others, which
tuning must not look at in detail; report both.

    python3 tests/accuracy/gen-names.py --part tune --out /tmp/nt.jsonl
    python3 tests/accuracy/score.py --by kind /tmp/nt.jsonl

Python 3 standard library only.
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

# Names of languages the shipped lists lack (facts: common names).
EXTRA = {
    "sk": ("Marek Lukáš Juraj Zuzana Katarína Jana Miroslav Ľubomír Mária "
           "Veronika Matej Tibor",
           "Kováč Horváth Varga Tóth Nagy Baláž Szabó Molnár Lukáč Hudák "
           "Kováčová Horváthová Vargová Šimko Mináč"),
    "hr": ("Ivan Marko Luka Ana Ivana Petra Josip Tomislav Mateja Dario "
           "Krešimir Nikolina",
           "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević "
           "Vuković Marković Petrović Matić Tomić Pavlović Šarić"),
    "sr": ("Nikola Stefan Milan Jelena Milica Dragan Nemanja Aleksandra "
           "Dušan Snežana Vladimir Jovana",
           "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić "
           "Stanković Pavlović Milošević Popović Živković Todorović"),
    "ro": ("Andrei Alexandru Ioana Elena Mihai Cristina Bogdan Ionuț "
           "Răzvan Mădălina Florin Gabriela",
           "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Rusu "
           "Munteanu Constantinescu Matei Ciobanu Moldovan Dinu Lungu"),
}


def tune(n):
    return halves.keep(n, "tune")


def read_intl(fname):
    out = {}
    with open(os.path.join(TOP, "data", "names", fname),
              encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            lang, names = line.rstrip("\n").split("\t", 1)
            out.setdefault(lang, []).extend(
                n.replace("_", " ") for n in names.split())
    return out


def read_national(lang, kind, most=400):
    path = os.path.join(TOP, "data", "names", lang, kind + ".tsv")
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            name = cols[0]
            # INE and IBGE write capitals without accents.
            if name.isupper():
                name = " ".join(w.capitalize() for w in name.split())
            if " " in name and lang != "nl":
                continue
            out.append(name)
            if len(out) >= most:
                break
    return out


def pools():
    given, surn = read_intl("intl_given.txt"), read_intl("intl_surnames.txt")
    for lang in ("fi", "cs", "hu", "es", "pt", "fr", "de", "da"):
        given.setdefault(lang, []).extend(read_national(lang, "given"))
    for lang in ("fi", "cs", "es", "nl", "da"):
        surn.setdefault(lang, []).extend(read_national(lang, "surnames"))
    for fname, kind in (("census1990_first_male.txt", given),
                        ("census1990_first_female.txt", given),
                        ("census1990_last.txt", surn)):
        with open(os.path.join(TOP, "data", "names", fname),
                  encoding="utf-8") as f:
            top = [w.split()[0].capitalize() for w in f.readlines()[:300]
                   if w.strip()]
        kind.setdefault("en", []).extend(top)
    for lang, (g, s) in EXTRA.items():
        given.setdefault(lang, []).extend(g.split())
        surn.setdefault(lang, []).extend(s.split())
    out = {}
    for lang in set(given) & set(surn):
        g = sorted({n for n in given[lang] if tune(n)})
        s = sorted({n for n in surn[lang] if tune(n)})
        if g and s:
            out[lang] = (g, s)
    return out


# Which name languages a frame language draws from, besides all others.
HOME = {
    "en": ["en"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"],
    "nl": ["nl"], "pt": ["pt"], "pl": ["pl"],
}

# A frame: (kind, lang, text).  In the text, {N} is a full name, {G} a
# given name, {S} a surname, {I} a name with a middle initial, {T} a
# surname after a title, {P} a possessive name ("Novak's"), {L} a
# lower-case full name, {g} a lower-case given name, {s} a lower-case
# surname; {X} a place (labelled LOCATION), {Y} a place the service
# names of itself (no one's, unlabelled), {F} a phone number
# (PHONE_NUMBER); anything else is text.
FRAMES = [
    # no cue, names of many languages
    ("nocue", "en", "{N} will join the call tomorrow."),
    ("nocue", "en", "I spoke to {N} yesterday about the refund."),
    ("nocue", "en", "{N} approved the change last week."),
    ("nocue", "en", "Can you check the account of {N} please?"),
    ("nocue", "en", "The ticket was opened by {N} on behalf of the client."),
    ("nocue", "en", "Both {N} and {N} are on the distribution list."),
    ("nocue", "en", "We received a complaint from {N} about the delay."),
    ("nocue", "de", "{N} hat gestern angerufen und um Rückruf gebeten."),
    ("nocue", "de", "Bitte leiten Sie das an {N} weiter."),
    ("nocue", "de", "Laut {N} ist die Lieferung unterwegs."),
    ("nocue", "fr", "{N} a appelé ce matin pour sa commande."),
    ("nocue", "fr", "Merci de transmettre le dossier à {N}."),
    ("nocue", "es", "{N} llamó ayer por la factura."),
    ("nocue", "es", "Por favor, envíe el contrato a {N}."),
    ("nocue", "it", "{N} ha chiamato per il rimborso."),
    ("nocue", "it", "Ho parlato con {N} della consegna."),
    ("nocue", "nl", "{N} heeft gisteren gebeld over de factuur."),
    ("nocue", "nl", "Stuur het contract naar {N} alstublieft."),
    ("nocue", "pt", "{N} ligou ontem sobre a encomenda."),
    ("nocue", "pt", "Por favor envie o documento para {N}."),
    ("nocue", "pl", "{N} dzwonił wczoraj w sprawie faktury."),
    ("nocue", "pl", "Proszę przesłać umowę do {N}."),
    # lists of names
    ("list", "en", "{G}, {G} and {G} were at the meeting."),
    ("list", "en", "Invited: {N}, {N}, {N}."),
    ("list", "en", "{G}, {G}, and {G} will cover the weekend shifts."),
    ("list", "de", "{G}, {G} und {G} waren beim Termin dabei."),
    ("list", "fr", "{G}, {G} et {G} sont en copie."),
    ("list", "es", "{G}, {G} y {G} estaban en la reunión."),
    ("list", "it", "{G}, {G} e {G} sono in ferie."),
    ("list", "nl", "{G}, {G} en {G} zijn er morgen niet."),
    ("list", "pt", "{G}, {G} e {G} estão de férias."),
    ("list", "pl", "{G}, {G} i {G} byli na spotkaniu."),
    # signatures and contact blocks
    ("signature", "en", "Thanks for your help.\n\nBest regards,\n{N}\nTeam Lead"),
    ("signature", "en", "See you then.\n\nKind regards\n{N}"),
    ("signature", "en", "Cheers,\n{G}"),
    ("signature", "en", "Thanks,\n{N}\nCustomer Success Manager\nAcme Ltd"),
    ("signature", "de", "Vielen Dank.\n\nMit freundlichen Grüßen\n{N}\nVertrieb"),
    ("signature", "de", "Beste Grüße\n{N}"),
    ("signature", "fr", "Merci d'avance.\n\nCordialement,\n{N}\nResponsable commercial"),
    ("signature", "fr", "Bien à vous,\n{N}"),
    ("signature", "es", "Gracias.\n\nSaludos,\n{N}\nJefe de ventas"),
    ("signature", "es", "Un saludo,\n{N}"),
    ("signature", "it", "Grazie mille.\n\nCordiali saluti,\n{N}"),
    ("signature", "nl", "Alvast bedankt.\n\nMet vriendelijke groet,\n{N}"),
    ("signature", "pt", "Obrigado.\n\nAtenciosamente,\n{N}"),
    ("signature", "pl", "Dziękuję.\n\nPozdrawiam,\n{N}"),
    ("signature", "pl", "Z poważaniem\n{N}\nKierownik działu"),
    # forwarded mail headers
    ("header", "en", "---------- Forwarded message ---------\nFrom: {N}\nDate: Mon, 3 Jun 2024\nSubject: Invoice"),
    ("header", "en", "From: {N}\nSent: Tuesday\nTo: {N}\nSubject: Re: order"),
    ("header", "de", "Von: {N}\nGesendet: Montag, 3. Juni 2024\nAn: {N}\nBetreff: Rechnung"),
    ("header", "fr", "De : {N}\nEnvoyé : lundi 3 juin 2024\nÀ : {N}\nObjet : Facture"),
    ("header", "es", "De: {N}\nEnviado: lunes\nPara: {N}\nAsunto: Factura"),
    ("header", "nl", "Van: {N}\nVerzonden: maandag\nAan: {N}\nOnderwerp: Factuur"),
    ("header", "it", "Da: {N}\nInviato: lunedì\nA: {N}\nOggetto: Fattura"),
    ("header", "pl", "Od: {N}\nWysłano: poniedziałek\nDo: {N}\nTemat: Faktura"),
    ("header", "pt", "De: {N}\nEnviada em: segunda-feira\nPara: {N}\nAssunto: Fatura"),
    # middle initials
    ("initial", "en", "The form was signed by {I}."),
    ("initial", "en", "{I} is the account holder."),
    ("initial", "de", "Unterschrieben von {I}."),
    # titles (the title is no part of the name)
    ("title", "en", "Dr. {T} will see you at ten."),
    ("title", "en", "Please ask for Ms {T} at reception."),
    ("title", "de", "Frau {T} ist heute nicht im Büro."),
    ("title", "de", "Herr {T} hat den Vertrag unterschrieben."),
    ("title", "fr", "M. {T} vous rappellera demain."),
    ("title", "fr", "Madame {T} a envoyé le formulaire."),
    ("title", "es", "El Sr. {T} llamó esta mañana."),
    ("title", "es", "La Sra. {T} pidió un reembolso."),
    ("title", "it", "Il sig. {T} ha chiamato."),
    ("title", "pl", "Pani {T} prosi o kontakt."),
    ("title", "pl", "Pan {T} dzwonił rano."),
    ("title", "nl", "Mevrouw {T} belt morgen terug."),
    ("title", "pt", "O Sr. {T} ligou hoje."),
    # possessives
    ("possessive", "en", "{P} order was delayed again."),
    ("possessive", "en", "I forwarded {P} request to billing."),
    ("possessive", "de", "Das ist {S}s Bestellung."),
    # lower-case chat
    ("lower", "en", "hi this is {g} here"),
    ("lower", "en", "this is {g} here, my order is late"),
    ("lower", "en", "send it to {g} please"),
    ("lower", "en", "my manager, {s}, said it was fine"),
    ("lower", "en", "hey its {l} again"),
    ("lower", "en", "my name is {l} and i need help"),
    ("lower", "en", "i'm {g} from accounts"),
    ("lower", "en", "can you forward it to {g}"),
    ("lower", "en", "ok thanks {g}"),
    ("lower", "de", "hallo hier ist {g}"),
    ("lower", "de", "ich heiße {l}"),
    ("lower", "fr", "bonjour c'est {g}"),
    ("lower", "es", "hola soy {g}"),
    ("lower", "it", "ciao sono {g}"),
    ("lower", "nl", "hoi met {g}"),
    ("lower", "pt", "oi aqui é {g}"),
    ("lower", "pl", "cześć tu {g}"),
    # a role word, then the name set off by commas
    ("role", "en", "My colleague, {N}, will take over."),
    ("role", "en", "Our accountant, {N}, sent the figures."),
    ("role", "en", "The driver, {G}, left the parcel at the door."),
    ("role", "de", "Mein Kollege, {N}, meldet sich bei Ihnen."),
    ("role", "fr", "Mon collègue, {N}, vous contactera."),
    ("role", "es", "Mi compañera, {N}, le llamará."),
    ("role", "it", "Il mio collega, {N}, la contatterà."),
    ("role", "nl", "Mijn collega, {N}, neemt contact op."),
    ("role", "pt", "O meu colega, {N}, vai ligar."),
    ("role", "pl", "Mój kolega, {N}, oddzwoni."),
    # cues in each language
    ("cue", "en", "Hi, my name is {N} and I have a question."),
    ("cue", "en", "Hello {G}, thanks for getting back to me."),
    ("cue", "de", "Guten Tag, mein Name ist {N}."),
    ("cue", "de", "Hallo {G}, danke für die schnelle Antwort."),
    ("cue", "fr", "Bonjour, je m'appelle {N}."),
    ("cue", "fr", "Bonjour {G}, merci pour votre retour."),
    ("cue", "es", "Hola, me llamo {N}."),
    ("cue", "es", "Buenos días, soy {N}."),
    ("cue", "it", "Buongiorno, mi chiamo {N}."),
    ("cue", "it", "Salve, sono {N}."),
    ("cue", "nl", "Goedendag, mijn naam is {N}."),
    ("cue", "nl", "Hallo, ik ben {N}."),
    ("cue", "pt", "Olá, o meu nome é {N}."),
    ("cue", "pt", "Bom dia, chamo-me {N}."),
    ("cue", "pl", "Dzień dobry, nazywam się {N}."),
    ("cue", "pl", "Witam, jestem {N}."),
    # contact blocks and mail lines
    ("contact", "en", "Contact person: {N}\nPhone: {F}"),
    ("contact", "en", "Name: {N}\nEmail: see below"),
    ("contact", "de", "Ansprechpartner: {N}\nTelefon: {F}"),
    ("contact", "fr", "Interlocuteur : {N}\nTéléphone : {F}"),
    ("contact", "es", "Persona de contacto: {N}"),
    ("contact", "en", "Cc: {N}; {N}"),
    ("contact", "en", "Dr. {N}\nHead of Sales\nAcme GmbH"),
    ("contact", "nl", "Contactpersoon: {N}"),
    ("contact", "pl", "Osoba kontaktowa: {N}"),
    # more names with no cue
    ("nocue", "en", "Thanks to {N} for the quick fix."),
    ("nocue", "en", "Please add {N} to the thread."),
    ("nocue", "en", "Unfortunately {N} is out of office until next week."),
    ("nocue", "de", "Leider ist {N} bis Montag nicht erreichbar."),
    ("nocue", "fr", "Je mets {N} en copie."),
    ("nocue", "es", "Pongo en copia a {N}."),
    ("nocue", "it", "Metto in copia {N}."),
    ("nocue", "nl", "Ik zet {N} in de cc."),
    ("nocue", "pt", "Coloco {N} em cópia."),
    ("nocue", "pl", "Dodaję {N} do wiadomości."),
    ("lower", "en", "pls send the invoice to {l}"),
    ("lower", "en", "spoke with {g} yesterday"),
    ("lower", "en", "{g} here, quick question"),
    ("negative", "en", "Unfortunately Customer Service is closed today."),
    ("negative", "en", "Please contact Deutsche Telekom or Vodafone directly."),
    ("negative", "en", "Head of Sales, Account Manager, Technical Lead"),
    ("negative", "de", "Leider ist der Kundenservice heute geschlossen."),
    ("negative", "de", "Hallo zusammen, Bitte um Rückmeldung bis Freitag."),
    ("negative", "fr", "Bonjour Madame, Monsieur, veuillez trouver la facture."),
    ("negative", "es", "Estimados señores, adjunto la factura de Junio."),
    ("negative", "en", "I flew from {X} to {X} last week."),
    ("negative", "nl", "Beste klantenservice, de levering van Maandag kwam niet."),
    # negatives: nothing of PERSON in them (places labelled)
    ("negative", "en", "The delivery is planned for Friday, June 14."),
    ("negative", "en", "We are closed on Monday and Tuesday."),
    ("negative", "en", "Hello Team, the report is attached."),
    ("negative", "en", "Please restart the Smart Plug and try again."),
    ("negative", "en", "Customer Success Manager, Support Team Lead and Head of Sales."),
    ("negative", "en", "Apple Pay and Google Wallet are both accepted."),
    ("negative", "en", "Thanks for the quick reply. Everything works now."),
    ("negative", "en", "Sorry, Wrong Number. Please Call Back Later."),
    ("negative", "en", "Our office in {Y} is open until five."),
    ("negative", "de", "Der Termin ist am Freitag um zehn Uhr."),
    ("negative", "de", "Hallo Team, die Rechnung kommt im Juni."),
    ("negative", "de", "Vielen Dank für Ihre Geduld. Die Lieferung kommt Montag."),
    ("negative", "de", "Die Kündigung wurde bestätigt, Ihre Bestellung storniert."),
    ("negative", "de", "Sehr geehrte Damen und Herren, anbei die Unterlagen."),
    ("negative", "de", "Ich wohne in {X} und arbeite dort."),
    ("negative", "fr", "La livraison est prévue mardi ou Mercredi."),
    ("negative", "fr", "Bonjour à tous, la réunion est en Juillet."),
    ("negative", "es", "Nos vemos el Lunes o el Martes."),
    ("negative", "es", "Buenos días, Equipo de Soporte."),
    ("negative", "it", "Ci vediamo Giovedì o Venerdì a {X}."),
    ("negative", "nl", "Tot Donderdag, of anders in Augustus."),
    ("negative", "pt", "A entrega chega na Sexta ou no Sábado."),
    ("negative", "pl", "Spotkanie w Piątek albo w Czerwcu."),
    ("negative", "pl", "Dzień dobry, Zespół Obsługi Klienta."),
    ("negative", "en", "Microsoft Teams and Google Meet both work for us."),
    ("negative", "en", "The Samsung Galaxy arrived with a broken screen."),
    ("negative", "en", "Regarding your Premium Plan, the Renewal Date is fixed."),
    ("negative", "en", "Operations Manager\nCustomer Care Department"),
    ("negative", "en", "Dear Customer, Thank You for choosing us."),
    ("negative", "en", "Hi All, Quick Update on the Outage."),
    ("negative", "en", "Good Morning, Support Team!"),
    ("negative", "en", "Order Status: Shipped\nTracking Number: pending"),
    ("negative", "de", "Sehr geehrter Kunde, Ihre Anfrage wurde bearbeitet."),
    ("negative", "de", "Guten Morgen, Herzlichen Dank für Ihre Nachricht."),
    ("negative", "de", "Kundennummer, Vertragsnummer und Rechnungsdatum bitte angeben."),
    ("negative", "de", "Mit freundlichen Grüßen\nIhr Kundenservice"),
    ("negative", "fr", "Cordialement,\nLe Service Client"),
    ("negative", "fr", "Bonjour, Merci Beaucoup pour votre Patience."),
    ("negative", "es", "Saludos cordiales,\nAtención al Cliente"),
    ("negative", "es", "Hola, Muchas Gracias por su Paciencia."),
    ("negative", "it", "Cordiali saluti,\nServizio Clienti"),
    ("negative", "it", "Buongiorno, Grazie Mille per la Pazienza."),
    ("negative", "nl", "Met vriendelijke groet,\nKlantenservice"),
    ("negative", "nl", "Hallo, Hartelijk Dank voor uw Geduld."),
    ("negative", "pt", "Atenciosamente,\nEquipe de Suporte"),
    ("negative", "pt", "Olá, Muito Obrigado pela Paciência."),
    ("negative", "pl", "Pozdrawiam,\nDział Obsługi Klienta"),
    ("negative", "pl", "Dzień dobry, Bardzo Dziękuję za Cierpliwość."),
    ("negative", "en", "Santander, ING and Revolut cards are accepted."),
    ("negative", "en", "We ship to {Y}, {Y} and {Y}."),
    ("negative", "en", "Sent from my iPhone"),
    ("negative", "en", "Visa, Mastercard and American Express are accepted."),
]

PLACES = ["Berlin", "Madrid", "Lyon", "Rotterdam", "Kraków", "Porto",
          "Bologna", "Hamburg", "Sevilla", "Utrecht", "Toulouse", "Gdańsk"]

PHONES = ["+44 20 7946 0958", "030 1234567", "01 23 45 67 89",
          "+34 912 345 678", "+48 22 123 45 67", "+31 20 123 4567"]

PARTICLES = {"nl": ["van", "van der", "van den", "de"],
             "pt": ["da", "dos", "de"], "es": ["de"],
             "de": ["von"], "it": ["De", "Di"]}


class Filler:
    def __init__(self, rng, pools):
        self.rng, self.pools = rng, pools
        self.langs = sorted(pools)

    def lang(self, frame_lang):
        if self.rng.random() < 0.35 and frame_lang in self.pools:
            return frame_lang
        return self.rng.choice(self.langs)

    def given(self, fl):
        return self.rng.choice(self.pools[self.lang(fl)][0])

    def surname(self, fl, lang=None):
        lang = lang or self.lang(fl)
        g, s = self.pools[lang]
        r = self.rng.random()
        name = self.rng.choice(s)
        if r < 0.08:
            name += "-" + self.rng.choice(s)
        elif r < 0.18 and lang in ("es", "pt"):
            name += " " + self.rng.choice(s)
        elif r < 0.3 and lang in PARTICLES and " " not in name:
            name = self.rng.choice(PARTICLES[lang]) + " " + name
        return name, lang

    def full(self, fl):
        lang = self.lang(fl)
        s, _ = self.surname(fl, lang)
        g = self.rng.choice(self.pools[lang][0])
        return g + " " + s


def fill(frame, f):
    """The text and PERSON/LOCATION entities of a frame."""
    kind, fl, tpl = frame
    out, ents, k = [], [], 0
    pos = 0
    while k < len(tpl):
        if tpl[k] == "{" and tpl.find("}", k) == k + 2:
            code = tpl[k + 1]
            typ = "PERSON"
            if code == "N":
                s = f.full(fl)
            elif code == "G":
                s = f.given(fl)
            elif code in "ST":
                s = f.surname(fl)[0]
            elif code == "I":
                g = f.given(fl)
                s = g + " " + f.rng.choice("ABCDEFGHJKLMNPRST") + ". " + \
                    f.surname(fl)[0]
            elif code == "P":
                s = f.full(fl)
            elif code == "L":
                s = f.full(fl).lower()
            elif code == "l":
                s = f.full(fl).lower()
            elif code == "g":
                s = f.given(fl).lower()
            elif code == "s":
                s = f.surname(fl)[0].lower()
            elif code == "X":
                s, typ = f.rng.choice(PLACES), "LOCATION"
            elif code == "Y":
                s = f.rng.choice(PLACES)
                out.append(s)
                pos += len(s)
                k += 3
                continue
            elif code == "F":
                s, typ = f.rng.choice(PHONES), "PHONE_NUMBER"
            else:
                raise ValueError(tpl)
            ents.append({"start": pos, "end": pos + len(s), "type": typ})
            if code == "P":
                s += "'" if s.endswith("s") else "'s"
            out.append(s)
            pos += len(s)
            k += 3
            continue
        out.append(tpl[k])
        pos += 1
        k += 1
    return "".join(out), ents


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default="dev1")
    ap.add_argument("--per", type=int, default=12,
                    help="texts a frame (default 12)")
    ap.add_argument("--part", default="tune",
                    choices=("tune", "eval", "all"))
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    f = Filler(rng, pools())
    recs = []
    for frame in FRAMES:
        part = halves.which(frame[2])
        if a.part != "all" and part != a.part:
            continue
        n = 1 if frame[0] == "negative" and "{" not in frame[2] else a.per
        for _ in range(n):
            text, ents = fill(frame, f)
            recs.append({"text": text, "entities": ents, "kind": frame[0],
                         "lang": frame[1], "frame": part})
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")
    for r in recs:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
