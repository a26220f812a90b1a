#!/bin/sh
# cog-mask --conversation tells sessions apart by their decoded
# session_id, as jq reads it, not by the bytes it is written with.
. "${0%/*}/lib.sh"

COG_MASK_KEY=0123456789abcdef-test
export COG_MASK_KEY

q='{"session_id":"s1","text":"can you confirm your date of birth?"}'
a="It's June 15, 1979."
answer() {	# answer SESSION-MEMBER: mask the question and that answer
	printf '%s\n%s\n' "$q" "{$1,\"text\":\"$a\"}" |
		cog-mask --conversation -R DATE_OF_BIRTH:redact | tail -1 |
		jq -r .text
}
is "$(answer '"session_id":"s1"')" "It's [DATE_OF_BIRTH]." \
	"the answer in the same session is a birth date"
is "$(answer '"session_\u0069d":"s1"')" "It's [DATE_OF_BIRTH]." \
	"with the key escaped"
is "$(answer '"session_id":"\u00731"')" "It's [DATE_OF_BIRTH]." \
	"with the value escaped"
is "$(answer '"\u0073ession_id":"\u0073\u0031"')" "It's [DATE_OF_BIRTH]." \
	"with both escaped"
is "$(answer '"session_id":"s2"')" "$a" \
	"in another session it is not"
is "$(answer '"session_id":"s1 "')" "$a" \
	"nor in one whose id differs by a space"
is "$(answer '"sessionId":"s1"')" "It's [DATE_OF_BIRTH]." \
	"sessionId names the session too"
is "$(answer '"data":{"session_id":"s1"},"session_id":"s2"')" "$a" \
	"only a member of the record itself counts, not one below it"
is "$(answer '"data":{"session_id":"s2"},"session_id":"s1"')" "It's [DATE_OF_BIRTH]." \
	"wherever it is in the record"

# Numbers are ids too; a number and a string are different ids.
printf '%s\n' '{"sessionId":7,"text":"can you confirm your date of birth?"}' \
	"{\"sessionId\":7,\"text\":\"$a\"}" \
	'{"sessionId":7,"text":"can you confirm your date of birth?"}' \
	"{\"sessionId\":\"7\",\"text\":\"$a\"}" >num
cog-mask --conversation -R DATE_OF_BIRTH:redact num >out
is "$(sed -n 2p out | jq -r .text)" "It's [DATE_OF_BIRTH]." "a numeric session id"
is "$(sed -n 4p out | jq -r .text)" "$a" "is not the string of its digits"
done_testing
