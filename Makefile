# cogtools -- export and mask Cognigy.AI transcripts with small Unix filters.
#
#	make			build every tool into bin/
#	make check		build with -Werror, run the suite, then again under
#				AddressSanitizer and UndefinedBehaviorSanitizer
#	make bench		measure speed and memory (see README.md)
#	make accuracy		measure detection precision and recall
#	make demo		run the whole pipeline against the emulator
#				(API=rest: over the REST API v2.0,
#				API=odata: over OData v2.4)
#	make emulator		the emulator alone, to try the tools by hand
#	make fuzz		run every fuzz target under libFuzzer (clang)
#	make install		PREFIX=/usr/local DESTDIR=
#	make deb		a Debian package, build/cogtools_<version>_<arch>.deb
#
# Compiler lines are quiet; V=1 shows them.

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DOCDIR ?= $(PREFIX)/share/doc/cogtools
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions

CC ?= cc
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config

# Object and binary directories; the sanitizer build uses its own pair.
B ?= build
BIN ?= bin

# Debian's libjq-dev ships no pkg-config file; fall back to -ljq.
JQ_LIBS := $(shell $(PKG_CONFIG) --libs libjq 2>/dev/null || echo -ljq)
PKGS = libcrypto libpcre2-8 libpsl
override CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow \
	-Wno-sign-compare $(WERROR) $(SAN) $(CFLAGS) \
	$(shell $(PKG_CONFIG) --cflags $(PKGS) libcurl 2>/dev/null) \
	-DCOG_VERSION='"$(VERSION)"' -include common/base/banned.h
override LDFLAGS := -Wl,--as-needed $(SAN) $(LDFLAGS)
LDLIBS = $(JQ_LIBS) $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm
CURL_LIBS = $(shell $(PKG_CONFIG) --libs libcurl 2>/dev/null)

TOOLS := $(patsubst cmd/%.c,%,$(wildcard cmd/cog-*.c))
NET_TOOLS := $(filter cog-auth cog-export cog-sessions cog-fetch cog-notify,$(TOOLS))
COMMON_SRC := $(wildcard common/*/*.c)
COMMON_OBJ := $(COMMON_SRC:common/%.c=$(B)/common/%.o)
HEADERS := $(wildcard common/*/*.h)
PYTHON ?= python3

# The names lexicon: the word lists of $(GAZDIR) compiled into a C table.
GAZDIR ?= data/gazetteer
GENERATED := $(B)/gen/lexicon-table.c $(B)/gen/person-table.c

all: $(TOOLS:%=$(BIN)/%)

ifeq ($(V),1)
Q =
quiet = @:
else
Q = @
quiet = @printf '  %-6s %s\n'
endif

# Rebuild everything when the compiler flags change (the sanitizer build,
# a new CFLAGS), but not for make check's -Werror alone: a tree already
# built warning-free is not compiled again to prove it.
FLAGS_SEEN = $(CC) $(filter-out -Werror,$(CFLAGS)) $(LDFLAGS)
$(B)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(FLAGS_SEEN)' | cmp -s - $@ || echo '$(FLAGS_SEEN)' >$@

