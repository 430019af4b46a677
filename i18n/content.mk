## i18n/content.mk: catalogues for the built program and for installation:
## the content domain (template, merge, compile, install) and the pseudo-locale.
## Included by Makefile.am. gettext's i18n/Makefile handles the interface
## domain's template, merging and installation; these rules add the rest.

CONTENT_DOMAIN = sendguide-content
CONTENT_POT = $(srcdir)/i18n/content/$(CONTENT_DOMAIN).pot

EXTRA_DIST += i18n/content

## The built program reads catalogues from i18n/locale/LL/LC_MESSAGES in the
## build tree (BUILD_LOCALEDIR), so it speaks every language before and
## without installation. Each catalogue is compiled when its PO file is newer;
## msgfmt --check refuses broken format strings and headers.
all-local: i18n-locale
i18n-locale:
	@test "$(USE_NLS)" = yes || exit 0; \
	compile() { \
	  mo=i18n/locale/$$1/LC_MESSAGES/$$3.mo; \
	  if test ! -f "$$mo" || test "$$2" -nt "$$mo"; then \
	    $(MKDIR_P) i18n/locale/$$1/LC_MESSAGES || return 1; \
	    echo "  MSGFMT   $$mo"; \
	    $(GMSGFMT) --check -o "$$mo.tmp" "$$2" && mv -f "$$mo.tmp" "$$mo" \
	      || { rm -f "$$mo.tmp"; return 1; }; \
	  fi; \
	}; \
	for ll in `sed -e 's/#.*//' $(srcdir)/i18n/content/LINGUAS`; do \
	  compile $$ll $(srcdir)/i18n/content/$$ll.po $(CONTENT_DOMAIN) || exit 1; \
	done; \
	for ll in `sed -e 's/#.*//' $(srcdir)/i18n/LINGUAS`; do \
	  compile $$ll $(srcdir)/i18n/$$ll.po $(PACKAGE) || exit 1; \
	done
.PHONY: i18n-locale

## make update-po: regenerate both templates from the sources and merge them
## into every translation. msgmerge keeps a translation whose English changed
## as fuzzy, with the old English beside it (--previous), so translators see
## what changed; gettext shows English until they confirm it. Header fields
## such as X-Sendguide-Reviewed are kept as they are.
CONTENT_MSGMERGE_FLAGS = --quiet --update --backup=none --previous
update-po: update-content-po
	cd i18n && $(MAKE) $(AM_MAKEFLAGS) update-po
update-content-pot: sendguide$(EXEEXT)
	cd $(srcdir) && '$(abs_builddir)/sendguide$(EXEEXT)' --pot --content content \
	  > '$(abs_builddir)/i18n/$(CONTENT_DOMAIN).pot-t'
	@if test -f $(CONTENT_POT) \
	  && sed -e '/^"POT-Creation-Date:/d' $(CONTENT_POT) > i18n/pot-old \
	  && sed -e '/^"POT-Creation-Date:/d' i18n/$(CONTENT_DOMAIN).pot-t > i18n/pot-new \
	  && cmp -s i18n/pot-old i18n/pot-new; then \
	  echo "$(CONTENT_POT) is up to date"; rm -f i18n/$(CONTENT_DOMAIN).pot-t; \
	else \
	  mv -f i18n/$(CONTENT_DOMAIN).pot-t $(CONTENT_POT); \
	fi; rm -f i18n/pot-old i18n/pot-new
update-content-po: update-content-pot
	@for ll in `sed -e 's/#.*//' $(srcdir)/i18n/content/LINGUAS`; do \
	  po=$(srcdir)/i18n/content/$$ll.po; \
	  if test -f $$po; then \
	    echo "$(MSGMERGE) --update --previous $$po $(CONTENT_POT)"; \
	    $(MSGMERGE) $(CONTENT_MSGMERGE_FLAGS) $$po $(CONTENT_POT) || exit 1; \
	  else \
	    echo "$$po: missing; start it with: msginit -l $$ll -i $(CONTENT_POT) -o $$po"; exit 1; \
	  fi; \
	done
.PHONY: update-po update-content-pot update-content-po

