#!/bin/sh
# Replay the fuzz targets' corpora (tests/fuzz/corpus/NAME/, findings kept
# as seeds among them) through the normal build: a regression test for
# every parser that reads outside input.  make check runs it again under
# ASan and UBSan.
. "${0%/*}/lib.sh"

for src in "$TOP"/tests/fuzz/fuzz-*.c; do
	name=${src##*/fuzz-}
	name=${name%.c}
	f=$COG_BIN/fuzz/fuzz-$name
	[ -x "$f" ] || skip_all "fuzz targets not built (make units)"
	set -- "$TOP/tests/fuzz/corpus/$name"/*
	ok "fuzz-$name has a corpus" test -f "$1"
	ok "fuzz-$name replays its corpus ($# inputs)" "$f" "$@"
done
done_testing
