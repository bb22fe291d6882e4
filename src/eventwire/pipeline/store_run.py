"""Ingesting shards into a store: in this process, on N local processes, or on a Dask cluster.

Every worker loads its models once (`_worker_state` is cached per process), stores each article
in its own transaction, and marks a shard complete only after all its articles are stored, so a
killed run, rerun, skips finished shards and re-stores nothing twice (the store's upserts make a
half-finished shard safe to redo). Merged events are rebuilt once, at the end, by the caller,
whenever some stored article is not linked yet (so a run killed before its relink, rerun, relinks).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..dedupe.minhash import Deduper, Signature, sign
from ..dedupe.story_clusters import StoryIndex
from ..link.relink import relink_if_pending
from ..records import Document, Dropped
from ..settings import Settings
from ..store.store import Store
from .progress import progress_bar
from .runner import Pipeline, Summary
from .shards import JSONL_LINES_PER_SHARD, Shard, make_shards

PARALLEL_JSONL_LINES = 8


@dataclass
class ShardResult:
    """What one shard did; picklable, so it travels back from process and Dask workers."""

    key: str
    summary: Summary = field(default_factory=Summary)


def new_worker_state(
    db_url: str, settings: Settings, published: str | None
) -> tuple[Store, Pipeline]:
    """A store connection and a pipeline whose dedupe stage knows every stored article."""
    store = Store(db_url)
    return store, pipeline_for(store, settings, published)


def pipeline_for(store: Store, settings: Settings, published: str | None) -> Pipeline:
    """A pipeline whose duplicate and story indexes are seeded from what `store` holds."""
    deduper = Deduper()
    deduper.load(stored_signatures(store))
    stories = StoryIndex(lexicon=settings.lexicon())
    stories.load(store.story_seeds())
    pipeline = Pipeline(settings, published=published, deduper=deduper, stories=stories)
    pipeline.setup()
    return pipeline


def stored_signatures(store: Store) -> Iterator[tuple[str, str | None, Signature]]:
    """Every stored article's dedupe signature, to seed the dedupe stage.

    Signatures stored by an older version are re-signed from the article's text and saved.
    """
    stale: list[tuple[str, str | None]] = []
    for doc_id, duplicate_of, digest, minhash in store.signatures():
        signature = Signature(digest, minhash)
        if signature.current:
            yield doc_id, duplicate_of, signature
        else:
            stale.append((doc_id, duplicate_of))
    for doc_id, duplicate_of in stale:
        record = store.document(doc_id)
        if record is None:  # removed since it was listed
            continue
        signature = sign(record["text"])
        store.save_signature(doc_id, signature.text_hash, signature.hashvalues)
        yield doc_id, duplicate_of, signature


_worker_state = lru_cache(maxsize=2)(new_worker_state)
"""Per worker process: models and the dedupe index load once, whatever the number of shards."""


def ingest_shard(
    shard: Shard,
    db_url: str,
    settings: Settings,
    published: str | None,
    url: str | None = None,
    state: tuple[Store, Pipeline] | None = None,
) -> ShardResult:
    """Process and store one shard, unless its completion marker says it is already stored."""
    store, pipeline = state or _worker_state(db_url, settings, published)
    result = ShardResult(shard.key)
    if shard.resumable and store.shard_done(shard.key):
        result.summary.shards_skipped = 1
        return result
    pages = shard.pages(max_bytes=settings.max_page_bytes, published=published, url=url)
    pipeline.reset_counters()
    store_all(pipeline.run_pages(_count(pages, result.summary)), store, result.summary)
    result.summary.add_stages(pipeline.counters())
    if shard.resumable:
        store.mark_shard(shard.key, shard.description, result.summary.articles)
    return result


def store_all(items: Iterable[Document | Dropped], store: Store, summary: Summary) -> None:
    """Store every document coming out of the pipeline, counting what happened.

    Dedupe's findings travel on each document (`Document.dedupe`): its signature and story terms
    are stored with it, and the stored copies it displaced as original are re-pointed at it once
    every document is stored.
    """
    repointed: dict[str, str] = {}
    for item in items:
        summary.add(item)
        if isinstance(item, Document):
            if store.put(item):
                summary.stored += 1
            else:
                summary.unchanged += 1
            if item.dedupe:
                repointed.update(dict.fromkeys(item.dedupe.repoints, item.id))
    store.repoint_duplicates(repointed)


def _count(pages: Iterable[Any], summary: Summary) -> Iterator[Any]:
    for page in pages:
        if not isinstance(page, Dropped):
            summary.pages += 1
        yield page


def _advancing(items: Iterable[Any], advance: Any) -> Iterator[Any]:
    for item in items:
        advance()
        yield item


def run_ingest(
    inputs: Iterable[str],
    *,
    db_url: str,
    settings: Settings,
    published: str | None = None,
    url: str | None = None,
    workers: int = 1,
    dask: str | None = None,
    shard_lines: int | None = None,
    progress: bool = False,
) -> Summary:
    """Ingest every input into the store at `db_url`; `dask` is an address, or "local".

    `shard_lines` sets how many JSON Lines make one shard (the unit of parallel work and of
    resuming); by default 64, or 8 when several workers share the work.
    """
    parallel = workers > 1 or dask is not None
    # Smaller shards when several workers share the work, so that none waits on one big shard.
    default_lines = PARALLEL_JSONL_LINES if parallel else JSONL_LINES_PER_SHARD
    shards, missing = make_shards(inputs, jsonl_lines=shard_lines or default_lines)
    summary = Summary(inputs=len({p for s in shards for p in s.paths}) + len(missing))
    for dropped in missing:
        summary.add_error(dropped)
    if parallel:
        _one_thread_per_worker()
    if dask is not None:
        results = _on_dask(shards, dask, workers, db_url, settings, published, url)
    elif workers > 1:
        results = _on_processes(shards, workers, db_url, settings, published, url)
    else:
        state = new_worker_state(db_url, settings, published)
        results = (ingest_shard(s, db_url, settings, published, url, state) for s in shards)
    # Progress counts input items (articles, or pages that failed); its total, and so its
    # estimate of the time left, is known when no shard is a WARC file or standard input.
    expected = [s.expected_items for s in shards]
    total = None if None in expected else sum(e or 0 for e in expected)
    with progress_bar(progress, "articles", total) as advance:
        expected_by_key = {s.key: s.expected_items for s in shards}
        for result in results:
            done = expected_by_key.get(result.key)
            if done is None:
                done = result.summary.pages + sum(result.summary.errors.values())
            advance(done)
            summary.merge(result.summary)
    # Relink whenever an article is not linked yet: this run stored some, or a run killed after
    # its last shard's completion marker but before its relink left them so.
    with Store(db_url) as store:
        relink_if_pending(store)
    return summary


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _one_thread_per_worker() -> None:
    """Workers inherit this: N workers on N cores, not N workers each spreading math over all."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def _on_processes(
    shards: list[Shard],
    workers: int,
    db_url: str,
    settings: Settings,
    published: str | None,
    url: str | None,
) -> Iterator[ShardResult]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # `spawn`: each worker starts clean and loads its own models (no forked database handles).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(ingest_shard, s, db_url, settings, published, url) for s in shards]
        for future in as_completed(futures):
            yield future.result()


