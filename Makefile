# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
# The first of python3.11, python3.12, python3.13, python3 that is a 3.11-3.13 interpreter.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	$$p -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' >/dev/null 2>&1 \
	&& { echo $$p; break; }; done)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast lint install clean bench ner-model ner-cv

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11, 3.12 or 3.13 is required (none found on PATH; set PYTHON=/path/to/python3.x)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/veille demo

# Two test processes, one test file each at a time: about 40 % of the suite waits on servers,
# crawls and child processes, so two keep a 2-core machine busy. TEST_WORKERS=0 runs in one.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# About 2 minutes: no spaCy model load, no child crawl, no Prefect flow run, no ../shared benchmark.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile -m "not slow and not shared" -q

# ruff (rules in pyproject.toml, each ignore commented) and mypy (strict on the product packages).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/nlp.py
	$(BIN)/python bench/warehouse.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/quality.py

# Issue 10 experiment: fr_core_news_md's `ner` fine-tuned on the project's own annotations (own
# gold, invented check sets, real-news dev pages; never held-out or reserved pages). Reads the
# pages from ../shared. Off by default: VEILLE_NER_WEIGHTS=models/ner/finetuned turns it on
# (docs/nlp.md, "Fine-tuning the model"). `ner-cv` gives the cross-validated estimate on dev.
ner-model: $(STAMP)
	$(BIN)/python -m evaluation.ner_finetune train --out models/ner/finetuned

ner-cv: $(STAMP)
	$(BIN)/python -m evaluation.ner_finetune cv --folds 3

clean:
	rm -rf out .pytest_cache
