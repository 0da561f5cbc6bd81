"""The rich test site: one route per crawler behaviour the tests check."""
from __future__ import annotations

import gzip

from tests.crawlers.localsite import Hit, LocalSite, Reply

LATIN1_TEXT = "Le pôle de compétitivité réunit ses adhérents à Marseille : élèves, clé, août."
ETAG = '"feed-v1"'
LAST_MODIFIED = "Mon, 06 May 2024 08:00:00 GMT"


def article(title: str, extra_head: str = "") -> bytes:
    return (f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title}</title>"
            f"{extra_head}</head><body><article><h1>{title}</h1><p>Le pôle de compétitivité "
            f"annonce un appel à projets.</p></article></body></html>").encode()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    body = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate></item>"
                   for t, link, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Actu'
            f"</title><link>/</link><description>d</description>{body}</channel></rss>"
            ).encode()


def conditional(body: bytes, content_type: str) -> object:
    """A feed/sitemap that answers 304 to a matching If-None-Match or If-Modified-Since."""
    def route(hit: Hit, count: int) -> Reply:
        headers = {k.lower(): v for k, v in hit.headers.items()}
        if headers.get("if-none-match") == ETAG or headers.get("if-modified-since") == LAST_MODIFIED:
            return Reply(304, b"", content_type)
        return Reply(200, body, content_type, {"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
    return route


def urlset(entries: list[str], news: bool = False) -> bytes:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    items = []
    for loc in entries:
        extra = ("<news:news><news:publication><news:name>Eco</news:name><news:language>fr"
                 "</news:language></news:publication><news:publication_date>2024-05-07T09:30:00"
                 "+02:00</news:publication_date><news:title>Titre du sitemap news</news:title>"
                 "</news:news>") if news else "<lastmod>2024-05-01</lastmod>"
        items.append(f"<url><loc>{loc}</loc>{extra}</url>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9"{ns}>{"".join(items)}</urlset>').encode()


def too_many_requests(hit: Hit, count: int) -> Reply:
    if count == 1:
        return Reply(429, b"slow down", "text/plain", {"Retry-After": "1"})
    return Reply(200, article("Article servi après un 429"))


def build_site() -> LocalSite:
    site = LocalSite({})
    u = site.url
    date = "Mon, 06 May 2024 10:00:00 GMT"
    feed_items = [
        ("Courriel", "mailto:redaction@example.org", date),
        ("Appel à projets", u("/2024/05/pole-lance-un-appel-a-projets.html?utm_source=rss&xtor=RSS-3"), date),
        ("Même article (tracking)", u("/2024/05/pole-lance-un-appel-a-projets.html?fbclid=XYZ&utm_medium=social"), date),
        ("Interdit", u("/private/article-interdit-par-robots.html"), date),
        ("Rapport PDF", u("/docs/rapport-annuel-2024.pdf"), date),
        ("Redirigé", u("/redirect/1"), date),
        ("Boucle", u("/loop/a"), date),
        ("Latin-1 qui ment", u("/2024/05/article-latin1-qui-ment.html"), date),
        ("Lent", u("/2024/05/article-beaucoup-trop-lent.html"), date),
        ("Trop gros", u("/2024/05/article-beaucoup-trop-gros.html"), date),
        ("Trop gros sans longueur", u("/2024/05/article-trop-gros-sans-longueur.html"), date),
        ("Erreur serveur", u("/2024/05/article-en-erreur-serveur.html"), date),
        ("429", u("/2024/05/article-servi-apres-un-429.html"), date),
        ("AMP", u("/amp/version-amp-de-l-article-canonique.html"), date),
        ("Image", u("/media/photo-du-salon"), date),
    ]
    atom = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom</title><id>urn:x</id><updated>2024-05-06T10:00:00Z</updated><entry>"
            f"<title>Entrée Atom</title><id>urn:1</id><link href=\"{u('/2024/05/entree-du-flux-atom.html')}\"/>"
            f"<updated>2024-05-05T08:00:00Z</updated></entry></feed>").encode()
    canonical = u("/2024/05/article-canonique-du-pole.html")
    gz_urlset = gzip.compress(urlset([u("/2024/04/article-du-sitemap-gzip.html"),
                                      u("/2024/04/autre-article-du-sitemap-gzip.html")]))
    index = (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org'
             f'/schemas/sitemap/0.9"><sitemap><loc>{u("/sitemap-news.xml")}</loc></sitemap>'
             f"<sitemap><loc>{u('/sitemap-articles.xml.gz')}</loc></sitemap><sitemap><loc>"
             f"{u('/sitemap-broken.xml')}</loc></sitemap><sitemap><loc>{u('/sitemap-empty.xml')}"
             f"</loc></sitemap></sitemapindex>").encode()
    listing = lambda links, nav: ("<!doctype html><html><head><meta charset=utf-8></head><body>"  # noqa: E731
                                  + "".join(f'<a href="{h}">{t}</a>' for h, t in links)
                                  + nav + "</body></html>").encode("utf-8")
    site.routes.update({
        "/robots.txt": Reply(200, f"User-agent: *\nDisallow: /private/\n\nSitemap: "
                                  f"{u('/sitemap-decouvert.xml')}\n".encode(), "text/plain"),
        "/accueil-sans-flux/": Reply(200, listing(
            [("/2024/02/article-de-la-page-d-accueil.html", "Accueil")], "")),
        "/2024/02/article-de-la-page-d-accueil.html": Reply(200, article("Accueil")),
        "/sitemap-decouvert.xml": Reply(200, urlset([u("/2024/02/article-du-sitemap-decouvert.html")]),
                                        "application/xml"),
        "/2024/02/article-du-sitemap-decouvert.html": Reply(200, article("Sitemap découvert")),
        "/feed.xml": conditional(rss(feed_items), "application/rss+xml"),
        "/atom.xml": Reply(200, atom, "application/atom+xml"),
        "/broken-feed.xml": Reply(200, b"this is {not} a feed, just text", "application/rss+xml"),
        "/empty-feed.xml": Reply(200, b"", "application/rss+xml"),
        "/feed-500.xml": Reply(500, b"oops", "text/plain"),
        "/2024/05/pole-lance-un-appel-a-projets.html": Reply(200, article("Appel à projets")),
        "/private/article-interdit-par-robots.html": Reply(200, article("Interdit")),
        "/docs/rapport-annuel-2024.pdf": Reply(200, b"%PDF-1.4", "application/pdf"),
        "/redirect/1": Reply(301, b"", "text/html", {"Location": "/redirect/2"}),
        "/redirect/2": Reply(302, b"", "text/html",
                             {"Location": "/2024/05/article-apres-deux-redirections.html"}),
        "/2024/05/article-apres-deux-redirections.html": Reply(200, article("Après redirections")),
        "/loop/a": Reply(302, b"", "text/html", {"Location": "/loop/b"}),
        "/loop/b": Reply(302, b"", "text/html", {"Location": "/loop/a"}),
        "/2024/05/article-latin1-qui-ment.html": Reply(
            200, f"<html><head><title>Latin</title></head><body><p>{LATIN1_TEXT}</p></body>"
                 "</html>".encode("latin-1"), "text/html; charset=utf-8"),
        "/2024/05/article-beaucoup-trop-lent.html": Reply(200, article("Lent"), delay=5.0),
        "/2024/05/article-beaucoup-trop-gros.html": Reply(200, b"<html>" + b"x" * 300_000),
        "/2024/05/article-trop-gros-sans-longueur.html": Reply(
            200, b"<html>" + b"y" * 400_000, content_length=False),
        "/2024/05/article-en-erreur-serveur.html": Reply(500, b"boom", "text/plain"),
        "/2024/05/article-servi-apres-un-429.html": too_many_requests,
        "/amp/version-amp-de-l-article-canonique.html": Reply(200, article(
            "AMP", f'<link rel="canonical" href="{canonical}">')),
        "/2024/05/article-canonique-du-pole.html": Reply(200, article("Canonique")),
        "/media/photo-du-salon": Reply(200, b"\x89PNG....", "image/png"),
        "/2024/05/entree-du-flux-atom.html": Reply(200, article("Atom")),
        "/sitemap-index.xml": conditional(index, "application/xml"),
        "/sitemap-news.xml": Reply(200, urlset([u("/2024/05/article-du-sitemap-news.html")],
                                               news=True), "application/xml"),
        "/sitemap-articles.xml.gz": Reply(200, gz_urlset, "application/x-gzip"),
        "/sitemap-broken.xml": Reply(200, b"<urlset><url><loc", "application/xml"),
        "/sitemap-empty.xml": Reply(200, b"", "application/xml"),
        "/2024/05/article-du-sitemap-news.html": Reply(200, article("News")),
        "/2024/04/article-du-sitemap-gzip.html": Reply(200, article("Gzip 1")),
        "/2024/04/autre-article-du-sitemap-gzip.html": Reply(200, article("Gzip 2")),
        "/actualites/": Reply(200, listing(
            [("/2024/03/premier-article-de-la-liste.html", "Premier"),
             ("/2024/05/article-canonique-du-pole.html", "Canonique"),
             ("/tag/clusters/", "Tag"), ("/auteur/jean-dupont/", "Auteur"),
             ("https://example.org/2024/05/article-sur-un-autre-site.html", "Ailleurs")],
            '<a href="/actualites/?page=2">Page suivante »</a>')),
        "/actualites/?page=2": Reply(200, listing(
            [("/2024/03/deuxieme-article-de-la-liste.html", "Deuxième")],
            '<a rel="next" href="/actualites/?page=3">→</a>')),
        "/actualites/?page=3": Reply(200, listing(
            [("/2024/03/troisieme-article-de-la-liste.html", "Troisième")],
            '<a href="/actualites/">Suivant</a>')),
        "/dossiers/": Reply(200, listing([("/2024/01/dossier-numero-un.html", "Un")],
                                         '<a href="/dossiers/?page=2">Suivant</a>')),
        "/dossiers/?page=2": Reply(200, listing([("/2024/01/dossier-numero-deux.html", "Deux")],
                                                '<a href="/dossiers/?page=3">Suivant</a>')),
        "/dossiers/?page=3": Reply(200, listing([], "")),
        "/2024/01/dossier-numero-un.html": Reply(200, article("Dossier 1")),
        "/2024/01/dossier-numero-deux.html": Reply(200, article("Dossier 2")),
        "/2024/03/premier-article-de-la-liste.html": Reply(200, article("Premier")),
        "/2024/03/deuxieme-article-de-la-liste.html": Reply(200, article("Deuxième")),
        "/2024/03/troisieme-article-de-la-liste.html": Reply(200, article("Troisième")),
        "/accueil/": Reply(200, b'<html><head><link rel="alternate" type="application/rss+xml" '
                                b'href="/flux-decouvert.xml"></head><body>Accueil</body></html>'),
        "/flux-decouvert.xml": Reply(200, rss([("Découvert", u(
            "/2024/05/article-du-flux-decouvert.html"), date)]), "application/rss+xml"),
        "/2024/05/article-du-flux-decouvert.html": Reply(200, article("Découvert")),
    })
    return site
