# auditsim: `make run` to rehearse, `make test` to prove it works.
SWIFT        ?= swift
BIN          := .build/release/auditsim
APT_PACKAGES := libreadline-dev libsqlite3-dev
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build run test validate clean

# Installs the C libraries the build links against, only when they are missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is required: https://www.swift.org/install"; exit 1; }

build: setup
	$(SWIFT) build -c release --product auditsim

# On a terminal: the REPL home on the default scenario. Elsewhere (a pipe, CI): that
# scenario's readiness assessment, unattended with its prepared answers.
run: build
	@if [ -t 0 ]; then exec $(BIN); \
	else $(BIN) readiness --answers prepared; fi

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@python3 scripts/check-schemas.py

validate: build
	$(BIN) validate

clean:
	rm -rf .build

.PHONY: bench fuzz casebook

# The engine against the independent auditor's casebook (../shared/casebook): each case's
# summary line from the casebook's own score.py (scripts/casebook.py). Also part of `make test`.
casebook: setup
	$(SWIFT) build --product auditsim
	python3 scripts/casebook.py

# Load-and-audit timings at 10k, 100k and 1M evidence rows, against a Python baseline and
# `cat` (scripts/bench.py; results and the command in docs/performance.md).
bench: setup
	python3 scripts/bench.py

# Seeded fuzzing of the answer interpreters and the YAML and CSV loaders, FUZZ_SECONDS per
# target, the three targets in parallel (docs/fuzzing.md).
FUZZ_SECONDS ?= 200
fuzz: setup
	$(SWIFT) build --build-tests
	AUDITSIM_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --skip-build --filter FuzzTests
