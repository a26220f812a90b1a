#!/usr/bin/env python3
"""train-person -- learn the weights of cog-mask's PERSON scorer.

usage: train-person.py [--out FILE] [--epochs N] [--report]

Labelled text from the tuning side only:

  * chats of tests/chatgen.py drawn from the "tune" half of every name
    list (--names tune), seeds tune1 to tune4 to train on and tune9 to
    check on;
  * sentence frames written here in English, German, French, Spanish,
    Italian, Dutch, Portuguese and Polish, in the manner of the cue cases
    of tests/t1101-mask-cues.t, filled from the tune half (data/halves.py)
    of the name lists of data/names/, the towns of the gazetteer and, for
    the words that are no names, the German nouns and English words of
    the gazetteer.

Never the held-out generator (tests/accuracy/gen-eval.py) or anything
under ../shared/.

Every PERSON candidate that the names scan weighs is dumped with its
features by data/person-dump.c (built here against build/libcog.a: run
make first) and labelled a name when it overlaps a planted name.  A
logistic regression (averaged stochastic gradient descent with an L2
penalty, pure Python) learns one weight a feature; they are written to
data/person-weights.tsv, which data/gen-person.py compiles into the
build.  --report prints, on the check set, the candidates' recall and
precision under the hand-set points and under the learned ones.

Python 3 standard library only; deterministic.
"""

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import halves  # noqa: E402

TRAIN_SEEDS = ("tune1", "tune2", "tune3", "tune4")
CHECK_SEEDS = ("tune9",)
SESSIONS = 300


# ---------------------------------------------------------------- lists

def _tsv_names(path):
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.append(line.split("\t")[0])
    return out


