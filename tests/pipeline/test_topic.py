"""Topic profile (models/topic.yaml) and the screening decision: NOT_FRENCH, OFF_TOPIC or kept."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from pipeline.extract import extract_article
from pipeline.language import LanguageDetector
from pipeline.records import Article, Outcome, RawPage
from pipeline.text import fold
from pipeline.topic import DEFAULT_THRESHOLD, NameIndex, TopicProfile, screen_article, topic_score
from veille.settings import MODELS_DIR, Settings

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"
GAZETTEER = ["Aerospace Valley", "Technopark Casablanca", "Minalogic", "Réseau Entreprendre", "CCI"]


def article(title: str, text: str) -> Article:
    return Article(url="https://example.fr/a", source="test", title=title, text=text,
                   published_at=None, language="")


ON_TOPIC = {
    "pole": article(
        "Minalogic accueille trente nouveaux adhérents",
        "Le pôle de compétitivité grenoblois Minalogic a accueilli trente nouvelles entreprises "
        "membres lors de son assemblée générale. Le pôle fédère désormais cinq cents acteurs de la "
        "filière du numérique et de la microélectronique, qui montent ensemble des projets de "
        "recherche et développement."),
    "technopark": article(
        "Casablanca : le Technopark ouvre une nouvelle aile",
        "Le Technopark Casablanca ouvre une aile de quatre mille mètres carrés pour accueillir des "
        "start-up du numérique. Le technopark, qui héberge déjà plus de deux cents entreprises, veut "
        "renforcer l'écosystème marocain de l'innovation."),
    "reseau": article(
        "Le Réseau Entreprendre Paris lance sa promotion 2026",
        "Le réseau d'entrepreneurs bénévoles accompagnera vingt créateurs cette année. Les chefs "
        "d'entreprise du réseau parrainent les lauréats pendant trois ans."),
    "zone": article(
        "Une zone industrielle de Tanger accueille un équipementier",
        "La zone d'accélération industrielle de Tanger Automotive City accueille un nouvel "
        "équipementier japonais. La zone industrielle compte déjà quarante entreprises de la filière."),
}

OFF_TOPIC = {
    "football": article(
        "Le Stade toulousain s'impose face à Lyon",
        "Les Toulousains ont dominé la rencontre de bout en bout samedi soir. Après un premier but "
        "à la vingtième minute, l'équipe a su gérer son avance malgré la pression des Lyonnais. "
        "L'entraîneur a salué l'état d'esprit de ses joueurs avant le déplacement à Marseille."),
    "recipe": article(
        "Tarte aux pommes de grand-mère",
        "Préchauffez le four à 180 degrés. Étalez la pâte brisée dans un moule beurré, disposez les "
        "pommes coupées en fines lamelles, saupoudrez de sucre et de cannelle puis enfournez "
        "quarante minutes. Servez tiède avec une boule de glace à la vanille."),
    "crime": article(
        "Un homme interpellé après un cambriolage à Nantes",
        "Un homme de trente-quatre ans a été interpellé mardi après le cambriolage d'une bijouterie "
        "du centre-ville. Les enquêteurs ont retrouvé une partie du butin à son domicile. Il sera "
        "jugé en comparution immédiate jeudi devant le tribunal correctionnel."),
    "economy": article(
        "L'inflation ralentit en France au troisième trimestre",
        "La hausse des prix à la consommation a ralenti à 2,1 % sur un an selon l'Insee. Les "
        "entreprises industrielles font état d'une baisse de leurs coûts d'approvisionnement, et la "
        "Banque de France table sur une croissance de 0,8 % cette année. Les PME restent prudentes "
        "sur leurs investissements et la consommation des ménages demeure atone."),
    "covid": article(
        "Un cluster de contamination détecté dans un Ehpad",
        "Un cluster de covid-19 a été détecté dans un établissement pour personnes âgées. Douze "
        "résidents ont été testés positifs et l'agence régionale de santé a lancé une campagne de "
        "dépistage. Les visites sont suspendues jusqu'à nouvel ordre."),
}


@pytest.fixture(scope="module")
def profile() -> TopicProfile:
    return TopicProfile.load(MODELS_DIR / "topic.yaml")


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


def test_default_threshold_matches_settings() -> None:
    assert Settings().topic_threshold == DEFAULT_THRESHOLD


@pytest.mark.parametrize("name", sorted(ON_TOPIC))
def test_cluster_articles_score_above_threshold(profile: TopicProfile, name: str) -> None:
    assert topic_score(ON_TOPIC[name], profile, GAZETTEER) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize("name", sorted(OFF_TOPIC))
def test_other_french_articles_score_below_threshold(profile: TopicProfile, name: str) -> None:
    assert topic_score(OFF_TOPIC[name], profile, GAZETTEER) < DEFAULT_THRESHOLD


def test_matching_ignores_accents_and_case(profile: TopicProfile) -> None:
    plain = article("x", "Le pole de competitivite et la TECHNOPOLE.")
    accented = article("x", "Le Pôle de Compétitivité et la technopôle.")
    assert fold("Pôle D’Excellence") == "pole d'excellence"
    assert topic_score(plain, profile) == topic_score(accented, profile) > 0


def test_title_hits_weigh_more_than_text_hits(profile: TopicProfile) -> None:
    in_title = article("Un incubateur ouvre à Lyon", "Il ouvre lundi.")
    in_text = article("Ouverture à Lyon", "Un incubateur ouvre lundi.")
    assert topic_score(in_title, profile) > topic_score(in_text, profile)


def test_gazetteer_names_add_to_the_score(profile: TopicProfile) -> None:
    text = article("Assemblée générale", "Minalogic a réuni ses membres à Grenoble.")
    assert topic_score(text, profile, ["Minalogic"]) > topic_score(text, profile)
    assert topic_score(text, profile, NameIndex.build(["Minalogic"])) == topic_score(text, profile, ["Minalogic"])


def test_short_gazetteer_names_do_not_count(profile: TopicProfile) -> None:
    text = article("x", "La CCI a publié ses chiffres.")
    assert topic_score(text, profile, ["CCI"]) == topic_score(text, profile)


def test_english_article_is_not_french(profile: TopicProfile, detector: LanguageDetector) -> None:
    raw = RawPage(url="https://example.com/en", requested_url="https://example.com/rss", source="t",
                  fetched_at=datetime(2026, 3, 15), status=200, headers={},
                  body=(DATA / "english.html").read_bytes(), encoding="utf-8")
    english = extract_article(raw)
    assert isinstance(english, Article)
    rejection = screen_article(english, source_topic="any", profile=profile, threshold=3.0,
                               languages=["fr"], gazetteer_names=GAZETTEER, detector=detector)
    assert rejection is not None and rejection.outcome is Outcome.NOT_FRENCH
    assert re.fullmatch(r"language en \(confidence [01]\.\d\d\), expected fr", rejection.reason)  # html lang: "fr"
    assert english.language == "en"


def test_off_topic_french_article_says_score_and_threshold(profile: TopicProfile) -> None:
    football = OFF_TOPIC["football"]
    rejection = screen_article(football, source_topic="news", profile=profile, threshold=3.0,
                               languages=["fr"], gazetteer_names=GAZETTEER)
    assert rejection is not None and rejection.outcome is Outcome.OFF_TOPIC
    assert rejection.reason == f"topic score {football.topic_score:.2f} below threshold 3.00"
    assert football.language == "fr"


def test_on_topic_article_is_kept_and_scored(profile: TopicProfile) -> None:
    pole = ON_TOPIC["pole"]
    assert screen_article(pole, source_topic="news", profile=profile, threshold=3.0,
                          languages=["fr"], gazetteer_names=GAZETTEER) is None
    assert pole.topic_score >= 3.0 and pole.language == "fr"


def test_topic_any_skips_the_topic_test_only(profile: TopicProfile) -> None:
    recipe = OFF_TOPIC["recipe"]
    assert screen_article(recipe, source_topic="any", profile=profile, threshold=3.0,
                          languages=["fr"]) is None
    assert recipe.topic_score < 3.0  # still scored, for the record


def test_malformed_profile_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "topic.yaml"
    bad.write_text("groups:\n  clusters:\n    weight: 3\n    patterns: ['pole(']\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"clusters.*pole\("):
        TopicProfile.load(bad)
    bad.write_text("title_weight: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'groups' mapping"):
        TopicProfile.load(bad)


def test_name_index_finds_nested_names_and_names_at_the_very_end() -> None:
    index = NameIndex.build(["Pôle Mer", "Pôle Mer Méditerranée", "Cluster Nova Sud"])
    found = index.found_in("Le pôle mer méditerranée et le Cluster Nova Sud")
    assert found == {("pole", "mer"), ("pole", "mer", "mediterranee"), ("cluster", "nova", "sud")}
    assert index.found_in("un Pôle") == set()  # a first token without the rest of the name


def test_literal_stems_are_what_every_match_starts_with() -> None:
    from pipeline.topic import literal_stems

    assert literal_stems("poles? de competitivite") == ("pole",)
    assert literal_stems("start-?ups?") == ("start",)
    assert literal_stems("recherche et developpement|r&d") == ("recherche et developpement", "r&d")
    assert literal_stems("(?:a|b)c") == () and literal_stems("x|(?:y)") == ()


def test_skipping_absent_stems_never_changes_a_score(profile: TopicProfile) -> None:
    """The stem pre-check and the unanchored search are exact: the same score as searching every
    pattern in full with its `\\b...\\b` regex, on every text."""
    from dataclasses import replace

    searching_all = replace(profile, patterns=tuple(replace(p, stems=(), unanchored=None)
                                                    for p in profile.patterns))
    texts = [*ON_TOPIC.values(), *OFF_TOPIC.values()]
    corpus = Path(__file__).resolve().parents[2] / "demo" / "corpus"
    texts += [article(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.md"))]
    assert len(texts) > 20
    scores = [topic_score(a, profile, GAZETTEER) for a in texts]
    assert scores == [topic_score(a, searching_all, GAZETTEER) for a in texts]
    assert sum(s >= DEFAULT_THRESHOLD for s in scores) > 10  # real hits were counted, not skipped


@pytest.mark.parametrize("text", [
    "pole de competitivite", "xpole de competitivite, pole de competitivites et pole de competitivite.",
    "_clusters cluster2 clusters_ 2clusters (clusters) cluster-cluster clusterclusters cluster",
    "poles de competitivitepoles de competitivite pole de competitivite", "", "cluster",
    "r&d, xr&d, r&dx, r&d_ et la r&d.", "reseau d'entreprises reseaux d'entreprisesx l'incubateur",
    "accelerateur de start-up accelerateurs d'entreprises accelerateur de startupsx",
])
def test_the_unanchored_search_finds_what_the_regex_finds(profile: TopicProfile, text: str) -> None:
    """Word boundaries on either side, digits, underscores, punctuation, nested repeats."""
    for pattern in profile.patterns:
        expected = [m.span() for m in pattern.regex.finditer(text)]
        assert [m.span() for m in pattern.matches(text)] == expected, pattern.regex.pattern
        assert pattern.hits(text, 3) == min(len(expected), 3)
        assert pattern.hits(text, 0) == 0
