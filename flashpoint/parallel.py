"""Coding on several cores: worker processes that each hold one loaded pipeline and code whole batches (parse and
extraction both), with results handed back in input order so that one writer stores them as a single process would.

A batch is the unit of work: the pipeline's own batching is kept, and a worker is started once per run, not per
batch. A worker that dies (killed, out of memory) fails the documents it held with a reason, never the run.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .records import Coding, Document
from .settings import Settings

_settings: Settings | None = None  # the worker's settings, set once by _start
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, few enough to bound memory


def worker_count(settings: Settings) -> int:
    """The workers asked for; 0 means one per core this process may run on."""
    if settings.workers:
        return settings.workers
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def code_in_workers(groups: Iterator[list[Document]], settings: Settings, workers: int,
                    code_batch: Callable[[list[Document], Settings], Iterator[Coding]]) -> Iterator[Coding]:
    """Each batch's Codings, in input order, coded by `workers` processes; `code_batch` must be a module-level
    function (it travels to the workers by name)."""
    pending: deque[tuple[list[Document], Future[list[Coding]]]] = deque()
    pool = _pool(settings, workers)
    try:
        for batch in groups:
            pending.append((batch, _submit(pool, code_batch, batch)))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                pool = yield from _next(pending, pool, settings, workers, code_batch)
        while pending:
            pool = yield from _next(pending, pool, settings, workers, code_batch)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _next(pending: deque[tuple[list[Document], Future[list[Coding]]]], pool: ProcessPoolExecutor, settings: Settings,
          workers: int, code_batch: Callable[[list[Document], Settings], Iterator[Coding]]
          ) -> Generator[Coding, None, ProcessPoolExecutor]:
    """Yield the oldest batch's Codings; return the pool to go on with (a fresh one when a worker died: a broken
    pool fails every future it holds, so the batches still queued are given to the fresh one)."""
    batch, future = pending.popleft()
    try:
        yield from future.result()
        return pool
    except BrokenProcessPool as exc:
        reason = f"the worker process coding it stopped ({exc or 'killed'}); run again to retry"
        yield from (Coding(document, "failed", reason=reason[:500]) for document in batch)
    pool.shutdown(wait=True, cancel_futures=True)
    pool = _pool(settings, workers)
    for position, (queued, _) in enumerate(pending):
        pending[position] = (queued, _submit(pool, code_batch, queued))
    return pool


def _submit(pool: ProcessPoolExecutor, code_batch: Callable[[list[Document], Settings], Iterator[Coding]],
            batch: list[Document]) -> Future[list[Coding]]:
    """The batch's future; a pool that broke before it could take the batch gives a future holding that failure."""
    try:
        return pool.submit(_code, code_batch, batch)
    except BrokenProcessPool as exc:
        broken: Future[list[Coding]] = Future()
        broken.set_exception(exc)
        return broken


def _pool(settings: Settings, workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start, initargs=(settings, os.getpid()))


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the parent's loaded pipeline copy-on-write and starts in milliseconds; elsewhere (macOS, Windows)
    # fork is unsafe or missing, and each worker loads the pipeline itself
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def _start(settings: Settings, parent: int) -> None:
    """Load everything a batch needs once per worker, and end the worker when its parent is gone (a killed ingest
    must not leave orphans coding for nobody)."""
    global _settings
    from . import nlp
    from .actors import knowledge
    from .events import lexicon

    _settings = settings
    nlp.load(settings.spacy_model)
    knowledge.load(settings.actors_file)
    lexicon.load()
    threading.Thread(target=_watch, args=(parent,), daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _code(code_batch: Callable[[list[Document], Settings], Iterator[Coding]], batch: list[Document]) -> list[Coding]:
    assert _settings is not None, "_start runs in every worker before any batch"
    return list(code_batch(batch, _settings))
