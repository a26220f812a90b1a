#!/bin/sh
# Replay the fuzz targets' seed corpora (and any crash files kept there)
# through the normal build: a regression test for every parser.
. "${0%/*}/lib.sh"

for f in "$COG_BIN"/fuzz/fuzz-*; do
	[ -x "$f" ] || skip_all "fuzz targets not built (make units)"
	name=${f##*/}
	ok "$name replays its corpus" "$f" "$TOP/tests/fuzz/corpus/${name#fuzz-}"/*
done
done_testing
