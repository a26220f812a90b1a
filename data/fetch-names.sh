#!/bin/sh
# data/fetch-names.sh -- bring the name statistics behind data/names/<lang>/
# onto this machine, byte for byte as they were taken, then build them:
#
#     sh data/fetch-names.sh [DIR]        (default $COG_NAMES_SRC or
#     python3 data/build-names.py          /tmp/cogtools-names-src)
#
# Every file comes from a public GitHub repository that keeps a national
# statistics office's or another public body's list as published, at the
# commit named here; its SHA-256 is checked.  data/names/README.md says
# what each one is, who published it and under which licence.
#
# The repositories are read from local git mirrors when $COG_MIRRORS holds
# them (as OWNER+NAME/repo or OWNER+NAME/repo/.git), else cloned from
# GitHub into DIR/git.  Czech given names come as an Excel 97 workbook;
# they are turned into tab-separated text with Debian's python3-xlrd.
set -eu

dir=${1:-${COG_NAMES_SRC:-/tmp/cogtools-names-src}}
mirrors=${COG_MIRRORS:-/work/.mirror}
mkdir -p "$dir/git"

gitdir() {      # gitdir OWNER/NAME: the git directory of that repository
	m=$mirrors/$(echo "$1" | tr / +)/repo
	if [ -d "$m/.git" ]; then
		echo "$m/.git"
	elif [ -d "$m/objects" ]; then
		echo "$m"
	else
		g=$dir/git/$(echo "$1" | tr / +).git
		[ -d "$g" ] || git clone -q --bare "https://github.com/$1" "$g"
		echo "$g"
	fi
}

get() {         # get DEST OWNER/NAME COMMIT PATH SHA256
	if [ ! -f "$dir/$1" ]; then
		mkdir -p "$(dirname "$dir/$1")"
		git --git-dir="$(gitdir "$2")" show "$3:$4" >"$dir/$1.tmp"
		mv "$dir/$1.tmp" "$dir/$1"
	fi
	echo "$5  $dir/$1" | sha256sum -c --quiet
}

# Finland: Digital and Population Data Services Agency (DVV), 2023-08-01
fi=cshnican/names
fic=6511069ecdcc3e7cba578fb0971300546a2578e6
get fi/etunimitilasto-2023-08-01-dvv.xlsx $fi $fic \
    Data/etunimitilasto-2023-08-01-dvv.xlsx \
    3f51c85021321bee2c3fed2d9094da20f7a7fe3a8f195b352d0801e9aab180cf
get fi/sukunimitilasto-2023-08-01-dvv.xlsx $fi $fic \
    Data/sukunimitilasto-2023-08-01-dvv.xlsx \
    44dcec266964800054627fef5af96912bfc7fe4d696ae10c4e4e5464853d5130

# Spain: Instituto Nacional de Estadística (INE), names and surnames
es=marcboquet/spanish-names
esc=fb9664001e060e430a8e9314fc1992541f378297
get es/hombres.csv $es $esc hombres.csv \
    5865b95ca371ea94cfad2ac0d7b75eab8af2c2e10143e6407d5ec33453399b12
get es/mujeres.csv $es $esc mujeres.csv \
    d98efd9dcb7d2f692be38ed291f00bebdf4594c24e9e4aae510dc6cf89f60606
get es/apellidos.csv $es $esc apellidos.csv \
    7ef01ab09e31c15b3c90d3a2fb82130a4f5eec4b1762395c852839c16d70461e
get es/apellidos-20.csv $es $esc apellidos-20.csv \
    cdca2aaecf35773e1f2f964049302bcc48ca1223b678d71ca8dfa14afd65f7ad

# France: INSEE, fichier des prénoms 1900-2021 (national), as an R data set
get fr/prenoms_france.rda ThinkR-open/prenoms \
    150254ea3e8f8a694d9168c0c9e71f802927040c data/prenoms_france.rda \
    3383b8b924c7a73dc3837b774965548f02508357aced16fb635db188dd0a2972

# Czech Republic: Ministry of the Interior, name frequencies of 2016/2017
cs=michalbcz/cetnost-jmen-a-prijmeni
csc=b58a244a4c690b518268ec96c668a97f3b1eb940
get cs/zcpr.zip $cs $csc zcpr.zip \
    c3d0c16b192e53078faae52e672ecb25ef68b5b96a3b7ce0156a2a3b94c7a633
