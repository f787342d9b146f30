"""parlbrief: scanned German Kreistag letters → structured records."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import PIPELINE_VERSION as __version__

__all__ = ["__version__", "load"]


def load(processed_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The letters, parties and questions tables of a processed folder as typed pandas DataFrames.

    Returns:
        {"letters": …, "parties": …, "questions": …}; column types as documented in
        `pipeline/table_schema.py` (dates as dates, nullable integers, booleans, strings).
    """
    from pipeline.export import read_tables

    return read_tables(processed_dir, "jsonl")
