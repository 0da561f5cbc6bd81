"""A generated local news site for benchmarks: N article pages of 600-900 French words + a sitemap.

The text is assembled from sentence templates about clusters, with recurring organisations,
people, places and dates, so that extraction, the topic filter and the NLP stage do real work.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

ORGS = [
    "Aerospace Valley", "Pôle Mer Méditerranée", "Maroc Numeric Cluster", "Réseau InnovSud",
    "Cluster des Matériaux Composites du Souss", "Tanger Tech Hub", "Bpifrance", "Business France",
    "la CGEM", "Technopark de Casablanca", "Cluster Solaire", "Pôle Véhicule du Futur",
    "Groupement des Industries Navales et Portuaires", "Minalogic", "Systematic Paris-Region",
]
PEOPLE = ["Karim Alaoui", "Nadia Bennani", "Sophie Martin", "Youssef El Idrissi", "Claire Dubois",
          "Mehdi Tazi", "Laurent Girard", "Amina Chraibi"]
PLACES = ["Casablanca", "Tanger", "Toulouse", "Marseille", "Agadir", "Rabat", "Lyon", "Grenoble"]
ROLES = ["président", "directrice générale", "directeur", "déléguée générale", "vice-président"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
SENTENCES = [
    "Le {org} réunit désormais {n} membres, entreprises, laboratoires et centres de formation.",
    "{person}, {role} du {org}, a présenté à {place} la feuille de route du cluster pour {year}.",
    "Selon {person}, la filière a besoin d'un accompagnement plus fort des pouvoirs publics.",
    "Le pôle de compétitivité a labellisé {n} projets collaboratifs depuis {year}.",
    "Les adhérents du réseau d'entreprises se retrouveront à {place} le {day} {month} prochain.",
    "Un appel à projets est ouvert jusqu'au {day} {month} {year} pour les start-up de la région.",
    "Le {org} et le {org2} ont signé une convention de partenariat à {place}.",
    "Cette grappe d'entreprises mise sur l'innovation ouverte et la mutualisation des compétences.",
    "Le technoparc accueille {n} jeunes pousses dans ses locaux de {place}.",
    "Les industriels du cluster ont investi {n} millions d'euros dans de nouvelles lignes de production.",
    "La fédération des clusters souhaite renforcer la coopération entre la France et le Maroc.",
    "Du {day} au {day2} {month} {year}, le salon professionnel réunira les acteurs de la filière à {place}.",
]


def article_text(rng: random.Random, words: int) -> list[str]:
    """Paragraphs of about `words` words."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 5)):
            day = rng.randint(1, 26)
            sentence = rng.choice(SENTENCES).format(
                org=rng.choice(ORGS), org2=rng.choice(ORGS), person=rng.choice(PEOPLE),
                role=rng.choice(ROLES), place=rng.choice(PLACES), n=rng.randint(12, 400),
                year=rng.randint(2019, 2027), day=day, day2=day + 2, month=rng.choice(MONTHS),
            )
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return paragraphs


def page(title: str, published: date, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published.isoformat()}T08:00:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/economie/">Économie</a></nav>
<article><h1>{title}</h1><p class="date">Publié le {published.isoformat()}</p>{body}</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/">Les entreprises de la semaine</a></li></ul></aside>
<footer>© Bench Info</footer></body></html>"""


def generate_site(root: Path, count: int, seed: int = 7) -> list[str]:
    """Write `count` articles and a sitemap under `root`; returns the article paths."""
    rng = random.Random(seed)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    paths = []
    start = date(2026, 6, 1)
    for index in range(count):
        published = start + timedelta(days=index % 170)
        title = f"{rng.choice(ORGS).capitalize()} : le cluster accélère à {rng.choice(PLACES)} ({index})"
        path = f"articles/{published:%Y/%m}/article-{index}.html"
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(page(title, published, article_text(rng, rng.randint(600, 900))),
                                 encoding="utf-8")
        paths.append(path)
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return paths


def write_sitemap(root: Path, base_url: str, paths: list[str]) -> None:
    urls = "\n".join(f"<url><loc>{base_url}/{path}</loc></url>" for path in paths)
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n',
        encoding="utf-8",
    )
