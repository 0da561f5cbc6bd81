"""A real HTTP server on 127.0.0.1 (free port) serving a test site, with a log of requests."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    content_length: bool = True  # False: body streamed until the connection closes


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


Route = Reply | Callable[["Hit", int], Reply]   # a fixed reply, or one computed per request


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (timeouts, size limits) are expected here, not errors."""


class LocalSite:
    """Routes by path (query included if present in the route table, else path alone)."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.hits: list[Hit] = []
        self.counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self.server = QuietServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def requested(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def start(self) -> LocalSite:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reply(self, hit: Hit) -> Reply:
        with self._lock:
            self.hits.append(hit)
            key = hit.path if hit.path in self.routes else hit.path.split("?", 1)[0]
            self.counts[key] = self.counts.get(key, 0) + 1
            count = self.counts[key]
        route = self.routes.get(key)
        if route is None:
            return Reply(404, b"not found", "text/plain")
        return route(hit, count) if callable(route) else route

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # http.server's naming
                reply = site.reply(Hit(self.path, dict(self.headers.items())))
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    if reply.content_length:
                        self.send_header("Content-Length", str(len(reply.body)))
                    else:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up (timeout, too large): expected in these tests

            def log_message(self, *args: object) -> None:
                pass

        return Handler
