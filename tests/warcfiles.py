"""Write small real WARC files (gzip per record, as CC-NEWS does) from the demo sites.

The demo outlets' rendered pages (demo/sites) become `response` records under invented hosts;
English, off-topic, non-HTML, non-200, foreign-host and broken records are added on request.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITES_DIR = Path(__file__).resolve().parents[1] / "demo" / "sites"

HOSTS = {
    "ecomaghreb": "www.ecomaghreb.example",
    "industrie-hebdo": "industrie-hebdo.example",
    "reseaux-mag": "reseaux-mag.example",
}


@dataclass(frozen=True)
class Record:
    url: str
    body: bytes
    status: int = 200
    content_type: str = "text/html"
    date: str = "2026-11-20T08:00:00Z"


_PLACEHOLDER = re.compile(rb"\{\{BASE(?::([a-z0-9-]+))?\}\}")


MANIFEST = yaml.safe_load((SITES_DIR.parent / "expected.yaml").read_text(encoding="utf-8"))
# Pages a crawl refuses for robots.txt: an archive has no robots verdict, so they are left out.
NOT_IN_ARCHIVE = {"robots"}
OTHER_HOST = "autre-media.example"  # allowed by the host list, not in the sources registry
OFF_LIST_HOST = "other.org"          # not allowed: dropped unseen

# A fictional article of an outlet that is not in the registry (written for this fixture).
OTHER_ARTICLE = """<html lang="fr"><head><meta charset="utf-8"><title>Le cluster Ocean Valoria
accueille douze nouvelles PME</title></head><body><article><h1>Le cluster Ocean Valoria accueille
douze nouvelles PME</h1><p>Publié le 18 novembre 2026.</p>
<p>Le cluster Ocean Valoria, réseau d'entreprises de l'économie maritime basé à Brest, a annoncé
mardi l'adhésion de douze nouvelles PME. Sa présidente, Nadia Kerbrat, veut faire du pôle un
relais des industriels bretons auprès des chantiers navals de Saint-Nazaire.</p>
<p>Le réseau compte désormais 140 membres. Le cluster prévoit un appel à projets commun avec le
pôle de compétitivité Mer Bretagne Atlantique au printemps 2027, ainsi qu'une mission
d'affaires à Tanger pour les entreprises adhérentes du réseau.</p>
<p>« Les clusters sont le meilleur outil pour que nos PME innovent ensemble », a déclaré Nadia
Kerbrat lors de l'assemblée générale du cluster.</p></article></body></html>"""


def manifest_page(page: dict) -> Record:
    """The rendered demo page of a manifest entry, as an archived response."""
    wanted = f"https://{HOSTS[page['outlet']]}{page['path']}"
    for record in demo_pages():
        if record.url == wanted:
            return record
    raise KeyError(wanted)


def demo_archive(directory: Path) -> list[Path]:
    """Three CC-NEWS-like files from the demo manifest, with the traps an archive holds.

    1: ecomaghreb (an off-topic page, a PDF, a host outside the list);
    2: industrie-hebdo (the English page, a 500, one corrupt gzip member);
    3: reseaux-mag (a rel=canonical copy, the other outlet's article, a truncated last record).
    """
    pages = [p for p in MANIFEST["pages"] if p.get("outcome") not in NOT_IN_ARCHIVE]
    by_outlet = {o: [manifest_page(p) for p in pages if p["outlet"] == o] for o in HOSTS}
    layout = directory / "crawl-data" / "CC-NEWS" / "2026" / "11"
    first = write_warc(layout / "CC-NEWS-20261120000000-00001.warc.gz", [
        *by_outlet["ecomaghreb"],
        Record(f"https://{HOSTS['ecomaghreb']}/docs/etude-clusters-maroc-2026.pdf", b"%PDF-1.4 x",
               content_type="application/pdf"),
        Record(f"https://{OFF_LIST_HOST}/article", by_outlet["ecomaghreb"][0].body),
    ])
    lost = Record(f"https://{HOSTS['industrie-hebdo']}/lost.html", OTHER_ARTICLE.encode("utf-8"))
    second = write_warc(layout / "CC-NEWS-20261120000000-00002.warc.gz", [
        lost,  # its response is gzip member 2 (after warcinfo and its request): corrupted below
        *by_outlet["industrie-hebdo"],
        Record(f"https://{HOSTS['industrie-hebdo']}/emploi/emploi-industriel-troisieme-trimestre-1262.html",
               b"<html>erreur</html>", status=500),
    ])
    corrupt_member(second, 2)
    third = write_warc(layout / "CC-NEWS-20261120000000-00003.warc.gz", [
        *by_outlet["reseaux-mag"],
        Record(f"https://{OTHER_HOST}/2026/11/18/ocean-valoria-douze-pme", OTHER_ARTICLE.encode("utf-8")),
        Record(f"https://{OTHER_HOST}/cut-short", OTHER_ARTICLE.encode("utf-8")),  # truncated below
    ])
    truncate_last_member(third)
    return [first, second, third]


