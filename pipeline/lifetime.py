"""Processes that end with the process that started them: no worker or tesseract outlives a batch.

Linux delivers a chosen signal to a process when its parent dies (PR_SET_PDEATHSIG), also when the
parent was killed with SIGKILL and could clean nothing up. Elsewhere this is a no-op.
"""
from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1  # linux/prctl.h
try:
    _prctl = ctypes.CDLL(None, use_errno=True).prctl
except (AttributeError, OSError):  # not Linux
    _prctl = None


def die_with_parent(parent: int | None = None) -> None:
    """Be killed when the parent dies. With `parent` (its pid, read before the fork), also when it
    died before this call. Safe between fork and exec: one system call, no allocation."""
    if _prctl is not None:
        _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
