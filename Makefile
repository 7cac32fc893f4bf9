# Two commands on a fresh machine: `make run` starts the station, `make test` runs the tests.
# Both install what they need first: uv (from PyPI, when missing), then the locked Python packages;
# `make test` also installs poppler-utils and xvfb with apt when it runs as root.
SHELL := /bin/bash
# Evaluated when used (after `uv-install` has run), not when the Makefile is read.
UV = $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)

.PHONY: run test setup uv-install system-packages lint bench

run: setup
	$(UV) run station gui

test: setup system-packages
	$(UV) run --group dev pytest -q

setup: uv-install
	$(UV) sync --quiet --group dev

uv-install:
	@command -v uv >/dev/null 2>&1 || test -x $(HOME)/.local/bin/uv || \
	  python3 -m pip install --quiet --user uv 2>/dev/null || \
	  python3 -m pip install --quiet --user --break-system-packages uv 2>/dev/null || \
	  python3 -m pip install --quiet uv

# Test-only tools from Debian: pdftoppm rasterises card PDFs, Xvfb gives a screen for screenshots.
system-packages:
	@if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v Xvfb >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      poppler-utils xvfb >/dev/null; \
	  else echo "please install poppler-utils and xvfb (the card and screenshot tests need them)"; \
	  fi; fi

lint:
	$(UV) run --group dev ruff check .
	$(UV) run --group dev mypy

bench:
	$(UV) run station bench store
	$(UV) run station bench biometrics
	$(UV) run station bench dedup
	$(UV) run station bench cards
	$(UV) run station bench report
