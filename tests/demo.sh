#!/bin/sh
# make demo: the whole pipeline against the tenant emulator, in one go.
#
# Starts the emulator with planted PII, logs in, then runs
#
#   cog-export | cog-sessions | cog-fetch | cog-mask | cog-audit | cog-notify
#
# and leaves demo-out/ with raw/, pii_masked/, audit.log, truth.jsonl (what
# the emulator planted), webhook.jsonl (each delivery as the receiver got
# it) and rules.json, then prints a summary.  DEMO_SESSIONS (default 500)
# sets the size; DEMO_OUT the folder (default demo-out, emptied first);
# COG_BIN the binaries (default bin/); DEMO_API the dialect (v1; rest or
# odata: an API key, one project, no export job).
set -eu

cd "$(dirname "$0")/.."
TOP=$(pwd)
COG_BIN=${COG_BIN:-$TOP/bin}
PATH=$COG_BIN:$PATH
OUT=${DEMO_OUT:-demo-out}
N=${DEMO_SESSIONS:-500}
API=${DEMO_API:-v1}
case $API in
v1|rest|odata) ;;
*) printf 'demo: DEMO_API must be v1, rest or odata, not %s\n' "$API" >&2; exit 2 ;;
esac
. "$TOP/tests/pipeline.sh"

