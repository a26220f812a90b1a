#!/bin/sh
# make install puts binaries, man pages and completions under DESTDIR and
# PREFIX; make uninstall takes them away again.
. "${0%/*}/lib.sh"

need make
R=$T/root
# -o all: install what is built, never rebuild from inside the suite.
make -s -C "$TOP" -o all install DESTDIR="$R" PREFIX=/opt/cog \
	BIN="$COG_BIN" >out 2>&1
is "$?" 0 "make install succeeds"
for t in "$COG_BIN"/cog-*; do
	t=${t##*/}
	ok "$t is installed and runs" "$R/opt/cog/bin/$t" --version
	ok "$t's man page is installed" test -f "$R/opt/cog/share/man/man1/$t.1"
	ok "$t has bash completion" test -e \
		"$R/opt/cog/share/bash-completion/completions/$t"
done
ok "cog(7) is installed" test -f "$R/opt/cog/share/man/man7/cog.7"
ok "cog-record(5) is installed" test -f "$R/opt/cog/share/man/man5/cog-record.5"
ok "zsh completion is installed" test -f "$R/opt/cog/share/zsh/site-functions/_cog"
ok "the example rules are installed" \
	test -f "$R/opt/cog/share/doc/cogtools/examples/rules.json"
ok "... and are a valid rules file" sh -c \
	"echo '{\"t\":\"x\"}' | cog-mask --insecure-demo-key \
	--rules '$R/opt/cog/share/doc/cogtools/examples/rules.json'"
is "$(stat -c %a "$R/opt/cog/bin/cog-mask")" 755 "binaries are installed 0755"
is "$(stat -c %a "$R/opt/cog/share/man/man1/cog-mask.1")" 644 \
	"man pages are installed 0644"
make -s -C "$TOP" -o all uninstall DESTDIR="$R" PREFIX=/opt/cog \
	BIN="$COG_BIN" >out 2>&1
is "$?" 0 "make uninstall succeeds"
is "$(find "$R" -type f | wc -l | tr -d ' ')" 0 "and leaves no file behind"

done_testing
