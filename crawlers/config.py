"""Scrapy settings from `veille.settings.Settings`: politeness, limits, our components."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from crawlers.sitemaps import MAX_SITEMAP_BYTES
from veille.settings import Settings

# Priority of each component in Scrapy's chains (lower runs first on requests).
DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.TargetGuardMiddleware": 50,   # before robots.txt, redirects, anything
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawlers.middlewares.StrictRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.RetryAfterMiddleware": 550,
    # responses: after decompression (590), before meta refresh (580) reads the text
    "crawlers.middlewares.CharsetMiddleware": 585,
}
SPIDER_MIDDLEWARES = {"crawlers.middlewares.QuarantineMiddleware": 50}
ITEM_PIPELINES = {"crawlers.pipelines.LedgerPipeline": 100,
                  "crawlers.pipelines.SpoolPipeline": 900}


def scrapy_settings(settings: Settings, spool_dir: Path, *, politeness: bool = True
                    ) -> dict[str, Any]:
    """The Scrapy settings of one crawl.

    `politeness=False` (tests, benchmarks on loopback) removes delays and AutoThrottle and lifts
    the per-domain limit; robots.txt is obeyed either way.
    """
    polite = {
        "DOWNLOAD_DELAY": settings.download_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "AUTOTHROTTLE_ENABLED": settings.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(settings.download_delay, 0.5),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrent_requests_per_domain) / 2,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_requests_per_domain,
        "RETRY_BACKOFF_BASE": 1.0,
    }
    fast = {
        "DOWNLOAD_DELAY": 0,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_requests,
        "RETRY_BACKOFF_BASE": 0.05,
    }
    return {
        **(polite if politeness else fast),
        "BOT_NAME": "veille",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": settings.obey_robots,
        "CONCURRENT_REQUESTS": settings.concurrent_requests,
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "DOWNLOAD_MAXSIZE": settings.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": settings.retry_times,
        "RETRY_MAX_DELAY": 60.0 if politeness else 5.0,
        "REDIRECT_MAX_TIMES": 5,
        # We keep our own per-run ledger; Scrapy's filter would silently swallow a redirect back
        # to a seen URL, leaving that URL without an outcome.
        "DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter",
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "SPIDER_MIDDLEWARES": SPIDER_MIDDLEWARES,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "VEILLE_SPOOL_DIR": str(spool_dir),
        "VEILLE_SPOOL_CHUNK_PAGES": settings.spool_chunk_pages,
        "VEILLE_SITEMAP_MAXSIZE": max(MAX_SITEMAP_BYTES, settings.max_page_bytes),
        "VEILLE_MAX_CRAWL_DELAY": settings.max_crawl_delay,
    }
