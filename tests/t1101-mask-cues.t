#!/bin/sh
# cog-mask: the words before a name or a place in German, French, Spanish,
# Portuguese, Italian, Dutch, Polish and English, and the names of lists,
# signatures, initials and possessives.
. "${0%/*}/lib.sh"

names_mask

# One line a case: the text, then what cog-mask must make of it.
check() {
	names_case "$@"
}

check 'Guten Tag, ich heiße Jürgen Hoffmann und wohne in Regensburg.' \
	'Guten Tag, ich heiße [PERSON] und wohne in [LOCATION].' \
	'de: ich heiße, wohne in'
check 'Mein Name ist Katrin Vogel, ich wohne in Gütersloh.' \
	'Mein Name ist [PERSON], ich wohne in [LOCATION].' \
	'de: mein Name ist; a town in no list after wohne in'
check 'Bonjour, je m'"'"'appelle Élodie Marchand, j'"'"'habite à Villeurbanne.' \
	'Bonjour, je m'"'"'appelle [PERSON], j'"'"'habite à [LOCATION].' \
	"fr: je m'appelle, j'habite à; no name begins at 'je'"
check 'Mon nom est Thibault Garnier et je viens de Quimper.' \
	'Mon nom est [PERSON] et je viens de [LOCATION].' \
	'fr: mon nom est, je viens de'
check 'Hola, me llamo Iñaki Etxeberria y vivo en Pamplona.' \
	'Hola, me llamo [PERSON] y vivo en [LOCATION].' \
	'es: me llamo, vivo en'
check 'Mi nombre es Rocío Benítez, soy de Albacete.' \
	'Mi nombre es [PERSON], soy de [LOCATION].' \
	"es: mi nombre es; 'soy de' before a town, not a name 'de Albacete'"
check 'Olá, o meu nome é Joaquim Figueiredo e moro em Coimbra.' \
	'Olá, o meu nome é [PERSON] e moro em [LOCATION].' \
	'pt: o meu nome é, moro em; Olá is a greeting'
check 'Meu nome é Thaís Moura, moro em Uberlândia.' \
	'Meu nome é [PERSON], moro em [LOCATION].' \
	'pt: meu nome é'
check 'Buongiorno, mi chiamo Gianluca Esposito e abito a Cosenza.' \
	'Buongiorno, mi chiamo [PERSON] e abito a [LOCATION].' \
	'it: mi chiamo, abito a (a town that is a surname too)'
check 'Il mio nome è Federica Gallo, abito a Pescara.' \
	'Il mio nome è [PERSON], abito a [LOCATION].' \
	'it: il mio nome è'
check 'Goedemiddag, ik heet Sanne de Vries en ik woon in Apeldoorn.' \
	'Goedemiddag, ik heet [PERSON] en ik woon in [LOCATION].' \
	'nl: ik heet, ik woon in'
check 'Mijn naam is Bram Janssen, ik woon in Zwolle.' \
	'Mijn naam is [PERSON], ik woon in [LOCATION].' \
	'nl: mijn naam is'
check 'Dzień dobry, nazywam się Grzegorz Wiśniewski i mieszkam w Bydgoszczy.' \
	'Dzień dobry, nazywam się [PERSON] i mieszkam w [LOCATION].' \
	'pl: nazywam się, mieszkam w'
check 'Hi, my name is Declan Murphy and I moved to Galway last year.' \
	'Hi, my name is [PERSON] and I moved to [LOCATION] last year.' \
	'en: my name is, moved to'
check "I'm originally from Tamworth but live in Bendigo now." \
	"I'm originally from [LOCATION] but live in [LOCATION] now." \
	'en: originally from, live in, towns in no list'
check 'Anna K. Novak will call back tomorrow.' \
	'[PERSON] will call back tomorrow.' 'a middle initial'
check 'Please send the invoice to Harriet Quinlan.' \
	'Please send the invoice to [PERSON].' "a name after 'send ... to'"
check 'Please ship it to Oluwaseun.' 'Please ship it to [PERSON].' \
	"'ship to' before a given name is no place"
check 'I forwarded it to kasia yesterday.' \
	'I forwarded it to [PERSON] yesterday.' \
	"a lower-case given name after 'forwarded it to'"
check 'please ship to denver' 'please ship to [LOCATION]' \
	"a city after 'ship to' stays a place"
check 'Tomasz, Ingrid, and Oluwaseun were on the call.' \
	'[PERSON], [PERSON], and [PERSON] were on the call.' 'names in a list'
check "Harriet's parcel arrived damaged." "[PERSON]'s parcel arrived damaged." \
	'a possessive'
check 'Colm here, my router keeps dropping.' \
	'[PERSON] here, my router keeps dropping.' "a name before 'here'"