def _lang_lists(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            lang, names = line.rstrip("\n").split("\t", 1)
            out.setdefault(lang, []).extend(n.replace("_", " ")
                                            for n in names.split())
    return out


def tune(names):
    return sorted({n for n in names if n and halves.keep(n, "tune")})


# Debian's word lists of the other languages (wfrench, wspanish, ...), for
# {X}: read when installed, else the English words stand in.
WORDLISTS = (("fr", "french"), ("es", "spanish"), ("it", "italian"),
             ("nl", "dutch"), ("pt", "portuguese"), ("pl", "polish"))


def load_lists():
    """Given names and surnames by language, towns, and ordinary words:
    the tune half of each."""
    nd = os.path.join(HERE, "names")
    given = {"en": _tsv_names(os.path.join(nd, "census1990_first_male.txt"))
             + _tsv_names(os.path.join(nd, "census1990_first_female.txt"))}
    surn = {"en": _tsv_names(os.path.join(nd, "census1990_last.txt"))[:5000]}
    given["en"] = [g.capitalize() for g in given["en"]][:1500]
    surn["en"] = [s.capitalize() for s in surn["en"]]
    for lang, ns in _lang_lists(os.path.join(nd, "intl_given.txt")).items():
        given.setdefault(lang, []).extend(ns)
    for lang, ns in _lang_lists(os.path.join(nd,
                                             "intl_surnames.txt")).items():
        surn.setdefault(lang, []).extend(ns)
    for lang in os.listdir(nd):
        d = os.path.join(nd, lang)
        if os.path.isdir(d):
            given.setdefault(lang, []).extend(
                _tsv_names(os.path.join(d, "given.tsv"))[:3000])
            surn.setdefault(lang, []).extend(
                _tsv_names(os.path.join(d, "surnames.tsv"))[:3000])
    given = {k: tune(v) for k, v in given.items()}
    surn = {k: tune(v) for k, v in surn.items()}
    gaz = os.path.join(HERE, "gazetteer")
    towns = tune(row.split("\t")[0] for row in
                 open(os.path.join(gaz, "places.tsv"), encoding="utf-8")
                 if row.split("\t")[1] == "city" and " " not in row)
    nouns = tune(_tsv_names(os.path.join(gaz, "nouns-de.tsv")))
    words = tune(w.capitalize() for w, lv in
                 (r.rstrip("\n").split("\t") for r in
                  open(os.path.join(gaz, "english.tsv"), encoding="utf-8"))
                 if int(lv) <= 35 and w.isalpha() and len(w) > 2)
    other = {"de": nouns, "en": words}
    for lang, fname in WORDLISTS:
        path = os.path.join("/usr/share/dict", fname)
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                other[lang] = tune(w.strip().capitalize() for w in f
                                   if w.strip().isalpha() and
                                   w.strip() == w.strip().lower() and
                                   len(w.strip()) > 3)
    return given, surn, towns, nouns, words, other


# --------------------------------------------------------------- frames

# {P} a full name, {G} a given name, {S} a surname (all PERSON); {C} a
# town, {N} a German noun, {W} a capitalised English word, {X} a
# capitalised word of the frame's language, {M} a month or weekday, {w}
# an English word in lower case (none of them a name); {A} a month that
# is a given name too, as a name ({a} in lower case), {Q} one as a month.  Written for cogtools.
FRAMES = {
    "en": [
        "Hi, my name is {P} and I need help with my bill.",
        "This is {G} speaking, how can I help?",
        "Thanks {G}, that fixed it.",
        "I spoke to {P} yesterday about the refund.",
        "Can you ask {S} to call me back?",
        "Regards,\n{P}",
        "Dear Mr {S}, your order has shipped.",
        "{P} here, I moved to {C} last month.",
        "My wife {G} set up the account.",
        "Please forward it to {G} in billing.",
        "{G} and {G} both use this login.",
        "I live in {C} and the parcel never came.",
        "{W} is not working again.",
        "The {W} option is greyed out.",
        "{W} please, I have been waiting an hour.",
        "Is {W} included in my plan?",
        "I ordered the {W} bundle from your site.",
        "{P}",
        "Name: {P}",
        "Cheers, {G}",
        "Ms. {S} will handle your case.",
        "I'm {G}, the account holder.",
        "Sorry {G}, I can't find that order.",
        "Our office in {C} is closed today.",
        "{W} {W} keeps failing on checkout.",
        "Call me {G}.",
        "Dr. {P} referred me.",
        "Send the invoice to {P}, please.",
        "hi im {g} and my card was charged twice",
        "this is {g} again, any update?",
    ],
    "de": [
        "Hallo, mein Name ist {P} und ich habe eine Frage.",
        "Ich heiße {G} und wohne in {C}.",
        "Guten Tag, hier spricht {P}.",
        "Vielen Dank, {G}!",
        "Frau {S} hat mich gestern angerufen.",
        "Herr {S} ist leider nicht erreichbar.",
        "Mit freundlichen Grüßen\n{P}",
        "Meine Frau {G} hat den Vertrag abgeschlossen.",
        "Ich brauche einen {N} für nächste Woche.",
        "Die {N} ist noch nicht angekommen.",
        "{N} bitte prüfen.",
        "Wo finde ich die {N} zu meiner Bestellung?",
        "{N}",
        "Ich habe eine Frage zur {N} und zur {N}.",
        "Können Sie mir bei der {N} helfen?",
        "Ich wohne in {C} und warte auf die {N}.",
        "{P}",
        "Sprechen Sie mit {G} aus dem Vertrieb.",
        "Grüße, {G}",
        "Danke für Ihre {N}, {G}.",
        "Mein Kollege {P} meldet sich.",
        "Ihre {N} wurde bearbeitet.",
    ],
    "fr": [
        "Bonjour, je m'appelle {P}.",
        "Mon nom est {P} et j'habite à {C}.",
        "Merci {G}, c'est réglé.",
        "Madame {S} vous rappellera demain.",
        "Monsieur {S} a signé le contrat.",
        "Cordialement,\n{P}",
        "Mon mari {G} utilise aussi ce compte.",
        "J'ai parlé avec {G} hier soir.",
        "{P}",
        "Ici {G}, je vous écris au sujet de ma facture.",
        "Je suis {G} et ma carte est bloquée.",
        "Je vis à {C} depuis deux ans.",
    ],
    "es": [
        "Hola, me llamo {P}.",
        "Mi nombre es {P} y vivo en {C}.",
        "Gracias {G}, ya funciona.",
        "La señora {S} me atendió ayer.",
        "El señor {S} no contesta.",
        "Saludos,\n{P}",
        "Mi hermana {G} tiene la cuenta.",
        "Soy {G}, el titular.",
        "{P}",
        "Hablé con {G} por teléfono.",
        "Vivo en {C} y no llega el paquete.",
    ],
    "it": [
        "Ciao, mi chiamo {P}.",
        "Il mio nome è {P} e abito a {C}.",
        "Grazie {G}, tutto a posto.",
        "La signora {S} mi ha richiamato.",
        "Il signor {S} non risponde.",
        "Cordiali saluti,\n{P}",
        "Mia moglie {G} ha aperto il conto.",
        "Sono {G} e ho un problema con la bolletta.",
        "{P}",
        "Ho parlato con {G} ieri.",
    ],
    "nl": [
        "Hallo, mijn naam is {P}.",
        "Ik heet {G} en ik woon in {C}.",
        "Bedankt {G}, het werkt weer.",
        "Mevrouw {S} heeft me teruggebeld.",
        "Meneer {S} is vandaag afwezig.",
        "Met vriendelijke groet,\n{P}",
        "Mijn vrouw {G} beheert het account.",
        "{P}",
        "Ik ben {G} en mijn pakket is zoek.",
        "Ik heb met {G} gesproken.",
    ],
    "pt": [
        "Olá, o meu nome é {P}.",
        "Meu nome é {P} e moro em {C}.",
        "Obrigado {G}, já está resolvido.",
        "A senhora {S} ligou ontem.",
        "O senhor {S} não atende.",
        "Atenciosamente,\n{P}",
        "Chamo-me {G} e tenho uma dúvida.",
        "Minha filha {G} usa esta conta.",
        "{P}",
        "Falei com {G} ontem à tarde.",
    ],
    "pl": [
        "Dzień dobry, nazywam się {P}.",
        "Mam na imię {G} i mieszkam w {C}.",
        "Dziękuję, {G}!",
        "Pani {S} oddzwoni jutro.",
        "Pan {S} jest nieobecny.",
        "Pozdrawiam,\n{P}",
        "Mój mąż {G} założył konto.",
        "{P}",
        "Rozmawiałem z {G} wczoraj.",
        "Jestem {G} i mam problem z fakturą.",
    ],
}
# More frames: names without a cue, and capitalised words that are no
# names ({X}: an ordinary word of the frame's language).
EXTRA = {'de': ['{C} ist schön.',
        'Ich fahre morgen nach {C}.',
        '{N} und {N}',
        'Betreff: {N}',
        '{N}: {N}',
        '{N}? {N}!',
        '{C}',
        'Das {X} funktioniert nicht.',
        '{N} seit gestern.',
        'Gibt es {N} in {C}?',
        'Sehr geehrte Frau {S},',
        'Viele Grüße aus {C}, {G}',
        'Ansprechpartner: {P}'],
 'en': ['{C} is lovely this time of year.',
        'We flew from {C} to {C} on Friday.',
        'The {C} store was closed.',
        '{C} Hotel booking failed.',
        'I love {C}.',
        '{C}',
        '{W}',
        '{W} {W}',
        'Re: {W} {W}',
        'Subject: {W}',
        '{W}! {W} again.',
        '{W}? No, {W}.',
        'New {W} feature request',
        '{W} {W} {W} is down.',
        '{G}, {G} and {P} were copied.',
        "{G}'s card was declined.",
        'Meeting with {P} at noon.',
        'From: {P}',
        'Best,\n{G}',
        '{P} ({C})',
        'Thanks for your patience, {G}.',
        '{G} here.',
        'Contact: {P}, {C}',
        'Is {W} available in {C}?',
        'Visit {C} for the {W} sale.',
        'my name is {g}',
        'ok {g} thanks',
        'ask for {g} at the desk'],
 'es': ['{C} es preciosa.',
        '{X} y {X}',
        'Asunto: {X}',
        '{C}',
        '{X} no funciona.',
        'Viajo a {C} mañana.',
        '{X}? {X}.',
        'Un saludo,\n{G}',
        'Contacto: {P}'],
 'fr': ['{C} est magnifique.',
        '{X} et {X}',
        'Objet : {X}',
        '{C}',
        '{X} ne marche pas.',
        'Je pars à {C} demain.',
        '{X} ? {X} !',
        'Bien à vous,\n{G}',
        'Contact : {P}'],
 'it': ['{C} è bellissima.',
        '{X} e {X}',
        'Oggetto: {X}',
        '{C}',
        '{X} non funziona.',
        'Parto per {C} domani.',
        'A presto,\n{G}',
        'Contatto: {P}'],
 'nl': ['{C} is prachtig.',
        '{X} en {X}',
        'Onderwerp: {X}',
        '{C}',
        '{X} werkt niet.',
        'Ik reis morgen naar {C}.',
        'Groetjes,\n{G}',
        'Contactpersoon: {P}'],
 'pl': ['{C} jest piękny.',
        '{X} i {X}',
        'Temat: {X}',
        '{C}',
        '{X} nie działa.',
        'Jutro jadę do {C}.',
        'Serdecznie,\n{G}',
        'Kontakt: {P}'],
 'pt': ['{C} é linda.',
        '{X} e {X}',
        'Assunto: {X}',
        '{C}',
        '{X} não funciona.',
        'Vou para {C} amanhã.',
        'Abraços,\n{G}',
        'Contato: {P}']}
for _lang, _frames in EXTRA.items():
    FRAMES[_lang] = FRAMES[_lang] + _frames
FRAMES["en"] += [
    "{M} 5 works for me.", "Hi, {M} 3 is fine.", "See you in {M}.",
    "The delivery in {M} here was late.", "We can deliver it in {M}, {M}.",
    "Thanks, {M} is better.", "Next {M} then.", "Hello {W}, my order is late.",
    "Thanks, {W} received.", "Hi, I have a question about my {w}."]
FRAMES["de"] += [
    "Ich wohne in einer {N} im dritten Stock.", "Die {N} in {C} ist zu.",
    "Mit der {N} bin ich unzufrieden.", "Hallo, die {N} fehlt.",
    "Danke, {N} erhalten.", "Ich habe eine {N} zu Ihrer {N}."]
MONTHS = ("January February March April May June July August September "
          "October November December Monday Tuesday Wednesday Thursday "
          "Friday Saturday Sunday").split()
FRAMES["en"] += [
    "Thanks for your patience, {A}.", "all good, thank you {a}!",
    "Hi {A}, thanks for the update.", "{A} here, from billing.",
    "Thanks, {A}!", "Dear {A},", "The parcel in {Q} here was late.",
    "Everything in {Q} here is booked.", "Prices in {Q} here went up.",
    "Rain in {Q} here, as usual."]
GIVEN_MONTHS = ("April", "May", "June", "August")
PERSON_SLOTS = "PGSgAa"


def fill(frame, lang, rng, lists):
    """The text of a frame and its PERSON spans (code points)."""
    given, surn, towns, nouns, words, other = lists
    g = given.get(lang) or given["en"]
    s = surn.get(lang) or surn["en"]
    out, spans, k = [], [], 0
    while k < len(frame):
        if frame[k] == "{" and frame[k + 2] == "}":
            slot = frame[k + 1]
            if slot == "P":
                v = rng.choice(g) + " " + rng.choice(s)
            elif slot in "Gg":
                v = rng.choice(g)
            elif slot == "S":
                v = rng.choice(s)
            elif slot == "C":
                v = rng.choice(towns)
            elif slot == "N":
                v = rng.choice(nouns)
            elif slot in "Aa":
                v = rng.choice(GIVEN_MONTHS)
                v = v.lower() if slot == "a" else v
            elif slot == "Q":
                v = rng.choice(GIVEN_MONTHS)
            elif slot == "M":
                v = rng.choice(MONTHS)
            elif slot == "w":
                v = rng.choice(words).lower()
            elif slot == "X":
                v = rng.choice(other.get(lang) or words)
            else:
                v = rng.choice(words)
            if slot == "g":
                v = v.lower()
            at = sum(len(x) for x in out)
            if slot in PERSON_SLOTS:
                spans.append((at, at + len(v)))
            out.append(v)
            k += 3
        else:
            out.append(frame[k])
            k += 1
    text = "".join(out)
    r = rng.random()
    if r < 0.08:
        text = text.lower()
    elif r < 0.11:
        text = text.upper()
    return text, spans


def frame_texts(seed, count, lists):
    rng = random.Random(seed)
    langs = sorted(FRAMES)
    for _ in range(count):
        lang = rng.choice(langs)
        yield fill(rng.choice(FRAMES[lang]), lang, rng, lists)


# -------------------------------------------------------------- chatgen

def _leaves(value, path):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, "%s.%s" % (path, k))
    elif isinstance(value, list):
        for k, v in enumerate(value):
            yield from _leaves(v, "%s[%d]" % (path, k))


