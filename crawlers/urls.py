"""URL canonicalisation and article-likeness, decided BEFORE anything is downloaded.

Why: one article must be one record whatever link led to it (feeds add `utm_*`, newsletters add
`mc_*`, social shares add `fbclid`), and assets or PDFs must never cost a request.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan import clean_url, is_navigation_page, is_not_crawlable, normalize_url

# Query parameters that only say where a click came from (matched on the parameter name).
TRACKING_PARAM = re.compile(
    r"^(utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|twclid|xtor|xtref|xts|"
    r"at_\w*|mc_\w*|_hs\w*|hsa_\w*|pk_\w*|piwik_\w*|mtm_\w*|matomo_\w*|ref_src|ref_url|"
    r"cmpid|ocid|ito|wt_\w*|oly_\w*|vero_\w*|__twitter_impression|s_kwcid|ns_\w*|icid)$",
    re.IGNORECASE,
)

# Extensions that are never HTML articles: skipped by the link, never requested.
ASSET_EXTENSIONS = frozenset(
    ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "csv", "zip", "gz", "tgz", "rar", "7z", "tar", "bz2", "xz", "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "avif", "heic", "mp3", "mp4", "m4a", "m4v", "wav", "ogg", "webm", "avi", "mov", "mkv", "flv", "wmv", "css", "js", "json", "woff", "woff2", "ttf", "otf", "eot", "exe", "dmg", "apk", "msi", "iso", "bin", "epub", "ics", "vcf"]
)

# Path segments of pages that list articles rather than being one (French and English sites).
NAVIGATION_SEGMENT = re.compile(
    r"/(tags?|mots?-cles?|etiquettes?|categor(y|ie|ies)|rubriques?|sections?|themes?|"
    r"auteurs?|authors?|archives?|page|search|recherche|feed|rss|login|connexion|"
    r"abonnement|newsletter|contact|mentions-legales|cgu|cgv|a-propos|about|qui-sommes-nous)"
    r"(/|$)",
    re.IGNORECASE,
)
ARTICLE_PATH = re.compile(
    r"(/\d{4}/\d{1,2}/|/\d{4}-\d{2}-\d{2}|\d{5,}|\.s?html?$|"
    r"/[a-z0-9\u00c0-\u017f]+(-[a-z0-9\u00c0-\u017f]+){3,}/?$)",
    re.IGNORECASE,
)


def strip_tracking(url: str) -> str:
    """Drop tracking parameters and the fragment, keep every other parameter in order."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAM.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def canonical_url(url: str) -> str:
    """The one form of a URL we store: courlan-cleaned and normalised, no trackers, no fragment."""
    cleaned = clean_url(url.strip()) or url.strip()
    normalised = normalize_url(strip_tracking(cleaned), strict=False)
    return strip_tracking(normalised)


def site_of(url: str) -> str:
    """Host without `www.`: `www.lemonde.fr` and `lemonde.fr` are one site."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, other: str) -> bool:
    return site_of(url) == site_of(other)


def asset_extension(url: str) -> str | None:
    """The file extension of a non-HTML asset (`pdf`, `jpg`...), or None for a page."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    if "." not in last:
        return None
    ext = last.rsplit(".", 1)[-1].lower()
    return ext if ext in ASSET_EXTENSIONS else None


def is_crawlable_link(url: str) -> bool:
    """An http(s) URL worth a request at all (not mailto:, javascript:, login, contact pages)."""
    return url.startswith(("http://", "https://")) and not is_not_crawlable(url)


def is_navigation_url(url: str) -> bool:
    """Tag, category, author, archive or pagination pages: lists of articles, not articles."""
    path = urlsplit(url).path
    return is_navigation_page(url) or bool(NAVIGATION_SEGMENT.search(path))


def is_article_like(url: str) -> bool:
    """A URL that looks like one article: a date, a long id, a long slug, or `.html`."""
    parts = urlsplit(url)
    if parts.path in ("", "/") or is_navigation_url(url) or asset_extension(url):
        return False
    return bool(ARTICLE_PATH.search(parts.path)) or ("id=" in parts.query)