## The interface catalogues are installed by i18n/Makefile; the content ones here.
install-data-local: install-i18n-content
install-i18n-content: i18n-locale
	@test "$(USE_NLS)" = yes || exit 0; \
	for ll in `sed -e 's/#.*//' $(srcdir)/i18n/content/LINGUAS`; do \
	  dir='$(DESTDIR)$(localedir)'/$$ll/LC_MESSAGES; \
	  $(MKDIR_P) "$$dir" || exit 1; \
	  echo " $(INSTALL_DATA) i18n/locale/$$ll/LC_MESSAGES/$(CONTENT_DOMAIN).mo '$$dir'"; \
	  $(INSTALL_DATA) i18n/locale/$$ll/LC_MESSAGES/$(CONTENT_DOMAIN).mo "$$dir/$(CONTENT_DOMAIN).mo" || exit 1; \
	done
uninstall-local: uninstall-i18n-content
uninstall-i18n-content:
	@for ll in `sed -e 's/#.*//' $(srcdir)/i18n/content/LINGUAS`; do \
	  rm -f '$(DESTDIR)$(localedir)'/$$ll/LC_MESSAGES/$(CONTENT_DOMAIN).mo; \
	done
clean-local: clean-i18n-locale
clean-i18n-locale:
	rm -rf i18n/locale i18n/pseudo i18n/$(CONTENT_DOMAIN).pot-t
.PHONY: install-i18n-content uninstall-i18n-content clean-i18n-locale

## The pseudo-locale for layout tests: every string accented, a third longer
## and bracketed (tests/pseudo_po.c). It is compiled as "pl" into a build-tree
## folder of its own, read by tests/sendguide-pseudo: the program's own main.c
## built with that folder as its catalogue folder. The real program and its
## language list stay untouched.
check_PROGRAMS += tests/pseudo_po tests/sendguide-pseudo
tests_pseudo_po_SOURCES = tests/pseudo_po.c
tests_pseudo_po_LDADD = $(LIBS_ALL)
tests_sendguide_pseudo_SOURCES = tui/main.c
tests_sendguide_pseudo_CPPFLAGS = $(AM_CPPFLAGS) \
	-UBUILD_PROGRAM -DBUILD_PROGRAM='"$(abs_top_builddir)/tests/sendguide-pseudo"' \
	-UBUILD_LOCALEDIR -DBUILD_LOCALEDIR='"$(abs_top_builddir)/i18n/pseudo"'
tests_sendguide_pseudo_LDADD = $(LIBS_ALL)

## Rebuilt on every use, from the content as it is now rather than the
## committed template, so the layout test always covers every string.
PSEUDO_DIR = i18n/pseudo/pl/LC_MESSAGES
pseudo-locale: tests/pseudo_po$(EXEEXT) sendguide$(EXEEXT)
	$(MKDIR_P) $(PSEUDO_DIR)
	tests/pseudo_po$(EXEEXT) --interface $(srcdir)/i18n/$(PACKAGE).pot i18n/pseudo/$(PACKAGE).po
	$(GMSGFMT) --check -o $(PSEUDO_DIR)/$(PACKAGE).mo i18n/pseudo/$(PACKAGE).po
	./sendguide$(EXEEXT) --pot --content $(srcdir)/content > i18n/pseudo/$(CONTENT_DOMAIN).pot
	tests/pseudo_po$(EXEEXT) i18n/pseudo/$(CONTENT_DOMAIN).pot i18n/pseudo/$(CONTENT_DOMAIN).po
	$(GMSGFMT) --check -o $(PSEUDO_DIR)/$(CONTENT_DOMAIN).mo i18n/pseudo/$(CONTENT_DOMAIN).po
.PHONY: pseudo-locale

## Tests use the configured tools and the merge flags above (tests/i18n_*.sh).
AM_TESTS_ENVIRONMENT += GMSGFMT='$(GMSGFMT)'; MSGMERGE='$(MSGMERGE)'; \
	CONTENT_MSGMERGE_FLAGS='$(CONTENT_MSGMERGE_FLAGS)'; \
	export GMSGFMT MSGMERGE CONTENT_MSGMERGE_FLAGS;