def chat_texts(seed):
    with tempfile.TemporaryDirectory() as tmp:
        truth = os.path.join(tmp, "truth.jsonl")
        out = subprocess.run(
            [sys.executable, os.path.join(TOP, "tests", "chatgen.py"),
             "--names", "tune", "--seed", seed, "--sessions", str(SESSIONS),
             "--truth", truth], check=True, stdout=subprocess.PIPE).stdout
        spans = {}
        with open(truth, encoding="utf-8") as f:
            for line in f:
                t = json.loads(line)
                if t["type"] == "PERSON":
                    spans.setdefault((t["session_id"], t["seq"], t["path"]),
                                     []).append((t["start"], t["end"]))
    for line in out.decode("utf-8").splitlines():
        r = json.loads(line)
        for path, v in _leaves(r.get("text"), ".text"):
            yield v, spans.get((r["session_id"], r["seq"], path), [])
        for path, v in _leaves(r.get("data"), ".data"):
            yield v, spans.get((r["session_id"], r["seq"], path), [])


# ------------------------------------------------------------ candidates

def build_dump(tmp):
    exe = os.path.join(tmp, "person-dump")
    lib = os.path.join(TOP, "build", "libcog.a")
    if not os.path.exists(lib):
        sys.exit("train-person: no %s (run make first)" % lib)
    subprocess.run(["cc", "-O2", "-I" + os.path.join(TOP, "common"), "-o",
                    exe, os.path.join(HERE, "person-dump.c"), lib, "-lm"],
                   check=True)
    return exe


