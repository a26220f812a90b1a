#!/bin/sh
# A reversed range is a usage error, not an empty answer.
. "${0%/*}/lib.sh"
. "$TOP/tests/netlib.sh"

COG_BASE_URL=http://127.0.0.1:1
export COG_BASE_URL
COG_TOKEN=t cog-sessions --from sess_00300 --to sess_00001 >"$T/out" \
    2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'cog-sessions --from after --to: exit 2'
like "$(head -n 1 "$T/err")" \
    "^cog-sessions: the range is reversed: --from 'sess_00300' comes after --to 'sess_00001'$" \
    '... saying so'
COG_TOKEN=t cog-sessions --from sess_9 --to sess_10 --api odata \
    >/dev/null 2>"$T/err"
unlike "$(cat "$T/err")" reversed '... digits compare by their value'
COG_TOKEN=t cog-sessions --since 2026-03-02T00:00Z --until 2026-03-01T00:00Z \
    --api odata >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: '--since after --until: exit 2'
like "$(head -n 1 "$T/err")" '^cog-sessions: --api odata: --since must come before --until$' \
    '... saying so'
echo '{"from":"sess_00020","to":"sess_00010"}' |
    COG_TOKEN=t cog-sessions >/dev/null 2>"$T/err"
like "$?:$(head -n 1 "$T/err")" '^2:.*the range is reversed' \
    'a reversed range on standard input: exit 2'

cog-export -n --from sess_00020 --to sess_00010 -R EMAIL >"$T/out" 2>"$T/err"
is "$?:$(cat "$T/out")" 2: 'cog-export --from after --to: exit 2'
like "$(head -n 1 "$T/err")" \
    "^cog-export: the range is reversed: 'sess_00020' comes after 'sess_00010' \(--from and --to\)$" \
    '... saying so'
printf '%s\n' '{"session_id_start":"sess_9","session_id_end":"sess_1","redaction_rules":[{"entity_type":"URL"}]}' \
    >"$T/request.json"
cog-export -n -r "$T/request.json" >/dev/null 2>"$T/err"
like "$?:$(head -n 1 "$T/err")" '^2:cog-export: the range is reversed' \
    '... and so is a request file'"'"'s'
cog-export -n --from sess_00010 --to sess_00010 -R EMAIL >/dev/null
is $? 0 'a range of one session is fine'
done_testing
