"""Scrapy settings built from Settings: politeness on and off, robots obeyed either way."""
from __future__ import annotations

from pathlib import Path

from crawlers.config import scrapy_settings
from veille.settings import Settings


def test_politeness_on_and_off(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, download_delay=0.5, concurrent_requests=12,
                        concurrent_requests_per_domain=3, max_page_bytes=1234, user_agent="Bot/1")
    polite = scrapy_settings(settings, tmp_path)
    fast = scrapy_settings(settings, tmp_path, politeness=False)
    assert polite["DOWNLOAD_DELAY"] == 0.5 and polite["AUTOTHROTTLE_ENABLED"] is True
    assert polite["CONCURRENT_REQUESTS_PER_DOMAIN"] == 3
    assert fast["DOWNLOAD_DELAY"] == 0 and fast["AUTOTHROTTLE_ENABLED"] is False
    assert fast["CONCURRENT_REQUESTS_PER_DOMAIN"] == 12
    for scrapy in (polite, fast):
        assert scrapy["ROBOTSTXT_OBEY"] is True and scrapy["USER_AGENT"] == "Bot/1"
        assert scrapy["DOWNLOAD_MAXSIZE"] == 1234
        assert scrapy["DOWNLOADER_MIDDLEWARES"][
            "scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
        assert scrapy["VEILLE_SPOOL_DIR"] == str(tmp_path)
