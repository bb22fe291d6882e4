# eventwire: `make demo` and `make test` do all the setup on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test test-fast lint bench clean assets train

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo

test: $(STAMP)
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# The trained models (the news gate's in gate/models/, the event coder's in events/models/), from
# training/en/ (our own data, CC0): fixed seeds, a few minutes on one core. conventions.py --check
# fails while a data file disagrees with the labelling conventions (training/en/README.md);
# tune.py then chooses where the models decide on the development sets' tune part (where
# ../shared/data is absent, the models keep their cross-validated thresholds and decide no type).
train: $(STAMP)
	$(BIN)/python training/conventions.py --check
	$(BIN)/python training/train.py
	$(BIN)/python training/tune.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

# Dashboard libraries, pinned in frontend/package-lock.json; the copies under serve/static/vendor/
# are committed so that a fresh clone serves the dashboard without npm.
VENDOR := src/eventwire/serve/static/vendor
assets:
	cd frontend && npm ci --no-audit --no-fund
	mkdir -p $(VENDOR)/leaflet/images $(VENDOR)/topojson-client $(VENDOR)/world-atlas
	cp frontend/node_modules/leaflet/dist/leaflet.js frontend/node_modules/leaflet/dist/leaflet.css frontend/node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp frontend/node_modules/leaflet/dist/images/*.png $(VENDOR)/leaflet/images/
	cp frontend/node_modules/topojson-client/dist/topojson-client.min.js frontend/node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp frontend/node_modules/world-atlas/countries-50m.json frontend/node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas/

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
