"""Map a failed request (errback) to the outcome recorded in `crawl_log`."""
from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import response_status_message
from twisted.internet.defer import CancelledError
from twisted.internet.error import TimeoutError as TwistedTimeoutError

from pipeline.records import Outcome, Rejection

ROBOTS_MESSAGE = "Forbidden by robots.txt"


class TargetRefused(IgnoreRequest):
    """Not requested on purpose: a guarded target, or robots.txt unavailable (the message says)."""


class SiteUnreachable(IgnoreRequest):
    """Not requested: the site's robots.txt could not even be connected to (DNS, refused)."""


def classify_failure(error: BaseException) -> tuple[Rejection, int | None]:
    """Outcome, reason and HTTP status (None when no response) of a failed request."""
    if isinstance(error, HttpError):
        status = error.response.status
        return Rejection(Outcome.HTTP_ERROR, f"HTTP {response_status_message(status)}"), status
    if isinstance(error, TargetRefused):
        return Rejection(Outcome.REFUSED, str(error)), None
    if isinstance(error, SiteUnreachable):
        return Rejection(Outcome.HTTP_ERROR, str(error)), None
    if isinstance(error, IgnoreRequest):
        if "during decompression" in str(error):  # HttpCompressionMiddleware: a gzip bomb
            return Rejection(Outcome.TOO_LARGE, "compressed body expanded past the maximum "
                             "page size: " + str(error).split(" because ", 1)[-1]), None
        if str(error) == ROBOTS_MESSAGE:
            return Rejection(Outcome.ROBOTS, "forbidden by robots.txt, not requested"), None
        if "redirect" in str(error):
            return Rejection(Outcome.HTTP_ERROR, "redirect loop or too many redirects"), None
        return Rejection(Outcome.HTTP_ERROR, f"request dropped: {error}"), None
    if isinstance(error, (DownloadTimeoutError, TwistedTimeoutError)):
        return Rejection(Outcome.TIMEOUT, f"timeout: {error}"), None
    if isinstance(error, DownloadCancelledError) and "download max size" in str(error):
        return Rejection(Outcome.TOO_LARGE, str(error).split(" in request ")[0]), None
    if isinstance(error, (DownloadCancelledError, CancelledError)):
        # A body that grows past DOWNLOAD_MAXSIZE without a Content-Length is cancelled with no
        # message (timeouts become DownloadTimeoutError before they reach us).
        return Rejection(Outcome.TOO_LARGE, "download cancelled: body grew past the maximum "
                         "page size"), None
    return Rejection(Outcome.HTTP_ERROR, f"{type(error).__name__}: {error}"), None
