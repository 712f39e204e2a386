# hvcpuid - build, regenerate out/, test.
#
#   make              build build/hvcpuid, then regenerate out/ from spec/
#   make check        unit + command-line tests, sanitizer run, out/ freshness
#   make regen-golden rewrite the expected outputs under tests/ (review the diff!)
#   make format       clang-format every C file; `make format-check` verifies
#   make valgrind     unit tests and CLI runs under valgrind (part of check)
#   make fuzz         libFuzzer harnesses for FUZZ_TIME seconds each (check: 20 s)
#   make lint         cppcheck + clang-tidy (part of check)
#   make bench        speed and memory of check/gen beside xmllint
#   make install      the tool, libhvcpuid, headers, pkg-config, man pages,
#                     completion and share/hvcpuid data (docs/install.md);
#                     PREFIX, DESTDIR, BINDIR, INCLUDEDIR, LIBDIR, MANDIR,
#                     DATADIR as GNU and Debian expect; `make uninstall`
#   make lib | man | completion   libhvcpuid.a/.so, the man pages, bash/zsh
#
# Sources are picked up by folder, so a new file in validate/, gen/, lib/ or
# one of their subfolders (or a tests/unit/test_*.c) needs no Makefile change.

BUILD    ?= build
ifeq ($(origin CC),default)
CC       := gcc
endif
PKGS     := libxml-2.0 libxslt
CSTD     := -std=c11
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wvla
CFLAGS   ?= -O2 -g
SAN      ?=
# Our includes name the path from the root ("validate/model.h"), so the folder
# a header lives in shows in every #include (tests/cli/layers.sh checks them).
ALL_CFLAGS = $(CSTD) -D_XOPEN_SOURCE=700 -I. $(WARN) $(CPPFLAGS) $(CFLAGS) $(SAN) \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

