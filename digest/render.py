"""Render a `Digest` as mail-client HTML (inline CSS, table layout) and as plain text."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from digest import french
from digest.events import event_text
from digest.model import AgendaItem, Chart, Digest, SourceIssue

ImageSource = Callable[[Chart], str]


def cid_source(chart: Chart) -> str:
    """Image reference inside the e-mail: the MIME part with this Content-ID."""
    return f"cid:{chart.content_id}"


def render_html(digest: Digest, image_source: ImageSource = cid_source) -> str:
    """HTML for mail clients; every title and name is escaped (autoescape on)."""
    return _environment(autoescape=True).get_template("digest.html").render(
        digest=digest, image_source=image_source
    )


def render_text(digest: Digest) -> str:
    """The plain-text alternative: same content, links written out."""
    return _environment(autoescape=False).get_template("digest.txt").render(digest=digest)


@lru_cache(maxsize=2)
def _environment(autoescape: bool) -> Environment:
    environment = Environment(
        loader=PackageLoader("digest", "templates"),
        autoescape=autoescape,
        undefined=StrictUndefined,   # a typo in a template fails loudly, not as an empty cell
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        week_label=french.week_label,
        long_date=french.long_date,
        month_year=french.month_year,
        date_range=french.date_range,
        number=french.number,
        web_url=web_url,
    )
    environment.globals.update(
        plural=french.plural, when=agenda_when, issue_problems=issue_problems,
        event_text=event_text,
    )
    return environment


def web_url(url: str) -> str:
    """The URL if it is http(s), else `#`: escaping does not stop a `javascript:` link."""
    return url if urlsplit(url).scheme.lower() in ("http", "https") else "#"


def agenda_when(item: AgendaItem) -> str:
    """`8 décembre 2026`, `du 8 au 10 décembre 2026` or `mars 2027`, at the text's precision."""
    if item.precision == "month":
        return french.month_year(item.starts_on)
    if item.ends_on and item.ends_on > item.starts_on:
        return french.date_range(item.starts_on, item.ends_on)
    return french.long_date(item.starts_on)


def issue_problems(issue: SourceIssue) -> str:
    """`3 erreurs HTTP · 1 délai dépassé`, `aucun article cette semaine, dernier le 10 novembre`."""
    problems = []
    if issue.http_errors:
        problems.append(french.plural(issue.http_errors, "erreur HTTP", "erreurs HTTP"))
    if issue.timeouts:
        problems.append(french.plural(issue.timeouts, "délai dépassé", "délais dépassés"))
    if issue.parse_errors:
        problems.append(french.plural(issue.parse_errors, "page illisible", "pages illisibles"))
    if issue.silent:
        last_stored = issue.last_stored_at
        last = f", dernier le {french.long_date(last_stored)}" if last_stored else ""
        problems.append("aucun article cette semaine" + last)
    return " · ".join(problems)
