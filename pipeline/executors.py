"""Where letters are computed: worker processes on this machine, or a Dask cluster."""
from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from models import Options, RunKey
from pipeline.errors import ParlbriefError
from pipeline.lifetime import die_with_parent
from pipeline.run import run_letter, warm_up

log = logging.getLogger(__name__)

# (letter JSON or None, error sentence or None, pages, seconds): small and picklable on purpose.
Outcome = tuple[str | None, str | None, int, float]
CRASHED = "The worker process crashed while processing this file."


# Stopping is asked for by a signal handler (Ctrl-C, SIGTERM: `request_stop`) and done by the
# executors at their next safe point: an exception raised inside the signal handler itself could
# land anywhere, e.g. in the hooks that run while a worker is forked.
STOP = threading.Event()
POLL_SECONDS = 0.5


def request_stop(*_: object) -> None:
    STOP.set()


def stop_point() -> None:
    """Raise KeyboardInterrupt when a stop was requested: the batch ends with what finished."""
    if STOP.is_set():
        raise KeyboardInterrupt


class ExecutorKind(StrEnum):
    LOCAL = "local"
    DASK = "dask"


def process_letter(path: Path, options: Options, key: RunKey) -> Outcome:
    """Run one letter; executes in a worker process (local or on a Dask worker)."""
    started = time.perf_counter()
    try:
        record = run_letter(path, options, key)
        return record.model_dump_json(), None, len(record.source.pages), time.perf_counter() - started
    except ParlbriefError as err:
        return None, str(err), 0, time.perf_counter() - started
    except Exception as err:  # one bad letter must not stop the batch; the manifest says what broke
        log.exception("unexpected error on %s", path)
        return None, f"Unexpected {type(err).__name__}: {err}", 0, time.perf_counter() - started


class Executor(Protocol):
    def run(self, paths: list[Path], options: Options, key: RunKey) -> Iterator[tuple[Path, Outcome]]:
        """Yield each path with its outcome as letters finish (any order). Closing the iterator
        early (Ctrl-C) stops the work that is still running."""
        ...


class LocalExecutor:
    """Worker processes on this machine (also for one worker: a crash in native code — pdfium,
    OpenCV — must fail only its file, not the batch)."""

    def __init__(self, workers: int | None = None) -> None:
        self.cores = workers or os.cpu_count() or 1

    def run(self, paths: list[Path], options: Options, key: RunKey) -> Iterator[tuple[Path, Outcome]]:
        workers = max(1, min(self.cores, len(paths) or 1))
        if self.cores > workers:  # fewer files than cores: OCR the pages of each file in parallel
            options = options.model_copy(update={"page_workers": self.cores // workers})
        if paths:
            warm_up(options)  # before the workers fork, so they inherit it
        queue = deque(paths)
        while queue:
            suspects: list[Path] = []
            with _worker_pool(workers) as pool:
                in_flight: dict[Future, Path] = {}
                broken = False
                while ((queue and not broken) or in_flight) and not suspects:
                    # Few in flight: memory stays flat and few files are suspect after a crash.
                    while queue and not broken and len(in_flight) < 2 * workers:
                        try:
                            in_flight[pool.submit(process_letter, queue[0], options, key)] = queue[0]
                        except BrokenProcessPool:  # it broke before `wait` could tell us
                            broken = True
                            break
                        queue.popleft()
                    if not in_flight:
                        continue
                    done, _ = wait(in_flight, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                    stop_point()
                    for future in done:
                        path = in_flight.pop(future)
                        if isinstance(future.exception(), BrokenProcessPool):
                            suspects.append(path)
                        else:
                            yield path, future.result()
                suspects.extend(in_flight.values())
            for path in suspects:  # re-run each alone, so a crash is pinned on the file that caused it
                yield path, _run_isolated(path, options, key)


@contextmanager
def _worker_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that end with the batch: killed when the batch's process dies (kill -9
    included; their tesseract processes die with them, see pipeline.ocr), and ended at once when
    the batch stops early (Ctrl-C, SIGTERM)."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:  # also GeneratorExit: the batch stopped reading results
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent: int) -> None:
    os.setpgid(0, 0)  # its own process group: Ctrl-C in a terminal reaches the parent, which decides
    for stop in (signal.SIGTERM, signal.SIGINT):  # not the parent's handlers: a worker told to end, ends
        signal.signal(stop, signal.SIG_DFL)
    die_with_parent(parent)


def _run_isolated(path: Path, options: Options, key: RunKey) -> Outcome:
    with _worker_pool(1) as pool:
        try:
            return pool.submit(process_letter, path, options, key).result()
        except BrokenProcessPool:
            return None, CRASHED, 0, 0.0


class DaskExecutor:
    """Files as tasks on a Dask distributed cluster; inputs must be on storage every worker sees.

    Without a scheduler address a LocalCluster with one single-threaded worker per core is started.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        self.scheduler = scheduler
        self.workers = workers or os.cpu_count() or 1

    def run(self, paths: list[Path], options: Options, key: RunKey) -> Iterator[tuple[Path, Outcome]]:
        from distributed import Client, LocalCluster
        from distributed import wait as wait_any

        cluster = None
        if self.scheduler is None:
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(self.scheduler or cluster)
        try:
            futures = {client.submit(process_letter, path.resolve(), options, key, pure=False): path for path in paths}
            pending = set(futures)
            while pending:
                try:
                    done, pending = wait_any(pending, timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    done = set()
                stop_point()
                for future in done:
                    path = futures[future]
                    try:
                        yield path, future.result()
                    except Exception as err:  # KilledWorker and friends: the cluster gave up on this file
                        yield path, (None, f"{CRASHED} ({type(err).__name__})", 0, 0.0)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def make_executor(kind: ExecutorKind, workers: int | None = None, scheduler: str | None = None) -> Executor:
    if kind is ExecutorKind.DASK:
        return DaskExecutor(scheduler, workers)
    return LocalExecutor(workers)
