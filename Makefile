# Two entry points: `make run` (build data/quotes.db from seeds/ and serve it) and
# `make test`.  Both create .venv/ with Python >= 3.11 on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run build serve test clean

$(BIN)/quotedb: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("quotedb needs Python >= 3.11") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

build: $(BIN)/quotedb
	$(BIN)/quotedb build seeds --db data/quotes.db

run: build
	$(BIN)/quotedb serve --db data/quotes.db

test: $(BIN)/quotedb
	$(BIN)/pytest -q -rs

clean:
	rm -rf $(VENV) data *.egg-info
