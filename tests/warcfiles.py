"""Write small real WARC files (gzip per record, as CC-NEWS does) from the demo sites.

The demo outlets' rendered pages (demo/sites) become `response` records under invented hosts;
English, off-topic, non-HTML, non-200, foreign-host and broken records are added on request.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITES_DIR = Path(__file__).resolve().parents[1] / "demo" / "sites"

HOSTS = {
    "ecomaghreb": "www.ecomaghreb.example",
    "industrie-hebdo": "industrie-hebdo.example",
    "reseaux-mag": "reseaux-mag.example",
}


@dataclass(frozen=True)
class Record:
    url: str
    body: bytes
    status: int = 200
    content_type: str = "text/html"
    date: str = "2026-11-20T08:00:00Z"


_PLACEHOLDER = re.compile(rb"\{\{BASE(?::([a-z0-9-]+))?\}\}")


def demo_pages() -> list[Record]:
    """Every HTML page of the demo outlets (index pages and the English section too).

    `{{BASE}}` placeholders become the invented host's URL; the Content-Type charset is the one
    the demo server sends (`routes.yaml`), wrong on purpose for one page.
    """
    routes = yaml.safe_load((SITES_DIR / "routes.yaml").read_text(encoding="utf-8"))["outlets"]
    records = []
    for outlet, host in HOSTS.items():
        root = SITES_DIR / outlet
        for path in sorted(root.rglob("*.html")):
            relative = "/" + path.relative_to(root).as_posix().removesuffix("index.html")
            route = (routes.get(outlet) or {}).get(relative) or {}
            if route.get("status", 200) != 200:
                continue
            body = _PLACEHOLDER.sub(
                lambda m: f"https://{HOSTS[(m.group(1) or outlet.encode()).decode()]}".encode(),
                path.read_bytes())
            charset = route.get("header_charset")
            content_type = f"text/html; charset={charset}" if charset else "text/html; charset=utf-8"
            records.append(Record(f"https://{host}{relative}", body, content_type=content_type))
    return records


def write_warc(path: Path, records: list[Record], *, extra_request: bool = True) -> Path:
    """One gzip member per record, each response preceded by its request (as CC-NEWS)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "veille-tests"}))
        for record in records:
            if extra_request:
                head = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    record.url, "request", http_headers=head,
                    warc_headers_dict={"WARC-Date": record.date}))
            reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(record.status, "X")
            head = StatusAndHeaders(f"{record.status} {reason}",
                                    [("Content-Type", record.content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                record.url, "response", payload=io.BytesIO(record.body), http_headers=head,
                warc_headers_dict={"WARC-Date": record.date}))
    return path


def corrupt_member(path: Path, member_index: int) -> None:
    """Overwrite bytes in the middle of the `member_index`-th gzip member (a broken record)."""
    data = bytearray(path.read_bytes())
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    start, end = starts[member_index], starts[member_index + 1]
    middle = (start + end) // 2
    data[middle:middle + 16] = b"\x00" * 16
    path.write_bytes(bytes(data))
