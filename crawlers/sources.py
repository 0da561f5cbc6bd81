"""The sources registry (`sources.yaml`): one typed `Source` per outlet, validated up front.

Why fail fast: a typo in the registry should stop the run with a message naming the entry and
the field, not silently skip an outlet for weeks.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import re

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class SourcesError(ValueError):
    """The sources file cannot be used; the message names the entry and the field."""


def _http_url(value: str) -> str:
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname \
            or " " in value:
        raise ValueError(f"not an http(s) URL: {value!r}")
    try:
        parts.port  # noqa: B018 - urllib checks the port only when it is read
    except ValueError:
        raise ValueError(f"invalid port in URL {value!r} (expected 1-65535)") from None
    return value


# A host name (letters, digits, hyphens, dots), an IPv4 literal, or "*" (any public host).
HOST = re.compile(
    r"^(\*|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*)$")


def _host(value: str) -> str:
    host = value.strip().lower() if isinstance(value, str) else ""
    if not HOST.match(host):
        raise ValueError(f"not a host name: {value!r} (give a host like cdn.example.net, "
                         "no scheme, port or path; '*' allows any public host)")
    return host


class Source(BaseModel):
    """One outlet of the registry and its entry points (see SOURCES_FORMAT.md)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9_-]+$")
    title: str | None = None      # display name in the digest ("L'Economiste"); the slug otherwise
    kind: Literal["outlet", "wire", "organisation"] = "outlet"  # a wire or an organisation's own site is no independent newsroom
    feeds: list[str] = []
    sitemaps: list[str] = []
    start_urls: list[str] = []
    homepage: str | None = None
    max_depth: int | None = Field(None, ge=0, le=20)
    topic: Literal["clusters", "any"] = "clusters"
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    enabled: bool = True
    # Extra hosts this source may fetch from (CDNs, feed proxies): each one with its subdomains;
    # "*" allows any public host. Private/loopback addresses stay refused unless listed here.
    allowed_hosts: list[str] = []

    @field_validator("feeds", "sitemaps", "start_urls")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        return [_http_url(v) for v in values]

    @field_validator("homepage")
    @classmethod
    def _homepage(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)

    @field_validator("allowed_hosts")
    @classmethod
    def _hosts(cls, values: list[str]) -> list[str]:
        return [_host(v) for v in values]

    @model_validator(mode="after")
    def _has_entry_point(self) -> Source:
        if not (self.feeds or self.sitemaps or self.start_urls or self.homepage):
            raise ValueError("no entry point: give at least one of feeds, sitemaps, "
                             "start_urls, homepage")
        return self

    def entry_urls(self) -> list[str]:
        """Every URL the registry gives for this source: they define its own sites and ranges."""
        return [*self.feeds, *self.sitemaps, *self.start_urls,
                *([self.homepage] if self.homepage else [])]

    def depth(self, default: int) -> int:
        """Listing depth: the entry's own `max_depth`, else the Settings default."""
        return default if self.max_depth is None else self.max_depth


def _entry_error(index: int, entry: dict[str, object], error: ValidationError) -> SourcesError:
    problems = "; ".join(
        f"field {'.'.join(str(p) for p in e['loc']) or '(entry)'}: {e['msg']}"
        for e in error.errors())
    return SourcesError(f"sources entry #{index} ({entry.get('name', '?')}): {problems}")


def parse_sources(data: object) -> list[Source]:
    """Validate already-loaded YAML data; see `load_sources`."""
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise SourcesError("sources file: top-level key 'sources' (a list of entries) is missing")
    extra = sorted(set(data) - {"sources"})
    if extra:
        raise SourcesError(f"sources file: unknown top-level field(s) {extra}")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(data["sources"]):
        if not isinstance(entry, dict):
            raise SourcesError(f"sources entry #{index}: expected a mapping, got {entry!r}")
        try:
            source = Source.model_validate(entry)
        except ValidationError as error:
            raise _entry_error(index, entry, error) from None
        if source.name in seen:
            raise SourcesError(f"sources entry #{index} ({source.name}): field name: duplicate "
                               f"of entry #{seen[source.name]}")
        seen[source.name] = index
        sources.append(source)
    return sources


def load_sources(path: Path) -> list[Source]:
    """Read and validate a sources file; raise `SourcesError` naming the entry and the field."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesError(f"sources file {path}: cannot read: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise SourcesError(f"sources file {path}: not UTF-8 text (byte {error.start}: "
                           f"{error.reason}); save it as UTF-8") from None
    except yaml.YAMLError as error:
        raise SourcesError(f"sources file {path}: invalid YAML: {_one_line(error)}") from None
    return parse_sources(data)


def enabled_sources(path: Path) -> list[Source]:
    """The sources a run crawls; `SourcesError` when there is none (an empty run is a mistake)."""
    sources = load_sources(path)
    enabled = [source for source in sources if source.enabled]
    if not enabled:
        what = "every source is disabled (enabled: false)" if sources else "no source is listed"
        raise SourcesError(f"sources file {path}: nothing to crawl: {what}")
    return enabled


def _one_line(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
    return f"{problem}{where}"
