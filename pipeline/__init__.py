"""parlbrief's stages: ingest → repair → structure, ordered by `pipeline.run.run_letter`."""
from __future__ import annotations

PIPELINE_VERSION = "0.1.0"
