# cogtools -- export and mask Cognigy.AI transcripts with small Unix filters.
#
#	make			build every tool into bin/
#	make check		build with -Werror, run the suite, then again under
#				AddressSanitizer and UndefinedBehaviorSanitizer
#	make bench		measure speed and memory (see README.md)
#	make accuracy		measure detection precision and recall
#	make demo		run the whole pipeline against the emulator
#	make fuzz		run every fuzz target under libFuzzer (clang)
#	make install		PREFIX=/usr/local DESTDIR=

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/cogtools
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
	-DCOG_VERSION='"$(VERSION)"' -DCOG_DATADIR='"$(DATADIR)"' \
	-include common/base/banned.h
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
GENERATED := $(B)/gen/lexicon-table.c

all: $(TOOLS:%=$(BIN)/%)

# Rebuild everything when the compiler flags change (say, make check's
# -Werror after a plain make).
$(B)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(CFLAGS) $(LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(CFLAGS) $(LDFLAGS)' >$@

$(B)/common/%.o: common/%.c $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/cmd/%.o: cmd/%.c $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/gen/%-table.c: data/gen-%.py common/pii/%.h $(wildcard $(GAZDIR)/*.tsv)
	@mkdir -p $(@D)
	$(PYTHON) data/gen-$*.py $(GAZDIR) common/pii/$*.h >$@.tmp && mv $@.tmp $@

.SECONDARY: $(GENERATED)
$(B)/gen/%.o: $(B)/gen/%.c $(HEADERS) $(B)/.flags
	$(CC) $(CFLAGS) -Icommon -c -o $@ $<

$(B)/libcog.a: $(COMMON_OBJ) $(GENERATED:.c=.o)
	rm -f $@
	$(AR) rcs $@ $^

$(NET_TOOLS:%=$(BIN)/%): LDLIBS += $(CURL_LIBS)

$(BIN)/cog-%: $(B)/cmd/cog-%.o $(B)/libcog.a
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Unit tests of common/ are C programs under tests/unit/.
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BIN)/unit/%)

$(BIN)/unit/%: tests/unit/%.c tests/unit/tap.h $(B)/libcog.a $(HEADERS) $(B)/.flags
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Icommon -Itests/unit $(LDFLAGS) -o $@ $< \
		$(B)/libcog.a $(LDLIBS)

# Fuzz targets (tests/fuzz/fuzz-*.c): make check replays their seed corpus
# through a small driver; make fuzz runs them under libFuzzer (clang).
FUZZ_SRC := $(wildcard tests/fuzz/fuzz-*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=$(BIN)/fuzz/%)

$(BIN)/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c $(B)/libcog.a $(HEADERS) \
    $(B)/.flags
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Icommon $(LDFLAGS) -o $@ $< tests/fuzz/replay.c \
		$(B)/libcog.a $(LDLIBS)

units: $(UNIT_BIN) $(FUZZ_BIN)

FUZZ_TIME ?= 60
fuzz: deps
	tests/fuzz/run $(FUZZ_TIME)

SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined

check: deps
	$(MAKE) WERROR=-Werror all units
	COG_BIN=$(CURDIR)/bin prove -f tests/ </dev/null
	$(MAKE) WERROR=-Werror B=build-san BIN=bin-san SAN='$(SANFLAGS)' \
		CFLAGS='-O1 -g' all units
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	COG_BIN=$(CURDIR)/bin-san prove -f tests/ </dev/null

# Run the suite once under valgrind's memcheck (slow; not part of check).
check-valgrind: all units
	COG_BIN=$(CURDIR)/bin COG_VALGRIND=1 prove -f tests/ </dev/null

bench: deps all
	tests/bench/run

accuracy: deps all
	tests/accuracy/run

demo: deps all
	tests/demo.sh

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

uninstall:
	for t in $(TOOLS); do \
		rm -f $(DESTDIR)$(BINDIR)/$$t $(DESTDIR)$(MANDIR)/man1/$$t.1 \
			$(DESTDIR)$(BASHCOMPDIR)/$$t; done
	rm -f $(DESTDIR)$(MANDIR)/man5/cog-*.5 $(DESTDIR)$(MANDIR)/man7/cog.7 \
		$(DESTDIR)$(BASHCOMPDIR)/cog $(DESTDIR)$(ZSHCOMPDIR)/_cog

clean:
	rm -rf build build-san build-fuzz bin bin-san bin-fuzz

.PHONY: all units check check-valgrind bench accuracy demo deps fuzz \
	install uninstall clean print-ldlibs FORCE

print-ldlibs:
	@echo $(LDLIBS)
