"""Read WARC archives (Common Crawl's CC-NEWS) into the crawl's own records: `RawPage`s.

Why its own reader around warcio: CC-NEWS files are gzip per record, and a backfill must survive a
corrupt record (bad gzip member, truncated HTTP head) by recording it and going on with the next
one. warcio parses one record well but stops an `ArchiveIterator` at the first broken member, so
this module splits the stream into gzip members itself (zlib, streaming, so HTTP(S) works too),
resynchronises on the next gzip magic after a bad one, and lets warcio parse each member.

Cheap filters first: only `response` records of an allowed host, with status 200 and an HTML
content type, become pages; the rest is counted (`WarcCounts`) and, for allowed hosts, reported
as a `CrawlEvent` with its outcome so that `crawl_log` accounts for it.
"""
from __future__ import annotations

import io
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from w3lib.encoding import http_content_type_encoding

from crawlers.encoding import decide_encoding
from crawlers.html import rel_canonical
from crawlers.sources import Source
from crawlers.urls import canonical_url
from pipeline.records import CrawlEvent, Outcome, RawPage

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 1 << 16
FEED = 1 << 14
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class WarcCounts:
    """What one WARC file held, counted once per record (the backfill journal stores these)."""

    records: int = 0          # WARC records read, every type
    responses: int = 0        # `response` records
    off_host: int = 0         # responses of hosts outside the allow-list (dropped unseen)
    rejected: int = 0         # allowed host but not a 200 HTML page (reported as events)
    pages: int = 0            # handed to the pipeline
    corrupt: int = 0          # records that could not be read (see `errors`)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (byte offset, reason)

    def corrupt_at(self, offset: int, reason: str) -> None:
        self.corrupt += 1
        self.errors.append((offset, reason))


@dataclass(frozen=True, slots=True)
class HostFilter:
    """Which hosts a backfill keeps, and the source name each kept host is recorded under.

    `allowed` entries are host names (their subdomains included; a leading `www.` is ignored) or
    suffixes starting with a dot (`.fr`: a whole TLD). A host of the sources registry is recorded
    under that source's name, any other allowed host as `warc:<host>`.
    """

    allowed: tuple[str, ...]
    source_by_host: dict[str, str]

    @classmethod
    def build(cls, allowed: Iterable[str], sources: Iterable[Source]) -> HostFilter:
        by_host: dict[str, str] = {}
        for source in sources:
            for url in [*source.feeds, *source.sitemaps, *source.start_urls, source.homepage]:
                if url:
                    by_host.setdefault(bare_host(url), source.name)
        entries = tuple(entry.strip().lower().removeprefix("www.") for entry in allowed if entry.strip())
        if not entries:
            entries = tuple(sorted(by_host))
        if not entries:
            raise ValueError(
                "no host to keep: set VEILLE_BACKFILL_HOSTS (e.g. '.fr,.ma') or list sources"
            )
        return cls(entries, by_host)

    def source_for(self, url: str) -> str | None:
        """The source name for an allowed URL, `None` when its host is not allowed."""
        host = bare_host(url)
        if not host:
            return None
        for entry in self.allowed:
            if entry.startswith(".") and host.endswith(entry):
                break
            if host == entry or host.endswith("." + entry):
                break
        else:
            return None
        return self.source_by_host.get(host) or _registry_parent(host, self.source_by_host) \
            or f"warc:{host}"


def _registry_parent(host: str, by_host: dict[str, str]) -> str | None:
    parts = host.split(".")
    for start in range(1, len(parts) - 1):
        name = by_host.get(".".join(parts[start:]))
        if name:
            return name
    return None


def bare_host(url: str) -> str:
    """Lower-case host without port and without a leading `www.`."""
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def gzip_members(stream: BinaryIO, counts: WarcCounts, max_bytes: int) -> Iterator[tuple[int, bytes]]:
    """(offset, decompressed member) for each gzip member; broken ones are counted and skipped.

    A member larger than `max_bytes` once decompressed is skipped as corrupt (a bomb or a giant
    record); after any failure the reader looks for the next gzip magic and starts again there.
    """
    buffer = bytearray()
    base = 0          # absolute offset of buffer[0]
    exhausted = False

    def fill() -> bool:
        nonlocal exhausted
        if exhausted:
            return False
        chunk = stream.read(CHUNK)
        if not chunk:
            exhausted = True
            return False
        buffer.extend(chunk)
        return True

    while True:
        while len(buffer) < len(GZIP_MAGIC) and fill():
            pass
        if not buffer:
            return
        start = base
        if not buffer.startswith(GZIP_MAGIC):
            skipped = _resync(buffer, fill, 1 if buffer[:1] == b"\x1f" else 0)
            counts.corrupt_at(start, f"{skipped} bytes that are not a gzip member skipped")
            base += skipped
            continue
        member, used, error = _inflate(buffer, fill, max_bytes)
        if error is None:
            del buffer[:used]
            base += used
            yield start, member
            continue
        counts.corrupt_at(start, error)
        skipped = _resync(buffer, fill, 1)
        base += skipped


