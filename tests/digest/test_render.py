"""HTML and plain-text rendering: escaping, images by Content-ID, French labels, empty week."""
from __future__ import annotations

import re
from dataclasses import replace

from digest.model import Digest
from digest.render import render_html, render_text

SCRIPT_TITLE = "Le cluster <script>alert(1)</script> & « Tech » recrute"


def test_titles_are_escaped_in_html_and_verbatim_in_text(week47: Digest) -> None:
    html = render_html(week47)
    assert "<script" not in html
    assert "Le cluster &lt;script&gt;alert(1)&lt;/script&gt; &amp; « Tech » recrute" in html
    assert SCRIPT_TITLE in render_text(week47)


def test_html_is_self_contained_for_mail_clients(week47: Digest) -> None:
    html = render_html(week47)
    assert "<style" not in html and "<link" not in html   # inline CSS only
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert sources == [f"cid:{chart.content_id}" for chart in week47.charts]
    assert 'href="https://usine-nouvelle.example/hydrogene-aerospace-valley"' in html
    assert "Semaine 47, du 16 au 22 novembre 2026" in html


def test_text_alternative_has_every_section_and_link(week47: Digest) -> None:
    text = render_text(week47)
    for heading in ("À LA UNE", "ORGANISATIONS EN HAUSSE", "PERSONNES EN HAUSSE", "NOUVEAUX NOMS",
                    "CHANGEMENTS DE DIRECTION", "QUI OCCUPE QUEL POSTE", "AGENDA",
                    "SOURCES EN DIFFICULTÉ"):
        assert heading in text
    assert "7 articles · 3 sources · 6 sujets · 2 nouveaux noms" in text
    assert "https://lesechos-regions.example/aerospace-valley-appel-hydrogene" in text
    assert "du 8 au 10 décembre 2026 : « Karim Alaoui" in text
    assert "Karim Alaoui (auparavant Jean Martin, cité le 28 octobre 2026)" in text
    assert "failing-news : 3 erreurs HTTP · 1 délai dépassé" in text


def test_empty_week_says_so(empty_week: Digest) -> None:
    assert "Aucun article n'a été collecté cette semaine" in render_text(empty_week)
    html = render_html(empty_week)
    assert "Aucun article n'a été collecté cette semaine" in html
    assert "<img" not in html and "À la une" not in html


def test_only_web_links_are_clickable(week47: Digest) -> None:
    story = week47.stories[0]
    hostile = replace(story, coverage=(replace(story.coverage[0], url="javascript:alert(1)"),))
    html = render_html(replace(week47, stories=(hostile,)))
    assert "javascript:" not in html and 'href="#"' in html
