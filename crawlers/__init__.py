"""Veille's crawler (Scrapy, run in a child process).

Public API: `crawlers.run.crawl(sources, settings, state, spool_dir, *, politeness=True)`
-> `CrawlSpool`; `crawlers.sources.load_sources(path)` / `Source` / `SourcesError`;
`crawlers.state.CrawlState` / `KnownUrl` / `HttpValidator`; `crawlers.urls.canonical_url`;
`crawlers.encoding.decide_encoding`. See the README, "Crawling".
"""
