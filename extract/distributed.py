"""Extraction on a Dask distributed cluster: ``quotedb build --scheduler tcp://HOST:PORT``.

Extraction is a pure function of an article (`database.process_batch`), so batches
of articles are sent to the cluster's workers and their results streamed back, in
input order, to the one process that writes the database.  Imported only when a
scheduler is given, so nothing of Dask loads otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from distributed import Client

from .database import IN_FLIGHT, in_order


@contextmanager
def dask_map(scheduler: str) -> Iterator[Callable[[Callable, Iterable], Iterator]]:
    """An ordered, bounded map on the cluster at ``scheduler``: at most a few
    batches per worker thread in flight, so a long input never piles up in memory."""
    with Client(scheduler, timeout="30s") as client:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield lambda fn, items: in_order(lambda item: client.submit(fn, item, pure=False).result, items, IN_FLIGHT * workers)
