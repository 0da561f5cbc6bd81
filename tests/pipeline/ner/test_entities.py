"""Entity layer cases written as inline markup: every expected entity, and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "gazetteer, generic prefix dropped": (
        "Le pôle <ent label=ORG>Aerospace Valley</ent> réunit ses membres à "
        "<ent label=LOC>Toulouse</ent>."
    ),
    "gazetteer, accents and case ignored": (
        "Le pole <ent label=ORG>CAPENERGIES</ent> et <ent label=ORG>Vegepolys Valley</ent> ont signé."
    ),
    "leading head, long name": (
        "Le <ent label=ORG>Cluster des Matériaux Composites du Souss</ent> ouvre un atelier à "
        "<ent label=LOC>Agadir</ent>."
    ),
    "pôle de compétitivité": (
        "Le <ent label=ORG>Pôle de compétitivité de Sfax</ent> accueille des industriels."
    ),
    "name joined at et": (
        "Le <ent label=ORG>Groupement des Industries Navales et Portuaires</ent> prépare son salon."
    ),
    "et between two names": (
        "Le <ent label=ORG>Pôle Mer Méditerranée</ent> et <ent label=ORG>Tanger Tech Hub</ent> "
        "coopèrent."
    ),
    "trailing head": "Les start-up de <ent label=ORG>Tanger Tech Hub</ent> lèvent des fonds.",
    # an acronym, then the region of its branch, which the model typed apart
    "acronym and its branch": (
        "Le tour de table a été souscrit par <ent label=ORG>UGFS North Africa</ent> et par des business angels."
    ),
    # an investment fund closed by "Fund", its first word a country the model takes for a place
    "trailing Fund after a place word": (
        "Une levée de 30 millions de dirhams auprès de <ent label=ORG>Maroc Numeric Fund II</ent> "
        "et des business angels."
    ),
    "ministère": (
        "Le <ent label=ORG>ministère de l'Industrie et du Commerce</ent> soutient le projet."
    ),
    "internal capitals and digits": (
        "<ent label=ORG>Hub500</ent> accompagne les adhérents du <ent label=ORG>C3MT</ent>."
    ),
    "article stripped": (
        "Les exportations vers l'<ent label=LOC>Europe</ent> progressent selon "
        "<ent label=ORG>Bpifrance</ent>."
    ),
    "false places": "Maisons et bureaux sont loués. Région et État financent. Est attendue une hausse.",
    "e-mail and url": "Écrire à contact@innovsud.ma ou consulter www.innovsud.ma pour candidater.",
    "industrie 4.0": "La transition vers l'Industrie 4.0 concerne toutes les PME.",
    "ministry with commas and lower-case adjectives": (
        "Le <ent label=ORG>ministère de l'Agriculture, de la Pêche maritime, du Développement rural "
        "et des Eaux et Forêts</ent>, attendu en 2020, a validé le plan."
    ),
    "enumeration inside a name": (
        "Le <ent label=ORG>Cluster Marocain de Mécatronique, Microélectronique et Technologies</ent> "
        "réunit cinquante entreprises."
    ),
    "generic noun then an unknown name": (
        "Le pôle de compétitivité angevin <ent label=ORG>Zorbalis</ent> a signé à "
        "<ent label=LOC>Angers</ent>."
    ),
    "generic noun, 'de', then a place": (
        "Les conteneurs du port de <ent label=LOC>Tanger</ent> repartent vers "
        "<ent label=LOC>Marseille</ent>."
    ),
    "organisation named after a place": (
        "L'<ent label=ORG>Agence de l'Oriental</ent> finance la zone industrielle de "
        "<ent label=LOC>Selouane</ent>."
    ),
    "place opening on an administrative noun": (
        "Hydreos réunit 90 adhérents en région <ent label=LOC>Grand Est</ent>."
    ).replace("Hydreos", "<ent label=ORG>Hydreos</ent>"),
    "product and standard are not organisations": (
        "Les ateliers testent le TAM 3 et visent la certification EN 9100."
    ),
    "civil title kept with the person": (
        "<ent label=PER>Mme Dubois</ent> rappelle que le réseau compte 400 adhérents."
    ),
    "job title is not a person": "Ingénieure hydraulicienne de formation, elle dirige le projet.",
    "separator ends a name (comment layout)": (
        "<ent label=PER>Samira El Fassi</ent> | Enfin un vrai pont entre "
        "<ent label=LOC>Agadir</ent> et <ent label=LOC>Tanger</ent>."
    ),
    "lower-case words inside a head-led name": (
        "Le <ent label=ORG>Cluster halieutique de Dakhla</ent> et l'"
        "<ent label=ORG>Association des jeunes entrepreneurs de Fès</ent> coopèrent."
    ),
    "a verb stops a head-led name": "L'Association réunit des entrepreneurs de <ent label=LOC>Fès</ent>.",
    "generic noun phrase": "Le Conseil régional votera le budget des Clusters marocains.",
    "a descriptor is not any word ending in e": (
        "Un campus partagé entre <ent label=LOC>Agadir</ent> et <ent label=LOC>Tanger</ent> ouvrira."
    ),
}

EVENTS = {
    "event is MISC, not ORG": (
        "Le <ent label=MISC>Salon du Bourget</ent> accueille <ent label=ORG>Aerospace Valley</ent>."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_entities(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


@pytest.mark.parametrize("markup", EVENTS.values(), ids=EVENTS.keys())
def test_events_are_misc(analyzer, markup: str) -> None:
    text, expected = parse_example(markup)
    found = [(m.surface, m.label) for m in analyzer.annotate_text(text).mentions]
    assert found == [(surface, label) for surface, label, _ in expected]


def test_offsets_index_article_text(analyzer) -> None:
    text = "À Casablanca, l’AMDIE et le Réseau InnovSud se sont réunis."
    for mention in analyzer.annotate_text(text).mentions:
        assert text[mention.start_char : mention.end_char] == mention.surface


def test_one_surface_one_type(entities_of) -> None:
    text = (
        "Réseau InnovSud organise un forum. Selon Réseau InnovSud, le forum attire 300 personnes. "
        "InnovSud compte 120 membres à Agadir, et InnovSud recrute."
    )
    labels = {label for surface, label in entities_of(text) if "InnovSud" in surface}
    assert labels == {"ORG"}


@pytest.mark.parametrize(
    "text, acronym, long_name",
    [
        ("Le Cluster des Matériaux Composites du Souss (CMCS) recrute. Le CMCS compte 40 membres.",
         "CMCS", "Cluster des Matériaux Composites du Souss"),
        ("La GINP (Groupement des Industries Navales et Portuaires) tient salon. La GINP exporte.",
         "GINP", "Groupement des Industries Navales et Portuaires"),
        ("Le Groupement des Industries Navales et Portuaires – GINP – tient salon à Tanger.",
         "GINP", "Groupement des Industries Navales et Portuaires"),
        ("L'Agence de Développement du Digital (ADD) lance un appel. L'ADD financera dix projets.",
         "ADD", "Agence de Développement du Digital"),
    ],
)
def test_acronym_learning(analyzer, text: str, acronym: str, long_name: str) -> None:
    mentions = analyzer.annotate_text(text).mentions
    forms = {m.surface: m for m in mentions}
    assert forms[long_name].label == forms[acronym].label == "ORG"
    hints = {m.canonical_hint for m in mentions if m.surface in (acronym, long_name)}
    assert hints == {long_name}


def test_model_label_conflict_resolved_by_rule(entities_of) -> None:
    """The statistical model alone calls one unknown network a place and then a person."""
    text = (
        "Le réseau Kelvora accueille dix start-up. Kelvora a été créé en 2015 à Rabat. "
        "Pour Kelvora, l'enjeu est l'export."
    )
    assert {label for surface, label in entities_of(text) if surface == "Kelvora"} == {"ORG"}


def test_gazetteer_canonical_hint(analyzer) -> None:
    mentions = analyzer.annotate_text("L'AMDIE et la CGEM signent avec Maroc PME.").mentions
    hints = {m.surface: m.canonical_hint for m in mentions}
    assert hints["AMDIE"].startswith("Agence Marocaine de Développement")
    assert hints["CGEM"] == "Confédération Générale des Entreprises du Maroc"
