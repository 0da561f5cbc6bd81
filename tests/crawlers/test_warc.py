"""Reading WARC archives: real files written with warcio, local and over a loopback HTTP server."""
from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.warcwriter import WARCWriter

from crawlers.sources import Source
from crawlers.warc import HostFilter, WarcCounts, read_pages
from crawlers.warc_inputs import WarcInputError, is_gzipped, open_location, warc_locations
from pipeline.records import CrawlEvent, Outcome, RawPage
from tests.warcfiles import Record, corrupt_member, truncate_last_member, write_warc

PAGE = b"<html><head><title>t</title></head><body><p>Bonjour</p></body></html>"
HOSTS = HostFilter(("kept.example", ".ma"), {"kept.example": "kept"})


def read(path: Path, hosts: HostFilter = HOSTS, max_bytes: int = 1_000_000) -> tuple[list, WarcCounts]:
    counts = WarcCounts()
    with open_location(str(path)) as stream:
        items = list(read_pages(stream, hosts, counts, max_bytes=max_bytes, gzipped=is_gzipped(str(path))))
    return items, counts


def test_only_200_html_responses_of_kept_hosts_become_pages(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc.gz", [
        Record("https://kept.example/a", PAGE),
        Record("https://www.kept.example/b", PAGE),                 # www. and subdomains kept
        Record("https://journal.ma/c", PAGE),                       # a TLD of the list
        Record("https://elsewhere.example/d", PAGE),                # dropped unseen
        Record("https://kept.example/e", b"gone", status=404),
        Record("https://kept.example/f.pdf", b"%PDF", content_type="application/pdf"),
    ])
    items, counts = read(path)
    pages = [i for i in items if isinstance(i, RawPage)]
    events = {i.url: i.outcome for i in items if isinstance(i, CrawlEvent)}
    assert [(p.url, p.source) for p in pages] == [
        ("https://kept.example/a", "kept"), ("https://www.kept.example/b", "kept"),
        ("https://journal.ma/c", "warc:journal.ma")]
    assert events == {"https://kept.example/e": Outcome.HTTP_ERROR, "https://kept.example/f.pdf": Outcome.NOT_HTML}
    assert (counts.responses, counts.off_host, counts.pages, counts.rejected) == (6, 1, 3, 2)
    assert counts.records == 13  # warcinfo + a request and a response each


def test_a_corrupt_member_is_recorded_and_the_next_records_are_read(tmp_path: Path) -> None:
    records = [Record(f"https://kept.example/{n}", PAGE) for n in range(4)]
    path = write_warc(tmp_path / "b.warc.gz", records)
    corrupt_member(path, 4)  # the response of the second record
    items, counts = read(path)
    assert [i.url for i in items] == ["https://kept.example/0", "https://kept.example/2", "https://kept.example/3"]
    assert counts.corrupt == 1 and "corrupt gzip member" in counts.errors[0][1]
    assert counts.errors[0][0] > 0  # the byte offset of the broken member


def test_a_truncated_file_keeps_what_came_before(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "c.warc.gz", [Record(f"https://kept.example/{n}", PAGE) for n in range(3)])
    truncate_last_member(path)
    items, counts = read(path)
    assert [i.url for i in items] == ["https://kept.example/0", "https://kept.example/1"]
    assert counts.corrupt == 1 and "truncated" in counts.errors[0][1]


def test_garbage_and_a_bomb_are_skipped(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "d.warc.gz", [Record("https://kept.example/ok", PAGE)])
    big = write_warc(tmp_path / "big.warc.gz", [Record("https://kept.example/big", b"a" * 3_000_000)])
    with path.open("ab") as handle:
        handle.write(b"not gzip at all " * 10)
        handle.write(big.read_bytes())
        handle.write(gzip.compress(b"garbage line\r\n\r\n"))  # gzip fine, no WARC inside
    items, counts = read(path, max_bytes=1_000_000)
    assert [i.url for i in items] == ["https://kept.example/ok"]
    reasons = " | ".join(reason for _, reason in counts.errors)
    assert "not a gzip member" in reasons and "larger than 1000000 bytes" in reasons
    assert "unreadable WARC record" in reasons


def test_an_uncompressed_warc_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(writer.create_warcinfo_record("plain.warc", {"software": "t"}))
    items, counts = read(path)
    assert items == [] and counts.records == 1 and counts.corrupt == 0


def test_the_registry_names_its_hosts_and_is_the_default_list() -> None:
    sources = [Source(name="ecomag", feeds=["https://www.ecomag.example/rss.xml"]),
               Source(name="autre", homepage="http://autre.example:8080/")]
    hosts = HostFilter.build([], sources)
    assert hosts.source_for("https://ecomag.example/x") == "ecomag"
    assert hosts.source_for("https://news.autre.example/x") == "autre"
    assert hosts.source_for("https://third.example/x") is None
    with pytest.raises(ValueError, match="VEILLE_BACKFILL_HOSTS"):
        HostFilter.build([], [])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server over `tmp_path` (Common Crawl's layout under it)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp_path
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_listing_over_http_names_files_read_over_http(served: tuple[str, Path]) -> None:
    base, root = served
    relative = "crawl-data/CC-NEWS/2026/11/CC-NEWS-20261120000000-00001.warc.gz"
    write_warc(root / relative, [Record("https://kept.example/a", PAGE)])
    (root / "warc.paths.gz").write_bytes(gzip.compress(f"{relative}\n".encode()))
    locations = warc_locations([f"{base}/warc.paths.gz"], base_url=base + "/")
    assert locations == [f"{base}/{relative}"]
    counts = WarcCounts()
    with open_location(locations[0]) as stream:
        pages = list(read_pages(stream, HOSTS, counts, max_bytes=100_000))
    assert [p.url for p in pages] == ["https://kept.example/a"]


def test_local_listings_globs_and_missing_files(tmp_path: Path) -> None:
    first = write_warc(tmp_path / "crawl-data/CC-NEWS/2026/11/one.warc.gz", [])
    second = write_warc(tmp_path / "crawl-data/CC-NEWS/2026/11/two.warc.gz", [])
    listing = tmp_path / "warc.paths"
    listing.write_text("crawl-data/CC-NEWS/2026/11/one.warc.gz\n# comment\n\n"
                       "crawl-data/CC-NEWS/2026/12/elsewhere.warc.gz\n", encoding="utf-8")
    assert warc_locations([str(listing)], "https://mirror.example/") == [
        str(first.resolve()), "https://mirror.example/crawl-data/CC-NEWS/2026/12/elsewhere.warc.gz"]
    pattern = str(tmp_path / "crawl-data/**/*.warc.gz")
    assert warc_locations([pattern, str(first)], "x") == [str(first.resolve()), str(second.resolve())]
    with pytest.raises(WarcInputError, match="no such WARC file"):
        warc_locations([str(tmp_path / "absent.warc.gz")], "x")
    with pytest.raises(WarcInputError, match="no file matches"):
        warc_locations([str(tmp_path / "*.nothing")], "x")
