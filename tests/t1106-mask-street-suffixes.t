#!/bin/sh
# cog-mask: street addresses whose street type is one of the US Postal
# Service's suffixes beyond the common ones (Village, Ports, Lights,
# Crossroad, ...), whose street name is a surname, and whose town is in
# no list, are masked whole; the same words in ordinary text are not.
. "${0%/*}/lib.sh"

names_mask

names_case '41 Hull Village Suite 9, Brackwater Falls, AK 99501' \
	'[STREET_ADDRESS]' 'a Village with a suite and an unlisted town'
# A JSON message's text may have lines (\n).
printf '{"text":"77 Ortega Ports Apt. 2\\nSandia Park, NM 87047"}\n' >t
is "$(cog-mask $R t)" '{"text":"[STREET_ADDRESS]"}' \
	'Ports after a surname, its apartment and the town line'
names_case 'ship it to 455 Maple Lights, Winooski, VT 05404 please' \
	'ship it to [STREET_ADDRESS] please' 'Lights inside a sentence'
names_case 'Our office: 91 Walnut Crossroad, Dayton, OH 45402.' \
	'Our office: [STREET_ADDRESS].' 'Crossroad'
names_case 'The parcel went to 3 Brk Station, Austin TX 78701' \
	'The parcel went to [STREET_ADDRESS]' \
	'an abbreviated name and Station'
names_case 'Call me at 5 Mill Creek Road' 'Call me at [STREET_ADDRESS]' \
	'a suffix word in the name before the suffix'
names_case 'address: 1234 Oak Ridge Dr, Springfield, IL 62704' \
	'address: [STREET_ADDRESS]' 'Ridge, then an abbreviated suffix'
# Street words are ordinary words without a house number and a name.
names_case 'I have 2 Park tickets' 'I have 2 Park tickets' \
	'a number before a suffix word is no address'
names_case 'Level 3 Park is full' 'Level 3 Park is full' 'a car park level'
names_case 'We offer 24 Hour Service at the Village Mall' \
	'We offer 24 Hour Service at the Village Mall' 'a shop name'
names_case 'The river view from floor 12 is lovely' \
	'The river view from floor 12 is lovely' 'lower-case suffix words'
done_testing
