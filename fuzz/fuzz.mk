## fuzz/fuzz.mk: the fuzz targets (included by Makefile.am). make check
## replays each target's seeds and recorded crashes in every build; with
## --enable-fuzzing (clang) they are also built for libFuzzer, and
## `make fuzz-smoke` runs each for $FUZZ_SECONDS (60) seconds. See fuzz/README.md.

## The targets, one line each: fuzz/NAME.c holds FUZZ_TARGET(NAME) and its
## seeds are in fuzz/corpus/NAME/.
FUZZ_TARGET_SOURCES = \
	fuzz/config.c \
	fuzz/date.c \
	fuzz/jcode.c \
	fuzz/loader.c \
	fuzz/plain_command.c \
	fuzz/po_check.c \
	fuzz/winsize.c \
	fuzz/yamltree.c

FUZZ_COMMON = fuzz/fuzz.c fuzz/fuzz.h

check_PROGRAMS += fuzz/replay
fuzz_replay_SOURCES = fuzz/replay.c $(FUZZ_COMMON) $(FUZZ_TARGET_SOURCES)
fuzz_replay_LDADD = $(LIBS_ALL)
TESTS += fuzz/replay
EXTRA_DIST += fuzz/README.md fuzz/corpus fuzz/po_check.options

if ENABLE_FUZZING
noinst_PROGRAMS = fuzz/sendguide-fuzz
fuzz_sendguide_fuzz_SOURCES = fuzz/libfuzzer.c $(FUZZ_COMMON) $(FUZZ_TARGET_SOURCES)
fuzz_sendguide_fuzz_LDADD = $(LIBS_ALL)
fuzz_sendguide_fuzz_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)

## Each target from its committed seeds plus what earlier runs found
## (fuzz/corpus-found/NAME in the build tree), for FUZZ_SECONDS seconds,
## with the flags in fuzz/NAME.options if there is one.
## Prints "PASS: fuzz/NAME" or "FAIL: fuzz/NAME" per target and fails if any
## failed; a crash is saved as fuzz/crash-NAME-* with the report in
## fuzz/NAME.log.
fuzz-smoke: fuzz/sendguide-fuzz$(EXEEXT)
	@secs=$${FUZZ_SECONDS:-60}; failed=0; \
	for src in $(FUZZ_TARGET_SOURCES); do \
	  t=`basename "$$src" .c`; \
	  $(MKDIR_P) fuzz/corpus-found/$$t; \
	  opts=; test ! -f $(srcdir)/fuzz/$$t.options || \
	    opts=`grep -v '^#' $(srcdir)/fuzz/$$t.options`; \
	  echo "fuzz-smoke: $$t for $$secs seconds $$opts"; \
	  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	     ./fuzz/sendguide-fuzz$(EXEEXT) --target=$$t -max_total_time=$$secs \
	       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $$opts \
	       -artifact_prefix=fuzz/crash-$$t- \
	       fuzz/corpus-found/$$t $(srcdir)/fuzz/corpus/$$t >fuzz/$$t.log 2>&1; then \
	    echo "PASS: fuzz/$$t (`sed -n 's/^stat::number_of_executed_units: *//p' fuzz/$$t.log` runs;`grep -o ' cov: [0-9]* ft: [0-9]*' fuzz/$$t.log | tail -n 1`)"; \
	  else \
	    echo "FAIL: fuzz/$$t (see fuzz/$$t.log)"; \
	    grep -A30 -m1 'ERROR\|==ABORTING\|runtime error\|deadly signal\|timeout' fuzz/$$t.log | head -n 40; \
	    failed=$$((failed + 1)); \
	  fi; \
	done; \
	test $$failed -eq 0
else
fuzz-smoke:
	@echo "fuzz-smoke: the fuzz targets are not built: configure with --enable-fuzzing CC=clang" >&2; exit 1
endif
.PHONY: fuzz-smoke