def _on_dask(
    shards: list[Shard],
    address: str,
    workers: int,
    db_url: str,
    settings: Settings,
    published: str | None,
    url: str | None,
) -> Iterator[ShardResult]:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        futures = client.map(
            ingest_shard,
            shards,
            db_url=db_url,
            settings=settings,
            published=published,
            url=url,
            pure=False,
        )
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


__all__ = ["ShardResult", "ingest_shard", "run_ingest"]


def ingest_feed(
    feed: str,
    *,
    db_url: str,
    settings: Settings,
    allow_private: bool = False,
    progress: bool = False,
) -> Summary:
    """Poll one RSS/Atom feed once: fetch and store the entries the store does not hold yet."""
    from ..readers.feeds import poll_feed
    from ..readers.fetch import Fetcher, FetchPolicy

    store, pipeline = new_worker_state(db_url, settings, None)
    summary = Summary(inputs=1)
    policy = FetchPolicy(allow_private=allow_private, deadline_s=settings.fetch_deadline_s)
    with Fetcher(policy) as fetcher:
        entries = poll_feed(feed, fetcher, store.has_url, max_items=settings.max_feed_items)
        pages = _count(entries, summary)
        with progress_bar(progress, "articles") as advance:
            pipeline.reset_counters()
            store_all(_advancing(pipeline.run_pages(pages), advance), store, summary)
            summary.add_stages(pipeline.counters())
    relink_if_pending(store)
    store.close()
    return summary