get cs/cetnost-jmena-dnar.zip $cs $csc cetnost-jmena-dnar.zip \
    1f644fbbc297a3f37956bd46333dcf34cd2a10a701ee7e507335e997c010fd93
if [ ! -f "$dir/cs/jmena.tsv" ]; then
	[ -f /usr/lib/python3/dist-packages/xlrd/__init__.py ] ||
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    python3-xlrd >/dev/null
	(cd "$dir/cs" && rm -rf x && mkdir x && cd x &&
	    /usr/bin/python3 -c '
import glob, zipfile, xlrd
zipfile.ZipFile("../cetnost-jmena-dnar.zip").extractall()
with open("../jmena.tsv.tmp", "w", encoding="utf-8") as out:
    for sh in xlrd.open_workbook(glob.glob("*.xls")[0]).sheets():
        for r in range(sh.nrows):
            out.write("\t".join(str(int(c)) if isinstance(c, float)
                                else str(c) for c in sh.row_values(r)))
            out.write("\n")
' && cd .. && rm -rf x && mv jmena.tsv.tmp jmena.tsv)
fi

# Germany: Berlin's registry offices (LABO), given names of the newborn
be=berlinonline/haeufige-vornamen-berlin
bec=e8760a76ae719468e7a3804d3e679763085c734d
bg=$(gitdir $be)
for p in $(git --git-dir="$bg" ls-tree -r --name-only $bec data/cleaned |
    grep '\.csv$'); do
	d=de/berlin/${p#data/cleaned/}
	if [ ! -f "$dir/$d" ]; then
		mkdir -p "$(dirname "$dir/$d")"
		git --git-dir="$bg" show "$bec:$p" >"$dir/$d"
	fi
	sha256sum <"$dir/$d" | sed "s|-|$p|"
done | sha256sum | sed 's/ .*//' | grep -qx \
    f7851979f5408e9a7e88d7cbc817444a58016cc4e11e2d5abaf82c0b3b3fe588 ||
    { echo "fetch-names: Berlin files differ from the ones recorded" >&2;
      exit 1; }

# Netherlands: Meertens Instituut, Nederlandse Familienamenbank (2007)
nl=digitalheir/family-names-in-the-netherlands
nlc=fa8c44ea6573d6ae2eac9b079549317ddd4b955a
get nl/top_1000_last_names_in_the_netherlands_2007.csv $nl $nlc \
    top_1000_last_names_in_the_netherlands_2007.csv \
    9fcf3ffd4d8ac02bd0d862140f1cc6faf6ad70595846a39461f315d7a6b9e581
get nl/family_names_freq_5_or_more.lst $nl $nlc \
    family_names_freq_5_or_more.lst \
    716878fc572071921e54533be09ca719086f999894ee8427082ac020adee460f

# Brazil: IBGE, Censo Demográfico 2010, given names by decade of birth
get br/nomes-censos-ibge.csv datasets-br/prenomes \
    efa834caa90da43468f04f96fddc3830dda52173 data/nomes-censos-ibge.csv \
    e90e64d8fdb807b88e42f33740e7b9b37610a835a4abbda57a333a44ca7fabe5

# Hungary: the Research Institute for Linguistics' list of given names
# fit for registration, 1 May 2015 (ISO 8859-2)
hu=kovacsbalu/RandomChildName
huc=67bd8946ef49c0f92743e15c8dda2081df5e3a10
get hu/osszesffi.txt $hu $huc osszesffi.txt \
    bdc48d0be11852f1e11cfafc9b9638b8e18bbb1d49c021f95927e57a6009e240
get hu/osszesnoi.txt $hu $huc osszesnoi.txt \
    f02cddd97e242176d40cf8eb3778e8bee7183f1c7c1cadf4df633b07c2b37895

# Denmark: University of Copenhagen, Danskernes Navne (CPR, 2005)
da=Thomas-Rosenkrans-Vestergaard/danish-names
dac=6100cf5daec932e1129b1ed3f3974fb326155b82
get da/male_first_names.csv $da $dac csv/male_first_names.csv \
    72d671ea5d102e0ec56eede0576f0f0633051623109a3e45121f95e9968c4f56
get da/female_first_names.csv $da $dac csv/female_first_names.csv \
    f3274454c6f84e0d2e518b726fb163cb414d512c90436256d360db4601dc97e2
get da/all_last_names.csv $da $dac csv/all_last_names.csv \
    1acc19e1a596c3aaf3cb1ad0efd927b583c86308f37f9b8787b365356f8ef8ba

echo "fetch-names: sources in $dir"
