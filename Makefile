# Two commands set up a fresh machine: `make demo` and `make test`.
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.bootstrapped

.PHONY: demo test eval eval-full bench bootstrap train channel real-ocr calibrate clean

$(STAMP): pyproject.toml scripts/bootstrap.sh
	bash scripts/bootstrap.sh
	touch $@

bootstrap: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/parlbrief process data/raw --out data/processed
	$(VENV)/bin/parlbrief show data/processed

test: $(STAMP)
	$(PY) -m pytest

# Accuracy on the gold corpus: the CI subset (also run by `make test`) or every letter and rendering.
eval: $(STAMP)
	$(VENV)/bin/parlbrief evaluate --subset ci --report build/eval-ci.html --json build/eval-ci.json

eval-full: $(STAMP)
	$(VENV)/bin/parlbrief evaluate --subset full --report build/eval-full.html --json build/eval-full.json

# The line-role model (pipeline/line_roles.crfsuite) from data/labels (texts in ../shared) and the
# gold letters' roles; deterministic. `--evaluate` prints leave-one-source-out and held-out figures.
train: $(STAMP)
	$(PY) -m parlbrief.train_line_roles
	$(PY) -m parlbrief.train_line_roles --evaluate

# The OCR channel table (pipeline/ocr_channel.tsv) from the committed real-OCR texts in data/real_ocr;
# deterministic, prints the top confusions per profile. `make real-ocr` re-OCRs the letters (~25 min).
channel: $(STAMP)
	$(PY) -m parlbrief.channel

real-ocr: $(STAMP)
	$(PY) scripts/real_ocr.py

# The repair's confidence calibration (pipeline/repair_calibration.tsv), fitted on real OCR of the
# estimation letters after `make channel`; prints the held-out reliability before and after.
calibrate: $(STAMP)
	$(PY) -m parlbrief.calibrate_repair

bench: $(STAMP)
	bash scripts/bootstrap.sh bench
	$(PY) bench/bench_batch.py
	$(PY) bench/bench_repair.py

clean:
	rm -rf $(VENV) data/processed/*.json data/processed/*.jsonl
