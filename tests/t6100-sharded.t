#!/bin/sh
# A sharded run with GNU parallel gives byte for byte the masked output of
# a single run, and the merged audit entry of its shards verifies.
. "${0%/*}/lib.sh"
need jq parallel
. "$TOP/tests/netlib.sh"
. "$TOP/tests/pipeline.sh"


N=230
COG_MASK_KEY=$(secret)
COG_AUDIT_KEY=$(secret)
export COG_MASK_KEY COG_AUDIT_KEY
net_mock --sessions $N
cog-auth >/dev/null
cog-sessions --from sess_00001 --to sess_00230 >"$T/list"
MASK="cog-mask --rules $PIPELINE_RULES $(pipeline_mask_args)"
export MASK

# The single run.
cog-fetch <"$T/list" | $MASK >"$T/single.jsonl"
is "$(jq -r .session_id "$T/single.jsonl" | uniq | wc -l | tr -d ' ')" $N \
    "a single run: $N sessions"
cog-audit --split-dir "$T/single" --job job_s <"$T/single.jsonl" \
    >"$T/single.entry"

# Shards of 50 sessions, five jobs at once, output kept in input order.
parallel --will-cite --pipe -N 50 -j 5 --keep-order \
    'cog-fetch -j 4 | $MASK' <"$T/list" >"$T/sharded.jsonl" 2>"$T/err"
is "$?:$(cat "$T/err")" 0: 'parallel --pipe -N 50 --keep-order: five shards'
same_file "$T/sharded.jsonl" "$T/single.jsonl" \
    '... byte-identical to the single run'

# Shards that audit themselves, in any order; the entries are merged.
parallel --will-cite --pipe -N 50 -j 5 \
    'cog-fetch | $MASK | cog-audit --job job_s --split-dir '"$T/sharded" \
    <"$T/list" >"$T/shards" 2>"$T/err"
is "$?:$(wc -l <"$T/shards" | tr -d ' ')" 0:5 'five shards, five audit entries'
ok '... whose split files are those of the single run' \
    diff -r "$T/sharded" "$T/single"
cog-audit --merge --log "$T/audit.log" <"$T/shards" >"$T/merged"
is $? 0 'cog-audit --merge combines them'
cog-audit --verify "$T/audit.log" >"$T/v"
is "$?:$(jq -c '[.entries, .verified]' "$T/v")" '0:[1,true]' \
    '... into a log that verifies'
is "$(jq -c '[.jobId, (.metrics | del(.duration_seconds)),
    .residual_pii.found, .residual_pii.scanned_strings]' "$T/merged")" \
    "$(jq -c '[.jobId, (.metrics | del(.duration_seconds)),
    .residual_pii.found, .residual_pii.scanned_strings]' "$T/single.entry")" \
    '... with the counts of the single run'
is "$(jq '.shards | length' "$T/merged")" 5 '... listing the five shards'
for f in "$T/single"/*.jsonl; do
	cat "$f"
done | sha256sum | cut -d' ' -f1 >"$T/want"
is "$(jq -r .data_sha256 "$T/single.entry")" "$(cat "$T/want")" \
    "the single run's data_sha256 is that of its files in order"

# Shards run by xargs -P from files work the same way.
split -l 60 "$T/list" "$T/part."
ls "$T"/part.* | xargs -P 4 -I{} sh -c 'cog-fetch <{} | $MASK >{}.out'
cat "$T"/part.*.out >"$T/xargs.jsonl"
same_file "$T/xargs.jsonl" "$T/single.jsonl" \
    'xargs -P over split files gives the same bytes'
done_testing
