#!/bin/sh
# cog-mask: phone numbers in the national formats of the countries of
# cog-mask(1) and card numbers of every brand, as people write them;
# numbers that are neither stay.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY
R='-R PHONE_NUMBER:redact -R CREDIT_CARD:redact -R US_SSN:redact -R UK_NHS:redact'

check() {
	printf '%s\n' "$1" >t
	is "$(cog-mask -t $R t)" "$2" "$3"
}

P='[PHONE_NUMBER]'
C='[CREDIT_CARD]'

# Phones: trunk prefixes, country codes and exit codes as dialled.
check 'Tel. 1 (800) 420-0708 today' "Tel. $P today" 'US: 1 before (800)'
check 'Call +1-555-010-4477 ext. 42 tomorrow' "Call $P tomorrow" \
	'+1 out of the plan, behind a cue, with its extension'
check 'Version +1-555-010-4477' 'Version +1-555-010-4477' \
	'... and without a cue no phone'
check 'T: 011 44 20 7946 0958' "T: $P" 'US exit code 011 before +44'
check 'T 0049 (0)30 99439134' "T $P" 'DE: 0049 and the trunk (0)'
check 'Tel.: 089/123 45 67 Durchwahl 12' "Tel.: $P" 'DE: slash, Durchwahl'
check 'Fax 06221 / 5432-10' "Fax $P" 'DE: a spaced slash after the area code'
check 'page 012 / 345' 'page 012 / 345' '... but not after any number'
check 'fone: (+351) 21 956 8356' "fone: $P" 'PT: (+351) in parentheses'
check 'chiamami al (+39) 347 123 4567' "chiamami al $P" 'IT: (+39)'
check 'Tel. 02/708.67.92' "Tel. $P" 'BE: a slash, then dots'
check 'tel. (0-22) 807 38 95 wew. 12' "tel. $P" \
	'PL: (0-22) and wew.'
check 'fijo: 912345678' "fijo: $P" 'ES: nine digits in one run, a cue'
check 'cel. 655 237 047' "cel. $P" 'ES: cel.'
check 'mobiili 040 123 4567' "mobiili $P" 'FI: mobiili'
check 'tlf. 5838 5182' "tlf. $P" 'DK: eight digits, tlf.'
check 'whats (11) 91234-5678' "whats $P" 'BR: whats'
check 'tel +33(0)6 12 34 56 78' "tel $P" 'FR: (0) right after +33'
check 'call 0171 1234567 - 0171 7654321' "call $P - $P" \
	'two joined by a spaced hyphen'
check 'call 555-0100 or 555-0199' "call $P or $P" 'two on one line'
check '80 10 64 96 / 2325 8426' "$P / $P" \
	'a number after another one and a joiner'
check 'total 1 234 567, 2 345 678 EUR' 'total 1 234 567, 2 345 678 EUR' \
	'amounts in a list stay'
check 'Tel. 040 419 4257 Durchwahl 64' "Tel. $P" \
	'an extension makes ten digits a phone number'
check 'please call me on 943-476-5919 today' "please call me on $P today" \
	'ten digits that pass the NHS check, after phone words'
check 'NHS number 943-476-5919' 'NHS number [UK_NHS]' '... and after NHS words'
check 'my social security number is 536221234' \
	'my social security number is [US_SSN]' \
	'nine digits after SSN words stay an SSN'

# Cards: every layout, two spaces between the groups.
check 'carte  4026  5260  1815  9083' "carte  $C" 'two spaces between groups'
check 'card 4111 - 1111 - 1111 - 1111' "card $C" 'a spaced hyphen between groups'
check 'from 2019 - 2023' 'from 2019 - 2023' 'a range of years'
check 'tarjeta 4933.6338.75008' "tarjeta $C" 'Visa 13 in 4-4-5'
check 'karta 1231 9487 5749 114' "karta $C" 'UATP'
check 'bancomat 501886252763' "bancomat $C" 'Maestro 12 after bancomat'
check 'charge it to 2014 9223 2116 471' "charge it to $C" \
	'enRoute (no check digit) after charge'
check 'cards: 6761 2366 7127 6844 and 5020 0189 55594' "cards: $C and $C" \
	'two cards in a list'
check '{"pan": "2203  3079  2440  2685  993"}' "{\"pan\": \"$C\"}" \
	'Mir 19 as JSON'

# Numbers that are none.
check 'parcel 9400 1000 0000 0000 0000 00' \
	'parcel 9400 1000 0000 0000 0000 00' 'a tracking number of 22 digits'
check 'parcel 3613 5881 3133 5025 3391 49' \
	'parcel 3613 5881 3133 5025 3391 49' \
	'... whose first 16 digits pass Luhn'
check 'card ending in 4242' 'card ending in 4242' 'the last four digits'
check 'reference 4111 1111 1111 1112' 'reference 4111 1111 1111 1112' \
	'sixteen digits that fail Luhn'
done_testing
