#!/bin/sh
# --api rest under each fault of the emulator alone, the conversation
# list paged so that its pages meet the faults too: every session listed
# once, every message delivered once, and the list and the records byte
# for byte those of a fault-free run.
. "${0%/*}/lib.sh"
COG_API=rest
. "$TOP/tests/dialectfaults.sh"

PG='--mode rest-paging=on'
check '429, Retry-After in turn as seconds and a date' --retries 8 -- $PG \
    --fault 429=6
like "$(cat "$T/err")" 'HTTP 429; retry 1/8 in [0-9.]+ s \(Retry-After\)' \
    '... each 429 waited as Retry-After says'
check '429, Retry-After in seconds' --retries 8 -- $PG --fault 429=.2 \
    --mode retry-after=seconds
check '429, Retry-After as an HTTP-date' --retries 8 -- $PG --fault 429=4@3 \
    --mode retry-after=date
check '429 without Retry-After' --retries 8 -- $PG --fault 429=4 \
    --mode retry-after=none
check '5xx' --retries 8 -- $PG --fault 5xx=.25
like "$(cat "$T/err")" 'HTTP 50[023]; retry 1/8' '... each retry logged'
check 'dropped connections' --retries 8 -- $PG --fault drop=.25
check 'cut bodies' --retries 8 -- $PG --fault cut=.25
check 'slow answers' -- $PG --fault slow=.2
check 'the rate limit of the tenant' --retries 20 -- $PG --rate-limit 15/1
ok '... which throttled' grep -q '"fault":"rate-limit"' "$MOCK_LOG"
done_testing
