# Two commands for a newcomer: `make run` and `make test`. Everything else is a step of those.
#
# Both virtual environments and the trained model live in a cache outside the clone, keyed by
# the hash of their inputs, so a second run (or CI on a warm machine) rebuilds only what changed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CACHE ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/safe-migration
APP_KEY := $(shell cat pyproject.toml | sha256sum | cut -c1-16)
RASA_KEY := $(shell cat requirements/rasa.lock | sha256sum | cut -c1-16)
APP_VENV := $(CACHE)/venv-app-$(APP_KEY)
RASA_VENV := $(CACHE)/venv-rasa-$(RASA_KEY)
PY := $(APP_VENV)/bin/python

export PYTHONPATH := $(CURDIR)
export RASA_HOME := $(RASA_VENV)
export BOT_MODEL_CACHE := $(CACHE)/models
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup envs run test train eval chat lint clean

help:
	@echo "make run    set everything up and start the assistant (web chat on http://127.0.0.1:8000/)"
	@echo "make test   set everything up and run the whole test suite"
	@echo "make train  (re)train the Rasa model if its inputs changed"
	@echo "make eval   evaluate the held-out set through /api/chat of a running stack"
	@echo "make chat   chat in the terminal with a running stack"
	@echo "make lint   ruff"

envs: $(APP_VENV)/.complete $(RASA_VENV)/.complete

$(APP_VENV)/.complete: pyproject.toml
	scripts/make-venv.sh "$(APP_VENV)" 3.11 --app

$(RASA_VENV)/.complete: requirements/rasa.lock
	scripts/make-venv.sh "$(RASA_VENV)" 3.10 -r requirements/rasa.lock

setup: envs
	$(PY) -m bot setup

train: envs
	$(PY) -m bot train

run: setup
	$(PY) -m bot run

test: setup
	scripts/ensure-browser.sh
	$(PY) -m ruff check bot actions tests
	$(PY) -m bot validate
	$(PY) -m pytest $(PYTEST_ARGS)

eval: envs
	$(PY) -m bot eval $(EVAL_ARGS)

chat: envs
	$(PY) -m bot chat

lint: envs
	$(PY) -m ruff check bot actions tests
	$(PY) -m ruff format --check bot actions tests

clean:
	rm -rf build var/model.tar.gz