def candidates(exe, texts):
    """(features, label, hand points) of every candidate of the texts."""
    seen, items = set(), []
    for text, spans in texts:
        key = (text, tuple(spans))
        if key in seen or not text:
            continue
        seen.add(key)
        b = []
        for st, en in spans:
            b.append((len(text[:st].encode()), len(text[:en].encode())))
        items.append((text.encode(), b))
    data = b"".join(b"%d\n%s" % (len(t), t) for t, _ in items)
    out = subprocess.run([exe], input=data, check=True,
                         stdout=subprocess.PIPE).stdout.decode()
    rows = []
    for line in out.splitlines():
        no, st, en, hand, _learned, fs = line.split("\t")
        st, en = int(st), int(en)
        label = any(st < e and s < en for s, e in items[int(no)][1])
        x = [(int(f), float(v)) for f, v in
             (p.split(":") for p in fs.split())]
        rows.append((x, 1 if label else 0, float(hand)))
    return rows


# ------------------------------------------------------------- training

def train(rows, nw, epochs, l2=1e-5, rate=0.2, seed=1):
    """Logistic regression by averaged SGD: the weights, averaged over
    every step (kept lazily: u holds the sum of step * change)."""
    w = [0.0] * nw
    u = [0.0] * nw
    rng = random.Random(seed)
    order = list(range(len(rows)))
    c = 1
    for ep in range(epochs):
        rng.shuffle(order)
        eta = rate / (1 + ep)
        for k in order:
            x, y, _ = rows[k]
            z = sum(w[f] * v for f, v in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * eta
            for f, v in x:
                d = -(g * v + eta * l2 * w[f])
                w[f] += d
                u[f] += c * d
            c += 1
    return [w[f] - u[f] / c for f in range(nw)]


def decide(w, x):
    return sum(w[f] * v for f, v in x)


def rates(pairs):
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    r = tp / (tp + fn) if tp + fn else 1.0
    pr = tp / (tp + fp) if tp + fp else 1.0
    return r, pr, tp, fp, fn


def names_of(header, named):
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "gen_person", os.path.join(HERE, "gen-person.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    names, nblock, hashed = mod.feature_names(header)
    assert len(names) == named, (len(names), named)
    return names, nblock, hashed


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", default=os.path.join(HERE,
                                                  "person-weights.tsv"))
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--frames", type=int, default=30000)
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()

    lists = load_lists()
    with tempfile.TemporaryDirectory() as tmp:
        exe = build_dump(tmp)
        count = subprocess.run([exe], env=dict(os.environ,
                                                PERSON_DUMP_COUNT="1"),
                               check=True, stdout=subprocess.PIPE)
        named, nw = (int(v) for v in count.stdout.split())
        trainset, checkset = [], []
        for seed in TRAIN_SEEDS:
            trainset += candidates(exe, chat_texts(seed))
        trainset += candidates(exe, frame_texts("frames-train", args.frames,
                                                lists))
        for seed in CHECK_SEEDS:
            checkset += candidates(exe, chat_texts(seed))
        checkset += candidates(exe, frame_texts("frames-check",
                                                args.frames // 4, lists))
    sys.stderr.write("train-person: %d candidates to train on (%d names), "
                     "%d to check on\n" % (len(trainset),
                                           sum(y for _, y, _ in trainset),
                                           len(checkset)))
    w = train(trainset, nw, args.epochs)
    names, nblock, hashed = names_of(os.path.join(TOP, "common", "pii",
                                                  "person.h"), named)
    if args.report:
        months = {names.index("F_MONTH"), names.index("F_WEEKDAY")}
        sub = [r for r in checkset if any(f in months for f, _ in r[0])]
        for label, rows in (("train", trainset), ("check", checkset),
                            ("check, month or weekday first", sub)):
            hand = rates([(h >= 2.5, y) for _, y, h in rows])
            lrn = rates([(decide(w, x) >= 0, y) for x, y, _ in rows])
            sys.stderr.write(
                "%s: hand R %.3f P %.3f (tp %d fp %d fn %d); learned R %.3f "
                "P %.3f (tp %d fp %d fn %d)\n" % ((label,) + hand + lrn))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Weights of the PERSON scorer: written by "
                "data/train-person.py, do not edit.\n")
        for k in range(nw):
            if abs(w[k]) < 1e-4:
                continue
            if k < named:
                name = names[k]
            else:
                b, bucket = divmod(k - named, hashed)
                name = "hash:%d:%d" % (b, bucket)
            f.write("%s\t%.4f\n" % (name, w[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
