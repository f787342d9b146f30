"""Progress display for batch runs: a bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import logging
import sys

from models import ManifestEntry
from pipeline.names import shown

log = logging.getLogger("parlbrief")


class BatchProgress:
    """A progress bar over files on a terminal, plain log lines otherwise."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.pages = total, 0, 0
        self.bar = None
        if sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)

    def __enter__(self) -> BatchProgress:
        if self.bar:
            self.bar.start()
            self.task = self.bar.add_task("letters", total=self.total)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def update(self, entry: ManifestEntry) -> None:
        self.done += 1
        self.pages += entry.pages
        if self.bar:
            self.bar.update(self.task, advance=1, description=f"letters ({self.pages} pages)")
        else:
            detail = entry.error if entry.error else f"{entry.pages} pages, {entry.seconds:.1f} s"
            log.info("[%d/%d] %s %s (%s)", self.done, self.total, entry.status.value, shown(entry.input), detail)
