# eventwire: `make demo` and `make test` do all the setup on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

DEVSET_OVERLAP ?= ../shared/tools/devset-overlap

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
	@# no development-set text in the project (the tool lives beside the data, outside the repo)
	@if [ -x $(DEVSET_OVERLAP) ]; then $(DEVSET_OVERLAP) src tests; \
	else echo "devset-overlap: $(DEVSET_OVERLAP) not found, check skipped"; fi

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
# are committed so that a fresh clone serves the dashboard without npm. --ignore-scripts: nothing
# runs at install (swagger-ui-dist's analytics dependency would phone home); source-map comments
# are cut, since the maps are not shipped.
VENDOR := src/eventwire/serve/static/vendor
assets:
	cd frontend && npm ci --no-audit --no-fund --ignore-scripts
	mkdir -p $(VENDOR)/leaflet/images $(VENDOR)/topojson-client $(VENDOR)/world-atlas
	mkdir -p $(VENDOR)/leaflet.markercluster $(VENDOR)/swagger-ui
	cp frontend/node_modules/leaflet/dist/leaflet.js frontend/node_modules/leaflet/dist/leaflet.css frontend/node_modules/leaflet/LICENSE $(VENDOR)/leaflet/
	cp frontend/node_modules/leaflet/dist/images/*.png $(VENDOR)/leaflet/images/
	cp frontend/node_modules/topojson-client/dist/topojson-client.min.js frontend/node_modules/topojson-client/LICENSE $(VENDOR)/topojson-client/
	cp frontend/node_modules/world-atlas/countries-110m.json frontend/node_modules/world-atlas/LICENSE $(VENDOR)/world-atlas/
	cp frontend/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js frontend/node_modules/leaflet.markercluster/dist/MarkerCluster.css frontend/node_modules/leaflet.markercluster/MIT-LICENCE.txt $(VENDOR)/leaflet.markercluster/
	cp frontend/node_modules/swagger-ui-dist/swagger-ui-bundle.js frontend/node_modules/swagger-ui-dist/swagger-ui.css frontend/node_modules/swagger-ui-dist/LICENSE frontend/node_modules/swagger-ui-dist/NOTICE $(VENDOR)/swagger-ui/
	sed -i '/^\/\/# sourceMappingURL=/d' $(VENDOR)/leaflet.markercluster/leaflet.markercluster.js $(VENDOR)/swagger-ui/swagger-ui-bundle.js
	sed -i '/^\/\*# sourceMappingURL=/d' $(VENDOR)/swagger-ui/swagger-ui.css

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