printf '%s\n' 'I live in Hamburg.' >t
like "$(cog-mask -t -d t)" '"start":10,"end":17,"score":0\.9' \
	"a listed city after 'live in' keeps the score of its list"

# Towns and regions of the world gazetteer (GeoNames, ISO 3166-2).
check 'The courier left it in a depot near Rzeszów.' \
	'The courier left it in a depot near [LOCATION].' 'a Polish town'
check 'We opened a branch in Itajaí last spring.' \
	'We opened a branch in [LOCATION] last spring.' 'a Brazilian town'
check 'Our supplier in Hämeenlinna is late.' \
	'Our supplier in [LOCATION] is late.' 'a Finnish town'
check 'Region: Asturias' 'Region: [LOCATION]' 'a region'
check 'Como posso ajudar?' 'Como posso ajudar?' \
	'a town whose name is a word of another language needs evidence'

# What the cues must not take.
check 'Je suis désolé, le colis est arrivé.' \
	'Je suis désolé, le colis est arrivé.' "fr: no name after 'je suis'"
check 'Ich wohne in einer Wohnung im dritten Stock.' \
	'Ich wohne in einer Wohnung im dritten Stock.' \
	"de: no place after 'wohne in' when none is named"
check 'I moved to Premium last month.' 'I moved to Premium last month.' \
	"en: a common word after 'moved to' is no place"

check 'Stuur het contract naar Geert van der Meer alstublieft.' \
	'Stuur het contract naar [PERSON] alstublieft.' \
	"nl: a name with two particles is one name"
check 'Sander, Mustafa en Joost zijn er morgen niet.' \
	'[PERSON], [PERSON] en [PERSON] zijn er morgen niet.' \
	"nl: a list of given names, with 'en'"
check 'Anna, Piotr i Jonas byli na spotkaniu.' \
	'[PERSON], [PERSON] i [PERSON] byli na spotkaniu.' \
	"pl: a list of given names, with 'i'"
check 'Merci de transmettre le dossier à Margaux Poirier.' \
	'Merci de transmettre le dossier à [PERSON].' \
	"fr: a lower-case particle after 'merci' starts no name"

check 'Tot Donderdag, of anders in Augustus.' \
	'Tot Donderdag, of anders in Augustus.' \
	"nl: a weekday and a month that is a name too are no PERSON"
check 'A entrega chega na Sexta ou no Sábado.' \
	'A entrega chega na Sexta ou no Sábado.' \
	"pt: weekdays are no PERSON"
check 'Sehr geehrte Damen und Herren, anbei die Unterlagen.' \
	'Sehr geehrte Damen und Herren, anbei die Unterlagen.' \
	"de: 'Damen und Herren' is no name"
check 'Nos vemos el Lunes, Sr. Ruiz.' 'Nos vemos el Lunes, Sr. [PERSON].' \
	"es: a weekday is no name, a surname after a title is"

check 'Pan Kowalski dzwonił rano.' 'Pan [PERSON] dzwonił rano.' \
	"pl: a surname after the title 'Pan'"

check 'Mevrouw van de Pol belt morgen terug.' 'Mevrouw [PERSON] belt morgen terug.' \
	"nl: a surname with lower-case particles after a title"
check 'ciao sono riccardo' 'ciao sono [PERSON]' \
	"it: a given name after 'sono'"
check 'ciao sono arrivato a casa' 'ciao sono arrivato a casa' \
	"it: no word but a given name after 'sono'"
check 'oi aqui é edmilson' 'oi aqui é [PERSON]' \
	"pt: a given name after 'aqui é'"

check 'Ist das Kamińskas Auto?' 'Ist das [PERSON]s Auto?' \
	"de: a name in the genitive, its -s left"

check 'M. Jean Dupont a appelé.' 'M. [PERSON] a appelé.' \
	"fr: 'M.' is a title, not an initial of the name"

check 'Dodaję Jakub Lis do wiadomości.' 'Dodaję [PERSON] do wiadomości.' \
	"pl: a sentence's first word in no list is no part of the name after it"
check 'Van: Lieke Vissers' 'Van: [PERSON]' \
	"nl: a surname's own -s is no genitive"
check 'Contact person: Duc Lê' 'Contact person: [PERSON]' \
	"en: a Vietnamese surname that folds to a particle"

check 'hey its tomasz again' 'hey its [PERSON] again' \
	"en: a given name after the 'its' of chat"
check 'the app and its mark' 'the app and its mark' \
	"en: no common word after 'its'"

check 'Bonjour, Merci Beaucoup pour votre Patience.' \
	'Bonjour, Merci Beaucoup pour votre Patience.' \
	"fr: the word after 'Merci' that strengthens it is no name"

done_testing
