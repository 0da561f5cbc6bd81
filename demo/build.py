"""Render the demo outlets (`demo/sites/`) from the manifest and the article texts.

Why generated: `demo/expected.yaml` is the one place that says what each page is (title, date,
author, expected outcome); feeds, sitemaps, listing pages and article pages are derived from it,
so the fixture and what the end-to-end test asserts cannot drift apart. The rendered files are
committed (the server serves files); `python -m demo.build` rewrites them, and a test checks that
the committed files are what the build gives.
"""
from __future__ import annotations

import argparse
import json
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

DEMO_DIR = Path(__file__).resolve().parent
MANIFEST = DEMO_DIR / "expected.yaml"
CORPUS_DIR = DEMO_DIR / "corpus"
TEMPLATES_DIR = DEMO_DIR / "templates"
SITES_DIR = DEMO_DIR / "sites"
LISTING_PAGE_SIZE = 4


@dataclass(slots=True)
class Page:
    """One article page of the manifest, with its text read from `corpus/<id>.md`."""

    spec: dict[str, Any]
    paragraphs: list[tuple[str, str]]  # (kind, text): kind is "p", "h2" or "quote"
    comments: list[tuple[str, str]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.spec["id"])

    @property
    def outlet(self) -> str:
        return str(self.spec["outlet"])

    @property
    def published(self) -> datetime:
        return datetime.fromisoformat(str(self.spec["published_at"]))

    @property
    def word_count(self) -> int:
        return sum(len(text.split()) for _, text in self.paragraphs)


