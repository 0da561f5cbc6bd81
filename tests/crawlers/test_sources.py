"""The sources registry: valid entries load, every malformed file names entry and field."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawlers.sources import Source, SourcesError, load_sources

VALID = """
sources:
  - name: eco
    feeds: [https://example.ma/rss.xml]
    country: MA
  - name: lettre-pole
    sitemaps: [https://example.fr/sitemap.xml.gz]
    start_urls: [https://example.fr/actualites/]
    max_depth: 3
    topic: any
    enabled: false
  - name: decouverte
    homepage: https://example.org/
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads(tmp_path: Path) -> None:
    sources = load_sources(write(tmp_path, VALID))
    assert [s.name for s in sources] == ["eco", "lettre-pole", "decouverte"]
    assert sources[0].topic == "clusters" and sources[0].enabled
    assert sources[1].depth(2) == 3 and sources[2].depth(2) == 2
    assert not sources[1].enabled and sources[1].topic == "any"


@pytest.mark.parametrize(("text", "expected"), [
    ("sources: [\n  - name: a\n", "invalid YAML"),
    ("feeds: []\n", "'sources'"),
    ("", "'sources'"),
    ("sources:\n  - name: a\n    feeds: [https://a.fr/f]\n  - name: a\n    feeds: [https://b.fr/f]\n",
     r"entry #1 \(a\): field name: duplicate of entry #0"),
    ("sources:\n  - name: a\n    feeds: [https://a.fr/f]\n  - name: b\n    feeds: [ftp://x/f]\n",
     r"entry #1 \(b\): field feeds: .*not an http\(s\) URL: .ftp://x/f"),
    ("sources:\n  - name: a\n    feeds: [https://a.fr/f]\n    colour: red\n",
     r"entry #0 \(a\): field colour: Extra inputs"),
    ("sources:\n  - name: a\n    country: MA\n", r"entry #0 \(a\): .*no entry point"),
    ("sources:\n  - name: Bad Name\n    feeds: [https://a.fr/f]\n", r"entry #0 \(Bad Name\): field name"),
    ("sources:\n  - name: a\n    homepage: not-a-url\n", r"entry #0 \(a\): field homepage"),
    ("sources:\n  - name: a\n    feeds: [https://a.fr/f]\n    max_depth: -1\n", "field max_depth"),
    ("sources:\n  - just-a-string\n", r"entry #0: expected a mapping"),
])
def test_malformed_file_names_entry_and_field(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(SourcesError, match=expected):
        load_sources(write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourcesError, match="cannot read"):
        load_sources(tmp_path / "absent.yaml")


def test_source_is_immutable() -> None:
    source = Source(name="x", feeds=["http://127.0.0.1:8000/feed"])
    with pytest.raises(Exception, match="frozen"):
        source.name = "y"  # type: ignore[misc]
