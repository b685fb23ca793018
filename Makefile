# Microcity: `make demo` and `make test` are the two commands a newcomer needs (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The site's address, from which every link in e-mails, calendar files and PDFs is built: the port served,
# unless BASE_URL is given (`BASE_URL=https://demo.example.org make demo`).
BASE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed-stamp

.PHONY: demo serve test test-postgres test-browser lint typecheck migrations-check check-deploy messages vendor bench bench-pages clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

## demo: create .venv, install, migrate the SQLite database, load the demo cities, serve on PORT (8000)
## with DEBUG off (DEMO=1: the site's own error pages; WhiteNoise serves the static files)
demo: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	BASE_URL="$(BASE_URL)" $(BIN)/python manage.py seed_demo
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl+C stops); links in e-mails start with $(BASE_URL)"
	DEMO=1 BASE_URL="$(BASE_URL)" $(BIN)/python manage.py runserver --nostatic 127.0.0.1:$(PORT)

## serve: the development server with Django's debug pages (DEBUG on)
serve: $(STAMP)
	BASE_URL="$(BASE_URL)" $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The tests run in parallel (pytest-xdist), one process per core, each with its own test database:
# PYTEST_WORKERS=4 for another number of processes, PYTEST_WORKERS=0 for the whole run in one process.
PYTEST_WORKERS ?= auto
PYTEST = MICROCITY_TESTING=1 $(BIN)/python -m pytest $$($(BIN)/python -c 'import xdist' 2>/dev/null && echo "-n $(PYTEST_WORKERS)")

## test: the whole suite (browser tests run when Debian's Chromium is installed)
test: $(STAMP)
	$(PYTEST) $(PYTEST_ARGS)

## test-postgres: the whole suite on PostgreSQL (DATABASE_URL, default the local server's database "test")
test-postgres: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PYTEST) $(PYTEST_ARGS)

test-browser: $(STAMP)
	$(PYTEST) -m browser $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check microcity bench manage.py
	$(BIN)/ruff format --check microcity bench manage.py
	$(BIN)/lint-imports

typecheck: $(STAMP)
	MICROCITY_TESTING=1 $(BIN)/mypy microcity

migrations-check: $(STAMP)
	MICROCITY_TESTING=1 $(BIN)/python manage.py makemigrations --check --dry-run

check-deploy: $(STAMP)
	PRODUCTION=1 SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=microcity.example.org \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

## messages: refresh and compile the Latvian and English translations (needs GNU gettext)
messages: $(STAMP)
	cd microcity && ../$(BIN)/python ../manage.py makemessages -l lv -l en --no-obsolete --ignore 'static/*'
	cd microcity && ../$(BIN)/python ../manage.py compilemessages

## vendor: copy front-end packages from npm into microcity/static/vendor (the copies are committed)
vendor:
	npm ci
	mkdir -p microcity/static/vendor/bootstrap microcity/static/vendor/htmx microcity/static/vendor/chartjs microcity/static/vendor/bootstrap-icons/fonts
	cp node_modules/bootstrap/dist/css/bootstrap.min.css* node_modules/bootstrap/dist/js/bootstrap.bundle.min.js* node_modules/bootstrap/LICENSE microcity/static/vendor/bootstrap/
	cp node_modules/htmx.org/dist/htmx.min.js node_modules/htmx.org/LICENSE microcity/static/vendor/htmx/
	cp node_modules/chart.js/dist/chart.umd.min.js* node_modules/chart.js/LICENSE.md microcity/static/vendor/chartjs/
	cp node_modules/bootstrap-icons/font/bootstrap-icons.min.css node_modules/bootstrap-icons/LICENSE microcity/static/vendor/bootstrap-icons/
	cp node_modules/bootstrap-icons/font/fonts/bootstrap-icons.woff2 node_modules/bootstrap-icons/font/fonts/bootstrap-icons.woff microcity/static/vendor/bootstrap-icons/fonts/

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

## bench-pages: public pages and a youth's start page under load, side by side (bench/README-pages.md)
bench-pages: $(STAMP)
	$(BIN)/python bench/bench_pages.py --data-dir var/bench-pages

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .mypy_cache .ruff_cache