def parse_corpus_text(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Article text format: blank-line paragraphs, `## ` subheads, `> ` quotes, then comments
    after a `%% comments` line as `Name | text`."""
    body, _, comment_block = text.partition("\n%% comments\n")
    paragraphs: list[tuple[str, str]] = []
    for block in (b.strip() for b in body.split("\n\n")):
        if not block:
            continue
        if block.startswith("## "):
            paragraphs.append(("h2", block[3:].strip()))
        elif block.startswith("> "):
            paragraphs.append(("quote", " ".join(block[2:].split())))
        else:
            paragraphs.append(("p", " ".join(block.split())))
    comments = [
        (name.strip(), message.strip())
        for name, _, message in (line.partition("|") for line in comment_block.splitlines())
        if message.strip()
    ]
    return paragraphs, comments


def load_pages(manifest: dict[str, Any], corpus_dir: Path = CORPUS_DIR) -> list[Page]:
    """Every HTML page of the manifest with its text (a `copy_of` page reuses another's text)."""
    pages: list[Page] = []
    for spec in manifest["pages"]:
        source_id = spec.get("copy_of", spec["id"])
        paragraphs, comments = parse_corpus_text(
            (corpus_dir / f"{source_id}.md").read_text(encoding="utf-8")
        )
        pages.append(Page(spec, paragraphs, comments))
    return pages


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def _json_ld(page: Page, outlet: dict[str, Any]) -> Markup:
    """NewsArticle JSON-LD as publishers embed it (schema.org)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.spec["title"],
        "description": page.spec.get("description", ""),
        "datePublished": page.published.isoformat(),
        "dateModified": page.published.isoformat(),
        "inLanguage": page.spec.get("language", "fr"),
        "author": {"@type": "Person", "name": page.spec["author"]},
        "publisher": {"@type": "Organization", "name": outlet["name"]},
        "mainEntityOfPage": "{{BASE}}" + page.spec.get("canonical", page.spec["path"]),
    }
    return Markup(json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/"))


def _body_html(paragraphs: list[tuple[str, str]], lead_class: str) -> Markup:
    parts: list[str] = []
    for index, (kind, text) in enumerate(paragraphs):
        if kind == "h2":
            parts.append(f"<h2>{escape(text)}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{escape(text)}</p></blockquote>")
        elif index == 0:
            parts.append(f'<p class="{lead_class}"><strong>{escape(text)}</strong></p>')
        else:
            parts.append(f"<p>{escape(text)}</p>")
    return Markup("\n".join(parts))


class SiteBuilder:
    """Writes one directory per outlet under `out_dir`."""

    def __init__(self, manifest: dict[str, Any], pages: list[Page], out_dir: Path) -> None:
        self.manifest = manifest
        self.pages = sorted(pages, key=lambda p: p.published, reverse=True)
        self.out_dir = out_dir
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES_DIR),
            autoescape=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["http_date"] = http_date
        self.env.filters["frdate"] = _french_date
        self.env.filters["to_dt"] = datetime.fromisoformat

    def write(self, outlet: str, relative: str, text: str, encoding: str = "utf-8") -> None:
        target = self.out_dir / outlet / relative.lstrip("/")
        if relative.endswith("/"):
            target = target / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        text.encode(encoding)  # fails the build when a page cannot be served in its encoding
        target.write_text(text, encoding="utf-8")

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def outlet_pages(self, outlet: str, listed_only: bool = False) -> list[Page]:
        return [
            p for p in self.pages
            if p.outlet == outlet and (not listed_only or p.spec.get("listed", True))
        ]

    def links(self, outlet: str) -> list[dict[str, Any]]:
        return [link for link in self.manifest.get("links", []) if link["outlet"] == outlet]

    def build(self) -> None:
        if self.out_dir.exists():
            shutil.rmtree(self.out_dir)
        for name, outlet in self.manifest["outlets"].items():
            self.build_articles(name, outlet)
            self.write(name, "robots.txt", self.render(f"{name}/robots.txt.j2", base="{{BASE}}"))
            self.write(name, "/", self.render(
                f"{name}/home.html.j2", outlet=outlet, base="{{BASE}}",
                pages=self.outlet_pages(name, listed_only=True)[:8],
            ))
        self.build_feed()
        self.build_sitemaps()
        self.build_listings()
        self.build_pdf()
        self.write_routes()

    def build_articles(self, name: str, outlet: dict[str, Any]) -> None:
        for page in self.outlet_pages(name):
            related = [p for p in self.outlet_pages(name, listed_only=True) if p.id != page.id][:3]
            encoding = page.spec.get("served_as", {}).get("body_encoding", "utf-8")
            html = self.render(
                f"{name}/article.html.j2",
                page=page, spec=page.spec, outlet=outlet, base="{{BASE}}", related=related,
                body=_body_html(page.paragraphs, "chapo"), json_ld=_json_ld(page, outlet),
                charset=encoding, canonical=page.spec.get("canonical", page.spec["path"]),
                sponsored=self.manifest["sidebar_companies"][name],
            )
            self.write(name, page.spec["path"], html, encoding)

    def build_feed(self) -> None:
        items: list[tuple[str, Page | dict[str, Any], Any]] = [
            ("page", p, p.spec["path"]) for p in self.outlet_pages("ecomaghreb", True)]
        items += [("link", link, link["path"]) for link in self.links("ecomaghreb")]
        items.sort(key=lambda item: str(_spec(item[1])["published_at"]), reverse=True)
        self.write("ecomaghreb", "rss.xml", self.render(
            "ecomaghreb/rss.xml.j2", items=[(kind, _spec(obj), url) for kind, obj, url in items],
            outlet=self.manifest["outlets"]["ecomaghreb"], base="{{BASE}}",
            last_build=max(p.published for p in self.outlet_pages("ecomaghreb")),
        ))

    def build_sitemaps(self) -> None:
        outlet = "industrie-hebdo"
        entries = [p.spec for p in self.outlet_pages(outlet, True)] + self.links(outlet)
        by_month: dict[str, list[dict[str, Any]]] = {}
        for spec in sorted(entries, key=lambda s: str(s["published_at"]), reverse=True):
            by_month.setdefault(str(spec["published_at"])[:7], []).append(spec)
        months = sorted(by_month, reverse=True)
        news, archives = by_month[months[0]], months[1:]
        self.write(outlet, "sitemap-news.xml", self.render(
            f"{outlet}/sitemap-news.xml.j2", entries=news, base="{{BASE}}",
            outlet=self.manifest["outlets"][outlet],
        ))
        for month in archives:
            self.write(outlet, f"sitemap-{month}.xml", self.render(
                f"{outlet}/sitemap-month.xml.j2", entries=by_month[month], base="{{BASE}}",
            ))
        self.write(outlet, "sitemap_index.xml", self.render(
            f"{outlet}/sitemap_index.xml.j2", base="{{BASE}}", months=archives,
            news_lastmod=news[0]["published_at"],
            month_lastmod={m: by_month[m][0]["published_at"] for m in archives},
        ))

    def build_listings(self) -> None:
        outlet = "reseaux-mag"
        entries = [p.spec for p in self.outlet_pages(outlet)] + self.links(outlet)
        entries.sort(key=lambda s: str(s["published_at"]), reverse=True)
        listed = [e for e in entries if "listings" not in e]
        most_read = [e for e in entries if "most-read" in e.get("listings", [])]
        self._paginate(outlet, "/actualites/", "Toutes les actualités", listed, featured=True,
                       most_read=most_read)
        for key, label in self.manifest["outlets"][outlet]["categories"].items():
            chosen = [e for e in entries if _listed_on(e, f"categorie:{key}")]
            self._paginate(outlet, f"/categorie/{key}/", label, chosen, featured=False)
        for key, label in self.manifest["outlets"][outlet]["tags"].items():
            chosen = [e for e in entries if _listed_on(e, f"tag:{key}")]
            self._paginate(outlet, f"/tag/{key}/", label, chosen, featured=False)

    def _paginate(self, outlet: str, root: str, label: str, entries: list[dict[str, Any]],
                  featured: bool, most_read: list[dict[str, Any]] | None = None) -> None:
        """Listing pages of `root`; the first page of the main listing carries the extra boxes."""
        config = self.manifest["outlets"][outlet]
        size = LISTING_PAGE_SIZE
        chunks = [entries[i:i + size] for i in range(0, len(entries), size)]
        for number, chunk in enumerate(chunks or [[]], start=1):
            path = root if number == 1 else f"{root}page/{number}/"
            previous = {1: None, 2: root}.get(number, f"{root}page/{number - 1}/")
            following = f"{root}page/{number + 1}/" if number < len(chunks) else None
            self.write(outlet, path, self.render(
                f"{outlet}/listing.html.j2", outlet=config,
                base="{{BASE}}", label=label, entries=chunk, number=number, total=len(chunks),
                path=path, previous=previous, following=following,
                featured=config.get("featured") if featured and number == 1 else None,
                most_read=(most_read or []) if number == 1 else [],
            ))

    def build_pdf(self) -> None:
        for link in self.manifest.get("links", []):
            if str(link["path"]).endswith(".pdf"):
                target = self.out_dir / link["outlet"] / link["path"].lstrip("/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(tiny_pdf(str(link["title"])))

    def write_routes(self) -> None:
        routes: dict[str, dict[str, dict[str, Any]]] = {}
        for page in self.pages:
            if "served_as" in page.spec:
                routes.setdefault(page.outlet, {})[page.spec["path"]] = dict(page.spec["served_as"])
        for link in self.manifest.get("links", []):
            if link.get("status", 200) >= 500:
                routes.setdefault(link["outlet"], {})[link["path"]] = {"status": link["status"]}
        modified = {
            name: http_date(max(p.published for p in self.outlet_pages(name)))
            for name in self.manifest["outlets"]
        }
        header = "# Generated by `python -m demo.build` from demo/expected.yaml: do not edit.\n"
        self.out_dir.joinpath("routes.yaml").write_text(
            header + yaml.safe_dump({"last_modified": modified, "outlets": routes}, sort_keys=True),
            encoding="utf-8",
        )


def _listed_on(spec: dict[str, Any], listing: str) -> bool:
    """Default: on its section's category page and its tag pages; `listings` overrides."""
    if "listings" in spec:
        return listing in spec["listings"]
    kind, _, key = listing.partition(":")
    return spec.get("section_slug") == key if kind == "categorie" else key in spec.get("tags", [])


def _spec(obj: Page | dict[str, Any]) -> dict[str, Any]:
    return obj.spec if isinstance(obj, Page) else obj


_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")


def _french_date(value: str | datetime) -> str:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"


def tiny_pdf(title: str) -> bytes:
    """A one-page valid PDF (correct xref offsets) saying `title`, in pure ASCII."""
    text = title.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 14 Tf 50 750 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def load_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    manifest: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return manifest


def snapshot(manifest: dict[str, Any], as_of: date) -> dict[str, Any]:
    """The manifest as the sites stood at the end of `as_of`: later pages and links removed.

    Why: serving an earlier snapshot, then the full sites on the same ports, is how a demo or a
    test shows incremental crawling (only new URLs fetched, 304 elsewhere) and weekly trends.
    """
    def published_by(spec: dict[str, Any]) -> bool:
        return datetime.fromisoformat(str(spec["published_at"])).date() <= as_of

    kept = dict(manifest)
    kept["pages"] = [spec for spec in manifest["pages"] if published_by(spec)]
    kept["links"] = [spec for spec in manifest.get("links", []) if published_by(spec)]
    paths = {spec["path"] for spec in kept["pages"]}
    outlets = {name: dict(outlet) for name, outlet in manifest["outlets"].items()}
    for outlet in outlets.values():
        if outlet.get("featured") and outlet["featured"]["path"] not in paths:
            outlet["featured"] = None
    kept["outlets"] = outlets
    return kept


def build(out_dir: Path = SITES_DIR, manifest_path: Path = MANIFEST,
          as_of: date | None = None) -> Path:
    """Render every outlet into `out_dir` (replaced), as of a date if given; returns `out_dir`."""
    manifest = load_manifest(manifest_path)
    if as_of is not None:
        manifest = snapshot(manifest, as_of)
    SiteBuilder(manifest, load_pages(manifest), out_dir).build()
    return out_dir


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Render demo/sites from demo/expected.yaml.")
    parser.add_argument("--out", type=Path, default=SITES_DIR)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None,
                        help="render the sites as they stood at the end of this day (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    if args.as_of is not None and args.out == SITES_DIR:
        parser.error("--as-of renders a snapshot: give --out (demo/sites holds the full corpus)")
    print(f"demo sites written to {build(args.out, as_of=args.as_of)}")


if __name__ == "__main__":
    main()