start=$(date +%s.%N)
work=$(mktemp -d "${TMPDIR:-/tmp}/cog-demo.XXXXXX")
mock_pid=
cleanup() {
	[ -n "$mock_pid" ] && kill "$mock_pid" 2>/dev/null
	[ -n "$mock_pid" ] && wait "$mock_pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

die() {
	printf 'demo: %s\n' "$*" >&2
	exit 1
}

rm -rf "$OUT"
mkdir -p "$OUT"
cp "$PIPELINE_RULES" "$OUT/rules.json"

# Secrets for this run only; the emulator checks the webhook signatures
# with the same COG_WEBHOOK_SECRET.
COG_MASK_KEY=$(secret)
COG_AUDIT_KEY=$(secret)
COG_WEBHOOK_SECRET=$(secret)
COG_USERNAME=demo
COG_PASSWORD=$(secret)
XDG_CACHE_HOME=$work/cache
COG_API=$API
COG_API_KEY=$(secret)
export COG_MASK_KEY COG_AUDIT_KEY COG_WEBHOOK_SECRET COG_USERNAME \
	COG_PASSWORD XDG_CACHE_HOME COG_API COG_API_KEY
# The range: an id range of API v1's export job, or with the REST API
# and OData the emulator's one project (which has no rate limit:
# --rate 0).
range=
net=
if [ "$API" != v1 ]; then
	range='--project 65a1b2c3d4e5f60718290001'
	net='--rate 0'
fi

printf 'starting the tenant emulator with %s sessions...\n' "$N"
python3 tests/cogmock.py --port-file "$work/port" --sessions "$N" \
	--truth "$OUT/truth.jsonl" --webhook-log "$OUT/webhook.jsonl" \
	--log "$work/requests.log" 2>"$work/mock.err" &
mock_pid=$!
i=0
while [ ! -s "$work/port" ]; do
	i=$((i + 1))
	[ $i -le 300 ] || die "the emulator did not start: $(cat "$work/mock.err")"
	kill -0 "$mock_pid" 2>/dev/null ||
		die "the emulator died: $(cat "$work/mock.err")"
	sleep 0.05
done
COG_BASE_URL=http://127.0.0.1:$(cat "$work/port")
export COG_BASE_URL
hook=$COG_BASE_URL/hooks/export

cog-auth $net >"$work/auth.json" || die "cog-auth failed"
last=$(printf 'sess_%05d' "$N")
printf 'running the pipeline (API %s)...\n' "$API"
printf '  cog-export %s--from sess_00001 --to %s --rules rules.json \\\n' \
	"${range:+$range }" "$last"
printf '   | cog-sessions | cog-fetch --dir %s/raw \\\n' "$OUT"
printf '   | cog-mask --rules rules.json --conversation --key ... \\\n'
printf '   | cog-audit --log %s/audit.log --split-dir %s/pii_masked \\\n' \
	"$OUT" "$OUT"
printf '   | cog-notify --url %s\n' "$hook"

# Each stage's exit status goes to a file: POSIX sh has no pipefail.
# shellcheck disable=SC2086
{ cog-export $range $net --from sess_00001 --to "$last" \
	--rules "$OUT/rules.json" --poll-interval 0.2 --job-file "$work/job" \
	--no-progress 2>"$work/export.err"; echo $? >"$work/st.export"; } |
{ cog-sessions $net 2>"$work/sessions.err"; echo $? >"$work/st.sessions"; } |
{ cog-fetch $net --dir "$OUT/raw" --failed "$work/failed.jsonl" \
	--no-progress 2>"$work/fetch.err"; echo $? >"$work/st.fetch"; } |
{ cog-mask --rules "$OUT/rules.json" $(pipeline_mask_args) \
	2>"$work/mask.err"; echo $? >"$work/st.mask"; } |
{ cog-audit --log "$OUT/audit.log" --split-dir "$OUT/pii_masked" \
	--job-file "$work/job" --failed "$work/failed.jsonl" \
	2>"$work/audit.err"; echo $? >"$work/st.audit"; } |
{ cog-notify --allow-http --url "$hook" --spool "$work/spool" \
	>"$work/notify.jsonl" 2>"$work/notify.err"; echo $? >"$work/st.notify"; }

# cog-audit exits 1 when its scan finds PII in the masked output: the
# entry is written all the same, the summary shows it, and the demo fails.
leak=
for s in export sessions fetch mask audit notify; do
	st=$(cat "$work/st.$s")
	[ "$s:$st" = audit:1 ] && leak=$(cat "$work/$s.err") && continue
	[ "$st" = 0 ] || die "cog-$s exited with $st: $(cat "$work/$s.err")"
done
kill "$mock_pid"
wait "$mock_pid" 2>/dev/null || :
mock_pid=

# The summary, from what the stages left behind.
entry=$(tail -n 1 "$OUT/audit.log")
job=$(cat "$work/job")
verify=$(cog-audit --verify "$OUT/audit.log") || die "the audit log does not verify"
checked=$(python3 tests/leakcheck.py "$OUT/truth.jsonl" "$OUT/pii_masked" \
	$CHECKED_TYPES) || :
names=$(python3 tests/leakcheck.py --own-session "$OUT/truth.jsonl" \
	"$OUT/pii_masked" $OWN_SESSION_TYPES) || :
end=$(date +%s.%N)

printf '\ncogtools demo: the pipeline against the emulator, in %s/\n' "$OUT"
if [ "$API" != v1 ]; then
	printf '  export         %s (no job on the tenant: the request checked)\n' \
		"$job"
else
	printf '  export job     %s COMPLETED\n' "$job"
fi
printf '%s\n' "$entry" | jq -r '.metrics |
	"  sessions       \(.successful_downloads) of \(.total_sessions) fetched (raw/), \(.messages) messages, \(.bytes_processed) bytes",
	"  redactions     \(.redaction_token_count | to_entries | map("\(.key) \(.value)") | join(", "))"'
printf '%s\n' "$entry" | jq -r '.residual_pii |
	"  residual PII   \(if (.found | length) == 0 then "none" else (.found | to_entries | map("\(.key) \(.value)") | join(", ")) end) found by the audit scan of \(.scanned_strings) strings"'
printf '%s\n' "$checked" | jq -r '"  planted PII    \(.leaked) of \(.checked) planted values left in pii_masked/ (\(.by_type | keys | join(" ")))"'
printf '%s\n' "$names" | jq -r '"                 \(.leaked) of \(.checked) planted names and places left in their session (\(.by_type | keys | join(" ")))"'
printf '%s\n' "$verify" | jq -r '"  audit log      \(.log): \(.entries) entr\(if .entries == 1 then "y" else "ies" end), \(if .verified then "verified" else "NOT verified" end)"'
printf '%s\n' "$entry" | jq -r '"                 entry_hash \(.entry_hash[0:16])..., signed \(.signature.alg)"'
jq -r -s '"  webhook        \(map(select(.accepted)) | length) delivered, \(map(select(.signature_ok)) | length) of \(length) with a good signature (webhook.jsonl)"' \
	"$OUT/webhook.jsonl"
printf '  masked files   %s in %s/pii_masked/\n' \
	"$(ls "$OUT/pii_masked" | wc -l | tr -d ' ')" "$OUT"
awk -v s="$start" -v e="$end" \
	'BEGIN { printf "  wall time      %.1f s\n", e - s }'
[ -z "$leak" ] || die "$leak"