FRONT_SRC := $(sort $(wildcard validate/*.c validate/*/*.c))
BACK_SRC  := $(sort $(filter-out gen/main.c gen/builtin_%.c,$(wildcard gen/*.c gen/*/*.c)))
LIB_SRC   := $(sort $(wildcard lib/*.c))
SRC       := $(FRONT_SRC) $(BACK_SRC) $(LIB_SRC)
OBJ       := $(patsubst %.c,$(BUILD)/obj/%.o,$(SRC)) $(BUILD)/obj/schema_rng.o \
             $(BUILD)/obj/template_xsl.o $(BUILD)/obj/template_css.o
CORE_LIB  := $(BUILD)/libhvcpuid-core.a
BIN       := $(BUILD)/hvcpuid
# Two stages (docs/decoder.md): STAGE1 has no compiled-in decoder tables and
# regenerates out/; BIN links the generated out/src/hvcpuid_tables.c.
STAGE1    := $(BUILD)/hvcpuid-stage1
TABLES_OBJ := $(BUILD)/obj/out/src/hvcpuid_tables.o

UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN  := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))

.PHONY: all deps check-deps build regen test unit cli asan stale format format-check \
        regen-golden clean check valgrind fuzz fuzz-smoke fuzzers fuzz-build lint bench \
        lib man completion install uninstall print-runtime-header

all: deps
	@$(MAKE) --no-print-directory regen
	@$(MAKE) --no-print-directory build lib man completion

deps:
	@tools/ensure-deps.sh build

check-deps:
	@tools/ensure-deps.sh build check

build: $(BIN) $(STAGE1)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# The RelaxNG schema is compiled in, so the tool and its schema cannot drift.
$(BUILD)/schema_rng.c: validate/registry.rng tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh hv_registry_schema $< > $@

$(BUILD)/obj/schema_rng.o: $(BUILD)/schema_rng.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# So are the HTML templates (docs/html.md): no file is read at run time.
$(BUILD)/template_xsl.c: templates/spec.xsl tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh hv_template_xsl $< > $@

$(BUILD)/template_css.c: templates/spec.css tools/embed.sh
	@mkdir -p $(dir $@)
	tools/embed.sh hv_template_css $< > $@

$(BUILD)/obj/template_%.o: $(BUILD)/template_%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(CORE_LIB): $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(TABLES_OBJ): ALL_CFLAGS += -Ilib

$(BIN): $(BUILD)/obj/gen/main.o $(BUILD)/obj/gen/builtin_tables.o $(TABLES_OBJ) $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(STAGE1): $(BUILD)/obj/gen/main.o $(BUILD)/obj/gen/builtin_none.o $(CORE_LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $^ $(LDLIBS) -o $@

regen: $(STAGE1)
	$(STAGE1) gen -o out

# ---- libhvcpuid, man pages, completion (docs/install.md) -------------------

# The decode runtime as a library: lib/*.c and the generated tables. The
# shared one has a versioned soname and exports only the public hvcpuid_*
# names (tools/libhvcpuid.map; tests/cli/install.sh compares `nm -D` with the
# header). RUNTIME_HEADER is its one public header (issue 17 named it so it
# sits beside the generated ones in include/hvcpuid/); a rename is this line.
RUNTIME_HEADER := lib/hvcpuid-runtime.h
VERSION   := $(shell sed -n 's/^\#define HVCPUID_VERSION "\(.*\)"/\1/p' gen/version.h)
SOVERSION := 0
SONAME    := libhvcpuid.so.$(SOVERSION)
STLIB     := $(BUILD)/libhvcpuid.a
SHLIB     := $(BUILD)/libhvcpuid.so.$(VERSION)
RT_OBJ    := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRC)) $(TABLES_OBJ)
RT_PIC    := $(patsubst %.c,$(BUILD)/pic/%.o,$(LIB_SRC) out/src/hvcpuid_tables.c)

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Ilib -fPIC -MMD -MP -c $< -o $@

$(STLIB): $(RT_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SHLIB): $(RT_PIC) tools/libhvcpuid.map
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,-z,defs \
	    -Wl,--version-script=tools/libhvcpuid.map $(RT_PIC) -o $@

lib: $(STLIB) $(SHLIB)

# hvcpuid(1) is rendered by the binary from its option tables, the same ones
# --help prints; hvcpuid-registry(5) from docs/format.md. Completion likewise.
MAN_PAGES   := $(BUILD)/man/hvcpuid.1 $(BUILD)/man/hvcpuid-registry.5
COMPLETIONS := $(BUILD)/completion/hvcpuid.bash $(BUILD)/completion/_hvcpuid

$(BUILD)/man/hvcpuid.1: $(BIN)
	@mkdir -p $(dir $@)
	$(BIN) --render=man > $@.tmp && mv $@.tmp $@

$(BUILD)/man/hvcpuid-registry.5: docs/format.md tools/md2man.py gen/version.h
	@mkdir -p $(dir $@)
	python3 tools/md2man.py docs/format.md gen/version.h > $@.tmp && mv $@.tmp $@

$(BUILD)/completion/hvcpuid.bash: $(BIN)
	@mkdir -p $(dir $@)
	$(BIN) --render=bash > $@.tmp && mv $@.tmp $@

$(BUILD)/completion/_hvcpuid: $(BIN)
	@mkdir -p $(dir $@)
	$(BIN) --render=zsh > $@.tmp && mv $@.tmp $@

man: $(MAN_PAGES)
completion: $(COMPLETIONS)

print-runtime-header:
	@echo $(RUNTIME_HEADER)

# ---- install ----------------------------------------------------------------

PREFIX       ?= /usr/local
BINDIR       ?= $(PREFIX)/bin
INCLUDEDIR   ?= $(PREFIX)/include
LIBDIR       ?= $(PREFIX)/lib
DATADIR      ?= $(PREFIX)/share
MANDIR       ?= $(DATADIR)/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
BASHCOMPDIR  ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR   ?= $(DATADIR)/zsh/site-functions
INSTALL      ?= install
D            := $(DESTDIR)

# The installed headers and data, named once for install and uninstall: the
# generated headers and their upstream/ names, which the runtime header
# (RUNTIME_HEADER above) joins in include/hvcpuid/ as docs/vendoring.md lays
# them out, and out/'s data for share/hvcpuid.
GEN_HEADERS := $(sort $(wildcard out/include/hvcpuid/*.h))
GEN_UPSTREAM:= $(sort $(wildcard out/include/hvcpuid/upstream/*.h))
DATA_TOP    := out/registry.json out/cpuid.csv
DATA_KCPUID := $(sort $(wildcard out/kcpuid/*.csv))
DATA_HTML   := out/html/index.html

# What goes where; uninstall removes exactly these files, then the folders
# that are hvcpuid's alone (include/hvcpuid, share/hvcpuid) when nothing else
# is left in them. Shared folders (bin, man1, pkgconfig, ...) are left, empty
# or not, as GNU's uninstall does.
install: $(BIN) lib man completion
	$(INSTALL) -d $(D)$(BINDIR) $(D)$(INCLUDEDIR)/hvcpuid/upstream $(D)$(LIBDIR) $(D)$(PKGCONFIGDIR) \
	    $(D)$(MANDIR)/man1 $(D)$(MANDIR)/man5 $(D)$(BASHCOMPDIR) $(D)$(ZSHCOMPDIR) \
	    $(D)$(DATADIR)/hvcpuid/kcpuid $(D)$(DATADIR)/hvcpuid/html
	$(INSTALL) -m 755 $(BIN) $(D)$(BINDIR)/hvcpuid
	$(INSTALL) -m 644 $(GEN_HEADERS) $(RUNTIME_HEADER) $(D)$(INCLUDEDIR)/hvcpuid/
	$(INSTALL) -m 644 $(GEN_UPSTREAM) $(D)$(INCLUDEDIR)/hvcpuid/upstream/
	$(INSTALL) -m 644 $(STLIB) $(SHLIB) $(D)$(LIBDIR)/
	ln -sf $(notdir $(SHLIB)) $(D)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(D)$(LIBDIR)/libhvcpuid.so
	printf '%s\n' 'prefix=$(PREFIX)' 'includedir=$(INCLUDEDIR)' 'libdir=$(LIBDIR)' '' \
	    'Name: hvcpuid' 'Description: x86 hypervisor CPUID leaves: headers and decoder' \
	    'Version: $(VERSION)' \
	    'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -lhvcpuid' > $(D)$(PKGCONFIGDIR)/hvcpuid.pc
	$(INSTALL) -m 644 $(BUILD)/man/hvcpuid.1 $(D)$(MANDIR)/man1/
	$(INSTALL) -m 644 $(BUILD)/man/hvcpuid-registry.5 $(D)$(MANDIR)/man5/
	$(INSTALL) -m 644 $(BUILD)/completion/hvcpuid.bash $(D)$(BASHCOMPDIR)/hvcpuid
	$(INSTALL) -m 644 $(BUILD)/completion/_hvcpuid $(D)$(ZSHCOMPDIR)/_hvcpuid
	$(INSTALL) -m 644 $(DATA_TOP) $(D)$(DATADIR)/hvcpuid/
	$(INSTALL) -m 644 $(DATA_KCPUID) $(D)$(DATADIR)/hvcpuid/kcpuid/
	$(INSTALL) -m 644 $(DATA_HTML) $(D)$(DATADIR)/hvcpuid/html/

uninstall:
	rm -f $(D)$(BINDIR)/hvcpuid \
	    $(D)$(LIBDIR)/libhvcpuid.a $(D)$(LIBDIR)/libhvcpuid.so $(D)$(LIBDIR)/$(SONAME) \
	    $(D)$(LIBDIR)/libhvcpuid.so.$(VERSION) $(D)$(PKGCONFIGDIR)/hvcpuid.pc \
	    $(D)$(MANDIR)/man1/hvcpuid.1 $(D)$(MANDIR)/man5/hvcpuid-registry.5 \
	    $(D)$(BASHCOMPDIR)/hvcpuid $(D)$(ZSHCOMPDIR)/_hvcpuid \
	    $(addprefix $(D)$(INCLUDEDIR)/hvcpuid/,$(notdir $(GEN_HEADERS) $(RUNTIME_HEADER))) \
	    $(addprefix $(D)$(INCLUDEDIR)/hvcpuid/upstream/,$(notdir $(GEN_UPSTREAM))) \
	    $(addprefix $(D)$(DATADIR)/hvcpuid/,$(notdir $(DATA_TOP))) \
	    $(addprefix $(D)$(DATADIR)/hvcpuid/kcpuid/,$(notdir $(DATA_KCPUID))) \
	    $(addprefix $(D)$(DATADIR)/hvcpuid/html/,$(notdir $(DATA_HTML)))
	for d in $(D)$(INCLUDEDIR)/hvcpuid/upstream $(D)$(INCLUDEDIR)/hvcpuid \
	    $(D)$(DATADIR)/hvcpuid/kcpuid $(D)$(DATADIR)/hvcpuid/html $(D)$(DATADIR)/hvcpuid; do [ ! -d "$$d" ] || rmdir --ignore-fail-on-non-empty "$$d"; done

# ---- tests ---------------------------------------------------------------

$(BUILD)/tests/%: tests/unit/%.c $(CORE_LIB) $(TABLES_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes $(shell pkg-config --cflags cmocka) $< \
	    $(CORE_LIB) $(TABLES_OBJ) $(LDLIBS) $(shell pkg-config --libs cmocka) -o $@

unit: $(UNIT_BIN)
	@tools/run-unit.sh $(UNIT_BIN)

cli: $(BIN)
	@HVCPUID=$(BIN) tools/run-cli.sh

test: unit cli

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer. The
# install and packaging groups test the Makefile and debian/, not the
# binary's memory, so they run once, in the plain run (HVCPUID_SANITIZED).
asan:
	HVCPUID_SANITIZED=1 $(MAKE) --no-print-directory BUILD=build/asan \
	    CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" test

# ---- robustness (docs/robustness.md) -------------------------------------

# Unit tests and representative command-line runs under valgrind memcheck.
valgrind: $(BIN) $(UNIT_BIN)
	@tools/run-valgrind.sh $(BIN) $(UNIT_BIN)

# libFuzzer harnesses (tests/fuzz/fuzz_*.c), built with clang against a core
# library compiled with the same sanitizers in build/fuzz.
FUZZ_BIN  := $(patsubst tests/fuzz/%.c,$(BUILD)/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SAN  := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_TIME ?= 600

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(CORE_LIB) $(TABLES_OBJ)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $< $(CORE_LIB) $(TABLES_OBJ) $(LDLIBS) -o $@

fuzzers: $(FUZZ_BIN)

fuzz-build:
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS="-O1 -g" SAN="$(FUZZ_SAN)" \
	    fuzzers

# A bounded run inside `make check`; `make fuzz` for long runs (FUZZ_TIME=s).
fuzz-smoke: fuzz-build
	@tools/run-fuzz.sh 20 $(patsubst $(BUILD)/%,build/fuzz/%,$(FUZZ_BIN))

fuzz: fuzz-build
	@tools/run-fuzz.sh $(FUZZ_TIME) $(patsubst $(BUILD)/%,build/fuzz/%,$(FUZZ_BIN))

# cppcheck and clang-tidy with the checked-in .cppcheck and .clang-tidy.
LINT_SRC := $(SRC) gen/main.c
lint: $(BUILD)/schema_rng.c
	@tools/run-lint.sh "$(CSTD) -D_XOPEN_SOURCE=700 -I. $(shell pkg-config --cflags $(PKGS))" \
	    $(LINT_SRC)

# One table: check, gen, export and decode on spec/ and generated registries of
# 10k-500k fields beside xmllint, with growth and instruction counts (bench/README.md,
# docs/performance.md). About 9 minutes; asserts nothing.
bench: $(BIN)
	@bench/run.sh $(BIN)

# out/ is committed: fail when it is not what the registry generates.
stale: $(BIN)
	@tools/check-stale.sh $(BIN)

COUNTS := $(BUILD)/test-counts

check: check-deps
	@mkdir -p $(BUILD) && rm -f $(COUNTS)
	@$(MAKE) --no-print-directory build man completion
	@TEST_COUNTS=$(abspath $(COUNTS)) $(MAKE) --no-print-directory test
	@TEST_COUNTS=$(abspath $(COUNTS)) $(MAKE) --no-print-directory asan
	@TEST_COUNTS=$(abspath $(COUNTS)) $(MAKE) --no-print-directory valgrind
	@TEST_COUNTS=$(abspath $(COUNTS)) $(MAKE) --no-print-directory fuzz-smoke
	@TEST_COUNTS=$(abspath $(COUNTS)) $(MAKE) --no-print-directory lint
	@$(MAKE) --no-print-directory stale format-check
	@printf 'make check: '; tools/sum-counts.sh $(COUNTS)

regen-golden: $(BIN)
	@HVCPUID=$(BIN) REGEN=1 tools/run-cli.sh

# ---- housekeeping --------------------------------------------------------

# Generated C (out/, golden copies under tests/*/golden/) is checked against the generator, not
# clang-format.
C_FILES = $(shell git ls-files '*.c' '*.h' ':!:out/*' ':!:tests/*/golden/*' 2>/dev/null)

format:
	clang-format -i $(C_FILES)

format-check:
	@if command -v clang-format >/dev/null 2>&1; then \
	    clang-format --dry-run --Werror $(C_FILES) && echo "format-check: clean"; \
	else echo "format-check: clang-format not installed, skipped"; fi

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj $(BUILD)/pic -name '*.d' 2>/dev/null)
