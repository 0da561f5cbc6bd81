"""Spiders by kind of entry point (feed, sitemap, listing, homepage discovery), registry-driven."""
