"""Cost of watching feeds: 50 feeds × 40 items on local servers, ingested by one watch round, then a second round
with nothing new (every feed answers 304 to its conditional GET).

    .venv/bin/python benchmarks/watch.py [--feeds 50] [--items 40] [--hosts 50] [--corpus ../shared/corpus/…]

Each feed is its own outlet on its own loopback address (127.0.0.2, 127.0.0.3, …; Linux routes all of 127/8 to
the loopback device), so the default politeness applies as on the web: one request per second per host, two at
once per host, robots.txt asked for once per host. Items are real stories from ../shared/corpus served as HTML
pages (read at run time, never stored in the repository). Prints the time of each round, the share of the first
round spent outside coding (fetching, extracting, waiting, saving) and the second round as a share of the first.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the local test server lives in tests/webserver.py

from flashpoint.pipeline import code_document  # noqa: E402
from flashpoint.records import Document  # noqa: E402
from flashpoint.settings import Settings  # noqa: E402
from flashpoint.store import open_store  # noqa: E402
from flashpoint.watch import Ingester, Source, watch  # noqa: E402
from tests.webserver import Site, rss  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPORA = [SHARED / "kcna_2011_2012_en.jsonl.gz", SHARED / "newswire_world.jsonl.gz"]


def stories(count: int) -> list[dict[str, str]]:
    """`count` stories from the corpora, in file order (KCNA first, then the newswire)."""
    out: list[dict[str, str]] = []
    for corpus in CORPORA:
        with gzip.open(corpus, "rt", encoding="utf-8") as lines:
            out += [json.loads(line) for line in islice(lines, count - len(out))]
    if len(out) < count:
        raise SystemExit(f"only {len(out)} stories in {', '.join(map(str, CORPORA))}; ask for fewer feeds or items")
    return out


def page(story: dict[str, str]) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in story["text"].split("\n") if p.strip())
    title = html.escape(story.get("title") or story["text"][:60])
    date = story.get("published") or story.get("date") or ""
    meta = f'<meta property="article:published_time" content="{html.escape(str(date))}">' if date else ""
    return f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"


def serve(feeds: int, items: int, hosts: int) -> tuple[list[Site], list[Source]]:
    sites = [Site(f"127.0.0.{2 + n}") for n in range(hosts)]
    texts = iter(stories(feeds * items))
    sources = []
    for f in range(feeds):
        site = sites[f % hosts]
        links = [(site.put(f"/f{f}/story/{i}", page(next(texts))), f"story {i}", None) for i in range(items)]
        site.put(f"/f{f}/rss.xml", rss(links, f"Outlet {f}"), "application/rss+xml", etag=f'"f{f}"')
        sources.append(Source(url=site.url(f"/f{f}/rss.xml"), name=f"outlet-{f}"))
    return sites, sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--hosts", type=int, default=50, help="loopback addresses the feeds are spread over")
    args = parser.parse_args()
    sites, sources = serve(args.feeds, args.items, args.hosts)
    settings = Settings(allow_private_networks=True)  # the servers are on loopback; every other setting is the default
    code_document(Document("warm-up", "Chile and Peru signed a fisheries agreement in Lima."), settings)  # load the model first
    rounds: list[object] = []
    try:
        with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "watch.db") as store:
            ingester = Ingester(store, settings)
            for number in (1, 2):
                started = time.perf_counter()
                report = watch(sources, ingester, every=0.001, once=True, echo=lambda _: None)  # every source is due
                report.seconds = time.perf_counter() - started
                rounds.append(report)
                print(report.line(number), flush=True)
            stored = store.counts()
    finally:
        for site in sites:
            site.close()
    first, second = rounds  # type: ignore[misc]
    items = args.feeds * args.items
    outside = first.seconds - first.coding_seconds  # type: ignore[attr-defined]
    print(f"\n{args.feeds} feeds × {args.items} items on {args.hosts} hosts ({items} pages; host_interval {settings.host_interval:g} s, "
          f"host_concurrency {settings.host_concurrency}, fetch_workers {settings.fetch_workers}, batch_size {settings.batch_size})")
    print(f"round 1: {first.seconds:.1f} s ({items / first.seconds:.1f} pages/s); coding {first.coding_seconds:.1f} s, "  # type: ignore[attr-defined]
          f"outside coding {outside:.1f} s = {outside / first.seconds:.1%} of the round")  # type: ignore[attr-defined]
    print(f"round 2 (nothing new, {second.unchanged_sources} feeds answered 304): {second.seconds:.2f} s = "  # type: ignore[attr-defined]
          f"{second.seconds / first.seconds:.2%} of round 1 (target: under 5%)")  # type: ignore[attr-defined]
    print(f"store: {stored}")


if __name__ == "__main__":
    main()
