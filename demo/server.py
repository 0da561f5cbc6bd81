"""Serve the three bundled demo outlets on loopback ports, as real news sites would answer.

Why a server rather than saved files: the crawler must meet what a real crawl meets (robots.txt,
404/500, a PDF, a page in ISO-8859-1, a header that lies about its charset, 304 on conditional
GET) through a real Scrapy download, with no internet. Files live under `demo/sites/<outlet>/`;
`{{BASE}}` / `{{BASE:other-outlet}}` are replaced at serve time because feeds and sitemaps need
absolute URLs and the ports are only known once the servers are up.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import signal
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote, urlsplit

import yaml

DEMO_DIR = Path(__file__).resolve().parent
SITES_DIR = DEMO_DIR / "sites"
ROUTES_FILE = SITES_DIR / "routes.yaml"
OUTLETS: tuple[str, ...] = ("ecomaghreb", "industrie-hebdo", "reseaux-mag")
COUNTRIES: Mapping[str, str] = {"ecomaghreb": "MA", "industrie-hebdo": "FR", "reseaux-mag": "FR"}

_PLACEHOLDER = re.compile(r"\{\{BASE(?::([a-z0-9-]+))?\}\}")
_TEXT_TYPES: Mapping[str, str] = {
    ".html": "text/html",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".css": "text/css",
}
_BINARY_TYPES: Mapping[str, str] = {".pdf": "application/pdf", ".png": "image/png"}


@dataclass(frozen=True, slots=True)
class Route:
    """What the server does differently for one path (from `sites/routes.yaml`)."""

    status: int = 200
    content_type: str | None = None   # overrides the type guessed from the extension
    header_charset: str | None = None  # charset announced in Content-Type
    body_encoding: str = "utf-8"       # how the text body is actually encoded


@dataclass(frozen=True, slots=True)
class Response:
    """A ready-to-send answer: status, headers and body bytes."""

    status: int
    headers: dict[str, str]
    body: bytes


def load_routes(path: Path = ROUTES_FILE) -> dict[str, dict[str, Route]]:
    """Special routes per outlet: error statuses, encodings, lying headers."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        outlet: {route_path: Route(**spec) for route_path, spec in (routes or {}).items()}
        for outlet, routes in raw.get("outlets", {}).items()
    }


def last_modified_for(path: Path = ROUTES_FILE) -> dict[str, float]:
    """Fixed Last-Modified per outlet, so conditional GET gives the same answer run after run."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        outlet: parsedate_to_datetime(value).timestamp()
        for outlet, value in raw.get("last_modified", {}).items()
    }


def substitute(text: str, own_base: str, base_urls: Mapping[str, str]) -> str:
    """Replace `{{BASE}}` with this outlet's base URL and `{{BASE:name}}` with another's."""

    def _replace(match: re.Match[str]) -> str:
        other = match.group(1)
        if other is None:
            return own_base
        if other not in base_urls:
            raise KeyError(f"unknown outlet in placeholder {match.group(0)!r}")
        return base_urls[other]

    return _PLACEHOLDER.sub(_replace, text)


def file_for(site_root: Path, url_path: str) -> Path | None:
    """The file behind a URL path (`/a/` -> `a/index.html`), or None when outside the site."""
    relative = unquote(urlsplit(url_path).path).lstrip("/")
    if relative == "" or relative.endswith("/"):
        relative += "index.html"
    candidate = (site_root / relative).resolve()
    if site_root.resolve() not in candidate.parents:
        return None
    return candidate if candidate.is_file() else None


def _error_page(status: int, message: str) -> Response:
    body = (
        f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{status} "
        f"{message}</title></head><body><h1>{status}</h1><p>{message}</p></body></html>"
    ).encode()
    return Response(status, {"Content-Type": "text/html; charset=utf-8"}, body)


def _content_type(file: Path, route: Route) -> tuple[str, bool]:
    """(Content-Type header, is_text) for a file, honouring the route's overrides."""
    suffix = file.suffix.lower()
    is_text = suffix in _TEXT_TYPES
    base_type = route.content_type or _TEXT_TYPES.get(suffix) or _BINARY_TYPES.get(
        suffix, "application/octet-stream"
    )
    if file.name.endswith("rss.xml") and route.content_type is None:
        base_type = "application/rss+xml"
    if not is_text:
        return base_type, False
    return f"{base_type}; charset={route.header_charset or route.body_encoding}", True