$(B)/common/%.o: common/%.c $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/cmd/%.o: cmd/%.c $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/gen/%-table.c: data/gen-%.py common/pii/%.h $(wildcard $(GAZDIR)/*.tsv)
	@mkdir -p $(@D)
	$(quiet) GEN $@
	$(Q)$(PYTHON) data/gen-$*.py $(GAZDIR) common/pii/$*.h >$@.tmp && \
		mv $@.tmp $@

# The weights of the PERSON scorer (data/train-person.py writes them).
$(B)/gen/person-table.c: data/person-weights.tsv

# Keep every intermediate file (objects of cmd/, generated tables), so
# that a second make has nothing to do.
.SECONDARY:
$(B)/gen/%.o: $(B)/gen/%.c $(HEADERS) $(B)/.flags
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/libcog.a: $(COMMON_OBJ) $(GENERATED:.c=.o)
	$(quiet) AR $@
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(NET_TOOLS:%=$(BIN)/%): LDLIBS += $(CURL_LIBS)

$(BIN)/cog-%: $(B)/cmd/cog-%.o $(B)/libcog.a
	@mkdir -p $(@D)
	$(quiet) LINK $@
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Unit tests of common/ are C programs under tests/unit/.
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BIN)/unit/%)
$(UNIT_BIN): LDLIBS += $(CURL_LIBS)

$(BIN)/unit/%: tests/unit/%.c tests/unit/tap.h tests/unit/spancase.h \
		tests/unit/apierr.h tests/unit/scratch.h $(B)/libcog.a \
		$(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -Icommon -Itests/unit $(LDFLAGS) -o $@ $< \
		$(B)/libcog.a $(LDLIBS)

# Fuzz targets (tests/fuzz/fuzz-*.c): make units builds them with a small
# driver that make check uses to replay their corpus (tests/fuzz/corpus/);
# tests/fuzz/run builds them with clang's libFuzzer instead (FUZZ_DRIVER
# empty, FUZZ_LDFLAGS=-fsanitize=fuzzer) and runs each for FUZZ_TIME
# seconds: make fuzz.
FUZZ_SRC := $(wildcard tests/fuzz/fuzz-*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BIN)/fuzz/%)
FUZZ_DRIVER ?= tests/fuzz/replay.c

$(BIN)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_DRIVER) $(B)/libcog.a \
    $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -Icommon $(LDFLAGS) $(FUZZ_LDFLAGS) -o $@ $< \
		$(FUZZ_DRIVER) $(B)/libcog.a $(LDLIBS) $(CURL_LIBS)

units: $(UNIT_BIN) $(FUZZ_BIN)

fuzz-targets: $(FUZZ_BIN)

FUZZ_TIME ?= 60
fuzz: deps
	tests/fuzz/run $(FUZZ_TIME)

SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined

# make check: the suite on the plain build, then on the sanitizer build;
# it ends by saying how long it took.
check: deps
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory WERROR=-Werror all units && \
	COG_BIN=$(CURDIR)/bin prove -f tests/ </dev/null && \
	$(MAKE) --no-print-directory WERROR=-Werror B=build-san BIN=bin-san \
		SAN='$(SANFLAGS)' CFLAGS='-O1 -g' all units && \
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	COG_BIN=$(CURDIR)/bin-san prove -f tests/ </dev/null; \
	status=$$?; \
	if [ $$status = 0 ]; then r=passed; else r=FAILED; fi; \
	echo "make check: $$r in $$(( $$(date +%s) - start )) s"; \
	exit $$status

test: check

# Run the suite once under valgrind's memcheck (slow; not part of check).
check-valgrind: all units
	COG_BIN=$(CURDIR)/bin COG_VALGRIND=1 prove -f tests/ </dev/null

bench: deps all
	tests/bench/run

accuracy: deps all
	tests/accuracy/run

# make demo API=rest: the same pipeline over the REST API v2.0;
# API=odata: over OData v2.4.
API ?= v1
demo: deps all
	DEMO_API='$(API)' tests/demo.sh

# make emulator: the tenant emulator in the foreground, for trying the
# tools by hand; it prints the variables to export.  Ctrl-C stops it.
SESSIONS ?= 50
emulator: all
	@d=$$(mktemp -d); trap 'kill $$pid 2>/dev/null; rm -rf "$$d"' EXIT; \
	$(PYTHON) tests/cogmock.py --port-file "$$d/port" \
		--sessions $(SESSIONS) --log "$$d/requests.log" & pid=$$!; \
	while [ ! -s "$$d/port" ]; do sleep 0.1; \
		kill -0 $$pid 2>/dev/null || exit 1; done; \
	echo "emulator on http://127.0.0.1:$$(cat "$$d/port") with" \
		"sess_00001..sess_$$(printf %05d $(SESSIONS)); in another shell:"; \
	echo "  export PATH=$(CURDIR)/$(BIN):\$$PATH" \
		"COG_BASE_URL=http://127.0.0.1:$$(cat "$$d/port")" \
		"COG_USERNAME=demo COG_PASSWORD=demo-password"; \
	wait $$pid

# Build dependencies, found with pkg-config.  As root they are installed
# with apt-get; otherwise the one command to run is printed.
deps:
	@missing=; \
	for p in libcrypto:libssl-dev libpcre2-8:libpcre2-dev \
	    libpsl:libpsl-dev libcurl:libcurl4-openssl-dev; do \
		$(PKG_CONFIG) --exists $${p%%:*} 2>/dev/null || \
			missing="$$missing $${p#*:}"; \
	done; \
	command -v $(PKG_CONFIG) >/dev/null || missing="$$missing pkg-config"; \
	echo '#include <jq.h>' | $(CC) -E - >/dev/null 2>&1 || \
		missing="$$missing libjq-dev"; \
	for c in python3:python3 jq:jq prove:perl parallel:parallel \
	    openssl:openssl man:man-db groff:groff-base curl:curl \
	    /usr/bin/time:time; do \
		command -v $${c%%:*} >/dev/null || missing="$$missing $${c#*:}"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing:$$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			--no-install-recommends $$missing || \
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -q --no-install-recommends $$missing; }; \
	else \
		echo "missing build dependencies; run:" >&2; \
		echo "  sudo apt-get install$$missing" >&2; \
		exit 1; \
	fi

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	install -m 755 $(TOOLS:%=$(BIN)/%) $(DESTDIR)$(BINDIR)/
	install -m 644 man/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 man/*.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 644 man/*.7 $(DESTDIR)$(MANDIR)/man7/
	install -m 644 completions/cog.bash $(DESTDIR)$(BASHCOMPDIR)/cog
	for t in $(TOOLS); do \
		ln -sf cog $(DESTDIR)$(BASHCOMPDIR)/$$t || exit 1; done
	install -m 644 completions/_cog $(DESTDIR)$(ZSHCOMPDIR)/_cog
	install -d $(DESTDIR)$(DOCDIR)/examples
	install -m 644 data/examples/* $(DESTDIR)$(DOCDIR)/examples/

# make deb: build/cogtools_<version>_<arch>.deb, built with dpkg-deb from what
# make install puts under /usr, its Depends worked out by dpkg-shlibdeps
# from the libraries the binaries link (it wants a control file, so one is
# written in the build directory, never at the top level).
DEB_ARCH = $(shell dpkg --print-architecture 2>/dev/null)
DEB = $(B)/cogtools_$(VERSION)_$(DEB_ARCH).deb
deb: all
	@command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null \
		|| { echo "make deb needs dpkg-dev (apt-get install dpkg-dev)" >&2; \
		exit 2; }
	rm -rf $(B)/deb $(DEB)
	$(MAKE) --no-print-directory -o all install PREFIX=/usr \
		DESTDIR=$(CURDIR)/$(B)/deb/root
	install -d $(B)/deb/root/DEBIAN $(B)/deb/debian
	strip --strip-unneeded $(TOOLS:%=$(B)/deb/root/usr/bin/%)
	install -m 644 README.md $(B)/deb/root/usr/share/doc/cogtools/README.md
	install -m 644 data/README.md \
		$(B)/deb/root/usr/share/doc/cogtools/README.data.md
	printf 'Source: cogtools\n\nPackage: cogtools\nArchitecture: any\n' \
		>$(B)/deb/debian/control
	cd $(B)/deb && dpkg-shlibdeps -O $(TOOLS:%=root/usr/bin/%) \
		| sed -n 's/^shlibs:Depends=//p' >depends
	{ echo 'Package: cogtools'; \
	  echo 'Version: $(VERSION)'; \
	  echo 'Architecture: $(DEB_ARCH)'; \
	  echo 'Maintainer: cogtools <cogtools@localhost>'; \
	  echo "Depends: $$(cat $(B)/deb/depends)"; \
	  echo 'Section: utils'; \
	  echo 'Priority: optional'; \
	  echo "Installed-Size: $$(du -sk $(B)/deb/root/usr | cut -f1)"; \
	  echo 'Description: export and mask Cognigy.AI transcripts'; \
	  echo ' Small Unix filters that export NICE Cognigy.AI conversation'; \
	  echo ' transcripts and mask the personal data in them (names, places,'; \
	  echo ' phone numbers, cards, e-mail addresses), deterministically, with'; \
	  echo ' a signed, hash-chained audit log.'; \
	} >$(B)/deb/root/DEBIAN/control
	dpkg-deb --root-owner-group --build $(B)/deb/root $(DEB)

uninstall:
	for t in $(TOOLS); do \
		rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1 \
			$(DESTDIR)$(BASHCOMPDIR)/$$t; done
	rm -f $(DESTDIR)$(MANDIR)/man5/cog-*.5 $(DESTDIR)$(MANDIR)/man7/cog.7 \
		$(DESTDIR)$(BASHCOMPDIR)/cog $(DESTDIR)$(ZSHCOMPDIR)/_cog
	rm -rf $(DESTDIR)$(DOCDIR)/examples

clean:
	rm -rf build build-san build-fuzz bin bin-san bin-fuzz

.PHONY: all units check test check-valgrind bench accuracy demo emulator \
	deps fuzz fuzz-targets \
	install uninstall deb clean FORCE
