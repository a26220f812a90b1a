#!/bin/sh
exec "${COG_BIN:-$(dirname "$0")/../bin}/unit/learned"
