#!/bin/sh
# cog-mask: ordinary German nouns, days, months and the pronouns of
# address, capitalised as German writes them, are no person's name
# (data/gazetteer/nouns-de.tsv, the stop words of data/words/cues.txt);
# names that are German nouns too still are, with their evidence.
. "${0%/*}/lib.sh"

names_mask

check() {
	names_case "$@"
}

# The nouns, each as the whole value and in a sentence.
for w in Termin Hilfe Rechnung Bestellung Lieferung Kündigung Gutschrift \
    Störung Anfrage Terminen; do
	check "$w" "$w" "de: '$w' alone is no name"
done
check 'Ich brauche Hilfe bei meiner Rechnung.' \
	'Ich brauche Hilfe bei meiner Rechnung.' 'de: nouns in a sentence'
check 'Ich brauche einen Termin bei Ihnen.' \
	'Ich brauche einen Termin bei Ihnen.' \
	"de: 'Ihnen', the polite pronoun, though a rare surname"
check 'Danke für die Hilfe, das Paket ist angekommen.' \
	'Danke für die Hilfe, das Paket ist angekommen.' \
	"de: 'Hilfe' after a word of thanks"
check 'Hallo, mein Termin wurde verschoben. Die Bestellung fehlt.' \
	'Hallo, mein Termin wurde verschoben. Die Bestellung fehlt.' \
	'de: nouns at the start of a sentence'

# Days and months after "am" and "im", and the pronouns of address after
# a word of thanks.
check 'Ich brauche einen Termin am Montag.' \
	'Ich brauche einen Termin am Montag.' "de: 'am Montag'"
check 'Am Freitag geht es, im Januar nicht.' \
	'Am Freitag geht es, im Januar nicht.' \
	"de: 'Am Freitag' (a surname too), 'im Januar'"
check 'Die Rechnung ist im Anhang.' 'Die Rechnung ist im Anhang.' \
	"de: 'im Anhang'"
check 'Danke, Ihre Bestellung kommt am Mittwoch.' \
	'Danke, Ihre Bestellung kommt am Mittwoch.' \
	"de: 'Ihre' after 'Danke'"
check 'Bis Dienstag!' 'Bis Dienstag!' "de: 'Bis Dienstag'"
check 'I am Freitag, the account holder.' \
	'I am [PERSON], the account holder.' "en: 'I am' before a name"

# Names stay names, also those that are German nouns.
check 'Mein Name ist Anna Fischer.' 'Mein Name ist [PERSON].' \
	"de: 'Fischer' (a noun too) after a given name"
check 'Herr Wolf ruft zurück.' 'Herr [PERSON] ruft zurück.' \
	"de: 'Wolf' after a title"
check 'Danke, Marie!' 'Danke, [PERSON]!' "de: 'Marie' thanked"
check 'Grüße, Karin Weber' 'Grüße, [PERSON]' 'de: a sign-off'
check 'Mein Name ist Anna Montag.' 'Mein Name ist [PERSON].' \
	"de: 'Montag' as a surname after a given name"
check 'Danke für Deine Hilfe, Anna!' 'Danke für Deine Hilfe, [PERSON]!' \
	"de: 'Deine' is no name, 'Anna' is"
check 'Guten Tag, ich heiße Jürgen Hoffmann.' \
	'Guten Tag, ich heiße [PERSON].' 'de: ich heiße'

done_testing
