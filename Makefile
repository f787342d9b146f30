# Two commands set up a fresh machine: `make demo` and `make test`.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.bootstrapped

.PHONY: demo test bootstrap clean

$(STAMP): pyproject.toml scripts/bootstrap.sh
	bash scripts/bootstrap.sh
	touch $@

bootstrap: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/parlbrief process data/raw --out data/processed

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf $(VENV) data/processed/*.json data/processed/*.jsonl
