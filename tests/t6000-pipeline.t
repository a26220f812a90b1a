#!/bin/sh
# The whole pipeline, as make demo runs it: no planted value of the
# checked types is left anywhere in pii_masked/ (no name or place in its
# own session), the audit log verifies and stops verifying when one byte
# changes, the webhook is delivered.
#
# The checked types are CHECKED_TYPES and OWN_SESSION_TYPES in
# tests/pipeline.sh.
. "${0%/*}/lib.sh"
need jq python3
. "$TOP/tests/netlib.sh"
. "$TOP/tests/pipeline.sh"

N=120
COG_MASK_KEY=$(secret)
COG_AUDIT_KEY=$(secret)
COG_WEBHOOK_SECRET=$(secret)
export COG_MASK_KEY COG_AUDIT_KEY COG_WEBHOOK_SECRET
net_mock --sessions $N --truth "$T/truth.jsonl" \
    --webhook-log "$T/webhook.jsonl"
cog-auth >/dev/null
OUT=$T/out
mkdir "$OUT"

{ cog-export --from sess_00001 --to sess_00120 --rules "$PIPELINE_RULES" \
	--poll-interval 0.05 --job-file "$T/job" 2>"$T/export.err";
  echo $? >"$T/st.export"; } |
{ cog-sessions 2>"$T/sessions.err"; echo $? >"$T/st.sessions"; } |
{ cog-fetch --dir "$OUT/raw" --failed "$T/failed" 2>"$T/fetch.err";
  echo $? >"$T/st.fetch"; } |
{ cog-mask --rules "$PIPELINE_RULES" $(pipeline_mask_args) 2>"$T/mask.err";
  echo $? >"$T/st.mask"; } |
{ cog-audit --log "$OUT/audit.log" --split-dir "$OUT/pii_masked" \
	--job-file "$T/job" --failed "$T/failed" 2>"$T/audit.err";
  echo $? >"$T/st.audit"; } |
{ cog-notify --allow-http --url "$MOCK_URL/hooks/export" \
	--spool "$T/spool" >"$T/notify.jsonl" 2>"$T/notify.err";
  echo $? >"$T/st.notify"; }

for s in export sessions fetch mask audit notify; do
	is "$(cat "$T/st.$s"):$(cat "$T/$s.err")" 0: "cog-$s exits 0, quietly"
done
is "$(ls "$OUT/raw" | wc -l | tr -d ' ')" $N "raw/ holds the $N transcripts"
is "$(ls "$OUT/pii_masked" | wc -l | tr -d ' ')" $N \
    "pii_masked/ holds $N masked sessions"
cat "$OUT/raw"/*.jsonl | wc -l | tr -d ' ' >"$T/want"
is "$(cat "$OUT/pii_masked"/*.jsonl | wc -l | tr -d ' ')" "$(cat "$T/want")" \
    '... with every message'

# No planted value of the checked types is left, raw bytes or decoded.
python3 "$TOP/tests/leakcheck.py" "$T/truth.jsonl" "$OUT/pii_masked" \
    $CHECKED_TYPES >"$T/leaks"
is "$?:$(jq .leaked "$T/leaks")" 0:0 \
    "no planted value left in pii_masked/ ($(jq .checked "$T/leaks") checked)"
[ "$(jq .leaked "$T/leaks")" = 0 ] || diag "$(cat "$T/leaks")"
for t in $CHECKED_TYPES; do
	jq -e --arg t "$t" '.by_type[$t][1] > 0' "$T/leaks" >/dev/null
	_result $? "... among them planted $t values"
done
python3 "$TOP/tests/leakcheck.py" "$T/truth.jsonl" "$OUT/raw" \
    $CHECKED_TYPES >"$T/rawleaks"
is "$?:$(jq '.leaked == .checked' "$T/rawleaks")" 1:true \
    '... all of which are in raw/, so the check can see them'

# No planted name or place is left in its own session.
python3 "$TOP/tests/leakcheck.py" --own-session "$T/truth.jsonl" \
    "$OUT/pii_masked" $OWN_SESSION_TYPES >"$T/leaks"
is "$?:$(jq .leaked "$T/leaks")" 0:0 \
    "no planted name or place left in its session ($(jq .checked "$T/leaks") checked)"
[ "$(jq .leaked "$T/leaks")" = 0 ] || diag "$(cat "$T/leaks")"
python3 "$TOP/tests/leakcheck.py" --own-session "$T/truth.jsonl" \
    "$OUT/raw" $OWN_SESSION_TYPES >"$T/rawleaks"
is "$?:$(jq '.leaked == .checked' "$T/rawleaks")" 1:true \
    '... all of which are in raw/'


# The audit entry.
entry=$(cat "$OUT/audit.log")
is "$(printf '%s' "$entry" | jq -r .jobId)" "$(cat "$T/job")" \
    'the entry names the export job'
is "$(printf '%s' "$entry" | jq -c '[.metrics.total_sessions,
    .metrics.successful_downloads, .residual_pii.found]')" "[$N,$N,{}]" \
    "... $N sessions, no residual PII"
is "$(printf '%s' "$entry" | jq -r .data_sha256)" \
    "$(cat "$OUT/pii_masked"/*.jsonl | sha256sum | cut -d' ' -f1)" \
    "... and the SHA-256 of the masked files, in session order"
cog-audit --verify "$OUT/audit.log" >"$T/v"
is "$?:$(jq -c '[.entries, .verified]' "$T/v")" '0:[1,true]' \
    'the audit log verifies'
python3 -c 'import sys
b = bytearray(open(sys.argv[1], "rb").read())
i = b.index(b"\"messages\":") + len(b"\"messages\":")
b[i] = ord("1") if b[i] != ord("1") else ord("2")
open(sys.argv[2], "wb").write(b)' "$OUT/audit.log" "$T/bad.log"
is "$(cmp -l "$OUT/audit.log" "$T/bad.log" | wc -l | tr -d ' ')" 1 \
    '... one byte of its message count changed'
cog-audit --verify "$T/bad.log" >/dev/null 2>&1
is $? 1 '... and it does not'
python3 -c 'import sys
b = bytearray(open(sys.argv[1], "rb").read())
b[len(b) // 2] ^= 0x20
open(sys.argv[2], "wb").write(b)' "$OUT/audit.log" "$T/bad2.log"
cog-audit --verify "$T/bad2.log" >/dev/null 2>&1
is $? 1 '... nor with one bit flipped in its middle'

# The webhook.
is "$(jq -c '[.status, .http_status]' "$T/notify.jsonl")" \
    '["delivered",200]' 'the webhook is delivered'
is "$(jq -c '[.signature_ok, .accepted, .body.eventType, .body.jobId,
    .body.audit.entry_hash]' "$T/webhook.jsonl")" \
    "[true,true,\"export_status_sync\",\"$(cat "$T/job")\",$(printf '%s' \
    "$entry" | jq .entry_hash)]" '... signed, with the job and the entry hash'

# A partial rerun: remask from raw/ with new rules; the audit chains on.
cat "$OUT/raw"/*.jsonl | cog-mask --rule EMAIL:redact:0 --key email=EMAIL |
    cog-audit --log "$OUT/audit.log" --job "$(cat "$T/job")" >/dev/null
cog-audit --verify "$OUT/audit.log" >"$T/v"
is "$?:$(jq .entries "$T/v")" 0:2 'a remask run chains on the log'
done_testing
