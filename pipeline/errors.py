"""Domain errors with the exit codes the CLI maps them to; messages say what to do next."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FILES_FAILED = 1
    USAGE = 2
    MISSING_DEPENDENCY = 3
    OUTPUT_UNWRITABLE = 4
    INTERRUPTED = 130  # the shell's code for a run ended by Ctrl-C


class ParlbriefError(Exception):
    """Base error; `str(err)` is one clear sentence for the manifest."""

    exit_code: ExitCode = ExitCode.FILES_FAILED


class InputError(ParlbriefError):
    """The input file cannot be read as a letter (empty, corrupt, encrypted, too large…)."""


class OcrError(ParlbriefError):
    """Tesseract failed or timed out on a page."""


class MissingDependencyError(ParlbriefError):
    """A required external program or language pack is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class OutputError(ParlbriefError):
    """The output folder cannot be written (permissions, full disk)."""

    exit_code = ExitCode.OUTPUT_UNWRITABLE
