# Two commands on a fresh machine: `make run` starts the station, `make test` runs the tests.
# Both install what they need first: uv (from PyPI, when missing), then the locked Python packages;
# `make test` also installs poppler-utils and xvfb with apt when it runs as root.
SHELL := /bin/bash
# Evaluated when used (after `uv-install` has run), not when the Makefile is read.
UV = $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)

.PHONY: run test setup uv-install gui-packages system-packages lint bench verifier

run: setup gui-packages verifier
	$(UV) run station gui

# The suite runs on two pytest-xdist workers, a test file per worker at a time (module and
# session fixtures such as the private cupsd or the browser start once per worker);
# `make test PYTEST_ARGS=` runs it in one process.
PYTEST_ARGS ?= -n 2 --dist loadfile

test: setup system-packages verifier
	$(UV) run --group dev pytest -q $(PYTEST_ARGS)

setup: uv-install
	$(UV) sync --quiet --group dev

uv-install:
	@command -v uv >/dev/null 2>&1 || test -x $(HOME)/.local/bin/uv || \
	  python3 -m pip install --quiet --user uv 2>/dev/null || \
	  python3 -m pip install --quiet --user --break-system-packages uv 2>/dev/null || \
	  python3 -m pip install --quiet uv

# From Debian, when missing (and we are root with apt): the libraries Qt's X11 platform needs and
# tpm2-tools (binds the key file to the machine's TPM 2.0 when it has one),
# and for the tests pdftoppm (rasterises card PDFs), Xvfb (a screen for screenshots) and CUPS
# with cups-pdf (the printing tests start a private scheduler that prints into a folder).
GUI_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-util1 \
	libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0 tpm2-tools
TEST_PACKAGES := poppler-utils xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 tesseract-ocr tesseract-ocr-script-latn libzbar0 cups printer-driver-cups-pdf cups-client \
	swtpm swtpm-tools tpm2-tools

define apt_install
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing from Debian: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      $$missing >/dev/null; \
	  else echo "please install: $$missing"; fi; fi
endef

gui-packages:
	$(call apt_install,$(GUI_PACKAGES))

system-packages:
	$(call apt_install,$(GUI_PACKAGES) $(TEST_PACKAGES))
	@# Node.js builds the web verifier; its test opens the page in Debian's chromium. Checked by
	@# command, not package name: a Node.js from elsewhere (it ships npm) is kept.
	@missing=$$(command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || echo nodejs npm); \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$(echo $$missing)" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing from Debian: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      $$missing >/dev/null; \
	  else echo "please install: $$missing"; fi; fi

# The one-page web verifier (cards/verifier_web): npm packages from its lockfile, bundled by
# esbuild into cards/verifier_web/dist/verify.template.html (not committed). Skipped, with a
# note, where Node.js is missing; `registry verifier export` then says how to build it.
VERIFIER_DIR := cards/verifier_web
verifier:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
	  cd $(VERIFIER_DIR) && \
	  { [ node_modules/.package-lock.json -nt package-lock.json ] || \
	    npm ci --no-audit --no-fund --loglevel=error; } && node build.mjs; \
	else echo "Node.js (node, npm) is missing: the web verifier page is not built"; fi

lint:
	$(UV) run --group dev ruff check .
	$(UV) run --group dev mypy

bench:
	$(UV) run station bench store
	$(UV) run station bench biometrics
	$(UV) run station bench dedup
	$(UV) run station bench cards
	$(UV) run station bench report

# After changing texts in ui/ (or error messages in station/): extract, lupdate into
# ui/i18n/station_fr.ts and station_sw.ts, lrelease the .qm files (both are committed).
.PHONY: translations
translations: setup
	$(UV) run python -m ui.i18n.update
