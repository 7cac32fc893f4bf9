# Two commands on a fresh machine: `make run` starts the station, `make test` runs the tests.
# Both install what they need first (uv, the locked Python packages, poppler/xvfb/fonts where apt exists).
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null || echo $(HOME)/.local/bin/uv)

.PHONY: run test setup system-packages lint bench

run: setup
	$(UV) run station gui

test: setup system-packages
	$(UV) run --group dev pytest -q

setup:
	@command -v uv >/dev/null 2>&1 || test -x $(HOME)/.local/bin/uv || python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv
	$(UV) sync --quiet --group dev

# Test-only tools from Debian: pdftoppm rasterises card PDFs, xvfb gives a screen for screenshots.
system-packages:
	@if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v Xvfb >/dev/null 2>&1; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils xvfb >/dev/null; \
	  else echo "please install poppler-utils and xvfb"; fi; fi

lint:
	$(UV) run --group dev ruff check .
	$(UV) run --group dev mypy

bench:
	$(UV) run station bench store
