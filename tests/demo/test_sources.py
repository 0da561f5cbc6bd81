"""Both sources files (production and demo) parse under the shared format and its loader."""
from __future__ import annotations

from pathlib import Path

import yaml

from crawlers.sources import load_sources
from demo.server import DemoSites

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED_FIELDS = {"name", "feeds", "sitemaps", "start_urls", "homepage", "max_depth", "topic",
                     "country", "enabled", "title", "kind"}


def test_production_sources_validate_and_cover_both_countries() -> None:
    path = PROJECT_ROOT / "sources.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]
    assert all(set(entry) <= DOCUMENTED_FIELDS for entry in raw)
    sources = load_sources(path)
    assert {s.country for s in sources} >= {"MA", "FR"}
    assert sum(s.enabled for s in sources) >= 10
    assert all(url.startswith("https://") for s in sources for url in s.feeds + s.sitemaps)


def test_every_production_entry_says_what_the_outlet_is() -> None:
    """Each entry's `name:` line carries a comment: a reviewer sees what is crawled and why."""
    lines = (PROJECT_ROOT / "sources.yaml").read_text(encoding="utf-8").splitlines()
    name_lines = [line for line in lines if line.lstrip().startswith("- name:")]
    assert name_lines and all("#" in line for line in name_lines)


def test_demo_sources_validate_with_the_crawler_loader(tmp_path: Path) -> None:
    with DemoSites() as sites:
        sources = {s.name: s for s in load_sources(sites.write_sources(tmp_path / "demo.yaml"))}
    assert sources["ecomaghreb"].feeds == [sites.base_urls["ecomaghreb"] + "/rss.xml"]
    index = sites.base_urls["industrie-hebdo"] + "/sitemap_index.xml"
    assert sources["industrie-hebdo"].sitemaps == [index]
    assert sources["reseaux-mag"].start_urls == [sites.base_urls["reseaux-mag"] + "/actualites/"]
    assert sources["reseaux-mag"].max_depth == 3
    assert {s.country for s in sources.values()} == {"MA", "FR"}
