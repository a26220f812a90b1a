#!/bin/sh
# cog-mask --csv: CSV files with a header row, RFC 4180 both ways.
. "${0%/*}/lib.sh"
need python3

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

printf 'id,firstName,lastName,notes\r\n' >c.csv
printf '1,Anna,Kowalczyk,"call 555-123-4567, or ""mail"" anna.k@example.com"\r\n' >>c.csv
printf '2,"Jo","Bloggs","line one\r\nline two: Dennis Miller"\r\n' >>c.csv
printf '3,,,\r\n' >>c.csv

cog-mask --csv --key lastName=PERSON c.csv >out 2>err
is "$?" 0 "a CSV file is masked"
is "$(head -1 out)" "$(head -1 c.csv)" "the header row is copied"
is "$(sed -n 2p out | cut -d, -f3)" \
	"$(echo '{"lastName":"Kowalczyk"}' | cog-mask --key lastName=PERSON | cut -d'"' -f4)" \
	"--key names a column"
like "$(sed -n 2p out)" '^1,\[PERSON_[0-9a-f]{16}\],' \
	"a name in its own column is found"
like "$(sed -n 2p out)" '"call \[PHONE_NUMBER_[0-9a-f]{16}\], or ""mail"" \[EMAIL_ADDRESS_[0-9a-f]{16}\]"' \
	"a free-text field is scanned, its quotes doubled again"
is "$(grep -c 'Dennis\|555-123\|anna.k@' out)" 0 "nothing of the PII is left"
is "$(sed -n 3p out | cut -c1-4)" '2,"[' "a quoted field stays quoted"
is "$(sed -n 4p out)" "$(printf 'line two: %s"\r' "$(echo 'Dennis Miller' | cog-mask --text)")" \
	"a quoted field keeps its line end (CRLF) and the name after it is masked"
is "$(tail -1 out)" "$(printf '3,,,\r')" "empty fields stay empty"
is "$(wc -l <out)" "$(wc -l <c.csv)" "every record keeps its line end"
python3 - out <<'E' >rows
import csv, sys
for r in csv.reader(open(sys.argv[1], newline='')):
    print(len(r))
E
is "$(tr '\n' ' ' <rows)" "4 4 4 4 " "the output is CSV that Python's reader reads, four fields a record"

cog-mask --csv --field .notes c.csv >out
is "$(sed -n 2p out | cut -d, -f2,3)" "Anna,Kowalczyk" "--field picks columns"
cog-mask --csv --skip .firstName --skip .lastName c.csv >out
is "$(sed -n 2p out | cut -d, -f2,3)" "Anna,Kowalczyk" "--skip leaves columns"
is "$(cog-mask --csv --field .notes --detect c.csv | cut -d, -f1,2 | sort -u)" \
'{"line":2,"path":".notes"
{"line":3,"path":".notes"' "--detect numbers records by the line they start on"

printf 'name;comment\nAnna Kowalczyk;mail anna.k@example.com\n' >s.csv
cog-mask --csv --delimiter ';' s.csv >out
is "$(grep -c 'Kowalczyk\|anna.k' out)" 0 "--delimiter ';'"
printf 'name\tcomment\nx\tmail anna.k@example.com\n' >t.csv
is "$(cog-mask --csv --delimiter '\t' t.csv | grep -c anna.k)" 0 "--delimiter '\\t'"
fails "--delimiter without --csv" 2 cog-mask --delimiter ';' s.csv
fails "--delimiter of two characters" 2 cog-mask --csv --delimiter ';;' s.csv
fails "--csv with --text" 2 cog-mask --csv --text s.csv

printf 'a,b\n"mail anna.k@example.com"x,1\nok,2\n' >bad.csv
cog-mask --csv bad.csv >out 2>err
is "$?" 1 "an invalid record: exit 1"
is "$(cat err)" "cog-mask: bad.csv:2: invalid CSV: a quoted field goes on after its closing quote" \
	"... named by file and line"
is "$(grep -c anna.k out)" 0 "... and not written"
cog-mask --csv --bad-lines=skip bad.csv >out 2>/dev/null
is "$(cat out)" "$(printf 'a,b\nok,2')" "--bad-lines=skip drops it and goes on"
cog-mask --csv --bad-lines=text bad.csv >out 2>/dev/null
is "$(grep -c anna.k out)" 0 "--bad-lines=text masks it as text"
printf 'a,b\n"open field,1\n' >open.csv
fails "a quoted field never closed" 1 cog-mask --csv open.csv

printf 'a\n5" screen for Dennis Miller\nnext\n' >lax.csv
cog-mask --csv lax.csv >out
is "$(sed -n 3p out)" next "a quote inside an unquoted field is a character"
is "$(grep -c Dennis out)" 0 "... and the field is masked"
cog-mask --csv --stats st.json c.csv >/dev/null
like "$(cat st.json)" '"lines":3,' "--stats counts records, not the header"

done_testing
