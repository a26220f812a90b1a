#!/bin/sh
# cog-mask: places in general questions and in organisations' names are
# no one's; the town, state, postcode and country lines of a street
# address are masked with it.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
R='-R PERSON:redact -R LOCATION:redact -R STREET_ADDRESS:redact'

check() {
	printf '%s\n' "$1" >t
	is "$(cog-mask -t $R t)" "$2" "$3"
}

# The same of a JSON message, whose text may have lines (\n).
checkj() {
	printf '{"text":"%s"}\n' "$1" >t
	is "$(cog-mask $R --field .text t)" "{\"text\":\"$2\"}" "$3"
}

# A country or a large city in a question about the service.
check 'Do you deliver to Germany?' 'Do you deliver to Germany?' \
	'en: a country in a general question'
check 'Is the service available in Toronto?' \
	'Is the service available in Toronto?' 'en: a city in a question'
check 'Liefert ihr auch nach Österreich?' 'Liefert ihr auch nach Österreich?' \
	'de: a country in a general question'
check 'Can I use the card in Japan?' 'Can I use the card in Japan?' \
	'en: a country in a question of the first person'
check '¿Hacéis envíos a Sevilla?' '¿Hacéis envíos a Sevilla?' \
	'es: a service word with an accent'
# ... but a place of someone's stays one.
check 'Is the hotel in Leeds still booked?' \
	'Is the hotel in [LOCATION] still booked?' \
	'en: a question of one'"'"'s own booking names no service word'
check 'Was the last sign-in from Atlanta?' \
	'Was the last sign-in from [LOCATION]?' 'en: where one signed in'
check 'Vivo en San Miguel de la Paz.' 'Vivo en [LOCATION].' \
	'es: the rest of a town'"'"'s name after a cue
check 'I live in Toronto.' 'I live in [LOCATION].' 'en: where one lives'
check 'Do you know I moved to Toronto?' 'Do you know I moved to [LOCATION]?' \
	'en: a word of moving in the question'
check 'Can you ship it to my flat in Leeds?' \
	'Can you ship it to my flat in [LOCATION]?' \
	'en: a city after the first person in a question'

# Unlisted towns after words of living, of being from, of moving.
check 'Meine Mutter lebt in Kleinkummerfeld.' \
	'Meine Mutter lebt in [LOCATION].' 'de: lebt in'
check 'Ich bin in Kleinkummerfeld geboren.' \
	'Ich bin in [LOCATION] geboren.' 'de: ich bin in'
check 'Ma fille vit à Montcuq-en-Quercy.' 'Ma fille vit à [LOCATION].' \
	'fr: vit à'
check 'Sono di Roccapietra.' 'Sono di [LOCATION].' 'it: sono di'
check 'Jestem z Wąchocka.' 'Jestem z [LOCATION].' 'pl: jestem z'
check 'Przeprowadziłem się do Wąchocka w maju.' \
	'Przeprowadziłem się do [LOCATION] w maju.' 'pl: a reflexive between'
check 'Mudei-me para Vilarinho no ano passado.' \
	'Mudei-me para [LOCATION] no ano passado.' 'pt: mudei-me para'
check 'Hi, writing from Drumshanbo: the app will not load.' \
	'Hi, writing from [LOCATION]: the app will not load.' 'en: writing from'
check 'Mieszkam z Anną.' 'Mieszkam z [PERSON].' \
	"pl: 'z' after a word of living is 'with', no place"

# An unlisted town as the value of a form's field.
check 'Miasto: Wąchock' 'Miasto: [LOCATION]' 'pl: miasto'
check 'Wohnort: Kleinkummerfeld' 'Wohnort: [LOCATION]' 'de: Wohnort'
check 'Place of birth: Drumshanbo' 'Place of birth: [LOCATION]' \
	'en: place of birth'
check 'City: Please call me' 'City: Please call me' \
	'en: ordinary words after the field are no town'

# Ordinary words that are places too, at the start of a sentence.
check 'Essen war kalt.' 'Essen war kalt.' 'de: Essen, a verb too'
check 'Jersey size L, not M.' 'Jersey size L, not M.' 'en: a jersey'
check 'I moved to Essen in May.' 'I moved to [LOCATION] in May.' \
	'de: Essen after a cue stays a place'

# Cues of being born, working, travelling, living near, a word or two
# between the cue and the town, a participle after it.
check 'I was born in Drumshanbo.' 'I was born in [LOCATION].' 'en: born in'
check 'We live about ten miles from Drumshanbo.' \
	'We live about ten miles from [LOCATION].' 'en: words between'
check "I'm flying to Drumshanbo next week." \
	"I'm flying to [LOCATION] next week." 'en: a trip'
check 'I sent it to Drumshanbo.' 'I sent it to Drumshanbo.' \
	'en: a word of sending is no cue'
check 'Wir sind nach Kleinkummerfeld gezogen.' \
	'Wir sind nach [LOCATION] gezogen.' 'de: the participle after the town'
