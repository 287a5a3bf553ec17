# Flowlearn: the two commands most people need are `make run` and `make test`.
# Both install what is missing first (apt packages when root; a Python venv with Synapse for tests).

SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?=
# Release builds link the Swift runtime and Foundation in: the installed binary needs no Swift
# toolchain on the server, and the daemon starts with about 6 MB less resident memory.
RELEASE = -c release --static-swift-stdlib

.PHONY: all deps venv build release run test bench bench-matrix install install-files clean

all: build

deps:
	@scripts/ensure-deps.sh

venv:
	@scripts/ensure-synapse-venv.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE) --product flowlearn

# The daemon on its embedded default: the shell platform in this terminal, the bundled
# content/, state in ./var/. Pass CONFIG=path/to/flowlearn.conf to use a config file.
run: deps
	@$(SWIFT) build --product flowlearn
	@$$($(SWIFT) build --show-bin-path)/flowlearn run $(if $(CONFIG),--config $(CONFIG))

test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Installs the release binary, the unit, the example config (never over an existing one), a
# pickle key for the Matrix encryption keys (only when there is none) and the content. Honours PREFIX (default /usr/local) and DESTDIR (for packaging).
install: release
	@$(MAKE) --no-print-directory install-files BINARY="$$($(SWIFT) build -c release --show-bin-path)/flowlearn"

# The placing of files, apart from the build (the tests run it with a debug binary).
install-files:
	@test -x "$(BINARY)" || { echo "install-files: BINARY=path/to/flowlearn is required"; exit 2; }
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/flowlearn" "$(DESTDIR)/etc/flowlearn" \
		"$(DESTDIR)$(PREFIX)/lib/systemd/system"
	install -m 0755 "$(BINARY)" "$(DESTDIR)$(PREFIX)/bin/flowlearn"
	rm -rf "$(DESTDIR)$(PREFIX)/share/flowlearn/content"
	cp -R content "$(DESTDIR)$(PREFIX)/share/flowlearn/content"
	sed -e 's|/usr/local|$(PREFIX)|g' systemd/flowlearn.service > "$(DESTDIR)$(PREFIX)/lib/systemd/system/flowlearn.service"
	chmod 0644 "$(DESTDIR)$(PREFIX)/lib/systemd/system/flowlearn.service"
	@if [ ! -e "$(DESTDIR)/etc/flowlearn/matrix-pickle-key" ]; then \
		( umask 077; head -c 32 /dev/urandom | base64 > "$(DESTDIR)/etc/flowlearn/matrix-pickle-key" ); \
		echo "install: made $(DESTDIR)/etc/flowlearn/matrix-pickle-key (the key the Matrix encryption keys are stored with; back it up)"; \
	fi
	@if [ -e "$(DESTDIR)/etc/flowlearn/flowlearn.conf" ]; then \
		echo "install: keeping the existing $(DESTDIR)/etc/flowlearn/flowlearn.conf (the new example is flowlearn.conf.example)"; \
		sed -e 's|/usr/local|$(PREFIX)|g' config/flowlearn.conf > "$(DESTDIR)/etc/flowlearn/flowlearn.conf.example"; \
	else \
		sed -e 's|/usr/local|$(PREFIX)|g' config/flowlearn.conf > "$(DESTDIR)/etc/flowlearn/flowlearn.conf"; \
		chmod 0644 "$(DESTDIR)/etc/flowlearn/flowlearn.conf"; \
	fi

# Matching speed and memory on synthetic libraries of 100 to 100 000 lessons (release build).
bench: deps
	$(SWIFT) build $(RELEASE) --product flowlearn-bench
	$$($(SWIFT) build -c release --show-bin-path)/flowlearn-bench

# Reply latency on Matrix against a local Synapse: 200 questions one at a time, against the
# employee-to-employee delivery floor measured in the same run, and the daemon's peak memory;
# then 200 in an encrypted direct chat against 200 in a plain one, asked in turn.
bench-matrix: deps venv
	$(SWIFT) build $(RELEASE) --product flowlearn
	$(SWIFT) build $(RELEASE) --product memory-floor
	.venv/bin/python scripts/bench-matrix.py --binary "$$($(SWIFT) build -c release --show-bin-path)/flowlearn" \
		--floor-binary "$$($(SWIFT) build -c release --show-bin-path)/memory-floor" --questions 200
	@echo "For scale, the same measurement of a trivial bot that answers every question with one fixed lesson:"
	.venv/bin/python scripts/bench-matrix.py --reference-bot content/feedback/give-feedback-en.md --questions 200
	@echo "End-to-end encryption: an encrypted direct chat against a plain one, asked in turn by an encrypting chat app:"
	.venv/bin/python scripts/bench-matrix.py --binary "$$($(SWIFT) build -c release --show-bin-path)/flowlearn" --encrypted --questions 200

clean:
	rm -rf .build