def _inflate(buffer: bytearray, fill, max_bytes: int) -> tuple[bytes, int, str | None]:  # type: ignore[no-untyped-def]
    """Decompress the member at the start of `buffer`: (data, compressed size, error or None).

    Fed in small pieces so that a decompression bomb is caught after at most ~1,000x a piece.
    """
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    out = bytearray()
    fed = 0
    while not inflater.eof:
        if fed == len(buffer) and not fill():
            return b"", fed, "truncated gzip member (end of file)"
        piece = bytes(buffer[fed:fed + FEED])
        fed += len(piece)
        try:
            out += inflater.decompress(piece)
        except zlib.error as error:
            return b"", fed, f"corrupt gzip member: {error}"
        if len(out) > max_bytes:
            return b"", fed, f"record larger than {max_bytes} bytes once decompressed"
    return bytes(out), fed - len(inflater.unused_data), None


def _resync(buffer: bytearray, fill, start: int) -> int:  # type: ignore[no-untyped-def]
    """Drop bytes up to the next gzip magic at or after `start`; returns how many were dropped."""
    while True:
        found = buffer.find(GZIP_MAGIC, start)
        if found >= 0:
            del buffer[:found]
            return found
        keep = len(GZIP_MAGIC) - 1  # a magic may straddle two reads
        if not fill():
            dropped = len(buffer)
            buffer.clear()
            return dropped
        start = max(len(buffer) - CHUNK - keep, start)


def records(stream: BinaryIO, counts: WarcCounts, max_bytes: int, *, gzipped: bool) -> Iterator[tuple[int, object]]:
    """(offset, warcio record) for each readable record; broken ones are counted and skipped."""
    if not gzipped:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                yield iterator.get_record_offset(), record
        except (ArchiveLoadFailed, ValueError, EOFError) as error:
            counts.corrupt_at(-1, f"unreadable WARC, rest of file skipped: {error}")
        return
    for offset, member in gzip_members(stream, counts, max_bytes):
        try:
            for record in ArchiveIterator(io.BytesIO(member)):
                yield offset, record
        except (ArchiveLoadFailed, ValueError, EOFError, IndexError) as error:
            counts.corrupt_at(offset, f"unreadable WARC record: {error}")


def read_pages(
    stream: BinaryIO, hosts: HostFilter, counts: WarcCounts, *, max_bytes: int, gzipped: bool = True
) -> Iterator[RawPage | CrawlEvent]:
    """The WARC's pages for the pipeline, and an event for each allowed record that is not one."""
    canonical_seen: set[str] = set()
    for offset, record in records(stream, counts, max_bytes, gzipped=gzipped):
        counts.records += 1
        if record.rec_type != "response":  # type: ignore[attr-defined]
            continue
        counts.responses += 1
        try:
            item = _page_or_event(record, hosts, max_bytes)
        except (ArchiveLoadFailed, ValueError, OSError, zlib.error, EOFError) as error:
            counts.corrupt_at(offset, f"unreadable response: {type(error).__name__}: {error}")
            continue
        if isinstance(item, RawPage) and item.requested_url != item.url:
            if item.url in canonical_seen:  # a copy pointing at an article already read, as a crawl says
                item = CrawlEvent(item.requested_url, item.source, item.fetched_at, 200,
                                  Outcome.DUPLICATE, f"same article as {item.url} (rel=canonical)")
        if isinstance(item, RawPage):
            canonical_seen.add(item.url)
        if item is None:
            counts.off_host += 1
        elif isinstance(item, RawPage):
            counts.pages += 1
            yield item
        else:
            counts.rejected += 1
            yield item


def _page_or_event(record, hosts: HostFilter, max_bytes: int) -> RawPage | CrawlEvent | None:  # type: ignore[no-untyped-def]
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    source = hosts.source_for(url)
    if source is None:
        return None
    fetched_at = _warc_date(record.rec_headers.get_header("WARC-Date"))
    if record.http_headers is None:
        return CrawlEvent(url, source, fetched_at, None, Outcome.PARSE_ERROR, "no HTTP head in record")
    status = _status(record.http_headers.get_statuscode())
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if status != 200:
        return CrawlEvent(url, source, fetched_at, status, Outcome.HTTP_ERROR, f"HTTP {status} in archive")
    if not content_type.startswith(HTML_TYPES):
        return CrawlEvent(url, source, fetched_at, status, Outcome.NOT_HTML, content_type or "no content type")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return CrawlEvent(url, source, fetched_at, status, Outcome.TOO_LARGE, f"body above {max_bytes} bytes")
    headers = {name: value for name, value in record.http_headers.headers}
    encoding = decide_encoding(body, http_content_type_encoding(content_type))  # as a crawl does
    text = body.decode(encoding, errors="replace")
    canonical = canonical_url(rel_canonical(text, url) or url)
    return RawPage(
        url=canonical, requested_url=url, source=source, fetched_at=fetched_at, status=200,
        headers=headers, body=body, encoding=encoding, discovered_via="warc",
    )


def _status(code: str | None) -> int | None:
    try:
        return int(code) if code else None
    except ValueError:
        return None


def _warc_date(value: str | None) -> datetime:
    """WARC-Date (ISO 8601, UTC) as naive UTC, the warehouse's time convention."""
    if not value:
        return datetime(1970, 1, 1)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment
