# Flowlearn: the two commands most people need are `make run` and `make test`.
# Both install what is missing first (apt packages when root; a Python venv with Synapse for tests).

SHELL := /bin/bash
export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?=

.PHONY: all deps venv build release run test bench install clean

all: build

deps:
	@scripts/ensure-deps.sh

venv:
	@scripts/ensure-synapse-venv.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product flowlearn

# The daemon on its embedded default: the shell platform in this terminal, the bundled
# content/, state in ./var/. Pass CONFIG=path/to/flowlearn.conf to use a config file.
run: deps
	@$(SWIFT) build --product flowlearn
	@$$($(SWIFT) build --show-bin-path)/flowlearn run $(if $(CONFIG),--config $(CONFIG))

test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