def truncate_last_member(path: Path) -> None:
    """Cut the file in the middle of its last gzip member (a download that stopped)."""
    data = path.read_bytes()
    last = data.rfind(b"\x1f\x8b\x08")
    path.write_bytes(data[: last + (len(data) - last) // 2])


def write_listing(directory: Path, files: list[Path]) -> Path:
    """A `warc.paths` listing of the files, relative to `directory` (the CC-NEWS layout)."""
    listing = directory / "warc.paths"
    listing.write_text("".join(f"{f.relative_to(directory).as_posix()}\n" for f in files), encoding="utf-8")
    return listing


def write_sources(path: Path) -> Path:
    """A registry naming the demo outlets by the hosts of the archive."""
    path.write_text(yaml.safe_dump({"sources": [
        {"name": "ecomaghreb", "feeds": [f"https://{HOSTS['ecomaghreb']}/rss.xml"]},
        {"name": "industrie-hebdo", "sitemaps": [f"https://{HOSTS['industrie-hebdo']}/sitemap_index.xml"]},
        {"name": "reseaux-mag", "start_urls": [f"https://{HOSTS['reseaux-mag']}/actualites/"]},
    ]}), encoding="utf-8")
    return path


def warehouse_content(db: Path) -> dict[str, object]:
    """What a warehouse says, without ids that depend on arrival order (entity, story ids)."""

    queries = {
        "articles": "SELECT url, source, title, published_at, text, content_hash FROM articles",
        "entities": "SELECT name, type, country FROM entities",
        "aliases": "SELECT e.name, e.type, a.alias FROM entity_aliases a JOIN entities e USING (entity_id)",
        "mentions": "SELECT a.url, e.name, e.type, m.surface, m.start_char, m.end_char FROM mentions m "
                    "JOIN articles a USING (article_id) JOIN entities e USING (entity_id)",
        "dates": "SELECT a.url, d.surface, d.value, d.start_char, d.end_char FROM article_dates d "
                 "JOIN articles a USING (article_id)",
        "roles": "SELECT a.url, p.name, r.role, o.name FROM roles r JOIN articles a USING (article_id) "
                 "JOIN entities p ON p.entity_id = r.person_entity_id "
                 "LEFT JOIN entities o ON o.entity_id = r.org_entity_id",
        "stories": "SELECT list(url ORDER BY url) FROM articles GROUP BY story_id",
        "outcomes": "SELECT url, source, status, outcome, reason FROM crawl_log",
        "coverage": "SELECT a.url, c.copy_similarity, c.press_release FROM article_coverage c "
                    "JOIN articles a USING (article_id)",
        "events": "SELECT a.url, v.type, v.date, v.amount, v.evidence FROM events v "
                  "JOIN articles a USING (article_id)",
        "files": "SELECT location, status, records, responses, off_host, rejected, pages, stored, "
                 "corrupt FROM backfill_files",
        "errors": "SELECT location, byte_offset, reason FROM backfill_errors",
    }
    from warehouse.db import connect  # a lake or a DuckDB file

    with connect(db, read_only=True) as con:
        return {name: sorted(map(repr, con.execute(sql).fetchall())) for name, sql in queries.items()}


def demo_pages() -> list[Record]:

    """Every HTML page of the demo outlets (index pages and the English section too).

    `{{BASE}}` placeholders become the invented host's URL; the Content-Type charset is the one
    the demo server sends (`routes.yaml`), wrong on purpose for one page.
    """
    routes = yaml.safe_load((SITES_DIR / "routes.yaml").read_text(encoding="utf-8"))["outlets"]
    records = []
    for outlet, host in HOSTS.items():
        root = SITES_DIR / outlet
        for path in sorted(root.rglob("*.html")):
            relative = "/" + path.relative_to(root).as_posix().removesuffix("index.html")
            route = (routes.get(outlet) or {}).get(relative) or {}
            if route.get("status", 200) != 200:
                continue
            body = _PLACEHOLDER.sub(
                lambda m: f"https://{HOSTS[(m.group(1) or outlet.encode()).decode()]}".encode(),  # noqa: B023
                path.read_bytes())
            charset = route.get("header_charset")
            content_type = f"text/html; charset={charset}" if charset else "text/html; charset=utf-8"
            records.append(Record(f"https://{host}{relative}", body, content_type=content_type))
    return records


def write_warc(path: Path, records: list[Record], *, extra_request: bool = True) -> Path:
    """One gzip member per record, each response preceded by its request (as CC-NEWS)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "veille-tests"}))
        for record in records:
            if extra_request:
                head = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    record.url, "request", http_headers=head,
                    warc_headers_dict={"WARC-Date": record.date}))
            reason = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}.get(record.status, "X")
            head = StatusAndHeaders(f"{record.status} {reason}",
                                    [("Content-Type", record.content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                record.url, "response", payload=io.BytesIO(record.body), http_headers=head,
                warc_headers_dict={"WARC-Date": record.date}))
    return path


def corrupt_member(path: Path, member_index: int) -> None:
    """Overwrite bytes in the middle of the `member_index`-th gzip member (a broken record)."""
    data = bytearray(path.read_bytes())
    starts = [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]
    start, end = starts[member_index], starts[member_index + 1]
    middle = (start + end) // 2
    data[middle:middle + 16] = b"\x00" * 16
    path.write_bytes(bytes(data))
