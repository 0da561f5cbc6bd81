"""Where WARC files come from: local paths, globs, `warc.paths` listings, http(s) URLs.

Why a listing: Common Crawl publishes each CC-NEWS month as `warc.paths(.gz)`, one relative path
a line (`crawl-data/CC-NEWS/YYYY/MM/CC-NEWS-*.warc.gz`). A relative path is read from beside the
listing when that file exists there (a local mirror), else from `warc_base_url`.
"""
from __future__ import annotations

import glob
import gzip
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

LISTING_SUFFIXES = (".paths", ".paths.gz", ".txt")
READ_TIMEOUT = 60.0


class WarcInputError(ValueError):
    """An argument names no WARC file (missing path, empty glob, unreadable listing)."""


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def warc_locations(arguments: Sequence[str], base_url: str) -> list[str]:
    """Every WARC file the arguments name, in order, each once."""
    found: list[str] = []
    for argument in arguments:
        found.extend(_expand(argument, base_url))
    return list(dict.fromkeys(found))


def _expand(argument: str, base_url: str) -> list[str]:
    if is_url(argument):
        return _listing(argument, base_url) if argument.endswith(LISTING_SUFFIXES) else [argument]
    if any(char in argument for char in "*?["):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            raise WarcInputError(f"no file matches {argument!r}")
        return [str(Path(match).resolve()) for match in matches]
    path = Path(argument)
    if not path.is_file():
        raise WarcInputError(f"no such WARC file or listing: {argument}")
    if path.name.endswith(LISTING_SUFFIXES):
        return _listing(str(path.resolve()), base_url)
    return [str(path.resolve())]


def _listing(location: str, base_url: str) -> list[str]:
    """The WARC files of a `warc.paths` listing (blank lines and `#` comments ignored)."""
    with open_location(location) as stream:
        raw = stream.read()
    if location.endswith(".gz"):
        raw = gzip.decompress(raw)
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise WarcInputError(f"{location} is not a text listing of WARC paths") from error
    here = None if is_url(location) else Path(location).parent
    locations = []
    for line in (line.strip() for line in lines):
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            locations.append(line)
        elif here is not None and (here / line).is_file():
            locations.append(str((here / line).resolve()))
        elif Path(line).is_absolute() and Path(line).is_file():
            locations.append(line)
        else:
            locations.append(base_url.rstrip("/") + "/" + line.lstrip("/"))
    return locations


@contextmanager
def open_location(location: str) -> Iterator[BinaryIO]:
    """A binary stream of the raw file (still gzip-compressed), local or over HTTP(S)."""
    if is_url(location):
        request = urllib.request.Request(location, headers={"User-Agent": "VeilleBot backfill"})
        with urllib.request.urlopen(request, timeout=READ_TIMEOUT) as response:  # noqa: S310 - http(s) only, checked by is_url
            yield response
    else:
        with open(location, "rb") as handle:
            yield handle


def is_gzipped(location: str) -> bool:
    return location.split("?", 1)[0].endswith(".gz")