def _not_modified(headers: Mapping[str, str], etag: str, last_modified: float) -> bool:
    """True when the client's validators show it already has this version (RFC 9110 13.1)."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match == "*"
    if_modified_since = headers.get("If-Modified-Since")
    if if_modified_since:
        try:
            return parsedate_to_datetime(if_modified_since).timestamp() >= int(last_modified)
        except (TypeError, ValueError):
            return False
    return False


class _Site:
    """One outlet: its files, special routes, validators and the log of paths requested."""

    def __init__(self, name: str, root: Path, routes: dict[str, Route], last_modified: float):
        self.name = name
        self.root = root
        self.routes = routes
        self.last_modified = last_modified
        self.base_url = ""
        self.requests: list[str] = []
        self.lock = threading.Lock()

    def record(self, path: str) -> None:
        with self.lock:
            self.requests.append(path)

    def answer(self, url_path: str, headers: Mapping[str, str],
               bases: Mapping[str, str]) -> Response:
        """Build the response for a GET of `url_path` (query string ignored for file lookup).

        `x.xml.gz` is served, when only `x.xml` exists, as that file gzipped after substitution:
        a gzip sitemap as publishers serve them (no Content-Encoding, the body is the archive).
        """
        route = self.routes.get(urlsplit(url_path).path, Route())
        if route.status >= 400:
            message = "Erreur du serveur" if route.status >= 500 else "Erreur"
            return _error_page(route.status, message)
        file = file_for(self.root, url_path)
        gzipped = file is None and urlsplit(url_path).path.endswith(".gz")
        if gzipped:
            file = file_for(self.root, urlsplit(url_path).path[: -len(".gz")])
        if file is None:
            return _error_page(404, "Page introuvable")
        raw = file.read_bytes()
        content_type, is_text = _content_type(file, route)
        body = (
            substitute(raw.decode("utf-8"), self.base_url, bases).encode(route.body_encoding)
            if is_text
            else raw
        )
        if gzipped:
            body, content_type = gzip.compress(body, mtime=0), "application/gzip"
        variant = route.body_encoding + ("+gzip" if gzipped else "")
        etag = '"' + hashlib.sha1(raw + variant.encode()).hexdigest()[:20] + '"'
        validators = {"ETag": etag, "Last-Modified": formatdate(self.last_modified, usegmt=True)}
        if _not_modified(headers, etag, self.last_modified):
            return Response(304, validators, b"")
        return Response(200, {"Content-Type": content_type, **validators}, body)


def _handler_for(site: _Site, bases: Mapping[str, str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoNews/1.0"

        def do_GET(self) -> None:
            self._send(with_body=True)

        def do_HEAD(self) -> None:
            self._send(with_body=False)

        def _send(self, with_body: bool) -> None:
            site.record(self.path)
            response = site.answer(self.path, self.headers, bases)
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            if response.status != 304:
                self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            if with_body and response.status != 304:
                self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            """Silent: tests assert on `DemoSites.requests`, not on stderr."""

    return Handler


class DemoSites:
    """Context manager running one threaded HTTP server per demo outlet on 127.0.0.1.

    `ports` maps outlet -> port (0 = a free port, the default). Fixed ports let two successive
    runs see the same URLs, which is what an incremental (304 / unchanged) demonstration needs;
    `as_of` serves the sites as they stood at the end of that day (an earlier week of the corpus).
    """

    def __init__(
        self,
        sites_dir: Path = SITES_DIR,
        host: str = "127.0.0.1",
        ports: Mapping[str, int] | None = None,
        as_of: date | None = None,
    ) -> None:
        self._snapshot_dir: tempfile.TemporaryDirectory[str] | None = None
        if as_of is not None:  # the sites as they stood that day, rendered for this server only
            from demo.build import build

            self._snapshot_dir = tempfile.TemporaryDirectory(prefix="demo-sites-")
            sites_dir = build(Path(self._snapshot_dir.name), as_of=as_of)
        routes = load_routes(sites_dir / "routes.yaml")
        modified = last_modified_for(sites_dir / "routes.yaml")
        self._host = host
        self._ports = dict(ports or {})
        self._sites = {
            name: _Site(name, sites_dir / name, routes.get(name, {}), modified.get(name, 0.0))
            for name in OUTLETS
        }
        # Every request path (query string included) per outlet, in arrival order. The lists are
        # live (appended under each site's lock by the handler threads): copy one to keep it,
        # clear it (or call `clear_requests`) between two crawls.
        self.requests: dict[str, list[str]] = {
            name: site.requests for name, site in self._sites.items()
        }
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []
        self.base_urls: dict[str, str] = {}

    def clear_requests(self) -> None:
        """Forget the request log (between two crawls of the same servers)."""
        for site in self._sites.values():
            with site.lock:
                site.requests.clear()

    def __enter__(self) -> DemoSites:
        # Bind every port first: a page of one outlet may link to another (`{{BASE:name}}`);
        # handlers read `self.base_urls`, filled before any server starts answering.
        for name, site in self._sites.items():
            handler = _handler_for(site, self.base_urls)
            server = ThreadingHTTPServer((self._host, self._ports.get(name, 0)), handler)
            server.daemon_threads = True
            self._servers.append(server)
            site.base_url = f"http://{self._host}:{server.server_address[1]}"
            self.base_urls[name] = site.base_url
        for server, site in zip(self._servers, self._sites.values(), strict=True):
            thread = threading.Thread(target=server.serve_forever, name=f"demo-{site.name}")
            thread.daemon = True
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()
        if self._snapshot_dir is not None:
            self._snapshot_dir.cleanup()

    def sources(self) -> dict[str, list[dict[str, object]]]:
        """The sources registry (SOURCES_FORMAT.md) pointing at the live servers."""
        base = self.base_urls
        return {
            "sources": [
                {"name": "ecomaghreb", "title": "EcoMaghreb", "feeds": [f"{base['ecomaghreb']}/rss.xml"],
                 "country": "MA"},
                {
                    "name": "industrie-hebdo",
                    "title": "Industrie Hebdo",
                    "sitemaps": [f"{base['industrie-hebdo']}/sitemap_index.xml"],
                    "country": "FR",
                },
                {
                    "name": "reseaux-mag",
                    "title": "Réseaux Mag",
                    "start_urls": [f"{base['reseaux-mag']}/actualites/"],
                    "max_depth": 3,
                    "country": "FR",
                },
            ]
        }

    def write_sources(self, path: Path) -> Path:
        """Write a sources.yaml for the live ports; returns `path`."""
        if not self.base_urls:
            raise RuntimeError("DemoSites is not running: use it as a context manager first")
        path.parent.mkdir(parents=True, exist_ok=True)
        header = "# Demo sources: written by demo.server.DemoSites for the ports of this run.\n"
        path.write_text(header + yaml.safe_dump(self.sources(), sort_keys=False), encoding="utf-8")
        return path


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """`python -m demo.server`: serve the demo outlets until Ctrl-C and print their URLs."""
    parser = argparse.ArgumentParser(
        prog="python -m demo.server",
        description="Serve the three demo news sites (EcoMaghreb: RSS feed, Industrie Hebdo: "
                    "news sitemap, Réseaux Mag: listing pages) on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--port-base", type=int, default=0,
                        help="first of three consecutive ports (default: free ports)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=None,
                        help="serve the sites as they stood at the end of this day (YYYY-MM-DD)")
    parser.add_argument("--write-sources", type=Path, default=None,
                        help="also write a sources.yaml for these ports to this path")
    args = parser.parse_args(argv)
    ports = None
    if args.port_base:
        ports = {name: args.port_base + index for index, name in enumerate(OUTLETS)}
    with DemoSites(ports=ports, as_of=args.as_of) as sites:
        for name in OUTLETS:
            print(f"{name:16} {sites.base_urls[name]}/")
        entries = sites.sources()["sources"]
        for entry in entries:
            for key in ("feeds", "sitemaps", "start_urls"):
                for url in entry.get(key, []):  # type: ignore[union-attr]
                    print(f"  {entry['name']:16} {key:10} {url}")
        if args.write_sources:
            print(f"sources written to {sites.write_sources(args.write_sources)}")
        print("Serving; press Ctrl-C to stop.")
        signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops as cleanly as Ctrl-C
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopped")


if __name__ == "__main__":
    main()
