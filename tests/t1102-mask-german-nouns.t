#!/bin/sh
# cog-mask: ordinary German nouns and polite pronouns, capitalised as
# German writes them, are no person's name (data/gazetteer/nouns-de.tsv);
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

# Names stay names, also those that are German nouns.
check 'Mein Name ist Anna Fischer.' 'Mein Name ist [PERSON].' \
	"de: 'Fischer' (a noun too) after a given name"
check 'Herr Wolf ruft zurück.' 'Herr [PERSON] ruft zurück.' \
	"de: 'Wolf' after a title"
check 'Danke, Marie!' 'Danke, [PERSON]!' "de: 'Marie' thanked"
check 'Grüße, Karin Weber' 'Grüße, [PERSON]' 'de: a sign-off'
check 'Guten Tag, ich heiße Jürgen Hoffmann.' \
	'Guten Tag, ich heiße [PERSON].' 'de: ich heiße'

done_testing
