"""parlbrief: scanned German Kreistag letters → structured records."""
from __future__ import annotations

from pipeline import PIPELINE_VERSION as __version__

__all__ = ["__version__"]