check 'Wir fahren im Urlaub nach Kleinkummerfeld.' \
	'Wir fahren im Urlaub nach [LOCATION].' 'de: a noun between'
check 'Je travaille à Montcuq.' 'Je travaille à [LOCATION].' 'fr: travaille à'
check "J'habite près de Montcuq." "J'habite près de [LOCATION]." \
	'fr: près de'
check 'Vivo cerca de Robledillo.' 'Vivo cerca de [LOCATION].' 'es: cerca de'
check 'Nací en Robledillo.' 'Nací en [LOCATION].' 'es: nací en'
check 'Abito vicino a Roccapietra.' 'Abito vicino a [LOCATION].' \
	'it: vicino a'
check 'Lavoro a Roccapietra.' 'Lavoro a [LOCATION].' 'it: lavoro a'
check 'We wonen in de buurt van Oudewater.' \
	'We wonen in de buurt van [LOCATION].' 'nl: in de buurt van'
check 'Ik ben opgegroeid in Nieuwerkerk.' 'Ik ben opgegroeid in [LOCATION].' \
	'nl: opgegroeid in'
check 'Nasci em Vilarinho.' 'Nasci em [LOCATION].' 'pt: nasci em'
check 'Trabalho em Vilarinho.' 'Trabalho em [LOCATION].' 'pt: trabalho em'
check 'Mieszkam niedaleko Wąchocka.' 'Mieszkam niedaleko [LOCATION].' \
	'pl: niedaleko'
check 'Urodziłam się w Wąchocku.' 'Urodziłam się w [LOCATION].' \
	'pl: urodziłam się w'

# Places in organisations' names.
check 'We use Hong Kong Airlines for freight.' \
	'We use Hong Kong Airlines for freight.' 'en: a place before an org word'
check 'I bank with Bank of America.' 'I bank with Bank of America.' \
	'en: Bank of ...'
check 'Mon vol Air France est annulé.' 'Mon vol Air France est annulé.' \
	'fr: Air France'
check 'Ik heb een rekening bij ING Nederland.' \
	'Ik heb een rekening bij ING Nederland.' 'nl: an acronym before it'
check 'Our Denver office is closed.' 'Our [LOCATION] office is closed.' \
	'en: an org word in lower case after a place'

# The lines of an address after the street.
checkj 'Ship to:\n71 Church Avenue\nApt 4B\nOberlin, TX 61450\nUSA' \
	'Ship to:\n[STREET_ADDRESS]' 'us: unit, town, state, ZIP, country lines'
checkj '38 Maple Drive\nSAINTFIELD\nBT24 7AA\nUK' '[STREET_ADDRESS]' \
	'gb: a town in capitals, the postcode below'
checkj '121 Maple Ave\nPickering ON K1A 0B1\nCanada' '[STREET_ADDRESS]' \
	'ca: an unlisted town, province and postal code'
checkj 'Rua Augusta 12\nMarabá - MG\n68500-000' '[STREET_ADDRESS]' \
	'br: the town and state, the CEP below'
checkj 'Baker Street 5\nThanks\nAnna' '[STREET_ADDRESS]\nThanks\n[PERSON]' \
	'a word on the next line is no town without a postcode'
check 'Molenstraat 86 A, 2814 NX Middelharnis' '[STREET_ADDRESS]' \
	'nl: a house number with a letter apart'
check 'Av. Flores 11, Col. Del Valle, 81345 Nazas, N.L.' '[STREET_ADDRESS]' \
	'mx: the state in initials'
check 'Calle Mayor 5, 28013 Madrid, CDMX' '[STREET_ADDRESS]' \
	'mx: a state in capitals after a comma'
check 'Calle Mayor 5, 28013 Madrid, Jal.' '[STREET_ADDRESS].' \
	'mx: a state abbreviated (its dot may be a full stop)'

# The service speaking of itself names no one's place; a person's move,
# a home town, a town behind a cue in a text without capitals do.
check 'We deliver to Spain and Italy.' 'We deliver to Spain and Italy.' \
	'en: the service of itself'
check 'Unsere Filialen in Hamburg und Bremen öffnen um 8.' \
	'Unsere Filialen in Hamburg und Bremen öffnen um 8.' \
	'de: the service of its branches'
check 'Tenemos tiendas en Sevilla y Málaga.' \
	'Tenemos tiendas en Sevilla y Málaga.' 'es: the service of its shops'
check 'We moved to Leeds last year.' 'We moved to [LOCATION] last year.' \
	'en: we, and no word of the service'
check 'Görlitz is my home town.' '[LOCATION] is my home town.' \
	'en: a home town after it'
check 'Tredozio è la mia città.' '[LOCATION] è la mia città.' \
	'it: a town after it'
check 'mieszkam w wąchocku od lat' 'mieszkam w [LOCATION] od lat' \
	'pl: an unlisted town in a text without capitals'
check 'Vivo en El Arenal desde 2010.' 'Vivo en [LOCATION] desde 2010.' \
	'es: an article before an unlisted town'

done_testing
