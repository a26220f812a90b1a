#!/bin/sh
# cog-mask throughput against jq -c . on the same 200 MB corpus, and on
# one whose user messages never recur; peak memory at 50 MB and 200 MB.
set -eu
. tests/bench/lib.sh
D=$COG_BENCH_DIR
RUNS=${COG_BENCH_RUNS:-5}
export COG_MASK_KEY=benchmark-secret-0123456789

corpus 200M "$D/corpus-200M.jsonl"
[ -s "$D/corpus-50M.jsonl" ] || head -c 52428800 "$D/corpus-200M.jsonl" |
	sed '$d' >"$D/corpus-50M.jsonl"
size=$(wc -c <"$D/corpus-200M.jsonl")
mb=$(calc "$size / 1048576")

jq=$(median_time 3 "jq -c . <'$D/corpus-200M.jsonl'")
mask=$(median_time "$RUNS" "bin/cog-mask <'$D/corpus-200M.jsonl'")
nonames=$(median_time "$RUNS" "bin/cog-mask -T -PERSON,-LOCATION,-ADDRESS <'$D/corpus-200M.jsonl'")
detect=$(median_time "$RUNS" "bin/cog-mask -d <'$D/corpus-200M.jsonl'")
rss50=$(peak_rss "bin/cog-mask <'$D/corpus-50M.jsonl'")
rss200=$(peak_rss "bin/cog-mask <'$D/corpus-200M.jsonl'")

printf '%-38s %10s %10s\n' "200 MB corpus ($(printf %.0f "$mb") MiB)" "seconds" "MiB/s"
for row in "jq -c .:$jq" "cog-mask:$mask" "cog-mask -T -PERSON,-LOCATION,-ADDRESS:$nonames" \
    "cog-mask --detect:$detect"; do
	printf '%-38s %10s %10.1f\n' "${row%:*}" "${row##*:}" \
		"$(calc "$mb / ${row##*:}")"
done
printf '%-38s %10.1fx   (target >= 10x, aim 20x)\n' "cog-mask speed / jq speed" \
	"$(calc "$jq / $mask")"
printf '%-38s %10.0f%%   (target >= 70%%)\n' "names on / names off" \
	"$(calc "100 * $nonames / $mask")"
printf '%-38s %7s KiB\n' "peak RSS, 50 MB input" "$rss50"
printf '%-38s %7s KiB   (target flat, < 16 MiB)\n' "peak RSS, 200 MB input" "$rss200"

unique_corpus 200M "$D/unique-200M.jsonl"
usize=$(wc -c <"$D/unique-200M.jsonl")
umb=$(calc "$usize / 1048576")
ujq=$(median_time 3 "jq -c . <'$D/unique-200M.jsonl'")
umask=$(median_time "$RUNS" "bin/cog-mask <'$D/unique-200M.jsonl'")
urss=$(peak_rss "bin/cog-mask <'$D/unique-200M.jsonl'")
printf '\n%-38s %10s %10s\n' "unique texts ($(printf %.0f "$umb") MiB)" "seconds" "MiB/s"
for row in "jq -c .:$ujq" "cog-mask:$umask"; do
	printf '%-38s %10s %10.1f\n' "${row%:*}" "${row##*:}" \
		"$(calc "$umb / ${row##*:}")"
done
printf '%-38s %10.1fx   (target >= 10x)\n' "cog-mask speed / jq speed" \
	"$(calc "$ujq / $umask")"
printf '%-38s %7s KiB   (target flat, < 16 MiB)\n' "peak RSS, unique texts" "$urss"
