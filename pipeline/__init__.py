"""parlbrief's stages: ingest → repair → structure, ordered by `pipeline.run.run_letter`."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    PIPELINE_VERSION = version("parlbrief")
except PackageNotFoundError:  # run from a source tree that was never installed
    PIPELINE_VERSION = "0+unknown"
